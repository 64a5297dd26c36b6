"""Colour in text output: --color always/never, and auto that follows a terminal
and NO_COLOR. The terminal is a real pseudo-terminal (Python's pty module)."""
import os
import pty
import subprocess

from formats_support import AS_OF, REPO, binary_path

ESC = b"\x1b["
ARGS = ["check", "reports/2024", "--as-of", AS_OF]


def run_in_terminal(args, env):
    """Runs dxaudit with its stdout on a pseudo-terminal; returns (status, bytes)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(binary_path()), *args], cwd=REPO, env=env, stdout=follower, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    return process.wait(timeout=60), output


def base_env():
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}


def test_auto_colours_a_terminal():
    status, output = run_in_terminal(ARGS, base_env())
    assert status == 1
    assert ESC + b"1;31merror" + ESC + b"0m" in output
    assert ESC + b"1;33mwarning" in output


def test_auto_honours_no_color_on_a_terminal():
    status, output = run_in_terminal(ARGS, {**base_env(), "NO_COLOR": "1"})
    assert status == 1
    assert b"error:" in output
    assert ESC not in output


def test_never_on_a_terminal():
    _, output = run_in_terminal([*ARGS, "--color", "never"], base_env())
    assert ESC not in output


def test_always_into_a_pipe_even_with_no_color():
    result = subprocess.run(
        [str(binary_path()), *ARGS, "--color", "always"], cwd=REPO, env={**base_env(), "NO_COLOR": "1"},
        capture_output=True, timeout=60)
    assert result.returncode == 1
    assert ESC + b"1;31merror" in result.stdout


def test_auto_into_a_pipe_is_plain():
    result = subprocess.run([str(binary_path()), *ARGS], cwd=REPO, env=base_env(), capture_output=True, timeout=60)
    assert ESC not in result.stdout
