#!/usr/bin/env bash
# Brings up Longcode's local stack without Docker: MariaDB, Redis, Kafka (KRaft) and a schema registry.
# Idempotent: whatever is already up is left alone. Prints the environment variables to use.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
for part in mysql redis kafka registry; do source "$INFRA_DIR/lib/$part.sh"; done

mkdir -p "$RUN_DIR" "$LOG_DIR" "$DOWNLOADS_DIR"
command -v curl >/dev/null || apt_install curl
command -v ss >/dev/null || apt_install iproute2

mysql_up
redis_up
kafka_up
registry_up
print_env > "$STATE_DIR/env"
log "stack is up; variables in $STATE_DIR/env (source it, or: eval \"\$(infra/local/status.sh --env)\")"
