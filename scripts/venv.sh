# Sourced by demo.sh and test.sh: create .venv with Python 3.11 (or python3) and install the
# project into it with the extras named in $1 (e.g. "test"; empty for none).
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# constraints.txt pins every dependency to the versions the tests passed with (scripts/lock.sh)
.venv/bin/python -m pip install -q --upgrade pip -c constraints.txt
.venv/bin/python -m pip install -q -c constraints.txt -e ".${1:+[$1]}"
