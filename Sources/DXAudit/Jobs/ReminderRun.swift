import DXYAML

/// Takes one message for delivery: nil when it was accepted, else what went wrong.
public protocol MailSender: Sendable {
    func send(_ message: String) -> String?
}

extension Sendmail: MailSender {}

/// One `overdue --send` pass: the reminders the sent log does not hold back, then
/// the coordinator's digest, each handed to a sender; the log records only what
/// the sender accepted.
public struct ReminderRun: Sendable {
    /// The mail, already scheduled against the sent log.
    public var mail: OverdueMail
    public var settings: OverdueMail.Settings
    public var log: SentLog
    public var today: CivilDate
    /// Send the digest even when the log says it went today.
    public var resend: Bool

    public init(mail: OverdueMail, settings: OverdueMail.Settings, log: SentLog, today: CivilDate, resend: Bool) {
        self.mail = mail
        self.settings = settings
        self.log = log
        self.today = today
        self.resend = resend
    }

    /// What a pass did.
    public struct Delivery: Sendable {
        /// The sent log with what was accepted today.
        public var log: SentLog
        /// Units whose reminder was not accepted, with the reason.
        public var undelivered: [String: String]
        /// One line a message not accepted, for standard error.
        public var problems: [Problem]
        /// Whether the digest was handed over (and accepted or not).
        public var digestSent: Bool

        /// Some message was not accepted: the run ends with status 2.
        public var failed: Bool { !problems.isEmpty }
    }

    /// Hands every reminder not held back to `sender`, then the digest when it is
    /// due; a refused message does not stop the others.
    public func deliver(with sender: some MailSender) throws(DXAuditError) -> Delivery {
        var log = self.log
        var undelivered: [String: String] = [:]
        var problems: [Problem] = []
        var sentAny = false
        do {
            for notice in try mail.notices(settings) where mail.heldBack[notice.unit] == nil {
                sentAny = true
                if let problem = sender.send(try notice.message.render()) {
                    undelivered[notice.unit] = problem
                    let to = notice.message.to.map(\.address).joined(separator: ", ")
                    problems.append(.reminderNotSent(unit: notice.unit, to: to, why: problem))
                } else {
                    for report in mail.overdue where report.unit == notice.unit {
                        log.record(
                            SentLog.Key(unit: notice.unit, obligation: report.obligation.id, year: mail.year), on: today
                        )
                    }
                }
            }
            // The digest says which reminders failed, and goes once a day too,
            // unless a reminder went out now.
            let digest = try mail.digest(settings, undelivered: undelivered)
            let digestKey = SentLog.Key(unit: mail.coordinator, obligation: "digest", year: mail.year)
            let digestDue = sentAny || resend || log.isDue(digestKey, on: today, every: 1)
            if digestDue {
                if let problem = sender.send(try digest.render()) {
                    let to = digest.to.map(\.address).joined(separator: ", ")
                    problems.append(.digestNotSent(unit: mail.coordinator, to: to, why: problem))
                } else {
                    log.record(digestKey, on: today)
                }
            }
            return Delivery(log: log, undelivered: undelivered, problems: problems, digestSent: digestDue)
        } catch {
            throw DXAuditError(.cannotWriteMail("\(error)"))
        }
    }
}
