import DXAudit
import DXYAML
import Foundation
import Testing

/// The YAML layer's problems, read errors and suppression problems, worded in
/// both languages: the English as it always was, the Vietnamese without English.
@Suite struct ReadingProblemWordingTests {
    static let yamlProblems: [YAMLError.Problem] =
        [
            .libyaml("mapping values are not allowed in this context"),
            .libyaml("found character that cannot start any token", atTab: true),
            .malformed,
            .unknownAlias("base"),
            .duplicateKey("unit", first: Mark(line: 1, column: 1)),
            .aliasExpansion(limit: 100_000),
            .tooDeep(limit: 256),
            .tooManyNodes(limit: 4_000_000),
            .tooLarge(bytes: 100, limit: 64),
            .outOfMemory,
            .utf16,
            .nulByte(looksUTF16: false),
            .nulByte(looksUTF16: true),
            .invalidUTF8(0xC3),
            .ambiguousLeadingZero("010", decimal: 10),
            .yamlOneOneBoolean("yes"),
        ]
        + expected.flatMap { expected in found.map { YAMLError.Problem.expected(expected, found: $0) } }
        + impossibilities.map { .impossibleDate("2024-02-30", $0) }

    static let expected: [YAMLError.Expected] = [.string, .integer, .number, .boolean, .date]
    static let found: [YAMLError.Found] = [
        .null, .list, .mapping, .boolean("true"), .integer("3"), .number("1.5"), .string("x"), .text("28/11/2024"),
    ]
    static let impossibilities: [CivilDate.Impossibility] = [
        .noMonth(13), .noYearZero, .pastMonthEnd(month: 2, year: 2024),
    ]
    static let readErrors: [SourceFile.ReadError] = [
        .cannotRead("Permission denied"), .directory, .fifo, .notRegular, .tooLarge(bytes: 100, limit: 64),
    ]
    static let suppressionProblems: [Suppression.Problem] = [.notIgnore, .namesNoRule, .noClosingBracket]

    /// English words that must not be left in Vietnamese text.
    static let englishWords: Set<String> = [
        "expected", "found", "file", "nesting", "limit", "string", "cannot", "write",
    ]

    /// The English words of `text` outside quoted values ('…' and "…").
    static func englishLeft(in text: String) -> Set<String> {
        var outside = ""
        var quote: Character?
        for c in text {
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else {
                outside.append(c)
            }
        }
        let words = outside.lowercased().split { !$0.isLetter }.map(String.init)
        return englishWords.intersection(words)
    }

    /// Text from below that is English by nature (libyaml's problems, the system's
    /// reasons), taken out before looking for English.
    static let carried = [
        "mapping values are not allowed in this context", "found character that cannot start any token",
        "Permission denied",
    ]

    func expectVietnamese(_ text: String, _ what: String) {
        #expect(!text.isEmpty, "\(what)")
        #expect(text.unicodeScalars.elementsEqual(nfc(text).unicodeScalars), "not NFC: \(text)")
        let bare = Self.carried.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
        #expect(Self.englishLeft(in: bare).isEmpty, "English in: \(text)")
    }

    @Test func everyYAMLProblemIsWordedInBothLanguages() {
        for problem in Self.yamlProblems {
            let english = Wording.english.yamlProblem(problem)
            #expect(english == problem.description, "\(problem)")
            #expect(!english.isEmpty)
            let vietnamese = Wording.vietnamese.yamlProblem(problem)
            expectVietnamese(vietnamese, "\(problem)")
            #expect(vietnamese != english, "\(problem)")
            for contextMark in [Mark(line: 1, column: 1), Mark(line: 2, column: 3)] {
                let error = YAMLError(
                    .syntax, problem, at: Mark(line: 2, column: 3),
                    context: "while parsing a block mapping", contextMark: contextMark)
                #expect(Wording.english.yamlError(error) == error.message)
                #expect(!Wording.vietnamese.yamlError(error).isEmpty)
            }
            #expect(Wording.english.yamlError(YAMLError(.limit, problem, at: .start)) == english)
        }
    }

