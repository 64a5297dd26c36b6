import DXYAML

/// The result of reading a plan: the plan when it could be built, and every
/// finding met on the way (in the plan file and in its unit registry).
public struct PlanLoad: Sendable {
    public var plan: Plan?
    public var findings: [Finding]
    /// Files read, in the order they were read.
    public var files: [String]
    /// The plan file and its registry as read, for the source lines of findings.
    public var sources: [SourceFile] = []
}

/// Reads `plans/<plan>.yaml` and the registry it names into a `Plan`.
public enum PlanLoader {
    public static func load(_ path: String, limits: Limits = .default) -> PlanLoad {
        switch SourceFile.read(path, limits: limits) {
        case .success(let file):
            return load(file, limits: limits) { RegistryLoader.load($0, limits: limits) }
        case .failure(let error):
            return PlanLoad(
                plan: nil, findings: [Finding(.unreadableYAML(error), at: .init(path: path))], files: [path])
        }
    }

    /// A plan from bytes already read; `registry` reads the unit registry at the path
    /// the plan names.
    static func load(
        _ file: SourceFile, limits: Limits, registry loadRegistry: (String) -> RegistryLoad
    ) -> PlanLoad {
        let path = file.path
        var reader = FileReader(file: file, limits: limits)
        guard let root = reader.root,
            let top = reader.fields(
                root, .place(.plan), required: ["plan", "tasks", "assignments", "reporting"],
                optional: ["targets", "indicators", "calendar"]),
            let headerNode = top["plan"],
            let headerFields = reader.fields(
                headerNode, .place(.planHeader), required: ["number", "title", "years", "units", "coordinator"],
                optional: ["issuer", "issued", "source"]),
            // A plan without these is not usable; each missing one is already a finding.
            let tasksNode = top["tasks"], let assignmentsNode = top["assignments"],
            let reportingNode = top["reporting"],
            let coordinatorNode = headerFields["coordinator"]
        else {
            return PlanLoad(plan: nil, findings: reader.findings, files: [path], sources: [file])
        }

        // The registry, relative to the plan file.
        let unitsName = headerFields["units"].flatMap { reader.string($0, "units") } ?? "units.yaml"
        let unitsPath = ProjectPath.resolve(unitsName, relativeTo: path)
        let registryLoad = loadRegistry(unitsPath)
        let registryFindings = registryLoad.findings
        let sources = [file] + (registryLoad.source.map { [$0] } ?? [])
        guard let registry = registryLoad.registry else {
            var findings = reader.findings + registryFindings
            if registryFindings.isEmpty, let node = headerFields["units"] {
                findings.append(Finding(.registryUnreadable(unitsPath), at: reader.location(node)))
            }
            return PlanLoad(plan: nil, findings: findings, files: [path, unitsPath], sources: sources)
        }

        var years = 2021...2030
        if let node = headerFields["years"] {
            let values = reader.list(node).compactMap { reader.integer($0) }
            if values.count == 2, values[0] <= values[1], values[0] >= 1, values[1] <= 9999 {
                years = values[0]...values[1]
            } else {
                reader.add(.badYears(), at: node)
            }
        }
        let written = reader.string(coordinatorNode, "coordinator") ?? ""
        let coordinator = registry.resolve(written) ?? written
        let header = Plan.Header(
            number: headerFields["number"].flatMap { reader.string($0, "number") } ?? "",
            title: headerFields["title"].flatMap { reader.string($0, "title") } ?? "",
            issuer: headerFields["issuer"].flatMap { reader.string($0, "issuer") },
            issued: headerFields["issued"].flatMap { reader.date($0) },
            years: years, coordinator: coordinator, coordinatorLocation: reader.location(coordinatorNode))
        var sourceText: Plan.SourceDocument?
        if let node = headerFields["source"], let source = reader.string(node, "source") {
            let sourcePath = ProjectPath.resolve(source, relativeTo: path)
            if !ProjectPath.isReadableFile(sourcePath) {
                reader.add(.sourceTextMissing(source), at: node)
            } else {
                switch SourceFile.read(sourcePath, limits: limits).map({ PlanText.read($0.bytes, path: sourcePath) }) {
                case .success(.success(let text)):
                    sourceText = Plan.SourceDocument(
                        written: source, path: sourcePath, location: reader.location(node),
                        extracted: Extractor.extract(text, reach: .tasks))
                case .success(.failure(let failure)):
                    reader.add(.sourceTextUnreadable(source, failure), at: node)
                case .failure(let error):
                    reader.add(.sourceTextUnreadable(source, error), at: node)
                }
            }
        }

        var builder = Builder(reader: reader, registry: registry)
        _ = builder.resolveUnit(Plan.UnitRef(id: coordinator, location: reader.location(coordinatorNode)))
        let targets = top["targets"].map { builder.targets($0) } ?? []
        let indicators = top["indicators"].map { builder.indicators($0, targets: targets, years: years) } ?? []
        let (tasks, taskIndex) = builder.tasks(tasksNode)
        let assignments = builder.assignments(assignmentsNode, taskIndex: taskIndex)
        let reporting = builder.reporting(reportingNode)
        let calendar = top["calendar"].map { builder.calendar($0) } ?? Plan.CalendarSettings()
        reader = builder.reader

        var plan = Plan(
            path: path, header: header, registry: registry, targets: targets, tasks: tasks,
            taskIndex: taskIndex, assignments: assignments, reporting: reporting, calendar: calendar)
        plan.upperCaseLetters = builder.letters
        plan.indicators = indicators
        plan.sourceText = sourceText
        return PlanLoad(
            plan: plan, findings: reader.findings + registryFindings, files: [path, unitsPath], sources: sources)
    }

