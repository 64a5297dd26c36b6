import DXYAML

/// Who chairs, implements and coordinates each task, either as written in the plan
/// (`on: nil`) or as it stands on a given day, with ended units replaced by their
/// successors and groups standing for the units of their kind that exist that day.
///
/// Groups are kept as groups, not expanded: a national plan has tens of thousands of
/// departments, and "does unit U implement task T" must stay a constant-time question.
public struct Ownership: Sendable {
    /// The units and groups holding one role in one task, in first-mention order.
    public struct Roles: Sendable {
        /// chủ trì: unit or group ids
        public var chairs: [String] = []
        /// tổ chức thực hiện
        public var implements: [String] = []
        /// phối hợp
        public var coordinators: [String] = []

        fileprivate var chairMembers = Members()
        fileprivate var implementMembers = Members()
        fileprivate var coordinatorMembers = Members()

        public init() {}

        var isOwned: Bool { !chairs.isEmpty || !implements.isEmpty }
    }

    /// Units named directly, and kinds named through groups.
    fileprivate struct Members: Sendable {
        var units: Set<String> = []
        var kinds: Set<String> = []

        func contains(_ unit: String, kind: String?) -> Bool {
            units.contains(unit) || (kind.map { kinds.contains($0) } ?? false)
        }
    }

    enum Role { case chair, implementer, coordinator }

    /// A unit or group the plan gives tasks to that stands for nobody on `date`.
    public struct Vanished: Sendable {
        public var ref: String
        public var location: Finding.Location
        public var tasks: [Citation]
    }

    public let plan: Plan
    public let date: CivilDate?
    /// Plan references whose duties nobody holds on `date`, in plan order.
    public private(set) var vanished: [Vanished] = []
    /// Direct roles per task.
    public private(set) var roles: [Citation: Roles] = [:]
    /// Roles per task index of `plan.tasks`, and each task's descendants.
    private var taskRoles: [Roles?] = []
    private var descendants: [[Int]] = []

    public init(plan: Plan, on date: CivilDate?) {
        self.plan = plan
        self.date = date
        let registry = plan.registry
        // Kinds that have at least one unit on `date`: a group of none owns nothing.
        var livingKinds: Set<String> = []
        for unit in registry.units.values where date.map(unit.exists(on:)) ?? true {
            livingKinds.insert(unit.kind)
        }
        var groupCache: [String: [(id: String, kind: String?)]] = [:]
        // What a reference stands for on `date`: units, and groups kept as kinds;
        // a group also stands for whoever holds its ended members' duties.
        func resolve(_ id: String, _ seen: inout Set<String>, task: Citation? = nil) -> [(id: String, kind: String?)] {
            guard seen.insert(id).inserted else { return [] }
            if let group = registry.groups[id] {
                let living = group.kinds.filter(livingKinds.contains)
                guard let date else { return living.map { (id, $0) } }
                if let cached = groupCache[id] { return cached }
                var result: [(id: String, kind: String?)] = []
                if group.counts(on: date) { result += living.map { (id, $0) } }
                for unitID in registry.order {
                    let unit = registry.units[unitID]!
                    guard group.kinds.contains(unit.kind), let until = unit.until, date > until else { continue }
                    for holder in registry.holders(of: unitID, on: date) {
                        for r in resolve(holder, &seen) where !result.contains(where: { $0.id == r.id }) {
                            result.append(r)
                        }
                    }
                }
                groupCache[id] = result
                return result
            }
            guard let date else { return [(id, nil)] }
            var result: [(id: String, kind: String?)] = []
            for holder in registry.holders(of: id, on: date, task: task) {
                if registry.groups[holder] != nil {
                    result += resolve(holder, &seen)
                } else {
                    result.append((holder, nil))
                }
            }
            return result
        }
        func resolve(_ id: String, task: Citation? = nil) -> [(id: String, kind: String?)] {
            var seen: Set<String> = []
            return resolve(id, &seen, task: task)
        }
        for assignment in plan.assignments {
            var units: [(id: String, kind: String?)] = []
            for ref in assignment.units {
                let held = resolve(ref.id)
                if held.isEmpty, !(assignment.chairs.isEmpty && assignment.implements.isEmpty) {
                    vanished.append(
                        Vanished(
                            ref: ref.id, location: ref.location,
                            tasks: (assignment.chairs + assignment.implements).map(\.citation)))
                }
                units += held
            }
            let coordinators = assignment.coordinators.flatMap { resolve($0.id) }
            // Per-task transfers (`transfers:` in the registry) move single tasks.
            let moves = date != nil && assignment.units.contains { !(registry.units[$0.id]?.transfers.isEmpty ?? true) }
            func owners(of task: Citation) -> [(id: String, kind: String?)] {
                moves ? assignment.units.flatMap { resolve($0.id, task: task) } : units
            }
            for ref in assignment.chairs {
                roles[ref.citation, default: Roles()].add(owners(of: ref.citation), .chair)
                roles[ref.citation, default: Roles()].add(coordinators, .coordinator)
            }
            for ref in assignment.implements {
                roles[ref.citation, default: Roles()].add(owners(of: ref.citation), .implementer)
                roles[ref.citation, default: Roles()].add(coordinators, .coordinator)
            }
        }
        taskRoles = plan.tasks.map { roles[$0.citation] }
        descendants = Array(repeating: [], count: plan.tasks.count)
        for (index, task) in plan.tasks.enumerated() {
            var parent = task.citation.parent
            while let p = parent {
                if let i = plan.taskIndex[p] { descendants[i].append(index) }
                parent = p.parent
            }
        }
    }

