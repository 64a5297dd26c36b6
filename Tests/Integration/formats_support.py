"""Helpers for test_formats.py: the built dxaudit and how to run it.

The binary is $DXAUDIT_BIN, or .build/debug/dxaudit in the repository. A missing
binary fails every test that needs it; it never lets them pass.
"""

import json
import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
AS_OF = "2024-12-15"


def binary_path() -> pathlib.Path:
    configured = os.environ.get("DXAUDIT_BIN")
    path = pathlib.Path(configured) if configured else REPO / ".build" / "debug" / "dxaudit"
    return path if path.is_absolute() else REPO / path


@pytest.fixture(scope="session")
def dxaudit():
    path = binary_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(f"no dxaudit binary at {path}: run 'swift build' or set DXAUDIT_BIN", pytrace=False)

    def run(*args, cwd=REPO, env=None):
        environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NO_COLOR": "1", "LANG": "C.UTF-8"}
        environment.update(env or {})
        return subprocess.run(
            [str(path), *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=60
        )

    return run


def load_json(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        pytest.fail(f"not JSON ({error}):\n{text[:2000]}", pytrace=False)