    /// Builds the parts of a plan, reporting as it goes.
    struct Builder {
        var reader: FileReader
        let registry: Registry
        /// Point letters written in upper case, for the model.
        var letters: [Plan.UpperCaseLetter] = []

        /// The unit or group a reference names (an id, or a unit's name or short name);
        /// an unknown one is reported and kept as written.
        mutating func resolveUnit(_ ref: Plan.UnitRef) -> Plan.UnitRef {
            guard !ref.id.isEmpty else { return ref }
            if let id = registry.resolve(ref.id) { return Plan.UnitRef(id: id, location: ref.location) }
            reader.add(.unknownUnitOrGroup(ref.id, closest: registry.suggestion(for: ref.id)), at: ref.location)
            return ref
        }

        mutating func citationKey(_ key: String, _ keyNode: Node, part: Citation.Part) -> CitationReference? {
            switch CitationParser.parseOne(key) {
            case .success(let ref) where ref.citation.part == part:
                if ref.upperCaseLetter {
                    letters.append(
                        .init(written: .key(key), citation: ref.citation, location: reader.location(keyNode)))
                }
                return ref
            case .success(let ref):
                reader.add(.wrongPart(key, is: ref.citation.part, expected: part), at: keyNode)
            case .failure(let error):
                reader.add(
                    .unreadableReference(key, error.problem),
                    at: reader.location(keyNode, offset: reader.textOffset(keyNode).map { $0 + error.offset } ?? 0))
            }
            return nil
        }

