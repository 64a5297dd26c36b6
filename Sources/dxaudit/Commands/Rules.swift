import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules with their default severity.")

        func run() throws {
            let width = RuleRegistry.info.map(\.id.rawValue.count).max() ?? 0
            var out = ""
            for rule in RuleRegistry.info {
                let id = rule.id.rawValue.padded(width)
                let severity = rule.severity.name.padded(7)
                let scope = rule.scope.rawValue.padded(6)
                out += "\(id)  \(severity)  \(scope)  \(rule.summary)\n"
            }
            Output.out(out)
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule.")

        @Argument(help: "A rule id, as printed in brackets after each finding.")
        var rule: String

        /// Rule ids are matched whatever their case: `explain LATE-REPORT` works.
        var ruleID: RuleID? { RuleID(rawValue: rule.lowercased()) }

        func validate() throws {
            guard ruleID != nil else {
                throw ValidationError(
                    "unknown rule '\(rule)'\(Wording.english.format(.didYouMean(RuleID.closest(to: rule)))) (see 'dxaudit rules')")
            }
        }

        func run() throws {
            let info = ruleID!.info
            Output.out(
                "\(info.id.rawValue) (\(info.severity.name), \(info.scope.rawValue) files): \(info.summary)\n\n\(info.explanation)\n")
        }
    }
}
