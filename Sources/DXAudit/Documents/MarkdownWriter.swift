/// A document as GitHub-flavoured Markdown, for review in git: the header as a
/// two-column table, headings one level under the title, tables as pipe tables,
/// placeholders as `> [ … ]` quotes and figures as their fallback.
public struct MarkdownWriter: Sendable {
    public init() {}

    public func render(_ document: Document) -> String {
        var parts: [String] = []
        if let header = document.header { parts.append(Self.header(header)) }
        parts += document.blocks.map(Self.block)
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    static func header(_ header: Document.OfficialHeader) -> String {
        let left =
            (header.parentBody.map { [escaped($0.uppercased())] } ?? []) + [
                "**\(escaped(header.issuingBody.uppercased()))**"
            ]
        let right = ["**\(escaped(header.nationalTitle.uppercased()))**", "**\(escaped(header.motto))**"]
        return [
            "| \(left.joined(separator: "<br>")) | \(right.joined(separator: "<br>")) |",
            "|:---:|:---:|",
            "| \(escaped(header.number)) | *\(escaped(header.placeAndDate))* |",
        ].joined(separator: "\n")
    }

    static func block(_ block: Document.Block) -> String {
        switch block {
        case .title(let text): return "# \(escaped(text.uppercased()))"
        case .subtitle(let text): return "**\(escaped(text))**"
        case .heading(let level, let text):
            return String(repeating: "#", count: level.rawValue + 1) + " " + escaped(text)
        case .paragraph(let paragraph):
            switch paragraph.style {
            case .body, .centred: return lineStart(runs(paragraph.runs))
            case .placeholder: return placeholder(paragraph.text)
            }
        case .list(let items): return items.map { "- " + runs($0) }.joined(separator: "\n")
        case .table(let table): return self.table(table)
        case .figure(let figure):
            // Captioned below, as the picture is in the other formats.
            return (figure.fallback.map(Self.block) + (figure.caption.map { ["*\(escaped($0))*"] } ?? []))
                .joined(separator: "\n\n")
        case .pageBreak: return "---"
        case .closing(let closing):
            let recipients =
                ["***\(escaped(closing.recipientsLabel))***"] + closing.recipients.map { "- " + escaped($0) }
            let titles = closing.signature.titles.map { "**\(escaped($0.uppercased()))**" }.joined(separator: "\\\n")
            let name: String
            switch closing.signature.name {
            case .written(let text): name = "**\(escaped(text))**"
            case .placeholder(let text): name = placeholder(text)
            }
            return [recipients.joined(separator: "\n"), titles, name].joined(separator: "\n\n")
        case .appendix(let appendix):
            return
                (["# \(escaped(appendix.label))", "**\(escaped(appendix.title.uppercased()))**"]
                + (appendix.note.map { ["*\(escaped($0))*"] } ?? [])).joined(separator: "\n\n")
        }
    }

    static func placeholder(_ text: String) -> String { "> [\(escaped(text))]" }

    static func table(_ table: Document.Table) -> String {
        let width = table.columns.count
        func row(_ cells: [Document.Table.Cell], bold: Bool = false) -> String {
            var texts: [String] = []
            for cell in cells {
                let text = runs(cell.runs)
                texts.append(bold && !text.isEmpty ? "**\(text)**" : text)
                texts += Array(repeating: "", count: cell.span - 1)
            }
            texts += Array(repeating: "", count: max(0, width - texts.count))
            return "| " + texts.joined(separator: " | ") + " |"
        }
        let rule =
            "|"
            + table.columns.map { column in
                switch column.alignment {
                case .leading: "---"
                case .centre: ":---:"
                case .trailing: "---:"
                }
            }.joined(separator: "|") + "|"
        let heads = table.headerRows.isEmpty ? [[]] : table.headerRows
        let lines =
            [row(heads[0])] + [rule] + heads.dropFirst().map { row($0, bold: true) } + table.rows.map { row($0) }
        return ((table.caption.map { ["**\(escaped($0))**"] } ?? []) + [lines.joined(separator: "\n")])
            .joined(separator: "\n\n")
    }

    /// Runs with their faces; the spaces at a run's ends stay outside the markers,
    /// where Markdown needs them.
    static func runs(_ runs: [Document.Run]) -> String {
        runs.map { run in
            let marker = run.bold && run.italic ? "***" : run.bold ? "**" : run.italic ? "*" : ""
            let text = escaped(run.text)
            let core = text.withoutOuterSpaces()
            guard !marker.isEmpty, !core.isEmpty else { return text }
            let leading = String(text.prefix { $0 == " " })
            let trailing = String(text.reversed().prefix { $0 == " " })
            return leading + marker + core + marker + trailing
        }.joined()
    }

    /// `text` with Markdown's punctuation escaped and line breaks made spaces, so
    /// that it reads as the same words and starts no block of its own.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!":
                result += "\\" + String(character)
            case "\n", "\r", "\r\n", "\t": result += " "
            default:
                if character.unicodeScalars.allSatisfy(Markup.isAllowed) { result.append(character) }
            }
        }
        return result
    }

    /// A paragraph that would start a list or a heading rule starts with an escape.
    static func lineStart(_ text: String) -> String {
        if let first = text.first, "-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}

extension String {
    fileprivate func withoutOuterSpaces() -> Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
