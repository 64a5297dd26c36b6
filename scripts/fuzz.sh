#!/usr/bin/env bash
# Runs one libFuzzer target of Fuzz/ for a while (README: Bad input: hostile input never crashes
# or hangs dxaudit).
#
#   scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-FLAG…]
#
# TARGET: FuzzYAML, FuzzCitations, FuzzReport or FuzzPlan (or yaml, citations, report, plan).
# Builds Fuzz/ into .build-fuzz with libFuzzer and AddressSanitizer, gathers the seed
# corpus into .build-fuzz/corpus/TARGET (kept between runs, so coverage accumulates):
#   FuzzYAML       the yaml-test-suite's in.yaml files ($DXAUDIT_YAML_TEST_SUITE, default
#                  ../shared/yaml-test-suite), plans/*.yaml and reports/**/*.yaml
#   FuzzCitations  Fuzz/corpus/citations/
#   FuzzReport     reports/**/*.yaml and plans/*.yaml
#   FuzzPlan       plans/*.yaml and the lint fixtures Tests/Fixtures/lint/*/*.yaml
# then fuzzes for SECONDS. Defaults: -max_len=65536 -rss_limit_mb=2048 -timeout=10 (an
# input that takes 10 s is a hang); later flags override them.
#
# Crashes, hangs and out-of-memory inputs go to Fuzz/crashes/TARGET/ and the script
# exits 1; once fixed, an input is kept in Tests/Fixtures/fuzz-regressions/ under the
# target's folder (yaml/, citations/ as .txt, report/, plan/), where a test replays it.
# Exit 2: it could not build or run the target.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRATCH=${FUZZ_SCRATCH:-$ROOT/.build-fuzz}
SWIFT=${SWIFT:-swift}
SUITE=${DXAUDIT_YAML_TEST_SUITE:-$ROOT/../shared/yaml-test-suite}

die() { echo "fuzz: $*" >&2; exit 2; }

[ $# -ge 2 ] || { sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
# keep: where a crashing input goes once fixed, so that FuzzRegressionTests replays it.
case $1 in
    FuzzYAML | yaml) target=FuzzYAML keep=yaml/NAME.yaml ;;
    FuzzCitations | citations) target=FuzzCitations keep=citations/NAME.txt ;;
    FuzzReport | report) target=FuzzReport keep=report/NAME.yaml ;;
    FuzzPlan | plan) target=FuzzPlan keep=plan/NAME.yaml ;;
    *) die "unknown target '$1' (FuzzYAML, FuzzCitations, FuzzReport or FuzzPlan)" ;;
esac
seconds=$2
[[ $seconds =~ ^[0-9]+$ ]] || die "SECONDS must be a whole number, not '$seconds'"
shift 2

# Build. `--sanitize=fuzzer` makes SwiftPM leave `main` to libFuzzer (no entry-point
# rename, -parse-as-library); the combined `-sanitize=fuzzer,address` must come last
# because the Swift driver keeps only the last -sanitize= it is given.
mkdir -p "$SCRATCH"
log=$SCRATCH/build-$target.log
echo "fuzz: building $target (log: $log)" >&2
t0=$(date +%s)
if ! "$SWIFT" build -c release --package-path "$ROOT/Fuzz" --scratch-path "$SCRATCH" \
    --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address --product "$target" >"$log" 2>&1; then
    grep -E 'error:' "$log" | head -n 20 >&2 || tail -n 20 "$log" >&2
    die "cannot build $target; see $log"
fi
echo "fuzz: built in $(($(date +%s) - t0)) s" >&2
binary=$("$SWIFT" build -c release --package-path "$ROOT/Fuzz" --scratch-path "$SCRATCH" \
    --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address --show-bin-path)/$target
[ -x "$binary" ] || die "built, but $binary is missing"

# Seed corpus: copied in, never linked, so libFuzzer can't touch the originals.
corpus=$SCRATCH/corpus/$target
mkdir -p "$corpus"
seed() { # seed PREFIX FILE…: copies each file in under a name unique to its path
    local prefix=$1 file name
    shift
    for file in "$@"; do
        [ -f "$file" ] || continue
        name=$prefix-$(printf '%s' "${file#"$ROOT"/}" | sha1sum | cut -c1-16)
        [ -e "$corpus/$name" ] || cp "$file" "$corpus/$name"
    done
}
shopt -s nullglob globstar
case $target in
    FuzzYAML)
        if [ -d "$SUITE" ]; then
            seed suite "$SUITE"/**/in.yaml
        else
            echo "fuzz: no yaml-test-suite at $SUITE (set DXAUDIT_YAML_TEST_SUITE); seeding from plans and reports only" >&2
        fi
        seed plan "$ROOT"/plans/*.yaml
        seed report "$ROOT"/reports/**/*.yaml
        ;;
    FuzzCitations)
        seed citation "$ROOT"/Fuzz/corpus/citations/*
        ;;
    FuzzReport)
        seed report "$ROOT"/reports/**/*.yaml
        seed plan "$ROOT"/plans/*.yaml
        ;;
    FuzzPlan)
        seed plan "$ROOT"/plans/*.yaml
        seed lint "$ROOT"/Tests/Fixtures/lint/*/*.yaml
        ;;
esac
shopt -u nullglob globstar
[ -n "$(ls -A "$corpus")" ] || die "empty seed corpus for $target"

crashes=$ROOT/Fuzz/crashes/$target
mkdir -p "$crashes"
before=$(ls -A "$crashes" | wc -l)

echo "fuzz: $target for $seconds s, corpus $corpus ($(ls -A "$corpus" | wc -l) inputs)" >&2
status=0
# SWIFT_BACKTRACE=enable=no: the Swift runtime's backtracer would otherwise attach to a
# crashing input and wait forever instead of letting libFuzzer write it out.
# libFuzzer's progress goes to a log; its final statistics are printed here.
runlog=$SCRATCH/run-$target.log
SWIFT_BACKTRACE=enable=no "$binary" \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$@" "$corpus" >"$runlog" 2>&1 || status=$?
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$runlog" | sed 's/^/fuzz:   /' >&2 || true

after=$(ls -A "$crashes" | wc -l)
if [ "$status" -ne 0 ] || [ "$after" -gt "$before" ]; then
    tail -n 40 "$runlog" >&2
    echo "fuzz: $target FAILED (libFuzzer exit $status); inputs in $crashes:" >&2
    ls -t "$crashes" | head -n 10 | sed "s|^|  $crashes/|" >&2
    echo "fuzz: reproduce with: SWIFT_BACKTRACE=enable=no $binary FILE" >&2
    echo "fuzz: once fixed, keep the input as Tests/Fixtures/fuzz-regressions/$keep" >&2
    exit 1
fi
rmdir "$crashes" 2>/dev/null || true
rmdir "$(dirname "$crashes")" 2>/dev/null || true
echo "fuzz: $target: no crash in $seconds s" >&2
