import DXYAML

/// Who exists: the units of `plans/units.yaml`, the groups that name sets of them,
/// and when each unit began, ended and who took over its duties.
public struct Registry: Sendable {
    public struct Unit: Sendable {
        public var id: String
        public var name: String
        public var short: String?
        public var kind: String
        public var email: String?
        /// First day the unit exists (nil: always did).
        public var since: CivilDate?
        /// Last day the unit exists (nil: still does).
        public var until: CivilDate?
        /// Who inherits its duties from the day after `until`.
        public var successor: String?
        /// The source text lost this unit's name; the registry infers it.
        public var inferred: Bool
        public var reason: String?
        public var location: Finding.Location
        /// Where `successor` is written, for findings about its value.
        public var successorLocation: Finding.Location?

        /// `Sở Y tế (so-y-te)`.
        public var label: String { "\(name) (\(id))" }

        public func exists(on date: CivilDate) -> Bool {
            if let since, date < since { return false }
            if let until, date > until { return false }
            return true
        }
    }

    /// A named set of units: every unit of one of `kinds` ("Các Sở, ban, ngành thành
    /// phố" is departments, the city office and the other city-level agencies).
    public struct Group: Sendable {
        public var id: String
        public var kinds: [String]
        public var location: Finding.Location

        public init(id: String, kinds: [String], location: Finding.Location) {
            self.id = id
            self.kinds = kinds
            self.location = location
        }
    }

    public static let kinds: Set<String> = [
        "department", "district", "commune", "office", "committee", "agency", "organisation", "media",
    ]

    public var path: String
    public var units: [String: Unit] = [:]
    /// Unit ids in file order.
    public var order: [String] = []
    public var groups: [String: Group] = [:]
    /// Unit ids by lower-cased `name` and `short`, for names written instead of ids;
    /// a name two units share maps to nobody.
    public var names: [String: String?] = [:]

    public init(path: String) {
        self.path = path
    }

    /// How a message names a unit: `Sở Y tế (so-y-te)`, or the bare id of a unit
    /// the registry does not know.
    public func label(of id: String) -> String { units[id]?.label ?? id }

    public func isKnown(_ id: String) -> Bool { units[id] != nil || groups[id] != nil }

    /// The unit or group id that `text` stands for: an id itself, or a unit's name or
    /// short name (`Sở Y tế`, `Sở TT&TT`), compared case-insensitively.
    public func resolve(_ text: String) -> String? {
        if isKnown(text) { return text }
        return names[text.lowercased()] ?? nil
    }

    /// Records a unit's name and short name for `resolve`.
    mutating func indexNames(of unit: Unit) {
        for name in [unit.name, unit.short].compactMap({ $0?.lowercased() }) {
            if let existing = names[name], existing != unit.id {
                names[name] = .some(nil)  // shared by two units: ambiguous
            } else {
                names[name] = unit.id
            }
        }
    }

    /// The unit that holds `id`'s duties on `date`: `id` itself while it exists,
    /// then its successor (and theirs). Nil when the line of succession ends, or
    /// before the unit began.
    public func holder(of id: String, on date: CivilDate) -> String? {
        var current = id
        var seen: Set<String> = []
        while let unit = units[current], seen.insert(current).inserted {
            if let since = unit.since, date < since { return nil }
            if let until = unit.until, date > until {
                guard let next = unit.successor else { return nil }
                current = next
                continue
            }
            return current
        }
        return nil
    }

    /// Units that a unit-or-group reference stands for on `date`, holders resolved.
    public func members(of ref: String, on date: CivilDate) -> [String] {
        if let group = groups[ref] {
            return order.filter { group.kinds.contains(units[$0]!.kind) && units[$0]!.exists(on: date) }
        }
        return holder(of: ref, on: date).map { [$0] } ?? []
    }

    /// Ids of units that handed their duties to `id` by `date`, directly or not.
    public func predecessors(of id: String, on date: CivilDate) -> [String] {
        order.filter { $0 != id && holder(of: $0, on: date) == id }
    }

    /// The known id closest to `id`, for "did you mean" hints.
    public func suggestion(for id: String) -> String? {
        Spelling.closest(to: id, among: order + groups.keys.sorted(), within: min(3, max(2, id.count / 4)))
    }
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
