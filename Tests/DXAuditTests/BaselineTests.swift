import Testing

@testable import DXAudit

/// Baselines: fingerprints that survive edits elsewhere, counted matching, and
/// the file's round trip.
@Suite struct BaselineTests {
    static let report = """
        unit: so-gtvt
        year: 2024
        submitted: 2024-12-04
        tasks:
          II.1.a: {status: done}
        """

    func late(line: Int = 3, days: Int = 2) -> Finding {
        Finding(
            .lateReport, "sent Wed 2024-12-04, \(days) days late",
            at: .init(path: "2024/r.yaml", line: line, column: 12))
    }

    func record(_ findings: [Finding], in folder: TemporaryFolder) -> Baseline {
        FindingFilter(workingDirectory: folder.path)
            .apply(Outcome(command: "check", findings: findings, files: ["2024/r.yaml"])).current
    }

    func hide(_ findings: [Finding], with baseline: Baseline, in folder: TemporaryFolder) -> Outcome {
        FindingFilter(baseline: baseline, workingDirectory: folder.path)
            .apply(Outcome(command: "check", findings: findings, files: ["2024/r.yaml"])).outcome
    }

    /// Baselines written by earlier versions keep matching: the hash does not move.
    @Test func fingerprintIsStable() {
        let fingerprint = Baseline.fingerprint(
            rule: .lateReport, path: "reports/2024/so-gtvt.yaml", message: "Sở Giao thông vận tải sent 3 days late",
            sourceLine: "submitted: 2024-12-04")
        #expect(fingerprint == "07f55c7a99814ef5")
    }

    /// The line a fingerprint hashes is the line libyaml's mark names, whatever
    /// the file's line breaks.
    @Test(arguments: ["\n", "\r\n", "\r"]) func fingerprintedLineFollowsTheMark(_ newline: String) {
        let file = SourceFile(
            path: "r.yaml", bytes: Array(["unit: a", "year: 2024", "submitted: x"].joined(separator: newline).utf8))
        #expect(file.lines([3]) == [3: "submitted: x"])
    }

    @Test func fingerprintLeavesOutPlaceAndNumbers() {
        let a = Baseline.fingerprint(rule: .lateReport, path: "r.yaml", message: "2 days late", sourceLine: "  x: 1 ")
        #expect(
            a == Baseline.fingerprint(rule: .lateReport, path: "r.yaml", message: "3 days late", sourceLine: "x: 1"))
        #expect(
            a != Baseline.fingerprint(rule: .lateReport, path: "r.yaml", message: "2 days late", sourceLine: "x: 2"))
        #expect(
            a != Baseline.fingerprint(rule: .lateReport, path: "s.yaml", message: "2 days late", sourceLine: "x: 1"))
        #expect(
            a != Baseline.fingerprint(rule: .futureDate, path: "r.yaml", message: "2 days late", sourceLine: "x: 1"))
        #expect(a.count == 16)
        #expect(Baseline.maskingNumbers("13 days overdue, II.1.a.12") == "# days overdue, II.#.a.#")
    }

    @Test func editsElsewhereDoNotResurrectAFinding() throws {
        let folder = try TemporaryFolder()
        try folder.write("2024/r.yaml", Self.report)
        let baseline = record([late()], in: folder)
        #expect(baseline.entries.map(\.path) == ["2024/r.yaml"])

        try folder.write("2024/r.yaml", "# Báo cáo năm 2024\n# (sửa lại)\n" + Self.report)
        let moved = hide([late(line: 5, days: 3)], with: baseline, in: folder)
        #expect(moved.findings.isEmpty && moved.baselined == 1)
        #expect(!moved.fails)

        try folder.replace(in: "2024/r.yaml", "submitted: 2024-12-04", with: "submitted: 2024-12-06")
        let changed = hide([late(line: 5, days: 4)], with: baseline, in: folder)
        #expect(changed.findings.count == 1 && changed.baselined == 0)
    }

    @Test func anEntryHidesOneFindingAndDuplicatesCount() throws {
        let folder = try TemporaryFolder()
        try folder.write("2024/r.yaml", Self.report)
        let twice = record([late(), late()], in: folder)
        #expect(twice.entries.count == 2)
        #expect(Set(twice.entries.map(\.fingerprint)).count == 1)
        let three = hide([late(), late(), late()], with: twice, in: folder)
        #expect(three.findings.count == 1 && three.baselined == 2)
        let once = Baseline(entries: [twice.entries[0]])
        #expect(hide([late(), late()], with: once, in: folder).findings.count == 1)
    }

    @Test func pathsAreRelativeToTheBaselineFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("2024/r.yaml", Self.report)
        let baseline = record([late()], in: folder)
        // The same file seen from its own folder, with the baseline in the parent.
        let fromYearFolder = FindingFilter(
            baseline: baseline, baselineFolder: folder.path, workingDirectory: "\(folder.path)/2024")
        let finding = Finding(late().message, at: .init(path: "./r.yaml", line: 3, column: 12))
        let result = fromYearFolder.apply(Outcome(command: "check", findings: [finding], files: ["./r.yaml"]))
        #expect(result.outcome.findings.isEmpty)
        #expect(result.current.entries.map(\.path) == ["2024/r.yaml"])
    }

    @Test func roundTripThroughTheFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("2024/r.yaml", Self.report)
        var baseline = record([late()], in: folder)
        baseline.entries.append(
            .init(rule: "schema", path: "a \"b\".yaml", fingerprint: "00000000000000ff", line: 7, message: "x\ny: z"))
        let path = "\(folder.path)/baseline.json"
        #expect(AtomicFile.write(baseline.rendered(), to: path) == nil)
        let loaded = try Baseline.load(path).get()
        #expect(Set(loaded.entries) == Set(baseline.entries))
        #expect(try folder.read("baseline.json").hasPrefix("{\n  \"version\": 1,"))
    }

    @Test(arguments: [
        ("[]", "no 'version'"),
        ("{\"version\": 2, \"findings\": []}", "version 2"),
        ("{\"version\": 1}", "no 'findings' list"),
        ("{\"version\": 1, \"findings\": [{\"rule\": \"schema\"}]}", "an entry needs rule, path and fingerprint"),
        ("{\"version\": 1, \"findings\": [", "not a dxaudit baseline"),
    ])
    func unusableFilesAreRefused(text: String, problem: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("b.json", text)
        guard case .failure(let failure) = Baseline.load("\(folder.path)/b.json") else {
            Issue.record("\(text) must be refused")
            return
        }
        #expect(failure.description.contains(problem))
    }
}
