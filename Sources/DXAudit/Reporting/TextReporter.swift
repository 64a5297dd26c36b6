import DXYAML

/// `path:line:col: severity: message [rule-id]`, one line a finding, with the
/// source line and a caret for syntax errors, then a summary.
public struct TextReporter: Reporter {
    public static let name = "text"
    public var options: ReporterOptions

    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    public func write(_ outcome: Outcome, to out: inout OutputSink) {
        // A file's findings are usually together: its path is escaped once for them.
        var lastPath: String?
        var shownPath = ""
        let severities = Finding.Severity.allCases.map(paint)
        for finding in outcome.findings {
            if options.quiet, finding.severity < outcome.failing { continue }
            let l = finding.location
            if l.path != lastPath {
                lastPath = l.path
                shownPath = Self.escaped(l.path)
            }
            out.write(shownPath)
            out.write(byte: UInt8(ascii: ":"))
            out.write(l.line)
            out.write(byte: UInt8(ascii: ":"))
            out.write(l.column)
            out.write(": ")
            out.write(severities[finding.severity.rawValue])
            out.write(": ")
            out.write(Self.escaped(options.wording.render(finding.message)))
            out.write(" [")
            out.write(finding.rule.rawValue)
            out.write("]\n")
            if finding.rule.pointsIntoText,
                let snippet = YAMLError.caretSnippet(line: finding.sourceLine, column: l.column)
            {
                out.write(snippet)
                out.write("\n")
            }
        }
        if !options.quiet {
            for line in SummaryWording(options.wording).lines(outcome) { out.write(Self.escaped(line) + "\n") }
            out.write(SummaryWording(options.wording).totals(outcome) + "\n")
        }
    }

    /// `text` with its control characters written out as escapes (a line feed as
    /// `\n`, ESC as `\u{1B}` …), so that a finding is one line whatever a file put in
    /// its keys or its name: a key holding a line break must not print a forged
    /// diagnostic below it.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: \.isControlOrLineSeparator) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.isControlOrLineSeparator:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u{\(hex.count < 2 ? "0" + hex : hex)}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    func paint(_ severity: Finding.Severity) -> String {
        let name = options.wording.severity(severity)
        guard options.color else { return name }
        let code: String
        switch severity {
        case .error: code = "1;31"
        case .warning: code = "1;33"
        case .note: code = "1;36"
        }
        return "\u{1B}[\(code)m\(name)\u{1B}[0m"
    }

}
