"""Every reporting command in every --format, read by real consumers.

JSON is validated against docs/dxaudit-output.schema.json and SARIF against the
official SARIF 2.1.0 schema (../shared/schemas/sarif-schema-2.1.0.json beside
the clone; absent, those tests are SKIPPED with the reason) with the jsonschema
package; JUnit XML is read with junitparser; GitHub lines are parsed with a
regular expression and unescaped. Runs over the shipped plans and 2024 reports,
the broken fixture, and a generated folder whose file name and text need escaping.
"""

import json
import re
import urllib.parse

import jsonschema
import junitparser
import pytest

from formats_support import AS_OF, REPO, dxaudit, load_json  # noqa: F401  (dxaudit is a fixture)

JSON_SCHEMA = REPO / "docs" / "dxaudit-output.schema.json"
SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
FORMATS = ["text", "json", "sarif", "junit", "github"]

# name -> arguments; each reports findings through the same finish step.
COMMANDS = {
    "lint": ["lint"],
    "lint-plans": ["lint", "plans"],
    "check-2024": ["check", "reports/2024", "--as-of", AS_OF],
    "check-strict": ["check", "reports/2024", "--as-of", AS_OF, "--strict"],
    "check-broken": ["check", "Tests/Fixtures/reports-broken/2024", "--as-of", AS_OF],
    "coverage": ["coverage"],
    "coverage-reports": ["coverage", "--reports", "reports/2024", "--as-of", AS_OF],
    "overdue": ["overdue", "reports/2024", "--as-of", AS_OF],
}

ODD_REPORT = """unit: so-y-te
year: 2024
obligation: unit-annual
submitted: 2024-11-28
tasks:
  "50% done\\nII.1.a": {status: done}
  II.9.z: {status: done}
"""


@pytest.fixture
def odd_folder(tmp_path):
    """A year folder whose file name holds ',' and ':' and whose finding messages
    hold '%' and a line break: everything GitHub and SARIF must escape."""
    folder = tmp_path / "odd reports" / "2024"
    folder.mkdir(parents=True)
    (folder / "a,b:c.yaml").write_text(ODD_REPORT, encoding="utf-8")
    return folder


def odd_check(folder):
    return ["check", str(folder), "--plan", str(REPO / "plans"), "--as-of", AS_OF]


def run_format(dxaudit, name, fmt):
    result = dxaudit(*COMMANDS[name], "--format", fmt)
    assert result.returncode in (0, 1), f"{name} --format {fmt}: exit {result.returncode}\n{result.stderr}"
    return result


def reference(dxaudit, name):
    """The JSON document of a command, the reference the other formats are compared with."""
    result = run_format(dxaudit, name, "json")
    return load_json(result.stdout), result.returncode


def json_validator():
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def sarif_validator():
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SKIPPED LOUDLY: the official SARIF schema is not at {SARIF_SCHEMA}; SARIF output not validated")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid(validator, document, what):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, f"{what}: " + "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


# --- JSON -------------------------------------------------------------------


@pytest.mark.parametrize("name", COMMANDS)
def test_json_validates_against_the_documented_schema(dxaudit, name):
    document, status = reference(dxaudit, name)
    assert_valid(json_validator(), document, f"{name} --format json")
    assert document["command"] == COMMANDS[name][0]
    assert status == (1 if document["fails"] else 0)
    counts = document["counts"]
    severities = [f["severity"] for f in document["findings"]]
    assert counts["total"] == len(severities)
    for severity in ("error", "warning", "note"):
        assert counts[severity] == severities.count(severity)


def test_json_of_check_carries_the_year_figures(dxaudit):
    document, status = reference(dxaudit, "check-2024")
    assert status == 1
    stats = document["stats"]
    assert (stats["plan"], stats["year"], stats["asOf"]) == ("227/KH-UBND", 2024, AS_OF)
    annual = next(o for o in stats["obligations"] if o["id"] == "unit-annual")
    assert annual["lastOnTimeDay"] == "2024-12-02"
    assert annual["owed"] == (
        annual["onTime"] + annual["late"] + annual["missing"] + annual["notYetDue"] + annual["unreadable"])
    missing = {r["unit"] for r in stats["reports"] if r["state"] == "missing"}
    reported = {f["unit"] for f in document["findings"] if f["rule"] == "missing-report" and f["severity"] == "error"}
    assert missing == reported and len(missing) == annual["missing"]
    assert all(f["line"] >= 1 and f["column"] >= 1 for f in document["findings"])


