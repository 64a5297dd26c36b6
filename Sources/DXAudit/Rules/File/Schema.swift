import DXYAML

/// `schema`: an unknown field, a missing field, or a value of the wrong type.
public enum SchemaRule: Rule {
    public static let id = RuleID.schema
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.any
    public static let summary = "an unknown field, a missing field, or a value of the wrong type"
    public static let explanation = """
        Each file has a fixed shape (see the README): plans have `plan`, `targets`,
        `tasks`, `assignments`, `reporting`, `calendar`; reports have `unit`, `year`,
        `submitted`, `tasks` and a few optional fields. A misspelt field, a missing
        one, or a value of the wrong type (a list where text belongs, `yes` for a
        boolean, `010` for a number, `2024-02-30` for a date) is reported where it
        stands. Names and e-mail addresses may not contain line breaks.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track, progress: ↓120}
                """
            ])),
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                ↓submited: 2024-11-28
                tasks:
                  II.2.b: {status: on-track}
                """
            ])),
        .passing(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                  II.2.b: {status: on-track, progress: 70}
                """
            ])),
    ]
}

// Decided while reading: each loader knows the shape of its file and reports every
// field that does not fit, where it stands. `what` names the place in the file
// ("the plan", "task II.1.a").

extension Finding.Message {
    static func emptyFile() -> Finding.Message {
        Finding.Message(.schema, "empty-file")
    }

    static func severalDocuments(_ count: Int) -> Finding.Message {
        Finding.Message(.schema, "several-documents", .number(count))
    }

    /// A value of the wrong type, as the YAML layer words it.
    static func wrongType(_ problem: String) -> Finding.Message {
        Finding.Message(.schema, "wrong-type", .text(problem))
    }

    /// A node of the wrong type, as the YAML layer found it.
    static func wrongType(_ problem: YAMLError.Problem) -> Finding.Message {
        Finding.Message(.schema, "wrong-type", .yamlProblem(problem))
    }

    /// A YAML error of kind `.type` reported while reading the file.
    static func wrongType(_ error: YAMLError) -> Finding.Message {
        Finding.Message(.schema, "wrong-type", .yamlError(error))
    }

    static func notAMapping(_ what: Finding.Argument, found: Finding.ValueKind) -> Finding.Message {
        Finding.Message(.schema, "not-a-mapping", what, .kind(found))
    }

    static func notAList(_ field: String, found: Finding.ValueKind) -> Finding.Message {
        Finding.Message(.schema, "not-a-list", .text(field), .kind(found))
    }

    static func keysNotText(_ what: Finding.Argument) -> Finding.Message {
        Finding.Message(.schema, "keys-not-text", what)
    }

    static func unknownField(_ key: String, in what: Finding.Argument, closest: String) -> Finding.Message {
        Finding.Message(.schema, "unknown-field", .text(key), what, .didYouMean(closest))
    }

    static func unknownField(_ key: String, in what: Finding.Argument, known: [String]) -> Finding.Message {
        Finding.Message(
            .schema, "unknown-field-known", .text(key), what,
            .texts(known))
    }

    static func missingField(_ what: Finding.Argument, _ key: String) -> Finding.Message {
        Finding.Message(.schema, "missing-field", what, .text(key))
    }

    static func emptyText(_ what: Finding.Argument) -> Finding.Message {
        Finding.Message(.schema, "empty-text", what)
    }

    static func lineBreakInText(_ what: Finding.Argument) -> Finding.Message {
        Finding.Message(.schema, "line-break", what)
    }

    static func notAPlan() -> Finding.Message {
        Finding.Message(.schema, "not-a-plan")
    }

    static func registryUnreadable(_ path: String) -> Finding.Message {
        Finding.Message(.schema, "registry-unreadable", .text(path))
    }

    static func badYears() -> Finding.Message {
        Finding.Message(.schema, "bad-years")
    }

    static func sourceTextMissing(_ source: String) -> Finding.Message {
        Finding.Message(.schema, "source-missing", .text(source))
    }

    static func sourceTextUnreadable(_ source: String, _ failure: PlanText.Failure) -> Finding.Message {
        switch failure {
        case .notUTF8(let line, let column):
            return Finding.Message(.schema, "source-not-utf8", .text(source), .number(line), .number(column))
        case .empty:
            return Finding.Message(.schema, "source-empty", .text(source))
        }
    }

    static func sourceTextUnreadable(_ source: String, _ error: SourceFile.ReadError) -> Finding.Message {
        Finding.Message(.schema, "source-unreadable", .text(source), .readError(error))
    }

    static func assignmentWithoutTasks() -> Finding.Message {
        Finding.Message(.schema, "assignment-without-tasks")
    }

    static func dueNotOneOf() -> Finding.Message {
        Finding.Message(.schema, "due-not-one")
    }

    static func notADayOfTheYear(_ text: String) -> Finding.Message {
        Finding.Message(.schema, "not-a-day", .text(text))
    }

    static func beforeNewYear() -> Finding.Message {
        Finding.Message(.schema, "before-new-year")
    }

