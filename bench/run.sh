#!/usr/bin/env bash
# The benchmark (README, "Benchmarks"; bench/README.md explains every line it prints): one
# command, re-runnable.
#   bash bench/run.sh                  (BENCH_SECONDS=10 bash bench/run.sh for a shorter trial)
# Generates the data once (about 2 minutes: 100 000 patients, 50 therapists, 1 000 000
# appointments, 40 000 plans, 200 000 outcome measures), starts the production jar against
# it and measures over real HTTP, then measures raw PostgreSQL on the same machine in the same
# run, checks what must hold after the load (no double booking, no lost audit line) and ends
# with the read path's goals, each PASS or MISS. Needs a PostgreSQL server it may create a role
# and a database on (the machine's service on 127.0.0.1:5432 as postgres, started if down;
# PGHOST/PGPORT/PGUSER override), and psql, pgbench and wrk (installed from Debian's packages
# when missing), a JDK >= 21 under /usr/lib/jvm.
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=ilium_bench
PORT=${BENCH_PORT:-8089}
SECS=${BENCH_SECONDS:-20}
OUT=bench/out
RANGE="from=2026-03-01&to=2026-05-29"
# The JVM options of a production deploy, the same as the Dockerfile's and the README's. Without
# them the JVM sizes its heap from the host (maximum 1/4 of its memory: about 6 GB on a 23 GiB
# machine), so the resident set would measure the host, not the service. The heap is sized from
# what the service keeps: after a full collection under read, FHIR and booking load the live
# heap is about 55 MB (jcmd GC.heap_info), and 192 MB gives it three and a half times that. The
# collector stays the JVM's own choice (G1 on two cores; Serial and Parallel were tried and peaked
# no lower), so the peak RSS below is heap plus everything else the JVM needs (metaspace, code
# cache, GC structures, threads).
JVM_OPTS=${BENCH_JVM_OPTS:-"-Xmx192m -XX:+ExitOnOutOfMemoryError"}
mkdir -p "$OUT"

# --- Tools, database, jar --------------------------------------------------------------------

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

# --- The service -----------------------------------------------------------------------------

echo "Starting Ilium on port $PORT ($JVM_OPTS)"
# shellcheck disable=SC2086 # JVM_OPTS is a list of options
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$DB SPRING_DATASOURCE_PASSWORD=$DB \
ILIUM_TOKEN_SECRET="bench-secret-$(date +%s)-that-is-long-enough-for-hs256" SERVER_PORT=$PORT \
  "$JAVA" $JVM_OPTS -jar "$JAR" > "$OUT/service.log" 2>&1 &
SERVICE=$!
RSS_SAMPLER=""
trap 'kill $SERVICE $RSS_SAMPLER 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
ready_rss_kb=$(ps -o rss= -p $SERVICE)

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
# Each booking run (warm-up, measured, under report load) books its own range of free slots
# from June 2027 on (after the generated appointments, inside the two-year booking horizon);
# what an earlier, interrupted run left there is removed first.
as_owner psql -q -d $DB -c "delete from appointment where starts_at >= timestamptz '2027-06-07' and starts_at < timestamptz '2029-01-01'"
export ILIUM_TOKEN BENCH_RUN=0

# --- Helpers ---------------------------------------------------------------------------------

: > "$OUT/results.txt"; : > "$OUT/wrk.log"; : > "$OUT/rss.log"
say() { echo "$*" | tee -a "$OUT/results.txt"; }
latency() { "$JAVA" bench/Bench.java latency "$@" | tee -a "$OUT/results.txt"; }

# wrk_run NAME CONNECTIONS SECONDS WRK_ARGS...: one wrk run with two threads and its latency
# distribution; the whole output is kept in $OUT/wrk-NAME.txt (and appended to wrk.log).
wrk_run() {
  local name=$1 connections=$2 seconds=$3; shift 3
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" > "$OUT/wrk-$name.txt"
  cat "$OUT/wrk-$name.txt" >> "$OUT/wrk.log"
}
reads() { wrk_run "$1" 32 "$2" -s bench/wrk-read.lua "$ILIUM_URL"; }
books() { wrk_run "$1" 8 "$2" -s bench/wrk-book.lua "$ILIUM_URL"; }
liveness() { wrk_run "$1" 32 "$2" "$ILIUM_URL/actuator/health/liveness"; }

# What a wrk run measured: requests/s, a latency percentile in ms (wrk writes us, ms, s or m),
# and the 200 answers wrk-read.lua counted.
rps() { awk '/Requests\/sec/ {print int($2)}' "$OUT/wrk-$1.txt"; }
percentile_ms() {
  awk -v p="$2%" '$1 == p {
    v = $2; if (v ~ /us$/) ms = v / 1000; else if (v ~ /ms$/) ms = v + 0; else if (v ~ /m$/) ms = v * 60000; else ms = v * 1000
    printf "%.1f", ms }' "$OUT/wrk-$1.txt"
}
answers_200() { awk '/^answers-200/ {print $2}' "$OUT/wrk-$1.txt"; }
describe() { echo "rps=$(rps "$1") p50_ms=$(percentile_ms "$1" 50) p99_ms=$(percentile_ms "$1" 99)"; }

