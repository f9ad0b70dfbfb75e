"""Reuse by content hash on Microsoft 365 (issue 17, :mod:`sheets_sync.steady`), through the
real CLI, msal + requests and the Graph fake: a sync with nothing changed is skipped
(nothing downloaded, nothing uploaded); a report saved by a co-author breaks the skip."""
from __future__ import annotations

import io
import json

from sheets_sync import steady
from tests.fake_graph.fixtures import INTAKE_PATH
from tests.microsoft.test_microsoft_e2e import (REPORT_PATH, ms_cli, staff_row, transfers,  # noqa: F401
                                                upload_intake, workbook)


def test_no_change_is_skipped_and_a_saved_report_breaks_the_skip(ms_cli, graph, site_id):  # noqa: F811
    assert ms_cli("init").exit_code == 0
    book = workbook(graph.file(site_id, INTAKE_PATH).content)
    book["Police"].append(staff_row(Title="Town hall", Start_Date="5/5/2025", Visibility="Public"))
    book["Fire"].append(staff_row(Title="Open house", Start_Date="6/6/2025", Visibility="Public"))
    upload_intake(graph, site_id, book)
    first = json.loads(ms_cli("sync", "--json").output)
    assert first["created"] == 2 and "skipped" not in first

    counted = transfers(graph)
    again = json.loads(ms_cli("sync", "--json").output)
    assert again["skipped"] == steady.SKIPPED and again["unchanged"] == 2
    assert transfers(graph) == counted                         # nothing downloaded or uploaded

    report = workbook(graph.file(site_id, REPORT_PATH).content)  # a co-author saves the report
    report["Data Quality"]["B3"] = "scribbled"
    saved = io.BytesIO()
    report.save(saved)
    graph.put_file(site_id, REPORT_PATH, saved.getvalue())
    third = json.loads(ms_cli("sync", "--json").output)
    assert "skipped" not in third and third["unchanged"] == 2
    fourth = json.loads(ms_cli("sync", "--json").output)       # that full run left a new state
    assert fourth["skipped"] == steady.SKIPPED
