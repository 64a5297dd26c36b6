/// What a command prints and the exit status it ends with: the value every job
/// returns, written out by `Console` at the edge of the program.
public struct CommandResult: Sendable, Equatable {
    /// The findings, the table, the skeleton or the mail, in the chosen format.
    public var standardOutput: String
    /// Notes about the run itself, one line each.
    public var standardError: String
    /// 0: nothing fails; 1: findings that fail (for overdue: something is
    /// overdue); 2: dxaudit could not do all of its job.
    public var status: Int32

    public init(standardOutput: String = "", standardError: String = "", status: Int32 = 0) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.status = status
    }
}
