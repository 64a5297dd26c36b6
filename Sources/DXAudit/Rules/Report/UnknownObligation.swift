/// `unknown-obligation`: a report names an obligation the plan does not have or the unit does not owe.
public enum UnknownObligationRule: Rule {
    public static let id = RuleID.unknownObligation
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a report names an obligation the plan does not have or the unit does not owe"
    public static let explanation = """
        `obligation:` must be one of the ids under the plan's `reporting:`, owed by
        the unit that year. It may be left out only when the unit owes one kind of
        report.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                obligation: ↓synthesis
                submitted: 2024-12-09
                tasks: {}
                """
            ])),
        .triggering(
            .reports([
                """
                unit: ↓so-tttt
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.1.b: {status: on-track}
                  II.2.a: {status: on-track}
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
    ]
}

extension UnknownObligationRule {
    /// What the resolution of the report's obligation leaves to say.
    static func check(_ report: Report, _ resolution: ObligationResolution, plan: Plan) -> Finding? {
        let unit = Finding.Argument.unit(report.unit, in: plan.registry)
        let message: Finding.Message
        switch resolution {
        case .answers, .misspelt:
            return nil
        case .notOwed(let id, let why):
            return Finding(
                .owesNo(
                    unit, .obligation(id, synthesis: plan.obligation(id)?.synthesizes != nil), year: report.year,
                    why: why),
                at: report.obligationLocation ?? report.unitLocation,
                unit: report.unit)
        case .owesNothing:
            message = .owesNothing(unit, year: report.year)
        case .ambiguous(let ids):
            message = .owesSeveral(unit, ids, year: report.year)
        }
        return Finding(message, at: report.unitLocation, unit: report.unit)
    }
}

extension Finding.Message {
    /// An obligation the plan does not define (the loader reads this).
    static func obligationNotInPlan(_ unit: Finding.Argument?, _ id: String, known: [String]) -> Finding.Message {
        guard let unit else {
            return Finding.Message(.unknownObligation, "unknown", .text(id), .texts(known))
        }
        return Finding.Message(
            .unknownObligation, "unknown-for-unit", unit, .text(id),
            .texts(known))
    }

    static func owesNo(
        _ unit: Finding.Argument, _ obligation: Finding.Argument, year: Int, why: ObligationResolution.NotOwed?
    )
        -> Finding.Message
    {
        let reason: Finding.Message? =
            switch why {
            case .passed(let holder):
                Finding.Message(.unknownObligation, "passed", .text(holder))
            case .ended(let until):
                Finding.Message(.unknownObligation, "ended", .date(until))
            case nil: nil
            }
        return Finding.Message(
            .unknownObligation, "not-owed", unit, obligation, .number(year),
            .message(reason))
    }

    static func owesNothing(_ unit: Finding.Argument, year: Int) -> Finding.Message {
        Finding.Message(.unknownObligation, "owes-nothing", unit, .number(year))
    }

    static func owesSeveral(_ unit: Finding.Argument, _ ids: [String], year: Int) -> Finding.Message {
        Finding.Message(.unknownObligation, "owes-several", unit, .number(ids.count), .number(year), .texts(ids))
    }
}

extension UnknownObligationRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "unknown": "unknown obligation '{0}'; the plan has: {1}",
        "unknown-for-unit": "{0}: unknown obligation '{1}'; the plan has: {2}",
        "passed": "; its duties passed to {0}: report as {0}",
        "ended": "; it ended on {0}",
        "not-owed": "{0} owes no {1} report for {2}{3}",
        "owes-nothing": "{0} owes no report for {1}",
        "owes-several": "{0} owes {1} kinds of report in {2} ({3}); say which with 'obligation:'",
    ]
}

extension UnknownObligationRule {
    public static let vietnameseSummary = "báo cáo nêu nghĩa vụ mà kế hoạch không có hoặc đơn vị không phải thực hiện"
    public static let vietnameseExplanation = """
        `obligation:` phải là một trong các mã ở `reporting:` của kế hoạch, mà đơn vị có
        nghĩa vụ trong năm đó. Chỉ được bỏ trống khi đơn vị chỉ có một loại báo cáo.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "unknown": "không có nghĩa vụ báo cáo '{0}'; kế hoạch có: {1}",
        "unknown-for-unit": "{0}: không có nghĩa vụ báo cáo '{1}'; kế hoạch có: {2}",
        "passed": "; nhiệm vụ của đơn vị đã chuyển cho {0}: hãy báo cáo với tư cách {0}",
        "ended": "; đơn vị đã kết thúc hoạt động ngày {0}",
        "not-owed": "{0} không có nghĩa vụ gửi {1} {2}{3}",
        "owes-nothing": "{0} không có nghĩa vụ báo cáo nào năm {1}",
        "owes-several": "{0} có {1} loại báo cáo năm {2} ({3}); hãy ghi rõ bằng 'obligation:'",
    ]
}
