#!/usr/bin/env bash
# Makes a consistent backup of Safeguard Cases into one file: every case, its evidence and evidence files, requests
# and answers, referrals and the packs as sent, the audit timeline, people, settings and the process engine's state
# (all of it lives in the database). It can run while the product runs.
#
#   ./backup.sh [FILE]      default: backups/safeguard-<date>T<time>.backup
#
# PostgreSQL's continuous backup, for a restore to any moment (./restore.sh --to TIME): the database's WAL goes to a
# pgBackRest repository as it is written (archive_command), and base backups go there on a schedule. Run these as
# the user owning the database cluster (postgres), or as root (they then run pgBackRest as that user), with
# SAFEGUARD_PGBACKREST_CONFIG naming pgBackRest's configuration (default /etc/pgbackrest/pgbackrest.conf; example in
# ops/pgbackrest/); see docs/operations.md.
#   ./backup.sh --setup     the product's own PostgreSQL cluster (made, as root, when pg1-path names a Debian cluster
#                           not there yet; any other checked, never changed) archiving with
#                           archive_command = 'pgbackrest --config=<that configuration> --stanza=safeguard archive-push %p',
#                           the repository's stanza, a check that the WAL reaches it, and the first full backup
#   ./backup.sh --full      a full base backup (weekly); --diff (daily) and --incr take only what changed
#   ./backup.sh --verify    reads every backup and WAL file in the repository again, and lists the backups
#
# Embedded H2 (the run command's default): the database in run/data (SAFEGUARD_DATA_DIR to use another folder).
# PostgreSQL: with SAFEGUARD_DB_URL, SAFEGUARD_DB_USER and SAFEGUARD_DB_PASSWORD as for run.sh; uses pg_dump from
# Debian's postgresql-client, of the server's major version or later. Restore with ./restore.sh FILE.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
source "$ROOT/scripts/database.sh"

case "${1:-}" in
    --setup)
        source "$ROOT/scripts/backup-setup.sh"
        setup_continuous_backup
        exit 0 ;;
    --full|--diff|--incr)
        started=$(date +%s)
        backrest backup --type="${1#--}"
        backrest info
        echo "Base backup (${1#--}) taken in $(( $(date +%s) - started )) s"
        exit 0 ;;
    --verify)
        backrest verify
        backrest info
        echo "Every backup and WAL file in the repository read again: verified"
        exit 0 ;;
    -*) echo "Unknown option: $1 (see the top of $0)" >&2; exit 2 ;;
esac

FILE="${1:-$ROOT/backups/safeguard-$(date +%Y-%m-%dT%H-%M-%S).backup}"
mkdir -p "$(dirname "$FILE")"
FILE="$(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")"
[ ! -e "$FILE" ] || { echo "There is already a file $FILE; choose another name." >&2; exit 1; }

if postgresql; then
    need pg_dump
    PGPASSWORD="${SAFEGUARD_DB_PASSWORD:-}" pg_dump --format=custom --no-owner --no-privileges \
        --username="$SAFEGUARD_DB_USER" --dbname="$(libpq_url)" --file="$FILE"
    echo "Backed up the PostgreSQL database $(libpq_url) to $FILE"
else
    java -cp "$(jdbc_classpath)" uk.safeguardcases.jdbc.H2Backup backup "$(data_dir)" "$FILE"
fi
echo "SHA-256: $(sha256sum "$FILE" | cut -d' ' -f1)"
