#!/usr/bin/env bash
# Installs the test suite's Python tools (scripts/test-requirements.txt) into .local/venv, once per
# change of that file: schemathesis, which fuzzes the gateway's OpenAPI document.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/local/lib/common.sh
VENV=.local/venv
STAMP="$VENV/.requirements"
if [[ -x "$VENV/bin/schemathesis" ]] && cmp -s scripts/test-requirements.txt "$STAMP"; then exit 0; fi
python3 -c 'import ensurepip, venv' 2>/dev/null || apt_install python3 python3-venv
log "installing the test tools (scripts/test-requirements.txt) into $VENV"
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r scripts/test-requirements.txt
cp scripts/test-requirements.txt "$STAMP"
