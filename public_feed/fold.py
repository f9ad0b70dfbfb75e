"""icalendar's serialisation with a short cut for short content lines (issue 17).

``icalendar`` folds every content line character by character (RFC 5545 §3.1: lines longer
than 75 octets are split, CRLF + one space, without cutting a UTF-8 sequence). A line whose
UTF-8 form is shorter than 75 octets is never folded, and most VEVENT lines are that short,
so :func:`line_bytes` returns those as they are, folds a longer line of one-octet characters
itself (the same cuts, without a per-character loop) and leaves every other line to
icalendar's own ``Contentline.to_ical()``. The bytes are the same as ``component.to_ical()``
(``tests/unit/test_fold.py`` checks it against icalendar on generated text).
"""
from __future__ import annotations

#: icalendar folds a line once it reaches this many octets (RFC 5545 §3.1: 75 excluding CRLF).
_FOLD_AT = 75


def line_bytes(line: str) -> bytes:
    """One content line (an ``icalendar.parser.Contentline`` or a plain ``str`` without CR
    or LF) → its folded UTF-8 bytes, no CRLF."""
    raw = line.encode("utf-8")
    if len(raw) < _FOLD_AT:
        return raw
    if len(raw) == len(line):
        return _fold_ascii(raw)
    from icalendar.parser import Contentline
    return Contentline(line).to_ical()


def _fold_ascii(raw: bytes) -> bytes:
    """icalendar's ``_foldline`` for a line of one-octet characters: pieces of 74 octets
    joined by CRLF + space, except that a piece never ends in ``\\`` or ``^`` (a TEXT or
    RFC 6868 escape is not cut; icalendar issue #1501): that character starts the next piece."""
    pieces, start, end = [], 0, len(raw)
    while end - start >= _FOLD_AT:
        cut = start + _FOLD_AT - 1
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
