#!/usr/bin/env bash
# Citizen Hub load benchmark, on loopback: generate a synthetic population, load it into a persistent H2
# store with the product's `resolve` command, start the hub on that store (no connectors), then measure
# GET /api/v1/citizens/{id} and GET /api/v1/citizens?name=&dob= with wrk, and write a markdown report.
# Every run is bounded in time; the hub this script starts is stopped on exit, whatever happens.
# See bench/load/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
LUA="$HERE/paths.lua"

usage() {
    cat <<EOF
usage: bench/load/run-load-bench.sh [options]

  --records N            source records to generate (default 1000000; ~2.41 per person)
  --seed S               population seed (default 42)
  --dir DIR              work folder (default /tmp/citizen-hub-load-N); holds the population, the
                         store (DIR/db/hub), the crosswalk, the logs and the report
  --reuse                keep DIR's population and store when they were made with the same N and seed
                         (skips generate and resolve; a store the hub has opened keeps its search index)
  --prepare-only         stop once the hub has started on the store (a first start builds the search
                         index); measure later with --reuse
  --hub-jar PATH         default routes/target/citizen-hub.jar
  --bench-jar PATH       default bench/target/citizen-hub-bench.jar
  --java-home DIR        run the hub (and jcmd, jstat, jstack) from this JDK instead of the java on the PATH,
                         e.g. a JDK 21+ for generational ZGC (the jar is built for Java 17 and runs on later ones)
  --heap SIZE            the hub's -Xmx (default 6g: at 1M records every citizen's profile must fit in the
                         Hazelcast map, which evicts above 40% of the heap)
  --resolve-heap SIZE    resolve's -Xmx (default 3g)
  --port N               the hub's HTTP port (default: a free one)
  --threads N            wrk threads (default 2)
  --connections N        connections of the profile load (default 32)
  --more-connections L   more measured profile runs, at each of these connection counts (comma-separated,
                         e.g. 8,16): wrk is closed-loop, so fewer connections trade queueing for requests/s
  --duration S           seconds of the measured profile load (default 30)
  --search-connections N connections of the search load (default 4)
  --search-duration S    seconds of the measured search load (default 30)
  --warmup S             bound on the first read of every profile id, in seconds (default 900)
  --search-warmup S      seconds of profile and of search load, unreported, before the measured runs (default 15)
  --ids N                distinct citizen ids the profile load asks for (default 0: every citizen)
  --probes N             distinct name + date of birth searches (default 10000)
  --start-timeout S      seconds to wait for the hub to be ready (default 3600: a first start on a
                         store without a search index builds it)
  --thread-dumps N       take N jstack dumps (1 s apart) in the middle of each measured load (default 0)
  --jfr                  record each measured load with Java Flight Recorder (DIR/jfr-RUN.jfr)
  --async-profiler LIB   profile each measured load with async-profiler's libasyncProfiler.so (Maven Central:
                         tools.profiler:async-profiler:4.1:jar:linux-x64), as collapsed stacks in
                         DIR/EVENT-RUN.collapsed; low overhead, unlike --jfr
  --profile-event E      what async-profiler samples: itimer (CPU time, default; needs no perf permission)
                         or alloc (allocations)
  --hub-arg ARG          one more argument for the hub (repeatable), e.g. --hub-arg=--logging.level.root=WARN
  --postgres             keep the store in PostgreSQL instead of H2, as real deployments do: a server of this
                         run's own (Debian: apt-get install -y postgresql), initialised in DIR/pg on first use,
                         listening on 127.0.0.1 only, password from DIR/pg-password, stopped on exit
  --pg-option NAME=VALUE one more PostgreSQL server setting (repeatable), e.g. --pg-option shared_buffers=4GB
  --db-options OPTS      appended to the hub's H2 URL, e.g. ';CACHE_SIZE=1048576' (KiB; H2's default is 16 MiB)
  --report FILE          the markdown report (default DIR/load-report.md)

environment:
  LOAD_AUTH_HEADER   one header sent with every request, e.g. 'Authorization: Basic dXNlcjpwYXNz'
  LOAD_HEADERS       more headers, one per line
  LOAD_JAVA_OPTS     more JVM options for the hub
EOF
}

