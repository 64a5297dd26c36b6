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
    /// A key the composer met twice in one mapping, as it words it.
    static func repeatedKey(_ problem: String) -> Finding.Message {
        Finding.Message(.duplicateKey, "repeated-key", "{0}", .text(problem))
    }

    static func taskTwice(_ task: Citation, firstLine: Int) -> Finding.Message {
        Finding.Message(
            .duplicateKey, "task-twice", "task {0} is defined twice (first at line {1})", .citation(task),
            .number(firstLine))
    }

    static func targetTwice(_ target: Citation, firstLine: Int) -> Finding.Message {
        Finding.Message(
            .duplicateKey, "target-twice", "target {0} is defined twice (first at line {1})", .citation(target),
            .number(firstLine))
    }

    static func obligationTwice(_ id: String, firstLine: Int) -> Finding.Message {
        Finding.Message(
            .duplicateKey, "obligation-twice", "obligation '{0}' is defined twice (first at line {1})", .text(id),
            .number(firstLine))
    }

    static func taskReportedTwice(_ task: Citation, firstLine: Int) -> Finding.Message {
        Finding.Message(
            .duplicateKey, "task-reported-twice", "task {0} is reported twice (first at line {1})", .citation(task),
            .number(firstLine))
    }

    static func groupAndUnit(_ id: String) -> Finding.Message {
        Finding.Message(.duplicateKey, "group-and-unit", "'{0}' is both a group and a unit", .text(id))
    }
}
