"""Local ``.xlsx`` backend: reads intake tabs, writes a separate report workbook.

The intake workbook is opened read-only and never written. It is read with python-calamine
(Rust; several times faster than openpyxl on large tabs) unless a cell format changes what
staff see in a way the sync keeps (a zero-padding number format such as ``00000`` on an Event
ID, :func:`_shown`), a formula error, a declared size over the limits or content far from A1
(:func:`_calamine_unsafe`): then with openpyxl, streamed, which reports each cell's format and
counts only rows that hold values against the limits. Generated tabs go to the report
workbook, written to a temporary file and renamed into place (a failed write leaves the last
good report; :mod:`.xlsx_report`). Text that starts with ``=``, ``+``, ``-`` or ``@`` is stored
as a text cell, never as a formula (OWASP "CSV/formula injection").
"""
from __future__ import annotations

import logging
import os
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time as dtime
from pathlib import Path
from typing import Any, Collection, Sequence

from ..a1 import column_letter
from ..model import RawTab
from ..unchanged import remember, same_as_last, tables_digest
from . import SourceError, Table, TabsNotWritten

log = logging.getLogger("safety_events")

@dataclass(frozen=True)
class ReadLimits:
    """Bounds on what reading one intake workbook may cost (``source.max_*`` in config.yaml):
    rows and columns per tab (declared in ``<dimension>`` or actually read), characters per
    cell, and megabytes per uncompressed part of the .xlsx zip."""
    max_rows: int = 100_000
    max_columns: int = 200
    max_cell_chars: int = 50_000
    max_member_mb: int = 200

    @classmethod
    def from_source(cls, source) -> "ReadLimits":
        return cls(source.max_rows, source.max_columns, source.max_cell_chars, source.max_member_mb)