die() { echo "run-load-bench: $*" >&2; exit 2; }
COMMAND="bench/load/run-load-bench.sh"
[ $# -eq 0 ] || COMMAND+="$(printf ' %q' "$@")"

RECORDS=1000000 SEED=42 DIR="" REUSE=false PREPARE_ONLY=false POSTGRES=false PG_OPTIONS=() DB_OPTIONS="" JFR=false ASYNC_PROFILER="" PROFILE_EVENT=itimer
HUB_JAR="$ROOT/routes/target/citizen-hub.jar" BENCH_JAR="$ROOT/bench/target/citizen-hub-bench.jar"
HEAP=6g RESOLVE_HEAP=3g PORT="" THREADS=2 CONNECTIONS=32 DURATION=30
MORE_CONNECTIONS="" SEARCH_CONNECTIONS=4 SEARCH_DURATION=30 WARMUP=900 SEARCH_WARMUP=15 IDS=0 PROBES=10000
START_TIMEOUT=3600 THREAD_DUMPS=0 REPORT="" HUB_ARGS=() JAVA_HOME_DIR=""

while [ $# -gt 0 ]; do
    arg="$1"; shift
    case "$arg" in
        --*=*) set -- "${arg#*=}" "$@"; arg="${arg%%=*}" ;;
    esac
    case "$arg" in
        --help|-h) usage; exit 0 ;;
        --reuse) REUSE=true; continue ;;
        --prepare-only) PREPARE_ONLY=true; continue ;;
        --jfr) JFR=true; continue ;;
        --postgres) POSTGRES=true; continue ;;
    esac
    [ $# -gt 0 ] || die "$arg needs a value (see --help)"
    value="$1"; shift
    case "$arg" in
        --records) RECORDS="$value" ;;
        --seed) SEED="$value" ;;
        --dir) DIR="$value" ;;
        --hub-jar) HUB_JAR="$value" ;;
        --bench-jar) BENCH_JAR="$value" ;;
        --heap) HEAP="$value" ;;
        --resolve-heap) RESOLVE_HEAP="$value" ;;
        --port) PORT="$value" ;;
        --threads) THREADS="$value" ;;
        --connections) CONNECTIONS="$value" ;;
        --more-connections) MORE_CONNECTIONS="$value" ;;
        --duration) DURATION="$value" ;;
        --search-connections) SEARCH_CONNECTIONS="$value" ;;
        --search-duration) SEARCH_DURATION="$value" ;;
        --warmup) WARMUP="$value" ;;
        --search-warmup) SEARCH_WARMUP="$value" ;;
        --ids) IDS="$value" ;;
        --probes) PROBES="$value" ;;
        --start-timeout) START_TIMEOUT="$value" ;;
        --thread-dumps) THREAD_DUMPS="$value" ;;
        --hub-arg) HUB_ARGS+=("$value") ;;
        --db-options) DB_OPTIONS="$value" ;;
        --pg-option) PG_OPTIONS+=(-c "$value") ;;
        --async-profiler) ASYNC_PROFILER="$value" ;;
        --profile-event) PROFILE_EVENT="$value" ;;
        --report) REPORT="$value" ;;
        --java-home) JAVA_HOME_DIR="$value" ;;
        *) die "unknown option $arg (see --help)" ;;
    esac
done

for number in RECORDS SEED THREADS CONNECTIONS DURATION SEARCH_CONNECTIONS SEARCH_DURATION WARMUP \
              SEARCH_WARMUP IDS PROBES START_TIMEOUT THREAD_DUMPS; do
    [[ "${!number}" =~ ^[0-9]+$ ]] || die "--$(echo "$number" | tr 'A-Z_' 'a-z-') must be a whole number, not '${!number}'"
