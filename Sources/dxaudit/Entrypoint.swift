/// Hands the command line to `DXAuditCommand`.
@main
enum Entrypoint {
    static func main() { DXAuditCommand.main() }
}
