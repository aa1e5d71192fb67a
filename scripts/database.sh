# Shared by backup.sh and restore.sh: which database the product uses, as run.sh decides it.

postgresql() {
    [ -n "${SAFEGUARD_DB_URL:-}" ] || return 1
    case "$SAFEGUARD_DB_URL" in
        jdbc:postgresql://*) ;;
        *) echo "SAFEGUARD_DB_URL must be a PostgreSQL URL, jdbc:postgresql://HOST:PORT/DB (got: $SAFEGUARD_DB_URL)" >&2; exit 1 ;;
    esac
    [ -n "${SAFEGUARD_DB_USER:-}" ] || { echo "SAFEGUARD_DB_USER is needed with SAFEGUARD_DB_URL." >&2; exit 1; }
}

# jdbc:postgresql://host:port/db?options -> postgresql://host:port/db (libpq's form; the options are JDBC's).
libpq_url() {
    local url="${SAFEGUARD_DB_URL#jdbc:}"
    echo "${url%%\?*}"
}

need() {
    command -v "$1" >/dev/null || { echo "$1 is needed: apt-get install postgresql-client" >&2; exit 1; }
}

data_dir() {
    echo "${SAFEGUARD_DATA_DIR:-$ROOT/run/data}"
}

# The product's driver module (built by the ear module) and its H2, which open the embedded database.
jdbc_classpath() {
    local server module
    server="$(ls -d "$ROOT"/ear/target/wildfly-*/ 2>/dev/null | head -n 1)"
    if [ -z "$server" ] || [ ! -f "${server}modules/uk/safeguardcases/jdbc/main/safeguard-jdbc.jar" ]; then
        echo "Building Safeguard Cases first..." >&2
        (cd "$ROOT" && mvn -B -q -Dstyle.color=never install -DskipTests) >&2
        server="$(ls -d "$ROOT"/ear/target/wildfly-*/ | head -n 1)"
    fi
    module="${server}modules/uk/safeguardcases/jdbc/main"
    echo "$module/safeguard-jdbc.jar:$module/h2.jar"
}

# PostgreSQL's continuous backup: pgBackRest (Debian's pgbackrest), with the repository, its encryption and the
# database cluster named in its configuration file (ops/pgbackrest/pgbackrest.conf is the product's example). Run as
# the operating-system user that owns the database cluster (postgres).
pgbackrest_config() {
    echo "${SAFEGUARD_PGBACKREST_CONFIG:-/etc/pgbackrest/pgbackrest.conf}"
}

backrest() {
    command -v pgbackrest >/dev/null || { echo "pgbackrest is needed: apt-get install pgbackrest" >&2; exit 1; }
    local config
    config="$(pgbackrest_config)"
    as_owner test -r "$config" || {
        echo "No pgBackRest configuration that $(cluster_owner) can read at $config (SAFEGUARD_PGBACKREST_CONFIG names another)." >&2
        exit 1
    }
    as_owner pgbackrest --config="$config" --stanza="${SAFEGUARD_PGBACKREST_STANZA:-safeguard}" "$@"
}

# One option of the pgBackRest configuration (the first line that sets it), empty when it is not set.
backrest_option() {
    sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$(pgbackrest_config)" | head -n 1
}

# The database cluster's data directory, as the configuration names it (pg1-path).
backrest_data_dir() {
    local data
    data="$(backrest_option pg1-path)"
    echo "${data%/}"
}

# The operating-system user owning the database cluster: pgBackRest, psql and the restore's copies run as it, so root
# never leaves a file in the repository or the data directory that PostgreSQL cannot read.
cluster_owner() {
    local data
    data="$(backrest_data_dir 2>/dev/null || true)"
    if [ -n "$data" ] && [ -e "$data" ]; then stat -c %U "$data"; else echo postgres; fi
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$(cluster_owner)" -- "$@"
    else
        "$@"
    fi
}

# How to stop or start the cluster at a data directory: a Debian cluster (/var/lib/postgresql/<version>/<name>) with
# pg_ctlcluster, any other with pg_ctl.
cluster_control() {
    local data="$1" action="$2"
    if [[ "$data" =~ ^/var/lib/postgresql/([0-9]+)/([A-Za-z0-9_.-]+)$ ]]; then
        echo "pg_ctlcluster ${BASH_REMATCH[1]} ${BASH_REMATCH[2]} $action"
    else
        echo "pg_ctl --pgdata=$data $action"
    fi
}
