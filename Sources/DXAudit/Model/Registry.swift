import DXYAML
import Synchronization

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
        /// Who inherits its duties from the day after `until`: unit or group ids.
        /// Several successors (or a group) share the duties; each holds all of them.
        public var successors: [String] = []
        /// Where each of `successors` is written, for findings.
        public var successorLocations: [Finding.Location] = []
        /// Tasks whose duties move to another unit from a day on (a split of duties).
        public var transfers: [Transfer] = []
        /// The source text lost this unit's name; the registry infers it.
        public var inferred: Bool
        public var reason: String?
        public var location: Finding.Location

        public func exists(on date: CivilDate) -> Bool {
            if let since, date < since { return false }
            if let until, date > until { return false }
            return true
        }
    }

    /// `transfers: [{tasks: II.4.d, to: so-gddt, since: 2025-03-01}]`: from `since`
    /// the unit's duties in `tasks` (and their sub-items) are held by `to` instead.
    public struct Transfer: Sendable {
        public var tasks: [Citation]
        public var to: String
        public var since: CivilDate
        public var location: Finding.Location
    }

    /// A named set of units: every unit of one of `kinds` — from `since` on, when
    /// given. ("Các Sở, ban, ngành thành phố" is departments, the city office and the
    /// other city-level agencies.)
    public struct Group: Sendable {
        public var id: String
        public var kinds: [String]
        /// First day the group's members count (nil: always).
        public var since: CivilDate?
        public var location: Finding.Location

        public init(id: String, kinds: [String], since: CivilDate? = nil, location: Finding.Location) {
            self.id = id
            self.kinds = kinds
            self.since = since
            self.location = location
        }

        public func counts(on date: CivilDate) -> Bool { since.map { date >= $0 } ?? true }
    }

    public static let kinds: Set<String> = [
        "department", "district", "commune", "office", "committee", "agency", "organisation", "media",
    ]

    public var path: String
    public var units: [String: Unit] = [:] {
        didSet { indexes = Indexes() }
    }
    /// Unit ids in file order.
    public var order: [String] = [] {
        didSet { indexes = Indexes() }
    }
    public var groups: [String: Group] = [:]
    /// Unit ids by name, and units' places in the file.
    private var indexes = Indexes()

    public init(path: String) {
        self.path = path
    }

    public func isKnown(_ id: String) -> Bool { units[id] != nil || groups[id] != nil }

    /// The unit or group id that `text` stands for: an id itself, or a unit's name or
    /// short name (`Sở Y tế`, `Sở TT&TT`), compared case-insensitively.
    public func resolve(_ text: String) -> String? {
        if isKnown(text) { return text }
        return indexes.id(named: text.lowercased(), in: self)
    }

    /// Tables made from the units the first time they are wanted, as a national
    /// registry has tens of thousands: unit ids by lower-cased `name` and `short`
    /// (most files name every unit by its id and never need it), and each unit's
    /// place in the file. Copies of a registry share them; one that changes its
    /// units gets new ones.
    final class Indexes: Sendable {
        private let names = Mutex<[String: String?]?>(nil)
        private let places = Mutex<[String: Int]?>(nil)

        /// The unit a name stands for; a name two units share maps to nobody.
        func id(named name: String, in registry: Registry) -> String? {
            names.withLock { table in
                if table == nil { table = Self.names(of: registry) }
                return table?[name] ?? nil
            }
        }

        /// Each unit's index in `order`.
        func places(in registry: Registry) -> [String: Int] {
            places.withLock { table in
                if let table { return table }
                let made = Dictionary(
                    registry.order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                table = made
                return made
            }
        }

        static func names(of registry: Registry) -> [String: String?] {
            var table: [String: String?] = [:]
            table.reserveCapacity(2 * registry.order.count)
            for id in registry.order {
                guard let unit = registry.units[id] else { continue }
                for name in [unit.name, unit.short].compactMap({ $0?.lowercased() }) {
                    if let existing = table[name], existing != unit.id {
                        table[name] = .some(nil)  // shared by two units: ambiguous
                    } else {
                        table[name] = unit.id
                    }
                }
            }
            return table
        }
    }

    /// The units and groups that hold `id`'s duties on `date`: `id` itself while it
    /// exists, then its successors (and theirs). Empty when the line of succession
    /// ends, or before the unit began. A group is returned as itself.
    public func holders(of id: String, on date: CivilDate, task: Citation? = nil) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        func visit(_ current: String) {
            guard seen.insert(current).inserted else { return }
            if groups[current] != nil {
                result.append(current)
                return
            }
            guard let unit = units[current] else { return }
            if let task,
                let moved = unit.transfers.first(where: { t in
                    t.since <= date && t.tasks.contains { task.isWithin($0) }
                })
            {
                visit(moved.to)
                return
            }
            if let since = unit.since, date < since { return }
            if let until = unit.until, date > until {
                unit.successors.forEach(visit)
                return
            }
            result.append(current)
        }
        visit(id)
        return result
    }

    /// The one unit that holds `id`'s duties on `date`, when exactly one does.
    public func holder(of id: String, on date: CivilDate) -> String? {
        let all = holders(of: id, on: date)
        guard all.count == 1, units[all[0]] != nil else { return nil }
        return all[0]
    }

    /// Units that a unit-or-group reference stands for on `date`, holders resolved.
    /// A group stands for its units that exist that day (once it counts), and for
    /// whoever holds the duties of its units that have ended.
    public func members(of ref: String, on date: CivilDate) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        var seenGroups: Set<String> = []
        // A group's members are found in file order; successors, or a second
        // group, may come out of it.
        var outOfOrder = false
        func add(_ ref: String) {
            if let group = groups[ref] {
                guard seenGroups.insert(ref).inserted else { return }
                if !result.isEmpty { outOfOrder = true }
                for id in order {
                    guard let unit = units[id], group.kinds.contains(unit.kind) else { continue }
                    if unit.exists(on: date) {
                        if group.counts(on: date), seen.insert(id).inserted { result.append(id) }
                    } else if let until = unit.until, date > until {
                        outOfOrder = true
                        holders(of: id, on: date).forEach(add)
                    }
                }
                return
            }
            for holder in holders(of: ref, on: date) {
                if groups[holder] != nil {
                    add(holder)
                } else if seen.insert(holder).inserted {
                    if !result.isEmpty { outOfOrder = true }
                    result.append(holder)
                }
            }
        }
        add(ref)
        // In file order.
        guard outOfOrder, result.count > 1 else { return result }
        let places = indexes.places(in: self)
        let placed = result.map { (place: places[$0] ?? Int.max, id: $0) }
        if zip(placed, placed.dropFirst()).allSatisfy({ $0.place < $1.place }) { return result }
        return placed.sorted { $0.place < $1.place }.map(\.id)
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
