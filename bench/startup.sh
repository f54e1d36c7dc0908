#!/usr/bin/env bash
# Start-up time, memory and API latency of the packaged application on the embedded database.
#   bench/startup.sh            (after `mvn -DskipTests package`)
# Prints: seconds to the first 200 from /api/health on a new database (migrations + demo data) and on an
# existing one, resident memory after start and after a burst of API calls, and request latencies.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8399}
work=$(mktemp -d)
pid=
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
[ -f target/mtbbe.war ] && [ -f target/payara-micro.jar ] || { echo "run: mvn -DskipTests package" >&2; exit 1; }

start() {
    (cd "$work" && exec java -jar "$OLDPWD/target/payara-micro.jar" --deploy "$OLDPWD/target/mtbbe.war" --contextroot / \
        --port "$port" --nocluster --rootdir "$work/root" --logproperties "$OLDPWD/config/logging.properties" \
        >"$work/server.log" 2>&1) &
    pid=$!
    echo "$pid" > "$work/pid"
    local t0=$(date +%s.%N)
    until curl -fs -o /dev/null "http://127.0.0.1:$port/api/health"; do
        sleep 0.2
        kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    done
    awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN {printf "%.1f", a - b}'
}
rss() { pid=$(cat "$work/pid"); awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$(pgrep -P "$pid" java || echo "$pid")/status" 2>/dev/null || ps -o rss= -p "$pid"; }
stop() { pid=$(cat "$work/pid"); kill "$pid"; wait "$pid" 2>/dev/null || true; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
first=$(start); pid=$(cat "$work/pid")
echo "first start (new database, migrations, demo data): ${first}s to /api/health 200"
grep -o 'Demo data loaded.*' "$work/server.log" || true
echo "memory after start: $(rss)"

latency() {
    local label=$1 url=$2 n=${3:-50}
    curl -s -o /dev/null -u officer.laocai:demo "$url"   # warm-up
    for _ in $(seq 1 "$n"); do
        curl -s -o /dev/null -w '%{time_total}\n' -u officer.laocai:demo -H 'Accept-Language: vi' "$url"
    done | sort -n | awk -v label="$label" '{a[NR]=$1} END {printf "%-44s median %.1f ms, p95 %.1f ms (n=%d)\n", label, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, NR}'
}
base="http://127.0.0.1:$port/api"
latency "GET /api/pupils?q=giang (search, sorted)" "$base/pupils?q=giang&size=50"
latency "GET /api/pupils?page=3&size=100" "$base/pupils?page=3&size=100"
latency "GET /api/schools" "$base/schools"
latency "GET /api/provinces" "$base/provinces"
cohort=$(curl -s -u officer.laocai:demo "$base/cohorts" | grep -o '"id":"[0-9]*"' | head -1 | grep -o '[0-9]\+')
latency "GET /api/cohorts/{id}/flow (cuts by sex, ethnicity)" "$base/cohorts/$cohort/flow"
latency "GET /api/cohorts (all of a province)" "$base/cohorts"
year=$(date +%Y); [ "$(date +%-m)" -ge 8 ] || year=$((year - 1))   # school years start in September
latency "GET /api/reports/instruction-departures" "$base/reports/instruction-departures?year=$year-$((year + 1))"
echo "memory after requests: $(rss)"
stop

second=$(start); pid=$(cat "$work/pid")
echo "second start (existing database): ${second}s to /api/health 200"
echo "memory after start: $(rss)"
