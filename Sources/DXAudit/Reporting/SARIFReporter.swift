/// SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers: one
/// run, every rule of the catalog with its summary, explanation and default
/// level, one result per finding. Lines and columns are 1-based and never 0;
/// artifact URIs are relative to the working directory (`%SRCROOT%`).
public struct SARIFReporter: Reporter {
    public static let name = "sarif"
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public var options: ReporterOptions

    public init(options: ReporterOptions = ReporterOptions()) {
        self.options = options
    }

    public func write(_ outcome: Outcome, to sink: inout OutputSink) {
        let rules = RuleRegistry.info
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        // One URI a file: a file can carry thousands of findings, which come file by file.
        var uris: [String: String] = [:]
        var lastPath: String?
        for finding in outcome.findings where finding.location.path != lastPath {
            lastPath = finding.location.path
            if uris[finding.location.path] == nil { uris[finding.location.path] = artifactURI(finding.location.path) }
        }
        let driver: JSONValue = .object([
            ("name", .string("dxaudit")),
            ("version", .string(DXAuditVersion.current)),
            ("semanticVersion", .string(DXAuditVersion.current)),
            ("rules", .array(rules.map { Self.descriptor($0, in: options.wording.language) })),
        ])
        var members: [(String, JSONValue)] = [("tool", .object([("driver", driver)]))]
        // SARIF assumes en-US unless a run says otherwise.
        if options.wording.language == .vietnamese { members.append(("language", .string("vi-VN"))) }
        let run: JSONValue = .object(
            members + [
                ("invocations", .array([.object([("executionSuccessful", .bool(true))])])),
                ("columnKind", .string("unicodeCodePoints")),
                (
                    "results",
                    .streamed(count: outcome.findings.count) { [findings = outcome.findings, uris, self] i, stream in
                        write(
                            findings[i], ruleIndex: index[findings[i].rule] ?? 0, uri: uris[findings[i].location.path],
                            to: &stream)
                    }
                ),
            ])
        let log: JSONValue = .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        log.write(to: &sink)
        sink.write("\n")
    }

    static func descriptor(_ rule: RuleInfo, in language: Wording.Language = .english) -> JSONValue {
        .object([
            ("id", .string(rule.id.rawValue)),
            ("name", .string(rule.id.rawValue)),
            ("shortDescription", .object([("text", .string(rule.summary(in: language)))])),
            ("fullDescription", .object([("text", .string(rule.explanation(in: language)))])),
            ("help", .object([("text", .string(rule.explanation(in: language)))])),
            ("defaultConfiguration", .object([("level", .string(rule.severity.name))])),
            ("properties", .object([("scope", .string(rule.scope.rawValue))])),
        ])
    }

    /// One result, written as it is read: no value made for it.
    func write(_ finding: Finding, ruleIndex: Int, uri known: String? = nil, to out: inout JSONStream) {
        let uri = known ?? artifactURI(finding.location.path)
        out.beginObject()
        out.key("ruleId")
        out.string(finding.rule.rawValue)
        out.key("ruleIndex")
        out.int(ruleIndex)
        out.key("level")
        out.string(finding.severity.name)
        out.key("message")
        out.beginObject()
        out.key("text")
        out.string(options.wording.render(finding.message))
        out.endObject()
        out.key("locations")
        out.beginArray()
        out.next()
        out.beginObject()
        out.key("physicalLocation")
        out.beginObject()
        out.key("artifactLocation")
        out.beginObject()
        out.key("uri")
        out.string(uri)
        if !uri.hasPrefix("file:") {
            out.key("uriBaseId")
            out.string("%SRCROOT%")
        }
        out.endObject()
        out.key("region")
        out.beginObject()
        out.key("startLine")
        out.int(max(1, finding.location.line))
        out.key("startColumn")
        out.int(max(1, finding.location.column))
        out.endObject()
        out.endObject()
        out.endObject()
        out.endArray()
        if let unit = finding.unit {
            out.key("properties")
            out.beginObject()
            out.key("unit")
            out.string(unit)
            out.endObject()
        }
        out.endObject()
    }

    /// A relative URI reference for paths under the working directory, a `file:`
    /// URI for absolute paths outside it; both percent-encoded.
    func artifactURI(_ path: String) -> String {
        let shown = ProjectPath.display(path, workingDirectory: options.workingDirectory)
        if shown.hasPrefix("/") { return "file://" + Self.percentEncode(ProjectPath.normalize(shown)) }
        return Self.percentEncode(shown)
    }

    /// Percent-encodes everything but unreserved characters and `/` (RFC 3986).
    static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
