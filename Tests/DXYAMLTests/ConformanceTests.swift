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

    static func cases(in root: URL) -> [Case] {
        let fm = FileManager.default
        guard let ids = try? fm.contentsOfDirectory(atPath: root.path) else { return [] }
        var result: [Case] = []
        for id in ids.sorted() {
            let dir = root.appendingPathComponent(id)
            if fm.fileExists(atPath: dir.appendingPathComponent("in.yaml").path) {
                result.append(Case(id: id, dir: dir))
            } else if let subs = try? fm.contentsOfDirectory(atPath: dir.path) {
                for sub in subs.sorted()
                where fm.fileExists(atPath: dir.appendingPathComponent(sub).appendingPathComponent("in.yaml").path) {
                    result.append(Case(id: "\(id)/\(sub)", dir: dir.appendingPathComponent(sub)))
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
}
