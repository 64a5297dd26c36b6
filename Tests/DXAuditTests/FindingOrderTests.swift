import Testing

@testable import DXAudit

@Suite struct FindingOrderTests {
    /// Findings at few places, so that many share a file, a line or everything.
    static func findings(_ count: Int, seed: UInt64) -> [Finding] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let rules: [RuleID] = [.unassignedTask, .lateReport, .unknownRef, .schema]
        return (0..<count).map { n in
            Finding(
                rules[next(rules.count)], "message \(next(3))",
                at: .init(path: "reports/2024/u\(next(5)).yaml", line: next(4) + 1, column: next(2) + 1),
                unit: "unit \(n)")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64]) func mergingIsSortingTheWhole(_ seed: UInt64) {
        let sorted = Self.findings(300, seed: seed).sortedByPlace()
        var others = Self.findings(40, seed: seed + 100)
        let whole = (sorted + others).sortedByPlace()
        let merged = sorted.mergedByPlace(with: &others)
        // `unit` tells apart findings that sort as equal: ties keep their order.
        #expect(merged.map(\.unit) == whole.map(\.unit))
        #expect(merged == whole)
        #expect(others.isEmpty)
    }

    /// Few findings are sorted directly, many by ranked keys: both give the order of
    /// `<`, ties kept as they came.
    @Test(arguments: [2, 20, 32, 33, 300]) func sortingIsStableInFileOrder(_ count: Int) {
        let findings = Self.findings(count, seed: UInt64(count))
        let stable = findings.enumerated().sorted { a, b in
            a.element < b.element || (!(b.element < a.element) && a.offset < b.offset)
        }.map(\.element.unit)
        #expect(findings.sortedByPlace().map(\.unit) == stable)
    }

    @Test func mergingWithNothingOnEitherSide() {
        let sorted = Self.findings(50, seed: 7).sortedByPlace()
        var none: [Finding] = []
        #expect(sorted.mergedByPlace(with: &none) == sorted)
        var others = Self.findings(30, seed: 8)
        #expect(
            [Finding]().mergedByPlace(with: &others).map(\.unit)
                == Self.findings(30, seed: 8).sortedByPlace().map(\.unit))
    }

    @Test func anUnsortedListIsSortedWhole() {
        let unsorted = Self.findings(200, seed: 9)
        var others = Self.findings(20, seed: 10)
        let whole = (unsorted + others).sortedByPlace()
        #expect(unsorted.mergedByPlace(with: &others).map(\.unit) == whole.map(\.unit))
    }

    @Test func templatePlacesAreCutOnceAndOtherBracesKept() {
        let template = MessageTemplate("{0} and {1}, {01}, {2}, {x}, {, }{")
        let pieces = template.pieces.map { piece -> String in
            switch piece {
            case .text(let text): return text
            case .argument(let n, let written): return "\(n)=\(written)"
            }
        }
        #expect(pieces == ["0={0}", " and ", "1={1}", ", ", "1={01}", ", ", "2={2}", ", {x}, {, }{"])
        #expect(MessageTemplate("").pieces.count == 1)
    }

    @Test func aPlaceWithoutItsArgumentIsShownAsWritten() {
        let message = Finding.Message(.unassignedTask, "no-role", .text("X"))
        #expect(Wording.english.render(message) == "X neither chairs, implements nor coordinates {1}")
    }
}
