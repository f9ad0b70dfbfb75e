"""Faults against the Graph fake: throttling with Retry-After, outages, 401/403/404, two syncs
racing for the report, and what is left behind (the last good report, local copies)."""
from __future__ import annotations

import io

import openpyxl
import pytest

from sheets_sync.backends import SourceError, Table
from sheets_sync.backends.google import RetryPolicy
from sheets_sync.backends.microsoft_graph import MAX_RETRY_AFTER
from tests.fake_graph import Fault
from tests.fake_graph.fixtures import CLIENT_ID, INTAKE_PATH, SITE_PATH
from tests.conftest import write_workbook

REPORT_PATH = "Intake/Safety Events report.xlsx"


@pytest.fixture
def intake(graph, site_id, tmp_path):
    book = write_workbook(tmp_path / "staff.xlsx", {"Police": [["Title", "Start Date"], ["NNO", "2024-08-06"]]})
    return graph.put_file(site_id, INTAKE_PATH, book.read_bytes())


def metrics(n: int) -> Table:
    return Table("Metrics", (("Month", "Events"), *((f"2024-{m:02d}", m * n) for m in range(1, 4))))


def report_tabs(graph, site_id) -> dict:
    item = graph.file(site_id, REPORT_PATH)
    if item is None:
        return {}
    wb = openpyxl.load_workbook(io.BytesIO(item.content))
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_retry_after_is_honoured_on_429_and_503(make_ms_backend, graph, intake):
    sleeps = Sleeps()
    backend = make_ms_backend(retry=RetryPolicy(attempts=4, initial=0.01, maximum=0.05, jitter=0.0, sleep=sleeps))
    graph.inject(Fault(status=429, retry_after="7", code="activityLimitReached", times=1))
    graph.inject(Fault(status=503, retry_after="3", times=1))
    tabs = backend.read_tabs()
    assert [t.title for t in tabs] == ["Police"]
    assert sleeps == [7.0, 3.0]                               # the waits Graph asked for
    statuses = [r["status"] for r in graph.requests(contains=f"/v1.0/sites/contoso.sharepoint.com:{SITE_PATH}")]
    assert statuses == [429, 503, 200]                        # the same request, retried


def test_upload_retried_after_throttling_then_written_once(make_ms_backend, graph, site_id, intake):
    sleeps = Sleeps()
    backend = make_ms_backend(retry=RetryPolicy(attempts=3, initial=0.01, maximum=0.05, jitter=0.0, sleep=sleeps))
    backend.read_tabs()
    graph.inject(Fault(method="PUT", status=429, retry_after="2"))
    backend.write_tabs([metrics(1)])
    assert sleeps == [2.0]
    assert report_tabs(graph, site_id)["Metrics"][1] == ["2024-01", 1]
    assert [r["status"] for r in graph.requests("PUT")] == [429, 201]


def test_retries_are_bounded_and_the_last_good_report_stays(make_ms_backend, graph, site_id, intake):
    backend = make_ms_backend()
    backend.read_tabs()
    backend.write_tabs([metrics(1)])
    before = graph.file(site_id, REPORT_PATH).content
    local_before = backend.report_copy.read_bytes()
    graph.inject(Fault(method="PUT", status=503, retry_after="0", times=99))
    with pytest.raises(SourceError, match=r"unavailable \(HTTP 503\).*after 4 attempts.*run the sync again"):
        backend.write_tabs([metrics(2)])
    assert len(graph.requests("PUT")) == 1 + 4
    assert graph.file(site_id, REPORT_PATH).content == before
    assert backend.report_copy.read_bytes() == local_before
    graph.faults.clear()
    backend.write_tabs([metrics(2)])                          # the next run works
    assert report_tabs(graph, site_id)["Metrics"][1] == ["2024-01", 2]


def test_a_retry_after_beyond_the_bound_fails_at_once(make_ms_backend, graph, intake):
    backend = make_ms_backend()
    graph.inject(Fault(status=429, retry_after=str(int(MAX_RETRY_AFTER) + 600), times=5))
    with pytest.raises(SourceError, match=r"throttling this app \(HTTP 429\) \(it asked to wait 900 s\)"):
        backend.read_tabs()
    assert len(graph.requests(contains="/v1.0/")) == 1


def test_dropped_connections_are_retried_then_explained(make_ms_backend, graph, intake):
    backend = make_ms_backend()
    graph.inject(Fault(reset=True, times=99))
    with pytest.raises(SourceError, match="could not reach Microsoft Graph while reading the intake"):
        backend.read_tabs()
    assert len(graph.requests(contains="/v1.0/")) == 4


def test_wrong_secret_says_to_renew_it(make_ms_backend, intake):
    with pytest.raises(SourceError, match=r"rejected the credential of app .*AADSTS7000215.*new one"):
        make_ms_backend(secret="expired").read_tabs()


