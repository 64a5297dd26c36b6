#!/usr/bin/env bash
# Makes sure the C libraries' headers are installed: libyaml's (the YAML layer) and
# zlib's (ZIPFoundation deflates docx files with it); installs Debian's libyaml-dev and
# zlib1g-dev when they are not and this machine can, or says exactly what to install.
set -eu
if pkg-config --exists yaml-0.1 zlib 2>/dev/null; then
    exit 0
fi
echo "dxaudit: libyaml or zlib (pkg-config yaml-0.1 zlib) not found; installing libyaml-dev zlib1g-dev" >&2
if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq libyaml-dev zlib1g-dev pkg-config >/dev/null
fi
if ! pkg-config --exists yaml-0.1 zlib 2>/dev/null; then
    echo "dxaudit: please install libyaml's and zlib's development files and pkg-config:" >&2
    echo "  Debian/Ubuntu: apt-get install libyaml-dev zlib1g-dev pkg-config" >&2
    echo "  Fedora:        dnf install libyaml-devel zlib-devel pkgconf" >&2
    exit 1
fi
