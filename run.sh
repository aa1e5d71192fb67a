#!/usr/bin/env bash
# Runs Safeguard Cases on this machine: builds what is needed, provisions and configures WildFly (from
# Maven Central), deploys the EAR, waits until it answers, and prints the address and the demo logins.
# Data lives in an H2 file under run/data (each commit written to disk before it is answered) and survives a
# restart or a crash. Ctrl-C stops the server.
#
#   ./run.sh                               build and run on https://localhost:8443 (http://localhost:8080 redirects)
#   SAFEGUARD_PORT_OFFSET=100 ./run.sh     run on ports 8543 and 8180 (management 10090) instead
#   SAFEGUARD_DB_URL=jdbc:postgresql://HOST:PORT/DB SAFEGUARD_DB_USER=… SAFEGUARD_DB_PASSWORD=… ./run.sh
#                                          the same, on PostgreSQL (see the README for the role and database)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")" && pwd)"
RUN_DIR="$ROOT/run"
OFFSET="${SAFEGUARD_PORT_OFFSET:-0}"
PORT=$((8080 + OFFSET))
HTTPS_PORT=$((8443 + OFFSET))
URL="https://localhost:$HTTPS_PORT"
DEMO_PASSWORD="Safeguard-Demo-2026"
started=$(date +%s)

command -v java >/dev/null || { echo "Java 17 is needed (java not found)." >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven is needed (mvn not found)." >&2; exit 1; }

for port in "$PORT" "$HTTPS_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Something already answers on port $port: is Safeguard Cases already running? Stop it first (Ctrl-C in its terminal)," >&2
        echo "or run this one on other ports: SAFEGUARD_PORT_OFFSET=100 ./run.sh" >&2
        exit 1
    fi
done

echo "Building Safeguard Cases and provisioning WildFly (the first run downloads a few hundred MB)..."
(cd "$ROOT" && mvn -B -q -Dstyle.color=never install -DskipTests)
SERVER="$(ls -d "$ROOT"/ear/target/wildfly-*/ 2>/dev/null | head -n 1)"
SERVER="${SERVER%/}"
EAR="$ROOT/ear/target/safeguard-cases.ear"

# A fresh copy of the configured server's configuration and the EAR each run (a single-database server has no
# transaction to recover after a crash: each commit is one phase);
# the database under run/data is kept.
mkdir -p "$RUN_DIR/data"
rm -rf "$RUN_DIR/server"
mkdir -p "$RUN_DIR/server/deployments"
cp -r "$SERVER/standalone/configuration" "$RUN_DIR/server/configuration"
# HTTPS with a self-signed certificate for localhost, made once and kept under run/tls, so a browser that was told to
# trust it keeps trusting it. WildFly's https listener reads it as application.keystore (password "password" in
# WildFly's default configuration; for production, put the board's own certificate there instead).
KEYSTORE="$RUN_DIR/tls/application.keystore"
if [ ! -f "$KEYSTORE" ]; then
    mkdir -p "$RUN_DIR/tls"
    keytool -genkeypair -alias server -keyalg RSA -keysize 3072 -validity 825 -storetype JKS \
        -keystore "$KEYSTORE" -storepass password -keypass password \
        -dname "CN=localhost, O=Safeguard Cases demo" -ext "SAN=dns:localhost,ip:127.0.0.1" >/dev/null 2>&1
fi
cp "$KEYSTORE" "$RUN_DIR/server/configuration/application.keystore"
cp "$EAR" "$RUN_DIR/server/deployments/"
LOG="$RUN_DIR/server.log"
PIDFILE="$RUN_DIR/server.pid"
rm -f "$PIDFILE"

# The database: PostgreSQL when SAFEGUARD_DB_URL names one (the server reads it and its user and password from the
# environment, so the password is not on a command line), else the embedded H2 file, durable per commit.
DB_OPTIONS=()
if [ -n "${SAFEGUARD_DB_URL:-}" ]; then
    case "$SAFEGUARD_DB_URL" in
        jdbc:postgresql://*) ;;
        *) echo "SAFEGUARD_DB_URL must be a PostgreSQL URL, jdbc:postgresql://HOST:PORT/DB (got: $SAFEGUARD_DB_URL)" >&2; exit 1 ;;
    esac
    [ -n "${SAFEGUARD_DB_USER:-}" ] || { echo "SAFEGUARD_DB_USER is needed with SAFEGUARD_DB_URL." >&2; exit 1; }
    export SAFEGUARD_DB_URL SAFEGUARD_DB_USER SAFEGUARD_DB_PASSWORD="${SAFEGUARD_DB_PASSWORD:-}"
    DATABASE="PostgreSQL at ${SAFEGUARD_DB_URL#jdbc:postgresql://}"
