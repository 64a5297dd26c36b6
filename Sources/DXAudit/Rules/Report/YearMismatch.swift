/// `year-mismatch`: a report's year differs from its folder's year.
public enum YearMismatchRule: Rule {
    public static let id = RuleID.yearMismatch
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a report's year differs from its folder's year"
    public static let explanation = """
        `reports/2024/` holds the reports for 2024. A report saying `year: 2023` in it
        is probably misfiled.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: ↓2023
                submitted: 2023-11-28
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
    ]
}

extension YearMismatchRule {
    static func check(_ report: Report, folderYear: Int, registry: Registry) -> Finding? {
        guard report.year != folderYear else { return nil }
        return Finding(
            .yearMismatch(.unit(report.unit, in: registry), says: report.year, folder: folderYear),
            at: report.yearLocation, unit: report.unit)
    }
}

extension Finding.Message {
    static func yearMismatch(_ unit: Finding.Argument, says year: Int, folder: Int) -> Finding.Message {
        Finding.Message(
            .yearMismatch, "mismatch", unit, .number(year),
            .number(folder))
    }
}

extension YearMismatchRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "mismatch": "{0}: the report says year {1}, but it is in the {2} folder"
    ]
}

extension YearMismatchRule {
    public static let vietnameseSummary = "năm ghi trong báo cáo khác năm của thư mục"
    public static let vietnameseExplanation = """
        `reports/2024/` chứa các báo cáo năm 2024. Báo cáo ghi `year: 2023` trong đó
        có lẽ bị đặt nhầm chỗ.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "mismatch": "{0}: báo cáo ghi năm {1}, nhưng nằm trong thư mục năm {2}"
    ]
}
