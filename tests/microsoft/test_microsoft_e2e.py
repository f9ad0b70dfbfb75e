"""Acceptance for issue 18: `safety-events init` then `sync` through the real CLI, the real
msal + requests stack and the Graph fake. The intake file in the library stays byte-identical
across syncs, the report is uploaded next to it, and a second sync with nothing changed
downloads nothing new and uploads nothing."""
from __future__ import annotations

import io
import json

import openpyxl
import pytest
import yaml
from click.testing import CliRunner

from sheets_sync import pipeline
from sheets_sync.backends.microsoft import make_microsoft_backend
from sheets_sync.cli import main
from sheets_sync.model import CANONICAL_COLUMNS
from tests.fake_graph.fixtures import CLIENT_ID, FAST_RETRY, INTAKE_PATH, SECRET, SITE_PATH, TENANT

REPORT_PATH = "Intake/Safety Events report.xlsx"


@pytest.fixture
def ms_cli(tmp_path, graph, site_id, graph_loopback, config_dict, monkeypatch):
    config_dict["source"] = {
        "kind": "microsoft", "calendars": [], "column_aliases": config_dict["source"]["column_aliases"],
        "microsoft": {"tenant": TENANT, "client_id": CLIENT_ID,
                      "site": f"contoso.sharepoint.com:{SITE_PATH}", "path": INTAKE_PATH}}
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    assert SECRET not in path.read_text()

    def wired(config):  # the production factory, plus the loopback transport and the secret's variable
        assert config.source.kind == "microsoft"
        return make_microsoft_backend(config, env={"SAFETY_EVENTS_GRAPH_SECRET": SECRET},
                                      transport=graph_loopback, timeout=5, retry=FAST_RETRY)

    monkeypatch.setattr(pipeline, "make_backend", wired)

    def run(*args):
        return CliRunner().invoke(main, [*args, "--config", str(path)])
    return run


def staff_row(**values) -> list:
    row = [None] * len(CANONICAL_COLUMNS)
    for k, v in values.items():
        row[CANONICAL_COLUMNS.index(k.replace("_", " "))] = v
    return row


def workbook(content: bytes):
    return openpyxl.load_workbook(io.BytesIO(content))


def upload_intake(graph, site_id, book) -> None:
    """Save ``book`` into the fake's intake file, as a co-author's edit in Excel would."""
    saved = io.BytesIO()
    book.save(saved)
    graph.put_file(site_id, INTAKE_PATH, saved.getvalue())


def transfers(graph) -> tuple[int, int, int]:
    """(content requests, pre-authenticated downloads, uploads) the fake has answered."""
    return (len([r for r in graph.requests("GET", "/content")]),
            len(graph.requests("GET", "/_layouts/15/download.aspx")), len(graph.requests("PUT")))


