import DXYAML

/// Entry points for the libFuzzer targets in `Fuzz/`: each takes arbitrary input
/// and must return without crashing, whatever the input.
///
/// Each returns where it found the input at fault, so that the replay of kept
/// inputs (`Tests/Fixtures/fuzz-regressions/`) can check that every problem is
/// placed inside the input; the fuzz targets ignore it.
public enum FuzzEntryPoints {
    /// Composes YAML and reads every scalar through the typed accessors; returns the
    /// marks of the errors, in `fuzz.yaml`.
    @discardableResult
    public static func yaml(_ bytes: [UInt8]) -> [Finding.Location] {
        var errors: [YAMLError] = []
        do {
            for document in try YAML.compose(bytes) { touch(document, errors: &errors) }
        } catch {
            // The YAML layer throws only YAMLError; anything else has no mark to check.
            if let error = error as? YAMLError { errors.append(error) }
        }
        return errors.flatMap { error in
            ([error.mark] + (error.contextMark.map { [$0] } ?? [])).map {
                Finding.Location(path: "fuzz.yaml", line: $0.line, column: $0.column)
            }
        }
    }

    /// Parses citations and prints each back both ways; returns where the parser
    /// stopped, as line 1 and the 1-based character column of its offset.
    @discardableResult
    public static func citations(_ text: String) -> [Finding.Location] {
        let refs: [CitationReference]
        switch CitationParser.parse(text) {
        case .success(let parsed): refs = parsed
        case .failure(let error): return [Finding.Location(path: "citation", line: 1, column: error.offset + 1)]
        }
        for ref in refs {
            _ = ref.citation.canonical
            _ = ref.citation.vietnamese
            // Both printed forms must read back to the same citation.
            if case .success(let again) = CitationParser.parseOne(ref.citation.canonical) {
                precondition(again.citation == ref.citation, "canonical form does not round-trip")
            }
        }
        return refs.map { Finding.Location(path: "citation", line: 1, column: $0.offset + 1) }
    }

    /// Loads bytes as a report against the shipped plan's shape (a small built-in plan);
    /// returns the locations of the findings in the report, `fuzz.yaml`.
    @discardableResult
    public static func report(_ bytes: [UInt8]) -> [Finding.Location] {
        let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
        let load = ReportLoader.load(file, plan: fuzzPlan)
        var findings = load.findings
        if let report = load.report {
            let checker = Checker(plan: fuzzPlan, asOf: CivilDate(year: 2024, month: 12, day: 15)!)
            findings += checker.judge(report, folderYear: 2024)
        }
        return findings.map(\.location).filter { $0.path == file.path }
    }

    /// Loads bytes as a plan (against the tiny registry below) and as a unit
    /// registry, and works out deadlines, ownership and coverage for every plan year;
    /// returns the locations of the loaders' findings in `plan.yaml`.
    @discardableResult
    public static func plan(_ bytes: [UInt8]) -> [Finding.Location] {
        let file = SourceFile(path: "plan.yaml", bytes: bytes)
        let registryLoad = RegistryLoader.load(file, limits: .default)
        let registryFindings = registryLoad.findings + (registryLoad.registry.map(PlanAudit.judge) ?? [])
        let load = PlanAudit.judged(
            PlanLoader.load(file, limits: .default) { _ in RegistryLoad(registry: fuzzPlan.registry, findings: []) })
        let located = (registryFindings + load.findings).map(\.location).filter { $0.path == file.path }
        guard let plan = load.plan else { return located }
        let checker = Checker(plan: plan, asOf: CivilDate(year: 2024, month: 12, day: 15)!)
        for year in plan.header.years.prefix(12) {
            for obligation in plan.reporting {
                let day = checker.judgingDay(obligation, year: year)
                let ownership = Ownership(plan: plan, on: day)
                for unit in checker.debtors(obligation, year: year) {
                    _ = ownership.chairedTasks(of: unit)
                    _ = ownership.ownedTasks(of: unit)
                }
                for task in plan.tasks { _ = ownership.isOwned(task.citation) }
            }
        }
        return located
    }

    /// A tiny plan: two units, three tasks, both obligations.
    static let fuzzPlan: Plan = {
        var registry = Registry(path: "units.yaml")
        for (id, kind) in [("so-tttt", "department"), ("so-y-te", "department")] {
            registry.units[id] = Registry.Unit(
                id: id, name: id, kind: kind, inferred: false, location: .init(path: "units.yaml"))
            registry.order.append(id)
        }
        registry.groups["departments"] = Registry.Group(
            id: "departments", kinds: ["department"], location: .init(path: "units.yaml"))
        let here = Finding.Location(path: "plan.yaml")
        let tasks = ["II.1", "II.1.a", "II.1.a.1", "II.5", "II.5.a"].map {
            Plan.Task(
                citation: (try? CitationParser.parseOne($0).get())!.citation, text: $0, details: [], note: nil,
                location: here)
        }
        var index: [Citation: Int] = [:]
        for (i, task) in tasks.enumerated() { index[task.citation] = i }
        return Plan(
            path: "plan.yaml",
            header: .init(
                number: "1/KH", title: "fuzz", issuer: nil, issued: nil, years: 2021...2030, coordinator: "so-tttt",
                coordinatorLocation: here),
            registry: registry, targets: [], tasks: tasks, taskIndex: index,
            assignments: [
                Plan.Assignment(
                    source: nil, units: [.init(id: "so-y-te", location: here)],
                    chairs: [.init(citation: tasks[4].citation, location: here)], implements: [], coordinators: [],
                    location: here),
                Plan.Assignment(
                    source: nil, units: [.init(id: "departments", location: here)], chairs: [],
                    implements: [.init(citation: tasks[1].citation, location: here)], coordinators: [], location: here),
            ],
            reporting: [
                Plan.Obligation(
                    id: "unit-annual", source: nil, from: [.init(id: "departments", location: here)], to: nil, via: nil,
                    due: .init(kind: .before, month: 12, day: 1), synthesizes: nil, location: here),
                Plan.Obligation(
                    id: "synthesis", source: nil, from: [.init(id: "so-tttt", location: here)], to: nil, via: nil,
                    due: .init(kind: .before, month: 12, day: 10), synthesizes: "unit-annual", location: here),
            ],
            calendar: .init())
    }()

    private static func touch(_ node: Node, errors: inout [YAMLError]) {
        switch node.content {
        case .scalar:
            func attempt(_ access: () throws -> Void) {
                do { try access() } catch { if let error = error as? YAMLError { errors.append(error) } }
            }
            attempt { _ = try node.integer() }
            attempt { _ = try node.date() }
            attempt { _ = try node.boolean() }
            _ = node.resolved
        case .sequence(let items):
            for item in items { touch(item, errors: &errors) }
        case .mapping(let pairs):
            for pair in pairs {
                touch(pair.key, errors: &errors)
                touch(pair.value, errors: &errors)
            }
        }
    }
}
