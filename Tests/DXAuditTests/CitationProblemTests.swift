import DXAudit
import Foundation
import Testing

/// Why a citation cannot be read, worded in each language.
@Suite struct CitationProblemTests {
    typealias Problem = CitationError.Problem

    /// One of each problem, with values that are no English word, so that an English
    /// word in a rendering comes from the wording itself.
    static let samples: [Problem] = [
        .unreadable,
        .notOneReference(count: 2),
        .empty,
        .unseparated(raw: "x"),
        .missingAfterSeparator(raw: ";"),
        .missingReference,
        .notAReferenceStart(raw: "x"),
        .expectedPart,
        .lowerCasePart(.II),
        .endsAfterDot,
        .expectedNumber(.section, found: "x"),
        .expectedNumber(.clause, found: "x"),
        .expectedNumber(.bullet, found: "x"),
        .expectedNumber(.item, found: "x"),
        .expectedPointLetter(found: "7"),
        .notAPointLetter(raw: "ab"),
        .expectedClauseAfterPart(.IV),
        .unexpectedAfter(raw: "2", citation("II.1.q")),
        .missingItemNumber,
        .missingClosingParenthesis,
        .missingPointLetter,
        .expectedPointAfterItem,
        .missingClauseNumber,
        .expectedClause,
        .missingPartNumber,
        .unexpected(raw: "x"),
    ]

    /// The problem's name; the switch has no default, so a new problem does not
    /// compile until it is named here, and `everyProblemHasASample` then wants a sample.
    static func name(_ problem: Problem) -> String {
        switch problem {
        case .unreadable: return "unreadable"
        case .notOneReference: return "notOneReference"
        case .empty: return "empty"
        case .unseparated: return "unseparated"
        case .missingAfterSeparator: return "missingAfterSeparator"
        case .missingReference: return "missingReference"
        case .notAReferenceStart: return "notAReferenceStart"
        case .expectedPart: return "expectedPart"
        case .lowerCasePart: return "lowerCasePart"
        case .endsAfterDot: return "endsAfterDot"
        case .expectedNumber: return "expectedNumber"
        case .expectedPointLetter: return "expectedPointLetter"
        case .notAPointLetter: return "notAPointLetter"
        case .expectedClauseAfterPart: return "expectedClauseAfterPart"
        case .unexpectedAfter: return "unexpectedAfter"
        case .missingItemNumber: return "missingItemNumber"
        case .missingClosingParenthesis: return "missingClosingParenthesis"
        case .missingPointLetter: return "missingPointLetter"
        case .expectedPointAfterItem: return "expectedPointAfterItem"
        case .missingClauseNumber: return "missingClauseNumber"
        case .expectedClause: return "expectedClause"
        case .missingPartNumber: return "missingPartNumber"
        case .unexpected: return "unexpected"
        }
    }

    static let problemCount = 23

    static let englishWords = [
        "expected", "found", "write", "reference", "point", "clause", "item", "part", "missing", "unexpected",
    ]

    /// The English words of `text` from `englishWords`, ignoring case.
    static func englishWords(in text: String) -> [String] {
        let lower = text.lowercased()
        return englishWords.filter { lower.contains($0) }
    }

