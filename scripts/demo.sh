#!/usr/bin/env bash
# Set up, run the sync on the bundled sample workbook, and serve the calendar site.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
.venv/bin/safety-events sync
exec .venv/bin/safety-events serve --host "${HOST:-127.0.0.1}" --port "${PORT:-5000}"
