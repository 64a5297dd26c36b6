import DXYAML

// How dates and deadlines read, in one place: the English forms for findings and
// summaries (through `Wording`), the Vietnamese ones for mail and templates.

extension CivilDate {
    /// `Mon 2024-12-02`.
    public var withWeekday: String { Wording.english.weekday(self) }

    /// `DD/MM/YYYY`, the way Vietnamese documents write dates.
    public var vietnamese: String {
        "\(Wording.twoDigits(day))/\(Wording.twoDigits(month))/\(year)"
    }

    /// `thứ Hai 02/12/2024`.
    public var vietnameseWithWeekday: String {
        let names = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
        return "\(names[weekday - 1]) \(vietnamese)"
    }
}

extension Plan.Due {
    /// `before 01/12/2024` or `by 10/12/2024`.
    public func english(year: Int) -> String { Wording.english.due(self, year: year) }

    /// `trước ngày 01/12/2024` or `đến hết ngày 10/12/2024`.
    public func vietnamese(year: Int) -> String {
        let date = "\(Wording.twoDigits(day))/\(Wording.twoDigits(month))/\(year)"
        return kind == .before ? "trước ngày \(date)" : "đến hết ngày \(date)"
    }
}
