import DXAudit
import DXYAML
import Testing

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

    @Test func aMessageTheCatalogLacksShowsItsID() {
        #expect(Wording.english.render(Finding.Message(.lateReport, "no-such-message")) == "late-report.no-such-message")
    }

    @Test func bracesThatAreNotPlaceholdersStay() {
        let message = Finding.Message.verbatim(.schema, "{not} {0} {9}")
        #expect(message.description == "{not} {0} {9}")
    }
}
