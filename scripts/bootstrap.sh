#!/usr/bin/env bash
# Installs what the repository needs to build and run: Node.js 20+, pnpm, the workspace's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION="$(node -p 'require("./package.json").packageManager.split("@")[1]' 2>/dev/null || echo 10.34.8)"

if ! command -v node >/dev/null || ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "[bootstrap] Longcode needs Node.js 20.19 or newer (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi
if [[ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]]; then
  echo "[bootstrap] installing pnpm $PNPM_VERSION" >&2
  npm install -g --silent "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || npm install -g "pnpm@$PNPM_VERSION"
fi
echo "[bootstrap] installing workspace packages" >&2
CI=true pnpm install --frozen-lockfile --reporter=silent
