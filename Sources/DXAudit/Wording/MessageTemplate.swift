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

    /// `{n}` with ASCII digits is a place; any other brace is text. Braces and
    /// digits are ASCII, so the template is cut byte by byte, never inside a
    /// character.
    init(_ template: String) {
        var pieces: [Piece] = []
        let bytes = Array(template.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var start = 0  // where the text not yet in a piece begins
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            var close = index + 1
            while close < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[close]) { close += 1 }
            guard close > index + 1, close < bytes.count, bytes[close] == UInt8(ascii: "}"),
                let n = Int(text(index + 1..<close))
            else {
                index += 1
                continue
            }
            if start < index { pieces.append(.text(text(start..<index))) }
            pieces.append(.argument(n, written: text(index..<close + 1)))
            index = close + 1
            start = index
        }
        if start < bytes.count || pieces.isEmpty { pieces.append(.text(text(start..<bytes.count))) }
        self.pieces = pieces
    }

    /// A verbatim message: its one argument as it is.
    static let verbatim = MessageTemplate("{0}")

    /// Every rule's templates, by language, rule and message name.
    static let catalogs: [Wording.Language: [RuleID: [String: MessageTemplate]]] = RuleRegistry.catalogs.mapValues {
        $0.mapValues { $0.mapValues(MessageTemplate.init) }
    }
}
