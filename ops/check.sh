#!/usr/bin/env bash
# Checks everything under ops/ that a tool can check without a running system: the Prometheus rules, their tests and
# configuration (ops/prometheus/check.sh), and the node's systemd unit (systemd-analyze verify, as systemd would load
# it on a node). Exits non-zero if anything fails.
#
#   ops/check.sh
set -euo pipefail
cd "$(dirname "$0")"

failed=0
fail() { echo "FAILED: $*" >&2; failed=$((failed + 1)); }

prometheus/check.sh || fail "ops/prometheus/check.sh"

command -v systemd-analyze >/dev/null || { echo "systemd-analyze is needed: apt-get install systemd" >&2; exit 1; }
# systemd-analyze verify needs the unit's programs to exist and systemd's own units beside it; a node has both, this
# machine may have neither (a container, no WildFly in /opt). So it checks in a root of its own: the system's units,
# the unit under test, and an empty program where its ExecStart= points.
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/lib/systemd" "$root/etc/systemd/system"
cp -r /usr/lib/systemd/system "$root/usr/lib/systemd/system"
for unit in systemd/*@.service; do
    name="$(basename "$unit")"
    cp "$unit" "$root/etc/systemd/system/$name"
    program="$(sed -n 's/^ExecStart=[-@:+!]*\([^ ]*\).*/\1/p' "$unit")"
    mkdir -p "$root$(dirname "$program")"
    printf '#!/bin/sh\n' >"$root$program"
    chmod +x "$root$program"
    instance="${name%@.service}@node1.service"
    # verify prints its complaints (an unknown key, a bad value) on stderr yet may exit 0: any output is a failure.
    if complaints="$(systemd-analyze verify --man=no --root="$root" "$instance" 2>&1)" && [ -z "$complaints" ]; then
        echo "$name: systemd-analyze verify passed"
    else
        echo "$complaints" >&2
        fail "systemd-analyze verify $name"
    fi
done

if [ "$failed" -gt 0 ]; then
    echo "ops checks: $failed step(s) failed (see above)." >&2
    exit 1
fi
echo "ops checks: every check passed."