class WorkbookBackend:
    """Intake tabs from ``intake_path``; generated tabs to ``report_path``."""
    name = "workbook"

    def __init__(self, intake_path: Path | str, report_path: Path | str | None = None,
                 limits: ReadLimits | None = None):
        self.intake_path = Path(intake_path)
        self.report_path = Path(report_path) if report_path else None
        self.limits = limits or ReadLimits()
        self.requests: Counter = Counter()

    @classmethod
    def from_config(cls, config) -> "WorkbookBackend":
        """The backend of a ``source.kind: workbook`` config (intake, report, read limits)."""
        return cls(config.path(config.source.workbook), config.report_path,
                   limits=ReadLimits.from_source(config.source))

    def read_tabs(self) -> list[RawTab]:
        """Every tab's typed values. Raises :class:`SourceError` with what to do."""
        if not self.intake_path.exists():
            raise SourceError(f"the intake workbook {self.intake_path} does not exist; "
                              "check source.workbook in config.yaml or pass --workbook PATH")
        self._check_members()
        if not _formats_matter(self.intake_path) and not _calamine_unsafe(self.intake_path) \
                and not self._declares_too_much():
            return self._read_calamine()
        import openpyxl                 # only here: a sync with nothing changed never loads it
        from openpyxl.utils.exceptions import InvalidFileException
        try:
            wb = openpyxl.load_workbook(self.intake_path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, InvalidFileException) as exc:
            raise SourceError(f"{self.intake_path} is not a readable .xlsx workbook ({exc}); "
                              "save it from Excel or Sheets as .xlsx") from None
        try:
            return [self._with_merges(getattr(ws, "_worksheet_path", None), self._read_sheet(ws))
                    for ws in wb.worksheets]
        finally:
            wb.close()

    def _with_merges(self, member: str | None, tab: RawTab) -> RawTab:
        """``tab`` (read from the worksheet part ``member``) as staff see its merged cells
        (:mod:`.merged`), able to tell a blank cell from a formula saved without its value
        (:mod:`.formulas`, scanned only if asked)."""
        from dataclasses import replace

        from .formulas import UncalculatedFormulas
        from .merged import apply_merges, merged_ranges
        if not member or not tab.rows:
            return tab
        try:
            ranges = merged_ranges(self.intake_path, member)
        except (OSError, KeyError, zipfile.BadZipFile):
            ranges = None
        tab = apply_merges(tab, ranges) if ranges else tab
        return replace(tab, formula_at=UncalculatedFormulas(self.intake_path, member))

    def _declares_too_much(self) -> bool:
        """True when a worksheet part's ``<dimension>`` is over the limits: then the tab is
        streamed by openpyxl, which counts the rows and columns that hold values
        (:meth:`_read_rows`). A declared size alone never refuses a workbook: a whole column
        coloured or bordered by staff declares ``A1:E1048576`` with a few rows of values."""
        with zipfile.ZipFile(self.intake_path) as archive:
            for name in archive.namelist():
                if not re.fullmatch(r"xl/worksheets/[^/]+\.xml", name):
                    continue
                with archive.open(name) as part:
                    m = _DIMENSION.search(part.read(4096))
                cols, rows = _far_corner(m.group(1).decode()) if m else (0, 0)
                if (rows or 0) > self.limits.max_rows or (cols or 0) > self.limits.max_columns:
                    return True
        return False

    def _read_calamine(self) -> list[RawTab]:
        """Every tab through python-calamine, each value as openpyxl would give it
        (:func:`_as_openpyxl`). Raises :class:`SourceError`."""
        from python_calamine import CalamineError, CalamineWorkbook
        try:
            wb = CalamineWorkbook.from_path(str(self.intake_path))
        except (CalamineError, OSError, ValueError) as exc:
            raise SourceError(f"{self.intake_path} is not a readable .xlsx workbook ({exc}); "
                              "save it from Excel or Sheets as .xlsx") from None
        parts = _sheet_parts(self.intake_path)
        try:
            tabs = []
            for name in wb.sheet_names:
                try:
                    sheet = wb.get_sheet_by_name(name)
                except (CalamineError, ValueError) as exc:
                    raise SourceError(f"{self.intake_path} is not a readable .xlsx workbook "
                                      f"(tab {name!r}: {exc}); save it from Excel or Sheets as .xlsx") from None
                rows = ([_as_openpyxl(v) for v in r] for r in sheet.iter_rows())
                tabs.append(self._with_merges(parts.get(name), self._read_rows(name, rows)))
            return tabs
        finally:
            wb.close()

    def _refuse(self, what: str) -> SourceError:
        return SourceError(f"{self.intake_path} is refused: {what}. Nothing was synced; remove the "
                           "extra content (or raise the source.max_* limit in config.yaml) and run again")

    def _check_members(self) -> None:
        """Refuse a zip whose uncompressed parts exceed ``max_member_mb`` (a 1 GiB shared
        string, a bomb) before any XML is parsed. Raises :class:`SourceError`."""
        try:
            with zipfile.ZipFile(self.intake_path) as archive:
                members = archive.infolist()
        except (zipfile.BadZipFile, OSError) as exc:
            raise SourceError(f"{self.intake_path} is not a readable .xlsx workbook ({exc}); "
                              "save it from Excel or Sheets as .xlsx") from None
        limit = self.limits.max_member_mb * 1024 * 1024
        for member in members:
            if member.file_size > limit:
                raise self._refuse(f"its part {member.filename} is {member.file_size / 2**20:,.0f} MB "
                                   f"uncompressed, more than source.max_member_mb ({self.limits.max_member_mb})")

    def _read_sheet(self, ws) -> RawTab:
        """One worksheet → :class:`RawTab`. The declared ``<dimension>`` is discarded
        (``reset_dimensions``): read-only mode would otherwise trust a stale ``A1:C5`` and stop
        after row 5, or pad to a formatted ``A1:E1048576``. Raises :class:`SourceError` over a
        limit (counted on rows that hold values, :meth:`_read_rows`)."""
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
        return self._read_rows(ws.title, ([_shown(c) for c in cells] for cells in ws.iter_rows()))

    def _read_rows(self, title: str, cell_rows) -> RawTab:
        """Rows of values (header first) → :class:`RawTab`, refusing a tab over the limits.

        Only rows that hold a value count: empty rows (blank, or formatted only) are kept as
        spacing when a row with values follows and dropped at the end, never held in memory
        as a run (a count), so a formatted ``A1:E1048576`` costs one pass and no more. A row
        number past Excel's last row (1,048,576, ECMA-376 Part 1 §18.3.1.73) is refused."""
        lim = self.limits
        rows: list[tuple] = []
        pending = 0                     # empty rows not yet known to be followed by a value
        for number, cells in enumerate(cell_rows, start=1):
            row = tuple(cells)
            if number > _EXCEL_ROWS:
                raise self._refuse(f"its tab {title!r} has rows past Excel's last row ({_EXCEL_ROWS:,})")
            if not any(c is not None and c != "" for c in row):
                pending += 1
                continue
            if number > lim.max_rows + 1:
                raise self._refuse(f"its tab {title!r} has more than {lim.max_rows:,} rows "
                                   f"(values in row {number:,})")
            rows.extend([()] * pending)
            pending = 0
            if len(row) > lim.max_columns:
                row = row[:lim.max_columns] if not any(c not in (None, "") for c in row[lim.max_columns:]) \
                    else self._too_wide(title)
            for index, value in enumerate(row):
                if isinstance(value, str) and len(value) > lim.max_cell_chars:
                    heading = rows[0][index] if rows and index < len(rows[0]) else None
                    named = f" (column {str(heading).strip()[:40]!r})" if heading not in (None, "") else ""
                    raise self._refuse(f"cell {column_letter(index + 1)}{number}{named} of {title!r} holds "
                                       f"{len(value):,} characters (more than source.max_cell_chars, "
                                       f"{lim.max_cell_chars:,})")
            rows.append(tuple(row))
        header = rows[0] if rows else ()
        return RawTab(title, tuple(header), tuple(rows[1:]))

    def _too_wide(self, title: str):
        raise self._refuse(f"its tab {title!r} has values beyond column {self.limits.max_columns}")

    def write_tabs(self, tables: Sequence[Table]) -> None:
        """Write the report workbook atomically (temp file + rename), keeping other tabs.

        Streams each tab with XlsxWriter's constant-memory mode (:mod:`.xlsx_report`; memory
        bounded by a row, not the workbook); the old report is read back (python-calamine)
        only for tabs this write does not replace. Writes nothing when the tables equal the
        last write's and the report is as that write left it (:mod:`sheets_sync.unchanged`)."""
        from .xlsx_report import write_report
        if self.report_path is None:
            raise SourceError("no report workbook path configured (output.report_workbook)")
        new = {t.title: t for t in tables}
        _check_titles(new)
        digest = tables_digest(tables)
        if same_as_last(self.report_path, digest):
            return
        continued_tabs({t.title: len(t.rows) for t in tables})
        try:
            write_report(self.report_path, tables, self._kept_tabs(set(new)))
        except OSError as exc:      # the report's own failure: the record and the feed move on
            raise TabsNotWritten(f"cannot write the report workbook {self.report_path}: {exc.strerror or exc}; "
                                 "check that output.dir is writable and the file is not open in Excel") from None
        try:
            remember(self.report_path, digest)
        except OSError:
            pass                    # no note: the next sync writes the report again

    def report_job(self, titles: Sequence[str], charts, chart_folder: Path, sizes: dict[str, int] | None = None,
                   worker=None):
        """A :class:`sheets_sync.report_process.ReportJob` that writes this report's tabs
        ``titles`` on a worker process (issue 17), drawing ``charts`` into ``chart_folder``;
        ``sizes``: rows per title (header included), for tabs longer than an Excel sheet
        (:func:`continued_tabs`); ``worker``: a :class:`~sheets_sync.report_process.WorkerProcess`
        started early, else one is started; give its tables to :meth:`commit_job`. Raises
        :class:`SourceError` for a title a .xlsx cannot hold or no report path, ``OSError``
        when the folder cannot be written."""
        from ..report_process import ReportJob
        if self.report_path is None:
            raise SourceError("no report workbook path configured (output.report_workbook)")
        _check_titles(titles)
        continued_tabs(sizes or {})
        return ReportJob(self.report_path, titles, charts, chart_folder, sizes, worker)

    def commit_job(self, job, tables: Sequence[Table], digest: str | None = None) -> None:
        """Finish :meth:`report_job`'s ``job`` as :meth:`write_tabs` ends: the report is
        replaced by the worker's file (one rename) unless ``tables`` equal the last write's.
        ``digest``: :func:`~sheets_sync.unchanged.tables_digest` of the tables the job was
        sent, when the caller took it and let their rows go (issue 17, p17q); by default that
        of ``tables``. Raises :class:`TabsNotWritten` when the worker failed or the rename did
        (the sync still publishes the feed; the next sync writes the report again)."""
        error = job.finish()
        if error is not None:
            raise TabsNotWritten(f"the report workbook {self.report_path} could not be written ({error}); "
                                 "the next sync writes it again")
        digest = digest or tables_digest(tables)
        if same_as_last(self.report_path, digest):
            job.discard()
            return
        try:
            job.replace()
        except OSError as exc:
            raise TabsNotWritten(f"cannot replace the report workbook {self.report_path}: "
                                 f"{exc.strerror or exc}; check that the file is not open in Excel") from None
        try:
            remember(self.report_path, digest)
        except OSError:
            pass                    # no note: the next sync writes the report again

    def _kept_tabs(self, replaced: set[str]) -> list[tuple[str, list[tuple[Any, ...]]]]:
        return kept_tabs(self.report_path, replaced) if self.report_path is not None else []

    def added_tabs(self, generated: Collection[str]) -> list[tuple[str, list[tuple[Any, ...]]]]:
        """``(title, rows)`` of each tab of the report workbook that is not one of the
        ``generated`` titles (:func:`kept_tabs`: a tab staff added or renamed, such as a Review
        tab renamed "Review Duplicates (done)"); ``[]`` without a readable report."""
        return self._kept_tabs(set(generated))

    def read_generated(self, title: str) -> list[tuple[Any, ...]] | None:
        """Rows of ``title`` in the report workbook (header first), ``None`` if absent.

        The report workbook is where staff type Review decisions on this backend. Read
        with python-calamine (values only, as openpyxl's read-only mode gives them).
        """
        from python_calamine import CalamineError, CalamineWorkbook
        if self.report_path is None or not self.report_path.exists():
            return None
        try:
            wb = CalamineWorkbook.from_path(str(self.report_path))
        except (CalamineError, OSError, ValueError) as exc:
            raise SourceError(f"{self.report_path} is not a readable .xlsx workbook ({exc}); "
                              f"decisions typed in its {title!r} tab cannot be read — restore "
                              "it from a backup or delete it to start a fresh report") from None
        try:
            if title[:31] not in wb.sheet_names:
                return None
            return [tuple(_as_openpyxl(v) for v in r) for r in wb.get_sheet_by_name(title[:31]).iter_rows()]
        except (CalamineError, ValueError) as exc:
            raise SourceError(f"{self.report_path} is not a readable .xlsx workbook ({exc}); "
                              f"decisions typed in its {title!r} tab cannot be read — restore "
                              "it from a backup or delete it to start a fresh report") from None
        finally:
            wb.close()

    def outputs_token(self, tables: Sequence[Table]) -> dict | None:
        """What the last ``write_tabs`` (written or left alone) leaves, for
        :meth:`outputs_intact` (:mod:`sheets_sync.steady`): the report workbook's size,
        mtime and inode; ``None`` without one."""
        try:
            st = self.report_path.stat() if self.report_path is not None else None
        except OSError:
            return None
        return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino} if st else None

    def outputs_intact(self, token: dict | None) -> bool:
        """True when the report workbook is the file ``token`` describes (nobody saved it
        since, which is also where staff type Review decisions on this backend)."""
        return bool(token) and token == self.outputs_token(())

    def check_access(self) -> list[tuple[bool, str]]:
        """What ``safety-events doctor`` reports about this source, as ``(ok, message)``
        pairs, never raising: the intake workbook opens and how many tabs it has; the report
        workbook's folder can be written (the file itself is only replaced by a rename)."""
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException
        found: list[tuple[bool, str]] = []
        try:
            self._check_members()
            wb = openpyxl.load_workbook(self.intake_path, read_only=True, data_only=True)
            names = wb.sheetnames
            wb.close()
            found.append((True, f"the intake workbook {self.intake_path} opens: {len(names)} tabs"))
        except SourceError as exc:
            found.append((False, str(exc) if self.intake_path.exists() else
                          f"the intake workbook {self.intake_path} does not exist; run "
                          "`safety-events init` to create it, or fix source.workbook in config.yaml"))
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, InvalidFileException) as exc:
            found.append((False, f"{self.intake_path} is not a readable .xlsx workbook ({exc}); "
                                 "save it from Excel or Sheets as .xlsx"))
        if self.report_path is not None:
            folder = self.report_path.parent
            while not folder.exists() and folder != folder.parent:
                folder = folder.parent          # the sync creates the missing folders
            if os.access(folder, os.W_OK | os.X_OK):
                found.append((True, f"the report workbook {self.report_path} can be written"))
            else:
                found.append((False, f"{folder} cannot be written by this user, so the report "
                                     f"workbook {self.report_path} cannot be saved; fix the "
                                     "folder's owner or permissions, or change output.dir"))
        return found

    def create_template(self, tabs, dropdowns) -> list[str]:
        from .template import write_workbook_template
        return write_workbook_template(self.intake_path, tabs, dropdowns)


