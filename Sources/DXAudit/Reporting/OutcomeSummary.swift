import DXYAML

extension Outcome {
    /// One fact a command states after its findings, with its figures. The facts are
    /// data; `SummaryWording` says them in words for the reporters.
    public enum SummaryFact: Sendable, Equatable {
        /// The plan, report year and day a `check` judged.
        case reportYear(plan: String, year: Int, asOf: CivilDate)
        /// What became of one obligation's reports; `deadlinePassed` decides whether
        /// the reports not received are missing or not yet due.
        case obligation(Stats.Obligation, deadlinePassed: Bool)
        /// Part II leaf tasks owned and reported on.
        case tasks(Stats.Tasks)
        /// A plan reference that stands for nobody on the judging day, so its duty
        /// has no reporter (`at`: where the plan gives it).
        case noReporterLeft(ref: String, at: Finding.Location, duty: Duty)
        /// How many reports `overdue` found past their last on-time day.
        case overdue(plan: String, year: Int, asOf: CivilDate, reports: Int)
    }

    /// What a plan reference was given: a yearly report or Part II tasks.
    public enum Duty: Sendable, Equatable {
        case report(obligation: String)
        case tasks([Citation])
    }
}
