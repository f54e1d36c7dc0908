#!/usr/bin/env bash
# Reports read off the primary (MTBBE_DB_READ_URL), tried with real MariaDB replication on this machine:
#   mvn -DskipTests package && bench/replica.sh
# Starts two MariaDB servers of their own on loopback (primary 127.0.0.1:3307 with a binary log, replica
# 127.0.0.1:3308 replicating from it; data in a temporary directory, the machine's own server is not touched), one
# application node on the primary with MTBBE_DB_READ_URL on the replica, and shows:
#   1. the readiness details name the read database and its delay;
#   2. with the replica's SQL thread stopped, a class-day saved on the primary (an officer marks a pupil absent) is
#      not yet in the attendance report (the report reads the replica), and the details say the delay is unknown;
#   3. once the replica catches up, the report shows the change.
# Exits non-zero when any of these does not hold. Ports: PRIMARY_PORT, REPLICA_PORT, APP_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/mtbbe.war ] && [ -f target/payara-micro.jar ] || { echo "run: mvn -DskipTests package" >&2; exit 1; }
PRIMARY_PORT=${PRIMARY_PORT:-3307}
REPLICA_PORT=${REPLICA_PORT:-3308}
APP_PORT=${APP_PORT:-9341}
work=$(mktemp -d /var/tmp/mtbbe-replica.XXXXXX)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    sleep 3
    rm -rf "$work"
}
trap cleanup EXIT

server() { # name port server-id extra options...
    local name=$1 port=$2 id=$3
    shift 3
    mariadb-install-db --no-defaults --datadir="$work/$name" --user=root --auth-root-authentication-method=normal \
        --skip-test-db > "$work/$name-install.log" 2>&1
    /usr/sbin/mariadbd --no-defaults --user=root --datadir="$work/$name" --port="$port" --bind-address=127.0.0.1 \
        --socket="$work/$name.sock" --pid-file="$work/$name.pid" --server-id="$id" --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "$@" > "$work/$name.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 60); do
        mysqladmin --no-defaults -uroot -h127.0.0.1 -P"$port" ping >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "MariaDB $name did not start; its log:" >&2
    cat "$work/$name.log" >&2
    exit 1
}
primary() { mysql --no-defaults -uroot -h127.0.0.1 -P"$PRIMARY_PORT" "$@"; }
replica() { mysql --no-defaults -uroot -h127.0.0.1 -P"$REPLICA_PORT" "$@"; }

echo "== MariaDB primary on $PRIMARY_PORT, replica on $REPLICA_PORT"
server primary "$PRIMARY_PORT" 1 --log-bin=primary-bin --binlog-format=ROW
server replica "$REPLICA_PORT" 2 --read-only=ON --relay-log=replica-relay
# Everything from here on replicates: the database, the application's account (with the right to read the
# replica's status) and the replication account.
replica -e "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$PRIMARY_PORT, MASTER_USER='repl',
  MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos"
primary <<SQL
CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';
SQL
replica -e "SET GLOBAL gtid_slave_pos = ''; START SLAVE;"
primary <<SQL
CREATE DATABASE mtbbe CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'mtbbe'@'127.0.0.1' IDENTIFIED BY 'mtbbe';
GRANT ALL ON mtbbe.* TO 'mtbbe'@'127.0.0.1';
GRANT SLAVE MONITOR ON *.* TO 'mtbbe'@'127.0.0.1';
SQL
for _ in $(seq 1 30); do
    replica -N -e "SELECT COUNT(*) FROM mysql.user WHERE user = 'mtbbe'" 2>/dev/null | grep -q 1 && break
    sleep 1
done
replica -e "SHOW SLAVE STATUS\G" | grep -E "Slave_(IO|SQL)_Running:|Seconds_Behind_Master"

echo "== application node on $APP_PORT (demo data on the primary, reports on the replica)"
MTBBE_DB_URL="jdbc:mysql://127.0.0.1:$PRIMARY_PORT/mtbbe?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true" \
MTBBE_DB_READ_URL="jdbc:mysql://127.0.0.1:$REPLICA_PORT/mtbbe?useUnicode=true&characterEncoding=UTF-8" \
MTBBE_DB_USER=mtbbe MTBBE_DB_PASSWORD=mtbbe MTBBE_DEMO=true \
    java -Xss2m -XX:+UseSerialGC -jar target/payara-micro.jar --deploy target/mtbbe.war --contextroot / \
    --port "$APP_PORT" --nocluster --disablephonehome --rootdir "$work/payara" \
    --prebootcommandfile config/pre-boot-commands.asadmin --logproperties config/logging.properties \
    > "$work/app.log" 2>&1 &
