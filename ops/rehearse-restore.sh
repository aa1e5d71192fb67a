#!/usr/bin/env bash
# Rehearses the runbook's continuous backup and restore to a moment on a Debian PostgreSQL cluster made for it and
# removed after (docs/operations.md, "Continuous backup and a restore to a moment"), with the commands the runbook
# names: ./backup.sh --setup makes the cluster and its archiving, a second --setup changes nothing, rows are written
# before and after a moment, PostgreSQL is killed (kill -9), ./restore.sh --to the moment, PostgreSQL opens with the
# rows before it and none after, then ./backup.sh --full and --verify. Its repository is in a temporary folder; it
# never touches another cluster. As root, on a machine with Debian's postgresql and pgbackrest.
#
#   ops/rehearse-restore.sh [CLUSTER]      default: safeguard_rehearsal (must not exist)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NAME="${1:-safeguard_rehearsal}"
VERSION=15

[ "$(id -u)" -eq 0 ] || { echo "Run as root (it makes and drops a PostgreSQL cluster): sudo $0" >&2; exit 1; }
for tool in pg_createcluster pg_dropcluster pgbackrest psql; do
    command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install postgresql pgbackrest" >&2; exit 1; }
done
if [ -e "/etc/postgresql/$VERSION/$NAME" ] || [ -e "/var/lib/postgresql/$VERSION/$NAME" ]; then
    echo "A cluster $VERSION/$NAME is already there: this rehearsal only uses one it makes (name another)." >&2
    exit 1
fi
# A free port from 5440: neither a cluster's nor anything listening on the loopback.
port=5440
while grep -qs "^port *= *$port\b" /etc/postgresql/*/*/postgresql.conf || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
done

work="$(mktemp -d /tmp/safeguard-rehearsal.XXXXXX)"
made=""
cleanup() {
    if [ -n "$made" ]; then
        pg_dropcluster "$VERSION" "$NAME" --stop || true
        # pg_dropcluster leaves backup.sh's own file in conf.d.
        rm -rf "/etc/postgresql/$VERSION/$NAME" "/var/lib/postgresql/$VERSION/$NAME"
        rm -rf /var/lib/postgresql/"$VERSION"/wal-salvaged-*
    fi
    rm -rf "$work"
}
trap cleanup EXIT
started=$SECONDS
step() { echo "== $* ($((SECONDS - started)) s)"; }

mkdir -p "$work/repository" "$work/log" "$work/lock"
# The product's example configuration, its repository in the temporary folder, its cluster this one.
sed -e "s#/var/lib/pgbackrest#$work/repository#; s#/var/log/pgbackrest#$work/log#; s#/tmp/pgbackrest#$work/lock#" \
    -e "s#^pg1-path=.*#pg1-path=/var/lib/postgresql/$VERSION/$NAME#; s#^pg1-port=.*#pg1-port=$port#" \
    -e "s#CHANGE-ME-a-long-random-passphrase#$(openssl rand -hex 24)#" \
    "$ROOT/ops/pgbackrest/pgbackrest.conf" >"$work/pgbackrest.conf"
chown -R postgres: "$work"
chmod 600 "$work/pgbackrest.conf"
export SAFEGUARD_PGBACKREST_CONFIG="$work/pgbackrest.conf"
sql() { runuser -u postgres -- psql --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 --port="$port" "$@"; }

step "./backup.sh --setup: makes the cluster $VERSION/$NAME on port $port, its archiving, the stanza, the first backup"
made=yes
"$ROOT/backup.sh" --setup | tee "$work/setup.out"
grep -q "^Done: created the PostgreSQL cluster $VERSION/$NAME" "$work/setup.out"
[ "$(sql -c "show archive_command")" = "pgbackrest --config=$work/pgbackrest.conf --stanza=safeguard archive-push %p" ]

step "./backup.sh --setup again: nothing to change"
"$ROOT/backup.sh" --setup >"$work/setup2.out"
grep -q "^Done: checked the stanza" "$work/setup2.out" || { cat "$work/setup2.out"; echo "The second --setup changed something" >&2; exit 1; }

step "Rows before and after a moment"
sql -c "create role rehearsal login" -c "create database rehearsal owner rehearsal"
sql --dbname=rehearsal -c "create table note (id serial primary key, text text)" \
    -c "insert into note (text) values ('before 1'), ('Siân Ŵyn before 2')"
sleep 1.2
moment="$(sql -c "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")"
sleep 1.2
sql --dbname=rehearsal -c "insert into note (text) values ('after 1'), ('after 2')"

step "PostgreSQL killed (kill -9 of every process), then ./restore.sh --to '$moment'"
data="/var/lib/postgresql/$VERSION/$NAME"
postmaster="$(head -n 1 "$data/postmaster.pid")"
kill -9 "$postmaster" $(pgrep -P "$postmaster") 2>/dev/null || true
for _ in $(seq 1 100); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.1; done
restore_started=$SECONDS
"$ROOT/restore.sh" --to "$moment"
restored=$((SECONDS - restore_started))

step "PostgreSQL started: it replays to the moment and opens"
pg_ctlcluster "$VERSION" "$NAME" start
for _ in $(seq 1 240); do [ "$(sql -c "select pg_is_in_recovery()" 2>/dev/null)" = "f" ] && break; sleep 0.5; done
[ "$(sql -c "select pg_is_in_recovery()")" = "f" ] || { echo "PostgreSQL did not open after the restore" >&2; exit 1; }
rows="$(sql --dbname=rehearsal -c "select string_agg(text, ', ' order by id) from note")"
[ "$rows" = "before 1, Siân Ŵyn before 2" ] || { echo "After the restore: $rows (expected the two rows before the moment)" >&2; exit 1; }
echo "After the restore: $rows"

step "./backup.sh --full and --verify on the new timeline"
"$ROOT/backup.sh" --full | tail -n 1
"$ROOT/backup.sh" --verify | tail -n 1
step "Rehearsal passed: restore.sh took $restored s; the cluster $VERSION/$NAME and its repository are removed"
