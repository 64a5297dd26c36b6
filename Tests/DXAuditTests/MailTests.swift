import DXYAML
import Foundation
import Testing

@testable import DXAudit

/// Decodes one `=?UTF-8?B?…?=` word to its bytes.
private func decodeWord(_ word: String) -> [UInt8]? {
    guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return nil }
    let payload = String(word.dropFirst(10).dropLast(2))
    return Data(base64Encoded: payload).map { [UInt8]($0) }
}

/// Undoes quoted-printable, soft breaks included.
private func decodeQP(_ text: String) -> String {
    var bytes: [UInt8] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
        var chars = Array(line.utf8)
        var soft = false
        if chars.last == UInt8(ascii: "=") {
            chars.removeLast()
            soft = true
        }
        var i = 0
        while i < chars.count {
            if chars[i] == UInt8(ascii: "="), i + 2 < chars.count + 0,
                let v = UInt8(String(decoding: chars[i + 1...i + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(v)
                i += 3
            } else {
                bytes.append(chars[i])
                i += 1
            }
        }
        if !soft, index < lines.count - 1 { bytes.append(UInt8(ascii: "\n")) }
    }
    return String(decoding: bytes, as: UTF8.self)
}

@Suite struct EncodedWordTests {
    static let vietnamese =
        "[dxaudit] Nhắc báo cáo năm 2024 đã quá hạn theo Kế hoạch 227/KH-UBND – Ủy ban nhân dân huyện Bạch Long Vĩ"

    @Test func wordsSplitOnCharacterBoundariesWithinLimits() throws {
        for limit in [20, 40, 69, 75] {
            let words = MailHeader.encodedWords(Self.vietnamese, limit: limit)
            var joined: [UInt8] = []
            for word in words {
                #expect(word.utf8.count <= limit, "\(word) is longer than \(limit)")
                let bytes = try #require(decodeWord(word))
                // Each word is whole UTF-8 on its own: no character cut in two.
                #expect(String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]) != nil)
                joined += bytes
            }
            #expect(String(decoding: joined, as: UTF8.self) == Self.vietnamese)
        }
    }

    @Test func combiningMarksStayWithTheirLetter() throws {
        // "ệ" decomposed: e + U+0323 + U+0302 (NFD, as some editors save it).
        let nfd = String(repeating: "Vie\u{0323}\u{0302}t ", count: 20)
        for word in MailHeader.encodedWords(nfd, limit: 20) {
            let text = String(decoding: try #require(decodeWord(word)), as: UTF8.self)
            let first = try #require(text.unicodeScalars.first)
            #expect(!(0x0300...0x036F).contains(first.value), "a word starts with a combining mark: \(word)")
        }
    }

    @Test func subjectIsFoldedWithin78() throws {
        let field = try MailHeader.unstructured("Subject", Self.vietnamese)
        let lines = field.split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines[0].hasPrefix("Subject: =?UTF-8?B?"))
        for line in lines {
            #expect(line.utf8.count <= 78)
            #expect(line.utf8.allSatisfy { $0 < 0x80 })
        }
        for line in lines.dropFirst() { #expect(line.hasPrefix(" ")) }
    }

    @Test func plainASCIIStaysPlain() throws {
        #expect(try MailHeader.unstructured("Subject", "Report 2024 overdue") == "Subject: Report 2024 overdue")
        // Text that looks like an encoded-word is encoded, not passed through.
        #expect(try MailHeader.unstructured("Subject", "=?UTF-8?B?QQ==?=").hasPrefix("Subject: =?UTF-8?B?PT9"))
    }

    @Test func mailboxesEncodeNamesAndKeepAddresses() throws {
        let field = try MailHeader.addresses(
            "To",
            [
                Mailbox(name: "Sở Du lịch", address: "so-du-lich@haiphong.example"),
                Mailbox(name: "A \"B\"", address: "a@b.example"),
            ])
        // 78 characters fit on the first line; the fold comes before the next token.
        #expect(
            field
                == "To: =?UTF-8?B?U+G7nyBEdSBs4buLY2g=?= <so-du-lich@haiphong.example>, \"A \\\"B\\\"\"\n <a@b.example>"
        )
    }
}

@Suite struct HeaderRefusalTests {
    @Test(arguments: [
        "Sở Du lịch\r\nBcc: x@evil.example", "a\nb", "a\rb", "tab\there", "nul\u{0}", "nel\u{85}", "ls\u{2028}",
        "del\u{7F}",
    ])
    func controlCharactersAreRefused(_ value: String) {
        #expect(throws: MailError.self) { try MailHeader.unstructured("Subject", value) }
        #expect(throws: MailError.self) {
            try MailHeader.addresses("To", [Mailbox(name: value, address: "a@b.example")])
        }
    }

    @Test(arguments: [
        "a@b.example\r\nBcc: x@evil.example", "no-at-sign", "a@localhost", "A <a@b.example>",
        "a@b.example, c@d.example", "",
    ])
    func badAddressesAreRefused(_ address: String) {
        #expect(throws: MailError.self) { try MailHeader.addresses("To", [Mailbox(address: address)]) }
    }

    @Test func aMessageWithAnUnsafeValueIsNotWritten() {
        var message = MailMessage(
            from: Mailbox(address: "a@b.example"), to: [Mailbox(address: "c@d.example")], subject: "ok",
            date: MailDate(date: date("2024-12-03")), messageID: "<x@b.example>", body: "text")
        #expect(throws: Never.self) { try message.render() }
        message.subject = "ok\r\nBcc: x@evil.example"
        #expect(throws: MailError.self) { try message.render() }
        message.subject = "ok"
        message.messageID = "<x@b.example>\nBcc: x@evil.example"
        #expect(throws: MailError.self) { try message.render() }
        message.messageID = "<x@b.example>"
        message.cc = [Mailbox(name: "Evil\r\nBcc: x@evil.example", address: "e@b.example")]
        #expect(throws: MailError.self) { try message.render() }
    }
}

