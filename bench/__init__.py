"""Benchmarks (issue 17). Some reuse the test suite's helpers (fixtures, the fake Sheets API,
nginx's site config), so they need the ``test`` extras; :func:`require_test_extras` says so."""
from __future__ import annotations

import importlib.util
import sys

#: What to install when a bench needs the test helpers (the same set ./scripts/test.sh installs).
INSTALL = ".venv/bin/python -m pip install -c constraints.txt -e '.[test]'"


def require_test_extras(*modules: str) -> None:
    """Exit with a message naming the install command when pytest (or ``modules``) is missing."""
    missing = [m for m in ("pytest", *modules) if _missing(m)]
    if missing:
        sys.exit(f"this bench uses the test suite's helpers, which need {', '.join(missing)}: "
                 f"install the test extras first ({INSTALL}, or run ./scripts/test.sh once)")


def _missing(module: str) -> bool:
    if sys.modules.get(module, False) is None:  # blocked (as the test of this message does)
        return True
    try:
        return importlib.util.find_spec(module) is None
    except (ImportError, ValueError):
        return True
