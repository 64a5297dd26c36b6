import DXYAML
import Foundation
import Testing

/// Walks the official YAML test suite: every case with `in.json` must compose to
/// the same JSON, every case with an `error` file must fail with a located error.
/// Only the cases listed in `libyaml-known-gaps.txt` are excused.
@Suite struct ConformanceTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static var suiteRoot: URL {
        if let path = ProcessInfo.processInfo.environment["DXAUDIT_YAML_TEST_SUITE"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return here.appendingPathComponent("../../../shared/yaml-test-suite").standardized
    }

    struct Case {
        var id: String
        var dir: URL
    }

    /// Every case once, by its real folder: `ID/` or `ID/NN/` holding `in.yaml`.
    /// Upstream ships index folders next to the cases (`name/`, `tags/…/`) whose
    /// entries are symbolic links back to them (or, where links were not kept, small
    /// files naming the target); anything reached through a link, and any folder whose
    /// real path was already taken, is skipped, so each case counts once under its id.
    static func cases(in root: URL) -> [Case] {
        let fm = FileManager.default
        let realRoot = root.resolvingSymlinksInPath().standardized
        guard let ids = try? fm.contentsOfDirectory(atPath: realRoot.path) else { return [] }
        var seen: Set<String> = []
        var result: [Case] = []
        func isRealFolder(_ url: URL) -> Bool {
            guard let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey, .isDirectoryKey])
            else { return false }
            return values.isSymbolicLink != true && values.isDirectory == true
        }
        func take(_ id: String, _ dir: URL) {
            let real = dir.resolvingSymlinksInPath().standardized.path
            if seen.insert(real).inserted { result.append(Case(id: id, dir: dir)) }
        }
        for id in ids.sorted() {
            let dir = realRoot.appendingPathComponent(id)
            guard isRealFolder(dir) else { continue }
            if fm.fileExists(atPath: dir.appendingPathComponent("in.yaml").path) {
                take(id, dir)
            } else if let subs = try? fm.contentsOfDirectory(atPath: dir.path) {
                for sub in subs.sorted() {
                    let subDir = dir.appendingPathComponent(sub)
                    if isRealFolder(subDir), fm.fileExists(atPath: subDir.appendingPathComponent("in.yaml").path) {
                        take("\(id)/\(sub)", subDir)
                    }
                }
            }
        }
        return result
    }

    static func knownGaps() throws -> [String: String] {
        let text = try String(contentsOf: here.appendingPathComponent("libyaml-known-gaps.txt"), encoding: .utf8)
        var gaps: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1)
            gaps[String(parts[0])] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return gaps
    }

    /// Why a case fails, or nil when it passes.
    static func failure(of testCase: Case) -> String? {
        let fm = FileManager.default
        let input = fm.contents(atPath: testCase.dir.appendingPathComponent("in.yaml").path) ?? Data()
        let expectError = fm.fileExists(atPath: testCase.dir.appendingPathComponent("error").path)
        let documents: [Node]
        do {
            documents = try YAML.compose([UInt8](input))
        } catch let error as YAMLError {
            if expectError {
                return error.mark.line >= 1 && error.mark.column >= 1 ? nil : "error without a location: \(error)"
            }
            return "rejected valid input: \(error)"
        } catch {
            return "unexpected error \(error)"
        }
        if expectError { return "accepted invalid input" }
        guard let json = fm.contents(atPath: testCase.dir.appendingPathComponent("in.json").path) else {
            return nil
        }
        do {
            let expected = try JSONValue.parseStream(String(decoding: json, as: UTF8.self))
            let actual = documents.map(JSONValue.init)
            return expected == actual ? nil : "composed \(actual), expected \(expected)"
        } catch {
            return "could not read in.json: \(error)"
        }
    }

    /// Whether the suite is there. When it is not, the test is reported as skipped
    /// (not passed) and a line says so, since a conformance run that did not happen
    /// must not go unnoticed.
    static func suiteIsPresent() -> Bool {
        let root = suiteRoot
        guard FileManager.default.fileExists(atPath: root.path) else {
            print("yaml-test-suite: SKIPPED — not found at \(root.path) (set DXAUDIT_YAML_TEST_SUITE)")
            return false
        }
        return true
    }

    @Test(.enabled(if: suiteIsPresent(), "the yaml-test-suite folder is absent (set DXAUDIT_YAML_TEST_SUITE)"))
    func yamlTestSuite() throws {
        let root = Self.suiteRoot
        let gaps = try Self.knownGaps()
        let cases = Self.cases(in: root)
        #expect(cases.count > 300, "expected the whole suite, found \(cases.count) cases")
        var passed = 0
        var excused = 0
        for testCase in cases {
            let failure = Self.failure(of: testCase)
            if let reason = gaps[testCase.id] {
                excused += 1
                // A listed case that now passes means the list is out of date, unless
                // libyaml's fault (wrong events) is one that composing cannot show.
                if failure == nil, !reason.contains("wrong events") {
                    Issue.record("\(testCase.id) is listed as a libyaml gap but passes")
                }
                continue
            }
            if let failure {
                Issue.record("\(testCase.id): \(failure)")
            } else {
                passed += 1
            }
        }
        for id in gaps.keys where !cases.contains(where: { $0.id == id }) {
            Issue.record("known-gaps lists \(id), which is not in the suite")
        }
        print("yaml-test-suite: \(passed) passed, \(excused) known libyaml gaps, of \(cases.count)")
    }

    /// The index folders of the upstream layout, as symbolic links and as the plain
    /// files a checkout without links leaves, must not add cases.
    @Test func indexFoldersDoNotCountTwice() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("yts-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        func write(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("AAAA/in.yaml", "a: 1\n")
        try write("BBBB/00/in.yaml", "- 1\n")
        try write("BBBB/01/in.yaml", "- 2\n")
        try write("name/plain-file-index", "../AAAA")
        try fm.createDirectory(at: root.appendingPathComponent("tags/alias"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(
            atPath: root.appendingPathComponent("name/simple-map").path, withDestinationPath: "../AAAA")
        try fm.createSymbolicLink(
            atPath: root.appendingPathComponent("name/two-docs").path, withDestinationPath: "../BBBB")
        try fm.createSymbolicLink(
            atPath: root.appendingPathComponent("tags/alias/AAAA").path, withDestinationPath: "../../AAAA")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("CCCC").path, withDestinationPath: "AAAA")
        let ids = Self.cases(in: root).map(\.id)
        #expect(ids == ["AAAA", "BBBB/00", "BBBB/01"])
    }
}
