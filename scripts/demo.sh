#!/usr/bin/env bash
# Set up, run the sync on the bundled sample workbook, and serve the calendar site.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh ""
.venv/bin/safety-events sync
exec .venv/bin/safety-events serve --host "${HOST:-127.0.0.1}" --port "${PORT:-5000}"
