import Foundation
import Testing

/// `overdue --send` and `--format email` where no mail server is needed: a sendmail
/// that cannot run, one that hangs, addresses that would inject headers. (Mail that
/// reaches a real SMTP server is tested in `Tests/Integration/test_smtp.py`.)
@Suite struct SendTests {
    static let overdue = ["overdue", "reports/2024", "--plan", "plans", "--as-of", "2024-12-03"]

    /// A fresh folder for a sent log and scripts, removed by the caller.
    static func scratch() throws -> String {
        let dir = NSTemporaryDirectory() + "dxaudit-send-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aSendmailThatCannotRunFails() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try DXAudit.run(
            Self.overdue + ["--send", "--sendmail", "/nonexistent/sendmail", "--state", "\(dir)/sent.json"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot run /nonexistent/sendmail"), "\(run.stderr)")
        #expect(run.stdout == "")
    }

    @Test(arguments: ["--from", "--cc", "--reply-to"]) func badAddressesOnTheCommandLineAreRefused(_ option: String)
        throws
    {
        let run = try DXAudit.run(
            Self.overdue + ["--format", "email", option, "x@example.org\r\nBcc: evil@example.org"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("not a valid e-mail address"), "\(run.stderr)")
        #expect(run.stdout == "")
    }

    @Test func aHungSendmailIsKilledAndNothingIsLogged() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = "\(dir)/hung-sendmail"
        try Data("#!/bin/sh\nsleep 30\n".utf8).write(to: URL(fileURLWithPath: script))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let log = "\(dir)/sent.json"
        let started = Date()
        let run = try DXAudit.run(
            Self.overdue + ["--send", "--sendmail", script, "--sendmail-timeout", "1", "--state", log], timeout: 25)
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(run.status == 2)
        #expect(run.stderr.contains("did not finish within 1 seconds and was killed"), "\(run.stderr)")
        let sent = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: log))) as? [String: Any]
        #expect((sent?["sent"] as? [Any])?.isEmpty == true, "nothing was accepted, nothing is recorded")
    }
}
