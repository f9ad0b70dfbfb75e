"""icalendar's serialisation with a short cut for short content lines (issue 17).

``icalendar`` folds every content line character by character (RFC 5545 §3.1: lines longer
than 75 octets are split, CRLF + one space, without cutting a UTF-8 sequence). A line whose
UTF-8 form is shorter than 75 octets is never folded, and most VEVENT lines are that short,
so :func:`line_bytes` returns those as they are and leaves every longer line to icalendar's
own ``Contentline.to_ical()``. The bytes are the same as ``component.to_ical()``
(``tests/unit/test_fold.py`` checks it against icalendar on generated text).
"""
from __future__ import annotations

#: icalendar folds a line once it reaches this many octets (RFC 5545 §3.1: 75 excluding CRLF).
_FOLD_AT = 75


def line_bytes(line) -> bytes:
    """One ``icalendar.parser.Contentline`` (a ``str``) → its folded UTF-8 bytes, no CRLF."""
    raw = line.encode("utf-8")
    return raw if len(raw) < _FOLD_AT else line.to_ical()


def component_bytes(component) -> bytes:
    """``component.to_ical()`` (an ``icalendar`` component and its subcomponents: content
    lines joined by CRLF, a final CRLF) with short lines not re-scanned for folding."""
    return b"\r\n".join(line_bytes(cl) for cl in component.content_lines() if cl) + b"\r\n"
