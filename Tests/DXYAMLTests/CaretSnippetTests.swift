import DXYAML
import Testing

/// The source line under a syntax error reaches the terminal: no control
/// character of the file may, and the caret must still stand under its column.
@Suite struct CaretSnippetTests {
    @Test func controlCharactersBecomeReplacementCharactersOneForOne() throws {
        let snippet = try #require(YAMLError.caretSnippet(line: "a\u{0}b\u{1B}[2J\u{85}\u{2028}c: d", column: 9))
        #expect(snippet == "  a\u{FFFD}b\u{FFFD}[2J\u{FFFD}\u{FFFD}c: d\n          ^")
        #expect(!snippet.unicodeScalars.contains { $0.value == 0 || $0.value == 0x1B })
    }

    @Test func tabsAreKeptSoTheCaretLinesUp() throws {
        let snippet = try #require(YAMLError.caretSnippet(line: "\tkey:\u{7}x", column: 7))
        #expect(snippet == "  \tkey:\u{FFFD}x\n  \t     ^")
    }
}
