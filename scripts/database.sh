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
    [ -r "$config" ] || { echo "No pgBackRest configuration at $config (SAFEGUARD_PGBACKREST_CONFIG names another)." >&2; exit 1; }
    pgbackrest --config="$config" --stanza="${SAFEGUARD_PGBACKREST_STANZA:-safeguard}" "$@"
}

# The database cluster's data directory, as the configuration names it (pg1-path).
backrest_data_dir() {
    sed -n 's/^[[:space:]]*pg1-path[[:space:]]*=[[:space:]]*//p' "$(pgbackrest_config)" | head -n 1
}
