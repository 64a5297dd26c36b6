import DXAudit
import DXYAML
import Foundation
import Testing

/// One-line edits of the small lint plan, its registry and a valid report, each with
/// the findings it must bring: rule, file, line and column, compared exactly. A
/// mutation that brings no finding, another rule or another place fails. Every other
/// one-line edit (each line deleted or given a value of the wrong shape) must load
/// without crashing and place whatever it finds inside the file.
@Suite struct MutationTests {
    /// A one-line edit and what it must bring.
    struct Mutation: Sendable, CustomTestStringConvertible {
        enum Edit: Sendable {
            /// The line goes.
            case delete
            /// `key: value` → `key: replacement`.
            case value(String)
            /// `key:` → `xkey:`: the key becomes unknown and the real one goes missing.
            case renameKey
            /// The line becomes this text (which may hold several lines).
            case line(String)
        }

        var file: String
        /// 1-based, in the unmutated file.
        var line: Int
        /// The line as it stands, without its indentation: a fixture that moves fails
        /// here rather than mutating the wrong line.
        var was: String
        var edit: Edit
        /// `rule file:line:column` of every finding the edit adds, in the mutated files.
        var brings: Set<String>

        init(_ file: String, _ line: Int, _ was: String, _ edit: Edit, _ brings: Set<String>) {
            self.file = file
            self.line = line
            self.was = was
            self.edit = edit
            self.brings = brings
        }

        var testDescription: String { "\(file):\(line) \(edit)" }

        /// `text` with the edit applied to `line`, or nil when the edit changes nothing.
        func apply(to text: String) -> String? {
            var lines = text.components(separatedBy: "\n")
            guard line >= 1, line <= lines.count else { return nil }
            let original = lines[line - 1]
            switch edit {
            case .delete: lines.remove(at: line - 1)
            case .value(let replacement): lines[line - 1] = MutationTests.replaceValue(original, with: replacement)
            case .renameKey: lines[line - 1] = MutationTests.renameKey(original)
            case .line(let replacement): lines[line - 1] = replacement
            }
            let changed = lines.joined(separator: "\n")
            return changed == text ? nil : changed
        }
    }

    // MARK: The plan and its registry

