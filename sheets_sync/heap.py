"""Giving freed heap memory back to the system between a sync's stages (issue 17, p17q).

CPython returns a freed object larger than 512 bytes (a JSON text, an encoded VEVENT) to the
C library's ``malloc``, which keeps the freed pages for later ``malloc`` calls: they still
count in the process's resident memory. A block of 128 KB or more is mapped on its own
instead and never reuses them, so a sync that frees the record's 76,000 rows (~150 MB at
100,000 rows) and then serialises a 144 MB site index (one block) paid for both at its peak.
:func:`give_back` asks glibc to return the free pages (``malloc_trim(0)``,
https://man7.org/linux/man-pages/man3/malloc_trim.3.html); elsewhere it does nothing.
"""
from __future__ import annotations

import ctypes
from functools import lru_cache


@lru_cache(maxsize=1)
def _trim():
    """glibc's ``malloc_trim``, or ``None`` (another C library, another system). Looked up
    among the symbols already loaded in this process (``dlopen(NULL)``), not by
    ``ctypes.util.find_library``, which runs ``ldconfig -p`` in a subprocess."""
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None


def give_back() -> bool:
    """Return the C heap's free pages to the system; ``True`` when glibc released any."""
    trim = _trim()
    return bool(trim(0)) if trim is not None else False
