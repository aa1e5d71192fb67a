#!/usr/bin/env bash
# A working day through the browser's door (issue 43): WorkingDaySimulation (Gatling, benchmarks/load) replays the
# day's mix (officers, seniors, HR partners, members on phones, monitoring tools' intake bursts, the nightly chain
# check) against a product that is already running: ./run.sh (one node, or --nodes 2 behind HAProxy), on the demo data
# or on the national data set. Gatling's report (p50/p95/p99 and errors per page family) is kept under
# benchmarks/results/load-<time>/, its table (Markdown, per page family) in benchmarks/results/load-<time>.txt.
#
#   benchmarks/load.sh [more -Dload.* options]
#       -Dload.baseUrl=https://localhost:8443   the balancer or one node
#       -Dload.users=10 -Dload.ramp=30 -Dload.duration=120 -Dload.think=10
#       -Dload.boards=chscb,nscb,cwmtaf,lscb    -Dload.maxP95=300 (fail the run when a family's p95 is above it)
#       -Dload.warmUp=120     first the same mix for that many seconds, ramp included (its report kept apart, in
#                             load-<time>-warm-up/), then the measured run: the JIT's warm-up after a start, then settled
#   LOAD_NIGHTLY_DB='psql …connection…' benchmarks/load.sh …
#       also makes every board's nightly timers (retention purge, audit chain check) due half-way through the run,
#       so the engine's job executor runs them as it does at night (PostgreSQL only: the H2 file is the server's own)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STAMP="$(date +%Y-%m-%dT%H-%M)"
RESULTS="$ROOT/benchmarks/results/load-$STAMP"
OUT="$RESULTS.txt"
mkdir -p "$RESULTS"
prop() { # the value of -Dload.$1 among the arguments, else $2
    local a
    for a in "${@:3}"; do case "$a" in -Dload.$1=*) echo "${a#-Dload.$1=}"; return ;; esac; done
    echo "$2"
}
table() { # Gatling's report (index.html) as Markdown, per page family: requests, errors and the percentiles (ms)
    [ -n "$1" ] || return 0
    echo "| page family | requests | errors | p50 | p95 | p99 | max |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    awk '/class="ellipsed-name"/ { match($0, />[^<]*<\/span>/); name = substr($0, RSTART + 1, RLENGTH - 8) }
         /<td class="value [a-z]+ col-[0-9]+">/ { match($0, /col-[0-9]+/); c = substr($0, RSTART + 4, RLENGTH - 4)
             v = $0; gsub(/<[^>]*>|^ +| +$/, "", v); val[c] = v
             if (c == 14) printf "| %s | %s | %s | %s | %s | %s | %s |\n", name, val[2], val[4], val[8], val[10], val[11], val[12] }' "$1"
}
BASE="$(prop baseUrl https://localhost:8443 "$@")"
RAMP="$(prop ramp 30 "$@")"
DURATION="$(prop duration 120 "$@")"
status="$(curl -s -k -o /dev/null -w '%{http_code}' "$BASE/api/health/ready" || true)"
[ "$status" = "200" ] || { echo "Nothing ready at $BASE/api/health/ready (answered: ${status:-nothing}): start ./run.sh first." >&2; exit 1; }
echo "== load on $BASE: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1), $(date '+%Y-%m-%d %H:%M'), $*" \
    | tee -a "$OUT"
