import Foundation
import Testing

/// `.dxaudit.yaml`, inline suppressions and baselines, in a copy of the shipped plans
/// and 2024 reports (as of 2024-12-15: three units missing, two late reports, two
/// unreported tasks, one unassigned task).
@Suite struct ControlTests {
    static let check = ["check", "reports/2024", "--as-of", "2024-12-15"]

    /// `check --format json` in `workspace`; the run must have done its job (exit 0 or 1).
    static func checkJSON(
        _ workspace: SampleWorkspace, _ extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (JSONOutput, Int32) {
        let run = try DXAudit.run(check + ["--format", "json"] + extra, in: workspace.path)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)", sourceLocation: sourceLocation)
        return (try JSONOutput(run, sourceLocation: sourceLocation), run.status)
    }

    /// The line of `output` that starts with `place` (`path:line:col: severity: `).
    static func line(_ output: String, at place: String) -> String? {
        output.split(separator: "\n").map(String.init).first { $0.hasPrefix(place) }
    }

    @Test func ruleSettingsStrictAndIgnore() throws {
        let workspace = try SampleWorkspace()
        try workspace.write(
            "reports/2024/draft-so-du-lich.yaml",
            try workspace.read("reports/2024/so-y-te.yaml").replacingOccurrences(of: "so-y-te", with: "so-du-lich"))
        try workspace.write(
            ".dxaudit.yaml",
            "rules:\n  unassigned-task: off\n  late-report: error\n  missing-report: warning\nignore:\n  - reports/*/draft-*.yaml\n"
        )
        let (document, status) = try Self.checkJSON(workspace)
        #expect(document.findings("unassigned-task").isEmpty)
        #expect(Set(document.findings("late-report").field("severity")) == ["error"])
        #expect(Set(document.findings("missing-report").field("severity")) == ["warning"])
        // The ignored draft is not read: so-du-lich is still missing.
        #expect(!document.files.contains("reports/2024/draft-so-du-lich.yaml"))
        #expect(document.findings("missing-report").field("unit").contains("so-du-lich"))
        #expect(status == 1 && document["fails"] as? Bool == true, "late-report is an error now")

        try workspace.write(".dxaudit.yaml", "rules:\n  late-report: note\n  missing-report: note\n")
        #expect(try Self.checkJSON(workspace).1 == 0)
        try workspace.write(".dxaudit.yaml", "rules:\n  late-report: note\n  missing-report: note\nstrict: true\n")
        let (strict, strictStatus) = try Self.checkJSON(workspace)
        #expect(strict["failing"] as? String == "warning" && strictStatus == 1, "unreported-task warnings fail")
    }

    @Test func unknownKeysAreFindingsAndBadFilesExitTwo() throws {
        let workspace = try SampleWorkspace()
        try workspace.write(".dxaudit.yaml", "rules:\n  late-reprot: off\ncolour: never\n")
        let run = try DXAudit.run(["lint"], in: workspace.path)
        #expect(run.status == 1)
        let colour = Self.line(run.stdout, at: ".dxaudit.yaml:3:1: error: ")
        #expect(colour?.contains("colour") == true && colour?.hasSuffix("[schema]") == true, "\(run.stdout)")
        let misspelt = Self.line(run.stdout, at: ".dxaudit.yaml:2:3: error: ")
        #expect(
            misspelt?.contains("late-reprot") == true && misspelt?.contains("'late-report'") == true
                && misspelt?.hasSuffix("[schema]") == true, "\(run.stdout)")

        try workspace.write(".dxaudit.yaml", "rules: [late-report\n")
        let broken = try DXAudit.run(["lint"], in: workspace.path)
        #expect(broken.status == 2 && broken.stdout == "")
        #expect(broken.stderr.contains("cannot use the settings file: .dxaudit.yaml:2:1: error:"), "\(broken.stderr)")

