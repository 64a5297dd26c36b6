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
    public static let examples: [RuleExample] = []
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
        Finding.Message(.yearMismatch, "mismatch", unit, .number(year),
            .number(folder))
    }
}

extension YearMismatchRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "mismatch": "{0}: the report says year {1}, but it is in the {2} folder",
    ]
}
