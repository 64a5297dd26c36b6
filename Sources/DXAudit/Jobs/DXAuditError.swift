/// dxaudit could not do its job: the plan is missing or unusable, a folder cannot
/// be read, a file it must write cannot be written. Printed once, as `dxaudit:
/// message` on standard error, and the run ends with status 2.
public struct DXAuditError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problem: Problem
    /// Findings printed on their own lines before the message (the problems of a
    /// settings file that stops the run).
    public var diagnostics: [Finding]

    public init(_ problem: Problem, diagnostics: [Finding] = []) {
        self.problem = problem
        self.diagnostics = diagnostics
    }

    /// The problem in English.
    public var description: String { problem.text(in: .english) }

    /// The text for standard error in `language`, ending in a line break.
    public func rendered(in language: Wording.Language) -> String {
        let wording = Wording(language)
        let lines = diagnostics.map { TextReporter.escaped($0.diagnostic(in: wording)) }
        return (lines + ["dxaudit: \(problem.text(in: language))"]).joined(separator: "\n") + "\n"
    }

    /// The text for standard error in English.
    public var rendered: String { rendered(in: .english) }
}

extension DXAuditError {
    /// A failure to find or load the plan or the reports folder.
    public init(_ failure: Workspace.Failure) {
        self.init(failure.problem)
    }
}
