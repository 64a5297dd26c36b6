import Foundation
import Testing

/// `dxaudit extract` as a user runs it: a text in, a draft that `lint` accepts out.
@Suite struct ExtractCommandTests {
    /// A new folder holding the second test plan's text under `name`.
    static func folder(withText name: String) throws -> String {
        let dir = NSTemporaryDirectory() + "dxaudit-extract-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: "\(DXAudit.repo)/Tests/Fixtures/extract/45-KH-UBND-lam-son.txt", toPath: "\(dir)/\(name)")
        return dir
    }

    @Test func theThreeCommandsOfTheReadme() throws {
        // No plans/ folder yet: extract makes it.
        let dir = try Self.folder(withText: "lam-son.txt")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let made = try DXAudit.run(["extract", "lam-son.txt", "-o", "plans/lam-son.yaml"], in: dir)
        #expect(made.status == 0)
        #expect(made.stdout.isEmpty)
        #expect(
            made.stderr == """
                lam-son.txt:35:1: warning: the heading of Part IV is missing; Part IV is taken to begin here [extract-gap]
                lam-son.txt:43:1: warning: item 4 of Part IV has lost its heading; its unit is taken to be Đơn vị mục 4 phần IV (unit-iv-4) [extract-gap]

                """)
        let lint = try DXAudit.run(["lint", "plans"], in: dir)
        #expect(lint.status == 0)
        #expect(lint.stdout == "no problems in 2 files\n")
        let again = try DXAudit.run(["extract", "lam-son.txt", "-o", "plans/lam-son.yaml"], in: dir)
        #expect(again.status == 2)
        #expect(again.stderr == "dxaudit: plans/lam-son.yaml exists; not overwritten (use --force)\n")
        let vietnamese = try DXAudit.run(["extract", "lam-son.txt", "--lang", "vi"], in: dir)
        #expect(vietnamese.status == 0)
        #expect(vietnamese.stderr.contains("lam-son.txt:43:1: cảnh báo: mục 4 phần IV bị mất tiêu đề"))
        #expect(vietnamese.stdout.hasPrefix("# Draft of Kế hoạch 45/KH-UBND"))
    }

    /// `-o FILE` without a folder: the units draft goes beside it, in the working directory.
    @Test func anOutputWithoutAFolderKeepsTheUnitsBesideIt() throws {
        let dir = try Self.folder(withText: "plan.txt")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let made = try DXAudit.run(["extract", "plan.txt", "-o", "lam-son.yaml"], in: dir)
        #expect(made.status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
                "lam-son.yaml", "plan.txt", "units.yaml",
            ])
        let lint = try DXAudit.run(["lint", "lam-son.yaml"], in: dir)
        #expect(lint.status == 0)
        #expect(lint.stdout == "no problems in 1 file\n")
    }

    @Test func aTextThatIsNotUTF8ExitsTwo() throws {
        let dir = NSTemporaryDirectory() + "dxaudit-extract-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data([0x49, 0x49, 0x2E, 0x20, 0x4E, 0x48, 0x49, 0xC6, 0x4D, 0x0A]).write(
            to: URL(fileURLWithPath: "\(dir)/cp1258.txt"))
        let run = try DXAudit.run(["extract", "cp1258.txt"], in: dir)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "dxaudit: cp1258.txt:1:8: the text is not UTF-8; convert it to UTF-8 and run again\n")
        let missing = try DXAudit.run(["extract", "none.txt"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr == "dxaudit: none.txt: no such file\n")
    }
}
