import DXAudit
import DXYAML
import Foundation
import Testing

/// The yearly check on the shipped plan and the sample reports.
@Suite struct CheckTests {
    static func run(_ year: Int, asOf: String) -> CheckResult {
        let plan = Repo.shippedPlan
        let folder = Repo.path("reports/\(year)")
        let checker = Checker(plan: plan, asOf: date(asOf))
        return checker.check(folder: folder, year: year, files: Checker.reportFiles(in: folder) ?? [])
    }

    static func units(_ result: CheckResult, _ rule: RuleID, severity: Finding.Severity? = nil) -> [String] {
        result.findings.filter { $0.rule == rule && (severity == nil || $0.severity == severity) }
            .compactMap(\.unit).sorted()
    }

    @Test func year2024() {
        let result = Self.run(2024, asOf: "2024-12-15")
        #expect(Self.units(result, .missingReport) == ["huyen-bach-long-vi", "huyen-tien-lang", "so-du-lich"])
        #expect(Self.units(result, .lateReport) == ["so-gtvt", "so-ldtbxh"])
        #expect(Self.units(result, .unreportedTask) == ["so-cong-thuong", "so-nnptnt"])
        #expect(Self.units(result, .unassignedTask) == ["huyen-thuy-nguyen"])
        // 17 departments, Văn phòng UBND and the State Bank branch (Sở, ban, ngành),
        // 15 districts, and the synthesis.
        #expect(result.summary.owed == 35)
        #expect(result.summary.late == 2)
        // Sent on Monday 2/12/2024 (30/11 was a Saturday): on time.
        for unit in ["so-tttt", "quan-duong-kinh", "huyen-vinh-bao"] {
            #expect(result.owed.first { $0.unit == unit && $0.obligation == "unit-annual" }?.state == .onTime)
        }
        let synthesis = result.owed.filter { $0.obligation == "synthesis" }
        #expect(synthesis.map(\.unit) == ["so-tttt"])
    }

    @Test func year2025FollowsTheReorganisation() {
        let result = Self.run(2025, asOf: "2025-12-15")
        let owing = Set(result.owed.filter { $0.obligation == "unit-annual" }.map(\.unit))
        #expect(owing.count == 13)  // 11 departments, vp-ubnd, nhnn-hp
        #expect(
            !owing.contains { $0.hasPrefix("quan-") || $0.hasPrefix("huyen-") }, "districts owe nothing after 30/6/2025"
        )
        #expect(!owing.contains("so-tttt"))
        #expect(owing.contains("so-nnmt") && owing.contains("so-vhttdl"))
        #expect(result.owed.filter { $0.obligation == "synthesis" }.map(\.unit) == ["so-khcn"])
        #expect(Self.units(result, .missingReport) == ["so-gddt", "so-ngoai-vu"])
        #expect(Self.units(result, .lateReport) == ["so-xay-dung"])
        // so-xay-dung inherits II.4.c from Sở GTVT and leaves it out.
        #expect(
            result.findings.contains {
                $0.rule == .unreportedTask && $0.unit == "so-xay-dung" && $0.message.description.contains("II.4.c")
            })
    }

    @Test func year2026BeforeTheDeadline() {
        let result = Self.run(2026, asOf: "2026-11-26")
        #expect(Self.units(result, .missingReport, severity: .error).isEmpty)
        let pending = Self.units(result, .missingReport, severity: .note)
        #expect(pending == ["so-cong-thuong", "so-gddt", "so-khcn", "so-ngoai-vu", "so-tu-phap", "so-xay-dung"])
        #expect(result.summary.notYetDue == 6)
        #expect(!result.findings.contains { $0.severity == .error })
        // The same folder a week later: the unit reports are overdue, the synthesis not yet.
        let later = Self.run(2026, asOf: "2026-12-03")
        #expect(Self.units(later, .missingReport, severity: .error).count == 5)
        #expect(Self.units(later, .missingReport, severity: .note) == ["so-khcn"])
    }

    @Test func findingsAreDeterministic() {
        let a = Self.run(2024, asOf: "2024-12-15").findings
        for _ in 0..<5 {
            #expect(Self.run(2024, asOf: "2024-12-15").findings == a)
        }
    }

    @Test func brokenReportsAreFindingsAndTheRestIsChecked() {
        let plan = Repo.shippedPlan
        let folder = Repo.path("Tests/Fixtures/reports-broken/2024")
        let result = Checker(plan: plan, asOf: date("2024-12-15"))
            .check(folder: folder, year: 2024, files: Checker.reportFiles(in: folder) ?? [])
        #expect(result.findings.contains { $0.rule == .yamlSyntax && $0.location.path.hasSuffix("so-y-te.yaml") })
        let badDate = result.findings.first { $0.rule == .schema && $0.location.path.hasSuffix("quan-le-chan.yaml") }
        #expect(badDate?.message.description == "'2024-02-30' is not a real date: February 2024 has 29 days")
    }
}

