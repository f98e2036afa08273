# Shared helpers for infra/local: paths, ports, logging, process control.
# Sourced by up.sh, down.sh and status.sh; defines nothing that runs by itself.

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(cd "$INFRA_DIR/../.." && pwd)"
STATE_DIR="${LONGCODE_STATE_DIR:-$REPO_ROOT/.local}"
RUN_DIR="$STATE_DIR/run"
LOG_DIR="$STATE_DIR/logs"
DOWNLOADS_DIR="$STATE_DIR/downloads"

KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$INFRA_DIR/kafka/pom.xml")"
APICURIO_VERSION="3.0.9"

KAFKA_PORT="${LONGCODE_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${LONGCODE_KAFKA_CONTROLLER_PORT:-9093}"
REGISTRY_PORT="${LONGCODE_REGISTRY_PORT:-8081}"
MYSQL_PORT="${LONGCODE_MYSQL_PORT:-3306}"
REDIS_PORT="${LONGCODE_REDIS_PORT:-6379}"
MYSQL_USER="${LONGCODE_MYSQL_USER:-longcode}"
MYSQL_PASSWORD="${LONGCODE_MYSQL_PASSWORD:-longcode}"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Who listens on a port (for a clear message when it is taken by something else).
port_owner() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\("[^"]*",pid=[0-9]*\).*/\1/p' | head -1; }

pid_file() { echo "$RUN_DIR/$1.pid"; }
running() { local f; f="$(pid_file "$1")"; [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null; }

# start NAME LOGFILE CMD...: detached from this shell, pid recorded, output to its own log file.
start_process() {
  local name="$1" logfile="$2"; shift 2
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  setsid nohup "$@" >>"$logfile" 2>&1 < /dev/null &
  echo $! > "$(pid_file "$name")"
}

# wait_until SECONDS DESCRIPTION CMD...: polls CMD every half second.
wait_until() {
  local limit="$1" what="$2"; shift 2
  local deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    (( SECONDS < deadline )) || return 1
    sleep 0.5
  done
  log "$what is ready"
}

stop_process() {
  local name="$1" f pid
  f="$(pid_file "$name")"
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { log "$name did not stop in 30 s, killing"; kill -KILL "$pid" 2>/dev/null || true; }
  fi
  rm -f "$f"
}

apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found: install $* yourself or point the *_URL variables at running servers"
  log "installing Debian packages: $*"
  if [[ ! -f "$STATE_DIR/.apt-updated" ]]; then
    apt-get update -qq >"$LOG_DIR/apt.log" 2>&1 || die "apt-get update failed (see $LOG_DIR/apt.log)"
    touch "$STATE_DIR/.apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >>"$LOG_DIR/apt.log" 2>&1 \
    || die "apt-get install $* failed (see $LOG_DIR/apt.log)"
}

# The variables every service, test and benchmark reads (same names as docker-compose.yml).
print_env() {
  cat <<ENV
export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
export SCHEMA_REGISTRY_URL=http://127.0.0.1:$REGISTRY_PORT/apis/ccompat/v7
export MYSQL_URL=mysql://$MYSQL_USER:$MYSQL_PASSWORD@127.0.0.1:$MYSQL_PORT
export REDIS_URL=redis://127.0.0.1:$REDIS_PORT
ENV
  # Our own MariaDB also listens on a Unix socket: cheaper than TCP on one machine.
  if [[ -n "${MYSQL_SOCKET:-}" && -S "$MYSQL_SOCKET" ]]; then echo "export MYSQL_SOCKET=$MYSQL_SOCKET"; fi
}
