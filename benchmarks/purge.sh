#!/usr/bin/env bash
# The retention purge of issue 14 on PostgreSQL (a local server on port 5432 with the role safeguard_ci, as CI sets
# up, in a database of its own, safeguard_purge_bench, made afresh): PurgeBenchmark seeds the given number of expired
# cases on one board (default 100,000) and removes them while the board's officer keeps opening the case list. Prints
# the BENCHMARK lines (the table at the end pastes into BENCHMARKS.md) and keeps them in
# benchmarks/results/purge-<time>.txt. The full size takes a while: the engine history of every closed case is seeded
# through the engine first (several minutes), then the purge itself.
#
#   benchmarks/purge.sh [cases, default 100000] [more mvn options, e.g. -Dbench.pauseMs=100]
#
# Other settings (as -D options): bench.openCases (a tenth of the cases), bench.history (true: every closed case has
# its process's history), bench.requests (200 case list GETs before and after), bench.warmUp (200), bench.pauseMs
# (50 ms between GETs), bench.threads (4, for seeding the engine history). The in-memory H2 of the tests at the full
# size: cd ear && mvn -B verify -Pbenchmark -Dit.test=PurgeBenchmark (add -Dbench.history=false if the server's 1 GB
# heap does not hold the history as well).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CASES="${1:-100000}"
shift || true
OUT="$ROOT/benchmarks/results/purge-$(date +%Y-%m-%dT%H-%M).txt"
PG_SERVER="${PG_SERVER:-jdbc:postgresql://localhost:5432/}"
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"
mvn -B -q -Dstyle.color=never install -DskipTests

echo "== PostgreSQL $(psql --version | awk '{print $3}') (local, fsync on), $CASES due cases, $(date '+%Y-%m-%d %H:%M')" \
    | tee -a "$OUT"
(cd ear && mvn -B -Dstyle.color=never verify -Pit-postgresql,benchmark -Dit.test=PurgeBenchmark \
    "-Dit.db.url=${PG_SERVER}safeguard_purge_bench" "-Dbench.cases=$CASES" "$@") 2>&1 \
    | grep --line-buffered -E "BENCHMARK|purge progress|Tests run:|ERROR" \
    | sed -u -e 's/^.*BENCHMARK |/|/' -e 's/^.*\(BENCHMARK\|purge progress\)/\1/' | tee -a "$OUT"
echo "Kept in $OUT"