@Suite struct BodyEncodingTests {
    @Test func quotedPrintableEscapesAndWraps() {
        let text = "Kính gửi: Sở Du lịch\nFrom here, = sign \n.\n" + String(repeating: "ạ", count: 40) + "\n"
        let encoded = QuotedPrintable.encode(text)
        #expect(encoded.hasPrefix("K=C3=ADnh g=E1=BB=ADi: S=E1=BB=9F Du l=E1=BB=8Bch\n=46rom here, =3D sign=20\n=2E\n"))
        for line in encoded.split(separator: "\n") {
            #expect(line.utf8.count <= 76)
            #expect(line.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
            #expect(!line.hasSuffix(" "))
        }
        #expect(decodeQP(encoded) == text)
    }

    @Test func base64BodyLinesAre76() {
        let text = String(repeating: "Chuyển đổi số thành phố Hải Phòng. ", count: 10)
        let encoded = TransferEncoding.base64.encode(text)
        let lines = encoded.split(separator: "\n")
        #expect(lines.dropLast().allSatisfy { $0.utf8.count == 76 })
        #expect(Data(base64Encoded: lines.joined()).map { String(decoding: $0, as: UTF8.self) } == text)
        #expect(Base64.encode(Array("xin chào".utf8)) == "eGluIGNow6Bv")
        #expect(Base64.encode([0xFF]) == "/w==")
    }
}

@Suite struct MboxTests {
    @Test func fromLinesAreQuoted() {
        #expect(Mbox.quote("From here") == ">From here")
        #expect(Mbox.quote(">From here") == ">>From here")
        #expect(Mbox.quote(">>From here") == ">>>From here")
        #expect(Mbox.quote("Fromage") == "Fromage")
        #expect(Mbox.quote(" From") == " From")
    }

