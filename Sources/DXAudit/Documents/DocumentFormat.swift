/// The formats a `Document` is written in, by the name a `--format` option takes.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case docx, html, md

    /// The file's bytes: a zip package for docx, UTF-8 text for the others.
    public func render(_ document: Document) throws(DocxWriter.Failure) -> [UInt8] {
        switch self {
        case .docx: try DocxWriter().render(document)
        case .html: Array(HTMLWriter().render(document).utf8)
        case .md: Array(MarkdownWriter().render(document).utf8)
        }
    }
}
