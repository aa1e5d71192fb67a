#!/usr/bin/env bash
# Restores a backup made by ./backup.sh into an empty database, then the product can be started on it (./run.sh).
#
#   ./restore.sh FILE
#   ./restore.sh --to 'YYYY-MM-DD HH:MM:SS+00'
#
# The second: PostgreSQL restored to that moment from the continuous backup (pgBackRest, see ./backup.sh), run as the
# user owning the database cluster (or as root, which runs it as that user), with PostgreSQL stopped. It rewinds the
# whole cluster, every database in it: hence the product's cluster of its own (./backup.sh --setup). WAL the dead
# cluster wrote but had not archived yet is kept from its pg_wal and used too. Then start PostgreSQL: it replays the
# archive to the moment and opens, and the product, started on it, moves each board's references past the last it
# gave out before the disaster.
# --to latest replays everything there is.
#
# Embedded H2: into run/data (SAFEGUARD_DATA_DIR for another folder), which must hold no database: stop the product
# and move the old folder away first. PostgreSQL (SAFEGUARD_DB_URL, _USER, _PASSWORD as for run.sh): into that
# database, which must be empty (create it as docs/records.md says); uses pg_restore from Debian's postgresql-client.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
source "$ROOT/scripts/database.sh"

# Whether the cluster in a data directory is the database system the repository backs up (its system identifier);
# yes when that cannot be told.
same_system() {
    local controldata system info
    controldata="/usr/lib/postgresql/$(cat "$1/PG_VERSION" 2>/dev/null)/bin/pg_controldata"
    [ -x "$controldata" ] || controldata="$(command -v pg_controldata || true)"
    [ -n "$controldata" ] || return 0
    system="$("$controldata" "$1" 2>/dev/null | sed -n 's/^Database system identifier: *//p')"
    [ -n "$system" ] || return 0
    info="$(backrest info --output=json)"
    grep -qE "\"system-id\":$system([^0-9]|\$)" <<<"$info"
}

if [ "${1:-}" = "--to" ]; then
    [ $# -eq 2 ] && [ -n "$2" ] || { echo "usage: ./restore.sh --to 'YYYY-MM-DD HH:MM:SS+00' (or latest)" >&2; exit 2; }
    # Every file below must be the cluster owner's, or PostgreSQL will not start on it: root runs this as that user.
    if [ "$(id -u)" -eq 0 ]; then
        exec runuser -u "$(cluster_owner)" -- bash "$0" "$@"
    fi
    started=$(date +%s)
    data="${SAFEGUARD_PG_DATA:-$(backrest_data_dir)}"
    [ -n "$data" ] || { echo "No pg1-path in $(pgbackrest_config): where is the database cluster?" >&2; exit 1; }
    if [ -f "$data/postmaster.pid" ] && kill -0 "$(head -n 1 "$data/postmaster.pid")" 2>/dev/null; then
        echo "PostgreSQL is running on $data: stop it first ($(cluster_control "$data" stop))." >&2
        exit 1
    fi
    # A cluster that died (kill -9, a power cut) leaves its pid file; its process is gone (checked above).
    if [ -f "$data/postmaster.pid" ]; then
        echo "PostgreSQL on $data is not running (it stopped without cleaning up): its old postmaster.pid goes."
        rm -f "$data/postmaster.pid"
    fi
    # The dead cluster's newest WAL may not have reached the archive (archive_timeout): keep every segment it has. Not
    # the WAL of another database system (a drill's cluster made afresh by pg_createcluster): it would stop the replay.
    salvaged=""
    if [ -d "$data/pg_wal" ] && ls "$data/pg_wal" | grep -qE '^[0-9A-F]{24}$'; then
        if same_system "$data"; then
            salvaged="$(dirname "$data")/wal-salvaged-$(date +%Y-%m-%dT%H-%M-%S)"
            mkdir -p "$salvaged"
            find "$data/pg_wal" -maxdepth 1 -regextype posix-extended -regex '.*/[0-9A-F]{24}' -exec cp -p {} "$salvaged/" \;
            echo "Kept $(ls "$salvaged" | wc -l) WAL segments of the old cluster in $salvaged"
        else
            echo "The cluster in $data is not the database system the repository backs up: its WAL is not kept."
        fi
    fi
    mkdir -p "$data"
    chmod 700 "$data"
    # Into $data, whatever pg1-path says: SAFEGUARD_PG_DATA names a drill's cluster beside the live one.
    if [ "$2" = "latest" ]; then
        backrest restore --pg1-path="$data" --delta --target-action=promote --type=default
    else
        backrest restore --pg1-path="$data" --delta --type=time --target="$2" --target-action=promote
    fi
    if [ -n "$salvaged" ]; then
        cp -p "$salvaged"/* "$data/pg_wal/"
    fi
    echo "Restored the database cluster in $data to ${2} in $(( $(date +%s) - started )) s: every database in it goes"\
        "back to that moment."
    echo "Start PostgreSQL now ($(cluster_control "$data" start)); it replays the archived WAL up to that moment, then"\
        "opens on a new timeline. After a real restore (not a drill's), take a full backup: ./backup.sh --full"
    exit 0
fi
[ $# -eq 1 ] || { echo "usage: ./restore.sh FILE, or ./restore.sh --to TIME" >&2; exit 2; }
FILE="$1"
[ -f "$FILE" ] || { echo "No backup at $FILE." >&2; exit 1; }

if postgresql; then
    need pg_restore
    need psql
    [ "$(head -c 5 "$FILE")" = "PGDMP" ] || {
        echo "$FILE is not a backup of a PostgreSQL database (an embedded database's backup is restored without SAFEGUARD_DB_URL)." >&2
        exit 1
    }
    tables="$(PGPASSWORD="${SAFEGUARD_DB_PASSWORD:-}" psql --no-psqlrc --tuples-only --no-align --username="$SAFEGUARD_DB_USER" \
        --dbname="$(libpq_url)" --command="select count(*) from pg_tables where schemaname = current_schema()")"
    [ "$tables" = "0" ] || {
        echo "The database $(libpq_url) is not empty ($tables tables). A backup is restored into an empty database." >&2
        exit 1
    }
    PGPASSWORD="${SAFEGUARD_DB_PASSWORD:-}" pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
        --username="$SAFEGUARD_DB_USER" --dbname="$(libpq_url)" "$FILE"
    cases="$(PGPASSWORD="${SAFEGUARD_DB_PASSWORD:-}" psql --no-psqlrc --tuples-only --no-align --username="$SAFEGUARD_DB_USER" \
        --dbname="$(libpq_url)" --command="select count(*) from safeguarding_case")"
    echo "Restored $cases cases into $(libpq_url)"
else
    java -cp "$(jdbc_classpath)" uk.safeguardcases.jdbc.H2Backup restore "$(data_dir)" "$FILE"
fi
