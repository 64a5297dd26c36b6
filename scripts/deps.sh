#!/usr/bin/env bash
# Makes sure libyaml's headers are installed; installs Debian's libyaml-dev when
# they are not and this machine can, or says exactly what to install.
set -eu
if pkg-config --exists yaml-0.1 2>/dev/null; then
    exit 0
fi
echo "dxaudit: libyaml (pkg-config yaml-0.1) not found; installing libyaml-dev" >&2
if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq libyaml-dev pkg-config >/dev/null
fi
if ! pkg-config --exists yaml-0.1 2>/dev/null; then
    echo "dxaudit: please install libyaml's development files and pkg-config:" >&2
    echo "  Debian/Ubuntu: apt-get install libyaml-dev pkg-config" >&2
    echo "  Fedora:        dnf install libyaml-devel pkgconf" >&2
    exit 1
fi
