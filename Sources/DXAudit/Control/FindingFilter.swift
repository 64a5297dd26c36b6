import DXYAML
import Dispatch

/// Applies the project's controls to what a command found, in one place for
/// every command: `.dxaudit.yaml` (ignored paths, rule severities, `strict`),
/// `# dxaudit: ignore[…]` comments, and a baseline.
///
/// Order: the configuration's own findings join the command's; findings and files
/// under `ignore:` go; inline suppressions silence what they name (and stale or
/// unreadable ones become `unused-suppression` findings); rule settings change
/// severities or turn rules off; the baseline hides what it holds. The failing
/// severity is decided last, from the severities that remain.
public struct FindingFilter: Sendable {
    public var config: Config
    public var baseline: Baseline?
    /// The folder baseline paths are relative to: the baseline file's.
    public var baselineFolder: String
    /// Absolute; paths in the outcome are relative to it.
    public var workingDirectory: String
    public var limits: Limits
    /// Whether `Result.current` is wanted (`--write-baseline`): without it and without
    /// a baseline to hide, no finding needs its fingerprint.
    public var recordsBaseline: Bool

    public init(
        config: Config = Config(), baseline: Baseline? = nil, baselineFolder: String? = nil,
        workingDirectory: String, limits: Limits = .default, recordsBaseline: Bool = true
    ) {
        self.recordsBaseline = recordsBaseline
        self.config = config
        self.baseline = baseline
        self.baselineFolder = baselineFolder ?? workingDirectory
        self.workingDirectory = workingDirectory
        self.limits = limits
    }

    /// What is left to report, and today's findings as a baseline.
    public struct Result: Sendable {
        public var outcome: Outcome
        /// The findings before the baseline hid any, recorded relative to
        /// `baselineFolder`: what `--write-baseline` writes.
        public var current: Baseline
    }

    /// Commands that run every rule of a scope over every file they list, so a
    /// suppression of such a rule that silences nothing there is stale.
    static let completeScopes: [String: Set<RuleInfo.Scope>] = [
        "lint": [.plan, .any],
        "check": [.report, .any],
    ]

    /// The outcome is taken, not borrowed: a caller that has no further use for it
    /// hands over the only reference to its findings, which are then changed in
    /// place rather than copied.
    public func apply(_ raw: consuming Outcome) -> Result {
        var outcome = raw
        if !config.findings.isEmpty { outcome.findings += config.findings }
        outcome.files = outcome.files.filter { !config.isIgnored($0, workingDirectory: workingDirectory) }
        if !config.ignore.isEmpty {
            // Decided once a path: a file can carry thousands of findings.
            var ignored: [String: Bool] = [:]
            outcome.findings.removeAll { finding in
                let path = finding.location.path
                if let known = ignored[path] { return known }
                let decision = config.isIgnored(path, workingDirectory: workingDirectory)
                ignored[path] = decision
                return decision
            }
        }

        let judged = Self.completeScopes[outcome.command] ?? []
        let judgedFiles = judged.isEmpty ? [] : outcome.files
        // A baseline's fingerprints take the source lines findings point at; without
        // one only each file's suppression comments are wanted.
        let needsLines = recordsBaseline || baseline != nil
        var wantedLines: [String: Set<Int>] = [:]
        var lastPath: String?
        for finding in outcome.findings {
            let path = finding.location.path
            if needsLines {
                wantedLines[path, default: []].insert(finding.location.line)
            } else if path != lastPath, wantedLines[path] == nil {
                wantedLines[path] = []
            }
            lastPath = path
        }
        // Files the command has read already are scanned as read; only the others
        // (a settings file, a plan that check did not load itself) are read here.
        var seen: Set<String> = []
        seen.reserveCapacity(judgedFiles.count)
        var paths = judgedFiles.filter { seen.insert($0).inserted }
        paths += wantedLines.keys.filter { !seen.contains($0) }.sorted()
        // A file let go after its suppression comments were taken is read again only
        // for its lines.
        let scanned = needsLines ? [:] : outcome.suppressions
        let read = paths.filter { outcome.sources[$0] == nil && scanned[$0] == nil }
        let held = paths.compactMap { outcome.sources[$0] }
        var scans = Self.scan(read, from: workingDirectory, wantedLines: wantedLines, limits: limits)
        for (file, scan) in zip(held, Self.scan(held, wantedLines: wantedLines)) { scans[file.path] = scan }
        /// A file's suppression comments, as scanned here or when the command read it.
        func suppressions(in path: String) -> [Suppression] {
            scans[path]?.suppressions ?? scanned[path] ?? []
        }

        // Inline suppressions, removed in place: the findings are not copied.
        var used: Set<SuppressionKey> = []
        var suppressed = 0
        if scans.values.contains(where: { !$0.suppressions.isEmpty })
            || scanned.values.contains(where: { !$0.isEmpty })
        {
            outcome.findings.removeAll { finding in
                let path = finding.location.path
                let covering = suppressions(in: path).first { $0.covers(finding.rule, line: finding.location.line) }
                guard let covering else { return false }
                used.insert(SuppressionKey(path: path, line: covering.line, rule: finding.rule.rawValue))
                if config.apply(to: finding) != nil { suppressed += 1 }
                return true
            }
        }
        var kept = outcome.findings
        outcome.findings = []
        for path in judgedFiles {
            for suppression in suppressions(in: path) {
                kept += UnusedSuppressionRule.check(
                    suppression, path: path,
                    silenced: { used.contains(SuppressionKey(path: path, line: suppression.line, rule: $0.rawValue)) },
                    scopes: judged)
            }
        }

        // Rule settings, then the baseline.
        if !config.rules.isEmpty { kept = kept.compactMap(config.apply(to:)) }
        kept = kept.sortedByPlace()
        var current = Baseline()
        guard recordsBaseline || baseline != nil else {
            outcome.findings = kept
            outcome.suppressed += suppressed
            if config.strict { outcome.failing = min(outcome.failing, .warning) }
            return Result(outcome: outcome, current: current)
        }
        var remaining = baseline?.counts ?? [:]
        var shown: [Finding] = []
        var relativePaths: [String: String] = [:]
        current.entries.reserveCapacity(kept.count)
        for finding in kept {
            let path = finding.location.path
            let relative = relativePaths[path] ?? baselinePath(path)
            relativePaths[path] = relative
            let entry = baselineEntry(
                finding, sourceLine: scans[path]?.lines[finding.location.line], relativePath: relative)
            current.entries.append(entry)
            if let left = remaining[entry.key], left > 0 {
                remaining[entry.key] = left - 1
                outcome.baselined += 1
            } else {
                shown.append(finding)
            }
        }
        outcome.findings = shown
        outcome.suppressed += suppressed
        if config.strict { outcome.failing = min(outcome.failing, .warning) }
        return Result(outcome: outcome, current: current)
    }

