import DXYAML

/// `dxaudit targets`: every report year of a reports folder read in order, and
/// each Part I indicator's figures, path and status.
public enum TargetsJob {
    /// The command line of `targets`.
    public struct Request: Sendable, Equatable {
        public var plan: PlanChoice
        /// The folder of year folders (`reports`).
        public var root: String
        public var controls: ControlChoice
        public var presentation: Presentation

        public init(
            plan: PlanChoice = PlanChoice(), root: String = "reports", controls: ControlChoice = ControlChoice(),
            presentation: Presentation = Presentation()
        ) {
            self.plan = plan
            self.root = root
            self.controls = controls
            self.presentation = presentation
        }
    }

    /// What the table is made from: the plan, the years read, and their checks.
    public struct Reading: Sendable {
        public var plan: Plan
        public var checker: Checker
        /// Each year's check, oldest first; each was given the figures of the ones before.
        public var years: [CheckResult]
        public var planSources: [SourceFile]

        /// Every year's figures.
        public var ledger: IndicatorLedger { years.last?.indicators ?? IndicatorLedger(plan: plan) }
    }

    /// The table in the chosen format, after the figures' findings: each figure that
    /// cannot be right, what the latest year's suppliers left out, each indicator
    /// behind at its latest figure, and the errors of files that could not be read.
    /// --quiet does not hide the table.
    public static func run(_ request: Request) throws(DXAuditError) -> CommandResult {
        let controls = try Controls.load(request.controls)
        let reading = try read(request.plan, root: request.root, controls: controls)
        var findings = reading.years.flatMap { year in
            // A file that could not be read gives no figure: its errors say why.
            let unread = Set(year.files).subtracting(year.reports.map(\.path))
            return year.findings.filter { finding in
                finding.rule == .badFigure
                    || (finding.rule == .targetMissing && year.year == reading.years.last?.year)
                    || (finding.severity == .error && unread.contains(finding.location.path))
            }
        }
        findings += TargetBehindRule.check(reading.ledger, year: nil)
        var presentation = request.presentation
        presentation.quiet = false
        var outcome = Outcome(
            command: "targets", findings: findings.sortedByPlace(), files: reading.years.flatMap(\.files),
            failing: presentation.failing)
        outcome.targets = table(reading, root: request.root)
        outcome.sources = SourceFile.byPath(reading.planSources + reading.years.flatMap(\.sources))
        return try presentation.publish(outcome, controls: controls)
    }

    /// Checks each year folder of `root` that the plan covers, oldest first, each
    /// with the figures of the years before it.
    public static func read(_ choice: PlanChoice, root: String, controls: Controls) throws(DXAuditError) -> Reading {
        let (plan, planSources) = try choice.loadWithSources()
        guard !plan.indicators.isEmpty else { throw DXAuditError(.planHasNoIndicators(plan.header.number)) }
        guard ProjectPath.isDirectory(root) else { throw DXAuditError(.noSuchFolder(root)) }
        guard let entries = ProjectPath.list(root) else { throw DXAuditError(.unreadableFolder(root)) }
        let years = entries.compactMap { name in name.count == 4 ? Int(name) : nil }
            .filter { plan.header.years.contains($0) && ProjectPath.isDirectory(ProjectPath.join(root, String($0))) }
            .sorted()
        guard !years.isEmpty else {
            throw DXAuditError(.noYearFolders(root, years: plan.header.years))
        }
        let checker = Checker(plan: plan, asOf: choice.today)
        var results: [CheckResult] = []
        var ledger = IndicatorLedger(plan: plan)
        for year in years {
            let folder = ProjectPath.join(root, String(year))
            guard let files = Checker.reportFiles(in: folder) else { throw DXAuditError(.unreadableFolder(folder)) }
            let result = checker.check(
                folder: folder, year: year, files: controls.withoutIgnored(files), history: ledger)
            ledger = result.indicators ?? ledger
            results.append(result)
        }
        return Reading(plan: plan, checker: checker, years: results, planSources: planSources)
    }

    /// One row an indicator, in plan order.
    public static func table(_ reading: Reading, root: String) -> Outcome.Targets {
        let ledger = reading.ledger
        return Outcome.Targets(
            plan: reading.plan.header.number, years: reading.years.map(\.year), root: root,
            rows: reading.plan.indicators.map { Outcome.Targets.Row($0, ledger.progress($0)) })
    }
}
