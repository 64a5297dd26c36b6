import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check one year's reports against the plan.",
            discussion: """
                REPORTS_DIR is a year folder (reports/2024) or its parent (reports); given the
                parent, the year is --year or the current year in Asia/Ho_Chi_Minh. A year folder
                that does not exist yet means no reports yet.
                """)

        @OptionGroup var plan: PlanOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var controls: ControlOptions

        @Option(name: .long, help: "The report year, when REPORTS_DIR is the parent folder.")
        var year: Int?

        @Argument(help: "The year folder (reports/2024) or its parent (reports).")
        var reportsDir: String

        func run() throws {
            let request = CheckJob.Request(
                year: YearAudit.Request(plan: plan.choice, reportsDir: reportsDir, year: year),
                controls: controls.choice, presentation: output.presentation)
            try DXAuditCommand.finish(try CheckJob.run(request))
        }
    }
}
