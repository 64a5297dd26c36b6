import DXYAML

/// Reading a plan, then judging it: the loader builds the model and reports what
/// does not fit the schema; the plan rules then run over the finished model.
public enum PlanAudit {
    /// The plan at `path` and its registry, read and judged.
    public static func load(_ path: String, limits: Limits = .default) -> PlanLoad {
        judged(PlanLoader.load(path, limits: limits))
    }

    /// A plan already read, with the registry it names, judged.
    public static func load(_ file: SourceFile, limits: Limits = .default) -> PlanLoad {
        judged(PlanLoader.load(file, limits: limits) { RegistryLoader.load($0, limits: limits) })
    }

    /// A registry on its own (lint given `units.yaml`), read and judged.
    public static func loadRegistry(_ path: String, limits: Limits = .default) -> RegistryLoad {
        judged(RegistryLoader.load(path, limits: limits))
    }

    /// A registry already read, judged.
    public static func loadRegistry(_ file: SourceFile, limits: Limits = .default) -> RegistryLoad {
        judged(RegistryLoader.load(file, limits: limits))
    }

    static func judged(_ load: RegistryLoad) -> RegistryLoad {
        var load = load
        if let registry = load.registry {
            load.findings += SourceLines.attach(to: judge(registry), from: load.source.map { [$0] } ?? [])
        }
        return load
    }

    /// A load with the findings of the plan rules added.
    public static func judged(_ load: PlanLoad) -> PlanLoad {
        guard let plan = load.plan else { return load }
        var load = load
        load.findings += SourceLines.attach(to: judge(plan), from: load.sources)
        return load
    }

    /// The plan rules over a loaded plan, its registry's succession included.
    public static func judge(_ plan: Plan) -> [Finding] {
        judge(plan.registry) + MissingOwnerRule.check(plan) + SharedChairRule.check(plan)
            + DeadlineOrderRule.check(plan) + DoubtfulAssignmentRule.check(plan) + NonstandardLetterRule.check(plan)
            + UnknownRefRule.check(plan) + SourceDriftRule.check(plan)
    }

    /// The rules that judge a registry alone.
    public static func judge(_ registry: Registry) -> [Finding] {
        SuccessionRule.check(registry)
    }
}

/// Source lines for findings that rules made without the file at hand, taken from
/// the files as they were read once at load; only findings shown with a caret keep
/// their line (fingerprints take lines from the files themselves).
public enum SourceLines {
    public static func attach(to findings: [Finding], from files: [SourceFile]) -> [Finding] {
        var result = findings
        attach(to: &result, from: files)
        return result
    }

    /// Attaches source lines in place: a year's findings are not copied.
    public static func attach(to findings: inout [Finding], from files: [SourceFile]) {
        // A year whose texts were let go has nothing to attach from.
        guard !files.isEmpty else { return }
        var wanted: [String: Set<Int>] = [:]
        for finding in findings where finding.sourceLine == nil && finding.rule.pointsIntoText {
            wanted[finding.location.path, default: []].insert(finding.location.line)
        }
        guard !wanted.isEmpty else { return }
        var lines: [String: [Int: String]] = [:]
        for file in files {
            if let numbers = wanted[file.path], lines[file.path] == nil { lines[file.path] = file.lines(numbers) }
        }
        for index in findings.indices where findings[index].sourceLine == nil && findings[index].rule.pointsIntoText {
            let location = findings[index].location
            if let line = lines[location.path]?[location.line] { findings[index].sourceLine = line }
        }
    }
}
