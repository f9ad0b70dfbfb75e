#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh "test"
# Thunderbird's iCalendar parser (ical.js) for the ICS conformance tests: node + npm ci.
command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null)
(cd tests/js && npm ci --silent --no-audit --no-fund)
# Browser tests (tests/browser): Debian's Chromium, driven by the playwright package with the
# system browser (its own browser downloads cannot reach this network), and axe-core from npm.
if ! command -v chromium >/dev/null || ! dpkg -s fonts-dejavu-core >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
# Real nginx for tests/e2e/test_nginx_deploy.py (deploy/'s site over a real sync's output); the
# test runs it as an ordinary process with its own prefix, so the system service is not used.
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
npm ci --prefix tests/browser --no-audit --no-fund --silent
exec .venv/bin/python -m pytest tests "$@"
