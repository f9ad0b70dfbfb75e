"""Formula cells saved without a calculated value, found only when one is asked about.

The intake is read for values (openpyxl ``data_only``, python-calamine): a cell holding
``=A1+B1`` reads as its cached result, the ``<v>`` element Excel, LibreOffice and Sheets write
next to the ``<f>`` formula. A tool that does not calculate (openpyxl, pandas, many scripts)
writes the formula with no (or an empty) ``<v>``, so the cell reads as empty and the row's check would say
"blank". When the validation step finds a required or checked cell empty it asks
:class:`UncalculatedFormulas` whether that cell holds such a formula (ECMA-376 Part 1
§18.3.1.4 ``c``, §18.3.1.40 ``f``, §18.3.1.96 ``v``), so the message can say what to do.

The worksheet part is scanned once, on the first question: a byte search for any ``<f>``
element, then (only if there is one) :mod:`defusedxml`'s
iterparse (no entity expansion; the part's size is already bounded by
``source.max_member_mb``), keeping only formula cells without a value; elements are cleared
as they are read, so memory stays bounded by the number of such cells.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
MAX_FOUND = 100_000


class UncalculatedFormulas:
    """``lookup(row, column)`` → the formula text (``"=A1+B1"``; ``"(shared formula)"`` for a
    cell that reuses another cell's formula) of a cell of worksheet part ``member`` in the
    .xlsx at ``path`` that holds a formula and no calculated value, else ``None``. ``row`` and
    ``column`` are 1-based sheet numbers. An unreadable part answers ``None`` (the plain
    "blank" message stays)."""

    def __init__(self, path: Path, member: str):
        self.path, self.member = Path(path), member
        self._found: dict[tuple[int, int], str] | None = None
        try:                        # the part as read now (for __repr__), from the zip directory
            with zipfile.ZipFile(self.path) as archive:
                self._crc: int | None = archive.getinfo(member).CRC
        except (OSError, KeyError, zipfile.BadZipFile):
            self._crc = None

    def __repr__(self) -> str:
        """Stable across processes (a sync's content hash, :func:`sheets_sync.steady.sync_key`,
        includes it): the part's name and its CRC-32 from the zip directory, so a formula
        edited without a new calculated value still changes the hash (taken when the tab is read)."""
        return f"UncalculatedFormulas({self.member!r}, crc={self._crc})"

    def __call__(self, row: int, column: int) -> str | None:
        return self._cells().get((row, column))

    def cells(self) -> list[tuple[int, int, str]]:
        """Every such cell as ``(row, column, formula)`` (1-based, in sheet order)."""
        return sorted((row, column, formula) for (row, column), formula in self._cells().items())

    def rows(self) -> list[int]:
        """The sheet rows (1-based, ascending) with at least one such cell: a row of nothing
        else reads as blank, and a reader drops blank rows at the end of a sheet."""
        return sorted({row for row, _ in self._cells()})

    def _cells(self) -> dict[tuple[int, int], str]:
        if self._found is None:
            try:
                self._found = _scan(self.path, self.member)
            except Exception:           # a broken part: the reader already read what it could
                self._found = {}
        return self._found


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _has_formulas(archive: zipfile.ZipFile, member: str) -> bool:
    """A byte scan (1 MB chunks) for any ``<f>`` element: most sheets hold none, and then
    the XML is not parsed at all."""
    with archive.open(member) as part:
        tail = b""
        while chunk := part.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _scan(path: Path, member: str) -> dict[tuple[int, int], str]:
    with zipfile.ZipFile(path) as archive:
        if not _has_formulas(archive, member):
            return {}
        with archive.open(member) as part:
            return _uncalculated(part)


def _uncalculated(part) -> dict[tuple[int, int], str]:
    """``(row, column)`` → formula text of each ``<c>`` in the worksheet XML stream ``part``
    that has an ``<f>`` and no calculated ``<v>`` (at most :data:`MAX_FOUND`)."""
    from defusedxml.ElementTree import iterparse
    from openpyxl.utils import column_index_from_string
    found: dict[tuple[int, int], str] = {}
    for _, element in iterparse(part, events=("end",)):
        if element.tag.rpartition("}")[2] != "c":
            if element.tag.endswith("row"):
                element.clear()
            continue
        formula = value = None
        for child in element:
            local = child.tag.rpartition("}")[2]
            if local == "f":
                formula = child
            elif local == "v":
                value = child
        # no <v>, or an empty one on a cell that is not text (an empty text result is
        # written t="str" with <v></v>; openpyxl writes a formula with a bare <v/>)
        if formula is not None and (value is None or (value.text in (None, "")
                                                       and element.get("t") not in ("str", "s", "inlineStr"))):
            m = _REF.fullmatch(element.get("r", ""))
            if m and len(found) < MAX_FOUND:
                text = (formula.text or "").strip()
                found[(int(m[2]), column_index_from_string(m[1]))] = f"={text}" if text else "(shared formula)"
        element.clear()
    return found
