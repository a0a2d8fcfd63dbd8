#!/usr/bin/env bash
# Benchmarks MCP Warden side by side with its peers, on loopback, with wrk:
#   warden       this project (benchmark/warden-app), auth on and off
#   quarkiverse  Quarkiverse quarkus-mcp-server-http 1.13.0 + quarkus-oidc on the same Quarkus (benchmark/quarkiverse-app), auth on and off
#   ts           the official MCP TypeScript SDK server 1.32.2 with its bearer-auth middleware + jose (benchmark/ts-server), auth on
# Every server serves the same add tool and 100 catalogue tools, verifies the same RS256 token (same key, issuer,
# audience, scope bench:call) and speaks protocol 2025-11-25.
# Usage (from anywhere):  benchmark/run.sh
# Knobs (environment): ROUNDS=3 WARMUP=15 DURATION=10 CONNECTIONS=8 SESSION_CONNECTIONS=4 PORT=8180 SKIP_BUILD=1
#   SERVERS="warden:auth warden:noauth quarkiverse:auth quarkiverse:noauth ts:auth" OUT=benchmark/target/results
# Each round starts every server configuration in turn (A B C ... A B C ...); figures are medians of the rounds.
# Everything it starts (identity provider, servers, wrk) is stopped on exit. Needs java 17+, node 20+, npm, wrk,
# curl, taskset.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-3} WARMUP=${WARMUP:-15} DURATION=${DURATION:-10} CONNECTIONS=${CONNECTIONS:-8}
SESSION_CONNECTIONS=${SESSION_CONNECTIONS:-4} PORT=${PORT:-8180}
SERVERS=${SERVERS:-"warden:auth warden:noauth quarkiverse:auth quarkiverse:noauth ts:auth"}
OUT=${OUT:-$ROOT/benchmark/target/results}
URL="http://127.0.0.1:$PORT/mcp"
PROTOCOL=2025-11-25
TICKS=$(getconf CLK_TCK)
# Two cores or more: the load generator gets CPU 0, the server CPU 1. Otherwise both share.
if [ "$(nproc)" -ge 2 ] && taskset -c 0 true 2>/dev/null; then GEN_CPU="taskset -c 0" SRV_CPU="taskset -c 1"; else GEN_CPU="" SRV_CPU=""; fi

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$OUT" && rm -f "$OUT"/*
PIDS=()
IDP_DIR=$(mktemp -d)
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$IDP_DIR"; }
trap cleanup EXIT
die() { echo "FAILED: $*" >&2; exit 1; }
log() { echo "[$(date +%T)] $*" >&2; }

if [ -z "${SKIP_BUILD:-}" ]; then
    log "building the Java servers (Warden and Quarkiverse apps)"
    (cd "$ROOT" && ./mvnw -B -q -f benchmark/pom.xml package -DskipTests -pl warden-app,quarkiverse-app -am)
    log "installing the TypeScript SDK server's packages"
    (cd "$ROOT/benchmark/ts-server" && npm ci --no-audit --no-fund --loglevel=error)
fi

BUSY=$(pgrep -fc surefire || true)
[ "$BUSY" = 0 ] || log "WARNING: a test build (surefire) is running: figures will be noisy"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "starting the identity provider"
java "$ROOT/benchmark/idp/BenchIdp.java" "$IDP_DIR" "$URL" >"$OUT/idp.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do [ -s "$IDP_DIR/issuer" ] && break; sleep 0.2; done
[ -s "$IDP_DIR/issuer" ] || die "identity provider did not start (see $OUT/idp.log)"
ISSUER=$(cat "$IDP_DIR/issuer") TOKEN=$(cat "$IDP_DIR/token")

