/// `unknown-ref`: a reference names a task or target the plan does not have.
public enum UnknownRefRule: Rule {
    public static let id = RuleID.unknownRef
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.any
    public static let summary = "a reference names a task or target the plan does not have"
    public static let explanation = """
        Every reference must name a clause, point or item that the plan's `tasks:`
        (or `targets:`) define. `II.2.k` in a plan whose clause 2 ends at `j` is
        reported, as is a report on a task that does not exist.
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
                  ↓II.2.k: {status: on-track}
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

// Decided while reading: a reference is looked up in the tasks, targets and
// obligations the plan defines as soon as it is read.

extension Finding.Message {
    static func orphanTask(_ task: Citation, under parent: Citation) -> Finding.Message {
        Finding.Message(
            .unknownRef, "orphan-task", "task {0} is under {1}, which the plan does not define", .citation(task),
            .citation(parent))
    }

    static func notATask(_ citation: Citation) -> Finding.Message {
        Finding.Message(
            .unknownRef, "not-a-task", "{0} ({1}) is not a task of the plan", .citation(citation),
            .citationInWords(citation))
    }

    static func notATarget(_ citation: Citation) -> Finding.Message {
        Finding.Message(.unknownRef, "not-a-target", "{0} is not a target of the plan", .citation(citation))
    }

    static func unknownSynthesized(_ obligation: String, _ target: String) -> Finding.Message {
        Finding.Message(
            .unknownRef, "unknown-synthesized", "obligation '{0}' synthesizes '{1}', which the plan does not define",
            .text(obligation), .text(target))
    }
}
