"""Issue 16: merged cells in an .xlsx intake tab are read as staff see them — a value merged
down several rows applies to each of them — and every merged range is named in a Validation
warning. Workbooks are made by openpyxl's own merge_cells (real <mergeCell> elements)."""
from __future__ import annotations

from datetime import datetime, timezone

import openpyxl

from sheets_sync.backends.workbook import WorkbookBackend
from sheets_sync.pipeline import run_sync

H = ["Title", "Start Date", "Start Time", "End Time", "Location", "Visibility"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)


def merged_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Parks and Recreation"
    ws.append(H)
    ws.append(["Summer camp day 1", "8/11/2025", "9am", "3pm", "Rec Center", "Public"])
    ws.append(["Summer camp day 2", None, "9am", "3pm", "Rec Center", "Public"])
    ws.append(["Summer camp day 3", None, "9am", "3pm", "Rec Center", "Public"])
    ws.merge_cells("B2:B4")                  # one date typed for three rows
    ws.append(["Pool party", "8/15/2025", "2pm", None, "Pool", "Public"])
    ws.merge_cells("C5:D5")                  # a time merged across Start Time and End Time
    ws.append(["Movie night", "8/16/2025", "8pm", "10pm", "Lawn", "Public"])
    ws.append(["Movie night encore", "8/17/2025", "8pm", "10pm", None, "Public"])
    ws.merge_cells("E6:F7")                  # a block: Location and Visibility over two rows
    wb.save(path)
    return path


def test_backend_reads_merged_values_as_shown_and_names_each_range(tmp_path):
    (tab,) = WorkbookBackend(merged_workbook(tmp_path / "intake.xlsx")).read_tabs()
    dates = [r[1] for r in tab.rows]
    assert dates[:3] == [dates[0]] * 3 and dates[0] is not None
    assert tab.rows[3][2:4] == ("2pm", None)              # across columns: the first column only
    assert tab.rows[5][4] == "Lawn" and (*tab.rows[5], None, None)[5] is None   # block: first column
    assert [(n.row, n.column) for n in tab.notes] == [(2, "Start Date"), (5, "Start Time"), (6, "Location")]
    assert "cells B2:B4 are merged; its value is read in rows 2–4" in tab.notes[0].problem
    assert "cells C5:D5 are merged" in tab.notes[1].problem and "only Start Time gets it" in tab.notes[1].problem
    assert "cells E6:F7 are merged; its value is read in rows 6–7" in tab.notes[2].problem
    assert all(n.severity.value == "warning" for n in tab.notes)


def test_sync_publishes_every_row_of_a_merged_date(config, tmp_path):
    merged_workbook(config.source.workbook)
    s = run_sync(config, now=NOW)
    wb = openpyxl.load_workbook(config.report_path, read_only=True)
    validation = [r for r in wb["Validation"].iter_rows(values_only=True)][1:]
    wb.close()
    named = sorted(r[2] for r in validation if "are merged" in str(r[5]))
    assert named == [2, 5, 6]
    # the three camp days are three events on the same merged date; the encore row has no
    # Visibility of its own (block merge: first column only), so it is Internal with a warning
    feed = (config.out_dir / "public/calendar.ics").read_text()
    assert feed.count("Summer camp day") == 3
    assert s["rows_read"] == 6 and s["rows_rejected"] == 0
