"""Indented, key-sorted JSON files at the C encoder's speed (issue 17).

``json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)`` takes the pure-Python
encoder (CPython's C encoder does not indent): about 0.06 s per 3 MB ``events.json`` at 5,000
rows, several seconds at 100,000. :func:`indented` writes the same bytes by encoding compactly
with the C encoder (same key order, same escapes, same number forms) and re-indenting that
text with ``msgspec.json.format`` (https://jcristharif.com/msgspec/api.html#msgspec.json.format),
which inserts whitespace between tokens without re-writing any token. Checked against
``json.dumps`` on generated values in ``tests/unit/test_jsonbytes.py``.

:func:`text` is ``json.dumps(value)``'s one-line text (default separators) from msgspec's
encoder (issue 17, p17ab: the record's JSON columns, ~4x faster than the stdlib's C encoder).
"""
from __future__ import annotations

import json
from typing import Any

import msgspec

#: msgspec's JSON encoders, plain and with keys sorted (made once; encoders are reusable).
_PLAIN = msgspec.json.Encoder()
_SORTED = msgspec.json.Encoder(order="sorted")


def indented(value: Any) -> bytes:
    """``json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")``,
    byte for byte. Raises what ``json.dumps`` raises (``TypeError`` for a value JSON cannot
    hold, ``ValueError`` for a circular one, ``UnicodeEncodeError`` for a lone surrogate).
    A value msgspec cannot read back (``NaN``/``Infinity``, which are not JSON) is written by
    ``json.dumps`` itself."""
    compact = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    try:
        return msgspec.json.format(compact, indent=1)
    except msgspec.DecodeError:
        return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def text(value: Any, *, sort_keys: bool = False, ensure_ascii: bool = True) -> str:
    """``json.dumps(value, ensure_ascii=ensure_ascii, sort_keys=sort_keys)``, character for
    character, for a value of JSON's types: ``str``, ``int``, ``bool``, ``None``, finite
    ``float`` (see below), lists and tuples of them and dicts with ``str`` keys (the record's
    rows, issue 17, p17ab). msgspec encodes it compactly
    (https://jcristharif.com/msgspec/api.html#msgspec.json.Encoder: the same escapes as
    ``json.dumps`` with ``ensure_ascii=False``; ``order="sorted"`` sorts keys as ``sort_keys``
    does) and ``msgspec.json.format(..., indent=0)`` puts in ``json.dumps``'s ``", "`` and
    ``": "``. Where msgspec would not match, ``json.dumps`` writes it: non-ASCII text or DEL
    with ``ensure_ascii``, a value msgspec refuses (an ``int`` past 64 bits, a non-``str`` key
    with ``sort_keys``, a lone surrogate, a type neither knows: ``json.dumps`` then raises
    ``TypeError`` as before). A type msgspec knows and JSON has not (a datetime, a plain enum, a
    dataclass, a set) is written as msgspec writes it, where ``json.dumps`` raised.

    A ``float`` is written in msgspec's shortest form: the same text as ``json.dumps`` for 0
    and 1e-4 ≤ |x| < 1e16 (checked on 400,000 random floats), the same number in another form
    elsewhere (``1e16`` for ``1e+16``, ``0.00009999`` for ``9.999e-05``); NaN and ±Infinity,
    which JSON cannot hold, come back as ``null``: keep them out."""
    try:
        out = msgspec.json.format((_SORTED if sort_keys else _PLAIN).encode(value), indent=0)
    except (TypeError, OverflowError, UnicodeEncodeError):
        return json.dumps(value, ensure_ascii=ensure_ascii, sort_keys=sort_keys)
    if ensure_ascii and (not out.isascii() or b"\x7f" in out):      # json.dumps escapes DEL too
        return json.dumps(value, sort_keys=sort_keys)
    return out.decode()
