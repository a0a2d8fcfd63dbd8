#!/usr/bin/env bash
# Benchmarks MCP Warden on its own: authenticated vs unauthenticated, on loopback, with wrk.
# Usage (from anywhere):  benchmark/run.sh
# Knobs (environment): ROUNDS=5 WARMUP=20 DURATION=15 CONNECTIONS=8 PORT=8180 SKIP_BUILD=1 OUT=benchmark/target/results
# Each round starts the app twice, A = auth on, B = auth off (A B A B ...); figures are medians of the rounds.
# Everything it starts (identity provider, app, wrk) is stopped on exit. Needs java 17+, wrk, curl, taskset.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-5} WARMUP=${WARMUP:-20} DURATION=${DURATION:-15} CONNECTIONS=${CONNECTIONS:-8} PORT=${PORT:-8180}
OUT=${OUT:-$ROOT/benchmark/target/results}
URL="http://127.0.0.1:$PORT/mcp"
JAR="$ROOT/benchmark/warden-app/target/quarkus-app/quarkus-run.jar"
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
    log "building the benchmark app"
    (cd "$ROOT" && ./mvnw -B -q -f benchmark/pom.xml package -DskipTests -pl warden-app -am)
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

# start_app MODE: starts the app, waits for a first successful tools/call; sets APP, SID, STARTUP_MS.
start_app() {
    local profile=prod token=$TOKEN
    [ "$1" = noauth ] && profile=noauth token=""
    local t0; t0=$(date +%s%N)
    $SRV_CPU java -Dquarkus.profile=$profile -Dquarkus.http.port="$PORT" -Dquarkus.warden.resource="$URL" \
        -Dquarkus.oidc.auth-server-url="$ISSUER" ${JAVA_OPTS:-} -jar "$JAR" >>"$OUT/app-$1.log" 2>&1 &
    APP=$! && PIDS+=($APP)
    SID=""
    for _ in $(seq 600); do
        kill -0 "$APP" 2>/dev/null || die "app exited (see $OUT/app-$1.log)"
        SID=$(mcp "$token" "" '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"'$PROTOCOL'","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}' \
            | awk 'tolower($1) == "mcp-session-id:" {print $2}' | tr -d '\r')
        [ -n "$SID" ] && break
        sleep 0.05
    done
    [ -n "$SID" ] || die "app did not answer initialize within 30 s"
    mcp "$token" "$SID" '{"jsonrpc":"2.0","method":"notifications/initialized"}' >/dev/null
    mcp "$token" "$SID" '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"add","arguments":{"a":2,"b":3}}}' \
        | grep -q '"text":"5"' || die "first tools/call failed in mode $1"
    STARTUP_MS=$((($(date +%s%N) - t0) / 1000000))
}

# load MODE SCENARIO SECONDS [RECORD]: runs wrk; with RECORD, appends a result line.
load() {
    local token=$TOKEN; [ "$1" = noauth ] && token=""
    local before rss out; before=$(cpu_ticks "$APP")
    SCENARIO=$2 SID=$SID TOKEN=$token $GEN_CPU wrk -t1 -c"$CONNECTIONS" -d"$3"s --timeout 5s --latency \
        -s "$ROOT/benchmark/wrk/mcp.lua" "$URL" >"$OUT/wrk.tmp" 2>&1 &
    local wrk_pid=$!
    PIDS+=($wrk_pid)
    sleep $(($3 / 2)); rss=$(rss_mib "$APP")
    wait $wrk_pid || die "wrk failed: $(cat "$OUT/wrk.tmp")"
    local cpu=$(($(cpu_ticks "$APP") - before))
    cat "$OUT/wrk.tmp" >>"$OUT/wrk-$1-$2.log"
    out=$(grep '^BENCH' "$OUT/wrk.tmp") || die "no BENCH line from wrk: $(cat "$OUT/wrk.tmp")"
    local requests errors; requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$out"); errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$out")
    [ "$errors" = 0 ] || die "$errors errors in $1 $2: $(grep FIRST_ERROR "$OUT/wrk.tmp")"
    [ -n "${4:-}" ] || return 0
    echo "$1 $2 $out cpu_us=$((cpu * 1000000 / TICKS / requests)) rss_load_mib=$rss" >>"$OUT/rounds.txt"
    log "  $1 $2: $out cpu_us=$((cpu * 1000000 / TICKS / requests)) rss=${rss}MiB"
}

for round in $(seq "$ROUNDS"); do
    for mode in auth noauth; do
        log "round $round/$ROUNDS, $mode"
        start_app $mode
        sleep 2
        echo "$mode startup startup_ms=$STARTUP_MS rss_idle_mib=$(rss_mib "$APP")" >>"$OUT/rounds.txt"
        load $mode call "$WARMUP"
        load $mode call "$DURATION" record
        load $mode list 5
        load $mode list "$DURATION" record
        kill "$APP"; wait "$APP" 2>/dev/null || true
    done
done

# Medians of the rounds, per mode and scenario.
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.4f", a / b}'; }
median() { # median MODE SCENARIO FIELD
    grep "^$1 $2 " "$OUT/rounds.txt" | grep -o "$3=[0-9.]*" | cut -d= -f2 | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
}
{
    echo "| Scenario | req/s | p50 (ms) | p99 (ms) | server CPU µs/req | RSS under load (MiB) |"
    echo "|---|---:|---:|---:|---:|---:|"
    for row in "auth call:tools/call, auth on" "noauth call:tools/call, auth off" "auth list:tools/list (100 tools), auth on" "noauth list:tools/list (100 tools), auth off"; do
        set -- ${row%%:*}
        printf "| %s | %.0f | %.2f | %.2f | %s | %s |\n" "${row#*:}" "$(median $1 $2 rps)" \
            "$(div "$(median $1 $2 p50_us)" 1000)" "$(div "$(median $1 $2 p99_us)" 1000)" \
            "$(median $1 $2 cpu_us)" "$(median $1 $2 rss_load_mib)"
    done
    echo
    echo "| Mode | startup to first successful tools/call (ms) | RSS idle (MiB) |"
    echo "|---|---:|---:|"
    for mode in auth noauth; do
        echo "| auth $([ $mode = auth ] && echo on || echo off) | $(median $mode startup startup_ms) | $(median $mode startup rss_idle_mib) |"
    done
    echo
    printf "Auth overhead, tools/call: throughput auth/no-auth = %.2f, CPU per request auth/no-auth = %.2f\n" \
        "$(div "$(median auth call rps)" "$(median noauth call rps)")" "$(div "$(median auth call cpu_us)" "$(median noauth call cpu_us)")"
    echo
    echo "Load average before the run: $LOAD_BEFORE; surefire processes running at the start: $BUSY, at the end: $(pgrep -fc surefire || true)"
    echo "$ROUNDS rounds (A B ...), ${WARMUP}s warm-up, ${DURATION}s per measurement, wrk -t1 -c$CONNECTIONS, generator: ${GEN_CPU:-unpinned}, server: ${SRV_CPU:-unpinned}"
} | tee "$OUT/summary.md"
