import DXYAML
import Dispatch

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
    /// Suppression comments of every report file read, by path.
    public var suppressions: [String: [Suppression]] = [:]

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

/// Checks one year's reports against the plan.
public struct Checker: Sendable {
    public let plan: Plan
    public let asOf: CivilDate
    public let limits: Limits
    public let calendar: DeadlineCalendar

    public init(plan: Plan, asOf: CivilDate, limits: Limits = .default) {
        self.plan = plan
        self.asOf = asOf
        self.limits = limits
        self.calendar = DeadlineCalendar(plan.calendar)
    }

    /// The day on which the units owing `obligation` in `year` are judged.
    public func judgingDay(_ obligation: Plan.Obligation, year: Int) -> CivilDate {
        calendar.lastOnTimeDay(obligation.due, year: year)
    }

    /// Units that owe `obligation` in `year`, in registry order.
    public func debtors(_ obligation: Plan.Obligation, year: Int) -> [String] {
        let day = judgingDay(obligation, year: year)
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
        guard let names = PathTools.list(folder) else { return nil }
        // Hidden files (editor locks `.#x.yaml`, backups `.x.yaml`) are not reports.
        return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .map { PathTools.join(folder, $0) }
    }

    /// Loads every report and judges it on its own, in parallel; results keep file
    /// order whatever the timing.
    typealias Judged = (report: Report?, findings: [Finding], suppressions: [Suppression], sender: ReportLoad.Sender?)

    /// What every report of one year is judged against, worked out once: per
    /// obligation its debtors and the ownership on its judging day.
    struct YearContext {
        var debtors: [String: [String]] = [:]
        var ownerships: [String: Ownership] = [:]
        var debtorCache: DebtorCache
    }

    func context(for year: Int) -> YearContext {
        var context = YearContext(debtorCache: DebtorCache(checker: self))
        for obligation in plan.reporting {
            let list = debtors(obligation, year: year)
            context.debtors[obligation.id] = list
            context.debtorCache.record(Set(list), obligation, year: year)
            context.ownerships[obligation.id] = Ownership(plan: plan, on: judgingDay(obligation, year: year))
        }
        return context
    }

