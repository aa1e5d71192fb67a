#!/usr/bin/env bash
# The hosting operator's command (docs/operations.md, "The first hosting operator"). Run it on a node's own machine
# once the node is ready; the node answers only itself, and only while no operator exists.
#
#   ops/operator.sh first USERNAME "FULL NAME" EMAIL   makes the first hosting operator; prints their one-time link
#
# The link opens for 24 hours, once: the operator chooses a password and sets up an authenticator app there, then
# signs in at /operator/sign-in.xhtml to create boards, invite each board's first administrator, suspend and resume.
# SAFEGUARD_NODE is the node's own address (default https://127.0.0.1:8443; its certificate is not checked, as the
# command calls only this machine). Exits non-zero when the node refused.
set -euo pipefail

usage() { sed -n '5s/^#   //p' "$0" >&2; exit 2; }
[ $# -eq 4 ] && [ "$1" = first ] || usage
node="${SAFEGUARD_NODE:-https://127.0.0.1:8443}"
command -v curl >/dev/null || { echo "curl is needed: apt-get install curl" >&2; exit 1; }

answer="$(curl -sk --max-time 60 -w '\n%{http_code}' -X POST --data-urlencode "username=$2" \
    --data-urlencode "name=$3" --data-urlencode "email=$4" "$node/hosting/first-operator")" || {
    echo "The node at $node did not answer: is it running and ready, and is SAFEGUARD_NODE its address on this machine?" >&2
    exit 1
}
status="${answer##*$'\n'}"
body="${answer%$'\n'*}"
case "$status" in
    201) printf '%s\n' "$body" ;;
    400|409) printf '%s\n' "$body" >&2; exit 1 ;;
    404) echo "The node at $node refused: run this on the node's own machine, to its own address (not through the proxy)." >&2
        exit 1 ;;
    *) echo "The node at $node answered $status:" >&2; printf '%s\n' "$body" >&2; exit 1 ;;
esac
