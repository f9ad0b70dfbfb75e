"""The report workbook written by the streamed writer (issue 17: XlsxWriter, now rvgsrust-xlsxwriter): formats read back with openpyxl, values
read back with openpyxl and python-calamine, and Excel's limits handled as the openpyxl writer
handled them (values worked out by hand, not copied from a run)."""
from __future__ import annotations

import struct
import zipfile
import zlib
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from sheets_sync.backends import Table
from sheets_sync.backends.workbook import WorkbookBackend

pytestmark = pytest.mark.usefixtures("report_writer")   # both writers


def _write(path, tables):
    WorkbookBackend(path.parent / "intake.xlsx", path).write_tabs(tables)


def _png(width: int, height: int, dpi: int) -> bytes:
    """A ``width`` × ``height`` white PNG declaring ``dpi`` in its pHYs chunk (PNG spec §11.3.5.3)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ppm = round(dpi / 0.0254)
    raw = b"".join(b"\x00" + b"\xff" * (3 * width) for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def test_formats_read_back(tmp_path):
    report = tmp_path / "report.xlsx"
    rows = (("Decision", "Title", "When"), ("same", "A", None), (None, "B", None), ("different", "C", None))
    _write(report, [Table("Review Duplicates", rows, highlights=((2, "bad"),),
                          dropdowns=((0, ("same", "different")),)),
                    Table("Metrics", (("Month", "Joint"), ("2026-01", 2)), highlights=((1, "good"),))])
    wb = openpyxl.load_workbook(report)
    review, metrics = wb["Review Duplicates"], wb["Metrics"]
    assert [c.font.b for c in review[1]] == [True, True, True]
    assert [c.font.b for c in review[2]] == [False, False, False]
    assert review.freeze_panes == "A2" and metrics.freeze_panes == "A2"
    # the highlighted row is filled in every column, blank cells included; others are not
    assert [(c.fill.fill_type, c.fill.fgColor.rgb[2:]) for c in review[3]] == [("solid", "F8D7DA")] * 3
    assert {c.fill.fill_type for c in review[2]} == {None}
    assert [c.fill.fgColor.rgb[2:] for c in metrics[2]] == ["D4EDDA", "D4EDDA"]
    (dv,) = review.data_validations.dataValidation
    assert (dv.type, str(dv.sqref), dv.formula1, dv.allow_blank) == ("list", "A2:A4", '"same,different"', True)
    assert not dv.showErrorMessage
    assert openpyxl.load_workbook(report, read_only=True)["Review Duplicates"].calculate_dimension() == "A1:C4"


def test_values_and_excel_limits(tmp_path):
    report = tmp_path / "report.xlsx"
    long_text = "é" * 40_000
    row = ("https://example.org/a?b=1", "=SUM(A1)", "0012", long_text, "a\x1bb\tc", float("nan"),
           float("inf"), True, Decimal("1.25"), datetime(2026, 3, 4, 5, 6), date(2026, 3, 4),
           time(7, 8), timedelta(hours=30), "")
    _write(report, [Table("T", (tuple(f"c{i}" for i in range(len(row))), row))])
    ws = openpyxl.load_workbook(report)["T"]
    got = [c.value for c in ws[2]]
    assert got == ["https://example.org/a?b=1", "=SUM(A1)", "0012", "é" * 32_000, "ab\tc", None, None,
                   True, 1.25, datetime(2026, 3, 4, 5, 6), datetime(2026, 3, 4), time(7, 8),
                   timedelta(hours=30), None]
    assert ws["B2"].data_type == "s" and ws["B2"].quotePrefix
    assert ws["A2"].hyperlink is None                        # a URL stays text
    assert [ws[f"{c}2"].number_format for c in "JKLM"] == [
        "yyyy-mm-dd h:mm:ss", "yyyy-mm-dd", "h:mm:ss", "[hh]:mm:ss"]
    with pytest.raises(TypeError):                          # Excel has no timezones; as before
        _write(tmp_path / "tz.xlsx", [Table("T", (("When",), (datetime(2026, 1, 1, tzinfo=timezone.utc),)))])
    assert not (tmp_path / "tz.xlsx").exists() and [p.name for p in tmp_path.iterdir()
                                                    if p.name.startswith(".tz")] == []


def test_each_value_alone_in_a_plain_row_reads_back_as_alone_in_any_row(tmp_path):
    # issue 17: a row of plain text and numbers goes to the writer in one call, checked without a
    # call per cell (xlsx_report._ready); each value here decides its row's path on its own
    report = tmp_path / "report.xlsx"
    cases = [("", None), ("=SUM(A1)", "=SUM(A1)"), ("-5 people", "-5 people"), ("é" * 40_000, "é" * 32_000),
             ("a\x1bb", "ab"), ("two\nlines", "two\nlines"), (float("nan"), None), (float("-inf"), None),
             (0, 0), (2.5, 2.5), (None, None), (True, True), ("plain", "plain")]
    _write(report, [Table("T", (("a", "b", "c"), *(("x", value, 7) for value, _ in cases)))])
    ws = openpyxl.load_workbook(report)["T"]
    assert [tuple(c.value for c in r) for r in ws.iter_rows(min_row=2)] == [("x", want, 7) for _, want in cases]
    assert [ws[f"B{n}"].quotePrefix for n in (3, 4, 5)] == [True, True, False]
    sheet = zipfile.ZipFile(report).read("xl/worksheets/sheet1.xml").decode()
    assert 'r="B2"' not in sheet and 'r="B3"' in sheet and 'r="C2"' in sheet      # "": no cell


def test_pictures_keep_their_pixel_size_and_long_lists_are_left_out(tmp_path):
    report = tmp_path / "report.xlsx"
    values = tuple(f"choice number {i}" for i in range(20))              # 20 × 16 + 19 commas > 255
    _write(report, [Table("Charts", (("Chart", "Pick"), ("x", "y"), ("z", "w")),
                          images=(("D2", _png(200, 100, 300)),), dropdowns=((1, values),))])
    with zipfile.ZipFile(report) as z:
        drawing = z.read("xl/drawings/drawing1.xml").decode()
    # 200 × 100 pixels at 96 per inch, 914,400 EMU per inch (ECMA-376 §20.1.2.1), whatever the dpi
    assert 'cx="1905000" cy="952500"' in drawing
    assert "<xdr:col>3</xdr:col>" in drawing and "<xdr:row>1</xdr:row>" in drawing
    assert openpyxl.load_workbook(report)["Charts"].data_validations.dataValidation == []


def test_kept_tabs_read_back_with_their_values(tmp_path):
    report = tmp_path / "report.xlsx"
    _write(report, [Table("Validation", (("Tab", "Row"), ("Police", 2)))])
    wb = openpyxl.load_workbook(report)
    notes = wb.create_sheet("Notes")
    for r in (["When", "Count", "Note"], [datetime(2026, 5, 6, 7, 8), 3, "+1 call"]):
        notes.append(r)
    notes["C2"].data_type = "s"
    wb.save(report)
    _write(report, [Table("Validation", (("Tab", "Row"), ("Fire", 7)))])
    book = CalamineWorkbook.from_path(str(report))
    assert book.sheet_names == ["Validation", "Notes"]
    assert book.get_sheet_by_name("Notes").to_python() == [
        ["When", "Count", "Note"], [datetime(2026, 5, 6, 7, 8), 3.0, "+1 call"]]
    ws = openpyxl.load_workbook(report)["Notes"]
    assert ws["C2"].data_type == "s" and ws["C2"].quotePrefix and not ws["A1"].font.b


def test_the_fallback_is_used_only_where_the_rust_writer_cannot_be_imported(report_writer, tmp_path):
    from sheets_sync.backends.xlsx_fallback import workbook
    book = workbook(str(tmp_path / "w.xlsx"))
    expected = "rvgsrust_xlsxwriter" if report_writer == "rvgsrust-xlsxwriter" else "sheets_sync.backends.xlsx_fallback"
    assert type(book).__module__ == expected
    book.close()
