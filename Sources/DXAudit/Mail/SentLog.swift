import DXYAML

/// The reminders `overdue --send` has handed to sendmail, so that a second cron
/// run, or a rerun after a failure, does not mail a unit the same reminder again:
/// per unit, obligation and report year, the days a reminder was accepted.
/// A JSON file, written atomically; a file that is not one is refused, never
/// overwritten.
public struct SentLog: Sendable {
    public static let formatVersion = 1
    public static let tool = "dxaudit-sent-log"
    /// The default file name, in the reports root folder.
    public static let defaultName = ".dxaudit-sent.json"

    public struct Key: Sendable, Hashable, Comparable {
        public var unit: String
        public var obligation: String
        public var year: Int

        public init(unit: String, obligation: String, year: Int) {
            self.unit = unit
            self.obligation = obligation
            self.year = year
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.year, a.obligation, a.unit) < (b.year, b.obligation, b.unit)
        }
    }

    /// The days each reminder was accepted, oldest first.
    public var sent: [Key: [CivilDate]] = [:]

    public init() {}

    /// How many reminders were accepted before `day`.
    public func count(_ key: Key, before day: CivilDate) -> Int {
        (sent[key] ?? []).filter { $0 < day }.count
    }

    /// Whether a reminder is due on `day`: none yet, or the last one at least
    /// `every` days earlier.
    public func isDue(_ key: Key, on day: CivilDate, every: Int) -> Bool {
        guard let last = (sent[key] ?? []).filter({ !(day < $0) }).max(by: <) else { return true }
        return last.days(until: day) >= every
    }

    public mutating func record(_ key: Key, on day: CivilDate) {
        sent[key, default: []].append(day)
    }

    public func rendered() -> String {
        let document: JSONValue = .object([
            ("tool", .string(Self.tool)),
            ("version", .int(Self.formatVersion)),
            (
                "sent",
                .array(
                    sent.keys.sorted().map { key in
                        .object([
                            ("unit", .string(key.unit)),
                            ("obligation", .string(key.obligation)),
                            ("year", .int(key.year)),
                            ("days", .array(sent[key]!.map { .string($0.description) })),
                        ])
                    })
            ),
        ])
        return document.rendered() + "\n"
    }

    /// Reads the log; a missing file is an empty log.
    public static func load(_ path: String, limits: Limits = .default) -> Result<SentLog, Failure> {
        guard ProjectPath.exists(path) else { return .success(SentLog()) }
        func failure(_ node: Node?, _ reason: Failure.Reason) -> Result<SentLog, Failure> {
            .failure(Failure(kind: .sentLog, path: path, mark: node?.mark ?? .start, reason: reason))
        }
        let root: Node
        switch WrittenDocument.root(of: path, limits: limits) {
        case .success(let node): root = node
        case .failure(.unreadable(let error)):
            return .failure(Failure(kind: .sentLog, path: path, mark: nil, reason: .unreadable(error)))
        case .failure(.malformed(let reason)): return failure(nil, reason)
        }
        guard root.mapping != nil, (try? root["tool"]?.string()) == tool else {
            return failure(root, .missing("tool: \(tool)"))
        }
        guard let version = root["version"], (try? version.integer()) == formatVersion else {
            return failure(root, .wrongVersion(found: nil, reads: formatVersion))
        }
        guard let list = root["sent"]?.sequence else { return failure(root, .missingList("sent")) }
        var log = SentLog()
        for item in list {
            guard let unit = try? item["unit"]?.string(), let obligation = try? item["obligation"]?.string(),
                let year = try? item["year"]?.integer(), let days = item["days"]?.sequence
            else { return failure(item, .incompleteEntry(["unit", "obligation", "year", "days"])) }
            var parsed: [CivilDate] = []
            for day in days {
                guard let text = try? day.string(), case .success(let date) = CivilDate.parse(text) else {
                    return failure(day, .badDay)
                }
                parsed.append(date)
            }
            log.sent[Key(unit: unit, obligation: obligation, year: year), default: []] += parsed
        }
        return .success(log)
    }

    public typealias Failure = WrittenDocumentFailure
}

extension OverdueMail {
    /// Marks, from the sent log, which units are held back today (every overdue report
    /// of theirs was reminded within `every` days) and how often each of the others was
    /// reminded before; silenced units are left alone. `resend` holds nobody back.
    public mutating func schedule(with log: SentLog, on today: CivilDate, every: Int, resend: Bool) {
        for unit in units where !silenced.contains(unit) {
            let keys = overdue.filter { $0.unit == unit }.map {
                SentLog.Key(unit: unit, obligation: $0.obligation.id, year: year)
            }
            if !resend, !keys.contains(where: { log.isDue($0, on: today, every: every) }) {
                heldBack[unit] = keys.map { log.count($0, before: today.adding(days: 1)) }.max() ?? 0
            } else {
                remindedBefore[unit] = keys.map { log.count($0, before: today) }.max() ?? 0
            }
        }
    }
}
