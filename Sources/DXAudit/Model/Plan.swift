import DXYAML

/// A plan as data: its header, Part I targets, Part II tasks, Part IV assignments
/// and reporting obligations, and the calendar its deadlines follow.
public struct Plan: Sendable {
    public struct Header: Sendable {
        public var number: String
        public var title: String
        public var issuer: String?
        public var issued: CivilDate?
        public var years: ClosedRange<Int>
        /// Who receives the unit reports (the coordinator).
        public var coordinator: String
        public var coordinatorLocation: Finding.Location
    }

    /// A Part I target, with its figure for each year the text gives one.
    public struct Target: Sendable {
        public var citation: Citation
        public var text: String
        public var unit: String?
        public var by: [Int: Double]
        public var location: Finding.Location
    }

    /// One measured goal of Part I (chỉ tiêu): a bullet with three numbers is three
    /// indicators, and the 2025 and 2030 bullets of the same goal are one.
    public struct Indicator: Sendable {
        public enum Kind: String, Sendable, CaseIterable {
            case percent
            case percentPerYear = "percent-per-year"
            case rank, count
            case yesNo = "yes-no"
        }
        /// Which way the figure must go to meet a milestone.
        public enum Direction: String, Sendable, CaseIterable {
            case atLeast = "at-least"
            case atMost = "at-most"
            case reach
        }
        /// How the figures of several suppliers make the city's.
        public enum Aggregate: String, Sendable, CaseIterable {
            case single, sum, mean, weighted
        }

        public var id: String
        public var text: String
        /// The Part I bullets the indicator comes from.
        public var bullets: [Citation]
        public var kind: Kind
        public var direction: Direction
        /// Year → value; a yes-no milestone is 1.
        public var milestones: [Int: Double]
        public var baseline: (year: Int, value: Double)?
        /// The unit or group whose reports carry the figure.
        public var reportedBy: String?
        public var aggregate: Aggregate
        public var location: Finding.Location
    }

    /// A Part II clause, point or item (nhiệm vụ, giải pháp).
    public struct Task: Sendable {
        public var citation: Citation
        public var text: String
        public var details: [String]
        public var note: String?
        public var location: Finding.Location
    }

    /// A reference written in a file, where it was written.
    public struct Ref: Sendable {
        public var citation: Citation
        public var location: Finding.Location
    }

    /// A unit or group id written in a file.
    public struct UnitRef: Sendable {
        public var id: String
        public var location: Finding.Location
    }

    /// One Part IV item: who chairs (chủ trì), implements (tổ chức thực hiện) and
    /// coordinates (phối hợp) which tasks.
    public struct Assignment: Sendable {
        public var source: Citation?
        public var units: [UnitRef]
        public var chairs: [Ref]
        public var implements: [Ref]
        public var coordinators: [UnitRef]
        /// Why the plan's editors doubt that the text means what it says here (a
        /// likely slip of the document), with the place of that reason.
        public var doubtful: (reason: String, location: Finding.Location)?
        public var location: Finding.Location
    }

    /// When a report is due each year.
    public struct Due: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// "trước ngày 01 tháng 12": the last on-time day is the day before.
            case before
            /// "đến ngày": the day itself.
            case by
        }
        public var kind: Kind
        public var month: Int
        public var day: Int

        public init(kind: Kind, month: Int, day: Int) {
            self.kind = kind
            self.month = month
            self.day = day
        }

        /// The nominal last on-time day in `year`, before any working-day rule.
        public func lastDay(in year: Int) -> CivilDate {
            // Years outside 1–9999 are refused where they are read; clamp so that no
            // caller can make this fail.
            let year = min(max(year, 1), 9999)
            let date =
                CivilDate(year: year, month: month, day: min(day, CivilDate.daysIn(month: month, year: year)))
                ?? CivilDate(dayNumber: 0)
            return kind == .before ? date.adding(days: -1) : date
        }
    }

    /// A yearly reporting obligation of Part IV.
    public struct Obligation: Sendable {
        public var id: String
        public var source: Citation?
        public var from: [UnitRef]
        public var to: String?
        public var via: String?
        public var due: Due
        public var synthesizes: String?
        public var location: Finding.Location
        /// Where the `due` and `synthesizes` values are written, for findings about them.
        public var dueLocation: Finding.Location?
        public var synthesizesLocation: Finding.Location?
    }

    public struct CalendarSettings: Sendable {
        public enum Rule: String, Sendable {
            case nextWorkingDay = "next-working-day"
            case none
        }
        public var rule: Rule = .nextWorkingDay
        public var holidays: Set<CivilDate> = []
        public var workingDays: Set<CivilDate> = []

        public init() {}
    }

    public var path: String
    public var header: Header
    public var registry: Registry
    public var targets: [Target]
    /// Part I's indicators, in file order.
    public var indicators: [Indicator] = []
    /// Tasks in document order.
    public var tasks: [Task]
    public var taskIndex: [Citation: Int]
    public var assignments: [Assignment]
    public var reporting: [Obligation]
    public var calendar: CalendarSettings
    /// Point letters the file writes in upper case (`điểm I` for `điểm i`): the model
    /// holds the letter in lower case, and `nonstandard-letter` says how it was written.
    public var upperCaseLetters: [UpperCaseLetter] = []

    /// The text the plan was encoded from (`source:`), read as `dxaudit extract`
    /// reads it, for `source-drift`; nil when the plan names none or it cannot be read.
    public var sourceText: SourceDocument?

    /// A plan's `source:`: the text file, where the plan names it, and what it says.
    public struct SourceDocument: Sendable {
        /// The path as the plan writes it.
        public var written: String
        /// The path relative to the working directory, for messages.
        public var path: String
        /// Where `source:` stands in the plan file.
        public var location: Finding.Location
        public var extracted: ExtractedPlan
    }

    /// A point letter written in upper case, in a task or target key or in a reference.
    public struct UpperCaseLetter: Sendable {
        public enum Written: Sendable {
            /// A key of `tasks:` or `targets:`, as written.
            case key(String)
            /// A reference in an assignment; `point` is the letter in lower case.
            case reference(point: String)
        }
        public var written: Written
        public var citation: Citation
        /// The key, or the letter inside the reference.
        public var location: Finding.Location
    }

    public func task(_ citation: Citation) -> Task? {
        taskIndex[citation].map { tasks[$0] }
    }

    public func obligation(_ id: String) -> Obligation? {
        reporting.first { $0.id == id }
    }

    public func indicator(_ id: String) -> Indicator? {
        indicators.first { $0.id == id }
    }

    /// Points and items directly under `citation`.
    public func children(of citation: Citation) -> [Task] {
        tasks.filter { $0.citation.parent == citation }
    }
}
