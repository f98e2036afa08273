#!/usr/bin/env bash
# Stops the processes up.sh started (and only those), in reverse order. Data stays in .local/.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
for name in registry kafka redis mariadb; do stop_process "$name"; done
log "stack is down"
