import DXYAML

/// A report that is owed, past its last on-time day and not received. Late but
/// received reports are not overdue.
public struct OverdueReport: Sendable {
    public var unit: String
    public var obligation: Plan.Obligation
    public var year: Int
    public var lastOnTimeDay: CivilDate
    public var daysOverdue: Int

    /// The overdue reports of a checked year, in the checker's order
    /// (obligations in plan order, units in registry order).
    public static func all(in result: CheckResult, plan: Plan, asOf: CivilDate) -> [OverdueReport] {
        result.owed.compactMap { owed in
            guard owed.state == .missing, let obligation = plan.obligation(owed.obligation) else { return nil }
            return OverdueReport(
                unit: owed.unit, obligation: obligation, year: result.year, lastOnTimeDay: owed.lastOnTimeDay,
                daysOverdue: owed.lastOnTimeDay.days(until: asOf))
        }
    }
}

/// The Vietnamese reminders `dxaudit overdue --format email` writes: one message to
/// each overdue unit that has an address (Cc the coordinator), and a digest to the
/// coordinator that also names the units mail cannot reach.
public struct OverdueMail: Sendable {
    /// What the command line decides about the envelope.
    public struct Settings: Sendable {
        /// The sender; nil: the coordinator's own address.
        public var from: String?
        /// Extra copies of every message.
        public var cc: [String]
        public var replyTo: String?
        public var date: MailDate
        /// Mixed into every Message-ID; empty keeps ids reproducible.
        public var salt: String

        public init(from: String? = nil, cc: [String] = [], replyTo: String? = nil, date: MailDate, salt: String = "") {
            self.from = from
            self.cc = cc
            self.replyTo = replyTo
            self.date = date
            self.salt = salt
        }
    }

    /// A reminder to one unit.
    public struct Notice: Sendable {
        public var unit: String
        public var message: MailMessage
    }

    public let plan: Plan
    public let year: Int
    public let asOf: CivilDate
    public let overdue: [OverdueReport]
    /// The coordinator on the judging day of the year's unit reports, after succession.
    public let coordinator: String
    let judgingDay: CivilDate
    let checker: Checker
    /// Each obligation's deadline in the year, as the check worked it out.
    let deadlines: [String: Deadline]
    /// Overdue units whose `missing-report` findings settings, an inline
    /// suppression or a baseline hide: sent no reminder, listed in the digest.
    public var silenced: Set<String> = []
    /// With a sent log: units reminded in this run, with how many reminders they
    /// had before; and units held back because they were reminded recently.
    public var remindedBefore: [String: Int] = [:]
    public var heldBack: [String: Int] = [:]

    public init(
        plan: Plan, checker: Checker, year: Int, overdue: [OverdueReport], deadlines: [String: Deadline]? = nil
    ) {
        self.plan = plan
        self.checker = checker
        let deadlines =
            deadlines
            ?? Dictionary(uniqueKeysWithValues: plan.reporting.map { ($0.id, checker.deadline($0, year: year)) })
        self.deadlines = deadlines
        self.year = year
        self.asOf = checker.asOf
        self.overdue = overdue
        let annual = plan.reporting.first { $0.synthesizes == nil } ?? plan.reporting.first
        judgingDay = annual.flatMap { deadlines[$0.id]?.lastOnTimeDay } ?? checker.asOf
        coordinator = plan.registry.holder(of: plan.header.coordinator, on: judgingDay) ?? plan.header.coordinator
    }

    /// Overdue units in first-mention order.
    public var units: [String] {
        var seen: [String] = []
        for report in overdue where !seen.contains(report.unit) { seen.append(report.unit) }
        return seen
    }

    /// Overdue units with no e-mail address: named in the digest, sent nothing.
    public var unreachable: [String] {
        units.filter { plan.registry.units[$0]?.email == nil }
    }

    // MARK: - Envelope

    func name(_ unit: String) -> String {
        Self.bodySafe(plan.registry.units[unit]?.name ?? unit)
    }

    /// The coordinator's mailbox, or nil when it has no address.
    var coordinatorMailbox: Mailbox? {
        guard let unit = plan.registry.units[coordinator], let email = unit.email else { return nil }
        return Mailbox(name: unit.name, address: email)
    }

