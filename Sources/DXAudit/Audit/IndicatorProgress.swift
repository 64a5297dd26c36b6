import DXYAML

/// One year's city figure for a Part I indicator: the suppliers' figures combined
/// as the indicator's `aggregate:` says.
public struct IndicatorPoint: Sendable, Equatable {
    public var year: Int
    public var value: Double
    /// The units whose figures make the value, by id.
    public var suppliers: [String]
    /// Where the first of those figures is written.
    public var location: Finding.Location
    /// True when no supplier gave the figure and a synthesis's figure stands in.
    public var fromSynthesis: Bool

    public init(
        year: Int, value: Double, suppliers: [String], location: Finding.Location, fromSynthesis: Bool = false
    ) {
        self.year = year
        self.value = value
        self.suppliers = suppliers
        self.location = location
        self.fromSynthesis = fromSynthesis
    }
}

/// Where one indicator stands: its figures by year, the path to its milestones,
/// and a status.
public struct IndicatorProgress: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// đạt/vượt: the latest figure meets the milestone ahead (or the last one).
        case met
        /// đúng tiến độ: not met yet, but at or beyond the straight-line path.
        case onTrack = "on-track"
        /// chậm: short of the path, or a milestone year passed unmet.
        case behind
        /// không đủ số liệu: no figure, or one figure and no baseline to draw a path from.
        case noData = "no-data"
    }

    public var indicator: String
    /// Figures by year, oldest first.
    public var points: [IndicatorPoint]
    /// Where the path starts: the plan's baseline, else the first figure; nil where
    /// no path applies (yes-no, a yearly rate) or without a figure.
    public var origin: (year: Int, value: Double)?
    /// The milestone the latest figure is judged against.
    public var milestone: (year: Int, value: Double)?
    /// The value the path asks for in the latest figure's year; nil where no path
    /// applies (yes-no, a yearly rate, or no data).
    public var expected: Double?
    public var status: Status

    public var latest: IndicatorPoint? { points.last }

    public static func == (lhs: IndicatorProgress, rhs: IndicatorProgress) -> Bool {
        lhs.indicator == rhs.indicator && lhs.points == rhs.points && lhs.origin?.year == rhs.origin?.year
            && lhs.origin?.value == rhs.origin?.value && lhs.milestone?.year == rhs.milestone?.year
            && lhs.milestone?.value == rhs.milestone?.value && lhs.expected == rhs.expected
            && lhs.status == rhs.status
    }

    /// The straight line from `origin` through each milestone, at `year`: the origin's
    /// value before it, the last milestone's after it.
    public static func path(
        at year: Int, origin: (year: Int, value: Double), milestones: [(year: Int, value: Double)]
    ) -> Double {
        var previous = origin
        for milestone in milestones where milestone.year > origin.year {
            if year <= milestone.year {
                guard year > previous.year else { return previous.value }
                let share = Double(year - previous.year) / Double(milestone.year - previous.year)
                return previous.value + (milestone.value - previous.value) * share
            }
            previous = milestone
        }
        return previous.value
    }
}

/// Every indicator's figures, read from the reports of one or more years, and
/// where each stands. The same judgement for `targets`, `check` and the synthesis.
public struct IndicatorLedger: Sendable {
    public let plan: Plan
    /// Indicator id → year → the city's figure.
    public private(set) var points: [String: [Int: IndicatorPoint]] = [:]

    public init(plan: Plan) {
        self.plan = plan
    }

    /// Adds a year's reports: for each indicator, the sound figures of its
    /// suppliers on `day` combined, or when no supplier gave one, a synthesis's
    /// figure. Reports of another year than `year` (misfiled) are not counted.
    public mutating func add(_ reports: [Report], year: Int, on day: CivilDate) {
        let suppliers = plan.suppliers(on: day)
        var supplied: [String: [(Report, Report.Figure)]] = [:]
        var synthesised: [String: [(Report, Report.Figure)]] = [:]
        for report in reports.sorted(by: { $0.path < $1.path }) where report.year == year {
            let isSynthesis = report.obligation.flatMap(plan.obligation)?.synthesizes != nil
            for figure in report.figures {
                guard let indicator = plan.indicator(figure.indicator),
                    BadFigureRule.problems(figure, indicator).isEmpty, Self.value(of: figure) != nil
                else { continue }
                if isSynthesis {
                    synthesised[indicator.id, default: []].append((report, figure))
                } else if suppliers[indicator.id]?.contains(report.unit) ?? true {
                    supplied[indicator.id, default: []].append((report, figure))
                }
            }
        }
        for indicator in plan.indicators {
            let fromSynthesis = supplied[indicator.id] == nil
            guard let figures = supplied[indicator.id] ?? synthesised[indicator.id].map({ Array($0.prefix(1)) }),
                let first = figures.first,
                let value = Self.combine(figures.map(\.1), indicator.aggregate)
            else { continue }
            points[indicator.id, default: [:]][year] = IndicatorPoint(
                year: year, value: value, suppliers: figures.map(\.0.unit), location: first.1.location,
                fromSynthesis: fromSynthesis)
        }
    }