    func loadAndJudge(_ files: [String], year: Int, context: YearContext) -> [Judged] {
        final class Slots: @unchecked Sendable {
            var results: [Judged]
            init(_ n: Int) { results = Array(repeating: (nil, [], [], nil), count: n) }
        }
        let slots = Slots(files.count)
        let prepared = context.debtorCache
        let owners = context.ownerships
        slots.results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let base = buffer
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                let load = ReportLoader.load(files[i], plan: plan, limits: limits)
                var findings = load.findings
                guard var report = load.report else {
                    base[i] = (nil, findings, load.suppressions, load.sender)
                    return
                }
                var cache = prepared
                findings += judgeAlone(&report, folderYear: year, debtors: &cache)
                if let id = report.obligation, plan.obligation(id)?.synthesizes == nil, let ownership = owners[id] {
                    findings += judgeTasks(report, ownership: ownership)
                }
                base[i] = (report, findings, load.suppressions, nil)
            }
        }
        return slots.results
    }

    public func check(folder: String, year: Int, files: [String]) -> CheckResult {
        let context = context(for: year)
        let judged = loadAndJudge(files, year: year, context: context)
        var findings = judged.flatMap(\.findings)
        let reports = judged.compactMap(\.report)
        var suppressions: [String: [Suppression]] = [:]
        for (file, result) in zip(files, judged) { suppressions[file] = result.suppressions }

        var summary = CheckResult.Summary()
        var owedList: [CheckResult.Owed] = []
        // This year's reports by unit and obligation. A report of another year (misfiled:
        // `year-mismatch`) is not this year's report.
        var claimed: [String: [Report]] = [:]  // "unit\u{0}obligation" → reports
        for report in reports where report.year == year {
            guard let obligation = report.obligation else { continue }
            claimed["\(report.unit)\u{0}\(obligation)", default: []].append(report)
        }
        // Files that name their unit but could not be read whole.
        var unreadable: [String: String] = [:]  // "unit\u{0}obligation" → path
        var debtorCache = context.debtorCache
        for (file, result) in zip(files, judged) {
            guard let sender = result.sender, sender.year == nil || sender.year == year else { continue }
            let owes = plan.reporting.filter { debtorCache.owes(sender.unit, $0, year: year) }
            let obligation = sender.obligation ?? (owes.first { $0.synthesizes == nil } ?? owes.first)?.id
            guard let obligation else { continue }
            let key = "\(sender.unit)\u{0}\(obligation)"
            if unreadable[key] == nil { unreadable[key] = file }
        }

        for obligation in plan.reporting {
            let lastDay = judgingDay(obligation, year: year)
            for unit in context.debtors[obligation.id] ?? [] {
                summary.owed += 1
                let key = "\(unit)\u{0}\(obligation.id)"
                let sent = claimed[key] ?? []
                for duplicate in sent.dropFirst() {
                    findings.append(
                        DuplicateReportRule.finding(
                            duplicate, first: sent[0], obligation: obligation.id, year: year, registry: plan.registry))
                }
                if sent.isEmpty, let path = unreadable[key] {
                    summary.reported += 1
                    summary.unreadable += 1
                    owedList.append(
                        .init(unit: unit, obligation: obligation.id, lastOnTimeDay: lastDay, state: .unreadable, report: path))
                    continue
                }
                guard let report = sent.first else {
                    let finding = MissingReportRule.finding(
                        unit: unit, obligation: obligation, year: year, lastDay: lastDay, asOf: asOf, plan: plan)
                    findings.append(finding)
                    let state: CheckResult.Owed.State = finding.severity == .note ? .notYetDue : .missing
                    if state == .missing { summary.missing += 1 } else { summary.notYetDue += 1 }
                    owedList.append(.init(unit: unit, obligation: obligation.id, lastOnTimeDay: lastDay, state: state))
                    continue
                }
                summary.reported += 1
                var state = CheckResult.Owed.State.onTime
                if report.submitted > lastDay {
                    summary.late += 1
                    state = .late
                    findings.append(
                        LateReportRule.finding(
                            report, obligation: obligation, year: year, lastDay: lastDay, registry: plan.registry))
                }
                owedList.append(
                    .init(
                        unit: unit, obligation: obligation.id, lastOnTimeDay: lastDay, state: state, report: report.path,
                        submitted: report.submitted))
            }
        }

        // Task coverage over the unit reports of the year.
        let annual = plan.reporting.first { $0.synthesizes == nil }
        let ownership = annual.flatMap { context.ownerships[$0.id] } ?? Ownership(plan: plan, on: asOf)
        let reported = Set(reports.filter { r in plan.obligation(r.obligation ?? "")?.synthesizes == nil }.flatMap { $0.tasks.map(\.citation) })
        let leaves = plan.tasks.filter { plan.children(of: $0.citation).isEmpty }
        summary.tasksTotal = leaves.count
        summary.tasksOwned = leaves.filter { ownership.isOwned($0.citation) }.count
        summary.tasksReported = leaves.filter { leaf in
            reported.contains { leaf.citation.isWithin($0) || $0.isWithin(leaf.citation) }
        }.count
        summary.unheld = ownership.vanished.map { .init(ref: $0.ref, location: $0.location, tasks: $0.tasks) }
        for obligation in plan.reporting {
            let day = judgingDay(obligation, year: year)
            for ref in obligation.from where plan.registry.members(of: ref.id, on: day).isEmpty {
                summary.unheld.append(.init(ref: ref.id, location: ref.location, tasks: [], obligation: obligation.id))
            }
        }

        return CheckResult(
            year: year, folder: folder, findings: findings.sorted(), files: files, summary: summary, reports: reports,
            owed: owedList, suppressions: suppressions)
    }

    /// Who owes each obligation in a year, worked out once: a national run has
    /// tens of thousands of units and as many reports.
    struct DebtorCache {
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

    /// Rules that need only the report and the plan.
    func judgeAlone(_ report: inout Report, folderYear: Int) -> [Finding] {
        var cache = DebtorCache(checker: self)
        return judgeAlone(&report, folderYear: folderYear, debtors: &cache)
    }

    func judgeAlone(_ report: inout Report, folderYear: Int, debtors cache: inout DebtorCache) -> [Finding] {
        var findings = [
            YearMismatchRule.finding(report, folderYear: folderYear, registry: plan.registry),
            FutureDateRule.finding(report, asOf: asOf, registry: plan.registry),
        ].compactMap { $0 }
        let owes = plan.reporting.filter { cache.owes(report.unit, $0, year: report.year) }
        if let id = report.obligation {
            if let obligation = plan.obligation(id), !owes.contains(where: { $0.id == id }) {
                let day = judgingDay(obligation, year: report.year)
                var why = ""
                if let holder = plan.registry.holder(of: report.unit, on: day), holder != report.unit {
                    why = "; its duties passed to \(holder): report as \(holder)"
                } else if let until = plan.registry.units[report.unit]?.until, until < day {
                    why = "; it ended on \(until)"
                }
                findings.append(UnknownObligationRule.notOwed(report, id, why: why, registry: plan.registry))
                report.obligation = nil
                return findings
            }
        }
        if let written = report.obligation, plan.obligation(written) == nil {
            // Misspelt (the loader has said so): judge it as the obligation it is
            // closest to, or the only one the unit owes, so the unit is not called missing.
            let closest = owes.min { editDistance($0.id, written) < editDistance($1.id, written) }
            if let closest, editDistance(closest.id, written) <= 3 || owes.count == 1 {
                report.obligation = closest.id
            } else {
                report.obligation = nil
            }
            return findings
        }
        if report.obligation != nil {
            return findings
        } else if owes.count == 1 {
            report.obligation = owes[0].id
        } else if owes.isEmpty {
            findings.append(UnknownObligationRule.owesNothing(report, registry: plan.registry))
        } else {
            findings.append(UnknownObligationRule.ambiguous(report, owes: owes, registry: plan.registry))
        }
        return findings
    }

    /// `unreported-task` and `unassigned-task` for one unit report.
    func judgeTasks(_ report: Report, ownership: Ownership) -> [Finding] {
        UnreportedTaskRule.findings(report, ownership: ownership, plan: plan)
            + UnassignedTaskRule.findings(report, ownership: ownership, registry: plan.registry)
    }
}

