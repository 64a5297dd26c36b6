import DXYAML

/// `source-drift`: a task whose text is not what the plan's source text says.
public enum SourceDriftRule: Rule {
    public static let id = RuleID.sourceDrift
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.plan
    public static let summary = "a task's text differs from the plan's source text, or one side lacks a task"
    public static let explanation = """
        A plan that names its text (`source: ../seeds/227-KH-UBND.txt` under `plan:`)
        is held against it: lint reads the text as `dxaudit extract` does and
        compares every Part II task, its details and its note, after NFC
        normalisation and with runs of white space made one. A task whose text was
        changed, a task the text does not have, and a task of the text the plan
        leaves out are each reported at the plan's line, with the line of the text,
        so that an edit that changes what the document says does not pass a
        pre-commit hook. Fix the plan, or the copy of the text if it was wrong.
        """
    public static let examples: [RuleExample] = [
        .triggering(.planWithSource(plan(pointKey: "↓II.1.a", text: "Phát triển hạ tầng số"), text: sourceText)),
        // Runs of spaces are one space.
        .passing(
            .planWithSource(plan(pointKey: "II.1.a", text: "Phát triển hạ tầng   chính quyền số."), text: sourceText)),
    ]

    /// An example plan whose source is `sourceText`, with its one point written as given.
    static func plan(pointKey: String, text: String) -> String {
        """
        \(RuleExample.examplePlanHeader)
          source: plan.txt
        tasks:
          II.1: Phát triển chính quyền số
          \(pointKey): \(text)
        assignments:
          - source: IV.3.a
            unit: so-tttt
            chairs: II.1
        \(RuleExample.exampleReporting)
        """
    }

    /// A plan's text: one clause and one point.
    static let sourceText = """
        Số: 1/KH-VD | Ví Dụ, ngày 1 tháng 2 năm 2021 |
        II. NHIỆM VỤ, GIẢI PHÁP
        1. Phát triển chính quyền số:
        a) Phát triển hạ tầng chính quyền số.
        """
}

extension SourceDriftRule {
    static func check(_ plan: Plan) -> [Finding] {
        guard let source = plan.sourceText else { return [] }
        let text = source.extracted
        let written = source.written
        var findings: [Finding] = []
        var theirs: [Citation: ExtractedPlan.Task] = [:]
        for task in text.tasks where theirs[task.citation] == nil { theirs[task.citation] = task }
        for task in plan.tasks {
            guard let original = theirs[task.citation] else {
                findings.append(Finding(.notInSource(task.citation, source: written), at: task.location))
                continue
            }
            if let difference = difference(task, original) {
                findings.append(
                    Finding(
                        .changed(task.citation, source: written, line: difference.line, says: difference.says),
                        at: task.location))
            }
        }
        let ours = Set(plan.tasks.map(\.citation))
        for task in text.tasks where !ours.contains(task.citation) {
            // At the plan's task before it, where it would go, else at `source:`.
            let before = plan.tasks.filter { $0.citation < task.citation }.max { $0.citation < $1.citation }
            findings.append(
                Finding(
                    .notInPlan(task.citation, source: written, line: task.line, says: excerpt(task.text)),
                    at: before?.location ?? source.location))
        }
        return findings
    }

    /// The first part of a task that the text words otherwise: its text, a detail or
    /// its note, with the text's line and its words where they part.
    static func difference(_ task: Plan.Task, _ original: ExtractedPlan.Task) -> (line: Int, says: String)? {
        // Equal strings (canonically, as Swift compares them) need no normalising.
        let same = { (a: String, b: String) in a == b || PlanText.comparable(a) == PlanText.comparable(b) }
        if !same(task.text, original.text) { return (original.line, excerpt(original.text, against: task.text)) }
        for (index, detail) in original.details.enumerated() {
            let ours = index < task.details.count ? task.details[index] : ""
            if !same(ours, detail) { return (original.detailLines[index], excerpt(detail, against: ours)) }
        }
        if task.details.count > original.details.count {
            return (original.line, excerpt(task.details[original.details.count]) + " (not in the text)")
        }
        if !same(task.note ?? "", original.note ?? "") {
            return (original.line, excerpt(original.note ?? "", against: task.note ?? ""))
        }
        return nil
    }

    /// At most 60 characters of `text` on one line, from a little before where it
    /// parts from `other`.
    static func excerpt(_ text: String, against other: String = "") -> String {
        let flat = Array(PlanText.comparable(text))
        let theirs = Array(PlanText.comparable(other))
        var common = 0
        while common < flat.count, common < theirs.count, flat[common] == theirs[common] { common += 1 }
        var start = max(0, common - 20)
        while start > 0, flat[start - 1] != " " { start -= 1 }
        let end = min(flat.count, start + 60)
        return (start > 0 ? "…" : "") + String(flat[start..<end]) + (end < flat.count ? "…" : "")
    }
}

extension Finding.Message {
    static func changed(_ task: Citation, source: String, line: Int, says: String) -> Finding.Message {
        Finding.Message(.sourceDrift, "changed", .citation(task), .text(source), .number(line), .text(says))
    }

    static func notInSource(_ task: Citation, source: String) -> Finding.Message {
        Finding.Message(.sourceDrift, "not-in-source", .citation(task), .text(source))
    }

    static func notInPlan(_ task: Citation, source: String, line: Int, says: String) -> Finding.Message {
        Finding.Message(.sourceDrift, "not-in-plan", .citation(task), .text(source), .number(line), .text(says))
    }
}

extension SourceDriftRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "changed": "{0} is not what the source text says ({1}, line {2}: \"{3}\")",
        "not-in-source": "{0} is not in the source text {1}",
        "not-in-plan": "the source text ({1}, line {2}) has {0}, which the plan leaves out: \"{3}\"",
    ]
}

extension SourceDriftRule {
    public static let vietnameseSummary =
        "nội dung nhiệm vụ khác với văn bản nguồn của kế hoạch, hoặc một bên thiếu nhiệm vụ"
    public static let vietnameseExplanation = """
        Kế hoạch nêu văn bản của mình (`source: ../seeds/227-KH-UBND.txt` trong
        `plan:`) được đối chiếu với văn bản đó: lint đọc văn bản như `dxaudit extract`
        và so từng nhiệm vụ phần II, các ý chi tiết và ghi chú, sau khi chuẩn hóa NFC và
        gộp các khoảng trắng liền nhau. Nhiệm vụ bị sửa nội dung, nhiệm vụ văn bản không
        có, và nhiệm vụ của văn bản mà kế hoạch bỏ sót đều được báo tại dòng của kế
        hoạch, kèm dòng của văn bản, để sửa đổi làm thay đổi điều văn bản nói không lọt
        qua pre-commit. Hãy sửa kế hoạch, hoặc sửa bản sao văn bản nếu bản sao sai.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "changed": "{0} không đúng như văn bản nguồn ({1}, dòng {2}: \"{3}\")",
        "not-in-source": "{0} không có trong văn bản nguồn {1}",
        "not-in-plan": "văn bản nguồn ({1}, dòng {2}) có {0} nhưng kế hoạch bỏ sót: \"{3}\"",
    ]
}