    static let planMutations: [Mutation] = [
        .init("plan.yaml", 2, "plan:", .delete, ["yaml-syntax plan.yaml:7:1"]),
        .init("plan.yaml", 2, "plan:", .renameKey, ["schema plan.yaml:2:1"]),
        .init("plan.yaml", 3, "number: 1/KH-TEST", .delete, ["schema plan.yaml:3:3"]),
        .init("plan.yaml", 3, "number: 1/KH-TEST", .value("[]"), ["schema plan.yaml:3:11"]),
        .init("plan.yaml", 4, "title: Kế hoạch thử nghiệm", .value("~"), ["schema plan.yaml:4:10"]),
        .init("plan.yaml", 5, "years: [2021, 2030]", .value("20124"), ["schema plan.yaml:5:10"]),
        .init("plan.yaml", 5, "years: [2021, 2030]", .value("{a: 1}"), ["schema plan.yaml:5:10"]),
        .init("plan.yaml", 6, "units: units.yaml", .renameKey, ["schema plan.yaml:3:3", "schema plan.yaml:6:3"]),
        .init("plan.yaml", 7, "coordinator: so-tttt", .value("20124"), ["unknown-unit plan.yaml:7:16"]),
        .init("plan.yaml", 7, "coordinator: so-tttt", .delete, ["schema plan.yaml:3:3"]),
        .init("plan.yaml", 8, "tasks:", .renameKey, ["schema plan.yaml:2:1", "schema plan.yaml:8:1"]),
        .init(
            "plan.yaml", 9, "II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số", .delete,
            ["unknown-ref plan.yaml:9:3", "unknown-ref plan.yaml:12:3"]),
        .init(
            "plan.yaml", 9, "II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số", .renameKey,
            ["bad-citation plan.yaml:9:3", "unknown-ref plan.yaml:10:3", "unknown-ref plan.yaml:13:3"]),
        .init(
            "plan.yaml", 10, "II.1.a: Về chuyển đổi nhận thức", .delete,
            [
                "missing-owner plan.yaml:10:3", "unknown-ref plan.yaml:10:3", "missing-owner plan.yaml:11:3",
                "unknown-ref plan.yaml:11:3", "unknown-ref plan.yaml:18:18",
            ]),
        .init(
            "plan.yaml", 10, "II.1.a: Về chuyển đổi nhận thức", .value("{a: 1}"),
            ["schema plan.yaml:10:11", "schema plan.yaml:10:12"]),
        .init(
            "plan.yaml", 11, "II.1.a.1: Tổ chức phổ biến, quán triệt chủ trương", .renameKey,
            ["bad-citation plan.yaml:11:3"]),
        .init(
            "plan.yaml", 12, "II.1.a.2: Xây dựng chuyên mục “Chuyển đổi số”", .value("[]"), ["schema plan.yaml:12:13"]),
        .init("plan.yaml", 13, "II.1.b: Về cơ chế, chính sách", .delete, ["unknown-ref plan.yaml:21:14"]),
        .init(
            "plan.yaml", 14, "II.2: Một số nhiệm vụ, giải pháp phát triển chính phủ số", .delete,
            ["unknown-ref plan.yaml:14:3"]),
        .init(
            "plan.yaml", 15, "II.2.a: Phát triển hạ tầng chính quyền số", .delete,
            ["missing-owner plan.yaml:14:3", "unknown-ref plan.yaml:21:38"]),
        .init("plan.yaml", 16, "assignments:", .delete, ["yaml-syntax plan.yaml:16:3"]),
        .init("plan.yaml", 17, "- source: IV.2.a", .value("20124"), ["bad-citation plan.yaml:17:13"]),
        .init("plan.yaml", 17, "- source: IV.2.a", .value("{a: 1}"), ["schema plan.yaml:17:13"]),
        .init("plan.yaml", 17, "- source: IV.2.a", .renameKey, ["schema plan.yaml:17:5"]),
        .init("plan.yaml", 18, "unit: departments", .value("20124"), ["unknown-unit plan.yaml:18:11"]),
        .init(
            "plan.yaml", 18, "unit: departments", .value("{a: 1}"),
            ["missing-owner plan.yaml:10:3", "schema plan.yaml:18:11"]),
        .init(
            "plan.yaml", 19, "implements: \"điểm a khoản 1 phần II\"", .delete,
            ["missing-owner plan.yaml:10:3", "schema plan.yaml:17:5"]),
        .init(
            "plan.yaml", 19, "implements: \"điểm a khoản 1 phần II\"", .value("20124"),
            ["missing-owner plan.yaml:10:3", "bad-citation plan.yaml:19:17"]),
        .init(
            "plan.yaml", 19, "implements: \"điểm a khoản 1 phần II\"",
            .line("    implements: \"điểm a khoản phần II\""),
            ["missing-owner plan.yaml:10:3", "bad-citation plan.yaml:19:31"]),
        .init("plan.yaml", 20, "- source: IV.3.a", .delete, ["duplicate-key plan.yaml:20:5"]),
        .init(
            "plan.yaml", 21, "unit: so-tttt", .renameKey,
            [
                "missing-owner plan.yaml:13:3", "missing-owner plan.yaml:14:3", "schema plan.yaml:20:5",
                "schema plan.yaml:21:5",
            ]),
        .init(
            "plan.yaml", 22, "chairs: \"điểm b khoản 1 phần II; điểm a khoản 2 phần II\"", .value("{a: 1}"),
            ["missing-owner plan.yaml:13:3", "missing-owner plan.yaml:14:3", "schema plan.yaml:22:13"]),
        .init("plan.yaml", 23, "reporting:", .delete, ["schema plan.yaml:2:1"]),
        .init("plan.yaml", 24, "- id: unit-annual", .delete, ["yaml-syntax plan.yaml:29:3"]),
        .init("plan.yaml", 24, "- id: unit-annual", .value("20124"), ["unknown-ref plan.yaml:35:18"]),
        .init("plan.yaml", 25, "source: IV.2.đ", .value("20124"), ["bad-citation plan.yaml:25:13"]),
        .init("plan.yaml", 26, "from: departments", .delete, ["schema plan.yaml:24:5", "unknown-ref plan.yaml:34:18"]),
        .init("plan.yaml", 26, "from: departments", .value("20124"), ["unknown-unit plan.yaml:26:11"]),
        .init("plan.yaml", 27, "to: ubnd", .value("20124"), ["unknown-unit plan.yaml:27:9"]),
        .init("plan.yaml", 28, "via: so-tttt", .value("[]"), ["schema plan.yaml:28:10"]),
        .init(
            "plan.yaml", 29, "due: {before: 12-01}", .value("20124"),
            ["schema plan.yaml:29:10", "unknown-ref plan.yaml:35:18"]),
        .init("plan.yaml", 30, "- id: synthesis", .delete, ["duplicate-key plan.yaml:30:5"]),
        .init("plan.yaml", 32, "from: so-tttt", .value("20124"), ["unknown-unit plan.yaml:32:11"]),
        .init("plan.yaml", 34, "due: {before: 12-10}", .value("~"), ["schema plan.yaml:34:10"]),
        .init("plan.yaml", 35, "synthesizes: unit-annual", .value("20124"), ["unknown-ref plan.yaml:35:18"]),
        .init("plan.yaml", 36, "calendar:", .delete, ["yaml-syntax plan.yaml:36:3"]),
        .init("plan.yaml", 37, "deadline_rule: next-working-day", .value("20124"), ["schema plan.yaml:37:18"]),
        .init("plan.yaml", 37, "deadline_rule: next-working-day", .delete, ["schema plan.yaml:36:10"]),
        .init(
            "plan.yaml", 37, "deadline_rule: next-working-day", .line("\tdeadline_rule: none"),
            ["yaml-syntax plan.yaml:37:1"]),

        .init("units.yaml", 2, "groups:", .delete, ["yaml-syntax units.yaml:3:1"]),
        .init(
            "units.yaml", 3, "departments: {kind: department}", .delete,
            ["unknown-unit plan.yaml:18:11", "unknown-unit plan.yaml:26:11"]),
        .init(
            "units.yaml", 3, "departments: {kind: department}", .value("[]"),
            ["unknown-unit plan.yaml:18:11", "unknown-unit plan.yaml:26:11", "schema units.yaml:3:16"]),
        .init("units.yaml", 5, "ubnd:", .renameKey, ["unknown-unit plan.yaml:27:9", "unknown-unit plan.yaml:33:9"]),
        .init("units.yaml", 6, "name: Ủy ban nhân dân thành phố", .delete, ["schema units.yaml:6:5"]),
        .init("units.yaml", 7, "kind: committee", .value("20124"), ["schema units.yaml:7:11"]),
        .init("units.yaml", 8, "so-tttt:", .delete, ["duplicate-key units.yaml:8:5"]),
        .init(
            "units.yaml", 8, "so-tttt:", .renameKey,
            [
                "unknown-unit plan.yaml:7:16", "unknown-unit plan.yaml:21:11", "unknown-unit plan.yaml:28:10",
                "unknown-unit plan.yaml:32:11",
            ]),
        .init("units.yaml", 11, "email: so-tttt@test.example", .value("[]"), ["schema units.yaml:11:12"]),
        .init("units.yaml", 12, "until: 2025-02-28", .delete, ["succession units.yaml:8:3"]),
        .init(
            "units.yaml", 12, "until: 2025-02-28", .value("20124"),
            ["succession units.yaml:8:3", "schema units.yaml:12:12"]),
        .init("units.yaml", 13, "successor: so-khcn", .value("20124"), ["succession units.yaml:13:16"]),
        .init("units.yaml", 14, "so-khcn:", .renameKey, ["succession units.yaml:13:16"]),
        .init("units.yaml", 18, "so-y-te:", .delete, ["duplicate-key units.yaml:18:5"]),
        .init("units.yaml", 20, "kind: department", .renameKey, ["schema units.yaml:19:5", "schema units.yaml:20:5"]),
    ]

