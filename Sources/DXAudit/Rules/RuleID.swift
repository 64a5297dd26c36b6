/// The rules dxaudit knows, by the id users write in `.dxaudit.yaml`, in
/// `# dxaudit: ignore[…]` and in `dxaudit explain`.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Comparable {
    // Files
    case yamlSyntax = "yaml-syntax"
    case duplicateKey = "duplicate-key"
    case schema
    case badCitation = "bad-citation"
    case unknownRef = "unknown-ref"
    case unknownUnit = "unknown-unit"
    // The plan
    case missingOwner = "missing-owner"
    case sharedChair = "shared-chair"
    case nonstandardLetter = "nonstandard-letter"
    case deadlineOrder = "deadline-order"
    case succession
    case doubtfulAssignment = "doubtful-assignment"
    case sourceDrift = "source-drift"
    case extractGap = "extract-gap"
    // Reports
    case missingReport = "missing-report"
    case lateReport = "late-report"
    case unreportedTask = "unreported-task"
    case unassignedTask = "unassigned-task"
    case duplicateReport = "duplicate-report"
    case yearMismatch = "year-mismatch"
    case futureDate = "future-date"
    case unknownObligation = "unknown-obligation"
    case badFigure = "bad-figure"
    case targetMissing = "target-missing"
    case targetBehind = "target-behind"
    // Configuration
    case unusedSuppression = "unused-suppression"

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Rules whose findings point at a character of the line worth showing under a
    /// caret: only their findings carry the line's text.
    public var pointsIntoText: Bool {
        self == .yamlSyntax || self == .duplicateKey || self == .badCitation
    }
}
