/// Which controls a run uses: `--config`, `--baseline`, `--write-baseline`.
public struct ControlChoice: Sendable, Equatable {
    /// The settings file; nil: the nearest `.dxaudit.yaml` from the working directory upward.
    public var config: String?
    /// A baseline whose findings are hidden.
    public var baseline: String?
    /// Where to record this run's findings as a baseline.
    public var writeBaseline: String?

    public init(config: String? = nil, baseline: String? = nil, writeBaseline: String? = nil) {
        self.config = config
        self.baseline = baseline
        self.writeBaseline = writeBaseline
    }
}

/// The controls of one run, read once: the settings, the baseline to hide, and
/// where to record a new one. The printed findings and overdue's mail go through
/// the same `filter`.
public struct Controls: Sendable {
    /// The paths the run was given.
    public var choice: ControlChoice
    /// The settings; empty when there is no settings file.
    public var config: Config
    /// The baseline read from `choice.baseline`.
    public var baseline: Baseline?
    /// Absolute; relative paths of the run are relative to it.
    public var workingDirectory: String

    public init(
        choice: ControlChoice = ControlChoice(), config: Config = Config(), baseline: Baseline? = nil,
        workingDirectory: String
    ) {
        self.choice = choice
        self.config = config
        self.baseline = baseline
        self.workingDirectory = workingDirectory
    }

    /// Reads the settings (`--config FILE`, else the nearest `.dxaudit.yaml`, else
    /// none) and the baseline. A file that cannot be read or parsed stops the run.
    /// The settings file found is named relative to `workingDirectory`, as a
    /// finding about it is printed: that must be the process's own.
    public static func load(
        _ choice: ControlChoice, workingDirectory: String = Workspace.currentDirectory()
    ) throws(DXAuditError) -> Controls {
        var config = Config()
        if let path = choice.config ?? Config.find(from: workingDirectory) {
            switch Config.load(path) {
            case .success(let loaded): config = loaded
            case .failure(let failure): throw DXAuditError(.unusableSettings(failure))
            }
        }
        var baseline: Baseline?
        if let path = choice.baseline {
            switch Baseline.load(path) {
            case .success(let loaded): baseline = loaded
            case .failure(let failure): throw DXAuditError(.unusableBaseline(failure))
            }
        }
        return Controls(choice: choice, config: config, baseline: baseline, workingDirectory: workingDirectory)
    }

    /// The settings, inline suppressions and baseline every command applies.
    public var filter: FindingFilter {
        // Paths in a baseline are relative to its folder; --write-baseline decides
        // which folder when both are given, as its entries are the ones recorded.
        let baselineFolder = (choice.writeBaseline ?? choice.baseline).map {
            ProjectPath.directory(of: ProjectPath.absolute($0, from: workingDirectory))
        }
        return FindingFilter(
            config: config, baseline: baseline, baselineFolder: baselineFolder, workingDirectory: workingDirectory,
            recordsBaseline: choice.writeBaseline != nil)
    }

    /// Whether the filter wants the text of the lines findings point at: a baseline's
    /// fingerprints are made from them.
    public var needsSourceLines: Bool { baseline != nil || choice.writeBaseline != nil }

    /// Whether the settings tell dxaudit to leave a path unread.
    public func isIgnored(_ path: String) -> Bool {
        !config.ignore.isEmpty && config.isIgnored(path, workingDirectory: workingDirectory)
    }

    /// `files` without those the settings ignore: an ignored draft report must
    /// not count as sent.
    public func withoutIgnored(_ files: [String]) -> [String] {
        files.filter { !isIgnored($0) }
    }
}
