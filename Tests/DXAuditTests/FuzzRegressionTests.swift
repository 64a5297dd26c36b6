import DXAudit
import Foundation
import Testing

/// Every input a fuzz target once crashed on, kept in `Tests/Fixtures/fuzz-regressions/`
/// in a folder named by the target (`yaml/`, `citations/`, `report/`, `plan/`), run
/// through that target's entry point again: each must return normally, and every
/// problem it reports must be placed inside the input.
@Suite struct FuzzRegressionTests {
    static let folder = Repo.path("Tests/Fixtures/fuzz-regressions")

    @Test func everyKeptFileIsReplayed() {
        #expect(!FuzzRegressions.recordUnrecognised(in: Self.folder).isEmpty, "no regression inputs in \(Self.folder)")
    }

    @Test func aFileTheReplayDoesNotKnowIsAnIssue() throws {
        let dir = try TemporaryFolder()
        try dir.write("report/kept.yaml", "unit: x\n")
        try dir.write("report/crash-0a1b2c", "unit: x\n")
        let path = dir.path
        withKnownIssue {
            _ = FuzzRegressions.recordUnrecognised(in: path)
        } matching: { issue in
            "\(issue)".contains("\(path)/report/crash-0a1b2c")
        }
        let clean = try TemporaryFolder()
        try clean.write("report/kept.yaml", "unit: x\n")
        #expect(FuzzRegressions.recordUnrecognised(in: clean.path).map(\.name) == ["report/kept.yaml"])
    }

    @Test func aLocationOutsideTheInputIsAnIssue() {
        let bytes = Array("a: 1\nbb: 2\n".utf8)
        FuzzRegressions.expectInside(
            bytes, [.init(path: "x", line: 2, column: 6), .init(path: "x", line: 3, column: 1)], "inside")
        for (line, column) in [(0, 1), (1, 0), (1, 6), (2, 7), (4, 1)] {
            // Set after the initialiser, which would clamp 0 to 1.
            var location = Finding.Location(path: "x")
            location.line = line
            location.column = column
            withKnownIssue("\(line):\(column)") {
                FuzzRegressions.expectInside(bytes, [location], "outside")
            }
        }
    }

    @Test(arguments: FuzzRegressions.scan(folder).inputs)
    func inputNoLongerCrashes(_ input: FuzzRegressions.Input) throws {
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: input.path)))
        let found = FuzzRegressions.replay(input.target, bytes)
        if input.target == .citations {
            // A citation is one string: its offsets count every character, breaks too.
            for location in found {
                #expect(
                    location.line == 1 && (1...bytes.count + 1).contains(location.column), "\(input.path): \(location)")
            }
        } else {
            FuzzRegressions.expectInside(bytes, found, input.path)
        }
    }

    @Test func unknownFoldersExtensionsAndLooseFilesAreNotRecognised() throws {
        let dir = try TemporaryFolder()
        try dir.write("report/kept.yaml", "unit: x\n")
        try dir.write("plan/kept.yaml", "plan: {}\n")
        try dir.write("citations/kept.txt", "điểm a khoản 1 phần II")
        try dir.write("yaml/kept.yaml", "[")
        try dir.write("report/crash-0a1b2c", "unit: x\n")
        try dir.write("citations/kept.yaml", "II.1")
        try dir.write("registry/kept.yaml", "units: {}\n")
        try dir.write("report-loose.yaml", "unit: x\n")
        try dir.write("plan/deeper/kept.yaml", "plan: {}\n")
        let scan = FuzzRegressions.scan(dir.path)
        #expect(
            scan.inputs.map(\.name) == ["citations/kept.txt", "plan/kept.yaml", "report/kept.yaml", "yaml/kept.yaml"])
        #expect(scan.inputs.map(\.target) == [.citations, .plan, .report, .yaml])
        #expect(
            scan.unrecognised == [
                "\(dir.path)/citations/kept.yaml", "\(dir.path)/plan/deeper", "\(dir.path)/registry",
                "\(dir.path)/report-loose.yaml", "\(dir.path)/report/crash-0a1b2c",
            ])
    }

    @Test func aMissingFolderIsNotAnEmptyOne() {
        let scan = FuzzRegressions.scan("\(Self.folder)/no-such-folder")
        #expect(scan.inputs.isEmpty)
        #expect(scan.unrecognised == ["\(Self.folder)/no-such-folder"])
    }

    /// Each target's replay reports problems at real places: a broken plan, report and
    /// YAML file and a broken citation, each with a fault at a known line and column.
    @Test func eachTargetPlacesWhatItFinds() {
        // An unclosed flow sequence: the plan and registry loaders both stop at the end.
        let plan = FuzzRegressions.replay(.plan, Array("plan:\n  number: 1/KH\n  years: [2021, 2030\n".utf8))
        #expect(plan.map { [$0.line, $0.column] } == [[4, 1], [4, 1]])
        let report = FuzzRegressions.replay(.report, Array("unit: so-y-te\nyear: 2024\nsubmitted: 2024-02-30\n".utf8))
        #expect(report.map { [$0.line, $0.column] } == [[1, 1], [3, 12]])
        let yaml = FuzzRegressions.replay(.yaml, Array("a: 1\nb: [\n".utf8))
        #expect(yaml.map { [$0.line, $0.column] } == [[3, 1], [3, 1]])
        let citation = FuzzRegressions.replay(.citations, Array("điểm a khoản phần II".utf8))
        #expect(citation.map { [$0.line, $0.column] } == [[1, 14]])
    }
}

