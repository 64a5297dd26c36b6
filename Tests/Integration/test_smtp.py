"""`dxaudit overdue --send` end to end: a real SMTP server (aiosmtpd) on loopback,
a real sendmail-compatible client (msmtp), and the messages that arrive parsed
with Python's `email` package.

Run from the repository root after a debug build:
    make test-deps && python3 -m pytest Tests/Integration/test_smtp.py
DXAUDIT_BIN overrides the binary (default .build/debug/dxaudit).

A missing tool (the binary, msmtp, aiosmtpd) FAILS the tests with a message that
says how to get it: these tests never pass by not running.
"""

import email
import email.policy
import mailbox
import os
import re
import shutil
import socket
import json
import stat
import subprocess
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2024-12-03"
COORDINATOR = "so-tttt@haiphong.example"
OVERDUE_WITH_MAIL = {
    "so-du-lich": "so-du-lich@haiphong.example",
    "huyen-tien-lang": "huyen-tien-lang@haiphong.example",
}

try:
    from aiosmtpd.controller import Controller
except ImportError:  # reported by the fixture, loudly
    Controller = None


def dxaudit_bin():
    path = Path(os.environ.get("DXAUDIT_BIN", ".build/debug/dxaudit"))
    if not path.is_absolute():
        path = ROOT / path
    if not os.access(path, os.X_OK):
        pytest.fail(f"FAILED, not skipped: no dxaudit binary at {path}; run 'swift build' or set DXAUDIT_BIN")
    return str(path)


STATE = {}


@pytest.fixture(autouse=True)
def sent_log(tmp_path):
    """Each test its own sent log, so that runs against the shipped reports never
    write next to them and one test's reminders do not hold back the next's."""
    STATE["path"] = str(tmp_path / "sent.json")
    yield STATE["path"]
    STATE.clear()


def run(*args, cwd=ROOT):
    if "--send" in args and "--state" not in args and "path" in STATE:
        args = (*args, "--state", STATE["path"])
    return subprocess.run(
        [dxaudit_bin(), *args], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Collector:
    """aiosmtpd handler that keeps every accepted envelope."""

    def __init__(self):
        self.envelopes = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.original_content or envelope.content)))
        return "250 OK"

    def messages(self):
        with self.lock:
            return [(sender, rcpts, email.message_from_bytes(raw, policy=email.policy.default), raw)
                    for sender, rcpts, raw in self.envelopes]


@pytest.fixture
def smtp():
    if Controller is None:
        pytest.fail("FAILED, not skipped: aiosmtpd is missing; run 'make test-deps'")
    collector = Collector()
    port = free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield collector, port
    finally:
        controller.stop()


@pytest.fixture
def msmtp(tmp_path, smtp):
    """A sendmail command line: msmtp with its own rc file pointing at the test server."""
    binary = shutil.which("msmtp")
    if binary is None:
        pytest.fail("FAILED, not skipped: msmtp is missing; run 'make test-deps'")
    _, port = smtp
    rc = tmp_path / "msmtprc"
    rc.write_text(
        "defaults\nauth off\ntls off\nsyslog off\n"
        f"account default\nhost 127.0.0.1\nport {port}\nfrom {COORDINATOR}\n"
    )
    rc.chmod(0o600)
    return f"{binary} -C {rc}"


