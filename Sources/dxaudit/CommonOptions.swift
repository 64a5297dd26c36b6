import ArgumentParser
import DXAudit
import DXYAML

/// Options every reporting command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "A plan file, or a folder holding one (default: the nearest plans/ folder).")
    var plan: String?

    @Option(name: .long, help: ArgumentHelp("Output format: \(Reporters.names.joined(separator: ", ")).", valueName: "format"))
    var format: String?

    @Flag(name: .long, help: "Warnings fail too (exit 1).")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Colour: auto, always or never (auto honours a terminal and NO_COLOR).", valueName: "when"))
    var color: String = "auto"

    @Flag(name: .long, help: "Print only failing findings, no summary.")
    var quiet = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge as of this day, YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh).", valueName: "date"))
    var asOf: String?

    /// Formats a command writes itself instead of through `finish` (`email`: overdue).
    static let commandFormats: Set<String> = ["email"]

    func validate() throws {
        guard ["auto", "always", "never"].contains(color) else {
            throw ValidationError("--color must be auto, always or never, not '\(color)'")
        }
        if let format, !Reporters.names.contains(format), !Self.commandFormats.contains(format) {
            throw ValidationError("unknown --format '\(format)'; one of: \(Reporters.names.joined(separator: ", "))")
        }
        if let asOf {
            if case .failure(let why) = CivilDate.parse(asOf) {
                switch why {
                case .notADate: throw ValidationError("--as-of takes a date YYYY-MM-DD, not '\(asOf)'")
                case .impossible(let text): throw ValidationError("--as-of \(asOf) is not a real date: \(text)")
                }
            }
        }
    }

    var today: CivilDate {
        if let asOf, case .success(let date) = CivilDate.parse(asOf) { return date }
        return DeadlineCalendar.todayInVietnam()
    }

    var formatName: String {
        if let format { return format }
        if Output.environment("GITHUB_ACTIONS") == "true", Reporters.names.contains("github") { return "github" }
        return "text"
    }

    var useColor: Bool {
        switch color {
        case "always": return true
        case "never": return false
        default:
            if let noColor = Output.environment("NO_COLOR"), !noColor.isEmpty { return false }
            return Output.isTerminal(1)
        }
    }

    var failing: Finding.Severity { strict ? .warning : .error }

    /// Prints the outcome in the chosen format and ends with the right exit status.
    func finish(_ outcome: Outcome) throws {
        guard let reporter = Reporters.make(formatName, options: ReporterOptions(color: useColor, quiet: quiet)) else {
            throw ValidationError("unknown --format '\(formatName)'")
        }
        Output.out(reporter.render(outcome))
        if outcome.fails { throw ExitCode(1) }
    }
}

/// A failure of dxaudit itself (exit 2), with a message for stderr.
func fail(_ message: String) -> ExitCode {
    Output.err("dxaudit: \(message)\n")
    return ExitCode(2)
}
