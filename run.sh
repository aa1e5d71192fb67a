#!/usr/bin/env bash
# Runs Safeguard Cases on this machine: builds what is needed, provisions and configures WildFly (from
# Maven Central), deploys the EAR, waits until it answers, and prints the address and the demo logins.
# Data lives in an H2 file under run/data (each commit written to disk before it is answered) and survives a
# restart or a crash. Ctrl-C stops the server.
#
#   ./run.sh                               build and run on https://localhost:8443 (http://localhost:8080 redirects)
#   SAFEGUARD_PORT_OFFSET=100 ./run.sh     run on ports 8543 and 8180 (management 10090) instead
#   SAFEGUARD_DB_URL=jdbc:postgresql://HOST:PORT/DB SAFEGUARD_DB_USER=… SAFEGUARD_DB_PASSWORD=… ./run.sh
#                                          the same, on PostgreSQL (see docs/records.md for the role and database)
#   SAFEGUARD_BASE_URL=https://cases.board.example ./run.sh
#                                          the address people reach it at, for e-mailed links and redirects (default:
#                                          this command's own, https://localhost:8443 plus the offset)
#   SAFEGUARD_LOG_FORMAT=json ./run.sh     the server's log as JSON lines (log/server.json.log), with each request's
#                                          id and case reference; plain text (log/server.log) by default
#   SAFEGUARD_WARM_UP_SECONDS=60 ./run.sh  ready only once it has warmed up on its own pages, for up to that many
#                                          seconds, as the runbook starts a node (a cluster's nodes: 60 unless said)
#   SAFEGUARD_DB_URL=… ./run.sh --nodes 2  a cluster on this machine: 2 WildFly nodes (HA profile) on that PostgreSQL
#                                          database behind HAProxy, which answers on https://localhost:8443; node n
#                                          on the ports + 100 n (see docs/cluster.md)
#   SAFEGUARD_DB_URL=… ./run.sh --nodes 2 --restart-node 2
#                                          in another terminal, while that cluster runs: stops node 2 gracefully and
#                                          starts it again as it was started; the balancer sends people to the others
set -euo pipefail

NODES=1
RESTART_NODE=""
while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) NODES="${2:-}"; shift; [ $# -gt 0 ] && shift ;;
        --nodes=*) NODES="${1#--nodes=}"; shift ;;
        --restart-node) RESTART_NODE="${2:-}"; shift; [ $# -gt 0 ] && shift ;;
        --restart-node=*) RESTART_NODE="${1#--restart-node=}"; shift ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "Unknown option: $1 (./run.sh --help)" >&2; exit 1 ;;
    esac
done
case "$NODES" in
    ''|*[!0-9]*|0) echo "--nodes takes a number of nodes, 1 or more (got: ${NODES:-nothing})" >&2; exit 1 ;;
esac
case "${SAFEGUARD_WARM_UP_SECONDS-0}" in
    ''|*[!0-9]*) echo "SAFEGUARD_WARM_UP_SECONDS takes a number of seconds, 0 for none (got: ${SAFEGUARD_WARM_UP_SECONDS:-nothing})" >&2; exit 1 ;;
esac

ROOT="$(cd "$(dirname "$0")" && pwd)"
RUN_DIR="$ROOT/run"
OFFSET="${SAFEGUARD_PORT_OFFSET:-0}"
PORT=$((8080 + OFFSET))
HTTPS_PORT=$((8443 + OFFSET))
URL="https://localhost:$HTTPS_PORT"
DEMO_PASSWORD="Safeguard-Demo-2026"
started=$(date +%s)
# The heap: 1 GiB unless the environment says otherwise (WildFly's bin/standalone.conf reads JBOSS_JAVA_SIZING; its
# own default, 512 MiB, is too small for a node of the national data set: docs/operations.md, "Capacity").
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms64m -Xmx1g}"

# The one public address (PublicAddress in the product): e-mailed links and redirects start with it, never with the
# Host a request names. A cluster's is the balancer's, which answers on this same port.
BASE_URL="${SAFEGUARD_BASE_URL:-$URL}"
case "$BASE_URL" in
    http://?*|https://?*) ;;
    *) echo "SAFEGUARD_BASE_URL must be an address such as https://cases.board.example (got: $BASE_URL)" >&2; exit 1 ;;
