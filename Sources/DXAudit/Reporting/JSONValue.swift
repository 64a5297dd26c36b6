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
    /// An array whose elements are written one at a time straight to the stream, so
    /// that a document with a hundred thousand findings never holds them as values:
    /// `element(i, &stream)` writes the i-th element, one value.
    case streamed(count: Int, element: @Sendable (Int, inout JSONStream) -> Void)

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
        var stream = JSONStream(sink: sink, indent: indent)
        write(to: &stream)
        sink = stream.finish()
    }

    func write(to out: inout JSONStream) {
        switch self {
        case .null: out.null()
        case .bool(let value): out.bool(value)
        case .int(let value): out.int(value)
        case .double(let value): out.double(value)
        case .string(let text): out.string(text)
        case .array(let items):
            out.beginArray()
            for item in items {
                out.next()
                item.write(to: &out)
            }
            out.endArray()
        case .streamed(let count, let element):
            out.beginArray()
            for index in 0..<count {
                out.next()
                element(index, &out)
            }
            out.endArray()
        case .object(let members):
            out.beginObject()
            for (key, value) in members {
                out.key(key)
                value.write(to: &out)
            }
            out.endObject()
        }
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
