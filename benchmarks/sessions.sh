#!/usr/bin/env bash
# Memory per signed-in person (issue 43): on a server the run command started and a load left with people signed in
# (run it as soon as benchmarks/load.sh ends, before their sessions time out), the heap after a full collection with
# those sessions, then after every session of the product is invalidated and another full collection; the difference
# divided by the sessions. Sessions only: nothing else is touched, and the people simply have to sign in again.
#
#   benchmarks/sessions.sh [server name, default server; node1, node2 … for a cluster's nodes]
#   benchmarks/sessions.sh --walk N   on the demo (./run.sh), first signs N people in with curl, each walking a
#       working morning: officers and seniors the case list, their dashboard, the chronology, the senior's work, the
#       board's page and each case on the list's first page twice; administrators their board's pages. The same walk
#       before and after a change weighs the change (the figures in benchmarks/rounds/load.md).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WALK=0
if [ "${1:-}" = "--walk" ]; then
    WALK="${2:?--walk needs a number of people}"
    shift 2
fi
NAME="${1:-server}"
PID="$(cat "$ROOT/run/$NAME.pid" 2>/dev/null || true)"
[ -n "$PID" ] && kill -0 "$PID" 2>/dev/null || { echo "No running $NAME (run/$NAME.pid): start ./run.sh first." >&2; exit 1; }
SERVER="$(ls -d "$ROOT"/ear/target/wildfly-*/ | head -n 1)"
OFFSET="${SAFEGUARD_PORT_OFFSET:-0}"
case "$NAME" in node*) OFFSET=$((OFFSET + 100 * ${NAME#node})) ;; esac
WEB="/deployment=safeguard-cases.ear/subdeployment=safeguard-web.war/subsystem=undertow"
cli() { NOPAUSE=true "${SERVER}bin/jboss-cli.sh" --connect --controller="localhost:$((9990 + OFFSET))" "$@"; }
# The heap in use after a full collection (G1: System.gc() is a full, stop-the-world collection), in KiB; twice, so
# what the first left to finalise is gone too.
heap_used() {
    jcmd "$PID" GC.run >/dev/null; sleep 1; jcmd "$PID" GC.run >/dev/null; sleep 1
    jcmd "$PID" GC.heap_info | awk '/garbage-first heap|total .* used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); print v; exit } }'
}
if [ "$WALK" -gt 0 ]; then
    BASE="https://localhost:$((8443 + OFFSET))"
    JAR="$(mktemp -d)"
    trap 'rm -rf "$JAR"' EXIT
    people=(chscb.officer chscb.senior chscb.admin cwmtaf.officer)
    for i in $(seq 1 "$WALK"); do
        who="${people[$(( (i - 1) % ${#people[@]} ))]}"
        jar="$JAR/$i"
        state="$(curl -sk -c "$jar" -b "$jar" "$BASE/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')"
        curl -sk -c "$jar" -b "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=$who" \
            --data-urlencode "login:password=Safeguard-Demo-2026" --data-urlencode "login:signIn=x" \
            --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
        refs="$(curl -sk -c "$jar" -b "$jar" "$BASE/officer/cases.xhtml" | grep -o 'case.xhtml?ref=[A-Z0-9-]*' | sort -u | head -n 12 | sed 's/.*ref=//' || true)"
        for page in officer/dashboard.xhtml officer/chronology.xhtml senior/work.xhtml admin/board.xhtml; do
            curl -sk -c "$jar" -b "$jar" -o /dev/null "$BASE/$page"
        done
        for round in 1 2; do
            for ref in $refs; do curl -sk -c "$jar" -b "$jar" -o /dev/null "$BASE/officer/case.xhtml?ref=$ref"; done
        done
    done
fi
sessions="$(cli --command="$WEB:read-attribute(name=active-sessions)" | awk -F'=> ' '/"result"/ { gsub(/[^0-9]/, "", $2); print $2 }')"
[ "${sessions:-0}" -gt 0 ] || { echo "No active sessions on $NAME: run it straight after a load, while people are signed in." >&2; exit 1; }
with="$(heap_used)"
ids="$(cli --command="$WEB:list-sessions" | grep -o '"[A-Za-z0-9_.-]\{16,\}"' | tr -d '"')"
script="$(mktemp)"
for id in $ids; do echo "$WEB:invalidate-session(session-id=$id)" >>"$script"; done
cli --file="$script" >/dev/null
rm -f "$script"
left="$(cli --command="$WEB:read-attribute(name=active-sessions)" | awk -F'=> ' '/"result"/ { gsub(/[^0-9]/, "", $2); print $2 }')"
without="$(heap_used)"
echo "$NAME: $sessions sessions; heap after a full collection with them ${with} KiB, without them ${without} KiB (${left} left);" \
    "$(( (with - without) / sessions )) KiB per session ($(date '+%Y-%m-%d %H:%M'), $(nproc) cores)"