    @Test func everyProblemHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.problemCount)
    }

    @Test(arguments: samples) func rendersInBothLanguages(_ problem: Problem) {
        let english = Wording.english.citationProblem(problem)
        let vietnamese = Wording.vietnamese.citationProblem(problem)
        #expect(!english.isEmpty)
        #expect(!vietnamese.isEmpty)
        #expect(vietnamese != english)
        #expect(vietnamese.unicodeScalars.elementsEqual(nfc(vietnamese).unicodeScalars), "not NFC: \(vietnamese)")
        #expect(Self.englishWords(in: vietnamese).isEmpty, "English in: \(vietnamese)")
        #expect(Wording.vietnamese.format(.citationProblem(problem)) == vietnamese)
        #expect(Wording.english.format(.citationProblem(problem)) == english)
    }

    @Test func englishIsWordedAsTheParserAlwaysWordedIt() {
        let en = Wording.english
        #expect(
            en.citationProblem(.expectedPointLetter(found: "x"))
                == "expected a point letter (a, b, c, d, đ, e …), found 'x'")
        #expect(en.citationProblem(.lowerCasePart(.II)) == "write the part in upper case: 'II'")
        #expect(en.citationProblem(.expectedNumber(.item, found: "x")) == "expected an item (mục) number, found 'x'")
        #expect(en.citationProblem(.expectedNumber(.section, found: "x")) == "expected a section number, found 'x'")
        #expect(en.citationProblem(.notOneReference(count: 3)) == "expected one reference, found 3")
    }

    @Test func vietnameseNamesTheLevelsAsThePlanDoes() {
        let vi = Wording.vietnamese
        #expect(
            vi.citationProblem(.expectedPointLetter(found: "x")) == "cần chữ cái của điểm (a, b, c, d, đ, e …), gặp 'x'"
        )
        #expect(vi.citationProblem(.expectedNumber(.clause, found: "phần")) == "cần số thứ tự của khoản, gặp 'phần'")
        #expect(vi.citationProblem(.expectedNumber(.item, found: "x")) == "cần số thứ tự của mục, gặp 'x'")
        #expect(vi.citationProblem(.lowerCasePart(.II)) == "số thứ tự của phần phải viết hoa: 'II'")
    }

    @Test(
        arguments: [
            ("điểm b khoản phần II", Problem.expectedNumber(.clause, found: "phần"), 13),
            ("II.1.q2", .unexpectedAfter(raw: "2", citation("II.1.q")), 6),
            ("ii.1.a", .lowerCasePart(.II), 0),
            ("II.1.a;", .missingAfterSeparator(raw: ";"), 7),
            ("điểm ab khoản 1 phần II", .notAPointLetter(raw: "ab"), 5),
            ("mục (2 điểm b khoản 1 phần II", .missingClosingParenthesis, 7),
            ("", .empty, 0),
        ] as [(String, Problem, Int)])
    func theParserSaysWhatItCouldNotRead(_ text: String, _ problem: Problem, _ offset: Int) {
        guard case .failure(let error) = CitationParser.parse(text) else {
            Issue.record("'\(text)' was read")
            return
        }
        #expect(error.problem == problem)
        #expect(error.offset == offset)
        #expect(error.message == Wording.english.citationProblem(problem))
    }

    @Test func oneReferenceWantedSeveralGiven() {
        guard case .failure(let error) = CitationParser.parseOne("II.1.a; II.1.b") else {
            Issue.record("two references read as one")
            return
        }
        #expect(error.problem == .notOneReference(count: 2))
    }

    /// The bad-citation findings of `findings`, each rendered in Vietnamese.
    static func vietnameseBadCitations(_ findings: [Finding]) -> [String] {
        findings.filter { $0.rule == .badCitation }.map { Wording.vietnamese.render($0.message) }
    }

    @Test func aLintedPlanSaysItsBadCitationInVietnamese() throws {
        let result = Linter.lint([Repo.path("Tests/Fixtures/lint/bad-citation")])
        let messages = Self.vietnameseBadCitations(result.findings)
        let message = try #require(messages.first, "\(result.findings)")
        #expect(
            message
                == "không đọc được trích dẫn 'điểm b khoản phần II': cần số thứ tự của khoản, gặp 'phần'")
        for message in messages {
            #expect(!message.contains("expected") && !message.contains("found"), "\(message)")
        }
        let english = try #require(result.findings.first { $0.rule == .badCitation })
        #expect(
            english.message.description
                == "cannot read the reference 'điểm b khoản phần II': expected a clause (khoản) number, found 'phần'")
    }

    @Test(
        arguments: [
            ("  II.1.a:", "  II.x.a:", "không đọc được trích dẫn nhiệm vụ 'II.x.a': cần số thứ tự của khoản, gặp 'x'"),
            ("  II.1.a:", "  II.1.a2:", "không đọc được trích dẫn nhiệm vụ 'II.1.a2': thừa '2' sau II.1.a"),
        ] as [(String, String, String)])
    func aCheckedReportSaysItsBadCitationInVietnamese(_ old: String, _ new: String, _ expected: String) throws {
        let dir = try TemporaryFolder()
        try dir.write("2024/so-y-te.yaml", ReportRuleTests.good.replacingOccurrences(of: old, with: new))
        let folder = "\(dir.path)/2024"
        let result = Checker(plan: ReportRuleTests.plan, asOf: date("2024-12-15"))
            .check(folder: folder, year: 2024, files: Checker.reportFiles(in: folder) ?? [])
        let messages = Self.vietnameseBadCitations(result.findings)
        #expect(messages == [expected], "\(result.findings)")
        for message in messages {
            #expect(!message.contains("expected") && !message.contains("found"), "\(message)")
        }
    }
}
