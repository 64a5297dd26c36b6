import DXYAML

/// What `dxaudit check` found for one report year.
public struct CheckResult: Sendable {
    public var year: Int
    public var folder: String
    public var findings: [Finding]
    /// Report files read, sorted.
    public var files: [String]
    public var summary: Summary
    /// Reports that loaded, for coverage and mail.
    public var reports: [Report]
    public var owed: [Owed]
    /// Each obligation's deadline in the year, by obligation id.
    public var deadlines: [String: Deadline] = [:]
    /// The report files as read, for source lines and suppression comments; empty
    /// when the checker let them go (`Checker.keepsSources`).
    public var sources: [SourceFile] = []
    /// Each report's suppression comments, by path, when its text was let go.
    public var suppressions: [String: [Suppression]] = [:]
    /// The Part I figures of this year and the earlier ones it was given.
    public var indicators: IndicatorLedger? = nil

    /// One report a unit owes in the year, and what became of it.
    public struct Owed: Sendable {
        public enum State: String, Sendable {
            case onTime = "on-time"
            case late
            case missing
            case notYetDue = "not-yet-due"
            /// A file names the unit, but it could not be read whole (see its findings).
            case unreadable
        }
        public var unit: String
        public var obligation: String
        public var lastOnTimeDay: CivilDate
        public var state: State
        public var report: String?
        public var submitted: CivilDate?
    }

    public struct Summary: Sendable {
        public var owed = 0
        public var reported = 0
        public var late = 0
        public var missing = 0
        public var notYetDue = 0
        /// Received, but the file has errors that keep it from being judged.
        public var unreadable = 0
        public var tasksOwned = 0
        public var tasksReported = 0
        public var tasksTotal = 0
        /// Plan references that stand for nobody on the judging day: their tasks or
        /// reports have no holder left (e.g. districts after 01/7/2025, no communes listed).
        public var unheld: [Unheld] = []
    }

    public struct Unheld: Sendable {
        public var ref: String
        public var location: Finding.Location
        /// Tasks the reference was given (empty for a reporting duty).
        public var tasks: [Citation]
        /// The obligation it owed (nil for an assignment).
        public var obligation: String?
    }
}

/// Checks one year's reports against the plan, one way through: each file is
/// loaded (model and schema findings), resolved (which obligation it answers),
/// and judged by the report rules; then the year rules judge what was received
/// against what was owed.
public struct Checker: Sendable {
    public let plan: Plan
    public let asOf: CivilDate
    public let limits: Limits
    public let calendar: DeadlineCalendar
    /// Whether `CheckResult.sources` holds every report's text. Without it each
    /// report's text is let go once the report is judged, and only the lines its
    /// findings point at and its suppression comments are kept: a national year
    /// never holds all its files at once. A baseline needs the text.
    public var keepsSources = true

    public init(plan: Plan, asOf: CivilDate, limits: Limits = .default) {
        self.plan = plan
        self.asOf = asOf
        self.limits = limits
        self.calendar = DeadlineCalendar(plan.calendar)
    }

    /// The deadline of `obligation` in `year`.
    public func deadline(_ obligation: Plan.Obligation, year: Int) -> Deadline {
        Deadline(obligation, year: year, calendar: calendar)
    }

    /// The day on which the units owing `obligation` in `year` are judged.
    public func judgingDay(_ obligation: Plan.Obligation, year: Int) -> CivilDate {
        deadline(obligation, year: year).lastOnTimeDay
    }

    /// The day whose suppliers give a year's Part I figures: the unit reports'
    /// judging day (after succession), as for their tasks.
    public func figureDay(year: Int) -> CivilDate {
        plan.reporting.first { $0.synthesizes == nil }.map { judgingDay($0, year: year) } ?? asOf
    }

    /// Units that owe `obligation` in `year`, in registry order.
    public func debtors(_ obligation: Plan.Obligation, year: Int) -> [String] {
        debtors(obligation, on: judgingDay(obligation, year: year))
    }