_ZERO_PAD = re.compile(r'^(?:"([^"]*)")?(0+)$')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([^"]+)"')
_CORNER = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]+)")


def _check_titles(titles) -> None:
    for title in titles:
        if len(title) > 31 or set(title) & set(":\\/?*[]"):
            raise SourceError(f"cannot write a tab named {title!r} to a .xlsx workbook: "
                              "titles must be at most 31 characters without : \\ / ? * [ ]")


def continued_tabs(sizes: dict[str, int]) -> dict[str, list[str]]:
    """``{title: [its sheets]}`` for each tab of ``sizes`` (title → rows, header included) too
    long for one Excel sheet (:func:`.xlsx_report.sheet_titles`), each logged as a warning
    that names where the rest of its lines are."""
    from .xlsx_report import sheet_titles
    out = {title: names for title, n in sizes.items() if len(names := sheet_titles(title, n)) > 1}
    for title, names in out.items():
        log.warning("the report tab %r has %s lines, more than an Excel sheet holds: it continues in %s",
                    title, f"{sizes[title] - 1:,}", ", ".join(repr(n) for n in names[1:]))
    return out


def kept_tabs(report_path: Path, replaced: set[str], max_rows: int = 1_048_576) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """``(title, rows)`` of each tab of the report at ``report_path`` not in ``replaced`` nor
    the continuation of one (``"<title> (2)"``…, :func:`.xlsx_report.sheet_titles`, following
    a sheet of ``max_rows`` rows): a tab staff added, values as openpyxl's read-only mode gives
    them; ``[]`` when there is no readable report (it is then replaced whole). A sheet named
    like a continuation that follows a sheet with fewer rows is a tab staff added (Excel names
    a copy of "Combined Events" "Combined Events (2)")."""
    from python_calamine import CalamineError, CalamineWorkbook

    from .xlsx_report import is_continuation
    if not report_path.exists():
        return []
    try:
        wb = CalamineWorkbook.from_path(str(report_path))
    except (CalamineError, OSError, ValueError):
        return []
    names = wb.sheet_names
    stale = {title for title in names if title not in replaced and is_continuation(title, replaced)
             and _follows_a_full_sheet(report_path, names, title, max_rows)}
    try:
        return [(title, [tuple(_as_openpyxl(v) for v in r) for r in wb.get_sheet_by_name(title).iter_rows()])
                for title in names if title not in replaced and title not in stale]
    except (CalamineError, OSError, ValueError):
        return []
    finally:
        wb.close()


