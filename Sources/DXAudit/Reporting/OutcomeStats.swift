import DXYAML

extension Outcome {
    /// The figures of one report year that the text summary describes in words:
    /// per obligation how many reports were owed, received, late or missing, task
    /// coverage, and each owed report's state. Machine formats print them as data.
    public struct Stats: Sendable {
        public struct Obligation: Sendable {
            public var id: String
            public var lastOnTimeDay: CivilDate
            public var owed: Int
            public var onTime: Int
            public var late: Int
            public var missing: Int
            public var notYetDue: Int
            /// Received, but the file has errors that keep it from being judged.
            public var unreadable: Int = 0
            /// Whether the obligation is a synthesis of other reports.
            public var synthesis: Bool = false

            public var received: Int { onTime + late + unreadable }
        }

        /// Part II leaf tasks: how many exist, are owned, and are reported on.
        public struct Tasks: Sendable {
            public var total: Int
            public var owned: Int
            public var reported: Int
        }

        /// The plan's number (`227/KH-UBND`).
        public var plan: String
        public var year: Int
        public var asOf: CivilDate
        public var obligations: [Obligation]
        public var tasks: Tasks
        /// Every report owed in the year, with what became of it.
        public var reports: [CheckResult.Owed]
    }
}

extension Outcome.Stats {
    /// The figures of a `check` run over one report year.
    public init(_ result: CheckResult, plan: Plan, checker: Checker) {
        self.plan = plan.header.number
        self.year = result.year
        self.asOf = checker.asOf
        // Counted in one pass: a national year owes hundreds of thousands of reports.
        var counts: [String: [CheckResult.Owed.State: Int]] = [:]
        for owed in result.owed { counts[owed.obligation, default: [:]][owed.state, default: 0] += 1 }
        self.obligations = plan.reporting.map { obligation in
            let states = counts[obligation.id] ?? [:]
            func count(_ state: CheckResult.Owed.State) -> Int { states[state] ?? 0 }
            return Obligation(
                id: obligation.id,
                lastOnTimeDay: result.deadlines[obligation.id]?.lastOnTimeDay
                    ?? checker.judgingDay(obligation, year: result.year),
                owed: states.values.reduce(0, +), onTime: count(.onTime), late: count(.late),
                missing: count(.missing), notYetDue: count(.notYetDue), unreadable: count(.unreadable),
                synthesis: obligation.synthesizes != nil)
        }
        let summary = result.summary
        self.tasks = Tasks(total: summary.tasksTotal, owned: summary.tasksOwned, reported: summary.tasksReported)
        self.reports = result.owed
    }
}

extension Outcome.Stats.Obligation: Equatable {}

extension Outcome.Stats.Tasks: Equatable {}
