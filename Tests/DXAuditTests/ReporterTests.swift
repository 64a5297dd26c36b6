import DXYAML
import Foundation
import Testing

@testable import DXAudit

/// Every reporter renders one outcome with awkward text (quotes, `%`, `:`, `,`,
/// a line break, markup, Vietnamese, a path with a space, an absolute path) and
/// must produce exactly the file checked into `Expected/`. Run with
/// `DXAUDIT_UPDATE_EXPECTED=1` to rewrite those files after a deliberate change.
@Suite struct ReporterTests {
    static let expectedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Expected").path
    static let workingDirectory = "/srv/dxaudit"

    static var sample: Outcome {
        var outcome = Outcome(
            command: "check",
            findings: [
                Finding(
                    .missingReport,
                    "Sở Du lịch (so-du-lich) has not sent its 2024 unit-annual report: <due> & \"overdue\"",
                    at: .init(path: "plans/units.yaml", line: 122, column: 3), unit: "so-du-lich"),
                Finding(
                    .yamlSyntax, "mapping values are not allowed here",
                    at: .init(path: "reports/2024/bản nháp.yaml", line: 3, column: 9),
                    sourceLine: "note: a: b"),
                Finding(
                    .lateReport, "50% done, 2 days late: see \"note\"\nsecond line",
                    at: .init(path: "reports/2024/so-gtvt.yaml", line: 4, column: 12), unit: "so-gtvt"),
                Finding(
                    .unassignedTask, "Sở Y tế (so-y-te) neither chairs, implements nor coordinates II.5.d",
                    at: .init(path: "/srv/dxaudit/reports/2024/so-y-te.yaml", line: 15, column: 3),
                    unit: "so-y-te"),
            ],
            files: [
                "reports/2024/bản nháp.yaml", "reports/2024/ok.yaml", "reports/2024/so-gtvt.yaml",
                "/srv/dxaudit/reports/2024/so-y-te.yaml",
            ],
            summary: [.reportYear(plan: "227/KH-UBND", year: 2024, asOf: date("2024-12-15"))],
            suppressed: 1, baselined: 2)
        outcome.stats = Outcome.Stats(
            plan: "227/KH-UBND", year: 2024, asOf: date("2024-12-15"),
            obligations: [
                .init(
                    id: "unit-annual", lastOnTimeDay: date("2024-12-02"), owed: 3, onTime: 1, late: 1, missing: 1,
                    notYetDue: 0)
            ],
            tasks: .init(total: 54, owned: 54, reported: 49),
            reports: [
                .init(
                    unit: "so-gtvt", obligation: "unit-annual", lastOnTimeDay: date("2024-12-02"), state: .late,
                    report: "reports/2024/so-gtvt.yaml", submitted: date("2024-12-04")),
                .init(
                    unit: "so-du-lich", obligation: "unit-annual", lastOnTimeDay: date("2024-12-02"), state: .missing,
                    report: nil, submitted: nil),
            ])
        return outcome
    }

    static let cases: [(format: String, file: String)] = [
        ("text", "sample.txt"), ("json", "sample.json"), ("sarif", "sample.sarif"), ("junit", "sample.junit.xml"),
        ("github", "sample.github.txt"),
    ]