done
[ -n "$PORT" ] && { [[ "$PORT" =~ ^[0-9]+$ ]] || die "--port must be a number"; }
[ "$CONNECTIONS" -ge "$THREADS" ] || die "--connections must be at least --threads"
[[ "$MORE_CONNECTIONS" =~ ^([0-9]+(,[0-9]+)*)?$ ]] || die "--more-connections is a comma-separated list of numbers"
for more in ${MORE_CONNECTIONS//,/ }; do
    [ "$more" -ge "$THREADS" ] || die "--more-connections must each be at least --threads"
done
[ "$RECORDS" -ge 100 ] || die "--records must be at least 100"
if [ -n "$JAVA_HOME_DIR" ]; then
    [ -x "$JAVA_HOME_DIR/bin/java" ] && [ -x "$JAVA_HOME_DIR/bin/jcmd" ] || die "no JDK (bin/java, bin/jcmd) in $JAVA_HOME_DIR"
    PATH="$JAVA_HOME_DIR/bin:$PATH"
fi
for tool in java jcmd jstat wrk curl jq awk; do
    command -v "$tool" >/dev/null || die "needs '$tool' on the PATH (Debian: apt-get install -y wrk curl jq)"
done
[ -f "$HUB_JAR" ] || die "no hub jar at $HUB_JAR (build it, or give --hub-jar)"
[ -f "$BENCH_JAR" ] || die "no bench jar at $BENCH_JAR (build it, or give --bench-jar)"
[ -z "$ASYNC_PROFILER" ] || [ -f "$ASYNC_PROFILER" ] || die "no async-profiler library at $ASYNC_PROFILER"
[[ "$PROFILE_EVENT" =~ ^(itimer|cpu|alloc|wall|lock)$ ]] || die "--profile-event is itimer, cpu, alloc, wall or lock"
[ -z "$ASYNC_PROFILER" ] || ASYNC_PROFILER="$(cd "$(dirname "$ASYNC_PROFILER")" && pwd)/$(basename "$ASYNC_PROFILER")"
HUB_JAR="$(cd "$(dirname "$HUB_JAR")" && pwd)/$(basename "$HUB_JAR")"
BENCH_JAR="$(cd "$(dirname "$BENCH_JAR")" && pwd)/$(basename "$BENCH_JAR")"

DIR="${DIR:-/tmp/citizen-hub-load-$RECORDS}"
MARKER="$DIR/.load-bench"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
REPORT="${REPORT:-$DIR/load-report.md}"

# Credentials. By default the script makes its own: a partner with an API key (and a rate limit high enough
# for the run) reads profiles, as partner systems do, stating a purpose; a caseworker signs in once through the
# login form and searches with that session, as the web pages do. Every such request is authenticated,
# authorised and audited like any other. LOAD_AUTH_HEADER (with LOAD_HEADERS) replaces both, for a hub whose
# users and partners are configured elsewhere.
PROFILE_HEADERS=() SEARCH_HEADERS=()
add_header() {  # add_header ARRAY HEADER
    [ -n "$2" ] || return 0
    local -n headers="$1"
    headers+=(-H "$2")
}
OWN_CREDENTIALS=true
if [ -n "${LOAD_AUTH_HEADER:-}" ]; then
    OWN_CREDENTIALS=false
    for array in PROFILE_HEADERS SEARCH_HEADERS; do
        add_header "$array" "$LOAD_AUTH_HEADER"
        while IFS= read -r header; do add_header "$array" "$header"; done <<< "${LOAD_HEADERS:-}"
    done
fi

HUB_PID=""
cleanup() {
    local status=$?
    if [ -n "$HUB_PID" ] && kill -0 "$HUB_PID" 2>/dev/null; then
        echo "Stopping the hub (pid $HUB_PID)..."
        kill "$HUB_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$HUB_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$HUB_PID" 2>/dev/null || true
        wait "$HUB_PID" 2>/dev/null || true
    fi
    stop_postgres
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
gc_seconds() { jstat -gcutil "$1" 2>/dev/null | awk 'NR == 2 {print $NF}'; }
machine_ticks() { awk '/^cpu /{busy = $2 + $3 + $4 + $7 + $8; print busy, busy + $5 + $6}' /proc/stat; }
CLK_TCK="$(getconf CLK_TCK)"
LOAD_AT_START="$(load_average)"

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    die "found no free port"
}

# --- PostgreSQL (--postgres): a server of this run's own, on loopback ----------------------------------------
PG_DIR="$DIR/pg" PG_STARTED=false PG_PORT="" DB_URL="jdbc:h2:file:$DIR/db/hub"
as_postgres() {  # initdb and the server refuse to run as root: as root, run them as Debian's postgres user
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
start_postgres() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | awk 'END {print}')"
    [ -x "$bin/pg_ctl" ] || die "--postgres needs PostgreSQL's server (Debian: apt-get install -y postgresql)"
    if [ ! -f "$PG_DIR/PG_VERSION" ]; then
        log "Initialising a PostgreSQL cluster in $PG_DIR ($("$bin/postgres" --version))"
        mkdir -p "$PG_DIR"
        od -An -N24 -tx1 /dev/urandom | tr -d ' \n' > "$DIR/pg-password"
        chmod 600 "$DIR/pg-password"
        if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR" "$DIR/pg-password"; fi
        as_postgres "$bin/initdb" -D "$PG_DIR" -U hub --pwfile="$DIR/pg-password" --auth=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 > "$DIR/pg-initdb.log" 2>&1 || die "initdb failed, see $DIR/pg-initdb.log"
    fi
    PG_PORT="$(free_port)"
    # Durable as a deployment should be (fsync and synchronous commit stay on); sized for a 24 GB machine.
    as_postgres "$bin/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 120 start -o "-c listen_addresses=127.0.0.1 \
        -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c shared_buffers=2GB -c max_wal_size=8GB \
        -c checkpoint_timeout=15min ${PG_OPTIONS[*]}" > /dev/null || die "PostgreSQL did not start, see $PG_DIR/server.log"
    PG_STARTED=true
    PG_BIN="$bin"
    export SPRING_DATASOURCE_USERNAME=hub SPRING_DATASOURCE_PASSWORD PGPASSWORD
    SPRING_DATASOURCE_PASSWORD="$(cat "$DIR/pg-password")"
    PGPASSWORD="$SPRING_DATASOURCE_PASSWORD"
    "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U hub -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'hub'" \
        | grep -q 1 || "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U hub hub || die "could not create the database 'hub'"
    DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/hub"
    log "PostgreSQL on 127.0.0.1:$PG_PORT (log: $PG_DIR/server.log)"
}
stop_postgres() {
    if $PG_STARTED; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w stop > /dev/null 2>&1 || true
        PG_STARTED=false
    fi
}