    func sender(_ settings: Settings) throws -> Mailbox {
        if let from = settings.from {
            return Mailbox(name: "dxaudit", address: try MailHeader.checkAddress(from, field: "From"))
        }
        guard let coordinator = coordinatorMailbox else {
            throw MailError(
                "the coordinator \(self.coordinator) has no e-mail address in the unit registry; give --from")
        }
        return Mailbox(name: "\(coordinator.name ?? self.coordinator) (dxaudit)", address: coordinator.address)
    }

    /// Replies go to people: `--reply-to`, or the coordinator when `--from` names
    /// another sender.
    func replyTo(_ settings: Settings, from: Mailbox) throws -> Mailbox? {
        if let replyTo = settings.replyTo {
            return Mailbox(address: try MailHeader.checkAddress(replyTo, field: "Reply-To"))
        }
        if let coordinator = coordinatorMailbox, coordinator.address != from.address { return coordinator }
        return nil
    }

    func copies(_ settings: Settings, to: [Mailbox], coordinator: Bool) throws -> [Mailbox] {
        var result: [Mailbox] = []
        var seen = Set(to.map { $0.address.lowercased() })
        if coordinator, let c = coordinatorMailbox, seen.insert(c.address.lowercased()).inserted { result.append(c) }
        for address in settings.cc {
            try MailHeader.checkAddress(address, field: "Cc")
            if seen.insert(address.lowercased()).inserted { result.append(Mailbox(address: address)) }
        }
        return result
    }

    func messageID(_ parts: [String], settings: Settings, from: Mailbox) -> String {
        let key = (parts + [String(year), asOf.description, settings.salt]).joined(separator: "\u{0}")
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "localhost"
        return "<dxaudit.\(settings.date.compact).\(StableHash.hex(key))@\(domain)>"
    }

    // MARK: - Messages

    /// One reminder to each overdue unit that has an address.
    public func notices(_ settings: Settings) throws -> [Notice] {
        let from = try sender(settings)
        let replyTo = try replyTo(settings, from: from)
        var result: [Notice] = []
        for unit in units where !silenced.contains(unit) {
            guard let record = plan.registry.units[unit], let email = record.email else { continue }
            let to = [Mailbox(name: record.name, address: email)]
            let reports = overdue.filter { $0.unit == unit }
            let message = MailMessage(
                from: from, to: to, cc: try copies(settings, to: to, coordinator: true), replyTo: replyTo,
                subject:
                    "[dxaudit] Nhắc báo cáo năm \(year) đã quá hạn theo Kế hoạch \(plan.header.number) – \(record.name)",
                date: settings.date,
                messageID: messageID(["notice", unit] + reports.map(\.obligation.id), settings: settings, from: from),
                body: noticeBody(unit, reports))
            result.append(Notice(unit: unit, message: message))
        }
        return result
    }

    /// The coordinator's digest. `undelivered` maps units whose reminder could not
    /// be sent to the reason, so that the digest says so.
    public func digest(_ settings: Settings, undelivered: [String: String] = [:]) throws -> MailMessage {
        let from = try sender(settings)
        guard let coordinator = coordinatorMailbox else {
            throw MailError(
                "the coordinator \(self.coordinator) has no e-mail address in the unit registry for the digest")
        }
        let to = [coordinator]
        return MailMessage(
            from: from, to: to, cc: try copies(settings, to: to, coordinator: false),
            replyTo: try replyTo(settings, from: from),
            subject:
                "[dxaudit] Tổng hợp báo cáo năm \(year) quá hạn đến ngày \(asOf.vietnamese): \(units.count) đơn vị",
            date: settings.date, messageID: messageID(["digest"] + units, settings: settings, from: from),
            body: digestBody(undelivered))
    }

    // MARK: - Vietnamese text

    var planSentence: String {
        var text = "Kế hoạch số \(plan.header.number)"
        if let issued = plan.header.issued { text += " \(Wording.vietnamese.longDate(issued))" }
        if let issuer = plan.header.issuer { text += " của \(Self.bodySafe(issuer))" }
        return text + " về \(Self.bodySafe(plan.header.title))"
    }

