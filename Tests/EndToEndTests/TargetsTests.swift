import Foundation
import Testing

/// `dxaudit targets` over the sample reports of 2021–2026: the statuses the samples
/// were built to show (reports/README.md, "Part I figures"), in both languages.
@Suite struct TargetsTests {
    static let arguments = ["targets", "reports", "--as-of", "2026-11-26"]

    @Test func theSampleTableInBothLanguages() throws {
        let english = try DXAudit.run(Self.arguments)
        #expect(english.status == 0, "warnings only: \(english.stderr)")
        #expect(english.stderr == "")
        #expect(english.stdout == (try DXAudit.expected("targets-reports.txt")))
        let vietnamese = try DXAudit.run(Self.arguments + ["--lang", "vi"])
        #expect(vietnamese.stdout == (try DXAudit.expected("targets-reports.vi.txt")))
        #expect(vietnamese.stdout.contains("12/18 chỉ tiêu đạt hoặc đúng tiến độ"))
    }

    /// Each indicator's status, from the JSON series.
    @Test func theSamplesShowWhatTheyWereBuiltToShow() throws {
        let run = try DXAudit.run(Self.arguments + ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let targets = try #require(document["targets"] as? [String: Any])
        #expect(targets["years"] as? [Int] == Array(2021...2026))
        #expect(targets["onCourse"] as? Int == 12)
        let indicators = try #require(targets["indicators"] as? [[String: Any]])
        var statuses: [String: [String]] = [:]
        for indicator in indicators {
            statuses[indicator["status"] as? String ?? "", default: []].append(indicator["id"] as? String ?? "")
        }
        #expect(
            statuses["met"]?.sorted()
                == [
                    "5g-khu-vuc-trung-tam", "bao-cao-qua-he-thong", "chi-so-chinh-quyen-so", "csdl-dung-chung",
                    "ho-so-cap-huyen", "nang-suat-lao-dong", "tai-khoan-thanh-toan-dien-tu",
                ])
        #expect(
            statuses["on-track"]?.sorted()
                == [
                    "5g-toan-thanh-pho", "dvc-muc-do-4", "giam-thu-tuc-hanh-chinh", "ho-so-cap-thanh-pho",
                    "nen-tang-du-lieu-iot",
                ])
        #expect(
            statuses["behind"]?.sorted()
                == [
                    "dien-thoai-thong-minh", "ho-so-cap-xa", "kiem-tra-qua-moi-truong-so", "kinh-te-so-grdp",
                    "kinh-te-so-tung-nganh",
                ])
        #expect(statuses["no-data"] == ["dich-vu-sang-tao-du-lieu"])
        // The weighted figure is the departments' files over their files, not a mean of rates.
        let city = try #require(indicators.first { $0["id"] as? String == "ho-so-cap-thanh-pho" })
        let series = try #require(city["series"] as? [[String: Any]])
        let latest = try #require(series.last)
        #expect((latest["suppliers"] as? [String])?.count == 8)
        #expect(latest["path"] as? Double == 92)
        // Findings: one target-behind per indicator behind, what 2026's suppliers left out.
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["rule"] as? String == "target-behind" }.count == 5)
        #expect(
            findings.filter { $0["rule"] as? String == "target-missing" }.compactMap { $0["unit"] as? String }.sorted()
                == ["so-khcn", "so-tai-chinh"])
    }

    /// A report that cannot be read gives no figure, and the run says so at its line.
    @Test func anUnreadableReportIsNamed() throws {
        let run = try DXAudit.run(["targets", "Tests/Fixtures/reports-broken", "--as-of", "2024-12-15"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("Tests/Fixtures/reports-broken/2024/so-y-te.yaml:14:10: error:"), "\(run.stdout)")
        #expect(run.stdout.contains("Tests/Fixtures/reports-broken/2024/quan-le-chan.yaml:4:"))
    }

    @Test func aFolderWithoutYearFoldersStopsTheRun() throws {
        let dir = NSTemporaryDirectory() + "dxaudit-targets-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: "\(dir)/misc", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try DXAudit.run(["targets", dir])
        #expect(run.status == 2)
        #expect(run.stderr == "dxaudit: \(dir) has no year folder of 2021–2030 (such as \(dir)/2021)\n")
        let missing = try DXAudit.run(["targets", "\(dir)/nowhere"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such folder"))
    }

    /// `check` of one year draws the path from the years beside it.
    @Test func checkTakesTheEarlierYearsFromBesideTheYearFolder() throws {
        let run = try DXAudit.run(["check", "reports/2024", "--as-of", "2024-12-15"])
        #expect(
            run.stdout.contains("'ho-so-cap-xa' is behind: 47.9 in 2024, where the path to 60 by 2025 asks for 52.6"))
        // Alone, a year has one figure and no baseline: nothing to draw a path from.
        let workspace = try SampleWorkspace()
        let alone = try DXAudit.run(["check", "reports/2024", "--as-of", "2024-12-15"], in: workspace.path)
        #expect(!alone.stdout.contains("'ho-so-cap-xa' is behind"), "\(alone.stdout)")
        #expect(alone.stdout.contains("[target-missing]"))
    }
}
