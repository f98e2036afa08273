#!/usr/bin/env bash
# Installs everything, brings up the local stack, and runs every check and test tier.
# Ends with one line: "Tests: N passed, N failed". Exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/test-tools.sh
bash infra/local/up.sh
eval "$(bash infra/local/status.sh --env)"
export LONGCODE_TEST_REPORT_DIR="$PWD/.local/test-reports"
rm -rf "$LONGCODE_TEST_REPORT_DIR" && mkdir -p "$LONGCODE_TEST_REPORT_DIR"

failed=0
step() { echo "== $*"; "$@" || { echo "!! failed: $*"; failed=1; }; }
step pnpm --silent codegen:check
step pnpm --silent lint
step pnpm --silent typecheck
step pnpm --silent schemas:compat
step pnpm exec turbo run test:unit --concurrency=1 --continue --output-logs=new-only
step pnpm exec turbo run test:int --concurrency=1 --continue --output-logs=new-only
step pnpm exec turbo run build --output-logs=errors-only
step pnpm exec turbo run test:e2e --concurrency=1 --continue --output-logs=new-only
# last: these crash parts of the local stack (and start them again)
step pnpm exec turbo run test:fault --concurrency=1 --continue --output-logs=new-only
node scripts/test-summary.mjs "$LONGCODE_TEST_REPORT_DIR" || failed=1
exit "$failed"