    @Test(arguments: cases.map(\.format))
    func matchesExpectedFile(format: String) throws {
        let file = try #require(Self.cases.first { $0.format == format }).file
        let reporter = try #require(
            Reporters.make(format, options: ReporterOptions(workingDirectory: Self.workingDirectory)))
        let output = reporter.render(Self.sample)
        try expectMatchesExpectedFile(
            output, at: "\(Self.expectedFolder)/\(file)", "\(format) output differs from Expected/\(file)")
    }

    @Test func registryHasOneReporterPerFormat() {
        #expect(Reporters.names == ["text", "json", "sarif", "junit", "github"])
        for name in Reporters.names {
            #expect(Reporters.make(name, options: ReporterOptions()).map { type(of: $0).name } == name)
        }
        #expect(Reporters.make("xml", options: ReporterOptions()) == nil)
    }

    @Test func jsonSchemaNamesEveryRule() throws {
        let text = try String(contentsOfFile: Repo.path("docs/dxaudit-output.schema.json"), encoding: .utf8)
        let schema = try #require(try YAML.compose(text).first)
        let listed = try #require(schema["$defs"]?["ruleId"]?["enum"]?.sequence).compactMap { $0.scalar?.value }
        #expect(Set(listed) == Set(RuleID.allCases.map(\.rawValue)))
        #expect(listed.count == RuleID.allCases.count)
    }

    @Test func sarifDescribesEveryRuleAndNeverLineZero() throws {
        var outcome = Self.sample
        outcome.findings.append(Finding(.schema, "the file is empty", at: .init(path: "a.yaml", line: 0, column: 0)))
        let text = SARIFReporter().render(outcome)
        let log = try #require(try YAML.compose(text).first)
        let run = try #require(log["runs"]?.sequence?.first)
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.sequence)
        #expect(rules.count == RuleRegistry.info.count)
        let late = try #require(rules.first { $0["id"]?.scalar?.value == "late-report" })
        #expect(late["shortDescription"]?["text"]?.scalar?.value == RuleID.lateReport.info.summary)
        #expect(late["help"]?["text"]?.scalar?.value == RuleID.lateReport.info.explanation)
        #expect(late["defaultConfiguration"]?["level"]?.scalar?.value == "warning")
        for result in try #require(run["results"]?.sequence) {
            let region = try #require(result["locations"]?.sequence?.first?["physicalLocation"]?["region"])
            #expect(try region["startLine"]!.integer() >= 1)
            #expect(try region["startColumn"]!.integer() >= 1)
        }
    }

    @Test func sarifURIsAreRelativeAndEncoded() {
        let sarif = SARIFReporter(options: ReporterOptions(workingDirectory: "/srv/dxaudit"))
        #expect(sarif.artifactURI("/srv/dxaudit/reports/2024/a.yaml") == "reports/2024/a.yaml")
        #expect(sarif.artifactURI("./plans/units.yaml") == "plans/units.yaml")
        #expect(sarif.artifactURI("reports/2024/bản nháp.yaml") == "reports/2024/b%E1%BA%A3n%20nh%C3%A1p.yaml")
        #expect(sarif.artifactURI("/tmp/x#1.yaml") == "file:///tmp/x%231.yaml")
    }

    @Test func githubEscaping() {
        #expect(GitHubReporter.escapeData("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b")
        #expect(GitHubReporter.escapeProperty("dir:a,b/100%.yaml") == "dir%3Aa%2Cb/100%25.yaml")
        let note = Finding(.unassignedTask, "x", at: .init(path: "r.yaml", line: 2, column: 5))
        let line = GitHubReporter().render(Outcome(command: "check", findings: [note], files: ["r.yaml"]))
        #expect(line == "::notice file=r.yaml,line=2,col=5,title=unassigned-task::x\n")
    }

    @Test func junitFailsOnlyFilesWithFailingFindings() {
        let warning = Finding(.lateReport, "late", at: .init(path: "b.yaml", line: 4, column: 12))
        var outcome = Outcome(command: "check", findings: [warning], files: ["a.yaml", "b.yaml"])
        #expect(JUnitReporter().render(outcome).contains("failures=\"0\""))
        outcome.failing = .warning
        let strict = JUnitReporter().render(outcome)
        #expect(strict.contains("tests=\"2\" failures=\"1\""))
        #expect(strict.contains("<failure type=\"warning\" message=\"4:12: late [late-report]\">"))
    }

    @Test func junitEscapesWhatXMLCannotHold() {
        #expect(JUnitReporter.escape("a<b>&\"c\"\n\u{1}") == "a&lt;b&gt;&amp;&quot;c&quot;&#10;\u{FFFD}")
        #expect(JUnitReporter.escape("x\ny\"", attribute: false) == "x\ny\"")
    }

    @Test func jsonEscapesControlCharacters() {
        let value = JSONValue.object([("k", .string("a\"b\\c\nd\u{1}é"))])
        #expect(value.rendered(indent: nil) == "{\"k\":\"a\\\"b\\\\c\\nd\\u0001é\"}")
    }
}
