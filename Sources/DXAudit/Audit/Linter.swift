import DXYAML

/// What `dxaudit lint` found in a set of plan files.
public struct LintResult: Sendable {
    public var findings: [Finding]
    public var files: [String]
    public var plans: [Plan]
    /// The files as read, by path.
    public var sources: [String: SourceFile] = [:]
}

/// Checks plan files and unit registries.
public enum Linter {
    /// What a YAML file holds, judged by its top-level keys.
    public enum FileKind: Sendable {
        /// `plan:` at the top.
        case plan
        /// `units:` without `plan:`.
        case registry
        /// `unit:` without `plan:` or `units:`: a unit's report, which `check` reads.
        case report
    }

    /// YAML files of a folder, or the path itself.
    public static func expand(_ path: String) -> [String] {
        guard ProjectPath.isDirectory(path) else { return [path] }
        return (ProjectPath.list(path) ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { ProjectPath.join(path, $0) }
    }

    /// Whether a file is a plan, a registry or a report; an unreadable file counts
    /// as a plan, so that linting it says why it cannot be read.
    public static func kind(of path: String) -> FileKind {
        guard case .success(let file) = SourceFile.read(path) else { return .plan }
        return kind(of: file.bytes)
    }

    /// A cheap look at the top-level keys: lines that start with `plan:`, `units:`
    /// or `unit:`. A UTF-8 BOM before the first line is skipped, and CR, LF and CRLF
    /// all end a line.
    static func kind(of bytes: [UInt8]) -> FileKind {
        let plan = Array("plan:".utf8)
        let units = Array("units:".utf8)
        let unit = Array("unit:".utf8)
        return bytes.withUnsafeBufferPointer { b -> FileKind in
            /// `word` at `i`, followed by a space, a tab, a line end or the end of the file.
            func starts(_ word: [UInt8], at i: Int) -> Bool {
                guard i + word.count <= b.count, word.indices.allSatisfy({ b[i + $0] == word[$0] }) else {
                    return false
                }
                let next = i + word.count
                return next == b.count || [0x20, 0x09, 0x0A, 0x0D].contains(b[next])
            }
            var sawUnits = false
            var sawUnit = false
            var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while i < b.count {
                if starts(plan, at: i) { return .plan }
                if starts(units, at: i) { sawUnits = true }
                if starts(unit, at: i) { sawUnit = true }
                while i < b.count, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
                i += 1
            }
            return sawUnits ? .registry : sawUnit ? .report : .plan
        }
    }

    /// Lints `paths` (files or folders). A registry is linted with the plans next to
    /// it that use it, since a change to the units can break them; `isIgnored` keeps
    /// such a plan out, as the configuration's `ignore:` keeps out files given.
    public static func lint(
        _ paths: [String], limits: Limits = .default, isIgnored: (String) -> Bool = { _ in false }
    ) -> LintResult {
        var findings: Set<Finding> = []
        var files: [String] = []
        var plans: [Plan] = []
        var registriesSeen: Set<String> = []
        var registriesGiven: [String] = []
        var plansLinted: Set<String> = []
        var sources: [String: SourceFile] = [:]
        func lintPlan(_ load: PlanLoad) {
            for file in load.sources { sources[file.path] = file }
            plansLinted.insert(canonical(load.files[0]))
            for file in load.files.dropFirst() { registriesSeen.insert(canonical(file)) }
            findings.formUnion(load.findings)
            if let plan = load.plan { plans.append(plan) }
        }
        for path in paths.flatMap(expand) {
            files.append(path)
            // Read once: the kind is judged from the bytes the loader then reads.
            guard case .success(let file) = SourceFile.read(path, limits: limits) else {
                lintPlan(PlanAudit.load(path, limits: limits))
                continue
            }
            switch kind(of: file.bytes) {
            case .registry:
                registriesGiven.append(path)
                guard registriesSeen.insert(canonical(path)).inserted else { continue }
                findings.formUnion(PlanAudit.loadRegistry(file, limits: limits).findings)
                sources[file.path] = file
            case .plan:
                lintPlan(PlanAudit.load(file, limits: limits))
            case .report:
                sources[file.path] = file
                findings.insert(Finding(.notAPlan(), at: .init(path: path)))
            }
        }
        for registry in registriesGiven {
            for path in siblings(of: registry)
            where !plansLinted.contains(canonical(path)) && !isIgnored(path) && kind(of: path) == .plan {
                let load = PlanAudit.load(path, limits: limits)
                // A plan whose header cannot be read does not say which registry it uses.
                guard load.files.count > 1, canonical(load.files[1]) == canonical(registry) else { continue }
                files.append(path)
                lintPlan(load)
            }
        }
        return LintResult(findings: Array(findings).sortedByPlace(), files: files, plans: plans, sources: sources)
    }

    /// The YAML files in the folder of `path`, spelt the way `path` is.
    private static func siblings(of path: String) -> [String] {
        let folder = ProjectPath.directory(of: path)
        guard folder.isEmpty else { return expand(folder) }
        return expand(".").map { String($0.dropFirst(2)) }
    }

    private static func canonical(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
