import DXYAML

extension Outcome {
    /// The Part I table of `targets`: each indicator's figures by year, its
    /// milestones, the path to them and where it stands.
    public struct Targets: Sendable, Equatable {
        /// One indicator.
        public struct Row: Sendable, Equatable {
            public var id: String
            public var text: String
            public var kind: Plan.Indicator.Kind
            public var direction: Plan.Indicator.Direction
            /// Year → value, oldest first.
            public var milestones: [Milestone]
            public var baseline: Milestone?
            /// The unit or group the plan asks for the figure.
            public var reportedBy: String?
            public var progress: IndicatorProgress

            public init(_ indicator: Plan.Indicator, _ progress: IndicatorProgress) {
                id = indicator.id
                text = indicator.text
                kind = indicator.kind
                direction = indicator.direction
                milestones = indicator.milestones.sorted { $0.key < $1.key }.map {
                    Milestone(year: $0.key, value: $0.value)
                }
                baseline = indicator.baseline.map { Milestone(year: $0.year, value: $0.value) }
                reportedBy = indicator.reportedBy
                self.progress = progress
            }

            /// The value the straight-line path asks for in `year`; nil where no path
            /// applies (yes-no, a yearly rate) or before anything to draw it from.
            public func path(at year: Int) -> Double? {
                guard let origin = progress.origin, year >= origin.year else { return nil }
                return IndicatorProgress.path(
                    at: year, origin: origin, milestones: milestones.map { (year: $0.year, value: $0.value) })
            }
        }

        public struct Milestone: Sendable, Equatable {
            public var year: Int
            public var value: Double
        }

        public var plan: String
        /// The report years read, oldest first.
        public var years: [Int]
        /// The folder the year folders are in.
        public var root: String
        public var rows: [Row]

        public init(plan: String, years: [Int], root: String, rows: [Row]) {
            self.plan = plan
            self.years = years
            self.root = root
            self.rows = rows
        }

        /// Indicators met or on track.
        public var onCourse: Int {
            rows.filter { $0.progress.status == .met || $0.progress.status == .onTrack }.count
        }

        /// Every milestone year of any indicator, in order.
        public var milestoneYears: [Int] { Set(rows.flatMap { $0.milestones.map(\.year) }).sorted() }
    }
}
