#!/usr/bin/env bash
# Measures README: Speed: `dxaudit check` over a national-scale data set against a plain C
# loop over libyaml on the same files, and `dxaudit lint` over the shipped plans.
#
#   bench/run.sh [SIZE]      SIZE: 2k, 20k (default) or 200k
#   bench/run.sh all         every size, then how the time per file grows
#
# Data goes to $BENCH_DIR/SIZE (default ${TMPDIR:-/tmp}/dxaudit-bench/SIZE) and is
# generated once by bench/generate.py. dxaudit is .build/release/dxaudit (`make bench`
# builds it; $DXAUDIT overrides). Each measured command runs $BENCH_RUNS times
# (default 5), the two alternating, after one untimed warm-up run each.
#
# Exit status: 0 when everything ran (whatever the numbers), 2 when something could
# not run or crashed. `dxaudit check` exiting 1 means findings, which the data has.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${DXAUDIT:-$ROOT/.build/release/dxaudit}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dxaudit-bench}
RUNS=${BENCH_RUNS:-5}
LINT_RUNS=10
AS_OF=2024-12-15
TIME=/usr/bin/time

die() { echo "bench: $*" >&2; exit 2; }

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# --- tools -------------------------------------------------------------------------

ensure_time() {
    [ -x "$TIME" ] && return 0
    echo "bench: $TIME not found; installing Debian's time package" >&2
    if command -v apt-get >/dev/null 2>&1; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get install -y -qq time >/dev/null 2>&1 ||
            { $sudo apt-get update -qq && $sudo apt-get install -y -qq time >/dev/null; } || true
    fi
    [ -x "$TIME" ] || die "GNU time is needed for peak memory: apt-get install time"
}

ensure_dxaudit() {
    [ -x "$BIN" ] || die "$BIN not found: build it first (make build, or make bench)"
    if ! "$BIN" check --help >/dev/null 2>&1; then
        die "$BIN has no working \`check\` subcommand yet (\`dxaudit check --help\` fails); nothing to measure"
    fi
}

# --- data --------------------------------------------------------------------------

