#!/usr/bin/env bash
# Compares how cityplan starts and serves as the native executable, as the jar on JDK 17, and as the jar on JDK 25
# from an AOT cache, on the same PostgreSQL database: time from start to the first answered query and RSS after it
# (several starts each, alternating), then throughput, p99 latency and RSS under load on the documented example
# queries (wrk, rounds alternating the three).
#
#   bench/native.sh --native target/cityplan-0.1.0-SNAPSHOT-runner --jar target/quarkus-app/quarkus-run.jar \
#       --aot target/quarkus-app/app.aot --db cityplan_native_bench
#
# Options (defaults in brackets):
#   --native PATH       the native executable (its lib/ beside it when the stand-in build made it)
#   --jar PATH          quarkus-run.jar, run on JDK 17 (`java` on the PATH, or JAVA17)
#   --aot PATH          an AOT cache the same jar wrote on JDK 25 (JDK25, default the first under /usr/lib/jvm); the
#                       JDK 25 variant is left out without it
#   --db NAME           database on PGHOST:PGPORT, created when missing (required)
#   --starts N          starts of each variant [5]
#   --duration D        wrk's time per example, variant and round [5s]
#   --rounds R          rounds [3]
#   --examples REGEX    the examples measured under load, by file name [^0[1-9]|^10]
# Results go to bench/results/native-<time>/ (report.md is the table printed at the end).
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
java17=${JAVA17:-java}
jdk25=${JDK25:-$(for d in /usr/lib/jvm/*; do grep -qs '^JAVA_VERSION="25' "$d/release" && { echo "$d"; break; }; done || true)}
native= jar= aot= db= starts=5 duration=5s rounds=3 examples='^0[1-9]|^10'
while (($#)); do
    case $1 in
        --native) native=$(realpath "$2"); shift ;;
        --jar) jar=$(realpath "$2"); shift ;;
        --aot) aot=$(realpath "$2"); shift ;;
        --db) db=$2; shift ;;
        --starts) starts=$2; shift ;;
        --duration) duration=$2; shift ;;
        --rounds) rounds=$2; shift ;;
        --examples) examples=$2; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
[ -n "$native" ] && [ -n "$jar" ] && [ -n "$db" ] || { sed -n 2,20p "$0" >&2; exit 2; }

out="$bench/results/native-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out/bodies"
url="jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER"
psql -d postgres -qtAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || psql -d postgres -qc "CREATE DATABASE $db"

declare -A command port
variants=(native jdk17)
command[native]="$native"
command[jdk17]="$java17 -jar $jar"
port[native]=18101 port[jdk17]=18102
if [ -n "$aot" ] && [ -n "$jdk25" ]; then
    variants+=(jdk25-aot)
    command[jdk25-aot]="$jdk25/bin/java -XX:AOTCache=$aot -jar $jar"
    port[jdk25-aot]=18103
fi

declare -A pid
start_variant() { # variant -> starts it in the background, its pid in pid[variant]
    local v=$1
    QUARKUS_DATASOURCE_JDBC_URL=$url QUARKUS_HTTP_PORT=${port[$v]} ${command[$v]} >> "$out/$v.log" 2>&1 &
    pid[$v]=$!
}
stop_variant() {
    kill "${pid[$1]}" 2> /dev/null || true
    wait "${pid[$1]}" 2> /dev/null || true
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
first_answer() { # variant -> starts it and sets elapsed to the ms from start to its first answered query
    local v=$1 t0 body='{"query":"{ plans { code } }"}'
    # The port is free again: a stopped server may take a moment to close it.
    while curl -s -m 1 -o /dev/null "http://127.0.0.1:${port[$v]}/q/health/live"; do sleep 0.1; done
    t0=$(date +%s%N)
    start_variant "$v"
    until curl -fsS -m 1 "http://127.0.0.1:${port[$v]}/graphql" -H 'Content-Type: application/json' -d "$body" \
        2> /dev/null | grep -q sjz-capital-plan-2021; do
        kill -0 "${pid[$v]}" 2> /dev/null || { echo "$v stopped; its log ends:" >&2; tail -20 "$out/$v.log" >&2; exit 1; }
        sleep 0.01
    done
    elapsed=$(( ($(date +%s%N) - t0) / 1000000 ))
}

# The first start migrates the database and loads the dataset; the measured starts find it in place.
first_answer native; stop_variant native

echo "starts: ${variants[*]}, $starts each, alternating"
for ((s = 1; s <= starts; s++)); do
    for v in "${variants[@]}"; do
        first_answer "$v"
        sleep 2
        echo "$v $elapsed $(rss_mb "${pid[$v]}")" | tee -a "$out/starts.txt"
        stop_variant "$v"
    done
done

# Request bodies: every documented example with the variables its header gives.
node -e '
const fs = require("fs"), path = require("path");
const [dir, out, pattern] = process.argv.slice(1);
for (const f of fs.readdirSync(dir).filter(f => new RegExp(pattern).test(f)).sort()) {
  const text = fs.readFileSync(path.join(dir, f), "utf8");
  const vars = (text.match(/^# variables: (.*)$/m) || [])[1];
  fs.writeFileSync(path.join(out, f.replace(/\.graphql$/, ".json")),
    JSON.stringify({ query: text, variables: vars ? JSON.parse(vars) : {} }));
}' "$root/src/main/resources/explorer/examples" "$out/bodies" "$examples"

for v in "${variants[@]}"; do first_answer "$v"; done
load() { # variant body duration -> wrk's JSON line
    wrk -t2 -c16 -d"$3" --timeout 10s -s "$bench/post.lua" "http://127.0.0.1:${port[$1]}/graphql" -- "$2" | grep '^{'
}
echo "warm-up: every example on every variant for $duration"
for b in "$out"/bodies/*.json; do for v in "${variants[@]}"; do load "$v" "$b" "$duration" > /dev/null; done; done
echo "load: $rounds rounds, wrk -t2 -c16 -d$duration per example and variant"
for ((r = 1; r <= rounds; r++)); do
    for b in "$out"/bodies/*.json; do
        for v in "${variants[@]}"; do
            echo "$v $(basename "$b" .json) $(load "$v" "$b" "$duration")" >> "$out/load.txt"
            echo "$v $(rss_mb "${pid[$v]}")" >> "$out/rss-under-load.txt"
        done
    done
done
for v in "${variants[@]}"; do stop_variant "$v"; done

python3 - "$out" "${variants[@]}" <<'PY' | tee "$out/report.md"
import json, statistics, sys
out, variants = sys.argv[1], sys.argv[2:]
starts = {v: [] for v in variants}
for line in open(f"{out}/starts.txt"):
    v, ms, rss = line.split()
    starts[v].append((int(ms), int(rss)))
peak = {}
for line in open(f"{out}/rss-under-load.txt"):
    v, rss = line.split()
    peak[v] = max(peak.get(v, 0), int(rss))
load = {}
for line in open(f"{out}/load.txt"):
    v, example, js = line.split(" ", 2)
    d = json.loads(js)
    load.setdefault(example, {}).setdefault(v, []).append(d)
print("| | " + " | ".join(variants) + " |")
print("|---|" + "---:|" * len(variants))
def cell(values, fmt):
    return fmt.format(statistics.median(values), min(values), max(values))
print("| start to first answer, ms (median, min-max) | " + " | ".join(
    cell([s[0] for s in starts[v]], "{:.0f} ({}-{})") for v in variants) + " |")
print("| RSS 2 s after start, MB | " + " | ".join(cell([s[1] for s in starts[v]], "{:.0f} ({}-{})") for v in variants) + " |")
print("| RSS under load, highest after a wrk run, MB | " + " | ".join(str(peak[v]) for v in variants) + " |")
for example, by in sorted(load.items()):
    rates = {v: sum(d["requests"] for d in by[v]) / (sum(d["duration_us"] for d in by[v]) / 1e6) for v in variants}
    p99 = {v: statistics.median(d["p99_us"] for d in by[v]) / 1000 for v in variants}
    errors = sum(d["socket_errors"] + d["status_errors"] + d["graphql_errors"] for v in variants for d in by[v])
    print(f"| {example}: req/s (p99 ms) | " + " | ".join(f"{rates[v]:.0f} ({p99[v]:.1f})" for v in variants)
          + (f" errors: {errors}" if errors else "") + " |")
PY
