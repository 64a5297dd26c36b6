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
            guard let successor = unit.successor else { continue }
            guard let next = registry.units[successor] else {
                let hint = registry.suggestion(for: successor).map { "; did you mean '\($0)'?" } ?? ""
                add("successor '\(successor)' of '\(id)' is not a unit of the registry\(hint)", unit,
                    at: unit.successorLocation)
                continue
            }
            if unit.until == nil {
                add("'\(id)' names a successor but no 'until' date", unit)
            }
            if let until = unit.until, let nextUntil = next.until, nextUntil <= until {
                add("successor '\(successor)' ends on \(nextUntil), not after '\(id)' (\(until))", unit)
            }
            if let until = unit.until, let since = next.since, since > until.adding(days: 1) {
                add("successor '\(successor)' begins on \(since), leaving a gap after '\(id)' ends on \(until)", unit)
            }
            var seen: Set<String> = [id]
            var current = successor
            while let u = registry.units[current], let s = u.successor {
                if !seen.insert(current).inserted || s == id {
                    add("succession cycle: \(([id] + chain(from: successor, registry, until: id)).joined(separator: " → "))", unit)
                    break
                }
                current = s
            }
        }
        return findings
    }

    private static func chain(from start: String, _ registry: Registry, until stop: String) -> [String] {
        var result = [start]
        var current = start
        while let next = registry.units[current]?.successor, result.count < 20 {
            result.append(next)
            if next == stop { break }
            current = next
        }
        return result
    }

    enum Message {
        static func datesOutOfOrder(_ unit: Registry.Unit, _ since: CivilDate, _ until: CivilDate) -> String {
            "'\(unit.id)' begins on \(since), after it ends on \(until)"
        }
    }
}
