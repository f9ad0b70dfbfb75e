"""icalendar's serialisation with a short cut for short content lines (issue 17).

``icalendar`` folds every content line character by character (RFC 5545 §3.1: lines longer
than 75 octets are split, CRLF + one space, without cutting a UTF-8 sequence). A line whose
UTF-8 form is shorter than 75 octets is never folded, and most VEVENT lines are that short,
so :func:`line_bytes` returns those as they are and folds a longer line itself (the same
cuts as icalendar's ``Contentline.to_ical()``, found on the UTF-8 bytes without a
per-character loop). The bytes are the same as ``component.to_ical()``
(``tests/unit/test_fold.py`` checks it against icalendar on generated text).
"""
from __future__ import annotations

from typing import Iterable

#: icalendar folds a line once it reaches this many octets (RFC 5545 §3.1: 75 excluding CRLF).
_FOLD_AT = 75


def line_bytes(line: str) -> bytes:
    """One content line (an ``icalendar.parser.Contentline`` or a plain ``str`` without CR
    or LF) → its folded UTF-8 bytes, no CRLF."""
    raw = line.encode("utf-8")
    return raw if len(raw) < _FOLD_AT else _fold_utf8(raw)


def lines_bytes(lines: Iterable[str]) -> bytes:
    """Content lines (plain ``str``, no CR or LF) → their folded UTF-8 bytes, each followed
    by CRLF: ``b"".join(line_bytes(line) + b"\r\n" for line in lines)``, encoded in one go
    (issue 17, p17t: a VEVENT's twenty lines were encoded and joined one by one). An ASCII
    line shorter than 75 characters is never folded; any other is measured in octets.
    Raises ``UnicodeEncodeError`` for a lone surrogate, as :func:`line_bytes` does."""
    folded = [line if line.isascii() and len(line) < _FOLD_AT else _fold_text(line) for line in lines]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8") if folded else b""


def _fold_text(line: str) -> str:
    raw = line.encode("utf-8")
    return line if len(raw) < _FOLD_AT else _fold_utf8(raw).decode("utf-8")


def _fold_utf8(raw: bytes) -> bytes:
    """icalendar's ``_foldline`` on UTF-8 bytes: pieces of at most 74 octets that never cut
    a UTF-8 sequence (a piece ends before a continuation octet ``0b10xxxxxx``), joined by
    CRLF + space, except that a piece never ends in ``\\`` or ``^`` (a TEXT or RFC 6868
    escape is not cut; icalendar issue #1501): that character starts the next piece."""
    pieces, start, end = [], 0, len(raw)
    while end - start >= _FOLD_AT:
        cut = start + _FOLD_AT - 1
        while raw[cut] & 0xC0 == 0x80:
            cut -= 1
        if raw[cut - 1] in b"\\^":
            cut -= 1
        pieces.append(raw[start:cut])
        start = cut
    pieces.append(raw[start:])
    return b"\r\n ".join(pieces)


def component_bytes(component) -> bytes:
    """``component.to_ical()`` (an ``icalendar`` component and its subcomponents: content
    lines joined by CRLF, a final CRLF) with short lines not re-scanned for folding."""
    return b"\r\n".join(line_bytes(cl) for cl in component.content_lines() if cl) + b"\r\n"
