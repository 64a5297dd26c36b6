import DXYAML

/// How dxaudit words what it has to say in one language: messages from their
/// templates, and every date, deadline, count and unit name the same way
/// everywhere. This is the one place that turns values into words.
public struct Wording: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case english = "en"
    }

    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public static let english = Wording(.english)

    /// The message's template in this language, its `{n}` filled with its arguments.
    public func render(_ message: Finding.Message) -> String {
        let template = self.template(message)
        guard template.contains("{") else { return template }
        var out = ""
        var scalars = template.unicodeScalars[...]
        while let brace = scalars.firstIndex(of: "{") {
            out.unicodeScalars.append(contentsOf: scalars[..<brace])
            let rest = scalars[scalars.index(after: brace)...]
            let digits = rest.prefix { $0.properties.numericType != nil && $0.isASCII }
            let close = rest.index(rest.startIndex, offsetBy: digits.count)
            if !digits.isEmpty, close < rest.endIndex, rest[close] == "}", let n = Int(String(String.UnicodeScalarView(digits))),
                message.arguments.indices.contains(n)
            {
                out += format(message.arguments[n])
                scalars = rest[rest.index(after: close)...]
            } else {
                out.unicodeScalars.append("{")
                scalars = rest
            }
        }
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// The template of a message from its rule's catalog; a name the catalog lacks
    /// shows as its id, so that a gap is visible rather than silent.
    func template(_ message: Finding.Message) -> String {
        if message.name == Finding.Message.verbatimName { return "{0}" }
        return RuleRegistry.catalogs[language]?[message.id] ?? message.id
    }

    public func format(_ argument: Finding.Argument) -> String {
        switch argument {
        case .text(let text): return text
        case .unit(let id, let name): return unit(id, name: name)
        case .citation(let citation): return citation.description
        case .citationInWords(let citation): return citation.vietnamese
        case .date(let date): return date.description
        case .weekday(let date): return weekday(date)
        case .due(let due, let year): return self.due(due, year: year)
        case .days(let n): return days(n)
        case .number(let n): return String(n)
        case .list(let items, let separator): return items.map(format).joined(separator: separator)
        case .message(let message): return message.map(render) ?? ""
        case .didYouMean(let suggestion): return suggestion.map { "; did you mean '\($0)'?" } ?? ""
        }
    }

    /// `Sở Y tế (so-y-te)`, or the id alone for a unit the registry does not know.
    public func unit(_ id: String, name: String?) -> String {
        name.map { "\($0) (\(id))" } ?? id
    }

    /// `Mon 2024-12-02`.
    public func weekday(_ date: CivilDate) -> String {
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(names[date.weekday - 1]) \(date.description)"
    }

    /// `before 01/12/2024` or `by 10/12/2024`.
    public func due(_ due: Plan.Due, year: Int) -> String {
        "\(due.kind.rawValue) \(Self.twoDigits(due.day))/\(Self.twoDigits(due.month))/\(year)"
    }

    /// `1 day`, `3 days`.
    public func days(_ n: Int) -> String {
        count(n, "day")
    }

    /// `1 report`, `3 reports`.
    public func count(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