    /// `báo cáo năm 2024 về tình hình thực hiện Kế hoạch (điểm đ khoản 2 phần IV)`.
    func describe(_ obligation: Plan.Obligation) -> String {
        var text =
            obligation.synthesizes == nil
            ? "báo cáo năm \(year) về tình hình thực hiện Kế hoạch"
            : "báo cáo tổng hợp năm \(year) về tình hình thực hiện Kế hoạch"
        if let source = obligation.source { text += " (\(source.vietnamese))" }
        return text
    }

    /// Whom `obligation`'s reports go to on its judging day, as the text says it:
    /// `Ủy ban nhân dân thành phố Hải Phòng (qua Sở Thông tin và Truyền thông)` for a
    /// report sent to the city through the department (IV.2.đ).
    func receiver(_ obligation: Plan.Obligation) -> String? {
        let day = lastOnTimeDay(obligation)
        func holderName(_ id: String) -> String { name(plan.registry.holder(of: id, on: day) ?? id) }
        switch (obligation.to, obligation.via) {
        case (let to?, let via?): return "\(holderName(to)) (qua \(holderName(via)))"
        case (let to?, nil): return holderName(to)
        case (nil, let via?): return holderName(via)
        case (nil, nil): return nil
        }
    }

    func lastOnTimeDay(_ obligation: Plan.Obligation) -> CivilDate {
        deadlines[obligation.id]?.lastOnTimeDay ?? checker.judgingDay(obligation, year: year)
    }

    func deadline(_ report: OverdueReport) -> String {
        "hạn gửi \(report.obligation.due.vietnamese(year: year)), ngày cuối cùng còn đúng hạn là \(report.lastOnTimeDay.vietnameseWithWeekday); đã quá hạn \(report.daysOverdue) ngày"
    }

    func noticeBody(_ unit: String, _ reports: [OverdueReport]) -> String {
        let coordinatorName = name(coordinator)
        var lines = ["Kính gửi: \(name(unit))", ""]
        // The coordinator's own report (the synthesis) goes to someone else: say
        // only that it is not on record, not that the coordinator lacks it.
        let isCoordinator = unit == coordinator
        let missing =
            isCoordinator
            ? "chưa có trong hồ sơ theo dõi báo cáo sau của Quý cơ quan"
            : "\(coordinatorName) chưa nhận được báo cáo sau của Quý cơ quan"
        lines += Self.wrap("Thực hiện \(planSentence), đến \(Wording.vietnamese.longDate(asOf)) \(missing):")
        lines.append("")
        for report in reports {
            var text = Self.capitalized(describe(report.obligation))
            if let receiver = receiver(report.obligation) { text += ", gửi \(receiver)" }
            lines += Self.wrap(text + "; " + deadline(report) + ".", first: "- ", rest: "  ")
        }
        lines.append("")
        let day = lastOnTimeDay(reports[0].obligation)
        let ownership = Ownership(plan: plan, on: day)
        let chaired = ownership.chairedTasks(of: unit)
        if !chaired.isEmpty {
            lines += Self.wrap("Nhiệm vụ Quý cơ quan chủ trì (phần II của Kế hoạch), cần được nêu trong báo cáo:")
            lines.append("")
            lines += taskLines(chaired)
        } else {
            let owned = ownership.ownedTasks(of: unit)
            if !owned.isEmpty {
                lines += Self.wrap(
                    "Quý cơ quan không chủ trì nhiệm vụ nào của phần II; nhiệm vụ Quý cơ quan tổ chức thực hiện, cần được nêu trong báo cáo:"
                )
                lines.append("")
                lines += taskLines(owned)
            }
        }
        lines.append("")
        lines += Self.wrap(
            isCoordinator
                ? "Đề nghị Quý cơ quan khẩn trương gửi báo cáo. Nếu đã gửi, xin đưa báo cáo vào thư mục báo cáo năm \(year) để dxaudit ghi nhận."
                : "Đề nghị Quý cơ quan khẩn trương gửi báo cáo. Nếu đã gửi, xin thông báo số và ngày của văn bản để \(coordinatorName) đối chiếu."
        )
        lines += ["", "Trân trọng.", ""]
        lines += footer
        return lines.joined(separator: "\n") + "\n"
    }

