/// `dxaudit rules` and `dxaudit explain`.
public enum RulesJob {
    /// One line a rule: id, default severity, scope and summary, in columns.
    public static func list() -> CommandResult {
        let width = RuleRegistry.info.map(\.id.rawValue.count).max() ?? 0
        var out = ""
        for rule in RuleRegistry.info {
            let cells = [(rule.id.rawValue, width), (rule.severity.name, 7), (rule.scope.rawValue, 6)]
            let padded = cells.map { text, width in text + String(repeating: " ", count: max(0, width - text.count)) }
            out += (padded + [rule.summary]).joined(separator: "  ") + "\n"
        }
        return CommandResult(standardOutput: out)
    }

    /// What `explain` says about an id that names no rule.
    public static func unknownRule(_ text: String) -> String {
        "unknown rule '\(text)'\(Wording.english.format(.didYouMean(RuleID.closest(to: text)))) (see 'dxaudit rules')"
    }

    /// The whole explanation of one rule.
    public static func explain(_ rule: RuleID) -> CommandResult {
        let info = rule.info
        return CommandResult(
            standardOutput:
                "\(info.id.rawValue) (\(info.severity.name), \(info.scope.rawValue) files): \(info.summary)\n\n\(info.explanation)\n"
        )
    }
}
