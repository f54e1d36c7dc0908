#!/usr/bin/env bash
# Backs up the application's MySQL 8 / MariaDB database into one compressed SQL file, consistently while the
# application runs (one transaction: --single-transaction; every table is InnoDB).
#
#   ops/backup-mysql.sh [FILE]        default FILE: mtbbe-YYYYMMDD-HHMMSS.sql.gz
#
# Connection: DB_HOST (127.0.0.1), DB_PORT (3306), DB_NAME (mtbbe), DB_USER (mtbbe), DB_PASSWORD (from MYSQL_PWD or
# empty). The file holds children's personal data: keep it where the database itself may be kept.
set -euo pipefail
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_NAME=${DB_NAME:-mtbbe}
DB_USER=${DB_USER:-mtbbe}
export MYSQL_PWD=${DB_PASSWORD:-${MYSQL_PWD:-}}
FILE=${1:-mtbbe-$(date +%Y%m%d-%H%M%S).sql.gz}
DUMP=$(command -v mariadb-dump || command -v mysqldump)

umask 077
"$DUMP" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --single-transaction --quick --routines --triggers \
    --hex-blob --default-character-set=utf8mb4 "$DB_NAME" \
    | gzip -9 > "$FILE.partial"
mv "$FILE.partial" "$FILE"
echo "Backed up $DB_NAME to $FILE ($(du -h "$FILE" | cut -f1))"
