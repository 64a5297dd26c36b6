import DXAudit
import DXYAML
import Foundation
import Testing

/// `dxaudit extract` on texts other than the seed: the second test plan, NFD input,
/// the gaps it reports, and input it refuses.
@Suite struct ExtractTests {
    static let lamSon = "Tests/Fixtures/extract/45-KH-UBND-lam-son.txt"

    static func text(_ string: String, path: String = "plan.txt") throws -> PlanText {
        try PlanText.read(Array(string.utf8), path: path).get()
    }

    static func drafts(_ text: PlanText) -> (plan: String, units: String) {
        let extracted = Extractor.extract(text)
        return (DraftWriter.plan(extracted, units: "units.yaml", source: "plan.txt"), DraftWriter.units(extracted))
    }

    @Test(arguments: ["seeds/227-KH-UBND.txt", lamSon]) func nfcAndNFDExtractTheSame(_ path: String) throws {
        let original = try String(contentsOfFile: Repo.path(path), encoding: .utf8)
        let decomposed = original.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(original.utf8), "the NFD copy is another byte sequence")
        let fromNFC = Self.drafts(try Self.text(original))
        let fromNFD = Self.drafts(try Self.text(decomposed))
        #expect(fromNFC.plan == fromNFD.plan)
        #expect(fromNFC.units == fromNFD.units)
        #expect(
            fromNFD.plan.unicodeScalars.elementsEqual(fromNFD.plan.precomposedStringWithCanonicalMapping.unicodeScalars)
        )
    }

    /// CRLF or CR line ends and a byte-order mark change nothing, lines included.
    @Test func lineEndsAndAByteOrderMarkReadTheSame() throws {
        let original = try String(contentsOfFile: Repo.path(Self.lamSon), encoding: .utf8)
        let plain = Self.drafts(try Self.text(original))
        for variant in [
            original.replacingOccurrences(of: "\n", with: "\r\n"), original.replacingOccurrences(of: "\n", with: "\r"),
        ] {
            let bytes = SourceText.utf8BOM + Array(variant.utf8)
            let text = try PlanText.read(bytes, path: "plan.txt").get()
            let drafts = Self.drafts(text)
            #expect(drafts.plan == plain.plan)
            #expect(drafts.units == plain.units)
        }
    }

    /// The second plan (a province, items under points, a lost Part IV heading and a lost
    /// item heading): its draft lints clean, and so does it once the guesses are confirmed.
    @Test func theSecondTextExtractsToAPlanThatLintsClean() throws {
        let dir = try TemporaryFolder()
        try dir.write("lam-son.txt", try String(contentsOfFile: Repo.path(Self.lamSon), encoding: .utf8))
        let request = ExtractJob.Request(text: "\(dir.path)/lam-son.txt", output: "\(dir.path)/plans/lam-son.yaml")
        try FileManager.default.createDirectory(atPath: "\(dir.path)/plans", withIntermediateDirectories: true)
        let result = try ExtractJob.run(request)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        let gaps = result.standardError.split(separator: "\n").map(String.init)
        #expect(gaps.count == 2, "\(gaps)")
        #expect(
            gaps.first?.hasSuffix(
                "lam-son.txt:35:1: warning: the heading of Part IV is missing; Part IV is taken to begin here [extract-gap]"
            ) == true)
        #expect(gaps.last?.contains("lam-son.txt:43:1: warning: item 4 of Part IV has lost its heading") == true)
        let plan = try dir.read("plans/lam-son.yaml")
        #expect(plan.contains("II.1.a.2: \"Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.\""))
        #expect(plan.contains("source: \"../lam-son.txt\""))
        #expect(plan.contains("years: [2021, 2025]"))
        #expect(plan.contains("unit: unit-iv-4\n"))
        let draft = Linter.lint(["\(dir.path)/plans"])
        #expect(draft.findings.isEmpty, "\(draft.findings.map(\.diagnostic))")
        // Confirm the guesses: item 4 is Sở Công Thương; every "# guess:" comment goes.
        for name in ["plans/lam-son.yaml", "plans/units.yaml"] {
            let confirmed = try dir.read(name).replacingOccurrences(of: "unit-iv-4", with: "so-cong-thuong")
                .replacingOccurrences(of: "Đơn vị mục 4 phần IV", with: "Sở Công Thương")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { line in line.firstRange(of: "   # ").map { String(line[..<$0.lowerBound]) } ?? String(line) }
            try dir.write(name, confirmed.joined(separator: "\n"))
        }
        #expect(!(try dir.read("plans/units.yaml")).contains("   # guess:"))
        let linted = Linter.lint(["\(dir.path)/plans"])
        #expect(linted.findings.isEmpty, "\(linted.findings.map(\.diagnostic))")
        let load = PlanAudit.load("\(dir.path)/plans/lam-son.yaml")
        let loaded = try #require(load.plan)
        #expect(loaded.tasks.count == 15)
        #expect(loaded.assignments.first { $0.source == citation("IV.4") }?.units.map(\.id) == ["so-cong-thuong"])
        #expect(loaded.obligation("synthesis")?.synthesizes == "unit-annual")
        #expect(loaded.header.coordinator == "so-tttt")
    }

    @Test func gapsInNumberingAndUnreadableCitationsAreFindingsAtTheirLine() throws {
        let text = try Self.text(
            """
            Số: 3/KH-UBND | Ví Dụ, ngày 1 tháng 2 năm 2021 |
            II. NHIỆM VỤ
            1. Hạ tầng số:
            a) Trung tâm dữ liệu:
            (1). Nâng cấp.
            (3). Mở rộng.
            3. Kinh tế số.
            IV. TỔ CHỨC THỰC HIỆN
            1. Sở Thông tin và Truyền thông:
            Chủ trì triển khai nhiệm vụ tại điểm a khoản 1, khoản phần II của Kế hoạch.
            3. Sở Y tế:
            Chủ trì triển khai nhiệm vụ tại khoản 3 phần II.
            """)
        let findings = Extractor.extract(text).findings
        let lines = findings.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(lines.contains("6:1 II.1.a.3 follows II.1.a.1: the numbering has a gap"), "\(lines)")
        #expect(lines.contains("7:1 II.3 follows II.1: the numbering has a gap"), "\(lines)")
        #expect(lines.contains("11:1 IV.3 follows IV.1: the numbering has a gap"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("10:") && $0.contains("cannot be read") }, "\(lines)")
        #expect(findings.allSatisfy { $0.rule == .extractGap && $0.severity == .warning })
    }

    @Test func itemsUnderAPointAndAGroupAsSubject() throws {
        let text = try Self.text(try String(contentsOfFile: Repo.path(Self.lamSon), encoding: .utf8))
        let extracted = Extractor.extract(text)
        #expect(extracted.task(citation("II.1.b.2"))?.text == "Mở rộng mạng truyền số liệu chuyên dùng đến cấp xã.")
        #expect(extracted.task(citation("II.3"))?.note == "Ưu tiên các lĩnh vực có thế mạnh của tỉnh:")
        #expect(extracted.task(citation("II.3.b"))?.details.count == 2)
        #expect(extracted.task(citation("II.3.b"))?.detailLines == [28, 29])
        let groups = extracted.units.filter(\.isGroup).map(\.id)
        #expect(groups == ["so-ban-nganh", "districts"])
        #expect(extracted.units.first { $0.id == "ubnd" }?.name == "Ủy ban nhân dân tỉnh Lam Sơn")
        #expect(extracted.deadlines.map(\.id) == ["synthesis", "unit-annual"])
        #expect(extracted.deadlines.map(\.phrase) == ["trước ngày 15 tháng 12", "trước ngày 05 tháng 12"])
    }

    /// What lint reads of a source for drift is the same tree as extract's, without Part IV.
    @Test func readingOnlyTheTasksGivesTheSameTree() throws {
        let text = try Self.text(try String(contentsOfFile: Repo.path("seeds/227-KH-UBND.txt"), encoding: .utf8))
        let whole = Extractor.extract(text)
        let tasks = Extractor.extract(text, reach: .tasks)
        #expect(tasks.tasks.map(\.citation) == whole.tasks.map(\.citation))
        #expect(tasks.tasks.map(\.text) == whole.tasks.map(\.text))
        #expect(tasks.tasks.map(\.details) == whole.tasks.map(\.details))
        #expect(tasks.assignments.isEmpty && !whole.assignments.isEmpty)
    }

    @Test func idsAreMadeFromNames() {
        #expect(UnitIDs.make("Sở Thông tin và Truyền thông") == "so-tttt")
        #expect(UnitIDs.make("Sở Y tế") == "so-y-te")
        #expect(UnitIDs.make("Sở Tài Nguyên và Môi trường") == "so-tnmt")
        #expect(UnitIDs.make("Sở Lao động - Thương binh và Xã hội") == "so-ldtbxh")
        #expect(UnitIDs.make("Văn phòng Ủy ban nhân dân tỉnh") == "vp-ubnd")
        #expect(UnitIDs.make("Ủy ban nhân dân thành phố Hải Phòng") == "ubnd")
    }

    // MARK: Bad input

    /// Whatever the text, the drafts are YAML that the YAML layer reads: quotes,
    /// backslashes, line separators and headings of punctuation included, and the
    /// seed's lines in another order.
    @Test func theDraftsAreAlwaysYAML() throws {
        let seed = try String(contentsOfFile: Repo.path("seeds/227-KH-UBND.txt"), encoding: .utf8)
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let texts = [
            lines.reversed().joined(separator: "\n"),
            stride(from: 0, to: lines.count, by: 2).map { lines[$0] }.joined(separator: "\n"),
            """
            II. NHIỆM VỤ
            1. "Trích" \\ dẫn \u{2028} lạ:
            a) Điểm: # không phải chú thích
            (1). - [danh sách] {ánh xạ}: 'nháy'
            1. ---:
            a) Chủ trì điểm a khoản 1 phần II.
            2. Sở "Mới"
            - Chủ trì, phối hợp với Sở A triển khai điểm a khoản 1 phần II trước ngày 31 tháng 2.
            """,
        ]
        for text in texts {
            let drafts = Self.drafts(try Self.text(text))
            #expect(throws: Never.self) { _ = try YAML.compose(drafts.plan) }
            #expect(throws: Never.self) { _ = try YAML.compose(drafts.units) }
        }
    }

    static func refusal(_ request: ExtractJob.Request) -> Problem? {
        do {
            _ = try ExtractJob.run(request)
            return nil
        } catch {
            return error.problem
        }
    }

    @Test func badInputIsRefusedWithItsPlace() throws {
        let dir = try TemporaryFolder()
        #expect(Self.refusal(.init(text: "\(dir.path)/none.txt")) == .noSuchFile("\(dir.path)/none.txt"))
        var bytes = Array("Số: 1/KH-UBND\nII. NHIỆM ".utf8)
        bytes += [0xC3, 0x28]
        try Data(bytes).write(to: URL(fileURLWithPath: "\(dir.path)/latin.txt"))
        #expect(
            Self.refusal(.init(text: "\(dir.path)/latin.txt"))
                == .textNotUTF8("\(dir.path)/latin.txt", line: 2, column: 11))
        try dir.write("empty.txt", "\n  \n")
        #expect(Self.refusal(.init(text: "\(dir.path)/empty.txt")) == .textEmpty("\(dir.path)/empty.txt"))
        try dir.write("letter.txt", "Kính gửi: Sở Y tế\nĐề nghị báo cáo.\n")
        #expect(Self.refusal(.init(text: "\(dir.path)/letter.txt")) == .noPartII("\(dir.path)/letter.txt"))
        #expect(Self.refusal(.init(text: dir.path)) == .unreadableText(dir.path, .directory))
        let english = Problem.textNotUTF8("t.txt", line: 2, column: 11).text(in: .english)
        #expect(english == "t.txt:2:11: the text is not UTF-8; convert it to UTF-8 and run again")
    }

    @Test func existingFilesAreKeptUnlessForced() throws {
        let dir = try TemporaryFolder()
        try dir.write("plan.txt", try String(contentsOfFile: Repo.path(Self.lamSon), encoding: .utf8))
        try dir.write("plans/lam-son.yaml", "keep me\n")
        let request = ExtractJob.Request(text: "\(dir.path)/plan.txt", output: "\(dir.path)/plans/lam-son.yaml")
        #expect(Self.refusal(request) == .templateExists("\(dir.path)/plans/lam-son.yaml"))
        #expect(try dir.read("plans/lam-son.yaml") == "keep me\n")
        try dir.write("plans/units.yaml", "units: {}\n")
        var other = request
        other.output = "\(dir.path)/plans/other.yaml"
        #expect(Self.refusal(other) == .unitsDraftExists("\(dir.path)/plans/units.yaml"))
        #expect(!FileManager.default.fileExists(atPath: "\(dir.path)/plans/other.yaml"))
        var forced = request
        forced.force = true
        #expect(Self.refusal(forced) == nil)
        #expect(try dir.read("plans/lam-son.yaml").hasPrefix("# Draft of Kế hoạch 45/KH-UBND"))
        #expect(try dir.read("plans/units.yaml").contains("so-nnptnt:"))
    }

    /// With `--units`, a unit the registry does not have is named at its line.
    @Test func unitsTheRegistryLacksAreFindings() throws {
        let result = try ExtractJob.run(.init(text: Repo.path(Self.lamSon), units: Repo.path("plans/units.yaml")))
        #expect(
            result.standardError.contains(
                "45-KH-UBND-lam-son.txt:2:1: warning: 'Ủy ban nhân dân tỉnh Lam Sơn' is not in the registry; the draft calls it ubnd [extract-gap]"
            ))
        #expect(
            result.standardError.contains(
                "45-KH-UBND-lam-son.txt:41:1: warning: 'Văn phòng Ủy ban nhân dân tỉnh' is not in the registry"))
        #expect(!result.standardOutput.contains("\n---\n"), "no units draft with --units")
        #expect(
            result.standardOutput.contains("units: \"plans/units.yaml\"")
                || result.standardOutput.contains("units.yaml\""))
    }

    /// Without -o, the plan and the units draft go to standard output as two documents.
    @Test func standardOutputHoldsBothDrafts() throws {
        let result = try ExtractJob.run(.init(text: Repo.path(Self.lamSon)))
        let documents = result.standardOutput.components(separatedBy: "\n---\n")
        #expect(documents.count == 2)
        #expect(documents[0].hasPrefix("# Draft of Kế hoạch 45/KH-UBND"))
        #expect(documents[1].hasPrefix("# Units named by the text"))
    }
}
