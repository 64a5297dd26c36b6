/// The output formats `--format` names.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, json, sarif, junit, github
    /// `overdue` only: the reminders as an mbox.
    case email

    /// The formats every reporting command writes through a `Reporter`.
    public static let reporterFormats: [OutputFormat] = allCases.filter { $0 != .email }
}

/// `--color`.
public enum ColorChoice: String, Sendable, CaseIterable {
    /// Colour a terminal, unless `NO_COLOR` is set.
    case auto
    case always
    case never
}

/// What the process runs in, as far as output cares.
public struct OutputSurroundings: Sendable, Equatable {
    /// `GITHUB_ACTIONS=true`: the default format is `github`.
    public var githubActions: Bool
    /// `NO_COLOR` is set and not empty.
    public var noColor: Bool
    /// Standard output is a terminal.
    public var terminal: Bool
    /// The language LANGUAGE, LC_ALL, LC_MESSAGES and LANG ask for.
    public var language: Wording.Language

    public init(
        githubActions: Bool = false, noColor: Bool = false, terminal: Bool = false,
        language: Wording.Language = .english
    ) {
        self.githubActions = githubActions
        self.noColor = noColor
        self.terminal = terminal
        self.language = language
    }

    /// This process's environment and standard output.
    public static var current: OutputSurroundings {
        OutputSurroundings(
            githubActions: Console.environment("GITHUB_ACTIONS") == "true",
            noColor: !(Console.environment("NO_COLOR") ?? "").isEmpty,
            terminal: Console.isTerminal(1),
            language: Wording.Language.fromEnvironment(Console.environment))
    }
}

/// How a command prints: `--format`, `--color`, `--quiet`, `--strict`.
public struct Presentation: Sendable, Equatable {
    /// nil: `text`, or `github` under GitHub Actions.
    public var format: OutputFormat?
    public var color: ColorChoice
    /// Only the findings that fail, no summary.
    public var quiet: Bool
    /// Warnings fail too.
    public var strict: Bool
    /// What the defaults of `format` and `color` depend on.
    public var surroundings: OutputSurroundings
    /// `--lang`; nil: `lang:` in the settings, else the environment's.
    public var language: Wording.Language?

    public init(
        format: OutputFormat? = nil, color: ColorChoice = .auto, quiet: Bool = false, strict: Bool = false,
        surroundings: OutputSurroundings = OutputSurroundings(), language: Wording.Language? = nil
    ) {
        self.language = language
        self.format = format
        self.color = color
        self.quiet = quiet
        self.strict = strict
        self.surroundings = surroundings
    }

    /// The format to write.
    public var resolvedFormat: OutputFormat {
        format ?? (surroundings.githubActions ? .github : .text)
    }

    /// Whether text output is coloured.
    public var usesColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return !surroundings.noColor && surroundings.terminal
        }
    }

    /// The language of the run: `--lang`, else the settings' `lang:`, else the
    /// environment's.
    public func wording(_ controls: Controls) -> Wording {
        Wording(language ?? controls.config.language ?? surroundings.language)
    }

    /// Findings at or above this severity fail the run.
    public var failing: Finding.Severity { strict ? .warning : .error }

    /// Applies the controls to an outcome (settings, inline suppressions, the
    /// baseline), records a new baseline when asked, and renders what is left:
    /// exit status 1 when a finding fails, else 0.
    public func publish(_ outcome: consuming Outcome, controls: Controls) throws(DXAuditError) -> CommandResult {
        let options = ReporterOptions(
            color: usesColor, quiet: quiet, workingDirectory: controls.workingDirectory, wording: wording(controls))
        guard let reporter = Reporters.make(resolvedFormat.rawValue, options: options) else {
            // Only a command-specific format (`email`, overdue's) gets here.
            throw DXAuditError(.formatForOverdueOnly(resolvedFormat.rawValue, Reporters.names))
        }
        Trace.phase("summary")
        var result = controls.filter.apply(outcome)
        Trace.phase("settings, suppressions and baseline applied")
        var messages = ""
        if let path = controls.choice.writeBaseline {
            // A baseline replaces only a baseline: never a report, a plan or settings.
            if ProjectPath.exists(path), case .failure = Baseline.load(path) {
                throw DXAuditError(.notABaseline(path))
            }
            if let error = AtomicFile.write(result.current.rendered(), to: path) {
                throw DXAuditError(.cannotWriteBaseline(path, "\(error)"))
            }
            // What was just recorded is accepted: hide it, as --baseline would.
            result.outcome.baselined += result.outcome.findings.count
            result.outcome.findings = []
            if !quiet {
                let n = result.current.entries.count
                messages =
                    options.wording.language == .vietnamese
                    ? "dxaudit: đã ghi \(n) phát hiện vào \(path)\n"
                    : "dxaudit: recorded \(n) finding\(n == 1 ? "" : "s") in \(path)\n"
            }
        }
        var outcome = result.outcome
        // The files as read were for the filter; the output does not hold them.
        outcome.sources = [:]
        outcome.suppressions = [:]
        return CommandResult(
            output: .written { [outcome] in reporter.write(outcome, to: &$0) }, standardError: messages,
            status: outcome.fails ? 1 : 0)
    }
}
