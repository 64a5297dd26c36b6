import DXAudit
import Foundation
import Testing

/// Every input a fuzz target once crashed on, in `Tests/Fixtures/fuzz-regressions/`,
/// run through the same entry points: each must now return normally.
@Suite struct FuzzRegressionTests {
    static var inputs: [String] {
        let folder = Repo.path("Tests/Fixtures/fuzz-regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { "\(folder)/\($0)" }
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs) func inputNoLongerCrashes(_ path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let name = URL(fileURLWithPath: path).lastPathComponent
        if name.hasPrefix("report-") { FuzzEntryPoints.report([UInt8](bytes)) }
        if name.hasPrefix("yaml-") { FuzzEntryPoints.yaml([UInt8](bytes)) }
        if name.hasPrefix("citation-") { FuzzEntryPoints.citations(String(decoding: bytes, as: UTF8.self)) }
    }
}
