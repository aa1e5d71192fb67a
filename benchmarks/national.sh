#!/usr/bin/env bash
# National scale (issue 18) on PostgreSQL (a local server on port 5432 with the role safeguard_ci, as CI sets up), in
# a database of its own, safeguard_national:
#
#   benchmarks/national.sh generate [scale, default 1.0]   # the data set, made afresh (NationalDataSet)
#   benchmarks/national.sh measure [more mvn options]       # the benchmarks on it, kept as it is (NationalBenchmark),
#                                                           # each figure settled (after its own warm-up)
#   benchmarks/national.sh measure-cold [more mvn options]  # the same requests on a node just ready (its runbook
#                                                           # warm-up done), none of the benchmark's own: cold
#   benchmarks/national.sh purge [more mvn options]         # 100,000 of its cases made due and purged, the case list
#                                                           # timed meanwhile (NationalPurgeBenchmark); generate again after
#   benchmarks/national.sh history [more mvn options]       # a year of engine history seeded, the engine's nightly history
#                                                           # cleanup run in its window, the case list timed meanwhile
#                                                           # (HistoryCleanupBenchmark); adds to the data set, removes its due rows
#   benchmarks/national.sh new-board [more mvn options]     # a hosting operator creates 3 boards on it through the
#                                                           # operator's page (-Dit.jvm.extra=-Dbench.newBoards=N),
#                                                           # each timed; every other board checked unchanged
#                                                           # (NationalNewBoardBenchmark); adds those boards to it
#
# At scale 1.0: 160 boards, 1,000,000 cases (City & Hackney 100,000), ~1.2 million allegations, 2 million evidence
# items, ~10 million chained timeline entries, 200,000 people; about 10 GB on disk. Prints the BENCHMARK lines and
# keeps them in benchmarks/results/national-<step>-<time>.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STEP="${1:-}"
shift || true
PG_SERVER="${PG_SERVER:-jdbc:postgresql://localhost:5432/}"
OUT="$ROOT/benchmarks/results/national-$STEP-$(date +%Y-%m-%dT%H-%M).txt"
case "$STEP" in
    generate)
        SCALE="${1:-1.0}"
        shift || true
        ARGS=(-Dit.test=NationalDataSet "-Dbench.scale=$SCALE")
        ;;
    measure)
        ARGS=(-Dit.test=NationalBenchmark -Dit.db.keep=true)
        ;;
    measure-cold)
        ARGS=(-Dit.test=NationalBenchmark -Dit.db.keep=true
            "-Dit.jvm.extra=-Dbench.cold=true -Dsafeguard.warmUp.seconds=60")
        ;;
    purge)
        ARGS=(-Dit.test=NationalPurgeBenchmark -Dit.db.keep=true)
        ;;
    history)
        ARGS=(-Dit.test=HistoryCleanupBenchmark -Dit.db.keep=true)
        ;;
    new-board)
        ARGS=(-Dit.test=NationalNewBoardBenchmark -Dit.db.keep=true)
        ;;
    *)
        echo "usage: benchmarks/national.sh generate [scale] | measure [mvn options] | measure-cold [mvn options]" \
            "| purge [mvn options]" \
            "| history [mvn options] | new-board [mvn options]" >&2
        exit 2
        ;;
esac
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"
mvn -B -q -Dstyle.color=never install -DskipTests
echo "== national $STEP: PostgreSQL $(psql --version | awk '{print $3}') (local, fsync on), $(nproc) cores, $(date '+%Y-%m-%d %H:%M')" \
    | tee -a "$OUT"
(cd ear && mvn -B -Dstyle.color=never verify -Pit-postgresql,benchmark "${ARGS[@]}" \
    "-Dit.db.url=${PG_SERVER}safeguard_national" "$@") 2>&1 \
    | grep --line-buffered -E "BENCHMARK|national data set|Tests run:|ERROR" \
    | sed -u -e 's/^.*BENCHMARK |/|/' -e 's/^.*\(BENCHMARK\|national data set\)/\1/' | tee -a "$OUT"
echo "Kept in $OUT"
