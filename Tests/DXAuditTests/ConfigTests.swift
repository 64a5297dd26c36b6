import Testing

@testable import DXAudit

/// `.dxaudit.yaml`: reading it, finding it, and what its settings do to an outcome.
@Suite struct ConfigTests {
    static let full = """
        rules:
          late-report: error
          unassigned-task: off
          missing-report: warning
        strict: true
        ignore:
          - reports/*/draft-*.yaml
          - old
        """

    func load(_ text: String) throws -> (Config, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write(".dxaudit.yaml", text)
        let config = try Config.load("\(folder.path)/.dxaudit.yaml").get()
        return (config, folder)
    }

    @Test func readsRulesStrictAndIgnore() throws {
        let (config, _) = try load(Self.full)
        #expect(config.findings.isEmpty)
        #expect(config.rules[.lateReport] == .severity(.error))
        #expect(config.rules[.unassignedTask] == .off)
        #expect(config.rules[.missingReport] == .severity(.warning))
        #expect(config.strict)
        #expect(config.ignore.map(\.text) == ["reports/*/draft-*.yaml", "old"])
    }

    @Test func unknownKeysAndBadValuesAreLocatedFindings() throws {
        let (config, folder) = try load(
            """
            rules:
              late-reprot: error
              shared-chair: loud
            strict: yes
            ignored: [x]
            """)
        let found = config.findings.map {
            "\($0.location.line):\($0.location.column) \($0.rule.rawValue) \($0.message)"
        }
        #expect(
            found == [
                "5:1 schema unknown field 'ignored' in the configuration; did you mean 'ignore'?",
                "2:3 schema unknown rule 'late-reprot' in rules; did you mean 'late-report'? (see 'dxaudit rules')",
                "3:17 schema shared-chair must be error, warning, note or off, not 'loud'",
                "4:9 schema 'yes' is a string in YAML 1.2, not a boolean; write true or false",
            ])
        #expect(config.findings.allSatisfy { $0.location.path == "\(folder.path)/.dxaudit.yaml" })
        #expect(config.rules.isEmpty)
        #expect(!config.strict)
    }

    @Test func unreadableOrMalformedConfigIsAFailure() throws {
        let folder = try TemporaryFolder()
        guard case .failure(let missing) = Config.load("\(folder.path)/none.yaml") else {
            Issue.record("a missing file must fail")
            return
        }
        #expect(missing.description.contains("none.yaml: cannot read"))
        try folder.write("bad.yaml", "rules: [late-report: error\n")
        guard case .failure(let bad) = Config.load("\(folder.path)/bad.yaml") else {
            Issue.record("malformed YAML must fail")
            return
        }
        #expect(bad.description.contains("bad.yaml:2:1: error:"))
        try folder.write("list.yaml", "- strict\n")
        #expect((try? Config.load("\(folder.path)/list.yaml").get()) == nil)
    }

    @Test func emptyOrCommentOnlyConfigChangesNothing() throws {
        let (config, _) = try load("# nothing yet\n")
        #expect(config.findings.isEmpty && config.rules.isEmpty && !config.strict && config.ignore.isEmpty)
    }

    @Test func foundFromTheWorkingDirectoryUpward() throws {
        let folder = try TemporaryFolder()
        try folder.write(".dxaudit.yaml", "strict: true\n")
        try folder.write("reports/2024/x.yaml", "")
        #expect(Config.find(from: "\(folder.path)/reports/2024") == "../../.dxaudit.yaml")
        #expect(Config.find(from: folder.path) == ".dxaudit.yaml")
    }

    @Test(arguments: [
        ("reports/*/draft-*.yaml", "reports/2024/draft-so-y-te.yaml", true),
        ("reports/*/draft-*.yaml", "reports/2024/so-y-te.yaml", false),
        ("reports/*/draft-*.yaml", "reports/2024/sub/draft-x.yaml", false),
        ("draft-*.yaml", "reports/2024/draft-x.yaml", true),
        ("reports/2021", "reports/2021/a.yaml", true),
        ("reports/2021/", "reports/2021/a.yaml", true),
        ("reports/**/*.yml", "reports/2024/x/y.yml", true),
        ("reports/202[0-3]/*", "reports/2023/a.yaml", true),
        ("reports/202[!0-3]/*", "reports/2023/a.yaml", false),
        ("/plans/units.yaml", "plans/units.yaml", true),
        ("plans/unit?.yaml", "plans/units.yaml", true),
        ("*.yaml", "../elsewhere/a.yaml", false),
    ])
    func pathPatterns(pattern: String, path: String, matches: Bool) {
        #expect(PathPattern(pattern).matches(path) == matches)
    }

    @Test func ignoredPathsAreRelativeToTheConfigFolder() throws {
        let config = Config(path: "../.dxaudit.yaml", ignore: [PathPattern("reports/*/draft-*.yaml")])
        #expect(config.isIgnored("2024/draft-a.yaml", workingDirectory: "/p/reports"))
        #expect(!config.isIgnored("2024/a.yaml", workingDirectory: "/p/reports"))
        let absolute = Config(path: "/p/.dxaudit.yaml", ignore: config.ignore)
        #expect(absolute.isIgnored("../p/reports/2024/draft-a.yaml", workingDirectory: "/elsewhere"))
        #expect(!absolute.isIgnored("draft-a.yaml", workingDirectory: "/elsewhere"))
    }

    static func finding(_ rule: RuleID, _ path: String = "r.yaml", line: Int = 3, severity: Finding.Severity? = nil)
        -> Finding
    {
        Finding(rule, "\(rule.rawValue) here", at: .init(path: path, line: line, column: 1), severity: severity)
    }

    @Test func severitiesChangeBeforeTheFailingThresholdIsDecided() throws {
        let outcome = Outcome(command: "check", findings: [Self.finding(.lateReport)], files: ["r.yaml"])
        #expect(!outcome.fails)
        let raised = FindingFilter(config: Config(rules: [.lateReport: .severity(.error)]), workingDirectory: "/w")
            .apply(outcome).outcome
        #expect(raised.findings.map(\.severity) == [.error])
        #expect(raised.fails)
        let strict = FindingFilter(config: Config(strict: true), workingDirectory: "/w").apply(outcome).outcome
        #expect(strict.failing == .warning && strict.fails)
    }

    @Test func offRemovesAndMilderFindingsKeepTheirSeverity() {
        let findings = [
            Self.finding(.unassignedTask),
            Self.finding(.missingReport, "units.yaml", line: 4),
            Self.finding(.missingReport, "units.yaml", line: 9, severity: .note),
        ]
        let config = Config(rules: [.unassignedTask: .off, .missingReport: .severity(.warning)])
        let result = FindingFilter(config: config, workingDirectory: "/w")
            .apply(Outcome(command: "check", findings: findings, files: ["r.yaml"])).outcome
        #expect(result.findings.map(\.rule) == [.missingReport, .missingReport])
        #expect(result.findings.map(\.severity) == [.warning, .note])
        #expect(!result.fails)
    }

    @Test func configFindingsJoinAndIgnoredFilesLeave() {
        let configFinding = Finding(.schema, "unknown field 'x'", at: .init(path: ".dxaudit.yaml", line: 2, column: 1))
        let config = Config(
            path: ".dxaudit.yaml", ignore: [PathPattern("reports/*/draft-*.yaml")], findings: [configFinding])
        let outcome = Outcome(
            command: "lint",
            findings: [
                Self.finding(.schema, "reports/2024/draft-a.yaml"), Self.finding(.schema, "reports/2024/a.yaml"),
            ],
            files: ["reports/2024/draft-a.yaml", "reports/2024/a.yaml"])
        let result = FindingFilter(config: config, workingDirectory: "/nonexistent").apply(outcome).outcome
        #expect(result.files == ["reports/2024/a.yaml"])
        #expect(result.findings.map(\.location.path) == [".dxaudit.yaml", "reports/2024/a.yaml"])
        #expect(result.fails)
    }
}
