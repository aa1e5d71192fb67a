#!/usr/bin/env bash
# Benchmark (not a test): how long a node takes to say it is ready, with and without the runbook's warm-up, on the
# Java the machine has and on Java 25 with its ahead-of-time cache. Each start is the README's run command
# (`./run.sh`, the demo's H2 file, its class archive as it keeps it), stopped with SIGTERM once ready; for each it
# prints
#  - ready: run.sh's own "ready N s after this command started" (the build skipped: nothing changed),
#  - cpu: the server JVM's CPU seconds (user + system) when it said ready (a cluster's: its first node's),
#  - warm-up: the node's own "Warmed up: …" line (its requests and milliseconds), when it warmed up.
#
# Usage: benchmarks/readiness.sh CONFIG [starts]        (default 3 starts; the product must not be running)
#   java17            the default JVM (`java` on the PATH), no warm-up (what ./run.sh does)
#   java17-warm       the same, SAFEGUARD_WARM_UP_SECONDS=60 (what the runbook's single node does)
#   java25 | java25-warm    the same on Java 25 (JAVA25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64); run.sh
#                     keeps its own class archive for it, as for any Java
#   java25-plain      Java 25 with neither run.sh's class archive nor an AOT cache (what each of them saves)
#   java25-aot | java25-aot-warm    Java 25 with its AOT cache (JEP 483/514/515: classes loaded and linked, and
#                     method profiles) instead of run.sh's archive: the first start trains it (-XX:AOTCacheOutput,
#                     written as the JVM stops), the others map it (-XX:AOTCache). The cache of a warm start holds
#                     the profiles of the warm-up's pages.
#   cluster | cluster-warm  `./run.sh --nodes 2` on PostgreSQL (SAFEGUARD_DB_URL, _USER, _PASSWORD), warm-up 0 or
#                     the runbook's 60 s; "ready" is when both nodes and the balancer said ready
# A start that writes a class archive or an AOT cache is marked (writes) and belongs to no figure.
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:?usage: benchmarks/readiness.sh CONFIG [starts]}"
starts="${2:-3}"
offset=300
aot="$PWD/ear/target/readiness-$config.aot"
java25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

env_for_start() {
    # Prints the environment of one start, one VAR=value a line.
    local first="$1"
    case "$config" in
        *-warm) echo "SAFEGUARD_WARM_UP_SECONDS=60" ;;
        cluster) echo "SAFEGUARD_WARM_UP_SECONDS=0" ;;
        *) echo "SAFEGUARD_WARM_UP_SECONDS=0" ;;
    esac
    case "$config" in
        java25*) echo "JAVA_HOME=$java25" ;;
    esac
    case "$config" in
        java25-plain) echo "SAFEGUARD_CLASS_ARCHIVE=off" ;;
        java25-aot*)
            echo "SAFEGUARD_CLASS_ARCHIVE=off"
            if [ "$first" = yes ]; then
                echo "PREPEND_JAVA_OPTS=-XX:AOTCacheOutput=$aot -Xlog:aot=error,cds=error"
            else
                echo "PREPEND_JAVA_OPTS=-XX:AOTCache=$aot -Xlog:aot=error,cds=error"
            fi ;;
    esac
}

case "$config" in
    java17|java17-warm|java25|java25-warm|java25-plain|java25-aot|java25-aot-warm) args=() ;;
    cluster|cluster-warm)
        [ -n "${SAFEGUARD_DB_URL:-}" ] || { echo "cluster needs SAFEGUARD_DB_URL, _USER and _PASSWORD" >&2; exit 1; }
        args=(--nodes 2) ;;
    *) echo "Unknown configuration: $config (see the head of $0)" >&2; exit 1 ;;
esac
case "$config" in java25*) [ -x "$java25/bin/java" ] || { echo "No Java 25 at $java25 (JAVA25_HOME)" >&2; exit 1; } ;; esac
case "$config" in java25-aot*) rm -f "$aot" ;; esac

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "configuration: $config, code $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with changes)')"
printf '%-6s %-9s %-9s %s\n' start "ready s" "cpu s" "warm-up (the node's own line) / notes"
for i in $(seq 1 "$starts"); do
    first=no
    [ "$i" -eq 1 ] && first=yes
    log="$(mktemp)"
    mapfile -t vars < <(env_for_start "$first")
    notes=""
    env "${vars[@]}" SAFEGUARD_PORT_OFFSET=$offset setsid ./run.sh "${args[@]}" >"$log" 2>&1 &
    runner=$!
    for _ in $(seq 1 600); do
        grep -q "ready [0-9]* s after this command started" "$log" && break
        kill -0 "$runner" 2>/dev/null || { cat "$log"; echo "run.sh stopped before it was ready" >&2; exit 1; }
        sleep 0.5
    done
    ready=$(grep -o "ready [0-9]* s after" "$log" | grep -o "[0-9]*")
    cpu=""
    pidfile=run/server.pid
    [ "${#args[@]}" -gt 0 ] && pidfile=run/node1.pid
    if [ -s "$pidfile" ]; then
        pid=$(cat "$pidfile")
        cpu=$(awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$pid/stat")
        # What this JVM writes as it stops, as its own command line says: such a start belongs to no figure.
        case "$(tr '\0' ' ' <"/proc/$pid/cmdline")" in
            *AOTCacheOutput=*) notes="(writes the AOT cache)" ;;
            *ArchiveClassesAtExit=*) notes="(writes the class archive)" ;;
        esac
    fi
    # The node's own console log (a cluster's first node's): a single server's log of an earlier start may be there.
    node_log="${pidfile%.pid}.log"
    warm=$(grep -h -o "Warmed up: .*" "$node_log" 2>/dev/null | head -n 1 || true)
    printf '%-6s %-9s %-9s %s\n' "$i" "$ready" "${cpu:-?}" "${warm:-no warm-up}${notes:+ $notes}"
    kill -TERM "$runner"
    wait "$runner" || true
    rm -f "$log"
done
case "$config" in java25-aot*) [ -s "$aot" ] && echo "AOT cache: $(du -m "$aot" | cut -f1) MiB ($aot)" ;; esac