        let missing = try DXAudit.run(["lint", "--config", "nowhere.yaml"], in: workspace.path)
        #expect(missing.status == 2 && missing.stderr.contains("nowhere.yaml: cannot read"), "\(missing.stderr)")
    }

    @Test func configIsFoundUpwardAndNamedWithConfig() throws {
        let workspace = try SampleWorkspace()
        try workspace.write("settings.yaml", "rules:\n  unassigned-task: off\n")
        let (named, _) = try Self.checkJSON(workspace, ["--config", "settings.yaml"])
        #expect(named.findings("unassigned-task").isEmpty)
        try workspace.write(".dxaudit.yaml", "rules:\n  unassigned-task: error\n")
        let run = try DXAudit.run(
            ["check", "2024", "--as-of", "2024-12-15", "--format", "json"], in: "\(workspace.path)/reports")
        let below = try JSONOutput(run)
        #expect(Set(below.findings("unassigned-task").field("severity")) == ["error"])
    }

    @Test func inlineSuppressions() throws {
        let workspace = try SampleWorkspace()
        try workspace.edit("reports/2024/so-gtvt.yaml", "submitted:", "# dxaudit: ignore[late-report]\nsubmitted:")
        try workspace.edit("plans/units.yaml", "  so-du-lich:", "  so-du-lich:   # dxaudit: ignore[missing-report]\n ")
        try workspace.edit(
            "reports/2024/so-y-te.yaml", "tasks:", "tasks:   # dxaudit: ignore[duplicate-report, lte-report]")
        let (document, _) = try Self.checkJSON(workspace)
        #expect(document.counts["suppressed"] == 2)
        #expect(document.findings("late-report").field("unit") == ["so-ldtbxh"])
        #expect(!document.findings("missing-report").field("unit").contains("so-du-lich"))
        let stale = document.findings("unused-suppression")
        #expect(stale.field("path") == ["reports/2024/so-y-te.yaml", "reports/2024/so-y-te.yaml"])
        #expect(stale.field("severity") == ["note", "note"])
        // Each stale entry is named: the rule that silenced nothing, the rule that does not exist.
        #expect(stale.first.map { "\($0["message"] ?? "")".contains("duplicate-report") } == true)
        #expect(stale.dropFirst().first.map { "\($0["message"] ?? "")".contains("lte-report") } == true)
        let text = try DXAudit.run(Self.check, in: workspace.path)
        #expect(text.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("(2 suppressed)"))
    }

    @Test func baselineHidesWhatItRecordedAndSurvivesEdits() throws {
        let workspace = try SampleWorkspace()
        let (before, status) = try Self.checkJSON(workspace)
        #expect(status == 1)
        let write = try DXAudit.run(Self.check + ["--write-baseline", "baseline.json"], in: workspace.path)
        #expect(write.status == 0, "\(write.stdout)\(write.stderr)")
        #expect(write.stderr.contains("recorded \(before.findings.count) findings in baseline.json"), "\(write.stderr)")
        let recorded = try #require(
            try JSONSerialization.jsonObject(with: Data(workspace.read("baseline.json").utf8)) as? [String: Any])
        #expect(recorded["version"] as? Int == 1 && (recorded["findings"] as? [Any])?.count == before.findings.count)
        #expect(try workspace.list().filter { $0.hasPrefix(".baseline.json.tmp") }.isEmpty)

        // Lines added above every finding, and a day later: nothing resurrects.
        for name in try workspace.list("reports/2024") where name.hasSuffix(".yaml") {
            try workspace.write("reports/2024/\(name)", "# đã rà soát\n" + (try workspace.read("reports/2024/\(name)")))
        }
        try workspace.edit("plans/units.yaml", "units:", "# registry\nunits:")
        let (after, afterStatus) = try Self.checkJSON(workspace, ["--baseline", "baseline.json"])
        #expect(afterStatus == 0 && after.findings.isEmpty && after.counts["baselined"] == before.findings.count)
        let later = try DXAudit.run(
            ["check", "reports/2024", "--as-of", "2024-12-20", "--baseline", "baseline.json"], in: workspace.path)
        #expect(later.status == 0, "\(later.stdout)")

        // A new problem is shown; the recorded ones stay hidden.
        try workspace.edit("reports/2024/so-y-te.yaml", "submitted: 2024-11-29", "submitted: 2024-12-05")
        let (fresh, freshStatus) = try Self.checkJSON(workspace, ["--baseline", "baseline.json"])
        #expect(freshStatus == 0 && fresh.findings.field("unit") == ["so-y-te"])
        #expect(fresh.findings.first?["rule"] as? String == "late-report")
    }

    @Test func unusableBaselineExitsTwo() throws {
        let workspace = try SampleWorkspace()
        try workspace.write("baseline.json", #"{"version": 7, "findings": []}"#)
        let run = try DXAudit.run(Self.check + ["--baseline", "baseline.json"], in: workspace.path)
        #expect(run.status == 2 && run.stderr.contains("cannot use the baseline"), "\(run.stderr)")
    }
}
