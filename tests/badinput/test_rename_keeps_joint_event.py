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
