import DXYAML

/// `.dxaudit.yaml`: project settings that change what a run reports.
///
/// ```yaml
/// rules:
///   late-report: error        # error | warning | note | off
///   unassigned-task: off
/// strict: true                # warnings fail, like --strict
/// lang: vi                    # vi | en: the language of messages and summaries
/// ignore:                     # globs, relative to this file's folder
///   - reports/*/draft-*.yaml
/// ```
public struct Config: Sendable {
    public static let fileName = ".dxaudit.yaml"

    /// What `rules:` says about one rule.
    public enum RuleSetting: Sendable, Hashable {
        case off
        case severity(Finding.Severity)
    }

    /// The file read, as found or given; nil for the empty default.
    public var path: String?
    public var rules: [RuleID: RuleSetting]
    public var strict: Bool
    /// `lang: vi` or `lang: en`: the language of messages and summaries, unless
    /// `--lang` says otherwise.
    public var language: Wording.Language?
    public var ignore: [PathPattern]
    /// Problems in the file itself (unknown fields, bad values), reported like any
    /// other finding.
    public var findings: [Finding]

    public init(
        path: String? = nil, rules: [RuleID: RuleSetting] = [:], strict: Bool = false, ignore: [PathPattern] = [],
        findings: [Finding] = []
    ) {
        self.path = path
        self.rules = rules
        self.strict = strict
        self.ignore = ignore
        self.findings = findings
    }

    /// Why a configuration file could not be used at all (exit 2), as data that
    /// `Wording` words in the reader's language.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file could not be read.
        case unreadable(String, SourceFile.ReadError)
        /// The first finding that keeps the file from being read.
        case finding(Finding)
        /// The file is YAML but not a mapping of settings.
        case notAMapping(String)

        /// In English.
        public var description: String { Wording.english.settingsFailure(self) }
    }

    /// The nearest `.dxaudit.yaml` from `directory` (absolute) upward, as a path
    /// relative to it (`.dxaudit.yaml`, `../.dxaudit.yaml`), or nil.
    public static func find(from directory: String) -> String? {
        var folder = ProjectPath.normalize(directory)
        var relative = ""
        while true {
            if ProjectPath.exists(ProjectPath.join(folder, fileName)) { return relative + fileName }
            guard folder != "/" else { return nil }
            folder = ProjectPath.directory(of: folder)
            if folder.isEmpty { folder = "/" }
            relative += "../"
        }
    }

    /// Reads a configuration file. Unknown fields and bad values become findings;
    /// a file that cannot be read or is not YAML is a failure.
    public static func load(_ path: String, limits: Limits = .default) -> Result<Config, Failure> {
        let file: SourceFile
        switch SourceFile.read(path, limits: limits) {
        case .success(let read): file = read
        case .failure(let error): return .failure(.unreadable(path, error))
        }
        var reader = FileReader(file: file, limits: limits)
        var config = Config(path: path)
        guard let root = reader.root else {
            let fatal = reader.findings.filter { $0.rule != .schema }
            if let first = fatal.first {
                return .failure(.finding(first))
            }
            return .success(config)  // an empty file, or only comments
        }
        if root.isNull { return .success(config) }
        guard let fields = reader.fields(root, .place(.configuration), optional: ["rules", "strict", "ignore", "lang"])
        else {
            return .failure(reader.findings.last.map(Failure.finding) ?? .notAMapping(path))
        }
        if let node = fields["rules"] {
            for (key, keyNode, value) in reader.entries(node, "rules") {
                guard let rule = RuleID(rawValue: key) else {
                    reader.add(.unknownRuleSetting(key, closest: RuleID.closest(to: key)), at: keyNode)
                    continue
                }
                guard let text = reader.string(value, .place(.setting(key))) else { continue }
                if text == "off" {
                    config.rules[rule] = .off
                } else if let severity = Finding.Severity(name: text) {
                    config.rules[rule] = .severity(severity)
                } else {
                    reader.add(.badSeveritySetting(key, text), at: value)
                }
            }
        }
        if let node = fields["strict"], let strict = reader.boolean(node) {
            config.strict = strict
        }
        if let node = fields["lang"], let text = reader.string(node, "lang") {
            if let language = Wording.Language(rawValue: text) {
                config.language = language
            } else {
                reader.add(.badLanguageSetting(text), at: node)
            }
        }
        if let node = fields["ignore"] {
            for item in reader.list(node) {
                guard let text = reader.string(item, .place(.ignorePattern)) else { continue }
                config.ignore.append(PathPattern(text))
            }
        }
        config.findings = reader.findings
        return .success(config)
    }

    /// Whether `path` (as given on the command line, relative to
    /// `workingDirectory`) falls under an `ignore:` pattern.
    public func isIgnored(_ path: String, workingDirectory: String) -> Bool {
        guard !ignore.isEmpty, let configPath = self.path else { return false }
        let base = ProjectPath.directory(of: ProjectPath.absolute(configPath, from: workingDirectory))
        let relative = ProjectPath.relative(ProjectPath.absolute(path, from: workingDirectory), to: base)
        return ignore.contains { $0.matches(relative) }
    }

    /// A finding with the severity the configuration gives its rule, or nil when
    /// the rule is off. The setting replaces the rule's default severity; a finding
    /// its rule deliberately made milder (a `missing-report` that is not yet due is
    /// a note) keeps its own.
    public func apply(to finding: Finding) -> Finding? {
        guard let setting = rules[finding.rule] else { return finding }
        switch setting {
        case .off: return nil
        case .severity(let severity):
            var changed = finding
            if finding.severity == finding.rule.defaultSeverity { changed.severity = severity }
            return changed
        }
    }
}

extension RuleID {
    /// `; did you mean 'late-report'?` for a misspelt rule id, or nothing.
    /// The rule id closest to a misspelt one, for "did you mean".
    public static func closest(to id: String) -> String? {
        Spelling.closest(to: id.lowercased(), among: allCases.map(\.rawValue))
    }
}
