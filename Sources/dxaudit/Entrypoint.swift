import ArgumentParser
import DXAudit

@main
struct DXAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dxaudit",
        abstract: "Audit Vietnamese digital-transformation plans and their yearly reports.",
        version: DXAuditVersion.current
    )
}
