import DXYAML

extension Finding {
    /// What a finding says, as data: which message of which rule, and the values it
    /// names. Reporters render it in the reader's language through `Wording`; no
    /// layer below them holds finished sentences.
    ///
    /// Rules create messages with factories next to their decision
    /// (`extension Finding.Message { static func … }` at the end of each rule file).
    public struct Message: Sendable, Hashable {
        /// The rule the message belongs to; a finding's rule is its message's.
        public var rule: RuleID
        /// The message's name in its rule's catalogs, whose templates have `{0}`,
        /// `{1}` … for `arguments`.
        public var name: String
        public var arguments: [Argument]

        public init(_ rule: RuleID, _ name: String, _ arguments: Argument...) {
            self.init(rule, name, arguments)
        }

        public init(_ rule: RuleID, _ name: String, _ arguments: [Argument]) {
            self.rule = rule
            self.name = name
            self.arguments = arguments
        }

        /// A message whose text is given as it is, in every language: for text that
        /// comes whole from elsewhere, and for tests.
        public static func verbatim(_ rule: RuleID, _ text: String) -> Message {
            Message(rule, verbatimName, .text(text))
        }

        static let verbatimName = "verbatim"

        /// `late-report.sent-late`: the key of the message in every language's catalog.
        public var id: String { "\(rule.rawValue).\(name)" }
    }

    /// A value a message names, kept typed so that each language words it its own way.
    /// Payloads wider than two strings are boxed (`indirect`), so that a message's
    /// arguments stay small: a national year holds a hundred thousand of them.
    public enum Argument: Sendable, Hashable {
        /// Shown as written: ids, file paths, text quoted from a file.
        case text(String)
        /// A unit by id, with its name when the registry has one.
        case unit(id: String, name: String?)
        indirect case citation(Citation)
        /// A citation in the document's own words: `mục (2) điểm b khoản 1 phần II`.
        indirect case citationInWords(Citation)
        /// Why a citation could not be read, worded in the reader's language.
        indirect case citationProblem(CitationError.Problem)
        case date(CivilDate)
        /// A date with its day of the week.
        case weekday(CivilDate)
        /// A yearly deadline in a given year: `before 01/12/2024`.
        indirect case due(Plan.Due, year: Int)
        /// A number of days: `1 day`, `3 days`.
        case days(Int)
        case number(Int)
        /// A number that may have a fraction: `76.5`, `76,5` in Vietnamese.
        case decimal(Double)
        /// Values shown one after another with `separator` between them.
        case list([Argument], separator: String)
        /// A message inside a message; `nil` shows nothing.
        indirect case message(Message?)
        /// `; did you mean 'so-tttt'?` after a misspelt name, or nothing.
        case didYouMean(String?)
        /// A reporting obligation by id; Vietnamese names it by what it is: `báo cáo
        /// năm` for a unit report, `báo cáo tổng hợp năm` for a synthesis.
        case obligation(String, synthesis: Bool)
        /// A place in a file, named the way schema messages name it: `the plan`,
        /// `task II.1.a`, `unit 'so-y-te'`.
        indirect case place(Place)
        /// What a YAML value turned out to be: `a list`, `null`.
        case kind(ValueKind)
        /// Why the YAML layer could not read a file, with libyaml's context if any.
        indirect case yamlError(YAMLError)
        /// Why a node is not of the type a reader asked for.
        indirect case yamlProblem(YAMLError.Problem)
        /// Why a path could not be read at all.
        indirect case readError(SourceFile.ReadError)
        /// Why a `# dxaudit:` comment could not be read.
        indirect case suppressionProblem(Suppression.Problem)
    }

    /// A place in a file that a schema message is about.
    public enum Place: Sendable, Hashable {
        /// A plan file's top level.
        case plan
        /// The `plan:` header.
        case planHeader
        case task(String)
        case target(String)
        case indicator(String)
        case assignment
        case obligation
        /// A field named by its key, quoted: `'due'`, `'calendar'`.
        case quotedKey(String)
        case registry
        case group(String)
        case unit(String)
        case transfer(String)
        case report
        case configuration
        case setting(String)
        case ignorePattern
    }

    /// The kinds of value YAML holds, as messages name what they found.
    public enum ValueKind: Sendable, Hashable {
        case null, boolean, integer, number, string, list, mapping

        public init(_ node: Node) {
            switch node.content {
            case .sequence: self = .list
            case .mapping: self = .mapping
            case .scalar:
                switch node.resolved {
                case .null: self = .null
                case .bool: self = .boolean
                case .int: self = .integer
                case .float: self = .number
                case .string: self = .string
                }
            }
        }
    }
}

extension Finding.Message: CustomStringConvertible {
    /// The message in English.
    public var description: String { Wording.english.render(self) }
}

extension Finding.Argument: ExpressibleByStringLiteral {
    /// A literal stands for itself: a field name such as `"number"`.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension Finding.Argument {
    /// A unit by id, named as the registry names it.
    public static func unit(_ id: String, in registry: Registry) -> Finding.Argument {
        .unit(id: id, name: registry.units[id]?.name)
    }

    /// An obligation of the plan.
    public static func obligation(_ obligation: Plan.Obligation) -> Finding.Argument {
        .obligation(obligation.id, synthesis: obligation.synthesizes != nil)
    }

    /// Text values separated by `, `.
    public static func texts(_ values: [String], separator: String = ", ") -> Finding.Argument {
        .list(values.map { .text($0) }, separator: separator)
    }
}