# mcp TOKEN SID BODY: one JSON-RPC POST, prints headers and body.
mcp() {
    curl -s -i --max-time 5 -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
        ${1:+-H "Authorization: Bearer $1"} ${2:+-H "Mcp-Session-Id: $2"} ${2:+-H "MCP-Protocol-Version: $PROTOCOL"} \
        "$URL" -d "$3" || true
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
token_for() { [ "${1#*:}" = noauth ] && echo "" || echo "$TOKEN"; }

# start_server SERVER:MODE: starts it, waits for a first successful tools/call; sets APP, SID, STARTUP_MS.
start_server() {
    local server=${1%:*} mode=${1#*:} token; token=$(token_for "$1")
    local profile=prod; [ "$mode" = noauth ] && profile=noauth
    local t0; t0=$(date +%s%N)
    case $server in
        warden) $SRV_CPU java -Dquarkus.profile=$profile -Dquarkus.http.port="$PORT" -Dquarkus.warden.resource="$URL" \
                    -Dquarkus.oidc.auth-server-url="$ISSUER" ${JAVA_OPTS:-} \
                    -jar "$ROOT/benchmark/warden-app/target/quarkus-app/quarkus-run.jar" >>"$OUT/server-$server-$mode.log" 2>&1 & ;;
        quarkiverse) $SRV_CPU java -Dquarkus.profile=$profile -Dquarkus.http.port="$PORT" -Dquarkus.oidc.token.audience="$URL" \
                    -Dquarkus.oidc.auth-server-url="$ISSUER" ${JAVA_OPTS:-} \
                    -jar "$ROOT/benchmark/quarkiverse-app/target/quarkus-app/quarkus-run.jar" >>"$OUT/server-$server-$mode.log" 2>&1 & ;;
        ts) $SRV_CPU node "$ROOT/benchmark/ts-server/server.mjs" "$PORT" "$ISSUER" "$URL" "$mode" >>"$OUT/server-$server-$mode.log" 2>&1 & ;;
        *) die "unknown server $server" ;;
    esac
    APP=$! && PIDS+=($APP)
    SID=""
    for _ in $(seq 600); do
        kill -0 "$APP" 2>/dev/null || die "$1 exited (see $OUT/server-$server-$mode.log)"
        SID=$(mcp "$token" "" '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"'$PROTOCOL'","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}' \
            | awk 'tolower($1) == "mcp-session-id:" {print $2}' | tr -d '\r')
        [ -n "$SID" ] && break
        sleep 0.05
    done
    [ -n "$SID" ] || die "$1 did not answer initialize within 30 s"
    mcp "$token" "$SID" '{"jsonrpc":"2.0","method":"notifications/initialized"}' >/dev/null
    mcp "$token" "$SID" '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"add","arguments":{"a":2,"b":3}}}' \
        | grep -q '"text":"5"' || die "first tools/call failed on $1"
    STARTUP_MS=$((($(date +%s%N) - t0) / 1000000))
    # Refusals must be real: without a token, an authenticated configuration answers 401.
    if [ -n "$token" ]; then
        mcp "" "" '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"'$PROTOCOL'","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}' \
            | head -n 1 | grep -q ' 401' || die "$1 accepted a request without a token"
    fi
}

# load CONFIG SCENARIO SECONDS [RECORD]: runs wrk; with RECORD, appends a result line.
load() {
    local token; token=$(token_for "$1")
    local threads=1 connections=$CONNECTIONS
    [ "$2" = session ] && threads=$SESSION_CONNECTIONS connections=$SESSION_CONNECTIONS
    local before rss out; before=$(cpu_ticks "$APP")
    SCENARIO=$2 SID=$SID TOKEN=$token $GEN_CPU wrk -t"$threads" -c"$connections" -d"$3"s --timeout 5s --latency \
        -s "$ROOT/benchmark/wrk/mcp.lua" "$URL" >"$OUT/wrk.tmp" 2>&1 &
    local wrk_pid=$!
    PIDS+=($wrk_pid)
    sleep $(($3 / 2)); rss=$(rss_mib "$APP")
    wait $wrk_pid || die "wrk failed: $(cat "$OUT/wrk.tmp")"
    local cpu=$(($(cpu_ticks "$APP") - before))
    cat "$OUT/wrk.tmp" >>"$OUT/wrk-${1/:/-}-$2.log"
    out=$(grep '^BENCH' "$OUT/wrk.tmp") || die "no BENCH line from wrk: $(cat "$OUT/wrk.tmp")"
    local requests errors units; requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$out"); errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$out")
    [ "$errors" = 0 ] || die "$errors errors in $1 $2: $(grep FIRST_ERROR "$OUT/wrk.tmp")"
    units=$requests; [ "$2" = session ] && units=$(sed 's/.*sessions=\([0-9]*\).*/\1/' <<<"$out")
    [ "$units" -gt 0 ] || die "no successful $2 in $1"
    [ -n "${4:-}" ] || return 0
    echo "$1 $2 $out cpu_us=$((cpu * 1000000 / TICKS / units)) rss_load_mib=$rss" >>"$OUT/rounds.txt"
    log "  $1 $2: $out cpu_us=$((cpu * 1000000 / TICKS / units)) rss=${rss}MiB"
}

for round in $(seq "$ROUNDS"); do
    for config in $SERVERS; do
        log "round $round/$ROUNDS, $config"
        start_server "$config"
        sleep 2
        echo "$config startup startup_ms=$STARTUP_MS rss_idle_mib=$(rss_mib "$APP")" >>"$OUT/rounds.txt"
        load "$config" call "$WARMUP"
        load "$config" call "$DURATION" record
        load "$config" list 3
        load "$config" list "$DURATION" record
        load "$config" session 3
        load "$config" session "$DURATION" record
        kill "$APP"; wait "$APP" 2>/dev/null || true
    done
done

"$ROOT/benchmark/summarise.sh" "$OUT/rounds.txt" | tee "$OUT/summary.md"
{
    echo
    echo "Load average before the run: $LOAD_BEFORE; surefire processes running at the start: $BUSY, at the end: $(pgrep -fc surefire || true)"
    echo "$ROUNDS rounds ($SERVERS), ${WARMUP}s warm-up, ${DURATION}s per measurement, wrk -t1 -c$CONNECTIONS (session: -t$SESSION_CONNECTIONS -c$SESSION_CONNECTIONS), generator: ${GEN_CPU:-unpinned}, server: ${SRV_CPU:-unpinned}"
} | tee -a "$OUT/summary.md"
