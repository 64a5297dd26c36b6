import Testing

@testable import DXAudit

/// `# dxaudit: ignore[…]` comments: finding them in text, what they silence,
/// and the findings about stale or unreadable ones.
@Suite struct SuppressionTests {
    @Test func commentAtLineStartOrAfterAValue() throws {
        let alone = try #require(Suppression.parse(line: "# dxaudit: ignore[late-report]", number: 3))
        #expect(alone.line == 3 && alone.column == 1 && alone.problem == nil)
        #expect(alone.entries.map(\.id) == ["late-report"])

        let trailing = try #require(
            Suppression.parse(line: "submitted: 2024-12-04  # dxaudit: ignore[late-report, future-date]", number: 4))
        #expect(trailing.column == 24)
        #expect(trailing.entries.map(\.id) == ["late-report", "future-date"])
        #expect(trailing.entries.map(\.column) == [42, 55])
    }

    @Test(arguments: [
        "note: \"a # dxaudit: ignore[late-report]\"",
        "note: 'it''s # dxaudit: ignore[late-report]'",
        "url: http://x/#dxaudit: ignore[late-report]",
        "# an ordinary comment",
        "# dxaudit is great",
    ])
    func notASuppression(line: String) {
        #expect(Suppression.parse(line: line, number: 1) == nil)
    }

    @Test func apostropheInPlainTextDoesNotOpenAQuote() throws {
        let found = try #require(Suppression.parse(line: "note: it's done # dxaudit: ignore[schema]", number: 1))
        #expect(found.entries.map(\.id) == ["schema"])
    }

    @Test(arguments: [
        "# dxaudit: ignroe[late-report]",
        "# dxaudit: ignore late-report",
        "# dxaudit: ignore[]",
        "# dxaudit: ignore[late-report",
    ])
    func unreadableSuppressionsHaveAProblem(line: String) throws {
        let found = try #require(Suppression.parse(line: line, number: 1))
        #expect(found.problem != nil)
        #expect(!found.covers(.lateReport, line: 1))
    }

    @Test func scanCountsLinesThroughBOMAndCRLF() {
        let text = "\u{FEFF}unit: a\r\n# dxaudit: ignore[schema]\r\nyear: 2024\r\n"
        let found = Suppression.scan(Array(text.utf8))
        #expect(found.map(\.line) == [2])
        #expect(found.first?.covers(.schema, line: 2) == true)
        #expect(found.first?.covers(.schema, line: 3) == true)
        #expect(found.first?.covers(.schema, line: 4) == false)
        #expect(found.first?.covers(.lateReport, line: 3) == false)
    }

    /// A file with CR alone between its lines has as many lines as libyaml counts.
    @Test func scanCountsCarriageReturnsAsBreaks() {
        let text = "unit: a\r# dxaudit: ignore[schema]\ryear: 2024\r# dxaudit: ignore[late-report]\r"
        let found = Suppression.scan(Array(text.utf8))
        #expect(found.map(\.line) == [2, 4])
        #expect(found.map(\.column) == [1, 1])
    }

    static let report = """
        unit: so-gtvt
        year: 2024
        # dxaudit: ignore[late-report]
        submitted: 2024-12-04
        obligation: unit-annual   # dxaudit: ignore[unknown-obligation, late-reprot]
        tasks:
          II.1.a:   # dxaudit: ignore[unassigned-task]
            status: done
        """

    func finding(_ rule: RuleID, _ path: String, line: Int) -> Finding {
        Finding(rule, "\(rule.rawValue) here", at: .init(path: path, line: line, column: 3))
    }

    @Test func silencesItsLineAndTheNextAndReportsWhatIsStale() throws {
        let folder = try TemporaryFolder()
        try folder.write("2024/so-gtvt.yaml", Self.report)
        let path = "2024/so-gtvt.yaml"
        let outcome = Outcome(
            command: "check",
            findings: [
                finding(.lateReport, path, line: 4),
                finding(.lateReport, path, line: 5),
                finding(.unknownObligation, path, line: 5),
                finding(.unreportedTask, path, line: 6),
            ],
            files: [path])
        let result = FindingFilter(workingDirectory: folder.path).apply(outcome).outcome
        let shown = result.findings.map {
            "\($0.location.line):\($0.location.column) \($0.rule.rawValue): \($0.message)"
        }
        #expect(result.suppressed == 2)
        #expect(
            shown == [
                "5:3 late-report: late-report here",
                "5:65 unused-suppression: unknown rule 'late-reprot' in the suppression comment; did you mean 'late-report'?",
                "6:3 unreported-task: unreported-task here",
                "7:31 unused-suppression: the suppression of unassigned-task silences nothing on this line or the next; remove it",
            ])
        #expect(result.findings.filter { $0.rule == .unusedSuppression }.allSatisfy { $0.severity == .note })
    }

    @Test func findingsInFilesTheCommandDidNotListCanBeSuppressedThere() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "plans/units.yaml", "units:\n  so-du-lich:   # dxaudit: ignore[missing-report]\n    name: Sở Du lịch\n")
        let missing = finding(.missingReport, "plans/units.yaml", line: 2)
        let check = FindingFilter(workingDirectory: folder.path)
            .apply(Outcome(command: "check", findings: [missing], files: []))
        #expect(check.outcome.findings.isEmpty && check.outcome.suppressed == 1)
        // lint reads units.yaml but cannot produce missing-report: not stale there.
        let lint = FindingFilter(workingDirectory: folder.path)
            .apply(Outcome(command: "lint", findings: [], files: ["plans/units.yaml"]))
        #expect(lint.outcome.findings.isEmpty)
    }

    @Test func onlyCommandsThatRunEveryRuleReportStaleSuppressions() throws {
        let folder = try TemporaryFolder()
        try folder.write("r.yaml", "tasks: {}   # dxaudit: ignore[unreported-task]\n")
        for (command, stale) in [("check", 1), ("lint", 0), ("coverage", 0), ("overdue", 0)] {
            let result = FindingFilter(workingDirectory: folder.path)
                .apply(Outcome(command: command, findings: [], files: ["r.yaml"])).outcome
            #expect(result.findings.count == stale, "\(command)")
        }
    }

    @Test func aSuppressedRuleThatIsOffIsNotCountedButNotStale() throws {
        let folder = try TemporaryFolder()
        try folder.write("r.yaml", "tasks: {}   # dxaudit: ignore[unreported-task]\n")
        let config = Config(rules: [.unreportedTask: .off])
        let result = FindingFilter(config: config, workingDirectory: folder.path)
            .apply(
                Outcome(command: "check", findings: [finding(.unreportedTask, "r.yaml", line: 1)], files: ["r.yaml"]))
        #expect(result.outcome.findings.isEmpty)
        #expect(result.outcome.suppressed == 0)
    }

    @Test func staleSuppressionsObeyTheConfiguration() throws {
        let folder = try TemporaryFolder()
        try folder.write("r.yaml", "tasks: {}   # dxaudit: ignore[unreported-task]\n")
        let outcome = Outcome(command: "check", findings: [], files: ["r.yaml"])
        let off = FindingFilter(config: Config(rules: [.unusedSuppression: .off]), workingDirectory: folder.path)
        #expect(off.apply(outcome).outcome.findings.isEmpty)
        let error = FindingFilter(
            config: Config(rules: [.unusedSuppression: .severity(.error)]), workingDirectory: folder.path)
        #expect(error.apply(outcome).outcome.fails)
    }
}
