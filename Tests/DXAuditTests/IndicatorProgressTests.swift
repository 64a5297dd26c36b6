import DXYAML
import Foundation
import Testing

@testable import DXAudit

/// How the city's figure of an indicator is made from the reports of a year, and
/// how its status follows from the figures, the path and the milestones.
@Suite struct IndicatorProgressTests {
    static let plan: Plan = {
        let load = PlanAudit.load(Repo.path("plans/227-KH-UBND.yaml"))
        return load.plan!
    }()

    /// Report files written for `year` and read as `check` reads them.
    static func reports(_ texts: [String: String], year: Int) throws -> [Report] {
        let dir = try TemporaryFolder()
        for (name, text) in texts { try dir.write("\(year)/\(name).yaml", text) }
        let checker = Checker(plan: plan, asOf: CivilDate(year: year, month: 12, day: 20)!)
        return checker.reports(texts.keys.sorted().map { "\(dir.path)/\(year)/\($0).yaml" }, year: year)
    }

    static func report(_ unit: String, _ year: Int, _ targets: String, obligation: String = "unit-annual") -> String {
        """
        unit: \(unit)
        year: \(year)
        obligation: \(obligation)
        submitted: \(year)-11-20
        tasks: {}
        targets:
        \(targets)
        """
    }

    static func ledger(_ years: [Int: [String: String]]) throws -> IndicatorLedger {
        var ledger = IndicatorLedger(plan: plan)
        for (year, texts) in years.sorted(by: { $0.key < $1.key }) {
            let checker = Checker(plan: plan, asOf: CivilDate(year: year, month: 12, day: 20)!)
            ledger.add(try reports(texts, year: year), year: year, on: checker.figureDay(year: year))
        }
        return ledger
    }

    @Test func thePathIsAStraightLineThroughEachMilestone() {
        let milestones = [(year: 2025, value: 60.0), (year: 2030, value: 70.0)]
        let origin = (year: 2021, value: 30.0)
        #expect(IndicatorProgress.path(at: 2024, origin: origin, milestones: milestones) == 52.5)
        #expect(IndicatorProgress.path(at: 2025, origin: origin, milestones: milestones) == 60)
        #expect(IndicatorProgress.path(at: 2027, origin: origin, milestones: milestones) == 64)
        #expect(IndicatorProgress.path(at: 2020, origin: origin, milestones: milestones) == 30)
        #expect(IndicatorProgress.path(at: 2031, origin: origin, milestones: milestones) == 70)
    }

    @Test func weightedFiguresAddNumeratorsAndDenominators() throws {
        let ledger = try Self.ledger([
            2024: [
                "huyen-an-lao": Self.report(
                    "huyen-an-lao", 2024, "  ho-so-cap-huyen: {numerator: 90, denominator: 100}"),
                "quan-le-chan": Self.report(
                    "quan-le-chan", 2024, "  ho-so-cap-huyen: {numerator: 30, denominator: 300}"),
            ]
        ])
        let point = try #require(ledger.points["ho-so-cap-huyen"]?[2024])
        #expect(point.value == 30, "120 of 400 files, not the mean of 90% and 10%")
        #expect(point.suppliers == ["huyen-an-lao", "quan-le-chan"])
        #expect(!point.fromSynthesis)
    }

    @Test func onlySoundFiguresOfSuppliersCount() throws {
        let ledger = try Self.ledger([
            2024: [
                // so-y-te does not supply dvc-muc-do-4 (vp-ubnd does): a note, not the city's figure.
                "so-y-te": Self.report("so-y-te", 2024, "  dvc-muc-do-4: 99"),
                "vp-ubnd": Self.report("vp-ubnd", 2024, "  dvc-muc-do-4: 79.5\n  bao-cao-qua-he-thong: 120"),
                "so-tttt-tong-hop": Self.report(
                    "so-tttt", 2024, "  I.1.a.1: 70\n  I.1.a.3: 95\n  I.1.b.1: 14.1", obligation: "synthesis"),
            ]
        ])
        #expect(ledger.points["dvc-muc-do-4"]?[2024]?.value == 79.5)
        #expect(ledger.points["dvc-muc-do-4"]?[2024]?.suppliers == ["vp-ubnd"])
        // 120% cannot be right (bad-figure): the synthesis's 95 stands in.
        let reporting = try #require(ledger.points["bao-cao-qua-he-thong"]?[2024])
        #expect(reporting.value == 95)
        #expect(reporting.fromSynthesis)
        #expect(ledger.points["kinh-te-so-grdp"]?[2024]?.fromSynthesis == true)
    }

    @Test func statusesByKind() throws {
        func status(_ id: String, _ figures: [Int: String], unit: String) throws -> IndicatorProgress {
            var years: [Int: [String: String]] = [:]
            for (year, value) in figures { years[year] = [unit: Self.report(unit, year, "  \(id): \(value)")] }
            let ledger = try Self.ledger(years)
            return ledger.progress(try #require(Self.plan.indicator(id)))
        }
        // A level: on the path, short of it, past its milestone year.
        #expect(try status("kinh-te-so-grdp", [2021: "10", 2024: "18"], unit: "so-khdt").status == .onTrack)
        let short = try status("kinh-te-so-grdp", [2021: "10", 2024: "14"], unit: "so-khdt")
        #expect(short.status == .behind)
        #expect(short.expected == 17.5)
        #expect(try status("kinh-te-so-grdp", [2021: "10", 2024: "20.5"], unit: "so-khdt").status == .met)
        // One figure and no baseline: no path to judge it by.
        #expect(try status("kinh-te-so-grdp", [2024: "14"], unit: "so-khdt").status == .noData)
        #expect(try status("kinh-te-so-grdp", [:], unit: "so-khdt").status == .noData)
        // A rank must be at most the milestone.
        #expect(try status("chi-so-chinh-quyen-so", [2023: "19", 2024: "14"], unit: "so-tttt").status == .met)
        // A yearly rate is met or behind every year.
        #expect(try status("nang-suat-lao-dong", [2024: "6.9"], unit: "so-khdt").status == .behind)
        #expect(try status("nang-suat-lao-dong", [2024: "7"], unit: "so-khdt").status == .met)
        // Yes-no: not yet is on track until the milestone's year.
        #expect(try status("csdl-dung-chung", [2024: "false"], unit: "so-tttt").status == .onTrack)
        #expect(try status("csdl-dung-chung", [2025: "false"], unit: "so-khcn").status == .behind)
        #expect(try status("csdl-dung-chung", [2025: "true"], unit: "so-khcn").status == .met)
    }
}
