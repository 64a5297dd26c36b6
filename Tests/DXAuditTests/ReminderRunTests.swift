import DXAudit
import DXYAML
import Foundation
import Testing

/// Takes every message but those at the given positions (0: the first handed
/// over); remembers what it was given.
final class FakeSender: MailSender, @unchecked Sendable {
    private let lock = NSLock()
    private var given: [String] = []
    let refusing: Set<Int>

    init(refusing: Set<Int> = []) {
        self.refusing = refusing
    }

    func send(_ message: String) -> String? {
        let position = lock.withLock {
            given.append(message)
            return given.count - 1
        }
        return refusing.contains(position) ? "550 mailbox unavailable" : nil
    }

    var sent: [String] { lock.withLock { given } }
}

/// `overdue --send` without sendmail: the send loop and the sent log, run in the
/// test process over the 2024 sample reports, where Sở Du lịch and huyện Tiên Lãng
/// have an address and huyện Bạch Long Vĩ has none.
@Suite struct ReminderRunTests {
    static let today = date("2024-12-15")

    static func mail(_ log: SentLog, every: Int = 1, resend: Bool = false) throws -> OverdueMail {
        let request = YearAudit.Request(
            plan: PlanChoice(path: Repo.path("plans"), asOf: today), reportsDir: Repo.path("reports/2024"))
        let audit = try YearAudit.run(request, controls: Controls(workingDirectory: Repo.root))
        let overdue = OverdueReport.all(in: audit.result, plan: audit.plan, asOf: today)
        var mail = OverdueMail(plan: audit.plan, checker: audit.checker, year: 2024, overdue: overdue)
        mail.schedule(with: log, on: today, every: every, resend: resend)
        return mail
    }

    static func run(_ log: SentLog = SentLog(), resend: Bool = false) throws -> ReminderRun {
        let settings = OverdueJob.settings(OverdueJob.Envelope(), asOf: today)
        return ReminderRun(
            mail: try mail(log, resend: resend), settings: settings, log: log, today: today, resend: resend)
    }

    static func key(_ unit: String, _ obligation: String = "unit-annual") -> SentLog.Key {
        SentLog.Key(unit: unit, obligation: obligation, year: 2024)
    }

    @Test func everyReachableUnitAndTheCoordinatorGetOneMessage() throws {
        let sender = FakeSender()
        let done = try Self.run().deliver(with: sender)
        #expect(sender.sent.count == 3)
        #expect(sender.sent[0].contains("<so-du-lich@haiphong.example>"))
        #expect(sender.sent[2].contains("<so-tttt@haiphong.example>"), "the digest goes last")
        #expect(!done.failed && done.digestSent && done.undelivered.isEmpty)
        #expect(
            done.log.sent == [
                Self.key("so-du-lich"): [Self.today], Self.key("huyen-tien-lang"): [Self.today],
                Self.key("so-tttt", "digest"): [Self.today],
            ])
    }

    @Test func aSecondPassTheSameDaySendsNothing() throws {
        let first = try Self.run().deliver(with: FakeSender())
        let sender = FakeSender()
        let again = try Self.run(first.log).deliver(with: sender)
        #expect(sender.sent.isEmpty)
        #expect(!again.digestSent)
        #expect(again.log.sent == first.log.sent)
        // --resend sends everything again, and the log says so.
        let forced = try Self.run(first.log, resend: true).deliver(with: sender)
        #expect(sender.sent.count == 3)
        #expect(forced.log.sent[Self.key("so-du-lich")] == [Self.today, Self.today])
    }

    @Test func aRefusedReminderIsNotRecordedAndTheDigestSaysSo() throws {
        let sender = FakeSender(refusing: [0])
        let done = try Self.run().deliver(with: sender)
        #expect(done.failed)
        #expect(
            done.problems.map { "dxaudit: " + $0.text(in: .english) } == [
                "dxaudit: the reminder to so-du-lich (so-du-lich@haiphong.example) was not sent: 550 mailbox unavailable"
            ])
        #expect(done.undelivered == ["so-du-lich": "550 mailbox unavailable"])
        #expect(done.log.sent[Self.key("so-du-lich")] == nil)
        #expect(done.log.sent[Self.key("huyen-tien-lang")] == [Self.today])
        let digest = try Self.mail(SentLog()).digest(
            OverdueJob.settings(OverdueJob.Envelope(), asOf: Self.today), undelivered: done.undelivered)
        let words = digest.body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("KHÔNG thành công: 550 mailbox unavailable."))
    }

    static func request(state: String, from: String? = nil) -> OverdueJob.Request {
        OverdueJob.Request(
            year: YearAudit.Request(
                plan: PlanChoice(path: Repo.path("plans"), asOf: today), reportsDir: Repo.path("reports/2024")),
            envelope: OverdueJob.Envelope(from: from), delivery: OverdueJob.Delivery(state: state))
    }

    @Test func theJobKeepsTheSentLogAndPrintsNothingWhenAllWent() throws {
        let folder = try TemporaryFolder()
        let state = folder.path + "/sent.json"
        let sender = FakeSender()
        #expect(try OverdueJob.run(Self.request(state: state), sender: sender) == CommandResult())
        guard case .success(let log) = SentLog.load(state) else {
            Issue.record("no sent log at \(state)")
            return
        }
        #expect(log.sent.count == 3)
        #expect(try OverdueJob.run(Self.request(state: state), sender: sender) == CommandResult())
        #expect(sender.sent.count == 3, "nobody is mailed twice a day")
    }

    @Test func aRefusalEndsWithStatusTwo() throws {
        let folder = try TemporaryFolder()
        let result = try OverdueJob.run(
            Self.request(state: folder.path + "/sent.json"), sender: FakeSender(refusing: [2]))
        #expect(result.status == 2)
        #expect(
            result.standardError.hasPrefix("dxaudit: the digest to so-tttt (so-tttt@haiphong.example) was not sent"))
    }

    @Test func aForeignSentLogIsRefusedBeforeAnythingIsSent() throws {
        let folder = try TemporaryFolder()
        try folder.write("sent.json", "{\"tool\": \"other\"}\n")
        let sender = FakeSender()
        let error = #expect(throws: DXAuditError.self) {
            try OverdueJob.run(Self.request(state: folder.path + "/sent.json"), sender: sender)
        }
        #expect(error?.description.hasPrefix("cannot use the sent log: ") == true)
        #expect(sender.sent.isEmpty)
        #expect(try folder.read("sent.json") == "{\"tool\": \"other\"}\n")
    }

    @Test func theListingAndNothingOverdue() throws {
        let year = YearAudit.Request(
            plan: PlanChoice(path: Repo.path("plans"), asOf: Self.today), reportsDir: Repo.path("reports/2024"))
        let listing = try OverdueJob.run(OverdueJob.Request(year: year, presentation: Presentation(format: .text)))
        #expect(listing.status == 1)
        #expect(
            listing.standardOutput.contains("227/KH-UBND, report year 2024, as of Sun 2024-12-15: 3 reports overdue\n"))
        var early = year
        early.plan.asOf = date("2024-11-15")
        #expect(try OverdueJob.run(OverdueJob.Request(year: early)) == CommandResult())
    }
}
