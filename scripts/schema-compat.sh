#!/usr/bin/env bash
# Checks schemas/ against the schema registry (FULL_TRANSITIVE per subject). On a registry that has not
# seen a subject yet (a fresh CI stack), the previous commit's schemas are registered first, so a change is
# always checked against the version before it.
set -euo pipefail
cd "$(dirname "$0")/.."
baseline_args=()
if git rev-parse -q --verify HEAD~1 >/dev/null && git cat-file -e HEAD~1:schemas 2>/dev/null; then
  baseline="$(mktemp -d)"
  trap 'rm -rf "$baseline"' EXIT
  git archive HEAD~1 schemas | tar -x -C "$baseline"
  baseline_args=(--baseline "$baseline/schemas")
fi
exec pnpm --filter @longcode/contracts exec tsx ../avro/src/bin/compat.ts ../../schemas \
  --registry "${SCHEMA_REGISTRY_URL:-http://127.0.0.1:8081/apis/ccompat/v7}" "${baseline_args[@]}"
