#!/usr/bin/env bash
# Soak: 5 minutes of mixed reads and writes (bench/load/mixed.lua) at 32 concurrent clients against the -Dprod jar with
# a 512 MB budget, on load.sh's PostgreSQL and data set. Every 15 s it samples the server's RSS, its heap after the
# last collection, and the database connections the app holds; at the end it prints wrk's totals and p99.
#
#   bench/soak.sh                                   # 5 minutes, c=32, the JVM options below
#   SKIP_BUILD=1 SOAK_DURATION=60s bench/soak.sh    # a short run on the package already built (SOAK_CONCURRENCY, SOAK_JAVA_OPTS too)
#
# Needs what load.sh needs (wrk, PostgreSQL 15 server binaries, openssl, python3) and the JDK's jcmd.
set -euo pipefail
source "$(dirname "$0")/load.sh"

SOAK_DURATION=${SOAK_DURATION:-5m}
SOAK_CONCURRENCY=${SOAK_CONCURRENCY:-32}
# load.sh's production settings, sized for a 512 MB container: heap, metaspace, JIT code and direct buffers capped, and
# two malloc arenas (glibc may otherwise keep one per thread). With -Xmx256m and no other limit, RSS reached 521 MB in
# the same soak.
JAVA_OPTS=${SOAK_JAVA_OPTS:-$PRODUCTION_JAVA_OPTS}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
SAMPLE_EVERY=${SAMPLE_EVERY:-15}

sample() { # prints one sample line: seconds, RSS MB, heap used MB (after GC bookkeeping), app's DB connections
  local t=$1 heap connections
  heap=$(jcmd "$APP_PID" GC.heap_info 2> /dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {gsub("K,?", "", $(i+1)); print int($(i+1) / 1024); exit}}')
  connections=$(psql_db -tAc "select count(*) from pg_stat_activity where datname = 'averted' and application_name not like 'psql%' and pid <> pg_backend_pid()")
  echo "| $t | $(rss_mb "$APP_PID") | ${heap:-?} | $connections |"
}

start_postgres
make_token
app=$(build WORKTREE)
start_app "$app" soak
load_data
log "idle RSS $(rss_mb "$APP_PID") MB after start-up in $STARTUP_MS ms; soak for $SOAK_DURATION at c=$SOAK_CONCURRENCY with $JAVA_OPTS"
echo "| seconds | RSS MB | heap used MB | DB connections |"
echo "|---|---|---|---|"
sample 0
(
  started=$(date +%s)
  while sleep "$SAMPLE_EVERY"; do sample $(( $(date +%s) - started )); done
) &
SAMPLER=$!
PROJECT_IDS=$WORK/project-ids RISK_IDS=$WORK/risk-ids TOKEN=$TOKEN wrk -t2 -c"$SOAK_CONCURRENCY" -d"$SOAK_DURATION" --timeout 10s \
  -s "$ROOT/bench/load/mixed.lua" "http://127.0.0.1:$APP_PORT" | grep '^RESULT'
kill "$SAMPLER" 2> /dev/null || true
sample end