def wait_for(collector, count, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline and len(collector.envelopes) < count:
        time.sleep(0.05)
    time.sleep(0.2)  # anything extra would have arrived by now
    return collector.messages()


def body(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def check_raw_form(raw):
    """RFC 5322 and MIME limits on the bytes that went over the wire."""
    head, _, text = raw.partition(b"\r\n\r\n")
    assert head.isascii() and text.isascii(), "8-bit data on the wire"
    for line in raw.split(b"\r\n"):
        assert len(line) <= 78, f"line over 78: {line!r}"
    for word in re.findall(rb"=\?[^?]+\?[BbQq]\?[^?]*\?=", head):
        assert len(word) <= 75, f"encoded-word over 75: {word!r}"


def test_reminders_arrive_decoded(smtp, msmtp):
    collector, _ = smtp
    result = run("overdue", "reports/2024", "--plan", "plans", "--as-of", AS_OF, "--send", "--sendmail", msmtp)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == "", "--send must be silent when all were accepted"

    messages = wait_for(collector, 3)
    assert len(messages) == 3, [m[2]["subject"] for m in messages]
    by_to = {str(m[2]["to"].addresses[0].addr_spec): m for m in messages}
    assert set(by_to) == {*OVERDUE_WITH_MAIL.values(), COORDINATOR}

    ids = set()
    for sender, rcpts, message, raw in messages:
        check_raw_form(raw)
        assert sender == COORDINATOR
        assert message["MIME-Version"] == "1.0"
        assert message.get_content_type() == "text/plain"
        assert message.get_content_charset() == "utf-8"
        assert message["Content-Transfer-Encoding"] in ("quoted-printable", "base64")
        assert message["Auto-Submitted"] == "auto-generated"
        assert message["Date"].endswith("+0700")
        assert message["Date"].startswith("Tue, 03 Dec 2024")
        ids.add(message["Message-ID"])
    assert len(ids) == 3, "Message-IDs must be unique"

    for unit, address in OVERDUE_WITH_MAIL.items():
        _, rcpts, message, _ = by_to[address]
        assert sorted(rcpts) == sorted([address, COORDINATOR])
        assert [a.addr_spec for a in message["cc"].addresses] == [COORDINATOR]
        subject = str(message["subject"])
        assert "Nhắc báo cáo năm 2024 đã quá hạn" in subject
        text = body(message)
        assert "trước ngày 01/12/2024" in text
        assert "thứ Hai 02/12/2024" in text
        assert "đã quá hạn 1 ngày" in text
    assert "Sở Du lịch" in str(by_to[OVERDUE_WITH_MAIL["so-du-lich"]][2]["subject"])
    assert "Ủy ban nhân dân huyện Tiên Lãng" in str(by_to[OVERDUE_WITH_MAIL["huyen-tien-lang"]][2]["subject"])
    # The tasks Sở Du lịch chairs, citation and text.
    assert "II.5.h: Chuyển đổi số trong lĩnh vực du lịch" in body(by_to[OVERDUE_WITH_MAIL["so-du-lich"]][2])

    _, rcpts, digest, _ = by_to[COORDINATOR]
    assert rcpts == [COORDINATOR]
    assert "Tổng hợp báo cáo năm 2024 quá hạn" in str(digest["subject"])
    text = body(digest)
    for unit in ("so-du-lich", "huyen-tien-lang", "huyen-bach-long-vi"):
        assert f"({unit})" in text
    assert "không có địa chỉ e-mail" in text.replace("\n", " ").replace("   ", " ")


def test_nothing_overdue_is_silent(smtp, msmtp):
    collector, _ = smtp
    result = run("overdue", "reports/2024", "--plan", "plans", "--as-of", "2024-11-25", "--send", "--sendmail", msmtp)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert wait_for(collector, 1, seconds=1) == []
    listed = run("overdue", "reports/2024", "--plan", "plans", "--as-of", "2024-11-25")
    assert (listed.returncode, listed.stdout, listed.stderr) == (0, "", "")


def test_one_failing_recipient_others_still_sent(tmp_path, smtp, msmtp):
    collector, _ = smtp
    script = tmp_path / "picky-sendmail"
    script.write_text(
        "#!/bin/sh\n"
        "# Refuses mail to huyen-tien-lang; hands the rest to msmtp.\n"
        f'msg="$(mktemp {tmp_path}/msg.XXXXXX)"\n'
        'cat > "$msg"\n'
        'if sed "/^$/q" "$msg" | grep -q "<huyen-tien-lang@haiphong.example>"; then\n'
        '  echo "550 5.1.1 <huyen-tien-lang@haiphong.example>: mailbox unavailable" >&2\n'
        "  exit 67\n"
        "fi\n"
        f'exec {msmtp} "$@" < "$msg"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    result = run("overdue", "reports/2024", "--plan", "plans", "--as-of", AS_OF, "--send", "--sendmail", str(script))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "huyen-tien-lang" in result.stderr and "550 5.1.1" in result.stderr and "status 67" in result.stderr
    messages = wait_for(collector, 2)
    assert sorted(m[2]["to"].addresses[0].addr_spec for m in messages) == sorted([OVERDUE_WITH_MAIL["so-du-lich"], COORDINATOR])
    digest = next(m[2] for m in messages if m[2]["to"].addresses[0].addr_spec == COORDINATOR)
    assert "KHÔNG thành công" in body(digest)


def test_format_email_writes_a_reproducible_mbox(tmp_path):
    first = run("overdue", "reports/2024", "--plan", "plans", "--as-of", AS_OF, "--format", "email")
    again = run("overdue", "reports/2024", "--plan", "plans", "--as-of", AS_OF, "--format", "email")
    assert first.returncode == 1, first.stderr
    assert first.stdout == again.stdout
    path = tmp_path / "out.mbox"
    path.write_text(first.stdout)
    box = mailbox.mbox(str(path), factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default))
    subjects = [str(m["subject"]) for m in box]
    assert len(subjects) == 3
    assert subjects[0].endswith("Sở Du lịch")
    assert subjects[2].startswith("[dxaudit] Tổng hợp")


@pytest.mark.parametrize("field,value", [
    ("name: Sở Du lịch", 'name: "Sở Du lịch\\r\\nBcc: attacker@evil.example"'),
    ("email: so-du-lich@haiphong.example", 'email: "so-du-lich@haiphong.example\\r\\nBcc: attacker@evil.example"'),
])
def test_header_injection_in_the_plan_is_refused(tmp_path, smtp, msmtp, field, value):
    collector, _ = smtp
    plans = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", plans)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")  # the plan's source: text
    clean = run("overdue", "reports/2024", "--plan", str(plans), "--as-of", AS_OF, "--format", "email")
    assert clean.returncode == 1, "the untouched copy must work: " + clean.stderr
    units = plans / "units.yaml"
    text = units.read_text()
    assert field in text
    units.write_text(text.replace(field, value, 1))

    lint = run("lint", str(plans))
    assert lint.returncode == 1
    assert re.search(r"units\.yaml:\d+:\d+: error: .* \[schema\]", lint.stdout), lint.stdout
    assert "\r" not in lint.stdout and not any(l.startswith("Bcc:") for l in lint.stdout.splitlines())

    mail = run("overdue", "reports/2024", "--plan", str(plans), "--as-of", AS_OF, "--format", "email")
    assert mail.returncode == 2
    assert "cannot be used" in mail.stderr and "units.yaml" in mail.stderr
    assert "attacker" not in mail.stdout and "Bcc" not in mail.stdout

    sent = run("overdue", "reports/2024", "--plan", str(plans), "--as-of", AS_OF, "--send", "--sendmail", msmtp)
    assert sent.returncode == 2
    assert wait_for(collector, 1, seconds=1) == []


def test_suppressed_unit_gets_no_reminder_but_is_listed(tmp_path, smtp, msmtp):
    """A unit whose missing-report finding is silenced (here by an inline ignore)
    gets no reminder; the listing and the mail agree, and the digest says why."""
    collector, _ = smtp
    plans = tmp_path / "plans"
    shutil.copytree(ROOT / "plans", plans)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    units = plans / "units.yaml"
    text = units.read_text()
    entry = "  so-du-lich:"
    assert entry in text
    units.write_text(text.replace(entry, "  # dxaudit: ignore[missing-report]\n" + entry, 1))

    listing = run("overdue", "reports/2024", "--plan", str(plans), "--as-of", AS_OF)
    assert listing.returncode == 1, listing.stderr
    assert "so-du-lich" not in listing.stdout and "huyen-tien-lang" in listing.stdout

    mbox = run("overdue", "reports/2024", "--plan", str(plans), "--as-of", AS_OF, "--format", "email")
    assert mbox.returncode == 1, mbox.stderr
    assert "\nTo: so-du-lich@" not in mbox.stdout

    sent = run("overdue", "reports/2024", "--plan", str(plans), "--as-of", AS_OF, "--send", "--sendmail", msmtp)
    assert sent.returncode == 0, sent.stderr
    messages = wait_for(collector, 2)
    time.sleep(0.5)
    messages = collector.messages()
    to = sorted(str(m[2]["to"].addresses[0].addr_spec) for m in messages)
    assert to == sorted([OVERDUE_WITH_MAIL["huyen-tien-lang"], COORDINATOR])
    digest = next(m[2] for m in messages if str(m[2]["to"].addresses[0].addr_spec) == COORDINATOR)
    digest_text = " ".join(body(digest).split())
    assert "(so-du-lich)" in digest_text
    assert "Không gửi thư nhắc" in digest_text and "đã tắt nhắc" in digest_text


def to_addresses(messages):
    return sorted(str(m[2]["to"].addresses[0].addr_spec) for m in messages)


def settle(collector, count):
    wait_for(collector, count)
    time.sleep(0.5)
    return collector.messages()


def test_two_runs_one_message_per_unit(smtp, msmtp, sent_log):
    collector, _ = smtp
    args = ("overdue", "reports/2024", "--plan", "plans", "--as-of", AS_OF, "--send", "--sendmail", msmtp)
    first = run(*args)
    assert first.returncode == 0, first.stderr
    assert len(settle(collector, 3)) == 3
    log = json.loads(Path(sent_log).read_text())
    assert log["tool"] == "dxaudit-sent-log"
    assert {e["unit"] for e in log["sent"]} >= set(OVERDUE_WITH_MAIL)

    second = run(*args)
    assert second.returncode == 0, second.stderr
    time.sleep(1)
    assert len(collector.messages()) == 3, "a second run the same day must not mail again"

    # The next day, the reminders go again and the digest says how often before.
    third = run(*args[:5], "2024-12-04", *args[6:])
    assert third.returncode == 0, third.stderr
    messages = settle(collector, 6)
    assert len(messages) == 6
    digest = [m[2] for m in messages if str(m[2]["to"].addresses[0].addr_spec) == COORDINATOR][-1]
    assert "đã nhắc 1 lần trước đó" in " ".join(body(digest).split())


def test_resend_sends_again(smtp, msmtp):
    collector, _ = smtp
    args = ("overdue", "reports/2024", "--plan", "plans", "--as-of", AS_OF, "--send", "--sendmail", msmtp)
    assert run(*args).returncode == 0
    assert len(settle(collector, 3)) == 3
    again = run(*args, "--resend")
    assert again.returncode == 0, again.stderr
    assert len(settle(collector, 6)) == 6


def test_corrupt_sent_log_is_refused_and_left_alone(smtp, msmtp, sent_log):
    collector, _ = smtp
    Path(sent_log).write_bytes(b"{not: [a sent log\n")
    before = Path(sent_log).read_bytes()
    result = run("overdue", "reports/2024", "--plan", "plans", "--as-of", AS_OF, "--send", "--sendmail", msmtp)
    assert result.returncode == 2
    assert sent_log in result.stderr and "not a dxaudit sent log" in result.stderr
    assert Path(sent_log).read_bytes() == before
    assert wait_for(collector, 1, seconds=1) == []
    Path(sent_log).write_text('{"version": 1, "findings": []}\n')  # a baseline, say
    before = Path(sent_log).read_bytes()
    foreign = run("overdue", "reports/2024", "--plan", "plans", "--as-of", AS_OF, "--send", "--sendmail", msmtp)
    assert foreign.returncode == 2 and "not a dxaudit sent log" in foreign.stderr
    assert Path(sent_log).read_bytes() == before


def test_default_sent_log_is_next_to_the_reports(tmp_path, smtp, msmtp):
    collector, _ = smtp
    shutil.copytree(ROOT / "reports" / "2024", tmp_path / "reports" / "2024")
    STATE.clear()
    result = run("overdue", str(tmp_path / "reports"), "--plan", str(ROOT / "plans"), "--as-of", AS_OF,
                 "--send", "--sendmail", msmtp)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "reports" / ".dxaudit-sent.json").exists()
