import DXYAML

// The Vietnamese forms that mail and templates write into running text, taken from
// `Wording.vietnamese` so that dates and deadlines read one way everywhere.

extension CivilDate {
    /// `DD/MM/YYYY`, the way Vietnamese documents write dates.
    public var vietnamese: String { Wording.vietnamese.date(self) }

    /// `thứ Hai 02/12/2024`.
    public var vietnameseWithWeekday: String { Wording.vietnamese.weekday(self) }
}

extension Plan.Due {
    /// `trước ngày 01/12/2024` or `đến hết ngày 10/12/2024`.
    public func vietnamese(year: Int) -> String { Wording.vietnamese.due(self, year: year) }
}
