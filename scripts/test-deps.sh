#!/usr/bin/env bash
# Installs what the integration tests drive, when it is missing:
#   Debian: msmtp (the sendmail of the SMTP test); libreoffice-writer-nogui (docx to
#           PDF), poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), chromium
#           (the HTML document loaded, screenshot, printed) and fonts-liberation2
#           (metric stand-ins for Times New Roman) for the document tests
#   PyPI:   pytest, jsonschema, junitparser (output formats), pre-commit (the hook
#           test), aiosmtpd (the SMTP server of the mail test), python-docx (docx)
# A test whose tool is still missing afterwards fails; it never passes silently.
set -eu
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

debian=""
command -v msmtp >/dev/null 2>&1 || debian="$debian msmtp"
command -v soffice >/dev/null 2>&1 || debian="$debian libreoffice-writer-nogui"
for tool in pdftotext pdfinfo pdffonts pdftoppm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        debian="$debian poppler-utils"
        break
    fi
done
command -v chromium >/dev/null 2>&1 || debian="$debian chromium"
dpkg -s fonts-liberation2 >/dev/null 2>&1 || debian="$debian fonts-liberation2"

if [ -n "$debian" ]; then
    if command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        $sudo apt-get update -qq
        # shellcheck disable=SC2086  # one word a package
        $sudo apt-get install -y -qq $debian >/dev/null
    else
        echo "test-deps: install$debian (Debian's names)" >&2
    fi
fi

python3 -c 'import pytest, jsonschema, junitparser, aiosmtpd, pre_commit, docx' 2>/dev/null && exit 0
packages="pytest jsonschema junitparser aiosmtpd pre-commit python-docx"
python3 -m pip install --quiet $packages 2>/dev/null ||
    python3 -m pip install --quiet --break-system-packages $packages
