/// dxaudit could not do its job: the plan is missing or unusable, a folder cannot
/// be read, a file it must write cannot be written. Printed once, as `dxaudit:
/// message` on standard error, and the run ends with status 2.
public struct DXAuditError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    /// Diagnostics printed on their own lines before the message (the problems of a
    /// settings file that stops the run).
    public var diagnostics: [String]

    public init(_ description: String, diagnostics: [String] = []) {
        self.description = description
        self.diagnostics = diagnostics
    }

    /// The text for standard error, ending in a line break.
    public var rendered: String {
        (diagnostics + ["dxaudit: \(description)"]).joined(separator: "\n") + "\n"
    }
}

extension DXAuditError {
    /// A failure to find or load the plan or the reports folder.
    public init(_ failure: Workspace.Failure) {
        self.init(failure.description)
    }
}
