import Foundation
import Testing

@testable import DXAudit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The three writers over the same documents: what each must keep (escaping, page,
/// styles) and that the same document always gives the same bytes.
@Suite struct DocumentWriterTests {
    static let hostile = "a & b < c > d \"e\" 'f' \u{1}\u{B}\u{FFFE}g"

    @Test func markupEscapesAndDropsWhatXMLForbids() {
        #expect(Markup.escaped(Self.hostile) == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39; g")
        #expect(Markup.escaped("Sở\tY tế\n") == "Sở\tY tế\n")
    }

    @Test func docxIsTheSameBytesEachTime() throws {
        let first = try DocxWriter().render(SampleDocument.make())
        let second = try DocxWriter().render(SampleDocument.make())
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        // The first entry's name follows the 30-byte local header.
        #expect(String(decoding: first[30..<49], as: UTF8.self) == "[Content_Types].xml")
        var changed = SampleDocument.make()
        changed.blocks.append(.body("một đoạn nữa"))
        #expect(try DocxWriter().render(changed) != first)
    }

    @Test func everyDocxPartIsWellFormedXML() throws {
        var document = SampleDocument.make()
        document.blocks.append(.body([.init(Self.hostile, bold: true), "\tthụt\ndòng"]))
        document.title = Self.hostile
        for part in DocxWriter.parts(document) {
            let parser = XMLParser(data: Data(part.xml.utf8))
            #expect(parser.parse(), "\(part.path): \(String(describing: parser.parserError))")
        }
    }

    @Test func docxPageIsA4WithTheDecreesMarginsAndNumbersFromPageTwo() throws {
        let parts = Dictionary(uniqueKeysWithValues: DocxWriter.parts(SampleDocument.make()).map { ($0.path, $0.xml) })
        let body = try #require(parts["word/document.xml"])
        #expect(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(body.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
        #expect(body.contains("<w:titlePg/>"))
        #expect(body.contains("<w:headerReference w:type=\"first\" r:id=\"rIdFirst\"/>"))
        #expect(
            try #require(parts["word/header1.xml"]).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
        )
        #expect(try #require(parts["word/header2.xml"]).contains("PAGE") == false)
        let styles = try #require(parts["word/styles.xml"])
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("<w:name w:val=\"heading 1\"/>"))
        #expect(body.contains("<w:pStyle w:val=\"Heading2\"/>"))
        #expect(body.contains("<w:tblHeader/>"))
        #expect(parts["[Content_Types].xml"]?.contains("/word/header1.xml") == true)

        var bottom = SampleDocument.make()
        bottom.page.pageNumbers = .bottom
        let bottomParts = DocxWriter.parts(bottom).map(\.path)
        #expect(bottomParts.contains("word/footer1.xml") && !bottomParts.contains("word/header1.xml"))
        var none = SampleDocument.make()
        none.page.pageNumbers = .none
        #expect(DocxWriter.parts(none).map(\.path).contains { $0.hasPrefix("word/header") } == false)
    }

    @Test func twipsOfNĐ30Lengths() {
        #expect([210, 297, 20, 30, 15].map(DocxWriter.twips(millimetres:)) == [11906, 16838, 1134, 1701, 850])
        let body = DocxBody(page: .decree30)
        #expect(body.textWidth == 9355)
        #expect(body.columnWidths([4, 1, 1, 1, 1]).reduce(0, +) == 9355)
        #expect(body.columnWidths([1, 0]) == [4677, 4678])
    }

    @Test func docxRunsKeepTabsAndLineBreaksAsWordMarks() {
        let xml = DocxBody.run(
            .init("a\tb\nc & d", bold: true), size: nil, underline: false, characterStyle: nil)
        #expect(
            xml
                == "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">a</w:t><w:tab/>"
                + "<w:t xml:space=\"preserve\">b</w:t><w:br/><w:t xml:space=\"preserve\">c &amp; d</w:t></w:r>")
    }

    @Test func htmlIsSelfContainedPrintsA4AndEscapesText() {
        let html = HTMLWriter().render(SampleDocument.make())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }"))
        #expect(html.contains("'Times New Roman', 'Liberation Serif', serif"))
        for external in ["<script", "src=", "href=", "url(", "@import", "http://", "https://"] {
            // SVG names its namespace by URI; it fetches nothing.
            let found = html.replacing("xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains(external)
            #expect(!found, "\(external)")
        }
        #expect(html.contains("chỉ tiêu &lt;Phần I&gt;."))
        #expect(html.contains("<p class=\"placeholder\">[Nêu các kiến nghị với Ủy ban nhân dân thành phố]</p>"))
        #expect(html.contains("<h1 class=\"title\">BÁO CÁO</h1>"))
        #expect(html.contains("<p class=\"header-body\">SỞ KHOA HỌC VÀ CÔNG NGHỆ</p>"))
        #expect(html.contains("<td class=\"trailing\">28</td>"))
        #expect(html.contains("<figure><svg "))
        #expect(html == HTMLWriter().render(SampleDocument.make()))
        let hostile = HTMLWriter().render(Document(blocks: [.body(Self.hostile)], title: "<x>"))
        #expect(hostile.contains("<title>&lt;x&gt;</title>"))
        #expect(hostile.contains("<p class=\"body\">a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39; g</p>"))
    }

    @Test func markdownOfASmallDocument() {
        let document = Document(
            header: .init(
                parentBody: "UBND thành phố Hải Phòng", issuingBody: "Sở Y tế", number: "Số: …/BC-SYT",
                placeAndDate: "Hải Phòng, ngày 09 tháng 12 năm 2024"),
            blocks: [
                .title("Báo cáo"),
                .subtitle("Kết quả năm 2024"),
                .heading(.one, "I. Kết quả"),
                .body(["Đã gửi ", .init("28 ", bold: true), "báo cáo (*đúng hạn*) | [x] & <y>"]),
                .body("1. không phải danh sách"),
                .list([["một"], ["hai", .init("ba", italic: true)]]),
                .table(
                    .init(
                        caption: "Bảng 1", columns: [.init(width: 3), .numeric()], headerRows: [["Đơn vị", "Số"]],
                        rows: [[.init("Cộng", bold: true, span: 2)], ["Sở | Y tế", "3"]])),
                .figure(.init(svg: "<svg/>", caption: "Hình 1", fallback: [.body("Ba báo cáo.")])),
                .placeholder("Kiến nghị"),
                .pageBreak,
                .closing(
                    .init(
                        recipients: ["Như trên;", "Lưu: VT."],
                        signature: .init(titles: ["KT. Giám đốc", "Phó Giám đốc"], name: .placeholder("Họ và tên")))),
                .appendix(.init(label: "Phụ lục I", title: "Theo đơn vị", note: "(Kèm theo Báo cáo)")),
            ])
        let expected = """
            | UBND THÀNH PHỐ HẢI PHÒNG<br>**SỞ Y TẾ** | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
            |:---:|:---:|
            | Số: …/BC-SYT | *Hải Phòng, ngày 09 tháng 12 năm 2024* |

            # BÁO CÁO

            **Kết quả năm 2024**

            ## I. Kết quả

            Đã gửi **28** báo cáo (\\*đúng hạn\\*) \\| \\[x\\] \\& \\<y\\>

            1\\. không phải danh sách

            - một
            - hai*ba*

            **Bảng 1**

            | Đơn vị | Số |
            |---|---:|
            | **Cộng** |  |
            | Sở \\| Y tế | 3 |

            Ba báo cáo.

            *Hình 1*

            > [Kiến nghị]

            ---

            ***Nơi nhận:***
            - Như trên;
            - Lưu: VT.

            **KT. GIÁM ĐỐC**\\
            **PHÓ GIÁM ĐỐC**

            > [Họ và tên]

            # Phụ lục I

            **THEO ĐƠN VỊ**

            *(Kèm theo Báo cáo)*

            """
        #expect(MarkdownWriter().render(document) == expected)
    }

    /// The sample in the text formats, against `Expected/`; DXAUDIT_UPDATE_EXPECTED=1
    /// rewrites the files.
    @Test(arguments: [DocumentFormat.html, .md])
    func sampleMatchesExpectedFile(format: DocumentFormat) throws {
        let output = String(decoding: try format.render(SampleDocument.make()), as: UTF8.self)
        let file = "document.\(format.rawValue)"
        try expectMatchesExpectedFile(
            output, at: "\(ReporterTests.expectedFolder)/\(file)", "\(format) output differs from Expected/\(file)")
    }

    @Test func zipEntriesAreDatedTheFixedDayWhateverTheClock() throws {
        let bytes = try DocxWriter().render(SampleDocument.make())
        // Local header: DOS time at offset 10, date at 12, little-endian; 2020-01-01 00:00.
        #expect(Array(bytes[10..<14]) == [0x00, 0x00, 0x21, 0x50])
        let core = try #require(DocxWriter.parts(SampleDocument.make()).first { $0.path == "docProps/core.xml" })
        #expect(core.xml.contains(">2020-01-01T00:00:00Z</dcterms:created>"))
    }

    @Test func chartNumbersAreWrittenWithoutALocale() {
        #expect(
            [0, 42.5, 1.0 / 3, -0.001, 100, 2.05, -7.25, .nan].map(SVGChart.number)
                == ["0", "42.5", "0.33", "0", "100", "2.05", "-7.25", "0"])
        #expect(SVGChart.Colour.green.hex == "#2e7d32")
        #expect(SVGChart.Colour.red.tint(0).hex == "#ffffff")
        #expect(SVGChart.Colour.red.tint(1) == .red)
    }

    @Test func heatMapShadesByCountAndEscapesLabels() throws {
        let svg = SVGChart.heatMap(
            title: "A & B", rowLabels: ["<II.1>"], columnLabels: ["Xong", "Chưa"], counts: [[4, 0]])
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<title>A &amp; B</title>"))
        #expect(svg.contains(">&lt;II.1&gt;</text>"))
        #expect(svg.contains("fill=\"#1565c0\" stroke=\"#757575\""))
        #expect(svg.contains("fill=\"#ffffff\" stroke=\"#757575\""))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func stripSegmentsFillTheBar() {
        let svg = SVGChart.stackedStrips(
            rows: [.init(label: "Sở", values: [1, 1, 1])],
            series: [
                .init(name: "a", colour: .green), .init(name: "b", colour: .amber), .init(name: "c", colour: .red),
            ],
            labelWidth: 100, barWidth: 100)
        #expect(svg.contains("<rect x=\"100\" y=\"10\" width=\"33\""))
        #expect(svg.contains("<rect x=\"133\" y=\"10\" width=\"33\""))
        #expect(svg.contains("<rect x=\"166\" y=\"10\" width=\"34\""))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func lineChartDrawsValuesTargetAndMilestones() {
        let svg = SVGChart.lineChart(
            title: "Tỉ lệ", values: [.init(year: 2023, value: 40), .init(year: 2024, value: 50)],
            target: [.init(year: 2023, value: 40), .init(year: 2025, value: 80)],
            milestones: [.init(year: 2025, value: 80)], maximum: 100, unit: "%")
        #expect(svg.contains("stroke-dasharray=\"6 4\""))
        #expect(svg.contains("<polygon points="))
        #expect(svg.contains(">80%</text>"))
        #expect(svg.contains(">2024</text>"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }
}

/// The sample document in every format, for the tools of Tests/Integration to read:
/// written to the folder DXAUDIT_DOCUMENT_SAMPLES names (test_documents.py sets it),
/// else to a temporary folder and checked there.
@Suite struct DocumentSampleFiles {
    @Test func writeSamples() throws {
        let temporary = try TemporaryFolder()
        let folder = ProcessInfo.processInfo.environment["DXAUDIT_DOCUMENT_SAMPLES"] ?? temporary.path
        for format in DocumentFormat.allCases {
            let path = "\(folder)/sample.\(format.rawValue)"
            let bytes = try format.render(SampleDocument.make())
            #expect(AtomicFile.write(bytes: bytes, to: path) == nil)
            #expect(FileManager.default.contents(atPath: path).map { [UInt8]($0) } == bytes)
        }
    }
}