def test_json_of_coverage_gives_the_table_as_data(dxaudit):
    document, _ = reference(dxaudit, "coverage-reports")
    coverage = document["coverage"]
    assert (coverage["plan"], coverage["year"], coverage["unitsAsOf"]) == ("227/KH-UBND", 2024, "2024-12-02")
    assert coverage["total"] == len(coverage["tasks"]) and coverage["owned"] <= coverage["total"]
    row = next(t for t in coverage["tasks"] if t["task"] == "II.5.c")
    assert (row["chairs"], row["implements"], row["depth"]) == (["so-tai-chinh"], ["nhnn-hp"], 2)
    assert row["reported"]["total"] == sum(row["reported"][k] for k in ("done", "onTrack", "delayed", "notStarted", "noStatus"))
    assert not any(line.startswith("task ") for line in document["summary"]), "the rows are data, not lines"
    written, _ = reference(dxaudit, "coverage")
    assert written["coverage"]["year"] is None and all(t["reported"] is None for t in written["coverage"]["tasks"])


def test_checked_in_sample_validates(dxaudit):
    sample = json.loads((REPO / "Tests" / "DXAuditTests" / "Expected" / "sample.json").read_text(encoding="utf-8"))
    assert_valid(json_validator(), sample, "Expected/sample.json")


# --- SARIF ------------------------------------------------------------------


