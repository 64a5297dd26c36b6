/// Everything a command has to say, ready for any output format.
public struct Outcome: Sendable {
    /// The command that produced it: `lint`, `check`, `overdue`, `coverage`.
    public var command: String
    public var findings: [Finding]
    /// Files the command read.
    public var files: [String]
    /// What the command states after its findings, as data; reporters word it
    /// (`SummaryWording`).
    public var summary: [SummaryFact]
    /// The table `coverage` shows.
    public var coverage: Coverage?
    /// The table `targets` shows.
    public var targets: Targets?
    /// Findings at or above this severity make the command fail.
    public var failing: Finding.Severity
    /// The year's figures behind `summary`, for commands that judge a report year.
    public var stats: Stats?
    /// Findings silenced by `# dxaudit: ignore[…]` comments.
    public var suppressed: Int
    /// Findings hidden because the baseline holds them.
    public var baselined: Int
    /// Files the command has already read, by path, so that the filter takes their
    /// source lines and suppression comments without reading them again.
    public var sources: [String: SourceFile] = [:]
    /// The suppression comments of files the command has read and let go, by path:
    /// the filter takes them instead of reading the files again.
    public var suppressions: [String: [Suppression]] = [:]

    public init(
        command: String, findings: [Finding], files: [String], summary: [SummaryFact] = [],
        coverage: Coverage? = nil, failing: Finding.Severity = .error, stats: Stats? = nil, suppressed: Int = 0,
        baselined: Int = 0
    ) {
        self.command = command
        self.findings = findings
        self.files = files
        self.summary = summary
        self.coverage = coverage
        self.failing = failing
        self.stats = stats
        self.suppressed = suppressed
        self.baselined = baselined
    }

    public var fails: Bool { findings.contains { $0.severity >= failing } }

    public func count(_ severity: Finding.Severity) -> Int {
        findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}

/// Turns an outcome into the bytes of one output format. Reporters never decide
/// what is wrong; they only print it.
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var name: String { get }
    init(options: ReporterOptions)
    /// Writes the outcome to `sink` as it goes.
    func write(_ outcome: Outcome, to sink: inout OutputSink)
}

extension Reporter {
    /// The whole output as text.
    public func render(_ outcome: Outcome) -> String {
        var sink = OutputSink.memory()
        write(outcome, to: &sink)
        sink.flush()
        return sink.text
    }
}

/// Options every reporter may honour.
public struct ReporterOptions: Sendable {
    public var color: Bool
    public var quiet: Bool
    /// The absolute working directory, so that absolute paths under it can be
    /// written relative (SARIF, GitHub); nil keeps paths as they are.
    public var workingDirectory: String?

    /// The language of messages and summaries.
    public var wording: Wording

    public init(color: Bool = false, quiet: Bool = false, workingDirectory: String? = nil, wording: Wording = .english)
    {
        self.wording = wording
        self.color = color
        self.quiet = quiet
        self.workingDirectory = workingDirectory
    }
}

/// The output formats, by `--format` name.
public enum Reporters {
    public static let all: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, JUnitReporter.self, GitHubReporter.self,
    ]

    public static let names: [String] = all.map { $0.name }

    public static func make(_ name: String, options: ReporterOptions) -> (any Reporter)? {
        all.first { $0.name == name }.map { $0.init(options: options) }
    }
}