else
    DB_OPTIONS=(-Dsafeguard.db.url="jdbc:h2:durable:$RUN_DIR/data/safeguard;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=512")
    DATABASE="H2 in $RUN_DIR/data"
fi

echo "Starting WildFly ($SERVER) on $DATABASE..."
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$PIDFILE" "$SERVER/bin/standalone.sh" \
    -Djboss.server.base.dir="$RUN_DIR/server" \
    -Djboss.socket.binding.port-offset="$OFFSET" \
    "${DB_OPTIONS[@]}" \
    -Dsafeguard.https.only=true \
    -Dsafeguard.demo=true -Dsafeguard.demo.cases=true >"$LOG" 2>&1 &
LAUNCHER=$!

stop_server() {
    trap - INT TERM EXIT
    echo
    echo "Stopping Safeguard Cases..."
    local java_pid=""
    [ -f "$PIDFILE" ] && java_pid="$(cat "$PIDFILE")"
    kill -TERM "$LAUNCHER" 2>/dev/null || true
    if [ -n "$java_pid" ]; then
        kill -TERM "$java_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$java_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL "$java_pid" 2>/dev/null || true
    fi
    wait "$LAUNCHER" 2>/dev/null || true
    rm -f "$PIDFILE"
    echo "Stopped."
}
trap 'stop_server; exit 130' INT
trap 'stop_server; exit 143' TERM
trap 'stop_server' EXIT

status=""
for _ in $(seq 1 240); do
    if ! kill -0 "$LAUNCHER" 2>/dev/null; then
        echo "WildFly stopped while starting. The end of $LOG:" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
    status="$(curl -s -k -o /dev/null -w '%{http_code}' "$URL/api/health/ready" 2>/dev/null || true)"
    [ "$status" = "200" ] && break
    if grep -q "WFLYSRV0026\|WFLYCTL0186" "$LOG" 2>/dev/null; then
        echo "The deployment failed. The end of $LOG:" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
    sleep 0.5
done
if [ "$status" != "200" ]; then
    echo "Safeguard Cases did not become ready in 2 minutes. The end of $LOG:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
fi

cat <<EOF

Safeguard Cases is running at $URL  (ready $(( $(date +%s) - started )) s after this command started)
  The certificate is self-signed (run/tls): your browser warns once; accept it for localhost.
  http://localhost:$PORT redirects to it.
Database: $DATABASE

Demo logins, password for all: $DEMO_PASSWORD
  board                                  officer         senior         HR partner   member         admin
  City & Hackney SCB (chscb)             chscb.officer   chscb.senior   chscb.hr     chscb.member   chscb.admin
  Northumberland SCB (nscb)              nscb.officer    nscb.senior    nscb.hr      nscb.member    nscb.admin
  Cwm Taf Safeguarding Boards (cwmtaf)   cwmtaf.officer  cwmtaf.senior  cwmtaf.hr    cwmtaf.member  cwmtaf.admin
  LSCB Online Safeguarding (lscb)        lscb.officer    lscb.senior    lscb.hr      lscb.member    lscb.admin
  A second officer on every board: <board>.officer2 (e.g. chscb.officer2); the member's manager, who
  countersigns their policy declaration: <board>.manager (e.g. chscb.manager).
  Demo people sign in with the password alone: a board's admin can require a second factor (an authenticator
  app) for chosen roles under Board administration → Accounts.

Readiness: $URL/api/health/ready    Server log: $LOG
Press Ctrl-C to stop.
EOF

wait "$LAUNCHER" || true