esac
case "${SAFEGUARD_LOG_FORMAT:-plain}" in
    plain) LOG_OPTIONS=() ;;
    json) LOG_OPTIONS=(-Dsafeguard.log.json.level=ALL -Dsafeguard.log.plain.level=OFF) ;;
    *) echo "SAFEGUARD_LOG_FORMAT is plain (the default) or json (got: $SAFEGUARD_LOG_FORMAT)" >&2; exit 1 ;;
esac

command -v java >/dev/null || { echo "Java 17 is needed (java not found)." >&2; exit 1; }
command -v mvn >/dev/null || { echo "Maven is needed (mvn not found)." >&2; exit 1; }
if [ "$NODES" -gt 1 ]; then
    if [ -z "${SAFEGUARD_DB_URL:-}" ]; then
        echo "A cluster's nodes share one PostgreSQL database: set SAFEGUARD_DB_URL, SAFEGUARD_DB_USER and" >&2
        echo "SAFEGUARD_DB_PASSWORD (see docs/records.md). The embedded H2 file is one server's alone." >&2
        exit 1
    fi
    command -v haproxy >/dev/null || { echo "The cluster's balancer is Debian's HAProxy: apt-get install haproxy" >&2; exit 1; }
    command -v openssl >/dev/null || { echo "openssl makes the balancer's certificate: apt-get install openssl" >&2; exit 1; }
fi

# The ports of node n (1 … NODES): the offset plus 100 n, when there is a balancer in front on the offset's own.
node_offset() {
    if [ "$NODES" -eq 1 ]; then echo "$OFFSET"; else echo $((OFFSET + 100 * $1)); fi
}