/// Report rules, one small report each, against the lint base plan.
@Suite struct ReportRuleTests {
    static let plan = PlanLoader.load(Repo.path("Tests/Fixtures/lint/base/plan.yaml")).plan!

    func check(_ files: [String: String], year: Int = 2024, asOf: String = "2024-12-15") throws -> CheckResult {
        let dir = try TemporaryFolder()
        for (name, text) in files { try dir.write("\(year)/\(name)", text) }
        let folder = "\(dir.path)/\(year)"
        return Checker(plan: Self.plan, asOf: date(asOf))
            .check(folder: folder, year: year, files: Checker.reportFiles(in: folder) ?? [])
    }

    static let good = """
        unit: so-y-te
        year: 2024
        obligation: unit-annual
        submitted: 2024-11-28
        tasks:
          II.1.a: {status: on-track, progress: 50, note: Đang triển khai}

        """

    @Test func aCleanReport() throws {
        let result = try check(["so-y-te.yaml": Self.good])
        #expect(!result.findings.contains { $0.unit == "so-y-te" }, "\(result.findings)")
    }

    @Test(
        arguments: [
            ("year: 2024", "year: 2023", RuleID.yearMismatch, 2, 7),
            ("submitted: 2024-11-28", "submitted: 2024-12-20", .futureDate, 4, 12),
            ("submitted: 2024-11-28", "submitted: 2024-12-03", .lateReport, 4, 12),
            ("obligation: unit-annual", "obligation: annual", .unknownObligation, 3, 13),
            ("unit: so-y-te", "unit: so-yte", .unknownUnit, 1, 7),
            ("  II.1.a:", "  II.1.z:", .unknownRef, 6, 3),
            ("  II.1.a:", "  II.1.b:", .unassignedTask, 6, 3),
            ("progress: 50", "progress: 150", .schema, 6, 40),
            ("status: on-track", "status: ongoing", .schema, 6, 20),
            ("submitted: 2024-11-28", "submitted: 2024-02-30", .schema, 4, 12),
            ("progress: 50", "progress: 050", .schema, 6, 40),
        ] as [(String, String, RuleID, Int, Int)])
    func reportRule(_ old: String, _ new: String, _ rule: RuleID, _ line: Int, _ column: Int) throws {
        let result = try check(["so-y-te.yaml": Self.good.replacingOccurrences(of: old, with: new)])
        let hit = result.findings.first { $0.rule == rule && $0.location.path.hasSuffix("so-y-te.yaml") }
        #expect(
            hit != nil, "\(rule.rawValue) did not fire: \(result.findings.map { "\($0.rule.rawValue) \($0.message)" })")
        #expect(hit?.location.line == line)
        #expect(hit?.location.column == column)
    }

    /// A report's file name is free: every finding about the sender names it, by name
    /// and id, and carries its id for JSON.
    @Test(
        arguments: [
            ("submitted: 2024-11-28", "submitted: 2024-12-03", "so-y-te", RuleID.lateReport),
            ("submitted: 2024-11-28", "submitted: 2024-12-20", "so-y-te", .futureDate),
            ("year: 2024", "year: 2023", "so-y-te", .yearMismatch),
            ("obligation: unit-annual", "obligation: annual", "so-y-te", .unknownObligation),
            ("obligation: unit-annual", "obligation: synthesis", "so-y-te", .unknownObligation),
            ("  II.1.a:", "  II.1.b:", "so-y-te", .unassignedTask),
            (
                "unit: so-y-te\nyear: 2024\nobligation: unit-annual", "unit: so-tttt\nyear: 2024", "so-tttt",
                .unknownObligation
            ),
            ("unit: so-y-te", "unit: so-tttt", "so-tttt", .unreportedTask),
            ("", "", "so-y-te", .duplicateReport),
        ] as [(String, String, String, RuleID)])
    func findingsNameTheUnit(_ old: String, _ new: String, _ unit: String, _ rule: RuleID) throws {
        let text = old.isEmpty ? Self.good : Self.good.replacingOccurrences(of: old, with: new)
        #expect(text != Self.good || old.isEmpty)
        var files = ["b-annual.yaml": text]
        if rule == .duplicateReport { files["a-annual.yaml"] = text }
        let result = try check(files)
        let hits = result.findings.filter { $0.rule == rule && $0.location.path.hasSuffix("b-annual.yaml") }
        #expect(!hits.isEmpty, "\(rule.rawValue) did not fire: \(result.findings.map(\.message.description))")
        let label = Wording.english.format(.unit(unit, in: Self.plan.registry))
        #expect(label == "\(Self.plan.registry.units[unit]!.name) (\(unit))")
        for hit in hits {
            #expect(hit.message.description.contains(label), "\(hit.message)")
            #expect(hit.unit == unit)
        }
        let json = JSONReporter().render(Outcome(command: "check", findings: hits, files: result.files))
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == hits.count)
        #expect(findings.allSatisfy { $0["unit"] as? String == unit })
    }

    @Test func duplicateReport() throws {
        let result = try check(["a.yaml": Self.good, "b.yaml": Self.good])
        let hit = try #require(result.findings.first { $0.rule == .duplicateReport })
        #expect(hit.location.path.hasSuffix("b.yaml"))
        #expect(hit.message.description.contains("a.yaml"))
    }

    @Test func unreportedTaskOfTheChair() throws {
        let report = Self.good.replacingOccurrences(of: "unit: so-y-te", with: "unit: so-tttt")
        let result = try check(["so-tttt.yaml": report])
        let skipped = result.findings.filter { $0.rule == .unreportedTask }.map(\.message.description)
        #expect(skipped.count == 2)
        #expect(skipped.contains { $0.contains("II.1.b") } && skipped.contains { $0.contains("II.2.a") })
    }

    @Test func predecessorReportsAfterItEnded() throws {
        let report = Self.good.replacingOccurrences(of: "unit: so-y-te", with: "unit: so-tttt")
            .replacingOccurrences(of: "2024", with: "2025")
        let result = try check(["so-tttt.yaml": report], year: 2025, asOf: "2025-12-15")
        let hit = try #require(result.findings.first { $0.rule == .unknownObligation })
        #expect(
            hit.message.description
                == "Sở Thông tin và Truyền thông (so-tttt) owes no unit-annual report for 2025; its duties passed to so-khcn: report as so-khcn"
        )
        #expect(result.owed.contains { $0.unit == "so-khcn" && $0.obligation == "synthesis" })
    }

    @Test func obligationMayBeOmittedOnlyWhenUnambiguous() throws {
        let omitted = Self.good.replacingOccurrences(of: "obligation: unit-annual\n", with: "")
        #expect(try !check(["so-y-te.yaml": omitted]).findings.contains { $0.rule == .unknownObligation })
        let tttt = omitted.replacingOccurrences(of: "unit: so-y-te", with: "unit: so-tttt")
        let hit = try check(["so-tttt.yaml": tttt]).findings.first { $0.rule == .unknownObligation }
        #expect(hit?.message.description.contains("say which with 'obligation:'") == true)
    }

    @Test func aYearOutsideThePlanIsASchemaErrorNotACrash() throws {
        for year in ["20124", "2019", "-5", "0"] {
            let report = Self.good.replacingOccurrences(of: "year: 2024", with: "year: \(year)")
            let result = try check(["so-y-te.yaml": report])
            let hit = result.findings.first { $0.rule == .schema && $0.location.path.hasSuffix("so-y-te.yaml") }
            #expect(
                hit?.message.description.hasPrefix("year \(year) is outside the years") == true,
                "\(year): \(result.findings)")
            #expect(hit?.location.line == 2)
        }
    }

    @Test func aReportWithErrorsStillSaysItsUnitReported() throws {
        let broken = Self.good.replacingOccurrences(of: "submitted: 2024-11-28", with: "submitted: 2024-11-28x")
        let result = try check(["so-y-te.yaml": broken])
        #expect(result.findings.contains { $0.rule == .schema && $0.location.path.hasSuffix("so-y-te.yaml") })
        #expect(!result.findings.contains { $0.rule == .missingReport && $0.unit == "so-y-te" })
        #expect(result.owed.first { $0.unit == "so-y-te" }?.state == .unreadable)
        #expect(result.summary.unreadable == 1)
    }

    @Test(arguments: [
        ("note: Đang triển khai", "note: \"Đang \"triển khai"),  // a YAML syntax error
        ("  II.1.a:", "\tII.1.a:"),  // a tab
        ("obligation: unit-annual", "obligation: unit-anual"),  // a misspelt obligation
    ])
    func aBrokenReportThatNamesItsUnitIsNotMissing(_ old: String, _ new: String) throws {
        let broken = Self.good.replacingOccurrences(of: old, with: new)
        #expect(broken != Self.good)
        let result = try check(["so-y-te.yaml": broken])
        #expect(!result.findings.contains { $0.rule == .missingReport && $0.unit == "so-y-te" }, "\(result.findings)")
        #expect(result.findings.contains { $0.location.path.hasSuffix("so-y-te.yaml") && $0.severity == .error })
    }

    @Test func aLegacyEncodingStillNamesItsSender() throws {
        let dir = try TemporaryFolder()
        // "triển khai" with a Latin-1 byte in it, as a legacy editor would save it.
        let bytes = Array(Self.good.replacingOccurrences(of: "khai", with: "kh").utf8) + [0xE0, 0x69, 0x0A]
        try FileManager.default.createDirectory(atPath: "\(dir.path)/2024", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: "\(dir.path)/2024/so-y-te.yaml"))
        let result = Checker(plan: Self.plan, asOf: date("2024-12-15"))
            .check(folder: "\(dir.path)/2024", year: 2024, files: Checker.reportFiles(in: "\(dir.path)/2024") ?? [])
        #expect(result.findings.contains { $0.rule == .yamlSyntax })
        #expect(result.owed.first { $0.unit == "so-y-te" }?.state == .unreadable)
    }

    @Test func aYearOutsideThePlanDoesNotCountForThisOne() throws {
        let misfiled = Self.good.replacingOccurrences(of: "year: 2024", with: "year: 2019")
        let result = try check(["so-y-te.yaml": misfiled])
        #expect(result.findings.contains { $0.rule == .missingReport && $0.unit == "so-y-te" && $0.severity == .error })
    }

    @Test func hiddenFilesAreNotReports() throws {
        let result = try check(["so-y-te.yaml": Self.good, ".#so-y-te.yaml": "broken: [", ".so-y-te.yaml": Self.good])
        #expect(result.files.count == 1)
        #expect(!result.findings.contains { $0.rule == .duplicateReport || $0.rule == .yamlSyntax })
    }

    @Test func aReportOfAnotherYearDoesNotCountForThisOne() throws {
        let misfiled = Self.good.replacingOccurrences(of: "year: 2024", with: "year: 2023")
            .replacingOccurrences(of: "submitted: 2024-11-28", with: "submitted: 2023-11-20")
        let result = try check(["so-y-te.yaml": misfiled])
        #expect(result.findings.contains { $0.rule == .yearMismatch })
        #expect(result.findings.contains { $0.rule == .missingReport && $0.unit == "so-y-te" && $0.severity == .error })
    }

    @Test func unitsMayBeNamedByNameOrShortName() throws {
        let byName = Self.good.replacingOccurrences(of: "unit: so-y-te", with: "unit: sở y tế")
        let result = try check(["so-y-te.yaml": byName])
        #expect(!result.findings.contains { $0.rule == .unknownUnit })
        #expect(result.owed.first { $0.unit == "so-y-te" }?.state == .onTime)
    }

    @Test func aListInsteadOfAMap() throws {
        let result = try check(["list.yaml": "- unit: so-y-te\n- year: 2024\n", "so-y-te.yaml": Self.good])
        let hit = try #require(result.findings.first { $0.location.path.hasSuffix("list.yaml") })
        #expect(hit.rule == .schema)
        #expect(hit.message.description == "a report must be a mapping, found a list")
        #expect(result.owed.contains { $0.unit == "so-y-te" && $0.state == .onTime })
    }
}
