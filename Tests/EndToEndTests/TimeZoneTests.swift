import Foundation
import Testing

/// "Today" is today in Asia/Ho_Chi_Minh, whatever the machine's TZ says.
@Suite struct TimeZoneTests {
    /// The civil date in UTC+7 now, `YYYY-MM-DD`.
    static func vietnamToday() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    @Test(arguments: ["UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/Los_Angeles", "Asia/Ho_Chi_Minh"])
    func todayIgnoresTZ(_ zone: String) throws {
        let before = Self.vietnamToday()
        let run = try DXAudit.run(["check", "reports", "--year", "2026"], environment: ["TZ": zone])
        let after = Self.vietnamToday()
        #expect(run.status != 2, "\(run.stderr)")
        #expect(
            run.stdout.contains("as of") && (run.stdout.contains(before) || run.stdout.contains(after)),
            "TZ=\(zone): \(run.stdout.split(separator: "\n").filter { $0.contains("as of") })")
    }
}
