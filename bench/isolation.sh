#!/usr/bin/env bash
# Does a heavy simulation slow everyone else? Measures `{ viewer { username } }` for one user (vic) while another user
# (sam) keeps asking for the heaviest simulation one request may run (200,000,000 risk-trials: MBR's open risks at
# 1,000,000 trials, as many aliases as the budget allows), against a running `./mvnw quarkus:dev` with its demo data.
#
#   ./mvnw quarkus:dev > /tmp/dev.log 2>&1 &      # wait for "Listening on"
#   OIDC_URL=$(grep -o 'Dev Services for OIDC started on [^ ]*' /tmp/dev.log | tail -1 | awk '{print $NF}') bench/isolation.sh
#
# Prints the median and p99 of the viewer query alone and under load, and how many heavy requests ran meanwhile.
set -euo pipefail
APP=${APP:-http://localhost:8080}
OIDC_URL=${OIDC_URL:?set OIDC_URL to the OIDC dev service URL (see the header of this script)}
SAMPLES=${SAMPLES:-300}

json() { python3 -c "import json,sys; print(eval('json.load(sys.stdin)' + sys.argv[1]))" "$1"; }
token() { curl -sf -d grant_type=password -d client_id=averted -d username="$1" "$OIDC_URL/token" | json '["access_token"]'; }
gql() { curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$2" "$APP/graphql"; }

VIC=$(token vic)
SAM=$(token sam)
MBR=$(curl -sf -H "Authorization: Bearer $SAM" -H 'Content-Type: application/json' \
  -d '{"query":"{ projects { nodes { id key risks(filter: {status: [IDENTIFIED, MITIGATING, ACCEPTED, MATERIALIZED]}) { totalCount } } } }"}' "$APP/graphql")
PROJECT=$(echo "$MBR" | json '["data"]["projects"]["nodes"]' | python3 -c "import sys,ast; print([p for p in ast.literal_eval(sys.stdin.read()) if p['key']=='MBR'][0]['id'])")
RISKS=$(echo "$MBR" | json '["data"]["projects"]["nodes"]' | python3 -c "import sys,ast; print([p for p in ast.literal_eval(sys.stdin.read()) if p['key']=='MBR'][0]['risks']['totalCount'])")
ALIASES=$(( 200000000 / (RISKS * 1000000) ))
echo "MBR has $RISKS open risks: $ALIASES aliases of lossSimulation(trials: 1000000) per heavy request"

percentiles() { sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, p99 %.1f ms (n=%d)\n", a[int(NR*0.5)+1]*1000, a[int(NR*0.99)]*1000, NR}'; }
VIEWER='{"query":"{ viewer { username } }"}'

for i in $(seq 20); do gql "$VIC" "$VIEWER" > /dev/null; done
echo -n "viewer alone:              "; for i in $(seq "$SAMPLES"); do gql "$VIC" "$VIEWER"; done | percentiles

heavy() {
  local seed=0
  while true; do
    local fields=""
    for a in $(seq "$ALIASES"); do fields="$fields a$a: lossSimulation(trials: 1000000, seed: $((seed + a))) { trials }"; done
    seed=$((seed + ALIASES))
    gql "$SAM" "{\"query\":\"{ project(id: \\\"$PROJECT\\\") { $fields } }\"}" >> /tmp/averted-heavy.times || true
  done
}
: > /tmp/averted-heavy.times
heavy & HEAVY=$!
trap 'kill $HEAVY 2>/dev/null || true' EXIT
sleep 2
echo -n "viewer during simulations: "; for i in $(seq "$SAMPLES"); do gql "$VIC" "$VIEWER"; done | percentiles
kill $HEAVY; wait $HEAVY 2>/dev/null || true
echo -n "heavy requests meanwhile:  "; percentiles < /tmp/averted-heavy.times
