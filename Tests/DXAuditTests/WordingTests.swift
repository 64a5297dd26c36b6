import DXYAML
import Foundation
import Testing

@testable import DXAudit

/// `text` in Unicode normalization form C.
func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

@Suite struct WordingTests {
    /// `{0}`, `{1}` … of a template, in order of first use.
    static func placeholders(_ template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if let n = Int(digits), after.dropFirst(digits.count).first == "}" { found.insert(n) }
            rest = after
        }
        return found
    }

    @Test(arguments: RuleRegistry.all.map { ObjectIdentifier($0) })
    func everyTemplateUsesItsArgumentsInOrder(_ id: ObjectIdentifier) throws {
        let rule = try #require(RuleRegistry.all.first { ObjectIdentifier($0) == id })
        #expect(!rule.english.isEmpty, "\(rule.id.rawValue) has no messages")
        for (name, template) in rule.english {
            let used = Self.placeholders(template)
            #expect(used == Set(0..<used.count), "\(rule.id.rawValue).\(name): \(template)")
        }
    }

    /// Every message in both languages, with the same placeholders, and Vietnamese
    /// text in NFC (the form the shipped plan and mail use).
    @Test(arguments: RuleRegistry.all.map { ObjectIdentifier($0) })
    func everyMessageHasBothLanguages(_ id: ObjectIdentifier) throws {
        let rule = try #require(RuleRegistry.all.first { ObjectIdentifier($0) == id })
        #expect(Set(rule.english.keys) == Set(rule.vietnamese.keys), "\(rule.id.rawValue)")
        for (name, english) in rule.english {
            guard let vietnamese = rule.vietnamese[name] else { continue }
            #expect(Self.placeholders(english) == Self.placeholders(vietnamese), "\(rule.id.rawValue).\(name)")
        }
        for text in Array(rule.vietnamese.values) + [rule.vietnameseSummary, rule.vietnameseExplanation] {
            #expect(text.unicodeScalars.elementsEqual(nfc(text).unicodeScalars), "not NFC: \(text)")
            #expect(!text.isEmpty)
        }
    }

    @Test func argumentsAreWordedInOnePlace() {
        let due = Plan.Due(kind: .before, month: 12, day: 1)
        let message = Finding.Message.verbatim(.lateReport, "x")
        #expect(Wording.english.render(message) == "x")
        #expect(Wording.english.format(.due(due, year: 2024)) == "before 01/12/2024")
        #expect(Wording.english.format(.weekday(date("2024-12-02"))) == "Mon 2024-12-02")
        #expect(Wording.english.format(.days(1)) == "1 day")
        #expect(Wording.english.format(.days(3)) == "3 days")
        #expect(Wording.english.format(.unit(id: "so-y-te", name: "Sở Y tế")) == "Sở Y tế (so-y-te)")
        #expect(Wording.english.format(.unit(id: "so-x", name: nil)) == "so-x")
        #expect(Wording.english.format(.didYouMean("so-y-te")) == "; did you mean 'so-y-te'?")
        #expect(Wording.english.format(.didYouMean(nil)) == "")
    }

    @Test func vietnameseWordsDatesAndDeadlinesItsOwnWay() {
        let vi = Wording.vietnamese
        #expect(vi.format(.date(date("2024-12-02"))) == "02/12/2024")
        #expect(vi.format(.weekday(date("2024-12-02"))) == "thứ Hai 02/12/2024")
        #expect(vi.format(.weekday(date("2024-12-01"))) == "Chủ nhật 01/12/2024")
        #expect(vi.longDate(date("2024-12-01")) == "ngày 01 tháng 12 năm 2024")
        #expect(vi.longDate(date("2020-09-21")) == "ngày 21 tháng 9 năm 2020")
        #expect(vi.longDate(date("2025-02-05")) == "ngày 05 tháng 02 năm 2025")
        #expect(vi.format(.due(Plan.Due(kind: .before, month: 12, day: 1), year: 2024)) == "trước ngày 01/12/2024")
        #expect(vi.format(.due(Plan.Due(kind: .by, month: 12, day: 10), year: 2024)) == "đến hết ngày 10/12/2024")
        #expect(vi.format(.days(3)) == "3 ngày")
        #expect(vi.decimal(76.5) == "76,5")
        #expect(Wording.english.decimal(76.5) == "76.5")
        #expect(vi.decimal(80) == "80")
        #expect(vi.format(.unit(id: "so-y-te", name: "Sở Y tế")) == "Sở Y tế")
        #expect(vi.render(.verbatim(.schema, "x")) == "x")
    }

    @Test(
        arguments: [
            ([:], Wording.Language.english),
            (["LANG": "vi_VN.UTF-8"], .vietnamese),
            (["LANG": "C"], .english),
            (["LANG": "C.UTF-8", "LANGUAGE": "vi"], .english),
            (["LANG": "en_US.UTF-8", "LANGUAGE": "vi:en"], .vietnamese),
            (["LANG": "vi_VN.UTF-8", "LANGUAGE": "fr:en"], .english),
            (["LANG": "vi_VN.UTF-8", "LANGUAGE": "fr"], .vietnamese),
            (["LANG": "en_US.UTF-8", "LC_MESSAGES": "vi_VN"], .vietnamese),
            (["LANG": "vi_VN.UTF-8", "LC_ALL": "POSIX"], .english),
            (["LC_ALL": "vi"], .vietnamese),
            (["LANG": "fr_FR.UTF-8"], .english),
        ] as [([String: String], Wording.Language)])
    func theEnvironmentChoosesTheLanguageAsGettextDoes(_ environment: [String: String], _ expected: Wording.Language) {
        #expect(Wording.Language.fromEnvironment { environment[$0] } == expected)
    }

    static let places: [Finding.Place] = [
        .plan, .planHeader, .task("II.1.b"), .target("I.1.b.1"), .assignment, .obligation, .quotedKey("due"),
        .registry, .group("departments"), .unit("so-y-te"), .transfer("so-y-te"), .report, .configuration,
        .setting("duplicate-key"), .ignorePattern,
    ]
    static let kinds: [Finding.ValueKind] = [.null, .boolean, .integer, .number, .string, .list, .mapping]

    /// Schema messages name places and kinds in the reader's language.
    @Test func placesAndKindsHaveBothLanguages() {
        let english = [
            "the", "task", "target", "an", "a", "reporting", "obligation", "unit", "registry", "group",
            "transfer", "of", "report", "configuration", "setting", "ignore", "pattern", "list", "mapping", "string",
            "integer", "number", "boolean", "null",
        ]
        for text in Self.places.map(Wording.vietnamese.place) + Self.kinds.map(Wording.vietnamese.kind) {
            let words = text.lowercased().split { !$0.isLetter }.map(String.init)
            #expect(!words.contains { english.contains($0) }, "\(text)")
            #expect(text.unicodeScalars.elementsEqual(nfc(text).unicodeScalars))
        }
        #expect(Wording.english.place(.task("II.1.a")) == "task II.1.a")
        #expect(Wording.english.kind(.list) == "a list")
        let message = Finding.Message.notAMapping(.place(.report), found: .list)
        #expect(Wording.english.render(message) == "a report must be a mapping, found a list")
        #expect(Wording.vietnamese.render(message) == "báo cáo phải là một ánh xạ (mapping), gặp danh sách")
    }

    @Test func aMessageTheCatalogLacksShowsItsID() {
        #expect(
            Wording.english.render(Finding.Message(.lateReport, "no-such-message")) == "late-report.no-such-message")
    }

    @Test func bracesThatAreNotPlaceholdersStay() {
        let message = Finding.Message.verbatim(.schema, "{not} {0} {9}")
        #expect(message.description == "{not} {0} {9}")
    }
}
