#!/usr/bin/env bash
# Set up, run the sync on the bundled sample workbook, and serve the calendar site.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh ""
# the sample workbook with its illustrative rows dated from today (upcoming events, this
# quarter's Public Safety Day); the committed examples/sample_workbook.xlsx stays as it is
mkdir -p out
.venv/bin/python examples/build_sample.py out/sample_workbook.xlsx
.venv/bin/safety-events sync --workbook out/sample_workbook.xlsx
exec .venv/bin/safety-events serve --host "${HOST:-127.0.0.1}" --port "${PORT:-5000}"
