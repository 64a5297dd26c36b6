import DXYAML

/// Who chairs, implements and coordinates each task, either as written in the plan
/// (`on: nil`) or as it stands on a given day, with groups expanded and ended
/// units replaced by their successors.
public struct Ownership: Sendable {
    public struct Roles: Sendable {
        /// chủ trì
        public var chairs: [String] = []
        /// tổ chức thực hiện
        public var implements: [String] = []
        /// phối hợp
        public var coordinators: [String] = []

        public init() {}
    }

    public let plan: Plan
    public let date: CivilDate?
    /// Direct roles per task, units in first-mention order.
    public private(set) var roles: [Citation: Roles] = [:]

    public init(plan: Plan, on date: CivilDate?) {
        self.plan = plan
        self.date = date
        for assignment in plan.assignments {
            let units = assignment.units.flatMap { expand($0.id) }
            let coordinators = assignment.coordinators.flatMap { expand($0.id) }
            for ref in assignment.chairs {
                add(units, to: ref.citation, \.chairs)
                add(coordinators, to: ref.citation, \.coordinators)
            }
            for ref in assignment.implements {
                add(units, to: ref.citation, \.implements)
                add(coordinators, to: ref.citation, \.coordinators)
            }
        }
    }

    private func expand(_ id: String) -> [String] {
        guard let date else { return [id] }
        return plan.registry.members(of: id, on: date)
    }

    private mutating func add(_ units: [String], to citation: Citation, _ role: WritableKeyPath<Roles, [String]>) {
        var entry = roles[citation] ?? Roles()
        for unit in units where !entry[keyPath: role].contains(unit) {
            entry[keyPath: role].append(unit)
        }
        roles[citation] = entry
    }

    /// Owned: chaired or implemented itself, through a parent, or through all its children.
    public func isOwned(_ citation: Citation) -> Bool {
        var current: Citation? = citation
        while let c = current {
            if let r = roles[c], !r.chairs.isEmpty || !r.implements.isEmpty { return true }
            current = c.parent
        }
        let children = plan.children(of: citation)
        return !children.isEmpty && children.allSatisfy { isOwnedDownward($0.citation) }
    }

    private func isOwnedDownward(_ citation: Citation) -> Bool {
        if let r = roles[citation], !r.chairs.isEmpty || !r.implements.isEmpty { return true }
        let children = plan.children(of: citation)
        return !children.isEmpty && children.allSatisfy { isOwnedDownward($0.citation) }
    }

    /// Roles that reach `citation` from it and its ancestors.
    public func effectiveRoles(_ citation: Citation) -> Roles {
        var result = Roles()
        var current: Citation? = citation
        while let c = current {
            if let r = roles[c] {
                for u in r.chairs where !result.chairs.contains(u) { result.chairs.append(u) }
                for u in r.implements where !result.implements.contains(u) { result.implements.append(u) }
                for u in r.coordinators where !result.coordinators.contains(u) { result.coordinators.append(u) }
            }
            current = c.parent
        }
        return result
    }

    /// Tasks `unit` chairs directly (after succession), in document order.
    public func chairedTasks(of unit: String) -> [Citation] {
        plan.tasks.map(\.citation).filter { roles[$0]?.chairs.contains(unit) == true }
    }

    /// Tasks `unit` chairs or implements directly, in document order.
    public func ownedTasks(of unit: String) -> [Citation] {
        plan.tasks.map(\.citation).filter {
            guard let r = roles[$0] else { return false }
            return r.chairs.contains(unit) || r.implements.contains(unit)
        }
    }

    /// Whether `unit` has any role in `citation`, its ancestors or its descendants.
    public func isInvolved(_ unit: String, in citation: Citation) -> Bool {
        for (task, r) in roles where task.isWithin(citation) || citation.isWithin(task) {
            if r.chairs.contains(unit) || r.implements.contains(unit) || r.coordinators.contains(unit) { return true }
        }
        return false
    }
}
