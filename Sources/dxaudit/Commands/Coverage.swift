import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coverage",
            abstract: "Show who chairs, implements and coordinates each Part II task.",
            discussion: "With --reports, the year's units (after succession) and each task's reported status.")

        @OptionGroup var plan: PlanOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var controls: ControlOptions

        @Option(
            name: .long, help: "A reports year folder (or its parent with --year): add each task's reported status.")
        var reports: String?

        @Option(name: .long, help: "The report year, when --reports is the parent folder.")
        var year: Int?

        func run() throws {
            let request = CoverageJob.Request(
                plan: plan.choice, reports: reports, year: year, controls: controls.choice,
                presentation: output.presentation)
            try DXAuditCommand.finish(try CoverageJob.run(request))
        }
    }
}
