#!/usr/bin/env bash
# The investigation and case list benchmarks on each database the product runs on, one after the other in one run:
# the in-memory H2 the tests use, the embedded H2 file with durable commits (the run command's default), and
# PostgreSQL (a local server on port 5432 with the role safeguard_ci, as CI sets up). Prints the BENCHMARK lines of
# each and keeps them in benchmarks/results/databases-<time>.txt.
#
#   benchmarks/databases.sh [benchmark classes, default InvestigationBenchmark,CaseListBenchmark]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TESTS="${1:-InvestigationBenchmark,CaseListBenchmark}"
OUT="$ROOT/benchmarks/results/databases-$(date +%Y-%m-%dT%H-%M).txt"
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"
mvn -B -q -Dstyle.color=never install -DskipTests

run() {
    local name="$1"; shift
    echo "== $name" | tee -a "$OUT"
    (cd ear && mvn -B -Dstyle.color=never verify -Pbenchmark -Dit.test="$TESTS" "$@") 2>&1 | grep "BENCHMARK" | tee -a "$OUT"
}

run "H2 in memory (the tests' database)"
DATA="$ROOT/ear/target/bench-h2"
rm -rf "$DATA"
mkdir -p "$DATA"
run "H2 file, durable commits (the run command's database)" \
    "-Dit.db.url=jdbc:h2:durable:$DATA/safeguard;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=512"
run "PostgreSQL $(psql --version | awk '{print $3}') (local, fsync on)" -Pit-postgresql,benchmark
echo "Kept in $OUT"
