#!/usr/bin/env bash
# Compares a cityplan build with PostGraphile 5 on the same PostgreSQL database and the same rows.
#
#   bench/run.sh --jar target/quarkus-app/quarkus-run.jar --db cityplan_bench_base
#   bench/run.sh --jar /tmp/new/quarkus-run.jar --db cityplan_bench_1m --synthetic 1000000 --duration 30s --rounds 3
#   bench/run.sh --jar /tmp/new/quarkus-run.jar --db cityplan_bench_1m --explain
#
# Options (defaults in brackets):
#   --jar PATH          cityplan's quarkus-run.jar (required)
#   --db NAME           database on PGHOST:PGPORT, created when missing (required)
#   --synthetic N       make sure the database holds the rows of bench/generate.sql with this N (after cityplan has
#                       loaded its dataset, which deletes synthetic rows when the dataset changed) [leave as is]
#   --duration D        wrk's time per workload, side and round [10s]
#   --rounds R          rounds; each round runs every workload on cityplan, then on PostGraphile [3]
#   --warmup D          wrk's time per workload and side before the rounds [5s]
#   --threads T, --connections C   wrk -t and -c [2, 16]
#   --timeout D         wrk's timeout per request [10s]
#   --only REGEX        only the workloads whose id matches (e.g. '^[a-g]-') [all]
#   --depth K           how deep into the list workload f pages [1000]
#   --repeat K          sequential requests per workload for the SQL statement count (1 when one takes > 2 s) [5]
#   --no-check          skip the check and statement count (and the servers' extra start for them)
#   --setup-only        only create, migrate and load the database and generate the synthetic rows, then stop
#   --explain           instead of measuring: send every workload once to cityplan behind bench/pgcount.mjs --record
#                       and EXPLAIN each read it sent with the values it bound (bench/explain.mjs); exits 1 when one
#                       reads observation or target with a Seq Scan (needs neither wrk nor PostGraphile)
#
# It starts cityplan once to migrate and load, generates the synthetic rows if asked, then starts both servers behind
# bench/pgcount.mjs to check that they return the same rows and to count SQL statements per request, and starts
# them again directly for the timed runs: warm-up, then rounds alternating cityplan and PostGraphile per workload.
# Results go to bench/results/<db>-<time>/ (report.md is the table printed at the end).
#
# Environment: PGHOST [127.0.0.1], PGPORT [5432], PGUSER [postgres] (trust auth; no password is passed);
# CITYPLAN_PORT [18080], POSTGRAPHILE_PORT [18081], PGCOUNT_PORTS [15433,15434,15435]; CITYPLAN_JAVA_OPTS (e.g.
# -Xmx512m) []; CITYPLAN_* settings such as CITYPLAN_LIMITS_STATEMENT_TIMEOUT pass through to cityplan.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
cityplan_port=${CITYPLAN_PORT:-18080}
postgraphile_port=${POSTGRAPHILE_PORT:-18081}
IFS=, read -r count_cityplan_port count_postgraphile_port count_control_port <<<"${PGCOUNT_PORTS:-15433,15434,15435}"
node="$bench/postgraphile/node_modules/.bin/node"

jar= db= synthetic= duration=10s rounds=3 warmup=5s threads=2 connections=16 timeout=10s only= depth=1000 repeat=5
check=yes setup_only=no explain=no
while (($#)); do
    case $1 in
        --jar) jar=$(realpath "$2"); shift ;;
        --db) db=$2; shift ;;
        --synthetic) synthetic=$2; shift ;;
        --duration) duration=$2; shift ;;
        --rounds) rounds=$2; shift ;;
        --warmup) warmup=$2; shift ;;
        --threads) threads=$2; shift ;;
        --connections) connections=$2; shift ;;
        --timeout) timeout=$2; shift ;;
        --only) only=$2; shift ;;
        --depth) depth=$2; shift ;;
        --repeat) repeat=$2; shift ;;
        --no-check) check=no ;;
        --setup-only) setup_only=yes ;;
        --explain) explain=yes ;;
        *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
    esac
    shift
done
[[ -f $jar && -n $db ]] || { echo "usage: $0 --jar PATH --db NAME [options] (see the head of $0)" >&2; exit 2; }
tools=(java psql curl)
[[ $explain == yes ]] || tools+=(wrk)
for tool in "${tools[@]}"; do
    command -v $tool >/dev/null || { echo "$tool is missing (apt-get install -y wrk postgresql-client)" >&2; exit 2; }
done
if [[ ! -x $node && $explain == yes ]] && command -v node >/dev/null; then
    node=$(command -v node)
fi
[[ -x $node ]] || { echo "PostGraphile is not installed: (cd $bench/postgraphile && npm ci)" >&2; exit 2; }

out="$bench/results/$db-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