# The service's resident set, sampled every second from the warm-up to the last wrk run.
start_rss_sampling() {
  ( while kill -0 $SERVICE 2>/dev/null; do ps -o rss= -p $SERVICE || true; sleep 1; done ) >> "$OUT/rss.log" &
  RSS_SAMPLER=$!
}
stop_rss_sampling() { kill $RSS_SAMPLER; wait $RSS_SAMPLER 2>/dev/null || true; RSS_SAMPLER=""; }
peak_rss_mb() { sort -n "$OUT/rss.log" | tail -n 1 | awk '{print int($1 / 1024)}'; }

# The database's clock (the service stamps audit lines with the same machine's clock).
db_now() { psql -qAt -d $DB -c "select clock_timestamp()"; }
# audit_reads FROM TO: the patient READ lines the bench user's requests left in that window.
audit_reads() {
  psql -qAt -d $DB -c "select count(*) from audit_event
     where username = 'bench-admin' and action = 'READ' and resource_type = 'patient'
       and at between '$1' and '$2'"
}

# Three decimals: a goal is never met by rounding up (0.496 is not 0.5).
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "n/a" }'; }
# goal WHAT VALUE OP LIMIT: one line of the read path's goals, PASS or MISS (OP is >=, <= or =).
goal() {
  awk -v what="$1" -v v="$2" -v op="$3" -v limit="$4" 'BEGIN {
    ok = v ~ /^[0-9.]+$/ && ((op == ">=" && v + 0 >= limit + 0) || (op == "<=" && v + 0 <= limit + 0) || (op == "=" && v + 0 == limit + 0))
    printf "goal %-28s %8s   %s %-5s %s\n", what, v, op, limit, ok ? "PASS" : "MISS" }' | tee -a "$OUT/results.txt"
}

say "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r), PostgreSQL $(psql -qAt -d postgres -c 'show server_version' | cut -d' ' -f1), $("$JAVA" -version 2>&1 | head -1), JVM options: $JVM_OPTS, load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- Warm-up ---------------------------------------------------------------------------------

echo "Warming up the JIT (70 s)"
start_rss_sampling
reads warmup-read 30; ILIUM_READ_PATH=/fhir/r4/Patient/ reads warmup-fhir-read 10; BENCH_RUN=1 books warmup-book 30; liveness warmup-liveness 10

# --- Front desk (issue 3) and the read path (issue 12) ---------------------------------------

latency patient-search "$SECS" '/api/v1/patients?q={q}'
latency availability-week "$SECS" '/api/v1/therapists/{therapistId}/availability?from={monday}&to={friday}&durationMinutes=45'

read_from=$(db_now)
reads patient-read "$SECS"
read_to=$(db_now)
say "patient-read clients=32 $(describe patient-read) answers_200=$(answers_200 patient-read)"
# The same patients read as FHIR (issue 15): same token, role check and audit line, HAPI's parser.
ILIUM_READ_PATH=/fhir/r4/Patient/ reads fhir-patient-read "$SECS"
say "fhir-patient-read clients=32 $(describe fhir-patient-read) answers_200=$(answers_200 fhir-patient-read)"
books booking "$SECS"
say "booking clients=8 $(describe booking)"
liveness liveness "$SECS"
say "liveness clients=32 $(describe liveness)"

# --- Raw PostgreSQL, same machine, same run --------------------------------------------------

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
say "ratio patient-read/same-sql=$(ratio "$(rps patient-read)" "$same_reads") booking/same-sql=$(ratio "$(rps booking)" "$same_books") (for context)"

# --- Reports (issue 5): each over 90 days, against the same aggregate straight in SQL --------

for report in clinic-summary utilization outcomes; do
  latency "report-$report" "$SECS" "/api/v1/reports/$report?$RANGE"
  sql_ms=$(as_owner pgbench -n -c 1 -t 30 -f "bench/sql-$report.sql" $DB 2>/dev/null | awk '/latency average/ {print $4}')
  say "sql-$report latency_average_ms=$sql_ms"
done

# --- Reads and bookings under report load ----------------------------------------------------
# Two report clients running at the same time, each asking for one of the three reports over a
# random 90-day range, one after another without pause.
"$JAVA" bench/Bench.java throughput reports-load $((2 * SECS + 10)) 2 \
  "/api/v1/reports/clinic-summary?from={from}&to={to}" "/api/v1/reports/utilization?from={from}&to={to}" \
  "/api/v1/reports/outcomes?from={from}&to={to}&groupBy=THERAPIST" >> "$OUT/results.txt" &
REPORTS=$!
sleep 3
reads loaded-read "$SECS"; BENCH_RUN=2 books loaded-book "$SECS"
wait $REPORTS || true
stop_rss_sampling
say "with-2-report-clients patient-read rps=$(rps loaded-read) booking rps=$(rps loaded-book)"
awk -v r="$(rps patient-read)" -v lr="$(rps loaded-read)" -v b="$(rps booking)" -v lb="$(rps loaded-book)" 'BEGIN {
  printf "ratio under report load: patient-read=%.2f booking=%.2f (target >= 0.70)\n", lr / r, lb / b }' | tee -a "$OUT/results.txt"

