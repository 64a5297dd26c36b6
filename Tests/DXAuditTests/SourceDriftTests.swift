import DXAudit
import DXYAML
import Foundation
import Testing

/// `source-drift` on the shipped plan and on copies of it with an edited task.
@Suite struct SourceDriftTests {
    /// The shipped plan, its registry and its seed in a folder laid out as the project.
    static func project() throws -> TemporaryFolder {
        let dir = try TemporaryFolder()
        for name in ["plans/227-KH-UBND.yaml", "plans/units.yaml", "seeds/227-KH-UBND.txt"] {
            try dir.write(name, try String(contentsOfFile: Repo.path(name), encoding: .utf8))
        }
        return dir
    }

    static func drift(_ dir: TemporaryFolder) -> [String] {
        Linter.lint(["\(dir.path)/plans/227-KH-UBND.yaml"]).findings.filter { $0.rule == .sourceDrift }.map {
            "\($0.location.line):\($0.location.column) \($0.message)"
        }
    }

    @Test func theShippedPlanIsWhatItsSourceSays() {
        let plan = Repo.shippedPlan
        #expect(plan.sourceText?.written == "../seeds/227-KH-UBND.txt")
        #expect(PlanAudit.judge(plan).filter { $0.rule == .sourceDrift }.isEmpty)
        #expect(plan.sourceText?.extracted.tasks.count == plan.tasks.count)
    }

    @Test func aChangedTaskIsReportedAtItsLineWithTheSourceLine() throws {
        let dir = try Self.project()
        try dir.replace(
            in: "plans/227-KH-UBND.yaml", "Người đứng đầu tại các Sở, ngành, địa phương chịu trách nhiệm trực tiếp",
            with: "Người đứng đầu tại các Sở chịu trách nhiệm trực tiếp")
        #expect(
            Self.drift(dir) == [
                "120:3 II.1.a.3 is not what the source text says (../seeds/227-KH-UBND.txt, line 44: \"Người đứng đầu tại các Sở, ngành, địa phương chịu trách nhiệ…\")"
            ])
    }

    @Test func aChangedDetailIsReportedWithTheDetailsLine() throws {
        let dir = try Self.project()
        try dir.replace(
            in: "plans/227-KH-UBND.yaml", "100% các cơ sở y tế có bộ phận", with: "90% các cơ sở y tế có bộ phận")
        let found = Self.drift(dir)
        #expect(found.count == 1)
        #expect(
            found.first?.contains("II.5.a is not what the source text says (../seeds/227-KH-UBND.txt, line 97") == true,
            "\(found)")
    }

    @Test func aTaskLeftOutAndATaskAddedAreReported() throws {
        let dir = try Self.project()
        let plan = try dir.read("plans/227-KH-UBND.yaml")
        let lines = plan.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let kept = lines.filter { !$0.hasPrefix("  II.1.a.5:") }
            .flatMap {
                $0.hasPrefix("  II.1.b.3:") ? [$0, "  II.1.b.4: \"Một nhiệm vụ không có trong văn bản.\""] : [$0]
            }
        try dir.write("plans/227-KH-UBND.yaml", kept.joined(separator: "\n"))
        let found = Self.drift(dir)
        #expect(found.count == 2, "\(found)")
        #expect(
            found.contains {
                $0.hasPrefix(
                    "121:3 the source text (../seeds/227-KH-UBND.txt, line 46) has II.1.a.5, which the plan leaves out")
            }, "\(found)")
        #expect(
            found.contains { $0.contains("II.1.b.4 is not in the source text ../seeds/227-KH-UBND.txt") }, "\(found)")
    }

    /// NFD text and runs of spaces in the plan say the same as the source.
    @Test func normalisationAndSpacesAreNotDrift() throws {
        let dir = try Self.project()
        let text = "Người đứng đầu tại các Sở, ngành, địa phương chịu trách nhiệm trực tiếp"
        try dir.replace(
            in: "plans/227-KH-UBND.yaml", text,
            with: text.decomposedStringWithCanonicalMapping.replacingOccurrences(of: " tại ", with: "   tại  "))
        #expect(Self.drift(dir).isEmpty)
        let seed = try dir.read("seeds/227-KH-UBND.txt")
        try dir.write("seeds/227-KH-UBND.txt", seed.decomposedStringWithCanonicalMapping)
        #expect(Self.drift(dir).isEmpty)
    }

    @Test func anUnreadableSourceIsASchemaFinding() throws {
        let dir = try Self.project()
        try Data([0x31, 0x2E, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: "\(dir.path)/seeds/227-KH-UBND.txt"))
        let findings = Linter.lint(["\(dir.path)/plans/227-KH-UBND.yaml"]).findings.filter { $0.rule == .schema }
        #expect(
            findings.map { "\($0.location.line) \($0.message)" } == [
                "15 the source text '../seeds/227-KH-UBND.txt' is not UTF-8 at line 1, column 4"
            ])
    }
}
