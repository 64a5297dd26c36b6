import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Malformed and hostile files in a reports folder, through the built binary: each
/// is a located finding, the good report next to them is still checked, nothing
/// hangs or crashes, and no input file is touched.
@Suite struct HostileInputTests {
    static let good = """
        unit: so-y-te
        year: 2024
        obligation: unit-annual
        submitted: 2024-11-28
        tasks:
          II.1.a: {status: on-track, progress: 80, note: Chuyên mục “Chuyển đổi số” trên trang thông tin của Sở}
          II.1.b.1: {status: done, progress: 100, note: Rà soát 12 văn bản chuyên ngành}
          II.2.h: {status: on-track, progress: 75, note: 84% hồ sơ xử lý trên môi trường mạng}
          II.5.a: {status: on-track, progress: 70, note: Khám chữa bệnh từ xa tại 14/18 bệnh viện}

        """

    /// Writes the hostile folder; returns its path and the files expected to be reported.
    static func makeFolder() throws -> (root: String, expected: [String: String]) {
        let root = NSTemporaryDirectory() + "dxaudit-hostile-\(UUID().uuidString)"
        let year = "\(root)/2024"
        try FileManager.default.createDirectory(atPath: year, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: "\(year)/\(name)"))
        }
        try write("so-y-te.yaml", Array(good.utf8))

        var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            laughs += "a\(i): &a\(i) [\(Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", "))]\n"
        }
        try write("laughs.yaml", Array(laughs.utf8))
        try write("deep.yaml", Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8))
        var big = Array("unit: so-y-te\nnote: \"".utf8)
        big += Array(repeating: UInt8(ascii: "x"), count: 17 * 1024 * 1024)
        big += Array("\"\n".utf8)
        try write("big.yaml", big)
        try write("latin1.yaml", Array("unit: so-y-te\nnote: Kh".utf8) + [0xE1, 0x6D] + Array("\n".utf8))
        try write("nul.yaml", Array("unit: so-y-te\nyear: 20".utf8) + [0] + Array("24\n".utf8))
        try write("utf16.yaml", [0xFF, 0xFE] + Array("unit: so-y-te\n".utf8).flatMap { [$0, UInt8(0)] })
        try write("list.yaml", Array("- unit: so-y-te\n- year: 2024\n".utf8))
        try FileManager.default.createDirectory(atPath: "\(year)/x.yaml", withIntermediateDirectories: true)
        guard mkfifo("\(year)/fifo.yaml", 0o644) == 0 else { throw POSIXError(.EIO) }
        guard symlink("loop.yaml", "\(year)/loop.yaml") == 0 else { throw POSIXError(.EIO) }
        let expected = [
            "laughs.yaml": "billion laughs",
            "deep.yaml": "nesting is deeper than 256 levels",
            "big.yaml": "over the limit of 16777216 bytes",
            "latin1.yaml": "invalid UTF-8 byte 0xE1",
            "nul.yaml": "NUL byte",
            "utf16.yaml": "UTF-16",
            "list.yaml": "a report must be a mapping, found a list",
            "x.yaml": "is a directory",
            "fifo.yaml": "is a FIFO",
            "loop.yaml": "symbolic links",
        ]
        return (root, expected)
    }

    @Test func everyHostileFileIsALocatedFinding() throws {
        let (root, expected) = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = try FileManager.default.contentsOfDirectory(atPath: "\(root)/2024").sorted()
        let run = try DXAudit.run(
            ["check", "\(root)/2024", "--plan", "\(DXAudit.repo)/plans", "--as-of", "2024-12-15"], timeout: 30)
        #expect(run.status == 1)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        for (file, text) in expected {
            let line = lines.first { $0.hasPrefix("\(root)/2024/\(file):") }
            #expect(line != nil, "\(file) is not reported")
            #expect(line?.contains(text) == true, "\(file): \(line ?? "")")
            // path:line:col: severity: …
            #expect((line?.contains(/^[^:]+:\d+:\d+:\serror:\s/) ?? false), "\(line ?? "")")
        }
        // The good report next to them was read and judged: so-y-te is not missing.
        #expect(!run.stdout.contains("Sở Y tế (so-y-te) has not sent"))
        #expect(!lines.contains { $0.hasPrefix("\(root)/2024/so-y-te.yaml:") })
        // Nothing was created, removed or changed.
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/2024").sorted() == before)
        #expect(try String(contentsOfFile: "\(root)/2024/so-y-te.yaml", encoding: .utf8) == Self.good)
    }

    @Test func hostilePlanFilesExitTwoWithALocation() throws {
        let (root, _) = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["laughs.yaml", "deep.yaml", "big.yaml", "latin1.yaml", "nul.yaml", "utf16.yaml", "list.yaml"] {
            let run = try DXAudit.run(
                ["check", "\(DXAudit.repo)/reports/2024", "--plan", "\(root)/2024/\(name)"], timeout: 30)
            #expect(run.status == 2, "\(name): \(run.status)")
            #expect(run.stderr.contains("\(root)/2024/\(name):1:") || run.stderr.contains("\(name):"), "\(name): \(run.stderr)")
            let lint = try DXAudit.run(["lint", "\(root)/2024/\(name)"], timeout: 30)
            #expect(lint.status == 1, "\(name): \(lint.stdout)")
            #expect(lint.stdout.contains(/:\d+:\d+:\serror:\s/), "\(name): \(lint.stdout)")
        }
    }
}
