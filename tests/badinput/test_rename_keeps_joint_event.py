"""Second verifier on input edits, finding 1: renaming a department's tab to another of its
names (a trailing space dropped, or an alias in ``departments``) must not change a joint
event. Which row of a merged event gives its title, time and place depends on the rows'
departments and contents, never on how the tab is spelled: the rename leaves every published
byte, UID and SEQUENCE as they were."""
from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import openpyxl
import pytest

from sheets_sync.pipeline import run_sync
from tests.sitedata import H, row

NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)

# One event logged by two departments; each row has its own wording, so which row wins shows.
FIRE = row(title="Hands-only CPR Class", start_date="8/14/2025", start_time="6pm", end_time="8pm",
           location="Station 1", description="Bring water. Fire's text.", visibility="Public")
POLICE = row(title="Hands Only CPR class", start_date="8/14/2025", start_time="6pm", end_time="8pm",
             location="Station 1", description="Police's text.", visibility="Public")
OTHER = row(title="Coffee with a Cop", start_date="8/7/2025", start_time="9am", visibility="Public")


def published(config) -> dict[str, bytes]:
    """Every file under out/public (the feeds, pages and data subscribers get) but status.json,
    which holds the run's own clock and counts (checked through the run's summary)."""
    root = config.out_dir / "public"
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "status.json"}


def vevents(config) -> dict[str, tuple[str, int, str]]:
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    return {str(e["UID"]): (str(e["SUMMARY"]), int(e["SEQUENCE"]), str(e.get("DESCRIPTION", "")))
            for e in cal.walk("VEVENT")}


def rename(path, old: str, new: str) -> None:
    wb = openpyxl.load_workbook(path)
    wb[old].title = new
    wb.save(path)


@pytest.mark.parametrize("first,old,new", [
    ("Fire", "Fire", "Fire Dept"),            # an alias of Fire in config.yaml: sorts after "Police"
    ("Fire", "Fire ", "Fire"),                # a trailing space typed by mistake, then removed
    ("Police", "Police", "DPD"),              # an alias that sorts before "Fire"
])
def test_renaming_a_tab_within_its_department_changes_nothing_published(
        config, make_workbook, first, old, new):
    tabs = {"Fire": [H, FIRE], "Police": [H, POLICE, OTHER]}
    tabs = {(old if t == first else t): rows for t, rows in tabs.items()}
    path = make_workbook(tabs)
    s1 = run_sync(config, now=NOW)
    assert s1["events"] == 2                          # the two CPR rows are one joint event
    before, events = published(config), vevents(config)
    joint = next(v for v in events.values() if "CPR" in v[0])
    assert joint[0] == "Hands-only CPR Class"         # Fire's row is the longest-standing (tie: Fire's)

    rename(path, old, new)
    s2 = run_sync(config, now=NOW.replace(hour=13))
    assert vevents(config) == events                  # same UIDs, titles, SEQUENCE, descriptions
    after = published(config)
    assert sorted(after) == sorted(before)
    assert [name for name in before if before[name] != after[name]] == []
    assert (s2["updated"], s2["created"], s2["removed"], s2["unchanged"]) == (0, 0, 0, 2)


def test_a_first_sync_picks_the_same_row_whatever_the_tab_is_called(tmp_path, config_dict):
    """Rows new to the record, equal in length: the tie goes by department ("Fire" before
    "Police"), so the Police tab called "DPD" (sorting before "Fire") changes nothing."""
    from sheets_sync.config import config_from_dict
    from tests.conftest import write_workbook
    titles = []
    for police_tab in ("Police", "DPD"):
        base = tmp_path / police_tab
        base.mkdir()
        data = {**config_dict, "source": {**config_dict["source"], "workbook": str(base / "intake.xlsx")},
                "output": {**config_dict["output"], "dir": str(base / "out")}}
        config = config_from_dict(data, base_dir=base)
        write_workbook(base / "intake.xlsx", {"Fire": [H, FIRE], police_tab: [H, POLICE, OTHER]})
        run_sync(config, now=NOW)
        titles.append(sorted(v[0] for v in vevents(config).values()))
    assert titles[0] == titles[1] == ["Coffee with a Cop", "Hands-only CPR Class"]