    static let base = Repo.path("Tests/Fixtures/lint/base")

    /// `rule file:line:column` of each finding, the file by its name alone.
    static func places(_ findings: [Finding]) -> Set<String> {
        Set(
            findings.map {
                "\($0.rule.rawValue) \(URL(fileURLWithPath: $0.location.path).lastPathComponent):\($0.location.line):\($0.location.column)"
            })
    }

    static func lint(_ edited: (name: String, text: String)?) throws -> [Finding] {
        let dir = try TemporaryFolder()
        try dir.copy(base)
        if let edited { try dir.write(edited.name, edited.text) }
        return Linter.lint([dir.path]).findings
    }

    @Test func theUnmutatedPlanIsClean() throws {
        #expect(Self.places(try Self.lint(nil)) == [])
    }

    @Test(arguments: planMutations) func planMutationBringsItsFindings(_ mutation: Mutation) throws {
        let original = try String(contentsOfFile: "\(Self.base)/\(mutation.file)", encoding: .utf8)
        try Self.requireLine(mutation, in: original)
        let text = try #require(mutation.apply(to: original), "the edit changes nothing")
        let brought = Self.places(try Self.lint((mutation.file, text))).subtracting(Self.places(try Self.lint(nil)))
        #expect(brought == mutation.brings)
    }

