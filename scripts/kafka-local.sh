#!/usr/bin/env bash
# kafka-local.sh — a real single-node Apache Kafka broker (KRaft, combined
# broker+controller) without Docker. The official jars are resolved from Maven
# Central with `mvn` and cached; the broker runs with Java 17 from PATH.
#
# Usage:
#   scripts/kafka-local.sh fetch              resolve jars into the cache (idempotent)
#   scripts/kafka-local.sh start DATA_DIR     start a broker; prints "127.0.0.1:PORT" on stdout
#                                             (the PLAINTEXT listener; every listener is in
#                                             DATA_DIR/listeners, one "NAME host:port" a line)
#   scripts/kafka-local.sh stop DATA_DIR      stop the broker started in DATA_DIR (idempotent)
#   scripts/kafka-local.sh status DATA_DIR    exit 0 if that broker is running
#
# Environment:
#   KAFKA_VERSION            Kafka version (default 3.9.1; falls back to 3.9.2 when unset)
#   NEWSEVENTS_KAFKA_HOME    cache folder (default ~/.cache/newsevents/kafka-$KAFKA_VERSION)
#   NEWSEVENTS_KAFKA_START_TIMEOUT  seconds to wait for the broker (default 60)
#   NEWSEVENTS_PYTHON        python used for the readiness check (default: repo .venv)
#
# Opt-in secure listener (unset: PLAINTEXT only, as always). PLAINTEXT stays, on loopback,
# for the controller, the inter-broker traffic and the readiness check.
#   NEWSEVENTS_KAFKA_TLS_DIR         adds a SASL_SSL listener (SCRAM-SHA-256 and -512) whose TLS
#                                    identity is TLS_DIR/server.pem (certificate chain, leaf
#                                    first) and TLS_DIR/server.key (unencrypted PKCS#8 PEM key);
#                                    TLS_DIR/ca.pem (CAs of client certificates) if present
#   NEWSEVENTS_KAFKA_SCRAM_USERS     "name:password[,name:password...]": SCRAM-SHA-256 and -512
#                                    credentials, created when the storage is formatted (first
#                                    start of a DATA_DIR only); no quotes, brackets or spaces
#   NEWSEVENTS_KAFKA_TLS_CLIENT_AUTH none (default), requested or required: client certificates
#
# All progress goes to stderr; `start` prints only the bootstrap address on stdout.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"

if [[ -n "${KAFKA_VERSION:-}" ]]; then
    KAFKA_VERSION_CANDIDATES=("$KAFKA_VERSION")
else
    KAFKA_VERSION_CANDIDATES=(3.9.1 3.9.2)
fi
KAFKA_VERSION="${KAFKA_VERSION:-3.9.1}"
SCALA_BINARY_VERSION="2.13"
# Logging binding shipped in the official 3.9 distribution (libs/ of the tgz).
SLF4J_VERSION="1.7.36"
RELOAD4J_VERSION="1.2.25"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
START_TIMEOUT="${NEWSEVENTS_KAFKA_START_TIMEOUT:-60}"

