import DXYAML

/// `succession`: an unknown successor, a succession cycle, or dates out of order.
public enum SuccessionRule: Rule {
    public static let id = RuleID.succession
    public static let severity = Finding.Severity.error
    public static let scope = RuleInfo.Scope.plan
    public static let summary = "an unknown successor, a succession cycle, or dates out of order"
    public static let explanation = """
        A unit that ends (`until`) may name a `successor` that inherits its duties
        from the next day: a unit, a list of units or a group. Each successor must
        exist, must not lead back to the unit, must not have ended before it and
        must not begin (a group: count) later than the next day; `since` must not
        be after `until`.
        """
    public static let examples: [RuleExample] = [
        .triggering(
            .units(
                """
                \(RuleExample.exampleRegistry)
                  so-bcvt:
                    name: Sở Bưu chính, Viễn thông
                    kind: department
                    until: 2008-03-31
                    successor: ↓so-ttt
                """)),
        .triggering(
            .units(
                """
                \(RuleExample.exampleRegistry)
                  ↓so-bcvt:
                    name: Sở Bưu chính, Viễn thông
                    kind: department
                    successor: so-tttt
                """)),
        .passing(
            .units(
                """
                \(RuleExample.exampleRegistry)
                  so-bcvt:
                    name: Sở Bưu chính, Viễn thông
                    kind: department
                    until: 2008-03-31
                    successor: so-tttt
                """)),
    ]
}

extension SuccessionRule {
    static func check(_ registry: Registry) -> [Finding] {
        var findings: [Finding] = []
        for id in registry.order {
            guard let unit = registry.units[id] else { continue }
            if let since = unit.since, let until = unit.until, since > until {
                findings.append(Finding(.datesOutOfOrder(id, since, until), at: unit.location, unit: id))
            }
            for transfer in unit.transfers where !registry.isKnown(transfer.to) {
                findings.append(
                    Finding(
                        .unknownTransferTarget(id, transfer.to, closest: registry.suggestion(for: transfer.to)),
                        at: transfer.location, unit: id))
            }
            guard !unit.successors.isEmpty else { continue }
            if unit.until == nil {
                findings.append(Finding(.successorWithoutUntil(id), at: unit.location, unit: id))
            }
            for (index, successor) in unit.successors.enumerated() {
                let at =
                    unit.successorLocations.indices.contains(index) ? unit.successorLocations[index] : unit.location
                func add(_ message: Finding.Message) {
                    findings.append(Finding(message, at: at, unit: id))
                }
                if let group = registry.groups[successor] {
                    if let until = unit.until, let since = group.since, since > until.adding(days: 1) {
                        add(.groupGap(successor, since: since, after: id, until: until))
                    }
                    continue
                }
                guard let next = registry.units[successor] else {
                    add(.unknownSuccessor(successor, of: id, closest: registry.suggestion(for: successor)))
                    continue
                }
                if let until = unit.until, let nextUntil = next.until, nextUntil <= until {
                    add(.successorEndsFirst(successor, nextUntil, after: id, until: until))
                }
                if let until = unit.until, let since = next.since, since > until.adding(days: 1) {
                    add(.successorGap(successor, since: since, after: id, until: until))
                }
            }
            if let cycle = cycle(from: id, registry) {
                findings.append(Finding(.cycle(cycle), at: unit.location, unit: id))
            }
        }
        return findings
    }

    /// A path of successors from `start` back to it, if there is one.
    private static func cycle(from start: String, _ registry: Registry) -> [String]? {
        var visited: Set<String> = []
        func search(_ current: String, _ path: [String]) -> [String]? {
            for next in registry.units[current]?.successors ?? [] {
                if next == start { return path + [next] }
                guard visited.insert(next).inserted else { continue }
                if let found = search(next, path + [next]) { return found }
            }
            return nil
        }
        return search(start, [start])
    }
}

extension Finding.Message {
    static func datesOutOfOrder(_ unit: String, _ since: CivilDate, _ until: CivilDate) -> Finding.Message {
        Finding.Message(
            .succession, "dates-out-of-order", .text(unit), .date(since),
            .date(until))
    }