    // MARK: A report

    static let report = """
        unit: so-y-te
        year: 2024
        obligation: unit-annual
        submitted: 2024-11-28
        document: 12/BC-SYT
        tasks:
          II.1.a:
            status: on-track
            progress: 50
            note: Đang triển khai
        """

    static let reportMutations: [Mutation] = [
        .init(
            "so-y-te.yaml", 1, "unit: so-y-te", .delete, ["schema so-y-te.yaml:1:1", "missing-report units.yaml:18:3"]),
        .init(
            "so-y-te.yaml", 1, "unit: so-y-te", .value("[]"),
            ["schema so-y-te.yaml:1:7", "missing-report units.yaml:18:3"]),
        .init(
            "so-y-te.yaml", 1, "unit: so-y-te", .value("20124"),
            ["unknown-unit so-y-te.yaml:1:7", "missing-report units.yaml:18:3"]),
        .init(
            "so-y-te.yaml", 1, "unit: so-y-te", .value("so-tttt"),
            ["unreported-task so-y-te.yaml:7:3", "missing-report units.yaml:18:3"]),
        .init("so-y-te.yaml", 2, "year: 2024", .delete, ["schema so-y-te.yaml:1:1"]),
        .init("so-y-te.yaml", 2, "year: 2024", .value("{a: 1}"), ["schema so-y-te.yaml:2:7"]),
        .init(
            "so-y-te.yaml", 2, "year: 2024", .value("20124"),
            ["schema so-y-te.yaml:2:7", "missing-report units.yaml:18:3"]),
        .init(
            "so-y-te.yaml", 2, "year: 2024", .value("2023"),
            ["year-mismatch so-y-te.yaml:2:7", "missing-report units.yaml:18:3"]),
        .init("so-y-te.yaml", 3, "obligation: unit-annual", .value("~"), ["schema so-y-te.yaml:3:13"]),
        .init("so-y-te.yaml", 3, "obligation: unit-annual", .value("20124"), ["unknown-obligation so-y-te.yaml:3:13"]),
        .init(
            "so-y-te.yaml", 3, "obligation: unit-annual", .value("synthesis"),
            ["unknown-obligation so-y-te.yaml:3:13", "missing-report units.yaml:18:3"]),
        .init("so-y-te.yaml", 3, "obligation: unit-annual", .renameKey, ["schema so-y-te.yaml:3:1"]),
        .init("so-y-te.yaml", 4, "submitted: 2024-11-28", .delete, ["schema so-y-te.yaml:1:1"]),
        .init("so-y-te.yaml", 4, "submitted: 2024-11-28", .value("20124"), ["schema so-y-te.yaml:4:12"]),
        .init("so-y-te.yaml", 4, "submitted: 2024-11-28", .value("2024-02-30"), ["schema so-y-te.yaml:4:12"]),
        .init("so-y-te.yaml", 4, "submitted: 2024-11-28", .value("2024-12-05"), ["late-report so-y-te.yaml:4:12"]),
        .init(
            "so-y-te.yaml", 4, "submitted: 2024-11-28", .value("2025-01-05"),
            ["future-date so-y-te.yaml:4:12", "late-report so-y-te.yaml:4:12"]),
        .init(
            "so-y-te.yaml", 4, "submitted: 2024-11-28", .renameKey,
            ["schema so-y-te.yaml:1:1", "schema so-y-te.yaml:4:1"]),
        .init("so-y-te.yaml", 5, "document: 12/BC-SYT", .value("[]"), ["schema so-y-te.yaml:5:11"]),
        .init(
            "so-y-te.yaml", 5, "document: 12/BC-SYT", .line("document: 12/BC-SYT\ndocument: 13/BC-SYT"),
            ["duplicate-key so-y-te.yaml:6:1"]),
        .init("so-y-te.yaml", 6, "tasks:", .delete, ["yaml-syntax so-y-te.yaml:6:9"]),
        .init(
            "so-y-te.yaml", 7, "II.1.a:", .delete,
            ["bad-citation so-y-te.yaml:7:5", "bad-citation so-y-te.yaml:8:5", "bad-citation so-y-te.yaml:9:5"]),
        .init("so-y-te.yaml", 7, "II.1.a:", .renameKey, ["bad-citation so-y-te.yaml:7:3"]),
        .init("so-y-te.yaml", 7, "II.1.a:", .line("  II.9.z:"), ["unknown-ref so-y-te.yaml:7:3"]),
        .init("so-y-te.yaml", 7, "II.1.a:", .line("  II.2.a:"), ["unassigned-task so-y-te.yaml:7:3"]),
        .init("so-y-te.yaml", 7, "II.1.a:", .line("\tII.1.a:"), ["yaml-syntax so-y-te.yaml:7:1"]),
        .init("so-y-te.yaml", 8, "status: on-track", .value("finished"), ["schema so-y-te.yaml:8:13"]),
        .init("so-y-te.yaml", 8, "status: on-track", .value("no"), ["schema so-y-te.yaml:8:13"]),
        .init("so-y-te.yaml", 8, "status: on-track", .renameKey, ["schema so-y-te.yaml:8:5"]),
        .init("so-y-te.yaml", 9, "progress: 50", .value("150"), ["schema so-y-te.yaml:9:15"]),
        .init("so-y-te.yaml", 9, "progress: 50", .value("010"), ["schema so-y-te.yaml:9:15"]),
        .init("so-y-te.yaml", 9, "progress: 50", .value("[]"), ["schema so-y-te.yaml:9:15"]),
        .init("so-y-te.yaml", 10, "note: Đang triển khai", .value("{a: 1}"), ["schema so-y-te.yaml:10:11"]),
        .init("so-y-te.yaml", 10, "note: Đang triển khai", .renameKey, ["schema so-y-te.yaml:10:5"]),
    ]

