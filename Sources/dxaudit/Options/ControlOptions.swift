import ArgumentParser
import DXAudit

/// `--config`, `--baseline`, `--write-baseline`: the settings and baselines a run applies.
struct ControlOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Settings file (default: the nearest .dxaudit.yaml from here upward).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Hide the findings recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp(
            "Record today's findings in this file (rewritten atomically); they are hidden from then on.",
            valueName: "file"))
    var writeBaseline: String?

    var choice: ControlChoice {
        ControlChoice(config: config, baseline: baseline, writeBaseline: writeBaseline)
    }
}
