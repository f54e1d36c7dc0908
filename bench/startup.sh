#!/usr/bin/env bash
# Start-up time (with its phases), memory and API latency of the packaged application on the embedded database.
#   mvn -DskipTests package && bench/startup.sh
# Two ways of starting, each with the JVM and Payara Micro flags below (JVM_FLAGS, MICRO_FLAGS):
#   plain     java -jar payara-micro.jar --deploy mtbbe.war, as `mvn -Prun` starts it;
#   prepared  the runtime directory of docker/prepare-runtime.sh (launcher, class-data-sharing archive), as the
#             Docker image starts it.
# Prints, for a first start on a new database (migrations + demo data) and for RESTARTS restarts on the existing
# one (default 3): seconds until /api/health/ready answers 200, the phases from the server's log, and resident
# memory; then request latencies. Record the results in bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8399}
restarts=${RESTARTS:-3}
JVM_FLAGS=(-Xss2m -XX:+UseSerialGC)
MICRO_FLAGS=(--nohazelcast --disablephonehome)
root=$(pwd)
work=$(mktemp -d)
pid=
trap '[ -f "$work/pid" ] && kill "$(cat "$work/pid")" 2>/dev/null; sleep 1; rm -rf "$work"' EXIT
[ -f target/mtbbe.war ] && [ -f target/payara-micro.jar ] || { echo "run: mvn -DskipTests package" >&2; exit 1; }

# Starts the server (plain or prepared) in $work, whose embedded database is $work/data; waits for readiness and
# prints the seconds.
start() {
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use" >&2; exit 1; fi
    local launch
    if [ "$1" = prepared ]; then
        rm -rf "$work/prepared/applications"
        launch=(-XX:SharedArchiveFile="$work/prepared/mtbbe.jsa" -jar "$work/prepared/launch-micro.jar")
    else
        rm -rf "$work/root" && mkdir -p "$work/root"
        launch=(-jar "$root/target/payara-micro.jar" --rootdir "$work/root")
    fi
    (cd "$work" && exec java "${JVM_FLAGS[@]}" "${launch[@]}" --deploy "$root/target/mtbbe.war" \
        --contextroot / --port "$port" "${MICRO_FLAGS[@]}" \
        --prebootcommandfile "$root/config/pre-boot-commands.asadmin" --logproperties "$root/config/logging.properties" \
        >"$work/server.log" 2>&1) &
    pid=$!
    echo "$pid" > "$work/pid"
    local t0 deadline=$((SECONDS + 180))
    t0=$(date +%s.%N)
    until curl -fs -o /dev/null "http://127.0.0.1:$port/api/health/ready"; do
        sleep 0.1
        kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ] || { tail -50 "$work/server.log"; exit 1; }
    done
    awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN {printf "%.1f", a - b}'
}
# The phases as the server logs them (milliseconds).
phases() {
    local log="$work/server.log"
    printf '    Payara Micro boot %s ms; deployment %s ms; migrations %s ms; demo data %s; Payara "ready" at %s ms\n' \
        "$(grep -oP 'startup time : .*total\(\K[0-9,]+' "$log" | tr -d ,)" \
        "$(grep -oP 'successfully deployed in \K[0-9,]+' "$log" | tr -d ,)" \
        "$(grep -oP 'migrations applied now\) in \K[0-9]+' "$log")" \
        "$(grep -oP 'Demo data loaded: .* in \K[0-9]+' "$log" | sed 's/$/ ms/' || echo none)" \
        "$(grep -oP 'ready in \K[0-9,]+' "$log" | tr -d ,)"
}
# start() runs in a command substitution (a subshell): the server's pid comes back through a file.
rss() { pid=$(cat "$work/pid"); awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$pid/status"; }
stop() { pid=$(cat "$work/pid"); kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; }

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); JVM flags: ${JVM_FLAGS[*]}; Payara Micro flags: ${MICRO_FLAGS[*]}"
first=$(start plain)
echo "plain first start (new database, migrations, demo data): ${first}s to /api/health/ready 200"
phases
sleep 2
echo "    memory after start: $(rss)"

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

restarts() {
    for i in $(seq 1 "$restarts"); do
        again=$(start "$1")
        echo "$1 restart $i (existing database): ${again}s to /api/health/ready 200"
        phases
        sleep 2
        echo "    memory after start: $(rss)"
        stop
    done
}
restarts plain

started=$SECONDS
docker/prepare-runtime.sh target/payara-micro.jar target/mtbbe.war "$work/prepared" "${JVM_FLAGS[@]}" >/dev/null
echo "docker/prepare-runtime.sh: $((SECONDS - started)) s (once per build of the image)"
restarts prepared
rm -rf "$work/data"
first=$(start prepared)
echo "prepared first start (new database, migrations, demo data): ${first}s to /api/health/ready 200"
phases
stop