def test_staff_decisions_survive_a_rename_within_the_department(config, make_workbook):
    """A Review decision is keyed by the rows' tab: renaming Fire's tab to "Fire Dept" (an
    alias) dropped both staff decisions — the pair staff called one event split in two (one
    published as cancelled, one created) and the pair they kept apart merged again. Decisions
    are matched by the tab's department now."""
    from tests.e2e.test_review_decisions import NOW as REVIEW_NOW, combined_sources, decide, intake
    path = make_workbook(intake())
    run_sync(config, now=REVIEW_NOW)
    decide(config, {("Fire!3", "Police!3"): "Same event", ("Fire!2", "Police!2"): "Different events"})
    run_sync(config, now=REVIEW_NOW)
    assert {"Police!3, Fire!3", "Police!2", "Fire!2"} <= combined_sources(config)
    before = published(config)

    rename(path, "Fire", "Fire Dept")
    s = run_sync(config, now=REVIEW_NOW)
    assert {"Police!3, Fire Dept!3", "Police!2", "Fire Dept!2"} <= combined_sources(config)
    assert (s["merged_by_staff"], s["kept_apart_by_staff"]) == (1, 1)
    assert (s["updated"], s["created"], s["removed"]) == (0, 0, 0)
    after = published(config)
    assert sorted(after) == sorted(before) and [n for n in before if before[n] != after[n]] == []


def _review_tab_lost(config) -> None:
    """The report's Review tab as if the last sync could not write it (a quota, a failed
    write) or staff deleted it: the decisions shown there are not read back."""
    wb = openpyxl.load_workbook(config.report_path)
    del wb["Review Duplicates"]
    wb.save(config.report_path)


@pytest.mark.parametrize("answer,by_staff", [("Same event", (1, 0)), ("Different events", (0, 1))])
def test_staff_decisions_survive_a_rename_to_a_title_naming_no_department(
        config, make_workbook, answer, by_staff):
    """A tab titled with no department's name (its rows name their department in Lead
    Department) renamed to another such title: the sync that follows the rename still found
    the decision (the rename maps the old title), but it was stored under the old title only,
    so from the next sync on it matched no row — unless the Review tab happened to carry it
    back. The decision now moves to the tab's new title in the record."""
    from tests.e2e.test_review_decisions import combined_sources, decide

    def joint(config, tab: str) -> bool:
        """Whether the two open-house rows are one event (a live one: a row of its own that
        was merged stays listed as a removed event)."""
        sources = combined_sources(config)
        assert f"{tab}!2" in sources or f"Police!2, {tab}!2" in sources
        return f"Police!2, {tab}!2" in sources
    now = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)
    h = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility",
         "Description", "Lead Department"]
    house = ["Fire Station Open House", "", "10am", "2pm", "Fire Station 5", "3868 S Main St", "Public"]
    police = [h, [*house[:1], "1/16/2027", *house[2:], "", "Police"],
              ["National Night Out", "1/7/2027", "5pm", "8pm", "Trinity Park", "1891 Mangum St", "Public", "", "Police"]]
    fire = [h, [*house[:1], "1/9/2027", *house[2:], "Postponed (storm)", "Fire"]]
    path = make_workbook({"Police": police, "Summer 2026": fire})
    first = run_sync(config, now=now)
    assert first["review_pairs"] == 1                  # one open house, or two? asked
    decide(config, {("Police!2", "Summer 2026!2"): answer})
    run_sync(config, now=now)
    assert joint(config, "Summer 2026") is (answer == "Same event")

    rename(path, "Summer 2026", "Summer 2027")
    for _ in range(3):
        s = run_sync(config, now=now)
        assert joint(config, "Summer 2027") is (answer == "Same event")
        assert (s["merged_by_staff"], s["kept_apart_by_staff"], s["review_pairs"]) == (*by_staff, 0)
        assert (s["created"], s["updated"], s["removed"]) == (0, 0, 0)
        _review_tab_lost(config)


OPEN_HOUSE_NOW = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)


