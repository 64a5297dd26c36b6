import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Write a draft plan from a plan's plain text.",
            discussion: """
                Reads the text (UTF-8) and writes the plan YAML: header, Part I targets, the Part II \
                tree, Part IV assignments and deadlines, each value with its line of the text; guesses \
                are '# guess:' comments, and what could not be read is reported with its line. With -o \
                FILE the units the text names go to units.yaml beside FILE, unless --units names a \
                registry to take ids from; existing files are kept unless --force.
                """)

        @Argument(help: ArgumentHelp("The plan's text.", valueName: "text"))
        var text: String

        @Option(name: [.short, .customLong("output")], help: "Write the plan to this file instead of standard output.")
        var output: String?

        @Option(name: .long, help: ArgumentHelp("A unit registry to take unit ids from.", valueName: "file"))
        var units: String?

        @Flag(name: .long, help: "Overwrite the output files if they exist.")
        var force = false

        @OptionGroup var language: LanguageOptions

        func run() throws {
            let request = ExtractJob.Request(
                text: text, output: output, units: units, force: force, language: language.language ?? .ofThisRun)
            try DXAuditCommand.finish(try ExtractJob.run(request))
        }
    }
}
