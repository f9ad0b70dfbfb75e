#!/usr/bin/env bash
# Regenerate constraints.txt: every package of the virtualenv the test suite passed in, at its
# exact version (pip freeze --all; the project itself and the build tools setuptools and wheel
# left out: the build backend gets its own isolated environment from pyproject.toml). scripts/venv.sh installs with
# `-c constraints.txt`, so a new release of any dependency cannot reach a city's install or CI
# until someone runs this, runs the tests, and commits the new file.
# Every pin must accept Python 3.11.0 (Debian 12 has 3.11.2): tests/unit/test_constraints_python.py.
#   scripts/lock.sh            # uses .venv (or $VENV)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
{
  echo "# Exact versions the test suite passed with; produced by scripts/lock.sh from $("$VENV/bin/python" -c 'import sys; print("Python %d.%d" % sys.version_info[:2])')."
  echo "# Used as pip constraints (-c): pins versions, installs nothing by itself. Regenerate, test, commit."
  "$VENV/bin/python" -m pip freeze --all --exclude-editable | grep -v '^#' | grep -viE '^(safety-events|setuptools|wheel)[= ]' | LC_ALL=C sort -f
} > constraints.txt.tmp
mv constraints.txt.tmp constraints.txt
echo "constraints.txt: $(grep -vc '^#' constraints.txt) packages"
