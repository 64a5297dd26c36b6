/// Why the mail writer refused to write something. Header values come from the
/// plan and the command line; the writer never trusts them to be safe.
public struct MailError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Header fields as RFC 5322 and RFC 2047 want them: no raw line breaks or control
/// characters from the data, addresses checked, non-ASCII text as encoded-words,
/// lines folded at 78 characters.
public enum MailHeader {
    /// Longest header line dxaudit writes (RFC 5322 §2.1.1 "SHOULD").
    public static let lineLimit = 78
    /// Longest encoded-word (RFC 2047 §2).
    public static let encodedWordLimit = 75

    /// Throws when `value` holds a character that could end a header line or hide
    /// in one: C0 and C1 controls (CR, LF, NUL, TAB …), DEL, and U+2028/U+2029.
    public static func check(_ value: String, field: String) throws {
        for scalar in value.unicodeScalars where isForbidden(scalar) {
            let code = String(scalar.value, radix: 16, uppercase: true)
            throw MailError(
                "the \(field) header would contain a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)); refusing to write it"
            )
        }
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool { scalar.isControlOrLineSeparator }

    /// `address` when `EmailAddress.isValid` accepts it; throws otherwise.
    @discardableResult
    public static func checkAddress(_ address: String, field: String) throws -> String {
        try check(address, field: field)
        guard EmailAddress.isValid(address) else {
            throw MailError("'\(address)' is not a valid e-mail address for \(field)")
        }
        return address
    }

    /// One `Name: value` field with an unstructured value (`Subject`): plain when it
    /// is printable ASCII, RFC 2047 encoded-words otherwise; folded either way.
    public static func unstructured(_ name: String, _ value: String) throws -> String {
        try check(value, field: name)
        let plain = value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !value.contains("=?")
        let tokens: [String]
        if plain {
            tokens = value.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            // Plain text keeps its own spacing; folding only ever turns one of its
            // spaces into a line break.
            if tokens.contains(where: \.isEmpty) || tokens.contains(where: { $0.count > lineLimit - name.count - 2 }) {
                return try unstructuredEncoded(name, value)
            }
        } else {
            return try unstructuredEncoded(name, value)
        }
        return fold(name, tokens)
    }

    static func unstructuredEncoded(_ name: String, _ value: String) throws -> String {
        fold(name, encodedWords(value, limit: wordLimit(for: name)))
    }

    /// An address field (`To`, `Cc`, `From`, `Reply-To`) with one or more mailboxes.
    public static func addresses(_ name: String, _ mailboxes: [Mailbox]) throws -> String {
        guard !mailboxes.isEmpty else { throw MailError("the \(name) header needs at least one address") }
        var tokens: [String] = []
        for (index, mailbox) in mailboxes.enumerated() {
            var part = try mailbox.tokens(field: name, wordLimit: wordLimit(for: name))
            if index < mailboxes.count - 1 { part[part.count - 1] += "," }
            tokens += part
        }
        return fold(name, tokens)
    }

    /// A field whose value dxaudit makes itself (`Date`, `Message-ID`, `MIME-Version`);
    /// still checked, never trusted.
    public static func simple(_ name: String, _ value: String) throws -> String {
        try check(value, field: name)
        guard value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            throw MailError("the \(name) header must be ASCII")
        }
        return "\(name): \(value)"
    }

    /// Encoded-words short enough to sit on the first line after `Name: `.
    static func wordLimit(for name: String) -> Int {
        min(encodedWordLimit, lineLimit - name.utf8.count - 2)
    }

    /// Joins tokens with spaces, breaking the line before a token that would pass
    /// `lineLimit`. Each break is CRLF-free here (`\n` + space); the message
    /// writer chooses the line end.
    static func fold(_ name: String, _ tokens: [String]) -> String {
        var out = name + ":"
        var lineLength = out.utf8.count
        for token in tokens {
            let length = token.utf8.count
            if lineLength + 1 + length > lineLimit, lineLength > name.utf8.count + 1 {
                out += "\n " + token
                lineLength = 1 + length
            } else {
                out += " " + token
                lineLength += 1 + length
            }
        }
        return out
    }

    /// `text` as RFC 2047 "B" encoded-words in UTF-8, each at most `limit`
    /// characters, split only between characters (grapheme clusters), so that no
    /// encoded-word ends inside a UTF-8 sequence or between a letter and its
    /// combining marks. A cluster too long for one word is split between scalars.
    public static func encodedWords(_ text: String, limit: Int = encodedWordLimit) -> [String] {
        let overhead = "=?UTF-8?B??=".utf8.count
        let maxBytes = max(4, (limit - overhead) / 4 * 3)
        var words: [String] = []
        var chunk: [UInt8] = []
        func flush() {
            if !chunk.isEmpty { words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=") }
            chunk.removeAll()
        }
        for character in text {
            let bytes = Array(String(character).utf8)
            if bytes.count > maxBytes {
                for scalar in character.unicodeScalars {
                    let scalarBytes = Array(String(scalar).utf8)
                    if chunk.count + scalarBytes.count > maxBytes { flush() }
                    chunk += scalarBytes
                }
                continue
            }
            if chunk.count + bytes.count > maxBytes { flush() }
            chunk += bytes
        }
        flush()
        return words.isEmpty ? ["=?UTF-8?B??="] : words
    }
}

/// An address with an optional display name (`Sở Y tế <so-y-te@haiphong.example>`).
public struct Mailbox: Sendable, Equatable {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    func tokens(field: String, wordLimit: Int) throws -> [String] {
        try MailHeader.checkAddress(address, field: field)
        guard let name, !name.isEmpty else { return [address] }
        try MailHeader.check(name, field: field)
        let atext = name.utf8.allSatisfy { b in
            (b >= 0x20 && b < 0x7F)
        }
        if atext {
            // A quoted-string: only `\` and `"` need escaping in printable ASCII.
            var quoted = "\""
            for c in name {
                if c == "\\" || c == "\"" { quoted.append("\\") }
                quoted.append(c)
            }
            quoted += "\""
            if quoted.utf8.count <= wordLimit { return [quoted, "<\(address)>"] }
        }
        return MailHeader.encodedWords(name, limit: wordLimit) + ["<\(address)>"]
    }
}
