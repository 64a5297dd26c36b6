/// `unused-suppression`: a `# dxaudit: ignore[…]` comment that silences nothing.
public enum UnusedSuppressionRule: Rule {
    public static let id = RuleID.unusedSuppression
    public static let severity = Finding.Severity.note
    public static let scope = RuleInfo.Scope.any
    public static let summary = "a `# dxaudit: ignore[…]` comment that silences nothing"
    public static let explanation = """
        An inline suppression applies to its own line and the line below. One that
        matches no finding is stale and is reported so that it can be removed.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28  # dxaudit: ignore[↓late-report]
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28  # dxaudit: ignore[↓late-reprot]
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-12-03  # dxaudit: ignore[late-report]
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
    ]
}

extension UnusedSuppressionRule {
    /// A comment's unreadable parts, its unknown rule ids, and each rule it names that
    /// silenced nothing in `scopes` (the kinds of rule this run judged in full).
    static func check(
        _ suppression: Suppression, path: String, silenced: (RuleID) -> Bool, scopes: Set<RuleInfo.Scope>
    ) -> [Finding] {
        let at = Finding.Location(path: path, line: suppression.line, column: suppression.column)
        if let problem = suppression.problem {
            return [Finding(.unreadableSuppression(problem), at: at)]
        }
        var findings: [Finding] = []
        for entry in suppression.entries {
            let location = Finding.Location(path: path, line: suppression.line, column: entry.column)
            guard let rule = entry.rule else {
                findings.append(
                    Finding(.unknownSuppressedRule(entry.id, closest: RuleID.closest(to: entry.id)), at: location))
                continue
            }
            if scopes.contains(rule.info.scope), !silenced(rule) {
                findings.append(Finding(.silencesNothing(rule), at: location))
            }
        }
        return findings
    }
}

extension Finding.Message {
    static func unreadableSuppression(_ problem: Suppression.Problem) -> Finding.Message {
        Finding.Message(.unusedSuppression, "unreadable", .suppressionProblem(problem))
    }

    static func unknownSuppressedRule(_ id: String, closest: String?) -> Finding.Message {
        Finding.Message(
            .unusedSuppression, "unknown-rule", .text(id),
            .didYouMean(closest))
    }

    static func silencesNothing(_ rule: RuleID) -> Finding.Message {
        Finding.Message(.unusedSuppression, "silences-nothing", .text(rule.rawValue))
    }
}

extension UnusedSuppressionRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "unreadable": "{0}",
        "unknown-rule": "unknown rule '{0}' in the suppression comment{1}",
        "silences-nothing": "the suppression of {0} silences nothing on this line or the next; remove it",
    ]
}

extension UnusedSuppressionRule {
    public static let vietnameseSummary = "chú thích `# dxaudit: ignore[…]` không bỏ qua phát hiện nào"
    public static let vietnameseExplanation = """
        Chú thích bỏ qua áp dụng cho chính dòng đó và dòng ngay dưới. Chú thích không
        khớp với phát hiện nào là đã lỗi thời và được báo để xóa đi.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "unreadable": "{0}",
        "unknown-rule": "không có quy tắc '{0}' trong chú thích bỏ qua{1}",
        "silences-nothing": "chú thích bỏ qua {0} không ẩn phát hiện nào ở dòng này hay dòng sau; hãy xóa nó",
    ]
}
