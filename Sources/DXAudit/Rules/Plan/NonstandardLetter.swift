/// `nonstandard-letter`: a point letter that drafting rules leave out (f, j, w, z) or an upper-case one.
public enum NonstandardLetterRule: Rule {
    public static let id = RuleID.nonstandardLetter
    public static let severity = Finding.Severity.warning
    public static let scope = RuleInfo.Scope.plan
    public static let summary = "a point letter that drafting rules leave out (f, j, w, z) or an upper-case one"
    public static let explanation = """
        Vietnamese drafting numbers points with the letters of the Vietnamese alphabet,
        a, b, c, d, đ, e, g, h, i, k …, which has no f, j, w, z. The 227/KH-UBND uses f and j in
        clauses 2 and 5, and writes `điểm I khoản 5` for `điểm i`. dxaudit accepts both
        and warns, so that a citation copied elsewhere is checked by a person.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.2: Phát triển chính quyền số
                  ↓II.2.f: Phát triển nền tảng tích hợp, chia sẻ dữ liệu
                assignments:
                  - unit: so-tttt
                    chairs: II.2
                \(RuleExample.exampleReporting)
                """)),
        .triggering(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.2: Phát triển chính quyền số
                  II.2.i: Phát triển nền tảng tích hợp, chia sẻ dữ liệu
                assignments:
                  - unit: so-tttt
                    chairs: "điểm ↓I khoản 2 phần II"
                \(RuleExample.exampleReporting)
                """)),
        .passing(
            .plan(
                """
                \(RuleExample.examplePlanHeader)
                tasks:
                  II.2: Phát triển chính quyền số
                  II.2.g: Phát triển nền tảng tích hợp, chia sẻ dữ liệu
                assignments:
                  - unit: so-tttt
                    chairs: "điểm g khoản 2 phần II"
                \(RuleExample.exampleReporting)
                """)),
    ]
}

extension NonstandardLetterRule {
    /// Points lettered outside the drafting alphabet, and letters the file writes in
    /// upper case (the loader keeps how they were written).
    static func check(_ plan: Plan) -> [Finding] {
        var findings: [Finding] = []
        for task in plan.tasks {
            let citation = task.citation
            guard let point = citation.point, Citation.nonstandardLetters.contains(point), citation.item == nil
            else { continue }
            findings.append(Finding(.letterOutsideAlphabet(point, in: citation), at: task.location))
        }
        for letter in plan.upperCaseLetters {
            switch letter.written {
            case .key(let key): findings.append(Finding(.upperCaseKey(key), at: letter.location))
            case .reference(let point):
                findings.append(Finding(.upperCaseReference(point, in: letter.citation), at: letter.location))
            }
        }
        return findings
    }
}

extension Finding.Message {
    static func upperCaseKey(_ key: String) -> Finding.Message {
        Finding.Message(.nonstandardLetter, "upper-case-key", .text(key))
    }

    static func letterOutsideAlphabet(_ point: String, in citation: Citation) -> Finding.Message {
        Finding.Message(.nonstandardLetter, "outside-alphabet", .text(point), .citation(citation))
    }

    static func upperCaseReference(_ point: String, in citation: Citation) -> Finding.Message {
        Finding.Message(
            .nonstandardLetter, "upper-case-reference", .text(point.uppercased()), .text(point), .citation(citation))
    }
}

extension NonstandardLetterRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "upper-case-key": "point letter written in upper case in '{0}'",
        "outside-alphabet":
            "point letter '{0}' in {1} is not in the Vietnamese drafting alphabet (a, b, c, d, đ, e, g, h, i, k …)",
        "upper-case-reference": "point letter written in upper case: '{0}' for '{1}' ({2})",
    ]
}

extension NonstandardLetterRule {
    public static let vietnameseSummary = "chữ cái đánh số điểm không có trong quy định (f, j, w, z) hoặc viết hoa"
    public static let vietnameseExplanation = """
        Văn bản hành chính đánh số điểm bằng chữ cái tiếng Việt a, b, c, d, đ, e,
        g, h, i, k …, không có f, j, w, z. Kế hoạch 227/KH-UBND dùng f và j ở khoản 2
        và khoản 5, và viết `điểm I khoản 5` thay cho `điểm i`. dxaudit chấp nhận cả hai
        và cảnh báo, để trích dẫn chép sang nơi khác được người kiểm tra lại.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "upper-case-key": "chữ cái của điểm viết hoa trong '{0}'",
        "outside-alphabet":
            "chữ cái điểm '{0}' ở {1} không thuộc bảng chữ cái đánh số điểm (a, b, c, d, đ, e, g, h, i, k …)",
        "upper-case-reference": "chữ cái điểm viết hoa: '{0}' thay cho '{1}' ({2})",
    ]
}
