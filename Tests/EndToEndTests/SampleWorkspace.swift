import Foundation
import Testing

/// A copy of the shipped plans, seeds and 2024 reports in a fresh temporary folder,
/// safe to edit, removed when the value goes.
final class SampleWorkspace {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "dxaudit-workspace-" + UUID().uuidString
        let files = FileManager.default
        try files.createDirectory(atPath: "\(path)/reports", withIntermediateDirectories: true)
        for name in ["plans", "seeds", "reports/2024"] {
            try files.copyItem(atPath: "\(DXAudit.repo)/\(name)", toPath: "\(path)/\(name)")
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: "\(path)/\(name)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: "\(path)/\(name)", encoding: .utf8)
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: "\(path)/\(name)") }

    /// Replaces the first `old` in `name` with `new`; `old` must be there.
    func edit(_ name: String, _ old: String, _ new: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = try read(name)
        let range = try #require(text.range(of: old), "'\(old)' not in \(name)", sourceLocation: sourceLocation)
        try write(name, text.replacingCharacters(in: range, with: new))
    }

    /// The names of the files in the folder `name` (`""` for the top).
    func list(_ name: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: name.isEmpty ? path : "\(path)/\(name)").sorted()
    }
}

/// The JSON document dxaudit wrote (`--format json`), read with Foundation.
struct JSONOutput {
    let root: [String: Any]

    init(_ run: Run, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let object = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        root = try #require(
            object as? [String: Any], "not JSON: \(run.stdout.prefix(2000))", sourceLocation: sourceLocation)
    }

    var findings: [[String: Any]] { root["findings"] as? [[String: Any]] ?? [] }

    func findings(_ rule: String) -> [[String: Any]] { findings.filter { $0["rule"] as? String == rule } }

    var files: [String] { root["files"] as? [String] ?? [] }

    var counts: [String: Int] { root["counts"] as? [String: Int] ?? [:] }

    subscript(key: String) -> Any? { root[key] }
}

extension [[String: Any]] {
    /// One string field of each finding; a missing or null field is `""`.
    func field(_ name: String) -> [String] { map { $0[name] as? String ?? "" } }
}
