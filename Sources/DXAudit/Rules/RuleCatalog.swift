/// What each rule checks, how severe it is by default, and the text of
/// `dxaudit explain`.
public struct RuleInfo: Sendable {
    public enum Scope: String, Sendable {
        case plan, report, any
    }

    public var id: RuleID
    public var severity: Finding.Severity
    public var scope: Scope
    /// One line, for `dxaudit rules` and SARIF's shortDescription.
    public var summary: String
    /// Several sentences with an example, for `dxaudit explain` and SARIF's help text.
    public var explanation: String
}

extension RuleID {
    public var info: RuleInfo { RuleCatalog.info[self]! }
    public var defaultSeverity: Finding.Severity { info.severity }
}

public enum RuleCatalog {
    public static let all: [RuleInfo] = [
        RuleInfo(
            id: .yamlSyntax, severity: .error, scope: .any,
            summary: "the file is not well-formed YAML, not UTF-8, or passes a size limit",
            explanation: """
                dxaudit reads every plan and report with libyaml. A file that libyaml cannot
                parse, that is not UTF-8 (UTF-16, invalid bytes, NUL bytes), or that passes
                a limit (16 MiB, 256 levels of nesting, 4,000,000 nodes, 100,000 nodes
                copied by aliases) is reported at the line and column where reading stopped.
                Tabs cannot indent YAML: use spaces.
                """),
        RuleInfo(
            id: .duplicateKey, severity: .error, scope: .any,
            summary: "a mapping names the same key twice",
            explanation: """
                YAML forbids repeating a key in one mapping, and most tools silently keep
                only the last value. dxaudit reports the second key and names the line of
                the first. In plans, two task keys that mean the same reference
                (`II.1.dd` and `II.1.đ`) are duplicates too.
                """),
        RuleInfo(
            id: .schema, severity: .error, scope: .any,
            summary: "an unknown field, a missing field, or a value of the wrong type",
            explanation: """
                Each file has a fixed shape (see the README): plans have `plan`, `targets`,
                `tasks`, `assignments`, `reporting`, `calendar`; reports have `unit`, `year`,
                `submitted`, `tasks` and a few optional fields. A misspelt field, a missing
                one, or a value of the wrong type (a list where text belongs, `yes` for a
                boolean, `010` for a number, `2024-02-30` for a date) is reported where it
                stands. Names and e-mail addresses may not contain line breaks.
                """),
        RuleInfo(
            id: .badCitation, severity: .error, scope: .any,
            summary: "a reference to the plan cannot be read",
            explanation: """
                References are written `II.1.b.2` or in the document's own words:
                `mục (2) điểm b khoản 1 phần II`, `điểm c, d, đ khoản 1 phần II`,
                `khoản 3 phần II`, several separated by `;` or `,`. `dd` stands for `đ`.
                The column points inside the string at the part that could not be read.
                """),
        RuleInfo(
            id: .unknownRef, severity: .error, scope: .any,
            summary: "a reference names a task or target the plan does not have",
            explanation: """
                Every reference must name a clause, point or item that the plan's `tasks:`
                (or `targets:`) define. `II.2.k` in a plan whose clause 2 ends at `j` is
                reported, as is a report on a task that does not exist.
                """),
        RuleInfo(
            id: .unknownUnit, severity: .error, scope: .any,
            summary: "a unit or group id that the registry does not define",
            explanation: """
                Units are named by their id in `plans/units.yaml` (`so-tttt`, `quan-le-chan`)
                or by a group (`departments`, `districts`). A misspelt id is reported with the
                closest known one.
                """),
        RuleInfo(
            id: .missingOwner, severity: .error, scope: .plan,
            summary: "a Part II task that no unit chairs or implements",
            explanation: """
                A task is owned when a unit chairs (chủ trì) or implements (tổ chức thực hiện)
                it, its parent point or clause, or every one of its children. A task nobody
                owns will never be reported on.
                """),
        RuleInfo(
            id: .sharedChair, severity: .warning, scope: .plan,
            summary: "two units chair the same task",
            explanation: """
                One task, one chair: when two units both chủ trì a task, neither is clearly
                accountable. The document itself does this for điểm c khoản 5 phần II (Sở Tài
                chính and the State Bank branch).
                """),
        RuleInfo(
            id: .nonstandardLetter, severity: .warning, scope: .plan,
            summary: "a point letter that drafting rules leave out (f, j, w, z) or an upper-case one",
            explanation: """
                Vietnamese drafting numbers points with the letters of the Vietnamese alphabet,
                a, b, c, d, đ, e, g, h, i, k …, which has no f, j, w, z. The 227/KH-UBND uses f and j in
                clauses 2 and 5, and writes `điểm I khoản 5` for `điểm i`. dxaudit accepts both
                and warns, so that a citation copied elsewhere is checked by a person.
                """),
        RuleInfo(
            id: .deadlineOrder, severity: .error, scope: .plan,
            summary: "a synthesis is due before the reports it synthesizes",
            explanation: """
                The coordinator cannot sum up reports it has not received: the synthesis
                (10 December) must fall after the unit reports (1 December).
                """),
        RuleInfo(
            id: .succession, severity: .error, scope: .plan,
            summary: "an unknown successor, a succession cycle, or dates out of order",
            explanation: """
                A unit that ends (`until`) may name a `successor` that inherits its duties
                from the next day: a unit, a list of units or a group. Each successor must
                exist, must not lead back to the unit, must not have ended before it and
                must not begin (a group: count) later than the next day; `since` must not
                be after `until`.
                """),
        RuleInfo(
            id: .doubtfulAssignment, severity: .note, scope: .plan,
            summary: "an assignment the plan marks as doubtful, probably a slip of the document",
            explanation: """
                Some sentences of Part IV are almost certainly slips: 227/KH-UBND has item 11
                (Sở Giao thông vận tải) chair II.4.c, STEAM education. The plan keeps what the
                text says and adds `doubtful: "reason"` to that assignment; lint shows it once
                as a note, and a report that leaves out a task chaired only through a doubtful
                assignment gets `unreported-task` as a note, not a warning.
                """),
        RuleInfo(
            id: .missingReport, severity: .error, scope: .report,
            summary: "a unit owes a report and none was found",
            explanation: """
                For each obligation (`unit-annual`, `synthesis`) every unit that owes it in
                the report year must have a report in the year folder. Past the last on-time
                day this is an error; before it, a note saying how many days are left.
                """),
        RuleInfo(
            id: .lateReport, severity: .warning, scope: .report,
            summary: "a report was sent after its last on-time day",
            explanation: """
                `before: 12-01` means the last on-time day is 30 November; `by:` means the day
                itself. When that day is a Saturday, Sunday or holiday it moves to the next
                working day (Bộ luật Dân sự 2015, Điều 148): in 2024, 30/11 is a Saturday, so
                a report sent on Monday 2/12 is on time and one sent on 3/12 is a day late.
                """),
        RuleInfo(
            id: .unreportedTask, severity: .warning, scope: .report,
            summary: "a report leaves out a task its unit chairs",
            explanation: """
                A unit that chairs (chủ trì) a task must say how it is going. A report covers
                a chaired task when it lists the task itself, a point or clause containing
                it, or one of its items.
                """),
        RuleInfo(
            id: .unassignedTask, severity: .note, scope: .report,
            summary: "a report covers a task its unit neither chairs, implements nor coordinates",
            explanation: """
                Not wrong, but worth a look: the unit may have cited the wrong point, or the
                plan may be missing an assignment.
                """),
        RuleInfo(
            id: .duplicateReport, severity: .error, scope: .report,
            summary: "two files report for the same unit, year and obligation",
            explanation: """
                Only one report per unit and obligation counts. dxaudit names the other file
                so that one of them can be removed or corrected.
                """),
        RuleInfo(
            id: .yearMismatch, severity: .error, scope: .report,
            summary: "a report's year differs from its folder's year",
            explanation: """
                `reports/2024/` holds the reports for 2024. A report saying `year: 2023` in it
                is probably misfiled.
                """),
        RuleInfo(
            id: .futureDate, severity: .error, scope: .report,
            summary: "a report is dated after today (or after --as-of)",
            explanation: """
                A dispatch date in the future is a typo, or the audit is being run with an
                `--as-of` date before the report was sent.
                """),
        RuleInfo(
            id: .unknownObligation, severity: .error, scope: .report,
            summary: "a report names an obligation the plan does not have or the unit does not owe",
            explanation: """
                `obligation:` must be one of the ids under the plan's `reporting:`, owed by
                the unit that year. It may be left out only when the unit owes one kind of
                report.
                """),
        RuleInfo(
            id: .unusedSuppression, severity: .note, scope: .any,
            summary: "a `# dxaudit: ignore[…]` comment that silences nothing",
            explanation: """
                An inline suppression applies to its own line and the line below. One that
                matches no finding is stale and is reported so that it can be removed.
                """),
    ]

    public static let info: [RuleID: RuleInfo] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}
