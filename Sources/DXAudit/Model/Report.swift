import DXYAML

/// One yearly report file: who sent it, for which year and obligation, when, and
/// what it says about each task.
public struct Report: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case done
        case onTrack = "on-track"
        case delayed
        case notStarted = "not-started"
    }

    public struct TaskEntry: Sendable {
        public var citation: Citation
        public var status: Status?
        public var progress: Int?
        public var note: String?
        public var location: Finding.Location
    }

    public var path: String
    public var unit: String
    public var unitLocation: Finding.Location
    public var year: Int
    public var yearLocation: Finding.Location
    public var obligation: String?
    public var obligationLocation: Finding.Location?
    public var submitted: CivilDate
    public var submittedLocation: Finding.Location
    public var document: String?
    public var tasks: [TaskEntry]
    public var tasksLocation: Finding.Location
    public var targets: [Citation: Double]
    /// Every figure under `targets:`, each for the indicator it measures.
    public var figures: [Figure] = []
    /// The `targets:` key, when the report has one.
    public var targetsLocation: Finding.Location?

    /// One figure a report gives for a Part I indicator: a value, or a numerator
    /// and denominator, with the day it was measured and where it comes from.
    public struct Figure: Sendable {
        /// The indicator's id; a Part I bullet (`I.1.a.1`) stands for the first
        /// indicator that lists it.
        public var indicator: String
        public var value: Double?
        public var numerator: Double?
        public var denominator: Double?
        public var asOf: CivilDate?
        public var source: String?
        public var location: Finding.Location
    }
}
