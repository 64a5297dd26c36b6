import Foundation
import Testing

/// The built binary over the shipped plan, the sample reports and fixture folders:
/// stdout, stderr and exit status as a user sees them.
@Suite struct CommandTests {
    @Test func checkSample2024() throws {
        let run = try DXAudit.run(["check", "reports/2024", "--as-of", "2024-12-15"])
        #expect(run.status == 1)
        #expect(run.stderr == "")
        #expect(run.stdout == (try DXAudit.expected("check-2024.txt")))
    }

    @Test func performanceTraceNamesEachPhaseOnStandardErrorOnly() throws {
        let args = ["check", "reports/2024", "--as-of", "2024-12-15", "--format", "json"]
        let plain = try DXAudit.run(args)
        let traced = try DXAudit.run(args, environment: ["DXAUDIT_TRACE_PERFORMANCE": "1"])
        #expect(traced.status == plain.status)
        #expect(traced.stdout == plain.stdout)
        let phases = traced.stderr.split(separator: "\n").map { line in
            line.hasPrefix("dxaudit: trace: ") && line.hasSuffix(" ms")
                ? String(line.dropFirst(16).prefix { $0 != ":" }) : "not a trace line: \(line)"
        }
        #expect(phases.first == "started")
        #expect(phases.contains("reports read and judged"))
        #expect(phases.last == "output written")
        #expect(try DXAudit.run(args, environment: ["DXAUDIT_TRACE_PERFORMANCE": "0"]).stderr == "")
    }

    @Test func checkSample2025() throws {
        let run = try DXAudit.run(["check", "reports", "--year", "2025", "--as-of", "2025-12-15"])
        #expect(run.status == 1)
        #expect(run.stdout == (try DXAudit.expected("check-2025.txt")))
    }

    @Test func checkParentFolderUsesTheYearOfAsOf() throws {
        let run = try DXAudit.run(["check", "reports", "--as-of", "2026-11-26"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("report year 2026"))
        #expect(run.stdout.contains("6 not yet due") || run.stdout.contains("5 not yet due"))
    }

    @Test func strictMakesWarningsFail() throws {
        let run = try DXAudit.run(["check", "reports/2026", "--as-of", "2026-11-26", "--strict"])
        #expect(run.status == 1)
    }

    @Test func aYearWithoutAFolderMeansNoReportsYet() throws {
        let run = try DXAudit.run(["check", "reports/2027", "--as-of", "2027-11-01"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("no 2027 unit-annual report yet"))
        let late = try DXAudit.run(["check", "reports/2027", "--as-of", "2027-12-05", "--quiet"])
        #expect(late.status == 1)
    }

    @Test func lintShippedPlans() throws {
        let run = try DXAudit.run(["lint"])
        #expect(run.status == 0)
        #expect(run.stdout == (try DXAudit.expected("lint-plans.txt")))
        let strict = try DXAudit.run(["lint", "--strict", "plans/227-KH-UBND.yaml"])
        #expect(strict.status == 1)
    }

    @Test func lintFindsThePlansFolderFromBelow() throws {
        let run = try DXAudit.run(["lint"], in: "\(DXAudit.repo)/reports/2024")
        #expect(run.status == 0)
        #expect(run.stdout.contains("../../plans/227-KH-UBND.yaml:"))
    }

    @Test func brokenReportIsAFindingNotAStop() throws {
        let run = try DXAudit.run([
            "check", "Tests/Fixtures/reports-broken/2024", "--plan", "plans", "--as-of", "2024-12-15",
        ])
        #expect(run.status == 1)
        #expect(run.stderr == "")
        #expect(run.stdout.contains("Tests/Fixtures/reports-broken/2024/so-y-te.yaml:14:10: error:"))
        #expect(run.stdout.contains("quan-le-chan.yaml:4:12: error: '2024-02-30' is not a real date"))
    }

    @Test func usageErrorsExitTwo() throws {
        for args in [
            ["check"], ["check", "reports/2024", "--as-of", "2024-13-01"], ["check", "nowhere/2024"],
            ["frobnicate"], ["lint", "missing.yaml"], ["check", "reports", "--color", "sometimes"],
            ["explain", "no-such-rule"], ["check", "reports/2024", "--plan", "nowhere.yaml"],
        ] {
            let run = try DXAudit.run(args)
            #expect(run.status == 2, "\(args): \(run.status) \(run.stderr)")
            #expect(!run.stderr.isEmpty, "\(args)")
            #expect(run.stdout.isEmpty, "\(args)")
        }
    }

    @Test func aFolderOfReportsMustBeNamedByItsYear() throws {
        let dir = NSTemporaryDirectory() + "dxaudit-unnamed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(
            atPath: "\(DXAudit.repo)/reports/2024/so-y-te.yaml", toPath: "\(dir)/so-y-te.yaml")
        let plans = "\(DXAudit.repo)/plans"
        let refused = try DXAudit.run([
            "overdue", dir, "--plan", plans, "--as-of", "2024-12-15", "--send", "--sendmail", "/bin/false",
        ])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("holds report files but is not named by a year"))
        let withYear = try DXAudit.run(["check", dir, "--plan", plans, "--as-of", "2024-12-15", "--year", "2024"])
        #expect(withYear.status == 1)
        #expect(withYear.stdout.contains("34 owed, 1 received, 0 late, 33 missing"))
        let here = try DXAudit.run(
            ["check", ".", "--plan", plans, "--as-of", "2024-12-15"], in: "\(DXAudit.repo)/reports/2024")
        #expect(here.stdout.contains("31 received"))
        let file = try DXAudit.run(["check", "reports/2024/so-y-te.yaml"])
        #expect(file.status == 2)
        #expect(file.stderr.contains("is a file, not a folder"))
    }

