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
    static func unreadableReference(_ text: String, _ problem: String) -> Finding.Message {
        Finding.Message(
            .badCitation, "unreadable", "cannot read the reference '{0}': {1}", .text(text), .text(problem))
    }

    static func unreadableTaskReference(_ text: String, _ problem: String) -> Finding.Message {
        Finding.Message(
            .badCitation, "unreadable-task", "cannot read the task reference '{0}': {1}", .text(text), .text(problem))
    }

    static func unreadableTargetReference(_ text: String, _ problem: String) -> Finding.Message {
        Finding.Message(
            .badCitation, "unreadable-target", "cannot read the target reference '{0}': {1}", .text(text),
            .text(problem))
    }

    static func emptyReference(in text: String) -> Finding.Message {
        Finding.Message(.badCitation, "empty", "empty reference in '{0}'", .text(text))
    }

    static func wrongPart(_ key: String, is part: Citation.Part, expected: Citation.Part) -> Finding.Message {
        Finding.Message(
            .badCitation, "wrong-part", "'{0}' is in part {1}; expected part {2}", .text(key), .text(part.roman),
            .text(expected.roman))
    }

    static func notAPartIITask(_ what: String, _ citation: Citation) -> Finding.Message {
        Finding.Message(
            .badCitation, "not-part-ii", "{0} must cite Part II tasks, not {1}", .text(what), .citation(citation))
    }

    static func sourceNotPartIV(_ citation: Citation) -> Finding.Message {
        Finding.Message(
            .badCitation, "source-not-part-iv", "an assignment's source is a Part IV item (IV.3.a), not {0}",
            .citation(citation))
    }
}
