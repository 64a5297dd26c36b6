import DXYAML

#if canImport(Glibc)
    import Glibc
#endif

/// A `# dxaudit: ignore[rule-id, …]` comment in a plan or report file. It
/// silences findings of the named rules on its own line and on the line below.
///
/// libyaml does not report comments, so they are found in the file's text: a `#`
/// at the start of a line or after a space or tab, outside single- or
/// double-quoted text on that line. The scan is line by line, so a `#` line inside
/// a multi-line quoted string or a block scalar (`|`, `>`) is taken for a comment
/// too; such text rarely starts with `dxaudit:`.
public struct Suppression: Sendable, Hashable {
    /// A rule id as written, and the column where it starts.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var column: Int
        public var rule: RuleID? { RuleID(rawValue: id) }
    }

    /// Where the comment's `#` stands (1-based).
    public var line: Int
    public var column: Int
    public var entries: [Entry]
    /// Why the comment could not be read, when it starts with `dxaudit:` but is
    /// not `dxaudit: ignore[…]`.
    public var problem: Problem?

    /// What is wrong with a comment that starts with `dxaudit:`; `Wording` words it.
    public enum Problem: Sendable, Hashable {
        /// No `ignore[` after `dxaudit:`.
        case notIgnore
        /// `ignore[]` with no rule id in it.
        case namesNoRule
        /// `ignore[` with no `]` after it.
        case noClosingBracket
    }

    /// Whether this comment covers a finding of `rule` on `line`.
    public func covers(_ rule: RuleID, line: Int) -> Bool {
        problem == nil && (line == self.line || line == self.line + 1) && entries.contains { $0.id == rule.rawValue }
    }
}

extension Suppression {
    static let marker = Array("dxaudit".utf8)

    /// Every suppression comment in a file's bytes.
    public static func scan(_ bytes: [UInt8]) -> [Suppression] {
        guard contains(bytes[...], marker) else { return [] }  // most files have none
        return scan(SourceText(bytes))
    }

    /// Every suppression comment in a file's text.
    public static func scan(_ text: SourceText) -> [Suppression] {
        guard contains(text.bytes[...], marker) else { return [] }
        var result: [Suppression] = []
        for number in 1...text.lineCount {
            guard let range = text.range(ofLine: number), contains(text.bytes[range], marker) else { continue }
            if let found = parse(line: String(decoding: text.bytes[range], as: UTF8.self), number: number) {
                result.append(found)
            }
        }
        return result
    }

    /// The suppression in one line of text, if its comment starts with `dxaudit:`.
    public static func parse(line: String, number: Int) -> Suppression? {
        let scalars = Array(line.unicodeScalars)
        guard let hash = commentStart(scalars) else { return nil }
        var i = hash + 1
        func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        func take(_ word: String) -> Bool {
            let word = Array(word.unicodeScalars)
            guard i + word.count <= scalars.count, Array(scalars[i..<i + word.count]) == word else { return false }
            i += word.count
            return true
        }
        skipSpaces()
        guard take("dxaudit:") else { return nil }
        var suppression = Suppression(line: number, column: hash + 1, entries: [])
        skipSpaces()
        let opened =
            take("ignore")
            && {
                skipSpaces()
                return take("[")
            }()
        guard opened else {
            suppression.problem = .notIgnore
            return suppression
        }
        var id: [Unicode.Scalar] = []
        var idColumn = i + 1
        func finishEntry() {
            if !id.isEmpty {
                suppression.entries.append(Entry(id: String(String.UnicodeScalarView(id)), column: idColumn))
            }
            id = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "]" {
                finishEntry()
                if suppression.entries.isEmpty {
                    suppression.problem = .namesNoRule
                }
                return suppression
            }
            if c == "," || c == " " || c == "\t" {
                finishEntry()
            } else {
                if id.isEmpty { idColumn = i + 1 }
                id.append(c)
            }
            i += 1
        }
        suppression.problem = .noClosingBracket
        return suppression
    }

    /// The index of the `#` that starts a comment, outside quotes; nil if none.
    static func commentStart(_ s: [Unicode.Scalar]) -> Int? {
        var quote: Unicode.Scalar? = nil
        var i = 0
        while i < s.count {
            let c = s[i]
            let previous: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            if let open = quote {
                if open == "\"", c == "\\" {
                    i += 2
                    continue
                }
                if c == open {
                    if open == "'", i + 1 < s.count, s[i + 1] == "'" {
                        i += 2  // '' is a quote inside single quotes
                        continue
                    }
                    quote = nil
                }
            } else if c == "#", previous == nil || previous == " " || previous == "\t" {
                return i
            } else if c == "\"" || c == "'" {
                // A quote opens a quoted scalar only where a scalar can start.
                if previous == nil || [" ", "\t", ":", "[", "{", ",", "-", "?"].contains(previous!) { quote = c }
            }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack`, with memchr and memcmp: every file
    /// a command checked is searched once, and most have no suppression at all.
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, !needle.isEmpty else { return false }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { n in
                guard var p = hay.baseAddress, let wanted = n.baseAddress else { return false }
                let end = p + hay.count
                while end - p >= n.count {
                    guard let hit = memchr(p, Int32(needle[0]), end - p) else { return false }
                    let at = UnsafeRawPointer(hit)
                    if end - at < n.count { return false }
                    if memcmp(at, wanted, n.count) == 0 { return true }
                    p = at + 1
                }
                return false
            }
        }
    }
}
