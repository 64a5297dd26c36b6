/// A document as one self-contained HTML5 file: UTF-8, `lang="vi"`, its CSS in the
/// head, figures as inline SVG, no script and nothing fetched. Printed, it gives the
/// document's page size and margins (`@page`) with the page number at the top or
/// bottom from page 2 on.
public struct HTMLWriter: Sendable {
    public init() {}

    public func render(_ document: Document) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escaped(document.title))</title>
            <style>
            \(Self.style(document.page))</style>
            </head>
            <body>

            """
        if let header = document.header { html += Self.header(header) }
        for block in document.blocks { html += Self.block(block) }
        html += "</body>\n</html>\n"
        return html
    }

    static func style(_ page: Document.PageSetup) -> String {
        let textWidth = page.width - page.left - page.right
        let size = [page.width, page.height] == [210, 297] ? "A4" : "\(page.width)mm \(page.height)mm"
        let number: String
        switch page.pageNumbers {
        case .none: number = ""
        case .top, .bottom:
            let box = page.pageNumbers == .top ? "top-center" : "bottom-center"
            number = """
                @page { @\(box) { content: counter(page); font: 13pt \(SVGChart.fontFamily); } }
                @page :first { @\(box) { content: none; } }

                """
        }
        return """
            @page { size: \(size); margin: \(page.top)mm \(page.right)mm \(page.bottom)mm \(page.left)mm; }
            \(number)body { font-family: \(SVGChart.fontFamily); font-size: 14pt; line-height: 1.3; color: #000; background: #fff; max-width: \(textWidth)mm; margin: 10mm auto; }
            @media print { body { max-width: none; margin: 0; } }
            p { margin: 6pt 0; }
            p.body { text-align: justify; text-indent: 1cm; }
            p.centred, p.subtitle, .appendix p { text-align: center; }
            h1.title { font-size: 14pt; font-weight: bold; text-align: center; margin: 12pt 0 0; }
            p.subtitle { font-weight: bold; margin-top: 0; }
            h2, h3, h4 { font-size: 14pt; font-weight: bold; margin: 8pt 0 4pt; text-indent: 1cm; }
            h4 { font-style: italic; }
            .placeholder { font-style: italic; background: #fff3b0; border: 1px dashed #b58900; padding: 2pt 4pt; }
            ul { margin: 4pt 0 4pt 1cm; padding-left: 1em; text-align: justify; list-style-type: "- "; }
            table.layout { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
            table.layout td { vertical-align: top; text-align: center; padding: 0; }
            table.layout p { margin: 0; }
            .header-parent, .header-body, .header-title { font-size: 12pt; }
            .header-body, .header-title, .header-motto { font-weight: bold; }
            .header-motto { font-size: 13pt; }
            .header-motto span { border-bottom: 1px solid #000; }
            .header-rule span { display: inline-block; width: 35%; border-top: 1px solid #000; vertical-align: top; }
            .header-number { font-size: 13pt; }
            .header-date { font-style: italic; }
            table.layout td.recipients { text-align: left; font-size: 11pt; }
            table.layout td.recipients p.recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
            td.signature p { font-weight: bold; }
            td.signature p.signature-name { margin-top: 60pt; }
            table.data { width: 100%; border-collapse: collapse; font-size: 13pt; margin: 6pt 0; }
            table.data caption { font-weight: bold; margin-bottom: 4pt; }
            table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
            table.data th { text-align: center; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            .leading { text-align: left; }
            .centre { text-align: center; }
            .trailing { text-align: right; }
            figure { margin: 8pt 0; text-align: center; break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-style: italic; font-size: 13pt; }
            .page-break { break-after: page; }
            .appendix-label, .appendix-title { font-weight: bold; }

            """
    }

    static func header(_ header: Document.OfficialHeader) -> String {
        var left = ""
        if let parent = header.parentBody {
            left += "<p class=\"header-parent\">\(escaped(parent.uppercased()))</p>"
        }
        left += "<p class=\"header-body\">\(escaped(header.issuingBody.uppercased()))</p>"
        left += "<p class=\"header-rule\"><span></span></p>"
        let right =
            "<p class=\"header-title\">\(escaped(header.nationalTitle.uppercased()))</p>"
            + "<p class=\"header-motto\"><span>\(escaped(header.motto))</span></p>"
        return """
            <table class="layout official-header" role="presentation">
            <colgroup><col style="width: 45%"><col style="width: 55%"></colgroup>
            <tr><td>\(left)</td><td>\(right)</td></tr>
            <tr><td><p class="header-number">\(escaped(header.number))</p></td><td><p class="header-date">\(escaped(header.placeAndDate))</p></td></tr>
            </table>

            """
    }

    static func block(_ block: Document.Block) -> String {
        switch block {
        case .title(let text): return "<h1 class=\"title\">\(escaped(text.uppercased()))</h1>\n"
        case .subtitle(let text): return "<p class=\"subtitle\">\(escaped(text))</p>\n"
        case .heading(let level, let text):
            let tag = "h\(level.rawValue + 1)"
            return "<\(tag)>\(escaped(text))</\(tag)>\n"
        case .paragraph(let paragraph):
            switch paragraph.style {
            case .body: return "<p class=\"body\">\(runs(paragraph.runs))</p>\n"
            case .centred: return "<p class=\"centred\">\(runs(paragraph.runs))</p>\n"
            case .placeholder: return "<p class=\"placeholder\">[\(escaped(paragraph.text))]</p>\n"
            }
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(runs($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let table): return self.table(table)
        case .figure(let figure):
            let caption = figure.caption.map { "<figcaption>\(escaped($0))</figcaption>" } ?? ""
            return "<figure>\(figure.svg)\(caption)</figure>\n"
        case .pageBreak: return "<div class=\"page-break\"></div>\n"
        case .closing(let closing): return self.closing(closing)
        case .appendix(let appendix):
            let note = appendix.note.map { "<p class=\"appendix-note\"><em>\(escaped($0))</em></p>" } ?? ""
            return """
                <section class="appendix"><p class="appendix-label">\(escaped(appendix.label))</p><p class="appendix-title">\(escaped(appendix.title.uppercased()))</p>\(note)</section>

                """
        }
    }

    static func table(_ table: Document.Table) -> String {
        let total = max(1, table.columns.map(\.width).reduce(0, +))
        var html = "<table class=\"data\">"
        if let caption = table.caption { html += "<caption>\(escaped(caption))</caption>" }
        html += "\n<colgroup>"
        for column in table.columns {
            html += "<col style=\"width: \(SVGChart.number(100 * Double(column.width) / Double(total)))%\">"
        }
        html += "</colgroup>\n"
        func row(_ cells: [Document.Table.Cell], tag: String) -> String {
            var html = "<tr>"
            var column = 0
            for cell in cells {
                let alignment = column < table.columns.count ? table.columns[column].alignment : .leading
                let span = cell.span > 1 ? " colspan=\"\(cell.span)\"" : ""
                let align = tag == "th" ? "" : " class=\"\(className(alignment))\""
                html += "<\(tag)\(span)\(align)>\(runs(cell.runs))</\(tag)>"
                column += cell.span
            }
            return html + "</tr>\n"
        }
        if !table.headerRows.isEmpty {
            html += "<thead>\n" + table.headerRows.map { row($0, tag: "th") }.joined() + "</thead>\n"
        }
        html += "<tbody>\n" + table.rows.map { row($0, tag: "td") }.joined() + "</tbody>\n"
        return html + "</table>\n"
    }

    static func closing(_ closing: Document.Closing) -> String {
        let recipients = closing.recipients.map { "<p>- \(escaped($0))</p>" }.joined()
        let titles = closing.signature.titles.map { "<p>\(escaped($0.uppercased()))</p>" }.joined()
        let name: String
        switch closing.signature.name {
        case .written(let text): name = "<p class=\"signature-name\">\(escaped(text))</p>"
        case .placeholder(let text):
            name = "<p class=\"signature-name\"><span class=\"placeholder\">[\(escaped(text))]</span></p>"
        }
        return """
            <table class="layout closing" role="presentation">
            <colgroup><col style="width: 50%"><col style="width: 50%"></colgroup>
            <tr><td class="recipients"><p class="recipients-label">\(escaped(closing.recipientsLabel))</p>\(recipients)</td><td class="signature">\(titles)\(name)</td></tr>
            </table>

            """
    }

    static func className(_ alignment: Document.Table.Column.Alignment) -> String {
        switch alignment {
        case .leading: "leading"
        case .centre: "centre"
        case .trailing: "trailing"
        }
    }

    static func runs(_ runs: [Document.Run]) -> String {
        runs.map { run in
            var text = escaped(run.text)
            if run.italic { text = "<em>\(text)</em>" }
            if run.bold { text = "<strong>\(text)</strong>" }
            return text
        }.joined()
    }

    /// Escaped text with its line breaks kept as `<br>`.
    static func escaped(_ text: String) -> String {
        Markup.escaped(text).replacing("\r\n", with: "\n").replacing("\r", with: "\n").replacing("\n", with: "<br>")
    }
}