# --restart-node n: one node of the cluster this folder runs, stopped as an operator stops it for an upgrade (suspended:
# requests under way finish, for up to 30 s; the balancer's check sees it go) and started again from the command the
# cluster's run.sh saved for it. That run.sh carries on, and stops the node again on Ctrl-C.
if [ -n "$RESTART_NODE" ]; then
    case "$RESTART_NODE" in
        ''|*[!0-9]*|0) echo "--restart-node takes a node's number (got: $RESTART_NODE)" >&2; exit 1 ;;
    esac
    [ "$NODES" -gt 1 ] && [ "$RESTART_NODE" -le "$NODES" ] || {
        echo "--restart-node n is for a node of a cluster: ./run.sh --nodes $([ "$NODES" -gt 1 ] && echo "$NODES" || echo 2) --restart-node n, n from 1 to the nodes" >&2
        exit 1
    }
    name="node$RESTART_NODE"
    offset=$(node_offset "$RESTART_NODE")
    [ -x "$RUN_DIR/$name.start" ] || { echo "No cluster of $NODES nodes started here ($RUN_DIR/$name.start): ./run.sh --nodes $NODES first" >&2; exit 1; }
    pid="$(cat "$RUN_DIR/$name.pid" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        echo "Stopping $name (pid $pid) gracefully..."
        # A SIGTERM: the server suspends (new requests 503, those under way finish, up to 30 s), then shuts down.
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 180); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    echo "Starting $name again..."
    "$RUN_DIR/$name.start"
    for _ in $(seq 1 480); do
        [ "$(curl -s -k -o /dev/null -w '%{http_code}' "https://localhost:$((8443 + offset))/api/health/ready" 2>/dev/null || true)" = "200" ] && break
        sleep 0.5
    done
    [ "$(curl -s -k -o /dev/null -w '%{http_code}' "https://localhost:$((8443 + offset))/api/health/ready" 2>/dev/null || true)" = "200" ] || {
        echo "$name did not become ready in 4 minutes. The end of $RUN_DIR/$name.log:" >&2
        tail -n 40 "$RUN_DIR/$name.log" >&2
        exit 1
    }
    cp "$RUN_DIR/$name.pid" "$RUN_DIR/$name.restarted-pid"
    echo "$name is back (pid $(cat "$RUN_DIR/$name.pid")) and the balancer sends people to it again."
    exit 0
fi
busy=("$PORT" "$HTTPS_PORT")
if [ "$NODES" -gt 1 ]; then
    for n in $(seq 1 "$NODES"); do
        busy+=($((8443 + $(node_offset "$n"))) $((7600 + $(node_offset "$n"))))
    done
fi
for port in "${busy[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Something already answers on port $port: is Safeguard Cases already running? Stop it first (Ctrl-C in its terminal)," >&2
        echo "or run this one on other ports: SAFEGUARD_PORT_OFFSET=1000 ./run.sh" >&2
        exit 1
    fi
done

# The provisioned server, if a build made one (none yet on a fresh clone: the build below provisions it).
provisioned_server() {
    local dir
    for dir in "$ROOT"/ear/target/wildfly-*/; do
        if [ -d "$dir" ]; then echo "${dir%/}"; return 0; fi
    done
    return 0
}
SERVER="$(provisioned_server)"
EAR="$ROOT/ear/target/safeguard-cases.ear"
# The build runs when anything it is made from (a pom.xml, a module's main sources, the server's configuration)
# differs from what the last successful build was made from, or nothing was built yet; started again with nothing
# changed, the server starts as built (SAFEGUARD_BUILD=always builds anyway). "What it was made from" is a hash of
# every such file's path and content, written beside the EAR after the build: an edit, a new, deleted or renamed
# file, or a checkout of another branch shows, whatever the files' times say.
BUILT_FROM="$ROOT/ear/target/run.sh-built-from"
sources_hash() {
    (cd "$ROOT" && find pom.xml ./*/pom.xml ./*/src/main -type f -print0 2>/dev/null | LC_ALL=C sort -z \
        | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}
sources="$(sources_hash)"
if [ -z "$SERVER" ] || [ ! -f "$EAR" ]; then
    changed="nothing built yet"
elif [ "${SAFEGUARD_BUILD:-}" = "always" ]; then
    changed="SAFEGUARD_BUILD=always"
elif [ ! -f "$BUILT_FROM" ]; then
    # Built by Maven itself (README command 2, an IDE), not by this script: nothing newer than the EAR means it was
    # built from these sources, which are then recorded for next time.
    if [ -n "$(find "$ROOT/pom.xml" "$ROOT"/*/pom.xml "$ROOT"/*/src/main -newer "$EAR" -type f -print -quit 2>/dev/null)" ]; then
        changed="sources changed since the EAR was built"
    else
        changed=""
        echo "$sources" >"$BUILT_FROM"
    fi
elif [ "$sources" != "$(cat "$BUILT_FROM")" ]; then
    changed="sources changed since the last build"
else
    changed=""
fi
if [ -n "$changed" ]; then
    echo "Building Safeguard Cases and provisioning WildFly ($changed; the first run downloads a few hundred MB)..."
    rm -f "$BUILT_FROM"
    # MAVEN_ARGS (e.g. "-o -Dmaven.repo.local=…") is passed on, as Maven 3.9 does itself; repeating it there is harmless.
    # shellcheck disable=SC2086
    (cd "$ROOT" && mvn -B -q -Dstyle.color=never ${MAVEN_ARGS:-} install -DskipTests)
    # The hash taken before the build: a file changed while it ran is built again next time.
    echo "$sources" >"$BUILT_FROM"
    SERVER="$(provisioned_server)"
    [ -n "$SERVER" ] && [ -f "$EAR" ] || { echo "The build made no server or EAR (ear/target)." >&2; exit 1; }
else
    echo "Nothing changed since the last build: starting it as built (SAFEGUARD_BUILD=always ./run.sh builds anyway)."
fi

# The JVM's class-data archive (AppCDS) of the classes this server loads as it starts, for the run command's one server
# only: kept beside the EAR, it spares the next start reading and verifying them again (about a sixth of the CPU the
# start takes; docs in benchmarks/rounds/second-start.md). The first start after a build writes it as the server stops
# (Ctrl-C), once it had become ready; every later start maps it. The JVM checks each archived class against the bytes
# it is asked to define (size and CRC) and uses its own reading for any that differ, and refuses the whole archive if
# it is not this JVM's, so a stale archive costs time, never correctness; a build removes it all the same, and so does
# another java. SAFEGUARD_CLASS_ARCHIVE=off starts without it.
CLASS_ARCHIVE="$ROOT/ear/target/run.sh-classes.jsa"
CLASS_ARCHIVE_OPTIONS=""
CLASS_ARCHIVE_WRITING=""
if [ "$NODES" -eq 1 ] && [ "${SAFEGUARD_CLASS_ARCHIVE:-on}" != "off" ]; then
    java_bin="$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java" || true)"
    java_said="$(stat -L -c '%n %s %Y' "$java_bin" "$(dirname "$(readlink -f "$java_bin")")/../lib/server/libjvm.so" 2>/dev/null || true)"
    [ -n "$changed" ] && rm -f "$CLASS_ARCHIVE"
    if [ -s "$CLASS_ARCHIVE" ] && [ "$java_said" = "$(cat "$CLASS_ARCHIVE.java" 2>/dev/null || true)" ]; then
        CLASS_ARCHIVE_OPTIONS="-XX:SharedArchiveFile=$(printf '%q' "$CLASS_ARCHIVE")"
    else
        rm -f "$CLASS_ARCHIVE" "$CLASS_ARCHIVE.java" "$CLASS_ARCHIVE.new"
        # The classes it cannot archive (generated, signed, not linked) are named one by one; only errors are said.
        CLASS_ARCHIVE_OPTIONS="-XX:ArchiveClassesAtExit=$(printf '%q' "$CLASS_ARCHIVE.new") -Xlog:cds=error"
        CLASS_ARCHIVE_WRITING=yes
    fi
fi

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

# The key that signs every document the demo sends or publishes (issue 66): the operator's when SAFEGUARD_SIGNING_KEYSTORE
# names one (docs/operations.md, "The signing key"), else a self-signed one made at the first start and kept in
# run/data beside the database, so documents signed before a restart verify with the same certificate. Its password
# is kept beside it (mode 600) and reaches keytool and the server through the environment, never a command line.
mkdir -p "$RUN_DIR/data"
if [ -z "${SAFEGUARD_SIGNING_KEYSTORE:-}" ]; then
    SAFEGUARD_SIGNING_KEYSTORE="$RUN_DIR/data/signing.p12"
    SAFEGUARD_SIGNING_ALIAS=signing
    if [ ! -s "$SAFEGUARD_SIGNING_KEYSTORE" ] || [ ! -s "$SAFEGUARD_SIGNING_KEYSTORE.password" ]; then
        rm -f "$SAFEGUARD_SIGNING_KEYSTORE" "$SAFEGUARD_SIGNING_KEYSTORE.password"
        (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$SAFEGUARD_SIGNING_KEYSTORE.password")
        SAFEGUARD_SIGNING_PASSWORD="$(cat "$SAFEGUARD_SIGNING_KEYSTORE.password")" keytool -genkeypair -alias signing \
            -keyalg EC -groupname secp256r1 -validity 3650 -storetype PKCS12 -keystore "$SAFEGUARD_SIGNING_KEYSTORE" \
            -storepass:env SAFEGUARD_SIGNING_PASSWORD -dname "CN=Safeguard Cases demo signing key, O=Safeguard Cases demo" \
            -ext "BasicConstraints:critical=ca:true" -ext "KeyUsage:critical=digitalSignature,nonRepudiation,keyCertSign" \
            >/dev/null 2>&1
        chmod 600 "$SAFEGUARD_SIGNING_KEYSTORE"
    fi
    SAFEGUARD_SIGNING_PASSWORD="$(cat "$SAFEGUARD_SIGNING_KEYSTORE.password")"
fi
export SAFEGUARD_SIGNING_KEYSTORE SAFEGUARD_SIGNING_ALIAS="${SAFEGUARD_SIGNING_ALIAS:-}" \
    SAFEGUARD_SIGNING_PASSWORD="${SAFEGUARD_SIGNING_PASSWORD:-}"
SIGNER="$(SAFEGUARD_SIGNING_PASSWORD="$SAFEGUARD_SIGNING_PASSWORD" keytool -list -v -keystore "$SAFEGUARD_SIGNING_KEYSTORE" \
    -storepass:env SAFEGUARD_SIGNING_PASSWORD ${SAFEGUARD_SIGNING_ALIAS:+-alias "$SAFEGUARD_SIGNING_ALIAS"} 2>/dev/null \
    | sed -n 's/^Owner: //p' | head -1)"

# The database: PostgreSQL when SAFEGUARD_DB_URL names one (the server reads it and its user and password from the
# environment, so the password is not on a command line), else the embedded H2 file, durable per commit.
mkdir -p "$RUN_DIR/data"
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
    # The demo's H2 file and its published credentials: given through the environment, as production's are, since the
    # server's configuration holds no password (docs/operations.md, "Secrets").
    export SAFEGUARD_DB_USER="${SAFEGUARD_DB_USER:-sa}" SAFEGUARD_DB_PASSWORD="${SAFEGUARD_DB_PASSWORD:-sa}"
    DATABASE="H2 in $RUN_DIR/data"
fi

# The public forms' throttle key (issue 69: not in the database it protects, nor in the configuration): the
# environment's SAFEGUARD_THROTTLE_KEY, else one made once for this folder's runs, so every node of --nodes N shares it.
if [ -z "${SAFEGUARD_THROTTLE_KEY:-}" ]; then
    if [ ! -s "$RUN_DIR/throttle.key" ]; then
        (umask 077 && head -c 48 /dev/urandom | base64 -w0 >"$RUN_DIR/throttle.key")
    fi
    SAFEGUARD_THROTTLE_KEY="$(cat "$RUN_DIR/throttle.key")"
fi
export SAFEGUARD_THROTTLE_KEY

# One server, or the nodes of a cluster: each gets a fresh copy of the configured server's configuration and the EAR
# each run (a single-database server has no transaction to recover after a crash: each commit is one phase); the
# database is kept. A cluster's nodes run WildFly's HA profile and find each other over TCP on the loopback
# (safeguard.cluster.members, the JGroups TCPPING list); they all start at once, in any order.
MEMBERS=""
for n in $(seq 1 "$NODES"); do
    MEMBERS="${MEMBERS:+$MEMBERS,}127.0.0.1[$((7600 + $(node_offset "$n")))]"
done
PIDS=()
LAUNCHERS=()
LOGS=()
NODE_URLS=()
rm -rf "$RUN_DIR/server" "$RUN_DIR"/node[0-9]*
for n in $(seq 1 "$NODES"); do
    if [ "$NODES" -eq 1 ]; then
        name=server; config=standalone.xml; cluster_options=()
    else
        name="node$n"; config=standalone-ha.xml
        cluster_options=(-Djboss.node.name="$name" -Dsafeguard.cluster.members="$MEMBERS")
    fi
    base="$RUN_DIR/$name"
    mkdir -p "$base/deployments"
    cp -r "$SERVER/standalone/configuration" "$base/configuration"
    cp "$KEYSTORE" "$base/configuration/application.keystore"
    cp "$EAR" "$base/deployments/"
    offset=$(node_offset "$n")
    LOGS+=("$RUN_DIR/$name.log")
    PIDS+=("$RUN_DIR/$name.pid")
    NODE_URLS+=("https://localhost:$((8443 + offset))")
    rm -f "$RUN_DIR/$name.pid"
    echo "Starting WildFly ($SERVER, $config) as $name on $DATABASE..."
    command=("$SERVER/bin/standalone.sh" -c "$config" -Djboss.server.base.dir="$base"
        -Djboss.socket.binding.port-offset="$offset" "${cluster_options[@]}" "${DB_OPTIONS[@]}"
        -Dsafeguard.https.only=true -Dsafeguard.base.url="$BASE_URL" "${LOG_OPTIONS[@]}"
        -Dsafeguard.demo=true -Dsafeguard.demo.cases=true)
    if [ "$NODES" -eq 1 ] && [ -n "${SAFEGUARD_WARM_UP_SECONDS:-}" ]; then
        command+=(-Dsafeguard.warmUp.seconds="$SAFEGUARD_WARM_UP_SECONDS")
    fi
    if [ "$NODES" -gt 1 ]; then
        # The balancer (on the loopback) passes each client's address on; the public pages believe it from there only.
        command+=(-Dsafeguard.trusted.proxies=127.0.0.1)
        # Ready (and so put into the balancer) only once it has warmed up on its own pages, for up to a minute: in a
        # rolling restart the people of the next node taken out all move to this one (docs/cluster.md).
        command+=(-Dsafeguard.warmUp.seconds="${SAFEGUARD_WARM_UP_SECONDS:-60}")
        # For --restart-node: the same command, detached from the terminal that restarts it (the database's password
        # comes from that terminal's environment, as here, never from this file).
        { echo '#!/usr/bin/env bash'
          printf 'LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=%q setsid nohup' "$RUN_DIR/$name.pid"
          printf ' %q' "${command[@]}"
          printf ' >>%q 2>&1 </dev/null &\n' "$RUN_DIR/$name.log"; } >"$RUN_DIR/$name.start"
        chmod 700 "$RUN_DIR/$name.start"
    fi
    PREPEND_JAVA_OPTS="${PREPEND_JAVA_OPTS:-}${CLASS_ARCHIVE_OPTIONS:+ $CLASS_ARCHIVE_OPTIONS}" \
        LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$RUN_DIR/$name.pid" "${command[@]}" >"$RUN_DIR/$name.log" 2>&1 &
    LAUNCHERS+=($!)
done
LOG="${LOGS[0]}"

# A cluster's one address: HAProxy (Debian's), configured from ear/src/main/server/haproxy.cfg, terminates HTTPS with
# the same certificate, keeps each browser on one node, checks every node's readiness each second, and sends a request
# to another node when one cannot be reached or is stopping.
BALANCER_PID=""
if [ "$NODES" -gt 1 ]; then
    balancer="$RUN_DIR/balancer"
    mkdir -p "$balancer"
    keytool -importkeystore -srckeystore "$KEYSTORE" -srcstorepass password -destkeystore "$balancer/tls.p12" \
        -deststoretype PKCS12 -deststorepass password -noprompt >/dev/null 2>&1
    openssl pkcs12 -in "$balancer/tls.p12" -passin pass:password -nodes -out "$balancer/tls.pem" 2>/dev/null
    rm -f "$balancer/tls.p12"
    chmod 600 "$balancer/tls.pem"
    servers=""
    for n in $(seq 1 "$NODES"); do
        servers="${servers:+$servers
}    server node$n 127.0.0.1:$((8443 + $(node_offset "$n"))) cookie node$n"
    done
    config="$(cat "$ROOT/ear/src/main/server/haproxy.cfg")"
    config="${config//@BIND@/127.0.0.1}"
    config="${config//@HTTP_PORT@/$PORT}"
    config="${config//@HTTPS_PORT@/$HTTPS_PORT}"
    config="${config//@ADMIN_PORT@/$((9000 + OFFSET))}"
    config="${config//@PEM@/$balancer/tls.pem}"
    config="${config//@SERVERS@/$servers}"
    printf '%s\n' "$config" >"$balancer/haproxy.cfg"
    haproxy -f "$balancer/haproxy.cfg" -db >"$RUN_DIR/balancer.log" 2>&1 &
    BALANCER_PID=$!
fi

stop_server() {
    trap - INT TERM EXIT
    echo
    echo "Stopping Safeguard Cases..."
    # Only the nodes this command started (its launcher still runs) or --restart-node started again: a node someone
    # started by hand is theirs to stop.
    local java_pids=() i pid
    for i in "${!PIDS[@]}"; do
        pid="$(cat "${PIDS[$i]}" 2>/dev/null || true)"
        [ -n "$pid" ] || continue
        if kill -0 "${LAUNCHERS[$i]}" 2>/dev/null || [ "$pid" = "$(cat "${PIDS[$i]%.pid}.restarted-pid" 2>/dev/null)" ]; then
            java_pids+=("$pid")
        fi
    done
    [ -n "$BALANCER_PID" ] && kill -TERM "$BALANCER_PID" 2>/dev/null || true
    kill -TERM "${LAUNCHERS[@]}" 2>/dev/null || true
    local writing="" exited=""
    if [ -n "$CLASS_ARCHIVE_WRITING" ] && [ -n "$READY" ]; then
        writing=yes
        echo "(This once, the JVM writes its class archive as it stops, for a faster next start: up to a minute.)"
    fi
    if [ ${#java_pids[@]} -gt 0 ]; then
        kill -TERM "${java_pids[@]}" 2>/dev/null || true
        for _ in $(seq 1 $([ -n "$writing" ] && echo 240 || echo 60)); do
            kill -0 "${java_pids[@]}" 2>/dev/null || { exited=yes; break; }
            sleep 0.5
        done
        kill -KILL "${java_pids[@]}" 2>/dev/null || true
    fi
    # Kept only when the server had become ready and then stopped of itself (a JVM killed mid-write leaves half a file).
    if [ -n "$writing" ] && [ -n "$exited" ] && [ -s "$CLASS_ARCHIVE.new" ]; then
        mv -f "$CLASS_ARCHIVE.new" "$CLASS_ARCHIVE" && printf '%s\n' "$java_said" >"$CLASS_ARCHIVE.java"
    fi
    if [ -n "$CLASS_ARCHIVE_WRITING" ]; then rm -f "$CLASS_ARCHIVE.new"; fi
    wait "${LAUNCHERS[@]}" 2>/dev/null || true
    [ -n "$BALANCER_PID" ] && wait "$BALANCER_PID" 2>/dev/null || true
    for i in "${!PIDS[@]}"; do
        pid="$(cat "${PIDS[$i]}" 2>/dev/null || true)"
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "Left running: ${LOGS[$i]%.log} (pid $pid), which was started by hand." \
            || rm -f "${PIDS[$i]}"
    done
    echo "Stopped."
}
READY=""
trap 'stop_server; exit 130' INT
trap 'stop_server; exit 143' TERM
trap 'stop_server' EXIT

# Ready when every node answers its readiness check (and, for a cluster, the balancer does too).
ready_urls=("${NODE_URLS[@]}")
[ "$NODES" -gt 1 ] && ready_urls+=("$URL")
for url in "${ready_urls[@]}"; do
    status=""
    for _ in $(seq 1 $((240 * NODES))); do
        for i in "${!LAUNCHERS[@]}"; do
            if ! kill -0 "${LAUNCHERS[$i]}" 2>/dev/null; then
                echo "WildFly stopped while starting. The end of ${LOGS[$i]}:" >&2
                tail -n 40 "${LOGS[$i]}" >&2
                exit 1
            fi
            if grep -q "WFLYSRV0026\|WFLYCTL0186" "${LOGS[$i]}" 2>/dev/null; then
                echo "The deployment failed. The end of ${LOGS[$i]}:" >&2
                tail -n 40 "${LOGS[$i]}" >&2
                exit 1
            fi
        done
        if [ -n "$BALANCER_PID" ] && ! kill -0 "$BALANCER_PID" 2>/dev/null; then
            echo "HAProxy stopped. $RUN_DIR/balancer.log:" >&2
            cat "$RUN_DIR/balancer.log" >&2
            exit 1
        fi
        status="$(curl -s -k -o /dev/null -w '%{http_code}' "$url/api/health/ready" 2>/dev/null || true)"
        [ "$status" = "200" ] && break
        sleep 0.5
    done
    if [ "$status" != "200" ]; then
        echo "Safeguard Cases did not become ready at $url in $((2 * NODES)) minutes. The end of $LOG:" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
done

READY=yes
if [ "$NODES" -gt 1 ]; then
    where="a cluster of $NODES WildFly nodes behind HAProxy"
    nodes_said="Nodes (each on its own, for trying a failure: kill one and carry on through the address above):"
    for n in $(seq 1 "$NODES"); do
        nodes_said="$nodes_said
  node$n  ${NODE_URLS[$((n - 1))]}  management port $((9990 + $(node_offset "$n")))  pid $(cat "${PIDS[$((n - 1))]}" 2>/dev/null)  log ${LOGS[$((n - 1))]}"
    done
    nodes_said="$nodes_said
  balancer log: $RUN_DIR/balancer.log"
else
    where="one WildFly"
    nodes_said="Server log: $LOG"
fi

cat <<MSG

Safeguard Cases is running at $URL  ($where, ready $(( $(date +%s) - started )) s after this command started)
  The certificate is self-signed (run/tls): your browser warns once; accept it for localhost.
  http://localhost:$PORT redirects to it.
Database: $DATABASE
Documents are signed by: ${SIGNER:-the key in $SAFEGUARD_SIGNING_KEYSTORE} (docs/checking-documents.md)

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

Readiness: $URL/api/health/ready
$nodes_said
Press Ctrl-C to stop.
MSG

# Runs until Ctrl-C, or until every node has stopped: a cluster, and its balancer, carry on while any node lives,
# however it was started again (by --restart-node, or by hand: its pid file, or its port answering).
node_alive() {
    local pid
    pid="$(cat "${PIDS[$(($1 - 1))]}" 2>/dev/null || true)"
    { [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; } || (exec 3<>"/dev/tcp/127.0.0.1/$((8443 + $(node_offset "$1")))") 2>/dev/null
}
while :; do
    alive=""
    for n in $(seq 1 "$NODES"); do
        if node_alive "$n"; then alive=yes; break; fi
    done
    [ -n "$alive" ] || break
    sleep 2 & wait $! || true
done
echo "Every node has stopped."
