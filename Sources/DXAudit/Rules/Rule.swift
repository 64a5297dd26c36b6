/// A rule: what it checks, how severe it is unless settings say otherwise, and the
/// words `dxaudit rules` and `dxaudit explain` print for it. Each rule is one type in
/// a file named by its id, under the folder of what it reads (`File/`, `Plan/`,
/// `Report/`, `Year/`), with its decision and its message factories.
public protocol Rule: SendableMetatype {
    static var id: RuleID { get }
    static var severity: Finding.Severity { get }
    static var scope: RuleInfo.Scope { get }
    /// One line, for `dxaudit rules` and SARIF's shortDescription.
    static var summary: String { get }
    /// Several sentences with an example, for `dxaudit explain` and SARIF's help text.
    static var explanation: String { get }
    /// Inputs that make the rule fire and inputs that must not.
    static var examples: [RuleExample] { get }
    /// The rule's messages in English by name (`Finding.Message.name`), `{0}`, `{1}` …
    /// standing for their arguments.
    static var english: [String: String] { get }
    /// The same messages in Vietnamese, under the same names and placeholders.
    static var vietnamese: [String: String] { get }
    static var vietnameseSummary: String { get }
    static var vietnameseExplanation: String { get }
}

/// What a rule says about itself, as `rules`, `explain` and SARIF print it.
public struct RuleInfo: Sendable {
    /// What a rule reads: plan files, report files, or any file dxaudit reads.
    public enum Scope: String, Sendable {
        case plan, report, any
    }

    public var id: RuleID
    public var severity: Finding.Severity
    public var scope: Scope
    /// In English.
    public var summary: String
    /// In English.
    public var explanation: String
    private var vietnameseSummary: String
    private var vietnameseExplanation: String

    init(_ rule: any Rule.Type) {
        id = rule.id
        severity = rule.severity
        scope = rule.scope
        summary = rule.summary
        explanation = rule.explanation
        vietnameseSummary = rule.vietnameseSummary
        vietnameseExplanation = rule.vietnameseExplanation
    }

    public func summary(in language: Wording.Language) -> String {
        language == .vietnamese ? vietnameseSummary : summary
    }

    public func explanation(in language: Wording.Language) -> String {
        language == .vietnamese ? vietnameseExplanation : explanation
    }
}

/// Every rule, in the order `dxaudit rules` lists them.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        YAMLSyntaxRule.self, DuplicateKeyRule.self, SchemaRule.self, BadCitationRule.self, UnknownRefRule.self,
        UnknownUnitRule.self,
        MissingOwnerRule.self, SharedChairRule.self, NonstandardLetterRule.self, DeadlineOrderRule.self,
        SuccessionRule.self, DoubtfulAssignmentRule.self, SourceDriftRule.self, ExtractGapRule.self,
        MissingReportRule.self, LateReportRule.self, UnreportedTaskRule.self, UnassignedTaskRule.self,
        DuplicateReportRule.self, YearMismatchRule.self, FutureDateRule.self, UnknownObligationRule.self,
        BadFigureRule.self, TargetMissingRule.self, TargetBehindRule.self,
        UnusedSuppressionRule.self,
    ]

    /// What each rule says about itself, in `all`'s order.
    public static let info: [RuleInfo] = all.map(RuleInfo.init)

    static let byID: [RuleID: RuleInfo] = Dictionary(uniqueKeysWithValues: info.map { ($0.id, $0) })

    /// Default severities by rule, read for every finding made: no copy of the texts.
    static let severities: [RuleID: Finding.Severity] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.id, $0.severity) })

    /// Every rule's messages by language, then rule, then message name.
    static let catalogs: [Wording.Language: [RuleID: [String: String]]] = [
        .english: Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.english) }),
        .vietnamese: Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.vietnamese) }),
    ]
}

extension RuleID {
    public var info: RuleInfo { RuleRegistry.byID[self]! }
    public var defaultSeverity: Finding.Severity { RuleRegistry.severities[self] ?? .error }
}
