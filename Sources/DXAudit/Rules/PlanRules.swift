import DXYAML

/// The rules that judge a plan as a whole once it is loaded.
enum PlanRules {
    static func check(_ plan: Plan, sourceLine: (String, Int) -> String?) -> [Finding] {
        var findings = MissingOwnerRule.check(plan) + SharedChairRule.check(plan) + DeadlineOrderRule.check(plan)
            + DoubtfulAssignmentRule.check(plan)
        for i in findings.indices {
            findings[i].sourceLine = sourceLine(findings[i].location.path, findings[i].location.line)
        }
        return findings
    }
}

/// `missing-owner`: every Part II task must be chaired or implemented by someone.
enum MissingOwnerRule {
    static func check(_ plan: Plan) -> [Finding] {
        let ownership = Ownership(plan: plan, on: nil)
        // Report the most general task that nobody touches: II.2 when neither it nor
        // any of its points has an owner, II.1.b alone when only II.1.b lacks one.
        return plan.tasks.compactMap { task in
            guard !ownership.isOwned(task.citation) else { return nil }
            let untouched = isUntouched(task.citation, plan, ownership)
            if !plan.children(of: task.citation).isEmpty, !untouched { return nil }
            if let parent = task.citation.parent, plan.task(parent) != nil, isUntouched(parent, plan, ownership) {
                return nil
            }
            return Finding(.missingOwner, Message.unowned(task), at: task.location)
        }
    }

    /// No unit chairs or implements the task, anything above it, or anything below it.
    static func isUntouched(_ citation: Citation, _ plan: Plan, _ ownership: Ownership) -> Bool {
        guard !ownership.isOwned(citation) else { return false }
        return !plan.tasks.contains { task in
            task.citation.isWithin(citation) && {
                let roles = ownership.roles[task.citation]
                return !(roles?.chairs.isEmpty ?? true) || !(roles?.implements.isEmpty ?? true)
            }()
        }
    }

    enum Message {
        static func unowned(_ task: Plan.Task) -> String {
            "no unit chairs or implements \(task.citation) (\(task.citation.vietnamese))"
        }
    }
}

/// `shared-chair`: one task, one chair.
enum SharedChairRule {
    static func check(_ plan: Plan) -> [Finding] {
        var first: [Citation: (unit: String, source: Citation?)] = [:]
        var findings: [Finding] = []
        for assignment in plan.assignments {
            for ref in assignment.chairs {
                for unit in assignment.units where plan.registry.units[unit.id] != nil {
                    if let previous = first[ref.citation] {
                        if previous.unit != unit.id {
                            findings.append(
                                Finding(
                                    .sharedChair,
                                    Message.shared(ref.citation, previous.unit, previous.source, unit.id, assignment.source),
                                    at: ref.location, unit: unit.id))
                        }
                    } else {
                        first[ref.citation] = (unit.id, assignment.source)
                    }
                }
            }
        }
        return findings
    }

    enum Message {
        static func shared(_ task: Citation, _ a: String, _ aSource: Citation?, _ b: String, _ bSource: Citation?) -> String {
            let aText = aSource.map { "\(a) (\($0))" } ?? a
            let bText = bSource.map { "\(b) (\($0))" } ?? b
            return "\(task) is chaired by two units: \(aText) and \(bText)"
        }
    }
}

/// `deadline-order`: a synthesis falls after what it synthesizes.
enum DeadlineOrderRule {
    static func check(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        for obligation in plan.reporting {
            guard let target = obligation.synthesizes.flatMap(plan.obligation) else { continue }
            let year = plan.header.years.lowerBound
            let synthesisDay = obligation.due.lastDay(in: year)
            let unitDay = target.due.lastDay(in: year)
            if synthesisDay <= unitDay {
                findings.append(
                    Finding(
                        .deadlineOrder,
                        "'\(obligation.id)' is due \(obligation.due.english(year: year)), not after the '\(target.id)' reports it synthesizes (\(target.due.english(year: year)))",
                        at: obligation.dueLocation ?? obligation.location))
            }
        }
        return findings
    }
}

/// `doubtful-assignment`: an assignment the plan marks `doubtful:`, shown once, at its
/// reason, so that nobody takes a likely slip of the document for settled fact.
enum DoubtfulAssignmentRule {
    static func check(_ plan: Plan) -> [Finding] {
        plan.assignments.compactMap { assignment in
            guard let doubtful = assignment.doubtful else { return nil }
            let who = assignment.units.map(\.id).joined(separator: ", ")
            let what = (assignment.chairs + assignment.implements).map(\.citation.description)
                .joined(separator: ", ")
            let source = assignment.source.map { "\($0): " } ?? ""
            return Finding(
                .doubtfulAssignment, "\(source)\(who) for \(what) is doubtful: \(doubtful.reason)",
                at: doubtful.location)
        }
    }

    /// Whether `unit` chairs `task` only through assignments marked doubtful (as of
    /// `date`, successors resolved): its `unreported-task` is then a note.
    static func chairsOnlyDoubtfully(_ unit: String, _ task: Citation, plan: Plan, on date: CivilDate?) -> Bool {
        var doubtful = false
        for assignment in plan.assignments where assignment.chairs.contains(where: { $0.citation == task }) {
            let holders = assignment.units.compactMap { ref -> String? in
                guard let date else { return ref.id }
                return plan.registry.holder(of: ref.id, on: date) ?? (plan.registry.groups[ref.id] != nil ? ref.id : nil)
            }
            let covers = holders.contains(unit) || assignment.units.contains { ref in
                plan.registry.groups[ref.id].map { group in
                    plan.registry.units[unit].map { group.kinds.contains($0.kind) } ?? false
                } ?? false
            }
            guard covers else { continue }
            if assignment.doubtful == nil { return false }
            doubtful = true
        }
        return doubtful
    }
}
