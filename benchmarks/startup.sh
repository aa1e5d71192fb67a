#!/usr/bin/env bash
# Benchmark (not a test): starts the product with the README's run command a few times and reports
#  - the time from the run command to the first answer of the log-in page,
#  - the EAR deploy time (WildFly's "Starting deployment" to "Deployed" log lines),
#  - the WildFly JVM's resident memory once it is ready.
# Usage: benchmarks/startup.sh [runs]   (default 3; the product must not be running already)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
offset=300
port=$((8080 + offset))
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1)"
printf '%-4s %-22s %-16s %-12s\n' run "first answer (s)" "EAR deploy (s)" "RSS (MiB)"
for i in $(seq 1 "$runs"); do
    log="$(mktemp)"
    start=$(date +%s.%N)
    SAFEGUARD_PORT_OFFSET=$offset ./run.sh >"$log" 2>&1 &
    runner=$!
    until curl -s -o /dev/null -f "http://localhost:$port/login.xhtml"; do
        kill -0 "$runner" 2>/dev/null || { cat "$log"; exit 1; }
        sleep 0.1
    done
    first=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN { printf "%.1f", a - b }')
    until grep -q "Press Ctrl-C" "$log"; do sleep 0.2; done
    pid=$(cat run/server.pid)
    rss=$(( $(ps -o rss= -p "$pid") / 1024 ))
    t0=$(grep -m1 WFLYSRV0027 run/server.log | grep -o '[0-9][0-9]:[0-9][0-9]:[0-9][0-9],[0-9]*')
    t1=$(grep -m1 WFLYSRV0010 run/server.log | grep -o '[0-9][0-9]:[0-9][0-9]:[0-9][0-9],[0-9]*')
    secs() { IFS=':,' read -r h m s ms <<<"$1"; echo "$((10#$h * 3600 + 10#$m * 60 + 10#$s)).$ms"; }
    deploy=$(awk -v a="$(secs "$t1")" -v b="$(secs "$t0")" 'BEGIN { printf "%.1f", a - b }')
    printf '%-4s %-22s %-16s %-12s\n' "$i" "$first" "$deploy" "$rss"
    kill -TERM "$runner"
    wait "$runner" || true
    rm -f "$log"
done
