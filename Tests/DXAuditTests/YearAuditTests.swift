import DXYAML
import Testing

@testable import DXAudit

#if canImport(Glibc)
    import Glibc
#endif

/// The year audit behind check, overdue and coverage, run in the test process on
/// the shipped plan and its sample reports.
@Suite struct YearAuditTests {
    static let controls = Controls(workingDirectory: Repo.root)

    static func audit(_ folder: String, year: Int? = nil, asOf: String) throws -> YearAudit {
        let request = YearAudit.Request(
            plan: PlanChoice(path: Repo.path("plans"), asOf: date(asOf)), reportsDir: folder, year: year)
        return try YearAudit.run(request, controls: controls)
    }

    @Test func theSummaryOf2024IsTypedAndWordedAsBefore() throws {
        let audit = try Self.audit(Repo.path("reports/2024"), asOf: "2024-12-15")
        let outcome = audit.outcome(failing: .error)
        #expect(outcome.summary.first == .reportYear(plan: "227/KH-UBND", year: 2024, asOf: date("2024-12-15")))
        guard case .obligation(let annual, let deadlinePassed) = outcome.summary[1] else {
            Issue.record("no obligation fact: \(outcome.summary)")
            return
        }
        #expect(annual.id == "unit-annual" && deadlinePassed)
        #expect((annual.owed, annual.received, annual.late, annual.missing) == (34, 31, 2, 3))
        #expect(outcome.summary.last == .tasks(.init(total: 54, owned: 54, reported: 51)))
        #expect(
            SummaryWording().lines(outcome) == [
                "227/KH-UBND, report year 2024, as of Sun 2024-12-15:",
                "  unit-annual (last on-time day Mon 2024-12-02): 34 owed, 31 received, 2 late, 3 missing",
                "  synthesis (last on-time day Mon 2024-12-09): 1 owed, 1 received, 0 late, 0 missing",
                "  tasks: 54 of 54 owned, 51 reported on",
            ])
        #expect(outcome.stats?.obligations.map(\.id) == ["unit-annual", "synthesis"])
        #expect(outcome.files.count == 32)
    }

    @Test func beforeTheDeadlineReportsAreNotYetDue() throws {
        let audit = try Self.audit(Repo.path("reports"), year: 2024, asOf: "2024-11-15")
        let lines = SummaryWording().lines(audit.outcome(failing: .error))
        #expect(lines[1].hasSuffix("not yet due"), "\(lines)")
        #expect(audit.folder == Repo.path("reports/2024"))
    }

    @Test func dutiesWithNobodyLeftAreFacts() throws {
        let audit = try Self.audit(Repo.path("reports"), year: 2025, asOf: "2025-12-15")
        let unheld = audit.outcome(failing: .error).summary.compactMap { fact -> Outcome.Duty? in
            guard case .noReporterLeft(let ref, _, let duty) = fact, ref == "districts" else { return nil }
            return duty
        }
        #expect(unheld == [.tasks([citation("II.1.a"), citation("II.2.h")]), .report(obligation: "unit-annual")])
        #expect(
            SummaryWording().lines(audit.outcome(failing: .error)).suffix(2) == [
                "  no reporter left: districts (227-KH-UBND.yaml:294) — tasks II.1.a, II.2.h",
                "  no reporter left: districts (227-KH-UBND.yaml:396) — report unit-annual",
            ])
    }

    @Test func aSmallReportsFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "2024/so-y-te.yaml",
            """
            unit: so-y-te
            year: 2024
            obligation: unit-annual
            submitted: 2024-11-28
            tasks:
              II.5.a: {status: on-track, progress: 70}
            """)
        let audit = try Self.audit(folder.path + "/2024", asOf: "2024-12-15")
        let owed = audit.result.owed.first { $0.unit == "so-y-te" && $0.obligation == "unit-annual" }
        #expect(owed?.state == .onTime)
        #expect(audit.result.files == [folder.path + "/2024/so-y-te.yaml"])
        #expect(audit.outcome(failing: .error).fails)
    }

    @Test func ignoredFilesAreNotRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("2024/draft-so-y-te.yaml", "unit: so-y-te\nyear: 2024\nsubmitted: 2024-11-28\ntasks: {}\n")
        try folder.write(".dxaudit.yaml", "ignore:\n  - \"*/draft-*.yaml\"\n")
        let controls = try Controls.load(
            ControlChoice(config: folder.path + "/.dxaudit.yaml"), workingDirectory: folder.path)
        #expect(controls.config.ignore.count == 1)
        let request = YearAudit.Request(
            plan: PlanChoice(path: Repo.path("plans"), asOf: date("2024-12-15")), reportsDir: folder.path + "/2024")
        let audit = try YearAudit.run(request, controls: controls)
        #expect(audit.result.files.isEmpty)
    }

    @Test func aYearOutsideThePlanStopsTheRun() {
        #expect(throws: DXAuditError(.yearOutsidePlan(plan: "227/KH-UBND", years: 2021...2030, year: 2019))) {
            try Self.audit(Repo.path("reports"), year: 2019, asOf: "2019-12-15")
        }
    }

    @Test func aMissingPlanStopsTheRun() throws {
        let error = #expect(throws: DXAuditError.self) {
            try YearAudit.run(
                YearAudit.Request(plan: PlanChoice(path: "nowhere.yaml"), reportsDir: Repo.path("reports/2024")),
                controls: Self.controls)
        }
        #expect(error?.rendered == "dxaudit: nowhere.yaml: no such file\n")
    }
}

