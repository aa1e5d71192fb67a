#!/usr/bin/env bash
# InvestigationBenchmark with a JFR profile of the server (settings "profile", stacks 512 frames deep), then where the
# server's CPU went (benchmarks/jfr-owners.py): the product's cases against the model alone and the bare engine, and
# the product's by step (intake, triage) and by whose work it was (the engine's, the product's own, the commit).
# In-memory H2 unless told otherwise (e.g. -Pit-postgresql,benchmark). Keeps the recording and the summary in
# benchmarks/results/. JFR costs about a fifth more CPU: compare profiles with profiles, not with the plain benchmark.
#
#   benchmarks/investigation-profile.sh [more Maven arguments]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/benchmarks/results/investigation-$(date +%Y-%m-%dT%H-%M)"
mkdir -p "$(dirname "$OUT")"
cd "$ROOT"
mvn -B -q -Dstyle.color=never install -DskipTests
(cd ear && mvn -B -Dstyle.color=never verify -Pbenchmark -Dit.test=InvestigationBenchmark \
    "-Dit.jvm.extra=-XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$OUT.jfr,settings=profile" \
    "$@") 2>&1 | grep "BENCHMARK" | sed 's/.*BENCHMARK/BENCHMARK/' | tee "$OUT.txt"
jfr print --events jdk.ExecutionSample --stack-depth 512 "$OUT.jfr" > "$OUT.samples"
python3 benchmarks/jfr-owners.py "$OUT.samples" | tee -a "$OUT.txt"
rm "$OUT.samples"
echo "Kept in $OUT.jfr and $OUT.txt"
