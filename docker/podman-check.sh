#!/usr/bin/env bash
# Builds the JVM image from docker/Dockerfile.jvm with podman, runs it against a PostgreSQL and with its embedded one,
# checks that the API answers and the explorer loads, prints what it measured, and removes everything it made. When a
# native build left an executable in target/, it does the same with docker/Dockerfile.native against the PostgreSQL.
#
# Needs root, podman and runc, and debootstrap where the default base image cannot be pulled (no registry reachable):
#   apt-get install -y podman runc debootstrap
# then, from the repository root, after ./mvnw package (it packages itself when target/quarkus-app is missing):
#   docker/podman-check.sh
# Environment: CITYPLAN_CHECK_DB_URL, a PostgreSQL server the container can reach on the host's network
# (default jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres; the check creates and drops its own database there,
# and skips that run when none answers); CITYPLAN_CHECK_BASE_IMAGE, a base image to use as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

DEFAULT_BASE=registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23
LOCAL_BASE=localhost/cityplan-check-base:bookworm
IMAGE=localhost/cityplan-check:jvm
NATIVE_IMAGE=localhost/cityplan-check:native
NAME=cityplan-check-$$
PORT=${CITYPLAN_CHECK_PORT:-18080}
SERVER_URL=${CITYPLAN_CHECK_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}
DATABASE=cityplan_check_$$
WORK=$(mktemp -d /tmp/cityplan-podman-check.XXXXXX)
MADE_BASE=""

# Rootful podman with cgroupfs and runc, whatever the machine's own containers.conf says.
cat > "$WORK/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
CONF
export CONTAINERS_CONF="$WORK/containers.conf"

log() { printf '%s %s\n' "$(date +%T)" "$*"; }
now_ms() { date +%s%3N; }