def _follows_a_full_sheet(report_path: Path, names: Sequence[str], name: str, max_rows: int) -> bool:
    """Whether sheet ``name`` of the report comes right after a sheet whose declared
    ``<dimension>`` reaches row ``max_rows`` (the report's writer declares every sheet's size),
    as a continuation the sync wrote does."""
    at = names.index(name)
    if at == 0:
        return False
    member = _sheet_parts(report_path).get(names[at - 1])
    try:
        with zipfile.ZipFile(report_path) as archive, archive.open(member or "") as part:
            m = _DIMENSION.search(part.read(4096))
    except (KeyError, OSError, zipfile.BadZipFile):
        return False
    return bool(m) and (_far_corner(m.group(1).decode())[1] or 0) >= max_rows


def _far_corner(ref: str) -> tuple[int, int]:
    """``(column, row)`` numbers of the far corner of an A1 reference (``"A1:XFD1048576"``
    → ``(16384, 1048576)``), ``(0, 0)`` when it names no cell: what openpyxl's
    ``range_boundaries`` gives, without loading openpyxl on a sync that reads with calamine."""
    m = _CORNER.fullmatch(ref.rpartition(":")[2].upper())
    if not m:
        return 0, 0
    column = 0
    for letter in m.group(1):
        column = column * 26 + ord(letter) - 64
    return column, int(m.group(2))


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _sheet_parts(path: Path) -> dict[str, str]:
    """Tab name → its worksheet part in the zip (``xl/worksheets/sheet1.xml``), from
    ``xl/workbook.xml`` and its relationships (ECMA-376 Part 1 §18.2.19, Part 2 §9.3);
    ``{}`` when they cannot be read (then merged cells are not expanded)."""
    from defusedxml.ElementTree import fromstring
    try:
        with zipfile.ZipFile(path) as archive:
            book = fromstring(archive.read("xl/workbook.xml"))
            rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:               # noqa: BLE001 — unreadable: read the values without merges
        return {}
    targets = {r.get("Id"): r.get("Target") or "" for r in rels.iter(f"{_PKG_REL}Relationship")}
    parts = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        if target:
            parts[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


def _formats_matter(path: Path) -> bool:
    """True when a cell style of the workbook uses a zero-padding number format (built-in
    ``0``, id 1, or a custom one :data:`_ZERO_PAD` matches), or its styles part cannot be
    read: then cells are read with their formats (openpyxl), else values suffice."""
    from defusedxml.ElementTree import fromstring
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith("styles.xml")]
            if not names:
                return False
            root = fromstring(archive.read(names[0]))
    except Exception:               # noqa: BLE001 — unreadable: let openpyxl say why
        return True
    padding = {"1"} | {f.get("numFmtId") for f in root.iter(f"{_MAIN}numFmt")
                       if _ZERO_PAD.match(f.get("formatCode") or "")}
    used = {xf.get("numFmtId") for xfs in root.iter(f"{_MAIN}cellXfs") for xf in xfs}
    return bool(padding & used)


