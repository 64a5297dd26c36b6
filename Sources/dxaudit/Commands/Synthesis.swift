import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Synthesis: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "synthesis",
            abstract: "Draft the coordinator's yearly synthesis (báo cáo tổng hợp) from the year's reports.",
            discussion: """
                In Vietnamese, laid out as Nghị định 30/2020/NĐ-CP lays out a báo cáo, from the same judgement \
                as check. Writes to standard output (md, html) or atomically to -o FILE (docx needs one); an \
                existing file is kept unless --force.
                """)

        @OptionGroup var plan: PlanOptions
        @OptionGroup var controls: ControlOptions

        @Argument(help: "A reports year folder (reports/2024), or its parent with --year.")
        var reportsDir: String

        @Option(name: .long, help: "The report year, when REPORTS_DIR is the parent folder.")
        var year: Int?

        @Option(
            name: .long,
            help: ArgumentHelp("docx, html or md (default: the output file's extension, else md).", valueName: "format")
        )
        var format: Choice<DocumentFormat>?

        @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
        var output: String?

        @Flag(name: .long, help: "Overwrite the output file if it exists.")
        var force = false

        /// The draft is Vietnamese whatever the language: `--lang` words the errors.
        @OptionGroup var language: LanguageOptions

        func validate() throws {
            if case .unknown(let text) = format {
                throw usage(.badFormat(text, DocumentFormat.allCases.map(\.rawValue)))
            }
        }

        func run() throws {
            let request = SynthesisJob.Request(
                plan: plan.choice, reportsDir: reportsDir, year: year, format: format?.value, output: output,
                force: force, controls: controls.choice)
            try DXAuditCommand.finish(try SynthesisJob.run(request))
        }
    }
}

extension DocumentFormat: ExpressibleByArgument {}
