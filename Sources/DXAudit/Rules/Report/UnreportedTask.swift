import DXYAML

/// `unreported-task`: a report leaves out a task its unit chairs.
public enum UnreportedTaskRule: Rule {
    public static let id = RuleID.unreportedTask
    public static let severity = Finding.Severity.warning
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a report leaves out a task its unit chairs"
    public static let explanation = """
        A unit that chairs (chủ trì) a task must say how it is going. A report covers
        a chaired task when it lists the task itself, a point or clause containing
        it, or one of its items.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  ↓II.1.a: {status: on-track}
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.1.a: {status: on-track}
                  II.2: {status: on-track}
                """
            ])),
    ]
}

extension UnreportedTaskRule {
    /// Each task the unit chairs that the report leaves out. A chaired task is covered
    /// by itself, a point or clause containing it, or one of its items.
    static func check(_ report: Report, ownership: Ownership, plan: Plan) -> [Finding] {
        let listed = report.tasks.map(\.citation)
        return ownership.chairedTasks(of: report.unit).compactMap { task in
            guard !listed.contains(where: { task.isWithin($0) || $0.isWithin(task) }) else { return nil }
            let doubtful = DoubtfulAssignmentRule.chairsOnlyDoubtfully(
                report.unit, task, plan: plan, on: ownership.date)
            return Finding(
                .leftOut(
                    .unit(report.unit, in: plan.registry), task, text: plan.task(task).map { abbreviate($0.text) } ?? ""
                ),
                at: report.tasksLocation, severity: doubtful ? .note : nil, unit: report.unit)
        }
    }

    static func abbreviate(_ text: String, limit: Int = 60) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)).trimmingWhitespace + "…"
    }
}

extension Finding.Message {
    static func leftOut(_ unit: Finding.Argument, _ task: Citation, text: String) -> Finding.Message {
        Finding.Message(
            .unreportedTask, "left-out", unit, .citation(task),
            .text(text))
    }
}

extension UnreportedTaskRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "left-out": "{0} chairs {1} but the report leaves it out: {2}"
    ]
}

extension UnreportedTaskRule {
    public static let vietnameseSummary = "báo cáo bỏ sót nhiệm vụ mà đơn vị chủ trì"
    public static let vietnameseExplanation = """
        Đơn vị chủ trì một nhiệm vụ phải báo cáo tình hình thực hiện. Báo cáo được coi
        là có nêu nhiệm vụ chủ trì khi liệt kê chính nhiệm vụ đó, điểm hoặc khoản chứa
        nó, hoặc một mục của nó.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "left-out": "{0} chủ trì {1} nhưng báo cáo không nêu: {2}"
    ]
}
