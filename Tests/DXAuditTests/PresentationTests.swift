import DXAudit
import Testing

/// How a command prints, decided from the options and what it runs in.
@Suite struct PresentationTests {
    @Test func everyReporterHasAFormat() {
        #expect(OutputFormat.reporterFormats.map(\.rawValue) == Reporters.names)
    }

    @Test func theDefaultFormatFollowsGitHubActions() {
        #expect(Presentation().resolvedFormat == .text)
        #expect(Presentation(surroundings: .init(githubActions: true)).resolvedFormat == .github)
        #expect(Presentation(format: .json, surroundings: .init(githubActions: true)).resolvedFormat == .json)
    }

    @Test func autoColoursATerminalUnlessNoColor() {
        #expect(Presentation(surroundings: .init(terminal: true)).usesColor)
        #expect(!Presentation(surroundings: .init(noColor: true, terminal: true)).usesColor)
        #expect(!Presentation(surroundings: .init()).usesColor)
        #expect(Presentation(color: .always, surroundings: .init(noColor: true)).usesColor)
        #expect(!Presentation(color: .never, surroundings: .init(terminal: true)).usesColor)
    }

    @Test func failingFindingsSetTheStatus() throws {
        let controls = Controls(workingDirectory: "/srv/dxaudit")
        let warning = Finding(.lateReport, "late", at: .init(path: "r.yaml", line: 4, column: 12))
        let outcome = Outcome(command: "check", findings: [warning], files: ["r.yaml"])
        #expect(try Presentation().publish(outcome, controls: controls).status == 0)
        var strict = outcome
        strict.failing = Presentation(strict: true).failing
        let result = try Presentation(strict: true).publish(strict, controls: controls)
        #expect(result.status == 1)
        #expect(result.standardOutput == "r.yaml:4:12: warning: late [late-report]\n1 warning in 1 file\n")
    }

    @Test func emailIsOverduesOnly() {
        let outcome = Outcome(command: "lint", findings: [], files: [])
        #expect(
            throws: DXAuditError(.formatForOverdueOnly("email", ["text", "json", "sarif", "junit", "github"]))
        ) {
            try Presentation(format: .email).publish(outcome, controls: Controls(workingDirectory: "/"))
        }
    }
}
