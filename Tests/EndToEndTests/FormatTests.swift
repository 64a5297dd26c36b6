import Foundation
import Testing

/// Every reporting command in every `--format`, held against its own JSON output:
/// GitHub workflow commands parsed and unescaped as GitHub reads them, the year's
/// figures in the JSON of `check`, every format's exit status and silence on
/// standard error. (The JSON and SARIF schemas and the JUnit reader are checked by
/// the Python tools that own them, in `Tests/Integration/test_formats.py`.)
@Suite struct FormatTests {
    static let asOf = "2024-12-15"

    /// name → arguments; each reports findings through the same finish step.
    static let commands: KeyValuePairs<String, [String]> = [
        "lint": ["lint"],
        "lint-plans": ["lint", "plans"],
        "check-2024": ["check", "reports/2024", "--as-of", asOf],
        "check-strict": ["check", "reports/2024", "--as-of", asOf, "--strict"],
        "check-broken": ["check", "Tests/Fixtures/reports-broken/2024", "--as-of", asOf],
        "coverage": ["coverage"],
        "coverage-reports": ["coverage", "--reports", "reports/2024", "--as-of", asOf],
        "overdue": ["overdue", "reports/2024", "--as-of", asOf],
        "targets": ["targets", "reports", "--as-of", "2026-11-26"],
    ]
    static let names = commands.map(\.key)
    static let formats = ["text", "json", "sarif", "junit", "github"]

    static func arguments(_ name: String) -> [String] { commands.first { $0.key == name }!.value }

