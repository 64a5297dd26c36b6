/// JUnit XML, for CI servers that show test reports: one test suite for the
/// command, one test case per file it checked (and per other file a finding points
/// into, such as `plans/units.yaml` for `missing-report`). A file fails when it
/// has findings at or above the failing severity; the failure carries every
/// finding of the file. Findings below that severity do not fail the case and
/// are kept in its `system-out`.
public struct JUnitReporter: Reporter {
    public static let name = "junit"

    /// The language of failure messages; machine output is complete whatever
    /// --quiet says.
    let wording: Wording

    public init(options: ReporterOptions = ReporterOptions()) {
        wording = options.wording
    }

    public func write(_ outcome: Outcome, to sink: inout OutputSink) {
        sink.write(document(outcome))
    }

    func document(_ outcome: Outcome) -> String {
        var byPath: [String: [Finding]] = [:]
        for finding in outcome.findings { byPath[finding.location.path, default: []].append(finding) }
        let extra = Set(byPath.keys).subtracting(outcome.files).sorted()
        var seen: Set<String> = []
        let paths = (outcome.files + extra).filter { seen.insert($0).inserted }

        var cases = ""
        var failures = 0
        for path in paths {
            let findings = byPath[path] ?? []
            let failing = findings.filter { $0.severity >= outcome.failing }
            let classname = "dxaudit.\(outcome.command)"
            cases +=
                "    <testcase classname=\"\(Self.escape(classname))\" name=\"\(Self.escape(path))\" file=\"\(Self.escape(path))\""
            guard !findings.isEmpty else {
                cases += "/>\n"
                continue
            }
            cases += ">\n"
            let text = findings.map { $0.diagnostic(in: wording) }.joined(separator: "\n")
            if let first = failing.first {
                failures += 1
                let worst = failing.map(\.severity).max() ?? first.severity
                var message =
                    "\(first.location.line):\(first.location.column): \(wording.render(first.message)) [\(first.rule.rawValue)]"
                if failing.count > 1 {
                    message +=
                        wording.language == .vietnamese
                        ? " (và \(failing.count - 1) phát hiện khác)" : " (and \(failing.count - 1) more)"
                }
                cases +=
                    "      <failure type=\"\(worst.name)\" message=\"\(Self.escape(message))\">\(Self.escape(text, attribute: false))</failure>\n"
            } else {
                cases += "      <system-out>\(Self.escape(text, attribute: false))</system-out>\n"
            }
            cases += "    </testcase>\n"
        }
        let suite = "dxaudit \(outcome.command)"
        let counts = "tests=\"\(paths.count)\" failures=\"\(failures)\" errors=\"0\""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="dxaudit" \(counts)>
              <testsuite name="\(Self.escape(suite))" \(counts) skipped="0">
            \(cases)  </testsuite>
            </testsuites>

            """
    }

    /// XML 1.0 escaping; characters XML cannot hold at all become U+FFFD, and in
    /// attributes line breaks and tabs are kept as character references.
    static func escape(_ text: String, attribute: Bool = true) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
