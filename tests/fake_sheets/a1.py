"""A1 notation as the Sheets API v4 parses it (the subset the fake needs).

``'Jon''s'!A1:C3``, ``Police!A:Z``, ``'A2'`` (whole tab), ``A1:B2`` (first tab). An
*unquoted* tab name that is itself a cell reference (``A2!A1``) or holds ``:`` / ``!`` /
spaces does not parse (HTTP 400 "Unable to parse range: ..."); an unquoted ``A2`` alone is a
cell of the first tab, the silent pitfall the backend avoids by always quoting.
Independent of the backend's own quoting helpers on purpose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CELLS = re.compile(r"^(?P<c1>[A-Za-z]{1,3})?(?P<r1>[0-9]+)?"
                    r"(?::(?P<c2>[A-Za-z]{1,3})?(?P<r2>[0-9]+)?)?$")
_PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")


class RangeError(ValueError):
    """The range does not parse: the API answers 400 "Unable to parse range: <text>"."""


@dataclass(frozen=True)
class A1:
    """A parsed range. ``sheet`` is None for "the first tab". Bounds are 0-based and
    end-exclusive; an end of ``None`` is open (to the grid's edge)."""
    sheet: str | None
    row0: int = 0
    row1: int | None = None
    col0: int = 0
    col1: int | None = None
    single_cell: bool = False     # "A1": for writes, an anchor that grows to fit the values


def col_number(letters: str) -> int:
    """``A`` → 1, ``AA`` → 27."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def col_letters(n: int) -> str:
    """1 → ``A``, 27 → ``AA``."""
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _cells(text: str) -> tuple[int, int | None, int, int | None] | None:
    """``A1``, ``A1:C3``, ``A:C``, ``1:3``, ``A2:C`` → (row0, row1, col0, col1), else None."""
    m = _CELLS.match(text)
    if not m:
        return None
    c1, r1, c2, r2 = m.group("c1", "r1", "c2", "r2")
    if any(r is not None and int(r) < 1 for r in (r1, r2)):
        return None
    if ":" not in text:
        if not (c1 and r1):          # "A" or "3" alone is not a cell
            return None
        return int(r1) - 1, int(r1), col_number(c1) - 1, col_number(c1)
    if not (c1 or r1) or not (c2 or r2) or (c1 is None) != (c2 is None):
        return None
    row0, row1 = (int(r1) - 1 if r1 else 0), (int(r2) if r2 else None)
    col0, col1 = (col_number(c1) - 1 if c1 else 0), (col_number(c2) if c2 else None)
    if row1 is not None and row1 <= row0:     # C3:A1 means A1:C3
        row0, row1 = row1 - 1, row0 + 1
    if col1 is not None and col1 <= col0:
        col0, col1 = col1 - 1, col0 + 1
    return row0, row1, col0, col1


def is_cell_reference(text: str) -> bool:
    """True for text the API would read as cells (``A2``, ``CRM26``, ``A1:B2``)."""
    return _cells(text) is not None


def parse(text: str) -> A1:
    """Parse one A1 range; raises :class:`RangeError`."""
    if text.startswith("'"):
        i, name = 1, []
        while True:
            j = text.find("'", i)
            if j < 0:
                raise RangeError(text)
            name.append(text[i:j])
            if text[j + 1:j + 2] == "'":
                name.append("'")
                i = j + 2
                continue
            rest = text[j + 1:]
            break
        sheet = "".join(name)
        if not sheet:
            raise RangeError(text)
        if rest == "":
            return A1(sheet)
        if not rest.startswith("!"):
            raise RangeError(text)
        return _with_cells(sheet, rest[1:], text)
    if "!" in text:
        sheet, _, cells = text.partition("!")
        if not _PLAIN_NAME.match(sheet) or is_cell_reference(sheet):
            raise RangeError(text)
        return _with_cells(sheet, cells, text)
    cells = _cells(text)
    if cells is not None:
        return A1(None, *cells, single_cell=":" not in text)
    if _PLAIN_NAME.match(text):
        return A1(text)
    raise RangeError(text)


def _with_cells(sheet: str, cells_text: str, whole: str) -> A1:
    cells = _cells(cells_text)
    if cells is None:
        raise RangeError(whole)
    return A1(sheet, *cells, single_cell=":" not in cells_text)


def needs_quotes(title: str) -> bool:
    return not _PLAIN_NAME.match(title) or is_cell_reference(title)


def format_range(title: str, row0: int, row1: int, col0: int, col1: int) -> str:
    """The normalised range the API echoes back: ``'Jon''s'!A1:C3`` / ``Police!A1:Z1000``."""
    ref = "'" + title.replace("'", "''") + "'" if needs_quotes(title) else title
    start = f"{col_letters(col0 + 1)}{row0 + 1}"
    end = f"{col_letters(col1)}{row1}"
    return f"{ref}!{start}" if start == end else f"{ref}!{start}:{end}"
