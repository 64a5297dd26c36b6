import DXAudit
import Foundation
import Testing

/// One broken copy of `Tests/Fixtures/lint/base` per plan rule: the rule must fire
/// at the place of the fault, and the base itself must be clean.
@Suite struct LintRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: RuleID
        var file: String
        var line: Int
        var column: Int
        var testDescription: String { rule.rawValue }
    }

    static let cases: [Case] = [
        Case(rule: .yamlSyntax, file: "plan.yaml", line: 5, column: 8),
        Case(rule: .duplicateKey, file: "plan.yaml", line: 14, column: 3),
        Case(rule: .schema, file: "plan.yaml", line: 5, column: 3),
        Case(rule: .badCitation, file: "plan.yaml", line: 22, column: 27),
        Case(rule: .unknownRef, file: "plan.yaml", line: 22, column: 38),
        Case(rule: .unknownUnit, file: "plan.yaml", line: 21, column: 11),
        Case(rule: .missingOwner, file: "plan.yaml", line: 14, column: 3),
        Case(rule: .sharedChair, file: "plan.yaml", line: 25, column: 13),
        Case(rule: .nonstandardLetter, file: "plan.yaml", line: 16, column: 3),
        Case(rule: .deadlineOrder, file: "plan.yaml", line: 34, column: 10),
        Case(rule: .succession, file: "units.yaml", line: 13, column: 16),
        Case(rule: .doubtfulAssignment, file: "plan.yaml", line: 26, column: 15),
        Case(rule: .sourceDrift, file: "plan.yaml", line: 13, column: 3),
    ]

    static func folder(_ name: String) -> String { Repo.path("Tests/Fixtures/lint/\(name)") }

    @Test func baseIsClean() {
        let result = Linter.lint([Self.folder("base")])
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.plans.count == 1)
    }

    @Test(arguments: cases) func ruleFiresAtTheFault(_ c: Case) throws {
        let result = Linter.lint([Self.folder(c.rule.rawValue)])
        let hits = result.findings.filter { $0.rule == c.rule }
        let hit = try #require(
            hits.first, "\(c.rule.rawValue) did not fire; got \(result.findings.map(\.rule.rawValue))")
        #expect(hits.count == 1, "\(hits)")
        #expect(hit.location.path.hasSuffix("/\(c.rule.rawValue)/\(c.file)"))
        #expect(hit.location.line == c.line)
        #expect(hit.location.column == c.column)
        #expect(hit.severity == c.rule.defaultSeverity)
    }

    /// A fault in one field's value is reported at that value, not at the key of
    /// the unit or obligation that holds it.
    @Test(
        arguments: [
            ("units.yaml", "    successor: so-khcn\n", "    successor: so-zz\n", RuleID.succession, 13, 16),
            ("plan.yaml", "    synthesizes: unit-annual", "    synthesizes: unit-anual", .unknownRef, 35, 18),
            ("plan.yaml", "    due: {before: 12-10}", "    due: {before: 11-20}", .deadlineOrder, 34, 10),
        ] as [(String, String, String, RuleID, Int, Int)])
    func valueFaultsPointAtTheValue(
        _ file: String, _ old: String, _ new: String, _ rule: RuleID, _ line: Int, _ column: Int
    ) throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.folder("base"))
        try dir.replace(in: file, old, with: new)
        let result = Linter.lint([dir.path])
        let hit = try #require(result.findings.first { $0.rule == rule }, "\(result.findings)")
        #expect(hit.location.path.hasSuffix("/\(file)"))
        #expect(hit.location.line == line)
        #expect(hit.location.column == column)
        let text = try String(contentsOfFile: hit.location.path, encoding: .utf8)
        let pointed = text.split(separator: "\n", omittingEmptySubsequences: false)[hit.location.line - 1]
        #expect(pointed.contains(new.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func everyPlanRuleHasACase() {
        // extract-gap is about a plan's text, judged by `extract`, not by lint.
        let planRules = RuleRegistry.info.filter {
            $0.scope != .report && $0.id != .unusedSuppression && $0.id != .extractGap
        }.map(\.id)
        #expect(Set(planRules) == Set(Self.cases.map(\.rule)))
    }

    @Test func telexAndVietnameseKeysForTheSamePointAreDuplicates() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.folder("base"))
        try dir.replace(
            in: "plan.yaml", "  II.1.b: Về cơ chế, chính sách\n",
            with: "  II.1.b: Về cơ chế, chính sách\n  II.1.đ: Bảo đảm an toàn thông tin mạng\n  II.1.dd: Lặp lại\n")
        let result = Linter.lint([dir.path])
        let hit = try #require(result.findings.first { $0.rule == .duplicateKey })
        #expect(hit.message.description == "task II.1.đ is defined twice (first at line 14)")
        #expect(hit.location.line == 15)
    }

    @Test func headerInjectionIsASchemaError() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.folder("base"))
        try dir.replace(in: "units.yaml", "name: Sở Y tế", with: "name: \"Sở Y tế\\r\\nBcc: victim@evil.example\"")
        try dir.replace(
            in: "units.yaml", "email: so-y-te@test.example",
            with: "email: \"so-y-te@test.example\\nBcc: x@evil.example\"")
        let result = Linter.lint([dir.path])
        let schema = result.findings.filter { $0.rule == .schema }
        #expect(schema.count == 2)
        #expect(schema.allSatisfy { $0.message.description.contains("line break or control character") })
    }
}

