import DXAudit
import Testing

/// How `lint` tells plans, registries and reports apart, and what it lints with them.
@Suite struct LinterTests {
    static let base = Repo.path("Tests/Fixtures/lint/base")

    @Test func registryWithBOMAndCRLFIsARegistry() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.base)
        // `units:` on the first line, right after the BOM, where the BOM hides it.
        let text = try dir.read("units.yaml")
        let groups = "groups:\n  departments: {kind: department}\n"
        let units = text.components(separatedBy: groups)[1]
        let crlf = (units + groups).replacingOccurrences(of: "\n", with: "\r\n")
        try dir.write("units.yaml", "\u{FEFF}" + crlf)
        let path = "\(dir.path)/units.yaml"
        #expect(Linter.kind(of: path) == .registry)
        let result = Linter.lint([path])
        #expect(result.findings.isEmpty, "\(result.findings)")
    }

    @Test func planWithBOMAndCRLFIsAPlan() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.base)
        let text = try dir.read("plan.yaml").split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        try dir.write("plan.yaml", "\u{FEFF}" + text.joined(separator: "\r\n"))
        #expect(Linter.kind(of: "\(dir.path)/plan.yaml") == .plan)
        let result = Linter.lint([dir.path])
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.plans.count == 1)
    }

    @Test func aReportIsOneFindingNotOnePerField() throws {
        let dir = try TemporaryFolder()
        try dir.write(
            "so-y-te.yaml",
            "unit: so-y-te\nyear: 2024\nsubmitted: 2024-11-28\ntasks:\n  II.5.a:\n    status: done\n")
        try dir.write("quan-le-chan.yaml", "\u{FEFF}unit: quan-le-chan\r\nyear: 2024\r\nsubmitted: 2024-11-29\r\n")
        #expect(Linter.kind(of: "\(dir.path)/so-y-te.yaml") == .report)
        let result = Linter.lint([dir.path])
        #expect(result.files.count == 2)
        #expect(result.findings.count == 2, "\(result.findings)")
        for finding in result.findings {
            #expect(finding.rule == .schema)
            #expect(
                finding.message.description == "a report, not a plan file: check reports with 'dxaudit check FOLDER'")
            #expect(finding.location.line == 1 && finding.location.column == 1)
        }
    }

    @Test func theSampleReportsAreReports() {
        let result = Linter.lint([Repo.path("reports/2024")])
        #expect(!result.files.isEmpty)
        #expect(result.findings.count == result.files.count)
        #expect(
            result.findings.allSatisfy {
                $0.rule == .schema && $0.message.description.hasPrefix("a report, not a plan file")
            })
    }

    @Test func lintingARegistryAlsoLintsThePlansThatUseIt() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.base)
        try dir.replace(
            in: "units.yaml",
            """
              so-tttt:
                name: Sở Thông tin và Truyền thông
                kind: department
                email: so-tttt@test.example
                until: 2025-02-28
                successor: so-khcn

            """, with: "")
        let result = Linter.lint(["\(dir.path)/units.yaml"])
        let unknown = result.findings.filter { $0.rule == .unknownUnit }
        #expect(!unknown.isEmpty, "\(result.findings)")
        #expect(unknown.allSatisfy { $0.location.path == "\(dir.path)/plan.yaml" })
        #expect(
            unknown.contains {
                $0.message.description.hasPrefix("unknown unit or group 'so-tttt'") && $0.location.line == 7
            })
        #expect(result.files == ["\(dir.path)/units.yaml", "\(dir.path)/plan.yaml"])
    }

    @Test func aRegistryAloneLintsCleanWithItsPlan() {
        let result = Linter.lint(["\(Self.base)/units.yaml"])
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.files.count == 2)
        #expect(result.plans.count == 1)
    }

    @Test func plansOfAnotherRegistryOrIgnoredAreLeftAlone() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.base)
        try dir.replace(in: "plan.yaml", "units: units.yaml", with: "units: other.yaml")
        let other = Linter.lint(["\(dir.path)/units.yaml"])
        #expect(other.files == ["\(dir.path)/units.yaml"])
        #expect(other.findings.isEmpty)

        let same = try TemporaryFolder()
        try same.copy(Self.base)
        let ignored = Linter.lint(["\(same.path)/units.yaml"], isIgnored: { $0.hasSuffix("/plan.yaml") })
        #expect(ignored.files == ["\(same.path)/units.yaml"])
    }

    @Test func aPlanGivenWithItsRegistryIsLintedOnce() {
        let result = Linter.lint(["\(Self.base)/units.yaml", "\(Self.base)/plan.yaml"])
        #expect(result.files.count == 2)
        #expect(result.plans.count == 1)
    }
}
