"""Merged cells in an ``.xlsx`` intake tab, read as staff see them.

openpyxl's read-only mode (the bounded reader) does not report merged ranges, and stores a
merged range's value in its top-left cell only, so a date merged over three rows reads as one
dated row and two rows with no date (gspread #700 is the same problem on Sheets). Here:

- :func:`merged_ranges` finds the ``<mergeCell ref="A2:A4"/>`` elements of one worksheet part
  with a streaming scan of the zip member (a regular expression on bytes: no XML parser, so
  no entity tricks; memory bounded by the chunk size).
- :func:`apply_merges` gives each row of a vertical range the top-left value, as staff see
  it, and names every range in a Validation warning. A range spanning columns gives the value
  to its first column only (which other column it "belongs" to is not knowable) and says so;
  a range touching the header row is named and left alone.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any, Sequence

from ..a1 import column_letter
from ..model import RawTab, RowIssue, Severity
from ..parsing import cell_text

_MERGE = re.compile(rb'<(?:[A-Za-z0-9_]+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"')
_CHUNK = 1 << 20
MAX_RANGES = 10_000
ACTION = "unmerge the cells and type the value in each row it applies to"


def merged_ranges(path: Path | str, member: str, limit: int = MAX_RANGES + 1) -> list[tuple[int, int, int, int]]:
    """``[(first column, first row, last column, last row)]`` (1-based) of the merged
    ranges in ``member`` of the .xlsx at ``path``, at most ``limit``. Raises ``OSError``,
    ``KeyError`` (no such member) and ``zipfile.BadZipFile``."""
    found: list[tuple[int, int, int, int]] = []
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(member.lstrip("/")) as stream:
        while len(found) < limit:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            text = tail + chunk
            end = 0
            for m in _MERGE.finditer(text):
                from openpyxl.utils import column_index_from_string   # only for merged cells
                c1, r1, c2, r2 = column_index_from_string(m[1].decode()), int(m[2]), column_index_from_string(m[3].decode()), int(m[4])
                found.append((min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)))
                end = m.end()
            tail = text[max(end, len(text) - 300):]
    return found[:limit]


def apply_merges(tab: RawTab, ranges: Sequence[tuple[int, int, int, int]]) -> RawTab:
    """``tab`` with each merged range's top-left value in every row of the range (first
    column only) and one Validation warning per range. Ranges beyond the tab's rows are
    clipped; past :data:`MAX_RANGES` the rest are named in one warning and ignored."""
    rows = [list(r) for r in tab.rows]
    notes: list[RowIssue] = []
    for c1, r1, c2, r2 in sorted(ranges[:MAX_RANGES], key=lambda r: (r[1], r[0])):
        ref = f"{column_letter(c1)}{r1}:{column_letter(c2)}{r2}"
        name = cell_text(tab.header[c1 - 1]) if c1 <= len(tab.header) else ""
        column = name or column_letter(c1)
        if r1 == 1:
            notes.append(RowIssue(tab.title, 1, column, ref, f"cells {ref} are merged in the header row",
                                  ACTION, Severity.WARNING))
            continue
        first = r1 - 2
        if first >= len(rows):
            continue
        row = rows[first]
        value: Any = row[c1 - 1] if c1 <= len(row) else None
        last = min(r2 - 2, len(rows) - 1)
        for i in range(first + 1, last + 1):
            if value is None:
                break
            target = rows[i]
            target.extend([None] * (c1 - len(target)))
            if target[c1 - 1] in (None, ""):
                target[c1 - 1] = value
        where = f"rows {r1}–{last + 2}" if last > first else f"row {r1}"
        problem = f"cells {ref} are merged; its value is read in {where}, as the sheet shows it"
        if c2 > c1:
            problem += (f"; it spans columns {column_letter(c1)}–{column_letter(c2)}, so only {column} gets it "
                        "and the others are read as blank")
        notes.append(RowIssue(tab.title, r1, column, cell_text(value)[:200], problem, ACTION,
                              Severity.WARNING))
    if len(ranges) > MAX_RANGES:
        notes.append(RowIssue(tab.title, 1, "(tab)", f"{len(ranges):,}+ merged ranges",
                              f"more than {MAX_RANGES:,} merged ranges; the rest are read as stored "
                              "(value in the top-left cell only)", ACTION, Severity.WARNING))
    if not notes:
        return tab
    return RawTab(tab.title, tab.header, tuple(tuple(r) for r in rows), tab.department,
                  tab.first_row, (*tab.notes, *notes))
