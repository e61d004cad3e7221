#!/usr/bin/env bash
# Load benchmark of the GraphQL API, as a user runs it: the -Dprod jar, a real PostgreSQL 15 on loopback holding the
# data set of bench/load/data.sql (1,000 projects, 100,000 risks, 200,000 mitigations, ...), a signed token for maria
# (manager of every project), and wrk sending random ids. Not part of ./mvnw verify.
#
#   bench/load.sh                         # measures the working tree
#   REVS="b8c14d2 WORKTREE" bench/load.sh # before and after in one run (a git revision is built in a temporary worktree)
#
# DURATION (20s; STALL_DURATION, 60s, at c >= 64, where a stall would show) and WARMUP (10s) per question,
# CONCURRENCY ("8 32 64"), QUESTIONS, JAVA_OPTS (default: README's "Run it for real" settings; JAVA_OPTS= for the
# JVM's own) and SKIP_BUILD=1 (reuse packages already built) narrow a run.
#
# Needs wrk (apt-get install wrk), openssl, xxd, python3 and PostgreSQL 15 server binaries (PGBIN, default
# /usr/lib/postgresql/15/bin; as root the server runs as user postgres). DB_URL=jdbc:postgresql://… uses a database you
# give instead (its data must be bench/load/data.sql's). Prints per question and concurrency: rps, p50/p99, failed
# answers, server and PostgreSQL CPU per request, statements per request and the server's RSS.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${WORK:-/tmp/averted-load}
REVS=${REVS:-WORKTREE}
DURATION=${DURATION:-20s}
STALL_DURATION=${STALL_DURATION:-60s}
CONCURRENCY=${CONCURRENCY:-8 32 64}
QUESTIONS=${QUESTIONS:-register risk projects-economics projects-counts}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGPORT=${PGPORT:-55433}
APP_PORT=${APP_PORT:-8090}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9090}
OIDC_PORT=${OIDC_PORT:-8091}
# The JVM settings of README's "Run it for real", sized for a 512 MB container. start_app adds the package's
# class-data archive (app-cds.jsa) when it has one.
PRODUCTION_JAVA_OPTS="-Xmx192m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m \
-XX:+UseSerialGC -Xss512k"
JAVA_OPTS=${JAVA_OPTS-$PRODUCTION_JAVA_OPTS}