/// The shipped plan: clean of errors, and it shows the document's own quirks.
@Suite struct ShippedPlanTests {
    @Test func lintShowsTheDocumentsQuirksOnly() {
        let result = Linter.lint([Repo.path("plans")])
        #expect(!result.findings.contains { $0.severity == .error }, "\(result.findings)")
        let quirks = result.findings.map { "\($0.rule.rawValue) \($0.message)" }
        #expect(quirks.contains { $0.hasPrefix("nonstandard-letter point letter 'f' in II.2.f") })
        #expect(quirks.contains { $0.hasPrefix("nonstandard-letter point letter 'j' in II.2.j") })
        #expect(quirks.contains { $0.hasPrefix("nonstandard-letter point letter 'f' in II.5.f") })
        #expect(quirks.contains { $0.contains("upper case: 'I' for 'i' (II.5.i)") })
        // IV.18.a says "triển khai" (implements): no Part II point has two named chairs.
        #expect(!result.findings.contains { $0.rule == .sharedChair })
        #expect(quirks.contains { $0.hasPrefix("doubtful-assignment IV.11: so-gtvt for II.4.c is doubtful") })
        #expect(result.findings.count == 5)
    }

    /// "Các Sở, ban, ngành thành phố" (IV.2) takes in Văn phòng UBND, which chairs
    /// II.2.đ and II.2.i (IV.4), so it owes the yearly report and those tasks are reported.
    @Test func soBanNganhIncludesTheCityOffice() throws {
        let plan = Repo.shippedPlan
        let owes = plan.registry.members(of: "so-ban-nganh", on: date("2024-12-02"))
        #expect(owes.contains("vp-ubnd"))
        #expect(owes.contains("nhnn-hp"))
        #expect(owes.contains("so-y-te"))
        #expect(!owes.contains("dai-ptth") && !owes.contains("vcci-hp") && !owes.contains("ubnd"))
        let annual = try #require(plan.obligation("unit-annual"))
        #expect(annual.from.map(\.id) == ["so-ban-nganh", "districts"])
        let folder = Repo.path("reports/2024")
        let checker = Checker(plan: plan, asOf: date("2024-12-15"))
        let result = checker.check(folder: folder, year: 2024, files: Checker.reportFiles(in: folder) ?? [])
        #expect(!result.findings.contains { $0.rule == .missingReport && $0.unit == "vp-ubnd" })
        let reported = Set(
            result.reports.filter { $0.unit == "vp-ubnd" }.flatMap { $0.tasks.map(\.citation.description) })
        #expect(reported.isSuperset(of: ["II.2.đ", "II.2.i"]))
    }

    /// IV.18.a says "Triển khai" (implements), IV.20 cites no Part II point, IV.11's
    /// II.4.c is kept but doubtful.
    @Test func assignmentsSayWhatTheTextSays() throws {
        let plan = Repo.shippedPlan
        let bank = try #require(plan.assignments.first { $0.source?.description == "IV.18.a" })
        #expect(bank.chairs.isEmpty)
        #expect(bank.implements.map(\.citation.description) == ["II.5.c"])
        #expect(!plan.assignments.contains { $0.source?.description == "IV.20" })
        let steam = plan.assignments.filter { $0.chairs.contains { $0.citation.description == "II.4.c" } }
        #expect(steam.count == 1)
        #expect(steam.first?.doubtful != nil)
        #expect(plan.assignments.filter { $0.doubtful != nil }.count == 1)
    }

    @Test func registryAndReorganisation() {
        let plan = Repo.shippedPlan
        let registry = plan.registry
        #expect(registry.units.values.filter { $0.kind == "district" }.count == 15)
        #expect(registry.holder(of: "so-tttt", on: date("2025-02-28")) == "so-tttt")
        #expect(registry.holder(of: "so-tttt", on: date("2025-03-01")) == "so-khcn")
        #expect(registry.holder(of: "so-tnmt", on: date("2025-12-01")) == "so-nnmt")
        #expect(registry.holder(of: "so-nnptnt", on: date("2025-12-01")) == "so-nnmt")
        #expect(registry.holder(of: "quan-le-chan", on: date("2025-12-01")) == nil)
        #expect(registry.holder(of: "so-nnmt", on: date("2024-12-01")) == nil)
        for id in [
            "so-khdt", "so-tai-chinh", "so-khcn", "so-y-te", "so-gddt", "so-gtvt", "so-cong-thuong", "so-du-lich",
            "so-ngoai-vu", "so-noi-vu", "dai-ptth",
        ] {
            #expect(registry.units[id] != nil, "\(id)")
        }
        let inferred = registry.units.values.filter(\.inferred)
        #expect(inferred.count >= 11)
        #expect(inferred.allSatisfy { $0.reason != nil })
        #expect(registry.units.values.compactMap(\.email).allSatisfy { $0.hasSuffix(".example") })
    }
}
