#!/usr/bin/env bash
# Proves a backup can be restored: backs up DB_NAME, restores it into a scratch database, and compares every table
# (row count and CHECKSUM TABLE) between the two; exits non-zero on any difference. The scratch database is dropped.
#
#   DB_NAME=mtbbe DB_USER=root ops/restore-test.sh
set -euo pipefail
cd "$(dirname "$0")"
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_NAME=${DB_NAME:-mtbbe}
DB_USER=${DB_USER:-mtbbe}
export MYSQL_PWD=${DB_PASSWORD:-${MYSQL_PWD:-}}
export DB_HOST DB_PORT DB_NAME DB_USER
CLIENT=$(command -v mariadb || command -v mysql)
sql() { "$CLIENT" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --default-character-set=utf8mb4 -N "$@"; }

SCRATCH="${DB_NAME}_restore_test_$$"
WORK=$(mktemp -d)
trap 'sql -e "DROP DATABASE IF EXISTS \`$SCRATCH\`" || true; rm -rf "$WORK"' EXIT

start=$(date +%s)
./backup-mysql.sh "$WORK/backup.sql.gz"
./restore-mysql.sh "$WORK/backup.sql.gz" "$SCRATCH"

tables=$(sql -e "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")
differ=0
count=0
rows=0
for t in $tables; do
    a=$(sql -e "SELECT COUNT(*) FROM \`$DB_NAME\`.\`$t\`")
    b=$(sql -e "SELECT COUNT(*) FROM \`$SCRATCH\`.\`$t\`" 2>/dev/null || echo missing)
    ca=$(sql -e "CHECKSUM TABLE \`$DB_NAME\`.\`$t\`" | awk '{print $2}')
    cb=$(sql -e "CHECKSUM TABLE \`$SCRATCH\`.\`$t\`" 2>/dev/null | awk '{print $2}')
    if [ "$a" != "$b" ] || [ "$ca" != "$cb" ]; then
        echo "DIFFERS $t: rows $a / $b, checksum $ca / $cb"
        differ=1
    fi
    count=$((count + 1))
    rows=$((rows + a))
done
echo "$count tables, $rows rows compared in $(( $(date +%s) - start )) s: $([ $differ = 0 ] && echo 'the restored copy is identical' || echo 'DIFFERENCES')"
exit $differ
