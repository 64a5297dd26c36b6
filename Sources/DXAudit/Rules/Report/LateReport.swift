import DXYAML

/// `late-report`: a report was sent after its last on-time day.
public enum LateReportRule: Rule {
    public static let id = RuleID.lateReport
    public static let severity = Finding.Severity.warning
    public static let scope = RuleInfo.Scope.report
    public static let summary = "a report was sent after its last on-time day"
    public static let explanation = """
        `before: 12-01` means the last on-time day is 30 November; `by:` means the day
        itself. When that day is a Saturday, Sunday or holiday it moves to the next
        working day (Bộ luật Dân sự 2015, Điều 148): in 2024, 30/11 is a Saturday, so
        a report sent on Monday 2/12 is on time and one sent on 3/12 is a day late.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: ↓2024-12-03
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-12-02
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
    ]
}

extension LateReportRule {
    /// The report, sent after its deadline's last on-time day; nil when it was on time.
    static func check(_ report: Report, deadline: Deadline, registry: Registry) -> Finding? {
        guard report.submitted > deadline.lastOnTimeDay else { return nil }
        return Finding(
            .sentLate(.unit(report.unit, in: registry), report.submitted, deadline: deadline),
            at: report.submittedLocation, unit: report.unit)
    }
}

extension Finding.Message {
    static func sentLate(_ unit: Finding.Argument, _ submitted: CivilDate, deadline: Deadline) -> Finding.Message {
        let late = Finding.Argument.days(deadline.lastOnTimeDay.days(until: submitted))
        let due = Finding.Argument.due(deadline.obligation.due, year: deadline.year)
        if deadline.isMoved {
            return Finding.Message(
                .lateReport, "sent-late-moved", unit, .weekday(submitted), late, due, .weekday(deadline.lastOnTimeDay))
        }
        return Finding.Message(
            .lateReport, "sent-late", unit,
            .weekday(submitted), late, due, .weekday(deadline.lastOnTimeDay))
    }
}

extension LateReportRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "sent-late-moved": "{0} sent {1}, {2} late (due {3}, last on-time day moved to {4})",
        "sent-late": "{0} sent {1}, {2} late (due {3}, last on-time day {4})",
    ]
}

extension LateReportRule {
    public static let vietnameseSummary = "báo cáo gửi sau ngày cuối cùng còn đúng hạn"
    public static let vietnameseExplanation = """
        `before: 12-01` nghĩa là ngày cuối cùng còn đúng hạn là 30 tháng 11; `by:` nghĩa là
        chính ngày đó. Khi ngày đó là thứ Bảy, Chủ nhật hoặc ngày lễ thì lùi sang ngày làm
        việc tiếp theo (Bộ luật Dân sự 2015, Điều 148): năm 2024, ngày 30/11 là thứ Bảy,
        nên báo cáo gửi thứ Hai 02/12 là đúng hạn và báo cáo gửi ngày 03/12 chậm một ngày.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "sent-late-moved": "{0} gửi vào {1}, chậm {2} (hạn gửi {3}, ngày cuối cùng còn đúng hạn lùi sang {4})",
        "sent-late": "{0} gửi vào {1}, chậm {2} (hạn gửi {3}, ngày cuối cùng còn đúng hạn là {4})",
    ]
}
