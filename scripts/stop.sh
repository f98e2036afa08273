#!/usr/bin/env bash
# Stops the services, then the local stack (only what Longcode's scripts started).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh down
bash infra/local/down.sh
