/// A reference to a place in the plan: `II.1.b.2` is mục (2) điểm b khoản 1 phần II.
///
/// Part II (tasks) and Part IV (assignments) take a clause, a point letter and an
/// item number; Part I (targets) takes a section, a point letter and a bullet number.
public struct Citation: Sendable, Hashable {
    // Parts are named by their Roman numerals, as the plan numbers them.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    public enum Part: Int, Sendable, Hashable, CaseIterable {
        case I = 1
        case II = 2
        case III = 3
        case IV = 4

        public var roman: String {
            switch self {
            case .I: return "I"
            case .II: return "II"
            case .III: return "III"
            case .IV: return "IV"
            }
        }
    }

    public var part: Part
    /// khoản (clause) or, in Part I, section.
    public var clause: Int?
    /// điểm (point), a lower-case letter of `Citation.letters`.
    public var point: String?
    /// mục (item) `(n)`, or a Part I bullet.
    public var item: Int?

    public init(part: Part, clause: Int? = nil, point: String? = nil, item: Int? = nil) {
        self.part = part
        self.clause = clause
        self.point = point
        self.item = item
    }

    /// Point letters in the order the document uses them (Vietnamese alphabet with
    /// đ after d; f, j, w, z appear in the document although drafting rules omit them).
    public static let letters = [
        "a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
        "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
    ]

    /// Letters the Vietnamese alphabet, and so Vietnamese point numbering, does not have.
    public static let nonstandardLetters: Set<String> = ["f", "j", "w", "z"]

    /// `II.1.b.2`.
    public var canonical: String {
        var text = part.roman
        if let clause { text += ".\(clause)" }
        if let point { text += ".\(point)" }
        if let item { text += ".\(item)" }
        return text
    }

    /// `mục (2) điểm b khoản 1 phần II`, the document's own wording.
    public var vietnamese: String {
        var words: [String] = []
        if let item { words.append(part == .I ? "gạch đầu dòng \(item)" : "mục (\(item))") }
        if let point { words.append("điểm \(point)") }
        if let clause { words.append("khoản \(clause)") }
        words.append("phần \(part.roman)")
        return words.joined(separator: " ")
    }

    /// The citation one level up (`II.1.b.2` → `II.1.b` → `II.1`), or nil at a clause.
    public var parent: Citation? {
        if item != nil { return Citation(part: part, clause: clause, point: point) }
        if point != nil { return Citation(part: part, clause: clause) }
        return nil
    }

    /// Whether `self` is `other` or lies inside it.
    public func isWithin(_ other: Citation) -> Bool {
        var current: Citation? = self
        while let c = current {
            if c == other { return true }
            current = c.parent
        }
        return false
    }

    /// How deep the citation goes: 1 clause, 2 point, 3 item.
    public var depth: Int { item != nil ? 3 : point != nil ? 2 : clause != nil ? 1 : 0 }
}

extension Citation: Comparable {
    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        func key(_ c: Citation) -> [Int] {
            [
                c.part.rawValue, c.clause ?? -1,
                c.point.flatMap { Citation.letters.firstIndex(of: $0) } ?? -1, c.item ?? -1,
            ]
        }
        return key(lhs).lexicographicallyPrecedes(key(rhs))
    }
}

extension Citation: CustomStringConvertible {
    public var description: String { canonical }
}
