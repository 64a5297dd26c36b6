import DXYAML

/// The words of every summary a command prints after its findings, in one place
/// for all reporters and both languages: each fact of `Outcome.summary` and the
/// `coverage` table.
public struct SummaryWording: Sendable {
    public let wording: Wording

    public init(_ wording: Wording = .english) {
        self.wording = wording
    }

    var vi: Bool { wording.language == .vietnamese }

    /// The summary lines, in order. `table: false` leaves out the rows of the
    /// coverage table, for formats that give them as data.
    public func lines(_ outcome: Outcome, table: Bool = true) -> [String] {
        var lines: [String] = []
        if let coverage = outcome.coverage {
            lines.append(title(coverage))
            if table { lines += self.table(coverage) }
            lines.append(total(coverage))
        }
        return lines + outcome.summary.map(line)
    }

    /// One fact as one line.
    public func line(_ fact: Outcome.SummaryFact) -> String {
        switch fact {
        case .reportYear(let plan, let year, let asOf):
            return vi
                ? "Kế hoạch \(plan), năm báo cáo \(year), tính đến \(wording.weekday(asOf)):"
                : "\(plan), report year \(year), as of \(wording.weekday(asOf)):"
        case .obligation(let o, let deadlinePassed):
            var parts: [String]
            if vi {
                parts = ["phải nộp \(o.owed)", "đã nhận \(o.received)", "chậm hạn \(o.late)"]
                if o.unreadable > 0 { parts.append("không đọc được \(o.unreadable)") }
                parts.append(deadlinePassed ? "chưa nộp \(o.missing)" : "chưa đến hạn \(o.notYetDue)")
                let name = wording.obligation(o.id, synthesis: o.synthesis)
                return
                    "  \(name) (\(o.id); ngày cuối cùng còn đúng hạn \(wording.weekday(o.lastOnTimeDay))): \(parts.joined(separator: ", "))"
            }
            parts = ["\(o.owed) owed", "\(o.received) received", "\(o.late) late"]
            if o.unreadable > 0 { parts.append("\(o.unreadable) unreadable") }
            parts.append(deadlinePassed ? "\(o.missing) missing" : "\(o.notYetDue) not yet due")
            return "  \(o.id) (last on-time day \(wording.weekday(o.lastOnTimeDay))): \(parts.joined(separator: ", "))"
        case .tasks(let tasks):
            return vi
                ? "  nhiệm vụ: \(tasks.owned)/\(tasks.total) có đơn vị chủ trì hoặc thực hiện, \(tasks.reported) đã được báo cáo"
                : "  tasks: \(tasks.owned) of \(tasks.total) owned, \(tasks.reported) reported on"
        case .noReporterLeft(let ref, let at, let duty):
            let what: String
            let place = "\(ProjectPath.lastComponent(at.path)):\(at.line)"
            switch duty {
            case .report(let obligation): what = vi ? "báo cáo \(obligation)" : "report \(obligation)"
            case .tasks(let tasks):
                what = (vi ? "nhiệm vụ " : "tasks ") + tasks.map(\.description).joined(separator: ", ")
            }
            return vi
                ? "  không còn đơn vị thực hiện: \(ref) (\(place)) — \(what)"
                : "  no reporter left: \(ref) (\(place)) — \(what)"
        case .overdue(let plan, let year, let asOf, let reports):
            return vi
                ? "Kế hoạch \(plan), năm báo cáo \(year), tính đến \(wording.weekday(asOf)): \(reports) báo cáo quá hạn"
                : "\(plan), report year \(year), as of \(wording.weekday(asOf)): \(wording.count(reports, "report")) overdue"
        }
    }

