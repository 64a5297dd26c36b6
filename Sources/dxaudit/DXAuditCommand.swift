import ArgumentParser
import DXAudit

#if canImport(Glibc)
    import Glibc
#endif

struct DXAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dxaudit",
        abstract: "Audit Vietnamese digital-transformation plans and their yearly reports.",
        discussion: """
            Exit status: 0 nothing at or above the failing severity, 1 findings that fail
            (for overdue: something is overdue), 2 dxaudit could not do its job.
            """,
        version: DXAuditVersion.current,
        subcommands: [
            Lint.self, Check.self, Overdue.self, Coverage.self, Targets.self, Synthesis.self, Template.self,
            Extract.self, Rules.self,
            Explain.self,
        ]
    )

    /// Runs the command. A failure of dxaudit itself is printed once, here; usage
    /// errors exit 2 (not ArgumentParser's 64), as the README's exit status table says.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as DXAuditError {
            Console.report(error, in: .ofThisRun)
            Glibc.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Console.write(1, fullMessage(for: error) + "\n")
                Glibc.exit(0)
            }
            if let exitCode = error as? ExitCode {
                Glibc.exit(exitCode.rawValue)
            }
            let message = Wording(.ofThisRun).usageFrame(fullMessage(for: error))
            Console.write(
                2,
                message.hasPrefix("Error:") || message.hasPrefix("Lỗi:") || message.hasPrefix("dxaudit:")
                    ? message + "\n" : "dxaudit: \(message)\n")
            Glibc.exit(2)
        }
    }

    /// Writes what a job printed and ends with its status.
    static func finish(_ result: CommandResult) throws {
        let status = Console.write(result)
        if status != 0 { throw ExitCode(status) }
    }
}
