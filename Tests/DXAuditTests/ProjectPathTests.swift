import DXAudit
import Testing

@Suite struct ProjectPathTests {
    @Test func normalizedAndRelative() {
        #expect(ProjectPath.normalize("./reports//2024/../2024/a.yaml") == "reports/2024/a.yaml")
        #expect(ProjectPath.normalize("/../a/./b") == "/a/b")
        #expect(ProjectPath.normalize("./") == ".")
        #expect(ProjectPath.absolute("a.yaml", from: "/w/x") == "/w/x/a.yaml")
        #expect(ProjectPath.relative("/w/reports/a.yaml", to: "/w/plans") == "../reports/a.yaml")
        #expect(ProjectPath.relative("/w", to: "/w") == ".")
        #expect(ProjectPath.display("/w/r/a.yaml", workingDirectory: "/w") == "r/a.yaml")
        #expect(ProjectPath.display("././r/a.yaml", workingDirectory: "/w") == "r/a.yaml")
    }

    @Test func asWritten() {
        #expect(ProjectPath.resolve("units.yaml", relativeTo: "plans/plan.yaml") == "plans/units.yaml")
        #expect(ProjectPath.resolve("/u.yaml", relativeTo: "plans/plan.yaml") == "/u.yaml")
        #expect(ProjectPath.resolve("u.yaml", relativeTo: "plan.yaml") == "u.yaml")
        #expect(ProjectPath.directory(of: "/a.yaml") == "/")
        #expect(ProjectPath.directory(of: "a.yaml") == "")
        #expect(ProjectPath.lastComponent("reports/2024/") == "2024")
        #expect(ProjectPath.join("reports/", "2024") == "reports/2024")
        #expect(ProjectPath.join("reports", "2024") == "reports/2024")
    }
}
