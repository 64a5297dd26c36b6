import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "overdue",
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

        @OptionGroup var plan: PlanOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var controls: ControlOptions

        @Option(name: .long, help: "The report year, when REPORTS_DIR is the parent folder.")
        var year: Int?

        @Flag(name: .long, help: "Send the messages with sendmail instead of printing them.")
        var send = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The sendmail command, split on spaces (default: \(Sendmail.defaultCommand)).", valueName: "command"))
        var sendmail: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The sent log (default: .dxaudit-sent.json in the reports root folder).", valueName: "file"))
        var state: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Remind a unit of the same report at most once in this many days (default: 1).", valueName: "days"))
        var every: Int = 1

        @Flag(name: .long, help: "Send even the reminders the sent log says were sent recently.")
        var resend = false

        @Option(
            name: .customLong("sendmail-timeout"),
            help: ArgumentHelp(
                "Kill sendmail after this many seconds for one message (default: 60).", valueName: "seconds"))
        var sendmailTimeout: Int = 60

        @Option(name: .long, help: ArgumentHelp("Sender address (default: the coordinator's).", valueName: "address"))
        var from: String?

        @Option(
            name: .long,
            help: ArgumentHelp("Also copy every message to this address (repeatable).", valueName: "address"))
        var cc: [String] = []

        @Option(
            name: .customLong("reply-to"),
            help: ArgumentHelp(
                "Reply-To address (default: the coordinator's, when --from is another).", valueName: "address"))
        var replyTo: String?

        @Argument(help: "The year folder (reports/2024) or its parent (reports).")
        var reportsDir: String

        func validate() throws {
            if let format = output.chosenFormat, send, format != .email {
                throw usage(.sendWithFormat(format.rawValue))
            }
            if sendmail != nil, !send {
                throw usage(.sendmailWithoutSend)
            }
            if !send, state != nil || resend || every != 1 || sendmailTimeout != 60 {
                throw usage(.sendOptionsWithoutSend)
            }
            if every < 1 { throw usage(.badEvery) }
            if sendmailTimeout < 1 {
                throw usage(.badTimeout)
            }
            if !send, output.chosenFormat != .email, from != nil || replyTo != nil || !cc.isEmpty {
                throw usage(.addressesWithoutMail)
            }
            for (option, address) in [("--from", from), ("--reply-to", replyTo)] + cc.map({ ("--cc", $0) }) {
                if let address, !EmailAddress.isValid(address) {
                    throw usage(.badAddress(option: option, address))
                }
            }
        }

        func run() throws {
            let delivery = OverdueJob.Delivery(
                sendmail: sendmail ?? Sendmail.defaultCommand, state: state, every: every, resend: resend,
                timeout: sendmailTimeout)
            let request = OverdueJob.Request(
                year: YearAudit.Request(plan: plan.choice, reportsDir: reportsDir, year: year),
                controls: controls.choice, presentation: output.presentation,
                envelope: OverdueJob.Envelope(from: from, cc: cc, replyTo: replyTo), delivery: send ? delivery : nil)
            try DXAuditCommand.finish(try OverdueJob.run(request))
        }
    }
}
