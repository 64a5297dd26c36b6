import DXYAML

/// `bad-figure`: a Part I figure that cannot be right, or that its unit does not supply.
public enum BadFigureRule: Rule {
    public static let id = RuleID.badFigure
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a Part I figure out of range, inconsistent, or from a unit that does not supply it"
    public static let explanation = """
        A report's `targets:` gives figures for the plan's indicators, by indicator id or
        by Part I bullet (`I.1.a.1` stands for the first indicator that lists it): a
        value, or `value`, `numerator`, `denominator`, `as_of` and `source`. A
        percentage must be 0 to 100, a numerator no greater than its denominator and
        the value their ratio, a yes-no figure true or false, a rank a whole number from
        1. A figure in a unit report from a unit that is not the indicator's
        `reported_by` is a note: the supplier's figure is the one that counts.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-tttt
                year: 2024
                submitted: 2024-11-20
                tasks: {}
                targets:
                  ↓dvc: 120
                """
            ])),
        .triggering(
            .reports([
                """
                unit: so-tttt
                year: 2024
                submitted: 2024-11-20
                tasks: {}
                targets:
                  ↓I.1.a.1: {value: 90, numerator: 153, denominator: 200}
                """
            ])),
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-20
                tasks: {II.2.b: {status: on-track}}
                targets:
                  ↓dvc: 76.5
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-tttt
                year: 2024
                submitted: 2024-11-20
                tasks: {}
                targets:
                  dvc: {value: 76.5, numerator: 153, denominator: 200}
                """
            ])),
    ]
}

extension BadFigureRule {
    /// `suppliers`: who supplies each indicator's figure in the report's year
    /// (`Plan.suppliers(on:)`).
    static func check(_ report: Report, plan: Plan, suppliers: [String: Set<String>]) -> [Finding] {
        var findings: [Finding] = []
        let isSynthesis = report.obligation.flatMap(plan.obligation)?.synthesizes != nil
        for figure in report.figures {
            guard let indicator = plan.indicator(figure.indicator) else { continue }
            for message in problems(figure, indicator) {
                findings.append(Finding(message, at: figure.location, unit: report.unit))
            }
            // A synthesis gathers the suppliers' figures: its own are not second-hand.
            if let supplier = indicator.reportedBy, !isSynthesis,
                suppliers[indicator.id]?.contains(report.unit) == false
            {
                let message = Finding.Message.notTheSupplier(
                    .unit(report.unit, in: plan.registry), indicator.id, .unit(supplier, in: plan.registry))
                findings.append(Finding(message, at: figure.location, severity: .note, unit: report.unit))
            }
        }
        return findings
    }

    /// What makes a figure impossible for its indicator: out of range, a ratio that
    /// is none, a value that is not its ratio. A figure with a problem counts for
    /// nothing in the indicator's series.
    static func problems(_ figure: Report.Figure, _ indicator: Plan.Indicator) -> [Finding.Message] {
        var problems: [Finding.Message] = []
        if let numerator = figure.numerator, let denominator = figure.denominator {
            if numerator < 0 || denominator <= 0 || numerator > denominator {
                problems.append(.badRatio(indicator.id, numerator, denominator))
            } else if let value = figure.value, abs(value - 100 * numerator / denominator) > 0.5 {
                problems.append(.valueIsNotTheRatio(indicator.id, value, 100 * numerator / denominator))
            }
        }
        let value = figure.value ?? figure.numerator.flatMap { n in figure.denominator.map { 100 * n / $0 } }
        if let value {
            switch indicator.kind {
            case .percent where !(0...100).contains(value):
                problems.append(.figureOutOfRange(indicator.id, value))
            case .rank where value < 1 || value != value.rounded():
                problems.append(.badRank(indicator.id, value))
            case .yesNo where value != 0 && value != 1:
                problems.append(.notYesOrNo(indicator.id, value))
            default: break
            }
        }
        return problems
    }
}

extension Finding.Message {
    static func figureOutOfRange(_ indicator: String, _ value: Double) -> Finding.Message {
        Finding.Message(.badFigure, "out-of-range", .text(indicator), .decimal(value))
    }

    static func badRatio(_ indicator: String, _ numerator: Double, _ denominator: Double) -> Finding.Message {
        Finding.Message(.badFigure, "bad-ratio", .text(indicator), .decimal(numerator), .decimal(denominator))
    }

    static func valueIsNotTheRatio(_ indicator: String, _ value: Double, _ ratio: Double) -> Finding.Message {
        Finding.Message(
            .badFigure, "not-the-ratio", .text(indicator), .decimal(value), .decimal((ratio * 10).rounded() / 10))
    }

    static func badRank(_ indicator: String, _ value: Double) -> Finding.Message {
        Finding.Message(.badFigure, "bad-rank", .text(indicator), .decimal(value))
    }

    static func notYesOrNo(_ indicator: String, _ value: Double) -> Finding.Message {
        Finding.Message(.badFigure, "not-yes-no", .text(indicator), .decimal(value))
    }

    static func notTheSupplier(_ unit: Finding.Argument, _ indicator: String, _ supplier: Finding.Argument)
        -> Finding.Message
    {
        Finding.Message(.badFigure, "not-the-supplier", unit, .text(indicator), supplier)
    }
}

extension BadFigureRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "out-of-range": "'{0}' is a percentage from 0 to 100, found {1}",
        "bad-ratio": "'{0}': numerator {1} and denominator {2} do not make a ratio",
        "not-the-ratio": "'{0}': value {1} is not numerator over denominator ({2})",
        "bad-rank": "'{0}' is a rank, a whole number from 1, found {1}",
        "not-yes-no": "'{0}' is yes or no (true or false), found {1}",
        "not-the-supplier": "{0} gives a figure for '{1}', which {2} supplies",
    ]
}

extension BadFigureRule {
    public static let vietnameseSummary =
        "số liệu phần I ngoài phạm vi, không khớp, hoặc do đơn vị không được giao cung cấp"
    public static let vietnameseExplanation = """
        Mục `targets:` của báo cáo nêu số liệu các chỉ tiêu của kế hoạch, theo mã chỉ tiêu
        hoặc theo gạch đầu dòng phần I (`I.1.a.1` là chỉ tiêu đầu tiên gắn với nó): một giá
        trị, hoặc `value`, `numerator`, `denominator`, `as_of` và `source`. Tỷ lệ phần trăm
        phải từ 0 đến 100, tử số không lớn hơn mẫu số và giá trị bằng tỷ số của chúng, chỉ
        tiêu có/không phải là true hoặc false, thứ hạng là số nguyên từ 1. Số liệu do đơn
        vị không phải `reported_by` của chỉ tiêu gửi là ghi chú: số liệu của đơn vị được
        giao mới được tính.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "out-of-range": "'{0}' là tỷ lệ phần trăm từ 0 đến 100, gặp {1}",
        "bad-ratio": "'{0}': tử số {1} và mẫu số {2} không tạo thành một tỷ lệ",
        "not-the-ratio": "'{0}': giá trị {1} không bằng tử số chia mẫu số ({2})",
        "bad-rank": "'{0}' là thứ hạng, số nguyên từ 1, gặp {1}",
        "not-yes-no": "'{0}' là chỉ tiêu có/không (true hoặc false), gặp {1}",
        "not-the-supplier": "{0} gửi số liệu cho '{1}', chỉ tiêu do {2} cung cấp",
    ]
}
