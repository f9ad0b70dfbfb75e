"""The local report workbook, streamed with rvgsrust-xlsxwriter, the Python binding of the
``rust_xlsxwriter`` crate (issue 17: the openpyxl writer, then pure-Python XlsxWriter at
about 4 µs a cell, were most of a large sync's report time; this writer takes about 1 µs).
Where that package has no wheel, XlsxWriter writes the same workbook
(:mod:`sheets_sync.backends.xlsx_fallback`).

A tab longer than :data:`BUFFERED_ROWS` is written in ``constant_memory`` mode (each row goes
to a temporary file as it comes, so memory is bounded by a row whatever the tab's size);
shorter tabs are held until the file is written. What staff see is what the openpyxl writer
gave them: a bold header row frozen at ``A2``, red/green fills on highlighted rows, pictures
anchored at their cell at one image pixel per screen pixel, a Decision dropdown (an Excel list
data validation), the sheet's size declared in ``<dimension>``, and every tab of the previous
report this write does not replace (read back with python-calamine, values only).

Values are written as openpyxl wrote them (checked by tests/unit/test_report_xlsxwriter.py):

* text is always text — never a formula, number or hyperlink; text starting with
  ``= + - @`` gets Excel's quote prefix (OWASP "CSV/formula injection"); C0 control
  characters are removed and text is cut at 32,000 characters (Excel's cell limit is 32,767);
* ``None``, ``""``, NaN and ±infinity leave the cell blank (styled when its row is);
* numbers are stored as Excel doubles (``<v>3.0</v>``: the same number to Excel, LibreOffice,
  python-calamine and pandas; openpyxl reads a ``float`` where XlsxWriter's ``3`` gave an
  ``int``);
* dates and times are Excel serial numbers (1900 date system) with openpyxl's number formats
  (``yyyy-mm-dd``, ``yyyy-mm-dd h:mm:ss``, ``h:mm:ss``, ``[hh]:mm:ss``); a timezone-aware
  datetime raises ``TypeError`` (Excel has no timezones), as before;
* a list dropdown longer than Excel's 255-character limit for a literal list is left out.

A table longer than a sheet (Excel: 1,048,576 rows, :data:`EXCEL_MAX_ROWS`) is continued in
``"<title> (2)"``, ``"(3)"``… right after it, each sheet with the same bold frozen header,
fills and dropdown (:func:`sheet_titles`); no line is dropped (a writer left alone would stop
or drop rows past the limit). Rows beyond what the report was opened for raise ``ValueError``.
"""
from __future__ import annotations

import math
import numbers
import os
import re
import tempfile
from datetime import date, datetime, time as dtime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..model import Table

FORMULA_START = ("=", "+", "-", "@")
MAX_CHARS = 32_000
FILLS = {"bad": "#F8D7DA", "good": "#D4EDDA"}
# openpyxl's ILLEGAL_CHARACTERS_RE: C0 controls other than tab, newline and carriage return
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_DATE_FORMATS = ((datetime, "yyyy-mm-dd h:mm:ss"), (date, "yyyy-mm-dd"), (dtime, "h:mm:ss"),
                 (timedelta, "[hh]:mm:ss"))
LIST_LIMIT = 255          # Excel: a data validation's literal list, "a,b,c", at most 255 characters
#: Rows in one worksheet, header included (Microsoft, "Excel specifications and limits").
EXCEL_MAX_ROWS = 1_048_576
TITLE_LIMIT = 31          # characters in a sheet's name (same source)
#: A tab of at most this many rows is held in memory until the file is written (any write
#: order, pictures anywhere); a longer one streams to disk row by row (constant memory, rows
#: in order, no picture placed above its last row: ``ValueError``).
BUFFERED_ROWS = 10_000


def continued_title(title: str, part: int) -> str:
    """The name of ``title``'s ``part``-th sheet (``part`` ≥ 2): ``"Metrics - Drill-down (2)"``,
    the title cut so the name fits :data:`TITLE_LIMIT` characters."""
    suffix = f" ({part})"
    return title[:TITLE_LIMIT - len(suffix)] + suffix


