import DXYAML
import Testing

@Suite struct ComposerTests {
    func compose(_ text: String, limits: Limits = .default) throws -> [Node] {
        try YAML.compose(text, limits: limits)
    }

    func error(_ text: String, limits: Limits = .default) -> YAMLError? {
        do {
            _ = try YAML.compose(text, limits: limits)
            return nil
        } catch let error as YAMLError {
            return error
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    func error(bytes: [UInt8], limits: Limits = .default) -> YAMLError? {
        do {
            _ = try YAML.compose(bytes, limits: limits)
            return nil
        } catch let error as YAMLError {
            return error
        } catch {
            return nil
        }
    }

    @Test func marksOnNestedNodes() throws {
        let doc = try #require(compose("plan:\n  tasks:\n    II.1.a:\n      - first\n      - \"second\"\n").first)
        #expect(doc.mark == Mark(line: 1, column: 1))
        let tasks = try #require(doc["plan"]?["tasks"])
        #expect(tasks.mark == Mark(line: 3, column: 5))
        let list = try #require(tasks["II.1.a"]?.sequence)
        #expect(list.map(\.mark) == [Mark(line: 4, column: 9), Mark(line: 5, column: 9)])
        #expect(list[1].scalar == .init("second", style: .doubleQuoted))
        let key = try #require(tasks.mapping?.first?.key)
        #expect(key.mark == Mark(line: 3, column: 5))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let doc = try #require(compose("tên: Sở Y tế\nđơn_vị: [a, b]\n").first)
        let list = try #require(doc["đơn_vị"]?.sequence)
        #expect(list[0].mark == Mark(line: 2, column: 10))
    }

    @Test func multipleDocuments() throws {
        let docs = try compose("a: 1\n---\nb: 2\n...\n--- c\n")
        #expect(docs.count == 3)
        #expect(docs[2].scalar?.value == "c")
        #expect(docs[2].mark.line == 5)
        #expect(try compose("").isEmpty)
        #expect(try compose("# only a comment\n").isEmpty)
    }

    @Test func anchorsAndAliasesAreResolved() throws {
        let doc = try #require(compose("base: &b {x: 1}\ncopy: *b\n").first)
        #expect(try doc["copy"]?["x"]?.integer() == 1)
        #expect(doc["copy"]?.mark == Mark(line: 2, column: 7))
    }

    @Test func unknownAliasIsLocated() throws {
        let e = try #require(error("a: *nowhere\n"))
        #expect(e.mark == Mark(line: 1, column: 4))
        #expect(e.problem.contains("unknown alias"))
    }

    @Test func billionLaughsFailsFast() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        let clock = ContinuousClock()
        var e: YAMLError?
        let elapsed = clock.measure { e = error(text) }
        let found = try #require(e)
        #expect(found.kind == .limit)
        #expect(found.problem.contains("billion laughs"))
        #expect(found.mark.line > 1)
        #expect(elapsed < .seconds(1))
    }

    @Test func depthLimit() throws {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        let e = try #require(error(deep))
        #expect(e.kind == .limit)
        #expect(e.problem == "nesting is deeper than 256 levels")
        #expect(e.mark == Mark(line: 1, column: 257))
        #expect(try compose(String(repeating: "[", count: 200) + String(repeating: "]", count: 200)).count == 1)
    }

    @Test func nodeCountLimit() throws {
        let text = "[" + Array(repeating: "1", count: 50).joined(separator: ",") + "]"
        let e = try #require(error(text, limits: Limits(maxNodes: 20)))
        #expect(e.kind == .limit)
        #expect(e.problem == "file has more than 20 nodes")
    }

    @Test func fileSizeLimit() throws {
        let e = try #require(error(String(repeating: "a", count: 100), limits: Limits(maxFileSize: 64)))
        #expect(e.kind == .limit)
        #expect(e.problem == "file is 100 bytes, over the limit of 64 bytes")
        #expect(e.mark == .start)
    }

    @Test func duplicateKeysNameBothLines() throws {
        let e = try #require(error("unit: so-y-te\nyear: 2024\nunit: so-tttt\n"))
        #expect(e.kind == .duplicateKey)
        #expect(e.mark == Mark(line: 3, column: 1))
        #expect(e.problem == "duplicate key 'unit' (first defined at line 1, column 1)")
    }

    @Test func duplicateKeysInLargeMappings() throws {
        var text = ""
        for i in 0..<100 { text += "k\(i): \(i)\n" }
        text += "k42: again\n"
        let e = try #require(error(text))
        #expect(e.problem == "duplicate key 'k42' (first defined at line 43, column 1)")
        #expect(e.mark.line == 101)
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb:\r\n  - x\r\n".utf8)
        let doc = try #require(YAML.compose(bytes).first)
        #expect(try doc["a"]?.integer() == 1)
        #expect(doc["b"]?.sequence?.first?.mark == Mark(line: 3, column: 5))
        #expect(doc["b"]?.sequence?.first?.scalar?.value == "x")
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes = Array("a: 1\nb: xy".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let e = try #require(error(bytes: bytes))
        #expect(e.kind == .encoding)
        #expect(e.mark == Mark(line: 2, column: 6))
        #expect(e.problem.contains("invalid UTF-8 byte 0xC3"))
    }

    @Test func nulAndUTF16AreRefused() throws {
        let nul = try #require(error(bytes: Array("a: 1\nb: \u{0}\n".utf8)))
        #expect(nul.kind == .encoding)
        #expect(nul.mark == Mark(line: 2, column: 4))
        let utf16: [UInt8] = [0xFF, 0xFE] + Array("a: 1\n".utf8).flatMap { [$0, UInt8(0)] }
        let e = try #require(error(bytes: utf16))
        #expect(e.kind == .encoding)
        #expect(e.problem.contains("UTF-16"))
        let noBOM = Array("a: 1\n".utf8).flatMap { [$0, UInt8(0)] }
        #expect(try #require(error(bytes: noBOM)).problem.contains("UTF-16"))
    }

    @Test func tabsGetAHint() throws {
        let e = try #require(error("a:\n\t- b\n"))
        #expect(e.kind == .syntax)
        #expect(e.problem.contains("tab"))
        #expect(e.mark.line == 2)
    }

    @Test func syntaxErrorText() throws {
        let e = try #require(error("plan:\n  number: 227\n  title: [a, b\n"))
        #expect(e.kind == .syntax)
        #expect(e.mark.line == 4)
        let text = YAMLError(
            .syntax, "did not find expected ',' or ']'", at: Mark(line: 3, column: 16),
            context: "while parsing a flow sequence", contextMark: Mark(line: 3, column: 10),
            sourceLine: "  title: [a, b c: d"
        ).rendered(path: "plans/x.yaml")
        #expect(
            text == "plans/x.yaml:3:16: error: did not find expected ',' or ']' "
                + "(while parsing a flow sequence started at 3:10)\n"
                + "    title: [a, b c: d\n"
                + "  " + String(repeating: " ", count: 15) + "^")
        let m = try #require(error("a: b: c\n"))
        #expect(m.sourceLine == "a: b: c")
        #expect(m.rendered(path: "f.yaml").hasPrefix("f.yaml:1:5: error: mapping values are not allowed"))
    }

    /// The composer's and the encoding check's problems are data too.
    @Test func composeProblemsAreTyped() throws {
        let tab = try #require(error("a:\n\t- b\n"))
        guard case .libyaml(let text, atTab: true) = tab.reason else {
            Issue.record("not libyaml's at a tab: \(tab.reason)")
            return
        }
        #expect(tab.problem.hasPrefix(text))
        #expect(try #require(error("a: *x\n")).reason == .unknownAlias("x"))
        #expect(
            try #require(error("unit: a\nunit: b\n")).reason
                == .duplicateKey("unit", first: Mark(line: 1, column: 1)))
        #expect(try #require(error(bytes: [0xFF, 0xFE, 0x61, 0])).reason == .utf16)
        #expect(try #require(error(bytes: Array("a: \u{0}\n".utf8))).reason == .nulByte(looksUTF16: false))
        #expect(try #require(error(bytes: [0x61, 0x3A, 0x20, 0xC3, 0x0A])).reason == .invalidUTF8(0xC3))
    }
}