    private func kind(of unit: String) -> String? { plan.registry.units[unit]?.kind }

    /// Owned: chaired or implemented itself, through a parent, or through all its children.
    public func isOwned(_ citation: Citation) -> Bool {
        var current: Citation? = citation
        while let c = current {
            if roles[c]?.isOwned == true { return true }
            current = c.parent
        }
        return isOwnedDownward(citation)
    }

    private func isOwnedDownward(_ citation: Citation) -> Bool {
        if roles[citation]?.isOwned == true { return true }
        let children = plan.children(of: citation)
        return !children.isEmpty && children.allSatisfy { isOwnedDownward($0.citation) }
    }

    /// Whether `unit` chairs `citation` directly.
    public func chairs(_ unit: String, _ citation: Citation) -> Bool {
        roles[citation]?.chairMembers.contains(unit, kind: kind(of: unit)) ?? false
    }

    /// Whether `unit` implements `citation` directly.
    public func implements(_ unit: String, _ citation: Citation) -> Bool {
        roles[citation]?.implementMembers.contains(unit, kind: kind(of: unit)) ?? false
    }

    /// Tasks `unit` chairs directly (after succession), in document order.
    public func chairedTasks(of unit: String) -> [Citation] {
        let kind = kind(of: unit)
        return plan.tasks.indices.compactMap { i in
            taskRoles[i]?.chairMembers.contains(unit, kind: kind) == true ? plan.tasks[i].citation : nil
        }
    }

    /// Tasks `unit` chairs or implements directly, in document order.
    public func ownedTasks(of unit: String) -> [Citation] {
        let kind = kind(of: unit)
        return plan.tasks.indices.compactMap { i in
            guard let r = taskRoles[i] else { return nil }
            let owns = r.chairMembers.contains(unit, kind: kind) || r.implementMembers.contains(unit, kind: kind)
            return owns ? plan.tasks[i].citation : nil
        }
    }

    /// Whether `unit` has any role in `citation`, its ancestors or its descendants.
    public func isInvolved(_ unit: String, in citation: Citation) -> Bool {
        let kind = kind(of: unit)
        func involved(_ r: Roles?) -> Bool {
            guard let r else { return false }
            return r.chairMembers.contains(unit, kind: kind) || r.implementMembers.contains(unit, kind: kind)
                || r.coordinatorMembers.contains(unit, kind: kind)
        }
        var current: Citation? = citation
        while let c = current {
            if involved(roles[c]) { return true }
            current = c.parent
        }
        guard let index = plan.taskIndex[citation] else { return false }
        return descendants[index].contains { involved(taskRoles[$0]) }
    }
}

extension Ownership.Roles {
    fileprivate mutating func add(_ members: [(id: String, kind: String?)], _ role: Ownership.Role) {
        for member in members {
            switch role {
            case .chair:
                if !chairs.contains(member.id) { chairs.append(member.id) }
                if let kind = member.kind {
                    chairMembers.kinds.insert(kind)
                } else {
                    chairMembers.units.insert(member.id)
                }
            case .implementer:
                if !implements.contains(member.id) { implements.append(member.id) }
                if let kind = member.kind {
                    implementMembers.kinds.insert(kind)
                } else {
                    implementMembers.units.insert(member.id)
                }
            case .coordinator:
                if !coordinators.contains(member.id) { coordinators.append(member.id) }
                if let kind = member.kind {
                    coordinatorMembers.kinds.insert(kind)
                } else {
                    coordinatorMembers.units.insert(member.id)
                }
            }
        }
    }
}
