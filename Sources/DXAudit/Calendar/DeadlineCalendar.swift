import DXYAML

#if canImport(Glibc)
    import Glibc
#endif

/// Working days and deadlines under Vietnamese rules: a last day that falls on a
/// Saturday, Sunday or public holiday moves to the next working day (Bộ luật Dân
/// sự 2015, Điều 148), unless the plan says `deadline_rule: none`.
public struct DeadlineCalendar: Sendable {
    public let settings: Plan.CalendarSettings

    public init(_ settings: Plan.CalendarSettings) {
        self.settings = settings
    }

    /// The day before Quốc khánh or after it that the government named as the
    /// second day off (Bộ luật Lao động 2019, Điều 112, from 2021).
    static let nationalDaySecondDay: [Int: (month: Int, day: Int)] = [
        2021: (9, 3), 2022: (9, 1), 2023: (9, 1), 2024: (9, 3), 2025: (9, 1),
    ]

    /// Solar-calendar public holidays (Tết Dương lịch, 30/4, 1/5, Quốc khánh and its
    /// named second day), in date order, with their days off in lieu: one of them
    /// that falls on a Saturday or Sunday gives the next weekday that is not already
    /// a day off (nghỉ bù, Bộ luật Lao động 2019, Điều 111 và 112). Lunar holidays
    /// (Tết Nguyên đán, Giỗ Tổ) and bridges come from the plan's `holidays:`.
    public static func statutoryHolidays(in year: Int) -> [CivilDate] {
        var monthDays: [(Int, Int)] = [(1, 1), (4, 30), (5, 1), (9, 2)]
        if let second = nationalDaySecondDay[year] { monthDays.append(second) }
        let holidays = monthDays.compactMap { CivilDate(year: year, month: $0.0, day: $0.1) }.sorted()
        var days = holidays
        for holiday in holidays where holiday.weekday >= 6 {
            var inLieu = holiday.adding(days: 1)
            while inLieu.weekday >= 6 || days.contains(inLieu) { inLieu = inLieu.adding(days: 1) }
            days.append(inLieu)
        }
        return days.sorted()
    }

    public func isHoliday(_ date: CivilDate) -> Bool {
        settings.holidays.contains(date) || Self.statutoryHolidays(in: date.year).contains(date)
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if settings.workingDays.contains(date) { return true }
        return date.weekday <= 5 && !isHoliday(date)
    }

    /// The last day a report due by `due` is still on time in `year`.
    public func lastOnTimeDay(_ due: Plan.Due, year: Int) -> CivilDate {
        var day = due.lastDay(in: year)
        guard settings.rule == .nextWorkingDay else { return day }
        var guardCount = 0
        while !isWorkingDay(day), guardCount < 60 {
            day = day.adding(days: 1)
            guardCount += 1
        }
        return day
    }

    /// Today in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving since 1975),
    /// whatever the machine's time zone says.
    public static func todayInVietnam() -> CivilDate {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let seconds = Int(now.tv_sec) + 7 * 3600
        return CivilDate(dayNumber: seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400)
    }
}
