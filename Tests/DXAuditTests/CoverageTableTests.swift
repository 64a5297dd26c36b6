import DXYAML
import Foundation
import Testing

@testable import DXAudit

/// The coverage table as data: its rows from the shipped plan and sample
/// reports, and its text and JSON renderings against files in `Expected/`
/// (`DXAUDIT_UPDATE_EXPECTED=1` rewrites them).
@Suite struct CoverageTableTests {
    static func row(_ table: Outcome.Coverage, _ task: String) -> Outcome.Coverage.Row? {
        table.rows.first { $0.task == citation(task) }
    }

    @Test func rowsAsThePlanIsWritten() throws {
        let plan = Repo.shippedPlan
        let table = CoverageJob.table(plan)
        #expect(table.rows.count == plan.tasks.count)
        #expect(table.owned == table.rows.count)
        #expect(table.year == nil && table.unitsOn == nil)
        let c = try #require(Self.row(table, "II.5.c"))
        #expect(c.chairs == ["so-tai-chinh"] && c.implements == ["nhnn-hp"] && c.reported == nil)
        let clause = try #require(Self.row(table, "II.1"))
        #expect(clause.ownedIndirectly)
    }

    @Test func rowsWithTheYearsReports() throws {
        let request = YearAudit.Request(
            plan: PlanChoice(path: Repo.path("plans"), asOf: date("2024-12-15")), reportsDir: Repo.path("reports/2024"))
        let audit = try YearAudit.run(request, controls: Controls(workingDirectory: Repo.root))
        let table = CoverageJob.table(audit)
        #expect(table.year == 2024 && table.unitsOn == date("2024-12-02"))
        let clause = try #require(Self.row(table, "II.1")?.reported)
        #expect((clause.total, clause.done, clause.onTrack, clause.delayed) == (55, 3, 50, 2))
        #expect(SummaryWording().describe(clause) == "55: 3 done, 50 on-track, 2 delayed")
        #expect(table.rows.contains { $0.reported?.total == 0 }, "some task is not reported")
        #expect(
            SummaryWording().title(table) == "227/KH-UBND: Part II ownership and reports, 2024 (units as of 2024-12-02)"
        )
    }

    /// A made-up plan of three tasks: one chaired, one owned through its point, one nobody's.
    static var sample: Outcome {
        var reported = Outcome.Coverage.Reported()
        reported.done = 1
        reported.noStatus = 1
        let table = Outcome.Coverage(
            plan: "1/KH-X", year: 2024, unitsOn: date("2024-12-02"),
            rows: [
                .init(
                    task: citation("II.1.a"), chairs: ["so-a"], coordinators: ["so-b", "so-c"], owned: true,
                    reported: reported),
                .init(task: citation("II.1.a.1"), owned: true, reported: .init()),
                .init(task: citation("II.2.b"), owned: false, reported: .init([.delayed])),
            ])
        return Outcome(command: "coverage", findings: [], files: ["plans/x.yaml"], coverage: table)
    }

    @Test(arguments: [("text", "coverage.txt"), ("json", "coverage.json")])
    func matchesExpectedFile(format: String, file: String) throws {
        let reporter = try #require(Reporters.make(format, options: ReporterOptions()))
        let output = reporter.render(Self.sample)
        try expectMatchesExpectedFile(
            output, at: "\(ReporterTests.expectedFolder)/\(file)", "\(format) output differs from Expected/\(file)")
    }

    @Test func theCommandShowsTheTableEvenWhenQuiet() throws {
        let request = CoverageJob.Request(
            plan: PlanChoice(path: Repo.path("plans")), presentation: Presentation(format: .text, quiet: true))
        let result = try CoverageJob.run(request)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("227/KH-UBND: Part II ownership as written\ntask "))
        #expect(result.standardOutput.contains("\n  II.5.c      so-tai-chinh      nhnn-hp"))
    }
}