/// Without a baseline each report's text is let go once it is judged; what is
/// shown does not change.
@Suite struct ReleasedSourceTests {
    static let report = """
        unit: so-y-te
        year: 2024
        obligation: unit-annual
        submitted: 2024-12-05  # dxaudit: ignore[late-report]
        tasks:
          II.5.a: {status: on-track, progress: 70}
          "II.5.↓": {status: done}
        # dxaudit: ignore[unassigned-task]
        note: x
        """

    @Test func suppressionsAndSourceLinesOutliveTheText() throws {
        let folder = try TemporaryFolder()
        try folder.write("2024/so-y-te.yaml", Self.report)
        let controls = Controls(workingDirectory: folder.path)
        let released = try YearAuditTests.audit(folder.path + "/2024", asOf: "2024-12-15")
        #expect(!released.checker.keepsSources)
        #expect(released.result.sources.isEmpty)
        let path = folder.path + "/2024/so-y-te.yaml"
        #expect(released.result.suppressions[path]?.map(\.line) == [4, 8])
        let citation = try #require(released.result.findings.first { $0.rule == .badCitation })
        #expect(citation.sourceLine == "  \"II.5.↓\": {status: done}")

        var keeping = released.checker
        keeping.keepsSources = true
        let kept = YearAudit(
            plan: released.plan, checker: keeping,
            result: keeping.check(folder: released.folder, year: 2024, files: released.result.files),
            folder: released.folder, planSources: released.planSources)
        #expect(kept.result.sources.map(\.path) == [path])
        #expect(kept.result.suppressions.isEmpty)

        // The filter takes the comments as scanned: the file is not read again.
        #expect(unlink(path) == 0)
        let shown = [released, kept].map { audit in
            controls.filter.apply(audit.outcome(failing: .error)).outcome
        }
        #expect(shown[0].suppressed == 1)
        #expect(shown[0].findings.contains { $0.rule == .unusedSuppression })
        #expect(TextReporter().render(shown[0]) == TextReporter().render(shown[1]))
        #expect(JSONReporter().render(shown[0]) == JSONReporter().render(shown[1]))
    }

    @Test func aBaselineKeepsTheText() throws {
        let folder = try TemporaryFolder()
        try folder.write("2024/so-y-te.yaml", Self.report)
        var choice = ControlChoice()
        choice.writeBaseline = folder.path + "/baseline.json"
        let controls = try Controls.load(choice, workingDirectory: folder.path)
        #expect(controls.needsSourceLines)
        let request = YearAudit.Request(
            plan: PlanChoice(path: Repo.path("plans"), asOf: date("2024-12-15")), reportsDir: folder.path + "/2024")
        let audit = try YearAudit.run(request, controls: controls)
        #expect(audit.checker.keepsSources)
        #expect(audit.result.sources.count == 1 && audit.result.suppressions.isEmpty)
    }
}
