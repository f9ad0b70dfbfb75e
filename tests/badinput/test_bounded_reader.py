"""Issue 16: the .xlsx reader reads every row whatever ``<dimension>`` claims, and refuses
files whose declared size, parts or cells exceed the configured limits — quickly."""
from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest

from sheets_sync.backends import SourceError
from sheets_sync.backends.workbook import ReadLimits, WorkbookBackend
from tests.conftest import write_workbook

H = ["Title", "Start Date", "Start Time", "Visibility"]


def rewrite_sheet(path: Path, edit) -> Path:
    """Rewrite ``xl/worksheets/sheet1.xml`` inside the .xlsx at ``path`` with ``edit(xml)``."""
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = edit(parts[name].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, data in parts.items():
            archive.writestr(filename, data)
    return path


def set_dimension(ref: str):
    return lambda xml: re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>', xml)


def test_stale_dimension_reads_every_row(tmp_path):
    rows = [[f"Event {n}", "8/5/2025", "6pm", "Public"] for n in range(463)]
    path = write_workbook(tmp_path / "in.xlsx", {"Police": [H, *rows]})
    rewrite_sheet(path, set_dimension("A1:C5"))
    assert '<dimension ref="A1:C5"/>' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    tab, = WorkbookBackend(path).read_tabs()
    assert len(tab.rows) == 463 and tab.rows[-1] == ("Event 462", "8/5/2025", "6pm", "Public")
    assert tab.header == tuple(H)


def test_huge_declared_dimension_alone_is_read_quickly(tmp_path):
    """Issue 16 verifier gap 1: a declared size decides how the tab is read (streamed, values
    counted), never whether the workbook is refused."""
    path = write_workbook(tmp_path / "in.xlsx", {"Police": [H, ["A", "8/5/2025", "6pm", "Public"]]})
    rewrite_sheet(path, set_dimension("A1:XFD1048576"))
    assert path.stat().st_size < 10_000
    began = time.process_time()
    tab, = WorkbookBackend(path).read_tabs()
    assert time.process_time() - began < 10
    assert tab.rows == (("A", "8/5/2025", "6pm", "Public"),)


def test_rows_beyond_the_limit_are_refused(tmp_path):
    path = write_workbook(tmp_path / "in.xlsx", {"Police": [H, *[["A", "8/5/2025", "6pm", "Public"]] * 12]})
    rewrite_sheet(path, set_dimension("A1:D2"))          # a lying dimension cannot sneak rows in
    with pytest.raises(SourceError, match="has more than 10 rows"):
        WorkbookBackend(path, limits=ReadLimits(max_rows=10)).read_tabs()


def test_long_cell_and_big_part_are_refused(tmp_path):
    path = write_workbook(tmp_path / "in.xlsx", {"Police": [H, ["x" * 2000, "8/5/2025", "6pm", "Public"]]})
    with pytest.raises(SourceError, match=r"holds 2,000 characters \(more than source.max_cell_chars, 1,000\)"):
        WorkbookBackend(path, limits=ReadLimits(max_cell_chars=1000)).read_tabs()
    big = write_workbook(tmp_path / "big.xlsx", {"Police": [H, ["y" * 32000, "8/5/2025", "6pm", "Public"]] * 40})
    began = time.monotonic()
    with pytest.raises(SourceError, match="uncompressed, more than source.max_member_mb"):
        WorkbookBackend(big, limits=ReadLimits(max_member_mb=1)).read_tabs()
    assert time.monotonic() - began < 10


def test_defusedxml_is_a_runtime_dependency():
    import tomllib
    from tests.conftest import ROOT
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.startswith("defusedxml") for d in deps)
    from openpyxl.xml import DEFUSEDXML
    assert DEFUSEDXML
