import DXYAML

/// `future-date`: a report is dated after today (or after --as-of).
public enum FutureDateRule: Rule {
    public static let id = RuleID.futureDate
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a report is dated after today (or after --as-of)"
    public static let explanation = """
        A dispatch date in the future is a typo, or the audit is being run with an
        `--as-of` date before the report was sent.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: ↓2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """
            ]), asOf: "2024-11-25"),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-25
                tasks:
                  II.2.b: {status: on-track}
                """
            ]), asOf: "2024-11-25"),
    ]
}

extension FutureDateRule {
    static func check(_ report: Report, asOf: CivilDate, registry: Registry) -> Finding? {
        guard report.submitted > asOf else { return nil }
        return Finding(
            .sentInFuture(.unit(report.unit, in: registry), report.submitted, asOf: asOf),
            at: report.submittedLocation, unit: report.unit)
    }
}

extension Finding.Message {
    static func sentInFuture(_ unit: Finding.Argument, _ submitted: CivilDate, asOf: CivilDate) -> Finding.Message {
        Finding.Message(
            .futureDate, "future", "{0} sent {1}, after today ({2})", unit, .date(submitted), .date(asOf))
    }
}
