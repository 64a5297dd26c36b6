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
        Finding.Message(.schema, "empty-file", "the file is empty")
    }

    static func severalDocuments(_ count: Int) -> Finding.Message {
        Finding.Message(.schema, "several-documents", "expected one YAML document, found {0}", .number(count))
    }

    /// A value of the wrong type, as the YAML layer words it.
    static func wrongType(_ problem: String) -> Finding.Message {
        Finding.Message(.schema, "wrong-type", "{0}", .text(problem))
    }

    static func notAMapping(_ what: String, found: String) -> Finding.Message {
        Finding.Message(.schema, "not-a-mapping", "{0} must be a mapping, found {1}", .text(what), .text(found))
    }

    static func notAList(_ field: String, found: String) -> Finding.Message {
        Finding.Message(.schema, "not-a-list", "'{0}' must be a list, found {1}", .text(field), .text(found))
    }

    static func keysNotText(_ what: String) -> Finding.Message {
        Finding.Message(.schema, "keys-not-text", "{0}: keys must be plain text", .text(what))
    }

    static func unknownField(_ key: String, in what: String, closest: String) -> Finding.Message {
        Finding.Message(
            .schema, "unknown-field", "unknown field '{0}' in {1}{2}", .text(key), .text(what), .didYouMean(closest))
    }

    static func unknownField(_ key: String, in what: String, known: [String]) -> Finding.Message {
        Finding.Message(
            .schema, "unknown-field-known", "unknown field '{0}' in {1}; known fields: {2}", .text(key), .text(what),
            .texts(known))
    }

    static func missingField(_ what: String, _ key: String) -> Finding.Message {
        Finding.Message(.schema, "missing-field", "{0} is missing the field '{1}'", .text(what), .text(key))
    }

    static func emptyText(_ what: String) -> Finding.Message {
        Finding.Message(.schema, "empty-text", "{0} is empty", .text(what))
    }

    static func lineBreakInText(_ what: String) -> Finding.Message {
        Finding.Message(.schema, "line-break", "{0} contains a line break or control character", .text(what))
    }

    static func notAPlan() -> Finding.Message {
        Finding.Message(
            .schema, "not-a-plan", "a report, not a plan file: check reports with 'dxaudit check FOLDER'")
    }

    static func registryUnreadable(_ path: String) -> Finding.Message {
        Finding.Message(.schema, "registry-unreadable", "cannot read the unit registry '{0}'", .text(path))
    }

    static func badYears() -> Finding.Message {
        Finding.Message(.schema, "bad-years", "'years' must be [first, last] between 1 and 9999, e.g. [2021, 2030]")
    }

    static func sourceTextMissing(_ source: String) -> Finding.Message {
        Finding.Message(.schema, "source-missing", "the source text '{0}' does not exist", .text(source))
    }

    static func assignmentWithoutTasks() -> Finding.Message {
        Finding.Message(.schema, "assignment-without-tasks", "an assignment needs 'chairs' or 'implements'")
    }

    static func dueNotOneOf() -> Finding.Message {
        Finding.Message(.schema, "due-not-one", "'due' takes exactly one of 'before: MM-DD' or 'by: MM-DD'")
    }

    static func notADayOfTheYear(_ text: String) -> Finding.Message {
        Finding.Message(.schema, "not-a-day", "'{0}' is not a day of the year; write MM-DD, e.g. 12-01", .text(text))
    }

    static func beforeNewYear() -> Finding.Message {
        Finding.Message(
            .schema, "before-new-year",
            "'before: 01-01' would end the report year on 31 December of the year before; write 'by: 12-31'")
    }

    static func unknownDeadlineRule(_ text: String) -> Finding.Message {
        Finding.Message(
            .schema, "unknown-deadline-rule", "unknown deadline_rule '{0}'; one of: next-working-day, none", .text(text))
    }

    static func unknownKind(_ kind: String, known: [String]) -> Finding.Message {
        Finding.Message(.schema, "unknown-kind", "unknown kind '{0}'; one of: {1}", .text(kind), .texts(known))
    }

    static func badUnitID(_ id: String) -> Finding.Message {
        Finding.Message(
            .schema, "bad-unit-id", "unit id '{0}' must be lower-case ASCII letters, digits and '-'", .text(id))
    }

    static func badEmail(_ text: String) -> Finding.Message {
        Finding.Message(.schema, "bad-email", "'{0}' is not a valid e-mail address", .text(text))
    }

    static func inferredWithoutReason(_ id: String) -> Finding.Message {
        Finding.Message(.schema, "inferred-without-reason", "unit '{0}' is inferred: say why in 'reason'", .text(id))
    }

    static func yearOutsidePlan(_ year: Int, plan: String, years: ClosedRange<Int>) -> Finding.Message {
        Finding.Message(
            .schema, "year-outside-plan", "year {0} is outside the years {1} covers ({2}–{3})", .number(year),
            .text(plan), .number(years.lowerBound), .number(years.upperBound))
    }

    static func unknownStatus(_ text: String) -> Finding.Message {
        Finding.Message(
            .schema, "unknown-status", "unknown status '{0}'; one of: done, on-track, delayed, not-started", .text(text))
    }

    static func progressOutOfRange(_ progress: Int) -> Finding.Message {
        Finding.Message(
            .schema, "progress-range", "progress is a percentage from 0 to 100, found {0}", .number(progress))
    }

    static func taskEntryNotAMapping(_ key: String) -> Finding.Message {
        Finding.Message(
            .schema, "task-entry", "task {0} must be a mapping with status, progress and note", .text(key))
    }

    static func unknownRuleSetting(_ key: String, closest: String?) -> Finding.Message {
        Finding.Message(
            .schema, "unknown-rule-setting", "unknown rule '{0}' in rules{1} (see 'dxaudit rules')", .text(key),
            .didYouMean(closest))
    }

    static func badSeveritySetting(_ key: String, _ text: String) -> Finding.Message {
        Finding.Message(
            .schema, "bad-severity-setting", "{0} must be error, warning, note or off, not '{1}'", .text(key),
            .text(text))
    }
}
