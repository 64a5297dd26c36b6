import DXYAML

/// `doubtful-assignment`: an assignment the plan marks as doubtful, probably a slip of the document.
public enum DoubtfulAssignmentRule: Rule {
    public static let id = RuleID.doubtfulAssignment
    public static let severity = Finding.Severity.note
    public static let scope = RuleInfo.Scope.plan
    public static let summary = "an assignment the plan marks as doubtful, probably a slip of the document"
    public static let explanation = """
        Some sentences of Part IV are almost certainly slips: 227/KH-UBND has item 11
        (Sở Giao thông vận tải) chair II.4.c, STEAM education. The plan keeps what the
        text says and adds `doubtful: "reason"` to that assignment; lint shows it once
        as a note, and a report that leaves out a task chaired only through a doubtful
        assignment gets `unreported-task` as a note, not a warning.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.2: Phát triển chính quyền số
                  II.2.a: Phát triển hạ tầng chính quyền số
                assignments:
                  - source: IV.7
                    unit: so-y-te
                    chairs: II.2.a
                    doubtful: ↓"network infrastructure is not a health task; probably a slip"
                \(RuleExample.exampleReporting)
                """)),
        .passing(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.2: Phát triển chính quyền số
                  II.2.a: Phát triển hạ tầng chính quyền số
                assignments:
                  - source: IV.3.a
                    unit: so-tttt
                    chairs: II.2.a
                \(RuleExample.exampleReporting)
                """)),
    ]
}

extension DoubtfulAssignmentRule {
    static func check(_ plan: Plan) -> [Finding] {
        plan.assignments.compactMap { assignment in
            guard let doubtful = assignment.doubtful else { return nil }
            return Finding(.doubtful(assignment, reason: doubtful.reason), at: doubtful.location)
        }
    }

    /// Whether `unit` chairs `task` only through assignments marked doubtful (as of
    /// `date`, successors resolved): its `unreported-task` is then a note.
    static func chairsOnlyDoubtfully(_ unit: String, _ task: Citation, plan: Plan, on date: CivilDate?) -> Bool {
        var doubtful = false
        for assignment in plan.assignments where assignment.chairs.contains(where: { $0.citation == task }) {
            let holders = assignment.units.compactMap { ref -> String? in
                guard let date else { return ref.id }
                return plan.registry.holder(of: ref.id, on: date)
                    ?? (plan.registry.groups[ref.id] != nil ? ref.id : nil)
            }
            let covers =
                holders.contains(unit)
                || assignment.units.contains { ref in
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

extension Finding.Message {
    static func doubtful(_ assignment: Plan.Assignment, reason: String) -> Finding.Message {
        let who = Finding.Argument.texts(assignment.units.map(\.id))
        let what = Finding.Argument.list(
            (assignment.chairs + assignment.implements).map { .citation($0.citation) }, separator: ", ")
        guard let source = assignment.source else {
            return Finding.Message(.doubtfulAssignment, "doubtful", who, what, .text(reason))
        }
        return Finding.Message(
            .doubtfulAssignment, "doubtful-source", .citation(source), who, what,
            .text(reason))
    }
}

extension DoubtfulAssignmentRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "doubtful": "{0} for {1} is doubtful: {2}",
        "doubtful-source": "{0}: {1} for {2} is doubtful: {3}",
    ]
}

extension DoubtfulAssignmentRule {
    public static let vietnameseSummary = "phân công mà kế hoạch đánh dấu đáng ngờ, có thể do văn bản viết nhầm"
    public static let vietnameseExplanation = """
        Một số câu ở phần IV gần như chắc chắn viết nhầm: Kế hoạch 227/KH-UBND giao mục
        11 (Sở Giao thông vận tải) chủ trì II.4.c, giáo dục STEAM. Kế hoạch giữ nguyên
        văn bản và thêm `doubtful: "lý do"` vào phân công đó; lint nêu một lần dưới dạng
        ghi chú, và báo cáo bỏ sót nhiệm vụ chỉ được giao chủ trì qua phân công đáng ngờ
        chỉ bị `unreported-task` ở mức ghi chú, không phải cảnh báo.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "doubtful": "phân công {0} cho {1} đáng ngờ: {2}",
        "doubtful-source": "{0}: phân công {1} cho {2} đáng ngờ: {3}",
    ]
}
