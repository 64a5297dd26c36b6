import Foundation
import Testing

/// What a report file holds cannot forge a diagnostic line or drive the terminal.
@Suite struct OutputSafetyTests {
    /// A year folder under a fresh temporary folder, removed by the caller.
    static func reports(_ files: [String: String]) throws -> String {
        let dir = NSTemporaryDirectory() + "dxaudit-safety-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: "\(dir)/2024", withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(dir)/2024/\(name)"))
        }
        return dir
    }

    static func check(_ dir: String, format: String = "text") throws -> Run {
        try DXAudit.run([
            "check", "\(dir)/2024", "--plan", "\(DXAudit.repo)/plans", "--as-of", "2024-12-15", "--format", format,
        ])
    }

    @Test func aKeyWithALineBreakCannotForgeAFinding() throws {
        let dir = try Self.reports([
            "so-y-te.yaml": """
            unit: so-y-te
            year: 2024
            submitted: 2024-11-28
            tasks:
              "II.5.a\\nplans/units.yaml:1:1: error: fake [x]":
                status: done
              "II.5.b\\r\\u2028\\u0085\\e[31m":
                status: done

            """
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = try Self.check(dir)
        let json = try Self.check(dir, format: "json")
        #expect(text.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        // One diagnostic line per finding, and nothing else that looks like one.
        let diagnostic = #/^(\S.*?):(\d+):(\d+): (error|warning|note): .* \[[a-z-]+\]$/#
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let diagnostics = lines.filter { $0.wholeMatch(of: diagnostic) != nil }
        #expect(diagnostics.count == findings.count)
        #expect(!lines.contains { $0.hasPrefix("plans/units.yaml:1:1:") })
        #expect(
            lines.contains {
                $0.hasPrefix("\(dir)/2024/so-y-te.yaml:5:") && $0.contains("\\nplans/units.yaml:1:1: error: fake [x]")
            })
        #expect(
            !text.stdout.unicodeScalars.contains {
                $0.value == 0x1B || $0.value == 0x85 || $0.value == 0x2028 || $0 == "\r"
            })
    }

    @Test func aNULInAFileNeverReachesTheTerminal() throws {
        let dir = try Self.reports([
            "so-y-te.yaml": "unit: so-y-te\nyear: 2024\nsubmitted: 2024-11-28\nnote: \"a\u{0}b\"\n"
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try Self.check(dir)
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "so-y-te.yaml:4:9: error: file contains a NUL byte [yaml-syntax]\n  note: \"a\u{FFFD}b\"\n          ^\n"
            ))
        #expect(!run.stdout.utf8.contains(0))
    }
}
