import DXYAML

/// `year-mismatch`: a report's year is not its folder's.
enum YearMismatchRule {
    static func finding(_ report: Report, folderYear: Int, registry: Registry) -> Finding? {
        guard report.year != folderYear else { return nil }
        return Finding(
            .yearMismatch, "\(registry.label(of: report.unit)): the report says year \(report.year), but it is in the \(folderYear) folder",
            at: report.yearLocation, unit: report.unit)
    }
}

/// `future-date`: sent after today (or `--as-of`).
enum FutureDateRule {
    static func finding(_ report: Report, asOf: CivilDate, registry: Registry) -> Finding? {
        guard report.submitted > asOf else { return nil }
        return Finding(
            .futureDate, "\(registry.label(of: report.unit)) sent \(report.submitted), after today (\(asOf))", at: report.submittedLocation,
            unit: report.unit)
    }
}

/// `unknown-obligation`: an obligation the unit does not owe that year, or none named
/// where the unit owes several.
enum UnknownObligationRule {
    static func notOwed(_ report: Report, _ id: String, why: String, registry: Registry) -> Finding {
        Finding(
            .unknownObligation, "\(registry.label(of: report.unit)) owes no \(id) report for \(report.year)\(why)",
            at: report.obligationLocation ?? report.unitLocation, unit: report.unit)
    }

    static func owesNothing(_ report: Report, registry: Registry) -> Finding {
        Finding(
            .unknownObligation, "\(registry.label(of: report.unit)) owes no report for \(report.year)", at: report.unitLocation,
            unit: report.unit)
    }

    static func ambiguous(_ report: Report, owes: [Plan.Obligation], registry: Registry) -> Finding {
        let ids = owes.map(\.id).joined(separator: ", ")
        return Finding(
            .unknownObligation,
            "\(registry.label(of: report.unit)) owes \(owes.count) kinds of report in \(report.year) (\(ids)); say which with 'obligation:'",
            at: report.unitLocation, unit: report.unit)
    }
}

/// `duplicate-report`: a second file for the same unit, year and obligation.
enum DuplicateReportRule {
    static func finding(
        _ duplicate: Report, first: Report, obligation: String, year: Int, registry: Registry
    ) -> Finding {
        Finding(
            .duplicateReport, "another \(obligation) report for \(registry.label(of: duplicate.unit)) in \(year); the first is \(first.path)",
            at: duplicate.unitLocation, unit: duplicate.unit)
    }
}

/// `unreported-task`: a task the unit chairs that its report leaves out. A chaired
/// task is covered by itself, a point or clause containing it, or one of its items.
enum UnreportedTaskRule {
    static func findings(_ report: Report, ownership: Ownership, plan: Plan) -> [Finding] {
        let listed = report.tasks.map(\.citation)
        return ownership.chairedTasks(of: report.unit).compactMap { task in
            guard !listed.contains(where: { task.isWithin($0) || $0.isWithin(task) }) else { return nil }
            let text = plan.task(task).map { abbreviate($0.text) } ?? ""
            let doubtful = DoubtfulAssignmentRule.chairsOnlyDoubtfully(
                report.unit, task, plan: plan, on: ownership.date)
            return Finding(
                .unreportedTask, "\(plan.registry.label(of: report.unit)) chairs \(task) but the report leaves it out: \(text)",
                at: report.tasksLocation, severity: doubtful ? .note : nil, unit: report.unit)
        }
    }

    static func abbreviate(_ text: String, limit: Int = 60) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)).trimmingWhitespace + "…"
    }
}

/// `unassigned-task`: reported on a task the unit has no role in.
enum UnassignedTaskRule {
    static func findings(_ report: Report, ownership: Ownership, registry: Registry) -> [Finding] {
        report.tasks.filter { !ownership.isInvolved(report.unit, in: $0.citation) }.map { entry in
            Finding(
                .unassignedTask, "\(registry.label(of: report.unit)) neither chairs, implements nor coordinates \(entry.citation)",
                at: entry.location, unit: report.unit)
        }
    }
}
