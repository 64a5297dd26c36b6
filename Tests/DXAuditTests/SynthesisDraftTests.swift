import DXYAML
import Testing

@testable import DXAudit

/// The synthesis draft of the 2024 sample year: its header as Nghị định 30 writes it,
/// and its numbers taken from the audit, never worked out a second time.
@Suite struct SynthesisDraftTests {
    static func audit(asOf day: CivilDate = CivilDate(year: 2024, month: 12, day: 9)!) throws -> YearAudit {
        try YearAudit.run(
            YearAudit.Request(
                plan: PlanChoice(path: Repo.path("plans"), asOf: day), reportsDir: Repo.path("reports/2024")),
            controls: Controls.load(ControlChoice()))
    }

    @Test func decree30WritesLeadingZerosForSmallDaysAndTheFirstTwoMonths() throws {
        #expect(Wording(.vietnamese).longDate(CivilDate(year: 2024, month: 12, day: 9)!) == "ngày 09 tháng 12 năm 2024")
        #expect(Wording(.vietnamese).longDate(CivilDate(year: 2025, month: 2, day: 15)!) == "ngày 15 tháng 02 năm 2025")
        #expect(Wording(.vietnamese).longDate(CivilDate(year: 2025, month: 3, day: 1)!) == "ngày 01 tháng 3 năm 2025")
    }

    @Test func theHeaderIsTheCoordinatorsOnTheDayTheSynthesisIsDue() throws {
        let draft = SynthesisDraft(try Self.audit())
        let header = draft.header()
        #expect(header.parentBody == "UBND thành phố Hải Phòng")
        #expect(header.issuingBody == "Sở Thông tin và Truyền thông")
        #expect(header.number == "Số:      /BC-STTTT")
        #expect(header.placeAndDate == "Hải Phòng, ngày 09 tháng 12 năm 2024")
        // After a late --as-of the date is still the day it was due.
        #expect(
            SynthesisDraft(try Self.audit(asOf: CivilDate(year: 2024, month: 12, day: 20)!)).header().placeAndDate
                .hasSuffix("09 tháng 12 năm 2024"))
    }

    @Test func theReportingTableAddsUpToTheChecksStats() throws {
        let audit = try Self.audit()
        let draft = SynthesisDraft(audit)
        let stats = Outcome.Stats(audit.result, plan: audit.plan, checker: audit.checker)
        let annual = try #require(stats.obligations.first { !$0.synthesis })
        let rows = draft.owedByKind
        #expect(rows.map(\.kind) == ["Sở, ban, ngành", "Quận, huyện"])
        let sum = { (column: Int) in rows.map { $0.counts[column] }.reduce(0, +) }
        #expect(sum(0) == annual.owed)
        #expect(sum(1) == annual.onTime)
        #expect(sum(2) == annual.late)
        #expect(sum(3) == annual.missing)
    }

    @Test func theSameReportsMakeTheSameBytes() throws {
        let document = SynthesisDraft(try Self.audit()).document()
        #expect(try DocumentFormat.docx.render(document) == DocumentFormat.docx.render(document))
        let markdown = String(decoding: try DocumentFormat.md.render(document), as: UTF8.self)
        #expect(markdown.contains("## III. Phương hướng, nhiệm vụ và kiến nghị"))
        #expect(markdown.contains("Phần này do đơn vị soạn thảo viết"))
        #expect(markdown.contains("Phụ lục II"))
    }

    /// A report that cannot be read is named in the draft, never silently left out.
    @Test func anUnreadableReportIsNamedInTheDraft() throws {
        let audit = try YearAudit.run(
            YearAudit.Request(
                plan: PlanChoice(path: Repo.path("plans"), asOf: CivilDate(year: 2024, month: 12, day: 15)!),
                reportsDir: Repo.path("Tests/Fixtures/reports-broken/2024")),
            controls: Controls.load(ControlChoice()))
        let markdown = String(decoding: try DocumentFormat.md.render(SynthesisDraft(audit).document()), as: UTF8.self)
        #expect(markdown.contains("Các tệp báo cáo sau không đọc được, nên chưa được tổng hợp:"))
        #expect(markdown.contains("**so-y-te.yaml**: dòng 14:"), "\(markdown)")
        #expect(markdown.contains("**quan-le-chan.yaml**: dòng 4:"))
    }
}
