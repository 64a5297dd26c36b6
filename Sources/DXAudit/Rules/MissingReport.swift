import DXYAML

/// `missing-report`: a unit owes a report and none was found — an error once the
/// last on-time day has passed, a note before it.
enum MissingReportRule {
    static func finding(
        unit: String, obligation: Plan.Obligation, year: Int, lastDay: CivilDate, asOf: CivilDate, plan: Plan
    ) -> Finding {
        let name = plan.registry.label(of: unit)
        let location = plan.registry.units[unit]?.location ?? Finding.Location(path: plan.registry.path)
        let due = "due \(obligation.due.english(year: year)), last on-time day \(lastDay.withWeekday)"
        if asOf > lastDay {
            let days = plural(lastDay.days(until: asOf), "day")
            return Finding(
                .missingReport, "\(name) has not sent its \(year) \(obligation.id) report: \(due), \(days) overdue",
                at: location, unit: unit)
        }
        let days = plural(asOf.days(until: lastDay), "day")
        return Finding(
            .missingReport, "\(name): no \(year) \(obligation.id) report yet; \(due), \(days) left",
            at: location, severity: .note, unit: unit)
    }
}

/// `late-report`: sent after the last on-time day.
enum LateReportRule {
    static func finding(
        _ report: Report, obligation: Plan.Obligation, year: Int, lastDay: CivilDate, registry: Registry
    ) -> Finding {
        let days = plural(lastDay.days(until: report.submitted), "day")
        let moved = lastDay != obligation.due.lastDay(in: year)
        let why = "due \(obligation.due.english(year: year)), last on-time day \(moved ? "moved to " : "")\(lastDay.withWeekday)"
        return Finding(
            .lateReport, "\(registry.label(of: report.unit)) sent \(report.submitted.withWeekday), \(days) late (\(why))", at: report.submittedLocation,
            unit: report.unit)
    }
}

/// `3 days`, `1 day`.
func plural(_ n: Int, _ word: String) -> String {
    "\(n) \(word)\(n == 1 ? "" : "s")"
}
