import ArgumentParser
import DXAudit

/// `--format`, `--color`, `--quiet`, `--strict`: how a command prints.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Output format: \(Reporters.names.joined(separator: ", ")).", valueName: "format"))
    var format: Choice<OutputFormat>?

    @Flag(name: .long, help: "Warnings fail too (exit 1).")
    var strict = false

    @Option(
        name: .long,
        help: ArgumentHelp("Colour: auto, always or never (auto honours a terminal and NO_COLOR).", valueName: "when"))
    var color: Choice<ColorChoice> = .known(.auto)

    @Flag(name: .long, help: "Print only failing findings, no summary.")
    var quiet = false

    @OptionGroup var language: LanguageOptions

    func validate() throws {
        if case .unknown(let text) = color {
            throw usage(.badColor(text))
        }
        if case .unknown(let text) = format {
            throw usage(.badFormat(text, Reporters.names))
        }
    }

    var chosenFormat: OutputFormat? { format?.value }

    var presentation: Presentation {
        Presentation(
            format: chosenFormat, color: color.value ?? .auto, quiet: quiet, strict: strict, surroundings: .current,
            language: language.language)
    }
}

/// A value given for an option that takes one of a few words, kept even when it
/// names none of them, so that `validate()` can say what is wrong in dxaudit's
/// own words.
enum Choice<Value: ExpressibleByArgument & CaseIterable & RawRepresentable>: ExpressibleByArgument
where Value.RawValue == String {
    case known(Value)
    case unknown(String)

    init(argument: String) {
        self = Value(argument: argument).map(Choice.known) ?? .unknown(argument)
    }

    var value: Value? {
        guard case .known(let value) = self else { return nil }
        return value
    }

    var defaultValueDescription: String {
        switch self {
        case .known(let value): return value.rawValue
        case .unknown(let text): return text
        }
    }

    /// The help text names the values itself.
    static var allValueStrings: [String] { [] }
}

extension OutputFormat: ExpressibleByArgument {}

extension ColorChoice: ExpressibleByArgument {}
