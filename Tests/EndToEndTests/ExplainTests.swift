import Foundation
import Testing

/// `dxaudit explain`: any case of a rule id, and hints only for near misses.
@Suite struct ExplainTests {
    @Test func ruleIdsMatchWhateverTheCase() throws {
        for id in ["LATE-REPORT", "Late-Report", "late-report"] {
            let run = try DXAudit.run(["explain", id])
            #expect(run.status == 0, "\(id): \(run.stderr)")
            #expect(run.stdout.hasPrefix("late-report (warning, report files):"))
        }
    }

    @Test func aNearMissGetsAHint() throws {
        let run = try DXAudit.run(["explain", "late-reprot"])
        #expect(run.status == 2)
        #expect(
            run.stderr.hasPrefix(
                "Error: unknown rule 'late-reprot'; did you mean 'late-report'? (see 'dxaudit rules')\n"))
    }

    @Test func somethingElseGetsOnlyThePointer() throws {
        let run = try DXAudit.run(["explain", "nope"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("Error: unknown rule 'nope' (see 'dxaudit rules')\n"))
        #expect(!run.stderr.contains("did you mean"))
    }
}