def test_init_then_sync(ms_cli, graph, site_id):
    result = ms_cli("init")
    assert result.exit_code == 0, result.output
    intake = graph.file(site_id, INTAKE_PATH)
    assert intake is not None
    book = workbook(intake.content)
    assert {"Police", "Fire"} <= set(book.sheetnames)
    assert [c.value for c in book["Police"][1]] == list(CANONICAL_COLUMNS)
    assert ms_cli("init").output.strip() == "All template tabs already exist."

    # staff type their events in Excel for the web (a new version of the file)
    book["Police"].append(staff_row(Title="Smoke alarm canvass", Start_Date="3/8/2025", Start_Time="10am",
                                    Location="Walltown Park", Visibility="Public"))
    book["Police"].append(staff_row(Title="National Night Out", Start_Date="8/5/2025", Start_Time="6pm",
                                    Visibility="Public", Partner_Departments="Fire"))
    book["Fire"].append(staff_row(Title="Walltown smoke alarm canvass", Start_Date="3/8/2025",
                                  Start_Time="10:15 AM", Location="Walltown Park", Visibility="Public"))
    upload_intake(graph, site_id, book)
    before = graph.file(site_id, INTAKE_PATH)
    before_bytes, before_etag = bytes(before.content), before.etag

    result = ms_cli("sync", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert (summary["rows_read"], summary["events"], summary["joint_events"]) == (3, 2, 2)
    assert "Safety Events report.xlsx" in summary["tabs_written_to"]

    after = graph.file(site_id, INTAKE_PATH)
    assert after.content == before_bytes and after.etag == before_etag      # never written
    report = graph.file(site_id, REPORT_PATH)
    assert report is not None and report.parent == after.parent            # next to the intake
    tabs = workbook(report.content)
    combined = [list(r) for r in tabs["Combined Events"].iter_rows(values_only=True)]
    header = combined[0]
    titles = {r[header.index("Title")] for r in combined[1:]}
    assert titles == {"National Night Out", "Walltown smoke alarm canvass"}
    assert "Police" not in tabs.sheetnames                                  # only generated tabs

    # a second sync with nothing changed: no new download, no upload
    counted = transfers(graph)
    report_etag = report.etag
    again = ms_cli("sync", "--json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.output)["unchanged"] == 2
    assert transfers(graph) == counted
    assert graph.file(site_id, REPORT_PATH).etag == report_etag
    assert graph.file(site_id, INTAKE_PATH).content == before_bytes

    # a changed intake is downloaded once more; the report is uploaded again
    book["Fire"].append(staff_row(Title="CPR class", Start_Date="4/1/2025", Visibility="Public"))
    upload_intake(graph, site_id, book)
    third = ms_cli("sync", "--json")
    assert third.exit_code == 0, third.output
    assert json.loads(third.output)["created"] == 1
    content, downloads, uploads = transfers(graph)
    assert (content, downloads, uploads) == (counted[0] + 1, counted[1] + 1, counted[2] + 1)


def test_sync_failure_keeps_the_last_good_outputs(ms_cli, graph, site_id, tmp_path):
    from tests.fake_graph import Fault
    assert ms_cli("init").exit_code == 0
    book = workbook(graph.file(site_id, INTAKE_PATH).content)
    book["Police"].append(staff_row(Title="Town hall", Start_Date="5/5/2025", Visibility="Public"))
    upload_intake(graph, site_id, book)
    assert ms_cli("sync").exit_code == 0
    feed = (tmp_path / "out" / "public" / "calendar.ics").read_bytes()
    report = graph.file(site_id, REPORT_PATH).content
    book["Police"].append(staff_row(Title="Open house", Start_Date="6/6/2025", Visibility="Public"))
    upload_intake(graph, site_id, book)
    graph.inject(Fault(method="PUT", status=503, retry_after="0", times=99))
    failed = ms_cli("sync")
    assert failed.exit_code == 1
    assert "HTTP 503" in failed.output and "run the sync again later" in failed.output
    assert (tmp_path / "out" / "public" / "calendar.ics").read_bytes() == feed
    assert graph.file(site_id, REPORT_PATH).content == report


def test_a_locked_report_does_not_hold_back_the_feed(ms_cli, graph, site_id, tmp_path):
    """The report checked out (or open in a program that locks it): Graph answers 423 to the
    upload. The generated tabs wait for the next sync; the feed and the record move on."""
    from tests.fake_graph import Fault
    assert ms_cli("init").exit_code == 0
    book = workbook(graph.file(site_id, INTAKE_PATH).content)
    book["Police"].append(staff_row(Title="Town hall", Start_Date="5/5/2025", Visibility="Public"))
    upload_intake(graph, site_id, book)
    assert ms_cli("sync").exit_code == 0
    report = graph.file(site_id, REPORT_PATH)
    report_bytes, report_etag = bytes(report.content), report.etag

    book["Police"].append(staff_row(Title="Open house", Start_Date="6/6/2025", Visibility="Public"))
    upload_intake(graph, site_id, book)
    graph.inject(Fault(method="PUT", status=423, code="resourceLocked", times=99))
    locked = ms_cli("sync", "--json")
    summary = json.loads(locked.stdout)
    assert summary["created"] == 1
    assert "locked" in summary["tabs_error"] and "Safety Events report.xlsx" in summary["tabs_error"]
    assert b"SUMMARY:Open house" in (tmp_path / "out" / "public" / "calendar.ics").read_bytes()
    assert (graph.file(site_id, REPORT_PATH).content, graph.file(site_id, REPORT_PATH).etag) == (
        report_bytes, report_etag)                                  # not overwritten

    graph.faults.clear()                                            # checked in again
    again = ms_cli("sync", "--json")
    assert again.exit_code == 0 and json.loads(again.stdout)["tabs_error"] is None
    titles = {r[1] for r in workbook(graph.file(site_id, REPORT_PATH).content)["Combined Events"]
              .iter_rows(min_row=2, values_only=True)}
    assert titles == {"Town hall", "Open house"}
