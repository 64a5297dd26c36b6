import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check plan files and unit registries.",
            discussion: "Without paths, checks the nearest plans/ folder. Folders are searched for *.yaml files.")

        @OptionGroup var plan: PlanOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var controls: ControlOptions

        @Argument(help: "Plan files, unit registries or folders holding them.")
        var paths: [String] = []

        func run() throws {
            let request = LintJob.Request(paths: paths, controls: controls.choice, presentation: output.presentation)
            try DXAuditCommand.finish(try LintJob.run(request))
        }
    }
}
