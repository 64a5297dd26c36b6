/// `dxaudit rules` and `dxaudit explain`.
public enum RulesJob {
    /// One line a rule: id, default severity, scope and summary, in columns.
    public static func list(in language: Wording.Language = .english) -> CommandResult {
        let wording = Wording(language)
        let rows = RuleRegistry.info.map { rule in
            [
                rule.id.rawValue, wording.severity(rule.severity), scope(rule.scope, language),
                rule.summary(in: language),
            ]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for row in rows {
            let padded = (0..<3).map { row[$0] + String(repeating: " ", count: max(0, widths[$0] - row[$0].count)) }
            out += (padded + [row[3]]).joined(separator: "  ") + "\n"
        }
        return CommandResult(standardOutput: out)
    }

    /// The whole explanation of one rule.
    public static func explain(_ rule: RuleID, in language: Wording.Language = .english) -> CommandResult {
        let info = rule.info
        let severity = Wording(language).severity(info.severity)
        let files =
            language == .vietnamese ? "tệp \(scope(info.scope, language))" : "\(info.scope.rawValue) files"
        return CommandResult(
            standardOutput:
                "\(info.id.rawValue) (\(severity), \(files)): \(info.summary(in: language))\n\n\(info.explanation(in: language))\n"
        )
    }

    /// `plan`, `report`, `any`; `kế hoạch`, `báo cáo`, `mọi`.
    static func scope(_ scope: RuleInfo.Scope, _ language: Wording.Language) -> String {
        guard language == .vietnamese else { return scope.rawValue }
        switch scope {
        case .plan: return "kế hoạch"
        case .report: return "báo cáo"
        case .any: return "mọi loại"
        }
    }
}
