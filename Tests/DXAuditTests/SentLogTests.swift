import DXYAML
import Foundation
import Testing

@testable import DXAudit

struct SentLogTests {
    let key = SentLog.Key(unit: "so-du-lich", obligation: "unit-annual", year: 2024)

    func day(_ text: String) -> CivilDate {
        guard case .success(let date) = CivilDate.parse(text) else { fatalError(text) }
        return date
    }

    @Test func onceADayByDefaultAndEveryDaysSpacesThem() {
        var log = SentLog()
        #expect(log.isDue(key, on: day("2024-12-03"), every: 1))
        log.record(key, on: day("2024-12-03"))
        #expect(!log.isDue(key, on: day("2024-12-03"), every: 1))
        #expect(log.isDue(key, on: day("2024-12-04"), every: 1))
        #expect(!log.isDue(key, on: day("2024-12-05"), every: 3))
        #expect(log.isDue(key, on: day("2024-12-06"), every: 3))
        #expect(log.count(key, before: day("2024-12-04")) == 1)
    }

    @Test func roundTripsAndRefusesOtherFiles() throws {
        let folder = NSTemporaryDirectory() + "dxaudit-sentlog-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var log = SentLog()
        log.record(key, on: day("2024-12-03"))
        let path = folder + "/sent.json"
        #expect(AtomicFile.write(log.rendered(), to: path) == nil)
        guard case .success(let loaded) = SentLog.load(path) else {
            Issue.record("not read back")
            return
        }
        #expect(loaded.sent == log.sent)
        try "{\"version\": 1, \"findings\": []}\n".write(toFile: path, atomically: false, encoding: .utf8)
        guard case .failure(let failure) = SentLog.load(path) else {
            Issue.record("a baseline was taken")
            return
        }
        #expect(failure.description.contains(path) && failure.description.contains("not a dxaudit sent log"))
        guard case .success(let empty) = SentLog.load(folder + "/missing.json") else {
            Issue.record("missing is empty")
            return
        }
        #expect(empty.sent.isEmpty)
    }
}
