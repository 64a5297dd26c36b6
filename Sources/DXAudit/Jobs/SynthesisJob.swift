import DXYAML

/// `dxaudit synthesis`: the coordinator's yearly báo cáo (Part IV, 3.d), drafted from
/// the year's reports with `check`'s own judgement, as docx, HTML or Markdown.
public enum SynthesisJob {
    /// The command line of `synthesis`.
    public struct Request: Sendable, Equatable {
        public var plan: PlanChoice
        /// A year folder (`reports/2024`) or its parent with `year`.
        public var reportsDir: String
        public var year: Int?
        /// nil: from the output file's extension, else `md`.
        public var format: DocumentFormat?
        /// A file to write; nil or `-`: standard output (not for docx).
        public var output: String?
        public var force: Bool
        public var controls: ControlChoice

        public init(
            plan: PlanChoice = PlanChoice(), reportsDir: String, year: Int? = nil, format: DocumentFormat? = nil,
            output: String? = nil, force: Bool = false, controls: ControlChoice = ControlChoice()
        ) {
            self.plan = plan
            self.reportsDir = reportsDir
            self.year = year
            self.format = format
            self.output = output
            self.force = force
            self.controls = controls
        }

        /// The format asked for, or the output file's by its extension, or Markdown.
        public var resolvedFormat: DocumentFormat {
            if let format { return format }
            guard let output, let dot = output.lastIndex(of: ".") else { return .md }
            return DocumentFormat(rawValue: String(output[output.index(after: dot)...]).lowercased()) ?? .md
        }
    }

    /// The draft on standard output, or nothing printed when it went to a file.
    public static func run(_ request: Request) throws(DXAuditError) -> CommandResult {
        let format = request.resolvedFormat
        let output = request.output == "-" ? nil : request.output
        if format == .docx, output == nil { throw DXAuditError(.docxNeedsAFile) }
        if let output, ProjectPath.exists(output), !request.force { throw DXAuditError(.templateExists(output)) }
        let controls = try Controls.load(request.controls)
        let audit = try YearAudit.run(
            YearAudit.Request(plan: request.plan, reportsDir: request.reportsDir, year: request.year),
            controls: controls)
        guard !audit.result.files.isEmpty else { throw DXAuditError(.nothingToSynthesize(audit.folder)) }
        // The findings as check shows them: settings, suppressions and the baseline applied.
        let shown = controls.filter.apply(audit.outcome(failing: .error)).outcome.findings
        let document = SynthesisDraft(audit, findings: shown).document()
        let bytes: [UInt8]
        do {
            bytes = try format.render(document)
        } catch {
            throw DXAuditError(.cannotWrite(output ?? "-", "\(error)"))
        }
        guard let output else { return CommandResult(standardOutput: String(decoding: bytes, as: UTF8.self)) }
        if let error = AtomicFile.write(bytes: bytes, to: output) {
            throw DXAuditError(.cannotWrite(output, "\(error)"))
        }
        return CommandResult()
    }
}

/// The synthesis of one audited year as a document: header and sections as Nghị
/// định 30/2020/NĐ-CP lays out a báo cáo, in Vietnamese. Every number comes from the
/// audit; where the drafter must write, a placeholder says so.
public struct SynthesisDraft: Sendable {
    public let audit: YearAudit
    /// The findings the draft states as facts: the audit's, after `check`'s filter.
    public let findings: [Finding]
    let wording = Wording(.vietnamese)
    var plan: Plan { audit.plan }
    var year: Int { audit.result.year }

    public init(_ audit: YearAudit, findings: [Finding]? = nil) {
        self.audit = audit
        self.findings = findings ?? audit.result.findings
    }

    typealias Run = Document.Run
    typealias Cell = Document.Table.Cell

    /// The synthesis obligation (the one that synthesizes another), if the plan has one.
    var obligation: Plan.Obligation? { plan.reporting.first { $0.synthesizes != nil } }
    /// The unit reports the synthesis restates.
    var annual: Plan.Obligation? { plan.reporting.first { $0.synthesizes == nil } }

    /// The day the synthesis is due, else the day of judgement.
    var dueDay: CivilDate {
        obligation.flatMap { audit.result.deadlines[$0.id]?.lastOnTimeDay } ?? audit.checker.asOf
    }

