#!/usr/bin/env bash
# The benchmark (README, "Benchmarks"): one command, re-runnable.
#   bash bench/run.sh
# Generates the data once (about 2 minutes: 100 000 patients, 50 therapists, 1 000 000
# appointments, 40 000 plans, 200 000 outcome measures), starts the production jar against
# it and measures over real HTTP, then measures raw PostgreSQL on the same machine in the same
# run. Needs a PostgreSQL server it may create a role and a database on (the machine's service
# on 127.0.0.1:5432 as postgres, started if down; PGHOST/PGPORT/PGUSER override), and psql,
# pgbench and wrk (installed from Debian's packages when missing), a JDK >= 21 under /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=ilium_bench
PORT=${BENCH_PORT:-8089}
SECS=${BENCH_SECONDS:-20}
OUT=bench/out
RANGE="from=2026-03-01&to=2026-05-29"
mkdir -p "$OUT"

if ! pg_isready -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -n | tail -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
fi
for tool in pgbench wrk; do
  command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client wrk >/dev/null; }
done

JAVA=""
for jdk in /usr/lib/jvm/*; do
  version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}') || continue
  [ -n "$version" ] && [ "$version" -ge 21 ] && JAVA="$jdk/bin/java"
done
[ -n "$JAVA" ] || { echo "No JDK >= 21 found under /usr/lib/jvm" >&2; exit 1; }

psql -qAt -d postgres -c "select 1 from pg_roles where rolname = '$DB'" | grep -q 1 \
  || psql -q -d postgres -c "create role $DB login password '$DB'"
psql -qAt -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || psql -q -d postgres -c "create database $DB owner $DB"

JAR=target/ilium-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

echo "Starting Ilium on port $PORT"
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$DB SPRING_DATASOURCE_PASSWORD=$DB \
ILIUM_TOKEN_SECRET="bench-secret-$(date +%s)-that-is-long-enough-for-hs256" SERVER_PORT=$PORT \
  "$JAVA" -Xmx1g -jar "$JAR" > "$OUT/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done

as_owner() { PGUSER=$DB PGPASSWORD=$DB "$@"; }
if [ "$(psql -qAt -d $DB -c 'select count(*) from appointment')" -lt 1000000 ]; then
  echo "Generating data (once)"
  time as_owner psql -q -d $DB -f bench/generate.sql
fi
if [ "$(psql -qAt -d $DB -c 'select count(*) from outcome_measure')" -lt 200000 ]; then
  echo "Generating clinical data (once)"
  time as_owner psql -q -d $DB -f bench/generate-clinical.sql
fi

export ILIUM_URL="http://localhost:$PORT" ILIUM_USER=bench-admin ILIUM_PASSWORD=ilium-demo-password
ILIUM_TOKEN=$(curl -s "$ILIUM_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"bench-admin","password":"ilium-demo-password"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
export ILIUM_TOKEN BENCH_RUN=$(( $(date +%s) / 60 % 30 ))
: > "$OUT/results.txt"
say() { echo "$*" | tee -a "$OUT/results.txt"; }
latency() { "$JAVA" bench/Bench.java latency "$@" | tee -a "$OUT/results.txt"; }
rps() { awk '/Requests\/sec/ {print int($2)}'; }
reads() { wrk -t2 -c32 -d"${1}s" -s bench/wrk-read.lua "$ILIUM_URL" | tee -a "$OUT/wrk.log" | rps; }
books() { wrk -t2 -c8 -d"${1}s" -s bench/wrk-book.lua "$ILIUM_URL" | tee -a "$OUT/wrk.log" | rps; }

say "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), PostgreSQL $(psql -qAt -d postgres -c 'show server_version' | cut -d' ' -f1), $("$JAVA" -version 2>&1 | head -1), load before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "Warming up the JIT (60 s)"
reads 30 >/dev/null; BENCH_RUN=$(( (BENCH_RUN + 15) % 30 )) books 30 >/dev/null

# Front desk (issue 3).
latency patient-search "$SECS" '/api/v1/patients?q={q}'
latency availability-week "$SECS" '/api/v1/therapists/{therapistId}/availability?from={monday}&to={friday}&durationMinutes=45'
read_rps=$(reads "$SECS"); say "patient-read clients=32 rps=$read_rps"
book_rps=$(books "$SECS"); say "booking clients=8 rps=$book_rps"

# Raw PostgreSQL, same machine, same run.
psql -qAt -d postgres -c "select 1 from pg_database where datname = 'ilium_pgbench'" | grep -q 1 \
  || { psql -q -d postgres -c "create database ilium_pgbench" && pgbench -q -i -s 10 ilium_pgbench >/dev/null 2>&1; }
raw_reads=$(pgbench -n -S -c 32 -j 2 -T "$SECS" ilium_pgbench 2>/dev/null | awk '/^tps/ {print int($3)}')
as_owner psql -q -d $DB -c "create sequence if not exists bench_slot"
raw_inserts=$(as_owner pgbench -n -c 8 -j 2 -T "$SECS" -f bench/insert-appointment.sql $DB 2>/dev/null | awk '/^tps/ {print int($3)}')
# The same rates for the SQL a patient read and a booking actually send (account check, the
# rules' reads, the write, the audit line, in one transaction), without the service around it.
same_reads=$(as_owner pgbench -n -c 32 -j 2 -T "$SECS" -f bench/read-equivalent.sql $DB 2>/dev/null | awk '/^tps/ {print int($3)}')
same_books=$(as_owner pgbench -n -c 8 -j 2 -T "$SECS" -f bench/book-equivalent.sql $DB 2>/dev/null | awk '/^tps/ {print int($3)}')
say "pgbench-select clients=32 tps=$raw_reads"
say "pgbench-insert-appointment clients=8 tps=$raw_inserts"
say "pgbench-read-equivalent clients=32 tps=$same_reads"
say "pgbench-book-equivalent clients=8 tps=$same_books"
awk -v r="$read_rps" -v rr="$raw_reads" -v b="$book_rps" -v rb="$raw_inserts" -v sr="$same_reads" -v sb="$same_books" 'BEGIN {
  printf "ratio patient-read/pgbench-select=%.2f (target >= 0.35)\n", r / rr;
  printf "ratio booking/pgbench-insert=%.2f (target >= 0.50)\n", b / rb;
  printf "ratio patient-read/same-sql=%.2f booking/same-sql=%.2f (for context)\n", r / sr, b / sb }' | tee -a "$OUT/results.txt"

# Reports (issue 5): each over 90 days, against the same aggregate straight in SQL.
for report in clinic-summary utilization outcomes; do
  latency "report-$report" "$SECS" "/api/v1/reports/$report?$RANGE"
  sql_ms=$(as_owner pgbench -n -c 1 -t 30 -f "bench/sql-$report.sql" $DB 2>/dev/null | awk '/latency average/ {print $4}')
  say "sql-$report latency_average_ms=$sql_ms"
done

# Reads and bookings with two report clients running at the same time, each asking for one
# of the three reports over a random 90-day range, one after another without pause.
"$JAVA" bench/Bench.java throughput reports-load $((2 * SECS + 10)) 2 \
  "/api/v1/reports/clinic-summary?from={from}&to={to}" "/api/v1/reports/utilization?from={from}&to={to}" \
  "/api/v1/reports/outcomes?from={from}&to={to}&groupBy=THERAPIST" >> "$OUT/results.txt" &
REPORTS=$!
sleep 3
loaded_reads=$(reads "$SECS"); loaded_books=$(BENCH_RUN=$(( (BENCH_RUN + 7) % 30 )) books "$SECS")
wait $REPORTS || true
say "with-2-report-clients patient-read rps=$loaded_reads booking rps=$loaded_books"
awk -v r="$read_rps" -v lr="$loaded_reads" -v b="$book_rps" -v lb="$loaded_books" 'BEGIN {
  printf "ratio under report load: patient-read=%.2f booking=%.2f (target >= 0.70)\n", lr / r, lb / b }' | tee -a "$OUT/results.txt"

# Keep the data set at its generated size: remove what this run booked (bench database only).
as_owner psql -q -d $DB -c "delete from appointment where starts_at >= timestamptz '2031-01-01'"
