import DXAudit
import Testing

@Suite struct CitationTests {
    func parse(_ text: String) -> [String] {
        switch CitationParser.parse(text) {
        case .success(let refs): return refs.map(\.citation.canonical)
        case .failure(let error): return ["error@\(error.offset): \(error.message)"]
        }
    }

    @Test func canonicalForms() {
        #expect(parse("II.1.c") == ["II.1.c"])
        #expect(parse("II.1.b.2") == ["II.1.b.2"])
        #expect(parse("II.2.đ") == ["II.2.đ"])
        #expect(parse("II.1.dd") == ["II.1.đ"])
        #expect(parse("I.1.a.1") == ["I.1.a.1"])
        #expect(parse("IV.3.a") == ["IV.3.a"])
        #expect(parse("II.1.a, II.2.h") == ["II.1.a", "II.2.h"])
        #expect(parse("II.1.a; II.2.h") == ["II.1.a", "II.2.h"])
    }

    @Test func documentWording() {
        #expect(parse("điểm c, d, đ, e khoản 1 phần II") == ["II.1.c", "II.1.d", "II.1.đ", "II.1.e"])
        #expect(parse("mục (2) điểm b khoản 1 phần II") == ["II.1.b.2"])
        #expect(parse("điểm c khoản 4, phần II; điểm đ khoản 5 phần II") == ["II.4.c", "II.5.đ"])
        #expect(parse("khoản 3 phần II") == ["II.3"])
        #expect(parse("Điểm A, B Khoản 2 Phần II") == ["II.2.a", "II.2.b"])
        #expect(parse("điểm dd khoản 2 phần II") == ["II.2.đ"])
        #expect(parse("điểm a khoản 1 phần II của Kế hoạch") == ["II.1.a"])
        // NFD-composed text (as some editors save it) reads the same.
        let nfd = "đi\u{0065}\u{0302}\u{0309}m c kho\u{0061}\u{0309}n 4 ph\u{0061}\u{0302}\u{0300}n II"
        #expect(parse(nfd) == ["II.4.c"])
    }

    @Test func upperCaseAndTelexAreFlagged() throws {
        let refs = try CitationParser.parse("điểm I khoản 5 phần II").get()
        #expect(refs.map(\.citation.canonical) == ["II.5.i"])
        #expect(refs[0].upperCaseLetter)
        #expect(refs[0].letterOffset == 5)
        let telex = try CitationParser.parse("II.1.dd").get()
        #expect(telex[0].telexLetter)
    }

    @Test func printsBothWays() {
        let c = citation("mục (2) điểm b khoản 1 phần II")
        #expect(c.canonical == "II.1.b.2")
        #expect(c.vietnamese == "mục (2) điểm b khoản 1 phần II")
        #expect(citation("khoản 3 phần II").vietnamese == "khoản 3 phần II")
        #expect(citation("II.2.đ").vietnamese == "điểm đ khoản 2 phần II")
        for text in ["II.1.b.2", "II.5.i", "II.2.đ", "II.3"] {
            #expect(citation(citation(text).vietnamese) == citation(text))
        }
    }

    @Test func errorsPointInsideTheString() {
        #expect(parse("điểm b khoản phần II") == ["error@13: expected a clause (khoản) number, found 'phần'"])
        #expect(parse("II.1.q2") == ["error@6: unexpected '2' after II.1.q"])
        #expect(parse("II.x") == ["error@3: expected a clause (khoản) number, found 'x'"])
        #expect(parse("").first?.hasPrefix("error@0") == true)
        #expect(parse("II.1.a;").first == "error@7: a reference is missing after ';'")
        #expect(parse("khoản 1 phần II điểm a").first?.hasPrefix("error@16") == true)
        #expect(parse("điểm ab khoản 1 phần II").first == "error@5: 'ab' is not a point letter (a, b, c, d, đ, e …)")
    }

    @Test func ordering() {
        let sorted = ["II.1.đ", "II.1.e", "II.1.d", "II.10", "II.2"].map(citation).sorted().map(\.canonical)
        #expect(sorted == ["II.1.d", "II.1.đ", "II.1.e", "II.2", "II.10"])
        #expect(citation("II.1.b.2").isWithin(citation("II.1")))
        #expect(!citation("II.1").isWithin(citation("II.1.b")))
    }
}