    /// Every finding of `check` over a year folder holding the report, as written.
    static func check(_ text: String) throws -> [Finding] {
        let plan = try #require(PlanLoader.load("\(base)/plan.yaml").plan)
        let checker = Checker(plan: plan, asOf: date("2024-12-15"))
        let dir = try TemporaryFolder()
        try dir.write("2024/so-y-te.yaml", text)
        let folder = "\(dir.path)/2024"
        return checker.check(folder: folder, year: 2024, files: Checker.reportFiles(in: folder) ?? []).findings
    }

    @Test func theUnmutatedReportBringsNothingOfItsOwn() throws {
        // Only the units that sent nothing are found, in the registry.
        let places = Self.places(try Self.check(Self.report))
        #expect(places == ["missing-report units.yaml:8:3", "missing-report units.yaml:14:3"])
    }

    @Test(arguments: reportMutations) func reportMutationBringsItsFindings(_ mutation: Mutation) throws {
        try Self.requireLine(mutation, in: Self.report)
        let text = try #require(mutation.apply(to: Self.report), "the edit changes nothing")
        let brought = Self.places(try Self.check(text)).subtracting(Self.places(try Self.check(Self.report)))
        #expect(brought == mutation.brings)
    }

    static func requireLine(_ mutation: Mutation, in text: String) throws {
        let lines = text.components(separatedBy: "\n")
        try #require(mutation.line >= 1 && mutation.line <= lines.count, "\(mutation.file) has \(lines.count) lines")
        let line = lines[mutation.line - 1].trimmingCharacters(in: .whitespaces)
        try #require(line == mutation.was, "\(mutation.file):\(mutation.line) reads '\(line)'")
    }

