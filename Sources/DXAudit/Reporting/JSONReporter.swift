/// One JSON document per run, in the shape `docs/json-output.md` documents and
/// `docs/dxaudit-output.schema.json` fixes. `version` changes only when a field is
/// removed or changes meaning; new optional fields may appear within a version.
public struct JSONReporter: Reporter {
    public static let name = "json"
    /// The shape's version, the document's first field.
    public static let shapeVersion = 1

    /// The language of `message` and `summary`; machine output is complete whatever
    /// --quiet says.
    let wording: Wording

    public init(options: ReporterOptions = ReporterOptions()) {
        wording = options.wording
    }

    public func write(_ outcome: Outcome, to sink: inout OutputSink) {
        document(outcome).write(to: &sink)
        sink.write("\n")
    }

    func document(_ outcome: Outcome) -> JSONValue {
        var counts: [(String, JSONValue)] = Finding.Severity.allCases.reversed().map {
            ($0.name, .int(outcome.count($0)))
        }
        counts += [
            ("total", .int(outcome.findings.count)),
            ("suppressed", .int(outcome.suppressed)),
            ("baselined", .int(outcome.baselined)),
        ]
        var members: [(String, JSONValue)] = [
            ("version", .int(Self.shapeVersion)),
            ("tool", .object([("name", .string("dxaudit")), ("version", .string(DXAuditVersion.current))])),
            ("command", .string(outcome.command)),
            ("lang", .string(wording.language.rawValue)),
            ("failing", .string(outcome.failing.name)),
            ("fails", .bool(outcome.fails)),
            ("counts", .object(counts)),
            ("files", .array(outcome.files.map { .string($0) })),
            (
                "findings",
                .streamed(count: outcome.findings.count) { [findings = outcome.findings, self] i, stream in
                    write(findings[i], to: &stream)
                }
            ),
            // The coverage table's rows are data (`coverage`), not summary lines.
            ("summary", .array(SummaryWording(wording).lines(outcome, table: false).map { .string($0) })),
        ]
        if let stats = outcome.stats { members.append(("stats", Self.stats(stats))) }
        if let coverage = outcome.coverage { members.append(("coverage", Self.coverage(coverage))) }
        if let targets = outcome.targets { members.append(("targets", Self.targets(targets))) }
        return .object(members)
    }

    /// One finding, written as it is read: no value made for it.
    func write(_ finding: Finding, to out: inout JSONStream) {
        out.beginObject()
        out.key("rule")
        out.string(finding.rule.rawValue)
        out.key("severity")
        out.string(finding.severity.name)
        out.key("message")
        out.string(wording.render(finding.message))
        out.key("path")
        out.string(finding.location.path)
        out.key("line")
        out.int(finding.location.line)
        out.key("column")
        out.int(finding.location.column)
        out.key("unit")
        out.optional(finding.unit)
        out.endObject()
    }

    static func coverage(_ coverage: Outcome.Coverage) -> JSONValue {
        func units(_ ids: [String]) -> JSONValue { .array(ids.map { .string($0) }) }
        return .object([
            ("plan", .string(coverage.plan)),
            ("year", coverage.year.map { .int($0) } ?? .null),
            ("unitsAsOf", .optional(coverage.unitsOn?.description)),
            ("owned", .int(coverage.owned)),
            ("total", .int(coverage.rows.count)),
            (
                "tasks",
                .array(
                    coverage.rows.map { row in
                        .object([
                            ("task", .string(row.task.canonical)),
                            ("depth", .int(row.task.depth)),
                            ("chairs", units(row.chairs)),
                            ("implements", units(row.implements)),
                            ("coordinators", units(row.coordinators)),
                            ("owned", .bool(row.owned)),
                            ("reported", row.reported.map(Self.reported) ?? .null),
                        ])
                    })
            ),
        ])
    }

    /// Each indicator with its series: the value, suppliers and path of every year read.
    static func targets(_ targets: Outcome.Targets) -> JSONValue {
        func milestone(_ m: Outcome.Targets.Milestone) -> JSONValue {
            .object([("year", .int(m.year)), ("value", .double(m.value))])
        }
        return .object([
            ("plan", .string(targets.plan)),
            ("root", .string(targets.root)),
            ("years", .array(targets.years.map { .int($0) })),
            ("onCourse", .int(targets.onCourse)),
            ("total", .int(targets.rows.count)),
            (
                "indicators",
                .array(
                    targets.rows.map { row in
                        let byYear = Dictionary(uniqueKeysWithValues: row.progress.points.map { ($0.year, $0) })
                        return .object([
                            ("id", .string(row.id)),
                            ("text", .string(row.text)),
                            ("kind", .string(row.kind.rawValue)),
                            ("direction", .string(row.direction.rawValue)),
                            ("reportedBy", .optional(row.reportedBy)),
                            ("baseline", row.baseline.map(milestone) ?? .null),
                            ("milestones", .array(row.milestones.map(milestone))),
                            ("status", .string(row.progress.status.rawValue)),
                            ("expected", row.progress.expected.map { .double($0) } ?? .null),
                            (
                                "series",
                                .array(
                                    targets.years.map { year in
                                        let point = byYear[year]
                                        return .object([
                                            ("year", .int(year)),
                                            ("value", point.map { .double($0.value) } ?? .null),
                                            ("suppliers", .array((point?.suppliers ?? []).map { .string($0) })),
                                            ("fromSynthesis", .bool(point?.fromSynthesis ?? false)),
                                            ("path", row.path(at: year).map { .double($0) } ?? .null),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    static func reported(_ reported: Outcome.Coverage.Reported) -> JSONValue {
        .object([
            ("total", .int(reported.total)),
            ("done", .int(reported.done)),
            ("onTrack", .int(reported.onTrack)),
            ("delayed", .int(reported.delayed)),
            ("notStarted", .int(reported.notStarted)),
            ("noStatus", .int(reported.noStatus)),
        ])
    }

    static func stats(_ stats: Outcome.Stats) -> JSONValue {
        .object([
            ("plan", .string(stats.plan)),
            ("year", .int(stats.year)),
            ("asOf", .string(stats.asOf.description)),
            (
                "obligations",
                .array(
                    stats.obligations.map { o in
                        .object([
                            ("id", .string(o.id)),
                            ("lastOnTimeDay", .string(o.lastOnTimeDay.description)),
                            ("owed", .int(o.owed)),
                            ("received", .int(o.received)),
                            ("onTime", .int(o.onTime)),
                            ("late", .int(o.late)),
                            ("missing", .int(o.missing)),
                            ("notYetDue", .int(o.notYetDue)),
                            ("unreadable", .int(o.unreadable)),
                        ])
                    })
            ),
            (
                "tasks",
                .object([
                    ("total", .int(stats.tasks.total)),
                    ("owned", .int(stats.tasks.owned)),
                    ("reported", .int(stats.tasks.reported)),
                ])
            ),
            (
                "reports",
                .array(
                    stats.reports.map { owed in
                        .object([
                            ("unit", .string(owed.unit)),
                            ("obligation", .string(owed.obligation)),
                            ("state", .string(owed.state.rawValue)),
                            ("lastOnTimeDay", .string(owed.lastOnTimeDay.description)),
                            ("path", .optional(owed.report)),
                            ("submitted", .optional(owed.submitted?.description)),
                        ])
                    })
            ),
        ])
    }
}
