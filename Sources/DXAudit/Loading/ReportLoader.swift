import DXYAML

/// A report file after reading: the report when its required fields could be
/// read, and every finding met in the file.
public struct ReportLoad: Sendable {
    public var path: String
    public var report: Report?
    public var findings: [Finding]
    /// The file as read, for source lines and suppression comments.
    public var source: SourceFile?
    /// Who sent a report that could not be read whole: enough to know that the unit
    /// did send something, so that it is not called missing.
    public var sender: Sender?

    public struct Sender: Sendable {
        public var unit: String
        public var location: Finding.Location
        public var year: Int?
        public var obligation: String?
    }
}

/// Reads one report file against the plan: shape, types, citations, units.
public enum ReportLoader {
    public static func load(_ path: String, plan: Plan, limits: Limits = .default) -> ReportLoad {
        switch SourceFile.read(path, limits: limits) {
        case .success(let file):
            return load(file, plan: plan, limits: limits)
        case .failure(let error):
            return ReportLoad(
                path: path, report: nil, findings: [Finding(.unreadableYAML(error), at: .init(path: path))])
        }
    }

    public static func load(_ file: SourceFile, plan: Plan, limits: Limits = .default) -> ReportLoad {
        var load = decode(file, plan: plan, limits: limits)
        load.source = file
        return load
    }

    static func decode(_ file: SourceFile, plan: Plan, limits: Limits) -> ReportLoad {
        var reader = FileReader(file: file, limits: limits)
        let path = file.path
        guard let root = reader.root,
            let fields = reader.fields(
                root, .place(.report), required: ["unit", "year", "submitted", "tasks"],
                optional: ["obligation", "document", "targets", "note"])
        else {
            var load = ReportLoad(path: path, report: nil, findings: reader.findings)
            if reader.root == nil { load.sender = guessSender(file, plan: plan) }
            return load
        }
        var complete = true
        var unit = ""
        if let node = fields["unit"], let written = reader.string(node, "unit") {
            // An id, or the unit's name or short name (`Sở Y tế`).
            let id = plan.registry.resolve(written).flatMap { plan.registry.units[$0] != nil ? $0 : nil } ?? written
            unit = id
            if plan.registry.units[id] == nil {
                reader.add(.unknownReportingUnit(id, closest: plan.registry.suggestion(for: id)), at: node)
                complete = false
            }
        } else {
            complete = false
        }
        var year = fields["year"].flatMap { reader.integer($0) }
        let writtenYear = year
        if let value = year, let node = fields["year"], !plan.header.years.contains(value) {
            let years = plan.header.years
            reader.add(.yearOutsidePlan(value, plan: plan.header.number, years: years), at: node)
            year = nil
        }
        let submitted = fields["submitted"].flatMap { reader.date($0) }
        var obligation: String?
        if let node = fields["obligation"], let id = reader.string(node, "obligation") {
            obligation = id
            if plan.obligation(id) == nil {
                let who = unit.isEmpty ? nil : Finding.Argument.unit(unit, in: plan.registry)
                reader.add(
                    .obligationNotInPlan(who, id, known: plan.reporting.map(\.id)), at: node,
                    unit: unit.isEmpty ? nil : unit)
            }
        }
        if let node = fields["document"] { _ = reader.string(node, "document") }

        var entries: [Report.TaskEntry] = []
        var seen: [Citation: Int] = [:]
        let tasksNode = fields["tasks"]
        let taskEntries = tasksNode.map { reader.entries($0, "tasks") } ?? []
        // Exactly as many as there can be: a year keeps every report's entries.
        entries.reserveCapacity(taskEntries.count)
        for (key, keyNode, value) in taskEntries {
            let location = reader.location(keyNode)
            let citation: Citation
            switch CitationParser.parseOne(key) {
            case .success(let ref):
                citation = ref.citation
            case .failure(let error):
                reader.add(
                    .unreadableTaskReference(key, error.problem),
                    at: reader.location(keyNode, offset: (reader.textOffset(keyNode) ?? 0) + error.offset))
                continue
            }
            if plan.task(citation) == nil {
                reader.add(.notATask(citation), at: location)
                continue
            }
            if let line = seen[citation] {
                reader.add(.taskReportedTwice(citation, firstLine: line), at: location)
                continue
            }
            seen[citation] = location.line
            var entry = Report.TaskEntry(citation: citation, location: location)
            if value.mapping != nil,
                let taskFields = reader.fields(value, .place(.task(key)), optional: ["status", "progress", "note"])
            {
                if let node = taskFields["status"], let text = reader.string(node, "status") {
                    entry.status = Report.Status(rawValue: text)
                    if entry.status == nil {
                        reader.add(.unknownStatus(text), at: node)
                    }
                }
                if let node = taskFields["progress"], let progress = reader.integer(node) {
                    if (0...100).contains(progress) {
                        entry.progress = progress
                    } else {
                        reader.add(.progressOutOfRange(progress), at: node)
                    }
                }
                entry.note = taskFields["note"].flatMap { reader.string($0, "note") }
            } else if !value.isNull {
                reader.add(.taskEntryNotAMapping(key), at: value)
            }
            entries.append(entry)
        }

        var targets: [Citation: Double] = [:]
        var figures: [Report.Figure] = []
        if let node = fields["targets"] {
            for (key, keyNode, value) in reader.entries(node, "targets") {
                let indicator: String?
                if plan.indicators.contains(where: { $0.id == key }) {
                    indicator = key
                } else {
                    switch CitationParser.parseOne(key) {
                    case .success(let ref) where plan.targets.contains(where: { $0.citation == ref.citation }):
                        indicator = plan.indicators.first { $0.bullets.contains(ref.citation) }?.id
                        if value.mapping == nil, let number = reader.number(value) { targets[ref.citation] = number }
                    case .success(let ref):
                        reader.add(.notATarget(ref.citation), at: keyNode)
                        continue
                    case .failure(let error):
                        reader.add(.unreadableTargetReference(key, error.problem), at: keyNode)
                        continue
                    }
                }
                guard let indicator else { continue }
                var figure = Report.Figure(indicator: indicator, location: reader.location(keyNode))
                if value.mapping != nil {
                    guard
                        let f = reader.fields(
                            value, .text(key), optional: ["value", "numerator", "denominator", "as_of", "source"])
                    else { continue }
                    figure.value = f["value"].flatMap { reader.number($0) }
                    figure.numerator = f["numerator"].flatMap { reader.number($0) }
                    figure.denominator = f["denominator"].flatMap { reader.number($0) }
                    figure.asOf = f["as_of"].flatMap { reader.date($0) }
                    figure.source = f["source"].flatMap { reader.string($0, "source") }
                    if figure.value == nil, figure.numerator == nil || figure.denominator == nil {
                        reader.add(.missingField(.text(key), "value"), at: value)
                        continue
                    }
                } else if plan.indicator(indicator)?.kind == .yesNo,
                    let flag = try? value.boolean()
                {
                    figure.value = flag ? 1 : 0
                } else {
                    guard let number = reader.number(value) else { continue }
                    figure.value = number
                }
                figures.append(figure)
            }
        }

        guard complete, let year, let submitted, let unitNode = fields["unit"], let yearNode = fields["year"],
            let submittedNode = fields["submitted"]
        else {
            var load = ReportLoad(path: path, report: nil, findings: reader.findings)
            if plan.registry.units[unit] != nil, let unitNode = fields["unit"] {
                load.sender = ReportLoad.Sender(
                    unit: unit, location: reader.location(unitNode), year: writtenYear,
                    obligation: obligation.flatMap { plan.obligation($0) != nil ? $0 : nil })
            }
            return load
        }
        var report = Report(
            path: path, unit: unit, unitLocation: reader.location(unitNode), year: year,
            yearLocation: reader.location(yearNode), obligation: obligation,
            obligationLocation: fields["obligation"].map { reader.location($0) }, submitted: submitted,
            submittedLocation: reader.location(submittedNode),
            document: fields["document"].flatMap { $0.scalar?.value }, tasks: entries,
            tasksLocation: tasksNode.map { reader.location($0) } ?? reader.location(root), targets: targets)
        report.figures = figures
        report.targetsLocation = fields["targets"].map { reader.location($0) }
        return ReportLoad(path: path, report: report, findings: reader.findings)
    }