def test_graph_401_names_the_permission_and_consent(make_ms_backend, graph, intake):
    backend = make_ms_backend()
    backend.read_tabs()
    graph.inject(Fault(status=401, code="InvalidAuthenticationToken"))
    with pytest.raises(SourceError, match=r"HTTP 401.*Sites\.Selected and grant admin consent for tenant "
                                          r"contoso\.onmicrosoft\.com"):
        backend.read_tabs()


def test_no_grant_on_the_site_names_site_and_role(make_ms_backend, graph, site_id, intake):
    graph.apps[CLIENT_ID]["grants"].clear()
    with pytest.raises(SourceError) as caught:
        make_ms_backend().read_tabs()
    message = str(caught.value)
    assert "HTTP 403" in message and "Sites.Selected" in message
    assert f"site contoso.sharepoint.com:{SITE_PATH}" in message and "read" in message


def test_read_only_grant_fails_the_upload_with_the_write_role(make_ms_backend, graph, site_id, intake):
    graph.apps[CLIENT_ID]["grants"][site_id] = "read"
    backend = make_ms_backend()
    backend.read_tabs()                                       # reading is allowed
    with pytest.raises(SourceError, match=r"may not write to .*HTTP 403.*grant it the write role on site"):
        backend.write_tabs([metrics(1)])
    assert graph.file(site_id, REPORT_PATH) is None


def test_missing_path_names_it(make_ms_backend, graph, intake):
    with pytest.raises(SourceError) as caught:
        make_ms_backend(path="Intake/Typo.xlsx").read_tabs()
    assert "HTTP 404" in str(caught.value) and "'Intake/Typo.xlsx'" in str(caught.value)
    assert "source.microsoft" in str(caught.value)


def test_unknown_library_lists_the_real_ones(make_ms_backend, graph, intake):
    with pytest.raises(SourceError, match=r"no document library 'Shared Docs' \(it has 'Documents'\)"):
        make_ms_backend(drive="Shared Docs").read_tabs()
    assert [t.title for t in make_ms_backend(drive="documents").read_tabs()] == ["Police"]


def test_missing_credential_names_the_variable(graph_loopback, tmp_path, intake):
    from sheets_sync.backends.microsoft import MicrosoftBackend
    from sheets_sync.backends.microsoft_graph import load_credential
    from tests.fake_graph.fixtures import ms_settings
    settings = ms_settings()
    backend = MicrosoftBackend(settings, tmp_path / "c", transport=graph_loopback, credential=lambda: load_credential(
        certificate_file=None, secret_file=None, secret_env="CITY_GRAPH_SECRET", env={}))
    with pytest.raises(SourceError, match=r"set the environment variable CITY_GRAPH_SECRET"):
        backend.read_tabs()


def test_two_syncs_never_overwrite_each_other(make_ms_backend, graph, site_id, intake, tmp_path):
    first = make_ms_backend(cache=tmp_path / "a")
    second = make_ms_backend(cache=tmp_path / "b")
    first.read_tabs()
    second.read_tabs()                        # both saw no report
    second.write_tabs([metrics(2)])           # created with conflictBehavior=fail
    with pytest.raises(SourceError, match=r"changed in Microsoft 365 after this sync read it \(HTTP 409"):
        first.write_tabs([metrics(1)])
    assert report_tabs(graph, site_id)["Metrics"][1] == ["2024-01", 2]
    first.read_tabs()
    second.read_tabs()                        # both saw the same report eTag
    second.write_tabs([metrics(3)])           # If-Match: that eTag
    with pytest.raises(SourceError, match=r"\(HTTP 412 resourceModified\).*nothing was overwritten"):
        first.write_tabs([metrics(1)])
    assert report_tabs(graph, site_id)["Metrics"][1] == ["2024-01", 3]


def test_staff_edits_to_the_report_are_read_back_and_kept(make_ms_backend, graph, site_id, intake, tmp_path):
    backend = make_ms_backend()
    backend.read_tabs()
    backend.write_tabs([metrics(1), Table("Review Duplicates", (("Pair", "Decision"), ("a+b", None)))])
    wb = openpyxl.load_workbook(io.BytesIO(graph.file(site_id, REPORT_PATH).content))
    wb["Review Duplicates"]["B2"] = "Same event"           # staff decide in SharePoint
    edited = io.BytesIO()
    wb.save(edited)
    graph.put_file(site_id, REPORT_PATH, edited.getvalue())
    again = make_ms_backend()                               # the next run (same cache)
    again.read_tabs()
    assert again.read_generated("Review Duplicates") == [("Pair", "Decision"), ("a+b", "Same event")]
    again.write_tabs([metrics(2)])                          # rewrites Metrics only
    assert report_tabs(graph, site_id)["Review Duplicates"][1] == ["a+b", "Same event"]


