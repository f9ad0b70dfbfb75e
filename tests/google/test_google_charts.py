"""Native charts and target-status shading through full syncs against the fake: made once,
inside the 2 read + 2 write budget, reading the right columns, never half made.

Each sync goes through ``run_sync`` with a ``source.kind: google`` config and the production
factory (``make_google_backend``) wired to the loopback fake, as ``safety-events sync`` does.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from reports.sheets_charts import CHARTS, COLLABORATION
from reports.sheets_formats import RULES
from sheets_sync import pipeline
from sheets_sync.backends.google import make_google_backend
from sheets_sync.config import config_from_dict
from sheets_sync.pipeline import run_sync
from tests.e2e.cycle_helpers import cycle_workbook, r
from tests.fake_sheets import Fault
from tests.fake_sheets.client import RawApi
from tests.fake_sheets.fixtures import FAST_RETRY, SHEET_KEY

LATE_JULY = datetime(2025, 7, 30, 14, tzinfo=timezone.utc)
CHART_TABS = {tab for tab, *_ in CHARTS}
RULE_TABS = {rule.tab for rule in RULES}


def intake() -> dict[str, list[list]]:
    tabs = cycle_workbook()
    tabs["Police"].append(r(title="", start_date="9/4/2025", visibility="Public"))  # an error row
    return tabs


@pytest.fixture
def google(tmp_path, fake, sa_key, loopback, key_file, config_dict, monkeypatch):
    """``(config, written)``: a google-source config; ``written`` collects the tables of every
    ``write_tabs`` call (what the report workbook would shade is in their ``highlights``)."""
    config_dict["source"] = {"kind": "google", "spreadsheet_key": SHEET_KEY,
                             "credentials_file": str(key_file), "calendars": [],
                             "column_aliases": config_dict["source"]["column_aliases"]}
    config = config_from_dict(config_dict, base_dir=tmp_path)
    written: list[list] = []

    def wired(cfg):
        backend = make_google_backend(cfg, transport=loopback, timeout=5, retry=FAST_RETRY)
        write = backend.write_tabs
        backend.write_tabs = lambda tables: (written.append(list(tables)), write(tables))[1]
        return backend

    monkeypatch.setattr(pipeline, "make_backend", wired)
    fake.create_spreadsheet(SHEET_KEY, intake(), editors=[sa_key.email])
    return config, written


def decorations(fake) -> dict[str, dict]:
    """Tab title → its charts and conditional formats, as ``spreadsheets.get`` lists them."""
    return {s["properties"]["title"]: {"charts": s.get("charts", []),
                                       "formats": s.get("conditionalFormats", [])}
            for s in fake.book(SHEET_KEY).to_json()["sheets"]}


# -- what a custom formula shades, evaluated as Google Sheets does ---------------------------

FORMULA = re.compile(r'^=AND\((?P<cond>.*),N\("safety-events: [^"]*"\)=0\)$')
TERM = re.compile(r'\$(?P<col>[A-Z]+)2(?P<op>=|<>)(?P<lit>"(?:[^"]|"")*"|-?\d+(?:\.\d+)?)')


def _equal(cell, literal: str) -> bool:
    """Sheets ``=``: text compares case-insensitively, a blank equals "" and 0."""
    if literal.startswith('"'):
        text = literal[1:-1].replace('""', '"')
        return (cell in (None, "") and text == "") or (isinstance(cell, str) and cell.lower() == text.lower())
    number = float(literal)
    return (cell in (None, "") and number == 0) or (
        isinstance(cell, (int, float)) and not isinstance(cell, bool) and cell == number)


def shaded(formula: str, values: list[list]) -> set[int]:
    """0-based indexes of the rows below the header that ``formula`` (relative to row 2) shades."""
    cond = FORMULA.fullmatch(formula)["cond"]
    inner = cond[3:-1] if cond.startswith("OR(") else cond
    terms = list(TERM.finditer(inner))
    assert ",".join(t.group(0) for t in terms) == inner, formula     # nothing left unparsed
    out = set()
    for i, row in enumerate(values[1:], start=1):
        for t in terms:
            col = sum((ord(ch) - 64) * 26 ** k for k, ch in enumerate(reversed(t["col"]))) - 1
            cell = row[col] if col < len(row) else None
            hit = _equal(cell, t["lit"])
            if hit if t["op"] == "=" else not hit:
                out.add(i)
                break
    return out


def test_shaded_evaluates_like_sheets():
    values = [["h", "Met", "n"], ["a", "no", 0], ["b", "yes", 2], ["c", "NO"], ["d", None, ""]]
    assert shaded('=AND($B2="no",N("safety-events: x")=0)', values) == {1, 3}
    assert shaded('=AND(OR($B2="yes",$C2<>0),N("safety-events: x")=0)', values) == {2}


# -- the tests ---------------------------------------------------------------------------------

def test_first_sync_makes_charts_and_rules_inside_the_budget_later_syncs_none(google, fake, sa_key, loopback):
    config, written = google
    fake.reset_counters()
    first = run_sync(config, now=LATE_JULY)
    assert first["requests"] == {"read": 2, "write": 2}
    assert fake.requests == {"token": 1, "read": 2, "write": 2}
    made = decorations(fake)

    # the charts: on their tabs, reading the columns named in reports.sheets_charts
    for tab, title, kind, domain, series, anchor_after, anchor_row in CHARTS:
        header = fake.values(SHEET_KEY, tab)[0]
        chart = next(c for c in made[tab]["charts"] if c["spec"]["title"] == title)
        spec = chart["spec"]["basicChart"]
        assert spec["chartType"] == kind
        sources = [spec["domains"][0]["domain"]] + [s["series"] for s in spec["series"]]
        read = [header[s["sourceRange"]["sources"][0]["startColumnIndex"]] for s in sources]
        assert read == [domain, *[name for name, _ in series]]
        assert all("endRowIndex" not in s["sourceRange"]["sources"][0] for s in sources)   # open-ended
        anchor = chart["position"]["overlayPosition"]["anchorCell"]
        assert (anchor["rowIndex"], anchor["columnIndex"]) == (anchor_row, header.index(anchor_after) + 1)
    assert {tab: len(d["charts"]) for tab, d in made.items() if d["charts"]} == {
        "Metrics - Monthly": 2, "Metrics - Quarterly": 1, "Metrics - Departments": 1}
    assert [list(f) for f in made[COLLABORATION]["formats"]] == [["ranges", "gradientRule"]]

    # the status rules shade exactly the rows the report workbook fills ("bad" highlights)
    tables = {t.title: t for t in written[-1]}
    for rule in RULES:
        (fmt,) = made[rule.tab]["formats"]
        formula = fmt["booleanRule"]["condition"]["values"][0]["userEnteredValue"]
        bad = {i for i, kind in tables[rule.tab].highlights if kind == "bad"}
        assert shaded(formula, fake.values(SHEET_KEY, rule.tab)) == bad, rule.tab

    def under() -> set[str]:
        monthly = fake.values(SHEET_KEY, "Metrics - Monthly")
        return {row[0] for i, row in enumerate(monthly) if i in shaded(
            made["Metrics - Monthly"]["formats"][0]["booleanRule"]["condition"]["values"][0]["userEnteredValue"],
            monthly)}
    # 1 joint community event a month < 2 (September's internal huddle is internal joint work), but
    # on July 30th July is in progress and August to October ahead: none is a failure yet
    assert under() == set()
    assert fake.values(SHEET_KEY, "Validation")[1][0] == "error"    # the title-less row
    # the one highlighted tab without a Google rule: its sections have different columns
    assert {t.title for t in written[-1] if t.highlights} - RULE_TABS == {"Joint Schedule"}

    # a second sync (August: July is frozen) grows tabs but adds no chart and no rule
    second = run_sync(config, now=LATE_JULY.replace(month=8, day=1))
    assert second["requests"]["read"] == 2 and second["requests"]["write"] <= 2
    assert decorations(fake) == made
    assert under() == {"2025-07"}          # July has ended under target: the existing rule shades it
    for rule in RULES:                      # still exactly the rows the report workbook fills
        (fmt,) = made[rule.tab]["formats"]
        formula = fmt["booleanRule"]["condition"]["values"][0]["userEnteredValue"]
        bad = {i for i, kind in next(t for t in written[-1] if t.title == rule.tab).highlights if kind == "bad"}
        assert shaded(formula, fake.values(SHEET_KEY, rule.tab)) == bad, rule.tab
    # July is edited after it was reported: its snapshot row is shaded by the existing rule
    tabs = intake()
    tabs["Police"].append(r(title="Late-logged Ride-along", start_date="7/29/2025",
                            start_time="3pm", visibility="Internal"))
    RawApi(sa_key.info, loopback).write(SHEET_KEY, [{"range": "'Police'!A1", "values": [
        ["" if v is None else (v if isinstance(v, (str, int, float)) else str(v)) for v in row]
        for row in tabs["Police"]]}])
    fake.reset_counters()
    third = run_sync(config, now=LATE_JULY.replace(month=8, day=2))
    assert third["requests"]["read"] == 2 and third["requests"]["write"] <= 2
    assert decorations(fake) == made
    snapshots = fake.values(SHEET_KEY, "Snapshots")
    rule = next(f for f in made["Snapshots"]["formats"])
    changed = {snapshots[i][0] for i in shaded(
        rule["booleanRule"]["condition"]["values"][0]["userEnteredValue"], snapshots)}
    assert changed == {"2025-07"}
    table = next(t for t in written[-1] if t.title == "Snapshots")
    assert changed == {table.rows[i][0] for i, _ in table.highlights}


def test_steady_state_is_values_only_and_a_deleted_chart_comes_back_once(google, fake, sa_key, loopback):
    config, _ = google
    run_sync(config, now=LATE_JULY)
    fake.reset_counters()
    steady = run_sync(config, now=LATE_JULY)
    assert steady["requests"] == {"read": 2, "write": 0}     # nothing changed: nothing written
    made = decorations(fake)

    # staff delete a chart and rename the Collaboration tab: one chart back, no second heat map
    api = RawApi(sa_key.info, loopback)
    collab = fake.book(SHEET_KEY).sheet_by_title(COLLABORATION).sheet_id
    gone = made["Metrics - Monthly"]["charts"][1]
    resp = api.batch_update(SHEET_KEY, [
        {"deleteEmbeddedObject": {"objectId": gone["chartId"]}},
        {"updateSheetProperties": {"properties": {"sheetId": collab, "title": "Who works with whom"},
                                   "fields": "title"}}])
    assert resp.status_code == 200, resp.text
    fake.reset_counters()
    again = run_sync(config, now=LATE_JULY)
    assert again["requests"] == {"read": 2, "write": 1}      # the structural batch; values as they were
    now = decorations(fake)
    titles = [c["spec"]["title"] for c in now["Metrics - Monthly"]["charts"]]
    assert sorted(titles) == sorted(c["spec"]["title"] for c in made["Metrics - Monthly"]["charts"])
    assert now["Who works with whom"]["formats"] == made[COLLABORATION]["formats"]
    fake.reset_counters()
    assert run_sync(config, now=LATE_JULY)["requests"] == {"read": 2, "write": 0}


def test_failed_structural_batch_leaves_no_half_made_charts(google, fake):
    config, _ = google
    before = fake.book(SHEET_KEY).to_json()
    fake.inject(Fault(endpoint="batchUpdate", status=500, times=99))
    failed = run_sync(config, now=LATE_JULY)              # tabs fail, the feed is published
    assert re.search(r"creating and resizing the generated tabs \(HTTP 500\)", failed["tabs_error"])
    assert (config.out_dir / "public/calendar.ics").is_file()
    assert fake.book(SHEET_KEY).to_json() == before       # no tab, chart or rule: all or nothing
    assert fake.endpoints["values.batchUpdate"] == 0
    fake.faults.clear()
    run_sync(config, now=LATE_JULY)
    made = decorations(fake)
    assert sum(len(d["charts"]) for d in made.values()) == len(CHARTS)
    assert sum(len(d["formats"]) for d in made.values()) == len(RULES) + 1   # + the heat map


def test_batch_applied_but_answer_lost_makes_nothing_twice(google, fake):
    config, _ = google
    fake.inject(Fault(endpoint="batchUpdate", reset="after"))
    run_sync(config, now=LATE_JULY)
    made = decorations(fake)
    assert sum(len(d["charts"]) for d in made.values()) == len(CHARTS)
    assert sum(len(d["formats"]) for d in made.values()) == len(RULES) + 1
    assert [c.endpoint for c in fake.calls if c.kind != "token"] == [
        "get", "values.batchGet", "batchUpdate", "get", "values.batchUpdate"]


def test_metadata_read_asks_only_for_what_the_planners_read(fake, sa_key, make_backend):
    fake.create_spreadsheet(SHEET_KEY, intake(), editors=[sa_key.email])
    backend = make_backend()
    backend.read_tabs()
    meta = backend._meta                 # the cached spreadsheets.get answer, cut by `fields`
    assert set(meta) == {"sheets"}       # no spreadsheetUrl, properties, named ranges...
    assert meta["sheets"][0] == {"properties": {"sheetId": 0, "title": "Police", "index": 0,
                                                "sheetType": "GRID",
                                                "gridProperties": {"rowCount": 1000, "columnCount": 26}}}
