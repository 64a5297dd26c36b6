import DXAudit
import DXYAML
import Foundation
import Testing

/// Successors that are lists or groups, and groups that count from a date
/// (Tests/Fixtures/communes: made-up districts and communes).
@Suite struct SuccessionTests {
    static let fixture = Repo.path("Tests/Fixtures/communes")

    static func load(_ folder: String) throws -> Plan {
        try #require(PlanLoader.load("\(folder)/plan.yaml").plan)
    }

    static func check(_ plan: Plan) -> CheckResult {
        let checker = Checker(plan: plan, asOf: date("2025-12-15"))
        return checker.check(folder: "/nonexistent/2025", year: 2025, files: [])
    }

    @Test func aListOfSuccessorsSharesTheDuties() throws {
        let registry = try Self.load(Self.fixture).registry
        #expect(registry.holders(of: "huyen-hai", on: date("2025-06-30")) == ["huyen-hai"])
        #expect(registry.holders(of: "huyen-hai", on: date("2025-07-01")) == ["xa-thu-a", "xa-thu-b"])
        #expect(registry.holder(of: "huyen-hai", on: date("2025-07-01")) == nil)
        #expect(registry.members(of: "huyen-hai", on: date("2025-07-01")) == ["xa-thu-a", "xa-thu-b"])
    }

    @Test func aGroupSuccessorCountsFromItsSince() throws {
        let registry = try Self.load(Self.fixture).registry
        #expect(registry.holders(of: "quan-mot", on: date("2025-07-01")) == ["communes"])
        #expect(registry.members(of: "quan-mot", on: date("2025-07-01")) == ["xa-thu-a", "xa-thu-b", "phuong-thu-c"])
        #expect(registry.members(of: "districts", on: date("2025-06-30")) == ["quan-mot", "huyen-hai"])
        #expect(registry.members(of: "districts", on: date("2025-12-01")) == ["xa-thu-a", "xa-thu-b", "phuong-thu-c"])
        #expect(registry.members(of: "communes", on: date("2025-06-30")).isEmpty)
    }

    @Test func districtDutiesPassToCommunes() throws {
        let plan = try Self.load(Self.fixture)
        let result = Self.check(plan)
        #expect(result.summary.unheld.isEmpty)
        let owing = Set(result.owed.map(\.unit))
        #expect(owing == ["so-tttt", "xa-thu-a", "xa-thu-b", "phuong-thu-c"])
        let ownership = Ownership(plan: plan, on: date("2025-12-01"))
        #expect(ownership.ownedTasks(of: "phuong-thu-c").map(\.description) == ["II.1.a"])
        #expect(ownership.ownedTasks(of: "xa-thu-a").map(\.description) == ["II.1.a"])
    }

    @Test func anEmptyCommunesGroupIsNamedInTheSummary() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.fixture)
        try dir.replace(in: "units.yaml", "    successor: [xa-thu-a, xa-thu-b]", with: "    successor: communes")
        try dir.replace(in: "units.yaml", "    kind: commune", with: "    kind: organisation")
        let plan = try Self.load(dir.path)
        let result = Self.check(plan)
        let unheld = result.summary.unheld.map {
            "\($0.ref) \($0.location.line) \($0.tasks.map(\.description)) \($0.obligation ?? "-")"
        }
        #expect(unheld == ["districts 19 [\"II.1.a\"] -", "districts 24 [] unit-annual"])
        #expect(Set(result.owed.map(\.unit)) == ["so-tttt"])
    }

    @Test func lintFindsUnknownSuccessorsAndGroupsAtTheirPlace() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.fixture)
        try dir.replace(in: "units.yaml", "[xa-thu-a, xa-thu-b]", with: "[xa-thu-a, xa-thu-x]")
        try dir.replace(in: "units.yaml", "    successor: communes", with: "    successor: comunes")
        let result = Linter.lint(["\(dir.path)/units.yaml"])
        let hits = result.findings.filter { $0.rule == .succession }.map {
            "\($0.location.line):\($0.location.column) \($0.message)"
        }
        #expect(
            hits == [
                "20:16 successor 'comunes' of 'quan-mot' is not a unit or group of the registry; did you mean 'communes'?",
                // xa-thu-a and xa-thu-b are equally close: no hint.
                "26:27 successor 'xa-thu-x' of 'huyen-hai' is not a unit or group of the registry",
            ])
    }

    @Test func aCycleThroughAListIsFound() throws {
        let dir = try TemporaryFolder()
        try dir.copy(Self.fixture)
        try dir.replace(
            in: "units.yaml",
            """
                email: xa-thu-b@test.example
                since: 2025-07-01
            """,
            with: """
                    email: xa-thu-b@test.example
                    since: 2025-07-01
                    until: 2026-12-31
                    successor: huyen-hai
                """)
        let result = Linter.lint(["\(dir.path)/units.yaml"])
        let cycles = result.findings.filter {
            $0.rule == .succession && $0.message.description.hasPrefix("succession cycle")
        }
        #expect(
            cycles.map(\.message.description).contains("succession cycle: huyen-hai → xa-thu-b → huyen-hai"),
            "\(result.findings)")
    }

    /// A made-up split: Sở A ends on 28/2/2025, Sở B takes its duties except II.2.a,
    /// which goes to Sở C.
    static func splitFixture() throws -> TemporaryFolder {
        let dir = try TemporaryFolder()
        try dir.copy(fixture)
        try dir.replace(
            in: "units.yaml", "  quan-mot:\n",
            with: """
                  so-a:
                    name: Sở A (fixture)
                    kind: department
                    until: 2025-02-28
                    successor: so-b
                    transfers: [{tasks: II.2.a, to: so-c, since: 2025-03-01}]
                  so-b:
                    name: Sở B (fixture)
                    kind: department
                    since: 2025-03-01
                  so-c:
                    name: Sở C (fixture)
                    kind: department
                  quan-mot:

                """)
        try dir.replace(
            in: "plan.yaml", "  - source: IV.2.b\n",
            with: """
                  - source: IV.3
                    unit: so-a
                    chairs: "điểm b khoản 1 phần II; điểm a khoản 2 phần II"
                  - source: IV.2.b

                """)
        return dir
    }

    @Test func aTransferMovesOneTaskFromItsDay() throws {
        let dir = try Self.splitFixture()
        let plan = try Self.load(dir.path)
        let before = Ownership(plan: plan, on: date("2025-02-28"))
        #expect(before.chairedTasks(of: "so-a").map(\.description) == ["II.1.b", "II.2.a"])
        let after = Ownership(plan: plan, on: date("2025-12-01"))
        #expect(after.chairedTasks(of: "so-b").map(\.description) == ["II.1.b"])
        #expect(after.chairedTasks(of: "so-c").map(\.description) == ["II.2.a"])
        #expect(Linter.lint(["\(dir.path)/units.yaml"]).findings.filter { $0.severity == .error }.isEmpty)
    }

    @Test func aTransferToAnUnknownUnitIsFound() throws {
        let dir = try Self.splitFixture()
        try dir.replace(in: "units.yaml", "to: so-c,", with: "to: so-d,")
        let result = Linter.lint(["\(dir.path)/units.yaml"])
        let hits = result.findings.filter { $0.rule == .succession }.map {
            "\($0.location.line):\($0.location.column) \($0.message)"
        }
        // so-a, so-b and so-c are all one edit away: no hint.
        #expect(hits == ["20:37 transfer of 'so-a' goes to 'so-d', not a unit or group of the registry"])
    }
}
