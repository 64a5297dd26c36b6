/// A calendar date with no time and no zone, as written in plans and reports
/// (`2024-11-28`). Arithmetic counts whole days in the proleptic Gregorian calendar.
public struct CivilDate: Sendable, Hashable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, or nil when there is no such day (`2024-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        let w = (dayNumber + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + days)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int {
        other.dayNumber - dayNumber
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CivilDate: Comparable {
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CivilDate: CustomStringConvertible {
    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension CivilDate {
    /// Why `text` is not a date, or nil if it parses. Accepts exactly `YYYY-MM-DD`.
    public enum ParseFailure: Error, Sendable, Equatable {
        case notADate
        case impossible(Impossibility)
    }

    /// Why `YYYY-MM-DD` names no day.
    public enum Impossibility: Sendable, Hashable {
        /// The month is not 1 to 12.
        case noMonth(Int)
        case noYearZero
        /// The day is past the end of `month` of `year`.
        case pastMonthEnd(month: Int, year: Int)
    }

    public static func parse(_ text: String) -> Result<CivilDate, ParseFailure> {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return .failure(.notADate)
        }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for b in bytes[range] {
                guard b >= 48 && b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else {
            return .failure(.notADate)
        }
        if let date = CivilDate(year: y, month: m, day: d) { return .success(date) }
        if !(1...12).contains(m) { return .failure(.impossible(.noMonth(m))) }
        if y == 0 { return .failure(.impossible(.noYearZero)) }
        return .failure(.impossible(.pastMonthEnd(month: m, year: y)))
    }
}

extension CivilDate.Impossibility: CustomStringConvertible {
    /// The reason in English: `February 2024 has 29 days`.
    public var description: String {
        switch self {
        case .noMonth(let month): return "there is no month \(month)"
        case .noYearZero: return "there is no year 0"
        case .pastMonthEnd(let month, let year):
            let names = [
                "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December",
            ]
            return "\(names[month - 1]) \(year) has \(CivilDate.daysIn(month: month, year: year)) days"
        }
    }
}