# The server part of SERVER_URL, as psql connection arguments.
host_port=${SERVER_URL#jdbc:postgresql://}; host_port=${host_port%%/*}
PGHOST=${host_port%%:*}; PGPORT=${host_port##*:}; [ "$PGPORT" = "$PGHOST" ] && PGPORT=5432
psql_server() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qtAX "$@"; }

cleanup() {
    set +e
    podman rm -f "$NAME-ext" "$NAME-emb" "$NAME-nat" > /dev/null 2>&1
    podman rmi -f "$IMAGE" "$NATIVE_IMAGE" > /dev/null 2>&1
    [ -n "$MADE_BASE" ] && podman rmi -f "$LOCAL_BASE" > /dev/null 2>&1
    psql_server -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" > /dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in podman runc; do
    command -v "$tool" > /dev/null || { echo "needs $tool: apt-get install -y podman runc debootstrap" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "run as root (rootful podman, debootstrap)" >&2; exit 2; }

# 1. The application, packaged.
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    log "packaging the application"
    ./mvnw -q package -DskipTests
fi

# 2. A base image: the one asked for, else Quarkus's usual one, else one made here from Debian's packages.
BASE=${CITYPLAN_CHECK_BASE_IMAGE:-}
if [ -z "$BASE" ]; then
    if podman pull -q "$DEFAULT_BASE" > /dev/null 2>&1; then
        BASE=$DEFAULT_BASE
    else
        command -v debootstrap > /dev/null || { echo "needs debootstrap to make a base image" >&2; exit 2; }
        log "$DEFAULT_BASE cannot be pulled; making $LOCAL_BASE from Debian's packages"
        start=$(now_ms)
        debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl,ca-certificates \
            bookworm "$WORK/rootfs" http://deb.debian.org/debian > "$WORK/debootstrap.log" 2>&1 \
            || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
        # The image needs none of the package caches, documentation or translations; uid 185 is the usual one.
        rm -rf "$WORK"/rootfs/var/cache/apt/archives/*.deb "$WORK"/rootfs/var/lib/apt/lists/* \
            "$WORK"/rootfs/usr/share/doc "$WORK"/rootfs/usr/share/man "$WORK"/rootfs/usr/share/locale
        chroot "$WORK/rootfs" useradd --system --uid 185 --gid 0 --home-dir /deployments --no-create-home \
            --shell /usr/sbin/nologin cityplan
        tar -C "$WORK/rootfs" -c . | podman import -q --change 'CMD ["/bin/sh"]' - "$LOCAL_BASE" > /dev/null
        MADE_BASE=yes
        BASE=$LOCAL_BASE
        log "base image made in $(( ($(now_ms) - start) / 1000 )) s"
    fi
fi

# 3. The image, from the Dockerfile users build.
start=$(now_ms)
podman build -q --format docker --build-arg "BASE_IMAGE=$BASE" -f docker/Dockerfile.jvm -t "$IMAGE" . > /dev/null
log "image built in $(( ($(now_ms) - start) / 1000 )) s from $BASE"

# Starts a container of an image, waits for the first answered query, checks the API, the explorer and the health
# check, and reports the time to that answer and the server's resident memory.
run_and_check() {
    local image=$1 name=$2; shift 2
    local start answer
    start=$(now_ms)
    # Without systemd, podman says at every start and stop that it cannot time the health check; that goes to a log,
    # and the check runs by hand below.
    podman run -d --name "$name" --network host -e QUARKUS_HTTP_PORT="$PORT" "$@" "$image" \
        > /dev/null 2>> "$WORK/podman.log" || { cat "$WORK/podman.log" >&2; exit 1; }
    for _ in $(seq 1 1200); do
        answer=$(curl -fsS -m 2 "http://127.0.0.1:$PORT/graphql" -H 'Content-Type: application/json' \
            -d '{"query":"{ plans { code } }"}' 2> /dev/null) && break
        sleep 0.05
    done
    local first=$(( $(now_ms) - start ))
    # The data, then the cost every response reports (extensions.cost).
    if [[ "$answer" != '{"data":{"plans":[{"code":"sjz-capital-plan-2021"}]},"extensions":{"cost":'* ]]; then
        echo "$name: no answer from the API within 60 s; got: ${answer:-nothing}" >&2
        podman logs "$name" 2>&1 | tail -30 >&2
        exit 1
    fi
    local explorer
    explorer=$(curl -fsSL -m 5 "http://127.0.0.1:$PORT/")
    case "$explorer" in
        *graphiql*|*GraphiQL*) ;;
        *) echo "$name: / does not lead to the explorer" >&2; exit 1 ;;
    esac
    curl -fsS -m 5 "http://127.0.0.1:$PORT/explorer/" > /dev/null
    podman healthcheck run "$name" > /dev/null || { echo "$name: the image's health check fails" >&2; exit 1; }
    local user rss
    user=$(podman exec "$name" id -u)
    rss=$(podman exec "$name" sh -c 'grep VmRSS /proc/1/status' | awk '{printf "%.0f MB", $2 / 1024}')
    log "$name: first query answered $first ms after podman run; health check passes; runs as uid $user;" \
        "RSS $rss"
}

# 4. Against an external PostgreSQL, as in production.
if psql_server -c "CREATE DATABASE $DATABASE" > /dev/null 2>&1; then
    EXTERNAL=yes
    run_and_check "$IMAGE" "$NAME-ext" \
        -e "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE?user=postgres"
    podman rm -f "$NAME-ext" > /dev/null 2>> "$WORK/podman.log"
else
    EXTERNAL=""
    log "no PostgreSQL answers at $PGHOST:$PGPORT; skipping the external-database runs"
fi

# 5. With nothing but the image: the embedded PostgreSQL starts inside the container.
run_and_check "$IMAGE" "$NAME-emb"
podman rm -f "$NAME-emb" > /dev/null 2>> "$WORK/podman.log"

# 6. The native executable a native build left in target/ (.ci/native), on the database the JVM image migrated.
RUNNER=$(ls target/*-runner 2> /dev/null | head -1 || true)
if [ -z "$RUNNER" ]; then
    log "no native executable in target/; skipping the native image"
elif [ -z "$EXTERNAL" ]; then
    log "the native executable has no embedded PostgreSQL and none answers; skipping the native image"
else
    start=$(now_ms)
    podman build -q --format docker --build-arg "BASE_IMAGE=$BASE" -f docker/Dockerfile.native -t "$NATIVE_IMAGE" . \
        > /dev/null
    # An executable of the stand-in build (../shared/native) links the JDK's shared libraries from lib/ beside it; one
    # built by GraalVM or Mandrel needs none.
    if [ -f target/lib/libjvm.so ]; then
        mkdir -p "$WORK/native/lib"
        cp target/lib/*.so "$WORK/native/lib/"
        printf 'FROM %s\nCOPY lib/ /work/lib/\n' "$NATIVE_IMAGE" > "$WORK/native/Containerfile"
        podman build -q --format docker -f "$WORK/native/Containerfile" -t "$NATIVE_IMAGE" "$WORK/native" > /dev/null
    fi
    log "native image built in $(( ($(now_ms) - start) / 1000 )) s from $BASE"
    run_and_check "$NATIVE_IMAGE" "$NAME-nat" \
        -e "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE?user=postgres"
    log "image $NATIVE_IMAGE: $(podman image inspect --format '{{.Size}}' "$NATIVE_IMAGE" \
        | awk '{printf "%.0f MB", $1 / 1e6}')"
fi

log "image $IMAGE: $(podman image inspect --format '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1 / 1e6}')," \
    "base $BASE: $(podman image inspect --format '{{.Size}}' "$BASE" | awk '{printf "%.0f MB", $1 / 1e6}')"
log "all checks passed"
