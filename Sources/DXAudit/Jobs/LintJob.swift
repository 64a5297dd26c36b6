/// `dxaudit lint`: checks plan files and unit registries.
public enum LintJob {
    /// The command line of `lint`.
    public struct Request: Sendable, Equatable {
        /// Files or folders; none: the nearest `plans/` folder.
        public var paths: [String]
        public var controls: ControlChoice
        public var presentation: Presentation

        public init(
            paths: [String] = [], controls: ControlChoice = ControlChoice(), presentation: Presentation = Presentation()
        ) {
            self.paths = paths
            self.controls = controls
            self.presentation = presentation
        }
    }

    /// The findings about the files; status 1 when one fails.
    public static func run(_ request: Request) throws(DXAuditError) -> CommandResult {
        var paths = request.paths
        if paths.isEmpty {
            guard let folder = Workspace.findPlansFolder() else {
                throw DXAuditError(.noPlansFolderToLint)
            }
            paths = [folder]
        }
        for path in paths where !ProjectPath.exists(path) {
            throw DXAuditError(.noSuchFileOrFolder(path))
        }
        let controls = try Controls.load(request.controls)
        let isIgnored: @Sendable (String) -> Bool = { controls.isIgnored($0) }
        let result = Linter.lint(paths.flatMap(Linter.expand).filter { !isIgnored($0) }, isIgnored: isIgnored)
        var outcome = Outcome(
            command: "lint", findings: result.findings, files: result.files, failing: request.presentation.failing)
        outcome.sources = result.sources
        return try request.presentation.publish(outcome, controls: controls)
    }
}

/// `dxaudit check`: one year's reports against the plan.
public enum CheckJob {
    /// The command line of `check`.
    public struct Request: Sendable, Equatable {
        public var year: YearAudit.Request
        public var controls: ControlChoice
        public var presentation: Presentation

        public init(
            year: YearAudit.Request, controls: ControlChoice = ControlChoice(),
            presentation: Presentation = Presentation()
        ) {
            self.year = year
            self.controls = controls
            self.presentation = presentation
        }
    }

    /// The year's findings and summary; status 1 when a finding fails.
    public static func run(_ request: Request) throws(DXAuditError) -> CommandResult {
        let controls = try Controls.load(request.controls)
        let audit = try YearAudit.run(request.year, controls: controls)
        return try request.presentation.publish(
            (consume audit).outcome(failing: request.presentation.failing), controls: controls)
    }
}
