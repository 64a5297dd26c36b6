/// Why a file could not be read as YAML, and where.
///
/// Carries libyaml's problem and context with their marks, and the text of the
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
    /// What is wrong, as one sentence without a trailing period.
    public var problem: String
    public var mark: Mark
    /// What libyaml was reading when it met the problem ("while parsing a block mapping").
    public var context: String?
    public var contextMark: Mark?
    /// The source line `mark` points into, without its line break.
    public var sourceLine: String?

    public init(
        _ kind: Kind, _ problem: String, at mark: Mark,
        context: String? = nil, contextMark: Mark? = nil, sourceLine: String? = nil
    ) {
        self.kind = kind
        self.problem = problem
        self.mark = mark
        self.context = context
        self.contextMark = contextMark
        self.sourceLine = sourceLine
    }

    /// The problem with its context, as one message.
    public var message: String {
        guard let context else { return problem }
        if let contextMark, contextMark != mark {
            return "\(problem) (\(context) started at \(contextMark))"
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