@pytest.mark.parametrize("name", COMMANDS)
def test_sarif_validates_against_the_official_schema(dxaudit, name):
    validator = sarif_validator()
    result = run_format(dxaudit, name, "sarif")
    log = load_json(result.stdout)
    assert_valid(validator, log, f"{name} --format sarif")
    document, status = reference(dxaudit, name)
    assert result.returncode == status
    run = log["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    results = run["results"]
    assert len(results) == len(document["findings"])
    for sarif_result, finding in zip(results, document["findings"]):
        assert sarif_result["ruleId"] == finding["rule"]
        assert sarif_result["level"] == finding["severity"]
        assert sarif_result["message"]["text"] == finding["message"]
        location = sarif_result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert not uri.startswith(("/", "file:")), uri
        assert urllib.parse.unquote(uri) == finding["path"]
        assert location["region"]["startLine"] == finding["line"] >= 1
        assert location["region"]["startColumn"] == finding["column"] >= 1
        rule = rules[sarif_result["ruleId"]]
        assert run["tool"]["driver"]["rules"][sarif_result["ruleIndex"]]["id"] == rule["id"]
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")


def test_sarif_lists_every_rule_with_its_explanation(dxaudit):
    validator = sarif_validator()
    log = load_json(run_format(dxaudit, "lint", "sarif").stdout)
    assert_valid(validator, log, "lint --format sarif")
    listed = run_format(dxaudit, "lint", "text")  # keeps the binary honest about running
    assert listed.returncode == 0
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    catalog = dxaudit("rules")
    ids = [line.split()[0] for line in catalog.stdout.splitlines() if line.strip()]
    assert sorted(rules) == sorted(ids)
    explain = dxaudit("explain", "late-report").stdout
    assert rules["late-report"]["help"]["text"] in explain
    assert rules["late-report"]["defaultConfiguration"]["level"] == "warning"


def test_sarif_of_the_sample_validates(dxaudit):
    validator = sarif_validator()
    sample = json.loads((REPO / "Tests" / "DXAuditTests" / "Expected" / "sample.sarif").read_text(encoding="utf-8"))
    assert_valid(validator, sample, "Expected/sample.sarif")


def test_sarif_encodes_odd_file_names(dxaudit, odd_folder):
    validator = sarif_validator()
    result = dxaudit(*odd_check(odd_folder), "--format", "sarif", cwd=odd_folder.parent.parent)
    assert result.returncode == 1, result.stderr
    log = load_json(result.stdout)
    assert_valid(validator, log, "odd --format sarif")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert "odd%20reports/2024/a%2Cb%3Ac.yaml" in uris


# --- JUnit ------------------------------------------------------------------


@pytest.mark.parametrize("name", COMMANDS)
def test_junit_is_read_by_junitparser(dxaudit, name, tmp_path):
    result = run_format(dxaudit, name, "junit")
    document, status = reference(dxaudit, name)
    assert result.returncode == status
    path = tmp_path / "junit.xml"
    path.write_text(result.stdout, encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    assert len(suites) == 1
    suite = suites[0]
    assert suite.name == f"dxaudit {document['command']}"

    failing = {"error": 2, "warning": 1, "note": 0}[document["failing"]]
    rank = {"error": 2, "warning": 1, "note": 0}
    by_path = {}
    for finding in document["findings"]:
        by_path.setdefault(finding["path"], []).append(finding)
    expected_names = list(dict.fromkeys(document["files"] + sorted(set(by_path) - set(document["files"]))))
    cases = list(suite)
    assert [case.name for case in cases] == expected_names
    assert suite.tests == len(cases)
    failed = 0
    for case in cases:
        findings = by_path.get(case.name, [])
        fails = any(rank[f["severity"]] >= failing for f in findings)
        failures = [r for r in case.result if isinstance(r, junitparser.Failure)]
        if fails:
            failed += 1
            assert len(failures) == 1, case.name
            for finding in findings:
                assert finding["message"] in failures[0].text
        else:
            assert case.is_passed, case.name
            for finding in findings:
                assert finding["message"] in (case.system_out or "")
    assert suite.failures == failed
    if not document["findings"]:
        assert failed == 0


# --- GitHub -----------------------------------------------------------------

LINE = re.compile(
    r"^::(?P<command>error|warning|notice) "
    r"file=(?P<file>[^,:]+),line=(?P<line>[0-9]+),col=(?P<col>[0-9]+),title=(?P<title>[^,:]+)"
    r"::(?P<message>[^\r\n]*)$"
)


def unescape(text):
    # Order matters: %25 last, so that an escaped '%0A' stays literal.
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, plain)
    return text


def github_lines(stdout):
    lines = stdout.splitlines()
    parsed = [LINE.match(line) for line in lines]
    bad = [line for line, match in zip(lines, parsed) if not match]
    assert not bad, f"not workflow commands: {bad[:3]}"
    return parsed


@pytest.mark.parametrize("name", COMMANDS)
def test_github_lines_parse_and_match_the_findings(dxaudit, name):
    result = run_format(dxaudit, name, "github")
    document, status = reference(dxaudit, name)
    assert result.returncode == status
    parsed = github_lines(result.stdout)
    assert len(parsed) == len(document["findings"])
    level = {"error": "error", "warning": "warning", "note": "notice"}
    for match, finding in zip(parsed, document["findings"]):
        assert match["command"] == level[finding["severity"]]
        assert unescape(match["file"]) == finding["path"]
        assert (int(match["line"]), int(match["col"])) == (finding["line"], finding["column"])
        assert match["title"] == finding["rule"]
        assert unescape(match["message"]) == finding["message"]


def test_github_is_the_default_in_github_actions(dxaudit):
    result = dxaudit(*COMMANDS["check-2024"], env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    assert github_lines(result.stdout)
    assert "::error file=plans/units.yaml," in result.stdout
    explicit = dxaudit(*COMMANDS["check-2024"], "--format", "text", env={"GITHUB_ACTIONS": "true"})
    assert explicit.stdout.startswith("plans/units.yaml:")


def test_github_escapes_percent_newline_comma_and_colon(dxaudit, odd_folder):
    result = dxaudit(*odd_check("odd reports/2024"), "--format", "github", cwd=odd_folder.parent.parent)
    assert result.returncode == 1, result.stderr
    parsed = github_lines(result.stdout)
    odd = [m for m in parsed if m["file"] == "odd reports/2024/a%2Cb%3Ac.yaml"]
    assert odd, result.stdout
    citation = next(m for m in odd if m["title"] == "bad-citation")
    assert "'50%25 done%0AII.1.a'" in citation["message"]
    assert "'50% done\nII.1.a'" in unescape(citation["message"])


# --- Every format from every command ----------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_writes_every_format(dxaudit, name, fmt):
    result = run_format(dxaudit, name, fmt)
    _, status = reference(dxaudit, name)
    assert result.returncode == status
    assert result.stderr == ""
    if fmt == "text":
        assert "\x1b[" not in result.stdout  # NO_COLOR and no terminal


def test_unknown_format_is_a_usage_error(dxaudit):
    result = dxaudit("lint", "--format", "xml")
    assert result.returncode == 2
    assert "unknown --format 'xml'" in result.stderr
    assert "text, json, sarif, junit, github" in result.stderr
