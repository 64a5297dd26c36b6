import Foundation
import Testing

/// `dxaudit template` refuses what the plan does not cover.
@Suite struct TemplateTests {
    @Test(arguments: [2035, 2020]) func aYearOutsideThePlanIsRefused(_ year: Int) throws {
        let run = try DXAudit.run(["template", "--unit", "so-y-te", "--year", "\(year)"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "dxaudit: 227/KH-UBND covers report years 2021–2030, not \(year)\n")
    }

    @Test func theFirstAndLastYearsAreCovered() throws {
        for year in [2021, 2030] {
            let run = try DXAudit.run([
                "template", "--unit", "so-y-te", "--year", "\(year)", "--as-of", "\(year)-11-20",
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("year: \(year)\n"))
        }
    }
}