# --- processes ---------------------------------------------------------------------------------------------------
pids=()
stop() {
    local pid=$1
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    for pid in "${pids[@]}"; do stop "$pid"; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The first start after generate.sql judges the synthetic targets again (80 s at N = 1,000,000 on 2 cores, longer
# behind pgcount.mjs), so a start may take minutes.
wait_for() { # NAME PID LOG COMMAND...
    local name=$1 pid=$2 log=$3
    shift 3
    for _ in $(seq 1500); do
        "$@" >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || { echo "$name exited; the end of $log:" >&2; tail -20 "$log" >&2; exit 1; }
        sleep 0.2
    done
    echo "$name did not get ready in 300 s; the end of $log:" >&2
    tail -20 "$log" >&2
    exit 1
}

# Starts cityplan on PostgreSQL at HOST:PORT; sets started_pid.
start_cityplan() { # PG_PORT URL_SUFFIX LOG
    # shellcheck disable=SC2086
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$1/$db$2" QUARKUS_DATASOURCE_USERNAME=$PGUSER \
        QUARKUS_HTTP_PORT=$cityplan_port java ${CITYPLAN_JAVA_OPTS:-} -jar "$jar" >"$3" 2>&1 &
    started_pid=$!
    pids+=("$started_pid")
    wait_for cityplan "$started_pid" "$3" curl -sf "http://127.0.0.1:$cityplan_port/q/health/ready"
}

start_postgraphile() { # PG_PORT LOG
    (cd "$bench/postgraphile" && DATABASE_URL="postgres://$PGUSER@$PGHOST:$1/$db" PORT=$postgraphile_port \
        NODE_ENV=production exec "$node" server.mjs) >"$2" 2>&1 &
    started_pid=$!
    pids+=("$started_pid")
    wait_for PostGraphile "$started_pid" "$2" curl -sf "http://127.0.0.1:$postgraphile_port/graphql" \
        -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}'
}

rss() { ps -o rss= -p "$1" | tr -d ' '; }

# Records the largest RSS of PID, every 0.5 s, into FILE.
sample_rss() { # PID FILE
    local max=0 now
    while now=$(ps -o rss= -p "$1" 2>/dev/null | tr -d ' '); [[ -n $now ]]; do
        ((now > max)) && max=$now && echo "$max" >"$2"
        sleep 0.5
    done
}

sql() { psql -X -At -d "$db" -c "$1"; }

# --- the database ------------------------------------------------------------------------------------------------
if [[ -z $(psql -X -At -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
    log "creating database $db"
    psql -X -q -d postgres -c "CREATE DATABASE \"$db\""
fi
log "starting cityplan on $db to migrate and load its dataset"
start_cityplan "$PGPORT" "" "$out/cityplan-load.log"
stop "$started_pid"
grep -E 'Dataset (loaded|unchanged)' "$out/cityplan-load.log" | sed 's/^.*\(Dataset\)/\1/' >&2 || true

if [[ -n $synthetic ]]; then
    have=$(sql "SELECT (SELECT count(*) FROM observation WHERE code LIKE 'syn-%') || ' ' ||
                       (SELECT count(*) FROM target WHERE code LIKE 'syn-%')")
    if [[ $have == "$synthetic $((synthetic / 10))" ]]; then
        log "the database holds the synthetic rows of n=$synthetic"
    else
        log "generating synthetic rows, n=$synthetic (it held: $have)"
        start=$(date +%s)
        psql -X -q -d "$db" -v n="$synthetic" -f "$bench/generate.sql" >"$out/generate.log"
        log "generated in $(($(date +%s) - start)) s"
    fi
fi
# cityplan's migrations may rewrite the figure tables (a new column) after generate.sql vacuumed them; without a
# vacuum the visibility map is empty and index-only scans read the heap, and where autovacuum is off (as on the
# machines this was written on) nothing else would run one.
psql -X -q -d "$db" -c "VACUUM ANALYZE observation" -c "VACUUM ANALYZE target" -c "ANALYZE"
observations=$(sql "SELECT count(*) FROM observation")
targets=$(sql "SELECT count(*) FROM target")
log "$db holds $observations observations and $targets targets"
[[ $setup_only == no ]] || exit 0

# --- check and statement count, both servers behind the counting proxy --------------------------------------------
urls=("http://127.0.0.1:$cityplan_port/graphql" "http://127.0.0.1:$postgraphile_port/graphql")

# --- explain: every read of every workload, cityplan behind the recording proxy -------------------------------------
if [[ $explain == yes ]]; then
    log "explain: starting cityplan behind bench/pgcount.mjs --record"
    "$node" "$bench/pgcount.mjs" "$count_control_port" "cityplan=$count_cityplan_port" --record cityplan \
        --upstream "$PGHOST:$PGPORT" >"$out/pgcount.log" 2>&1 &
    counter_pid=$!
    pids+=("$counter_pid")
    wait_for pgcount "$counter_pid" "$out/pgcount.log" curl -sf "http://127.0.0.1:$count_control_port/"
    start_cityplan "$count_cityplan_port" "?sslmode=disable" "$out/cityplan-explain.log"
    "$node" "$bench/bench.mjs" prepare "$out" "${urls[0]}" - "$db" "$depth" "$only" >&2
    status=0
    "$node" "$bench/explain.mjs" "$out" "${urls[0]}" "http://127.0.0.1:$count_control_port" "$db" || status=$?
    log "results in $out (explain.md: every statement with its values and plan)"
    exit "$status"
fi
if [[ $check == yes ]]; then
    log "check: starting both servers behind bench/pgcount.mjs"
    "$node" "$bench/pgcount.mjs" "$count_control_port" "cityplan=$count_cityplan_port" \
        "postgraphile=$count_postgraphile_port" --upstream "$PGHOST:$PGPORT" >"$out/pgcount.log" 2>&1 &
    counter_pid=$!
    pids+=("$counter_pid")
    wait_for pgcount "$counter_pid" "$out/pgcount.log" curl -sf "http://127.0.0.1:$count_control_port/"
    start_cityplan "$count_cityplan_port" "?sslmode=disable" "$out/cityplan-check.log"
    cityplan_pid=$started_pid
    start_postgraphile "$count_postgraphile_port" "$out/postgraphile-check.log"
    postgraphile_pid=$started_pid
    "$node" "$bench/bench.mjs" prepare "$out" "${urls[@]}" "$db" "$depth" "$only" >&2
    "$node" "$bench/bench.mjs" check "$out" "${urls[@]}" "http://127.0.0.1:$count_control_port/" "$repeat" \
        | tee "$out/check.md" >&2
    curl -s "http://127.0.0.1:$count_control_port/" >"$out/statements.json"
    stop "$cityplan_pid"
    stop "$postgraphile_pid"
    stop "$counter_pid"
fi

# --- timed runs ----------------------------------------------------------------------------------------------------
log "starting cityplan and PostGraphile for the timed runs"
start_cityplan "$PGPORT" "" "$out/cityplan.log"
cityplan_pid=$started_pid
sleep 2
cityplan_rss_start=$(rss "$cityplan_pid")
start_postgraphile "$PGPORT" "$out/postgraphile.log"
postgraphile_pid=$started_pid
sleep 2
postgraphile_rss_start=$(rss "$postgraphile_pid")
[[ $check == yes ]] || "$node" "$bench/bench.mjs" prepare "$out" "${urls[@]}" "$db" "$depth" "$only" >&2
echo "$cityplan_rss_start" >"$out/cityplan.rss"
echo "$postgraphile_rss_start" >"$out/postgraphile.rss"
sample_rss "$cityplan_pid" "$out/cityplan.rss" &
pids+=("$!")
sample_rss "$postgraphile_pid" "$out/postgraphile.rss" &
pids+=("$!")

mapfile -t selected < <(cut -f1,2 "$out/workloads.tsv")
((${#selected[@]})) || { echo "no workload matches --only $only" >&2; exit 2; }
url_of() { [[ $1 == cityplan ]] && echo "${urls[0]}" || echo "${urls[1]}"; }
run_wrk() { # WORKLOAD SIDE SECONDS
    wrk -t"$threads" -c"$connections" -d"$3" --timeout "$timeout" -s "$bench/post.lua" "$(url_of "$2")" \
        -- "$out/bodies/$1.$2.json" | grep '^{' || echo '{"requests":0,"duration_us":1,"p50_us":0,"p99_us":0,"socket_errors":1,"status_errors":0,"graphql_errors":0}'
}

log "warm-up: $warmup per workload and side"
for line in "${selected[@]}"; do
    IFS=$'\t' read -r id sides <<<"$line"
    for side in ${sides//,/ }; do run_wrk "$id" "$side" "$warmup" >/dev/null; done
done

: >"$out/results.jsonl"
for round in $(seq "$rounds"); do
    log "round $round of $rounds"
    for line in "${selected[@]}"; do
        IFS=$'\t' read -r id sides <<<"$line"
        for side in ${sides//,/ }; do
            result=$(run_wrk "$id" "$side" "$duration")
            echo "{\"workload\":\"$id\",\"side\":\"$side\",\"round\":$round,${result#\{}" >>"$out/results.jsonl"
        done
    done
done

cat >"$out/meta.json" <<EOF
{"database": "$db", "jar": "$jar", "observations": $observations, "targets": $targets,
 "duration": "$duration", "rounds": $rounds, "warmup": "$warmup", "threads": $threads, "connections": $connections,
 "repeat": $repeat, "cityplan_rss_start_kb": $cityplan_rss_start, "cityplan_rss_max_kb": $(cat "$out/cityplan.rss"),
 "postgraphile_rss_start_kb": $postgraphile_rss_start, "postgraphile_rss_max_kb": $(cat "$out/postgraphile.rss")}
EOF
"$node" "$bench/bench.mjs" report "$out" | tee "$out/report.md"
log "results in $out"
