#!/usr/bin/env bash
# Installs what the integration tests drive, when it is missing:
#   Debian: msmtp (the sendmail of the SMTP test)
#   PyPI:   pytest, jsonschema, junitparser (output formats), pre-commit (the hook
#           test), aiosmtpd (the SMTP server of the mail test)
# A test whose tool is still missing afterwards fails; it never passes silently.
set -eu
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

if ! command -v msmtp >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get update -qq
        $sudo apt-get install -y -qq msmtp >/dev/null
    else
        echo "test-deps: install msmtp (a sendmail-compatible SMTP client)" >&2
    fi
fi

python3 -c 'import pytest, jsonschema, junitparser, aiosmtpd, pre_commit' 2>/dev/null && exit 0
packages="pytest jsonschema junitparser aiosmtpd pre-commit"
python3 -m pip install --quiet $packages 2>/dev/null ||
    python3 -m pip install --quiet --break-system-packages $packages
