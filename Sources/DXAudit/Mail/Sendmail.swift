#if canImport(Glibc)
    import Glibc
#endif

/// Hands messages to a sendmail-compatible program (`sendmail -t -oi`: recipients
/// from the headers, a lone `.` line is not the end), one process a message, the
/// message on its standard input. Its output is kept and shown only on failure.
public struct Sendmail: Sendable {
    public static let defaultCommand = "/usr/sbin/sendmail"

    /// The program and its arguments, `-t` and `-oi` included.
    public let arguments: [String]
    /// Seconds a program may take for one message before it is killed.
    public var timeout: Int = 60

    /// `command` is split on spaces (no quoting); `-t` and `-oi` are added unless
    /// it already has them, so `/usr/sbin/sendmail` and `msmtp -C rc -t` both work.
    public init(command: String = Sendmail.defaultCommand) throws {
        var arguments = command.split(separator: " ").map(String.init)
        guard !arguments.isEmpty else { throw MailError("--sendmail needs a command") }
        for flag in ["-t", "-oi"] where !arguments.dropFirst().contains(flag) {
            arguments.append(flag)
        }
        self.arguments = arguments
    }

    /// Pipes `message` to a new process of the command. Nil when the program took
    /// it (exit 0); otherwise what went wrong, with the program's own words.
    public func send(_ message: String) -> String? {
        signal(SIGPIPE, SIG_IGN)
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else { return "cannot make a pipe: \(Self.errorText(errno))" }
        let (readEnd, writeEnd) = (pipeFDs[0], pipeFDs[1])
        // Close-on-exec, so that no other child keeps the pipe open; dup2 clears
        // the flag on the child's 0, 1 and 2.
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        var template = Array("/tmp/dxaudit-sendmail.XXXXXX".utf8CString)
        let output = mkstemp(&template)
        guard output >= 0 else {
            close(readEnd)
            close(writeEnd)
            return "cannot make a temporary file: \(Self.errorText(errno))"
        }
        unlink(template)
        _ = fcntl(output, F_SETFD, FD_CLOEXEC)
        defer { close(output) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for p in argv { free(p) } }
        // Its own process group, so that a timeout kills whatever it started too.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let program = arguments[0]
        let spawned =
            program.contains("/")
            ? posix_spawn(&pid, program, &actions, &attributes, argv, environ)
            : posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        close(readEnd)
        guard spawned == 0 else {
            close(writeEnd)
            return "cannot run \(program): \(Self.errorText(spawned))"
        }

        let writeError = Descriptor.writeAll(message, to: writeEnd) ?? 0
        close(writeEnd)

        var status: Int32 = 0
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var timedOut = false
        while true {
            let done = waitpid(pid, &status, timedOut ? 0 : WNOHANG)
            if done == pid { break }
            if done < 0 {
                if errno == EINTR { continue }
                return "cannot wait for \(program): \(Self.errorText(errno))"
            }
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            if now.tv_sec - start.tv_sec >= timeout {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                timedOut = true
                continue
            }
            usleep(20_000)
        }
        if timedOut { kill(-pid, SIGKILL) }
        let said = Self.readAll(output)
        let signalNumber = status & 0x7F
        let code = (status >> 8) & 0xFF
        var problem: String?
        if timedOut {
            problem = "\(program) did not finish within \(timeout) seconds and was killed"
        } else if signalNumber != 0 {
            problem = "\(program) was killed by signal \(signalNumber)"
        } else if code != 0 {
            problem = "\(program) exited with status \(code)"
        } else if writeError != 0 {
            problem = "\(program) did not read the whole message: \(Self.errorText(writeError))"
        }
        guard var problem else { return nil }
        if !said.isEmpty { problem += ": " + said }
        return problem
    }

    /// The program's output from the start of the file, trimmed, on one line.
    static func readAll(_ fd: Int32) -> String {
        lseek(fd, 0, SEEK_SET)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 65_536 {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: " \t\r") }.filter { !$0.isEmpty }
            .joined(separator: " | ")
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
