/// One thing dxaudit has to say about a file: a rule, a severity, a message and
/// the place it is about. Rules make findings; reporters print them.
public struct Finding: Sendable, Hashable {
    public enum Severity: Int, Sendable, Hashable, Comparable, CaseIterable {
        case note = 0
        case warning = 1
        case error = 2

        public var name: String {
            switch self {
            case .note: return "note"
            case .warning: return "warning"
            case .error: return "error"
            }
        }

        public init?(name: String) {
            switch name {
            case "note": self = .note
            case "warning": self = .warning
            case "error": self = .error
            default: return nil
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// File, 1-based line and 1-based column.
    public struct Location: Sendable, Hashable, Comparable {
        public var path: String
        public var line: Int
        public var column: Int

        public init(path: String, line: Int = 1, column: Int = 1) {
            self.path = path
            self.line = max(1, line)
            self.column = max(1, column)
        }

        public static func < (lhs: Location, rhs: Location) -> Bool {
            (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
        }
    }

    /// The rule the finding is about, which its message names.
    public var rule: RuleID { message.rule }
    public var severity: Severity
    public var message: Message
    public var location: Location
    /// The source line the finding points into, for a caret under the column.
    public var sourceLine: String?
    /// The unit the finding is about, when it is about one (for mail and filters).
    public var unit: String?

    public init(
        _ message: Message, at location: Location,
        severity: Severity? = nil, sourceLine: String? = nil, unit: String? = nil
    ) {
        self.severity = severity ?? message.rule.defaultSeverity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.unit = unit
    }
}

extension Finding: Comparable {
    /// File order: path, line, column, then rule and message so that equal places
    /// still sort the same way on every run.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        if lhs.message == rhs.message { return false }
        return lhs.message.description < rhs.message.description
    }
}

extension Array where Element == Finding {
    /// The findings in file order, sorted by moving indices rather than whole
    /// findings; already sorted input (the usual case) is only checked.
    public func sortedByPlace() -> [Finding] {
        if isSortedByPlace { return self }
        // A report's few findings: ranking paths and rules would cost more than it saves.
        if count <= 32 { return sorted() }
        // Paths and rules ranked once, so that most comparisons are of integers.
        let paths = Set(map(\.location.path)).sorted()
        let pathRank = Dictionary(uniqueKeysWithValues: paths.enumerated().map { ($1, $0) })
        let ruleRank = Self.ruleRank
        let keys = map { finding in
            (
                pathRank[finding.location.path] ?? 0, finding.location.line, finding.location.column,
                ruleRank[finding.rule] ?? 0
            )
        }
        func before(_ a: Int, _ b: Int) -> Bool {
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return self[a] < self[b]
        }
        return indices.sorted(by: before).map { self[$0] }
    }

    /// Whether the findings are in file order already.
    var isSortedByPlace: Bool {
        indices.dropFirst().allSatisfy { !(self[$0] < self[$0 - 1]) }
    }

    private static let ruleRank = Dictionary(
        uniqueKeysWithValues: RuleID.allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, $0) })

    /// These findings and `others` in file order, as `(self + others).sortedByPlace()`
    /// would give them. When `self` is sorted already (a year's reports, each sorted
    /// on its own thread) `others` are merged into it in place, from the back: the
    /// findings are moved, never copied, and no second array is made.
    public consuming func mergedByPlace(with others: inout [Finding]) -> [Finding] {
        guard isSortedByPlace else { return (self + others).sortedByPlace() }
        var merged = self
        others.sort()
        var left = merged.count - 1  // the last of `self` not yet in place
        var right = others.count - 1  // the last of `others` not yet in place
        merged.append(contentsOf: others)  // room: every slot past `left` is free
        var slot = merged.count - 1  // the free slot to fill next
        while right >= 0 {
            // On a tie the finding of `self` comes first, as a stable sort keeps it.
            if left >= 0, others[right] < merged[left] {
                merged.swapAt(left, slot)
                left -= 1
            } else {
                merged[slot] = others[right]
                right -= 1
            }
            slot -= 1
        }
        others = []
        return merged
    }
}

extension Finding {
    /// `path:line:col: severity: message [rule-id]`, the text format's line.
    public var diagnostic: String { diagnostic(in: .english) }

    /// The text format's line in the words of `wording`.
    public func diagnostic(in wording: Wording) -> String {
        let place = "\(location.path):\(location.line):\(location.column)"
        return "\(place): \(wording.severity(severity)): \(wording.render(message)) [\(rule.rawValue)]"
    }
}
