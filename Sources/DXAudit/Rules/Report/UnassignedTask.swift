/// `unassigned-task`: a report covers a task its unit neither chairs, implements nor coordinates.
public enum UnassignedTaskRule: Rule {
    public static let id = RuleID.unassignedTask
    public static let severity = Finding.Severity.note
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a report covers a task its unit neither chairs, implements nor coordinates"
    public static let explanation = """
        Not wrong, but worth a look: the unit may have cited the wrong point, or the
        plan may be missing an assignment.
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
                  ↓II.1.b: {status: on-track}
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
                  II.1.a: {status: on-track}
                """
            ])),
    ]
}

extension UnassignedTaskRule {
    static func check(_ report: Report, ownership: Ownership, registry: Registry) -> [Finding] {
        report.tasks.filter { !ownership.isInvolved(report.unit, in: $0.citation) }.map { entry in
            Finding(.noRole(.unit(report.unit, in: registry), entry.citation), at: entry.location, unit: report.unit)
        }
    }
}

extension Finding.Message {
    static func noRole(_ unit: Finding.Argument, _ task: Citation) -> Finding.Message {
        Finding.Message(.unassignedTask, "no-role", unit, .citation(task))
    }
}

extension UnassignedTaskRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "no-role": "{0} neither chairs, implements nor coordinates {1}"
    ]
}

extension UnassignedTaskRule {
    public static let vietnameseSummary =
        "báo cáo nêu nhiệm vụ mà đơn vị không chủ trì, không tổ chức thực hiện, không phối hợp"
    public static let vietnameseExplanation = """
        Không sai, nhưng nên xem lại: đơn vị có thể trích dẫn nhầm điểm, hoặc kế hoạch
        có thể thiếu một phân công.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "no-role": "{0} không chủ trì, không tổ chức thực hiện, cũng không phối hợp thực hiện {1}"
    ]
}
