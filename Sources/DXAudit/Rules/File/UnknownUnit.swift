/// `unknown-unit`: a unit or group id that the registry does not define.
public enum UnknownUnitRule: Rule {
    public static let id = RuleID.unknownUnit
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.any
    public static let summary = "a unit or group id that the registry does not define"
    public static let explanation = """
        Units are named by their id in `plans/units.yaml` (`so-tttt`, `quan-le-chan`)
        or by a group (`departments`, `districts`). A misspelt id is reported with the
        closest known one.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: ↓so-yte
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
        .passing(
            .reports([
                """
                unit: Sở Y tế
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
    ]
}

// Decided while reading: every unit a plan or report names is looked up in the
// registry, by id, name or short name.

extension Finding.Message {
    static func unknownUnitOrGroup(_ id: String, closest: String?) -> Finding.Message {
        Finding.Message(.unknownUnit, "unit-or-group", .text(id), .didYouMean(closest))
    }

    static func unknownReportingUnit(_ id: String, closest: String?) -> Finding.Message {
        Finding.Message(.unknownUnit, "unit", .text(id), .didYouMean(closest))
    }
}

extension UnknownUnitRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "unit-or-group": "unknown unit or group '{0}'{1}",
        "unit": "unknown unit '{0}'{1}",
    ]
}

extension UnknownUnitRule {
    public static let vietnameseSummary = "mã đơn vị hoặc nhóm không có trong danh mục"
    public static let vietnameseExplanation = """
        Đơn vị được gọi bằng mã trong `plans/units.yaml` (`so-tttt`, `quan-le-chan`)
        hoặc bằng một nhóm (`departments`, `districts`). Mã viết sai được báo kèm mã gần
        giống nhất.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "unit-or-group": "không có đơn vị hoặc nhóm '{0}'{1}",
        "unit": "không có đơn vị '{0}'{1}",
    ]
}
