#!/usr/bin/env bash
# Lints the API's description with Spectral's OpenAPI rules and the project's own (.spectral.yaml): any error or
# warning fails. The description is the one the web module's build generates from the code (the server serves it):
#   mvn -pl web -am install -DskipTests && ops/lint-api.sh
# Spectral comes from npm (pinned), into a folder of its own the first time (SAFEGUARD_TOOLS, by default
# ~/.cache/safeguard-cases); Node.js and npm are Debian's.
set -euo pipefail
cd "$(dirname "$0")/.."
description="${1:-web/target/openapi.json}"
[ -f "$description" ] || { echo "No $description: build the web module first (it generates the description)"; exit 2; }
version=6.16.3
tools="${SAFEGUARD_TOOLS:-$HOME/.cache/safeguard-cases}/spectral-$version"
if [ ! -x "$tools/node_modules/.bin/spectral" ]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --silent "@stoplight/spectral-cli@$version" >/dev/null
fi
"$tools/node_modules/.bin/spectral" lint "$description" --ruleset .spectral.yaml --fail-severity=warn
