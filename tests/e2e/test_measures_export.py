"""The measures export (issue 13): ``measures.csv`` valid against its Table Schema, loaded back
with pandas and equal to the metric tabs; future periods are never failures; a signed-off month
keeps its figure after a later edit, and the Snapshots tab shows the difference; adding a
measure is one change (the registry) and shows on the tab, the drill-down and the export."""
from __future__ import annotations

from datetime import date, datetime, timezone

import frictionless
import pandas as pd
import pytest
from click.testing import CliRunner

import reports.measures as measures_module
from reports.measures import MEASURES, Cell, Measure
from sheets_sync.backends import SourceError
from sheets_sync.pipeline import run_sync
from tests.e2e.cycle_helpers import cycle_workbook, tab_rows
from tests.e2e.test_measures import walk_every_metric_cell

SEPT = datetime(2025, 9, 15, 14, tzinfo=timezone.utc)
OCT = datetime(2025, 10, 3, 14, tzinfo=timezone.utc)


def _measures(config) -> pd.DataFrame:
    return pd.read_csv(config.out_dir / "public/open-data/measures.csv", dtype={"period": str},
                       keep_default_na=False, na_values={"target": [""]})


def _tab(config, title: str) -> dict[str, dict]:
    rows = tab_rows(config.report_path, title)
    return {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}


def test_measures_csv_is_valid_loads_with_pandas_and_equals_the_metric_tabs(config, make_workbook):
    make_workbook(cycle_workbook())
    run_sync(config, now=SEPT)
    package = config.out_dir / "public/open-data/datapackage.json"
    report = frictionless.validate(str(package))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    measures = frictionless.Package(str(package)).get_resource("measures")
    checked = measures.validate()            # the measures.csv rows against its Table Schema
    # 4 months × 3 monthly measures + 2 quarters × 4 quarterly measures
    assert checked.valid and checked.task.stats["rows"] == 4 * 3 + 2 * 4, checked.flatten(["rowNumber", "message"])
    assert measures.schema.primary_key == ["measure_id", "period"]
    df = _measures(config)
    assert list(df.columns) == ["measure_id", "measure_name", "period", "period_start", "period_end", "actual",
                                "target", "status", "state", "note"]
    xlsx = pd.read_excel(config.out_dir / "public/open-data/measures.xlsx", dtype={"period": str},
                         engine="openpyxl")
    assert xlsx["actual"].tolist() == df["actual"].tolist() and len(xlsx) == len(df)
    monthly, quarterly = _tab(config, "Metrics - Monthly"), _tab(config, "Metrics - Quarterly")
    compared = 0
    for measure_id, tab, column in [("events_monthly", monthly, "Events"),
                                    ("joint_events_monthly", monthly, "Joint Events"),
                                    ("internal_joint_work_monthly", monthly, "Internal Joint Work"),
                                    ("events_quarterly", quarterly, "Events"),
                                    ("joint_events_quarterly", quarterly, "Joint Events"),
                                    ("all_department_events_quarterly", quarterly, "All-Department Events")]:
        rows = df[df.measure_id == measure_id].set_index("period")
        assert set(rows.index) == set(tab), measure_id
        for period, v in tab.items():
            assert rows.loc[period, "actual"] == v[column], (measure_id, period)
            compared += 1
    assert compared == 4 * 3 + 2 * 3           # Jul–Oct 2025; FY26-Q1, FY26-Q2
    joint = df[df.measure_id == "joint_events_monthly"].set_index("period")
    # by hand: July 1 joint (target 2), August 1, September (today) in progress, October ahead
    assert joint.loc["2025-07", "status"] == "not met" and joint.loc["2025-08", "status"] == "not met"
    assert joint.loc["2025-09", "status"] == "in progress"
    assert joint.loc["2025-10", "status"] == "scheduled so far"
    assert (joint["target"] == 2).all() and (df["state"] == "provisional").all()
    assert (joint.loc["2025-09", "period_start"], joint.loc["2025-09", "period_end"]) == ("2025-09-01", "2025-09-30")
    q = df[df.measure_id == "all_department_events_quarterly"].set_index("period")
    assert (q.loc["FY26-Q2", "period_start"], q.loc["FY26-Q2", "period_end"]) == ("2025-10-01", "2025-12-31")
    assert q.loc["FY26-Q2", "actual"] == 1 and q.loc["FY26-Q2", "status"] == "scheduled so far"
    assert df[df.measure_id == "events_monthly"]["target"].isna().all()   # no target, no status
    assert df[df.measure_id == "events_monthly"]["status"].eq("").all()


