#!/usr/bin/env bash
# Starts (up) or stops (down) Longcode's services as background processes against the local stack.
# Each service: its own database (longcode_<service>), its own port, a log in .local/logs, a pid in .local/run.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=.local/run
LOG_DIR=.local/logs
mkdir -p "$RUN_DIR" "$LOG_DIR"

# name:port, in start order
SERVICES=(registration:4010 analytics:4070)

up() {
  eval "$(bash infra/local/status.sh --env)"
  pnpm --silent build >"$LOG_DIR/build.log" 2>&1 || { cat "$LOG_DIR/build.log" >&2; exit 1; }
  for entry in "${SERVICES[@]}"; do
    local name="${entry%%:*}" port="${entry##*:}" pidfile="$RUN_DIR/service-${entry%%:*}.pid"
    if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "[services] $name already running (pid $(cat "$pidfile"))" >&2; continue
    fi
    echo "[services] starting $name on 127.0.0.1:$port" >&2
    HTTP_PORT="$port" DATABASE_URL="$MYSQL_URL/longcode_$name" \
      setsid nohup node $(cat services/node-options) "services/$name/dist/main.mjs" >>"$LOG_DIR/$name.log" 2>&1 </dev/null &
    echo $! >"$pidfile"
  done
  for entry in "${SERVICES[@]}"; do
    local name="${entry%%:*}" port="${entry##*:}"
    for _ in $(seq 1 120); do
      curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break
      kill -0 "$(cat "$RUN_DIR/service-$name.pid")" 2>/dev/null || { tail -20 "$LOG_DIR/$name.log" >&2; echo "[services] $name exited" >&2; exit 1; }
      sleep 0.5
    done
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "[services] $name not ready (see $LOG_DIR/$name.log)" >&2; exit 1; }
    echo "[services] $name is ready" >&2
  done
}

down() {
  for ((i=${#SERVICES[@]}-1; i>=0; i--)); do
    local name="${SERVICES[$i]%%:*}" pidfile="$RUN_DIR/service-${SERVICES[$i]%%:*}.pid"
    [[ -f "$pidfile" ]] || continue
    local pid; pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      echo "[services] stopping $name (pid $pid)" >&2
      kill -TERM "$pid"; for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    fi
    rm -f "$pidfile"
  done
}

"${1:-up}"