    static func unknownDeadlineRule(_ text: String) -> Finding.Message {
        Finding.Message(.schema, "unknown-deadline-rule", .text(text))
    }

    static func unknownKind(_ kind: String, known: [String]) -> Finding.Message {
        Finding.Message(.schema, "unknown-kind", .text(kind), .texts(known))
    }

    static func badUnitID(_ id: String) -> Finding.Message {
        Finding.Message(.schema, "bad-unit-id", .text(id))
    }

    static func badEmail(_ text: String) -> Finding.Message {
        Finding.Message(.schema, "bad-email", .text(text))
    }

    static func inferredWithoutReason(_ id: String) -> Finding.Message {
        Finding.Message(.schema, "inferred-without-reason", .text(id))
    }

    static func yearOutsidePlan(_ year: Int, plan: String, years: ClosedRange<Int>) -> Finding.Message {
        Finding.Message(
            .schema, "year-outside-plan", .number(year),
            .text(plan), .number(years.lowerBound), .number(years.upperBound))
    }

    static func unknownStatus(_ text: String) -> Finding.Message {
        Finding.Message(.schema, "unknown-status", .text(text))
    }

    static func progressOutOfRange(_ progress: Int) -> Finding.Message {
        Finding.Message(.schema, "progress-range", .number(progress))
    }

    static func taskEntryNotAMapping(_ key: String) -> Finding.Message {
        Finding.Message(.schema, "task-entry", .text(key))
    }

    static func unknownRuleSetting(_ key: String, closest: String?) -> Finding.Message {
        Finding.Message(
            .schema, "unknown-rule-setting", .text(key),
            .didYouMean(closest))
    }

    static func unknownValue(_ field: String, _ value: String, known: [String]) -> Finding.Message {
        Finding.Message(.schema, "unknown-value", .text(field), .text(value), .texts(known))
    }

    static func milestoneOutsidePlan(_ year: Int, years: ClosedRange<Int>) -> Finding.Message {
        Finding.Message(
            .schema, "milestone-outside-plan", .number(year), .number(years.lowerBound), .number(years.upperBound))
    }

    static func percentOutOfRange(_ value: Double) -> Finding.Message {
        Finding.Message(.schema, "percent-range", .decimal(value))
    }

    static func noMilestone(_ id: String) -> Finding.Message {
        Finding.Message(.schema, "no-milestone", .text(id))
    }

    static func badLanguageSetting(_ text: String) -> Finding.Message {
        Finding.Message(.schema, "bad-language-setting", .text(text))
    }

    static func badSeveritySetting(_ key: String, _ text: String) -> Finding.Message {
        Finding.Message(
            .schema, "bad-severity-setting", .text(key),
            .text(text))
    }
}

extension SchemaRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "empty-file": "the file is empty",
        "several-documents": "expected one YAML document, found {0}",
        "wrong-type": "{0}",
        "not-a-mapping": "{0} must be a mapping, found {1}",
        "not-a-list": "'{0}' must be a list, found {1}",
        "keys-not-text": "{0}: keys must be plain text",
        "unknown-field": "unknown field '{0}' in {1}{2}",
        "unknown-field-known": "unknown field '{0}' in {1}; known fields: {2}",
        "missing-field": "{0} is missing the field '{1}'",
        "empty-text": "{0} is empty",
        "line-break": "{0} contains a line break or control character",
        "not-a-plan": "a report, not a plan file: check reports with 'dxaudit check FOLDER'",
        "registry-unreadable": "cannot read the unit registry '{0}'",
        "bad-years": "'years' must be [first, last] between 1 and 9999, e.g. [2021, 2030]",
        "source-missing": "the source text '{0}' does not exist",
        "source-not-utf8": "the source text '{0}' is not UTF-8 at line {1}, column {2}",
        "source-empty": "the source text '{0}' is empty",
        "source-unreadable": "the source text '{0}' cannot be read: {1}",
        "assignment-without-tasks": "an assignment needs 'chairs' or 'implements'",
        "due-not-one": "'due' takes exactly one of 'before: MM-DD' or 'by: MM-DD'",
        "not-a-day": "'{0}' is not a day of the year; write MM-DD, e.g. 12-01",
        "before-new-year":
            "'before: 01-01' would end the report year on 31 December of the year before; write 'by: 12-31'",
        "unknown-deadline-rule": "unknown deadline_rule '{0}'; one of: next-working-day, none",
        "unknown-kind": "unknown kind '{0}'; one of: {1}",
        "bad-unit-id": "unit id '{0}' must be lower-case ASCII letters, digits and '-'",
        "bad-email": "'{0}' is not a valid e-mail address",
        "inferred-without-reason": "unit '{0}' is inferred: say why in 'reason'",
        "year-outside-plan": "year {0} is outside the years {1} covers ({2}–{3})",
        "unknown-status": "unknown status '{0}'; one of: done, on-track, delayed, not-started",
        "progress-range": "progress is a percentage from 0 to 100, found {0}",
        "task-entry": "task {0} must be a mapping with status, progress and note",
        "unknown-rule-setting": "unknown rule '{0}' in rules{1} (see 'dxaudit rules')",
        "bad-severity-setting": "{0} must be error, warning, note or off, not '{1}'",
        "bad-language-setting": "lang must be vi or en, not '{0}'",
        "unknown-value": "unknown {0} '{1}'; one of: {2}",
        "milestone-outside-plan": "milestone year {0} is outside the plan's years ({1}–{2})",
        "percent-range": "a percentage is from 0 to 100, found {0}",
        "no-milestone": "indicator '{0}' has no milestone",
    ]
}

