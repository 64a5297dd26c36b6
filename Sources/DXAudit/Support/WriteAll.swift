#if canImport(Glibc)
    import Glibc
#endif

/// Writing to a file descriptor (a file, a pipe, a terminal) until it has taken
/// every byte: `write` may take fewer than it is given, or be interrupted by a signal.
public enum Descriptor {
    /// Writes all of `bytes` to `fd`. Nil when every byte was written; otherwise
    /// the `errno` of the write that failed, `EIO` for one that took no byte (so a
    /// descriptor that takes nothing ends the loop instead of spinning it).
    public static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { writeAll($0, to: fd) }
    }

    /// Writes all of `buffer` to `fd`; see `writeAll(_:to:)`.
    public static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return EIO }
            offset += n
        }
        return nil
    }

    /// Writes all of `text`'s UTF-8 bytes to `fd`; see `writeAll(_:to:)`.
    public static func writeAll(_ text: String, to fd: Int32) -> Int32? {
        writeAll(Array(text.utf8), to: fd)
    }
}
