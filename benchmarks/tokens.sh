#!/usr/bin/env bash
# Tokens against a session cookie on the API (issue 39): TokenBenchmark sends 50 concurrent GET /api/cases?size=1 as
# the same officer with the browser's session cookie, a personal access token and HTTP Basic, in one run on one
# server (the tests' in-memory H2), and prints the BENCHMARK lines (the table pastes into BENCHMARKS.md); they are
# kept in benchmarks/results/tokens-<time>.txt.
#
#   benchmarks/tokens.sh [more mvn options, e.g. -Dbench.rounds=11 -Dit.port.offset=4000 -Dit.management.port=13990]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/benchmarks/results/tokens-$(date +%Y-%m-%dT%H-%M).txt"
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"
echo "== $(nproc) cores, $(java -version 2>&1 | head -n 1), $(date '+%Y-%m-%d %H:%M')" | tee -a "$OUT"
mvn -B -Dstyle.color=never -pl ear -am verify -Pbenchmark -Dit.test=TokenBenchmark -Dtest=NoSuchTest \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 \
    | grep --line-buffered -E "BENCHMARK|Tests run:|ERROR" | sed -u -e 's/^.*BENCHMARK |/|/' | tee -a "$OUT"
echo "Kept in $OUT"
