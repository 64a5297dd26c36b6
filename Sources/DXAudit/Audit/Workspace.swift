import DXYAML

#if canImport(Glibc)
    import Glibc
#endif

/// Finding the plan and the report year a command works on.
public enum Workspace {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var problem: Problem

        public init(_ problem: Problem) { self.problem = problem }

        public var description: String { problem.text(in: .english) }
    }

    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }

    /// The nearest `plans/` folder from the working directory upward, as a path
    /// relative to the working directory when it is below it.
    public static func findPlansFolder() -> String? {
        var folder = currentDirectory()
        var relative = ""
        while true {
            let candidate = ProjectPath.join(folder, "plans")
            if ProjectPath.isDirectory(candidate) {
                return relative.isEmpty ? "plans" : relative + "plans"
            }
            guard folder != "/" else { return nil }
            folder = ProjectPath.directory(of: folder)
            if folder.isEmpty { folder = "/" }
            relative += "../"
        }
    }

    /// The plan file to use: `--plan` (a file, or a folder with one plan) or the
    /// nearest `plans/` folder.
    public static func planFile(_ option: String?) throws -> String {
        try planSource(option).path
    }

    /// The plan file to use, with its bytes when finding it meant reading it (a
    /// folder's files are read to tell the plan from the registry), so that the
    /// loader does not read it again.
    static func planSource(_ option: String?) throws -> (path: String, file: SourceFile?) {
        guard let path = option ?? findPlansFolder() else {
            throw Failure(.noPlansFolder)
        }
        guard ProjectPath.isDirectory(path) else {
            guard ProjectPath.exists(path) else { throw Failure(.noSuchFile(path)) }
            return (path, nil)
        }
        var plans: [(path: String, file: SourceFile?)] = []
        for candidate in Linter.expand(path) {
            switch SourceFile.read(candidate) {
            case .success(let file) where Linter.kind(of: file.bytes) == .plan: plans.append((candidate, file))
            case .success: continue
            // An unreadable file counts as a plan, so that loading it says why.
            case .failure: plans.append((candidate, nil))
            }
        }
        switch plans.count {
        case 1: return plans[0]
        case 0: throw Failure(.noPlanInFolder(path))
        default:
            throw Failure(.severalPlans(path, plans.map(\.path)))
        }
    }

    /// Loads the plan, or fails with every error finding rendered, for exit 2.
    public static func loadPlan(_ option: String?) throws -> (Plan, PlanLoad) {
        let (path, file) = try planSource(option)
        let load = file.map { PlanAudit.load($0) } ?? PlanAudit.load(path)
        let errors = load.findings.filter { $0.severity == .error }
        guard let plan = load.plan, errors.isEmpty else {
            throw Failure(.planUnusable(path, Array((errors.isEmpty ? load.findings : errors).prefix(20))))
        }
        return (plan, load)
    }

    /// A reports argument: a year folder (`reports/2024`) or its parent (`reports`).
    public struct ReportYear: Sendable {
        public var folder: String
        public var year: Int
        /// False when the year folder does not exist yet: no reports so far.
        public var exists: Bool
    }

    public static func reportYear(_ path: String, year option: Int?, asOf: CivilDate) throws -> ReportYear {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        // `.` and `..` are named by the folder they stand for.
        var last = ProjectPath.lastComponent(trimmed)
        if last == "." || last == "..", let real = realPath(trimmed) { last = ProjectPath.lastComponent(real) }
        if ProjectPath.exists(trimmed), !ProjectPath.isDirectory(trimmed) {
            throw Failure(.isAFile(path))
        }
        if last.count == 4, let year = Int(last) {
            if let option, option != year {
                throw Failure(.yearFolderDisagrees(path, folder: year, option: option))
            }
            let parent = ProjectPath.directory(of: trimmed)
            if !ProjectPath.isDirectory(trimmed), !parent.isEmpty, !ProjectPath.isDirectory(parent) {
                throw Failure(.noSuchFolder(parent))
            }
            return ReportYear(folder: trimmed, year: year, exists: ProjectPath.isDirectory(trimmed))
        }
        guard ProjectPath.isDirectory(trimmed) else {
            throw Failure(.noSuchFolder(path))
        }
        // A folder of reports that is not named by its year: with --year it is that
        // year's folder; without, taking it for the parent would call every unit missing.
        let holdsReports = Checker.reportFiles(in: trimmed).map { !$0.isEmpty } ?? false
        if holdsReports {
            guard let option else {
                throw Failure(.folderNotNamedByYear(path))
            }
            return ReportYear(folder: trimmed, year: option, exists: true)
        }
        let year = option ?? asOf.year
        let folder = ProjectPath.join(trimmed, String(year))
        return ReportYear(folder: folder, year: year, exists: ProjectPath.isDirectory(folder))
    }

    /// The absolute, symlink-free form of `path`, when it exists.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
