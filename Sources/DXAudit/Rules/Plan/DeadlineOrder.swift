import DXYAML

/// `deadline-order`: a synthesis is due before the reports it synthesizes.
public enum DeadlineOrderRule: Rule {
    public static let id = RuleID.deadlineOrder
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.plan
    public static let summary = "a synthesis is due before the reports it synthesizes"
    public static let explanation = """
        The coordinator cannot sum up reports it has not received: the synthesis
        (10 December) must fall after the unit reports (1 December).
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
                assignments:
                  - unit: departments
                    implements: II.1
                reporting:
                  - id: unit-annual
                    from: departments
                    due: {before: 12-01}
                  - id: synthesis
                    from: so-tttt
                    due: ↓{before: 11-20}
                    synthesizes: unit-annual
                """)),
        .passing(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
                assignments:
                  - unit: departments
                    implements: II.1
                reporting:
                  - id: unit-annual
                    from: departments
                    due: {before: 12-01}
                  - id: synthesis
                    from: so-tttt
                    due: {before: 12-10}
                    synthesizes: unit-annual
                """)),
    ]
}

extension DeadlineOrderRule {
    static func check(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        for obligation in plan.reporting {
            guard let target = obligation.synthesizes.flatMap(plan.obligation) else { continue }
            let year = plan.header.years.lowerBound
            if obligation.due.lastDay(in: year) <= target.due.lastDay(in: year) {
                findings.append(
                    Finding(
                        .synthesisTooEarly(obligation, target, year: year),
                        at: obligation.dueLocation ?? obligation.location))
            }
        }
        return findings
    }
}

extension Finding.Message {
    static func synthesisTooEarly(_ synthesis: Plan.Obligation, _ target: Plan.Obligation, year: Int) -> Finding.Message
    {
        Finding.Message(
            .deadlineOrder, "too-early", .text(synthesis.id), .due(synthesis.due, year: year), .text(target.id),
            .due(target.due, year: year))
    }
}

extension DeadlineOrderRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "too-early": "'{0}' is due {1}, not after the '{2}' reports it synthesizes ({3})"
    ]
}

extension DeadlineOrderRule {
    public static let vietnameseSummary = "hạn báo cáo tổng hợp đến trước hạn các báo cáo được tổng hợp"
    public static let vietnameseExplanation = """
        Cơ quan đầu mối không thể tổng hợp báo cáo chưa nhận được: hạn báo cáo tổng
        hợp (10 tháng 12) phải sau hạn báo cáo của các đơn vị (1 tháng 12).
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "too-early": "'{0}' có hạn {1}, không sau hạn của các báo cáo '{2}' mà nó tổng hợp ({3})"
    ]
}
