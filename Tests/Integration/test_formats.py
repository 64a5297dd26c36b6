"""Every reporting command's output read by the tools that own its format.

JSON is validated against docs/dxaudit-output.schema.json and SARIF against the
official SARIF 2.1.0 schema (../shared/schemas/sarif-schema-2.1.0.json beside
the clone; absent, those tests are SKIPPED with the reason) with the jsonschema
package; JUnit XML is read with junitparser. Runs over the shipped plans and 2024
reports, the broken fixture, and a generated folder whose file name needs escaping.
GitHub workflow commands, the JSON figures, exit statuses and usage errors are
checked by the Swift end-to-end tests (Tests/EndToEndTests/FormatTests.swift).
"""

import json
import urllib.parse

import jsonschema
import junitparser
import pytest

from formats_support import AS_OF, REPO, dxaudit, load_json  # noqa: F401  (dxaudit is a fixture)

JSON_SCHEMA = REPO / "docs" / "dxaudit-output.schema.json"
SARIF_SCHEMA = REPO.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

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
    "targets": ["targets", "reports", "--as-of", "2026-11-26"],
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
    """A year folder whose file name holds ',' and ':', which a SARIF URI must escape."""
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


