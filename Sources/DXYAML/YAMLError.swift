/// Why a file could not be read as YAML, and where.
///
/// Carries the problem as data (libyaml's own text when libyaml found it) and
/// libyaml's context with their marks, and the text of the
/// offending line so that the error can be shown with a caret under the column.
public struct YAMLError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The text is not well-formed YAML (libyaml's scanner or parser said so).
        case syntax
        /// A mapping names the same key twice.
        case duplicateKey
        /// The file passes one of the `Limits`.
        case limit
        /// The bytes are not UTF-8 text.
        case encoding
        /// A node is well-formed but not of the type the reader asked for.
        case type
    }

    public var kind: Kind
    /// What is wrong, as data, so that each language can word it.
    public var reason: Problem
    public var mark: Mark
    /// What libyaml was reading when it met the problem ("while parsing a block mapping").
    /// libyaml's own English, as the C library writes it.
    public var context: String?
    public var contextMark: Mark?
    /// The source line `mark` points into, without its line break.
    public var sourceLine: String?

    /// An error in libyaml's own words.
    public init(
        _ kind: Kind, _ problem: String, at mark: Mark,
        context: String? = nil, contextMark: Mark? = nil, sourceLine: String? = nil
    ) {
        self.init(kind, .libyaml(problem), at: mark, context: context, contextMark: contextMark, sourceLine: sourceLine)
    }

    public init(
        _ kind: Kind, _ reason: Problem, at mark: Mark,
        context: String? = nil, contextMark: Mark? = nil, sourceLine: String? = nil
    ) {
        self.kind = kind
        self.reason = reason
        self.mark = mark
        self.context = context
        self.contextMark = contextMark
        self.sourceLine = sourceLine
    }

    /// What is wrong, as one English sentence without a trailing period. Readers
    /// word `reason` in their own language; this is the layer's fallback for logs,
    /// tests and tools that have no wording of their own.
    public var problem: String { reason.description }

    /// Where libyaml's context started, when it is not where the problem is.
    public var contextStart: Mark? {
        guard context != nil, let contextMark, contextMark != mark else { return nil }
        return contextMark
    }

    /// The problem with its context, as one English message.
    public var message: String {
        guard let context else { return problem }
        if let contextStart {
            return "\(problem) (\(context) started at \(contextStart))"
        }
        return "\(problem) (\(context))"
    }

    /// `path:line:col: error: message`, then the source line and a caret under the column.
    public func rendered(path: String) -> String {
        var text = "\(path):\(mark.line):\(mark.column): error: \(message)"
        if let snippet = Self.caretSnippet(line: sourceLine, column: mark.column) {
            text += "\n" + snippet
        }
        return text
    }

    /// The source line and a caret line under `column`, tabs kept so the caret lines
    /// up. A long line is cut to a window around the column, marked with `…`. Other
    /// control characters (NUL, ESC, CR …) become `�`, one for one, so that the
    /// columns still line up and none of them reaches the terminal.
    public static func caretSnippet(line: String?, column: Int, width: Int = 100) -> String? {
        guard let line, !line.isEmpty else { return nil }
        var scalars = line.unicodeScalars.map { $0 != "\t" && $0.isControlOrLineSeparator ? "\u{FFFD}" : $0 }
        var caret = max(0, column - 1)
        var prefix = ""
        if scalars.count > width {
            let start = max(0, min(caret - width / 2, scalars.count - width))
            let end = min(scalars.count, start + width)
            if start > 0 { prefix = "…" }
            let suffix = end < scalars.count ? "…" : ""
            scalars = Array(scalars[start..<end]) + suffix.unicodeScalars
            caret -= start
        }
        var text = prefix
        text.unicodeScalars.append(contentsOf: scalars)
        var pad = prefix.isEmpty ? "" : " "
        for scalar in scalars.prefix(caret) {
            pad.append(scalar == "\t" ? "\t" : " ")
        }
        return "  \(text)\n  \(pad)^"
    }
}

extension YAMLError: CustomStringConvertible {
    public var description: String { "\(mark): error: \(message)" }
}

