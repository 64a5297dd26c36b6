/// `word/document.xml`: the blocks as paragraphs and tables in the styles of
/// `DocxStyles`, then the section's page size, margins and page-number parts.
struct DocxBody {
    /// The width between the margins, in twips: what tables are laid across.
    let textWidth: Int
    let page: Document.PageSetup

    init(page: Document.PageSetup) {
        self.page = page
        let twips = DocxWriter.twips(millimetres:)
        // As Word works it out, from the page and margins as written.
        textWidth = twips(page.width) - twips(page.left) - twips(page.right)
    }

    func document(_ document: Document, numbers: PageNumberPart?) -> String {
        var body = document.header.map(header) ?? ""
        var endsWithTable = false
        for block in document.blocks {
            let (xml, isTable) = self.block(block)
            body += xml
            if !xml.isEmpty { endsWithTable = isTable }
        }
        // Word wants a paragraph between a last table and the section's properties.
        if endsWithTable { body += "<w:p/>" }
        return DocxWriter.declaration
            + "<w:document xmlns:w=\"\(DocxWriter.wordNamespace)\" xmlns:r=\"\(DocxWriter.relationshipNamespace)\">"
            + "<w:body>" + body + section(numbers) + "</w:body></w:document>"
    }

    func section(_ numbers: PageNumberPart?) -> String {
        let twips = DocxWriter.twips(millimetres:)
        var xml = "<w:sectPr>"
        if let numbers {
            xml += "<\(numbers.referenceElement) w:type=\"default\" r:id=\"rIdNumbered\"/>"
            xml += "<\(numbers.referenceElement) w:type=\"first\" r:id=\"rIdFirst\"/>"
        }
        xml += "<w:pgSz w:w=\"\(twips(page.width))\" w:h=\"\(twips(page.height))\"/>"
        // The header and footer sit 10 mm from the edge, inside the 20 mm margins.
        xml +=
            "<w:pgMar w:top=\"\(twips(page.top))\" w:right=\"\(twips(page.right))\" w:bottom=\"\(twips(page.bottom))\""
            + " w:left=\"\(twips(page.left))\" w:header=\"\(twips(min(10, page.top / 2)))\""
            + " w:footer=\"\(twips(min(10, page.bottom / 2)))\" w:gutter=\"0\"/>"
        if numbers != nil { xml += "<w:titlePg/>" }
        return xml + "</w:sectPr>"
    }

    /// The block's XML and whether it ends in a table.
    func block(_ block: Document.Block) -> (String, Bool) {
        switch block {
        case .title(let text): return (paragraph("Title", [.init(text.uppercased())]), false)
        case .subtitle(let text): return (paragraph("Subtitle", [.init(text)]), false)
        case .heading(let level, let text): return (paragraph("Heading\(level.rawValue)", [.init(text)]), false)
        case .paragraph(let paragraph):
            switch paragraph.style {
            case .body: return (self.paragraph("BodyText", paragraph.runs), false)
            case .centred: return (self.paragraph("Centred", paragraph.runs), false)
            case .placeholder: return (self.paragraph("Placeholder", [.init("[\(paragraph.text)]")]), false)
            }
        case .list(let items): return (items.map { paragraph("ListBullet", $0) }.joined(), false)
        case .table(let table): return (self.table(table), true)
        case .figure(let figure):
            var xml = ""
            var endsWithTable = false
            for inner in figure.fallback {
                let (text, isTable) = self.block(inner)
                xml += text
                if !text.isEmpty { endsWithTable = isTable }
            }
            if let caption = figure.caption {
                xml += paragraph("Caption", [.init(caption)])
                endsWithTable = false
            }
            return (xml, endsWithTable)
        case .pageBreak: return ("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>", false)
        case .closing(let closing): return (self.closing(closing), true)
        case .appendix(let appendix):
            var xml = paragraph("AppendixLabel", [.init(appendix.label)])
            xml += paragraph("AppendixTitle", [.init(appendix.title.uppercased())])
            if let note = appendix.note { xml += paragraph("Centred", [.init(note, italic: true)]) }
            return (xml, false)
        }
    }

    /// The NĐ 30 header: a borderless table of two columns and two rows.
    func header(_ header: Document.OfficialHeader) -> String {
        let left = textWidth * 9 / 20
        var bodyNames = ""
        if let parent = header.parentBody {
            bodyNames += paragraph("HeaderCell", [.init(parent.uppercased())], size: 24)
        }
        bodyNames += paragraph("HeaderCell", [.init(header.issuingBody.uppercased(), bold: true)], size: 24)
        bodyNames += shortRule(columnWidth: left)
        let nation =
            paragraph("HeaderCell", [.init(header.nationalTitle.uppercased(), bold: true)], size: 24)
            + paragraph("HeaderCell", [.init(header.motto, bold: true)], size: 26, underline: true)
        let rows = [
            [bodyNames, nation],
            [
                paragraph("HeaderCell", [.init(header.number)], size: 26),
                paragraph("HeaderCell", [.init(header.placeAndDate, italic: true)], size: 28),
            ],
        ]
        return layoutTable(widths: [left, textWidth - left], rows: rows)
    }