        mutating func targets(_ node: Node) -> [Plan.Target] {
            var result: [Plan.Target] = []
            var seen: [Citation: Finding.Location] = [:]
            for (key, keyNode, value) in reader.entries(node, "targets") {
                guard let ref = citationKey(key, keyNode, part: .I) else { continue }
                if let first = seen[ref.citation] {
                    reader.add(.targetTwice(ref.citation, firstLine: first.line), at: keyNode)
                    continue
                }
                seen[ref.citation] = reader.location(keyNode)
                guard
                    let fields = reader.fields(
                        value, .place(.target(key)), required: ["text"], optional: ["unit", "by", "note"])
                else { continue }
                var by: [Int: Double] = [:]
                if let byNode = fields["by"] {
                    for pair in byNode.mapping ?? [] {
                        if let year = reader.integer(pair.key), let value = reader.number(pair.value) {
                            by[year] = value
                        }
                    }
                }
                result.append(
                    Plan.Target(
                        citation: ref.citation, text: fields["text"].flatMap { reader.string($0, "text") } ?? "",
                        unit: fields["unit"].flatMap { reader.string($0, "unit") }, by: by,
                        location: reader.location(keyNode)))
            }
            return result
        }

        /// Part I's indicators: each names the bullets it comes from, its milestones
        /// and who supplies the figure.
        mutating func indicators(_ node: Node, targets: [Plan.Target], years: ClosedRange<Int>) -> [Plan.Indicator] {
            var result: [Plan.Indicator] = []
            var seen: [String: Int] = [:]
            for (id, keyNode, value) in reader.entries(node, "indicators") {
                if let line = seen[id] {
                    reader.add(.indicatorTwice(id, firstLine: line), at: keyNode)
                    continue
                }
                seen[id] = keyNode.mark.line
                guard
                    let fields = reader.fields(
                        value, .place(.indicator(id)), required: ["text", "bullets", "kind", "milestones"],
                        optional: ["direction", "baseline", "reported_by", "aggregate", "note"])
                else { continue }
                var bullets: [Citation] = []
                for (ref, location) in fields["bullets"].map({ reader.citations($0, what: "bullets") }) ?? [] {
                    if targets.contains(where: { $0.citation == ref.citation }) {
                        bullets.append(ref.citation)
                    } else {
                        reader.add(.notATarget(ref.citation), at: location)
                    }
                }
                func choice<T: RawRepresentable & CaseIterable>(_ field: String, _ fallback: T) -> T
                where T.RawValue == String {
                    guard let node = fields[field], let text = reader.string(node, .text(field)) else {
                        return fallback
                    }
                    guard let value = T(rawValue: text) else {
                        reader.add(.unknownValue(field, text, known: T.allCases.map(\.rawValue)), at: node)
                        return fallback
                    }
                    return value
                }
                let kind = choice("kind", Plan.Indicator.Kind.percent)
                var milestones: [Int: Double] = [:]
                if let node = fields["milestones"] {
                    for pair in node.mapping ?? [] {
                        guard let year = reader.integer(pair.key) else { continue }
                        if !years.contains(year) {
                            reader.add(.milestoneOutsidePlan(year, years: years), at: pair.key)
                            continue
                        }
                        if kind == .yesNo, let flag = pair.value.scalar.flatMap({ _ in try? pair.value.boolean() }) {
                            milestones[year] = flag ? 1 : 0
                        } else if let number = reader.number(pair.value) {
                            if kind == .percent, !(0...100).contains(number) {
                                reader.add(.percentOutOfRange(number), at: pair.value)
                            }
                            milestones[year] = number
                        }
                    }
                    if milestones.isEmpty, node.mapping?.isEmpty ?? true {
                        reader.add(.noMilestone(id), at: node)
                    }
                }
                var baseline: (year: Int, value: Double)?
                if let node = fields["baseline"],
                    let b = reader.fields(node, .text("baseline"), required: ["year", "value"]),
                    let year = b["year"].flatMap({ reader.integer($0) }),
                    let number = b["value"].flatMap({ reader.number($0) })
                {
                    baseline = (year, number)
                }
                var supplier: String?
                if let node = fields["reported_by"], let text = reader.string(node, "reported_by") {
                    supplier = resolveUnit(Plan.UnitRef(id: text, location: reader.location(node))).id
                }
                result.append(
                    Plan.Indicator(
                        id: id, text: fields["text"].flatMap { reader.string($0, "text") } ?? "", bullets: bullets,
                        kind: kind, direction: choice("direction", .atLeast), milestones: milestones,
                        baseline: baseline, reportedBy: supplier, aggregate: choice("aggregate", .single),
                        location: reader.location(keyNode)))
            }
            return result
        }