    @Test func overdueFailsWhenSomethingIsOverdueWhateverTheSettingsHide() throws {
        let dir = NSTemporaryDirectory() + "dxaudit-settings-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let args = [
            "overdue", "\(DXAudit.repo)/reports/2024", "--plan", "\(DXAudit.repo)/plans", "--as-of", "2024-12-03",
        ]
        try "rules: {missing-report: off}\n".write(toFile: "\(dir)/.dxaudit.yaml", atomically: true, encoding: .utf8)
        let off = try DXAudit.run(args, in: dir)
        #expect(off.status == 1)
        #expect(off.stdout.contains("3 reports overdue"))
        try "ignroe: [drafts]\n".write(toFile: "\(dir)/.dxaudit.yaml", atomically: true, encoding: .utf8)
        let misspelt = try DXAudit.run(args + ["--send", "--sendmail", "/bin/false"], in: dir)
        #expect(misspelt.status == 2)
        #expect(misspelt.stderr.contains(".dxaudit.yaml:1:1: error: unknown field 'ignroe'"))
    }

    @Test func writeBaselineNeverReplacesAnInputFile() throws {
        let dir = NSTemporaryDirectory() + "dxaudit-baseline-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = "\(dir)/so-y-te.yaml"
        try FileManager.default.copyItem(atPath: "\(DXAudit.repo)/reports/2024/so-y-te.yaml", toPath: report)
        let before = try String(contentsOfFile: report, encoding: .utf8)
        let run = try DXAudit.run(["check", "reports/2024", "--as-of", "2024-12-15", "--write-baseline", report])
        #expect(run.status == 2)
        #expect(run.stderr.contains("exists and is not a dxaudit baseline; not overwritten"))
        #expect(try String(contentsOfFile: report, encoding: .utf8) == before)
        let baseline = "\(dir)/baseline.json"
        #expect(
            try DXAudit.run(["check", "reports/2024", "--as-of", "2024-12-15", "--write-baseline", baseline]).status
                == 0)
        #expect(
            try DXAudit.run(["check", "reports/2024", "--as-of", "2024-12-15", "--write-baseline", baseline]).status
                == 0)
    }

    @Test func unloadablePlanExitsTwo() throws {
        let run = try DXAudit.run(["check", "reports/2024", "--plan", "Tests/Fixtures/lint/yaml-syntax/plan.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("yaml-syntax/plan.yaml:5:8: error:"))
    }

    @Test func helpVersionRulesExplain() throws {
        #expect(try DXAudit.run(["--help"]).stdout.contains("USAGE: dxaudit <subcommand>"))
        #expect(try DXAudit.run(["--version"]).status == 0)
        let rules = try DXAudit.run(["rules"])
        #expect(rules.stdout.split(separator: "\n").count >= 19)
        let explain = try DXAudit.run(["explain", "late-report"])
        #expect(explain.stdout.contains("Monday 2/12 is on time"))
    }

    @Test func coverageMatrix() throws {
        let run = try DXAudit.run(["coverage"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("II.5.c"))
        #expect(run.stdout.contains("II.5.c      so-tai-chinh      nhnn-hp"))
        let reports = try DXAudit.run(["coverage", "--reports", "reports/2024", "--as-of", "2024-12-15", "--quiet"])
        #expect(reports.status == 0)
        #expect(reports.stdout.contains("II.5.h      so-du-lich"))
        #expect(reports.stdout.contains("not reported"))
        #expect(reports.stdout.split(separator: "\n").count > 60, "one line per task")
        #expect(!reports.stdout.contains("[missing-report]"), "coverage leaves findings to check")
    }

    @Test func templateListsTheUnitsTasksAndNeverOverwrites() throws {
        let run = try DXAudit.run(["template", "--unit", "so-khcn", "--year", "2025", "--as-of", "2025-11-20"])
        #expect(run.status == 0)
        #expect(run.stdout == (try DXAudit.expected("template-so-khcn-2025.yaml")))
        let dir = NSTemporaryDirectory() + "dxaudit-template-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = "\(dir)/so-y-te.yaml"
        #expect(try DXAudit.run(["template", "--unit", "so-y-te", "--year", "2024", "-o", file]).status == 0)
        try "keep me\n".write(toFile: file, atomically: true, encoding: .utf8)
        let again = try DXAudit.run(["template", "--unit", "so-y-te", "--year", "2024", "-o", file])
        #expect(again.status == 2)
        #expect(again.stderr.contains("exists; not overwritten"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me\n")
        #expect(
            try DXAudit.run(["template", "--unit", "so-y-te", "--year", "2024", "-o", file, "--force"]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# Báo cáo năm 2024 của Sở Y tế"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["so-y-te.yaml"])
        let ended = try DXAudit.run(["template", "--unit", "so-tttt", "--year", "2025"])
        #expect(ended.status == 2)
        #expect(ended.stderr.contains("so-khcn"))
    }

    @Test func aTemplateFilledInPassesTheCheck() throws {
        let dir = NSTemporaryDirectory() + "dxaudit-roundtrip-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: "\(dir)/2024", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let made = try DXAudit.run([
            "template", "--unit", "so-y-te", "--year", "2024", "--as-of", "2024-11-28", "-o",
            "\(dir)/2024/so-y-te.yaml",
        ])
        #expect(made.status == 0)
        let file = "\(dir)/2024/so-y-te.yaml"
        let unfilled = try DXAudit.run([
            "check", "\(dir)/2024", "--plan", "\(DXAudit.repo)/plans", "--as-of", "2024-12-15",
        ])
        // The figures the unit supplies are there to fill in: left out, they are missing.
        #expect(unfilled.stdout.contains("so-y-te.yaml:"), "\(unfilled.stdout)")
        #expect(unfilled.stdout.contains("[target-missing]"), "\(unfilled.stdout)")
        let template = try String(contentsOfFile: file, encoding: .utf8)
        #expect(template.contains("  # ho-so-cap-thanh-pho: {numerator: 0, denominator: 1}"), "\(template)")
        // Filling in: each figure's line without its `# `.
        let filled = template.replacingOccurrences(of: "\n  # ", with: "\n  ")
        try filled.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try DXAudit.run(["check", "\(dir)/2024", "--plan", "\(DXAudit.repo)/plans", "--as-of", "2024-12-15"])
        #expect(!run.stdout.contains("so-y-te.yaml:"), "\(run.stdout)")
    }
}
