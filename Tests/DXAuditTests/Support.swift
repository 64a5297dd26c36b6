import DXAudit
import DXYAML
import Foundation
import Testing

/// Paths into the repository, found from this file so tests run from any folder.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static func path(_ relative: String) -> String { "\(root)/\(relative)" }

    static var shippedPlan: Plan {
        let load = PlanLoader.load(path("plans/227-KH-UBND.yaml"))
        return load.plan!
    }
}

func date(_ text: String) -> CivilDate {
    guard case .success(let d) = CivilDate.parse(text) else { fatalError("bad test date \(text)") }
    return d
}

func citation(_ text: String) -> Citation {
    guard case .success(let ref) = CitationParser.parseOne(text) else { fatalError("bad test citation \(text)") }
    return ref.citation
}

extension Finding {
    /// A finding with a fixed English message, for reporter and filter tests.
    init(
        _ rule: RuleID, _ text: String, at location: Location, severity: Severity? = nil, sourceLine: String? = nil,
        unit: String? = nil
    ) {
        self.init(
            .verbatim(rule, text), at: location, severity: severity, sourceLine: sourceLine, unit: unit)
    }
}

/// `output` against the file checked in at `path`; with `DXAUDIT_UPDATE_EXPECTED=1`
/// the file is rewritten first, after a deliberate change.
func expectMatchesExpectedFile(
    _ output: String, at path: String, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    if ProcessInfo.processInfo.environment["DXAUDIT_UPDATE_EXPECTED"] == "1" {
        try output.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(output == expected, comment, sourceLocation: sourceLocation)
}
