import DXYAML

/// `duplicate-key`: a mapping names the same key twice.
public enum DuplicateKeyRule: Rule {
    public static let id = RuleID.duplicateKey
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.any
    public static let summary = "a mapping names the same key twice"
    public static let explanation = """
        YAML forbids repeating a key in one mapping, and most tools silently keep
        only the last value. dxaudit reports the second key and names the line of
        the first. In plans, two task keys that mean the same reference
        (`II.1.dd` and `II.1.đ`) are duplicates too.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                  ↓II.2.b: {status: done}
                """
            ])),
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                  ↓điểm b khoản 2 phần II: {status: done}
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
    ]
}

// Decided while reading: the composer refuses a repeated key; the loaders refuse
// a second task, target or obligation that means the same as one before.

extension Finding.Message {
    /// A key the composer met twice in one mapping.
    static func repeatedKey(_ error: YAMLError) -> Finding.Message {
        Finding.Message(.duplicateKey, "repeated-key", .yamlError(error))
    }

    static func taskTwice(_ task: Citation, firstLine: Int) -> Finding.Message {
        Finding.Message(
            .duplicateKey, "task-twice", .citation(task),
            .number(firstLine))
    }

    static func targetTwice(_ target: Citation, firstLine: Int) -> Finding.Message {
        Finding.Message(
            .duplicateKey, "target-twice", .citation(target),
            .number(firstLine))
    }

    static func obligationTwice(_ id: String, firstLine: Int) -> Finding.Message {
        Finding.Message(
            .duplicateKey, "obligation-twice", .text(id),
            .number(firstLine))
    }

    static func taskReportedTwice(_ task: Citation, firstLine: Int) -> Finding.Message {
        Finding.Message(
            .duplicateKey, "task-reported-twice", .citation(task),
            .number(firstLine))
    }

    static func indicatorTwice(_ id: String, firstLine: Int) -> Finding.Message {
        Finding.Message(.duplicateKey, "indicator-twice", .text(id), .number(firstLine))
    }

    static func groupAndUnit(_ id: String) -> Finding.Message {
        Finding.Message(.duplicateKey, "group-and-unit", .text(id))
    }
}

extension DuplicateKeyRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "repeated-key": "{0}",
        "task-twice": "task {0} is defined twice (first at line {1})",
        "target-twice": "target {0} is defined twice (first at line {1})",
        "obligation-twice": "obligation '{0}' is defined twice (first at line {1})",
        "task-reported-twice": "task {0} is reported twice (first at line {1})",
        "group-and-unit": "'{0}' is both a group and a unit",
        "indicator-twice": "indicator '{0}' is defined twice (first at line {1})",
    ]
}

extension DuplicateKeyRule {
    public static let vietnameseSummary = "một ánh xạ có cùng một khóa hai lần"
    public static let vietnameseExplanation = """
        YAML không cho phép lặp khóa trong một ánh xạ, và phần lớn công cụ lặng lẽ
        chỉ giữ giá trị cuối. dxaudit báo khóa thứ hai và nêu dòng của khóa thứ nhất.
        Trong kế hoạch, hai khóa nhiệm vụ cùng chỉ một trích dẫn (`II.1.dd` và
        `II.1.đ`) cũng là trùng lặp.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "repeated-key": "{0}",
        "task-twice": "nhiệm vụ {0} được khai báo hai lần (lần đầu ở dòng {1})",
        "target-twice": "chỉ tiêu {0} được khai báo hai lần (lần đầu ở dòng {1})",
        "obligation-twice": "nghĩa vụ báo cáo '{0}' được khai báo hai lần (lần đầu ở dòng {1})",
        "task-reported-twice": "nhiệm vụ {0} được báo cáo hai lần (lần đầu ở dòng {1})",
        "group-and-unit": "'{0}' vừa là nhóm vừa là đơn vị",
        "indicator-twice": "chỉ tiêu '{0}' được khai báo hai lần (lần đầu ở dòng {1})",
    ]
}
