import DXAudit
import DXYAML
import Foundation
import Testing

/// Every clause, point and numbered item of Part II in the source text is in the
/// plan, with the same text.
@Suite struct SourceTextTests {
    struct Entry {
        var citation: String
        var text: String
        var line: Int
    }

    /// Part II of `seeds/227-KH-UBND.txt`, read line by line.
    static func partII() throws -> [Entry] {
        let text = SourceText(try String(contentsOfFile: Repo.path("seeds/227-KH-UBND.txt"), encoding: .utf8))
        var entries: [Entry] = []
        var inPartII = false
        var clause = 0
        var point = ""
        for number in 1...text.lineCount {
            let line = text.line(number) ?? ""
            if line.hasPrefix("II. NHIỆM VỤ") {
                inPartII = true
                continue
            }
            guard inPartII else { continue }
            if line.hasPrefix("1. Kinh phí") { break }  // Part III begins
            func strip(_ s: Substring) -> String {
                var t = String(s)
                if t.hasSuffix(":") { t.removeLast() }
                return t
            }
            if let match = line.firstMatch(of: /^(\d)\. (.*)$/) {
                clause = Int(match.1)!
                point = ""
                entries.append(Entry(citation: "II.\(clause)", text: strip(match.2), line: number))
            } else if let match = line.firstMatch(of: /^([a-zđ])\) (.*)$/) {
                point = String(match.1)
                entries.append(Entry(citation: "II.\(clause).\(point)", text: strip(match.2), line: number))
            } else if let match = line.firstMatch(of: /^\((\d+)\)\. (.*)$/) {
                entries.append(Entry(citation: "II.\(clause).\(point).\(match.1)", text: strip(match.2), line: number))
            }
        }
        return entries
    }

    @Test func everyPointAndItemIsInThePlanWithTheSameText() throws {
        let entries = try Self.partII()
        #expect(entries.count >= 60, "read only \(entries.count) entries of Part II")
        let plan = Repo.shippedPlan
        for entry in entries {
            let task = plan.task(citation(entry.citation))
            #expect(task != nil, "\(entry.citation) (source line \(entry.line)) is not in the plan")
            #expect(task?.text == entry.text, "\(entry.citation) differs from source line \(entry.line)")
        }
        // And nothing in the plan's Part II that the source does not have.
        let cited = Set(entries.map { citation($0.citation) })
        for task in plan.tasks {
            #expect(cited.contains(task.citation), "\(task.citation) is in the plan but not in the source")
        }
    }

    @Test func clauseFiveDetailsAreTheBulletLines() throws {
        let text = try String(contentsOfFile: Repo.path("seeds/227-KH-UBND.txt"), encoding: .utf8)
        let plan = Repo.shippedPlan
        let health = try #require(plan.task(citation("II.5.a")))
        #expect(health.details.count == 4)
        for detail in health.details {
            #expect(text.contains("- \(detail)"), "\(detail.prefix(40))… is not a bullet of the source")
        }
    }
}
