import ArgumentParser
import DXAudit
import DXYAML

extension DXAuditCommand {
    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show who chairs, implements and coordinates each Part II task.",
            discussion: "With --reports, the year's units (after succession) and each task's reported status.")

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "A reports year folder (or its parent with --year): add each task's reported status.")
        var reports: String?

        @Option(name: .long, help: "The report year, when --reports is the parent folder.")
        var year: Int?

        func run() throws {
            let plan: Plan
            let findings: [Finding] = []
            var files: [String] = []
            var ownership: Ownership
            var statuses: [Citation: [Report.Status?]]? = nil
            var title: String
            if let reports {
                let audit = try YearAudit.run(reportsDir: reports, year: year, common: common)
                plan = audit.plan
                let annual = plan.reporting.first { $0.synthesizes == nil }
                let day = annual.map { audit.checker.judgingDay($0, year: audit.result.year) } ?? common.today
                ownership = Ownership(plan: plan, on: day)
                var byTask: [Citation: [Report.Status?]] = [:]
                for report in audit.result.reports where plan.obligation(report.obligation ?? "")?.synthesizes == nil {
                    for entry in report.tasks { byTask[entry.citation, default: []].append(entry.status) }
                }
                statuses = byTask
                files = audit.result.files
                title = "\(plan.header.number): Part II ownership and reports, \(audit.result.year) (units as of \(day))"
            } else {
                do {
                    (plan, _) = try Workspace.loadPlan(common.plan)
                } catch let failure as Workspace.Failure {
                    throw fail(failure.description)
                }
                files = [plan.path]
                ownership = Ownership(plan: plan, on: nil)
                title = "\(plan.header.number): Part II ownership as written"
            }
            var rows: [[String]] = []
            var header = ["task", "chủ trì (chairs)", "thực hiện (implements)", "phối hợp (coordinators)"]
            if statuses != nil { header.append("reported") }
            for task in plan.tasks {
                let roles = ownership.roles[task.citation] ?? Ownership.Roles()
                let indent = String(repeating: "  ", count: max(0, task.citation.depth - 1))
                var row = [
                    indent + task.citation.canonical,
                    roles.chairs.joined(separator: ", "),
                    roles.implements.joined(separator: ", "),
                    roles.coordinators.joined(separator: ", "),
                ]
                if row[1].isEmpty, row[2].isEmpty {
                    row[1] = ownership.isOwned(task.citation) ? "·" : "— nobody —"
                }
                if let statuses {
                    let list = statuses.filter { $0.key.isWithin(task.citation) || task.citation.isWithin($0.key) }
                        .flatMap(\.value)
                    row.append(Self.describe(list))
                }
                rows.append(row)
            }
            let table = Self.table(header: header, rows: rows)
            let owned = plan.tasks.filter { ownership.isOwned($0.citation) }.count
            let summary =
                [title] + table.split(separator: "\n").map(String.init)
                + ["\(owned) of \(plan.tasks.count) tasks owned (· = owned through its point or clause)"]
            // The table is what coverage is for: --quiet does not hide it. Findings
            // about the plan and the reports are lint's and check's to print.
            var options = common
            options.quiet = false
            try options.finish(
                Outcome(command: "coverage", findings: findings, files: files, summary: summary, failing: common.failing))
        }

        static func describe(_ statuses: [Report.Status?]) -> String {
            guard !statuses.isEmpty else { return "not reported" }
            var counts: [String: Int] = [:]
            for status in statuses { counts[status?.rawValue ?? "no status", default: 0] += 1 }
            let order = ["done", "on-track", "delayed", "not-started", "no status"]
            return "\(statuses.count): " + order.compactMap { key in counts[key].map { "\($0) \(key)" } }.joined(separator: ", ")
        }

        static func table(header: [String], rows: [[String]]) -> String {
            let all = [header] + rows
            let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
            func line(_ row: [String]) -> String {
                row.indices.map { $0 == row.count - 1 ? row[$0] : row[$0].padded(widths[$0]) }
                    .joined(separator: "  ").trimmingTrailingSpaces
            }
            let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
            return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
