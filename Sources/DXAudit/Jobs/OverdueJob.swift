import DXYAML

#if canImport(Glibc)
    import Glibc
#endif

/// `dxaudit overdue`: who owes a report past its last on-time day, as findings,
/// as reminders (`--format email`) or sent (`--send`).
public enum OverdueJob {
    /// The envelope of the reminders: `--from`, `--cc`, `--reply-to`.
    public struct Envelope: Sendable, Equatable {
        /// The sender; nil: the coordinator.
        public var from: String?
        /// Extra copies of every message.
        public var cc: [String]
        public var replyTo: String?

        public init(from: String? = nil, cc: [String] = [], replyTo: String? = nil) {
            self.from = from
            self.cc = cc
            self.replyTo = replyTo
        }
    }

    /// How `--send` delivers: `--sendmail`, `--state`, `--every`, `--resend`,
    /// `--sendmail-timeout`.
    public struct Delivery: Sendable, Equatable {
        /// The program, split on spaces.
        public var sendmail: String
        /// The sent log; nil: `.dxaudit-sent.json` in the reports root folder.
        public var state: String?
        /// Days between two reminders of the same report.
        public var every: Int
        /// Ignore the sent log's record of recent reminders.
        public var resend: Bool
        /// Seconds sendmail may take for one message.
        public var timeout: Int

        public init(
            sendmail: String = Sendmail.defaultCommand, state: String? = nil, every: Int = 1, resend: Bool = false,
            timeout: Int = 60
        ) {
            self.sendmail = sendmail
            self.state = state
            self.every = every
            self.resend = resend
            self.timeout = timeout
        }
    }

    /// The command line of `overdue`.
    public struct Request: Sendable, Equatable {
        public var year: YearAudit.Request
        public var controls: ControlChoice
        public var presentation: Presentation
        public var envelope: Envelope
        /// nil: print; set: send.
        public var delivery: Delivery?

        public init(
            year: YearAudit.Request, controls: ControlChoice = ControlChoice(),
            presentation: Presentation = Presentation(),
            envelope: Envelope = Envelope(), delivery: Delivery? = nil
        ) {
            self.year = year
            self.controls = controls
            self.presentation = presentation
            self.envelope = envelope
            self.delivery = delivery
        }

        /// The run writes mail rather than findings.
        public var writesMail: Bool { delivery != nil || presentation.format == .email }
    }

    /// Nothing overdue: nothing printed, status 0, so cron mails nothing. Else the
    /// list (status 1), the reminders as an mbox (1), or the reminders sent (0 when
    /// every message was accepted, 2 when one was not). `sender` replaces sendmail.
    public static func run(_ request: Request, sender: (any MailSender)? = nil) throws(DXAuditError) -> CommandResult {
        let controls = try Controls.load(request.controls)
        // A cron job must not act on a settings file it misreads (a misspelt
        // `ignore:` would count draft reports as sent): its problems stop the run.
        if let first = controls.config.findings.first {
            throw DXAuditError(.settingsFirst(first.location.path), diagnostics: controls.config.findings.sorted())
        }
        var year = request.year
        year.earlierFigures = false
        let audit = try YearAudit.run(year, controls: controls)
        let overdue = OverdueReport.all(in: audit.result, plan: audit.plan, asOf: audit.checker.asOf)
        guard !overdue.isEmpty else { return CommandResult() }
        let outcome = self.outcome(audit, overdue: overdue)
        guard request.writesMail else {
            // Every overdue report fails the run, whatever its severity, and even
            // when settings or a baseline hide its finding: overdue is overdue.
            var result = try request.presentation.publish(outcome, controls: controls)
            result.status = 1
            return result
        }
        // The mail follows the same filter as the listing: a unit whose
        // missing-report findings are all suppressed or baselined is silenced.
        let kept = Set(controls.filter.apply(outcome).outcome.findings.compactMap(\.unit))
        var mail = OverdueMail(
            plan: audit.plan, checker: audit.checker, year: audit.result.year, overdue: overdue,
            deadlines: audit.result.deadlines)
        mail.silenced = Set(overdue.map(\.unit)).subtracting(kept)
        let settings = self.settings(request.envelope, asOf: request.year.plan.asOf)
        guard let delivery = request.delivery else {
            do {
                let messages = try mail.notices(settings).map(\.message) + [try mail.digest(settings)]
                return CommandResult(standardOutput: try Mbox.join(messages), status: 1)
            } catch {
                throw DXAuditError(.cannotWriteMail("\(error)"))
            }
        }
        let reportsRoot = ProjectPath.directory(of: audit.folder)
        let statePath = delivery.state ?? ProjectPath.join(reportsRoot.isEmpty ? "." : reportsRoot, SentLog.defaultName)
        return try send(
            mail, settings: settings, delivery: delivery, statePath: statePath, today: audit.checker.asOf,
            sender: sender, language: request.presentation.wording(controls).language)
    }

