/// Lexical path arithmetic (no file system access, symbolic links not followed),
/// so that `reports/2024/a.yaml`, `./reports/2024/a.yaml` and an absolute path to
/// the same file compare equal, and paths can be written relative to the folder of
/// a configuration or baseline file.
public enum ProjectPath {
    /// `path` made absolute against `directory` (itself absolute) and normalized.
    public static func absolute(_ path: String, from directory: String) -> String {
        normalize(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    /// Without `.`, empty components and `name/..` pairs; keeps a leading `/`.
    public static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", isAbsolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `path` relative to `base`, both absolute and normalized: `a/b.yaml`,
    /// `../x.yaml`, or `.` for the base itself.
    public static func relative(_ path: String, to base: String) -> String {
        let from = base.split(separator: "/")
        let to = path.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let down = to[common...].map(String.init)
        let parts = up + down
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// A path for output that names files relative to the working directory: an
    /// absolute path below `workingDirectory` loses that prefix; others stay as given
    /// (only normalized away from a leading `./`).
    public static func display(_ path: String, workingDirectory: String?) -> String {
        if path.hasPrefix("/") {
            guard let workingDirectory else { return path }
            let base = normalize(workingDirectory)
            let normalized = normalize(path)
            let prefix = base == "/" ? "/" : base + "/"
            return normalized.hasPrefix(prefix) ? String(normalized.dropFirst(prefix.count)) : path
        }
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        return String(trimmed)
    }
}
