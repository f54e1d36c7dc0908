#!/bin/sh
# Starts one instance of the application on Payara Micro: a single instance by default, or a member of a cluster
# whose instances share HTTP sessions, page (view) state and caches through Payara's Hazelcast data grid. The
# Docker image starts with it, and so does bench/cluster.sh on one machine. Settings, from the environment:
#
#   MTBBE_CLUSTER_MEMBERS  the data-grid address (host:port) of every member, this one included, comma-separated,
#                          e.g. app1:6900,app2:6900. Empty or unset: a single instance, without a data grid.
#   MTBBE_CLUSTER_NAME     the grid's name (default mtbbe): instances with another name never join it.
#   MTBBE_CLUSTER_PORT     this member's data-grid port (default 6900); must be its entry in MTBBE_CLUSTER_MEMBERS.
#   MTBBE_NODE_NAME        this instance's name in the logs and the grid (default: Payara's generated one).
#   MTBBE_HTTP_PORT        the HTTP port (default 8080).
#   MTBBE_MICRO            Payara Micro: payara-micro.jar, or a prepared runtime's launch-micro.jar
#                          (docker/prepare-runtime.sh); default /opt/payara/runtime/launch-micro.jar (the image).
#   MTBBE_WAR              the application (default /opt/payara/deployments/mtbbe.war).
#   MTBBE_CONFIG           the folder of pre-boot-commands*.asadmin and logging.properties (default /opt/payara/config).
#   JVM_FLAGS              the JVM's flags (default -Xss2m -XX:+UseSerialGC).
# The application's own settings (MTBBE_DB_URL, ...) are read by the application itself (README, "Configuration").
# Further arguments are passed to Payara Micro as they are (e.g. --rootdir DIR).
#
# Discovery is by the listed members only (Hazelcast TCP/IP): no multicast, each address given one by one (Payara
# Micro refuses a port range there), and --nohostaware so that members on one host are not taken for one machine.
set -eu
micro=${MTBBE_MICRO:-/opt/payara/runtime/launch-micro.jar}
war=${MTBBE_WAR:-/opt/payara/deployments/mtbbe.war}
config=${MTBBE_CONFIG:-/opt/payara/config}
members=$(printf %s "${MTBBE_CLUSTER_MEMBERS:-}" | tr -d ' ')

if [ -n "$members" ]; then
    old_ifs=$IFS; IFS=,
    for member in $members; do
        case $member in
            *:*-*) echo "MTBBE_CLUSTER_MEMBERS: $member: list every member's port, not a range" >&2; exit 2 ;;
            ?*:[0-9]*) ;;
            *) echo "MTBBE_CLUSTER_MEMBERS: $member is not host:port" >&2; exit 2 ;;
        esac
    done
    IFS=$old_ifs
    port=${MTBBE_CLUSTER_PORT:-6900}
    case $port in ''|*[!0-9]*) echo "MTBBE_CLUSTER_PORT: $port is not a port number" >&2; exit 2 ;; esac
    # The cluster's pre-boot commands leave the web container's session availability on: sessions live in the grid.
    set -- --clustermode "tcpip:$members" --clustername "${MTBBE_CLUSTER_NAME:-mtbbe}" --startport "$port" \
        --nohostaware --prebootcommandfile "$config/pre-boot-commands-cluster.asadmin" "$@"
else
    # One instance keeps its sessions in memory: no data grid at all (it also starts about 2.5 s sooner than with a
    # grid of one, --nocluster; bench/RESULTS.md, 2026-12-01).
    set -- --nohazelcast --prebootcommandfile "$config/pre-boot-commands.asadmin" "$@"
fi
[ -z "${MTBBE_NODE_NAME:-}" ] || set -- --name "$MTBBE_NODE_NAME" "$@"
[ -z "${MTBBE_HTTP_PORT:-}" ] || set -- --port "$MTBBE_HTTP_PORT" "$@"
# A runtime prepared with a class-data-sharing archive beside it is started with it (same JVM and flags).
archive=$(dirname "$micro")/mtbbe.jsa
[ ! -f "$archive" ] || set -- "-XX:SharedArchiveFile=$archive" -jar "$micro" --deploy "$war" "$@"
[ -f "$archive" ] || set -- -jar "$micro" --deploy "$war" "$@"
# JVM_FLAGS is split into words on purpose.
# shellcheck disable=SC2086
exec java ${JVM_FLAGS:--Xss2m -XX:+UseSerialGC} "$@" --contextroot / --logproperties "$config/logging.properties" \
    --disablephonehome