    func debtors(_ obligation: Plan.Obligation, on day: CivilDate) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        for ref in obligation.from {
            for unit in plan.registry.members(of: ref.id, on: day) where seen.insert(unit).inserted {
                result.append(unit)
            }
        }
        return result
    }

    /// Report files (`*.yaml`, `*.yml`) of a year folder, sorted; nil when unreadable.
    public static func reportFiles(in folder: String) -> [String]? {
        guard let names = ProjectPath.list(folder) else { return nil }
        // Hidden files (editor locks `.#x.yaml`, backups `.x.yaml`) are not reports.
        return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .map { ProjectPath.join(folder, $0) }
    }

    /// What every report of one year is judged against, worked out once: per
    /// obligation its deadline, its debtors and the ownership on its judging day.
    struct YearContext: Sendable {
        var year: Int
        var deadlines: [String: Deadline] = [:]
        var debtors: [String: [String]] = [:]
        var ownerships: [String: Ownership] = [:]
        /// Who supplies each Part I figure on the unit reports' judging day.
        var suppliers: [String: Set<String>] = [:]
        var debtorCache: DebtorCache
    }

    func context(for year: Int) -> YearContext {
        var context = YearContext(year: year, debtorCache: DebtorCache(checker: self))
        for obligation in plan.reporting {
            let deadline = deadline(obligation, year: year)
            let list = debtors(obligation, on: deadline.lastOnTimeDay)
            context.deadlines[obligation.id] = deadline
            context.debtors[obligation.id] = list
            context.debtorCache.record(Set(list), obligation, year: year)
            context.ownerships[obligation.id] = Ownership(plan: plan, on: deadline.lastOnTimeDay)
        }
        context.suppliers = plan.suppliers(on: figureDay(year: year))
        return context
    }

    /// One report file after loading, resolving and judging on its own.
    struct Judged: Sendable {
        /// The report with the obligation it answers filled in, when it loaded.
        var report: Report?
        var findings: [Finding]
        var source: SourceFile?
        var sender: ReportLoad.Sender?
        /// The file's path and suppression comments, when its text was let go.
        var scanned: (path: String, suppressions: [Suppression])?

        /// Takes what later steps want from the text, the lines the findings point
        /// at and the suppression comments, and lets the text go.
        mutating func release() {
            guard let file = source else { return }
            SourceLines.attach(to: &findings, from: [file])
            scanned = (file.path, Suppression.scan(file.text))
            source = nil
        }
    }

    /// Loads, resolves and judges every report in parallel; results keep file order
    /// whatever the timing.
    func loadAndJudge(_ files: [String], context: YearContext) -> [Judged] {
        files.concurrentMap { file in
            var judged = loadAndJudge(file, context: context)
            if !keepsSources { judged.release() }
            return judged
        }
    }

    private func loadAndJudge(_ file: String, context: YearContext) -> Judged {
        let load = ReportLoader.load(file, plan: plan, limits: limits)
        guard let loaded = load.report else {
            return Judged(findings: load.findings.sortedByPlace(), source: load.source, sender: load.sender)
        }
        var cache = context.debtorCache
        let resolution = resolve(loaded, debtors: &cache)
        var report = loaded
        report.obligation = resolution.obligation
        let findings = load.findings + judge(report, resolution, folderYear: context.year, context: context)
        return Judged(report: report, findings: findings.sortedByPlace(), source: load.source)
    }

    /// Loads and resolves a year's reports without judging them: the Part I figures
    /// of the years before the one checked.
    public func reports(_ files: [String], year: Int) -> [Report] {
        let cache = context(for: year).debtorCache
        return files.concurrentMap { file -> Report? in
            guard var report = ReportLoader.load(file, plan: plan, limits: limits).report else { return nil }
            var debtors = cache
            report.obligation = resolve(report, debtors: &debtors).obligation
            return report
        }.compactMap { $0 }
    }

    /// Checks a year's report files. `history` holds the Part I figures of earlier
    /// years, which `target-behind` draws its path from when an indicator has no baseline.
    public func check(folder: String, year: Int, files: [String], history: IndicatorLedger? = nil) -> CheckResult {
        let context = context(for: year)
        Trace.phase("year worked out")
        var judged = loadAndJudge(files, context: context)
        Trace.phase("reports read and judged")
        // Each report's findings, sorted already, moved into one list in file order
        // rather than copied beside it; the year's own findings are kept apart.
        var findings: [Finding] = []
        // Room for the year's own findings too (one a debtor at most for late and
        // missing reports), so that merging them reallocates nothing.
        findings.reserveCapacity(
            judged.reduce(0) { $0 + $1.findings.count } + context.debtors.values.reduce(0) { $0 + $1.count }
                + plan.indicators.count)
        // The reports are moved out the same way, not copied.
        var reports: [Report] = []
        reports.reserveCapacity(judged.count)
        for index in judged.indices {
            findings += judged[index].findings
            judged[index].findings = []
            if let report = judged[index].report { reports.append(report) }
            judged[index].report = nil
        }
        var yearFindings: [Finding] = []
        var ledger = history ?? IndicatorLedger(plan: plan)
        if !plan.indicators.isEmpty {
            ledger.add(reports, year: year, on: figureDay(year: year))
            yearFindings += TargetBehindRule.check(ledger, year: year)
        }

        Trace.phase("Part I figures")
        var summary = CheckResult.Summary()
        var owedList: [CheckResult.Owed] = []
        owedList.reserveCapacity(context.debtors.values.reduce(0) { $0 + $1.count })
        // This year's reports by unit and obligation, as places in `reports`: the first
        // in file order, and any others. A report of another year (misfiled:
        // `year-mismatch`) is not this year's report.
        var first: [Owing: Int] = [:]
        var others: [Owing: [Int]] = [:]
        first.reserveCapacity(reports.count)
        for (index, report) in reports.enumerated() where report.year == year {
            guard let obligation = report.obligation else { continue }
            let key = Owing(unit: report.unit, obligation: obligation)
            if first[key] == nil { first[key] = index } else { others[key, default: []].append(index) }
        }
        // Files that name their unit but could not be read whole.
        var unreadable: [Owing: String] = [:]  // → path
        var debtorCache = context.debtorCache
        for (file, result) in zip(files, judged) {
            guard let sender = result.sender, sender.year == nil || sender.year == year else { continue }
            let owes = plan.reporting.filter { debtorCache.owes(sender.unit, $0, year: year) }
            let obligation = sender.obligation ?? (owes.first { $0.synthesizes == nil } ?? owes.first)?.id
            guard let obligation else { continue }
            let key = Owing(unit: sender.unit, obligation: obligation)
            if unreadable[key] == nil { unreadable[key] = file }
        }

        for obligation in plan.reporting {
            guard let deadline = context.deadlines[obligation.id] else { continue }
            let lastDay = deadline.lastOnTimeDay
            for unit in context.debtors[obligation.id] ?? [] {
                summary.owed += 1
                let key = Owing(unit: unit, obligation: obligation.id)
                let sent = first[key].map { reports[$0] }
                if let sent, let more = others[key] {
                    yearFindings += DuplicateReportRule.check(
                        [sent] + more.map { reports[$0] }, obligation: obligation, year: year, registry: plan.registry)
                }
                if sent == nil, let path = unreadable[key] {
                    summary.reported += 1
                    summary.unreadable += 1
                    owedList.append(
                        .init(
                            unit: unit, obligation: obligation.id, lastOnTimeDay: lastDay, state: .unreadable,
                            report: path))
                    continue
                }
                guard let report = sent else {
                    let finding = MissingReportRule.check(
                        unit: unit, deadline: deadline, asOf: asOf, registry: plan.registry)
                    yearFindings.append(finding)
                    let state: CheckResult.Owed.State = finding.severity == .note ? .notYetDue : .missing
                    if state == .missing { summary.missing += 1 } else { summary.notYetDue += 1 }
                    owedList.append(.init(unit: unit, obligation: obligation.id, lastOnTimeDay: lastDay, state: state))
                    continue
                }
                summary.reported += 1
                var state = CheckResult.Owed.State.onTime
                if let late = LateReportRule.check(report, deadline: deadline, registry: plan.registry) {
                    summary.late += 1
                    state = .late
                    yearFindings.append(late)
                }
                owedList.append(
                    .init(
                        unit: unit, obligation: obligation.id, lastOnTimeDay: lastDay, state: state,
                        report: report.path,
                        submitted: report.submitted))
            }
        }

        Trace.phase("owed reports")
        // Task coverage over the unit reports of the year.
        let annual = plan.reporting.first { $0.synthesizes == nil }
        let ownership = annual.flatMap { context.ownerships[$0.id] } ?? Ownership(plan: plan, on: asOf)
        // Every report but a synthesis (one whose obligation is unknown counts too).
        let syntheses = Set(plan.reporting.filter { $0.synthesizes != nil }.map(\.id))
        var reported: Set<Citation> = []
        for report in reports where !syntheses.contains(report.obligation ?? "") {
            for entry in report.tasks { reported.insert(entry.citation) }
        }
        let leaves = plan.tasks.filter { plan.children(of: $0.citation).isEmpty }
        summary.tasksTotal = leaves.count
        summary.tasksOwned = leaves.filter { ownership.isOwned($0.citation) }.count
        summary.tasksReported =
            leaves.filter { leaf in
                reported.contains { leaf.citation.isWithin($0) || $0.isWithin(leaf.citation) }
            }.count
        summary.unheld = ownership.vanished.map { .init(ref: $0.ref, location: $0.location, tasks: $0.tasks) }
        for obligation in plan.reporting {
            guard let deadline = context.deadlines[obligation.id] else { continue }
            for ref in obligation.from where plan.registry.members(of: ref.id, on: deadline.lastOnTimeDay).isEmpty {
                summary.unheld.append(.init(ref: ref.id, location: ref.location, tasks: [], obligation: obligation.id))
            }
        }

        Trace.phase("task coverage")
        let sources = judged.compactMap(\.source)
        SourceLines.attach(to: &findings, from: sources)
        SourceLines.attach(to: &yearFindings, from: sources)
        // Consumed, so that the merge has the only reference and moves in place.
        let merged = (consume findings).mergedByPlace(with: &yearFindings)
        var result = CheckResult(
            year: year, folder: folder, findings: merged,
            files: files, summary: summary, reports: reports, owed: owedList, deadlines: context.deadlines,
            sources: sources, indicators: ledger)
        result.suppressions.reserveCapacity(keepsSources ? 0 : judged.count)
        for case (let path, let suppressions)? in judged.lazy.map(\.scanned) {
            result.suppressions[path] = suppressions
        }
        return result
    }

    /// A unit and an obligation it owes a report for.
    struct Owing: Hashable {
        var unit: String
        var obligation: String
    }

    /// Who owes each obligation in a year, worked out once: a national run has
    /// tens of thousands of units and as many reports.
    struct DebtorCache: Sendable {
        let checker: Checker
        private var sets: [Int: [String: Set<String>]] = [:]

        init(checker: Checker) { self.checker = checker }

        mutating func record(_ set: Set<String>, _ obligation: Plan.Obligation, year: Int) {
            sets[year, default: [:]][obligation.id] = set
        }

        mutating func owes(_ unit: String, _ obligation: Plan.Obligation, year: Int) -> Bool {
            if let set = sets[year]?[obligation.id] { return set.contains(unit) }
            let set = Set(checker.debtors(obligation, year: year))
            sets[year, default: [:]][obligation.id] = set
            return set.contains(unit)
        }
    }

    /// Which obligation a report answers: the one it names if its unit owes it, the
    /// closest one to a misspelt name, or the only one its unit owes.
    public func resolve(_ report: Report) -> ObligationResolution {
        var cache = DebtorCache(checker: self)
        return resolve(report, debtors: &cache)
    }

    func resolve(_ report: Report, debtors cache: inout DebtorCache) -> ObligationResolution {
        let owes = plan.reporting.filter { cache.owes(report.unit, $0, year: report.year) }
        guard let written = report.obligation else {
            switch owes.count {
            case 1: return .answers(owes[0].id)
            case 0: return .owesNothing
            default: return .ambiguous(owes.map(\.id))
            }
        }
        guard let obligation = plan.obligation(written) else {
            let closest = owes.min { editDistance($0.id, written) < editDistance($1.id, written) }
            guard let closest, editDistance(closest.id, written) <= 3 || owes.count == 1 else {
                return .misspelt(closest: nil)
            }
            return .misspelt(closest: closest.id)
        }
        guard owes.contains(where: { $0.id == written }) else {
            let day = judgingDay(obligation, year: report.year)
            if let holder = plan.registry.holder(of: report.unit, on: day), holder != report.unit {
                return .notOwed(written, why: .passed(holder))
            }
            if let until = plan.registry.units[report.unit]?.until, until < day {
                return .notOwed(written, why: .ended(until))
            }
            return .notOwed(written, why: nil)
        }
        return .answers(written)
    }

    /// The report rules over one resolved report: `report.obligation` is the one it
    /// answers. Task rules run for unit reports, not for a synthesis.
    func judge(_ report: Report, _ resolution: ObligationResolution, folderYear: Int, context: YearContext?)
        -> [Finding]
    {
        var findings = [
            YearMismatchRule.check(report, folderYear: folderYear, registry: plan.registry),
            FutureDateRule.check(report, asOf: asOf, registry: plan.registry),
            UnknownObligationRule.check(report, resolution, plan: plan),
        ].compactMap { $0 }
        let suppliers = context?.suppliers ?? plan.suppliers(on: figureDay(year: folderYear))
        findings += BadFigureRule.check(report, plan: plan, suppliers: suppliers)
        if let id = report.obligation, let obligation = plan.obligation(id), obligation.synthesizes == nil {
            let ownership =
                context?.ownerships[id] ?? Ownership(plan: plan, on: judgingDay(obligation, year: folderYear))
            findings += UnreportedTaskRule.check(report, ownership: ownership, plan: plan)
            findings += UnassignedTaskRule.check(report, ownership: ownership, registry: plan.registry)
            findings += TargetMissingRule.check(report, year: report.year, suppliers: suppliers, plan: plan)
        }
        return findings
    }

    /// The report rules over one report, resolved first; for tests and fuzzing.
    public func judge(_ report: Report, folderYear: Int) -> [Finding] {
        let resolution = resolve(report)
        var resolved = report
        resolved.obligation = resolution.obligation
        return judge(resolved, resolution, folderYear: folderYear, context: nil)
    }
}
