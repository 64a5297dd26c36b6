import DXAudit
import Testing

/// "Did you mean" hints only for what looks like a typo.
@Suite struct SpellingTests {
    @Test func closeMisspellingsGetAHint() {
        #expect(RuleID.hint(for: "late-reprot") == "; did you mean 'late-report'?")
        #expect(RuleID.hint(for: "LATE-REPROT") == "; did you mean 'late-report'?")
        #expect(RuleID.hint(for: "shcema") == "; did you mean 'schema'?")
        #expect(RuleID.hint(for: "unknown_unit") == "; did you mean 'unknown-unit'?")
    }

    @Test func otherWordsGetNone() {
        #expect(RuleID.hint(for: "nope") == "")
        #expect(RuleID.hint(for: "duplicate") == "")
        #expect(RuleID.hint(for: "x") == "")
        #expect(RuleID.hint(for: "") == "")
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
