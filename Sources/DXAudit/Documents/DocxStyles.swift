/// `word/styles.xml`: Times New Roman 14 pt throughout (NĐ 30 sets 13–14 for the
/// text), Word's own Heading 1–3, Title, Subtitle, Body Text, List Bullet, Caption
/// and Table Grid, and the styles of the header, the closing and placeholders.
enum DocxStyles {
    /// Half-points.
    static let textSize = 28
    static let tableSize = 26
    /// 1 cm, the first-line indent of body text.
    static let indent = 567

    static let xml: String = {
        var styles = [
            paragraph(
                "Normal", name: "Normal", default: true,
                properties: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"),
            paragraph(
                "BodyText", name: "Body Text",
                properties: "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"312\" w:lineRule=\"auto\"/>"
                    + "<w:ind w:firstLine=\"\(indent)\"/><w:jc w:val=\"both\"/>"),
            paragraph(
                "Title", name: "Title", next: "Subtitle",
                properties: "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                run: "<w:b/><w:bCs/>"),
            paragraph(
                "Subtitle", name: "Subtitle", next: "BodyText",
                properties: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                run: "<w:b/><w:bCs/>"),
            paragraph(
                "Centred", name: "Centred",
                properties: "<w:spacing w:before=\"120\" w:after=\"120\"/><w:jc w:val=\"center\"/>"),
            paragraph(
                "Placeholder", name: "Placeholder", next: "BodyText",
                properties: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF3B0\"/>"
                    + "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"312\" w:lineRule=\"auto\"/>"
                    + "<w:ind w:firstLine=\"\(indent)\"/><w:jc w:val=\"both\"/>",
                run: "<w:i/><w:iCs/><w:color w:val=\"7A5C00\"/>"),
            paragraph(
                "ListBullet", name: "List Bullet",
                properties: "<w:numPr><w:numId w:val=\"1\"/></w:numPr>"
                    + "<w:spacing w:before=\"60\" w:after=\"0\" w:line=\"312\" w:lineRule=\"auto\"/>"
                    + "<w:jc w:val=\"both\"/>"),
            paragraph(
                "Caption", name: "caption", next: "BodyText",
                properties: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                run: "<w:b/><w:bCs/><w:sz w:val=\"\(tableSize)\"/><w:szCs w:val=\"\(tableSize)\"/>"),
            paragraph(
                "TableText", name: "Table Text",
                properties: "<w:spacing w:before=\"40\" w:after=\"40\"/>",
                run: "<w:sz w:val=\"\(tableSize)\"/><w:szCs w:val=\"\(tableSize)\"/>"),
            paragraph("HeaderCell", name: "Header Cell", properties: "<w:jc w:val=\"center\"/>"),
            paragraph(
                "RecipientsLabel", name: "Recipients Label", properties: "<w:spacing w:before=\"0\"/>",
                run: "<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"),
            paragraph("Recipients", name: "Recipients", run: "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"),
            paragraph(
                "Signature", name: "Signature", properties: "<w:spacing w:before=\"0\"/><w:jc w:val=\"center\"/>",
                run: "<w:b/><w:bCs/>"),
            paragraph(
                "SignatureName", name: "Signature Name",
                properties: "<w:spacing w:before=\"1440\"/><w:jc w:val=\"center\"/>", run: "<w:b/><w:bCs/>"),
            paragraph(
                "AppendixLabel", name: "Appendix Label", basedOn: "Heading1", next: "AppendixTitle",
                properties: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:firstLine=\"0\"/>"
                    + "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
                run: "<w:b/><w:bCs/>"),
            paragraph(
                "AppendixTitle", name: "Appendix Title", next: "Centred",
                properties: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                run: "<w:b/><w:bCs/>"),
            paragraph(
                "PageNumber", name: "header",
                properties: "<w:jc w:val=\"center\"/>",
                run: "<w:sz w:val=\"\(tableSize)\"/><w:szCs w:val=\"\(tableSize)\"/>"),
        ]
        for level in Document.Heading.Level.allCases {
            let italic = level == .three ? "<w:i/><w:iCs/>" : ""
            styles.append(
                paragraph(
                    "Heading\(level.rawValue)", name: "heading \(level.rawValue)", next: "BodyText",
                    properties: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"60\"/>"
                        + "<w:ind w:firstLine=\"\(indent)\"/><w:jc w:val=\"both\"/>"
                        + "<w:outlineLvl w:val=\"\(level.rawValue - 1)\"/>",
                    run: "<w:b/><w:bCs/>\(italic)"))
        }
        styles.append(
            "<w:style w:type=\"character\" w:styleId=\"PlaceholderChar\"><w:name w:val=\"Placeholder Char\"/>"
                + "<w:rPr><w:i/><w:iCs/><w:color w:val=\"7A5C00\"/>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFF3B0\"/></w:rPr></w:style>")
        styles.append(
            "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
                + "</w:tblPr></w:style>")
        let rule = ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        styles.append(
            "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>\(rule.joined())</w:tblBorders>"
                + "</w:tblPr></w:style>")
        let font = "Times New Roman"
        return DocxWriter.declaration + "<w:styles xmlns:w=\"\(DocxWriter.wordNamespace)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
            + "<w:sz w:val=\"\(textSize)\"/><w:szCs w:val=\"\(textSize)\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\""
            + " w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
            + "</w:pPrDefault></w:docDefaults>" + styles.joined() + "</w:styles>"
    }()

    /// A paragraph style, based on Normal unless it is Normal; Normal names the font
    /// and size itself so that a reader that skips the defaults still finds them.
    static func paragraph(
        _ id: String, name: String, default isDefault: Bool = false, basedOn: String = "Normal", next: String? = nil,
        properties: String = "", run: String = ""
    ) -> String {
        let font = "Times New Roman"
        let normalRun =
            isDefault
            ? "<w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\" w:cs=\"\(font)\"/>"
                + "<w:sz w:val=\"\(textSize)\"/><w:szCs w:val=\"\(textSize)\"/>" : ""
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"\(id)\">"
            + "<w:name w:val=\"\(name)\"/>" + (isDefault ? "" : "<w:basedOn w:val=\"\(basedOn)\"/>")
            + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "") + "<w:qFormat/>"
            + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
            + "<w:rPr>\(normalRun)\(run)</w:rPr></w:style>"
    }
}
