import DXYAML

/// An `ExtractedPlan` as YAML in the plan format of the README: the plan file, and
/// the units draft it names. Every guess is a `# guess:` comment on its line, every
/// value carries the text's line in a comment, and the output is the same bytes for
/// the same text.
public enum DraftWriter {
    /// The plan file. `units` and `source` are the paths the plan names, relative to it.
    public static func plan(_ plan: ExtractedPlan, units: String, source: String) -> String {
        var out = Lines()
        let header = plan.header
        out.add("# Draft of Kế hoạch \(header.number ?? "?") written by dxaudit extract from \(comment(source)).")
        out.add("# \"line N\" = line N of the text. Confirm or correct every \"# guess:\", then run dxaudit lint.")
        out.add("plan:")
        out.add(
            "  number: \(quoted(header.number ?? "?"))", guess: header.number == nil ? "the text names no number" : nil)
        out.add(
            "  title: \(quoted(header.title ?? "?"))",
            guess: header.title == nil
                ? "the text has no title" : header.titleGuessed ? "made from the heading in capitals" : nil)
        if let issuer = header.issuer {
            out.add("  issuer: \(quoted(issuer))", guess: "from the heading and the place of issue")
        }
        if let issued = header.issued { out.add("  issued: \(issued)") }
        let years = header.years ?? 2021...2030
        out.add(
            "  years: [\(years.lowerBound), \(years.upperBound)]",
            guess: header.years == nil
                ? "the text does not say; 2021–2030 assumed"
                : "from the title's period, else from the year after issue to the last year the targets name")
        out.add("  units: \(quoted(units))")
        out.add("  source: \(quoted(source))")
        let coordinator = plan.coordinator ?? header.issuerID ?? quoted("?")
        out.add(
            "  coordinator: \(coordinator)",
            guess: plan.coordinator == nil
                ? "no report goes \"qua\" a unit; name who receives the unit reports" : "the unit reports go through it"
        )
        targets(plan, &out)
        tasks(plan, &out)
        assignments(plan, &out)
        reporting(plan, &out)
        out.add("calendar:")
        out.add("  deadline_rule: next-working-day", guess: "Bộ luật Dân sự 2015, Điều 148, by analogy")
        out.add("  holidays: []")
        out.add("  working_days: []")
        return out.text
    }

    /// The units draft: every unit and group the text names that the registry given
    /// with `--units` does not already have.
    public static func units(_ plan: ExtractedPlan) -> String {
        var out = Lines()
        out.add("# Units named by the text of Kế hoạch \(plan.header.number ?? "?"), drafted by dxaudit extract.")
        out.add("# Confirm every \"# guess:\"; add e-mail addresses, and since:/until: where units changed.")
        let groups = plan.units.filter { $0.isGroup && !$0.known }
        if !groups.isEmpty {
            out.add("groups:")
            for group in groups {
                let kinds = group.kinds.count == 1 ? group.kinds[0] : "[\(group.kinds.joined(separator: ", "))]"
                out.add("  \(group.id): {kind: \(kinds)}", line: group.line, guess: group.guess)
            }
        }
        let units = plan.units.filter { !$0.isGroup && !$0.known }
        if units.isEmpty {
            out.add("units: {}")
            return out.text
        }
        out.add("units:")
        for unit in units {
            let lost = unit.inferredReason != nil
            out.add("  \(unit.id):", line: unit.line, guess: lost ? nil : unit.guess)
            out.add("    name: \(quoted(unit.name))", guess: lost ? unit.guess : nil)
            out.add("    kind: \(unit.kinds.first ?? "department")")
            if let reason = unit.inferredReason {
                out.add("    inferred: true")
                out.add("    reason: \(quoted(reason))")
            }
        }
        return out.text
    }

