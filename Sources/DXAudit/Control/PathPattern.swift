/// A glob from the `ignore:` list of `.dxaudit.yaml`, matched against paths
/// relative to the folder of that file, the way `.gitignore` patterns are:
///
/// - `*` matches any characters but `/`, `?` one character, `[abc]`, `[a-z]` and
///   `[!abc]` one of (or none of) a set;
/// - `**` as a whole component matches any number of folders;
/// - a pattern without `/` matches a file or folder name at any depth;
/// - a pattern that matches a folder matches everything below it.
public struct PathPattern: Sendable, Hashable {
    public let text: String
    let components: [String]

    public init(_ text: String) {
        self.text = text
        var trimmed = Substring(text)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let anchored = trimmed.contains("/")
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        var parts = trimmed.split(separator: "/").map(String.init)
        if !anchored { parts.insert("**", at: 0) }
        components = parts
    }

    /// Whether `path` (relative, `/`-separated, normalized) or a folder above it
    /// matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.isEmpty, parts.first != ".." else { return false }
        return (1...parts.count).contains { Self.match(components[...], parts[..<$0]) }
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            return (0...path.count).contains { match(rest, path.dropFirst($0)) }
        }
        guard let name = path.first, matchName(Array(head), Array(name)) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// One component against one name: `*`, `?` and `[…]`.
    static func matchName(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0
        var n = 0
        var star: (p: Int, n: Int)? = nil
        while n < name.count {
            if p < pattern.count {
                switch pattern[p] {
                case "*":
                    star = (p, n)
                    p += 1
                    continue
                case "?":
                    p += 1
                    n += 1
                    continue
                case "[":
                    if let (matched, end) = matchClass(pattern, from: p, name[n]) {
                        if matched {
                            p = end
                            n += 1
                            continue
                        }
                    } else if name[n] == "[" {
                        p += 1
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard let last = star else { return false }
            star = (last.p, last.n + 1)
            p = last.p + 1
            n = last.n + 1
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// A `[…]` set at `start`: whether `c` is in it and the index after `]`; nil
    /// when the bracket is not closed (then it is a literal `[`).
    private static func matchClass(_ pattern: [Character], from start: Int, _ c: Character) -> (Bool, Int)? {
        var i = start + 1
        var negated = false
        if i < pattern.count, pattern[i] == "!" || pattern[i] == "^" {
            negated = true
            i += 1
        }
        var matched = false
        var first = true
        while i < pattern.count {
            let x = pattern[i]
            if x == "]", !first { return (matched != negated, i + 1) }
            first = false
            if i + 2 < pattern.count, pattern[i + 1] == "-", pattern[i + 2] != "]" {
                if x <= c, c <= pattern[i + 2] { matched = true }
                i += 3
            } else {
                if x == c { matched = true }
                i += 1
            }
        }
        return nil
    }
}