# --- 1 and 2: the population and the store -------------------------------------------------------------
STAMP="records=$RECORDS seed=$SEED"
STORE_FILE="$DIR/db/hub.mv.db"
if $POSTGRES; then
    STAMP+=" store=postgres"
    STORE_FILE="$PG_DIR/PG_VERSION"
fi
RESOLVE_SECONDS="(reused)"
if $REUSE && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$STAMP" ] \
        && [ -f "$DIR/crosswalk.csv" ] && [ -f "$STORE_FILE" ]; then
    log "Reusing the population and store in $DIR ($STAMP)"
    ! $POSTGRES || start_postgres
    [ -f "$DIR/resolve-seconds" ] && RESOLVE_SECONDS="$(cat "$DIR/resolve-seconds") (earlier run)"
else
    if [ -n "$(ls -A "$DIR")" ] && [ ! -f "$MARKER" ]; then
        die "$DIR is not empty and was not made by this script: give another --dir"
    fi
    find "$DIR" -mindepth 1 -delete
    log "Generating ~$RECORDS source records (seed $SEED) into $DIR"
    java -jar "$BENCH_JAR" generate --records "$RECORDS" --seed "$SEED" --out "$DIR" > "$DIR/generate.log"
    sed -n 2p "$DIR/generate.log"
    ! $POSTGRES || start_postgres
    log "Loading them with resolve into $DB_URL (log: $DIR/resolve.log)"
    start=$(date +%s.%N)
    java -Xmx"$RESOLVE_HEAP" -jar "$HUB_JAR" resolve --connectors "$DIR/connectors.yml" \
        --out "$DIR/crosswalk.csv" --db "$DB_URL" > "$DIR/resolve.log" 2>&1 \
        || { status=$?; tail -20 "$DIR/resolve.log" >&2; die "resolve failed (exit $status), see $DIR/resolve.log"; }
    RESOLVE_SECONDS="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.0f", e - s}')"
    echo "$RESOLVE_SECONDS" > "$DIR/resolve-seconds"
    grep -E '^Records read' "$DIR/resolve.log" || true
    echo "$STAMP" > "$MARKER"
fi
GENERATED="$(sed -n 2p "$DIR/generate.log" | sed 's/^ *//')"

# --- 3: the hub on that store ---------------------------------------------------------------------------
PORT="${PORT:-$(free_port)}"
BASE="http://127.0.0.1:$PORT"
CLUSTER="loadbench-$$"
SECURITY_ARGS=()
if $OWN_CREDENTIALS; then
    log "Making a load partner (API key) and a load caseworker (password) for this run"
    API_KEYS="$(java -jar "$HUB_JAR" hash-api-key)"
    PARTNER_KEY="$(awk '/^api-key:/ {print $2}' <<< "$API_KEYS")"
    PARTNER_KEY_HASH="$(awk '/^key-hash:/ {print $2}' <<< "$API_KEYS")"
    CASEWORKER_PASSWORD="load-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    CASEWORKER_HASH="$(printf '%s\n' "$CASEWORKER_PASSWORD" | java -jar "$HUB_JAR" hash-password)"
    [ -n "$PARTNER_KEY" ] && [ -n "$CASEWORKER_HASH" ] || die "could not make the load credentials"
    SECURITY_ARGS=(
        --hub.security.partners[0].id=loadbench-partner
        "--hub.security.partners[0].key-hash=$PARTNER_KEY_HASH"
        --hub.security.partners[0].scopes=identity,contact
        --hub.security.partners[0].rate-limit.requests-per-minute=2000000000
        --hub.security.partners[0].rate-limit.burst=1000000
        --hub.security.users[0].username=loadbench-caseworker
        "--hub.security.users[0].password-hash=$CASEWORKER_HASH"
        --hub.security.users[0].roles=CASEWORKER)
    PROFILE_HEADERS=(-H "X-Api-Key: $PARTNER_KEY" -H "X-Purpose: load benchmark")
fi

log "Starting the hub on $BASE (heap $HEAP, cluster $CLUSTER; log: $DIR/hub.log)"
# shellcheck disable=SC2086  # LOAD_JAVA_OPTS holds several options
JFR_OPTS=""
$JFR && JFR_OPTS="-XX:FlightRecorderOptions=stackdepth=256"
java -Xmx"$HEAP" "-Xlog:gc:file=$DIR/gc.log" $JFR_OPTS ${LOAD_JAVA_OPTS:-} -jar "$HUB_JAR" \
    "--spring.datasource.url=$DB_URL$( $POSTGRES || echo "$DB_OPTIONS")" "--server.port=$PORT" "--hub.cluster.name=$CLUSTER" \
    --hub.connectors= --management.endpoint.health.probes.enabled=true "${SECURITY_ARGS[@]}" "${HUB_ARGS[@]}" \
    > "$DIR/hub.log" 2>&1 &
