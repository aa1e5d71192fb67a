# Sourced by backup.sh: ./backup.sh --setup, PostgreSQL's continuous backup set up from the pgBackRest configuration
# (docs/operations.md, "Continuous backup and a restore to a moment").
#
# A restore to a moment rewinds a whole PostgreSQL cluster, every database in it, so the product's database has a
# cluster of its own. When the configuration's pg1-path names a Debian cluster that does not exist yet
# (/var/lib/postgresql/15/safeguard in ops/pgbackrest/pgbackrest.conf), this makes it (pg_createcluster, as root) on
# pg1-port, with the archiving settings in a file of its own in the cluster's conf.d, and starts it. Run again, it
# rewrites that file if the configuration changed. A cluster it did not make (Debian's shared `main`, one made by
# initdb) is checked, never changed. Then, for either: the stanza, a check that the WAL reaches the repository, and
# the first full backup if the repository has none.

SETUP_MARK="# Made by Safeguard Cases' backup.sh --setup (docs/operations.md); it rewrites this file on each run."

setup_continuous_backup() {
    command -v pgbackrest >/dev/null || { echo "pgbackrest is needed: apt-get install pgbackrest" >&2; exit 1; }
    need psql
    local config stanza data port socket archive version="" name="" settings="" made="" did=()
    config="$(pgbackrest_config)"
    stanza="${SAFEGUARD_PGBACKREST_STANZA:-safeguard}"
    [ -f "$config" ] || {
        echo "No pgBackRest configuration at $config: copy ops/pgbackrest/pgbackrest.conf there (owned by postgres, mode" \
            "600) and set its passphrase, or name yours with SAFEGUARD_PGBACKREST_CONFIG." >&2
        exit 1
    }
    # Both go into archive_command, which PostgreSQL runs from its data directory: an absolute path, nothing to quote.
    case "$config" in /*) ;; *) echo "SAFEGUARD_PGBACKREST_CONFIG must be an absolute path (got: $config)." >&2; exit 1 ;; esac
    case "$config$stanza" in
        *[!A-Za-z0-9_./-]*) echo "The configuration's path and the stanza may hold only letters, digits and _ . / - (they go into archive_command): $config, $stanza" >&2; exit 1 ;;
    esac
    if grep -q 'CHANGE-ME' "$config"; then
        echo "repo1-cipher-pass in $config is still the example's: set a long random passphrase (openssl rand -base64 48)" \
            "and keep a copy of it away from the repository." >&2
        exit 1
    fi
    data="$(backrest_data_dir)"
    [ -n "$data" ] || { echo "No pg1-path in $config: where is the database cluster?" >&2; exit 1; }
    port="$(backrest_option pg1-port)"
    port="${port:-5432}"
    socket="$(backrest_option pg1-socket-path)"
    socket="${socket:-/var/run/postgresql}"
    archive="pgbackrest --config=$config --stanza=$stanza archive-push %p"
    echo "The archive_command for $config: archive_command = '$archive'"

    if [[ "$data" =~ ^/var/lib/postgresql/([0-9]+)/([A-Za-z0-9_.-]+)$ ]]; then
        version="${BASH_REMATCH[1]}"
        name="${BASH_REMATCH[2]}"
        settings="/etc/postgresql/$version/$name/conf.d/safeguard-backup.conf"
        # No cluster: neither its configuration nor its data (pg_dropcluster leaves this script's file in conf.d).
        if [ ! -e "/etc/postgresql/$version/$name/postgresql.conf" ] && [ ! -e "$data/PG_VERSION" ]; then
            create_cluster "$version" "$name" "$port"
            did+=("created the PostgreSQL cluster $version/$name on port $port")
        fi
        if [ "$(head -n 1 "$settings" 2>/dev/null)" = "$SETUP_MARK" ]; then
            made=yes
        else
            echo "The cluster $version/$name was not made by backup.sh --setup: its settings are checked, never changed."
        fi
    else
        [ -f "$data/PG_VERSION" ] || { echo "No PostgreSQL cluster at $data (pg1-path in $config)." >&2; exit 1; }
        echo "The cluster at $data is not a Debian cluster (/var/lib/postgresql/<version>/<name>): its settings are checked, never changed."
    fi

    if [ -n "$made" ]; then
        local wanted
        wanted="$(printf '%s\n' "$SETUP_MARK" \
            "# Continuous archiving to pgBackRest (a restore to a moment: ./restore.sh --to). Change the pgBackRest" \
            "# configuration, not this file, then run ./backup.sh --setup again." \
            "wal_level = replica" "archive_mode = on" "archive_command = '$archive'" \
            "# A quiet database still sends its WAL every minute: the recovery point." "archive_timeout = 60")"
        if [ "$(cat "$settings")" != "$wanted" ]; then
            printf '%s\n' "$wanted" >"$settings"
            [ "$(id -u)" -ne 0 ] || chown "$(cluster_owner):" "$settings"
            echo "Wrote $settings (wal_level, archive_mode, archive_command, archive_timeout)."
            did+=("wrote the archiving settings in $settings")
            if as_owner pg_isready -q -h "$socket" -p "$port"; then
                pg_ctlcluster "$version" "$name" reload
                did+=("reloaded the cluster")
            fi
        fi
        if ! as_owner pg_isready -q -h "$socket" -p "$port"; then
            echo "Starting the cluster $version/$name: pg_ctlcluster $version $name start"
            pg_ctlcluster "$version" "$name" start
            did+=("started the cluster")
        fi
        # archive_mode and wal_level take effect at a start only.
        if [ "$(owner_sql "$socket" "$port" "select bool_or(pending_restart) from pg_settings")" = "t" ]; then
            echo "Restarting the cluster $version/$name for settings that need it: pg_ctlcluster $version $name restart"
            pg_ctlcluster "$version" "$name" restart
            did+=("restarted the cluster")
        fi
    elif ! as_owner pg_isready -q -h "$socket" -p "$port"; then
        echo "PostgreSQL does not answer on $socket, port $port (pg1-socket-path, pg1-port in $config): start it ($(cluster_control "$data" start))." >&2
        exit 1
    fi

    local databases
    databases="$(owner_sql "$socket" "$port" "select string_agg(datname, ', ' order by datname) from pg_database where not datistemplate and datname <> 'postgres'")"
    echo "A restore to a moment rewinds this whole cluster ($data), every database in it: ${databases:-none yet but postgres}."
    if [ "$name" = "main" ] || [[ "$databases" == *,* ]]; then
        echo "WARNING: a shared cluster (Debian's main, or more than one database): a restore for the product would rewind" \
            "every other database too. Give the product a cluster of its own: in $config, pg1-path=/var/lib/postgresql/15/safeguard and pg1-port=5433, then" \
            "sudo ./backup.sh --setup again (docs/operations.md)." >&2
    fi
    check_archiving "$socket" "$port" "$archive" "$config" "$stanza" "$data"

    backrest stanza-create
    backrest check
    echo "The WAL reaches the repository (pgbackrest check passed)."
    did+=("checked the stanza $stanza and the WAL's way to the repository")
    local info
    info="$(backrest info --output=json)"
    if grep -q '"backup":\[\]' <<<"$info"; then
        echo "The repository holds no backup yet: taking the first full one."
        backrest backup --type=full
        did+=("took the first full backup")
    fi
    backrest info
    if [ ${#did[@]} -gt 0 ]; then
        echo "Done: $(printf '%s; ' "${did[@]}" | sed 's/; $//')."
    fi
    if [ -n "$made" ]; then
        echo "The product's database in it (once): runuser -u $(cluster_owner) -- createuser -p $port --pwprompt safeguard" \
            "(it asks for the password: never on a command line), then runuser -u $(cluster_owner) -- createdb -p $port" \
            "-O safeguard safeguard; the nodes' SAFEGUARD_DB_URL names port $port. Let the nodes in: listen_addresses" \
            "and pg_hba.conf in /etc/postgresql/$version/$name/."
    fi
    echo "Take base backups on a schedule: ./backup.sh --full weekly, --diff daily (docs/operations.md)."
}

create_cluster() {
    local version="$1" name="$2" port="$3"
    [ "$(id -u)" -eq 0 ] || {
        echo "There is no cluster $version/$name yet, and making it needs root: sudo ./backup.sh --setup (pgBackRest still runs as postgres)." >&2
        exit 1
    }
    command -v pg_createcluster >/dev/null && [ -x "/usr/lib/postgresql/$version/bin/initdb" ] || {
        echo "Debian's PostgreSQL $version is needed: apt-get install postgresql-$version" >&2
        exit 1
    }
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Something already listens on port $port: choose another pg1-port in $(pgbackrest_config)." >&2
        exit 1
    fi
    echo "Creating the PostgreSQL cluster $version/$name for the product alone (a restore to a moment rewinds a whole" \
        "cluster): pg_createcluster $version $name --port $port --locale C.UTF-8 -- --data-checksums"
    # UTF-8 whatever this shell's locale (the boards write Welsh); page checksums, which pgBackRest checks at each backup.
    pg_createcluster "$version" "$name" --port "$port" --locale C.UTF-8 --start-conf auto -- --data-checksums
    # The mark first, so a run cut short here still knows the cluster as its own; the settings follow.
    printf '%s\n' "$SETUP_MARK" >"/etc/postgresql/$version/$name/conf.d/safeguard-backup.conf"
    chown postgres: "/etc/postgresql/$version/$name/conf.d/safeguard-backup.conf"
}

# PostgreSQL's own settings against what the archive needs; for a cluster this did not make, the lines to set.
check_archiving() {
    local socket="$1" port="$2" archive="$3" config="$4" stanza="$5" data="$6" values problems=()
    values="$(owner_sql "$socket" "$port" "select name || '=' || setting from pg_settings where name in ('wal_level', 'archive_mode', 'archive_command', 'archive_timeout') union all select 'pending_restart=' || bool_or(pending_restart) from pg_settings")"
    setting() { sed -n "s/^$1=//p" <<<"$values"; }
    case "$(setting wal_level)" in replica|logical) ;; *) problems+=("wal_level is $(setting wal_level), not replica") ;; esac
    case "$(setting archive_mode)" in on|always) ;; *) problems+=("archive_mode is $(setting archive_mode), not on") ;; esac
    local command
    command="$(setting archive_command)"
    if [[ "$command" != *"--config=$config "* || "$command" != *"--stanza=$stanza "* || "$command" != *"archive-push %p"* ]]; then
        problems+=("archive_command is '$command', without --config=$config, --stanza=$stanza and archive-push %p")
    fi
    [ "$(setting pending_restart)" != "t" ] || problems+=("settings changed wait for a restart ($(cluster_control "$data" restart))")
    [ "$(setting archive_timeout)" != "0" ] ||
        echo "Note: archive_timeout is 0: a quiet database's last changes may wait long before they reach the repository (60 recommended)."
    if [ ${#problems[@]} -gt 0 ]; then
        echo "PostgreSQL is not set for the continuous backup:" >&2
        printf -- '- %s\n' "${problems[@]}" >&2
        echo "Set, in the cluster's postgresql.conf (Debian: a file in /etc/postgresql/<version>/<name>/conf.d/), then restart it ($(cluster_control "$data" restart)):" >&2
        printf '    %s\n' "wal_level = replica" "archive_mode = on" "archive_command = '$archive'" "archive_timeout = 60" >&2
        exit 1
    fi
    echo "PostgreSQL archives its WAL with the configuration's archive_command: $command"
}

owner_sql() {
    as_owner psql --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 --host="$1" --port="$2" \
        --dbname=postgres --command="$3"
}