    /// The unit that holds the coordinator's duties when the synthesis is due.
    var coordinator: Registry.Unit? {
        let id = plan.registry.holder(of: plan.header.coordinator, on: dueDay) ?? plan.header.coordinator
        return plan.registry.units[id]
    }

    func name(_ id: String) -> String { plan.registry.units[id]?.name ?? id }

    /// Unit reports of the year, not syntheses, in file order.
    var unitReports: [Report] {
        audit.result.reports.filter { plan.obligation($0.obligation ?? "")?.synthesizes == nil && $0.year == year }
    }

    public func document() -> Document {
        var blocks: [Document.Block] = [
            .title("Báo cáo"),
            .subtitle(
                "Kết quả năm \(year) thực hiện Kế hoạch số \(plan.header.number) về \(lowercasedFirst(plan.header.title))"
            ),
            .centred("Kính gửi: \(obligation?.to.map(name) ?? plan.header.issuer ?? "Ủy ban nhân dân")."),
        ]
        blocks.append(.body(introduction()))
        blocks.append(.heading(.one, "I. Kết quả thực hiện"))
        blocks += reporting()
        blocks += tasks()
        blocks += indicators()
        blocks.append(.heading(.one, "II. Tồn tại, hạn chế"))
        blocks += shortcomings()
        blocks.append(.heading(.one, "III. Phương hướng, nhiệm vụ và kiến nghị"))
        blocks.append(.heading(.two, "1. Phương hướng, nhiệm vụ năm \(year + 1)"))
        blocks.append(
            .placeholder("Phần này do đơn vị soạn thảo viết: phương hướng, nhiệm vụ trọng tâm năm \(year + 1)"))
        blocks.append(.heading(.two, "2. Kiến nghị, đề xuất"))
        blocks.append(.placeholder("Phần này do đơn vị soạn thảo viết: kiến nghị với Ủy ban nhân dân thành phố"))
        blocks.append(
            .closing(
                .init(
                    recipients: ["Như trên;", "Lưu: VT."],
                    signature: .init(titles: ["Giám đốc"], name: .placeholder("Họ và tên người ký")))))
        blocks += appendices()
        return Document(
            header: header(), blocks: blocks,
            title: "Báo cáo kết quả thực hiện Kế hoạch \(plan.header.number) năm \(year)")
    }

    // MARK: - Header

    func header() -> Document.OfficialHeader {
        let parent = obligation?.to.map(name).map { $0.replacingPrefix("Ủy ban nhân dân", with: "UBND") }
        let body = coordinator?.name ?? plan.header.coordinator
        return Document.OfficialHeader(
            parentBody: parent, issuingBody: body, number: "Số:      /BC-\(symbol(coordinator))",
            placeAndDate: "\(place), \(wording.longDate(min(audit.checker.asOf, dueDay)))")
    }

    /// `Hải Phòng` from the issuer, `Ủy ban nhân dân thành phố Hải Phòng`.
    var place: String {
        let issuer = plan.header.issuer ?? ""
        for marker in ["thành phố ", "tỉnh "] {
            if let range = issuer.range(of: marker) { return String(issuer[range.upperBound...]) }
        }
        return issuer
    }

    /// `STTTT` from `Sở TT&TT`, `SKHCN` from `Sở KH&CN`: the body's short name in the
    /// capitals of a document symbol.
    func symbol(_ unit: Registry.Unit?) -> String {
        guard let unit else { return "" }
        let words = (unit.short ?? unit.name).split { $0 == " " || $0 == "&" || $0 == "-" }
        return words.map { word -> String in
            let folded = Self.folded(String(word))
            return folded.allSatisfy(\.isUppercase) ? folded : String(folded.prefix(1)).uppercased()
        }.joined()
    }

    /// Letters without their marks (Đ as D), for a document symbol.
    static func folded(_ text: String) -> String {
        String(
            text.unicodeScalars.compactMap { scalar -> Character? in
                if let letter = base[scalar] { return letter }
                return scalar.isASCII && scalar.properties.isAlphabetic ? Character(scalar) : nil
            })
    }

