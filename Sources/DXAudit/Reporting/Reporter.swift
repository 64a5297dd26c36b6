/// Everything a command has to say, ready for any output format.
public struct Outcome: Sendable {
    /// The command that produced it: `lint`, `check`, `overdue`, `coverage`.
    public var command: String
    public var findings: [Finding]
    /// Files the command read.
    public var files: [String]
    /// Lines of human summary, printed after the findings in text output.
    public var summary: [String]
    /// Findings at or above this severity make the command fail.
    public var failing: Finding.Severity

    public init(
        command: String, findings: [Finding], files: [String], summary: [String] = [],
        failing: Finding.Severity = .error
    ) {
        self.command = command
        self.findings = findings
        self.files = files
        self.summary = summary
        self.failing = failing
    }

    public var fails: Bool { findings.contains { $0.severity >= failing } }

    public func count(_ severity: Finding.Severity) -> Int {
        findings.filter { $0.severity == severity }.count
    }
}

/// Turns an outcome into the bytes of one output format. Reporters never decide
/// what is wrong; they only print it.
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var name: String { get }
    func render(_ outcome: Outcome) -> String
}

/// Options every reporter may honour.
public struct ReporterOptions: Sendable {
    public var color: Bool
    public var quiet: Bool

    public init(color: Bool = false, quiet: Bool = false) {
        self.color = color
        self.quiet = quiet
    }
}

/// The output formats, by `--format` name.
public enum Reporters {
    public static let names: [String] = [TextReporter.name]

    public static func make(_ name: String, options: ReporterOptions) -> (any Reporter)? {
        switch name {
        case TextReporter.name: return TextReporter(options: options)
        default: return nil
        }
    }
}