    static func run(_ name: String, _ format: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
        let run = try DXAudit.run(arguments(name) + ["--format", format])
        #expect(
            run.status == 0 || run.status == 1, "\(name) --format \(format): exit \(run.status)\n\(run.stderr)",
            sourceLocation: sourceLocation)
        return run
    }

    /// The JSON document of a command, the reference the other formats are held against.
    static func reference(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (
        JSONOutput, Int32
    ) {
        let run = try run(name, "json", sourceLocation: sourceLocation)
        return (try JSONOutput(run, sourceLocation: sourceLocation), run.status)
    }

    @Test func jsonOfCheckCarriesTheYearFigures() throws {
        let (document, status) = try Self.reference("check-2024")
        #expect(status == 1)
        let stats = try #require(document["stats"] as? [String: Any])
        #expect(
            stats["plan"] as? String == "227/KH-UBND" && stats["year"] as? Int == 2024
                && stats["asOf"] as? String == Self.asOf)
        let obligations = try #require(stats["obligations"] as? [[String: Any]])
        let annual = try #require(obligations.first { $0["id"] as? String == "unit-annual" })
        #expect(annual["lastOnTimeDay"] as? String == "2024-12-02")
        let owed = ["onTime", "late", "missing", "notYetDue", "unreadable"].map { annual[$0] as? Int ?? -1_000 }
        #expect(annual["owed"] as? Int == owed.reduce(0, +))
        let reports = try #require(stats["reports"] as? [[String: Any]])
        let missing = Set(reports.filter { $0["state"] as? String == "missing" }.field("unit"))
        let reported = Set(
            document.findings("missing-report").filter { $0["severity"] as? String == "error" }.field("unit"))
        #expect(missing == reported && missing.count == annual["missing"] as? Int)
        #expect(document.findings.allSatisfy { ($0["line"] as? Int ?? 0) >= 1 && ($0["column"] as? Int ?? 0) >= 1 })
    }

    @Test func jsonOfCoverageGivesTheTableAsData() throws {
        let (document, _) = try Self.reference("coverage-reports")
        let coverage = try #require(document["coverage"] as? [String: Any])
        #expect(coverage["plan"] as? String == "227/KH-UBND" && coverage["year"] as? Int == 2024)
        #expect(coverage["unitsAsOf"] as? String == "2024-12-02")
        let tasks = try #require(coverage["tasks"] as? [[String: Any]])
        #expect(coverage["total"] as? Int == tasks.count && (coverage["owned"] as? Int ?? .max) <= tasks.count)
        let row = try #require(tasks.first { $0["task"] as? String == "II.5.c" })
        #expect(row["chairs"] as? [String] == ["so-tai-chinh"] && row["implements"] as? [String] == ["nhnn-hp"])
        #expect(row["depth"] as? Int == 2)
        let reported = try #require(row["reported"] as? [String: Any])
        let parts = ["done", "onTrack", "delayed", "notStarted", "noStatus"].map { reported[$0] as? Int ?? -1_000 }
        #expect(reported["total"] as? Int == parts.reduce(0, +))
        let summary = try #require(document["summary"] as? [String])
        #expect(!summary.contains { $0.hasPrefix("task ") }, "the rows are data, not lines")
        let (written, _) = try Self.reference("coverage")
        let plain = try #require(written["coverage"] as? [String: Any])
        #expect(plain["year"] is NSNull)
        #expect((plain["tasks"] as? [[String: Any]])?.allSatisfy { $0["reported"] is NSNull } == true)
    }

    // MARK: GitHub

    /// One workflow command: `::level file=…,line=…,col=…,title=…::message`.
    static let workflowCommand =
        #"^::(?<command>error|warning|notice) file=(?<file>[^,:]+),line=(?<line>[0-9]+),col=(?<col>[0-9]+),title=(?<title>[^,:]+)::(?<message>[^\r\n]*)$"#

    struct WorkflowCommand {
        var command, file, title, message: String
        var line, column: Int
    }

    /// Every line of `stdout` as a workflow command; a line that is not one is an issue.
    static func workflowCommands(
        _ stdout: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [WorkflowCommand] {
        let workflowCommand = try Regex(workflowCommand)
        var parsed: [WorkflowCommand] = []
        var bad: [String] = []
        var lines = stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            guard let match = try? workflowCommand.wholeMatch(in: line) else {
                bad.append(line)
                continue
            }
            func field(_ name: String) -> String { match[name]?.substring.map(String.init) ?? "" }
            parsed.append(
                WorkflowCommand(
                    command: field("command"), file: field("file"), title: field("title"), message: field("message"),
                    line: Int(field("line")) ?? 0, column: Int(field("col")) ?? 0))
        }
        #expect(bad.isEmpty, "not workflow commands: \(bad.prefix(3))", sourceLocation: sourceLocation)
        return parsed
    }

    /// GitHub's escapes undone; `%25` last, so that an escaped `%0A` stays literal.
    static func unescape(_ text: String) -> String {
        var text = text
        for (escaped, plain) in [("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")] {
            text = text.replacingOccurrences(of: escaped, with: plain)
        }
        return text
    }

    @Test(arguments: names) func githubLinesParseAndMatchTheFindings(_ name: String) throws {
        let run = try Self.run(name, "github")
        let (document, status) = try Self.reference(name)
        #expect(run.status == status)
        let parsed = try Self.workflowCommands(run.stdout)
        #expect(parsed.count == document.findings.count)
        let level = ["error": "error", "warning": "warning", "note": "notice"]
        for (command, finding) in zip(parsed, document.findings) {
            #expect(command.command == level[finding["severity"] as? String ?? ""])
            #expect(Self.unescape(command.file) == finding["path"] as? String)
            #expect(command.line == finding["line"] as? Int && command.column == finding["column"] as? Int)
            #expect(command.title == finding["rule"] as? String)
            #expect(Self.unescape(command.message) == finding["message"] as? String)
        }
    }

    @Test func githubIsTheDefaultInGitHubActions() throws {
        let run = try DXAudit.run(Self.arguments("check-2024"), environment: ["GITHUB_ACTIONS": "true"])
        #expect(run.status == 1)
        #expect(try !Self.workflowCommands(run.stdout).isEmpty)
        #expect(run.stdout.contains("::error file=plans/units.yaml,"))
        let explicit = try DXAudit.run(
            Self.arguments("check-2024") + ["--format", "text"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(explicit.stdout.hasPrefix("plans/227-KH-UBND.yaml:"))
    }

    /// A year folder whose file name holds `,` and `:` and whose findings' messages
    /// hold `%` and a line break: everything GitHub and SARIF must escape.
    static let oddReport = """
        unit: so-y-te
        year: 2024
        obligation: unit-annual
        submitted: 2024-11-28
        tasks:
          "50% done\\nII.1.a": {status: done}
          II.9.z: {status: done}

        """

    @Test func githubEscapesPercentNewlineCommaAndColon() throws {
        let dir = NSTemporaryDirectory() + "dxaudit-odd-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: "\(dir)/odd reports/2024", withIntermediateDirectories: true)
        try Data(Self.oddReport.utf8).write(to: URL(fileURLWithPath: "\(dir)/odd reports/2024/a,b:c.yaml"))
        let run = try DXAudit.run(
            [
                "check", "odd reports/2024", "--plan", "\(DXAudit.repo)/plans", "--as-of", Self.asOf, "--format",
                "github",
            ], in: dir)
        #expect(run.status == 1, "\(run.stderr)")
        let odd = try Self.workflowCommands(run.stdout).filter { $0.file == "odd reports/2024/a%2Cb%3Ac.yaml" }
        #expect(!odd.isEmpty, "\(run.stdout)")
        let citation = try #require(odd.first { $0.title == "bad-citation" })
        #expect(citation.message.contains("'50%25 done%0AII.1.a'"))
        #expect(Self.unescape(citation.message).contains("'50% done\nII.1.a'"))
    }

    // MARK: Every format from every command

    @Test(arguments: names, formats) func everyCommandWritesEveryFormat(_ name: String, _ format: String) throws {
        let run = try Self.run(name, format)
        let (_, status) = try Self.reference(name)
        #expect(run.status == status)
        #expect(run.stderr == "")
        if format == "text" {
            #expect(!run.stdout.contains("\u{1B}["), "NO_COLOR and no terminal")
        }
    }

    @Test func unknownFormatIsAUsageError() throws {
        let run = try DXAudit.run(["lint", "--format", "xml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown --format 'xml'"))
        #expect(run.stderr.contains("text, json, sarif, junit, github"))
    }
}
