import DXAudit
import Testing

@Suite struct SourceFileTests {
    static let file = SourceFile(path: "x.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\n\nfour\nfive".utf8))

    @Test func oneLine() {
        #expect(Self.file.line(1) == "one")
        #expect(Self.file.line(2) == "two")
        #expect(Self.file.line(5) == "five")
        #expect(Self.file.line(6) == nil)
    }

    @Test func severalLinesInOnePass() {
        let lines = Self.file.lines([1, 3, 4, 5, 9])
        #expect(lines == [1: "one", 3: "", 4: "four", 5: "five"])
        for n in 1...5 { #expect(Self.file.lines([n])[n] == Self.file.line(n)) }
    }
}
