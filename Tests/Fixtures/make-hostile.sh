#!/usr/bin/env bash
# Writes a reports year folder of hostile input for end-to-end tests (README: Bad input):
#
#   Tests/Fixtures/make-hostile.sh OUTDIR      → OUTDIR/2024/, its path on stdout
#
# Made at test time, not committed: git cannot hold a FIFO, a 17 MiB file is no
# fixture, and a symlink loop trips up tools that walk the tree. The folder holds
#   so-y-te.yaml   a good report (so-y-te, 2024, submitted 2024-11-28, its figures, II.5.a among
#                  its tasks): it must still be judged next to the others
#   laughs.yaml    billion laughs: 10 levels of 10 aliases each (10^10 nodes expanded)
#   deep.yaml      100,000 levels of nested flow sequences, [[[[…]]]]
#   big.yaml       a report over 16 MiB (17 MiB of one scalar)
#   latin1.yaml    invalid UTF-8 (a Latin-1 "á" byte, 0xE1)
#   nul.yaml       a NUL byte inside `year:`
#   utf16.yaml     a report in UTF-16LE with a byte-order mark
#   list.yaml      a YAML list where a report must be a map
#   x.yaml         a directory
#   fifo.yaml      a FIFO (reading it naively blocks forever)
#   loop.yaml      a symbolic link to itself
# Tests/EndToEndTests/HostileInputTests.swift runs this script and checks each file.
set -euo pipefail

if [ $# -ne 1 ] || [ "${1#-}" != "$1" ]; then
    echo "usage: $0 OUTDIR   (writes OUTDIR/2024/)" >&2
    exit 2
fi
year=$1/2024
if [ -e "$year" ] && [ -n "$(ls -A "$year" 2>/dev/null)" ]; then
    echo "make-hostile: $year already exists and is not empty" >&2
    exit 2
fi
mkdir -p "$year"
cd "$year"

cat >so-y-te.yaml <<'EOF'
unit: so-y-te
year: 2024
obligation: unit-annual
submitted: 2024-11-28
tasks:
  II.1.a: {status: on-track, progress: 80, note: Chuyên mục “Chuyển đổi số” trên trang thông tin của Sở}
  II.1.b.1: {status: done, progress: 100, note: Rà soát 12 văn bản chuyên ngành}
  II.2.h: {status: on-track, progress: 75, note: 84% hồ sơ xử lý trên môi trường mạng}
  II.5.a: {status: on-track, progress: 70, note: Khám chữa bệnh từ xa tại 14/18 bệnh viện}
targets:
  ho-so-cap-thanh-pho: {numerator: 3120, denominator: 3714}
  kiem-tra-qua-moi-truong-so: {numerator: 96, denominator: 270}

EOF

{
    echo "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"
    for i in 1 2 3 4 5 6 7 8 9; do
        p="*a$((i - 1))"
        echo "a$i: &a$i [$p, $p, $p, $p, $p, $p, $p, $p, $p, $p]"
    done
} >laughs.yaml

{
    head -c 100000 /dev/zero | tr '\0' '['
    head -c 100000 /dev/zero | tr '\0' ']'
} >deep.yaml

{
    printf 'unit: so-y-te\nnote: "'
    head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' 'x'
    printf '"\n'
} >big.yaml

printf 'unit: so-y-te\nnote: Kh\xe1m\n' >latin1.yaml
printf 'unit: so-y-te\nyear: 20\00024\n' >nul.yaml
{
    printf '\xff\xfe'
    printf 'unit: so-y-te\nyear: 2024\nsubmitted: 2024-11-28\n' | iconv -f UTF-8 -t UTF-16LE
} >utf16.yaml
printf -- '- unit: so-y-te\n- year: 2024\n' >list.yaml
mkdir x.yaml
mkfifo fifo.yaml
ln -s loop.yaml loop.yaml

pwd