HUB_PID=$!
started=$(date +%s)
# With probes on, health is UP only once the application is ready (after a search-index backfill).
until [ "$(curl -s "$BASE/actuator/health" | jq -r '.status' 2>/dev/null)" = "UP" ]; do
    kill -0 "$HUB_PID" 2>/dev/null || { tail -30 "$DIR/hub.log" >&2; die "the hub stopped while starting, see $DIR/hub.log"; }
    [ $(( $(date +%s) - started )) -lt "$START_TIMEOUT" ] || die "the hub was not ready after $START_TIMEOUT s"
    sleep 1
done
START_SECONDS=$(( $(date +%s) - started ))
log "Hub ready after ${START_SECONDS} s"
if $OWN_CREDENTIALS; then
    # Sign in as the web pages do: the login page sets the XSRF-TOKEN cookie, the form post sends it back.
    JAR="$DIR/.cookies"
    rm -f "$JAR"
    curl -s -o /dev/null -c "$JAR" "$BASE/login"
    XSRF="$(awk '$6 == "XSRF-TOKEN" {print $7}' "$JAR")"
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" -c "$JAR" -H "X-XSRF-TOKEN: $XSRF" \
        --data-urlencode username=loadbench-caseworker --data-urlencode "password=$CASEWORKER_PASSWORD" "$BASE/login")
    SESSION="$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")"
    rm -f "$JAR"
    [ "$code" = 302 ] && [ -n "$SESSION" ] || die "the load caseworker could not sign in (HTTP $code)"
    SEARCH_HEADERS=(-H "Cookie: JSESSIONID=$SESSION")
fi
if $PREPARE_ONLY; then
    log "Prepared $DIR (--prepare-only): measure with --reuse --dir $DIR --records $RECORDS --seed $SEED"
    exit 0
fi

# --- 4: what to ask for ---------------------------------------------------------------------------------
# A seeded, repeatable sample of N lines.
# (awk, not head, takes the first N: head would end the pipe early and fail it under pipefail)
sample() { awk -v seed="$SEED" 'BEGIN{srand(seed)} {printf "%.12f\t%s\n", rand(), $0}' \
    | sort -t$'\t' -k1,1 | awk -v n="$1" 'n == 0 || NR <= n' | cut -f2-; }
tail -n +2 "$DIR/crosswalk.csv" | awk -F, '{print $NF}' | sort -u | sample "$IDS" \
    | awk '{print "/api/v1/citizens/" $0}' > "$DIR/profile-paths.txt"
