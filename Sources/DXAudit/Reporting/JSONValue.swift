/// A JSON document built in code, with object keys kept in the order they were
/// written so that output is stable from run to run. Used by the JSON and SARIF
/// reporters and by baseline files.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number with a fraction, written to four decimals at most: the same bytes on every run.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array whose elements are made one at a time as they are written, so that a
    /// document with a hundred thousand findings never holds them all as values.
    case generated(count: Int, element: @Sendable (Int) -> JSONValue)

    /// An optional string as a string or null.
    public static func optional(_ text: String?) -> JSONValue {
        text.map { .string($0) } ?? .null
    }
}

extension JSONValue {
    /// The document as text: pretty-printed with two spaces, or on one line when
    /// `indent` is nil. Non-ASCII text is written as UTF-8, not escaped.
    public func rendered(indent: Int? = 2) -> String {
        var out = ""
        write(to: &out, indent: indent, level: 0)
        return out
    }

    private func write(to out: inout String, indent: Int?, level: Int) {
        func newline(_ level: Int) {
            guard let indent else { return }
            out += "\n" + String(repeating: " ", count: indent * level)
        }
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value):
            let rounded = (value * 10_000).rounded() / 10_000
            out +=
                !rounded.isFinite
                ? "null"
                : rounded == rounded.rounded() && abs(rounded) < 1e15
                    ? String(Int(rounded)) : String(rounded)
        case .string(let text): Self.quote(text, into: &out)
        case .array(let items):
            Self.writeArray(count: items.count, { items[$0] }, to: &out, indent: indent, level: level)
        case .generated(let count, let element):
            Self.writeArray(count: count, element, to: &out, indent: indent, level: level)
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                newline(level + 1)
                Self.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: indent, level: level + 1)
            }
            newline(level)
            out += "}"
        }
    }

    private static func writeArray(
        count: Int, _ element: (Int) -> JSONValue, to out: inout String, indent: Int?, level: Int
    ) {
        guard count > 0 else {
            out += "[]"
            return
        }
        out += "["
        for index in 0..<count {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: " ", count: indent * (level + 1)) }
            element(index).write(to: &out, indent: indent, level: level + 1)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent * level) }
        out += "]"
    }

    /// RFC 8259 string escaping: quotes, backslashes and control characters.
    static func quote(_ text: String, into out: inout String) {
        // Most text needs no escape: append it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