    /// The base letter of each Vietnamese letter with a mark.
    static let base: [Unicode.Scalar: Character] = {
        var table: [Unicode.Scalar: Character] = [:]
        let groups: [(Character, String)] = [
            ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"), ("o", "òóỏõọôồốổỗộơờớởỡợ"),
            ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đ"),
        ]
        for (letter, marked) in groups {
            for scalar in marked.unicodeScalars { table[scalar] = letter }
            for scalar in marked.uppercased().unicodeScalars { table[scalar] = Character(letter.uppercased()) }
        }
        return table
    }()

    func introduction() -> [Run] {
        let issued = plan.header.issued.map { " ngày \(wording.date($0))" } ?? ""
        let issuer = plan.header.issuer.map { " của \($0)" } ?? ""
        return [
            Run(
                "Thực hiện Kế hoạch số \(plan.header.number)\(issued)\(issuer) về \(lowercasedFirst(plan.header.title)), trên cơ sở báo cáo của các cơ quan, đơn vị ("
            ),
            Run("số liệu tính đến ngày \(wording.date(audit.checker.asOf))", italic: true),
            Run("), \(coordinator?.name ?? "đơn vị đầu mối") báo cáo kết quả thực hiện năm \(year) như sau:"),
        ]
    }

    // MARK: - I.1 Reporting

    /// The unit kinds a table groups reports by, and their names.
    static func kindName(_ kind: String) -> String {
        switch kind {
        case "department", "office", "agency": return "Sở, ban, ngành"
        case "district": return "Quận, huyện"
        case "commune": return "Phường, xã, đặc khu"
        default: return "Đơn vị khác"
        }
    }

    /// The unit reports owed, by kind: owed, on time, late, missing, not yet due, unreadable.
    var owedByKind: [(kind: String, counts: [Int])] {
        var order: [String] = []
        var counts: [String: [Int]] = [:]
        for owed in audit.result.owed where owed.obligation == annual?.id {
            let kind = Self.kindName(plan.registry.units[owed.unit]?.kind ?? "")
            if counts[kind] == nil { order.append(kind) }
            let column: Int
            switch owed.state {
            case .onTime: column = 1
            case .late: column = 2
            case .missing: column = 3
            case .notYetDue: column = 4
            case .unreadable: column = 5
            }
            counts[kind, default: Array(repeating: 0, count: 6)][0] += 1
            counts[kind, default: Array(repeating: 0, count: 6)][column] += 1
        }
        return order.map { ($0, counts[$0] ?? []) }
    }

    func reporting() -> [Document.Block] {
        var blocks: [Document.Block] = [.heading(.two, "1. Tình hình báo cáo của các cơ quan, đơn vị")]
        let stats = Outcome.Stats(audit.result, plan: plan, checker: audit.checker)
        for o in stats.obligations {
            let what = o.synthesis ? "báo cáo tổng hợp" : "báo cáo năm"
            var parts = ["đã nhận \(o.received)", "trong đó \(o.onTime) đúng hạn, \(o.late) chậm hạn"]
            if o.unreadable > 0 { parts.append("\(o.unreadable) không đọc được") }
            parts.append(
                audit.checker.asOf > o.lastOnTimeDay ? "\(o.missing) chưa gửi" : "\(o.notYetDue) chưa đến hạn")
            blocks.append(
                .body(
                    "Có \(o.owed) \(what) phải gửi (ngày cuối cùng còn đúng hạn \(wording.date(o.lastOnTimeDay))): \(parts.joined(separator: ", "))."
                ))
        }
        let rows = owedByKind
        let total = rows.reduce(into: [0, 0, 0, 0, 0, 0]) { sum, row in
            for i in sum.indices { sum[i] += row.counts[i] }
        }
        blocks.append(
            .table(
                .init(
                    caption: "Bảng 1. Báo cáo năm \(year) theo loại đơn vị",
                    columns: [.init(width: 4)] + Array(repeating: .numeric(), count: 6),
                    headerRows: [
                        [
                            "Loại đơn vị", "Phải gửi", "Đúng hạn", "Chậm hạn", "Chưa gửi", "Chưa đến hạn",
                            "Không đọc được",
                        ]
                    ],
                    rows: rows.map { [Cell($0.kind)] + $0.counts.map { Cell("\($0)") } }
                        + [[Cell("Tổng cộng", bold: true)] + total.map { Cell("\($0)", bold: true) }])))
        blocks.append(
            .figure(
                .init(
                    svg: SVGChart.stackedStrips(
                        title: "Báo cáo năm \(year) theo loại đơn vị",
                        rows: rows.map { .init(label: $0.kind, values: [$0.counts[1], $0.counts[2], $0.counts[3]]) },
                        series: [
                            .init(name: "Đúng hạn", colour: .green), .init(name: "Chậm hạn", colour: .amber),
                            .init(name: "Chưa gửi", colour: .red),
                        ]),
                    caption: nil, fallback: [])))
        let unreadable = unreadableFiles
        if !unreadable.isEmpty {
            blocks.append(.body("Các tệp báo cáo sau không đọc được, nên chưa được tổng hợp:"))
            blocks.append(
                .list(unreadable.map { [Run(ProjectPath.lastComponent($0.path), bold: true), Run(": \($0.why)")] }))
        }
        return blocks
    }