    @Test func entryStartsWithAnAsctimeFromLine() throws {
        let message = MailMessage(
            from: Mailbox(address: "so-tttt@haiphong.example"), to: [Mailbox(address: "c@d.example")], subject: "x",
            date: MailDate(date: date("2024-12-03"), secondsOfDay: 7 * 3600), messageID: "<x@haiphong.example>",
            body: "From the body\n", transferEncoding: .base64)
        let entry = try Mbox.entry(message)
        #expect(
            entry.hasPrefix(
                "From so-tttt@haiphong.example Tue Dec  3 07:00:00 2024\nDate: Tue, 03 Dec 2024 07:00:00 +0700\n"))
        #expect(entry.hasSuffix("\n\n"))
        #expect(!entry.dropFirst().contains("\nFrom "))
    }

    @Test func datesInVietnamTime() {
        #expect(MailDate(unixTime: 0).rfc5322 == "Thu, 01 Jan 1970 07:00:00 +0700")
        // 2024-12-02 17:30:05 UTC is already 3 December in Hải Phòng.
        #expect(MailDate(unixTime: 1_733_160_605).rfc5322 == "Tue, 03 Dec 2024 00:30:05 +0700")
        #expect(MailDate(date: date("2024-12-10"), secondsOfDay: 3600).asctime == "Tue Dec 10 01:00:00 2024")
    }
}

@Suite struct OverdueMailTests {
    static func mail(asOf: String, year: Int = 2024) -> OverdueMail {
        let plan = Repo.shippedPlan
        let folder = Repo.path("reports/\(year)")
        let checker = Checker(plan: plan, asOf: date(asOf))
        let result = checker.check(folder: folder, year: year, files: Checker.reportFiles(in: folder) ?? [])
        return OverdueMail(
            plan: plan, checker: checker, year: year,
            overdue: OverdueReport.all(in: result, plan: plan, asOf: date(asOf)))
    }

    static let settings = OverdueMail.Settings(date: MailDate(date: date("2024-12-03"), secondsOfDay: 7 * 3600))

    @Test func matchesTheExpectedMbox() throws {
        let mail = Self.mail(asOf: "2024-12-03")
        let text = try Mbox.join(mail.notices(Self.settings).map(\.message) + [mail.digest(Self.settings)])
        let expectedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("ExpectedMail/overdue-2024-12-03.mbox").path
        try expectMatchesExpectedFile(text, at: expectedPath)
    }

