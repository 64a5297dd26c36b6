import DXAudit
import DXYAML
import Foundation

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
