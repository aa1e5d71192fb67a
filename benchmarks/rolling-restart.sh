#!/usr/bin/env bash
# The rolling restart's slowest request (issue 44: at most 2 s while a node leaves or joins): ClusterIT with the run
# command's warm-up (60 s) and its bound on, -Dsafeguard.cluster.slowestMillis (default 2000). Two HA nodes on a
# PostgreSQL database of their own, HAProxy in front, four signed-in people and a tool raising concerns while each node
# is taken out, stopped, started and put back. Needs a local PostgreSQL on port 5432 with the role safeguard_ci (as
# CI sets up), HAProxy and Chromium (apt-get install haproxy chromium chromium-driver). Run it with nothing else
# running: the figure is the machine's. Prints the restart's timings and keeps them in
# benchmarks/results/rolling-restart-<time>.txt.
#
#   benchmarks/rolling-restart.sh [slowest ms allowed, default 2000] [more mvn options]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
MOST="${1:-2000}"
shift || true
OUT="$ROOT/benchmarks/results/rolling-restart-$(date +%Y-%m-%dT%H-%M).txt"
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"
mvn -B -q -Dstyle.color=never install -DskipTests
echo "== $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, PostgreSQL $(psql --version | awk '{print $3}'), HAProxy $(haproxy -v | awk 'NR==1 {print $3}'), $(date '+%Y-%m-%d %H:%M')" \
    | tee -a "$OUT"
(cd ear && mvn -B -Dstyle.color=never verify -Pit-postgresql -Dtest=NoUnitTestsOnThisRun \
    -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterIT -Dit.cluster.warmUp.seconds=60 -Dit.cluster.thinkMillis=0 \
    "-Dsafeguard.cluster.slowestMillis=$MOST" "$@") 2>&1 \
    | grep --line-buffered -E "Rolling restart|^  [0-9]+ ms|^  step at|Tests run:|ERROR|FAIL" | tee -a "$OUT"
echo "Kept in $OUT"