def test_a_review_tab_renamed_in_sharepoint_is_read_back_as_an_added_tab(make_ms_backend, graph, site_id, intake):
    """Staff renamed the report's Review tab in SharePoint and decided there: the next run
    reads it among the tabs they added (``added_tabs``), not as a generated tab."""
    backend = make_ms_backend()
    backend.read_tabs()
    backend.write_tabs([metrics(1), Table("Review Duplicates", (("Pair", "Decision"), ("a+b", None)))])
    wb = openpyxl.load_workbook(io.BytesIO(graph.file(site_id, REPORT_PATH).content))
    wb["Review Duplicates"].title = "Reviewed"
    wb["Reviewed"]["B2"] = "Same event"
    edited = io.BytesIO()
    wb.save(edited)
    graph.put_file(site_id, REPORT_PATH, edited.getvalue())
    again = make_ms_backend()
    again.read_tabs()
    assert again.read_generated("Review Duplicates") is None
    assert again.added_tabs({"Metrics", "Review Duplicates"}) == [
        ("Reviewed", [("Pair", "Decision"), ("a+b", "Same event")])]


def test_check_access_reports_each_step_and_moves_no_file(make_ms_backend, graph, site_id, intake):
    checks = make_ms_backend().check_access()
    assert [ok for ok, _ in checks] == [True, True, True, True]
    assert "Safety Events.xlsx" in checks[2][1] and "will be created" in checks[3][1]
    assert not graph.requests(contains="/content") and not graph.requests(contains="download.aspx")
    graph.apps[CLIENT_ID]["grants"].clear()
    denied = make_ms_backend().check_access()
    assert [ok for ok, _ in denied] == [True, True, False]
    assert "Sites.Selected" in denied[-1][1]
    assert make_ms_backend(secret="wrong").check_access()[-1][0] is False


def test_sharing_link_is_resolved_once(make_ms_backend, graph, site_id, intake):
    link = graph.share(intake)
    backend = make_ms_backend(site=None, path=None, sharing_link=link)
    assert [t.title for t in backend.read_tabs()] == ["Police"]
    make_ms_backend(site=None, path=None, sharing_link=link).read_tabs()   # next run: by id
    assert len(graph.requests(contains="/shares/")) == 1


def test_unchanged_tables_upload_nothing_but_a_changed_one_does(make_ms_backend, graph, site_id, intake):
    from reports.tabs import data_quality_table
    first = data_quality_table({"Last sync (UTC)": "2025-01-01 10:00:00", "Rows read": 3})
    assert first.rows[first.stamps[0]][0] == "Last sync (UTC)"
    backend = make_ms_backend()
    backend.read_tabs()
    backend.write_tabs([metrics(1), first])
    assert len(graph.requests("PUT")) == 1
    later = data_quality_table({"Last sync (UTC)": "2025-01-01 11:00:00", "Rows read": 3})
    again = make_ms_backend()
    again.read_tabs()
    again.write_tabs([metrics(1), later])               # only the time stamp moved
    assert len(graph.requests("PUT")) == 1
    assert len(graph.requests("GET", "download.aspx")) == 1   # the intake, once; the report copy was current
    again.write_tabs([metrics(1), data_quality_table({"Last sync (UTC)": "x", "Rows read": 4})])
    assert len(graph.requests("PUT")) == 2
    assert report_tabs(graph, site_id)["Data Quality"][2] == ["Rows read", 4]


@pytest.mark.parametrize("first_upload", [True, False])
def test_an_upload_whose_answer_was_lost_is_recognised_as_ours(make_ms_backend, graph, site_id, intake,
                                                               first_upload):
    backend = make_ms_backend()
    backend.read_tabs()
    if not first_upload:
        backend.write_tabs([metrics(1)])
    graph.inject(Fault(method="PUT", reset_after=True))     # applied, then the connection drops
    backend.write_tabs([metrics(5)])                         # the replay conflicts with itself
    assert [r["status"] for r in graph.requests("PUT")][-2:] == \
        (["applied 201, reset", 409] if first_upload else ["applied 200, reset", 412])
    assert report_tabs(graph, site_id)["Metrics"][1] == ["2024-01", 5]
    again = make_ms_backend()
    again.read_tabs()
    again.write_tabs([metrics(5)])                           # and the state knows it is current
    assert len(graph.requests("PUT")) == (2 if first_upload else 3)


def test_an_oversized_intake_is_not_downloaded(make_ms_backend, graph, site_id, intake):
    backend = make_ms_backend()
    backend.limits = type(backend.limits)(max_member_mb=0)
    with pytest.raises(SourceError, match=r"more than source.max_member_mb \(0\); nothing was downloaded"):
        backend.read_tabs()
    assert not graph.requests("GET", "/content")