pids+=($!)
app="http://127.0.0.1:$APP_PORT"
start=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$app/api/health/ready")" = 200 ]; do
    [ $(( $(date +%s) - start )) -lt 600 ] || { echo "not ready after 600 s" >&2; tail -50 "$work/app.log" >&2; exit 1; }
    sleep 2
done
echo "ready after $(( $(date +%s) - start )) s"
for _ in $(seq 1 60); do
    [ "$(replica -N -e "SELECT COUNT(*) FROM mtbbe.pupil")" = "$(primary -N -e "SELECT COUNT(*) FROM mtbbe.pupil")" ] && break
    sleep 1
done

details() { curl -s "$app/health/ready"; echo; }
present() { # Lào Cai's present days in the attendance report of the class-day's school year
    curl -s -u ministry:demo "$app/api/reports/attendance?year=$year&groupBy=province" | python3 -c '
import json, sys
rows = json.load(sys.stdin)["rows"]
print(next(r["present"] for r in rows if r["group"]["province"] == "10"))'
}

echo "== 1. readiness details"
details
details | grep -Eq '"readDatabase":"?true' || { echo "FAILED: the details do not name the read database" >&2; exit 1; }

# A class-day of Lào Cai with a pupil marked present, its school year, and the day's marks with that pupil absent.
read -r class day year <<< "$(primary -N -e "
  SELECT am.class_id, DATE_ADD(am.month_start, INTERVAL LOCATE('P', am.marks) - 1 DAY), c.school_year
  FROM mtbbe.attendance_month am JOIN mtbbe.school_class c ON c.id = am.class_id JOIN mtbbe.school s ON s.id = c.school_id
  WHERE s.province_code = '10' AND LOCATE('P', am.marks) > 0 ORDER BY am.month_start DESC, am.class_id LIMIT 1")"
marks=$(curl -s -u officer.laocai:demo "$app/api/classes/$class/attendance/$day" | python3 -c '
import json, sys
marks = json.load(sys.stdin)["marks"]
first = next(m for m in marks if m["status"] == "PRESENT")
first["status"] = "ABSENT_UNEXCUSED"
print(json.dumps({"marks": [{k: m[k] for k in ("pupil", "status", "reason") if m.get(k) is not None} for m in marks]}))')
before=$(present)
echo "class $class, $day (school year $year): Lào Cai present days in the report: $before"

echo "== 2. the replica stops applying changes; an officer marks a pupil absent on the primary"
replica -e "STOP SLAVE SQL_THREAD"
status=$(curl -s -o /dev/null -w '%{http_code}' -u officer.laocai:demo -X PUT -H 'Content-Type: application/json' \
    --data "$marks" "$app/api/classes/$class/attendance/$day")
echo "PUT class-day: $status"
[ "$status" = 200 ] || [ "$status" = 204 ] || { echo "FAILED: the save was refused" >&2; exit 1; }
sleep 2
stale=$(present)
echo "report while the replica waits: $stale (primary's summary changed, the replica's not yet)"
details
[ "$stale" = "$before" ] || { echo "FAILED: the report did not read the replica" >&2; exit 1; }

echo "== 3. the replica catches up"
replica -e "START SLAVE SQL_THREAD"
for _ in $(seq 1 30); do
    now=$(present)
    [ "$now" != "$before" ] && break
    sleep 1
done
echo "report after catching up: $now"
details
[ "$now" = $(( before - 1 )) ] || { echo "FAILED: expected $(( before - 1 )) present days" >&2; exit 1; }
grep -q SEVERE "$work/app.log" && { echo "FAILED: SEVERE in the application's log" >&2; grep SEVERE "$work/app.log" | head >&2; exit 1; }
echo "OK: reports read the replica, saves went to the primary, the delay shows in the health details"
