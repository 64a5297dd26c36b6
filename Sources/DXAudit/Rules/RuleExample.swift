/// An input a rule's own file gives to show what it catches and what it lets pass,
/// run by one parametrised test.
///
/// In a triggering example `↓` may stand before the character the finding points
/// at, as in SwiftLint's rule descriptions; it is removed before the file is read.
/// Examples are written against a small plan and registry, `RuleExample.examplePlan`
/// and `RuleExample.exampleRegistry`, so that each shows only what matters to its rule.
public struct RuleExample: Sendable {
    /// What the example is.
    public enum Input: Sendable {
        /// A whole plan file, read with the example registry.
        case plan(String)
        /// A whole unit registry, read with the example plan.
        case units(String)
        /// Report files of the example year's folder, checked against the example plan.
        case reports([String])
        /// A plan file and the source text beside it (`plan.txt`), read with the
        /// example registry.
        case planWithSource(String, text: String)
        /// A plan's plain text, read by `dxaudit extract`.
        case planText(String)
    }

    public var input: Input
    /// Whether the rule must fire on the input.
    public var triggers: Bool
    /// The day reports are judged on, `YYYY-MM-DD`.
    public var asOf: String

    /// The report year of `.reports` examples: their folder is `reports/2024`.
    public static let year = 2024
    /// After both deadlines of 2024 (Monday 2/12 and Tuesday 10/12), so a report
    /// is on time or late, never not yet due.
    public static let defaultAsOf = "2024-12-15"

    public static func triggering(_ input: Input, asOf: String = defaultAsOf) -> RuleExample {
        RuleExample(input: input, triggers: true, asOf: asOf)
    }

    public static func passing(_ input: Input, asOf: String = defaultAsOf) -> RuleExample {
        RuleExample(input: input, triggers: false, asOf: asOf)
    }

    /// Marks where a triggering example's finding points.
    public static let marker: Character = "↓"

    /// `text` without markers, and the line and column of the first one, counted as
    /// findings count them (1-based, in Unicode scalars).
    public static func unmarked(_ text: String) -> (text: String, line: Int, column: Int)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if Character(scalar) == marker {
                return (text.filter { $0 != marker }, line, column)
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }
}

extension RuleExample {
    /// The example plan's header: its registry is `units.yaml` next to it.
    public static let examplePlanHeader = """
        plan:
          number: 1/KH-VD
          title: Kế hoạch ví dụ
          years: [2021, 2030]
          units: units.yaml
          coordinator: so-tttt
        """

    /// The example plan's obligations: every department reports before 1 December,
    /// and Sở TT&TT sums the reports up before 10 December.
    public static let exampleReporting = """
        reporting:
          - id: unit-annual
            source: IV.2.đ
            from: departments
            to: ubnd
            via: so-tttt
            due: {before: 12-01}
          - id: synthesis
            source: IV.3.d
            from: so-tttt
            to: ubnd
            due: {before: 12-10}
            synthesizes: unit-annual
        calendar:
          deadline_rule: next-working-day
        """

    /// The example plan: the departments implement II.1.a, Sở TT&TT chairs II.1.b
    /// and II.2.a, Sở Y tế chairs II.2.b. Sở TT&TT, a department, owes both reports.
    public static let examplePlan = """
        \(examplePlanHeader)
        tasks:
          II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
          II.1.a: Về chuyển đổi nhận thức
          II.1.b: Về cơ chế, chính sách
          II.2: Phát triển chính quyền số
          II.2.a: Phát triển hạ tầng chính quyền số
          II.2.b: Chuyển đổi số trong lĩnh vực y tế
        assignments:
          - source: IV.2.a
            unit: departments
            implements: II.1.a
          - source: IV.3.a
            unit: so-tttt
            chairs: "điểm b khoản 1 phần II; điểm a khoản 2 phần II"
          - source: IV.7
            unit: so-y-te
            chairs: II.2.b
        \(exampleReporting)
        targets:
          I.1.a.1: {text: "80% dịch vụ công trực tuyến mức độ 4"}
        indicators:
          dvc:
            text: Dịch vụ công trực tuyến mức độ 4
            bullets: [I.1.a.1]
            kind: percent
            milestones: {2025: 80}
            baseline: {year: 2020, value: 40}
            reported_by: so-tttt
        """

    /// The example registry: the city committee and two departments. Its `units`
    /// come last, so an example may add a unit by appending it.
    public static let exampleRegistry = """
        groups:
          departments: {kind: department}
        units:
          ubnd:
            name: Ủy ban nhân dân thành phố
            kind: committee
          so-tttt:
            name: Sở Thông tin và Truyền thông
            short: Sở TT&TT
            kind: department
          so-y-te:
            name: Sở Y tế
            kind: department
        """
}
