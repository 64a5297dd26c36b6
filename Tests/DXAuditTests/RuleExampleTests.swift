import DXAudit
import DXYAML
import Foundation
import Testing

/// Every rule's own examples, run through the library the way `lint` and `check`
/// run: a triggering example must bring a finding of its rule, at its `↓` when it
/// has one; a passing example must bring none.
@Suite struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: RuleID
        var number: Int
        var example: RuleExample
        var testDescription: String { "\(rule.rawValue) \(number) \(example.triggers ? "triggers" : "passes")" }
    }

    static let cases: [Case] = RuleRegistry.all.flatMap { rule in
        rule.examples.enumerated().map { Case(rule: rule.id, number: $0.offset + 1, example: $0.element) }
    }

    /// Where a marked example expects its finding: a file's name in the example folder.
    struct Mark: CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var description: String { "\(file):\(line):\(column)" }

        func isAt(_ location: Finding.Location) -> Bool {
            location.path.hasSuffix("/\(file)") && location.line == line && location.column == column
        }
    }

    /// The example's files, as they stand in a project: the plan and its registry in
    /// `plans/`, reports in `reports/2024/`.
    static func files(_ input: RuleExample.Input) -> [(name: String, text: String)] {
        switch input {
        case .plan(let text):
            return [("plans/plan.yaml", text), ("plans/units.yaml", RuleExample.exampleRegistry)]
        case .units(let text):
            return [("plans/plan.yaml", RuleExample.examplePlan), ("plans/units.yaml", text)]
        case .reports(let texts):
            return [("plans/plan.yaml", RuleExample.examplePlan), ("plans/units.yaml", RuleExample.exampleRegistry)]
                + texts.enumerated().map { ("reports/\(RuleExample.year)/report-\($0.offset + 1).yaml", $0.element) }
        case .planWithSource(let plan, let text):
            return [
                ("plans/plan.yaml", plan), ("plans/units.yaml", RuleExample.exampleRegistry), ("plans/plan.txt", text),
            ]
        case .planText(let text):
            return [("plan.txt", text)]
        }
    }

    /// Writes the example's files without their markers; the first marker found.
    static func write(_ input: RuleExample.Input, to dir: TemporaryFolder) throws -> Mark? {
        var mark: Mark?
        for (name, text) in files(input) {
            guard let unmarked = RuleExample.unmarked(text) else {
                try dir.write(name, text)
                continue
            }
            try dir.write(name, unmarked.text)
            mark = mark ?? Mark(file: name, line: unmarked.line, column: unmarked.column)
        }
        return mark
    }

    /// What the command for the input reports, after the filter that every command
    /// applies (it is what adds `unused-suppression`).
    static func findings(_ example: RuleExample, in dir: TemporaryFolder) throws -> [Finding] {
        var outcome: Outcome
        switch example.input {
        case .planText:
            let bytes = Array(try dir.read("plan.txt").utf8)
            guard case .success(let text) = PlanText.read(bytes, path: "\(dir.path)/plan.txt") else {
                Issue.record("the example text cannot be read")
                return []
            }
            return Extractor.extract(text).findings
        case .plan, .units, .planWithSource:
            let result = Linter.lint(["\(dir.path)/plans"])
            outcome = Outcome(command: "lint", findings: result.findings, files: result.files)
            outcome.sources = result.sources
        case .reports:
            let load = PlanAudit.load("\(dir.path)/plans/plan.yaml")
            let plan = try #require(load.plan, "the example plan does not load: \(load.findings)")
            guard case .success(let asOf) = CivilDate.parse(example.asOf) else {
                Issue.record("the example's as-of date '\(example.asOf)' is not a date")
                return []
            }
            let folder = "\(dir.path)/reports/\(RuleExample.year)"
            let result = Checker(plan: plan, asOf: asOf)
                .check(folder: folder, year: RuleExample.year, files: Checker.reportFiles(in: folder) ?? [])
            outcome = Outcome(command: "check", findings: result.findings, files: result.files)
            outcome.sources = Dictionary(result.sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        }
        return FindingFilter(workingDirectory: dir.path).apply(outcome).outcome.findings
    }

    @Test(arguments: cases) func example(_ c: Case) throws {
        let dir = try TemporaryFolder()
        let mark = try Self.write(c.example.input, to: dir)
        let findings = try Self.findings(c.example, in: dir)
        let hits = findings.filter { $0.rule == c.rule }
        let all = findings.map { "\($0.location.line):\($0.location.column) \($0.rule.rawValue): \($0.message)" }
        if c.example.triggers {
            #expect(!hits.isEmpty, "\(c.rule.rawValue) did not fire; got \(all)")
            if let mark {
                #expect(hits.contains { mark.isAt($0.location) }, "expected at \(mark); got \(all)")
            }
        } else {
            #expect(mark == nil, "a passing example marks no finding")
            #expect(hits.isEmpty, "\(c.rule.rawValue) fired on a passing example: \(all)")
            // A file that is not read whole would pass every rule that judges it.
            let unread = findings.filter { $0.rule == .yamlSyntax || $0.rule == .schema }
            #expect(unread.isEmpty, "a passing example must be read whole: \(all)")
        }
    }

    /// Columns count Unicode scalars, as findings do: `ở` before the marker is one.
    @Test func theMarkerGivesLineAndColumn() throws {
        let marked = try #require(RuleExample.unmarked("unit: so-y-te\nname: Sở ↓Y tế\n"))
        #expect(marked.text == "unit: so-y-te\nname: Sở Y tế\n")
        #expect(marked.line == 2)
        #expect(marked.column == 10)
        #expect(RuleExample.unmarked("unit: so-y-te\n") == nil)
    }

    /// Examples change the example plan or registry to make a rule fire; unchanged,
    /// they bring no finding at all.
    @Test func theExamplePlanAndRegistryAreClean() throws {
        let dir = try TemporaryFolder()
        _ = try Self.write(.plan(RuleExample.examplePlan), to: dir)
        let findings = try Self.findings(.passing(.plan(RuleExample.examplePlan)), in: dir)
        #expect(findings.isEmpty, "\(findings)")
    }
}

