#!/usr/bin/env bash
# The time of a class-list import of N pupils (default 5000) through the API, against a running application with
# the demo data (e.g. `mvn -Prun`): a new school of Lào Cai with ten grade-1 classes (made by the ministry account),
# then a CSV of N children (names of letters drawn from the run, born on 300 different days) imported by
# officer.laocai, once refused (one bad date in the middle: nothing written) and once whole.
#   bench/pupil-import.sh [N] [BASE_URL]
set -euo pipefail
N=${1:-5000}
BASE=${2:-http://localhost:8080}
PASS=${MTBBE_DEMO_PASSWORD:-demo}
RUN=$(tr -dc 'a-z' </dev/urandom | head -c 6 || true)
SCHOOL="B$(date +%s | tail -c 7)"
# the running school year: the latest one that has begun
YEAR=$(curl -fsS -u "ministry:$PASS" "$BASE/api/school-years" | python3 -c '
import json,sys,datetime
years=[y for y in json.load(sys.stdin) if y["startDate"]<=datetime.date.today().isoformat()]
print(years[-1]["code"])')
curl -fsS -o /dev/null -u "ministry:$PASS" -H 'Content-Type: application/json' -X POST "$BASE/api/schools" \
  -d "{\"code\":\"$SCHOOL\",\"name\":\"Trường đo $SCHOOL\",\"provinceCode\":\"10\",\"district\":\"Si Ma Cai\",\"level\":\"PRIMARY\",\"designation\":\"PILOT\",\"programmeLanguage\":\"hmn\"}"
for c in 0 1 2 3 4 5 6 7 8 9; do
  curl -fsS -o /dev/null -u "ministry:$PASS" -H 'Content-Type: application/json' -X POST "$BASE/api/classes" \
    -d "{\"schoolCode\":\"$SCHOOL\",\"schoolYear\":\"$YEAR\",\"stage\":\"GRADE_1\",\"name\":\"1$c\"}"
done
TMP=$(mktemp -d)
python3 - "$N" "$RUN" "$SCHOOL" "$TMP" <<'PY'
import sys, datetime
n, run, school, tmp = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
born = datetime.date.today().replace(day=1) - datetime.timedelta(days=6*365)
import random
rnd = random.Random(run)
def word(i):
    return "".join(rnd.choice("abcdeghiklmnoprstuvxy") for _ in range(7))
head = "school,class,vietnameseName,nativeName,sex,dateOfBirth,ethnicity,motherTongue\n"
rows = []
for i in range(n):
    name = "Giàng %s %s" % (word(i), word(i))
    rows.append("%s,1%d,%s,%s,F,%s,HMONG,hmn\n" % (school, i % 10, name, name, born - datetime.timedelta(days=i % 300)))
open(tmp + "/good.csv", "w").write(head + "".join(rows))
bad = list(rows); bad[n // 2] = bad[n // 2].replace(",F,", ",F,31/02/2018,").replace(",HMONG", "", 0)
cells = rows[n // 2].split(","); cells[5] = "31/02/2018"; bad[n // 2] = ",".join(cells)
open(tmp + "/bad.csv", "w").write(head + "".join(bad))
PY
for f in bad good; do
  curl -sS -o "$TMP/$f.json" -w "$f: HTTP %{http_code} in %{time_total} s ($(wc -c <"$TMP/$f.csv") bytes)\n" \
    -u "officer.laocai:$PASS" -H 'Content-Type: text/csv' --data-binary "@$TMP/$f.csv" "$BASE/api/pupils/imports"
done
head -c 300 "$TMP/good.json"; echo
rm -rf "$TMP"
