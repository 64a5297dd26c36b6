/// `yaml-syntax`: the file is not well-formed YAML, not UTF-8, or passes a size limit.
public enum YAMLSyntaxRule: Rule {
    public static let id = RuleID.yamlSyntax
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.any
    public static let summary = "the file is not well-formed YAML, not UTF-8, or passes a size limit"
    public static let explanation = """
        dxaudit reads every plan and report with libyaml. A file that libyaml cannot
        parse, that is not UTF-8 (UTF-16, invalid bytes, NUL bytes), or that passes
        a limit (16 MiB, 256 levels of nesting, 4,000,000 nodes, 100,000 nodes
        copied by aliases) is reported at the line and column where reading stopped.
        Tabs cannot indent YAML: use spaces.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                submitted: 2024-11-28
                tasks:
                ↓\tII.2.b: {status: on-track}
                """
            ])),
        .triggering(
            .reports([
                """
                unit: so-y-te
                year: 2024
                  submitted↓: 2024-11-28
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
                  II.2.b: {status: on-track}
                """
            ])),
    ]
}

// Decided while reading: libyaml's parser and composer, the UTF-8 check and the
// size limits stop on a file; the loaders report where.

extension Finding.Message {
    /// The reason libyaml, the encoding check or a limit gave for not reading a file.
    static func unreadableYAML(_ problem: String) -> Finding.Message {
        Finding.Message(.yamlSyntax, "unreadable", "{0}", .text(problem))
    }
}
