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
        if let targets = outcome.targets {
            lines.append(title(targets))
            if table { lines += self.table(targets) }
            lines.append(total(targets))
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
        return columns(header, rows)
    }

    /// A header, a rule and the rows, each column padded to its widest cell.
    func columns(_ header: [String], _ rows: [[String]]) -> [String] {
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

    /// A report's status in words: `đúng tiến độ`, `on-track`; nil: none given.
    public func status(_ status: Report.Status?) -> String {
        guard let status else { return vi ? "không nêu trạng thái" : "no status" }
        guard vi else { return status.rawValue }
        switch status {
        case .done: return "hoàn thành"
        case .onTrack: return "đúng tiến độ"
        case .delayed: return "chậm"
        case .notStarted: return "chưa bắt đầu"
        }
    }

    /// `3: 1 done, 2 on-track`, or `not reported`.
    public func describe(_ reported: Outcome.Coverage.Reported) -> String {
        guard reported.total > 0 else { return vi ? "chưa báo cáo" : "not reported" }
        let names = [Report.Status.done, .onTrack, .delayed, .notStarted, nil].map(status)
        let counts = zip(
            [reported.done, reported.onTrack, reported.delayed, reported.notStarted, reported.noStatus], names)
        return "\(reported.total): " + counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    // MARK: - Targets

    /// `227/KH-UBND: Part I indicators, 2021–2026 (reports)`.
    public func title(_ targets: Outcome.Targets) -> String {
        let span =
            targets.years.first.map { first in
                first == targets.years.last ? "\(first)" : "\(first)–\(targets.years.last ?? first)"
            } ?? ""
        return vi
            ? "Kế hoạch \(targets.plan): chỉ tiêu phần I, \(span) (\(targets.root))"
            : "\(targets.plan): Part I indicators, \(span) (\(targets.root))"
    }

    /// `12/18 chỉ tiêu đạt hoặc đúng tiến độ`, and what `*` in the table means.
    public func total(_ targets: Outcome.Targets) -> String {
        let star = targets.rows.contains { $0.progress.points.contains(where: \.fromSynthesis) }
        if vi {
            return "\(targets.onCourse)/\(targets.rows.count) chỉ tiêu đạt hoặc đúng tiến độ"
                + (star ? " (* = số liệu của báo cáo tổng hợp, không có số liệu của đơn vị cung cấp)" : "")
        }
        return "\(targets.onCourse) of \(targets.rows.count) indicators met or on track"
            + (star ? " (* = the synthesis's figure: no supplier gave one)" : "")
    }

    /// One line an indicator: its figure each year read, its milestones, who
    /// supplies it and where it stands.
    public func table(_ targets: Outcome.Targets) -> [String] {
        let header =
            (vi ? ["chỉ tiêu"] : ["indicator"]) + targets.years.map(String.init)
            + (vi ? ["mốc", "đơn vị cung cấp", "trạng thái"] : ["milestones", "supplied by", "status"])
        let rows = targets.rows.map { row -> [String] in
            let byYear = Dictionary(uniqueKeysWithValues: row.progress.points.map { ($0.year, $0) })
            let values = targets.years.map { year in
                byYear[year].map { value($0.value, row.kind) + ($0.fromSynthesis ? "*" : "") } ?? "—"
            }
            let milestones = row.milestones.map { "\($0.year): \(value($0.value, row.kind))" }.joined(separator: " · ")
            return [row.id] + values + [milestones, supplier(row), status(row)]
        }
        return columns(header, rows)
    }

    /// A figure as the table shows it: a tenth at most, yes or no, a whole rank.
    public func value(_ value: Double, _ kind: Plan.Indicator.Kind) -> String {
        if kind == .yesNo { return value >= 1 ? (vi ? "có" : "yes") : (vi ? "không" : "no") }
        return wording.decimal((value * 10).rounded() / 10)
    }

    /// The supplier the plan names, and how many figures made the latest value.
    func supplier(_ row: Outcome.Targets.Row) -> String {
        let name = row.reportedBy ?? "—"
        guard let latest = row.progress.latest, latest.suppliers.count > 1 || latest.suppliers.first != name else {
            return name
        }
        return latest.suppliers.count == 1
            ? "\(name): \(latest.suppliers[0])"
            : "\(name): " + (vi ? "\(latest.suppliers.count) đơn vị" : "\(latest.suppliers.count) units")
    }

    /// `đúng tiến độ (lộ trình 84)`, `chậm (lộ trình 54)`, `đạt/vượt`.
    public func status(_ row: Outcome.Targets.Row) -> String {
        let word = statusName(row.progress.status)
        guard let expected = row.progress.expected, row.progress.status != .met else { return word }
        if let latest = row.progress.latest, let milestone = row.progress.milestone, latest.year >= milestone.year {
            return "\(word) (" + (vi ? "mốc " : "milestone ") + "\(milestone.year): \(value(expected, row.kind)))"
        }
        return "\(word) (" + (vi ? "lộ trình " : "path ") + value(expected, row.kind) + ")"
    }

    public func statusName(_ status: IndicatorProgress.Status) -> String {
        switch status {
        case .met: return vi ? "đạt/vượt" : "met"
        case .onTrack: return vi ? "đúng tiến độ" : "on track"
        case .behind: return vi ? "chậm" : "behind"
        case .noData: return vi ? "không đủ số liệu" : "no data"
        }
    }
}
