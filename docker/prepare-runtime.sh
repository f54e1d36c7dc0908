#!/bin/sh
# Prepares a Payara Micro runtime directory that starts the application faster, as the Docker image uses it:
#   docker/prepare-runtime.sh PAYARA_MICRO_JAR MTBBE_WAR DIR [JVM flags of the real start...]
# 1. `--outputlauncher` unpacks Payara Micro's runtime into DIR once (a plain `java -jar payara-micro.jar`
#    unpacks about 100 MB into the temporary directory at every start) and writes DIR/launch-micro.jar.
# 2. A training start with `--warmup` (deploy, then exit) on a throwaway in-memory database records the
#    classes a start loads into a class-data-sharing archive, DIR/mtbbe.jsa (JDK AppCDS, about 120 MB).
# Start with the same JVM and flags:
#   java FLAGS -XX:SharedArchiveFile=DIR/mtbbe.jsa -jar DIR/launch-micro.jar --deploy MTBBE_WAR ...
# An archive made by another JVM or for another WAR is not used (the JVM checks it) and costs nothing but the
# speed-up: prepare again after upgrading either.
set -eu
[ $# -ge 3 ] || { echo "usage: $0 PAYARA_MICRO_JAR MTBBE_WAR DIR [JVM flags]" >&2; exit 2; }
absolute() { case $1 in /*) echo "$1" ;; *) echo "$(pwd)/$1" ;; esac; }
jar=$(absolute "$1"); war=$(absolute "$2"); dir=$(absolute "$3"); shift 3
rm -rf "$dir"
mkdir -p "$dir"
java -jar "$jar" --outputlauncher --rootdir "$dir" >/dev/null
work=$(mktemp -d)
if ! (cd "$work" && MTBBE_DB_URL='jdbc:h2:mem:training;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE' \
      MTBBE_DEMO=false java "$@" -XX:ArchiveClassesAtExit="$dir/mtbbe.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
      -jar "$dir/launch-micro.jar" --deploy "$war" --contextroot / --nohazelcast --disablephonehome --warmup \
      >"$work/training.log" 2>&1); then
    tail -40 "$work/training.log" >&2
    exit 1
fi
# The training deployment is not kept: the real start deploys the WAR it is given.
rm -rf "$dir/applications" "$dir/generated" "$dir/logs" "$work"
[ -s "$dir/mtbbe.jsa" ] || { echo "no archive written" >&2; exit 1; }
echo "prepared $dir ($(du -sh "$dir" | cut -f1))"
