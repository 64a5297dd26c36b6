import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "Write a report skeleton listing every task a unit chairs or implements in a year.",
            discussion: "Writes to standard output, or atomically to -o FILE; an existing file is kept unless --force.")

        @Option(name: .long, help: "A plan file, or a folder holding one (default: the nearest plans/ folder).")
        var plan: String?

        @Option(name: .long, help: "The unit id, as in units.yaml.")
        var unit: String

        @Option(name: .long, help: "The report year.")
        var year: Int

        @Option(name: .long, help: "The obligation (default: the unit report it owes).")
        var obligation: String?

        @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
        var output: String?

        @Flag(name: .long, help: "Overwrite the output file if it exists.")
        var force = false

        /// The skeleton's comments are Vietnamese whatever the language: the unit fills
        /// it in; `--lang` words the errors.
        @OptionGroup var language: LanguageOptions

        @Option(
            name: .customLong("as-of"),
            help: ArgumentHelp(
                "The date to fill in as 'submitted' (default: today in Asia/Ho_Chi_Minh).", valueName: "date"))
        var asOf: String?

        func validate() throws {
            _ = try PlanOptions.date(asOf)
        }

        func run() throws {
            let request = TemplateJob.Request(
                plan: PlanChoice(path: plan, asOf: try PlanOptions.date(asOf)), unit: unit, year: year,
                obligation: obligation, output: output, force: force)
            try DXAuditCommand.finish(try TemplateJob.run(request))
        }
    }
}
