#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and standard error, written without buffering so that the two
/// never interleave by surprise.
public enum Console {
    /// Writes a command's messages, then its output; returns its exit status.
    public static func write(_ result: CommandResult) -> Int32 {
        write(2, result.standardError)
        var sink = OutputSink.descriptor(1)
        result.writeOutput(to: &sink)
        Trace.phase("output written")
        return result.status
    }

    /// Writes the message of a failure of dxaudit itself.
    public static func report(_ error: DXAuditError, in language: Wording.Language = .english) {
        write(2, error.rendered(in: language))
    }

    /// Writes all of `text` to a file descriptor, retrying after interrupts; a
    /// closed pipe ends the writing quietly.
    public static func write(_ fd: Int32, _ text: String) {
        guard !text.isEmpty else { return }
        _ = Descriptor.writeAll(text, to: fd)
    }

    /// Whether a file descriptor is a terminal (`--color auto`).
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// An environment variable of the process.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