    static func targets(_ plan: ExtractedPlan, _ out: inout Lines) {
        guard !plan.targets.isEmpty else { return }
        out.add("targets:")
        for target in plan.targets {
            out.add("  \(target.citation):", line: target.line)
            out.add("    text: \(quoted(target.text))")
            guard let first = target.percentages.first, let year = target.year else { continue }
            out.add("    unit: percent")
            let others = target.percentages.dropFirst().map(number)
            out.add(
                "    by: {\(year): \(number(first))}",
                guess: others.isEmpty
                    ? nil : "the first of its numbers; the text also sets \(others.joined(separator: ", "))")
        }
    }

    static func tasks(_ plan: ExtractedPlan, _ out: inout Lines) {
        out.add(plan.tasks.isEmpty ? "tasks: {}" : "tasks:")
        for task in plan.tasks {
            guard !task.details.isEmpty || task.note != nil else {
                out.add("  \(task.citation): \(quoted(task.text))", line: task.line)
                continue
            }
            out.add("  \(task.citation):", line: task.line)
            out.add("    text: \(quoted(task.text))")
            if let note = task.note { out.add("    note: \(quoted(note))") }
            if !task.details.isEmpty {
                out.add("    details:")
                for (detail, line) in zip(task.details, task.detailLines) {
                    out.add("      - \(quoted(detail))", line: line)
                }
            }
        }
    }

    static func assignments(_ plan: ExtractedPlan, _ out: inout Lines) {
        if !plan.duties.isEmpty {
            out.add("# Duties of Part IV that cite no Part II task (not assignments):")
            for duty in plan.duties {
                out.add(
                    "#   \(duty.source) \(duty.units.joined(separator: ", ")): \(comment(duty.text)) (line \(duty.line))"
                )
            }
        }
        out.add(plan.assignments.isEmpty ? "assignments: []" : "assignments:")
        for assignment in plan.assignments {
            out.add("  - source: \(assignment.source)", line: assignment.line)
            out.add("    unit: \(list(assignment.units))")
            out.add("    \(assignment.role.rawValue): \(quoted(assignment.cited))", guess: assignment.guess)
            if !assignment.coordinators.isEmpty {
                out.add("    coordinators: [\(assignment.coordinators.joined(separator: ", "))]")
            }
        }
    }

    static func reporting(_ plan: ExtractedPlan, _ out: inout Lines) {
        out.add(plan.deadlines.isEmpty ? "reporting: []" : "reporting:")
        for deadline in plan.deadlines {
            out.add("  - id: \(deadline.id)", line: deadline.line, guess: "an id of dxaudit's; rename if you like")
            out.add("    source: \(deadline.source)")
            out.add("    from: \(list(deadline.from))")
            if let to = deadline.to { out.add("    to: \(to)") }
            if let via = deadline.via { out.add("    via: \(via)") }
            let day =
                "\(deadline.due.month < 10 ? "0" : "")\(deadline.due.month)-\(deadline.due.day < 10 ? "0" : "")\(deadline.due.day)"
            out.add("    due: {\(deadline.due.kind.rawValue): \(day)}   # \"\(deadline.phrase)\"")
            if let synthesizes = deadline.synthesizes {
                out.add("    synthesizes: \(synthesizes)", guess: "its unit sums up the reports that go through it")
            }
        }
    }

    /// Lines of YAML, each with an optional `# line N` and `# guess: …` comment.
    struct Lines {
        var lines: [String] = []

        mutating func add(_ text: String, line: Int? = nil, guess: String? = nil) {
            var notes: [String] = []
            if let line { notes.append("line \(line)") }
            if let guess { notes.append("guess: \(DraftWriter.comment(guess))") }
            lines.append(notes.isEmpty ? text : "\(text)   # \(notes.joined(separator: "; "))")
        }

        var text: String { lines.joined(separator: "\n") + "\n" }
    }

    static func list(_ ids: [String]) -> String {
        ids.count == 1 ? ids[0] : "[\(ids.joined(separator: ", "))]"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            default:
                if scalar.isControlOrLineSeparator {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Text on one line for a comment, at most 100 characters.
    static func comment(_ text: String) -> String {
        YAMLComment.oneLine(text, limit: 100)
    }
}
