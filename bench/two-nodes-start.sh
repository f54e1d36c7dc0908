#!/usr/bin/env bash
# Two application nodes started together against one new, empty MySQL/MariaDB database: the migrations and the demo
# data must be applied exactly once (one node loads, the other waits for its commit and loads nothing), with no
# SEVERE message. Needs a MySQL/MariaDB server (the one of this machine: 127.0.0.1:3306, root without password).
#   mvn -DskipTests package && bench/two-nodes-start.sh
# Prints each node's start lines and the row counts; exits non-zero when the demo data is not there exactly once.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/mtbbe.war ] && [ -f target/payara-micro.jar ] || { echo "run: mvn -DskipTests package" >&2; exit 1; }
DB=mtbbe_two_nodes_$$
SQL=(mysql -uroot -h127.0.0.1 -P3306)
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    sleep 2
    "${SQL[@]}" -e "DROP DATABASE IF EXISTS $DB" || true
    rm -rf "$work"
}
trap cleanup EXIT
"${SQL[@]}" -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'mtbbe'@'%' IDENTIFIED BY 'mtbbe'; CREATE USER IF NOT EXISTS 'mtbbe'@'localhost' IDENTIFIED BY 'mtbbe';
  GRANT ALL ON $DB.* TO 'mtbbe'@'%'; GRANT ALL ON $DB.* TO 'mtbbe'@'localhost';"
for port in 9311 9312; do
    MTBBE_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true" \
    MTBBE_DEMO=true java -Xss2m -XX:+UseSerialGC -jar target/payara-micro.jar --deploy target/mtbbe.war --contextroot / \
        --port "$port" --nohazelcast --disablephonehome --rootdir "$work/root$port" \
        --prebootcommandfile config/pre-boot-commands.asadmin --logproperties config/logging.properties \
        > "$work/node$port.log" 2>&1 &
    pids+=($!)
done
start=$(date +%s)
for port in 9311 9312; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health/ready")" = 200 ]; do
        [ $(( $(date +%s) - start )) -lt 600 ] || { echo "node $port not ready after 600 s" >&2; exit 1; }
        sleep 2
    done
done
echo "both nodes ready after $(( $(date +%s) - start )) s"
severe=0
for port in 9311 9312; do
    echo "node $port:"
    grep -h "Database schema\|Demo data\|SEVERE" "$work/node$port.log" | cut -c1-160 | sed 's/^/  /'
    if grep -q SEVERE "$work/node$port.log"; then severe=1; fi
done
counts=$("${SQL[@]}" -N -e "SELECT (SELECT COUNT(*) FROM $DB.province), (SELECT COUNT(*) FROM $DB.pupil), (SELECT COUNT(*) FROM $DB.app_user)")
echo "provinces, pupils, accounts: $counts"
loads=$(cat "$work"/node*.log | grep -c "Demo data loaded" || true)
read -r provinces pupils accounts <<< "$counts"
if [ "$severe" = 0 ] && [ "$loads" = 1 ] && [ "$provinces" = 3 ] && [ "$accounts" = 6 ] && [ "$pupils" -gt 0 ]; then
    echo "OK: the demo data was loaded once, by one node"
else
    echo "FAILED: loads=$loads severe=$severe" >&2
    exit 1
fi
