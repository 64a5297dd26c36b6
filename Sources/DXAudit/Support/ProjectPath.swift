#if canImport(Glibc)
    import Glibc
#endif

/// Paths as strings, the one place that takes them apart and puts them together.
///
/// Lexical arithmetic first (no file system access, symbolic links not followed),
/// so that `reports/2024/a.yaml`, `./reports/2024/a.yaml` and an absolute path to
/// the same file compare equal, and paths can be written relative to the folder of
/// a configuration or baseline file. `resolve`, `directory`, `lastComponent` and
/// `join` keep a path as the user wrote it, for messages. Then the few questions
/// dxaudit asks the file system about a path.
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

    /// `name` relative to the folder of `file`, unless it is absolute.
    public static func resolve(_ name: String, relativeTo file: String) -> String {
        if name.hasPrefix("/") { return name }
        let folder = directory(of: file)
        return folder.isEmpty ? name : "\(folder)/\(name)"
    }

    /// The folder part of `path`: empty for a bare name, `/` for a name in the root.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The name after the last `/`, a trailing `/` aside.
    public static func lastComponent(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// `name` inside `folder`, with one `/` between them.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : "\(folder)/\(name)"
    }
}

extension ProjectPath {
    /// Whether `path` is a folder, following symbolic links.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` is a regular file, following symbolic links.
    public static func isReadableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Whether anything is at `path`, a dangling symbolic link included.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Entries of a folder, sorted by name; nil when it cannot be read.
    public static func list(_ folder: String) -> [String]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
