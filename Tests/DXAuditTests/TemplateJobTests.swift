import DXAudit
import DXYAML
import Foundation
import Testing

/// The report skeleton `template` writes, made in the test process.
@Suite struct TemplateJobTests {
    static func request(
        _ unit: String, _ year: Int, asOf: String, obligation: String? = nil, output: String? = nil, force: Bool = false
    ) -> TemplateJob.Request {
        TemplateJob.Request(
            plan: PlanChoice(path: Repo.path("plans"), asOf: date(asOf)), unit: unit, year: year,
            obligation: obligation, output: output, force: force)
    }

    @Test func theSkeletonIsTheOneTheCommandPrints() throws {
        let expected = try String(
            contentsOfFile: Repo.path("Tests/EndToEndTests/Expected/template-so-khcn-2025.yaml"), encoding: .utf8)
        let result = try TemplateJob.run(Self.request("so-khcn", 2025, asOf: "2025-11-20"))
        #expect(result == CommandResult(standardOutput: expected))
    }

    @Test func aUnitIsFoundByItsShortName() throws {
        let byID = try TemplateJob.skeleton(Self.request("so-tttt", 2024, asOf: "2024-11-20"), plan: Repo.shippedPlan)
        let byShort = try TemplateJob.skeleton(
            Self.request("Sở TT&TT", 2024, asOf: "2024-11-20"), plan: Repo.shippedPlan)
        #expect(byID == byShort)
        #expect(byID.contains("unit: so-tttt\nyear: 2024\nobligation: unit-annual\nsubmitted: 2024-11-20"))
    }

    @Test func theSynthesisListsEveryPointAndTheTargets() throws {
        let text = try TemplateJob.skeleton(
            Self.request("so-tttt", 2024, asOf: "2024-12-05", obligation: "synthesis"), plan: Repo.shippedPlan)
        #expect(text.contains("obligation: synthesis\n"))
        #expect(text.contains("  II.5.a:   # "))
        #expect(text.contains("targets:   # giá trị đo được của các chỉ tiêu phần I\n"))
        // The document stays YAML that the report loader reads back.
        let folder = try TemporaryFolder()
        try folder.write("2024/so-tttt.yaml", text)
        let load = ReportLoader.load(folder.path + "/2024/so-tttt.yaml", plan: Repo.shippedPlan)
        #expect(load.findings.filter { $0.severity == .error }.isEmpty, "\(load.findings.map(\.diagnostic))")
    }

    @Test func whatTheUnitDoesNotOweIsRefused() {
        let plan = Repo.shippedPlan
        #expect(throws: DXAuditError(.owesNoSuchReport(unit: "so-y-te", obligation: "synthesis", year: 2024))) {
            try TemplateJob.skeleton(
                Self.request("so-y-te", 2024, asOf: "2024-11-20", obligation: "synthesis"), plan: plan)
        }
        #expect(throws: DXAuditError(.owesNoReport(unit: "so-tttt", year: 2026, why: .passed("so-khcn")))) {
            try TemplateJob.skeleton(Self.request("so-tttt", 2026, asOf: "2026-11-20"), plan: plan)
        }
        #expect(throws: DXAuditError(.yearOutsidePlan(plan: "227/KH-UBND", years: 2021...2030, year: 2040))) {
            try TemplateJob.skeleton(Self.request("so-y-te", 2040, asOf: "2024-11-20"), plan: plan)
        }
        let unknown = #expect(throws: DXAuditError.self) {
            try TemplateJob.skeleton(Self.request("so-y-tee", 2024, asOf: "2024-11-20"), plan: plan)
        }
        #expect(unknown?.description.hasPrefix("unknown unit 'so-y-tee'") == true)
    }

    @Test func aFileIsWrittenOnceUnlessForced() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/so-y-te.yaml"
        let first = try TemplateJob.run(Self.request("so-y-te", 2024, asOf: "2024-11-20", output: path))
        #expect(first == CommandResult())
        let written = try folder.read("so-y-te.yaml")
        #expect(written.hasPrefix("# Báo cáo năm 2024 của Sở Y tế"))
        try folder.write("so-y-te.yaml", "edited\n")
        #expect(throws: DXAuditError(.templateExists(path))) {
            try TemplateJob.run(Self.request("so-y-te", 2024, asOf: "2024-11-20", output: path))
        }
        #expect(try folder.read("so-y-te.yaml") == "edited\n")
        _ = try TemplateJob.run(Self.request("so-y-te", 2024, asOf: "2024-11-20", output: path, force: true))
        #expect(try folder.read("so-y-te.yaml") == written)
    }
}