def test_methods_paragraph_catalogue_and_department_columns(config, make_workbook):
    import csv
    import json
    make_workbook(cycle_workbook())
    run_sync(config, now=SEPT)
    folder = config.out_dir / "public/open-data"
    package = json.loads((folder / "datapackage.json").read_text())
    assert "with two or more distinct departments" in package["description"]
    assert "internal joint work" in package["description"]
    for sentence in ("with two or more distinct departments", "Cancelled, removed and postponed events are not counted",
                     "are local time", "includes every core department"):    # said once, not twice
        assert package["description"].count(sentence) == 1, sentence
    catalog = json.loads((folder / "data.json").read_text())
    assert catalog["dataset"][0]["description"].count("with two or more distinct departments") == 1
    assert catalog["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    (dataset,) = catalog["dataset"]
    for key in ("title", "description", "keyword", "modified", "publisher", "contactPoint", "identifier",
                "accessLevel", "distribution"):
        assert dataset[key], key
    urls = {d["downloadURL"].rsplit("/", 1)[1] for d in dataset["distribution"]}
    assert urls == {"combined-events.csv", "measures.csv", "measures.xlsx", "datapackage.json"}
    assert all((folder / name).exists() for name in urls)
    rows = list(csv.DictReader((folder / "combined-events.csv").open(encoding="utf-8", newline="")))
    walk = next(r for r in rows if r["title"] == "Neighborhood Walk")   # Police + Community Safety
    assert (walk["dept_police"], walk["dept_community_safety"], walk["dept_fire"], walk["joint"]) == (
        "true", "true", "false", "true")
    psd = next(r for r in rows if r["title"] == "Public Safety Day")
    assert all(psd[k] == "true" for k in psd if k.startswith("dept_")) and psd["all_departments"] == "true"
    # the platform can compute the measure itself: public joint events per month from the booleans
    joint_sept = sum(1 for r in rows if r["start_date"].startswith("2025-09")
                     and sum(r[k] == "true" for k in r if k.startswith("dept_")) >= 2)
    assert joint_sept == 1


def test_signed_month_keeps_its_figure_after_a_later_edit(config, make_workbook, tmp_path):
    tabs = cycle_workbook()
    make_workbook(tabs)
    run_sync(config, now=OCT, snapshot_month="2025-09", sign="Ana Díaz")
    with pytest.raises(SourceError, match="signed off by Ana Díaz on 2025-10-03"):
        run_sync(config, now=OCT.replace(hour=15), snapshot_month="2025-09", sign="Someone Else")
    youth = next(i for i, row in enumerate(tabs["Police"]) if row[1] == "Youth Safety Fair")
    tabs["Police"][youth][7] = "Fire"              # a September event becomes joint afterwards
    make_workbook(tabs)
    run_sync(config, now=OCT.replace(hour=16))
    df = _measures(config)
    sept = df[(df.measure_id == "joint_events_monthly") & (df.period == "2025-09")].iloc[0]
    assert (sept["actual"], sept["state"]) == (1, "frozen")       # as signed: Neighborhood Walk only
    assert sept["note"].startswith("signed off by Ana Díaz on 2025-10-03")
    assert "today's figure is 2 (1 added, 0 dropped" in sept["note"]
    assert _tab(config, "Metrics - Monthly")["2025-09"]["Joint Events"] == 2       # the tab shows today
    august = df[(df.measure_id == "joint_events_monthly") & (df.period == "2025-08")].iloc[0]
    assert august["state"] == "provisional"
    uid = next(row[0] for row in tab_rows(config.report_path, "Combined Events") if row[1] == "Youth Safety Fair")
    snap = _tab(config, "Snapshots")["2025-09"]
    assert (snap["Reported Joint Events"], snap["Current Joint Events"], snap["Joint Difference"]) == (1, 2, 1)
    assert snap["Joint UIDs Added Since"] == uid and not snap["Joint UIDs Dropped Since"]
    assert snap["Signed Off By"] == "Ana Díaz" and snap["Signed Off (UTC)"] == "2025-10-03 14:00:00"


def test_snapshot_sign_command(config_dict, make_workbook, tmp_path):
    import yaml
    from sheets_sync.cli import main
    make_workbook(cycle_workbook())
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    result = CliRunner().invoke(main, ["snapshot", "--config", str(path), "--month", "2025-08", "--sign", "Ana Díaz"])
    assert result.exit_code == 0, result.output
    assert "Signed off 2025-08 as Ana Díaz: 1 joint events." in result.output
    again = CliRunner().invoke(main, ["snapshot", "--config", str(path), "--month", "2025-08", "--sign", "Bo"])
    assert again.exit_code == 1 and "2025-08 was signed off by Ana Díaz" in again.output


def test_adding_a_measure_is_one_change(config, make_workbook, monkeypatch):
    public = Measure("public_events", "Public events", lambda e, p: e.is_public,
                     (Cell("month", "", "Metrics - Monthly", "Public Events", "public_events", "public_uids"),))
    monkeypatch.setattr(measures_module, "MEASURES", (*MEASURES, public))        # the one change
    make_workbook(cycle_workbook())
    run_sync(config, now=SEPT)
    combined = tab_rows(config.report_path, "Combined Events")
    h = combined[0]
    by_hand: dict[str, int] = {}
    for row in combined[1:]:
        v = dict(zip(h, row))
        if v["Visibility"] == "Public" and v["Status"] != "Cancelled":
            by_hand[v["Start"][:7]] = by_hand.get(v["Start"][:7], 0) + 1
    monthly = _tab(config, "Metrics - Monthly")
    assert {m: v["Public Events"] for m, v in monthly.items()} == by_hand == {
        "2025-07": 3, "2025-08": 2, "2025-09": 3, "2025-10": 1}
    walk_every_metric_cell(config.report_path)                    # the drill-down has its lines
    drill = tab_rows(config.report_path, "Metrics - Drill-down")
    assert sum(1 for row in drill if row[2] == "Public Events") == sum(by_hand.values())
    df = _measures(config)
    rows = df[df.measure_id == "public_events_monthly"].set_index("period")["actual"].to_dict()
    assert rows == by_hand


def test_a_name_typed_in_the_snapshots_tab_signs_the_month_off(config, make_workbook):
    import openpyxl
    tabs = cycle_workbook()
    make_workbook(tabs)
    run_sync(config, now=OCT)                               # first sync of October: September frozen
    assert _tab(config, "Snapshots")["2025-09"]["Signed Off By"] in ("", None)
    wb = openpyxl.load_workbook(config.report_path)
    ws = wb["Snapshots"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("Signed Off By") + 1, value="Ana Díaz")   # row 2: 2025-09
    assert ws.cell(row=2, column=1).value == "2025-09"
    wb.save(config.report_path)
    run_sync(config, now=OCT.replace(hour=15))              # the typed name signs September off
    youth = next(i for i, row in enumerate(tabs["Police"]) if row[1] == "Youth Safety Fair")
    tabs["Police"][youth][7] = "Fire"
    make_workbook(tabs)
    run_sync(config, now=OCT.replace(hour=16))
    snap = _tab(config, "Snapshots")["2025-09"]
    assert (snap["Signed Off By"], snap["Signed Off (UTC)"]) == ("Ana Díaz", "2025-10-03 15:00:00")
    assert (snap["Reported Joint Events"], snap["Current Joint Events"]) == (1, 2)
    df = _measures(config)
    sept = df[(df.measure_id == "joint_events_monthly") & (df.period == "2025-09")].iloc[0]
    assert (sept["actual"], sept["state"]) == (1, "frozen")


def test_a_month_not_ended_cannot_be_signed_off(config, make_workbook):
    """Signing October on October 3rd (or November) would freeze a partial figure for good:
    refused, nothing frozen; a name typed on an early-frozen October row signs nothing either."""
    import openpyxl
    make_workbook(cycle_workbook())
    for month in ("2025-10", "2025-11"):
        with pytest.raises(SourceError, match=f"{month} has not ended yet"):
            run_sync(config, now=OCT, snapshot_month=month, sign="Ana Díaz")
    run_sync(config, now=OCT, snapshot_month="2025-10")             # frozen early, not signed
    wb = openpyxl.load_workbook(config.report_path)
    ws = wb["Snapshots"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "2025-10")
    ws.cell(row=row, column=header.index("Signed Off By") + 1, value="Ana Díaz")
    wb.save(config.report_path)
    run_sync(config, now=OCT.replace(hour=15))
    assert _tab(config, "Snapshots")["2025-10"]["Signed Off By"] in ("", None)
    df = _measures(config)
    assert (df[df.period == "2025-10"]["state"] == "provisional").all()
    run_sync(config, now=datetime(2025, 11, 1, 14, tzinfo=timezone.utc), snapshot_month="2025-10",
             sign="Ana Díaz")                                       # once October has ended
    assert _tab(config, "Snapshots")["2025-10"]["Signed Off By"] == "Ana Díaz"


def test_metric_tabs_never_show_a_period_not_ended_as_a_failure(config, make_workbook):
    """On 2025-09-15 the metric tabs say what measures.csv and the charts say: September (1 joint
    event, target 2) is in progress, October scheduled so far; only ended months read ``no`` and
    are shaded."""
    import openpyxl
    make_workbook(cycle_workbook())
    run_sync(config, now=SEPT)
    monthly, quarterly = _tab(config, "Metrics - Monthly"), _tab(config, "Metrics - Quarterly")
    assert {k: v["Met"] for k, v in monthly.items()} == {
        "2025-07": "no", "2025-08": "no", "2025-09": "in progress", "2025-10": "scheduled so far"}
    assert {k: v["Met"] for k, v in quarterly.items()} == {"FY26-Q1": "in progress", "FY26-Q2": "scheduled so far"}
    ws = openpyxl.load_workbook(config.report_path)["Metrics - Monthly"]
    shaded = {ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)
              if ws.cell(row=r, column=1).fill.fill_type}
    assert shaded == {"2025-07", "2025-08"}