        mutating func tasks(_ node: Node) -> ([Plan.Task], [Citation: Int]) {
            var tasks: [Plan.Task] = []
            var index: [Citation: Int] = [:]
            for (key, keyNode, value) in reader.entries(node, "tasks") {
                guard let ref = citationKey(key, keyNode, part: .II) else { continue }
                let citation = ref.citation
                if let first = index[citation] {
                    let line = tasks[first].location.line
                    reader.add(.taskTwice(citation, firstLine: line), at: keyNode)
                    continue
                }
                var text = ""
                var details: [String] = []
                var note: String?
                if value.mapping != nil {
                    if let fields = reader.fields(
                        value, .place(.task(key)), required: ["text"], optional: ["details", "note"])
                    {
                        text = fields["text"].flatMap { reader.string($0, "text") } ?? ""
                        details =
                            fields["details"].map { reader.list($0).compactMap { reader.string($0, "details") } } ?? []
                        note = fields["note"].flatMap { reader.string($0, "note") }
                    }
                } else {
                    text = reader.string(value, .place(.task(key))) ?? ""
                }
                index[citation] = tasks.count
                tasks.append(
                    Plan.Task(
                        citation: citation, text: text, details: details, note: note, location: reader.location(keyNode)
                    ))
            }
            return (tasks, index)
        }

        mutating func refs(_ node: Node?, what: String, taskIndex: [Citation: Int]) -> [Plan.Ref] {
            guard let node else { return [] }
            var result: [Plan.Ref] = []
            for (ref, location) in reader.citations(node, what: what) {
                if ref.upperCaseLetter, let point = ref.citation.point {
                    var at = location
                    if let letter = ref.letterOffset { at.column += letter - ref.offset }
                    letters.append(.init(written: .reference(point: point), citation: ref.citation, location: at))
                }
                guard ref.citation.part == .II else {
                    reader.add(.notAPartIITask(what, ref.citation), at: location)
                    continue
                }
                if taskIndex[ref.citation] == nil {
                    reader.add(.notATask(ref.citation), at: location)
                    continue
                }
                result.append(Plan.Ref(citation: ref.citation, location: location))
            }
            return result
        }

        mutating func assignments(_ node: Node, taskIndex: [Citation: Int]) -> [Plan.Assignment] {
            guard let items = node.sequence else {
                reader.add(.notAList("assignments", found: Finding.ValueKind(node)), at: node)
                return []
            }
            var result: [Plan.Assignment] = []
            for item in items {
                guard
                    let fields = reader.fields(
                        item, .place(.assignment), required: ["unit"],
                        optional: ["source", "chairs", "implements", "coordinators", "doubtful", "note"])
                else { continue }
                var source: Citation?
                if let node = fields["source"] {
                    if let ref = reader.citations(node, what: "source").first {
                        if ref.0.citation.part != .IV {
                            reader.add(.sourceNotPartIV(ref.0.citation), at: ref.1)
                        }
                        source = ref.0.citation
                    }
                }
                guard let unitNode = fields["unit"] else { continue }
                let units = reader.unitIDs(unitNode, what: "unit").map { resolveUnit($0) }
                let coordinators = (fields["coordinators"].map { reader.unitIDs($0, what: "coordinators") } ?? [])
                    .map { resolveUnit($0) }
                let chairs = refs(fields["chairs"], what: "chairs", taskIndex: taskIndex)
                let implements = refs(fields["implements"], what: "implements", taskIndex: taskIndex)
                if fields["chairs"] == nil, fields["implements"] == nil {
                    reader.add(.assignmentWithoutTasks(), at: item)
                }
                let doubtful = fields["doubtful"].flatMap { node in
                    reader.string(node, "doubtful").map { (reason: $0, location: reader.location(node)) }
                }
                result.append(
                    Plan.Assignment(
                        source: source, units: units, chairs: chairs, implements: implements,
                        coordinators: coordinators, doubtful: doubtful, location: reader.location(item)))
            }
            return result
        }

