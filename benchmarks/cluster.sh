#!/usr/bin/env bash
# The investigation through the cluster's balancer (issue 17): ClusterBenchmark starts one node, then two (the HA
# profile, on a PostgreSQL database of their own, safeguard_cluster_bench, made afresh each time), behind HAProxy
# with the product's configuration, and walks cases from concern to closure through the API over HTTPS: spread over
# the four demo boards, then all on one board (the chain head's lock at its worst). Needs a local PostgreSQL on port
# 5432 with the role safeguard_ci (as CI sets up) and HAProxy (apt-get install haproxy). Prints the BENCHMARK lines
# and keeps them in benchmarks/results/cluster-<time>.txt.
#
#   benchmarks/cluster.sh [cases, default 600] [more mvn options, e.g. -Dbench.threads=16 -Dbench.warmup=400]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CASES="${1:-600}"
shift || true
OUT="$ROOT/benchmarks/results/cluster-$(date +%Y-%m-%dT%H-%M).txt"
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"
mvn -B -q -Dstyle.color=never install -DskipTests
echo "== $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, PostgreSQL $(psql --version | awk '{print $3}'), HAProxy $(haproxy -v | awk 'NR==1 {print $3}'), $(date '+%Y-%m-%d %H:%M')" \
    | tee -a "$OUT"
(cd ear && mvn -B -Dstyle.color=never verify -Pit-postgresql,benchmark -Dit.test=ClusterBenchmark \
    "-Dbench.cases=$CASES" "$@") 2>&1 | grep --line-buffered -E "BENCHMARK|Tests run:|ERROR" | tee -a "$OUT"
echo "Kept in $OUT"
