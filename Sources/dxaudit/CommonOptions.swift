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

    @Option(name: .long, help: ArgumentHelp("Settings file (default: the nearest .dxaudit.yaml from here upward).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Hide the findings recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record today's findings in this file (rewritten atomically); they are hidden from then on.", valueName: "file"))
    var writeBaseline: String?

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

    /// Applies `.dxaudit.yaml`, inline suppressions and the baseline, prints the
    /// outcome in the chosen format and ends with the right exit status.
    func finish(_ outcome: Outcome) throws {
        let workingDirectory = Workspace.currentDirectory()
        guard let reporter = Reporters.make(
            formatName, options: ReporterOptions(color: useColor, quiet: quiet, workingDirectory: workingDirectory))
        else {
            // Only a command-specific format (`email`, overdue's) gets here.
            throw fail("--format \(formatName) is for overdue only; this command writes \(Reporters.names.joined(separator: ", "))")
        }
        var result = try filter().apply(outcome)
        if let writeBaseline {
            // A baseline replaces only a baseline: never a report, a plan or settings.
            if ProjectPath.exists(writeBaseline), case .failure = Baseline.load(writeBaseline) {
                throw fail("\(writeBaseline) exists and is not a dxaudit baseline; not overwritten")
            }
            if let error = AtomicFile.write(result.current.rendered(), to: writeBaseline) {
                throw fail("\(writeBaseline): cannot write the baseline: \(error)")
            }
            // What was just recorded is accepted: hide it, as --baseline would.
            result.outcome.baselined += result.outcome.findings.count
            result.outcome.findings = []
            if !quiet {
                let n = result.current.entries.count
                Output.err("dxaudit: recorded \(n) finding\(n == 1 ? "" : "s") in \(writeBaseline)\n")
            }
        }
        Output.out(reporter.render(result.outcome))
        if result.outcome.fails { throw ExitCode(1) }
    }

    /// The settings, inline suppressions and baseline every command applies: the
    /// printed findings and overdue's mail go through the same filter.
    func filter() throws -> FindingFilter {
        let workingDirectory = Workspace.currentDirectory()
        var baselineFile: Baseline?
        if let baseline {
            switch Baseline.load(baseline) {
            case .success(let loaded): baselineFile = loaded
            case .failure(let failure): throw fail("cannot use the baseline: \(failure.description)")
            }
        }
        // Paths in a baseline are relative to its folder; --write-baseline decides
        // which folder when both are given, as its entries are the ones recorded.
        let baselineFolder = (writeBaseline ?? baseline).map {
            ProjectPath.directory(of: ProjectPath.absolute($0, from: workingDirectory))
        }
        return FindingFilter(
            config: try loadConfig(), baseline: baselineFile, baselineFolder: baselineFolder,
            workingDirectory: workingDirectory)
    }

    /// `--config FILE`, else the nearest `.dxaudit.yaml`, else no settings. A file
    /// that cannot be read or parsed stops the run (exit 2).
    func loadConfig() throws -> Config {
        guard let path = config ?? Config.find(from: Workspace.currentDirectory()) else { return Config() }
        switch Config.load(path) {
        case .success(let loaded): return loaded
        case .failure(let failure): throw fail("cannot use the settings file: \(failure.description)")
        }
    }

    /// `files` without those `.dxaudit.yaml` tells dxaudit to ignore, for commands
    /// to leave them unread (an ignored draft report must not count as sent).
    func withoutIgnored(_ files: [String]) throws -> [String] {
        let isIgnored = try ignoredPaths()
        return files.filter { !isIgnored($0) }
    }

    /// Whether `.dxaudit.yaml` tells dxaudit to ignore a path.
    func ignoredPaths() throws -> @Sendable (String) -> Bool {
        let config = try loadConfig()
        guard !config.ignore.isEmpty else { return { _ in false } }
        let workingDirectory = Workspace.currentDirectory()
        return { config.isIgnored($0, workingDirectory: workingDirectory) }
    }
}

/// A failure of dxaudit itself (exit 2), with a message for stderr.
func fail(_ message: String) -> ExitCode {
    Output.err("dxaudit: \(message)\n")
    return ExitCode(2)
}