_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\s[^>]*\bt="e"')
#: A cell reference in column BA (53) or beyond, or in row 200,000 or beyond. python-calamine
#: builds a dense grid from A1 to the farthest cell with content (a value at XFD1048576 aborts
#: the process asking for 512 GB), so a sheet with content there is streamed by openpyxl,
#: which counts values against the limits. Formatted-only cells there (self-closed ``<c/>``)
#: are not content. (No ``\b`` before ``r``: a literal start keeps the scan cheap, and another
#: attribute ending in ``r`` could only send a sheet down the slower, safe path.)
_FAR_CELL = re.compile(rb'r="(?:(?:[B-Z][A-Z]|[A-Z]{3})[0-9]+|[A-Z]{1,3}(?:[2-9][0-9]{5}|[0-9]{7,}))"')
_EXCEL_ROWS = 1_048_576


def _calamine_unsafe(path: Path) -> bool:
    """True when a worksheet holds a formula error (``#REF!``, ``#N/A`` …: a ``t="e"`` cell)
    or a cell with content far from A1 (:data:`_FAR_CELL`). python-calamine reads errors
    as blank, so a broken Start Time would publish an all-day event without a word; openpyxl
    gives the text staff see, which the row's checks report. Scanned in 1 MB chunks (parts
    are already size-checked)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not re.fullmatch(r"xl/worksheets/[^/]+\.xml", name):
                    continue
                with archive.open(name) as part:
                    tail = b""
                    while chunk := part.read(1 << 20):
                        data = tail + chunk
                        if _ERROR_CELL.search(data) or _far_content(data):
                            return True
                        tail = chunk[-256:]
    except Exception:               # noqa: BLE001 — unreadable: let openpyxl say why
        return True
    return False


def _far_content(data: bytes) -> bool:
    """True when ``data`` (a chunk of a worksheet part) has a cell with content (a tag that
    is not self-closed) at a :data:`_FAR_CELL` reference; a tag cut off by the chunk's end
    counts as content (the cautious answer)."""
    for m in _FAR_CELL.finditer(data):
        end = data.find(b">", m.end())
        if end < 0 or data[end - 1:end] != b"/":
            return True
    return False


def _as_openpyxl(value: Any) -> Any:
    """A python-calamine value as openpyxl's read-only mode gives it: an empty cell is
    ``None``, a whole number an ``int``, a date a ``datetime`` at midnight. (One difference
    stays: calamine reads a whitespace-only text cell as empty; the sync treats both as blank.)"""
    if type(value) is str:          # most cells (issue 17: one check for them)
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime.combine(value, dtime())
    return value


def _shown(cell) -> Any:
    """A cell's value as staff see it where the two differ in a way that matters: a whole
    number under a zero-padding format (``00000``, ``"ID-"0000``) becomes that text
    (``456`` → ``"00456"``), so an Event ID keeps its leading zeros. Text has its OOXML
    ``_xHHHH_`` escapes decoded (ECMA-376 Part 1 §22.9.2.19 ST_Xstring, ``_x005F_`` an
    escaped ``_``; :func:`openpyxl.utils.escape.unescape`), as python-calamine does: openpyxl
    leaves them in inline strings. (openpyxl's shared-string reader already drops ``x005F_``,
    so a literal ``_x005F_x0041_`` typed in Excel reads as ``A`` on this path.)
    Other values as stored."""
    value = getattr(cell, "value", None)
    if isinstance(value, str) and "_x" in value:
        from openpyxl.utils.escape import unescape
        return unescape(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        m = _ZERO_PAD.match(getattr(cell, "number_format", "") or "")
        if m and value >= 0:
            return (m.group(1) or "") + str(int(value)).zfill(len(m.group(2)))
    return value


def _atomic_save(wb, path: Path) -> None:
    """Save the openpyxl workbook ``wb`` (the intake template) to ``path`` atomically."""
    from .xlsx_report import replace_atomically
    replace_atomically(path, wb.save)