    // MARK: Every line, every shape

    static let sweep: [(String, @Sendable (String) -> String?)] = [
        ("delete", { _ in nil }),
        ("list", { replaceValue($0, with: "[]") }),
        ("null", { replaceValue($0, with: "~") }),
        ("map", { replaceValue($0, with: "{a: 1}") }),
        ("number", { replaceValue($0, with: "20124") }),
        ("rename", { renameKey($0) }),
    ]

    /// `  key: value` → `  xkey: value`: the key becomes unknown and goes missing.
    static func renameKey(_ line: String) -> String {
        let indent = line.prefix { $0 == " " || $0 == "-" }
        let rest = line.dropFirst(indent.count)
        guard let colon = rest.firstIndex(of: ":"), !rest.hasPrefix("#") else { return line }
        return indent + "x" + rest[..<colon] + rest[colon...]
    }

    /// `key: value` → `key: replacement`; lines without a value are kept.
    static func replaceValue(_ line: String, with replacement: String) -> String {
        guard let colon = line.range(of: ": "), !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") else {
            return line
        }
        return String(line[..<colon.upperBound]) + replacement
    }

    static func variants(of text: String) -> [(String, String)] {
        let lines = text.components(separatedBy: "\n")
        var result: [(String, String)] = []
        for (index, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            for (name, mutate) in sweep {
                var copy = lines
                if let changed = mutate(line) {
                    guard changed != line else { continue }
                    copy[index] = changed
                } else {
                    copy.remove(at: index)
                }
                result.append(("line \(index + 1) \(name)", copy.joined(separator: "\n")))
            }
        }
        return result
    }

    @Test(arguments: ["plan.yaml", "units.yaml"]) func everyPlanVariantLoadsAndPlacesItsFindings(_ name: String) throws
    {
        let original = try String(contentsOfFile: "\(Self.base)/\(name)", encoding: .utf8)
        for (what, text) in Self.variants(of: original) {
            let dir = try TemporaryFolder()
            try dir.copy(Self.base)
            try dir.write(name, text)
            let result = Linter.lint([dir.path])
            let inFile = result.findings.filter { $0.location.path.hasSuffix("/\(name)") }.map(\.location)
            FuzzRegressions.expectInside(Array(text.utf8), inFile, "\(name) \(what)")
            #expect(!result.findings.isEmpty || result.plans.count == 1, "\(name) \(what)")
        }
    }

    @Test func everyReportVariantLoadsAndWrongShapesAreFound() throws {
        for (what, text) in Self.variants(of: Self.report) {
            let inFile = try Self.check(text).filter { $0.location.path.hasSuffix("so-y-te.yaml") }
            FuzzRegressions.expectInside(Array(text.utf8), inFile.map(\.location), "report \(what)")
            if what.hasSuffix("list") || what.hasSuffix("map") || what.hasSuffix("rename") {
                #expect(!inFile.isEmpty, "report \(what) was accepted: \(text)")
            }
        }
    }
}