    /// The short line under the issuing body, a third of its column wide as NĐ 30
    /// draws it: the top border of an empty paragraph indented from both sides.
    private func shortRule(columnWidth: Int) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"HeaderCell\"/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\""
            + " w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"100\" w:after=\"0\" w:line=\"120\""
            + " w:lineRule=\"exact\"/><w:ind w:left=\"\(columnWidth / 3)\" w:right=\"\(columnWidth / 3)\"/></w:pPr></w:p>"
    }

    /// "Nơi nhận:" on the left and the signature on the right, no borders.
    func closing(_ closing: Document.Closing) -> String {
        var recipients = paragraph("RecipientsLabel", [.init(closing.recipientsLabel)])
        for line in closing.recipients { recipients += paragraph("Recipients", [.init("- " + line)]) }
        var signature = closing.signature.titles.map { paragraph("Signature", [.init($0.uppercased())]) }.joined()
        switch closing.signature.name {
        case .written(let name): signature += paragraph("SignatureName", [.init(name)])
        case .placeholder(let name):
            signature += paragraph(
                "SignatureName", [.init("[\(name)]", italic: true)], characterStyle: "PlaceholderChar")
        }
        let half = textWidth / 2
        return layoutTable(widths: [half, textWidth - half], rows: [[recipients, signature]])
    }

    func layoutTable(widths: [Int], rows: [[String]]) -> String {
        let none = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"nil\"/>" }
        var xml =
            "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblBorders>\(none.joined())</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
            + " w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for row in rows {
            xml += "<w:tr>"
            for (cell, width) in zip(row, widths) {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(cell)</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// A ruled table across the text width; header rows repeat on every page.
    func table(_ table: Document.Table) -> String {
        let widths = columnWidths(table.columns.map(\.width))
        var xml = table.caption.map { paragraph("Caption", [.init($0)]) } ?? ""
        xml +=
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\""
            + " w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        func row(_ cells: [Document.Table.Cell], isHeader: Bool) -> String {
            var xml = "<w:tr>" + (isHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            var column = 0
            var padded = cells
            let covered = cells.map(\.span).reduce(0, +)
            if covered < widths.count {
                padded += Array(repeating: Document.Table.Cell(""), count: widths.count - covered)
            }
            for cell in padded where column < widths.count {
                let span = min(cell.span, widths.count - column)
                let width = widths[column..<column + span].reduce(0, +)
                let alignment = isHeader ? .centre : table.columns[column].alignment
                let runs = isHeader ? cell.runs.map { Document.Run($0.text, bold: true, italic: $0.italic) } : cell.runs
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
                xml += "</w:tcPr>" + paragraph("TableText", runs, alignment: alignment) + "</w:tc>"
                column += span
            }
            return xml + "</w:tr>"
        }
        xml += table.headerRows.map { row($0, isHeader: true) }.joined()
        xml += table.rows.map { row($0, isHeader: false) }.joined()
        return xml + "</w:tbl>"
    }

    /// The weights as twips that add up to the text width exactly.
    func columnWidths(_ weights: [Int]) -> [Int] {
        let weights = weights.map { max(1, $0) }
        let total = weights.reduce(0, +)
        var widths: [Int] = []
        var given = 0
        var counted = 0
        for weight in weights {
            counted += weight
            let edge = textWidth * counted / total
            widths.append(edge - given)
            given = edge
        }
        return widths
    }

    func paragraph(
        _ style: String, _ runs: [Document.Run], alignment: Document.Table.Column.Alignment? = nil,
        size: Int? = nil, underline: Bool = false, characterStyle: String? = nil
    ) -> String {
        var xml = "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>"
        switch alignment {
        case .leading: xml += "<w:jc w:val=\"left\"/>"
        case .centre: xml += "<w:jc w:val=\"center\"/>"
        case .trailing: xml += "<w:jc w:val=\"right\"/>"
        case nil: break
        }
        xml += "</w:pPr>"
        for run in runs {
            xml += Self.run(run, size: size, underline: underline, characterStyle: characterStyle)
        }
        return xml + "</w:p>"
    }

    /// A run of text; a tab becomes `w:tab` and a line break `w:br`.
    static func run(_ run: Document.Run, size: Int?, underline: Bool, characterStyle: String?) -> String {
        var properties = characterStyle.map { "<w:rStyle w:val=\"\($0)\"/>" } ?? ""
        if run.bold { properties += "<w:b/><w:bCs/>" }
        if run.italic { properties += "<w:i/><w:iCs/>" }
        if let size { properties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        if underline { properties += "<w:u w:val=\"single\"/>" }
        var content = ""
        var pending = ""
        func flush() {
            if !pending.isEmpty { content += "<w:t xml:space=\"preserve\">\(Markup.escaped(pending))</w:t>" }
            pending = ""
        }
        for character in run.text {
            switch character {
            case "\t":
                flush()
                content += "<w:tab/>"
            case "\n", "\r", "\r\n":
                flush()
                content += "<w:br/>"
            default: pending.append(character)
            }
        }
        flush()
        guard !content.isEmpty else { return "" }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + content + "</w:r>"
    }
}
