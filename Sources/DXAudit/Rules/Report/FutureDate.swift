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
        Finding.Message(.futureDate, "future", unit, .date(submitted), .date(asOf))
    }
}

extension FutureDateRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "future": "{0} sent {1}, after today ({2})"
    ]
}

extension FutureDateRule {
    public static let vietnameseSummary = "báo cáo đề ngày sau hôm nay (hoặc sau --as-of)"
    public static let vietnameseExplanation = """
        Ngày gửi ở tương lai là lỗi đánh máy, hoặc việc kiểm tra đang chạy với
        `--as-of` là một ngày trước khi báo cáo được gửi.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "future": "{0} gửi ngày {1}, sau ngày hôm nay ({2})"
    ]
}