# --- What must hold after the load -----------------------------------------------------------

# Every 200 wrk counted for the patient-read run must have its READ audit line in that window.
# Lines the service would write after answering (not the case today) get up to 10 s to appear.
answered=$(answers_200 patient-read)
for _ in $(seq 1 10); do
  audited=$(audit_reads "$read_from" "$read_to")
  [ "$audited" -ge "$answered" ] && break
  sleep 1
done
lost_audit=$(( answered > audited ? answered - audited : 0 ))
say "audit patient-read answers_200=$answered audit_read_lines=$audited missing=$lost_audit"
# Before the cleanup below, so the bookings of this run are checked too.
pairs=$(psql -qAt -F ' ' -d $DB -f bench/double-bookings.sql)
read -r therapist_pairs patient_pairs <<< "$pairs"
double_bookings=$(( therapist_pairs + patient_pairs ))
say "double-bookings therapist_pairs=$therapist_pairs patient_pairs=$patient_pairs"
peak_rss=$(peak_rss_mb)
say "service-rss ready_mb=$(( ready_rss_kb / 1024 )) peak_under_load_mb=$peak_rss samples=$(wc -l < "$OUT/rss.log")"

# --- The read path's goals (issue 12) --------------------------------------------------------

goal "patient-read/liveness" "$(ratio "$(rps patient-read)" "$(rps liveness)")" ">=" 0.5
goal "patient-read/pgbench-select" "$(ratio "$(rps patient-read)" "$raw_reads")" ">=" 0.15
goal "booking/pgbench-insert" "$(ratio "$(rps booking)" "$raw_inserts")" ">=" 0.4
goal "patient-read p99 ms" "$(percentile_ms patient-read 99)" "<=" 50
goal "fhir-read cost/json-read cost" "$(ratio "$(rps patient-read)" "$(rps fhir-patient-read)")" "<=" 1.5
goal "service peak RSS MB" "$peak_rss" "<=" 400
goal "double bookings" "$double_bookings" "=" 0
goal "lost audit lines" "$lost_audit" "=" 0

# Keep the data set at its generated size: remove what this run booked (bench database only).
as_owner psql -q -d $DB -c "delete from appointment where starts_at >= timestamptz '2027-06-07' and starts_at < timestamptz '2029-01-01'"
as_owner psql -q -d $DB -c "delete from appointment where starts_at >= timestamptz '2040-01-01'"
kill $SERVICE; wait $SERVICE 2>/dev/null || true

# --- The staff's pages on the demo clinic (issue 16) -----------------------------------------
# A fresh database with the demo clinic (the first README command's data), the same jar and JVM
# options; each role signs in through the form and asks for its pages in turn, one client.
DEMO=ilium_bench_demo
psql -q -d postgres -c "drop database if exists $DEMO" -c "create database $DEMO owner $DB"
# shellcheck disable=SC2086 # JVM_OPTS is a list of options
SPRING_PROFILES_ACTIVE=demo SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DEMO" \
SPRING_DATASOURCE_USERNAME=$DB SPRING_DATASOURCE_PASSWORD=$DB \
ILIUM_TOKEN_SECRET="bench-secret-$(date +%s)-that-is-long-enough-for-hs256" SERVER_PORT=$PORT \
  "$JAVA" $JVM_OPTS -jar "$JAR" > "$OUT/service-demo.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 90); do curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
demo_token() {
  curl -s "$ILIUM_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"ilium-demo-password\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}
first_id() { grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4; }
maya=$(demo_token maya)
walter=$(curl -s "$ILIUM_URL/api/v1/patients?q=Walter%20Brooks" -H "Authorization: Bearer $maya" | first_id)
plan=$(curl -s "$ILIUM_URL/api/v1/patients/$walter/treatment-plans" -H "Authorization: Bearer $maya" | first_id)
today=$(TZ=America/Los_Angeles date +%F)
pages() { ILIUM_USER=$1 "$JAVA" bench/Bench.java pages "pages-$1" "$SECS" "${@:2}" | tee -a "$OUT/results.txt"; }
pages frontdesk "/app/schedule?date=$today" "/app/schedule?date=$today&view=week" "/app/patients?q=brooks" \
  "/app/patients/$walter"
pages maya /app/my-day "/app/patients/$walter/chart" "/app/plans/$plan" "/app/plans/$plan/handout.pdf?on=$today"
pages admin /app/reports /app/admin/staff /app/admin/therapists "/app/admin/audit?patientId=$walter"
slowest_page_p95=$(awk '/^pages-/ { for (i = 1; i <= NF; i++) if ($i ~ /^slowest_p95_ms=/) { split($i, kv, "="); if (kv[2] + 0 > max) max = kv[2] + 0 } }
  END { printf "%.1f", max }' "$OUT/results.txt")
goal "slowest page p95 ms (demo)" "$slowest_page_p95" "<=" 200
say "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