/// How the kept fuzz inputs are found and replayed.
enum FuzzRegressions {
    /// A fuzz target of `Fuzz/`, named as its folder of kept inputs, with the file
    /// extension those inputs carry.
    enum Target: String, CaseIterable, Sendable {
        case yaml, citations, report, plan

        var fileExtension: String { self == .citations ? "txt" : "yaml" }
    }

    struct Input: Sendable, CustomTestStringConvertible {
        var target: Target
        var path: String
        /// `target/file`, as the test names it.
        var name: String
        var testDescription: String { name }
    }

    /// The inputs under `folder`; records an issue naming each path there that no
    /// target replays, so that a kept crash cannot sit unreplayed.
    static func recordUnrecognised(
        in folder: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [Input] {
        let scan = scan(folder)
        for path in scan.unrecognised {
            Issue.record(
                "\(path) is not replayed: keep it as yaml/*.yaml, citations/*.txt, report/*.yaml or plan/*.yaml",
                sourceLocation: sourceLocation)
        }
        return scan.inputs
    }

    /// The inputs under `folder`, sorted by name, and every path there that no target
    /// replays: a file outside a target folder, a folder no target is named by, a
    /// file with another extension, anything below a target folder that is not a
    /// regular file. A missing folder is unrecognised too, so it cannot pass as empty.
    static func scan(_ folder: String) -> (inputs: [Input], unrecognised: [String]) {
        let files = FileManager.default
        guard let top = try? files.contentsOfDirectory(atPath: folder) else { return ([], [folder]) }
        var inputs: [Input] = []
        var unrecognised: [String] = []
        for entry in top.sorted() {
            let path = "\(folder)/\(entry)"
            guard let target = Target(rawValue: entry), isDirectory(path),
                let names = try? files.contentsOfDirectory(atPath: path)
            else {
                unrecognised.append(path)
                continue
            }
            for name in names.sorted() {
                let file = "\(path)/\(name)"
                let regular = (try? files.attributesOfItem(atPath: file)[.type] as? FileAttributeType) == .typeRegular
                if regular, !name.hasPrefix("."), URL(fileURLWithPath: name).pathExtension == target.fileExtension {
                    inputs.append(Input(target: target, path: file, name: "\(entry)/\(name)"))
                } else {
                    unrecognised.append(file)
                }
            }
        }
        return (inputs, unrecognised.sorted())
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    /// Runs `bytes` through the target's entry point, as the fuzzer did.
    static func replay(_ target: Target, _ bytes: [UInt8]) -> [Finding.Location] {
        switch target {
        case .yaml: FuzzEntryPoints.yaml(bytes)
        case .citations: FuzzEntryPoints.citations(String(decoding: bytes, as: UTF8.self))
        case .report: FuzzEntryPoints.report(bytes)
        case .plan: FuzzEntryPoints.plan(bytes)
        }
    }

    /// Every location has a 1-based line and column that exist in `bytes`: a line no
    /// further than the line after the last break, a column no further than one past
    /// the end of that line. Lines are split at every break YAML knows (LF, CR, CRLF,
    /// NEL, LS, PS) and, separately, at LF alone, and the longer reading of the line
    /// is the bound, so the check holds whichever way a layer counts lines; a line's
    /// length in bytes bounds its length in characters.
    static func expectInside(
        _ bytes: [UInt8], _ locations: [Finding.Location], _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let byYAML = lineLengths(bytes, yamlBreaks: true)
        let byLF = lineLengths(bytes, yamlBreaks: false)
        for location in locations {
            #expect(location.line >= 1 && location.column >= 1, "\(what): \(location)", sourceLocation: sourceLocation)
            let index = location.line - 1
            let length =
                index < 0 ? -1 : max(index < byYAML.count ? byYAML[index] : -1, index < byLF.count ? byLF[index] : -1)
            #expect(length >= 0, "\(what): line \(location.line) of \(byYAML.count)", sourceLocation: sourceLocation)
            #expect(
                location.column <= length + 1, "\(what): \(location), the line is \(length) bytes",
                sourceLocation: sourceLocation)
        }
    }

    /// The length in bytes of each line of `bytes`, breaks excluded.
    static func lineLengths(_ bytes: [UInt8], yamlBreaks: Bool) -> [Int] {
        var lengths: [Int] = []
        var current = 0
        var i = 0
        while i < bytes.count {
            var breakLength = 0
            if bytes[i] == 0x0A {
                breakLength = 1
            } else if yamlBreaks, bytes[i] == 0x0D {
                breakLength = i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
            } else if yamlBreaks, bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
                breakLength = 2
            } else if yamlBreaks, bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80,
                bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9
            {
                breakLength = 3
            }
            if breakLength > 0 {
                lengths.append(current)
                current = 0
                i += breakLength
            } else {
                current += 1
                i += 1
            }
        }
        lengths.append(current)
        return lengths
    }
}