# Searches a caseworker would type: given and family name and the full date of birth of the health
# agency's records (as that agency holds them, typos included).
HEALTH_FILE="$(find "$DIR" -maxdepth 1 -name '*.ndjson' | sort | awk 'NR == 1')"
[ -n "$HEALTH_FILE" ] || die "no NDJSON export (the health agency's) in $DIR"
jq -r --arg p "/api/v1/citizens?name=" '
    select((.birthDate // "") | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    | (first(.name[]? | select(.use == "official")) // empty) as $n
    | select((($n.given // [])[0] // "") != "" and ($n.family // "") != "")
    | ($n.given[0] + " " + $n.family) as $name
    | select($name | test("^[\\p{L}\\p{M} .,\u0027-]+$"))
    | $p + ($name | @uri) + "&dob=" + .birthDate' "$HEALTH_FILE" | sample "$PROBES" > "$DIR/search-paths.txt"
PROFILE_PATHS=$(wc -l < "$DIR/profile-paths.txt")
SEARCH_PATHS=$(wc -l < "$DIR/search-paths.txt")
[ "$PROFILE_PATHS" -gt 0 ] || die "the crosswalk gave no citizen id"
[ "$SEARCH_PATHS" -gt 0 ] || die "$HEALTH_FILE gave no search probe"

check() {  # check HEADERS_ARRAY PATH
    local code
    local -n headers="$1"
    code=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$BASE$2")
    [ "$code" = 200 ] || die "GET $2 answered $code (401/403: check LOAD_AUTH_HEADER)"
}
check PROFILE_HEADERS "$(head -1 "$DIR/profile-paths.txt")"
check SEARCH_HEADERS "$(head -1 "$DIR/search-paths.txt")"
STATS="$(curl -s "${SEARCH_HEADERS[@]}" "$BASE/api/v1/stats")"
SOURCE_RECORDS="$(jq -r '.sourceRecords // empty' <<< "$STATS" 2>/dev/null || true)"
CITIZENS="$(jq -r '.citizens // empty' <<< "$STATS" 2>/dev/null || true)"
SOURCE_RECORDS="${SOURCE_RECORDS:-$(( $(wc -l < "$DIR/crosswalk.csv") - 1 )) (crosswalk rows)}"
log "Store: $SOURCE_RECORDS source records, ${CITIZENS:-?} citizens; $PROFILE_PATHS profile ids, $SEARCH_PATHS searches"

# A full GC of the hub. The JVM skips a requested one while a JNI critical section is held (the GC log
# then shows a "GCLocker Initiated" young pause instead), so ask again until the GC log shows it.
full_gc() {
    local before
    before=$(grep -c 'Pause Full' "$DIR/gc.log" || true)
    for _ in 1 2 3 4 5; do
        jcmd "$HUB_PID" GC.run > /dev/null 2>&1 || true
        [ "$(grep -c 'Pause Full' "$DIR/gc.log" || true)" -gt "$before" ] && return 0
        sleep 1
    done
    log "warning: the hub did not run a full GC when asked"
}

# async-profiler's agent takes its commands as the options it is loaded with; loading it again sends the next.
# (Quoted: jcmd would split an option holding '=' into a key and a value.)
profiler() { jcmd "$HUB_PID" JVMTI.agent_load "$ASYNC_PROFILER" "\"$1\"" > /dev/null || log "warning: async-profiler refused '$1'"; }

# --- 5: load --------------------------------------------------------------------------------------------
ROWS=()
# run NAME WALK THREADS CONNECTIONS SECONDS PATHS [record|record-dumps]: one wrk run; a recorded run becomes a
# report row; record-dumps also takes the thread dumps asked for, in the middle of the run.
run() {
    local name="$1" walk="$2" threads="$3" connections="$4" seconds="$5" paths="$6" record="${7:-}"
    local header_array=SEARCH_HEADERS
    [[ "$name" == profile* ]] && header_array=PROFILE_HEADERS
    local -n headers="$header_array"
    local out="$DIR/wrk-$name.txt" hub0 hub1 m0 m1 gc0 gc1 wrk_cpu line
    log "$name: wrk -t$threads -c$connections -d${seconds}s ($walk over $(wc -l < "$paths") paths)"
    if [ "$record" = record-dumps ] && $JFR; then
        jcmd "$HUB_PID" JFR.start name="$name" settings=profile duration="${seconds}s" \
            filename="$DIR/jfr-$name.jfr" > /dev/null || die "could not start a JFR recording"
    fi
    [ "$record" = record-dumps ] && [ -n "$ASYNC_PROFILER" ] && profiler "start,event=$PROFILE_EVENT"
    hub0=$(cpu_ticks "$HUB_PID"); m0=$(machine_ticks); gc0=$(gc_seconds "$HUB_PID")
    local TIMEFORMAT='%U %S'
    { time LOADBENCH_WALK="$walk" wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency \
        "${headers[@]}" -s "$LUA" "$BASE" -- "$paths" > "$out" 2>&1 & } 2> "$out.time"
    local wrk_pid=$!
    if [ "$record" = record-dumps ] && [ "$THREAD_DUMPS" -gt 0 ]; then
        sleep $(( seconds / 2 ))
        for k in $(seq 1 "$THREAD_DUMPS"); do
            jstack "$HUB_PID" > "$DIR/jstack-$name-$k.txt" 2>&1 || true
            sleep 1
        done
    fi
    wait "$wrk_pid" || die "wrk failed, see $out"
    hub1=$(cpu_ticks "$HUB_PID"); m1=$(machine_ticks); gc1=$(gc_seconds "$HUB_PID")
    if [ "$record" = record-dumps ] && [ -n "$ASYNC_PROFILER" ]; then
        profiler "stop,collapsed,total,file=$DIR/$PROFILE_EVENT-$name.collapsed"
    fi
    line="$(grep '^LOADBENCH ' "$out")" || die "wrk printed no figures, see $out"
    wrk_cpu="$(awk '{print $1 + $2}' "$out.time" 2>/dev/null || echo 0)"
    local row
    row="$(awk -v line="$line" -v name="$name" -v c="$connections" -v hub="$(( hub1 - hub0 ))" -v tck="$CLK_TCK" \
              -v m0="$m0" -v m1="$m1" -v wrk="$wrk_cpu" -v gc0="${gc0:-0}" -v gc1="${gc1:-0}" -v cores="$(nproc)" 'BEGIN {
        n = split(line, kv, " "); for (i = 2; i <= n; i++) { split(kv[i], p, "="); f[p[1]] = p[2] }
        split(m0, a, " "); split(m1, b, " ");
        secs = f["duration_us"] / 1e6; rps = f["requests"] / secs
        errors = f["errors_status"] + f["errors_connect"] + f["errors_read"] + f["errors_write"] + f["errors_timeout"]
        busy = (b[2] - a[2]) > 0 ? 100 * cores * (b[1] - a[1]) / (b[2] - a[2]) : 0
        others = busy - 100 * hub / tck / secs - 100 * wrk / secs; if (others < 0) others = 0
        hubms = f["requests"] > 0 ? 1000 * hub / tck / f["requests"] : 0
        printf "| %s | %d | %.1f | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %d | %.3f | %.0f%% | %.0f%% | %.0f%% | %.0f |\n",
            name, c, secs, f["requests"], rps, f["p50_us"] / 1000, f["p90_us"] / 1000, f["p99_us"] / 1000,
            f["max_us"] / 1000, errors, hubms, 100 * hub / tck / secs, 100 * wrk / secs, others, 1000 * (gc1 - gc0)
    }')"
    echo "$row" | awk -F'|' '{for (i = 2; i <= NF; i++) gsub(/^ +| +$/, "", $i)
        printf "    %s req/s, p50 %s ms, p90 %s ms, p99 %s ms, max %s ms, errors %s, GC %s ms\n", $6, $7, $8, $9, $10, $11, $16}'
    [ -n "$record" ] && ROWS+=("$row")
    LAST_ROW="$row"
}

LOAD_BEFORE_MEASURE="$(load_average)"
run profile-first-read sequential 1 "$CONNECTIONS" "$WARMUP" "$DIR/profile-paths.txt" record
# Filling the cache leaves the old generation full of the assembly's garbage, which G1 then clears in long
# mixed pauses for tens of seconds; the measured runs are about serving a filled cache, so settle first.
log "Full GC after the fill; each measured run follows ${SEARCH_WARMUP} s of the same load, not reported"
full_gc
# Each measured run after its own warm-up: a search run leaves the collector busy for seconds (see README).
run profile-warmup random "$THREADS" "$CONNECTIONS" "$SEARCH_WARMUP" "$DIR/profile-paths.txt"
run profile random "$THREADS" "$CONNECTIONS" "$DURATION" "$DIR/profile-paths.txt" record-dumps
PROFILE_ROWS=("$LAST_ROW")
for more in ${MORE_CONNECTIONS//,/ }; do
    run "profile-c$more-warmup" random "$THREADS" "$more" "$SEARCH_WARMUP" "$DIR/profile-paths.txt"
    run "profile-c$more" random "$THREADS" "$more" "$DURATION" "$DIR/profile-paths.txt" record
    PROFILE_ROWS+=("$LAST_ROW")
done
run search-warmup random 1 "$SEARCH_CONNECTIONS" "$SEARCH_WARMUP" "$DIR/search-paths.txt"
SEARCH_THREADS=$(( THREADS < SEARCH_CONNECTIONS ? THREADS : SEARCH_CONNECTIONS ))
run search random "$SEARCH_THREADS" "$SEARCH_CONNECTIONS" "$SEARCH_DURATION" "$DIR/search-paths.txt" record-dumps
SEARCH_ROW="$LAST_ROW"

# --- 6: search quality ----------------------------------------------------------------------------------
# Speed is only half of a search: does the citizen come first? Each probe is a health record's name and date
# of birth, once as the agency holds it and once with one letter of the family name dropped (a caseworker's
# typo); the citizen the hub linked that record to should rank first (hit@1) or on the first page (hit@10).
QUALITY_PROBES=1000
log "Search quality: $QUALITY_PROBES probes, as held and with a typo"
awk -F, '$1 == "health" {print $2 "\t" $3}' "$DIR/crosswalk.csv" > "$DIR/health-citizens.tsv"
jq -r 'select((.birthDate // "") | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    | (first(.name[]? | select(.use == "official")) // empty) as $n
    | select((($n.given // [])[0] // "") != "" and (($n.family // "") | length) > 3)
    | [.id, $n.given[0], $n.family, .birthDate] | @tsv' "$HEALTH_FILE" | sample "$QUALITY_PROBES" \
    | awk -F'\t' 'NR == FNR {citizen[$1] = $2; next} ($1 in citizen) {print $0 "\t" citizen[$1]}' \
        "$DIR/health-citizens.tsv" - > "$DIR/quality-probes.tsv"
search_rank() {  # search_rank NAME DOB CITIZEN: the citizen's 1-based rank on the first page, or 0
    curl -s -G "${SEARCH_HEADERS[@]}" "$BASE/api/v1/citizens" --data-urlencode "name=$1" --data-urlencode "dob=$2" \
        --data-urlencode size=10 | jq -r --arg c "$3" '([.results[].citizenId] | index($c)) as $i | if $i == null then 0 else $i + 1 end'
}
QUALITY_ROWS=()
for variant in as-held typo; do
    hits1=0 hits10=0 probes=0
    while IFS=$'\t' read -r _ given family dob citizen; do
        if [ "$variant" = typo ]; then
            drop=$(( 1 + probes % (${#family} - 2) ))  # never the first letter, which sound keys start from
            family="${family:0:drop}${family:drop+1}"
        fi
        rank="$(search_rank "$given $family" "$dob" "$citizen")"
        probes=$((probes + 1))
        [ "$rank" = 1 ] && hits1=$((hits1 + 1))
        [ "${rank:-0}" -ge 1 ] && hits10=$((hits10 + 1))
    done < "$DIR/quality-probes.tsv"
    row="$(awk -v v="$variant" -v n="$probes" -v h1="$hits1" -v h10="$hits10" \
        'BEGIN {printf "| %s | %d | %.3f | %.3f |", v, n, n ? h1 / n : 0, n ? h10 / n : 0}')"
    echo "    $row"
    QUALITY_ROWS+=("$row")
done

# --- 7: heap, report, stop --------------------------------------------------------------------------------
heap_used() { jcmd "$HUB_PID" GC.heap_info 2>/dev/null \
    | awk 'match($0, /used [0-9]+K/) && !done { done = 1; printf "%.0f", substr($0, RSTART + 5, RLENGTH - 6) / 1024 }'; }
HEAP_AFTER="$(heap_used)"
full_gc
HEAP_LIVE="$(heap_used)"
RSS_MB="$(awk '/VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$HUB_PID/status")"

verdict() {  # verdict ROW: "met" or "missed" for the profile or the search target
    echo "$2" | awk -F'|' -v kind="$1" '{
        rps = $6 + 0; p99 = $9 + 0; errors = $11 + 0
        ok = (kind == "profile") ? (rps >= 5000 && p99 <= 10 && errors == 0) : (p99 <= 50 && errors == 0)
        print ok ? "met" : "missed" }'
}
CPU_MODEL="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
JAVA_VERSION="$(java -version 2>&1 | head -1)"
{
    echo "# Citizen Hub load benchmark"
    echo
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($CPU_MODEL), $JAVA_VERSION, hub -Xmx$HEAP${LOAD_JAVA_OPTS:+ $LOAD_JAVA_OPTS}," \
         "$($POSTGRES && echo "store PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')${PG_OPTIONS[*]:+ (${PG_OPTIONS[*]})}" || echo "H2 URL options '${DB_OPTIONS:-none}'")${HUB_ARGS[*]:+, hub arguments ${HUB_ARGS[*]}}."
    echo "Load average at start $LOAD_AT_START, before the measured runs $LOAD_BEFORE_MEASURE (the hub's own threads count)."
    echo "wrk and the hub share the machine (loopback)."
    echo
    echo "- Population: $GENERATED (seed $SEED)"
    echo "- Store: $SOURCE_RECORDS source records, ${CITIZENS:-?} citizens, $($POSTGRES && echo "PostgreSQL database \`$DB_URL\`" || echo "H2 file \`$DIR/db/hub\`");" \
         "resolve took $RESOLVE_SECONDS s; the hub was ready $START_SECONDS s after its start"
    echo "- Requests: $PROFILE_PATHS distinct citizen ids (\`GET /api/v1/citizens/{id}\`), $SEARCH_PATHS distinct" \
         "searches by name and date of birth (\`GET /api/v1/citizens?name=&dob=\`)"
    echo "- Hub heap: ${HEAP_AFTER:-?} MiB used after the runs, ${HEAP_LIVE:-?} MiB after a full GC; RSS ${RSS_MB:-?} MiB"
    echo
    echo "| run | connections | s | requests | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors | hub CPU ms/request | hub CPU | wrk CPU | other CPU | hub GC ms |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "- profile-first-read: every id once, in turn (one wrk thread): profiles loaded from the store into Hazelcast."
    echo "- profile, search: random ids and searches, $THREADS wrk thread(s), after a full GC (the fill's garbage); each"
    echo "  after ${SEARCH_WARMUP} s of the same load, not reported."
    echo "- CPU columns: share of one core over the run (200% = both cores of a 2-core machine); other CPU: every other"
    echo "  process on the machine (from /proc/stat);"
    echo "  hub GC ms: time the hub's collector spent in the run (jstat GCT; its log is \`$DIR/gc.log\`)."
    echo
    echo "Search quality (name and date of birth of up to $QUALITY_PROBES health records; the typo drops one letter of"
    echo "the family name): the share of searches that rank the record's citizen first, and on the first page of 10."
    echo
    echo "| probe | searches | hit@1 | hit@10 |"
    echo "|---|---:|---:|---:|"
    printf '%s\n' "${QUALITY_ROWS[@]}"
    echo
    profile_verdicts=()
    for row in "${PROFILE_ROWS[@]}"; do
        profile_verdicts+=("**$(verdict profile "$row")** at $(echo "$row" | awk -F'|' '{gsub(/ /, "", $3); print $3}') connections")
    done
    echo "Targets (issue 5): profile >= 5,000 requests/s at p99 <= 10 ms: $(IFS=';'; echo "${profile_verdicts[*]}" | sed 's/;/, /g');" \
         "search p99 <= 50 ms: **$(verdict search "$SEARCH_ROW")** (at $SEARCH_CONNECTIONS connections)."
    echo
    echo "Command: \`${LOAD_JAVA_OPTS:+LOAD_JAVA_OPTS='$LOAD_JAVA_OPTS' }$COMMAND\` (threads $THREADS, connections $CONNECTIONS${MORE_CONNECTIONS:+ and $MORE_CONNECTIONS}," \
         "duration $DURATION s, search connections $SEARCH_CONNECTIONS, search duration $SEARCH_DURATION s)"
} > "$REPORT"
echo
cat "$REPORT"
echo
log "Report: $REPORT"