def test_the_open_data_contact_is_set_in_config(config_dict, make_workbook, tmp_path):
    """README: data.json's contactPoint is a placeholder until the city sets its contact."""
    import json
    from sheets_sync.config import ConfigError, config_from_dict
    make_workbook(cycle_workbook())
    config_dict.setdefault("site", {})["open_data_email"] = "open.data@durhamnc.example"
    config = config_from_dict(config_dict, base_dir=tmp_path)
    run_sync(config, now=SEPT)
    catalog = json.loads((config.out_dir / "public/open-data/data.json").read_text())
    assert catalog["dataset"][0]["contactPoint"]["hasEmail"] == "mailto:open.data@durhamnc.example"
    config_dict["site"]["open_data_email"] = "not an address"
    with pytest.raises(ConfigError, match="site.open_data_email"):
        config_from_dict(config_dict, base_dir=tmp_path)


def test_a_name_typed_on_a_signed_month_is_a_validation_warning(config, make_workbook):
    """A second manager typing a name over a signed month: the signature stays, and the
    Validation tab says why the name was not taken (it used to vanish in silence)."""
    import openpyxl
    make_workbook(cycle_workbook())
    run_sync(config, now=OCT, snapshot_month="2025-09", sign="Ana Díaz")
    wb = openpyxl.load_workbook(config.report_path)
    ws = wb["Snapshots"]
    header = [c.value for c in ws[1]]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "2025-09")
    ws.cell(row=row, column=header.index("Signed Off By") + 1, value="Bo Someone")
    wb.save(config.report_path)
    summary = run_sync(config, now=OCT.replace(hour=15))
    assert _tab(config, "Snapshots")["2025-09"]["Signed Off By"] == "Ana Díaz"
    lines = [r for r in tab_rows(config.report_path, "Validation") if r[1] == "Snapshots"]
    assert [(r[0], r[2], r[3], r[4]) for r in lines] == [("warning", row, "Signed Off By", "Bo Someone")]
    assert "signed off by Ana Díaz on 2025-10-03" in lines[0][5]
    quality = _tab(config, "Data Quality")
    assert quality["Warnings"]["Value"] == summary["warnings"]
    run_sync(config, now=OCT.replace(hour=16))           # the tab was rewritten: nothing more to say
    assert not [r for r in tab_rows(config.report_path, "Validation") if r[1] == "Snapshots"]


def test_a_month_not_begun_cannot_be_frozen(config_dict, make_workbook, tmp_path):
    """`snapshot --month` for a month after this one is refused before any sync: it would freeze
    0 events as that month's reported figure (the record is not even created)."""
    import yaml
    from sheets_sync.cli import main
    make_workbook(cycle_workbook())
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config_dict))
    result = CliRunner().invoke(main, ["snapshot", "--config", str(path), "--month", "2999-01"])
    assert result.exit_code == 2 and "2999-01 has not begun yet" in result.output
    from sheets_sync.config import load_config
    assert not load_config(path).record_path.exists()          # refused before any sync


@pytest.mark.parametrize("month, today, refused", [("2025-11", date(2025, 10, 31), True),
                                                   ("2025-10", date(2025, 10, 31), False),
                                                   ("2025-09", date(2025, 10, 1), False),
                                                   ("2026-01", date(2025, 12, 31), True)])
def test_which_months_are_ahead(month, today, refused):
    from reports.snapshots import NotEnded, check_not_ahead
    if refused:
        with pytest.raises(NotEnded):
            check_not_ahead(month, today)
    else:
        check_not_ahead(month, today)
