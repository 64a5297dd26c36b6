import ArgumentParser
import DXAudit
import DXYAML

/// `--plan` and `--as-of`: which plan, judged as of which day.
struct PlanOptions: ParsableArguments {
    @Option(name: .long, help: "A plan file, or a folder holding one (default: the nearest plans/ folder).")
    var plan: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Judge as of this day, YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh).", valueName: "date"))
    var asOf: String?

    func validate() throws {
        _ = try Self.date(asOf)
    }

    var choice: PlanChoice {
        PlanChoice(path: plan, asOf: try? Self.date(asOf))
    }

    /// An `--as-of` value as a date, or the mistake in words.
    static func date(_ text: String?) throws -> CivilDate? {
        guard let text else { return nil }
        switch CivilDate.parse(text) {
        case .success(let date): return date
        case .failure(.notADate): throw usage(.notADate(option: "--as-of", text))
        case .failure(.impossible(let why)): throw usage(.impossibleDate(option: "--as-of", text, reason: why))
        }
    }
}
