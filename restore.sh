#!/usr/bin/env bash
# Restores a backup made by ./backup.sh into an empty database, then the product can be started on it (./run.sh).
#
#   ./restore.sh FILE
#
# Embedded H2: into run/data (SAFEGUARD_DATA_DIR for another folder), which must hold no database: stop the product
# and move the old folder away first. PostgreSQL (SAFEGUARD_DB_URL, _USER, _PASSWORD as for run.sh): into that
# database, which must be empty (create it as docs/records.md says); uses pg_restore from Debian's postgresql-client.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
source "$ROOT/scripts/database.sh"

[ $# -eq 1 ] || { echo "usage: ./restore.sh FILE" >&2; exit 2; }
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
