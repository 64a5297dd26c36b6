import DXYAML

/// `succession`: successors exist, lead nowhere circular, and dates are in order.
enum SuccessionRule {
    static func check(_ registry: Registry, reader: inout FileReader) -> [Finding] {
        var findings: [Finding] = []
        func add(_ message: String, _ unit: Registry.Unit, at location: Finding.Location? = nil) {
            let location = location ?? unit.location
            findings.append(
                Finding(.succession, message, at: location, sourceLine: reader.sourceLine(location.line), unit: unit.id))
        }
        for id in registry.order {
            let unit = registry.units[id]!
            if let since = unit.since, let until = unit.until, since > until {
                add(Message.datesOutOfOrder(unit, since, until), unit)
            }
            for transfer in unit.transfers where !registry.isKnown(transfer.to) {
                let hint = registry.suggestion(for: transfer.to).map { "; did you mean '\($0)'?" } ?? ""
                findings.append(
                    Finding(
                        .succession, "transfer of '\(id)' goes to '\(transfer.to)', not a unit or group of the registry\(hint)",
                        at: transfer.location, sourceLine: reader.sourceLine(transfer.location.line), unit: id))
            }
            guard !unit.successors.isEmpty else { continue }
            if unit.until == nil {
                add("'\(id)' names a successor but no 'until' date", unit)
            }
            for (index, successor) in unit.successors.enumerated() {
                let at = unit.successorLocations.indices.contains(index) ? unit.successorLocations[index] : unit.location
                func addAt(_ message: String) {
                    findings.append(
                        Finding(.succession, message, at: at, sourceLine: reader.sourceLine(at.line), unit: id))
                }
                if let group = registry.groups[successor] {
                    if let until = unit.until, let since = group.since, since > until.adding(days: 1) {
                        addAt("successor group '\(successor)' counts from \(since), leaving a gap after '\(id)' ends on \(until)")
                    }
                    continue
                }
                guard let next = registry.units[successor] else {
                    let hint = registry.suggestion(for: successor).map { "; did you mean '\($0)'?" } ?? ""
                    addAt("successor '\(successor)' of '\(id)' is not a unit or group of the registry\(hint)")
                    continue
                }
                if let until = unit.until, let nextUntil = next.until, nextUntil <= until {
                    addAt("successor '\(successor)' ends on \(nextUntil), not after '\(id)' (\(until))")
                }
                if let until = unit.until, let since = next.since, since > until.adding(days: 1) {
                    addAt("successor '\(successor)' begins on \(since), leaving a gap after '\(id)' ends on \(until)")
                }
            }
            if let cycle = cycle(from: id, registry) {
                add("succession cycle: \(cycle.joined(separator: " → "))", unit)
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

    enum Message {
        static func datesOutOfOrder(_ unit: Registry.Unit, _ since: CivilDate, _ until: CivilDate) -> String {
            "'\(unit.id)' begins on \(since), after it ends on \(until)"
        }
    }
}
