/// `missing-owner`: a Part II task that no unit chairs or implements.
public enum MissingOwnerRule: Rule {
    public static let id = RuleID.missingOwner
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.plan
    public static let summary = "a Part II task that no unit chairs or implements"
    public static let explanation = """
        A task is owned when a unit chairs (chủ trì) or implements (tổ chức thực hiện)
        it, its parent point or clause, or every one of its children. A task nobody
        owns will never be reported on.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
                  II.1.a: Về chuyển đổi nhận thức
                  ↓II.1.b: Về cơ chế, chính sách
                assignments:
                  - unit: departments
                    implements: II.1.a
                \(RuleExample.exampleReporting)
                """)),
        .passing(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
                  II.1.a: Về chuyển đổi nhận thức
                  II.1.b: Về cơ chế, chính sách
                assignments:
                  - unit: departments
                    implements: II.1
                \(RuleExample.exampleReporting)
                """)),
    ]
}

extension MissingOwnerRule {
    static func check(_ plan: Plan) -> [Finding] {
        let ownership = Ownership(plan: plan, on: nil)
        // Report the most general task that nobody touches: II.2 when neither it nor
        // any of its points has an owner, II.1.b alone when only II.1.b lacks one.
        return plan.tasks.compactMap { task in
            guard !ownership.isOwned(task.citation) else { return nil }
            let untouched = isUntouched(task.citation, plan, ownership)
            if !plan.children(of: task.citation).isEmpty, !untouched { return nil }
            if let parent = task.citation.parent, plan.task(parent) != nil, isUntouched(parent, plan, ownership) {
                return nil
            }
            return Finding(.unowned(task.citation), at: task.location)
        }
    }

    /// No unit chairs or implements the task, anything above it, or anything below it.
    static func isUntouched(_ citation: Citation, _ plan: Plan, _ ownership: Ownership) -> Bool {
        guard !ownership.isOwned(citation) else { return false }
        return !plan.tasks.contains { task in
            task.citation.isWithin(citation)
                && {
                    let roles = ownership.roles[task.citation]
                    return !(roles?.chairs.isEmpty ?? true) || !(roles?.implements.isEmpty ?? true)
                }()
        }
    }
}

extension Finding.Message {
    static func unowned(_ task: Citation) -> Finding.Message {
        Finding.Message(.missingOwner, "unowned", .citation(task), .citationInWords(task))
    }
}

extension MissingOwnerRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "unowned": "no unit chairs or implements {0} ({1})"
    ]
}

extension MissingOwnerRule {
    public static let vietnameseSummary = "nhiệm vụ phần II không có đơn vị chủ trì hoặc tổ chức thực hiện"
    public static let vietnameseExplanation = """
        Một nhiệm vụ có chủ khi có đơn vị chủ trì hoặc tổ chức thực hiện nhiệm vụ
        đó, điểm hay khoản chứa nó, hoặc tất cả các phần con của nó. Nhiệm vụ không có
        chủ sẽ không bao giờ được báo cáo.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "unowned": "không đơn vị nào chủ trì hoặc tổ chức thực hiện {0} ({1})"
    ]
}
