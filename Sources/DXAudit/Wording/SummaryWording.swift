import DXYAML

/// The English words of every summary a command prints after its findings, in one
/// place for all reporters: each fact of `Outcome.summary` and the `coverage` table.
public enum SummaryWording {
    /// The summary lines, in order. `table: false` leaves out the rows of the
    /// coverage table, for formats that give them as data.
    public static func lines(_ outcome: Outcome, table: Bool = true) -> [String] {
        var lines: [String] = []
        if let coverage = outcome.coverage {
            lines.append(title(coverage))
            if table { lines += self.table(coverage) }
            lines.append(total(coverage))
        }
        return lines + outcome.summary.map(line)
    }

    /// One fact as one line.
    public static func line(_ fact: Outcome.SummaryFact) -> String {
        switch fact {
        case .reportYear(let plan, let year, let asOf):
            return "\(plan), report year \(year), as of \(asOf.withWeekday):"
        case .obligation(let o, let deadlinePassed):
            var parts = ["\(o.owed) owed", "\(o.received) received", "\(o.late) late"]
            if o.unreadable > 0 { parts.append("\(o.unreadable) unreadable") }
            parts.append(deadlinePassed ? "\(o.missing) missing" : "\(o.notYetDue) not yet due")
            return "  \(o.id) (last on-time day \(o.lastOnTimeDay.withWeekday)): \(parts.joined(separator: ", "))"
        case .tasks(let tasks):
            return "  tasks: \(tasks.owned) of \(tasks.total) owned, \(tasks.reported) reported on"
        case .noReporterLeft(let ref, let at, let duty):
            let what: String
            switch duty {
            case .report(let obligation): what = "report \(obligation)"
            case .tasks(let tasks): what = "tasks \(tasks.map(\.description).joined(separator: ", "))"
            }
            return "  no reporter left: \(ref) (\(PathTools.lastComponent(at.path)):\(at.line)) — \(what)"
        case .overdue(let plan, let year, let asOf, let reports):
            return "\(plan), report year \(year), as of \(asOf.withWeekday): \(reports) report\(reports == 1 ? "" : "s") overdue"
        }
    }

    // MARK: - Coverage

    /// `227/KH-UBND: Part II ownership as written`, or with reports the year and the day of its units.
    public static func title(_ coverage: Outcome.Coverage) -> String {
        guard let year = coverage.year else { return "\(coverage.plan): Part II ownership as written" }
        let units = coverage.unitsOn.map { " (units as of \($0))" } ?? ""
        return "\(coverage.plan): Part II ownership and reports, \(year)\(units)"
    }

    /// How many tasks are owned, and what the `·` in the table means.
    public static func total(_ coverage: Outcome.Coverage) -> String {
        "\(coverage.owned) of \(coverage.rows.count) tasks owned (· = owned through its point or clause)"
    }

    /// The table: a header, a rule, one line a task, columns padded to their
    /// widest cell; the reported column only when the table has reports.
    public static func table(_ coverage: Outcome.Coverage) -> [String] {
        var header = ["task", "chủ trì (chairs)", "thực hiện (implements)", "phối hợp (coordinators)"]
        let withReports = coverage.year != nil
        if withReports { header.append("reported") }
        let rows = coverage.rows.map { row -> [String] in
            let indent = String(repeating: "  ", count: max(0, row.task.depth - 1))
            var cells = [
                indent + row.task.canonical,
                row.chairs.joined(separator: ", "),
                row.implements.joined(separator: ", "),
                row.coordinators.joined(separator: ", "),
            ]
            if row.chairs.isEmpty, row.implements.isEmpty { cells[1] = row.owned ? "·" : "— nobody —" }
            if withReports { cells.append(describe(row.reported ?? Outcome.Coverage.Reported())) }
            return cells
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = cells.indices.map { column in
                let cell = cells[column]
                guard column < cells.count - 1, cell.count < widths[column] else { return cell }
                return cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return [line(header), rule] + rows.map(line)
    }

    /// `3: 1 done, 2 on-track`, or `not reported`.
    public static func describe(_ reported: Outcome.Coverage.Reported) -> String {
        guard reported.total > 0 else { return "not reported" }
        let counts = [
            (reported.done, "done"), (reported.onTrack, "on-track"), (reported.delayed, "delayed"),
            (reported.notStarted, "not-started"), (reported.noStatus, "no status"),
        ]
        return "\(reported.total): " + counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
