/// `shared-chair`: two units chair the same task.
public enum SharedChairRule: Rule {
    public static let id = RuleID.sharedChair
    public static let severity = Finding.Severity.warning
    public static let scope = RuleInfo.Scope.plan
    public static let summary = "two units chair the same task"
    public static let explanation = """
        One task, one chair: when two units both chủ trì a task, neither is clearly
        accountable. The document itself does this for điểm c khoản 5 phần II (Sở Tài
        chính and the State Bank branch).
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
                  II.1.a: Về chuyển đổi nhận thức
                assignments:
                  - unit: so-tttt
                    chairs: II.1.a
                  - unit: so-y-te
                    chairs: ↓II.1.a
                \(RuleExample.exampleReporting)
                """)),
        .passing(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
                  II.1.a: Về chuyển đổi nhận thức
                assignments:
                  - unit: so-tttt
                    chairs: II.1.a
                  - unit: so-y-te
                    implements: II.1.a
                \(RuleExample.exampleReporting)
                """)),
    ]
}

extension SharedChairRule {
    static func check(_ plan: Plan) -> [Finding] {
        var first: [Citation: (unit: String, source: Citation?)] = [:]
        var findings: [Finding] = []
        for assignment in plan.assignments {
            for ref in assignment.chairs {
                for unit in assignment.units where plan.registry.units[unit.id] != nil {
                    if let previous = first[ref.citation] {
                        if previous.unit != unit.id {
                            findings.append(
                                Finding(
                                    .sharedChair(
                                        ref.citation, previous.unit, previous.source, unit.id, assignment.source),
                                    at: ref.location, unit: unit.id))
                        }
                    } else {
                        first[ref.citation] = (unit.id, assignment.source)
                    }
                }
            }
        }
        return findings
    }
}

extension Finding.Message {
    static func sharedChair(
        _ task: Citation, _ first: String, _ firstSource: Citation?, _ second: String, _ secondSource: Citation?
    ) -> Finding.Message {
        func chair(_ unit: String, _ source: Citation?) -> Finding.Argument {
            guard let source else { return .text(unit) }
            return .message(Finding.Message(.sharedChair, "chair", .text(unit), .citation(source)))
        }
        return Finding.Message(
            .sharedChair, "shared", .citation(task),
            chair(first, firstSource), chair(second, secondSource))
    }
}

extension SharedChairRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "chair": "{0} ({1})",
        "shared": "{0} is chaired by two units: {1} and {2}",
    ]
}

extension SharedChairRule {
    public static let vietnameseSummary = "hai đơn vị cùng chủ trì một nhiệm vụ"
    public static let vietnameseExplanation = """
        Mỗi nhiệm vụ một đơn vị chủ trì: khi hai đơn vị cùng chủ trì, không đơn vị
        nào chịu trách nhiệm rõ ràng. Văn bản có trường hợp này nếu đọc điểm c khoản 5
        phần II là do Sở Tài chính và Chi nhánh Ngân hàng Nhà nước cùng chủ trì.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "chair": "{0} ({1})",
        "shared": "{0} có hai đơn vị chủ trì: {1} và {2}",
    ]
}
