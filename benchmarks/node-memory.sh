#!/usr/bin/env bash
# A node's own memory (issue 61): the heap after a full collection of a node started by ./run.sh on a PostgreSQL
# database (the national data set by default), idle once ready, then after N people's working day for two minutes
# with their sessions, then with their sessions invalidated (benchmarks/sessions.sh). Heap only: no time it prints is
# a figure unless nothing else ran. Each snapshot's class histogram (top 60) is kept beside it.
#
#   benchmarks/node-memory.sh [people, default 200; 0 for the idle node only]
#       SAFEGUARD_DB_URL (default jdbc:postgresql://localhost:5432/safeguard_national), SAFEGUARD_DB_USER and
#       SAFEGUARD_DB_PASSWORD (default safeguard_ci) as for ./run.sh; JAVA_HOME another Java; PREPEND_JAVA_OPTS more
#       JVM options (-XX:+UseCompactObjectHeaders, say); JBOSS_JAVA_SIZING the heap (./run.sh's 1 GiB by default)
#
# Kept in benchmarks/results/node-memory-<time>/ (idle-, loaded- and without-sessions- heap and histogram files).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEOPLE="${1:-200}"
OUT="$ROOT/benchmarks/results/node-memory-$(date +%Y-%m-%dT%H-%M)"
mkdir -p "$OUT"
export SAFEGUARD_DB_URL="${SAFEGUARD_DB_URL:-jdbc:postgresql://localhost:5432/safeguard_national}"
export SAFEGUARD_DB_USER="${SAFEGUARD_DB_USER:-safeguard_ci}" SAFEGUARD_DB_PASSWORD="${SAFEGUARD_DB_PASSWORD:-safeguard_ci}"
export SAFEGUARD_PORT_OFFSET=300
cd "$ROOT"
./run.sh >"$OUT/run.log" 2>&1 &
runner=$!
trap 'kill -TERM "$runner" 2>/dev/null || true; wait "$runner" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
    grep -q "Press Ctrl-C" "$OUT/run.log" && break
    kill -0 "$runner" 2>/dev/null || { echo "run.sh ended before the server was ready: $OUT/run.log" >&2; exit 1; }
    sleep 5
done
grep -q "Press Ctrl-C" "$OUT/run.log" || { echo "Not ready after 20 minutes: $OUT/run.log" >&2; exit 1; }
PID="$(cat run/server.pid)"
snapshot() { # $1: the snapshot's name; two full collections, so what the first left to finalise is gone too
    jcmd "$PID" GC.run >/dev/null
    sleep 2
    jcmd "$PID" GC.run >/dev/null
    jcmd "$PID" GC.heap_info >"$OUT/$1-heap.txt"
    jcmd "$PID" GC.class_histogram | head -n 60 >"$OUT/$1-histogram.txt"
    echo "$1: heap after a full collection $(grep -o 'used [0-9]*K' "$OUT/$1-heap.txt" | head -n 1)" | tee -a "$OUT/summary.txt"
}
echo "== $(java -version 2>&1 | head -n 1), ${PREPEND_JAVA_OPTS:-no more JVM options}; $(grep -o 'ready [0-9]* s' "$OUT/run.log")" \
    | tee "$OUT/summary.txt"
snapshot idle
if [ "$PEOPLE" -gt 0 ]; then
    benchmarks/load.sh -Dload.baseUrl=https://localhost:8743 "-Dload.users=$PEOPLE" -Dload.ramp=60 -Dload.duration=120 \
        -Dload.think=10 -Dload.nightly.at=-1 >"$OUT/load.log" 2>&1 || true
    snapshot loaded
    benchmarks/sessions.sh | tail -n 1 | tee -a "$OUT/summary.txt"
    snapshot without-sessions
fi
echo "Kept in $OUT"
