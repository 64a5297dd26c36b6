import DXYAML

extension Outcome {
    /// The Part II × unit table of `coverage`: who chairs, implements and
    /// coordinates each task, and with reports what they say about it.
    public struct Coverage: Sendable, Equatable {
        /// One Part II task.
        public struct Row: Sendable, Equatable {
            /// The clause, point or item.
            public var task: Citation
            /// Unit ids, in the plan's order.
            public var chairs: [String]
            public var implements: [String]
            public var coordinators: [String]
            /// Someone chairs or implements it, its point or clause, or all its children.
            public var owned: Bool
            /// What the year's unit reports say about it; nil without reports.
            public var reported: Reported?

            public init(
                task: Citation, chairs: [String] = [], implements: [String] = [], coordinators: [String] = [],
                owned: Bool, reported: Reported? = nil
            ) {
                self.task = task
                self.chairs = chairs
                self.implements = implements
                self.coordinators = coordinators
                self.owned = owned
                self.reported = reported
            }

            /// Owned only through its point, its clause or its children.
            public var ownedIndirectly: Bool { owned && chairs.isEmpty && implements.isEmpty }
        }

        /// How many unit reports cover a task (or a task within it, or the point
        /// it is in), by status.
        public struct Reported: Sendable, Equatable {
            /// Entries by status.
            public var done = 0
            public var onTrack = 0
            public var delayed = 0
            public var notStarted = 0
            /// Entries that give no status.
            public var noStatus = 0

            public init() {}

            public init(_ statuses: [Report.Status?]) {
                for status in statuses { add(status) }
            }

            /// Counts one report entry.
            public mutating func add(_ status: Report.Status?) {
                switch status {
                case .done: done += 1
                case .onTrack: onTrack += 1
                case .delayed: delayed += 1
                case .notStarted: notStarted += 1
                case nil: noStatus += 1
                }
            }

            /// Every entry, whatever its status.
            public var total: Int { done + onTrack + delayed + notStarted + noStatus }
        }

        /// The plan's number (`227/KH-UBND`).
        public var plan: String
        /// The report year, with reports; nil: ownership as the plan is written.
        public var year: Int?
        /// The day whose units (after succession) the table shows, with reports.
        public var unitsOn: CivilDate?
        /// One row a Part II task, in plan order.
        public var rows: [Row]

        public init(plan: String, year: Int? = nil, unitsOn: CivilDate? = nil, rows: [Row]) {
            self.plan = plan
            self.year = year
            self.unitsOn = unitsOn
            self.rows = rows
        }

        /// How many tasks are owned.
        public var owned: Int { rows.filter(\.owned).count }
    }
}
