#!/usr/bin/env bash
# Turns benchmark/run.sh's rounds.txt into the Markdown tables of docs/benchmarks.md: medians of the rounds per server
# configuration and scenario, and Warden's ratios against each peer. Usage: benchmark/summarise.sh ROUNDS_FILE
set -euo pipefail
ROUNDS_FILE=$1
configs=$(awk '{print $1}' "$ROUNDS_FILE" | awk '!seen[$0]++')

median() { # median CONFIG SCENARIO FIELD
    grep "^$1 $2 " "$ROUNDS_FILE" | grep -o " $3=[0-9.]*" | cut -d= -f2 | sort -g \
        | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b}'; }
ms() { awk -v a="$1" 'BEGIN {if (a == "-") print "-"; else printf "%.2f", a / 1000}'; }
has() { grep -q "^$1 " "$ROUNDS_FILE"; }

for scenario in call list session; do
    case $scenario in
        call) echo "### Authenticated and unauthenticated \`tools/call\` of a trivial tool" ;;
        list) echo "### \`tools/list\` of 101 tools (one page)" ;;
        session) echo "### Session setup: initialize, notifications/initialized, tools/call, DELETE" ;;
    esac
    echo
    if [ $scenario = session ]; then
        echo "| Server | sessions/s | HTTP req/s | p50 (ms) | p99 (ms) | server CPU µs/session | RSS under load (MiB) |"
        echo "|---|---:|---:|---:|---:|---:|---:|"
    else
        echo "| Server | req/s | p50 (ms) | p99 (ms) | server CPU µs/req | RSS under load (MiB) |"
        echo "|---|---:|---:|---:|---:|---:|"
    fi
    for c in $configs; do
        has "$c $scenario" || continue
        row="| $c"
        [ $scenario = session ] && row="$row | $(median "$c" $scenario sps)"
        echo "$row | $(median "$c" $scenario rps) | $(ms "$(median "$c" $scenario p50_us)") | $(ms "$(median "$c" $scenario p99_us)") | $(median "$c" $scenario cpu_us) | $(median "$c" $scenario rss_load_mib) |"
    done
    echo
done

echo "### Startup and memory"
echo
echo "| Server | startup to first successful tools/call (ms) | RSS idle (MiB) |"
echo "|---|---:|---:|"
for c in $configs; do
    echo "| $c | $(median "$c" startup startup_ms) | $(median "$c" startup rss_idle_mib) |"
done
echo

echo "### Ratios"
echo
echo "Throughput ratios are Warden / peer (higher is better for Warden); CPU ratios are Warden / peer (lower is better)."
echo
echo "| Comparison | tools/call req/s | tools/call CPU | tools/list req/s | tools/list CPU | sessions/s | CPU/session |"
echo "|---|---:|---:|---:|---:|---:|---:|"
compare() { # compare A B LABEL
    has "$1" && has "$2" || return 0
    echo "| $3 | $(ratio "$(median "$1" call rps)" "$(median "$2" call rps)") | $(ratio "$(median "$1" call cpu_us)" "$(median "$2" call cpu_us)") | $(ratio "$(median "$1" list rps)" "$(median "$2" list rps)") | $(ratio "$(median "$1" list cpu_us)" "$(median "$2" list cpu_us)") | $(ratio "$(median "$1" session sps)" "$(median "$2" session sps)") | $(ratio "$(median "$1" session cpu_us)" "$(median "$2" session cpu_us)") |"
}
compare warden:auth quarkiverse:auth "Warden auth / Quarkiverse auth"
compare warden:auth ts:auth "Warden auth / TS SDK auth"
compare warden:noauth quarkiverse:noauth "Warden no-auth / Quarkiverse no-auth"
compare warden:auth warden:noauth "Warden auth / Warden no-auth (auth overhead)"
compare quarkiverse:auth quarkiverse:noauth "Quarkiverse auth / Quarkiverse no-auth"

echo
echo "Startup and memory ratios are Warden / peer (lower is better for Warden)."
echo
echo "| Comparison | startup | RSS idle | RSS under load (tools/call) | RSS under load (tools/list) | RSS under load (sessions) |"
echo "|---|---:|---:|---:|---:|---:|"
compare_footprint() { # compare_footprint A B LABEL
    has "$1" && has "$2" || return 0
    echo "| $3 | $(ratio "$(median "$1" startup startup_ms)" "$(median "$2" startup startup_ms)") | $(ratio "$(median "$1" startup rss_idle_mib)" "$(median "$2" startup rss_idle_mib)") | $(ratio "$(median "$1" call rss_load_mib)" "$(median "$2" call rss_load_mib)") | $(ratio "$(median "$1" list rss_load_mib)" "$(median "$2" list rss_load_mib)") | $(ratio "$(median "$1" session rss_load_mib)" "$(median "$2" session rss_load_mib)") |"
}
compare_footprint warden:auth quarkiverse:auth "Warden auth / Quarkiverse auth"
compare_footprint warden:auth ts:auth "Warden auth / TS SDK auth"
compare_footprint warden:noauth quarkiverse:noauth "Warden no-auth / Quarkiverse no-auth"
