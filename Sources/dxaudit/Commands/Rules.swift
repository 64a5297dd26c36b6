import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules with their default severity.")

        func run() throws {
            try DXAuditCommand.finish(RulesJob.list())
        }
    }
}