        mutating func reporting(_ node: Node) -> [Plan.Obligation] {
            guard let items = node.sequence else {
                reader.add(.notAList("reporting", found: Finding.ValueKind(node)), at: node)
                return []
            }
            var result: [Plan.Obligation] = []
            var seen: [String: Int] = [:]
            for item in items {
                guard
                    let fields = reader.fields(
                        item, .place(.obligation), required: ["id", "from", "due"],
                        optional: ["source", "to", "via", "synthesizes", "note"]),
                    let id = fields["id"].flatMap({ reader.string($0, "id") })
                else { continue }
                if let line = seen[id] {
                    reader.add(.obligationTwice(id, firstLine: line), at: fields["id"]!)
                    continue
                }
                seen[id] = item.mark.line
                guard let fromNode = fields["from"], let dueNode = fields["due"] else { continue }
                let from = reader.unitIDs(fromNode, what: "from").map { resolveUnit($0) }
                var to: String?
                var via: String?
                if let node = fields["to"], let id = reader.string(node, "to") {
                    to = resolveUnit(Plan.UnitRef(id: id, location: reader.location(node))).id
                }
                if let node = fields["via"], let id = reader.string(node, "via") {
                    via = resolveUnit(Plan.UnitRef(id: id, location: reader.location(node))).id
                }
                guard let due = due(dueNode) else { continue }
                result.append(
                    Plan.Obligation(
                        id: id,
                        source: fields["source"].flatMap { reader.citations($0, what: "source").first?.0.citation },
                        from: from, to: to, via: via, due: due,
                        synthesizes: fields["synthesizes"].flatMap { reader.string($0, "synthesizes") },
                        location: reader.location(item), dueLocation: reader.location(dueNode),
                        synthesizesLocation: fields["synthesizes"].map { reader.location($0) }))
            }
            return result
        }

        mutating func due(_ node: Node) -> Plan.Due? {
            guard let fields = reader.fields(node, .place(.quotedKey("due")), optional: ["before", "by"]) else {
                return nil
            }
            guard fields.count == 1, let (key, value) = fields.first else {
                reader.add(.dueNotOneOf(), at: node)
                return nil
            }
            guard let text = reader.string(value, .text(key)) else { return nil }
            let parts = text.split(separator: "-")
            guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let month = Int(parts[0]),
                let day = Int(parts[1]),
                (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: 2024)).contains(day)
            else {
                reader.add(.notADayOfTheYear(text), at: value)
                return nil
            }
            if key == "before", month == 1, day == 1 {
                reader.add(.beforeNewYear(), at: value)
                return nil
            }
            return Plan.Due(kind: key == "before" ? .before : .by, month: month, day: day)
        }

        mutating func calendar(_ node: Node) -> Plan.CalendarSettings {
            var settings = Plan.CalendarSettings()
            guard
                let fields = reader.fields(
                    node, .place(.quotedKey("calendar")), optional: ["deadline_rule", "holidays", "working_days"])
            else { return settings }
            if let node = fields["deadline_rule"], let text = reader.string(node, "deadline_rule") {
                if let rule = Plan.CalendarSettings.Rule(rawValue: text) {
                    settings.rule = rule
                } else {
                    reader.add(.unknownDeadlineRule(text), at: node)
                }
            }
            settings.holidays = Set(fields["holidays"].map { reader.list($0).compactMap { reader.date($0) } } ?? [])
            settings.workingDays = Set(
                fields["working_days"].map { reader.list($0).compactMap { reader.date($0) } } ?? [])
            return settings
        }
    }
}
