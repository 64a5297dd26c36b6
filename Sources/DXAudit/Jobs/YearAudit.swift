import DXYAML

/// Which plan to use and which day to judge from: `--plan`, `--as-of`.
public struct PlanChoice: Sendable, Equatable {
    /// A plan file, or a folder holding one; nil: the nearest `plans/` folder.
    public var path: String?
    /// nil: today in Asia/Ho_Chi_Minh.
    public var asOf: CivilDate?

    public init(path: String? = nil, asOf: CivilDate? = nil) {
        self.path = path
        self.asOf = asOf
    }

    /// The day to judge from.
    public var today: CivilDate { asOf ?? DeadlineCalendar.todayInVietnam() }

    /// Loads the plan; one that cannot be used stops the run.
    public func load() throws(DXAuditError) -> Plan {
        try loadWithSources().plan
    }

    /// The plan, and its file and registry as read.
    public func loadWithSources() throws(DXAuditError) -> (plan: Plan, sources: [SourceFile]) {
        do {
            let (plan, load) = try Workspace.loadPlan(path)
            return (plan, load.sources)
        } catch let failure as Workspace.Failure {
            throw DXAuditError(failure)
        } catch {
            throw DXAuditError(.sendmail("\(error)"))
        }
    }
}

/// One report year checked against the plan: what `check`, `overdue` and
/// `coverage --reports` start from.
public struct YearAudit: Sendable {
    /// The reports folder and year to check.
    public struct Request: Sendable, Equatable {
        public var plan: PlanChoice
        /// A year folder (`reports/2024`) or its parent (`reports`).
        public var reportsDir: String
        /// The report year when `reportsDir` is the parent.
        public var year: Int?
        /// Read the Part I figures of the earlier years beside the year folder, the
        /// path `target-behind` is drawn from; who is overdue needs none of them.
        public var earlierFigures = true

        public init(plan: PlanChoice = PlanChoice(), reportsDir: String, year: Int? = nil) {
            self.plan = plan
            self.reportsDir = reportsDir
            self.year = year
        }
    }

    public var plan: Plan
    /// The checker that judged the year, with its calendar and `asOf`.
    public var checker: Checker
    /// The findings, the owed reports and what became of them.
    public var result: CheckResult
    /// The year folder read.
    public var folder: String
    /// The plan file and its registry as read, for the source lines of findings.
    public var planSources: [SourceFile] = []

    /// Loads the plan, finds the year folder and checks every report in it that
    /// the settings do not ignore.
    public static func run(_ request: Request, controls: Controls) throws(DXAuditError) -> YearAudit {
        Trace.phase("started")
        let asOf = request.plan.today
        let (plan, planSources) = try request.plan.loadWithSources()
        Trace.phase("plan and registry read")
        let reportYear: Workspace.ReportYear
        do {
            reportYear = try Workspace.reportYear(request.reportsDir, year: request.year, asOf: asOf)
        } catch let failure as Workspace.Failure {
            throw DXAuditError(failure)
        } catch {
            throw DXAuditError(.sendmail("\(error)"))
        }
        let years = plan.header.years
        guard years.contains(reportYear.year) else {
            throw DXAuditError(.yearOutsidePlan(plan: plan.header.number, years: years, year: reportYear.year))
        }
        var files: [String] = []
        if reportYear.exists {
            guard let listed = Checker.reportFiles(in: reportYear.folder) else {
                throw DXAuditError(.unreadableFolder(reportYear.folder))
            }
            files = controls.withoutIgnored(listed)
        }
        var checker = Checker(plan: plan, asOf: asOf)
        checker.keepsSources = controls.needsSourceLines
        let history =
            request.earlierFigures
            ? Self.history(checker, beside: reportYear.folder, before: reportYear.year, controls: controls) : nil
        Trace.phase("earlier years' figures read")
        let result = checker.check(folder: reportYear.folder, year: reportYear.year, files: files, history: history)
        Trace.phase("findings placed and sorted")
        return YearAudit(
            plan: plan, checker: checker, result: result, folder: reportYear.folder, planSources: planSources)
    }

    /// The Part I figures of the plan's years before `year`, from the year folders
    /// beside `folder` (`reports/2023` beside `reports/2024`); nil when the plan
    /// has no indicators. Their findings are their own years' to report.
    static func history(_ checker: Checker, beside folder: String, before year: Int, controls: Controls)
        -> IndicatorLedger?
    {
        let plan = checker.plan
        guard !plan.indicators.isEmpty else { return nil }
        var ledger = IndicatorLedger(plan: plan)
        let root = ProjectPath.directory(of: folder)
        for earlier in plan.header.years.lowerBound..<max(plan.header.years.lowerBound, year) {
            let sibling = ProjectPath.join(root, String(earlier))
            guard ProjectPath.isDirectory(sibling), let files = Checker.reportFiles(in: sibling) else { continue }
            ledger.add(
                checker.reports(controls.withoutIgnored(files), year: earlier), year: earlier,
                on: checker.figureDay(year: earlier))
        }
        return ledger
    }

    /// What `check` reports: the findings, the summary and the year's figures. The
    /// audit is taken, so that a caller done with it hands its findings over whole.
    public consuming func outcome(failing: Finding.Severity) -> Outcome {
        let stats = Outcome.Stats(result, plan: plan, checker: checker)
        var outcome = Outcome(
            command: "check", findings: result.findings, files: result.files, summary: summary(stats),
            failing: failing, stats: stats)
        outcome.sources = sources
        outcome.suppressions = result.suppressions
        return outcome
    }

    /// Every file the audit read, by path: the plan, its registry and the reports.
    public var sources: [String: SourceFile] { SourceFile.byPath(planSources + result.sources) }

    /// The summary facts: the year, each obligation, the tasks, and the plan
    /// references that stand for nobody.
    public func summary(_ stats: Outcome.Stats) -> [Outcome.SummaryFact] {
        var facts: [Outcome.SummaryFact] = [.reportYear(plan: stats.plan, year: stats.year, asOf: stats.asOf)]
        for obligation in stats.obligations {
            facts.append(.obligation(obligation, deadlinePassed: stats.asOf > obligation.lastOnTimeDay))
        }
        facts.append(.tasks(stats.tasks))
        for unheld in result.summary.unheld {
            let duty: Outcome.Duty = unheld.obligation.map { .report(obligation: $0) } ?? .tasks(unheld.tasks)
            facts.append(.noReporterLeft(ref: unheld.ref, at: unheld.location, duty: duty))
        }
        return facts
    }
}
