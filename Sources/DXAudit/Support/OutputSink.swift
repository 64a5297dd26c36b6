#if canImport(Glibc)
    import Glibc
#endif

/// Where a reporter's bytes go as it makes them: a file descriptor, in blocks of
/// 64 KiB, or memory. A run with a hundred thousand findings never holds its
/// whole output, and no byte is copied a second time on its way out.
public struct OutputSink {
    /// One block, filled from the front to `used` and copied into with `memcpy`.
    private var block: [UInt8]
    private var used = 0
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
        block = [UInt8](repeating: 0, count: Self.blockSize)
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
        if used == block.count { spill() }
        block[used] = byte
        used += 1
    }

    public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if used + bytes.count > block.count {
            spill()
            // More than a block: written as it is.
            if bytes.count > block.count {
                put(UnsafeRawBufferPointer(bytes))
                return
            }
        }
        let offset = used
        block.withUnsafeMutableBufferPointer { block in
            (block.baseAddress! + offset).update(from: source, count: bytes.count)
        }
        used += bytes.count
    }

    /// A decimal integer (a small string, kept inline: no allocation).
    public mutating func write(_ number: Int) { write(String(number)) }

    /// Writes what is buffered; for a memory sink, keeps it.
    public mutating func flush() { spill() }

    /// Everything a memory sink was given, as text.
    public var text: String {
        String(decoding: collected + block[..<used], as: UTF8.self)
    }

    private mutating func spill() {
        guard used > 0 else { return }
        let count = used
        used = 0
        // A second reference to the block, read while `put` changes the rest of self.
        let block = self.block
        block.withUnsafeBytes { put(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }

    /// Bytes to the descriptor, or into memory.
    private mutating func put(_ bytes: UnsafeRawBufferPointer) {
        guard let descriptor else {
            collected.append(contentsOf: bytes)
            return
        }
        if failure == nil { failure = Descriptor.writeAll(bytes, to: descriptor) }
    }
}
