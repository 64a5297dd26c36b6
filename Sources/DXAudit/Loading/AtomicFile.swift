#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file so that readers see either the old content or the new, never a
/// part: a temporary file in the same folder, flushed, then renamed over.
public enum AtomicFile {
    /// Nil on success, or what went wrong.
    public static func write(_ text: String, to path: String, mode: mode_t = 0o644) -> String? {
        write(bytes: Array(text.utf8), to: path, mode: mode)
    }

    /// Nil on success, or what went wrong.
    public static func write(bytes: [UInt8], to path: String, mode: mode_t = 0o644) -> String? {
        let folder = ProjectPath.directory(of: path)
        let temporary = ProjectPath.join(
            folder.isEmpty ? "." : folder, ".\(ProjectPath.lastComponent(path)).tmp.\(getpid())")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        if let failure = Descriptor.writeAll(bytes, to: fd) {
            close(fd)
            unlink(temporary)
            return String(cString: strerror(failure))
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            return message
        }
        if rename(temporary, path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            return message
        }
        return nil
    }
}
