#!/usr/bin/env bash
# The fault test of the cluster layout, one command (after mvn -B -ntp -DskipTests package):
#   bench/fault-test.sh
# Starts bench/cluster.sh (new database, two instances in one data grid, HAProxy) and through HAProxy:
#   1. 20 clients save class-days for 60 s as officers (bench/FaultTest.java), both instances up;
#   2. the same while instance 2 is killed (kill -9) at 20 s and started again at 35 s; clients repeat a failed
#      PUT until it is answered. Then every class-day a client was told was saved must read back as written, be
#      counted once in the database, and every attendance aggregate must equal a recount of the marks;
#   3. a signed-in browser (bench/SessionFailover.java) loses the instance that served it and must stay signed in;
#   4. the load of 1. on the one instance left.
# Settings: CLIENTS (20), LOAD_SECONDS (60). Output also in target/fault-test.log; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${MTBBE_CLUSTER_WORK:-}" ]; then
    mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
    NODES=2 bench/cluster.sh "$0" "$@" 2>&1 | tee target/fault-test.log
    exit "${PIPESTATUS[0]}"
fi
cp="target/classes:$(cat target/bench-classpath.txt)"
load=(java -cp "$cp" bench/FaultTest.java "$MTBBE_LB_URL")
n="clients=${CLIENTS:-20} seconds=${LOAD_SECONDS:-60}"
status=0
echo "== 0. warm-up (20 s, not reported: the instances' code is compiled by the JIT during the first saves)"
"${load[@]}" "warm-up" clients=${CLIENTS:-20} seconds=20 || status=1
echo "== 1. two instances, no fault"
"${load[@]}" "2 nodes" $n || status=1
echo "== 2. two instances, instance 2 killed at 20 s and started again at 35 s"
"${load[@]}" "2 nodes, kill -9" $n kill=2 killAt=20 restartAt=35 || status=1
echo "== 3. a signed-in browser session across the loss of its instance"
java -cp "$cp" bench/SessionFailover.java || status=1
echo "== 4. one instance (the other one killed in 3.)"
"${load[@]}" "1 node" $n || status=1
[ "$status" = 0 ] && echo "FAULT TEST PASSED" || echo "FAULT TEST FAILED"
exit "$status"
