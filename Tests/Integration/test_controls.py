"""`.dxaudit.yaml`, inline suppressions and baselines through the built binary,
in a copy of the shipped plans and 2024 reports (AS_OF 2024-12-15: three units
missing, two late reports, two unreported tasks, one unassigned task)."""

import json

from formats_support import AS_OF, dxaudit, load_json, workspace  # noqa: F401  (fixtures)

CHECK = ["check", "reports/2024", "--as-of", AS_OF]


def findings(document, rule=None):
    return [f for f in document["findings"] if rule is None or f["rule"] == rule]


def check_json(dxaudit, cwd, *extra):
    result = dxaudit(*CHECK, "--format", "json", *extra, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return load_json(result.stdout), result.returncode


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_rule_settings_strict_and_ignore(dxaudit, workspace):
    (workspace / "reports" / "2024" / "draft-so-du-lich.yaml").write_text(
        (workspace / "reports" / "2024" / "so-y-te.yaml").read_text(encoding="utf-8").replace("so-y-te", "so-du-lich"),
        encoding="utf-8",
    )
    (workspace / ".dxaudit.yaml").write_text(
        "rules:\n  unassigned-task: off\n  late-report: error\n  missing-report: warning\n"
        "ignore:\n  - reports/*/draft-*.yaml\n",
        encoding="utf-8",
    )
    document, status = check_json(dxaudit, workspace)
    assert not findings(document, "unassigned-task")
    assert {f["severity"] for f in findings(document, "late-report")} == {"error"}
    assert {f["severity"] for f in findings(document, "missing-report")} == {"warning"}
    # The ignored draft is not read: so-du-lich is still missing.
    assert "reports/2024/draft-so-du-lich.yaml" not in document["files"]
    assert any(f["unit"] == "so-du-lich" for f in findings(document, "missing-report"))
    assert status == 1 and document["fails"]  # late-report is an error now

    (workspace / ".dxaudit.yaml").write_text("rules:\n  late-report: note\n  missing-report: note\n", encoding="utf-8")
    _, relaxed = check_json(dxaudit, workspace)
    assert relaxed == 0
    (workspace / ".dxaudit.yaml").write_text(
        "rules:\n  late-report: note\n  missing-report: note\nstrict: true\n", encoding="utf-8"
    )
    strict, status = check_json(dxaudit, workspace)
    assert strict["failing"] == "warning" and status == 1  # unreported-task warnings fail


def test_unknown_keys_are_findings_and_bad_files_exit_2(dxaudit, workspace):
    (workspace / ".dxaudit.yaml").write_text("rules:\n  late-reprot: off\ncolour: never\n", encoding="utf-8")
    result = dxaudit("lint", cwd=workspace)
    assert result.returncode == 1
    assert ".dxaudit.yaml:3:1: error: unknown field 'colour' in the configuration" in result.stdout
    assert ".dxaudit.yaml:2:3: error: unknown rule 'late-reprot' in rules; did you mean 'late-report'?" in result.stdout

    (workspace / ".dxaudit.yaml").write_text("rules: [late-report\n", encoding="utf-8")
    broken = dxaudit("lint", cwd=workspace)
    assert broken.returncode == 2 and broken.stdout == ""
    assert "cannot use the settings file: .dxaudit.yaml:2:1: error:" in broken.stderr

    missing = dxaudit("lint", "--config", "nowhere.yaml", cwd=workspace)
    assert missing.returncode == 2 and "nowhere.yaml: cannot read" in missing.stderr


def test_config_is_found_upward_and_named_with_config(dxaudit, workspace):
    (workspace / "settings.yaml").write_text("rules:\n  unassigned-task: off\n", encoding="utf-8")
    named, _ = check_json(dxaudit, workspace, "--config", "settings.yaml")
    assert not findings(named, "unassigned-task")
    (workspace / ".dxaudit.yaml").write_text("rules:\n  unassigned-task: error\n", encoding="utf-8")
    result = dxaudit("check", "2024", "--as-of", AS_OF, "--format", "json", cwd=workspace / "reports")
    below = load_json(result.stdout)
    assert {f["severity"] for f in findings(below, "unassigned-task")} == {"error"}


def test_inline_suppressions(dxaudit, workspace):
    edit(workspace / "reports/2024/so-gtvt.yaml", "submitted:", "# dxaudit: ignore[late-report]\nsubmitted:")
    edit(workspace / "plans/units.yaml", "  so-du-lich:", "  so-du-lich:   # dxaudit: ignore[missing-report]\n ")
    edit(workspace / "reports/2024/so-y-te.yaml", "tasks:", "tasks:   # dxaudit: ignore[duplicate-report, lte-report]")
    document, _ = check_json(dxaudit, workspace)
    assert document["counts"]["suppressed"] == 2
    assert [f["unit"] for f in findings(document, "late-report")] == ["so-ldtbxh"]
    assert "so-du-lich" not in {f["unit"] for f in findings(document, "missing-report")}
    stale = findings(document, "unused-suppression")
    assert [(f["path"], f["severity"]) for f in stale] == [("reports/2024/so-y-te.yaml", "note")] * 2
    assert "duplicate-report silences nothing" in stale[0]["message"]
    assert "unknown rule 'lte-report'" in stale[1]["message"]
    text = dxaudit(*CHECK, cwd=workspace).stdout
    assert text.rstrip().endswith("(2 suppressed)")


def test_baseline_hides_what_it_recorded_and_survives_edits(dxaudit, workspace):
    before, status = check_json(dxaudit, workspace)
    assert status == 1
    write = dxaudit(*CHECK, "--write-baseline", "baseline.json", cwd=workspace)
    assert write.returncode == 0, write.stdout + write.stderr
    assert f"recorded {len(before['findings'])} findings in baseline.json" in write.stderr
    recorded = json.loads((workspace / "baseline.json").read_text(encoding="utf-8"))
    assert recorded["version"] == 1 and len(recorded["findings"]) == len(before["findings"])
    assert not list(workspace.glob(".baseline.json.tmp*"))

    # Lines added above every finding, and a day later: nothing resurrects.
    for path in (workspace / "reports/2024").glob("*.yaml"):
        path.write_text("# đã rà soát\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    edit(workspace / "plans/units.yaml", "units:", "# registry\nunits:")
    after, status = check_json(dxaudit, workspace, "--baseline", "baseline.json")
    assert status == 0 and after["findings"] == [] and after["counts"]["baselined"] == len(before["findings"])
    later = dxaudit("check", "reports/2024", "--as-of", "2024-12-20", "--baseline", "baseline.json", cwd=workspace)
    assert later.returncode == 0, later.stdout

    # A new problem is shown; the recorded ones stay hidden.
    edit(workspace / "reports/2024/so-y-te.yaml", "submitted: 2024-11-29", "submitted: 2024-12-05")
    fresh, status = check_json(dxaudit, workspace, "--baseline", "baseline.json")
    assert status == 0 and [f["unit"] for f in fresh["findings"]] == ["so-y-te"]
    assert fresh["findings"][0]["rule"] == "late-report"


def test_unusable_baseline_is_exit_2(dxaudit, workspace):
    (workspace / "baseline.json").write_text('{"version": 7, "findings": []}', encoding="utf-8")
    result = dxaudit(*CHECK, "--baseline", "baseline.json", cwd=workspace)
    assert result.returncode == 2 and "cannot use the baseline" in result.stderr