extension SchemaRule {
    public static let vietnameseSummary = "trường không hợp lệ, thiếu trường, hoặc giá trị sai kiểu"
    public static let vietnameseExplanation = """
        Mỗi loại tệp có cấu trúc cố định (xem README): kế hoạch gồm `plan`,
        `targets`, `tasks`, `assignments`, `reporting`, `calendar`; báo cáo gồm `unit`,
        `year`, `submitted`, `tasks` và một vài trường tùy chọn. Trường viết sai, trường
        bị thiếu hoặc giá trị sai kiểu (danh sách ở chỗ cần văn bản, `yes` thay cho giá
        trị đúng/sai, `010` thay cho số, `2024-02-30` thay cho ngày) được báo tại chỗ
        của nó. Tên và địa chỉ thư điện tử không được chứa ký tự xuống dòng.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "empty-file": "tệp trống",
        "several-documents": "cần đúng một tài liệu YAML, có {0}",
        "wrong-type": "{0}",
        "not-a-mapping": "{0} phải là một ánh xạ (mapping), gặp {1}",
        "not-a-list": "'{0}' phải là một danh sách, gặp {1}",
        "keys-not-text": "{0}: khóa phải là văn bản thường",
        "unknown-field": "trường không hợp lệ '{0}' trong {1}{2}",
        "unknown-field-known": "trường không hợp lệ '{0}' trong {1}; các trường hợp lệ: {2}",
        "missing-field": "{0} thiếu trường '{1}'",
        "empty-text": "{0} để trống",
        "line-break": "{0} chứa ký tự xuống dòng hoặc ký tự điều khiển",
        "not-a-plan": "đây là báo cáo, không phải tệp kế hoạch: kiểm tra báo cáo bằng 'dxaudit check THƯ_MỤC'",
        "registry-unreadable": "không đọc được danh mục đơn vị '{0}'",
        "bad-years": "'years' phải là [năm đầu, năm cuối] trong khoảng 1–9999, ví dụ [2021, 2030]",
        "source-missing": "không có văn bản nguồn '{0}'",
        "source-not-utf8": "văn bản nguồn '{0}' không phải UTF-8 ở dòng {1}, cột {2}",
        "source-empty": "văn bản nguồn '{0}' trống",
        "source-unreadable": "không đọc được văn bản nguồn '{0}': {1}",
        "assignment-without-tasks": "một phân công cần có 'chairs' hoặc 'implements'",
        "due-not-one": "'due' nhận đúng một trong hai: 'before: MM-DD' hoặc 'by: MM-DD'",
        "not-a-day": "'{0}' không phải một ngày trong năm; hãy viết MM-DD, ví dụ 12-01",
        "before-new-year":
            "'before: 01-01' sẽ kết thúc năm báo cáo vào ngày 31 tháng 12 năm trước; hãy viết 'by: 12-31'",
        "unknown-deadline-rule": "deadline_rule '{0}' không hợp lệ; chọn một trong: next-working-day, none",
        "unknown-kind": "loại '{0}' không hợp lệ; chọn một trong: {1}",
        "bad-unit-id": "mã đơn vị '{0}' chỉ được gồm chữ ASCII thường, chữ số và '-'",
        "bad-email": "'{0}' không phải địa chỉ thư điện tử hợp lệ",
        "inferred-without-reason": "đơn vị '{0}' được suy ra: hãy nêu căn cứ ở 'reason'",
        "year-outside-plan": "năm {0} nằm ngoài thời gian của Kế hoạch {1} ({2}–{3})",
        "unknown-status": "trạng thái '{0}' không hợp lệ; chọn một trong: done, on-track, delayed, not-started",
        "progress-range": "tiến độ là tỷ lệ phần trăm từ 0 đến 100, gặp {0}",
        "task-entry": "nhiệm vụ {0} phải là một ánh xạ gồm status, progress và note",
        "unknown-rule-setting": "không có quy tắc '{0}' trong rules{1} (xem 'dxaudit rules')",
        "bad-severity-setting": "{0} phải là error, warning, note hoặc off, không phải '{1}'",
        "bad-language-setting": "lang nhận vi hoặc en, không phải '{0}'",
        "unknown-value": "{0} '{1}' không hợp lệ; chọn một trong: {2}",
        "milestone-outside-plan": "năm mốc {0} nằm ngoài thời gian của kế hoạch ({1}–{2})",
        "percent-range": "tỷ lệ phần trăm phải từ 0 đến 100, gặp {0}",
        "no-milestone": "chỉ tiêu '{0}' không có mốc nào",
    ]
}
