#!/usr/bin/env bash
# Query plans of the pupil lists on MariaDB/MySQL, with the sort indexes of migration V8 and without them (the
# indexes of V1), on the demo data.
#   mvn -DskipTests package && bench/explain-pupil-lists.sh
# Needs a MariaDB/MySQL server at 127.0.0.1:3306 where root signs in without a password (as on the CI machines).
# It creates the database mtbbe_explain, starts the packaged application on it once with MTBBE_DEMO=true (schema
# and demo data), stops it, prints EXPLAIN for each list as the application sends it (officer: one province;
# ministry: every province; by the Vietnamese key and by the root key; the school joined as the list reads it), then drops the V8 indexes, restores those
# of V1 and prints the plans again. Record the results in bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
target=$(cd "${TARGET:-target}" && pwd)
root=$(pwd)
port=${PORT:-8397}
db=mtbbe_explain
sql() { mysql -uroot -h127.0.0.1 "$@"; }
[ -f "$target/mtbbe.war" ] && [ -f "$target/payara-micro.jar" ] || { echo "run: mvn -DskipTests package" >&2; exit 1; }

sql <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'mtbbe'@'127.0.0.1' IDENTIFIED BY 'mtbbe';
GRANT ALL PRIVILEGES ON $db.* TO 'mtbbe'@'127.0.0.1';
SQL
work=$(mktemp -d)
trap '[ -f "$work/pid" ] && kill "$(cat "$work/pid")" 2>/dev/null; sleep 1; rm -rf "$work"' EXIT
(cd "$work" && MTBBE_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true" \
    MTBBE_DB_USER=mtbbe MTBBE_DB_PASSWORD=mtbbe MTBBE_DEMO=true \
    exec java -Xss2m -XX:+UseSerialGC -jar "$target/payara-micro.jar" --rootdir "$work/root" \
    --deploy "$target/mtbbe.war" --contextroot / --port "$port" --nohazelcast --disablephonehome \
    --prebootcommandfile "$root/config/pre-boot-commands.asadmin" --logproperties "$root/config/logging.properties" \
    >"$work/server.log" 2>&1) &
echo $! > "$work/pid"
for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health/ready")" = 200 ] && break
    sleep 1
done
kill "$(cat "$work/pid")"; rm -f "$work/pid"; sleep 2
# The demo's pupils copied SCALE times (default 30, about 100,000 pupils): on a few thousand rows a full scan and
# a sort are cheapest whatever the indexes, so the plans would not show what a national list does.
scale=${SCALE:-30}
for i in $(seq 1 "$scale"); do
    sql "$db" -e "INSERT INTO pupil (code, native_name, vietnamese_name, sex, date_of_birth, ethnicity_code,
        mother_tongue, school_id, province_code, search_key, sort_key_vi, sort_key_root, demo)
        SELECT CONCAT('S', $i, '-', code), native_name, vietnamese_name, sex, date_of_birth, ethnicity_code,
        mother_tongue, school_id, province_code, search_key, sort_key_vi, sort_key_root, demo
        FROM pupil WHERE code NOT LIKE 'S%-%'"
done
sql -N -e "SELECT COUNT(*), COUNT(DISTINCT province_code) FROM $db.pupil" | awk '{print "pupils: " $1 " in " $2 " provinces"}'
sql -e "ANALYZE TABLE $db.pupil" >/dev/null

explain() {
    echo "-- $1"
    sql -t "$db" -e "EXPLAIN SELECT p.*, s.* FROM pupil p LEFT JOIN school s ON s.id = p.school_id $2 LIMIT 100"
}
plans() {
    explain "officer (one province), Vietnamese order" "WHERE p.province_code IN ('10') ORDER BY p.sort_key_vi, p.code"
    explain "officer (one province), English/Chinese/Malay order" "WHERE p.province_code IN ('10') ORDER BY p.sort_key_root, p.code"
    explain "ministry (every province), Vietnamese order" "ORDER BY p.sort_key_vi, p.code"
    explain "ministry (every province), English/Chinese/Malay order" "ORDER BY p.sort_key_root, p.code"
    explain "one school, English/Chinese/Malay order" "WHERE p.school_id = (SELECT MIN(school_id) FROM pupil) ORDER BY p.sort_key_root, p.code"
}
echo "== with the indexes of V8"
plans
sql "$db" <<SQL
CREATE INDEX ix_pupil_school_vi ON pupil (school_id, sort_key_vi);
CREATE INDEX ix_pupil_province_vi ON pupil (province_code, sort_key_vi);
DROP INDEX ix_pupil_school_vi_code ON pupil;
DROP INDEX ix_pupil_school_root_code ON pupil;
DROP INDEX ix_pupil_province_vi_code ON pupil;
DROP INDEX ix_pupil_province_root_code ON pupil;
DROP INDEX ix_pupil_vi_code ON pupil;
DROP INDEX ix_pupil_root_code ON pupil;
ANALYZE TABLE pupil;
SQL
echo "== with the indexes of V1 (before V8)"
plans
sql -e "DROP DATABASE $db"
