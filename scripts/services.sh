#!/usr/bin/env bash
# Starts (up) or stops (down) Longcode's services as background processes against the local stack.
# Each service: its own database (longcode_<service>), its own port, a log in .local/logs, a pid in .local/run.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=.local/run
LOG_DIR=.local/logs
mkdir -p "$RUN_DIR" "$LOG_DIR"

# name:port, in start order
SERVICES=(simulator:4090 registration:4010 numbers:4020 dispatch:4030 receipts:4050 compliance:4060 analytics:4070 gateway:4000)

# The simulator signs its webhooks like Telnyx (Ed25519); registration checks them with the public key.
webhook_keys() {
  local dir=.local/simulator
  if [[ ! -f "$dir/signing-key.pem" ]]; then
    mkdir -p "$dir"
    node -e '
      const { generateKeyPairSync } = require("node:crypto");
      const { privateKey, publicKey } = generateKeyPairSync("ed25519");
      const fs = require("node:fs");
      fs.writeFileSync(process.argv[1] + "/signing-key.pem", privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600 });
      fs.writeFileSync(process.argv[1] + "/public-key", publicKey.export({ format: "der", type: "spki" }).subarray(-32).toString("base64"));
    ' "$dir"
  fi
  export SIM_SIGNING_PRIVATE_KEY="$(cat "$dir/signing-key.pem")" REGISTRATION_WEBHOOK_PUBLIC_KEY="$(cat "$dir/public-key")"
  export TELNYX_PUBLIC_KEY="$REGISTRATION_WEBHOOK_PUBLIC_KEY"
}

# The operator's token for the gateway's /admin (made once, kept in .local/gateway/admin-token).
gateway_token() {
  local file=.local/gateway/admin-token
  if [[ ! -f "$file" ]]; then
    mkdir -p "$(dirname "$file")"
    node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))' >"$file"
    chmod 600 "$file"
  fi
  export GATEWAY_ADMIN_TOKEN="$(cat "$file")"
}

# What each service needs beyond the stack's variables.
service_env() {
  case "$1" in
    simulator) echo "SIM_API_KEY=local-simulator SIM_WEBHOOK_URL=http://127.0.0.1:4010/webhooks/registration/telnyx SIM_MESSAGING_WEBHOOK_URL=http://127.0.0.1:4050/webhooks/telnyx" ;;
    registration) echo "REGISTRATION_PROVIDER=telnyx REGISTRATION_PROVIDER_URL=http://127.0.0.1:4090 REGISTRATION_PROVIDER_API_KEY=local-simulator" ;;
    numbers) echo "NUMBER_PROVIDER=telnyx NUMBER_PROVIDER_URL=http://127.0.0.1:4090 NUMBER_PROVIDER_API_KEY=local-simulator" ;;
    dispatch) echo "MESSAGING_PROVIDER=telnyx TELNYX_API_URL=http://127.0.0.1:4090 TELNYX_API_KEY=local-simulator RECEIPTS_WEBHOOK_URL=http://127.0.0.1:4050/webhooks/telnyx REDIS_URL=$REDIS_URL" ;;
    gateway) echo "DISPATCH_URL=http://127.0.0.1:4030 REGISTRATION_URL=http://127.0.0.1:4010 NUMBERS_URL=http://127.0.0.1:4020 COMPLIANCE_URL=http://127.0.0.1:4060 MAIL_URL=http://127.0.0.1:4090/postmark CALLBACK_ALLOW_PRIVATE_NETWORKS=true REDIS_URL=$REDIS_URL" ;;
    receipts) echo "RECEIPT_PROVIDERS=telnyx TELNYX_API_URL=http://127.0.0.1:4090 TELNYX_API_KEY=local-simulator" ;;
    *) echo "" ;;
  esac
}

up() {
  eval "$(bash infra/local/status.sh --env)"
  pnpm --silent build >"$LOG_DIR/build.log" 2>&1 || { cat "$LOG_DIR/build.log" >&2; exit 1; }
  webhook_keys
  gateway_token
  for entry in "${SERVICES[@]}"; do
    local name="${entry%%:*}" port="${entry##*:}" pidfile="$RUN_DIR/service-${entry%%:*}.pid"
    if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "[services] $name already running (pid $(cat "$pidfile"))" >&2; continue
    fi
    echo "[services] starting $name on 127.0.0.1:$port" >&2
    # shellcheck disable=SC2046
    env HTTP_PORT="$port" DATABASE_URL="$MYSQL_URL/longcode_$name" ${MYSQL_SOCKET:+DATABASE_SOCKET="$MYSQL_SOCKET"} \
      $(service_env "$name") \
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
