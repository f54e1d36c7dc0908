#!/usr/bin/env bash
# The cluster layout on one machine: a new database on the local MySQL/MariaDB (127.0.0.1:3306, root without
# password), two application instances (NODES=3: three) on loopback forming one Payara/Hazelcast data grid, and
# HAProxy (docker/haproxy.cfg, Debian's /usr/sbin/haproxy) in front of them.
#   mvn -B -ntp -DskipTests package && bench/cluster.sh            # runs until Ctrl+C
#   bench/cluster.sh COMMAND [ARGS...]                              # runs COMMAND once the cluster is ready, then stops
# Ctrl+C, the end of COMMAND or any failure stops the instances and HAProxy and drops the database. Logs stay in
# target/cluster/ (node1.log, node2.log, haproxy.log) until the next run.
# COMMAND sees MTBBE_CLUSTER_WORK (that folder: nodeN.sh restarts instance N in the background, nodeN.pid is its
# process), MTBBE_CLUSTER_NODES, MTBBE_LB_URL and MTBBE_TEST_DB (the database's name).
# Settings: NODES (2), LB_PORT (8088), instances' HTTP ports 9321.., data-grid ports 6911.., demo data loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
[ -f target/mtbbe.war ] && [ -f target/payara-micro.jar ] || { echo "run: mvn -B -ntp -DskipTests package" >&2; exit 1; }
NODES=${NODES:-2}
[[ $NODES =~ ^[1-3]$ ]] || { echo "NODES must be 1, 2 or 3" >&2; exit 2; }
LB_PORT=${LB_PORT:-8088}
DB=mtbbe_cluster_$$
SQL=(mysql -uroot -h127.0.0.1 -P3306)
work=$repo/target/cluster
rm -rf "$work"
mkdir -p "$work"
haproxy_pid=
members=
for i in $(seq 1 "$NODES"); do members+="${members:+,}127.0.0.1:$((6910 + i))"; done

cleanup() {
    trap - EXIT INT TERM
    echo "stopping the cluster"
    [ -z "$haproxy_pid" ] || kill "$haproxy_pid" 2>/dev/null || true
    for i in $(seq 1 "$NODES"); do
        [ ! -f "$work/node$i.pid" ] || kill "$(cat "$work/node$i.pid")" 2>/dev/null || true
    done
    for _ in $(seq 1 20); do
        alive=0
        for i in $(seq 1 "$NODES"); do
            [ ! -f "$work/node$i.pid" ] || ! kill -0 "$(cat "$work/node$i.pid")" 2>/dev/null || alive=1
        done
        [ "$alive" = 1 ] || break
        sleep 0.5
    done
    for i in $(seq 1 "$NODES"); do
        [ ! -f "$work/node$i.pid" ] || kill -9 "$(cat "$work/node$i.pid")" 2>/dev/null || true
        rm -rf "$work/root$i"
    done
    "${SQL[@]}" -e "DROP DATABASE IF EXISTS $DB" || true
    echo "database $DB dropped; logs in $work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${SQL[@]}" -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'mtbbe'@'%' IDENTIFIED BY 'mtbbe'; CREATE USER IF NOT EXISTS 'mtbbe'@'localhost' IDENTIFIED BY 'mtbbe';
  GRANT ALL ON $DB.* TO 'mtbbe'@'%'; GRANT ALL ON $DB.* TO 'mtbbe'@'localhost';"

# Each instance's start script, also used to restart it (the fault test does).
for i in $(seq 1 "$NODES"); do
    cat > "$work/node$i.sh" <<EOF
#!/bin/sh
# Starts instance $i of the local cluster in the background; its process id goes to node$i.pid.
cd '$repo'
MTBBE_DB_URL='jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true' \\
MTBBE_DB_USER=mtbbe MTBBE_DB_PASSWORD=mtbbe MTBBE_DEMO=true MTBBE_PROXY_TRUSTEDADDRESSES=local \\
MTBBE_CLUSTER_MEMBERS=$members MTBBE_CLUSTER_NAME=mtbbe-local-$$ MTBBE_CLUSTER_PORT=$((6910 + i)) \\
MTBBE_NODE_NAME=app$i MTBBE_HTTP_PORT=$((9320 + i)) \\
MTBBE_MICRO=target/payara-micro.jar MTBBE_WAR=target/mtbbe.war MTBBE_CONFIG=config \\
    nohup docker/start-node.sh --rootdir '$work/root$i' >> '$work/node$i.log' 2>&1 < /dev/null &
echo \$! > '$work/node$i.pid'
EOF
    chmod +x "$work/node$i.sh"
    "$work/node$i.sh"
done

# HAProxy with the same configuration as the compose layout; a third instance gets a third server line.
cfg=$work/haproxy.cfg
if [ "$NODES" = 3 ]; then
    sed '/server app2 /a\    server app3 "${MTBBE_APP3-app3:8080}"' docker/haproxy.cfg > "$cfg"
else
    cp docker/haproxy.cfg "$cfg"
fi
MTBBE_LB_BIND=127.0.0.1:$LB_PORT MTBBE_APP1=127.0.0.1:9321 MTBBE_APP2=127.0.0.1:9322 MTBBE_APP3=127.0.0.1:9323 \
    /usr/sbin/haproxy -db -f "$cfg" > "$work/haproxy.log" 2>&1 &
haproxy_pid=$!

start=$(date +%s)
for i in $(seq 1 "$NODES"); do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((9320 + i))/api/health/ready")" = 200 ]; do
        kill -0 "$(cat "$work/node$i.pid")" 2>/dev/null || { tail -30 "$work/node$i.log" >&2; echo "instance $i died" >&2; exit 1; }
        [ $(( $(date +%s) - start )) -lt 600 ] || { echo "instance $i not ready after 600 s" >&2; exit 1; }
        sleep 2
    done
done
echo "$NODES instances ready after $(( $(date +%s) - start )) s"
# Every instance must see all of them in its data grid (Hazelcast's member list), else sessions would not be shared.
for i in $(seq 1 "$NODES"); do
    seen=$(grep -o "Members {size:[0-9]*" "$work/node$i.log" | tail -1 | grep -o '[0-9]*$' || true)
    echo "instance $i (http://127.0.0.1:$((9320 + i))/): its data grid has ${seen:-?} members"
    [ "$seen" = "$NODES" ] || { echo "instance $i does not see the other instances; see $work/node$i.log" >&2; exit 1; }
done
grep -h "Members {size:$NODES" -A$((NODES + 1)) "$work/node1.log" | tail -$((NODES + 2)) | cut -c1-160 | sed 's/^/  /'
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT/api/health/ready")" = 200 ]; do sleep 1; done

export MTBBE_CLUSTER_WORK=$work MTBBE_CLUSTER_NODES=$NODES MTBBE_LB_URL=http://127.0.0.1:$LB_PORT MTBBE_TEST_DB=$DB
if [ $# -gt 0 ]; then
    "$@"
else
    echo "open http://127.0.0.1:$LB_PORT/ (demo accounts: README.md; password demo); Ctrl+C stops everything"
    wait "$haproxy_pid"
fi