    @Test func theEnglishIsWhatItWas() {
        let en = Wording.english
        #expect(en.yamlProblem(.tooDeep(limit: 256)) == "nesting is deeper than 256 levels")
        #expect(en.yamlProblem(.tooLarge(bytes: 100, limit: 64)) == "file is 100 bytes, over the limit of 64 bytes")
        #expect(
            en.yamlProblem(.expected(.string, found: .list)) == "expected a string, found a list")
        #expect(
            en.yamlProblem(.yamlOneOneBoolean("yes"))
                == "'yes' is a string in YAML 1.2, not a boolean; write true or false")
        #expect(
            en.yamlProblem(.impossibleDate("2024-02-30", .pastMonthEnd(month: 2, year: 2024)))
                == "'2024-02-30' is not a real date: February 2024 has 29 days")
        #expect(en.readError(.cannotRead("No such file or directory")) == "cannot read: No such file or directory")
        #expect(en.readError(.directory) == "is a directory, not a YAML file")
        #expect(en.readError(.fifo) == "is a FIFO, not a regular file; not read")
        #expect(en.readError(.notRegular) == "is not a regular file; not read")
        #expect(en.readError(.tooLarge(bytes: 9, limit: 8)) == "file is 9 bytes, over the limit of 8 bytes")
        #expect(
            en.suppressionProblem(.notIgnore)
                == "cannot read the suppression comment: expected '# dxaudit: ignore[rule-id, …]'")
        #expect(
            en.suppressionProblem(.namesNoRule)
                == "the suppression comment names no rule: expected '# dxaudit: ignore[rule-id, …]'")
        #expect(
            en.suppressionProblem(.noClosingBracket)
                == "the suppression comment has no closing ']': expected '# dxaudit: ignore[rule-id, …]'")
    }

    @Test func yamlErrorsKeepLibyamlsContext() {
        let error = YAMLError(
            .syntax, "did not find expected ',' or ']'", at: Mark(line: 3, column: 16),
            context: "while parsing a flow sequence", contextMark: Mark(line: 3, column: 10))
        #expect(Wording.english.yamlError(error) == error.message)
        #expect(
            Wording.vietnamese.yamlError(error)
                == "YAML sai cú pháp, libyaml báo: did not find expected ',' or ']' "
                + "(while parsing a flow sequence, từ dòng 3, cột 10)")
        var here = error
        here.contextMark = here.mark
        #expect(Wording.english.yamlError(here) == here.message)
        #expect(Wording.vietnamese.yamlError(here).hasSuffix("(while parsing a flow sequence)"))
    }

    @Test func everyReadErrorAndSuppressionProblemIsWordedInBothLanguages() {
        for error in Self.readErrors {
            #expect(!Wording.english.readError(error).isEmpty)
            #expect(Wording.english.readError(error) == error.message)
            expectVietnamese(Wording.vietnamese.readError(error), "\(error)")
        }
        for problem in Self.suppressionProblems {
            #expect(!Wording.english.suppressionProblem(problem).isEmpty)
            expectVietnamese(Wording.vietnamese.suppressionProblem(problem), "\(problem)")
        }
        for why in Self.impossibilities {
            #expect(Wording.english.impossibility(why) == why.description)
            expectVietnamese(Wording.vietnamese.impossibility(why), "\(why)")
        }
    }

    @Test(
        arguments: [
            ("  II.1.a: {status: on-track, progress: 50}", "  II.1.a: {status: on-track, progress: yes}"),
            ("submitted: 2024-11-28", "submitted: 2024-02-30"),
            ("  II.1.a:", "\tII.1.a:"),
        ])
    func aBrokenReportIsReportedInVietnamese(_ old: String, _ new: String) throws {
        let good = """
            unit: so-y-te
            year: 2024
            obligation: unit-annual
            submitted: 2024-11-28
            tasks:
              II.1.a: {status: on-track, progress: 50}

            """
        let dir = try TemporaryFolder()
        try dir.write("2024/so-y-te.yaml", good.replacingOccurrences(of: old, with: new))
        let folder = "\(dir.path)/2024"
        let plan = try #require(PlanLoader.load(Repo.path("Tests/Fixtures/lint/base/plan.yaml")).plan)
        let result = Checker(plan: plan, asOf: date("2024-12-15"))
            .check(folder: folder, year: 2024, files: Checker.reportFiles(in: folder) ?? [])
        let findings = result.findings.filter { $0.location.path.hasSuffix("so-y-te.yaml") }
        #expect(findings.contains { $0.rule == .schema || $0.rule == .yamlSyntax }, "\(findings)")
        for finding in findings {
            let text = Wording.vietnamese.render(finding.message)
            #expect(!text.isEmpty)
            #expect(Self.englishLeft(in: text).isEmpty, "English in: \(text)")
        }
    }
}