def _open_house_joined(config_dict, tmp_path, postponed: str):
    """Police's and Fire's rows of one open house — the ``postponed`` department's on 1/9
    ("Postponed (storm)"), the other's on 1/16 — asked about, then joined by staff ("Same
    event"): ``(workbook path, config)`` after those two syncs."""
    from sheets_sync.config import config_from_dict
    from tests.conftest import write_workbook
    from tests.e2e.test_review_decisions import decide
    h = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility",
         "Description", "Lead Department"]
    house = ["Fire Station Open House", "", "10am", "2pm", "Fire Station 5", "3868 S Main St", "Public"]
    path = write_workbook(tmp_path / "intake.xlsx", {
        tab: [h, [*house[:1], "1/9/2027" if tab == postponed else "1/16/2027", *house[2:],
                  "Postponed (storm)" if tab == postponed else "", tab]] for tab in ("Police", "Fire")})
    config = config_from_dict(config_dict, base_dir=tmp_path)
    assert run_sync(config, now=OPEN_HOUSE_NOW)["review_pairs"] == 1
    decide(config, {("Fire!2", "Police!2"): "Same event"})
    assert run_sync(config, now=OPEN_HOUSE_NOW)["merged_by_staff"] == 1
    return path, config


@pytest.mark.parametrize("way_out", ["rename back", "confirm the rename"])
def test_a_decision_survives_the_hold_of_a_tab_renamed_to_no_department(config_dict, tmp_path, way_out):
    """Fire's tab renamed "Summer 2027" is held (its title names no department): the staff
    decision on its row is kept through the hold, and applies again on every sync once the
    tab is renamed back or its new title is added to Fire's aliases."""
    from sheets_sync.config import config_from_dict
    from tests.e2e.test_review_decisions import combined_sources
    now = OPEN_HOUSE_NOW
    path, config = _open_house_joined(config_dict, tmp_path, postponed="Fire")

    rename(path, "Fire", "Summer 2027")
    for _ in range(2):
        s = run_sync(config, now=now)
        assert "Summer 2027" in s["held_tabs"] and s["review_pairs"] == 0
        assert "Police!2, Fire!2" in combined_sources(config)    # as published before the hold
        _review_tab_lost(config)
    if way_out == "rename back":
        rename(path, "Summer 2027", "Fire")
        tab = "Fire"
    else:
        fire = next(d for d in config_dict["departments"] if d["name"] == "Fire")
        fire["aliases"] = [*fire.get("aliases", []), "Summer 2027"]
        config = config_from_dict(config_dict, base_dir=tmp_path)
        tab = "Summer 2027"
    for _ in range(3):
        s = run_sync(config, now=now)
        assert (s["merged_by_staff"], s["review_pairs"], s["held_tabs"]) == (1, 0, [])
        assert f"Police!2, {tab}!2" in combined_sources(config)
        _review_tab_lost(config)


def test_a_held_tab_keeps_a_staff_joined_rain_date_with_its_partners_postponed_row(config_dict, tmp_path):
    """The mirror of the test above: Police's row is the postponed date, Fire's (1/16) the
    rain date staff joined it to. Fire's tab renamed "Summer 2027" is held; Police's row, read
    alone, is also the content of its own pre-merge event (published cancelled as merged
    away), and took that one back: the joint rain date was published as cancelled ("Removed
    from sheet") and Police's postponed date came back as an event of its own, for as long as
    the hold lasted. The held event keeps its rows now: nothing published moves."""
    now = OPEN_HOUSE_NOW
    path, config = _open_house_joined(config_dict, tmp_path, postponed="Police")
    assert run_sync(config, now=now)["joint_events"] == 1
    events = vevents(config)
    cal = icalendar.Calendar.from_ical((config.out_dir / "public/calendar.ics").read_bytes())
    status = {str(e["UID"]): str(e.get("STATUS")) for e in cal.walk("VEVENT")}
    assert sorted(status.values()) == ["CANCELLED", "CONFIRMED"]     # merged away; the rain date

    rename(path, "Fire", "Summer 2027")
    for _ in range(2):
        s = run_sync(config, now=now)
        assert "Summer 2027" in s["held_tabs"] and s["joint_events"] == 1
        assert (s["created"], s["updated"], s["removed"], s["restored"]) == (0, 0, 0, 0)
        assert vevents(config) == events
    rename(path, "Summer 2027", "Fire")
    s = run_sync(config, now=now)
    assert (s["merged_by_staff"], s["joint_events"], s["created"], s["updated"]) == (1, 1, 0, 0)
    assert vevents(config) == events
