"""The real pre-commit tool, using this repository's .pre-commit-hooks.yaml.

pre-commit clones this repository at HEAD and builds it with `swift build -c
release`, exactly as a user's machine would, so the hook under test is the
committed one. Its cache lives in .build-precommit/ (or PRE_COMMIT_HOME), so a
second run does not build again.
"""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(args, cwd, env=None, check=True):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=1200)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def precommit():
    exe = shutil.which("pre-commit")
    if exe is None:
        pytest.fail("FAILED, not skipped: pre-commit is not installed; run 'make test-deps'")
    return exe


def test_hook_refuses_a_broken_plan_and_accepts_the_fix(tmp_path, precommit):
    head = run(["git", "rev-parse", "HEAD"], REPO).stdout.strip()
    committed = run(["git", "ls-tree", "-r", "--name-only", head], REPO).stdout.split()
    assert ".pre-commit-hooks.yaml" in committed, "commit .pre-commit-hooks.yaml first: pre-commit uses HEAD"

    work = tmp_path / "plans-repo"
    work.mkdir()
    shutil.copytree(REPO / "plans", work / "plans")
    shutil.copytree(REPO / "seeds", work / "seeds")
    (work / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {REPO}\n"
        f"    rev: {head}\n"
        "    hooks:\n"
        "      - id: dxaudit-lint\n"
    )
    env = dict(os.environ)
    env.setdefault("PRE_COMMIT_HOME", str(REPO / ".build-precommit"))
    env["NO_COLOR"] = "1"
    env["GIT_AUTHOR_NAME"] = env["GIT_COMMITTER_NAME"] = "Test"
    env["GIT_AUTHOR_EMAIL"] = env["GIT_COMMITTER_EMAIL"] = "test@example.invalid"
    run(["git", "init", "-q", "-b", "main"], work)
    run([precommit, "install"], work, env)
    run(["git", "add", "."], work)
    first = run(["git", "commit", "-q", "-m", "the plan"], work, env, check=False)
    assert first.returncode == 0, first.stdout + first.stderr

    plan = work / "plans" / "227-KH-UBND.yaml"
    good = plan.read_text(encoding="utf-8")
    broken = good.replace('chairs: "điểm đ, i khoản 2 phần II"', 'chairs: "điểm đ, i khoản phần II"')
    assert broken != good
    plan.write_text(broken, encoding="utf-8")
    run(["git", "add", "plans"], work)
    refused = run(["git", "commit", "-q", "-m", "broken"], work, env, check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "plans/227-KH-UBND.yaml:" in output
    assert "[bad-citation]" in output
    assert "expected a clause (khoản) number, found 'phần'" in output
    log = run(["git", "log", "--oneline"], work).stdout.splitlines()
    assert len(log) == 1, "the broken plan must not have been committed"

    plan.write_text(good + "# Sửa trích dẫn điểm đ, i khoản 2 phần II\n", encoding="utf-8")
    run(["git", "add", "plans"], work)
    fixed = run(["git", "commit", "-q", "-m", "fixed"], work, env, check=False)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "dxaudit lint" in fixed.stdout + fixed.stderr
    assert "Passed" in fixed.stdout + fixed.stderr
    assert len(run(["git", "log", "--oneline"], work).stdout.splitlines()) == 2