    /// Report files that did not load, each with its first error.
    var unreadableFiles: [(path: String, why: String)] {
        let loaded = Set(audit.result.reports.map(\.path))
        return audit.result.files.filter { !loaded.contains($0) }.map { path in
            let error = audit.result.findings.first { $0.location.path == path && $0.severity == .error }
            return (path, error.map { "dòng \($0.location.line): \(wording.render($0.message))" } ?? "không đọc được")
        }
    }

    // MARK: - I.2 Part II

    /// The rows of the heat map and appendix II: points, and clauses without points.
    var taskRows: [Plan.Task] {
        plan.tasks.filter {
            $0.citation.depth == 2 || ($0.citation.depth == 1 && plan.children(of: $0.citation).isEmpty)
        }
    }

    func tasks() -> [Document.Block] {
        var blocks: [Document.Block] = [.heading(.two, "2. Kết quả thực hiện các nhiệm vụ, giải pháp (Phần II)")]
        let coverage = Dictionary(uniqueKeysWithValues: CoverageJob.table(audit).rows.map { ($0.task, $0) })
        let reports = unitReports
        for clause in plan.tasks where clause.citation.depth == 1 {
            blocks.append(.heading(.three, "\(clause.citation.canonical). \(clause.text)"))
            let points = plan.children(of: clause.citation)
            for task in points.isEmpty ? [clause] : points {
                let reported = coverage[task.citation]?.reported ?? Outcome.Coverage.Reported()
                blocks.append(
                    .body([
                        Run("\(task.citation.canonical) ", bold: true),
                        Run(UnreportedTaskRule.abbreviate(task.text, limit: 120)),
                        Run(" — " + SummaryWording(wording).describe(reported), italic: true),
                    ]))
                var notes: [[Run]] = []
                for report in reports {
                    for entry in report.tasks where entry.citation.isWithin(task.citation) {
                        var facts: [String] = [entry.citation.canonical]
                        if let status = entry.status { facts.append(SummaryWording(wording).status(status)) }
                        if let progress = entry.progress { facts.append("\(progress)%") }
                        let note = entry.note.map { ": “\($0)”" } ?? ""
                        notes.append([
                            Run(name(report.unit), bold: true), Run(" (\(facts.joined(separator: ", ")))\(note)"),
                        ])
                    }
                }
                if !notes.isEmpty { blocks.append(.list(notes)) }
            }
        }
        let rows = taskRows
        let counts = rows.map { task -> [Int] in
            let r = coverage[task.citation]?.reported ?? Outcome.Coverage.Reported()
            return [r.done, r.onTrack, r.delayed, r.notStarted, r.noStatus]
        }
        blocks.append(
            .figure(
                .init(
                    svg: SVGChart.heatMap(
                        title: "Nhiệm vụ Phần II theo trạng thái báo cáo",
                        rowLabels: rows.map(\.citation.canonical),
                        columnLabels: ["Hoàn thành", "Đúng tiến độ", "Chậm", "Chưa bắt đầu", "Không nêu"],
                        counts: counts),
                    caption: nil, fallback: [])))
        return blocks
    }

    // MARK: - I.3 Part I

    /// Each indicator judged on the figures up to this year.
    var indicatorRows: [Outcome.Targets.Row] {
        guard let ledger = audit.result.indicators else { return [] }
        return plan.indicators.map { Outcome.Targets.Row($0, ledger.progress($0, through: year)) }
    }

