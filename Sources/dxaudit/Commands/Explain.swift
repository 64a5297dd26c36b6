import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule.")

        @Argument(help: "A rule id, as printed in brackets after each finding.")
        var rule: String

        @OptionGroup var language: LanguageOptions

        /// Rule ids are matched whatever their case: `explain LATE-REPORT` works.
        var ruleID: RuleID? { RuleID(rawValue: rule.lowercased()) }

        func validate() throws {
            guard ruleID != nil else {
                throw usage(.unknownRule(rule, closest: RuleID.closest(to: rule)))
            }
        }

        func run() throws {
            guard let ruleID else { return }
            try DXAuditCommand.finish(RulesJob.explain(ruleID, in: language.language ?? .ofThisRun))
        }
    }
}
