import DXYAML

/// `extract-gap`: what `dxaudit extract` could not read in a plan's text.
public enum ExtractGapRule: Rule {
    public static let id = RuleID.extractGap
    public static let severity = Finding.Severity.warning
    public static let scope = RuleInfo.Scope.plan
    public static let summary =
        "a place in a plan's text that extract could not read: a lost heading, a gap in numbering"
    public static let explanation = """
        `dxaudit extract TEXT` reads a plan's plain text into a draft plan. Where the
        text does not say what the draft needs, it still writes the draft and says
        where, at the text's line: a part or a Part IV item whose heading was lost
        (the unit is then taken from the registry's `reason:`, or left as a
        placeholder to name), a gap in the numbering of clauses, points or items, a
        citation of Part II it cannot read, a unit the registry given with `--units`
        does not have; and, as a note, a Part IV duty that cites no Part II task and
        sets no deadline, which the draft keeps as a comment. For example, `a) Tham mưu …` right after another item's duties
        starts an item whose heading is missing.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .planText(
                """
                Số: 1/KH-UBND | Tỉnh Ví Dụ, ngày 1 tháng 2 năm 2021 |
                II. NHIỆM VỤ, GIẢI PHÁP
                1. Phát triển hạ tầng số:
                a) Xây dựng trung tâm dữ liệu.
                ↓c) Phát triển mạng 5G.
                """)),
        .passing(
            .planText(
                """
                Số: 1/KH-UBND | Tỉnh Ví Dụ, ngày 1 tháng 2 năm 2021 |
                II. NHIỆM VỤ, GIẢI PHÁP
                1. Phát triển hạ tầng số:
                a) Xây dựng trung tâm dữ liệu.
                b) Phát triển mạng 5G.
                """)),
    ]
}

extension Finding.Message {
    static func lostPartHeading(_ part: String) -> Finding.Message {
        Finding.Message(.extractGap, "lost-part", .text(part))
    }

    static func lostItemHeading(_ number: Int, _ unit: Finding.Argument) -> Finding.Message {
        Finding.Message(.extractGap, "lost-item", .number(number), unit)
    }

    static func numberingGap(after: String, found: String) -> Finding.Message {
        Finding.Message(.extractGap, "numbering-gap", .text(after), .text(found))
    }

    static func unreadableCitation(_ text: String, _ problem: CitationError.Problem) -> Finding.Message {
        Finding.Message(.extractGap, "citation", .text(text), .citationProblem(problem))
    }

    static func noCitation(_ source: Citation) -> Finding.Message {
        Finding.Message(.extractGap, "no-citation", .citation(source))
    }

    static func notInRegistry(_ name: String, drafted id: String) -> Finding.Message {
        Finding.Message(.extractGap, "not-in-registry", .text(name), .text(id))
    }
}

extension ExtractGapRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "lost-part": "the heading of Part {0} is missing; Part {0} is taken to begin here",
        "lost-item": "item {0} of Part IV has lost its heading; its unit is taken to be {1}",
        "numbering-gap": "{1} follows {0}: the numbering has a gap",
        "citation": "the citation '{0}' cannot be read: {1}",
        "not-in-registry": "'{0}' is not in the registry; the draft calls it {1}",
        "no-citation": "{0} cites no Part II task and sets no deadline: not an assignment (kept as a comment)",
    ]
}

extension ExtractGapRule {
    public static let vietnameseSummary =
        "chỗ trong văn bản kế hoạch mà extract không đọc được: mất tiêu đề, đánh số bị hụt"
    public static let vietnameseExplanation = """
        `dxaudit extract TEXT` đọc văn bản kế hoạch thành bản thảo kế hoạch. Chỗ nào văn
        bản không nói điều bản thảo cần, lệnh vẫn viết bản thảo và chỉ ra dòng của văn
        bản: một phần hay một mục của phần IV bị mất tiêu đề (khi đó đơn vị được lấy theo
        `reason:` của danh mục đơn vị, hoặc để tên tạm cần điền), đánh số khoản, điểm,
        mục bị hụt, trích dẫn phần II không đọc được, đơn vị không có trong danh mục nêu
        bằng `--units`; và, ở mức ghi chú, nhiệm vụ ở phần IV không dẫn nhiệm vụ nào của
        phần II và không đặt hạn báo cáo, được bản thảo giữ thành chú thích. Ví dụ, `a) Tham mưu …` ngay sau các nhiệm vụ của mục khác là đầu
        một mục bị mất tiêu đề.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "lost-part": "thiếu tiêu đề phần {0}; phần {0} được coi là bắt đầu từ đây",
        "lost-item": "mục {0} phần IV bị mất tiêu đề; đơn vị được coi là {1}",
        "numbering-gap": "{1} đứng sau {0}: đánh số bị hụt",
        "citation": "không đọc được trích dẫn '{0}': {1}",
        "not-in-registry": "'{0}' không có trong danh mục đơn vị; bản thảo gọi là {1}",
        "no-citation":
            "{0} không dẫn nhiệm vụ nào của phần II và không đặt hạn báo cáo: không phải phân công (giữ thành chú thích)",
    ]
}