# The product's own JVMs (the run command's pid files): the CPU they use over the run, for the CPU per request.
product_pids() {
    local f
    for f in "$ROOT"/run/server.pid "$ROOT"/run/node[0-9]*.pid; do
        [ -f "$f" ] && [ -r "/proc/$(cat "$f")/stat" ] && cat "$f"
    done
    return 0
}
cpu_ticks() { # user and system time of those JVMs, in clock ticks (/proc/PID/stat's 14th and 15th fields)
    local total=0 p
    for p in $(product_pids); do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
    echo "$total"
}
WARM_UP="$(prop warmUp 0 "$@")"
MEASURED=()
for a in "$@"; do case "$a" in -Dload.warmUp=*) ;; *) MEASURED+=("$a") ;; esac; done
cd "$ROOT/benchmarks/load"
if [ "$WARM_UP" -gt 0 ]; then
    # The same mix at the same strength for WARM_UP seconds, ramp included, without the nightly jobs; its report apart:
    # what the first minutes cost a server whose JIT has not compiled for them yet, then the run measured once it has.
    # Its people still on a visit when it ends finish it (up to two minutes more) or are cut off, sessions left open.
    WARM="$RESULTS-warm-up"
    mkdir -p "$WARM"
    WARM_ARGS=()
    for a in "${MEASURED[@]}"; do
        case "$a" in -Dload.duration=*|-Dload.nightly.at=*|-Dload.maxP95=*) ;; *) WARM_ARGS+=("$a") ;; esac
    done
    echo "== warm-up: the same mix for $WARM_UP s (report in $WARM)" | tee -a "$OUT"
    mvn -B -Dstyle.color=never gatling:test "-Dload.results=$WARM" "${WARM_ARGS[@]}" \
        "-Dload.duration=$((WARM_UP > RAMP ? WARM_UP - RAMP : 1))" -Dload.nightly.at=-1 >"$WARM/console.log" 2>&1 || true
    table "$(ls -d "$WARM"/*/index.html 2>/dev/null | tail -n 1)" | tee -a "$OUT"
    echo "== the measured run" | tee -a "$OUT"
fi
NIGHTLY_PID=""
if [ -n "${LOAD_NIGHTLY_DB:-}" ]; then
    # The nightly timers' jobs made due now: the job executor picks them up as it does at 02:30 and 02:45.
    (sleep $(((RAMP + DURATION) / 2)); $LOAD_NIGHTLY_DB -c "update act_ru_job set duedate_ = now() where
        handler_type_ = 'timer-start-event' and process_def_key_ in ('audit-chain-check', 'retention-purge')" \
        | sed 's/^/nightly timers made due: /' | tee -a "$OUT") &
    NIGHTLY_PID=$!
fi
TICKS_BEFORE="$(cpu_ticks)"
set +e
mvn -B -Dstyle.color=never gatling:test "-Dload.results=$RESULTS" "${MEASURED[@]}" >"$RESULTS/console.log" 2>&1
rc=$?
set -e
[ -n "$NIGHTLY_PID" ] && wait "$NIGHTLY_PID" 2>/dev/null || true
# The report's table, per page family: requests, errors and the percentiles (ms), as Markdown.
REPORT="$(ls -d "$RESULTS"/*/index.html 2>/dev/null | tail -n 1)"
[ -n "$REPORT" ] && table "$REPORT" | tee -a "$OUT"
# CPU per request (the product's JVMs only: not PostgreSQL, HAProxy or Gatling) and each JVM's heap after a full
# collection at the end, with the sessions still open (benchmarks/sessions.sh then says how much of it is theirs).
if [ -n "$(product_pids)" ] && [ -n "${REPORT:-}" ]; then
    requests="$(awk '/class="ellipsed-name"/ { n++ } /<td class="value [a-z]+ col-2">/ && n == 1 { v = $0; gsub(/<[^>]*>|[ ,]/, "", v); print v; exit }' "$REPORT")"
    ticks=$(($(cpu_ticks) - TICKS_BEFORE))
    if [ -n "$requests" ] && [ "$requests" -gt 0 ]; then
        awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v r="$requests" 'BEGIN {
            printf "Product CPU: %.0f s over %d requests, %.1f ms a request (ramp included)\n", t / hz, r, t / hz * 1000 / r }' \
            | tee -a "$OUT"
    fi
    for p in $(product_pids); do
        jcmd "$p" GC.run >/dev/null 2>&1 || continue
        echo "Heap of JVM $p after a full collection at the end: $(jcmd "$p" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }' | tr -d ',K')" \
            "KiB (the sessions' share: benchmarks/sessions.sh, now)" | tee -a "$OUT"
    done
fi
grep -E "^Global: |^[A-Za-z ].*: (count|percentile|max).* : (true|false)|ERROR|BUILD FAILURE" "$RESULTS/console.log" | tee -a "$OUT" || true
[ -s "$RESULTS/failed-requests.log" ] && echo "Failed requests, with the product's answers: $RESULTS/failed-requests.log" | tee -a "$OUT"
echo "Report: ${REPORT:-none}; console: $RESULTS/console.log; kept in $OUT" | tee -a "$OUT"
exit "$rc"