# ensure_data SIZE: generates $BENCH_DIR/SIZE unless a complete copy made by the
# current generator is there; builds the C loop into it.
ensure_data() {
    local size=$1 out=$BENCH_DIR/$1
    local stamp sum
    sum=$(sha256sum "$ROOT/bench/generate.py" | cut -d' ' -f1)
    stamp=$out/.generator-sha256
    if [ "$(head -c 8 "$out/.dxaudit-bench" 2>/dev/null)" != "complete" ] ||
        [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
        echo "bench: generating $size data in $out …" >&2
        local t0 t1
        t0=$(date +%s%N)
        python3 "$ROOT/bench/generate.py" "$size" "$out" >/dev/null
        t1=$(date +%s%N)
        echo "$sum" >"$stamp"
        echo "bench: generated in $(awk -v n=$((t1 - t0)) 'BEGIN { printf "%.1f", n / 1e9 }') s" >&2
    fi
    if [ ! -x "$out/yaml_loop" ] || [ "$ROOT/bench/yaml_loop.c" -nt "$out/yaml_loop" ]; then
        # shellcheck disable=SC2046
        cc -O2 -o "$out/yaml_loop" "$ROOT/bench/yaml_loop.c" $(pkg-config --cflags --libs yaml-0.1) ||
            die "cannot build bench/yaml_loop.c (needs cc, pkg-config and libyaml-dev)"
    fi
}

# --- measuring ---------------------------------------------------------------------

# timed OKMAX LOG CMD…: runs CMD once under GNU time; sets WALL_NS and RSS_KB. Fails
# when CMD exits above OKMAX or is killed by a signal.
timed() {
    local okmax=$1 log=$2
    shift 2
    local t0 t1 rc=0
    t0=$(date +%s%N)
    "$TIME" -f '%M' -o "$log.rss" "$@" >"$log.out" 2>"$log.err" || rc=$?
    t1=$(date +%s%N)
    WALL_NS=$((t1 - t0))
    RSS_KB=$(tail -n 1 "$log.rss")
    if grep -q 'terminated by signal' "$log.rss" || [ "$rc" -gt "$okmax" ]; then
        {
            echo "bench: failed (exit $rc): $*"
            grep 'terminated by signal' "$log.rss" || true
            tail -n 20 "$log.err"
        } >&2
        exit 2
    fi
}

# median N…: the median of integers (mean of the middle two for an even count).
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

max() { printf '%s\n' "$@" | sort -n | tail -n 1; }

# Results of the last bench_size, for `all`.
R_FILES=0 R_C=0 R_DX=0 R_RSS=0

bench_size() {
    local size=$1 out=$BENCH_DIR/$1
    ensure_data "$size"
    local reports=$out/reports/2024 plans=$out/plans
    local files
    files=$(find "$reports" -maxdepth 1 -name '*.yaml' -type f | wc -l)
    local check=("$BIN" check "$reports" --plan "$plans" --as-of "$AS_OF" --quiet)

    # Warm-up: page cache, dynamic loader.
    timed 0 "$out/c" "$out/yaml_loop" "$reports"
    local events
    events=$(cat "$out/c.out")
    timed 1 "$out/check" "${check[@]}"

    local c_times=() dx_times=() c_rss=() dx_rss=() i
    for ((i = 1; i <= RUNS; i++)); do
        timed 0 "$out/c" "$out/yaml_loop" "$reports"
        c_times+=("$WALL_NS") c_rss+=("$RSS_KB")
        timed 1 "$out/check" "${check[@]}"
        dx_times+=("$WALL_NS") dx_rss+=("$RSS_KB")
    done

    R_FILES=$files
    R_C=$(median "${c_times[@]}")
    R_DX=$(median "${dx_times[@]}")
    R_RSS=$(max "${dx_rss[@]}")
    local c_rss_max
    c_rss_max=$(max "${c_rss[@]}")

    echo
    echo "$size: $files report files in $reports ($events)"
    echo "  $RUNS runs each, alternating, after one warm-up; wall time and peak RSS"
    awk -v size="$size" -v files="$files" -v c="$R_C" -v dx="$R_DX" \
        -v crss="$c_rss_max" -v dxrss="$R_RSS" \
        -v cmin="$(printf '%s\n' "${c_times[@]}" | sort -n | head -n 1)" \
        -v cmax="$(max "${c_times[@]}")" \
        -v dmin="$(printf '%s\n' "${dx_times[@]}" | sort -n | head -n 1)" \
        -v dmax="$(max "${dx_times[@]}")" '
    BEGIN {
        fmt = "  %-16s %9s %9s %9s %10s %11s\n"
        printf fmt, "", "median s", "min s", "max s", "us/file", "peak MB"
        printf fmt, "libyaml C loop", sprintf("%.3f", c / 1e9), sprintf("%.3f", cmin / 1e9),
            sprintf("%.3f", cmax / 1e9), sprintf("%.1f", c / 1e3 / files), sprintf("%.1f", crss / 1024)
        printf fmt, "dxaudit check", sprintf("%.3f", dx / 1e9), sprintf("%.3f", dmin / 1e9),
            sprintf("%.3f", dmax / 1e9), sprintf("%.1f", dx / 1e3 / files), sprintf("%.1f", dxrss / 1024)
        ratio = dx / c
        spec = size == "20k"
        printf "  %-16s %9.2f", "dxaudit / C", ratio
        if (spec) printf "   (target at 20k: ≤ 1.00: %s)", ratio <= 1.0 ? "met" : "not met"
        printf "\n  %-16s %9.1f", "dxaudit peak MB", dxrss / 1024
        if (spec) printf "   (target at 20k: < 200 MB: %s)", dxrss / 1024 < 200 ? "met" : "not met"
        printf "\n"
    }'
}

bench_lint() {
    local log=$BENCH_DIR/lint
    mkdir -p "$BENCH_DIR"
    echo
    echo "lint: the shipped plans ($ROOT/plans), $LINT_RUNS runs"
    if ! "$BIN" lint --help >/dev/null 2>&1; then
        echo "  dxaudit lint: not available yet (\`dxaudit lint --help\` fails)" >&2
        return 1
    fi
    local times=() i
    cd "$ROOT"
    timed 1 "$log" "$BIN" lint plans
    for ((i = 1; i <= LINT_RUNS; i++)); do
        timed 1 "$log" "$BIN" lint plans
        times+=("$WALL_NS")
    done
    local lint_ms
    lint_ms=$(median "${times[@]}")
    awk -v t="$lint_ms" 'BEGIN {
        printf "  %-16s %9.1f ms  (target: < 25 ms: %s)\n", "dxaudit lint", t / 1e6, t / 1e6 < 25 ? "met" : "not met" }'
    if command -v yamllint >/dev/null 2>&1; then
        times=()
        for ((i = 1; i <= LINT_RUNS; i++)); do
            timed 255 "$log.yamllint" yamllint plans/*.yaml
            times+=("$WALL_NS")
        done
        awk -v t="$(median "${times[@]}")" 'BEGIN { printf "  %-16s %9.1f ms\n", "yamllint", t / 1e6 }'
    else
        echo "  yamllint not installed"
    fi
}

main() {
    local what=${1:-20k}
    case $what in
        2k | 20k | 200k | all) ;;
        -h | --help) usage ;;
        *) echo "bench: unknown size '$what'" >&2; usage ;;
    esac
    ensure_time
    ensure_dxaudit
    command -v python3 >/dev/null || die "python3 is needed to generate the data"
    command -v pkg-config >/dev/null || die "pkg-config is needed to build the C loop"

    echo "dxaudit bench on $(nproc) cores: $BIN check … --as-of $AS_OF --quiet vs bench/yaml_loop.c"
    local lint_status=0
    if [ "$what" != all ]; then
        bench_size "$what"
        bench_lint || lint_status=$?
        [ "$lint_status" -eq 0 ] || exit 2
        return 0
    fi

    # A size that cannot run is reported and the others still run (exit 2 at the end).
    local sizes=(2k 20k 200k) rows=() s rc failed=0
    for s in "${sizes[@]}"; do
        mkdir -p "$BENCH_DIR"
        rm -f "$BENCH_DIR/$s.result"
        set +e
        (
            set -e
            bench_size "$s"
            echo "$s $R_FILES $R_C $R_DX $R_RSS" >"$BENCH_DIR/$s.result"
        )
        rc=$?
        set -e
        if [ "$rc" -eq 0 ]; then
            rows+=("$(cat "$BENCH_DIR/$s.result")")
        else
            rows+=("$s failed")
            failed=1
            echo "  $s: could not run (see above)"
        fi
    done
    bench_lint || lint_status=$?

    echo
    echo "growth: median wall time per report file"
    printf '%s\n' "${rows[@]}" | awk '
    BEGIN {
        fmt = "  %-6s %7s %10s %10s %12s %10s %7s %8s\n"
        printf fmt, "size", "files", "C us/file", "C ×prev", "dx us/file", "dx ×prev", "dx/C", "peak MB"
    }
    $2 == "failed" { printf "  %-6s %s\n", $1, "could not run"; pc = 0; next }
    {
        cpf = $3 / 1e3 / $2; dpf = $4 / 1e3 / $2
        cg = pc ? sprintf("%.2f", cpf / pc) : "-"; dg = pc ? sprintf("%.2f", dpf / pd) : "-"
        printf fmt, $1, $2, sprintf("%.1f", cpf), cg, sprintf("%.1f", dpf), dg, sprintf("%.2f", $4 / $3),
            sprintf("%.1f", $5 / 1024)
        pc = cpf; pd = dpf
    }
    END { print "  (×prev: time per file relative to the size above; 1.00 = linear growth)" }'
    [ "$lint_status" -eq 0 ] && [ "$failed" -eq 0 ] || exit 2
}

main "$@"
