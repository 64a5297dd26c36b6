import DXYAML

/// Text for a YAML comment, which ends at a line break (and libyaml takes U+2028
/// and U+2029 for one too).
enum YAMLComment {
    /// `text` on one line, at most `limit` characters and an ellipsis.
    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isControlOrLineSeparator ? " " : $0 }))
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…"
    }
}
