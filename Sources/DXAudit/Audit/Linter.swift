import DXYAML

/// What `dxaudit lint` found in a set of plan files.
public struct LintResult: Sendable {
    public var findings: [Finding]
    public var files: [String]
    public var plans: [Plan]
}

/// Checks plan files and unit registries.
public enum Linter {
    public enum FileKind: Sendable { case plan, registry }

    /// YAML files of a folder, or the path itself.
    public static func expand(_ path: String) -> [String] {
        guard PathTools.isDirectory(path) else { return [path] }
        return (PathTools.list(path) ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { PathTools.join(path, $0) }
    }

    /// Whether a file is a plan (`plan:` at the top) or a registry (`units:` without `plan:`).
    public static func kind(of path: String) -> FileKind {
        guard case .success(let file) = SourceFile.read(path) else { return .plan }
        // A cheap look at top-level keys: a line that starts with `plan:` makes a
        // plan, one with `units:` (and none with `plan:`) a registry.
        let plan = Array("plan:".utf8)
        let units = Array("units:".utf8)
        return file.bytes.withUnsafeBufferPointer { b -> FileKind in
            func starts(_ word: [UInt8], at i: Int) -> Bool {
                i + word.count <= b.count && word.indices.allSatisfy { b[i + $0] == word[$0] }
            }
            var sawUnits = false
            var i = 0
            while i < b.count {
                if starts(plan, at: i) { return .plan }
                if starts(units, at: i) { sawUnits = true }
                while i < b.count, b[i] != 0x0A { i += 1 }
                i += 1
            }
            return sawUnits ? .registry : .plan
        }
    }

    public static func lint(_ paths: [String], limits: Limits = .default) -> LintResult {
        var findings: Set<Finding> = []
        var files: [String] = []
        var plans: [Plan] = []
        var registriesSeen: Set<String> = []
        for path in paths.flatMap(expand) {
            files.append(path)
            switch kind(of: path) {
            case .registry:
                guard registriesSeen.insert(canonical(path)).inserted else { continue }
                let (_, found) = RegistryLoader.load(path, limits: limits)
                findings.formUnion(found)
            case .plan:
                let load = PlanLoader.load(path, limits: limits)
                for file in load.files.dropFirst() { registriesSeen.insert(canonical(file)) }
                findings.formUnion(load.findings)
                if let plan = load.plan { plans.append(plan) }
            }
        }
        return LintResult(findings: findings.sorted(), files: files, plans: plans)
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
