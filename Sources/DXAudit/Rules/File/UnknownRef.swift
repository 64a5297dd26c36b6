/// `unknown-ref`: a reference names a task or target the plan does not have.
public enum UnknownRefRule: Rule {
    public static let id = RuleID.unknownRef
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.any
    public static let summary = "a reference names a task or target the plan does not have"
    public static let explanation = """
        Every reference must name a clause, point or item that the plan's `tasks:`
        (or `targets:`) define. `II.2.k` in a plan whose clause 2 ends at `j` is
        reported, as is a report on a task that does not exist.
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
                  ↓II.2.k: {status: on-track}
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

// A reference to a task that does not exist is decided while reading: the model
// cannot hold it. What the finished plan shows is judged here.

extension UnknownRefRule {
    /// Tasks under a point or clause the plan does not define, and syntheses of
    /// obligations it does not define.
    static func check(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        for task in plan.tasks {
            if let parent = task.citation.parent, plan.task(parent) == nil {
                findings.append(Finding(.orphanTask(task.citation, under: parent), at: task.location))
            }
        }
        for obligation in plan.reporting {
            if let target = obligation.synthesizes, plan.obligation(target) == nil {
                findings.append(
                    Finding(
                        .unknownSynthesized(obligation.id, target),
                        at: obligation.synthesizesLocation ?? obligation.location))
            }
        }
        return findings
    }
}

extension Finding.Message {
    static func orphanTask(_ task: Citation, under parent: Citation) -> Finding.Message {
        Finding.Message(
            .unknownRef, "orphan-task", .citation(task),
            .citation(parent))
    }

    static func notATask(_ citation: Citation) -> Finding.Message {
        Finding.Message(
            .unknownRef, "not-a-task", .citation(citation),
            .citationInWords(citation))
    }

    static func notATarget(_ citation: Citation) -> Finding.Message {
        Finding.Message(.unknownRef, "not-a-target", .citation(citation))
    }

    static func unknownSynthesized(_ obligation: String, _ target: String) -> Finding.Message {
        Finding.Message(.unknownRef, "unknown-synthesized", .text(obligation), .text(target))
    }
}

extension UnknownRefRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "orphan-task": "task {0} is under {1}, which the plan does not define",
        "not-a-task": "{0} ({1}) is not a task of the plan",
        "not-a-target": "{0} is not a target of the plan",
        "unknown-synthesized": "obligation '{0}' synthesizes '{1}', which the plan does not define",
    ]
}

extension UnknownRefRule {
    public static let vietnameseSummary = "trích dẫn đến nhiệm vụ hoặc chỉ tiêu mà kế hoạch không có"
    public static let vietnameseExplanation = """
        Mỗi trích dẫn phải chỉ đến một khoản, điểm hoặc mục có trong `tasks:` (hoặc
        `targets:`) của kế hoạch. `II.2.k` trong kế hoạch mà khoản 2 chỉ đến điểm `j` bị
        báo, cũng như báo cáo về một nhiệm vụ không tồn tại.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "orphan-task": "nhiệm vụ {0} nằm dưới {1}, nhưng kế hoạch không có {1}",
        "not-a-task": "{0} ({1}) không phải nhiệm vụ của kế hoạch",
        "not-a-target": "{0} không phải chỉ tiêu của kế hoạch",
        "unknown-synthesized": "nghĩa vụ '{0}' tổng hợp '{1}', nhưng kế hoạch không có nghĩa vụ này",
    ]
}
