#!/usr/bin/env bash
# Two application nodes clustered on loopback (Payara's data grid) against one new MySQL/MariaDB database: a
# reference name changed through node A is what node B serves next, because the reference-name cache is on the grid
# (platform.cluster.SharedCaches). MODE=nogrid starts the same two nodes with --nohazelcast as a control: node B then
# keeps serving the name it had cached, which is what this check guards against.
#   mvn -DskipTests package && bench/two-nodes-caches.sh          # expects OK
#   mvn -DskipTests package && MODE=nogrid bench/two-nodes-caches.sh   # expects "stale on node B"
# Needs the MariaDB of this machine (127.0.0.1:3306, root without password).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/mtbbe.war ] && [ -f target/payara-micro.jar ] || { echo "run: mvn -DskipTests package" >&2; exit 1; }
MODE=${MODE:-grid}
DB=mtbbe_two_caches_$$
SQL=(mysql -uroot -h127.0.0.1 -P3306)
work=$(mktemp -d -p "$PWD/target" two-caches.XXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    sleep 2
    "${SQL[@]}" -e "DROP DATABASE IF EXISTS $DB" || true
    [ -n "${KEEP_LOGS:-}" ] && cp "$work"/node*.log "$KEEP_LOGS"/ 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
"${SQL[@]}" -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'mtbbe'@'%' IDENTIFIED BY 'mtbbe'; CREATE USER IF NOT EXISTS 'mtbbe'@'localhost' IDENTIFIED BY 'mtbbe';
  GRANT ALL ON $DB.* TO 'mtbbe'@'%'; GRANT ALL ON $DB.* TO 'mtbbe'@'localhost';"
if [ "$MODE" = grid ]; then
    grid=(--clustermode tcpip:127.0.0.1:5961,127.0.0.1:5962 --clustername "mtbbe-test-$$" --startport 5961 --nohostaware)
else
    grid=(--nohazelcast)
fi
A=9361; B=9362
for port in $A $B 5961 5962; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: not starting" >&2; exit 1; fi
done
start_node() {
    MTBBE_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true" \
    MTBBE_DEMO=true java -Xss2m -XX:+UseSerialGC -jar target/payara-micro.jar --deploy target/mtbbe.war --contextroot / \
        --port "$1" "${grid[@]}" --disablephonehome --rootdir "$work/root$1" \
        --prebootcommandfile config/pre-boot-commands.asadmin --logproperties config/logging.properties \
        > "$work/node$1.log" 2>&1 &
    pids+=($!)
}
wait_ready() {
    local start; start=$(date +%s)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/api/health/ready")" = 200 ]; do
        [ $(( $(date +%s) - start )) -lt 600 ] || { echo "node $1 not ready after 600 s" >&2; tail -20 "$work/node$1.log"; exit 1; }
        sleep 2
    done
}
# One after the other: the first node loads the demo data, the second finds it.
start_node $A; wait_ready $A
start_node $B; wait_ready $B
echo "mode $MODE: nodes $A and $B ready"
for port in $A $B; do
    echo "node $port:"
    grep -h -A3 "Shared caches\|^Members {\|SEVERE" "$work/node$port.log" | grep -v "^--" | cut -c1-150 | sed 's/^/  /' || true
done
api() { curl -sS -u ministry:demo -H 'Accept-Language: en' -H 'Content-Type: application/json' "$@"; }
name_on() { api "http://127.0.0.1:$1/api/programmes" | python3 -c 'import json,sys; print([p["name"] for p in json.load(sys.stdin) if p["id"]=="1"][0])'; }
echo "node B, programme 1 in English before: $(name_on $B)"
new="Renamed on node A $(date +%H%M%S)"
echo "node A sets its English name: $(api -X PUT -d "{\"en\": \"$new\"}" "http://127.0.0.1:$A/api/programmes/1/names")"
echo "node A now: $(name_on $A)"
after=$(name_on $B)
echo "node B now: $after"
if [ "$after" = "$new" ]; then
    echo "OK: node B serves the name changed through node A"
else
    echo "stale on node B: it still serves its cached name"
    [ "$MODE" = grid ] && exit 1 || exit 0
fi
