/// What a command prints and the exit status it ends with: the value every job
/// returns, written out by `Console` at the edge of the program.
public struct CommandResult: Sendable {
    /// The findings, the table, the skeleton or the mail, in the chosen format.
    public var output: Output
    /// Notes about the run itself, one line each.
    public var standardError: String
    /// 0: nothing fails; 1: findings that fail (for overdue: something is
    /// overdue); 2: dxaudit could not do all of its job.
    public var status: Int32

    /// Standard output: text already made, or a writer that makes it as it is
    /// written, so that a long report is never held whole in memory.
    public enum Output: Sendable {
        case text(String)
        case written(@Sendable (inout OutputSink) -> Void)
    }

    public init(standardOutput: String = "", standardError: String = "", status: Int32 = 0) {
        self.init(output: .text(standardOutput), standardError: standardError, status: status)
    }

    public init(output: Output, standardError: String = "", status: Int32 = 0) {
        self.output = output
        self.standardError = standardError
        self.status = status
    }

    /// Standard output as text, made in memory when it is written as it is made.
    public var standardOutput: String {
        get {
            var sink = OutputSink.memory()
            writeOutput(to: &sink)
            return sink.text
        }
        set { output = .text(newValue) }
    }

    /// Writes standard output to `sink`.
    public func writeOutput(to sink: inout OutputSink) {
        switch output {
        case .text(let text): sink.write(text)
        case .written(let write): write(&sink)
        }
        sink.flush()
    }
}

extension CommandResult: Equatable {
    /// The same bytes on both streams and the same status, however they are made.
    public static func == (lhs: CommandResult, rhs: CommandResult) -> Bool {
        lhs.status == rhs.status && lhs.standardError == rhs.standardError && lhs.standardOutput == rhs.standardOutput
    }
}
