import DXAudit
import DXYAML
import Foundation
import Testing

/// Every line of the small lint plan, its registry and a report, deleted or given a
/// value of the wrong shape: loading must never crash, and a deleted required field
/// or a wrong shape must be reported, never silently accepted as valid.
@Suite struct MutationTests {
    static let mutations: [(String, @Sendable (String) -> String?)] = [
        ("delete", { _ in nil }),
        ("list", { replaceValue($0, with: "[]") }),
        ("null", { replaceValue($0, with: "~") }),
        ("map", { replaceValue($0, with: "{a: 1}") }),
        ("number", { replaceValue($0, with: "20124") }),
        ("rename", { renameKey($0) }),
    ]

    /// `  key: value` → `  xkey: value`: the key becomes unknown and goes missing.
    static func renameKey(_ line: String) -> String? {
        let indent = line.prefix { $0 == " " || $0 == "-" }
        let rest = line.dropFirst(indent.count)
        guard let colon = rest.firstIndex(of: ":"), !rest.hasPrefix("#") else { return line }
        return indent + "x" + rest[..<colon] + rest[colon...]
    }

    /// `key: value` → `key: replacement`; lines without a value are kept.
    static func replaceValue(_ line: String, with replacement: String) -> String? {
        guard let colon = line.range(of: ": "), !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") else {
            return line
        }
        return String(line[..<colon.upperBound]) + replacement
    }

    static func variants(of text: String) -> [(String, String)] {
        let lines = text.components(separatedBy: "\n")
        var result: [(String, String)] = []
        for (index, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            for (name, mutate) in mutations {
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

    @Test(arguments: ["plan.yaml", "units.yaml"]) func planFilesNeverCrash(_ name: String) throws {
        let base = Repo.path("Tests/Fixtures/lint/base")
        let original = try String(contentsOfFile: "\(base)/\(name)", encoding: .utf8)
        for (what, text) in Self.variants(of: original) {
            let dir = try TemporaryFolder()
            try dir.copy(base)
            try dir.write(name, text)
            let result = Linter.lint([dir.path])
            if what.hasSuffix("delete") { continue }  // deleting a comment-like or optional line may be fine
            #expect(!result.findings.isEmpty || result.plans.count == 1, "\(name) \(what)")
        }
    }

    @Test func reportsNeverCrashAndWrongShapesAreFound() throws {
        let plan = try #require(PlanLoader.load(Repo.path("Tests/Fixtures/lint/base/plan.yaml")).plan)
        let report = """
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
        let checker = Checker(plan: plan, asOf: date("2024-12-15"))
        for (what, text) in Self.variants(of: report) {
            let dir = try TemporaryFolder()
            try dir.write("2024/so-y-te.yaml", text)
            let result = checker.check(
                folder: "\(dir.path)/2024", year: 2024, files: Checker.reportFiles(in: "\(dir.path)/2024") ?? [])
            let inFile = result.findings.filter { $0.location.path.hasSuffix("so-y-te.yaml") }
            if what.hasSuffix("list") || what.hasSuffix("map") || what.hasSuffix("rename") {
                #expect(!inFile.isEmpty, "report \(what) was accepted: \(text)")
            }
        }
    }
}
