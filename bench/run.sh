#!/usr/bin/env bash
# The benchmark (README, "Benchmarks"): one command, re-runnable.
#   bash bench/run.sh            # generates the data once (a few minutes), then measures
# Needs: a PostgreSQL server it may create a role and a database on (BENCH_POSTGRES, default the
# machine's service on 127.0.0.1:5432 as postgres, started if it is down), psql and pgbench
# (Debian: postgresql-client), a JDK >= 21 (found under /usr/lib/jvm like the build does).
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=ilium_bench
PORT=${BENCH_PORT:-8089}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
OUT=bench/out
mkdir -p "$OUT"

if ! pg_isready -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -n | tail -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
fi
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-client" >&2; exit 1; }

JAVA=""
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -x "$jdk/bin/java" ] && [ "$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')" -ge 21 ]; then
    JAVA="$jdk/bin/java"
  fi
done
[ -n "$JAVA" ] || { echo "No JDK >= 21 found" >&2; exit 1; }

psql -qAt -d postgres -c "select 1 from pg_roles where rolname = '$DB'" | grep -q 1 \
  || psql -q -d postgres -c "create role $DB login password '$DB'"
psql -qAt -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || psql -q -d postgres -c "create database $DB owner $DB"

JAR=target/ilium-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

echo "Starting Ilium on port $PORT"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$DB SPRING_DATASOURCE_PASSWORD=$DB \
ILIUM_TOKEN_SECRET="bench-secret-$(date +%s)-that-is-long-enough-for-hs256" SERVER_PORT=$PORT \
ILIUM_DB_POOL_SIZE=${ILIUM_DB_POOL_SIZE:-10} \
  "$JAVA" -Xmx1g -jar "$JAR" > "$OUT/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done

if [ "$(psql -qAt -d $DB -c 'select count(*) from appointment')" -lt 1000000 ]; then
  echo "Generating data (once)"
  time PGUSER=$DB PGPASSWORD=$DB psql -q -d $DB -f bench/generate.sql
fi

export ILIUM_URL="http://localhost:$PORT" ILIUM_USER=bench-admin ILIUM_PASSWORD=ilium-demo-password
bench() { "$JAVA" bench/Bench.java "$@" | tee -a "$OUT/results.txt"; }
: > "$OUT/results.txt"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(psql -qAt -d postgres -c 'show server_version')" | tee -a "$OUT/results.txt"

bench latency patient-search "$SECONDS_PER_RUN" '/api/v1/patients?q={q}'
bench latency availability-week "$SECONDS_PER_RUN" '/api/v1/therapists/{therapistId}/availability?from={monday}&to={friday}&durationMinutes=45'
bench throughput patient-read "$SECONDS_PER_RUN" 32 '/api/v1/patients/{patientId}'
bench book booking "$SECONDS_PER_RUN" 8

# Raw PostgreSQL on the same machine in the same run: read-only pgbench at 32 clients, and
# single-row inserts into the same constrained appointment table at 8 clients.
psql -qAt -d postgres -c "select 1 from pg_database where datname = 'ilium_pgbench'" | grep -q 1 \
  || { psql -q -d postgres -c "create database ilium_pgbench" && pgbench -q -i -s 10 ilium_pgbench >/dev/null 2>&1; }
raw_reads=$(pgbench -n -S -c 32 -j 2 -T "$SECONDS_PER_RUN" ilium_pgbench 2>/dev/null | awk '/^tps/ {print int($3)}')
PGUSER=$DB PGPASSWORD=$DB psql -q -d $DB -c "create sequence if not exists bench_slot"
raw_inserts=$(PGUSER=$DB PGPASSWORD=$DB pgbench -n -c 8 -j 2 -T "$SECONDS_PER_RUN" -f bench/insert-appointment.sql $DB 2>/dev/null | awk '/^tps/ {print int($3)}')
echo "pgbench-select clients=32 tps=$raw_reads" | tee -a "$OUT/results.txt"
echo "pgbench-insert-appointment clients=8 tps=$raw_inserts" | tee -a "$OUT/results.txt"

reads=$(awk '/^patient-read/ {for (i=1;i<=NF;i++) if ($i ~ /^rps=/) {sub("rps=","",$i); print $i}}' "$OUT/results.txt")
books=$(awk '/^booking/ {for (i=1;i<=NF;i++) if ($i ~ /^rps=/) {sub("rps=","",$i); print $i}}' "$OUT/results.txt")
awk -v r="$reads" -v rr="$raw_reads" -v b="$books" -v rb="$raw_inserts" 'BEGIN {
  printf "ratio patient-read/pgbench-select=%.2f (target >= 0.35)\n", r / rr;
  printf "ratio booking/pgbench-insert=%.2f (target >= 0.50)\n", b / rb }' | tee -a "$OUT/results.txt"

# Keep the data set at its generated size: remove what this run booked (bench database only).
PGUSER=$DB PGPASSWORD=$DB psql -q -d $DB -c "delete from appointment where starts_at >= timestamptz '2031-01-01'"
