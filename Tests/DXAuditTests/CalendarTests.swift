import DXAudit
import DXYAML
import Foundation
import Testing

/// Deadlines under the next-working-day rule (Bộ luật Dân sự 2015, Điều 148).
@Suite struct CalendarTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var year: Int
        var due: Plan.Due
        var holidays: [String] = []
        var workingDays: [String] = []
        var lastDay: String
        var onTime: [String] = []
        var late: [String] = []
        var why: String
        var testDescription: String { "\(year) \(due.kind.rawValue) \(due.month)-\(due.day): \(why)" }
    }

    static let unitAnnual = Plan.Due(kind: .before, month: 12, day: 1)
    static let synthesis = Plan.Due(kind: .before, month: 12, day: 10)

    static let cases: [Case] = [
        Case(
            year: 2024, due: unitAnnual, lastDay: "2024-12-02", onTime: ["2024-11-29", "2024-12-02"],
            late: ["2024-12-03"],
            why: "30/11 is a Saturday: Monday 2/12 is on time, 3/12 late"),
        Case(
            year: 2025, due: unitAnnual, lastDay: "2025-12-01", onTime: ["2025-12-01"], late: ["2025-12-02"],
            why: "30/11 is a Sunday"),
        Case(
            year: 2026, due: unitAnnual, lastDay: "2026-11-30", onTime: ["2026-11-30"], late: ["2026-12-01"],
            why: "30/11 is a Monday"),
        Case(
            year: 2029, due: unitAnnual, lastDay: "2029-11-30", onTime: ["2029-11-30"],
            late: ["2029-12-01", "2029-12-03"],
            why: "30/11 is a Friday"),
        Case(year: 2021, due: unitAnnual, lastDay: "2021-11-30", late: ["2021-12-01"], why: "a plain Tuesday"),
        Case(
            year: 2023, due: synthesis, lastDay: "2023-12-11", onTime: ["2023-12-11"], late: ["2023-12-12"],
            why: "synthesis: 9/12 is a Saturday"),
        Case(
            year: 2024, due: synthesis, lastDay: "2024-12-09", onTime: ["2024-12-09"], late: ["2024-12-10"],
            why: "synthesis: 9/12 is a Monday"),
        Case(year: 2026, due: synthesis, lastDay: "2026-12-09", late: ["2026-12-10"], why: "synthesis: a Wednesday"),
        Case(
            year: 2026, due: unitAnnual, holidays: ["2026-11-30"], lastDay: "2026-12-01", onTime: ["2026-12-01"],
            late: ["2026-12-02"], why: "a holiday in the plan moves the day on"),
        Case(
            year: 2024, due: unitAnnual, workingDays: ["2024-11-30"], lastDay: "2024-11-30", onTime: ["2024-11-30"],
            late: ["2024-12-02"], why: "a làm-bù Saturday is a working day"),
        Case(
            year: 2025, due: Plan.Due(kind: .by, month: 12, day: 1), lastDay: "2025-12-01",
            why: "'by' means the day itself"),
        Case(
            year: 2024, due: Plan.Due(kind: .by, month: 9, day: 2), lastDay: "2024-09-04",
            why: "Quốc khánh 2/9 and the named 3/9 are holidays"),
        Case(
            year: 2022, due: Plan.Due(kind: .by, month: 1, day: 1), lastDay: "2022-01-04", onTime: ["2022-01-04"],
            late: ["2022-01-05"], why: "Tết Dương lịch on a Saturday: Monday 3/1 is its day off in lieu"),
        Case(
            year: 2022, due: Plan.Due(kind: .by, month: 1, day: 1), workingDays: ["2022-01-03"], lastDay: "2022-01-03",
            why: "working_days overrides a day off in lieu"),
        Case(
            year: 2022, due: Plan.Due(kind: .by, month: 4, day: 30), lastDay: "2022-05-04", onTime: ["2022-05-04"],
            late: ["2022-05-05"], why: "30/4 on a Saturday and 1/5 on a Sunday: 2/5 and 3/5 off in lieu"),
        Case(
            year: 2023, due: Plan.Due(kind: .by, month: 4, day: 30), lastDay: "2023-05-03",
            why: "30/4 on a Sunday: 1/5 is a holiday already, so 2/5 is off in lieu"),
        Case(
            year: 2023, due: Plan.Due(kind: .by, month: 9, day: 1), lastDay: "2023-09-05",
            why: "the named 1/9 on a Friday, 2/9 on a Saturday: Monday 4/9 off in lieu"),
        Case(
            year: 2026, due: Plan.Due(kind: .by, month: 1, day: 1), lastDay: "2026-01-02",
            why: "Tết Dương lịch on a Thursday: no day in lieu"),
    ]

    @Test(arguments: cases) func lastOnTimeDay(_ c: Case) {
        var settings = Plan.CalendarSettings()
        settings.holidays = Set(c.holidays.map(date))
        settings.workingDays = Set(c.workingDays.map(date))
        let calendar = DeadlineCalendar(settings)
        let last = calendar.lastOnTimeDay(c.due, year: c.year)
        #expect(last == date(c.lastDay))
        for sent in c.onTime { #expect(date(sent) <= last, "\(sent) should be on time") }
        for sent in c.late { #expect(date(sent) > last, "\(sent) should be late") }
    }

    @Test func daysOffInLieu() {
        #expect(
            DeadlineCalendar.statutoryHolidays(in: 2022).map(\.description) == [
                "2022-01-01", "2022-01-03", "2022-04-30", "2022-05-01", "2022-05-02", "2022-05-03", "2022-09-01",
                "2022-09-02",
            ])
        #expect(
            DeadlineCalendar.statutoryHolidays(in: 2027).map(\.description) == [
                "2027-01-01", "2027-04-30", "2027-05-01", "2027-05-03", "2027-09-02",
            ])
    }

    @Test func ruleNoneKeepsTheNominalDay() {
        var settings = Plan.CalendarSettings()
        settings.rule = .none
        #expect(DeadlineCalendar(settings).lastOnTimeDay(Self.unitAnnual, year: 2024) == date("2024-11-30"))
    }

    @Test func todayIsInVietnamWhateverTheZone() throws {
        // Foundation's civil date at UTC+7, read before and after, so that midnight
        // in Hà Nội between the reads cannot fail the test.
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = try #require(TimeZone(secondsFromGMT: 7 * 3600))
        func foundationToday() throws -> CivilDate {
            let parts = gregorian.dateComponents([.year, .month, .day], from: Date())
            let year = try #require(parts.year)
            let month = try #require(parts.month)
            let day = try #require(parts.day)
            return try #require(CivilDate(year: year, month: month, day: day))
        }
        let before = try foundationToday()
        let today = DeadlineCalendar.todayInVietnam()
        let after = try foundationToday()
        #expect(
            today == before || today == after,
            "todayInVietnam() is \(today); Foundation at UTC+7 says \(before)…\(after)")
    }
}
