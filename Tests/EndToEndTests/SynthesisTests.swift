import Foundation
import Testing

/// `dxaudit synthesis` through the built binary: the draft on standard output, and
/// the same settings as `check` deciding which findings it states.
@Suite struct SynthesisTests {
    static let arguments = ["synthesis", "reports/2024", "--as-of", "2024-12-09"]

    @Test func settingsThatSilenceARuleKeepItsFindingsOutOfTheDraft() throws {
        let workspace = try SampleWorkspace()
        let plain = try DXAudit.run(Self.arguments, in: workspace.path)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.hasPrefix("| UBND THÀNH PHỐ HẢI PHÒNG<br>**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**"))
        #expect(plain.stdout.contains("là đơn vị cung cấp số liệu 'ho-so-cap-xa'"))
        try workspace.write(".dxaudit.yaml", "rules:\n  target-missing: off\n")
        let silenced = try DXAudit.run(Self.arguments, in: workspace.path)
        #expect(silenced.status == 0, "\(silenced.stderr)")
        #expect(!silenced.stdout.contains("là đơn vị cung cấp số liệu"))
        // Everything else is as it was.
        #expect(silenced.stdout.contains("Bảng 1. Báo cáo năm 2024 theo loại đơn vị"))
    }

    @Test func aDocxGoesToAFileOnly() throws {
        let run = try DXAudit.run(Self.arguments + ["--format", "docx"])
        #expect(run.status == 2)
        #expect(run.stderr == "dxaudit: a docx file must go to a file: give -o FILE.docx\n")
        let bad = try DXAudit.run(Self.arguments + ["--format", "pdf"])
        #expect(bad.status == 2)
    }
}
