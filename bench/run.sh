#!/usr/bin/env bash
# Measures README: Speed: `dxaudit check` over a national-scale data set against a plain C
# loop over libyaml on the same files, and `dxaudit lint` over the shipped plans.
#
#   bench/run.sh [SIZE]      SIZE: 2k, 20k (default) or 200k
#   bench/run.sh all         every size, then how the time per file grows
#
# Each size runs in two shapes (bench/generate.py --shape): "few", reports like the
# samples with a few findings, and "many", where every report also lists tasks its
# unit has no role in and a target the plan lacks (some 175,000 findings at 20k).
# $BENCH_SHAPES picks others ("few", "many" or "few many", the default). `check` is
# timed quiet (--quiet) and writing text, json and sarif, each to a file.
#
# Data goes to $BENCH_DIR/SIZE-SHAPE (default ${TMPDIR:-/tmp}/dxaudit-bench/SIZE-SHAPE)
# and is generated once by bench/generate.py. dxaudit is .build/release/dxaudit (`make
# bench` builds it; $DXAUDIT overrides). Each measured command runs $BENCH_RUNS times
# (default 5), all of them in turn, after one untimed warm-up run each.
#
# Exit status: 0 when everything ran (whatever the numbers), 2 when something could
# not run or crashed. `dxaudit check` exiting 1 means findings, which the data has.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${DXAUDIT:-$ROOT/.build/release/dxaudit}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dxaudit-bench}
RUNS=${BENCH_RUNS:-5}
LINT_RUNS=21
AS_OF=2024-12-15
TIME=/usr/bin/time
LOOP=$BENCH_DIR/yaml_loop

# What is timed on every data set, by row name: the C loop first, as the yardstick.
ROWS=(c quiet text json sarif)
declare -A LABEL=(
    [c]="libyaml C loop"
    [quiet]="check --quiet"
    [text]="check (text)"
    [json]="check json"
    [sarif]="check sarif"
)

die() { echo "bench: $*" >&2; exit 2; }

usage() {
    sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
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

# One C loop for every data set: it depends on bench/yaml_loop.c only.
ensure_loop() {
    mkdir -p "$BENCH_DIR"
    if [ ! -x "$LOOP" ] || [ "$ROOT/bench/yaml_loop.c" -nt "$LOOP" ]; then
        # shellcheck disable=SC2046
        cc -O2 -o "$LOOP" "$ROOT/bench/yaml_loop.c" $(pkg-config --cflags --libs yaml-0.1) ||
            die "cannot build bench/yaml_loop.c (needs cc, pkg-config and libyaml-dev)"
    fi
}

# --- data --------------------------------------------------------------------------

# ensure_data SIZE SHAPE: generates $BENCH_DIR/SIZE-SHAPE unless a complete copy made
# by the current generator is there.
ensure_data() {
    local size=$1 shape=$2 out=$BENCH_DIR/$1-$2
    local stamp sum
    sum=$(sha256sum "$ROOT/bench/generate.py" | cut -d' ' -f1)
    stamp=$out/.generator-sha256
    if [ "$(head -c 8 "$out/.dxaudit-bench" 2>/dev/null)" != "complete" ] ||
        [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
        echo "bench: generating $size $shape data in $out …" >&2
        local t0 t1
        t0=$(date +%s%N)
        python3 "$ROOT/bench/generate.py" --shape "$shape" "$size" "$out" >/dev/null
        t1=$(date +%s%N)
        echo "$sum" >"$stamp"
        echo "bench: generated in $(awk -v n=$((t1 - t0)) 'BEGIN { printf "%.1f", n / 1e9 }') s" >&2
    fi
}

# --- measuring ---------------------------------------------------------------------

# timed OKMAX LOG CMD…: runs CMD once under GNU time, its output to LOG.out (a file, so
# that no reader on a pipe sets the pace); sets WALL_NS and RSS_KB. Fails when CMD
# exits above OKMAX or is killed by a signal.
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
min() { printf '%s\n' "$@" | sort -n | head -n 1; }

# run_row ROW OUT REPORTS PLANS: runs one row's command once (see timed).
run_row() {
    local row=$1 out=$2 reports=$3 plans=$4
    local check=("$BIN" check "$reports" --plan "$plans" --as-of "$AS_OF")
    case $row in
        c) timed 0 "$out/run.c" "$LOOP" "$reports" ;;
        quiet) timed 1 "$out/run.quiet" "${check[@]}" --quiet ;;
        text) timed 1 "$out/run.text" "${check[@]}" ;;
        json) timed 1 "$out/run.json" "${check[@]}" --format json ;;
        sarif) timed 1 "$out/run.sarif" "${check[@]}" --format sarif ;;
    esac
}

