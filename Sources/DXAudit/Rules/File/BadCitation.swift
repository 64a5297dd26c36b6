/// `bad-citation`: a reference to the plan cannot be read.
public enum BadCitationRule: Rule {
    public static let id = RuleID.badCitation
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.any
    public static let summary = "a reference to the plan cannot be read"
    public static let explanation = """
        References are written `II.1.b.2` or in the document's own words:
        `mục (2) điểm b khoản 1 phần II`, `điểm c, d, đ khoản 1 phần II`,
        `khoản 3 phần II`, several separated by `;` or `,`. `dd` stands for `đ`.
        The column points inside the string at the part that could not be read.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
                  II.1.a: Về chuyển đổi nhận thức
                assignments:
                  - unit: departments
                    implements: "điểm a ↓khoảng 1 phần II"
                \(RuleExample.exampleReporting)
                """)),
        .passing(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.1: Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số
                  II.1.a: Về chuyển đổi nhận thức
                assignments:
                  - unit: departments
                    implements: "điểm a khoản 1 phần II"
                \(RuleExample.exampleReporting)
                """)),
    ]
}

// Decided while reading: the citation parser says which part of a reference it
// could not read; the loaders point inside the string at it.

extension Finding.Message {
    static func unreadableReference(_ text: String, _ problem: CitationError.Problem) -> Finding.Message {
        Finding.Message(.badCitation, "unreadable", .text(text), .citationProblem(problem))
    }

    static func unreadableTaskReference(_ text: String, _ problem: CitationError.Problem) -> Finding.Message {
        Finding.Message(.badCitation, "unreadable-task", .text(text), .citationProblem(problem))
    }

    static func unreadableTargetReference(_ text: String, _ problem: CitationError.Problem) -> Finding.Message {
        Finding.Message(.badCitation, "unreadable-target", .text(text), .citationProblem(problem))
    }

    static func emptyReference(in text: String) -> Finding.Message {
        Finding.Message(.badCitation, "empty", .text(text))
    }

    static func wrongPart(_ key: String, is part: Citation.Part, expected: Citation.Part) -> Finding.Message {
        Finding.Message(
            .badCitation, "wrong-part", .text(key), .text(part.roman),
            .text(expected.roman))
    }

    static func notAPartIITask(_ what: String, _ citation: Citation) -> Finding.Message {
        Finding.Message(.badCitation, "not-part-ii", .text(what), .citation(citation))
    }

    static func sourceNotPartIV(_ citation: Citation) -> Finding.Message {
        Finding.Message(.badCitation, "source-not-part-iv", .citation(citation))
    }
}

extension BadCitationRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "unreadable": "cannot read the reference '{0}': {1}",
        "unreadable-task": "cannot read the task reference '{0}': {1}",
        "unreadable-target": "cannot read the target reference '{0}': {1}",
        "empty": "empty reference in '{0}'",
        "wrong-part": "'{0}' is in part {1}; expected part {2}",
        "not-part-ii": "{0} must cite Part II tasks, not {1}",
        "source-not-part-iv": "an assignment's source is a Part IV item (IV.3.a), not {0}",
    ]
}

extension BadCitationRule {
    public static let vietnameseSummary = "không đọc được một trích dẫn đến kế hoạch"
    public static let vietnameseExplanation = """
        Trích dẫn được viết `II.1.b.2` hoặc theo cách viết của văn bản:
        `mục (2) điểm b khoản 1 phần II`, `điểm c, d, đ khoản 1 phần II`,
        `khoản 3 phần II`, nhiều trích dẫn cách nhau bằng `;` hoặc `,`. `dd` thay cho `đ`.
        Cột được báo chỉ vào đúng phần của chuỗi không đọc được.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "unreadable": "không đọc được trích dẫn '{0}': {1}",
        "unreadable-task": "không đọc được trích dẫn nhiệm vụ '{0}': {1}",
        "unreadable-target": "không đọc được trích dẫn chỉ tiêu '{0}': {1}",
        "empty": "trích dẫn trống trong '{0}'",
        "wrong-part": "'{0}' thuộc phần {1}; cần phần {2}",
        "not-part-ii": "{0} phải trích dẫn nhiệm vụ thuộc phần II, không phải {1}",
        "source-not-part-iv": "căn cứ của một phân công phải là một mục thuộc phần IV (IV.3.a), không phải {0}",
    ]
}
