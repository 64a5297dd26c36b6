import DXYAML

/// `missing-report`: a unit owes a report and none was found.
public enum MissingReportRule: Rule {
    public static let id = RuleID.missingReport
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a unit owes a report and none was found"
    public static let explanation = """
        For each obligation (`unit-annual`, `synthesis`) every unit that owes it in
        the report year must have a report in the year folder. Past the last on-time
        day this is an error; before it, a note saying how many days are left.
        """
    public static let examples: [RuleExample] = [
        .triggering(.reports([])),
        .triggering(.reports([]), asOf: "2024-11-25"),
        .passing(
            .reports([
                """
                unit: so-tttt
                year: 2024
                obligation: unit-annual
                submitted: 2024-11-28
                tasks:
                  II.1.a: {status: on-track}
                  II.1.b: {status: on-track}
                  II.2.a: {status: delayed}
                """,
                """
                unit: so-tttt
                year: 2024
                obligation: synthesis
                submitted: 2024-12-09
                tasks: {}
                """,
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.1.a: {status: on-track}
                  II.2.b: {status: on-track}
                """,
            ])),
    ]
}

extension MissingReportRule {
    /// A unit that owes a report for `deadline` and sent none: an error once the last
    /// on-time day has passed, a note before it.
    static func check(unit: String, deadline: Deadline, asOf: CivilDate, registry: Registry) -> Finding {
        let location = registry.units[unit]?.location ?? Finding.Location(path: registry.path)
        let name = Finding.Argument.unit(unit, in: registry)
        if asOf > deadline.lastOnTimeDay {
            return Finding(.notSent(name, deadline: deadline, asOf: asOf), at: location, unit: unit)
        }
        return Finding(.notSentYet(name, deadline: deadline, asOf: asOf), at: location, severity: .note, unit: unit)
    }
}

extension Finding.Message {
    static func notSent(_ unit: Finding.Argument, deadline: Deadline, asOf: CivilDate) -> Finding.Message {
        Finding.Message(
            .missingReport, "not-sent", unit,
            .number(deadline.year), .obligation(deadline.obligation),
            .due(deadline.obligation.due, year: deadline.year),
            .weekday(deadline.lastOnTimeDay), .days(deadline.lastOnTimeDay.days(until: asOf)))
    }

    static func notSentYet(_ unit: Finding.Argument, deadline: Deadline, asOf: CivilDate) -> Finding.Message {
        Finding.Message(
            .missingReport, "not-sent-yet", unit,
            .number(deadline.year), .obligation(deadline.obligation),
            .due(deadline.obligation.due, year: deadline.year),
            .weekday(deadline.lastOnTimeDay), .days(asOf.days(until: deadline.lastOnTimeDay)))
    }
}

extension MissingReportRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "not-sent": "{0} has not sent its {1} {2} report: due {3}, last on-time day {4}, {5} overdue",
        "not-sent-yet": "{0}: no {1} {2} report yet; due {3}, last on-time day {4}, {5} left",
    ]
}

extension MissingReportRule {
    public static let vietnameseSummary = "đơn vị có nghĩa vụ báo cáo nhưng không có báo cáo"
    public static let vietnameseExplanation = """
        Với mỗi nghĩa vụ báo cáo (`unit-annual`, `synthesis`), mọi đơn vị có nghĩa vụ
        trong năm báo cáo phải có báo cáo trong thư mục của năm. Quá ngày cuối cùng còn
        đúng hạn là lỗi; trước đó là ghi chú cho biết còn bao nhiêu ngày.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "not-sent": "{0} chưa gửi {2} {1}: hạn gửi {3}, ngày cuối cùng còn đúng hạn là {4}, đã quá hạn {5}",
        "not-sent-yet": "{0}: chưa có {2} {1}; hạn gửi {3}, ngày cuối cùng còn đúng hạn là {4}, còn {5}",
    ]
}
