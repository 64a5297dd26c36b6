import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Malformed and hostile files in a reports folder, through the built binary: each
/// is a located finding, the good report next to them is still checked, nothing
/// hangs or crashes, and no input file is touched.
@Suite struct HostileInputTests {
    /// Runs `Tests/Fixtures/make-hostile.sh`, the one description of the hostile
    /// folder (also used by hand and by the benchmarks), into a fresh folder.
    static func makeFolder() throws -> (root: String, expected: [String: String]) {
        let root = NSTemporaryDirectory() + "dxaudit-hostile-\(UUID().uuidString)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["\(DXAudit.repo)/Tests/Fixtures/make-hostile.sh", root]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw POSIXError(.EIO) }
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
        let good = try String(contentsOfFile: "\(root)/2024/so-y-te.yaml", encoding: .utf8)
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
        #expect(try String(contentsOfFile: "\(root)/2024/so-y-te.yaml", encoding: .utf8) == good)
    }

    @Test func hostilePlanFilesExitTwoWithALocation() throws {
        let (root, _) = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["laughs.yaml", "deep.yaml", "big.yaml", "latin1.yaml", "nul.yaml", "utf16.yaml", "list.yaml"] {
            let run = try DXAudit.run(
                ["check", "\(DXAudit.repo)/reports/2024", "--plan", "\(root)/2024/\(name)"], timeout: 30)
            #expect(run.status == 2, "\(name): \(run.status)")
            #expect(
                run.stderr.contains("\(root)/2024/\(name):1:") || run.stderr.contains("\(name):"),
                "\(name): \(run.stderr)")
            let lint = try DXAudit.run(["lint", "\(root)/2024/\(name)"], timeout: 30)
            #expect(lint.status == 1, "\(name): \(lint.stdout)")
            #expect(lint.stdout.contains(/:\d+:\d+:\serror:\s/), "\(name): \(lint.stdout)")
        }
    }
}
