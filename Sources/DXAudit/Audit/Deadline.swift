import DXYAML

/// One obligation's deadline in one year, worked out once from the plan's `due:`
/// and calendar and carried to every rule, summary and mail that needs it.
public struct Deadline: Sendable {
    public var obligation: Plan.Obligation
    public var year: Int
    /// The last day `due:` allows, before weekends and holidays move it.
    public var nominalDay: CivilDate
    /// The last day a report counts as on time, and the day debtors are judged on.
    public var lastOnTimeDay: CivilDate

    public init(_ obligation: Plan.Obligation, year: Int, calendar: DeadlineCalendar) {
        self.obligation = obligation
        self.year = year
        nominalDay = obligation.due.lastDay(in: year)
        lastOnTimeDay = calendar.lastOnTimeDay(obligation.due, year: year)
    }

    /// Whether a weekend or holiday moved the last on-time day.
    public var isMoved: Bool { nominalDay != lastOnTimeDay }
}

/// Which obligation a report answers, worked out before the report is judged.
public enum ObligationResolution: Sendable, Hashable {
    /// The report answers this obligation (written, or the only one its unit owes).
    case answers(String)
    /// `obligation:` names none of the plan's (the loader has said so); the report is
    /// judged as the obligation it is closest to, so that its unit is not called missing.
    case misspelt(closest: String?)
    /// The plan has the obligation, but the unit does not owe it that year.
    case notOwed(String, why: NotOwed?)
    /// The unit owes nothing that year.
    case owesNothing
    /// The unit owes several obligations and the report does not say which.
    case ambiguous([String])

    public enum NotOwed: Sendable, Hashable {
        /// The unit's duties passed to this successor.
        case passed(String)
        /// The unit ended on this day.
        case ended(CivilDate)
    }

    /// The obligation the report is judged as, if any.
    public var obligation: String? {
        switch self {
        case .answers(let id): return id
        case .misspelt(let closest): return closest
        case .notOwed, .owesNothing, .ambiguous: return nil
        }
    }
}
