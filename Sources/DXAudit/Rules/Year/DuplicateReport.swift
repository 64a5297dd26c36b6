/// `duplicate-report`: two files report for the same unit, year and obligation.
public enum DuplicateReportRule: Rule {
    public static let id = RuleID.duplicateReport
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.report
    public static let summary = "two files report for the same unit, year and obligation"
    public static let explanation = """
        Only one report per unit and obligation counts. dxaudit names the other file
        so that one of them can be removed or corrected.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """,
                """
                unit: ↓so-y-te
                year: 2024
                submitted: 2024-11-29
                tasks:
                  II.2.b: {status: on-track, progress: 80}
                """,
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """,
                """
                unit: so-tttt
                year: 2024
                obligation: unit-annual
                submitted: 2024-11-29
                tasks:
                  II.1.b: {status: on-track}
                  II.2.a: {status: on-track}
                """,
            ])),
    ]
}

extension DuplicateReportRule {
    /// Every report after the first for the same unit, obligation and year.
    static func check(_ sent: [Report], obligation: Plan.Obligation, year: Int, registry: Registry) -> [Finding] {
        guard let first = sent.first else { return [] }
        return sent.dropFirst().map { duplicate in
            Finding(
                .anotherReport(obligation, .unit(duplicate.unit, in: registry), year: year, first: first.path),
                at: duplicate.unitLocation, unit: duplicate.unit)
        }
    }
}

extension Finding.Message {
    static func anotherReport(_ obligation: Plan.Obligation, _ unit: Finding.Argument, year: Int, first: String)
        -> Finding.Message
    {
        Finding.Message(
            .duplicateReport, "another", .obligation(obligation),
            unit, .number(year), .text(first))
    }
}

extension DuplicateReportRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "another": "another {0} report for {1} in {2}; the first is {3}"
    ]
}

extension DuplicateReportRule {
    public static let vietnameseSummary = "hai tệp báo cáo cho cùng đơn vị, năm và nghĩa vụ"
    public static let vietnameseExplanation = """
        Mỗi đơn vị chỉ có một báo cáo được tính cho mỗi nghĩa vụ. dxaudit nêu tên tệp
        kia để xóa hoặc sửa một trong hai.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "another": "thêm một {0} {2} của {1}; báo cáo thứ nhất là {3}"
    ]
}