/// The one list of rules, and what each rule must bring with it.
@Suite struct RuleRegistryTests {
    @Test func theRegistryListsEveryRuleOnce() {
        let ids = RuleRegistry.all.map { $0.id }
        #expect(Set(ids) == Set(RuleID.allCases))
        #expect(ids.count == RuleID.allCases.count, "a rule is listed twice")
    }

    @Test(arguments: RuleRegistry.all.map { $0.id }) func everyRuleTriggersAndPasses(_ id: RuleID) throws {
        let rule = try #require(RuleRegistry.all.first { $0.id == id })
        #expect(rule.examples.contains { $0.triggers }, "\(id.rawValue) has no triggering example")
        #expect(rule.examples.contains { !$0.triggers }, "\(id.rawValue) has no passing example")
    }

    /// `late-report` is `LateReport.swift` (letter case aside: `YAMLSyntax.swift`), one
    /// file under `Sources/DXAudit/Rules/`, and that file is the one that declares it.
    @Test(arguments: RuleID.allCases) func everyRuleIsInAFileNamedByItsID(_ id: RuleID) throws {
        let root = Repo.path("Sources/DXAudit/Rules")
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".swift") }
        let name = id.rawValue.replacingOccurrences(of: "-", with: "") + ".swift"
        let named = paths.filter { ($0 as NSString).lastPathComponent.lowercased() == name }
        #expect(named.count == 1, "files named for \(id.rawValue): \(named)")
        let declaration = "static let id = RuleID.\(id)\n"
        let declaring = try paths.filter {
            try String(contentsOfFile: "\(root)/\($0)", encoding: .utf8).contains(declaration)
        }
        #expect(declaring == named, "\(declaration) is in \(declaring)")
    }
}