def sheet_titles(title: str, n_rows: int, max_rows: int = EXCEL_MAX_ROWS) -> list[str]:
    """Names of the sheets a table of ``n_rows`` rows (header included) fills when each sheet
    holds its header and ``max_rows - 1`` lines: ``[title]``, then ``continued_title(title, 2)``…
    Raises ``ValueError`` when ``max_rows`` < 2."""
    if max_rows < 2:
        raise ValueError("a sheet must hold its header and at least one line")
    parts = max(1, -(-(n_rows - 1) // (max_rows - 1)))
    return [title] + [continued_title(title, k) for k in range(2, parts + 1)]


def is_continuation(name: str, titles: Iterable[str]) -> bool:
    """Whether sheet ``name`` is a continuation (``"<title> (k)"``, k ≥ 2) of one of ``titles``."""
    match = re.fullmatch(r"(.*) \(([2-9]|[1-9]\d+)\)", name)
    return bool(match) and any(continued_title(t, int(match[2])) == name for t in titles)


def clean(value: Any) -> Any:
    """A value an .xlsx cell can hold: text without C0 control characters, at most
    :data:`MAX_CHARS` characters; bytes decoded as UTF-8; ``None`` for ``""``, NaN and ±inf."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str):
        if not value:
            return None
        if not value.isprintable():         # issue 17 (p17y): C0 controls are never printable,
            value = _ILLEGAL.sub("", value)     # so most text skips the search
        return value[:MAX_CHARS] if len(value) > MAX_CHARS else value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class _Formats:
    """Formats by (bold, fill, quote prefix, number format), made once each."""

    def __init__(self, workbook):
        self.workbook = workbook
        self.made: dict[tuple, Any] = {}

    def get(self, bold: bool, fill: str | None, quote: bool, num_format: str | None):
        key = (bold, fill, quote, num_format)
        if key == (False, None, False, None):
            return None
        if key not in self.made:
            fmt = self.workbook.add_format()
            if bold:
                fmt.set_bold()
            if fill:
                fmt.set_background_color(FILLS[fill]).set_pattern("solid")
            if quote:
                fmt.set_quote_prefix()
            if num_format:
                fmt.set_num_format(num_format)
            self.made[key] = fmt
        return self.made[key]


_EXCEL_EPOCH = datetime(1899, 12, 30)       # Excel's 1900 date system, serial 0 (ECMA-376 §18.17.4.1)


def _serial(value: datetime | date | dtime | timedelta) -> float:
    """An Excel serial number (days; the 1900 date system) for a date, time or duration.
    Raises ``TypeError`` for a timezone-aware datetime or time (Excel has no timezones)."""
    if isinstance(value, (datetime, dtime)) and value.tzinfo is not None:
        raise TypeError(f"cannot write a timezone-aware {type(value).__name__} to a report cell: {value!r}")
    if isinstance(value, dtime):
        value = timedelta(hours=value.hour, minutes=value.minute, seconds=value.second,
                          microseconds=value.microsecond)
    elif isinstance(value, date):
        value = (value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)) - _EXCEL_EPOCH
    return value.total_seconds() / 86400


def _date_format(value: Any) -> str | None:
    for kind, fmt in _DATE_FORMATS:
        if isinstance(value, kind):
            return fmt
    return None


_PLAIN = (int, float, type(None))


def _ready(row: Sequence[Any]) -> list[Any] | None:
    """``row`` as :func:`clean` would leave it, a list — each ``""`` as ``None`` — when that is all it
    would change and every value is written without a format: text that is printable, at most
    :data:`MAX_CHARS` long and not starting like a formula, an ``int``, a finite ``float`` or
    ``None`` (exact types); else ``None`` (issue 17: most rows of a report, checked without a
    call per cell)."""
    empty = False
    for v in row:
        t = type(v)
        if t is str:
            if not v:
                empty = True
            elif len(v) > MAX_CHARS or v.startswith(FORMULA_START) or not v.isprintable():
                return None
        elif t is float:
            if v - v != 0.0:                    # NaN or ±inf
                return None
        elif t is not int and v is not None:
            return None
    return [None if v == "" else v for v in row] if empty else list(row)


def _write_row(ws, formats: _Formats, r: int, row: Sequence[Any], bold: bool, fill: str | None) -> None:
    """Row ``r`` (0-based) of ``ws``: each value by its type, styled as the module doc says.
    A plain row of text, numbers and blanks is handed to the writer in one call."""
    plain = not bold and fill is None
    if plain and (ready := _ready(row)) is not None:
        ws.write_row(r, 0, ready)           # str stays text, int/float a number, None blank
        return
    values = [clean(raw) for raw in row]
    if plain and all((type(v) is str and not v.startswith(FORMULA_START)) or isinstance(v, _PLAIN)
                     for v in values):
        ws.write_row(r, 0, values)          # str stays text, bool/int/float a number, None blank
        return
    for c, value in enumerate(values):
        if value is None:
            if not plain:
                ws.write(r, c, None, formats.get(bold, fill, False, None))
        elif isinstance(value, str):
            quote = value.startswith(FORMULA_START)
            ws.write(r, c, value, None if plain and not quote else formats.get(bold, fill, quote, None))
        elif isinstance(value, (bool, numbers.Real, Decimal)):
            ws.write(r, c, value if isinstance(value, (bool, int)) else float(value),
                     None if plain else formats.get(bold, fill, False, None))
        elif (num_format := _date_format(value)) is not None:
            ws.write(r, c, _serial(value), formats.get(bold, fill, False, num_format))
        else:
            raise ValueError(f"cannot write a {type(value).__name__} value to a report cell")


class StreamedReport:
    """A report workbook being written at ``path`` whose tabs are ``titles``, in that order
    (issue 17: tabs can be written in any order and in row chunks, so a worker process can
    write each table as soon as the sync has it and the last-made one — Data Quality — last).

    ``sizes`` gives a tab's row count (header included) when it may exceed ``max_rows``
    (default :data:`EXCEL_MAX_ROWS`): its continuation sheets are made right after it
    (:func:`sheet_titles`). ``begin(table, n_rows)`` sets a tab's frozen header, pictures and
    dropdowns (``table.rows`` is not read; ``n_rows`` counts its rows, header included);
    ``rows(title, start, rows)`` writes rows ``start…`` (0-based, row 0 is the header, bold)
    in increasing order per tab; ``kept(title, rows)`` appends a tab of plain values after
    ``titles``; ``close()`` writes the file. Raises ``OSError``, ``TypeError`` (a
    timezone-aware datetime), ``ValueError`` (a value no cell holds, or a tab longer than its
    ``sizes`` entry allowed for)."""

    def __init__(self, path: str | Path, titles: Sequence[str], sizes: dict[str, int] | None = None,
                 max_rows: int = EXCEL_MAX_ROWS):
        from .xlsx_fallback import workbook
        self.workbook = workbook(str(path))       # rvgsrust-xlsxwriter, or XlsxWriter where it has no wheel
        self.formats = _Formats(self.workbook)
        self.per_sheet = max_rows - 1                       # lines under each sheet's header
        sizes = sizes or {}
        self.parts = {title: [self.workbook.add_worksheet(name, constant_memory=sizes.get(title, 1) > BUFFERED_ROWS)
                              for name in sheet_titles(title, sizes.get(title, 1), max_rows)]
                      for title in titles}
        self.pictures = tempfile.TemporaryDirectory(prefix=".report-pictures-")   # the writer reads files
        self.placed: list[tuple] = []
        self.marks: dict[str, dict[int, str]] = {}
        self.headers: dict[str, Sequence[Any]] = {}

    def begin(self, table: Table, n_rows: int) -> None:
        sheets = self.parts[table.title]
        if len(sheet_titles(table.title, n_rows, self.per_sheet + 1)) > len(sheets):
            raise ValueError(f"the tab {table.title!r} has {n_rows:,} rows, more than the report was "
                             f"opened for ({len(sheets)} sheet(s) of {self.per_sheet + 1:,} rows)")
        for part, ws in enumerate(sheets):
            ws.freeze_panes(1, 0)
            lines = min(self.per_sheet, n_rows - 1 - part * self.per_sheet)
            if table.dropdowns and lines >= 1:
                for column, values in table.dropdowns:
                    if len(",".join(values)) <= LIST_LIMIT:
                        ws.add_data_validation(1, column, lines, column, _dropdown(values))
        for anchor, png in table.images:         # placed at close: rows come first in constant memory
            picture = Path(self.pictures.name) / f"{len(list(Path(self.pictures.name).iterdir()))}.png"
            picture.write_bytes(_at_96_dpi(png))
            self.placed.append((sheets[0], *_cell(anchor), str(picture)))
        self.marks[table.title] = dict(table.highlights)

    def rows(self, title: str, start: int, rows: Iterable[Sequence[Any]]) -> None:
        sheets, marks, per = self.parts[title], self.marks[title], self.per_sheet
        for index, row in enumerate(rows, start):
            if index == 0:
                self.headers[title] = row
                _write_row(sheets[0], self.formats, 0, row, True, marks.get(0))
                continue
            part, line = divmod(index - 1, per)
            if part >= len(sheets):
                raise ValueError(f"the tab {title!r} has more rows than the report was opened for")
            if line == 0 and part:                          # a continuation sheet starts with the header
                _write_row(sheets[part], self.formats, 0, self.headers.get(title, ()), True, marks.get(0))
            _write_row(sheets[part], self.formats, line + 1, row, False, marks.get(index))

    def table(self, table: Table) -> None:
        """``begin`` and ``rows`` of the whole ``table``."""
        self.begin(table, len(table.rows))
        self.rows(table.title, 0, table.rows)

    def kept(self, title: str, rows: Iterable[Sequence[Any]]) -> None:
        ws = self.workbook.add_worksheet(title, constant_memory=True)
        for r, row in enumerate(rows):
            _write_row(ws, self.formats, r, row, False, None)

    def close(self) -> None:
        try:
            for ws, row, column, picture in self.placed:
                ws.insert_image(row, column, picture)
            self.workbook.close()
        finally:
            self.pictures.cleanup()


def _cell(a1: str) -> tuple[int, int]:
    """``(row, column)``, 0-based, of an A1 cell reference (``"D2"`` → ``(1, 3)``)."""
    letters, digits = re.fullmatch(r"([A-Z]{1,3})([1-9][0-9]*)", a1.replace("$", "")).groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits) - 1, column - 1


def _dropdown(values: Sequence[str]):
    """An Excel list data validation of ``values``: blanks allowed, no error box (staff may
    type a note instead), as the openpyxl writer made it."""
    from .xlsx_fallback import data_validation
    rule = data_validation()
    rule.allow_list_strings(list(values))
    rule.ignore_blank(True)
    rule.show_error_message(False)
    return rule


def _at_96_dpi(png: bytes) -> bytes:
    """``png`` without its ``pHYs`` chunk (PNG spec §11.3.5.3), so the writer sizes the picture
    as openpyxl did — one image pixel per screen pixel at 96 dpi — instead of by its own dpi."""
    at = png.find(b"pHYs")
    if at < 4 or png[at - 4:at] != (9).to_bytes(4, "big"):
        return png
    return png[:at - 4] + png[at + 4 + 9 + 4:]          # length, type, 9 data bytes, CRC


def write_report(path: Path, tables: Sequence[Table], kept: Iterable[tuple[str, Iterable[Sequence[Any]]]] = (),
                 max_rows: int = EXCEL_MAX_ROWS) -> None:
    """Write ``tables`` (in order; one longer than ``max_rows`` continued in more sheets, see
    the module doc) and then each ``(title, rows)`` of ``kept`` (values only, no bold header)
    to the .xlsx at ``path``, atomically: a temporary file in the same folder renamed into
    place, so a failed write leaves the last good report. Raises ``OSError`` when the folder
    or file cannot be written, ``TypeError`` for a timezone-aware datetime."""
    def save(tmp: str) -> None:
        report = StreamedReport(tmp, [t.title for t in tables], {t.title: len(t.rows) for t in tables}, max_rows)
        try:
            for table in tables:
                report.table(table)
            for title, rows in kept:
                report.kept(title, rows)
        finally:
            report.close()
    replace_atomically(path, save)


def replace_atomically(path: Path, save: Callable[[str], None]) -> None:
    """Call ``save(temporary path)`` for a file in ``path``'s folder (created if missing),
    then rename it over ``path`` (mode 0644); on any failure the temporary file is removed
    and ``path`` is untouched. Raises what ``save`` or the file system raises."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o644)
    os.close(fd)
    try:
        save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
