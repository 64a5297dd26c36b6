import DXAudit
import DXYAML
import Foundation
import Testing

/// Part I of the shipped plan as indicators, held against the seed text.
@Suite struct IndicatorTests {
    /// A number the text sets for a bullet, and the year of the clause it is under.
    struct Goal: Sendable, CustomStringConvertible {
        var bullet: String
        var year: Int
        var value: Double
        var description: String { "\(bullet) \(year): \(value)" }
    }

    /// Part I of the seed (clauses 1 and 2, their points and `-` bullets): every
    /// bullet with the numbers it names, `80%` and `nhóm 15` alike.
    static func seedGoals() throws -> (bullets: [String: Int], goals: [Goal]) {
        let text = try String(contentsOfFile: Repo.path("seeds/227-KH-UBND.txt"), encoding: .utf8)
        var bullets: [String: Int] = [:]
        var goals: [Goal] = []
        var clause = 0
        var year = 0
        var point = ""
        var bullet = 0
        for line in text.split(separator: "\n").map(String.init) {
            if line.hasPrefix("II. ") { break }
            if let match = line.firstMatch(of: #/^([12])\. Mục tiêu cơ bản đến năm (20[0-9]{2})/#) {
                clause = Int(match.1)!
                year = Int(match.2)!
                continue
            }
            guard clause > 0 else { continue }
            if let match = line.firstMatch(of: #/^([a-zđ])\) /#) {
                point = String(match.1)
                bullet = 0
                continue
            }
            guard line.hasPrefix("-") else { continue }
            bullet += 1
            let id = "I.\(clause).\(point).\(bullet)"
            bullets[id] = year
            for match in line.matches(of: #/([0-9]+)%|nhóm ([0-9]+)/#) {
                let number = match.1 ?? match.2!
                goals.append(Goal(bullet: id, year: year, value: Double(number)!))
            }
        }
        return (bullets, goals)
    }

    @Test func everyPartINumberIsAnIndicatorWithItsYear() throws {
        let plan = Repo.shippedPlan
        let (_, goals) = try Self.seedGoals()
        #expect(goals.count == 22, "\(goals)")
        for goal in goals {
            let matching = plan.indicators.filter { indicator in
                indicator.bullets.map(\.description).contains(goal.bullet)
                    && indicator.milestones[goal.year] == goal.value
            }
            #expect(!matching.isEmpty, "no indicator has \(goal)")
        }
    }

    @Test func everyBulletIsKeptEvenWithoutANumber() throws {
        let plan = Repo.shippedPlan
        let (bullets, _) = try Self.seedGoals()
        #expect(bullets.count == 20)
        for (bullet, year) in bullets {
            let covering = plan.indicators.filter { $0.bullets.map(\.description).contains(bullet) }
            #expect(!covering.isEmpty, "\(bullet) has no indicator")
            #expect(covering.allSatisfy { $0.milestones[year] != nil }, "\(bullet): no \(year) milestone")
        }
    }

    @Test func everyIndicatorIsOfThePlanAndNamesItsSupplier() {
        let plan = Repo.shippedPlan
        #expect(plan.indicators.count == 18)
        for indicator in plan.indicators {
            #expect(!indicator.milestones.isEmpty, "\(indicator.id)")
            #expect(indicator.reportedBy.map(plan.registry.isKnown) == true, "\(indicator.id)")
            #expect(indicator.milestones.keys.allSatisfy(plan.header.years.contains))
            if indicator.kind == .percent { #expect(indicator.milestones.values.allSatisfy { (0...100).contains($0) }) }
        }
    }

    @Test func aBadIndicatorIsLocated() throws {
        let dir = try TemporaryFolder()
        let base = Repo.path("Tests/Fixtures/lint/base")
        for name in ["plan.yaml", "units.yaml"] {
            try FileManager.default.copyItem(atPath: "\(base)/\(name)", toPath: "\(dir.path)/\(name)")
        }
        var plan = try String(contentsOfFile: "\(dir.path)/plan.yaml", encoding: .utf8)
        let indicators = """
            indicators:
              a:
                text: "x"
                bullets: [I.9.a.1]
                kind: percentage
                milestones: {2040: 10, 2025: 120}
                reported_by: so-nope

            """
        let insertAt = try #require(plan.range(of: "tasks:"))
        plan.insert(contentsOf: indicators, at: insertAt.lowerBound)
        try plan.write(toFile: "\(dir.path)/plan.yaml", atomically: true, encoding: .utf8)
        let found = Linter.lint(["\(dir.path)/plan.yaml"]).findings.map { "\($0.rule.rawValue) \($0.location.line)" }
        let line = plan.prefix(upTo: insertAt.lowerBound).split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(found.contains("unknown-ref \(line + 3)"), "\(found)")
        #expect(found.contains("schema \(line + 4)"), "\(found)")
        #expect(found.filter { $0 == "schema \(line + 5)" }.count == 2, "\(found)")
        #expect(found.contains("unknown-unit \(line + 6)"), "\(found)")
    }
}
