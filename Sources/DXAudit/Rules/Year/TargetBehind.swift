import DXYAML

/// `target-behind`: a Part I indicator's figure of the year is short of the path
/// to its next milestone.
public enum TargetBehindRule: Rule {
    public static let id = RuleID.targetBehind
    public static let severity = Finding.Severity.warning
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a Part I indicator's figure of the year is short of the path to its milestone"
    public static let explanation = """
        The city's figure for an indicator in a year (its suppliers' figures combined as
        `aggregate:` says, or the synthesis's when no supplier gave one) is judged
        against the milestone ahead. It is behind when it is short of the straight line
        from the baseline (or, without one, the first figure) through each milestone;
        when the milestone's year has come and it is not met; when a yearly rate
        (`percent-per-year`) is under the rate asked; or when a yes-no goal is still
        not reached in its year. The finding points at the indicator in the plan.
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
                  dvc: 52.5
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
                  dvc: 75
                """
            ])),
    ]
}

extension TargetBehindRule {
    /// One finding for each indicator behind at its latest figure, when that figure
    /// is of `year` (nil: whatever its year).
    static func check(_ ledger: IndicatorLedger, year: Int?) -> [Finding] {
        let plan = ledger.plan
        return ledger.progress(through: year).compactMap { progress in
            guard progress.status == .behind, let latest = progress.latest, year.map({ latest.year == $0 }) ?? true,
                let indicator = plan.indicator(progress.indicator), let milestone = progress.milestone
            else { return nil }
            let id = indicator.id
            let year = latest.year
            func tenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }
            let message: Finding.Message
            switch indicator.kind {
            case .yesNo:
                message = .goalNotReached(id, year: year, due: milestone.year)
            case .percentPerYear:
                message = .rateShort(id, tenth(latest.value), year: year, rate: milestone.value)
            case .percent, .rank, .count:
                if year >= milestone.year {
                    message = .milestoneMissed(id, tenth(latest.value), year: milestone.year, target: milestone.value)
                } else {
                    message = .belowPath(
                        id, tenth(latest.value), year: year, target: milestone.value, by: milestone.year,
                        expected: tenth(progress.expected ?? milestone.value))
                }
            }
            let unit = latest.suppliers.count == 1 ? latest.suppliers.first : nil
            return Finding(message, at: indicator.location, unit: unit)
        }
    }
}

extension Finding.Message {
    static func belowPath(_ indicator: String, _ value: Double, year: Int, target: Double, by: Int, expected: Double)
        -> Finding.Message
    {
        Finding.Message(
            .targetBehind, "below-path", .text(indicator), .decimal(value), .number(year), .decimal(target),
            .number(by), .decimal(expected))
    }

    static func milestoneMissed(_ indicator: String, _ value: Double, year: Int, target: Double) -> Finding.Message {
        Finding.Message(
            .targetBehind, "milestone-missed", .text(indicator), .decimal(value), .number(year), .decimal(target))
    }

    static func rateShort(_ indicator: String, _ value: Double, year: Int, rate: Double) -> Finding.Message {
        Finding.Message(.targetBehind, "rate-short", .text(indicator), .decimal(value), .number(year), .decimal(rate))
    }

    static func goalNotReached(_ indicator: String, year: Int, due: Int) -> Finding.Message {
        Finding.Message(.targetBehind, "not-reached", .text(indicator), .number(year), .number(due))
    }
}

extension TargetBehindRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "below-path": "'{0}' is behind: {1} in {2}, where the path to {3} by {4} asks for {5}",
        "milestone-missed": "'{0}' missed its {2} milestone: {1} against {3}",
        "rate-short": "'{0}' is behind: {1} a year in {2}, the plan asks for {3}",
        "not-reached": "'{0}' is not reached in {1}; the plan set it for {2}",
    ]
}

extension TargetBehindRule {
    public static let vietnameseSummary = "số liệu năm của chỉ tiêu phần I thấp hơn lộ trình đến mốc"
    public static let vietnameseExplanation = """
        Số liệu của thành phố cho một chỉ tiêu trong năm (số liệu của các đơn vị cung
        cấp gộp theo `aggregate:`, hoặc số liệu của báo cáo tổng hợp khi không đơn vị nào
        gửi) được so với mốc sắp tới. Chỉ tiêu chậm tiến độ khi số liệu thấp hơn đường
        thẳng từ số liệu gốc (hoặc, nếu không có, số liệu đầu tiên) qua từng mốc; khi đã
        đến năm của mốc mà chưa đạt; khi mức tăng hằng năm (`percent-per-year`) thấp hơn
        mức yêu cầu; hoặc khi mục tiêu có/không vẫn chưa đạt trong năm của mốc. Phát hiện
        chỉ vào chỉ tiêu trong kế hoạch.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "below-path": "'{0}' chậm tiến độ: năm {2} đạt {1}, lộ trình đến {3} vào năm {4} đòi hỏi {5}",
        "milestone-missed": "'{0}' không đạt mốc năm {2}: đạt {1}, mục tiêu {3}",
        "rate-short": "'{0}' chậm tiến độ: năm {2} tăng {1}%/năm, kế hoạch yêu cầu {3}%/năm",
        "not-reached": "'{0}' chưa đạt trong năm {1}; kế hoạch đặt mục tiêu năm {2}",
    ]
}
