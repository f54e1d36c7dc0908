#!/usr/bin/env bash
# Restores a backup made by ops/backup-mysql.sh into a database of another name (never over a live one): create the
# target empty, restore, check, then point MTBBE_DB_URL at it.
#
#   ops/restore-mysql.sh FILE TARGET_DB
#
# Connection as for the backup (DB_HOST, DB_PORT, DB_USER, DB_PASSWORD); the user needs CREATE on TARGET_DB.
set -euo pipefail
FILE=${1:?usage: ops/restore-mysql.sh FILE TARGET_DB}
TARGET=${2:?usage: ops/restore-mysql.sh FILE TARGET_DB}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-mtbbe}
export MYSQL_PWD=${DB_PASSWORD:-${MYSQL_PWD:-}}
CLIENT=$(command -v mariadb || command -v mysql)
sql() { "$CLIENT" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --default-character-set=utf8mb4 "$@"; }

if [ -n "$(sql -N -e "SHOW DATABASES LIKE '$TARGET'")" ] && [ -n "$(sql -N -e "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$TARGET' LIMIT 1")" ]; then
    echo "$TARGET is not empty: restore into a new database" >&2
    exit 1
fi
sql -e "CREATE DATABASE IF NOT EXISTS \`$TARGET\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$FILE" | sql "$TARGET"
echo "Restored $FILE into $TARGET"
