import DXYAML

/// `target-missing`: a unit that supplies a Part I figure sent its report without it.
public enum TargetMissingRule: Rule {
    public static let id = RuleID.targetMissing
    public static let severity = Finding.Severity.warning
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a unit that supplies a Part I figure sent its report without it"
    public static let explanation = """
        Each indicator of the plan names who supplies its figure (`reported_by:`, a unit
        or a group). Every yearly unit report of a supplier, or of a unit that holds its
        duties, must give the figure under `targets:`, from the plan's first year to the
        indicator's last milestone. The synthesis is not asked: it restates the
        suppliers' figures.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-tttt
                year: 2024
                obligation: unit-annual
                submitted: 2024-11-20
                tasks:
                  ↓II.1.a: {status: on-track}
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-tttt
                year: 2024
                submitted: 2024-11-20
                tasks:
                  II.1.a: {status: on-track}
                targets:
                  dvc: 72.5
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-20
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
    ]
}

extension TargetMissingRule {
    /// Each indicator `report`'s unit supplies in `year` (`suppliers`,
    /// `Plan.suppliers(on:)`) that the report gives no figure for. Only unit reports
    /// are asked.
    static func check(_ report: Report, year: Int, suppliers: [String: Set<String>], plan: Plan) -> [Finding] {
        guard let obligation = report.obligation.flatMap(plan.obligation), obligation.synthesizes == nil else {
            return []
        }
        let given = Set(report.figures.map(\.indicator))
        return supplied(by: report.unit, year: year, suppliers: suppliers, plan: plan).compactMap { indicator in
            guard !given.contains(indicator.id) else { return nil }
            return Finding(
                .figureNotGiven(
                    .unit(report.unit, in: plan.registry), indicator.id,
                    text: UnreportedTaskRule.abbreviate(indicator.text)),
                at: report.targetsLocation ?? report.tasksLocation, unit: report.unit)
        }
    }
}

extension TargetMissingRule {
    /// The indicators `unit` supplies (`suppliers`, `Plan.suppliers(on:)`), in plan
    /// order, that are measured in `year`: from the plan's first year to the
    /// indicator's last milestone.
    public static func supplied(by unit: String, year: Int, suppliers: [String: Set<String>], plan: Plan)
        -> [Plan.Indicator]
    {
        plan.indicators.filter { indicator in
            year >= plan.header.years.lowerBound && year <= indicator.milestones.keys.max() ?? year
                && suppliers[indicator.id]?.contains(unit) == true
        }
    }
}

extension Finding.Message {
    static func figureNotGiven(_ unit: Finding.Argument, _ indicator: String, text: String) -> Finding.Message {
        Finding.Message(.targetMissing, "not-given", unit, .text(indicator), .text(text))
    }
}

extension TargetMissingRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "not-given": "{0} supplies '{1}' but the report gives no figure for it: {2}"
    ]
}

extension TargetMissingRule {
    public static let vietnameseSummary = "đơn vị cung cấp số liệu chỉ tiêu phần I gửi báo cáo không có số liệu đó"
    public static let vietnameseExplanation = """
        Mỗi chỉ tiêu của kế hoạch ghi rõ đơn vị cung cấp số liệu (`reported_by:`, một
        đơn vị hoặc một nhóm). Báo cáo năm của đơn vị cung cấp, hoặc của đơn vị tiếp nhận
        nhiệm vụ của đơn vị đó, phải nêu số liệu trong mục `targets:`, từ năm đầu của kế
        hoạch đến năm của mốc cuối cùng của chỉ tiêu. Báo cáo tổng hợp không bị yêu cầu:
        báo cáo đó nhắc lại số liệu của các đơn vị cung cấp.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "not-given": "{0} là đơn vị cung cấp số liệu '{1}' nhưng báo cáo không nêu số liệu này: {2}"
    ]
}
