import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule.")

        @Argument(help: "A rule id, as printed in brackets after each finding.")
        var rule: String

        /// Rule ids are matched whatever their case: `explain LATE-REPORT` works.
        var ruleID: RuleID? { RuleID(rawValue: rule.lowercased()) }

        func validate() throws {
            guard ruleID != nil else {
                throw ValidationError(RulesJob.unknownRule(rule))
            }
        }

        func run() throws {
            guard let ruleID else { return }
            try DXAuditCommand.finish(RulesJob.explain(ruleID))
        }
    }
}