    /// `2 errors, 1 warning in 30 files (3 suppressed)`, the text format's last line.
    public func totals(_ outcome: Outcome) -> String {
        let counts = Finding.Severity.allCases.reversed().map { ($0, outcome.count($0)) }.filter { $0.1 > 0 }
        if vi {
            let parts = counts.map { "\($0.1) \(wording.severity($0.0))" }
            let files = "\(outcome.files.count) tệp"
            var hidden: [String] = []
            if outcome.suppressed > 0 { hidden.append("\(outcome.suppressed) đã bỏ qua") }
            if outcome.baselined > 0 { hidden.append("\(outcome.baselined) có trong baseline") }
            let note = hidden.isEmpty ? "" : " (\(hidden.joined(separator: ", ")))"
            return
                (parts.isEmpty
                ? "không có vấn đề nào trong \(files)" : "\(parts.joined(separator: ", ")) trong \(files)")
                + note
        }
        let parts = counts.map { wording.count($0.1, $0.0.name) }
        let files = wording.count(outcome.files.count, "file")
        var hidden: [String] = []
        if outcome.suppressed > 0 { hidden.append("\(outcome.suppressed) suppressed") }
        if outcome.baselined > 0 { hidden.append("\(outcome.baselined) in the baseline") }
        let note = hidden.isEmpty ? "" : " (\(hidden.joined(separator: ", ")))"
        return (parts.isEmpty ? "no problems in \(files)" : "\(parts.joined(separator: ", ")) in \(files)") + note
    }

    // MARK: - Coverage

    /// `227/KH-UBND: Part II ownership as written`, or with reports the year and the day of its units.
    public func title(_ coverage: Outcome.Coverage) -> String {
        guard let year = coverage.year else {
            return vi
                ? "Kế hoạch \(coverage.plan): phân công phần II theo văn bản"
                : "\(coverage.plan): Part II ownership as written"
        }
        if vi {
            let units = coverage.unitsOn.map { " (đơn vị tính đến ngày \(wording.date($0)))" } ?? ""
            return "Kế hoạch \(coverage.plan): phân công và báo cáo phần II, năm \(year)\(units)"
        }
        let units = coverage.unitsOn.map { " (units as of \($0))" } ?? ""
        return "\(coverage.plan): Part II ownership and reports, \(year)\(units)"
    }

    /// How many tasks are owned, and what the `·` in the table means.
    public func total(_ coverage: Outcome.Coverage) -> String {
        vi
            ? "\(coverage.owned)/\(coverage.rows.count) nhiệm vụ có đơn vị chủ trì hoặc thực hiện (· = qua điểm hoặc khoản chứa nhiệm vụ)"
            : "\(coverage.owned) of \(coverage.rows.count) tasks owned (· = owned through its point or clause)"
    }

    /// The table: a header, a rule, one line a task, columns padded to their
    /// widest cell; the reported column only when the table has reports.
    public func table(_ coverage: Outcome.Coverage) -> [String] {
        var header =
            vi
            ? ["nhiệm vụ", "chủ trì", "tổ chức thực hiện", "phối hợp"]
            : ["task", "chủ trì (chairs)", "thực hiện (implements)", "phối hợp (coordinators)"]
        let withReports = coverage.year != nil
        if withReports { header.append(vi ? "báo cáo" : "reported") }
        let rows = coverage.rows.map { row -> [String] in
            let indent = String(repeating: "  ", count: max(0, row.task.depth - 1))
            var cells = [
                indent + row.task.canonical,
                row.chairs.joined(separator: ", "),
                row.implements.joined(separator: ", "),
                row.coordinators.joined(separator: ", "),
            ]
            if row.chairs.isEmpty, row.implements.isEmpty {
                cells[1] = row.owned ? "·" : (vi ? "— không có —" : "— nobody —")
            }
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
    public func describe(_ reported: Outcome.Coverage.Reported) -> String {
        guard reported.total > 0 else { return vi ? "chưa báo cáo" : "not reported" }
        let names =
            vi
            ? ["hoàn thành", "đúng tiến độ", "chậm", "chưa bắt đầu", "không nêu trạng thái"]
            : ["done", "on-track", "delayed", "not-started", "no status"]
        let counts = zip(
            [reported.done, reported.onTrack, reported.delayed, reported.notStarted, reported.noStatus], names)
        return "\(reported.total): " + counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