log() { printf '[kafka-local] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

kafka_home() { # $1 = version
    printf '%s' "${NEWSEVENTS_KAFKA_HOME:-$HOME/.cache/newsevents/kafka-$1}"
}

# Sets KAFKA_HOME / LIBS_DIR for the given version.
select_version() {
    KAFKA_VERSION="$1"
    KAFKA_HOME="$(kafka_home "$1")"
    LIBS_DIR="$KAFKA_HOME/libs"
    MARKER="$LIBS_DIR/.complete-$KAFKA_VERSION"
}

write_pom() { # $1 = dir
    cat >"$1/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.newsevents</groupId>
  <artifactId>kafka-local-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_${SCALA_BINARY_VERSION}</artifactId>
      <version>${KAFKA_VERSION}</version>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-reload4j</artifactId>
      <version>${SLF4J_VERSION}</version>
    </dependency>
    <dependency>
      <groupId>ch.qos.reload4j</groupId>
      <artifactId>reload4j</artifactId>
      <version>${RELOAD4J_VERSION}</version>
    </dependency>
  </dependencies>
</project>
EOF
}

# Resolve the current KAFKA_VERSION into LIBS_DIR. Returns non-zero on failure.
fetch_one() {
    command -v mvn >/dev/null || die "mvn not found on PATH"
    mkdir -p "$KAFKA_HOME"
    (
        # Serialise concurrent fetches of the same cache (e.g. parallel tests).
        exec 9>"$KAFKA_HOME/.fetch.lock" || exit 1
        flock 9 2>/dev/null || true
        if [[ -f "$MARKER" ]]; then exit 0; fi
        local work staging
        work="$(mktemp -d "${TMPDIR:-/tmp}/kafka-local-fetch.XXXXXX")" || exit 1
        staging="$KAFKA_HOME/libs.tmp.$$"
        trap 'rm -rf "$work" "$staging"' EXIT
        write_pom "$work" || exit 1
        log "resolving org.apache.kafka:kafka_${SCALA_BINARY_VERSION}:${KAFKA_VERSION} + runtime deps from Maven Central ..."
        if ! mvn -q -B -f "$work/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" \
            -DincludeScope=runtime -DoutputDirectory="$staging" >"$work/mvn.log" 2>&1; then
            tail -n 30 "$work/mvn.log" >&2 || true
            log "mvn could not resolve kafka ${KAFKA_VERSION}"
            exit 1
        fi
        ls "$staging"/kafka_${SCALA_BINARY_VERSION}-"${KAFKA_VERSION}".jar >/dev/null 2>&1 \
            || { log "kafka jar missing after mvn run"; exit 1; }
        # (errexit is off inside `if fetch_one`, hence the explicit checks)
        rm -rf "$LIBS_DIR" || exit 1
        mv "$staging" "$LIBS_DIR" || exit 1
        printf 'version=%s\njars=%s\n' "$KAFKA_VERSION" "$(ls "$LIBS_DIR"/*.jar | wc -l)" >"$MARKER" || exit 1
        log "fetched $(ls "$LIBS_DIR"/*.jar | wc -l) jars into $LIBS_DIR"
    )
}

cmd_fetch() {
    local v
    # Already complete for any candidate version? (checked first so a refused
    # 3.9.1 is not retried on every start once 3.9.2 is cached)
    for v in "${KAFKA_VERSION_CANDIDATES[@]}"; do
        select_version "$v"
        if [[ -f "$MARKER" ]]; then
            log "kafka $KAFKA_VERSION already fetched ($LIBS_DIR)"
            return 0
        fi
    done
    for v in "${KAFKA_VERSION_CANDIDATES[@]}"; do
        select_version "$v"
        if fetch_one; then return 0; fi
        log "kafka $v not available, trying next candidate"
    done
    die "could not resolve any of: ${KAFKA_VERSION_CANDIDATES[*]}"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

port_free() { # $1 = port
    # SO_REUSEADDR as the JVM's server sockets set it: a port whose old connections sit in
    # TIME_WAIT (a restart while clients were connected) is free for the broker.
    python3 - "$1" <<'EOF'
import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
EOF
}

# A Kafka Uuid: 16 random bytes, base64url without padding (22 chars),
# never the reserved ZERO / METADATA ids and never starting with '-'
# (same rules as org.apache.kafka.common.Uuid.randomUuid()).
random_cluster_id() {
    python3 -c '
import base64, uuid
while True:
    b = uuid.uuid4().bytes
    s = base64.urlsafe_b64encode(b).decode().rstrip("=")
    if b not in (bytes(16), bytes(15) + b"\x01") and not s.startswith("-"):
        print(s)
        break
'
}

# Prints the pid if the broker of DATA_DIR is alive (and really is our java).
running_pid() { # $1 = data dir
    local pidfile="$1/kafka.pid" pid
    [[ -f "$pidfile" ]] || return 1
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    # Guard against pid reuse: the command line must be our broker.
    if [[ -r "/proc/$pid/cmdline" ]]; then
        tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "kafka.Kafka $1/server.properties" || return 1
    fi
    printf '%s' "$pid"
}

abs_dir() { mkdir -p "$1" && cd "$1" && pwd; }

# The --add-scram arguments of the storage format, one a line: both mechanisms for
# every user of NEWSEVENTS_KAFKA_SCRAM_USERS (KRaft keeps SCRAM credentials in its
# metadata log; `kafka-storage format --add-scram` writes them before the first start).
scram_format_args() {
    local entry name password
    local -a entries
    [[ -n "${NEWSEVENTS_KAFKA_SCRAM_USERS:-}" ]] || return 0
    IFS=',' read -ra entries <<<"$NEWSEVENTS_KAFKA_SCRAM_USERS"
    for entry in "${entries[@]}"; do
        name="${entry%%:*}"
        password="${entry#*:}"
        [[ "$entry" == *:* && -n "$name" && -n "$password" ]] \
            || die "NEWSEVENTS_KAFKA_SCRAM_USERS: expected name:password[,name:password...]"
        [[ "$entry" =~ ^[^][\"[:space:]]+$ ]] \
            || die "NEWSEVENTS_KAFKA_SCRAM_USERS: user $name: no quotes, brackets or spaces"
        printf '%s\n' \
            --add-scram "SCRAM-SHA-256=[name=\"$name\",password=\"$password\"]" \
            --add-scram "SCRAM-SHA-512=[name=\"$name\",password=\"$password\"]"
    done
}

# Writes the broker's PEM keystore (the key and its chain in one file, as
# ssl.keystore.type=PEM reads it) and prints the properties of the SASL_SSL listener.
secure_listener_properties() { # $1 = data dir
    local tls="$NEWSEVENTS_KAFKA_TLS_DIR" auth="${NEWSEVENTS_KAFKA_TLS_CLIENT_AUTH:-none}"
    [[ -f "$tls/server.pem" && -f "$tls/server.key" ]] \
        || die "NEWSEVENTS_KAFKA_TLS_DIR=$tls needs server.pem and server.key"
    case "$auth" in
        none | requested | required) ;;
        *) die "NEWSEVENTS_KAFKA_TLS_CLIENT_AUTH must be none, requested or required" ;;
    esac
    (umask 077 && cat "$tls/server.key" "$tls/server.pem" >"$1/keystore.pem") \
        || die "cannot write $1/keystore.pem"
    cat <<EOF
ssl.keystore.type=PEM
ssl.keystore.location=$1/keystore.pem
# SASL_SSL listeners ignore the broker-wide ssl.client.auth (KIP-684): set it on the listener
listener.name.sasl_ssl.ssl.client.auth=$auth
sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
EOF
    if [[ -f "$tls/ca.pem" ]]; then
        printf 'ssl.truststore.type=PEM\nssl.truststore.location=%s\n' "$tls/ca.pem"
    fi
}

require_data_dir() { [[ $# -ge 1 && -n "$1" ]] || die "usage: $0 ${CMD} DATA_DIR"; }

cmd_status() {
    require_data_dir "$@"
    local dir
    [[ -d "$1" ]] || exit 1
    dir="$(cd "$1" && pwd)"
    if pid="$(running_pid "$dir")"; then
        log "running (pid $pid, bootstrap $(cat "$dir/bootstrap" 2>/dev/null || echo '?'))"
        exit 0
    fi
    log "not running"
    exit 1
}

cmd_stop() {
    require_data_dir "$@"
    [[ -d "$1" ]] || { log "nothing to stop"; return 0; }
    local dir pid i
    dir="$(cd "$1" && pwd)"
    if ! pid="$(running_pid "$dir")"; then
        log "not running"
        rm -f "$dir/kafka.pid"
        return 0
    fi
    log "stopping broker pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 200; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "broker did not stop within 20s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        for ((i = 0; i < 50; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    rm -f "$dir/kafka.pid"
    log "stopped"
}

fail_start() { # $1 = data dir, $2 = message
    log "$2"
    log "---- last lines of $1/kafka.log ----"
    tail -n 40 "$1/kafka.log" >&2 2>/dev/null || true
    if pid="$(running_pid "$1")"; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$1/kafka.pid"
    exit 1
}

readiness_python() {
    local py="${NEWSEVENTS_PYTHON:-$REPO_ROOT/.venv/bin/python}"
    if [[ -x "$py" ]] && "$py" -c 'import kafka.admin' >/dev/null 2>&1; then
        printf '%s' "$py"
    fi
}

cmd_start() {
    require_data_dir "$@"
    command -v java >/dev/null || die "java not found on PATH (Java 17 required)"
    local dir
    dir="$(abs_dir "$1")"

    if pid="$(running_pid "$dir")"; then
        log "already running (pid $pid)"
        cat "$dir/bootstrap"
        return 0
    fi

    cmd_fetch

    local port cport sport=""
    # Re-use the previous ports on restart (keeps the KRaft voter address stable).
    if [[ -f "$dir/ports" ]]; then
        read -r port cport sport <"$dir/ports" || true
        if ! { port_free "${port:-0}" && port_free "${cport:-0}"; }; then
            port="" cport=""
        fi
        if [[ -n "${sport:-}" ]] && ! port_free "$sport"; then sport=""; fi
    fi
    if [[ -z "${port:-}" || -z "${cport:-}" ]]; then
        port="$(free_port)"
        cport="$(free_port)"
        while [[ "$cport" == "$port" ]]; do cport="$(free_port)"; done
    fi
    local listeners="PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${cport}"
    local advertised="PLAINTEXT://127.0.0.1:${port}"
    local protocol_map="PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
    local secure_properties=""
    if [[ -n "${NEWSEVENTS_KAFKA_TLS_DIR:-}" ]]; then
        if [[ -z "${sport:-}" ]]; then
            sport="$(free_port)"
            while [[ "$sport" == "$port" || "$sport" == "$cport" ]]; do sport="$(free_port)"; done
        fi
        listeners+=",SASL_SSL://127.0.0.1:${sport}"
        advertised+=",SASL_SSL://127.0.0.1:${sport}"
        protocol_map+=",SASL_SSL:SASL_SSL"
        secure_properties="$(secure_listener_properties "$dir")" || exit 1
    else
        sport=""
    fi
    printf '%s %s %s\n' "$port" "$cport" "$sport" >"$dir/ports"

    mkdir -p "$dir/logs"
    cat >"$dir/server.properties" <<EOF
# generated by scripts/kafka-local.sh
process.roles=broker,controller
node.id=1
listeners=${listeners}
advertised.listeners=${advertised}
listener.security.protocol.map=${protocol_map}
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
controller.quorum.voters=1@127.0.0.1:${cport}
log.dirs=${dir}/logs
num.partitions=1
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
delete.topic.enable=true
${secure_properties}
EOF

    cat >"$dir/log4j.properties" <<'EOF'
# generated by scripts/kafka-local.sh: quiet console logging (stdout -> kafka.log)
log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
# keep the few lifecycle lines that tell us the broker is up / going down
log4j.logger.kafka.server.KafkaRaftServer=INFO
log4j.logger.kafka.server.BrokerServer=INFO
log4j.logger.kafka.Kafka$=INFO
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.request.logger=WARN
EOF

    local classpath="$LIBS_DIR/*"
    local jvm_opts=(-Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
        -Djava.awt.headless=true -Dlog4j.configuration="file:$dir/log4j.properties")

    if [[ ! -f "$dir/logs/meta.properties" ]]; then
        local cluster_id scram_listing
        local -a scram_args=()
        cluster_id="$(random_cluster_id)"
        scram_listing="$(scram_format_args)" || exit 1
        [[ -z "$scram_listing" ]] || mapfile -t scram_args <<<"$scram_listing"
        log "formatting storage (cluster id $cluster_id, $((${#scram_args[@]} / 4)) SCRAM users)"
        java "${jvm_opts[@]}" -cp "$classpath" kafka.tools.StorageTool format \
            -t "$cluster_id" -c "$dir/server.properties" "${scram_args[@]}" >"$dir/format.log" 2>&1 \
            || { cat "$dir/format.log" >&2; die "storage format failed"; }
    fi

    log "starting kafka $KAFKA_VERSION on 127.0.0.1:$port (controller $cport), data $dir"
    : >"$dir/kafka.log"
    # No job control in a script, so setsid execs java directly and $! is its pid.
    # stdin/stdout/stderr are detached so callers capturing our output never hang.
    setsid java "${jvm_opts[@]}" -cp "$classpath" kafka.Kafka "$dir/server.properties" \
        </dev/null >>"$dir/kafka.log" 2>&1 &
    local pid=$!
    printf '%s\n' "$pid" >"$dir/kafka.pid"
    printf '127.0.0.1:%s\n' "$port" >"$dir/bootstrap"
    {
        printf 'PLAINTEXT 127.0.0.1:%s\n' "$port"
        if [[ -n "$sport" ]]; then printf 'SASL_SSL 127.0.0.1:%s\n' "$sport"; fi
    } >"$dir/listeners"

    local deadline=$((SECONDS + START_TIMEOUT)) py
    py="$(readiness_python)"
    # 1) port open
    until python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$port" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || fail_start "$dir" "broker process exited during startup"
        ((SECONDS < deadline)) || fail_start "$dir" "broker port $port not open after ${START_TIMEOUT}s"
        sleep 0.2
    done
    # 2) the broker really serves requests
    while :; do
        kill -0 "$pid" 2>/dev/null || fail_start "$dir" "broker process exited during startup"
        if [[ -n "$py" ]]; then
            if "$py" - "127.0.0.1:$port" >/dev/null 2>&1 <<'EOF'
import sys
from kafka import KafkaAdminClient
admin = KafkaAdminClient(bootstrap_servers=sys.argv[1], request_timeout_ms=5000,
                         client_id="kafka-local-readiness")
try:
    admin.list_topics()
finally:
    admin.close()
EOF
            then break; fi
        elif grep -q -e 'Kafka Server started' -e 'Transition from STARTING to STARTED' "$dir/kafka.log"; then
            break
        fi
        ((SECONDS < deadline)) || fail_start "$dir" "broker not ready after ${START_TIMEOUT}s"
        sleep 0.3
    done
    log "broker ready (pid $pid)"
    printf '127.0.0.1:%s\n' "$port"
}

CMD="${1:-}"
shift || true
case "$CMD" in
    fetch) cmd_fetch ;;
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    status) cmd_status "$@" ;;
    *)
        echo "usage: $0 {fetch|start DATA_DIR|stop DATA_DIR|status DATA_DIR}" >&2
        exit 2
        ;;
esac
