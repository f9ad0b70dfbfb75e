"""Local ``.xlsx`` backend (openpyxl): reads intake tabs, writes a separate report workbook.

The intake workbook is opened read-only and never written. Generated tabs go to the report
workbook, written to a temporary file and renamed into place (a failed write leaves the last
good report). Text that starts with ``=``, ``+``, ``-`` or ``@`` is stored as a text cell,
never as a formula (OWASP "CSV/formula injection").
"""
from __future__ import annotations

import os
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from ..model import RawTab
from . import SourceError, Table

_FORMULA_START = ("=", "+", "-", "@")


class WorkbookBackend:
    """Intake tabs from ``intake_path``; generated tabs to ``report_path``."""
    name = "workbook"

    def __init__(self, intake_path: Path | str, report_path: Path | str | None = None):
        self.intake_path = Path(intake_path)
        self.report_path = Path(report_path) if report_path else None
        self.requests: Counter = Counter()

    def read_tabs(self) -> list[RawTab]:
        """Every tab's typed values. Raises :class:`SourceError` with what to do."""
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException
        if not self.intake_path.exists():
            raise SourceError(f"the intake workbook {self.intake_path} does not exist; "
                              "check source.workbook in config.yaml or pass --workbook PATH")
        try:
            wb = openpyxl.load_workbook(self.intake_path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, InvalidFileException) as exc:
            raise SourceError(f"{self.intake_path} is not a readable .xlsx workbook ({exc}); "
                              "save it from Excel or Sheets as .xlsx") from None
        try:
            tabs = []
            for ws in wb.worksheets:
                rows = ws.iter_rows(values_only=True)
                header = next(rows, ())
                data = tuple(tuple(r) for r in rows)
                tabs.append(RawTab(ws.title, tuple(header or ()), data))
            return tabs
        finally:
            wb.close()

    def write_tabs(self, tables: Sequence[Table]) -> None:
        """Write the report workbook atomically (temp file + rename), keeping other tabs."""
        import openpyxl
        from openpyxl.styles import Font, PatternFill
        if self.report_path is None:
            raise SourceError("no report workbook path configured (output.report_workbook)")
        existing: dict[str, list[tuple]] = {}
        if self.report_path.exists():
            try:
                old = openpyxl.load_workbook(self.report_path, read_only=True)
                existing = {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                            for ws in old.worksheets}
                old.close()
            except (zipfile.BadZipFile, OSError, KeyError, ValueError):
                existing = {}
        new = {t.title: t for t in tables}
        for title in new:
            if len(title) > 31 or set(title) & set(":\\/?*[]"):
                raise SourceError(f"cannot write a tab named {title!r} to a .xlsx workbook: "
                                  "titles must be at most 31 characters without : \\ / ? * [ ]")
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        bad = PatternFill("solid", fgColor="F8D7DA")
        good = PatternFill("solid", fgColor="D4EDDA")
        order = list(new) + [t for t in existing if t not in new]
        for title in order:
            ws = wb.create_sheet(title)
            if title in new:
                table = new[title]
                for row in table.rows:
                    ws.append([_safe(v) for v in row])
                _force_text(ws)
                for cell in ws[1] if table.rows else ():
                    cell.font = Font(bold=True)
                ws.freeze_panes = "A2"
                marks = dict(table.highlights)
                if marks:   # one pass over the rows (ws[n] rescans the sheet on every call)
                    for index, row in enumerate(ws.iter_rows()):
                        if index in marks:
                            for cell in row:
                                cell.fill = bad if marks[index] == "bad" else good
                _add_images(ws, table.images)
                _add_dropdowns(ws, table)
            else:
                for row in existing[title]:
                    ws.append([_safe(v) for v in row])
                _force_text(ws)
        try:
            _atomic_save(wb, self.report_path)
        except OSError as exc:
            raise SourceError(f"cannot write the report workbook {self.report_path}: {exc.strerror or exc}; "
                              "check that output.dir is writable and the file is not open in Excel") from None

    def read_generated(self, title: str) -> list[tuple[Any, ...]] | None:
        """Rows of ``title`` in the report workbook (header first), ``None`` if absent.

        The report workbook is where staff type Review decisions on this backend.
        """
        import openpyxl
        if self.report_path is None or not self.report_path.exists():
            return None
        try:
            wb = openpyxl.load_workbook(self.report_path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
            raise SourceError(f"{self.report_path} is not a readable .xlsx workbook ({exc}); "
                              f"decisions typed in its {title!r} tab cannot be read — restore "
                              "it from a backup or delete it to start a fresh report") from None
        try:
            if title[:31] not in wb.sheetnames:
                return None
            return [tuple(r) for r in wb[title[:31]].iter_rows(values_only=True)]
        finally:
            wb.close()

    def create_template(self, tabs, dropdowns) -> list[str]:
        from .template import write_workbook_template
        return write_workbook_template(self.intake_path, tabs, dropdowns)


def _add_images(ws, images: Sequence[tuple[str, bytes]]) -> None:
    """Place each ``(anchor, PNG bytes)`` picture with its top-left corner at ``anchor``."""
    if not images:
        return
    from io import BytesIO

    from openpyxl.drawing.image import Image
    for anchor, png in images:
        picture = Image(BytesIO(png))
        picture.anchor = anchor
        ws.add_image(picture)


def _add_dropdowns(ws, table: Table) -> None:
    """Offer each ``(column, values)`` dropdown in that column's data cells (Excel list)."""
    if not table.dropdowns or len(table.rows) < 2:
        return
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    for column, values in table.dropdowns:
        letter = get_column_letter(column + 1)
        dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True,
                            showErrorMessage=False)
        dv.add(f"{letter}2:{letter}{len(table.rows)}")
        ws.add_data_validation(dv)


def _safe(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 32000:
        return value[:32000]
    return value


def _force_text(ws) -> None:
    """openpyxl turns any string starting with '=' into a formula: mark such cells as text."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_START):
                cell.data_type = "s"
                cell.quotePrefix = True


def _atomic_save(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o644)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