    @Test func rightUnitsRightAddresses() throws {
        let mail = Self.mail(asOf: "2024-12-03")
        #expect(mail.units == ["so-du-lich", "huyen-tien-lang", "huyen-bach-long-vi"])
        #expect(mail.unreachable == ["huyen-bach-long-vi"])
        let notices = try mail.notices(Self.settings)
        #expect(notices.map(\.unit) == ["so-du-lich", "huyen-tien-lang"])
        #expect(notices[0].message.recipients == ["so-du-lich@haiphong.example", "so-tttt@haiphong.example"])
        let body = notices[0].message.body
        #expect(body.contains("trước ngày 01/12/2024"))
        #expect(body.contains("thứ Hai 02/12/2024"))
        #expect(body.contains("đã quá hạn 1 ngày"))
        #expect(body.contains("II.5.h: Chuyển đổi số trong lĩnh vực du lịch"))
        // IV.2.đ: the report goes to the city, through the department.
        let flat = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("gửi Ủy ban nhân dân thành phố Hải Phòng (qua Sở Thông tin và Truyền thông);"))
        let digest = try mail.digest(Self.settings, undelivered: ["huyen-tien-lang": "550 no such user"])
        #expect(digest.recipients == ["so-tttt@haiphong.example"])
        #expect(digest.body.contains("KHÔNG thành công: 550 no such user"))
        #expect(Set(notices.map(\.message.messageID) + [digest.messageID]).count == 3)
    }

    @Test func optionsChangeTheEnvelope() throws {
        let mail = Self.mail(asOf: "2024-12-03")
        var settings = Self.settings
        settings.from = "dxaudit@haiphong.example"
        settings.cc = ["lanh-dao@haiphong.example", "so-tttt@haiphong.example"]
        let notice = try #require(try mail.notices(settings).first).message
        #expect(notice.from.address == "dxaudit@haiphong.example")
        #expect(notice.replyTo?.address == "so-tttt@haiphong.example")
        #expect(notice.cc.map(\.address) == ["so-tttt@haiphong.example", "lanh-dao@haiphong.example"])
        settings.replyTo = "bad address"
        #expect(throws: MailError.self) { try mail.notices(settings) }
        settings.replyTo = nil
        settings.salt = "1733180400.1234"
        #expect(try mail.notices(settings)[0].message.messageID != notice.messageID)
    }

    @Test func nothingOverdueBeforeTheDeadline() {
        #expect(Self.mail(asOf: "2024-11-25").overdue.isEmpty)
        // Received late is not overdue.
        #expect(!Self.mail(asOf: "2024-12-15").units.contains("so-gtvt"))
    }

    @Test func theSynthesisIsOverdueToo() throws {
        let mail = Self.mail(asOf: "2026-12-20", year: 2026)
        #expect(mail.overdue.map(\.obligation.id).contains("synthesis"))
        let settings = OverdueMail.Settings(date: MailDate(date: date("2026-12-20")))
        let notice = try #require(try mail.notices(settings).first { $0.unit == "so-khcn" }).message
        #expect(notice.recipients == ["so-khcn@haiphong.example"])  // no Cc to itself
        #expect(notice.body.contains("Báo cáo tổng hợp năm 2026"))
        #expect(notice.body.contains("đã quá hạn 11 ngày"))
        // Wrapped at 72 columns: compare the words, not where the lines break.
        #expect(
            notice.body.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
                "chưa có trong hồ sơ theo dõi"))
    }

    @Test func coordinatorAfterSuccession() {
        #expect(Self.mail(asOf: "2024-12-03").coordinator == "so-tttt")
        #expect(Self.mail(asOf: "2025-12-03", year: 2025).coordinator == "so-khcn")
    }
}

@Suite struct SendmailTests {
    @Test func addsTheFlagsItNeeds() throws {
        #expect(try Sendmail().arguments == ["/usr/sbin/sendmail", "-t", "-oi"])
        #expect(try Sendmail(command: "msmtp -C /tmp/rc -t").arguments == ["msmtp", "-C", "/tmp/rc", "-t", "-oi"])
        #expect(throws: MailError.self) { try Sendmail(command: "  ") }
    }

    /// A sendmail stand-in: `/bin/sh` and a script in a fresh folder (run through
    /// sh, not exec'd, so a file still open in a concurrently forked test process
    /// cannot make it "text file busy").
    static func script(_ body: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dxaudit-sendmail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sendmail").path
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return "/bin/sh " + path
    }

    @Test func passesTheMessageAndTheFlags() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dxaudit-received-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let sendmail = try Sendmail(command: try Self.script("echo \"$@\" > \(out); cat >> \(out)"))
        #expect(sendmail.send("Subject: x\n\nbody\n") == nil)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "-t -oi\nSubject: x\n\nbody\n")
    }

    @Test func reportsFailures() throws {
        #expect(try Sendmail(command: try Self.script("cat > /dev/null")).send("x\n") == nil)
        let refused = try #require(
            try Sendmail(command: try Self.script("cat > /dev/null; echo 550 no such user >&2; exit 67")).send("x\n"))
        #expect(refused.hasSuffix("exited with status 67: 550 no such user"))
        // Exit 0 without reading a message too big for the pipe is no success.
        let unread = try #require(
            try Sendmail(command: try Self.script("exit 0")).send(String(repeating: "x\n", count: 1 << 20)))
        #expect(unread.contains("did not read the whole message"))
        let failed = try #require(try Sendmail(command: "/bin/false").send("x\n"))
        #expect(failed.contains("exited with status 1"))
        let missing = try #require(try Sendmail(command: "/nonexistent/sendmail").send("x\n"))
        #expect(missing.contains("cannot run /nonexistent/sendmail"))
    }
}
