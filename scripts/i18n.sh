#!/usr/bin/env bash
# Refresh the site's translation catalogues after changing interface text:
#   1. extract every _()/gettext/ngettext/lazy_gettext string from public_feed into messages.pot
#   2. merge new strings into public_feed/translations/<lang>/LC_MESSAGES/messages.po
#   3. (translate the empty msgstr entries by hand)  4. compile .po -> .mo (committed)
# tests/unit/test_i18n.py fails while a string is untranslated or a .mo is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
PYBABEL=${PYBABEL:-.venv/bin/pybabel}
command -v "$PYBABEL" >/dev/null || PYBABEL=pybabel
"$PYBABEL" -q extract -F public_feed/babel.cfg -k lazy_gettext --no-location --sort-output \
  --project safety-events -o public_feed/translations/messages.pot public_feed
"$PYBABEL" -q update -i public_feed/translations/messages.pot -d public_feed/translations \
  --no-fuzzy-matching --ignore-obsolete -w 100
"$PYBABEL" -q compile -d public_feed/translations
