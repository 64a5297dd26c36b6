import DXAudit
import Testing

/// Text output is one line a finding, whatever a file put in its keys or name.
@Suite struct TextEscapingTests {
    @Test func controlCharactersAreWrittenOut() {
        #expect(TextReporter.escaped("plain Sở Y tế") == "plain Sở Y tế")
        #expect(TextReporter.escaped("a\nb\rc\td") == "a\\nb\\rc\\td")
        #expect(TextReporter.escaped("\u{0}\u{1B}[31m\u{7F}\u{85}\u{9F}") == "\\u{00}\\u{1B}[31m\\u{7F}\\u{85}\\u{9F}")
        #expect(TextReporter.escaped("x\u{2028}y\u{2029}z") == "x\\u{2028}y\\u{2029}z")
    }

    @Test func aForgedDiagnosticStaysOnItsLine() {
        let outcome = Outcome(
            command: "check",
            findings: [
                Finding(
                    .badCitation, "cannot read 'II.5.a\nplans/units.yaml:1:1: error: fake [x]'",
                    at: .init(path: "reports/2024/so-y-te\r\n.yaml", line: 5, column: 3)),
                Finding(
                    .lateReport, "late\u{2028}by two days", at: .init(path: "reports/2024/a.yaml", line: 4, column: 12)),
            ],
            files: ["reports/2024/so-y-te\r\n.yaml", "reports/2024/a.yaml"],
            summary: [
                .noReporterLeft(
                    ref: "as of\ntoday", at: .init(path: "plans/227.yaml", line: 3),
                    duty: .report(obligation: "unit-annual"))
            ])
        let lines = TextReporter(options: ReporterOptions(quiet: false)).render(outcome)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines == [
                "reports/2024/so-y-te\\r\\n.yaml:5:3: error: cannot read 'II.5.a\\nplans/units.yaml:1:1: error: fake [x]' [bad-citation]",
                "reports/2024/a.yaml:4:12: warning: late\\u{2028}by two days [late-report]",
                "  no reporter left: as of\\ntoday (227.yaml:3) — report unit-annual",
                "1 error, 1 warning in 2 files",
                "",
            ])
    }
}