extension YAMLError {
    /// What is wrong with a file, as data: the values each problem names, and no
    /// words. The problems this layer finds itself are typed; libyaml's are carried
    /// in its own English, since the C library has no other.
    public enum Problem: Sendable, Hashable {
        /// libyaml's scanner or parser's problem, as the C library words it
        /// ("did not find expected key"); `atTab` when it stopped at a tab, which
        /// YAML never takes for indentation.
        case libyaml(String, atTab: Bool = false)
        /// libyaml failed without saying why.
        case malformed
        /// `*name` with no `&name` before it in the document.
        case unknownAlias(String)
        /// A mapping names `key` a second time; `first` is where it was first defined.
        case duplicateKey(String, first: Mark)
        /// Aliases copy in more than `limit` nodes.
        case aliasExpansion(limit: Int)
        /// Sequences and mappings nest more than `limit` levels deep.
        case tooDeep(limit: Int)
        /// The file composes to more than `limit` nodes.
        case tooManyNodes(limit: Int)
        /// The file has `bytes` bytes, more than `limit`.
        case tooLarge(bytes: Int, limit: Int)
        /// libyaml could not allocate its parser.
        case outOfMemory
        /// The file starts with a UTF-16 byte-order mark.
        case utf16
        /// A NUL byte; `looksUTF16` when the first bytes suggest UTF-16 text.
        case nulByte(looksUTF16: Bool)
        /// A byte that starts no well-formed UTF-8 sequence.
        case invalidUTF8(UInt8)
        /// A node of the wrong kind for what the reader asked.
        case expected(Expected, found: Found)
        /// A plain integer written with a leading zero (`010`), whose value YAML 1.1
        /// and YAML 1.2 disagree on; `decimal` is how to write it unambiguously.
        case ambiguousLeadingZero(String, decimal: Int)
        /// A YAML 1.1 boolean (`yes`, `off` …), which YAML 1.2 reads as a string.
        case yamlOneOneBoolean(String)
        /// `YYYY-MM-DD` naming a day that does not exist.
        case impossibleDate(String, CivilDate.Impossibility)
    }

    /// What a typed read asked for.
    public enum Expected: Sendable, Hashable {
        case string, integer, number, boolean, date
    }

    /// What a typed read found instead; scalars carry their text.
    public enum Found: Sendable, Hashable {
        case null, list, mapping
        case boolean(String)
        case integer(String)
        case number(String)
        case string(String)
        /// A scalar named only by its text, for a read that does not resolve it.
        case text(String)
    }
}

extension YAMLError.Problem: CustomStringConvertible {
    /// The problem in English, without a trailing period.
    public var description: String {
        switch self {
        case .libyaml(let text, let atTab):
            return atTab ? "\(text) (a tab: YAML indents with spaces only)" : text
        case .malformed:
            return "malformed YAML"
        case .unknownAlias(let name):
            return "unknown alias '*\(name)': no anchor '&\(name)' before it"
        case .duplicateKey(let key, let first):
            return "duplicate key '\(key)' (first defined at line \(first.line), column \(first.column))"
        case .aliasExpansion(let limit):
            return "aliases expand to more than \(limit) nodes (a \"billion laughs\" file?)"
        case .tooDeep(let limit):
            return "nesting is deeper than \(limit) levels"
        case .tooManyNodes(let limit):
            return "file has more than \(limit) nodes"
        case .tooLarge(let bytes, let limit):
            return "file is \(bytes) bytes, over the limit of \(limit) bytes"
        case .outOfMemory:
            return "out of memory starting the YAML parser"
        case .utf16:
            return "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"
        case .nulByte(let looksUTF16):
            return "file contains a NUL byte" + (looksUTF16 ? " (the file looks UTF-16 encoded; save it as UTF-8)" : "")
        case .invalidUTF8(let byte):
            return "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true)); the file must be UTF-8"
        case .expected(let expected, let found):
            return "expected \(expected), found \(found)"
        case .ambiguousLeadingZero(let text, let decimal):
            return "'\(text)' is ambiguous (octal in YAML 1.1, decimal in YAML 1.2); write \(decimal)"
        case .yamlOneOneBoolean(let text):
            return "'\(text)' is a string in YAML 1.2, not a boolean; write true or false"
        case .impossibleDate(let text, let why):
            return "'\(text)' is not a real date: \(why)"
        }
    }
}

extension YAMLError.Expected: CustomStringConvertible {
    /// `a string`, `true or false`, `a date (YYYY-MM-DD)` …
    public var description: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .number: return "a number"
        case .boolean: return "true or false"
        case .date: return "a date (YYYY-MM-DD)"
        }
    }
}

extension YAMLError.Found: CustomStringConvertible {
    /// `null`, `a list`, `the string 'x'`, `an integer '3'` …
    public var description: String {
        switch self {
        case .null: return "null"
        case .list: return "a list"
        case .mapping: return "a mapping"
        case .boolean(let text): return "a boolean '\(text)'"
        case .integer(let text): return "an integer '\(text)'"
        case .number(let text): return "a number '\(text)'"
        case .string(let text): return "the string '\(text)'"
        case .text(let text): return "'\(text)'"
        }
    }
}
