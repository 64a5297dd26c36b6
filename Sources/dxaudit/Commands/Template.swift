import ArgumentParser
import DXAudit
import DXYAML

#if canImport(Glibc)
    import Glibc
#endif

extension DXAuditCommand {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a report skeleton listing every task a unit chairs or implements in a year.",
            discussion: "Writes to standard output, or atomically to -o FILE; an existing file is kept unless --force.")

        @Option(name: .long, help: "A plan file, or a folder holding one (default: the nearest plans/ folder).")
        var plan: String?

        @Option(name: .long, help: "The unit id, as in units.yaml.")
        var unit: String

        @Option(name: .long, help: "The report year.")
        var year: Int

        @Option(name: .long, help: "The obligation (default: the unit report it owes).")
        var obligation: String?

        @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
        var output: String?

        @Flag(name: .long, help: "Overwrite the output file if it exists.")
        var force = false

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to fill in as 'submitted' (default: today in Asia/Ho_Chi_Minh).", valueName: "date"))
        var asOf: String?

        func run() throws {
            let plan: Plan
            do {
                (plan, _) = try Workspace.loadPlan(self.plan)
            } catch let failure as Workspace.Failure {
                throw fail(failure.description)
            }
            let years = plan.header.years
            guard years.contains(year) else {
                throw fail("\(plan.header.number) covers report years \(years.lowerBound)–\(years.upperBound), not \(year)")
            }
            // The unit by id, name or short name.
            let unit = plan.registry.resolve(self.unit).flatMap { plan.registry.units[$0] != nil ? $0 : nil } ?? self.unit
            guard let unitInfo = plan.registry.units[unit] else {
                let hint = plan.registry.suggestion(for: unit).map { "; did you mean '\($0)'?" } ?? ""
                throw fail("unknown unit '\(unit)'\(hint)")
            }
            var today = DeadlineCalendar.todayInVietnam()
            if let asOf {
                guard case .success(let date) = CivilDate.parse(asOf) else { throw fail("--as-of takes YYYY-MM-DD") }
                today = date
            }
            let checker = Checker(plan: plan, asOf: today)
            let owed = plan.reporting.filter { checker.debtors($0, year: year).contains(unit) }
            let chosen: Plan.Obligation
            if let obligation {
                guard let match = owed.first(where: { $0.id == obligation }) else {
                    throw fail("\(unit) owes no '\(obligation)' report in \(year)")
                }
                chosen = match
            } else if let first = owed.first(where: { $0.synthesizes == nil }) ?? owed.first {
                chosen = first
            } else {
                let day = plan.reporting.first.map { checker.judgingDay($0, year: year) }
                let holder = day.flatMap { plan.registry.holder(of: unit, on: $0) }
                var why = holder.map { $0 != unit ? "; its duties passed to \($0)" : "" } ?? ""
                if holder == nil, let day, let until = unitInfo.until, until < day {
                    why = "; it ended on \(until)"
                } else if holder == nil, let day, let since = unitInfo.since, since > day {
                    why = "; it begins on \(since)"
                }
                throw fail("\(unit) owes no report in \(year)\(why)")
            }
            let day = checker.judgingDay(chosen, year: year)
            let ownership = Ownership(plan: plan, on: day)
            let text = Self.skeleton(
                plan: plan, unit: unitInfo, year: year, obligation: chosen, ownership: ownership, day: day,
                submitted: today)
            guard let output, output != "-" else {
                Output.out(text)
                return
            }
            if ProjectPath.exists(output), !force {
                throw fail("\(output) exists; not overwritten (use --force)")
            }
            if let error = AtomicFile.write(text, to: output) {
                throw fail("\(output): \(error)")
            }
        }

        static func skeleton(
            plan: Plan, unit: Registry.Unit, year: Int, obligation: Plan.Obligation, ownership: Ownership,
            day: CivilDate, submitted: CivilDate
        ) -> String {
            var lines: [String] = []
            lines.append("# Báo cáo năm \(year) của \(unit.name) về Kế hoạch \(plan.header.number)")
            let to = obligation.to.flatMap { plan.registry.units[$0]?.name } ?? "Ủy ban nhân dân thành phố"
            let via = obligation.via.flatMap { plan.registry.holder(of: $0, on: day) }.flatMap { plan.registry.units[$0]?.name }
            lines.append("# Gửi \(to)\(via.map { " (qua \($0))" } ?? "") \(obligation.due.vietnamese(year: year)).")
            lines.append("# Hạn chót: \(day.vietnameseWithWeekday). status: done | on-track | delayed | not-started")
            lines.append("unit: \(unit.id)")
            lines.append("year: \(year)")
            lines.append("obligation: \(obligation.id)")
            lines.append("submitted: \(submitted)   # ngày gửi báo cáo")
            lines.append("# document: 123/BC-XXX       # số hiệu văn bản")
            var tasks: [Citation]
            if obligation.synthesizes != nil {
                tasks = plan.tasks.map(\.citation).filter { $0.depth == 2 || ($0.depth == 1 && plan.children(of: $0).isEmpty) }
            } else {
                tasks = ownership.ownedTasks(of: unit.id)
            }
            if tasks.isEmpty {
                lines.append("tasks: {}")
            } else {
                lines.append("tasks:")
                for citation in tasks {
                    let role =
                        ownership.chairs(unit.id, citation)
                        ? "chủ trì" : ownership.implements(unit.id, citation) ? "thực hiện" : "tổng hợp"
                    let text = plan.task(citation).map { Checker.abbreviateForComment($0.text) } ?? ""
                    lines.append("  \(citation):   # \(role): \(text)")
                    lines.append("    status: not-started")
                    lines.append("    progress: 0")
                    lines.append("    # note: kết quả cụ thể, số liệu")
                }
            }
            if obligation.synthesizes != nil, !plan.targets.isEmpty {
                lines.append("targets:   # giá trị đo được của các chỉ tiêu phần I")
                for target in plan.targets {
                    lines.append("  # \(target.citation): 0   # \(Checker.abbreviateForComment(target.text))")
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

extension Checker {
    static func abbreviateForComment(_ text: String) -> String {
        let flat = text.replacingOccurrencesOfNewlines
        guard flat.count > 70 else { return flat }
        return String(flat.prefix(70)) + "…"
    }
}

extension String {
    var replacingOccurrencesOfNewlines: String {
        // Comments end at a line break, and libyaml takes U+2028/2029 for one too.
        String(String.UnicodeScalarView(unicodeScalars.map { $0.isControlOrLineSeparator ? " " : $0 }))
    }
}
