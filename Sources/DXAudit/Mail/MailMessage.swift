import DXYAML

/// A moment as mail writes it: a civil date and seconds into that day, in
/// Vietnam's time (+0700 all year).
public struct MailDate: Sendable, Hashable {
    public var date: CivilDate
    public var secondsOfDay: Int

    public init(date: CivilDate, secondsOfDay: Int = 0) {
        self.date = date
        self.secondsOfDay = max(0, min(86_399, secondsOfDay))
    }

    /// The moment `unixTime` (seconds since 1970 UTC) in Asia/Ho_Chi_Minh.
    public init(unixTime: Int) {
        let local = unixTime + 7 * 3600
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        self.init(date: CivilDate(dayNumber: day), secondsOfDay: local - day * 86_400)
    }

    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    var clock: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(secondsOfDay / 3600)):\(two(secondsOfDay / 60 % 60)):\(two(secondsOfDay % 60))"
    }

    /// `Tue, 03 Dec 2024 07:00:00 +0700` (RFC 5322 §3.3).
    public var rfc5322: String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        return "\(Self.weekdays[date.weekday - 1]), \(day) \(Self.months[date.month - 1]) \(date.year) \(clock) +0700"
    }

    /// `Tue Dec  3 07:00:00 2024`, C's asctime(), for mbox `From ` lines.
    public var asctime: String {
        let day = date.day < 10 ? " \(date.day)" : "\(date.day)"
        return "\(Self.weekdays[date.weekday - 1]) \(Self.months[date.month - 1]) \(day) \(clock) \(date.year)"
    }

    /// `20241203T070000`, for message ids.
    var compact: String {
        let c = clock.replacingColons
        return "\(date.description.replacingDashes)T\(c)"
    }
}

extension String {
    fileprivate var replacingColons: String { String(filter { $0 != ":" }) }
    fileprivate var replacingDashes: String { String(filter { $0 != "-" }) }
}

/// One plain-text e-mail: the headers dxaudit writes and a UTF-8 body.
public struct MailMessage: Sendable {
    public var from: Mailbox
    public var to: [Mailbox]
    public var cc: [Mailbox]
    public var replyTo: Mailbox?
    public var subject: String
    public var date: MailDate
    public var messageID: String
    public var body: String
    public var transferEncoding: TransferEncoding

    public init(
        from: Mailbox, to: [Mailbox], cc: [Mailbox] = [], replyTo: Mailbox? = nil, subject: String,
        date: MailDate, messageID: String, body: String, transferEncoding: TransferEncoding = .quotedPrintable
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.replyTo = replyTo
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.body = body
        self.transferEncoding = transferEncoding
    }

    /// Every address the message goes to.
    public var recipients: [String] { (to + cc).map(\.address) }

    /// The message in RFC 5322 form with `\n` line ends (sendmail and mbox take
    /// local line ends; SMTP clients turn them into CRLF). Throws rather than
    /// write a header value that is unsafe or an address that is not valid.
    public func render() throws -> String {
        guard messageID.hasPrefix("<"), messageID.hasSuffix(">"), !messageID.contains(" ") else {
            throw MailError("the Message-ID '\(messageID)' must look like <id@domain>")
        }
        var fields = [
            try MailHeader.simple("Date", date.rfc5322),
            try MailHeader.addresses("From", [from]),
            try MailHeader.addresses("To", to),
        ]
        if !cc.isEmpty { fields.append(try MailHeader.addresses("Cc", cc)) }
        if let replyTo { fields.append(try MailHeader.addresses("Reply-To", [replyTo])) }
        fields += [
            try MailHeader.unstructured("Subject", subject),
            try MailHeader.simple("Message-ID", messageID),
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: \(transferEncoding.rawValue)",
            "Auto-Submitted: auto-generated",
            "X-Mailer: dxaudit",
        ]
        var body = self.body
        if !body.hasSuffix("\n") { body += "\n" }
        return fields.joined(separator: "\n") + "\n\n" + transferEncoding.encode(body)
    }
}

/// Several messages in one stream, as an mbox (mboxrd): each starts with a
/// `From sender asctime` line, and body lines that begin with `From ` (after any
/// number of `>`) get one more `>`.
public enum Mbox {
    public static func entry(_ message: MailMessage) throws -> String {
        let text = try message.render()
        var out = "From \(message.from.address) \(message.date.asctime)\n"
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            out += quote(String(line)) + "\n"
        }
        return out + "\n"
    }

    public static func join(_ messages: [MailMessage]) throws -> String {
        try messages.map(entry).joined()
    }

    /// `From x` → `>From x`, `>From x` → `>>From x`; other lines unchanged.
    public static func quote(_ line: String) -> String {
        let rest = line.drop { $0 == ">" }
        return rest.hasPrefix("From ") ? ">" + line : line
    }
}