    static func unknownTransferTarget(_ unit: String, _ target: String, closest: String?) -> Finding.Message {
        Finding.Message(
            .succession, "unknown-transfer-target", .text(unit), .text(target),
            .didYouMean(closest))
    }

    static func successorWithoutUntil(_ unit: String) -> Finding.Message {
        Finding.Message(.succession, "no-until", .text(unit))
    }

    static func groupGap(_ group: String, since: CivilDate, after unit: String, until: CivilDate) -> Finding.Message {
        Finding.Message(.succession, "group-gap", .text(group), .date(since), .text(unit), .date(until))
    }

    static func unknownSuccessor(_ successor: String, of unit: String, closest: String?) -> Finding.Message {
        Finding.Message(.succession, "unknown-successor", .text(successor), .text(unit), .didYouMean(closest))
    }

    static func successorEndsFirst(_ successor: String, _ end: CivilDate, after unit: String, until: CivilDate)
        -> Finding.Message
    {
        Finding.Message(
            .succession, "ends-first", .text(successor),
            .date(end), .text(unit), .date(until))
    }

    static func successorGap(_ successor: String, since: CivilDate, after unit: String, until: CivilDate)
        -> Finding.Message
    {
        Finding.Message(.succession, "gap", .text(successor), .date(since), .text(unit), .date(until))
    }

    static func cycle(_ path: [String]) -> Finding.Message {
        Finding.Message(.succession, "cycle", .texts(path, separator: " → "))
    }
}

extension SuccessionRule {
    /// The rule's messages in English, by name.
    public static let english: [String: String] = [
        "dates-out-of-order": "'{0}' begins on {1}, after it ends on {2}",
        "unknown-transfer-target": "transfer of '{0}' goes to '{1}', not a unit or group of the registry{2}",
        "no-until": "'{0}' names a successor but no 'until' date",
        "group-gap": "successor group '{0}' counts from {1}, leaving a gap after '{2}' ends on {3}",
        "unknown-successor": "successor '{0}' of '{1}' is not a unit or group of the registry{2}",
        "ends-first": "successor '{0}' ends on {1}, not after '{2}' ({3})",
        "gap": "successor '{0}' begins on {1}, leaving a gap after '{2}' ends on {3}",
        "cycle": "succession cycle: {0}",
    ]
}

extension SuccessionRule {
    public static let vietnameseSummary = "đơn vị kế nhiệm không có, vòng lặp kế nhiệm, hoặc ngày tháng sai thứ tự"
    public static let vietnameseExplanation = """
        Đơn vị kết thúc hoạt động (`until`) có thể nêu đơn vị kế nhiệm (`successor`)
        nhận nhiệm vụ từ ngày hôm sau: một đơn vị, danh sách đơn vị hoặc một nhóm. Mỗi
        đơn vị kế nhiệm phải có trong danh mục, không dẫn ngược về đơn vị ban đầu, không
        kết thúc trước đơn vị đó và không bắt đầu (với nhóm: được tính) muộn hơn ngày hôm
        sau; `since` không được sau `until`.
        """
    /// The rule's messages in Vietnamese, by name.
    public static let vietnamese: [String: String] = [
        "dates-out-of-order": "'{0}' bắt đầu ngày {1}, sau ngày kết thúc {2}",
        "unknown-transfer-target":
            "nhiệm vụ của '{0}' được chuyển cho '{1}', không phải đơn vị hoặc nhóm trong danh mục{2}",
        "no-until": "'{0}' có đơn vị kế nhiệm nhưng không có ngày kết thúc 'until'",
        "group-gap": "nhóm kế nhiệm '{0}' tính từ ngày {1}, để trống một khoảng sau khi '{2}' kết thúc ngày {3}",
        "unknown-successor": "đơn vị kế nhiệm '{0}' của '{1}' không phải đơn vị hoặc nhóm trong danh mục{2}",
        "ends-first": "đơn vị kế nhiệm '{0}' kết thúc ngày {1}, không sau '{2}' ({3})",
        "gap": "đơn vị kế nhiệm '{0}' bắt đầu ngày {1}, để trống một khoảng sau khi '{2}' kết thúc ngày {3}",
        "cycle": "vòng lặp kế nhiệm: {0}",
    ]
}