    /// Who a file that is not YAML at all says it is from: its top-level `unit:` and
    /// `year:` lines, read as plain text. A report with a syntax error, a stray tab or
    /// a legacy encoding still names its sender, who must not be called missing.
    static func guessSender(_ file: SourceFile, plan: Plan) -> ReportLoad.Sender? {
        var unit: (String, Int)?
        var year: Int?
        var obligation: String?
        for lineNumber in 1...max(1, file.text.lineCount) {
            guard let range = file.text.range(ofLine: lineNumber) else { continue }
            let rawLine = file.text.bytes[range]
            func value(of key: String) -> String? {
                let prefix = Array((key + ":").utf8)
                guard rawLine.starts(with: prefix) else { return nil }
                var text = String(decoding: rawLine.dropFirst(prefix.count), as: UTF8.self)
                if let hash = text.firstIndex(of: "#"), hash == text.startIndex || text[text.index(before: hash)] == " "
                {
                    text = String(text[..<hash])
                }
                text = String(text.trimmingWhitespace)
                if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
                    text = String(text.dropFirst().dropLast())
                }
                return text.isEmpty ? nil : text
            }
            if unit == nil, let text = value(of: "unit") { unit = (text, lineNumber) }
            if year == nil, let text = value(of: "year") { year = Int(text) }
            if obligation == nil, let text = value(of: "obligation") { obligation = text }
        }
        guard let (written, line) = unit,
            let id = plan.registry.resolve(written), plan.registry.units[id] != nil
        else { return nil }
        return ReportLoad.Sender(
            unit: id, location: Finding.Location(path: file.path, line: line), year: year,
            obligation: obligation.flatMap { plan.obligation($0) != nil ? $0 : nil })
    }
}
