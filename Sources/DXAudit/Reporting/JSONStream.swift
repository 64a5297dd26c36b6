/// Writes JSON straight to an `OutputSink`, laid out as `JSONValue` lays out a
/// document (two-space indentation, or one line), so that a reporter can write a
/// hundred thousand findings without making a value for each. Containers are opened
/// and closed in order; a member is a `key` followed by one value.
public struct JSONStream {
    public private(set) var sink: OutputSink
    private let indent: Int?
    /// A newline and the indentation of each level, as bytes.
    private let margins: [[UInt8]]
    private let separator: String
    /// For each open container, whether anything has been written in it yet.
    private var opened: [Bool] = []

    public init(sink: OutputSink, indent: Int? = 2) {
        self.sink = sink
        self.indent = indent
        margins = (0..<16).map { Array(("\n" + String(repeating: " ", count: (indent ?? 0) * $0)).utf8) }
        separator = indent == nil ? ":" : ": "
        opened.reserveCapacity(16)
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// An object's next member name; its value follows.
    public mutating func key(_ name: String) {
        next()
        JSONValue.quote(name, into: &sink)
        sink.write(separator)
    }

    /// Where an array's next element begins; its value follows.
    public mutating func next() {
        if opened[opened.count - 1] {
            sink.write(byte: UInt8(ascii: ","))
        } else {
            opened[opened.count - 1] = true
        }
        newline(opened.count)
    }

    public mutating func string(_ text: String) { JSONValue.quote(text, into: &sink) }
    public mutating func int(_ value: Int) { sink.write(value) }
    public mutating func bool(_ value: Bool) { sink.write(value ? "true" : "false") }
    public mutating func null() { sink.write("null") }
    /// A number with a fraction, to four decimals at most; an integral one without.
    public mutating func double(_ value: Double) {
        let rounded = (value * 10_000).rounded() / 10_000
        sink.write(
            !rounded.isFinite
                ? "null"
                : rounded == rounded.rounded() && abs(rounded) < 1e15
                    ? String(Int(rounded)) : String(rounded))
    }
    public mutating func optional(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// Ends the stream, handing its sink back.
    public consuming func finish() -> OutputSink { sink }

    private mutating func open(_ byte: UInt8) {
        sink.write(byte: byte)
        opened.append(false)
    }

    /// An empty container closes on the line it opened: `{}`, `[]`.
    private mutating func close(_ byte: UInt8) {
        if opened.removeLast() { newline(opened.count) }
        sink.write(byte: byte)
    }

    private mutating func newline(_ level: Int) {
        guard let indent else { return }
        guard level < margins.count else {
            sink.write("\n" + String(repeating: " ", count: indent * level))
            return
        }
        margins[level].withUnsafeBufferPointer { sink.write(bytes: $0) }
    }
}
