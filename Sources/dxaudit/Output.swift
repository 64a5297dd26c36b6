import DXAudit

#if canImport(Glibc)
    import Glibc
#endif

/// Writes to stdout and stderr without buffering surprises between the two.
enum Output {
    static func out(_ text: String) { write(1, text) }
    static func err(_ text: String) { write(2, text) }

    /// What cannot be written (a closed pipe, a full disk) is dropped: there is
    /// nowhere left to say so.
    static func write(_ fd: Int32, _ text: String) {
        _ = Descriptor.writeAll(text, to: fd)
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

extension String {
    /// Pads with spaces to `width` characters.
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