    /// The `missing-report` findings of the overdue units, failing at any severity.
    public static func outcome(_ audit: YearAudit, overdue: [OverdueReport]) -> Outcome {
        let units = Set(overdue.map(\.unit))
        let findings = audit.result.findings.filter {
            $0.rule == .missingReport && $0.severity > .note && $0.unit.map(units.contains) == true
        }
        let summary: [Outcome.SummaryFact] = [
            .overdue(
                plan: audit.plan.header.number, year: audit.result.year, asOf: audit.checker.asOf,
                reports: overdue.count)
        ]
        var outcome = Outcome(
            command: "overdue", findings: findings, files: audit.result.files, summary: summary, failing: .note)
        outcome.sources = audit.sources
        outcome.suppressions = audit.result.suppressions
        return outcome
    }

    /// Sends what the sent log does not hold back and records what was accepted.
    static func send(
        _ original: OverdueMail, settings: OverdueMail.Settings, delivery: Delivery, statePath: String,
        today: CivilDate,
        sender: (any MailSender)?, language: Wording.Language = .english
    ) throws(DXAuditError) -> CommandResult {
        var mail = original
        let log: SentLog
        switch SentLog.load(statePath) {
        case .success(let loaded): log = loaded
        case .failure(let failure): throw DXAuditError(.unusableSentLog(failure))
        }
        mail.schedule(with: log, on: today, every: delivery.every, resend: delivery.resend)
        do {
            // Render everything once before sending anything: a refused header
            // stops the run before the first message leaves.
            for message in try mail.notices(settings).map(\.message) + [try mail.digest(settings)] {
                _ = try message.render()
            }
        } catch {
            throw DXAuditError(.cannotWriteMail("\(error)"))
        }
        let chosen: any MailSender
        if let sender {
            chosen = sender
        } else {
            do {
                var sendmail = try Sendmail(command: delivery.sendmail)
                sendmail.timeout = delivery.timeout
                chosen = sendmail
            } catch {
                throw DXAuditError(.sendmail("\(error)"))
            }
        }
        let run = ReminderRun(mail: mail, settings: settings, log: log, today: today, resend: delivery.resend)
        let done = try run.deliver(with: chosen)
        var messages = done.problems.map { "dxaudit: \($0.text(in: language))\n" }.joined()
        // Only what the sender accepted is recorded.
        if let error = AtomicFile.write(done.log.rendered(), to: statePath) {
            messages += "dxaudit: \(Problem.cannotWriteSentLog(statePath, "\(error)").text(in: language))\n"
            return CommandResult(standardError: messages, status: 2)
        }
        return CommandResult(standardError: messages, status: done.failed ? 2 : 0)
    }

    /// With `--as-of`, a fixed 07:00 +0700 on that day and reproducible ids;
    /// without, the current time and ids salted with it and the process id.
    public static func settings(_ envelope: Envelope, asOf: CivilDate?) -> OverdueMail.Settings {
        if let asOf {
            return OverdueMail.Settings(
                from: envelope.from, cc: envelope.cc, replyTo: envelope.replyTo,
                date: MailDate(date: asOf, secondsOfDay: 7 * 3600))
        }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return OverdueMail.Settings(
            from: envelope.from, cc: envelope.cc, replyTo: envelope.replyTo, date: MailDate(unixTime: Int(now.tv_sec)),
            salt: "\(now.tv_sec).\(now.tv_nsec).\(getpid())")
    }
}
