/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
/// line per finding, which GitHub shows as an annotation on the file and line.
/// Chosen automatically when `GITHUB_ACTIONS=true`.
public struct GitHubReporter: Reporter {
    public static let name = "github"
    public var options: ReporterOptions

    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    public func write(_ outcome: Outcome, to out: inout OutputSink) {
        // Made relative once a file: findings come file by file, thousands to a file.
        var lastPath: String?
        var file = ""
        for finding in outcome.findings {
            if finding.location.path != lastPath {
                lastPath = finding.location.path
                file = Self.escapeProperty(
                    ProjectPath.display(finding.location.path, workingDirectory: options.workingDirectory))
            }
            let command: String
            switch finding.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            let properties = [
                "file=\(file)",
                "line=\(finding.location.line)",
                "col=\(finding.location.column)",
                "title=\(Self.escapeProperty(finding.rule.rawValue))",
            ]
            out.write(
                "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(options.wording.render(finding.message)))\n"
            )
        }
    }

    /// The escaping GitHub's runner applies to a command's message.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Property values also escape the `:` and `,` that separate properties.
    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
