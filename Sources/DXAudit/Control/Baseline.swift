import DXYAML

/// Findings accepted as they are today, so that a run reports only new ones
/// (`--write-baseline FILE`, then `--baseline FILE`).
///
/// Each entry is matched by rule, file and a fingerprint that does not contain
/// the line or column: edits elsewhere in a file move a finding without making
/// it new. The fingerprint hashes the rule, the path, the message with its
/// numbers masked (counters such as "13 days overdue" change from day to day)
/// and the trimmed text of the finding's source line. An entry hides one
/// finding: a fingerprint recorded twice hides two.
public struct Baseline: Sendable {
    public static let formatVersion = 1

    public struct Entry: Sendable, Hashable {
        public var rule: String
        /// Relative to the baseline file's folder.
        public var path: String
        public var fingerprint: String
        /// For people reading the file; not used to match.
        public var line: Int
        public var message: String

        public init(rule: String, path: String, fingerprint: String, line: Int, message: String) {
            self.rule = rule
            self.path = path
            self.fingerprint = fingerprint
            self.line = line
            self.message = message
        }

        /// What a finding must share with the entry to be hidden by it.
        public var key: Key { Key(rule: rule, path: path, fingerprint: fingerprint) }
    }

    public struct Key: Sendable, Hashable {
        public var rule: String
        public var path: String
        public var fingerprint: String
    }

    public typealias Failure = WrittenDocumentFailure

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// How many findings each key may hide.
    public var counts: [Key: Int] {
        var counts: [Key: Int] = [:]
        for entry in entries { counts[entry.key, default: 0] += 1 }
        return counts
    }

    /// The fingerprint of a finding whose path is `path` (relative to the
    /// baseline's folder) and whose source line reads `sourceLine`.
    public static func fingerprint(rule: RuleID, path: String, message: String, sourceLine: String) -> String {
        let text = [rule.rawValue, path, maskingNumbers(message), String(sourceLine.trimmingWhitespace)]
            .joined(separator: "\u{0}")
        return StableHash.hex(text)
    }

    /// The message with every run of digits replaced by `#`.
    static func maskingNumbers(_ message: String) -> String {
        var out = ""
        var inNumber = false
        for scalar in message.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                if !inNumber { out += "#" }
                inNumber = true
            } else {
                out.unicodeScalars.append(scalar)
                inNumber = false
            }
        }
        return out
    }

    /// The file's text: JSON, entries sorted by path, line and rule.
    public func rendered() -> String {
        let sorted = entries.sorted {
            ($0.path, $0.line, $0.rule, $0.fingerprint) < ($1.path, $1.line, $1.rule, $1.fingerprint)
        }
        let document: JSONValue = .object([
            ("version", .int(Self.formatVersion)),
            ("tool", .string("dxaudit")),
            (
                "findings",
                .array(
                    sorted.map { entry in
                        .object([
                            ("rule", .string(entry.rule)),
                            ("path", .string(entry.path)),
                            ("fingerprint", .string(entry.fingerprint)),
                            ("line", .int(entry.line)),
                            ("message", .string(entry.message)),
                        ])
                    })
            ),
        ])
        return document.rendered() + "\n"
    }

    /// Reads a baseline file. JSON is YAML, so the project's YAML layer reads it.
    public static func load(_ path: String, limits: Limits = .default) -> Result<Baseline, Failure> {
        func failure(_ node: Node?, _ reason: Failure.Reason) -> Result<Baseline, Failure> {
            .failure(Failure(kind: .baseline, path: path, mark: node?.mark ?? .start, reason: reason))
        }
        let root: Node
        switch WrittenDocument.root(of: path, limits: limits) {
        case .success(let node): root = node
        case .failure(.unreadable(let error)):
            return .failure(Failure(kind: .baseline, path: path, mark: nil, reason: .unreadable(error)))
        case .failure(.malformed(let reason)): return failure(nil, reason)
        }
        guard root.mapping != nil, let version = root["version"] else { return failure(root, .missing("version")) }
        guard (try? version.integer()) == formatVersion else {
            return failure(version, .wrongVersion(found: version.scalar?.value, reads: formatVersion))
        }
        guard let list = root["findings"]?.sequence else { return failure(root, .missingList("findings")) }
        var baseline = Baseline()
        for item in list {
            do {
                guard let rule = try item["rule"]?.string(), let path = try item["path"]?.string(),
                    let fingerprint = try item["fingerprint"]?.string()
                else { return failure(item, .incompleteEntry(["rule", "path", "fingerprint"])) }
                let line = try item["line"]?.integer() ?? 0
                let message = try item["message"]?.string() ?? ""
                baseline.entries.append(
                    Entry(rule: rule, path: path, fingerprint: fingerprint, line: line, message: message))
            } catch let error as YAMLError {
                return failure(item, .yaml(error))
            } catch {
                return failure(item, .other("\(error)"))
            }
        }
        return .success(baseline)
    }
}