@Suite struct TypedAccessTests {
    func node(_ text: String) throws -> Node {
        try #require(YAML.compose("v: \(text)\n").first?["v"])
    }

    @Test func coreSchema() throws {
        #expect(try node("no").resolved == .string("no"))
        #expect(try node("on").resolved == .string("on"))
        #expect(try node("yes").resolved == .string("yes"))
        #expect(try node("true").resolved == .bool(true))
        #expect(try node("~").resolved == .null)
        #expect(try node("").resolved == .null)
        #expect(try node("0x1F").resolved == .int(31))
        #expect(try node("0o17").resolved == .int(15))
        #expect(try node("1.5e3").resolved == .float(1500))
        #expect(try node("'70'").resolved == .string("70"))
        #expect(try node("!!str 70").resolved == .string("70"))
    }

    @Test func typedReads() throws {
        #expect(try node("70").integer() == 70)
        #expect(try node("76.5").number() == 76.5)
        #expect(try node("no").string() == "no")
        #expect(throws: YAMLError.self) { try node("'70'").integer() }
        #expect(throws: YAMLError.self) { try node("").string() }
        #expect(throws: YAMLError.self) { try node("[1]").string() }
    }

    @Test func yaml11Surprises() throws {
        let octal = try #require(throws: YAMLError.self) { try node("010").integer() }
        #expect(octal.problem == "'010' is ambiguous (octal in YAML 1.1, decimal in YAML 1.2); write 10")
        let yes = try #require(throws: YAMLError.self) { try node("yes").boolean() }
        #expect(yes.problem == "'yes' is a string in YAML 1.2, not a boolean; write true or false")
        #expect(yes.mark == Mark(line: 1, column: 4))
    }

