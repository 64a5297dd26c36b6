import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules", abstract: "List the rules with their default severity.")

        @OptionGroup var language: LanguageOptions

        func run() throws {
            try DXAuditCommand.finish(RulesJob.list(in: language.language ?? .ofThisRun))
        }
    }
}