# findings JSON: what the data gave dxaudit to say, by severity and by rule.
findings() {
    python3 - "$1" <<'EOF'
import collections, json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
counts = doc["counts"]
rules = collections.Counter(f["rule"] for f in doc["findings"])
print(f"{counts['total']} findings ({counts['error']} errors, {counts['warning']} warnings, "
      f"{counts['note']} notes): "
      + ", ".join(f"{rule} {n}" for rule, n in sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))))
EOF
}

# bench_set SIZE SHAPE: measures one data set, prints its table and writes its medians
# to $BENCH_DIR/SIZE-SHAPE.result for the growth table of `all`.
bench_set() {
    local size=$1 shape=$2 out=$BENCH_DIR/$1-$2
    ensure_data "$size" "$shape"
    local reports=$out/reports/2024 plans=$out/plans
    local files bytes row i
    files=$(find "$reports" -maxdepth 1 -name '*.yaml' -type f | wc -l)
    bytes=$(find "$reports" -maxdepth 1 -name '*.yaml' -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')

    # Warm-up: page cache, dynamic loader.
    for row in "${ROWS[@]}"; do
        run_row "$row" "$out" "$reports" "$plans"
    done
    local events said
    events=$(cat "$out/run.c.out")
    said=$(findings "$out/run.json.out")

    # In turn rather than one command RUNS times: a slow spell of the machine then
    # spreads over every row instead of landing on one.
    declare -A times=() rss=()
    for ((i = 1; i <= RUNS; i++)); do
        for row in "${ROWS[@]}"; do
            run_row "$row" "$out" "$reports" "$plans"
            times[$row]+="$WALL_NS "
            rss[$row]+="$RSS_KB "
        done
    done

    echo
    echo "$size $shape: $files report files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, in $reports"
    echo "  C loop: $events"
    echo "  dxaudit: $said"
    echo "  $RUNS runs each, in turn, after one warm-up; wall time and peak RSS; output to a file"
    local table="" result="$size $shape $files"
    for row in "${ROWS[@]}"; do
        local t r med
        # shellcheck disable=SC2086
        {
            med=$(median ${times[$row]})
            t="$med $(min ${times[$row]}) $(max ${times[$row]})"
            r=$(max ${rss[$row]})
        }
        table+="$row $t $r $(stat -c %s "$out/run.$row.out")"$'\n'
        result+=" $med $r"
    done
    printf '%s' "$table" | awk -v files="$files" -v spec="$([ "$size" = 20k ] && echo 1 || echo 0)" \
        -v labels="$(for row in "${ROWS[@]}"; do printf '%s=%s;' "$row" "${LABEL[$row]}"; done)" '
    BEGIN {
        n = split(labels, pairs, ";")
        for (i = 1; i <= n; i++) if (split(pairs[i], kv, "=") == 2) label[kv[1]] = kv[2]
        fmt = "  %-16s %9s %8s %8s %9s %9s %10s %8s\n"
        printf fmt, "", "median s", "min s", "max s", "us/file", "peak MB", "output MB", "dx/C"
    }
    {
        row[NR] = $1; med[NR] = $2; rss[NR] = $5
        ratio = NR == 1 ? "" : sprintf("%.2f", $2 / c)
        if (NR == 1) c = $2
        printf fmt, label[$1], sprintf("%.3f", $2 / 1e9), sprintf("%.3f", $3 / 1e9), sprintf("%.3f", $4 / 1e9),
            sprintf("%.1f", $2 / 1e3 / files), sprintf("%.1f", $5 / 1024), sprintf("%.1f", $6 / 1e6), ratio
    }
    END {
        if (!spec) exit
        # README: Speed states its targets at 20k: check at most as long as the C loop,
        # under 200 MB.
        line1 = "  target at 20k, check ≤ 1.00 × C:"; line2 = "  target at 20k, peak < 200 MB:  "
        for (i = 2; i <= NR; i++) {
            line1 = line1 sprintf(" %s %s", row[i], med[i] <= c ? "met" : "not met")
            line2 = line2 sprintf(" %s %s", row[i], rss[i] / 1024 < 200 ? "met" : "not met")
        }
        print line1; print line2
    }'
    echo "$result" >"$BENCH_DIR/$size-$shape.result"
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
        printf "  %-16s %9.1f ms  (target: ≤ 15 ms: %s)\n", "dxaudit lint", t / 1e6, t / 1e6 <= 15 ? "met" : "not met" }'
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

# growth SHAPE SIZE…: time per report file of the C loop and of quiet and json check,
# size after size, from the .result files bench_set wrote.
growth() {
    local shape=$1 s
    shift
    echo
    echo "growth, $shape: median wall time per report file"
    for s in "$@"; do
        if [ -f "$BENCH_DIR/$s-$shape.result" ]; then
            cat "$BENCH_DIR/$s-$shape.result"
        else
            echo "$s $shape failed"
        fi
    done | awk '
    BEGIN {
        fmt = "  %-6s %7s %10s %7s %10s %7s %10s %7s %8s\n"
        printf fmt, "size", "files", "C us/file", "×prev", "quiet us", "×prev", "json us", "×prev", "peak MB"
    }
    $3 == "failed" { printf "  %-6s %s\n", $1, "could not run"; pc = 0; next }
    {
        # Fields: size shape files, then median ns and peak KB for c quiet text json sarif.
        cpf = $4 / 1e3 / $3; qpf = $6 / 1e3 / $3; jpf = $10 / 1e3 / $3
        peak = $7; if ($9 > peak) peak = $9; if ($11 > peak) peak = $11; if ($13 > peak) peak = $13
        printf fmt, $1, $3, sprintf("%.1f", cpf), pc ? sprintf("%.2f", cpf / pc) : "-",
            sprintf("%.1f", qpf), pc ? sprintf("%.2f", qpf / pq) : "-",
            sprintf("%.1f", jpf), pc ? sprintf("%.2f", jpf / pj) : "-", sprintf("%.1f", peak / 1024)
        if ($1 == "200k" && pc && prev == "20k") {
            # README: Speed states its targets at 200k: time per report within 15% of
            # that at 20k, under 1 GB.
            target = sprintf("  target at 200k: per file ≤ 1.15 × at 20k: quiet %s, json %s; peak < 1 GB: %s",
                qpf / pq <= 1.15 ? "met" : "not met", jpf / pj <= 1.15 ? "met" : "not met",
                peak / 1024 < 1024 ? "met" : "not met")
        }
        pc = cpf; pq = qpf; pj = jpf; prev = $1
    }
    END {
        print "  (×prev: time per file relative to the size above; 1.00 = linear growth)"
        if (target != "") print target
    }'
}

main() {
    local what=${1:-20k}
    case $what in
        2k | 20k | 200k | all) ;;
        -h | --help) usage ;;
        *) echo "bench: unknown size '$what'" >&2; usage ;;
    esac
    local shapes=() shape
    read -r -a shapes <<<"${BENCH_SHAPES:-few many}"
    [ "${#shapes[@]}" -gt 0 ] || die "BENCH_SHAPES is empty"
    for shape in "${shapes[@]}"; do
        case $shape in
            few | many) ;;
            *) echo "bench: unknown shape '$shape' in BENCH_SHAPES" >&2; usage ;;
        esac
    done
    ensure_time
    ensure_dxaudit
    command -v python3 >/dev/null || die "python3 is needed to generate the data"
    command -v pkg-config >/dev/null || die "pkg-config is needed to build the C loop"
    ensure_loop

    echo "dxaudit bench on $(nproc) cores: $BIN check … --as-of $AS_OF vs bench/yaml_loop.c"
    local sizes=("$what")
    [ "$what" != all ] || sizes=(2k 20k 200k)

    # A data set that cannot run is reported and the others still run (exit 2 at the end).
    local s rc failed=0 lint_status=0
    for s in "${sizes[@]}"; do
        for shape in "${shapes[@]}"; do
            rm -f "$BENCH_DIR/$s-$shape.result"
            set +e
            (
                set -e
                bench_set "$s" "$shape"
            )
            rc=$?
            set -e
            if [ "$rc" -ne 0 ]; then
                failed=1
                echo "  $s $shape: could not run (see above)"
            fi
        done
    done
    bench_lint || lint_status=$?

    if [ "$what" = all ]; then
        for shape in "${shapes[@]}"; do
            growth "$shape" "${sizes[@]}"
        done
    fi
    [ "$lint_status" -eq 0 ] && [ "$failed" -eq 0 ] || exit 2
}

main "$@"
