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
        var sink = OutputSink.memory()
        write(to: &sink, indent: indent)
        sink.flush()
        return sink.text
    }

    /// Writes the document to `sink` as `rendered` words it, one value at a time.
    public func write(to sink: inout OutputSink, indent: Int? = 2) {
        let margins = (0..<16).map { "\n" + String(repeating: " ", count: (indent ?? 0) * $0) }
        write(to: &sink, indent: indent, level: 0, margins: margins)
    }

    private func write(to out: inout OutputSink, indent: Int?, level: Int, margins: [String]) {
        func newline(_ level: Int) {
            guard let indent else { return }
            out.write(level < margins.count ? margins[level] : "\n" + String(repeating: " ", count: indent * level))
        }
        switch self {
        case .null: out.write("null")
        case .bool(let value): out.write(value ? "true" : "false")
        case .int(let value): out.write(value)
        case .double(let value):
            let rounded = (value * 10_000).rounded() / 10_000
            out.write(
                !rounded.isFinite
                    ? "null"
                    : rounded == rounded.rounded() && abs(rounded) < 1e15
                        ? String(Int(rounded)) : String(rounded))
        case .string(let text): Self.quote(text, into: &out)
        case .array(let items):
            Self.writeArray(count: items.count, { items[$0] }, to: &out, indent: indent, level: level, margins: margins)
        case .generated(let count, let element):
            Self.writeArray(count: count, element, to: &out, indent: indent, level: level, margins: margins)
        case .object(let members):
            guard !members.isEmpty else {
                out.write("{}")
                return
            }
            out.write(byte: UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.write(byte: UInt8(ascii: ",")) }
                newline(level + 1)
                Self.quote(key, into: &out)
                out.write(indent == nil ? ":" : ": ")
                value.write(to: &out, indent: indent, level: level + 1, margins: margins)
            }
            newline(level)
            out.write(byte: UInt8(ascii: "}"))
        }
    }

    private static func writeArray(
        count: Int, _ element: (Int) -> JSONValue, to out: inout OutputSink, indent: Int?, level: Int,
        margins: [String]
    ) {
        guard count > 0 else {
            out.write("[]")
            return
        }
        func newline(_ level: Int) {
            guard let indent else { return }
            out.write(level < margins.count ? margins[level] : "\n" + String(repeating: " ", count: indent * level))
        }
        out.write(byte: UInt8(ascii: "["))
        for index in 0..<count {
            if index > 0 { out.write(byte: UInt8(ascii: ",")) }
            newline(level + 1)
            element(index).write(to: &out, indent: indent, level: level + 1, margins: margins)
        }
        newline(level)
        out.write(byte: UInt8(ascii: "]"))
    }

    /// RFC 8259 string escaping: quotes, backslashes and control characters. The
    /// escapes are ASCII, so the text is escaped byte by byte: UTF-8's other bytes
    /// are all above 0x7F and pass as they are.
    static func quote(_ text: String, into out: inout OutputSink) {
        var text = text
        text.withUTF8 { bytes in
            out.write(byte: UInt8(ascii: "\""))
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                if start < i { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                start = i + 1
                switch byte {
                case 0x22: out.write("\\\"")
                case 0x5C: out.write("\\\\")
                case 0x0A: out.write("\\n")
                case 0x0D: out.write("\\r")
                case 0x09: out.write("\\t")
                default:
                    let hex = String(byte, radix: 16)
                    out.write("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                }
            }
            if start < bytes.count { out.write(bytes: UnsafeBufferPointer(rebasing: bytes[start...])) }
            out.write(byte: UInt8(ascii: "\""))
        }
    }
}
