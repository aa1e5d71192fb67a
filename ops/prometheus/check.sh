#!/usr/bin/env bash
# Checks the alert rules (alerts.yml) and runs their tests (alerts-test.yml), and checks the Prometheus configuration
# (prometheus.yml, which loads those rules), with promtool, which Debian's `prometheus` package brings
# (apt-get install prometheus). Exits non-zero if anything fails.
#
#   ops/prometheus/check.sh
set -euo pipefail
cd "$(dirname "$0")"

command -v promtool >/dev/null || { echo "promtool is needed: apt-get install prometheus" >&2; exit 1; }

failed=0
fail() { echo "FAILED: $*" >&2; failed=$((failed + 1)); }

promtool check rules alerts.yml || fail "promtool check rules alerts.yml"
# The configuration names alerts.yml relative to itself, so this also checks the rules it loads are the ones above.
promtool check config prometheus.yml || fail "promtool check config prometheus.yml"
# What promtool does not check: the rules' job is the one scraped, and the rules file is the one loaded.
grep -q '^  - job_name: safeguard$' prometheus.yml || fail "prometheus.yml has no scrape job named safeguard (the rules expect it)"
grep -q '^  - alerts.yml$' prometheus.yml || fail "prometheus.yml does not load alerts.yml in its rule_files"
grep -q '^ *password: ' prometheus.yml && fail "prometheus.yml has an inline password: use password_file"

# What promtool does not check: every alert has a for:, a severity and a test that names it.
alerts=($(sed -n 's/^ *- alert: *\([A-Za-z0-9_]*\).*/\1/p' alerts.yml))
fors=$(grep -c '^ *for: ' alerts.yml || true)
severities=$(grep -c '^ *severity: ' alerts.yml || true)
[ "$fors" -eq "${#alerts[@]}" ] || fail "${#alerts[@]} alerts but $fors for: lines in alerts.yml"
[ "$severities" -eq "${#alerts[@]}" ] || fail "${#alerts[@]} alerts but $severities severity labels in alerts.yml"
for alert in "${alerts[@]}"; do
    grep -q "alertname: $alert\$" alerts-test.yml || fail "no test in alerts-test.yml names $alert"
done

checks=$(grep -c '^ *- eval_time: ' alerts-test.yml || true)
groups=$(grep -c '^  - interval: ' alerts-test.yml || true)
promtool test rules alerts-test.yml || fail "promtool test rules alerts-test.yml"

if [ "$failed" -gt 0 ]; then
    echo "Alert rules: $failed step(s) failed (see above)." >&2
    exit 1
fi
# promtool names each check that failed but does not count those that passed, so the count is given only when every
# check passed.
echo "Alert rules: ${#alerts[@]} alerts, $groups tests: $checks checks passed, 0 failed; prometheus.yml valid."
