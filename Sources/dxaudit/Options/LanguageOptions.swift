import ArgumentParser
import DXAudit

/// `--lang vi|en`: the language of messages, summaries and errors.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Language: vi or en (default: lang: in .dxaudit.yaml, else LANGUAGE, LC_ALL, LC_MESSAGES, LANG).",
            valueName: "lang"))
    var lang: Choice<Wording.Language>?

    func validate() throws {
        if case .unknown(let text) = lang { throw usage(.badLanguage(text)) }
    }

    var language: Wording.Language? { lang?.value }
}

/// A usage mistake, in the language of the run.
func usage(_ problem: Problem) -> ValidationError {
    ValidationError(problem.text(in: .ofThisRun))
}

extension Wording.Language: ExpressibleByArgument {}
