import DXYAML

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
        Finding.Message(.yamlSyntax, "unreadable", .text(problem))
    }

    /// What libyaml, the encoding check or a limit found wrong with a file.
    static func unreadableYAML(_ error: YAMLError) -> Finding.Message {
        Finding.Message(.yamlSyntax, "unreadable", .yamlError(error))
    }

    /// Why the file could not be read at all.
    static func unreadableYAML(_ error: SourceFile.ReadError) -> Finding.Message {
        Finding.Message(.yamlSyntax, "unreadable", .readError(error))
    }
}

extension YAMLSyntaxRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "unreadable": "{0}"
    ]
}

extension YAMLSyntaxRule {
    public static let vietnameseSummary =
        "tệp không phải YAML hợp lệ, không mã hóa UTF-8, hoặc vượt giới hạn kích thước"
    public static let vietnameseExplanation = """
        dxaudit đọc mọi kế hoạch và báo cáo bằng libyaml. Tệp mà libyaml không
        phân tích được, không mã hóa UTF-8 (UTF-16, byte không hợp lệ, byte NUL), hoặc
        vượt một giới hạn (16 MiB, 256 cấp lồng nhau, 4.000.000 nút, 100.000 nút sao
        chép qua bí danh) được báo tại dòng và cột nơi việc đọc dừng lại. YAML không
        thụt lề bằng ký tự tab: hãy dùng dấu cách.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "unreadable": "{0}"
    ]
}
