#!/usr/bin/env bash
# The stuck-work drill (docs/operations.md, "Work that gets stuck"), on a rehearsal node: a copy started with
# -Dsafeguard.rehearsal=true, its mail relay pointed where nothing listens, never a production node. Run it on the
# node's own machine (the node answers only itself).
#
#   ops/rehearse-stuck-work.sh stuck-step BOARD      the board's nightly chain check fails until mended, and stops
#   ops/rehearse-stuck-work.sh mend BOARD            it no longer fails: then "Try again" on the board's Stuck work
#   ops/rehearse-stuck-work.sh given-up-mail BOARD   an e-mail to the board's staff, given up at its first failure
#
# SAFEGUARD_NODE is the node's own address (default https://127.0.0.1:8443; its certificate is not checked, as the
# node calls only itself). Prints what was done and what to watch; exits non-zero when the node refused.
set -euo pipefail

usage() { sed -n '6,8s/^#   //p' "$0" >&2; exit 2; }
[ $# -eq 2 ] || usage
case "$1" in stuck-step|mend|given-up-mail) ;; *) usage ;; esac
node="${SAFEGUARD_NODE:-https://127.0.0.1:8443}"
command -v curl >/dev/null || { echo "curl is needed: apt-get install curl" >&2; exit 1; }

answer="$(curl -sk --max-time 120 -w '\n%{http_code}' -X POST --data-urlencode "board=$2" "$node/rehearsal/$1")" || {
    echo "The node at $node did not answer: is it running, and is SAFEGUARD_NODE its address on this machine?" >&2
    exit 1
}
status="${answer##*$'\n'}"
body="${answer%$'\n'*}"
case "$status" in
    200) printf '%s\n' "$body" ;;
    400|404) if printf '%s' "$body" | grep -qi '<html'; then
            echo "The node at $node refused: it is not a rehearsal node (-Dsafeguard.rehearsal=true), or this is not its machine." >&2
        else
            printf '%s\n' "$body" >&2
        fi
        exit 1 ;;
    *) echo "The node at $node answered $status:" >&2; printf '%s\n' "$body" >&2; exit 1 ;;
esac
