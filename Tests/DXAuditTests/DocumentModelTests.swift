import DXAudit
import Testing

/// The document model's own rules: what a writer may rely on.
@Suite struct DocumentModelTests {
    @Test func decree30PageIsA4WithTheSmallestMarginsTheDecreeAllows() {
        let page = Document.PageSetup.decree30
        #expect([page.width, page.height] == [210, 297])
        #expect([page.top, page.bottom, page.left, page.right] == [20, 20, 30, 15])
        #expect(page.pageNumbers == .top)
    }

    @Test func headerDefaultsToTheNationalTitleAndMotto() {
        let header = Document.OfficialHeader(
            issuingBody: "Sở Khoa học và Công nghệ", number: "Số: …/BC-SKHCN",
            placeAndDate: "Hải Phòng, ngày 09 tháng 12 năm 2024")
        #expect(header.nationalTitle == "Cộng hoà xã hội chủ nghĩa Việt Nam")
        #expect(header.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(header.parentBody == nil)
    }

    @Test func cellsSpanAtLeastOneColumnAndTextJoinsRuns() {
        #expect(Document.Table.Cell("x", span: 0).span == 1)
        #expect(Document.Table.Cell([.init("a", bold: true), "b"]).text == "ab")
        #expect(Document.Paragraph([.init("Số "), .init("28", bold: true)]).text == "Số 28")
        #expect(Document.Table.Column.numeric().alignment == .trailing)
        #expect(Document.Block.placeholder("Kiến nghị") == .paragraph(.init("Kiến nghị", style: .placeholder)))
    }
}
