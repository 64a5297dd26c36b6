import DXAudit
import Testing

/// "Did you mean" hints only for what looks like a typo.
@Suite struct SpellingTests {
    @Test func closeMisspellingsGetAHint() {
        #expect(
            Wording.english.format(.didYouMean(RuleID.closest(to: "late-reprot"))) == "; did you mean 'late-report'?")
        #expect(
            Wording.english.format(.didYouMean(RuleID.closest(to: "LATE-REPROT"))) == "; did you mean 'late-report'?")
        #expect(Wording.english.format(.didYouMean(RuleID.closest(to: "shcema"))) == "; did you mean 'schema'?")
        #expect(
            Wording.english.format(.didYouMean(RuleID.closest(to: "unknown_unit"))) == "; did you mean 'unknown-unit'?")
    }

    @Test func otherWordsGetNone() {
        #expect(Wording.english.format(.didYouMean(RuleID.closest(to: "nope"))) == "")
        #expect(Wording.english.format(.didYouMean(RuleID.closest(to: "duplicate"))) == "")
        #expect(Wording.english.format(.didYouMean(RuleID.closest(to: "x"))) == "")
        #expect(Wording.english.format(.didYouMean(RuleID.closest(to: ""))) == "")
    }

    @Test func theLimitGrowsWithTheWordUpToThree() {
        #expect(Spelling.distance("kitten", "sitting") == 3)
        #expect(Spelling.closest(to: "abc", among: ["abd"]) == "abd")
        #expect(Spelling.closest(to: "abc", among: ["axy"]) == nil)
        #expect(Spelling.closest(to: "abcdef", among: ["abcxyf"]) == "abcxyf")
        #expect(Spelling.closest(to: "abcdefghijklmnop", among: ["abcdefghijklmxyz"]) == "abcdefghijklmxyz")
        #expect(Spelling.closest(to: "abcdefghijklmnop", among: ["abcdefghijklwxyz"]) == nil)
    }

    @Test func aClearNearMissGetsAHint() {
        #expect(Spelling.closest(to: "abcd", among: ["abce", "axyz"], within: 2) == "abce")
        #expect(Spelling.closest(to: "abcd", among: ["abce", "abce"], within: 2) == "abce")
        #expect(Self.registry.suggestion(for: "so-y-tee") == "so-y-te")
    }

    @Test func anAmbiguousNearMissGetsNone() {
        #expect(Spelling.closest(to: "abcd", among: ["abce", "abcf"], within: 2) == nil)
        #expect(Spelling.closest(to: "abcdef", among: ["abcdxf", "abcdey"]) == nil)
        // Two edits from both so-tttt and so-khcn: no guess between them.
        #expect(Self.registry.suggestion(for: "so-khtt") == nil)
    }

    @Test func farMissesGetNoneHoweverLongTheId() {
        #expect(Self.registry.suggestion(for: "so-thong-tin-va-truyen-thong") == nil)
        #expect(Spelling.closest(to: "abcdefghijklmnopqrstuvwx", among: ["abcdefghijklmnopqrstwxyz"], within: 3) == nil)
    }

    static let registry = PlanLoader.load(Repo.path("Tests/Fixtures/lint/base/plan.yaml")).plan!.registry
}
