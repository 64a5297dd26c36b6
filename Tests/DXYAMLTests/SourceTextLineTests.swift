import DXYAML
import Testing

/// The line rule every part of dxaudit counts by: CR, LF and CRLF each end one
/// line, as libyaml counts them.
@Suite struct SourceTextLineTests {
    static func lines(_ text: SourceText) -> [String] {
        (1...text.lineCount).map { text.line($0)! }
    }

    @Test func lineFeeds() {
        let text = SourceText("a: 1\nb: 2\n")
        #expect(Self.lines(text) == ["a: 1", "b: 2", ""])
        #expect(text.line(0) == nil)
        #expect(text.line(4) == nil)
    }

    @Test func crlfIsOneBreak() {
        #expect(Self.lines(SourceText("a\r\nb\r\n\r\nd")) == ["a", "b", "", "d"])
    }

    @Test func carriageReturnsAlone() {
        #expect(Self.lines(SourceText("a\rb\r\rd\r")) == ["a", "b", "", "d", ""])
    }

    @Test func mixedBreaks() {
        // LF CR is two breaks; CR LF is one.
        #expect(Self.lines(SourceText("a\n\rb\r\nc\rd\ne")) == ["a", "", "b", "c", "d", "e"])
    }

    @Test func byteOrderMarkIsNotText() {
        let text = SourceText(SourceText.utf8BOM + Array("ă: 1\r\nb".utf8))
        #expect(text.hasByteOrderMark)
        #expect(Self.lines(text) == ["ă: 1", "b"])
        #expect(Array(text.content) == Array("ă: 1\r\nb".utf8))
        #expect(!SourceText("a").hasByteOrderMark)
    }

    @Test func noTrailingBreak() {
        let text = SourceText("one\ntwo")
        #expect(text.lineCount == 2)
        #expect(text.line(2) == "two")
    }

    @Test func emptyFileHasOneEmptyLine() {
        let text = SourceText([UInt8]())
        #expect(text.lineCount == 1)
        #expect(text.line(1) == "")
        #expect(text.line(2) == nil)
        #expect(SourceText(SourceText.utf8BOM).line(1) == "")
    }

    @Test func severalLinesAtOnce() {
        let text = SourceText("a\rb\nc")
        #expect(text.lines([1, 3, 7]) == [1: "a", 3: "c"])
    }

    @Test func offsetsToMarks() {
        let text = SourceText(SourceText.utf8BOM + Array("ab\r\nđc\rx".utf8))
        #expect(text.mark(ofOffset: 3) == Mark(line: 1, column: 1))
        #expect(text.mark(ofOffset: 5) == Mark(line: 1, column: 3))
        // "đ" is two bytes and one column.
        #expect(text.mark(ofOffset: 7) == Mark(line: 2, column: 1))
        #expect(text.mark(ofOffset: 9) == Mark(line: 2, column: 2))
        #expect(text.mark(ofOffset: 11) == Mark(line: 3, column: 1))
    }

    /// libyaml's marks and the index agree on every kind of break.
    @Test(arguments: ["\n", "\r\n", "\r"]) func marksNameTheIndexedLine(_ newline: String) throws {
        let source = ["a: 1", "b: 2", "c: [3"].joined(separator: newline) + newline
        let error = try #require(throws: YAMLError.self) { try YAML.compose(source) }
        let text = SourceText(source)
        #expect(error.sourceLine == text.line(error.mark.line))
        let bad = try #require(throws: YAMLError.self) {
            try YAML.compose(Array("a: 1\(newline)b: \u{0}".utf8))
        }
        #expect(bad.mark == Mark(line: 2, column: 4))
        #expect(bad.sourceLine == "b: \u{0}")
    }
}