    /// A figure's value: as written, or its numerator over its denominator in percent.
    static func value(of figure: Report.Figure) -> Double? {
        if let value = figure.value { return value }
        guard let numerator = figure.numerator, let denominator = figure.denominator, denominator > 0 else {
            return nil
        }
        return 100 * numerator / denominator
    }

    /// `single`: the (first) supplier's figure; `sum` and `mean` of the values;
    /// `weighted`: the numerators over the denominators when every figure has both,
    /// else the mean of the values.
    static func combine(_ figures: [Report.Figure], _ aggregate: Plan.Indicator.Aggregate) -> Double? {
        let values = figures.compactMap(value(of:))
        guard !values.isEmpty else { return nil }
        switch aggregate {
        case .single: return values[0]
        case .sum: return values.reduce(0, +)
        case .mean: return values.reduce(0, +) / Double(values.count)
        case .weighted:
            let pairs = figures.compactMap { f in f.numerator.flatMap { n in f.denominator.map { (n, $0) } } }
            guard pairs.count == figures.count else { return values.reduce(0, +) / Double(values.count) }
            let denominator = pairs.map(\.1).reduce(0, +)
            return denominator > 0 ? 100 * pairs.map(\.0).reduce(0, +) / denominator : nil
        }
    }

    /// Each indicator of the plan, in plan order, judged on its figures up to and
    /// including `year` (nil: all of them).
    public func progress(through year: Int? = nil) -> [IndicatorProgress] {
        plan.indicators.map { progress($0, through: year) }
    }

    public func progress(_ indicator: Plan.Indicator, through year: Int? = nil) -> IndicatorProgress {
        let series = (points[indicator.id] ?? [:]).values
            .filter { point in year.map { point.year <= $0 } ?? true }
            .sorted { $0.year < $1.year }
        let milestones = indicator.milestones.sorted { $0.key < $1.key }.map { (year: $0.key, value: $0.value) }
        var progress = IndicatorProgress(
            indicator: indicator.id, points: series, origin: nil, milestone: nil, expected: nil, status: .noData)
        guard let latest = series.last else { return progress }
        if indicator.kind != .yesNo, indicator.kind != .percentPerYear {
            progress.origin = indicator.baseline ?? (year: series[0].year, value: series[0].value)
        }
        let milestone = milestones.first { $0.year >= latest.year } ?? milestones.last
        progress.milestone = milestone
        guard let milestone else { return progress }
        if Self.meets(latest.value, milestone.value, indicator.direction) {
            progress.status = .met
            return progress
        }
        switch indicator.kind {
        case .yesNo:
            // Nothing lies between no and yes: not yet reached is on track until the year.
            progress.status = latest.year < milestone.year ? .onTrack : .behind
        case .percentPerYear:
            // A rate every year must reach, not a level to climb to.
            progress.status = .behind
        case .percent, .rank, .count:
            let origin = progress.origin ?? (year: series[0].year, value: series[0].value)
            if latest.year >= milestone.year {
                progress.expected = milestone.value
                progress.status = .behind
            } else if indicator.baseline == nil, series.count < 2 {
                progress.status = .noData
            } else {
                let expected = IndicatorProgress.path(at: latest.year, origin: origin, milestones: milestones)
                progress.expected = expected
                progress.status = Self.meets(latest.value, expected, indicator.direction) ? .onTrack : .behind
            }
        }
        return progress
    }

    /// Whether `value` is at `target` or beyond it, the way the indicator must go.
    static func meets(_ value: Double, _ target: Double, _ direction: Plan.Indicator.Direction) -> Bool {
        // A path value is worked out in floating point: 79.99999999 reaches 80.
        let tolerance = 1e-9
        switch direction {
        case .atLeast, .reach: return value >= target - tolerance
        case .atMost: return value <= target + tolerance
        }
    }
}

extension Plan {
    /// Indicator id → the units that supply its figure on `day`: the `reported_by`
    /// unit, the members of its group, and the unit that holds its duties. Worked out
    /// once a year, not once a report; an indicator without a supplier is not listed.
    public func suppliers(on day: CivilDate) -> [String: Set<String>] {
        var bySupplier: [String: Set<String>] = [:]
        var result: [String: Set<String>] = [:]
        for indicator in indicators {
            guard let supplier = indicator.reportedBy else { continue }
            if bySupplier[supplier] == nil {
                var units = Set(registry.members(of: supplier, on: day))
                units.insert(supplier)
                if let holder = registry.holder(of: supplier, on: day) { units.insert(holder) }
                bySupplier[supplier] = units
            }
            result[indicator.id] = bySupplier[supplier]
        }
        return result
    }
}
