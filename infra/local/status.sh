#!/usr/bin/env bash
# Reports each part of the local stack; with --env prints the variables instead. Exits 1 if a part is down.
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
for part in mysql redis kafka registry; do source "$INFRA_DIR/lib/$part.sh"; done
if [[ "${1:-}" == "--env" ]]; then print_env; exit 0; fi
out="$(mysql_status; redis_status; kafka_status; registry_status)"
echo "$out"
! grep -q ' down' <<<"$out"
