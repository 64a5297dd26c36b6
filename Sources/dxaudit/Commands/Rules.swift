import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules with their default severity.")

        func run() throws {
            let width = RuleCatalog.all.map(\.id.rawValue.count).max() ?? 0
            var out = ""
            for rule in RuleCatalog.all {
                let id = rule.id.rawValue.padded(width)
                let severity = rule.severity.name.padded(7)
                let scope = rule.scope.rawValue.padded(6)
                out += "\(id)  \(severity)  \(scope)  \(rule.summary)\n"
            }
            Output.out(out)
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule.")

        @Argument(help: "A rule id, as printed in brackets after each finding.")
        var rule: String

        func validate() throws {
            guard RuleID(rawValue: rule) != nil else {
                let known = RuleID.allCases.map(\.rawValue)
                let close = known.min { editDistanceForHint($0, rule) < editDistanceForHint($1, rule) }
                throw ValidationError("unknown rule '\(rule)'" + (close.map { "; did you mean '\($0)'?" } ?? "") + " (see 'dxaudit rules')")
            }
        }

        func run() throws {
            let info = RuleID(rawValue: rule)!.info
            Output.out(
                "\(info.id.rawValue) (\(info.severity.name), \(info.scope.rawValue) files): \(info.summary)\n\n\(info.explanation)\n")
        }
    }
}

func editDistanceForHint(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in stride(from: 1, through: b.count, by: 1) {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
