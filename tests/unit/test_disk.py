"""``out_bytes``/``out_files`` in the sync summary (issue 17)."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from sheets_sync.disk import folder_size
from sheets_sync.pipeline import run_sync


def test_hard_links_count_once_and_symlinks_not_at_all(tmp_path):
    (tmp_path / "a.ics").write_bytes(b"x" * 10)
    os.link(tmp_path / "a.ics", tmp_path / "b.ics")            # a release sharing the file
    os.symlink("a.ics", tmp_path / "c.ics")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.json").write_bytes(b"12345")
    os.symlink("sub", tmp_path / "public")
    assert folder_size(tmp_path) == {"out_bytes": 15, "out_files": 2}
    assert folder_size(tmp_path / "missing") == {"out_bytes": 0, "out_files": 0}


def test_sync_summary_reports_the_output_folder(config, make_workbook):
    make_workbook({"Police": [["Title", "Start Date", "Visibility"], ["Town Hall", "2025-08-14", "Public"]]})
    summary = run_sync(config, now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    out = config.out_dir
    release = [p for p in (out / "current").resolve().rglob("*") if p.is_file()]
    assert summary["out_files"] >= len(release) + 2                       # + record + report
    assert summary["out_bytes"] >= sum(p.stat().st_size for p in release) + (out / "report.xlsx").stat().st_size