    func indicators() -> [Document.Block] {
        let rows = indicatorRows
        guard !rows.isEmpty else { return [] }
        let words = SummaryWording(wording)
        let onCourse = rows.filter { $0.progress.status == .met || $0.progress.status == .onTrack }.count
        var blocks: [Document.Block] = [
            .heading(.two, "3. Kết quả thực hiện các chỉ tiêu (Phần I)"),
            .body("\(onCourse)/\(rows.count) chỉ tiêu đạt hoặc đúng tiến độ."),
            .table(
                .init(
                    caption: "Bảng 2. Các chỉ tiêu Phần I đến năm \(year)",
                    columns: [.init(width: 5), .numeric(), .init(width: 2), .init(width: 2), .init(width: 3)],
                    headerRows: [["Chỉ tiêu", Cell("Năm \(year)"), "Mốc", "Đơn vị cung cấp", "Trạng thái"]],
                    rows: rows.map { row in
                        let latest = row.progress.latest
                        let value =
                            latest.map { point in
                                words.value(point.value, row.kind) + (point.year == year ? "" : " (\(point.year))")
                            } ?? "—"
                        let milestones = row.milestones.map { "\($0.year): \(words.value($0.value, row.kind))" }
                        return [
                            Cell(row.text), Cell(value), Cell(milestones.joined(separator: "; ")),
                            Cell(row.reportedBy.map(name) ?? "—"), Cell(words.status(row)),
                        ]
                    })),
        ]
        for row in rows where row.kind != .yesNo && row.progress.points.count > 1 {
            let years = row.progress.points.map(\.year)
            let path = (years + row.milestones.map(\.year)).sorted().compactMap { y in
                row.path(at: y).map { SVGChart.Point(year: y, value: $0) }
            }
            let maximum = max(
                100, (row.progress.points.map(\.value) + row.milestones.map(\.value)).max() ?? 100)
            blocks.append(
                .figure(
                    .init(
                        svg: SVGChart.lineChart(
                            title: row.text, values: row.progress.points.map { .init(year: $0.year, value: $0.value) },
                            target: path, milestones: row.milestones.map { .init(year: $0.year, value: $0.value) },
                            maximum: row.kind == .percent ? 100 : maximum,
                            unit: row.kind == .percent || row.kind == .percentPerYear ? "%" : ""),
                        caption: nil, fallback: [])))
        }
        return blocks
    }

    // MARK: - II Shortcomings

    func shortcomings() -> [Document.Block] {
        var blocks: [Document.Block] = []
        var delayed: [[Run]] = []
        for report in unitReports {
            for entry in report.tasks where entry.status == .delayed || entry.status == .notStarted {
                let status = SummaryWording(wording).status(entry.status)
                let progress = entry.progress.map { ", \($0)%" } ?? ""
                delayed.append([
                    Run("\(entry.citation.canonical) (\(status)\(progress)) — ", bold: true), Run(name(report.unit)),
                    Run(entry.note.map { ": “\($0)”" } ?? ""),
                ])
            }
        }
        blocks.append(.heading(.two, "1. Nhiệm vụ chậm tiến độ, chưa triển khai"))
        blocks.append(
            delayed.isEmpty ? .body("Không có báo cáo nào nêu nhiệm vụ chậm hoặc chưa bắt đầu.") : .list(delayed))

        blocks.append(.heading(.two, "2. Đơn vị chưa báo cáo, báo cáo chậm hạn"))
        let owed = audit.result.owed
        var units: [[Run]] = []
        for o in owed where o.state == .missing {
            units.append([
                Run(name(o.unit), bold: true), Run(": chưa gửi báo cáo (hạn \(wording.date(o.lastOnTimeDay)))"),
            ])
        }
        for o in owed where o.state == .late {
            let days = o.submitted.map { o.lastOnTimeDay.days(until: $0) } ?? 0
            units.append([
                Run(name(o.unit), bold: true),
                Run(": gửi ngày \(o.submitted.map(wording.date) ?? "—"), chậm \(days) ngày"),
            ])
        }
        for o in owed where o.state == .unreadable {
            units.append([Run(name(o.unit), bold: true), Run(": báo cáo không đọc được")])
        }
        blocks.append(units.isEmpty ? .body("Các đơn vị đều đã gửi báo cáo đúng hạn.") : .list(units))

        let leftOut = findings.filter { $0.rule == .unreportedTask && $0.severity >= .warning }
        if !leftOut.isEmpty {
            blocks.append(.heading(.two, "3. Nhiệm vụ được giao chủ trì nhưng chưa được báo cáo"))
            blocks.append(.list(leftOut.map { [Run(wording.render($0.message))] }))
        }

        let behind = indicatorRows.filter { $0.progress.status == .behind || $0.progress.status == .noData }
        let missing = findings.filter { $0.rule == .targetMissing }
        if !behind.isEmpty || !missing.isEmpty {
            blocks.append(.heading(.two, "\(leftOut.isEmpty ? 3 : 4). Chỉ tiêu chậm tiến độ, thiếu số liệu"))
            let words = SummaryWording(wording)
            var lines: [[Run]] = behind.map { row in
                [Run(row.text, bold: true), Run(": \(words.status(row))")]
            }
            lines += missing.map { [Run(wording.render($0.message))] }
            blocks.append(.list(lines))
        }
        return blocks
    }

