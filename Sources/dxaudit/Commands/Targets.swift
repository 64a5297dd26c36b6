import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Targets: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "targets",
            abstract: "Show each Part I indicator's figures by year, its path to the milestones and its status.",
            discussion: """
                Reads every year folder of REPORTS_ROOT the plan covers, oldest first. Before the table: \
                figures that cannot be right (bad-figure), what the latest year's suppliers left out \
                (target-missing), and each indicator behind at its latest figure (target-behind).
                """)

        @OptionGroup var plan: PlanOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var controls: ControlOptions

        @Argument(help: "The folder of report year folders.")
        var reportsRoot: String = "reports"

        func run() throws {
            let request = TargetsJob.Request(
                plan: plan.choice, root: reportsRoot, controls: controls.choice, presentation: output.presentation)
            try DXAuditCommand.finish(try TargetsJob.run(request))
        }
    }
}
