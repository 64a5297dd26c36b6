import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's pseudo-terminal calls. Its headers declare them only for X/Open
/// programs, so the platform module does not bring them in; they are looked up by name.
enum PseudoTerminal {
    typealias OpenFunction = @convention(c) (Int32) -> Int32
    typealias DescriptorFunction = @convention(c) (Int32) -> Int32
    typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    static func function<F>(_ name: String, as type: F.Type) throws -> F {
        guard let symbol = dlsym(nil, name) else {
            throw DXAudit.TerminalError(description: "no \(name) in the C library")
        }
        return unsafeBitCast(symbol, to: type)
    }

    /// A new pseudo-terminal: its leader and the path of its follower.
    static func open() throws -> (leader: Int32, follower: String) {
        let posixOpenpt = try function("posix_openpt", as: OpenFunction.self)
        let grantpt = try function("grantpt", as: DescriptorFunction.self)
        let unlockpt = try function("unlockpt", as: DescriptorFunction.self)
        let ptsname = try function("ptsname_r", as: NameFunction.self)
        let leader = posixOpenpt(O_RDWR | O_NOCTTY)
        guard leader >= 0 else { throw DXAudit.TerminalError(description: "posix_openpt: errno \(errno)") }
        var name = [CChar](repeating: 0, count: 256)
        guard grantpt(leader) == 0, unlockpt(leader) == 0, ptsname(leader, &name, name.count) == 0 else {
            close(leader)
            throw DXAudit.TerminalError(description: "cannot set up the pseudo-terminal: errno \(errno)")
        }
        return (leader, String(cString: name))
    }
}

extension DXAudit {
    struct TerminalError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `dxaudit args` with its standard output on a fresh pseudo-terminal, as
    /// when a user runs it by hand; standard error goes to a pipe. Returns what the
    /// terminal received (line ends as the terminal sends them, `\r\n`).
    static func runInTerminal(
        _ args: [String], in directory: String? = nil, environment: [String: String] = [:], removing: Set<String> = [],
        timeout: TimeInterval = 20
    ) throws -> Run {
        let (leader, followerPath) = try PseudoTerminal.open()
        defer { close(leader) }
        let follower = open(followerPath, O_RDWR | O_NOCTTY)
        guard follower >= 0 else { throw TerminalError(description: "open \(followerPath): errno \(errno)") }
        let followerHandle = FileHandle(fileDescriptor: follower, closeOnDealloc: false)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repo)
        process.environment = Self.environment(environment, removing: removing)
        let err = Pipe()
        process.standardOutput = followerHandle
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            close(follower)
            throw error
        }
        // Only the child may hold the terminal open now, so reading ends when it exits.
        close(follower)
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }

        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var poller = pollfd(fd: leader, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready < 0, errno == EINTR { continue }
            if ready == 0 { continue }
            let count = read(leader, &buffer, buffer.count)
            // EIO: every follower descriptor is closed, the child is gone.
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        if process.isRunning, Date() >= deadline {
            process.terminate()
            throw TimedOut(args: args)
        }
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
