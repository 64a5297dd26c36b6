import Foundation
import Testing

/// Colour in text output: `--color always` and `never`, and `auto`, which follows a
/// terminal and NO_COLOR. The terminal is a real pseudo-terminal.
@Suite struct ColorTests {
    static let check = ["check", "reports/2024", "--as-of", "2024-12-15"]
    static let escape = "\u{1B}["

    @Test func autoColoursATerminal() throws {
        let run = try DXAudit.runInTerminal(Self.check, removing: ["NO_COLOR"])
        #expect(run.status == 1)
        #expect(run.stdout.contains(Self.escape + "1;31merror" + Self.escape + "0m"))
        #expect(run.stdout.contains(Self.escape + "1;33mwarning"))
    }

    @Test func autoHonoursNoColorOnATerminal() throws {
        let run = try DXAudit.runInTerminal(Self.check, environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("error:"))
        #expect(!run.stdout.contains(Self.escape))
    }

    @Test func neverOnATerminal() throws {
        let run = try DXAudit.runInTerminal(Self.check + ["--color", "never"], removing: ["NO_COLOR"])
        #expect(!run.stdout.contains(Self.escape))
    }

    @Test func alwaysIntoAPipeEvenWithNoColor() throws {
        let run = try DXAudit.run(Self.check + ["--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.stdout.contains(Self.escape + "1;31merror"))
    }

    @Test func autoIntoAPipeIsPlain() throws {
        let run = try DXAudit.run(Self.check, removing: ["NO_COLOR"])
        #expect(!run.stdout.contains(Self.escape))
    }
}
