#!/usr/bin/env bash
# Ordinary requests' latency while clients send the most expensive queries the cost limit lets through.
#
#   bench/isolation.sh [URL] [SECONDS]      e.g. bench/isolation.sh http://127.0.0.1:8080/graphql 20
#
# Against a running cityplan: first the ordinary requests alone (wrk, 4 connections, one after another on each),
# then the same while 4 more connections send, back to back, an expensive query at the cost limit (100 targets, each
# with 81 of its indicator's targets and their quotes: bench/cost.mjs's costliest shape at 1M figures). Prints p50,
# p99 and max of the ordinary requests in both runs, and how many expensive queries were answered. Run it against a
# database with the synthetic rows of bench/generate.sql, where the expensive pages fill.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
url=${1:-http://127.0.0.1:8080/graphql}
seconds=${2:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"; kill $(jobs -p) 2>/dev/null || true' EXIT

cat >"$work/ordinary.json" <<'EOF'
{"query":"query TaskTargets($plan: String!, $ordinal: Int!) { task(plan: $plan, ordinal: $ordinal) { titleZh targets(first: 10) { totalCount nodes { code value unit targetYear indicator { nameZh } } } } }","variables":{"plan":"sjz-capital-plan-2021","ordinal":7}}
EOF
cat >"$work/expensive.json" <<'EOF'
{"query":"{ targets(first: 100) { nodes { code value unit targetYear indicator { nameZh targets(first: 81) { nodes { code value unit targetYear citation { quote } } } } } } }"}
EOF

ordinary() {
    wrk -t1 -c4 -d"${seconds}s" --timeout 30s -s "$bench/post.lua" "$url" -- "$work/ordinary.json" | tail -1
}
report() {
    node -e 'const r = JSON.parse(process.argv[1]); console.log(`${process.argv[2]}: ${r.requests} requests, ` +
      `p50 ${(r.p50_us / 1000).toFixed(1)} ms, p99 ${(r.p99_us / 1000).toFixed(1)} ms, max ${(r.max_us / 1000).toFixed(1)} ms, ` +
      `errors ${r.socket_errors + r.status_errors + r.graphql_errors}`)' "$1" "$2"
}

curl -sf -o /dev/null -H 'Content-Type: application/json' --data @"$work/expensive.json" "$url" # warm
report "$(ordinary)" "ordinary alone"
wrk -t1 -c4 -d"$((seconds + 3))s" --timeout 60s -s "$bench/post.lua" "$url" -- "$work/expensive.json" >"$work/expensive.out" &
sleep 1
report "$(ordinary)" "ordinary beside 4 expensive clients"
wait
report "$(tail -1 "$work/expensive.out")" "the expensive clients"