    private struct SuppressionKey: Hashable {
        var path: String
        var line: Int
        var rule: String
    }

    /// A path as a baseline names it: relative to the baseline's folder.
    func baselinePath(_ path: String) -> String {
        let absolute = ProjectPath.absolute(path, from: workingDirectory)
        return ProjectPath.relative(absolute, to: ProjectPath.normalize(baselineFolder))
    }

    /// A finding as a baseline entry, its path relative to the baseline's folder.
    public func baselineEntry(_ finding: Finding, sourceLine: String?, relativePath: String? = nil) -> Baseline.Entry {
        let path = relativePath ?? baselinePath(finding.location.path)
        let line = sourceLine ?? finding.sourceLine ?? ""
        return Baseline.Entry(
            rule: finding.rule.rawValue, path: path,
            fingerprint: Baseline.fingerprint(
                rule: finding.rule, path: path, message: finding.message.description, sourceLine: line),
            line: finding.location.line, message: finding.message.description)
    }

    /// What the filter needs from one file's text.
    struct FileScan: Sendable {
        var suppressions: [Suppression] = []
        /// The text of the lines findings point at.
        var lines: [Int: String] = [:]
    }

    /// Files already read, scanned in parallel.
    static func scan(_ files: [SourceFile], wantedLines: [String: Set<Int>]) -> [FileScan] {
        files.concurrentMap { file in
            FileScan(suppressions: Suppression.scan(file.text), lines: file.text.lines(wantedLines[file.path] ?? []))
        }
    }

    /// Reads the files (relative to `directory`) in parallel; unreadable ones have
    /// no suppressions.
    static func scan(
        _ paths: [String], from directory: String, wantedLines: [String: Set<Int>], limits: Limits
    ) -> [String: FileScan] {
        let scans = paths.concurrentMap { given -> FileScan in
            let path = given.hasPrefix("/") ? given : ProjectPath.join(directory, given)
            guard case .success(let file) = SourceFile.read(path, limits: limits) else { return FileScan() }
            return FileScan(suppressions: Suppression.scan(file.text), lines: file.text.lines(wantedLines[given] ?? []))
        }
        return Dictionary(uniqueKeysWithValues: zip(paths, scans))
    }
}
