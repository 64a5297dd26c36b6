import ArgumentParser
import DXAudit
import DXYAML

extension DXAuditCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check one year's reports against the plan.",
            discussion: """
                REPORTS_DIR is a year folder (reports/2024) or its parent (reports); given the
                parent, the year is --year or the current year in Asia/Ho_Chi_Minh. A year folder
                that does not exist yet means no reports yet.
                """)

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "The report year, when REPORTS_DIR is the parent folder.")
        var year: Int?

        @Argument(help: "The year folder (reports/2024) or its parent (reports).")
        var reportsDir: String

        func run() throws {
            let audit = try YearAudit.run(reportsDir: reportsDir, year: year, common: common)
            try common.finish(audit.outcome)
        }
    }
}

/// Loading the plan and checking a year, shared by check, overdue and coverage.
struct YearAudit {
    var plan: Plan
    var checker: Checker
    var result: CheckResult
    var outcome: Outcome
    /// The year folder read.
    var folder: String

    static func run(reportsDir: String, year: Int?, common: CommonOptions) throws -> YearAudit {
        let asOf = common.today
        let plan: Plan
        let reportYear: Workspace.ReportYear
        do {
            (plan, _) = try Workspace.loadPlan(common.plan)
            reportYear = try Workspace.reportYear(reportsDir, year: year, asOf: asOf)
        } catch let failure as Workspace.Failure {
            throw fail(failure.description)
        }
        if !plan.header.years.contains(reportYear.year) {
            throw fail("\(plan.header.number) covers report years \(plan.header.years.lowerBound)–\(plan.header.years.upperBound), not \(reportYear.year)")
        }
        var files: [String] = []
        if reportYear.exists {
            guard let listed = Checker.reportFiles(in: reportYear.folder) else {
                throw fail("\(reportYear.folder): cannot read the folder")
            }
            files = try common.withoutIgnored(listed)
        }
        let checker = Checker(plan: plan, asOf: asOf)
        let result = checker.check(folder: reportYear.folder, year: reportYear.year, files: files)
        var outcome = Outcome(
            command: "check", findings: result.findings, files: result.files,
            summary: summaryLines(result, plan: plan, checker: checker, asOf: asOf), failing: common.failing,
            stats: Outcome.Stats(result, plan: plan, checker: checker))
        outcome.suppressions = result.suppressions
        return YearAudit(plan: plan, checker: checker, result: result, outcome: outcome, folder: reportYear.folder)
    }

    static func summaryLines(_ result: CheckResult, plan: Plan, checker: Checker, asOf: CivilDate) -> [String] {
        var lines = ["\(plan.header.number), report year \(result.year), as of \(asOf.withWeekday):"]
        for obligation in plan.reporting {
            let owed = result.owed.filter { $0.obligation == obligation.id }
            let day = checker.judgingDay(obligation, year: result.year)
            func n(_ state: CheckResult.Owed.State) -> Int { owed.filter { $0.state == state }.count }
            let received = n(.onTime) + n(.late) + n(.unreadable)
            var parts = ["\(owed.count) owed", "\(received) received", "\(n(.late)) late"]
            if n(.unreadable) > 0 { parts.append("\(n(.unreadable)) unreadable") }
            if asOf > day {
                parts.append("\(n(.missing)) missing")
            } else {
                parts.append("\(n(.notYetDue)) not yet due")
            }
            lines.append("  \(obligation.id) (last on-time day \(day.withWeekday)): \(parts.joined(separator: ", "))")
        }
        let s = result.summary
        lines.append("  tasks: \(s.tasksOwned) of \(s.tasksTotal) owned, \(s.tasksReported) reported on")
        for unheld in s.unheld {
            let what =
                unheld.obligation.map { "report \($0)" }
                ?? "tasks \(unheld.tasks.map(\.description).joined(separator: ", "))"
            let at = "\(ProjectPath.lastComponent(unheld.location.path)):\(unheld.location.line)"
            lines.append("  no reporter left: \(unheld.ref) (\(at)) — \(what)")
        }
        return lines
    }
}
