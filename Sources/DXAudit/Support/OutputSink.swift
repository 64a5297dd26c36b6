#if canImport(Glibc)
    import Glibc
#endif

/// Where a reporter's bytes go as it makes them: a file descriptor, in blocks of
/// 64 KiB, or memory. A run with a hundred thousand findings never holds its
/// whole output, and no byte is copied a second time on its way out.
public struct OutputSink {
    private var buffer: [UInt8] = []
    private var collected: [UInt8] = []
    private let descriptor: Int32?
    /// The errno of the write that failed (a closed pipe): nothing more is written.
    public private(set) var failure: Int32?

    static let blockSize = 1 << 16

    /// Bytes kept in memory; `text` reads them back.
    public static func memory() -> OutputSink { OutputSink(descriptor: nil) }

    /// Bytes written to `fd` as each block fills, and the rest on `flush()`.
    public static func descriptor(_ fd: Int32) -> OutputSink { OutputSink(descriptor: fd) }

    private init(descriptor: Int32?) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.blockSize + 4096)
    }

    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    public mutating func write(_ text: Substring) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    public mutating func write(byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= Self.blockSize { spill() }
    }

    public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { spill() }
    }

    /// A decimal integer (a small string, kept inline: no allocation).
    public mutating func write(_ number: Int) { write(String(number)) }

    /// Writes what is buffered; for a memory sink, keeps it.
    public mutating func flush() { spill() }

    /// Everything a memory sink was given, as text.
    public var text: String {
        String(decoding: collected + buffer, as: UTF8.self)
    }

    private mutating func spill() {
        guard !buffer.isEmpty else { return }
        guard let descriptor else {
            collected += buffer
            buffer.removeAll(keepingCapacity: true)
            return
        }
        if failure == nil { failure = Descriptor.writeAll(buffer, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }
}
