import DXYAML

/// `dxaudit template`: a report skeleton listing every task a unit chairs or
/// implements in a year, on standard output or written atomically to a file.
public enum TemplateJob {
    /// The command line of `template`.
    public struct Request: Sendable, Equatable {
        public var plan: PlanChoice
        /// The unit by id, name or short name.
        public var unit: String
        public var year: Int
        /// nil: the unit report it owes (else the first report it owes).
        public var obligation: String?
        /// A file to write; nil or `-`: standard output.
        public var output: String?
        /// Replace an existing output file.
        public var force: Bool

        public init(
            plan: PlanChoice = PlanChoice(), unit: String, year: Int, obligation: String? = nil, output: String? = nil,
            force: Bool = false
        ) {
            self.plan = plan
            self.unit = unit
            self.year = year
            self.obligation = obligation
            self.output = output
            self.force = force
        }
    }

    /// The skeleton on standard output, or nothing printed when it went to a file.
    public static func run(_ request: Request) throws(DXAuditError) -> CommandResult {
        let text = try skeleton(request, plan: try request.plan.load())
        guard let output = request.output, output != "-" else { return CommandResult(standardOutput: text) }
        if ProjectPath.exists(output), !request.force {
            throw DXAuditError(.templateExists(output))
        }
        if let error = AtomicFile.write(text, to: output) {
            throw DXAuditError(.cannotWrite(output, "\(error)"))
        }
        return CommandResult()
    }

    /// The skeleton's text for the unit, year and obligation the request names.
    public static func skeleton(_ request: Request, plan: Plan) throws(DXAuditError) -> String {
        let year = request.year
        let years = plan.header.years
        guard years.contains(year) else {
            throw DXAuditError(.yearOutsidePlan(plan: plan.header.number, years: years, year: year))
        }
        let registry = plan.registry
        let unit = registry.resolve(request.unit).flatMap { registry.units[$0] != nil ? $0 : nil } ?? request.unit
        guard let unitInfo = registry.units[unit] else {
            throw DXAuditError(.unknownUnit(unit, closest: registry.suggestion(for: unit)))
        }
        let today = request.plan.today
        let checker = Checker(plan: plan, asOf: today)
        let owed = plan.reporting.filter { checker.debtors($0, year: year).contains(unit) }
        let chosen: Plan.Obligation
        if let obligation = request.obligation {
            guard let match = owed.first(where: { $0.id == obligation }) else {
                throw DXAuditError(.owesNoSuchReport(unit: unit, obligation: obligation, year: year))
            }
            chosen = match
        } else if let first = owed.first(where: { $0.synthesizes == nil }) ?? owed.first {
            chosen = first
        } else {
            let day = plan.reporting.first.map { checker.judgingDay($0, year: year) }
            let holder = day.flatMap { registry.holder(of: unit, on: $0) }
            var why: Problem.NotOwed? = holder.flatMap { $0 != unit ? .passed($0) : nil }
            if holder == nil, let day, let until = unitInfo.until, until < day {
                why = .ended(until)
            } else if holder == nil, let day, let since = unitInfo.since, since > day {
                why = .notYetBegun(since)
            }
            throw DXAuditError(.owesNoReport(unit: unit, year: year, why: why))
        }
        let day = checker.judgingDay(chosen, year: year)
        return text(
            plan: plan, unit: unitInfo, year: year, obligation: chosen, ownership: Ownership(plan: plan, on: day),
            day: day, submitted: today)
    }

    /// The YAML: a heading in comments, the report's fields, and one entry a task
    /// with its role and text as a comment.
    static func text(
        plan: Plan, unit: Registry.Unit, year: Int, obligation: Plan.Obligation, ownership: Ownership,
        day: CivilDate, submitted: CivilDate
    ) -> String {
        var lines: [String] = []
        let kind = obligation.synthesizes == nil ? "Báo cáo năm" : "Báo cáo tổng hợp năm"
        lines.append("# \(kind) \(year) của \(unit.name) về Kế hoạch \(plan.header.number)")
        let to = obligation.to.flatMap { plan.registry.units[$0]?.name } ?? "Ủy ban nhân dân thành phố"
        let via = obligation.via.flatMap { plan.registry.holder(of: $0, on: day) }.flatMap {
            plan.registry.units[$0]?.name
        }
        lines.append("# Gửi \(to)\(via.map { " (qua \($0))" } ?? "") \(obligation.due.vietnamese(year: year)).")
        lines.append("# Hạn chót: \(day.vietnameseWithWeekday). status: done | on-track | delayed | not-started")
        lines.append("unit: \(unit.id)")
        lines.append("year: \(year)")
        lines.append("obligation: \(obligation.id)")
        lines.append("submitted: \(submitted)   # ngày gửi báo cáo")
        lines.append("# document: 123/BC-XXX       # số hiệu văn bản")
        let tasks: [Citation]
        if obligation.synthesizes != nil {
            // The synthesis covers the whole plan: every point, and clauses without points.
            tasks = plan.tasks.map(\.citation).filter {
                $0.depth == 2 || ($0.depth == 1 && plan.children(of: $0).isEmpty)
            }
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
                    ? "chủ trì" : ownership.implements(unit.id, citation) ? "tổ chức thực hiện" : "tổng hợp"
                let text = plan.task(citation).map { comment($0.text) } ?? ""
                lines.append("  \(citation):   # \(role): \(text)")
                lines.append("    status: not-started")
                lines.append("    progress: 0")
                lines.append("    # note: kết quả cụ thể, số liệu")
            }
        }
        let supplied = TargetMissingRule.supplied(
            by: unit.id, year: year, suppliers: plan.suppliers(on: day), plan: plan)
        if obligation.synthesizes == nil, !supplied.isEmpty {
            lines.append("targets:   # số liệu các chỉ tiêu phần I do đơn vị cung cấp: bỏ dấu # và ghi số liệu")
            for indicator in supplied {
                let value =
                    indicator.kind == .yesNo
                    ? "false" : indicator.aggregate == .weighted ? "{numerator: 0, denominator: 1}" : "0"
                lines.append("  # \(indicator.id): \(value)   # \(comment(indicator.text))")
            }
        }
        if obligation.synthesizes != nil, !plan.targets.isEmpty {
            lines.append("targets:   # giá trị đo được của các chỉ tiêu phần I")
            for target in plan.targets {
                lines.append("  # \(target.citation): 0   # \(comment(target.text))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text on one line, at most 70 characters and an ellipsis: a YAML comment ends
    /// at a line break, and libyaml takes U+2028 and U+2029 for one too.
    static func comment(_ text: String) -> String {
        YAMLComment.oneLine(text, limit: 70)
    }
}