    // MARK: - Appendices

    func appendices() -> [Document.Block] {
        let note =
            "(Kèm theo Báo cáo số      /BC-\(symbol(coordinator)) \(wording.longDate(min(audit.checker.asOf, dueDay))))"
        var unitRows: [[Cell]] = []
        for (index, o) in audit.result.owed.enumerated() {
            let state: String
            switch o.state {
            case .onTime: state = "Đúng hạn"
            case .late: state = "Chậm \(o.submitted.map { o.lastOnTimeDay.days(until: $0) } ?? 0) ngày"
            case .missing: state = "Chưa gửi"
            case .notYetDue: state = "Chưa đến hạn"
            case .unreadable: state = "Không đọc được"
            }
            let document = audit.result.reports.first { $0.path == o.report }?.document ?? ""
            let what = plan.obligation(o.obligation)?.synthesizes == nil ? "Báo cáo năm" : "Báo cáo tổng hợp"
            unitRows.append([
                Cell("\(index + 1)"), Cell(name(o.unit)), Cell(what), Cell(wording.date(o.lastOnTimeDay)),
                Cell(o.submitted.map(wording.date) ?? "—"), Cell(state), Cell(document),
            ])
        }
        let coverage = Dictionary(uniqueKeysWithValues: CoverageJob.table(audit).rows.map { ($0.task, $0) })
        let taskTable = taskRows.map { task -> [Cell] in
            let row = coverage[task.citation]
            let r = row?.reported ?? Outcome.Coverage.Reported()
            let chairs = (row?.chairs ?? []).map { plan.registry.units[$0]?.short ?? name($0) }
            return [
                Cell(task.citation.canonical), Cell(chairs.joined(separator: ", ")), Cell("\(r.total)"),
                Cell("\(r.done)"), Cell("\(r.onTrack)"), Cell("\(r.delayed)"), Cell("\(r.notStarted)"),
            ]
        }
        return [
            .pageBreak,
            .appendix(
                .init(
                    label: "Phụ lục I", title: "Tình hình gửi báo cáo của các cơ quan, đơn vị năm \(year)", note: note)),
            .table(
                .init(
                    columns: [
                        .numeric(), .init(width: 5), .init(width: 2), .init(width: 2), .init(width: 2),
                        .init(width: 2), .init(width: 2),
                    ],
                    headerRows: [
                        ["STT", "Đơn vị", "Loại báo cáo", "Hạn cuối", "Ngày gửi", "Tình trạng", "Số văn bản"]
                    ],
                    rows: unitRows)),
            .pageBreak,
            .appendix(
                .init(label: "Phụ lục II", title: "Kết quả thực hiện theo nhiệm vụ Phần II năm \(year)", note: note)),
            .table(
                .init(
                    columns: [.init(width: 2), .init(width: 4)] + Array(repeating: .numeric(), count: 5),
                    headerRows: [
                        ["Nhiệm vụ", "Chủ trì", "Số báo cáo", "Hoàn thành", "Đúng tiến độ", "Chậm", "Chưa bắt đầu"]
                    ],
                    rows: taskTable)),
        ]
    }

    func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