    @Test func dates() throws {
        #expect(try node("2024-11-28").date() == CivilDate(year: 2024, month: 11, day: 28))
        #expect(try node("2024-02-29").date() == CivilDate(year: 2024, month: 2, day: 29))
        let bad = try #require(throws: YAMLError.self) { try node("2024-02-30").date() }
        #expect(bad.problem == "'2024-02-30' is not a real date: February 2024 has 29 days")
        #expect(bad.mark == Mark(line: 1, column: 4))
        let month = try #require(throws: YAMLError.self) { try node("2023-13-01").date() }
        #expect(month.problem == "'2023-13-01' is not a real date: there is no month 13")
        #expect(throws: YAMLError.self) { try node("28/11/2024").date() }
        #expect(throws: YAMLError.self) { try node("2025-02-29").date() }
    }

    /// Problems are data, so that readers above can word them in their own language.
    @Test func problemsAreTyped() throws {
        let yes = try #require(throws: YAMLError.self) { try node("yes").boolean() }
        #expect(yes.reason == .yamlOneOneBoolean("yes"))
        let list = try #require(throws: YAMLError.self) { try node("[1]").string() }
        #expect(list.reason == .expected(.string, found: .list))
        let progress = try #require(throws: YAMLError.self) { try node("yes").number() }
        #expect(progress.reason == .expected(.number, found: .string("yes")))
        let date = try #require(throws: YAMLError.self) { try node("2024-02-30").date() }
        #expect(date.reason == .impossibleDate("2024-02-30", .pastMonthEnd(month: 2, year: 2024)))
        let notADate = try #require(throws: YAMLError.self) { try node("28/11/2024").date() }
        #expect(notADate.reason == .expected(.date, found: .text("28/11/2024")))
        let octal = try #require(throws: YAMLError.self) { try node("010").integer() }
        #expect(octal.reason == .ambiguousLeadingZero("010", decimal: 10))
    }

    @Test func calendarArithmetic() throws {
        let d = try #require(CivilDate(year: 2024, month: 11, day: 30))
        #expect(d.weekday == 6)  // Saturday
        #expect(d.adding(days: 2).description == "2024-12-02")
        #expect(CivilDate(dayNumber: 0).description == "1970-01-01")
        #expect(try #require(CivilDate(year: 2000, month: 3, day: 1)).adding(days: -1).description == "2000-02-29")
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
    }
}
