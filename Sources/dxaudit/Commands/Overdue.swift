import ArgumentParser
import DXAudit
import DXYAML

#if canImport(Glibc)
    import Glibc
#endif

extension DXAuditCommand {
    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the reports past their deadline; mail reminders with --format email or --send.",
            discussion: """
                Overdue: owed, last on-time day passed, no report received (late but received
                reports are not overdue). Prints nothing and exits 0 when nothing is overdue;
                otherwise prints the list and exits 1.

                --format email writes one message to each overdue unit (Cc the coordinator) and a
                digest to the coordinator, as an mbox on stdout. With --as-of, Date is that day at
                07:00 +0700 and Message-IDs are reproducible; without it, they use the current time.

                --send pipes each message to sendmail (-t -oi are added unless present) and prints
                nothing when every message was accepted; a failure is reported on stderr, the
                other messages are still sent, and the exit status is 2. A sent log (--state,
                default .dxaudit-sent.json in the reports root) keeps a rerun from mailing a unit
                the same reminder twice a day (--every DAYS, --resend). Units whose missing-report
                finding settings, an inline ignore or a baseline hide get no reminder. See
                docs/mail.md.
                """)

        @OptionGroup var common: CommonOptions

        @Option(name: .long, help: "The report year, when REPORTS_DIR is the parent folder.")
        var year: Int?

        @Flag(name: .long, help: "Send the messages with sendmail instead of printing them.")
        var send = false

        @Option(name: .long, help: ArgumentHelp("The sendmail command, split on spaces (default: \(Sendmail.defaultCommand)).", valueName: "command"))
        var sendmail: String?

        @Option(name: .long, help: ArgumentHelp("The sent log (default: .dxaudit-sent.json in the reports root folder).", valueName: "file"))
        var state: String?

        @Option(name: .long, help: ArgumentHelp("Remind a unit of the same report at most once in this many days (default: 1).", valueName: "days"))
        var every: Int = 1

        @Flag(name: .long, help: "Send even the reminders the sent log says were sent recently.")
        var resend = false

        @Option(name: .customLong("sendmail-timeout"), help: ArgumentHelp("Kill sendmail after this many seconds for one message (default: 60).", valueName: "seconds"))
        var sendmailTimeout: Int = 60

        @Option(name: .long, help: ArgumentHelp("Sender address (default: the coordinator's).", valueName: "address"))
        var from: String?

        @Option(name: .long, help: ArgumentHelp("Also copy every message to this address (repeatable).", valueName: "address"))
        var cc: [String] = []

        @Option(name: .customLong("reply-to"), help: ArgumentHelp("Reply-To address (default: the coordinator's, when --from is another).", valueName: "address"))
        var replyTo: String?

        @Argument(help: "The year folder (reports/2024) or its parent (reports).")
        var reportsDir: String

        var writesMail: Bool { send || common.format == "email" }

        func validate() throws {
            if let format = common.format, send, format != "email" {
                throw ValidationError("--send sends e-mail; it cannot be combined with --format \(format)")
            }
            if sendmail != nil, !send {
                throw ValidationError("--sendmail takes effect only with --send")
            }
            if !send, state != nil || resend || every != 1 || sendmailTimeout != 60 {
                throw ValidationError("--state, --every, --resend and --sendmail-timeout take effect only with --send")
            }
            if every < 1 { throw ValidationError("--every needs a whole number of days, 1 or more") }
            if sendmailTimeout < 1 { throw ValidationError("--sendmail-timeout needs a whole number of seconds, 1 or more") }
            if !writesMail, from != nil || replyTo != nil || !cc.isEmpty {
                throw ValidationError("--from, --cc and --reply-to need --format email or --send")
            }
            for (option, address) in [("--from", from), ("--reply-to", replyTo)] + cc.map({ ("--cc", $0) }) {
                if let address, !EmailAddress.isValid(address) {
                    throw ValidationError("\(option): '\(address)' is not a valid e-mail address (plain local@domain)")
                }
            }
        }

        func run() throws {
            // A cron job must not act on a settings file it misreads (a misspelt
            // `ignore:` would count draft reports as sent): its problems stop the run.
            let config = try common.loadConfig()
            if let first = config.findings.first {
                let lines = config.findings.map { TextReporter.escaped($0.diagnostic) }
                Output.err(lines.joined(separator: "\n") + "\n")
                throw fail("fix \(first.location.path) first: overdue does not run with a settings file it cannot read whole")
            }
            let audit = try YearAudit.run(reportsDir: reportsDir, year: year, common: common)
            let overdue = OverdueReport.all(in: audit.result, plan: audit.plan, asOf: audit.checker.asOf)
            // Cron mails whatever a job prints: nothing overdue, nothing said.
            guard !overdue.isEmpty else { return }
            let units = Set(overdue.map(\.unit))
            let findings = audit.result.findings.filter {
                $0.rule == .missingReport && $0.severity > .note && $0.unit.map(units.contains) == true
            }
            let summary = [
                "\(audit.plan.header.number), report year \(audit.result.year), as of \(audit.checker.asOf.withWeekday): \(overdue.count) report\(overdue.count == 1 ? "" : "s") overdue"
            ]
            let outcome = Outcome(command: "overdue", findings: findings, files: audit.result.files, summary: summary, failing: .note)
            if writesMail {
                // The mail follows the same filter as the listing: a unit whose
                // missing-report findings are all suppressed or baselined is silenced.
                let kept = Set(try common.filter().apply(outcome).outcome.findings.compactMap(\.unit))
                var mail = OverdueMail(plan: audit.plan, checker: audit.checker, year: audit.result.year, overdue: overdue)
                mail.silenced = units.subtracting(kept)
                let reportsRoot = ProjectPath.directory(of: audit.folder)
                let status = try self.mail(
                    mail, statePath: state ?? ProjectPath.join(reportsRoot.isEmpty ? "." : reportsRoot, SentLog.defaultName))
                if status != 0 { throw ExitCode(status) }
                return
            }
            // Every overdue report fails the run, whatever its severity, and even when
            // settings or a baseline hide its finding: overdue is overdue.
            try common.finish(outcome)
            throw ExitCode(1)
        }

        /// Writes the messages (exit 1: something is overdue) or sends them (exit 0
        /// when all were accepted, 2 when one was not); returns the exit status.
        func mail(_ original: OverdueMail, statePath: String) throws -> Int32 {
            var mail = original
            let settings = settings()
            let today = common.today
            var log = SentLog()
            if send {
                switch SentLog.load(statePath) {
                case .success(let loaded): log = loaded
                case .failure(let failure): throw fail("cannot use the sent log: \(failure.description)")
                }
                mail.schedule(with: log, on: today, every: every, resend: resend)
            }
            let notices: [OverdueMail.Notice]
            var digest: MailMessage
            do {
                notices = try mail.notices(settings)
                digest = try mail.digest(settings)
                // Render everything once before sending anything: a refused header
                // stops the run before the first message leaves.
                for message in notices.map(\.message) + [digest] { _ = try message.render() }
            } catch let error as MailError {
                throw fail("cannot write mail: \(error)")
            }
            guard send else {
                do {
                    Output.out(try Mbox.join(notices.map(\.message) + [digest]))
                } catch let error as MailError {
                    throw fail("cannot write mail: \(error)")
                }
                return 1
            }
            var sendmail: Sendmail
            do {
                sendmail = try Sendmail(command: self.sendmail ?? Sendmail.defaultCommand)
                sendmail.timeout = sendmailTimeout
            } catch let error as MailError {
                throw fail(error.description)
            }
            var undelivered: [String: String] = [:]
            let digestKey = SentLog.Key(unit: mail.coordinator, obligation: "digest", year: mail.year)
            var sentAny = false
            for notice in notices where mail.heldBack[notice.unit] == nil {
                sentAny = true
                if let problem = sendmail.send(try notice.message.render()) {
                    undelivered[notice.unit] = problem
                    let to = notice.message.to.map(\.address).joined(separator: ", ")
                    Output.err("dxaudit: the reminder to \(notice.unit) (\(to)) was not sent: \(problem)\n")
                } else {
                    for report in mail.overdue where report.unit == notice.unit {
                        log.record(SentLog.Key(unit: notice.unit, obligation: report.obligation.id, year: mail.year), on: today)
                    }
                }
            }
            var failed = !undelivered.isEmpty
            do {
                digest = try mail.digest(settings, undelivered: undelivered)
                // The digest goes once a day too, unless a reminder went out now.
                if sentAny || resend || log.isDue(digestKey, on: today, every: 1) {
                    if let problem = sendmail.send(try digest.render()) {
                        failed = true
                        Output.err("dxaudit: the digest to \(mail.coordinator) (\(digest.to.map(\.address).joined(separator: ", "))) was not sent: \(problem)\n")
                    } else {
                        log.record(digestKey, on: today)
                    }
                }
            } catch let error as MailError {
                throw fail("cannot write mail: \(error)")
            }
            // Only what sendmail accepted is recorded.
            if let error = AtomicFile.write(log.rendered(), to: statePath) {
                Output.err("dxaudit: \(statePath): cannot write the sent log: \(error)\n")
                return 2
            }
            return failed ? 2 : 0
        }

        /// With --as-of, a fixed 07:00 +0700 on that day and reproducible ids;
        /// without, the current time and ids salted with it and the process id.
        func settings() -> OverdueMail.Settings {
            if common.asOf != nil {
                return OverdueMail.Settings(
                    from: from, cc: cc, replyTo: replyTo, date: MailDate(date: common.today, secondsOfDay: 7 * 3600))
            }
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            return OverdueMail.Settings(
                from: from, cc: cc, replyTo: replyTo, date: MailDate(unixTime: Int(now.tv_sec)),
                salt: "\(now.tv_sec).\(now.tv_nsec).\(getpid())")
        }
    }
}