mkdir -p "$WORK"
chmod 777 "$WORK"
log() { echo "[$(date +%T)] $*" >&2; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_db() { "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PGPORT" -U averted -d averted -v ON_ERROR_STOP=1 "$@"; }

# --- PostgreSQL ---------------------------------------------------------------------------------------------------
start_postgres() {
  if [ -n "${DB_URL:-}" ]; then return; fi
  if [ ! -d "$WORK/pgdata" ]; then
    log "initdb in $WORK/pgdata"
    as_postgres "$PGBIN/initdb" -D "$WORK/pgdata" -A trust -U averted > "$WORK/initdb.log"
  fi
  log "starting PostgreSQL on port $PGPORT"
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/pgdata" status > /dev/null || as_postgres "$PGBIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w start \
    -o "-p $PGPORT -k /tmp -c shared_preload_libraries=pg_stat_statements -c max_connections=100 -c shared_buffers=256MB"
  "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PGPORT" -U averted -d postgres -tc "select 1 from pg_database where datname = 'averted'" | grep -q 1 \
    || "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U averted averted
  psql_db -c "create extension if not exists pg_stat_statements"
}
stop_postgres() { [ -n "${DB_URL:-}" ] || as_postgres "$PGBIN/pg_ctl" -D "$WORK/pgdata" -m fast stop > /dev/null || true; }
DB_URL_EFFECTIVE=${DB_URL:-jdbc:postgresql://127.0.0.1:$PGPORT/averted}

# --- token ----------------------------------------------------------------------------------------------------------
# A key pair made for the run, published as a minimal OIDC provider (discovery document and JWKS served by python's
# http.server): the app verifies the token's signature, audience and roles as it verifies a real provider's. Sign-in
# through a provider is not what is measured here.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
make_token() {
  [ -f "$WORK/key.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2> /dev/null
  local modulus issuer=http://127.0.0.1:$OIDC_PORT
  modulus=$(openssl rsa -in "$WORK/key.pem" -noout -modulus 2> /dev/null | cut -d= -f2 | xxd -r -p | b64url)
  mkdir -p "$WORK/oidc/.well-known"
  printf '{"keys":[{"kty":"RSA","kid":"bench","use":"sig","alg":"RS256","n":"%s","e":"AQAB"}]}' "$modulus" > "$WORK/oidc/jwks"
  printf '{"issuer":"%s","jwks_uri":"%s/jwks","authorization_endpoint":"%s/auth","token_endpoint":"%s/token","end_session_endpoint":"%s/logout"}' \
    "$issuer" "$issuer" "$issuer" "$issuer" "$issuer" > "$WORK/oidc/.well-known/openid-configuration"
  (cd "$WORK/oidc" && exec python3 -m http.server "$OIDC_PORT" --bind 127.0.0.1 > "$WORK/oidc.log" 2>&1) &
  OIDC_PID=$!
  local now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT","kid":"bench"}' | b64url)
  payload=$(printf '{"iss":"http://127.0.0.1:'"$OIDC_PORT"'","sub":"bench-maria","upn":"maria","preferred_username":"maria","groups":["manager"],"aud":"averted","iat":%d,"exp":%d}' \
    "$now" $((now + 86400)) | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" -binary | b64url)
  TOKEN="$header.$payload.$signature"
}

# --- application ------------------------------------------------------------------------------------------------------
# An older revision runs on a database a newer one has migrated: its migrations are "future", not errors.
build() { # $1 revision → prints the quarkus-app directory (APP_DIR: a -Dprod package built elsewhere)
  local rev=$1 dir
  if [ -n "${APP_DIR:-}" ]; then echo "$APP_DIR"; return; fi
  if [ "$rev" = WORKTREE ]; then dir=$ROOT; else
    dir="$WORK/src-$rev"
    [ -d "$dir" ] || git -C "$ROOT" worktree add --detach "$dir" "$rev" > /dev/null
  fi
  if [ -n "${SKIP_BUILD:-}" ] && [ -f "$dir/target/quarkus-app/quarkus-run.jar" ]; then
    log "reusing the package of $rev"
  else
    log "packaging $rev (-Dprod, without the UI)"
    (cd "$dir" && ./mvnw -B -q package -Dprod -DskipTests -Dquarkus.quinoa=false > "$WORK/build-$rev.log" 2>&1)
  fi
  echo "$dir/target/quarkus-app"
}

APP_PID=
start_app() { # $1 quarkus-app directory, $2 label
  log "starting $2"
  # an instance left running would answer the readiness check below and be measured instead of this one
  if curl -s -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; then
    echo "port $MANAGEMENT_PORT already answers: stop the instance left running there first" >&2; exit 1
  fi
  local started cds=; started=$(date +%s%N)
  [ ! -f "$1/app-cds.jsa" ] || cds=-XX:SharedArchiveFile=app-cds.jsa
  # from inside the directory: the class-data archive (or a JDK 25 AOT cache) holds the class path as it was recorded
  (cd "$1" && QUARKUS_DATASOURCE_JDBC_URL=$DB_URL_EFFECTIVE QUARKUS_DATASOURCE_USERNAME=${DB_USER:-averted} QUARKUS_DATASOURCE_PASSWORD=${DB_PASSWORD:-} \
    QUARKUS_HTTP_PORT=$APP_PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
    QUARKUS_FLYWAY_IGNORE_MIGRATION_PATTERNS='*:future' \
    QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:$OIDC_PORT QUARKUS_OIDC_CREDENTIALS_SECRET=unused \
    exec java $JAVA_OPTS $cds -jar quarkus-run.jar) > "$WORK/app-$2.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 600); do
    if curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null; then
      STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      log "ready in $STARTUP_MS ms"
      return
    fi
    kill -0 "$APP_PID" 2> /dev/null || { tail -30 "$WORK/app-$2.log"; exit 1; }
    sleep 0.1
  done
  echo "the app did not get ready" >&2; exit 1
}
stop_app() { [ -z "$APP_PID" ] || { kill "$APP_PID" 2> /dev/null || true; wait "$APP_PID" 2> /dev/null || true; APP_PID=; }; }
OIDC_PID=
trap 'stop_app; stop_postgres; [ -z "$OIDC_PID" ] || kill "$OIDC_PID" 2> /dev/null || true' EXIT

load_data() {
  if [ "$(psql_db -tAc 'select count(*) from risk')" -ge 100000 ]; then return; fi
  log "loading the data set (a few minutes)"
  psql_db -f "$ROOT/bench/load/data.sql"
  psql_db -tAc "select id from project order by key" > "$WORK/project-ids"
  psql_db -tAc "select id from risk order by random() limit 20000" > "$WORK/risk-ids"
}

# --- questions -------------------------------------------------------------------------------------------------------
query_of() {
  case $1 in
    register) echo 'query($id: ID!) { project(id: $id) { risks(first: 50, orderBy: {field: EXPECTED_LOSS, direction: DESC}) { nodes { id title status probability expectedLoss { amount currency } milestone { id name dueDate } mitigations { probabilityReduction lossReduction investment { id name status } } } } } }' ;;
    risk) echo 'query($id: ID!) { risk(id: $id) { id title status expectedLoss { amount } project { id key name } milestone { id name } mitigations { probabilityReduction investment { id name } } incidents { id title severity } } }' ;;
    projects-economics) echo '{ projects(first: 100) { nodes { id key name risks { totalCount } investments { totalCount } incidents { totalCount } economics { preventionCost { annualized { amount } } incidentLoss { total { amount } } } } } }' ;;
    projects-counts) echo '{ projects(first: 100) { nodes { id key name risks { totalCount } investments { totalCount } incidents { totalCount } } } }' ;;
  esac
}
ids_of() { case $1 in register) echo "$WORK/project-ids" ;; risk) echo "$WORK/risk-ids" ;; *) echo "" ;; esac; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
postgres_ticks() { # the server and its backends (the pool keeps its connections, so none exit during a run)
  local total=0 pid postmaster
  [ -z "${DB_URL:-}" ] || { echo 0; return; }
  postmaster=$(head -1 "$WORK/pgdata/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster" || true); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2> /dev/null || echo 0)))
  done
  echo "$total"
}
statements() { psql_db -tAc "select coalesce(sum(calls), 0) from pg_stat_statements where query not like '%pg_stat_statements%'"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

measure() { # $1 label
  local question c query result app0 pg0 st0 requests hz
  hz=$(getconf CLK_TCK)
  for question in $QUESTIONS; do
    query=$(query_of "$question" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read().strip()))')
    # warm-up: JIT and caches, not measured
    QUERY=$query TOKEN=$TOKEN IDS_FILE=$(ids_of "$question") wrk -t2 -c8 -d"${WARMUP:-10s}" -s "$ROOT/bench/load/question.lua" \
      "http://127.0.0.1:$APP_PORT" > /dev/null
    for c in $CONCURRENCY; do
      app0=$(cpu_ticks "$APP_PID"); pg0=$(postgres_ticks); st0=$(statements)
      result=$(QUERY=$query TOKEN=$TOKEN IDS_FILE=$(ids_of "$question") wrk -t2 -c"$c" -d"$(if [ "$c" -ge 64 ]; then echo "$STALL_DURATION"; else echo "$DURATION"; fi)" --timeout 10s \
        -s "$ROOT/bench/load/question.lua" "http://127.0.0.1:$APP_PORT" | grep '^RESULT')
      requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
      python3 - "$1" "$question" "$c" "$result" "$requests" "$(( $(cpu_ticks "$APP_PID") - app0 ))" "$(( $(postgres_ticks) - pg0 ))" \
        "$(( $(statements) - st0 ))" "$(rss_mb "$APP_PID")" "$hz" <<'EOF'
import sys
label, question, c, result, requests, app, pg, statements, rss, hz = sys.argv[1:]
fields = dict(kv.split("=") for kv in result.split()[1:])
n = max(1, int(requests))
ms = lambda ticks: int(ticks) * 1000 / int(hz) / n
print(f"| {label} | {question} | {c} | {float(fields['rps']):,.1f} | {fields['p50_ms']} / {fields['p99_ms']} | "
      f"{fields['failed']} / {fields['timeouts']} / {fields['socket_errors']} | {ms(app):.2f} + {ms(pg):.2f} | "
      f"{int(statements) / n:.1f} | {rss} |")
EOF
    done
  done
}

main() {
  start_postgres
  make_token
  echo "| build | question | c | rps | p50 / p99 ms | failed / timeouts / socket errors | CPU ms per request (server + PostgreSQL) | statements per request | RSS MB |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for rev in $REVS; do
    app=$(build "$rev")
    start_app "$app" "$rev"
    load_data
    measure "$rev (start-up $STARTUP_MS ms)"
    stop_app
  done
}

# bench/soak.sh reuses the functions above.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then main; fi
