internal import Foundation
internal import ZIPFoundation

/// A document as a Word file: WordprocessingML written here, zipped by
/// ZIPFoundation. The same document gives the same bytes: the parts in a fixed
/// order, every entry and the core properties dated `fixedDate`, deflate at its
/// default level.
public struct DocxWriter: Sendable {
    /// Why the package could not be zipped.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public init() {}

    /// 2020-01-01 00:00 UTC, the date of every zip entry and of the core properties.
    static let fixedDate = "2020-01-01T00:00:00Z"
    static let fixedTimestamp: Double = 1_577_836_800

    /// The `.docx` file's bytes.
    public func render(_ document: Document) throws(Failure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in Self.parts(document) {
                let bytes = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: Date(timeIntervalSince1970: Self.fixedTimestamp), permissions: 0o644,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure(reason: "the archive kept no data") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: "\(error)")
        }
    }

    /// The package's parts, each a path and its XML, in the order they are zipped
    /// (`[Content_Types].xml` first, as readers that sniff the file expect).
    static func parts(_ document: Document) -> [(path: String, xml: String)] {
        let numbers = PageNumberPart(document.page.pageNumbers)
        var parts: [(path: String, xml: String)] = [
            ("[Content_Types].xml", contentTypes(numbers)),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(document.title)),
            ("docProps/app.xml", appProperties),
            ("word/document.xml", DocxBody(page: document.page).document(document, numbers: numbers)),
            ("word/_rels/document.xml.rels", documentRelationships(numbers)),
            ("word/styles.xml", DocxStyles.xml),
            ("word/settings.xml", settings),
            ("word/numbering.xml", numbering),
        ]
        if let numbers {
            parts.append(("word/\(numbers.kind)1.xml", numbers.xml(withNumber: true)))
            parts.append(("word/\(numbers.kind)2.xml", numbers.xml(withNumber: false)))
        }
        return parts
    }

    /// Twentieths of a point, rounded, for a length in millimetres.
    static func twips(millimetres: Int) -> Int { (millimetres * 14400 / 127 + 1) / 2 }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    static func contentTypes(_ numbers: PageNumberPart?) -> String {
        var overrides = [
            ("/word/document.xml", "\(contentType).document.main+xml"),
            ("/word/styles.xml", "\(contentType).styles+xml"),
            ("/word/settings.xml", "\(contentType).settings+xml"),
            ("/word/numbering.xml", "\(contentType).numbering+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        if let numbers {
            for index in 1...2 {
                overrides.append(("/word/\(numbers.kind)\(index).xml", "\(contentType).\(numbers.kind)+xml"))
            }
        }
        return declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined() + "</Types>"
    }

    static func relationships(_ list: [(id: String, type: String, target: String)]) -> String {
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + list.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>" }.joined()
            + "</Relationships>"
    }

    static let packageRelationships = relationships([
        ("rId1", "\(relationshipNamespace)/officeDocument", "word/document.xml"),
        (
            "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml"
        ),
        ("rId3", "\(relationshipNamespace)/extended-properties", "docProps/app.xml"),
    ])

    static func documentRelationships(_ numbers: PageNumberPart?) -> String {
        var list = [
            ("rId1", "\(relationshipNamespace)/styles", "styles.xml"),
            ("rId2", "\(relationshipNamespace)/settings", "settings.xml"),
            ("rId3", "\(relationshipNamespace)/numbering", "numbering.xml"),
        ]
        if let numbers {
            list.append(("rIdNumbered", "\(relationshipNamespace)/\(numbers.kind)", "\(numbers.kind)1.xml"))
            list.append(("rIdFirst", "\(relationshipNamespace)/\(numbers.kind)", "\(numbers.kind)2.xml"))
        }
        return relationships(list)
    }

    static func coreProperties(_ title: String) -> String {
        declaration
            + "<cp:coreProperties"
            + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(Markup.escaped(title))</dc:title><dc:language>vi-VN</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(fixedDate)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(fixedDate)</dcterms:modified>"
            + "</cp:coreProperties>"
    }

    static let appProperties =
        declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>dxaudit</Application></Properties>"

    static let settings =
        declaration + "<w:settings xmlns:w=\"\(wordNamespace)\"><w:zoom w:percent=\"100\"/>"
        + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
        + " w:val=\"15\"/></w:compat></w:settings>"

    /// One list: a dash before each item, as Vietnamese documents list.
    static let numbering =
        declaration + "<w:numbering xmlns:w=\"\(wordNamespace)\">"
        + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/>"
        + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"851\" w:hanging=\"284\"/></w:pPr>"
        + "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/></w:rPr></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
}

/// The header or footer parts that carry the page number: one with the PAGE field
/// for every page but the first, one empty for the first (`w:titlePg`).
struct PageNumberPart {
    /// "header" or "footer", the parts' names and their relationship type.
    let kind: String

    init?(_ numbers: Document.PageSetup.PageNumbers) {
        switch numbers {
        case .none: return nil
        case .top: kind = "header"
        case .bottom: kind = "footer"
        }
    }

    var referenceElement: String { kind == "header" ? "w:headerReference" : "w:footerReference" }

    func xml(withNumber: Bool) -> String {
        let root = kind == "header" ? "w:hdr" : "w:ftr"
        let field =
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        return DocxWriter.declaration
            + "<\(root) xmlns:w=\"\(DocxWriter.wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"PageNumber\"/></w:pPr>"
            + (withNumber ? field : "") + "</w:p></\(root)>"
    }
}