    func taskLines(_ tasks: [Citation]) -> [String] {
        var lines: [String] = []
        for citation in tasks {
            let text = plan.task(citation).map { Self.bodySafe($0.text) } ?? ""
            lines += Self.wrap("\(citation.canonical): \(text)", first: "- ", rest: "  ")
        }
        return lines
    }

    var footer: [String] {
        var lines = ["-- "]
        var text =
            "Thư này do dxaudit tạo tự động từ Kế hoạch \(plan.header.number) và các báo cáo đã nhận đến \(Wording.vietnamese.longDate(asOf))."
        if let coordinator = coordinatorMailbox {
            text += " Mọi trao đổi xin gửi \(name(self.coordinator)) (\(coordinator.address))."
        }
        lines += Self.wrap(text)
        return lines
    }

    func digestBody(_ undelivered: [String: String]) -> String {
        var lines = ["Kính gửi: \(name(coordinator))", ""]
        lines += Self.wrap(
            "Đến ngày \(asOf.vietnameseWithWeekday), theo \(planSentence), có \(overdue.count) báo cáo năm \(year) quá hạn mà chưa nhận được:"
        )
        lines.append("")
        for (index, report) in overdue.enumerated() {
            var text = "\(name(report.unit)) (\(report.unit)): \(describe(report.obligation)); \(deadline(report))."
            if silenced.contains(report.unit) {
                text +=
                    " Không gửi thư nhắc: phát hiện missing-report của đơn vị đã được tắt (cấu hình, ignore hoặc baseline)."
            } else if let email = plan.registry.units[report.unit]?.email {
                if let why = undelivered[report.unit] {
                    text += " Gửi thư nhắc tới \(email) KHÔNG thành công: \(Self.bodySafe(why))."
                } else if let before = heldBack[report.unit] {
                    text += " Không nhắc lại hôm nay: đã nhắc \(before) lần, gần đây nhất chưa quá hạn nhắc lại."
                } else if let before = remindedBefore[report.unit] {
                    text +=
                        " Thư nhắc gửi tới \(email) hôm nay"
                        + (before > 0 ? " (đã nhắc \(before) lần trước đó)." : " (lần đầu).")
                } else {
                    text += " Thư nhắc gửi tới \(email)."
                }
            } else {
                text +=
                    " Đơn vị không có địa chỉ e-mail trong danh mục đơn vị: không gửi được thư nhắc, đề nghị liên hệ trực tiếp."
            }
            let number = "\(index + 1). "
            lines += Self.wrap(text, first: number, rest: String(repeating: " ", count: number.count))
        }
        lines.append("")
        let quiet = units.filter { silenced.contains($0) }.count
        let unreachable = self.unreachable.filter { !silenced.contains($0) }
        let held = units.filter { heldBack[$0] != nil }.count
        let reachable = units.count - unreachable.count - undelivered.count - quiet - held
        var total = "Tổng số: \(overdue.count) báo cáo quá hạn của \(units.count) đơn vị; \(reachable) thư nhắc"
        if !undelivered.isEmpty { total += ", \(undelivered.count) thư gửi không thành công" }
        if quiet > 0 { total += "; \(quiet) đơn vị đã tắt nhắc" }
        if held > 0 { total += "; \(held) đơn vị đã được nhắc, không nhắc lại hôm nay" }
        if !unreachable.isEmpty { total += "; \(unreachable.count) đơn vị không có địa chỉ e-mail" }
        lines += Self.wrap(total + ".")
        lines.append("")
        lines += footer
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Text helpers

    /// Control characters become spaces: the body is encoded, but a stray line
    /// break from the data should not reshape the text.
    static func bodySafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { MailHeader.isForbidden($0) ? " " : $0 }))
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Word-wraps `text` at `width` characters, `first` before the first line and
    /// `rest` before the others.
    static func wrap(_ text: String, width: Int = 72, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var empty = true
        for word in text.split(separator: " ") {
            if !empty, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines
    }
}
