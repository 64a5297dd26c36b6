#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file so that readers see either the old content or the new, never a
/// part: a temporary file in the same folder, flushed, then renamed over.
public enum AtomicFile {
    /// Nil on success, or what went wrong.
    public static func write(_ text: String, to path: String, mode: mode_t = 0o644) -> String? {
        let folder = PathTools.directory(of: path)
        let temporary = PathTools.join(folder.isEmpty ? "." : folder, ".\(PathTools.lastComponent(path)).tmp.\(getpid())")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                return message
            }
            offset += n
        }
        bytes.removeAll()
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
