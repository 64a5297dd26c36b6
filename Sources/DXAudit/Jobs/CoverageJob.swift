import DXYAML

/// `dxaudit coverage`: the Part II × unit table, as the plan is written or, with a
/// reports folder, with the year's units and what their reports say.
public enum CoverageJob {
    /// The command line of `coverage`.
    public struct Request: Sendable, Equatable {
        public var plan: PlanChoice
        /// A reports year folder, or its parent with `year`; nil: ownership as written.
        public var reports: String?
        /// The report year when `reports` is the parent folder.
        public var year: Int?
        public var controls: ControlChoice
        public var presentation: Presentation

        public init(
            plan: PlanChoice = PlanChoice(), reports: String? = nil, year: Int? = nil,
            controls: ControlChoice = ControlChoice(), presentation: Presentation = Presentation()
        ) {
            self.plan = plan
            self.reports = reports
            self.year = year
            self.controls = controls
            self.presentation = presentation
        }
    }

    /// The table, printed in the chosen format; --quiet does not hide it.
    public static func run(_ request: Request) throws(DXAuditError) -> CommandResult {
        let controls = try Controls.load(request.controls)
        let coverage: Outcome.Coverage
        let files: [String]
        if let reports = request.reports {
            var year = YearAudit.Request(plan: request.plan, reportsDir: reports, year: request.year)
            year.earlierFigures = false
            let audit = try YearAudit.run(year, controls: controls)
            coverage = table(audit)
            files = audit.result.files
        } else {
            let plan = try request.plan.load()
            coverage = table(plan)
            files = [plan.path]
        }
        // The table is what coverage is for: --quiet does not hide it. Findings
        // about the plan and the reports are lint's and check's to print.
        var presentation = request.presentation
        presentation.quiet = false
        let outcome = Outcome(
            command: "coverage", findings: [], files: files, coverage: coverage, failing: presentation.failing)
        return try presentation.publish(outcome, controls: controls)
    }

    /// Ownership as the plan is written, whoever exists.
    public static func table(_ plan: Plan) -> Outcome.Coverage {
        Outcome.Coverage(plan: plan.header.number, rows: rows(plan, Ownership(plan: plan, on: nil), statuses: nil))
    }

    /// Ownership on the last on-time day of the year's unit reports (after
    /// succession), and what those reports say about each task.
    public static func table(_ audit: YearAudit) -> Outcome.Coverage {
        let plan = audit.plan
        let year = audit.result.year
        let annual = plan.reporting.first { $0.synthesizes == nil }
        let day = annual.flatMap { audit.result.deadlines[$0.id]?.lastOnTimeDay } ?? audit.checker.asOf
        var statuses: [Citation: [Report.Status?]] = [:]
        // The synthesis restates the unit reports; counting it would count them twice.
        for report in audit.result.reports where plan.obligation(report.obligation ?? "")?.synthesizes == nil {
            for entry in report.tasks { statuses[entry.citation, default: []].append(entry.status) }
        }
        return Outcome.Coverage(
            plan: plan.header.number, year: year, unitsOn: day,
            rows: rows(plan, Ownership(plan: plan, on: day), statuses: statuses))
    }

    /// One row a Part II task; a report on a task counts for the points within it
    /// and the point it is in.
    static func rows(_ plan: Plan, _ ownership: Ownership, statuses: [Citation: [Report.Status?]]?) -> [Outcome.Coverage
        .Row]
    {
        plan.tasks.map { task in
            let roles = ownership.roles[task.citation] ?? Ownership.Roles()
            let reported = statuses.map { statuses in
                Outcome.Coverage.Reported(
                    statuses.filter { $0.key.isWithin(task.citation) || task.citation.isWithin($0.key) }
                        .sorted { $0.key < $1.key }.flatMap(\.value))
            }
            return Outcome.Coverage.Row(
                task: task.citation, chairs: roles.chairs, implements: roles.implements,
                coordinators: roles.coordinators, owned: ownership.isOwned(task.citation), reported: reported)
        }
    }
}
