/// A catalog's message template cut once into its text and its `{n}` places, so
/// that a hundred thousand findings are worded without reading the template again.
struct MessageTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        /// Argument `n`, and the place as written (`{1}`), shown as it is when the
        /// message has no such argument.
        case argument(Int, written: String)
    }

    var pieces: [Piece]

    /// `{n}` with ASCII digits is a place; any other brace is text.
    init(_ template: String) {
        var pieces: [Piece] = []
        var text = ""
        var scalars = template.unicodeScalars[...]
        while let brace = scalars.firstIndex(of: "{") {
            text.unicodeScalars.append(contentsOf: scalars[..<brace])
            let rest = scalars[scalars.index(after: brace)...]
            let digits = rest.prefix { ("0"..."9").contains($0) }
            let close = rest.index(rest.startIndex, offsetBy: digits.count)
            if !digits.isEmpty, close < rest.endIndex, rest[close] == "}",
                let n = Int(String(String.UnicodeScalarView(digits)))
            {
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.argument(n, written: "{" + String(String.UnicodeScalarView(digits)) + "}"))
                scalars = rest[rest.index(after: close)...]
            } else {
                text.unicodeScalars.append("{")
                scalars = rest
            }
        }
        text.unicodeScalars.append(contentsOf: scalars)
        if !text.isEmpty || pieces.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    /// A verbatim message: its one argument as it is.
    static let verbatim = MessageTemplate("{0}")

    /// Every rule's templates, by language, rule and message name.
    static let catalogs: [Wording.Language: [RuleID: [String: MessageTemplate]]] = RuleRegistry.catalogs.mapValues {
        $0.mapValues { $0.mapValues(MessageTemplate.init) }
    }
}
