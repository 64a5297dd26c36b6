import Foundation

/// Runs the built `dxaudit` and captures what a user would see.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum DXAudit {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The binary beside the test bundle (swift build puts both in one folder),
    /// or `DXAUDIT_BIN`.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["DXAUDIT_BIN"], !path.isEmpty { return path }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [
            bundle, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ] {
            let path = candidate.appendingPathComponent("dxaudit").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "\(repo)/.build/debug/dxaudit"
    }

    /// The environment every run starts from: a short PATH, no colour, a time zone
    /// far from Vietnam's; `environment` adds to it and `removing` takes names away.
    static func environment(_ environment: [String: String], removing: Set<String>) -> [String: String] {
        var env = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TZ": "America/Los_Angeles"]
        for (k, v) in environment { env[k] = v }
        for name in removing { env[name] = nil }
        return env
    }

    /// Runs `dxaudit args` in `directory` (the repository by default) with a clean,
    /// colourless environment plus `environment`, minus `removing`; standard input
    /// is empty.
    static func run(
        _ args: [String], in directory: String? = nil, environment: [String: String] = [:], removing: Set<String> = [],
        timeout: TimeInterval = 20
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repo)
        process.environment = Self.environment(environment, removing: removing)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            throw TimedOut(args: args)
        }
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    struct TimedOut: Error, CustomStringConvertible {
        var args: [String]
        var description: String { "dxaudit \(args.joined(separator: " ")) did not finish in time" }
    }

    /// An expected-output file under `Tests/EndToEndTests/Expected/`.
    static func expected(_ name: String) throws -> String {
        try String(contentsOfFile: "\(repo)/Tests/EndToEndTests/Expected/\(name)", encoding: .utf8)
    }
}
