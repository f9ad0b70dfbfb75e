"""Labelled cases for the duplicate-detection benchmark, built from ../shared.

Each case is a list of intake-shaped tabs (:class:`RawTab`) plus the truth: for every data
row (``"Tab!row"``) the key of the real-world event it describes. Rows with the same key are
the same event; every other pair is a different event.

Cases read like ``safety-events sync`` carry the :class:`Config` they were read with (the
project's ``config.yaml`` with ``source.calendars`` replaced) and are read through
:func:`sheets_sync.pipeline.read_sources`, so their tabs are exactly the sync's, calendar tabs and
the ``Assistance Offers`` tab included.

* ``dedupe-dev``   — the labelled development workbook (``truth.csv``; invalid rows left out).
* ``dedupe-dev2``  — the second labelled set, with Emergency Management's Outlook calendar
  (``em_outlook.ics``) configured as its README says. truth.csv names calendar rows
  ``calendar:<UID>`` / ``calendar:<UID>@<YYYY-MM-DD>``; they are mapped to the calendar tab's
  ``file.ics!row`` through its ``External UID`` column, by the rule of ``dedupe-dev2/score.py``.
* ``v42``          — a labelled set a fresh helper with no context built on 2026-12-07 in
  ``bench/data/v42`` (``build.py`` rebuilds it): 178 rows in the six tabs, 127 true events, 78
  joint, with real places, addresses and titles from ``../shared/realdata`` and new wording for
  the families of ``dedupe-dev2`` plus its own (a date range in one cell, "11:30ish", "orig.
  10/25", a surname that is a department's name, hedged partners). Its labels are the
  helper's; three it marked debatable (Police Athletic League, a partner named only in
  Internal Notes, "Officer Friendly") count as joint there and are not read so by the sync.
* ``v43``          — a second fresh helper's set of the same day in ``bench/data/v43``: 179 rows,
  119 true events, 64 joint, with Seattle and King County places from ``../shared/realdata``.
  Both v42 and v43 were measured first as their helpers built them (v42: recall 0.727, joint
  65 of 76; v43: recall 0.767, joint 53 of 62) and the gaps they showed were then fixed, so
  they are development sets now, not held-out ones.
* ``v44``          — a third fresh helper's set of the same day in ``bench/data/v44``: 122 rows, 81
  true events, 36 joint not cancelled, Durham, Bloomington and NYC permit places. It was
  measured as a held-out set first, on commit 1c12a82 after the v42 and v43 fixes: precision
  1.000, recall 0.574, joint 31 of 36, months exact 6 of 12; then its gaps were fixed too.
* ``v45``          — a fourth fresh helper's set, measured held out on commit 4b6d2a9 (after the
  v42–v44 fixes) in ``bench/data/v45``: 166 rows, 118 true events, 47 joint not cancelled, an
  invented town (Carrow Bend, PA) in the style of ``../shared/realdata``. Held out: precision
  1.000, recall 0.966, 120 events, joint 43 of 47, months exact 9 of 12; its gaps were then
  fixed too. Its truth counts "CBPD" (the town's police, unknown to the project's config) as Police.
* ``v46``          — a fifth fresh helper's set, Bloomington, Indiana, with the city's own
  ``config.yaml`` (its aliases BPD, BFD, CARE, CEDC, MCEM; its timezone and title), measured
  held out on commit 5af00eb in ``bench/data/v46``: 143 rows, 89 true events, 36 joint not
  cancelled. Held out: precision 0.983, recall 0.750, 97 events, joint 29 of 36, months exact
  4 of 12.
* ``v47``, ``v48`` — a sixth and seventh fresh helper's sets of the same hour, each with its city's
  own ``config.yaml``, measured held out on commit 5af00eb: ``v47`` (Marlow Heights, terse
  abbreviated rows, Pittsburgh, King County and NYC places; 152 rows, 100 true events, 43 joint):
  precision 1.000, recall 0.823, joint 36 of 43, months exact 9 of 12; ``v48`` (Harlan Springs,
  Indiana, Durham and Bloomington titles and venues, Parks in a calendar export ``parks.ics``;
  162 rows, 105 true events, 37 joint): precision 0.980, recall 0.653, joint 29 of 37, months
  exact 5 of 12.
* ``v49``          — an eighth fresh helper's set, measured held out on commit 936f1c1 (after most of
  this round's v46–v48 fixes): Fennimore Falls (invented, America/Chicago), six clerks with six
  habits (capitals, times in titles, prose partners, abbreviations, last year's rows, Status
  always filled), NYC and King County places; 158 rows, 100 true events, 39 joint counted.
  Held out: precision 1.000, recall 0.756, joint 36 of 39, months exact 9 of 12.
* ``v50``          — a ninth fresh helper's set of the same hour, held out on 936f1c1: Durham itself,
  Parks in a CivicPlus export and Emergency Management in an Outlook export (a weekly CERT
  class, an EXDATE, a moved session), bilingual rows; 150 rows and occurrences, 92 true events,
  38 joint not cancelled. Held out: precision 1.000, joint 36 of 38, months exact 10 of 12
  (the helper's recall 0.966 from the record; ``dedupe-dev2/score.py`` misreads an event with
  two calendar rows and printed 0.644).
* ``v51``, ``v52`` — a tenth and eleventh fresh helper's sets, measured held out on commit 4c3ca27
  (after this round's v46–v50 fixes): ``v51`` (Pine Ridge, invented, staff typing on phones:
  emoji, capitals, "noonish", "Fier"; 144 rows, 106 true events, 47 joint counted): precision
  1.000, recall 0.860, joint 45 of 47, months exact 10 of 12; ``v52`` (Eastport, invented, a
  district office's careful clerks, NYC block faces and plazas, multi-day and overnight events;
  153 rows, 99 true events, 40 joint counted): precision 1.000, recall 0.894, joint 42 of 40 (a
  festival and its closure detail, each naming the other, split into two joint events), months
  exact 10 of 12.
* ``v53``, ``v54`` — a twelfth and thirteenth fresh helper's sets, measured held out on commit
  fea017b (its matching the same as ebbe71f's): ``v53`` (Cedar Rapids Junction, invented, rows
  pasted from Outlook calendars and e-mails: "FW:", "Invitation:", "Where:" in Location, a whole
  "Tue 8/5/2025 5:00 PM - 8:00 PM" in one cell; 148 rows, 107 true events, 42 joint counted, one
  more internal-only, left out of the months as the default policy does): precision 1.000, recall
  0.846, joint 41 of 42, months exact 9 of 12; ``v54`` (Port Aldridge, invented, a coastal city:
  coded titles "PEP-EVT-0823 …", landmarks for places, "0900-1300", a shared clerk logging one
  department's event in the other's tab; 166 rows, 101 true events, 49 joint counted): precision
  1.000, recall 0.876, joint 48 of 49, months exact 7 of 12. v54's wrong-tab rows were relabelled
  joint by DESIGN.md's contract when the set was integrated (the helper had marked them debatable).
* ``v55`` — a fourteenth fresh helper's set, measured held out on commit f803fb8: Millbrook Falls
  (invented, America/Chicago), events sent in through a shared Google Form whose responses tab
  ("Form Responses 1": Timestamp, "Submitting Department", "Other departments participating (check
  all that apply)", "Anything else we should know?", mapped by ``source.column_aliases``) sits
  beside Police's and Fire's own tabs; a resubmission with a corrected time, a cancellation sent as a
  second response, a partner ticked then said to have backed out; 165 rows, 107 true events, 47
  joint counted: precision 1.000, recall 0.962, joint 47 of 47, months exact 10 of 12.
* ``v56`` — a fifteenth fresh helper's set, measured held out on commit 26d2ed1: Cedar Bluff
  (invented, America/Indiana/Indianapolis), **after-action logging**: rows written after the
  event, partners named only in notes ("Officers Diaz and Kim from PD stopped by", "E14 crew did a
  truck tour"), Status words Done/Held/Happened/No-show, attendance "~60", vague times ("evening",
  "after school", "10ish"), tabs without a Visibility column; 163 rows, 112 true events, 46 joint
  counted: precision 0.976, recall 0.661, joint 29 of 46, months exact 2 of 12, all-department
  quarters 1 of 4.
* ``v57`` — a sixteenth fresh helper's set, measured held out on commit 0b1f6da: Cedar Ridge
  (invented, King County, America/Los_Angeles); Fire, Emergency Management and the 911 center
  keep **calendar exports** (Exchange 2010 with a "Pacific Standard Time" VTIMEZONE, an OWA-style
  export naming a Windows zone with no VTIMEZONE, Apple Calendar), with "FW:", "Updated:",
  "Tentative:" and "Canceled:" subjects, a weekly RRULE with EXDATE and a moved session; 147 rows
  (92 typed, 55 calendar occurrences), 84 true events, 39 joint counted: precision 1.000, recall
  0.978, joint 37 of 39, months exact 10 of 12.
* ``v58`` — a seventeenth fresh helper's set the same day, the same city with the other three
  departments' calendars (Emergency Management in Outlook, Community Safety in Outlook 365, Parks
  in Apple Calendar), ATTENDEE and ORGANIZER lines naming partner departments' mailboxes, rooms
  typed short ("Library Mtg Rm A"), set-up times in the notes; 161 rows, 94 true events, 42 joint
  counted: precision 1.000, recall 0.940, joint 40 of 42, months exact 10 of 12.
* ``v59`` — an eighteenth fresh helper's set, measured held out on commit 41aa168: Harbor County
  (invented, coastal, America/New_York), staff naming **units** for departments (Engine 14, E-14,
  M3, L2, Marine 4, Motor Unit, Mounted, SRO, CSO, Comm Center, a sheriff's office in Police),
  corrections typed in another department's tab ("EM asked us to post the time fix, their tab is
  protected"), one of two same-day sessions cancelled; 160 rows, 98 true events, 44 joint counted:
  precision 1.000, recall 0.943, joint 41 of 44 (one of them false), months exact 9 of 12.
* ``v60`` — a nineteenth fresh helper's set, measured held out on commit a39e7c3 (with the round's
  later reading of invitations): Millbrook (invented college town, America/Chicago), one shared
  **"Joint Events Planner" tab** (its "Departments" column typed "PD/FD", "all depts", "everyone
  except 911") beside the six department tabs, game days and move-in week, a university police
  that is not the city's; 162 rows, 90 true events, 40 joint counted: precision 1.000, recall
  0.770, joint 40 of 40 (errors cancelling), months exact 7 of 12.
* ``v61`` — a twentieth fresh helper's set, measured held out on commit 7c76a2d with this round's
  reading of day names: Ashford Lake (invented, America/Denver, fiscal year from October), staff
  logging **terse generic titles** ("Booth", "Presentation", "Tabling", "Standby", "Event
  support", "Community mtg") with the venue or host event named only in the Location or the notes
  ("at the Eastside Walmart for their safety day"), several different events at one library or
  school on one day, and **date slips** (last year's year typed in January, "Sat 3/13" for
  Saturday 3/14, a partner's row typed a day off); 165 rows, 89 true events, 49 joint counted:
  precision 0.969, recall 0.554, joint 37 of 49, months exact 4 of 12.
* ``v62`` — a twenty-first fresh helper's set, measured held out on commit 66ceaa3: the City of
  Tamsin, county seat of Tamsin County (invented, America/Los_Angeles, fiscal year = calendar
  year), staff titling rows by **what they do there** ("PD presence", "Our booth", "Medic
  standby", "Talk", "Attend", "Staffing") or for whom ("Seniors", "PTA"), the host's event named
  only in the notes ("part of OEM's winter night", "for Parks' Turkey Trot"), a county's venues
  typed every way ("TC Fgrnds", "Tamsin Co. Fgrnds Expo Hall", "VO Mall N. lot", "HMS") and one
  mall or fairground holding unrelated events on one day; 162 rows, 99 true events, 37 joint
  counted: precision 0.939, recall 0.330, joint 25 of 37, months exact 3 of 12 (with this round's
  reading of role titles, built on v61 alone: recall 0.340, joint 28 of 37, months 4 of 12).
* ``v63`` — a twenty-second fresh helper's set, measured held out on commit 71c963b: Wexley
  (invented, America/Denver, fiscal year from October), staff typing **series, ranges and
  sessions** one way in one tab and another in the next: a weekly class typed as one row with
  recurrence words in its title and an End Date ("CPR Saturdays in May"), a camp's days only in
  its title ("Summer Safety Camp 6/15-6/19"), a fair's days typed as a range cell, a Start/End
  pair, one day or two, AM and PM sessions against one all-day row, rain dates and moves typed as
  second rows, nights past midnight, times as "1800 hrs", "6-8p", "noon", "10am (2 hrs)"; 160
  rows, 94 true events, 48 joint sessions counted (a series counts per session): precision 0.969,
  recall 0.677, joint 45 of 48, months exact 9 of 12, all-department events found 0 of 2 (after
  the round's fixes: 1.000, 0.796, 48 of 48, 12 of 12, 1 of 2).
* ``v64`` — a twenty-third fresh helper's set, measured held out on commit a56841f: Quillmont
  (invented, America/Chicago, fiscal year from October), each tab **laid out for people**: month
  heading rows, blank spacer rows, an instructions row above the header, the header repeated part
  way down, a date typed once for a day's rows (blank cells or ditto marks below it),
  continuation rows ("(cont.)", "↳ Police: K-9 demo") holding a second department's part, TOTAL
  and notes rows; 170 data rows and 145 layout rows, 98 true events, 39 joint counted: precision
  1.000, recall 0.500, joint 29 of 39, months exact 5 of 12, all-department events 0 of 2 (after
  the round's fixes: 1.000, 0.956, 38 of 39, 11 of 12, 2 of 2).
* ``v65`` — a twenty-fourth fresh helper's set, measured held out on commit 991dc40: Harlow Bend
  (invented, America/Chicago, fiscal year from October), **busy days full of lookalikes**: a
  National Night Out of 23 parties (Police typing those it visited by the part of town, "NNO -
  Greenfield" at "Greenfield"), a smoke-alarm blitz of six crews, one community centre holding
  five events in a day (its all-department town hall typed "HCC" and "Hazelwood CC"), one class
  title at four stations in a week, a festival's booths beside unrelated events in its park, one
  row for two back-to-back sessions; 173 rows, 104 true events, 42 joint counted: precision
  1.000, recall 0.745, joint 37 of 42, months exact 10 of 12 (after the round's fixes: 1.000,
  0.951, 39 of 42, 10 of 12).
* ``v66`` — a twenty-fifth fresh helper's set, measured held out on commit 1de6eca: Wrenfield
  (invented, fiscal year from October), **online and hybrid events**: places typed "Zoom",
  "Virtual", "MS Teams", "Facebook Live", a meeting's link, "Council Chambers + Zoom", "Call-in:
  555-0100 / Zoom"; a joint Zoom town hall; unrelated meetings on one platform at one hour;
  events moved online while a partner's row still names the room; info sessions for in-person
  classes on other days; 180 rows, 107 true events, 42 joint counted: precision 1.000, recall
  0.821, joint 40 of 42, months exact 10 of 12 (after the round's fixes: 1.000, 0.811, 40 of
  42, 10 of 12, every event moved online published online).
* ``pittsburgh``   — the 41 real Pittsburgh National Night Out 2025 registrations (all different
  events on one evening, real messy addresses and time cells) plus a constructed Fire tab that
  visits every third party: title abbreviated ("NNO ..."), address re-typed (upper case,
  suffix spelt out or shortened), arriving 30–60 minutes after the party starts for 30 minutes.
* ``nyc-permits``  — all 8,501 NYC permit rows. Truth by the dataset's own rule: one Event ID
  repeats once per day of a multi-day permit, and each day is its own event (our documented
  rule), so the key is (Event ID, date); different IDs are different permits.
* ``nyc-departments`` — the same 8,501 permit rows dealt into the six department tabs of the project
  config by Event ID (``int(id) % 6``; ``deal="hash"``: by a CRC-32 of the Event ID instead), so every
  row of one permit stays in one tab and **no pair across tabs is the same event**: every cross-tab
  merge is false. The "Event Agency" column is rewritten to the tab's own department (dealing rows
  out would otherwise make a Police row say "Parks Department"). Truth as ``nyc-permits``. It tests
  the matcher on data it was not built on: busy venues ("Astoria Park: Soccer-01" hosts several
  permits a day), street segments ("X AVENUE between A STREET and B STREET"), multi-day permits.
* ``durham``       — the City of Durham Parks & Recreation, City Council and community
  calendars: exploded weekly series (Daytime Yoga x22), AM and PM sessions of one class on one
  day (Line Dance) and recurring meetings; every occurrence is its own event.
* ``bloomington``  — Bloomington's "Department Events" and "Parks Programs" calendars (16,017
  occurrences). Hand-labelled same-event pairs in ``bench/data/bloomington_same_events.csv``,
  each with a ``note`` saying why; every other pair is taken as different. Found by reading
  every same-day pair of similar titles or same start and place across the two calendars, and
  every same-day pair where one is a booth, table, adoption or civic presence *at* the other's
  market, festival or expo at overlapping times (issue 11: "an adoption booth or a civic table
  at the farmers' market on the market's day is the same outing"); a partner's event only at the
  same place (a pool, a park, a concert at another hour) or at another market is not.
"""
from __future__ import annotations

import csv
import json
import random
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable
from zoneinfo import ZoneInfo

import yaml

from sheets_sync.backends.ics_source import HEADER as ICS_HEADER, read_calendar
from sheets_sync.backends.workbook import WorkbookBackend
from sheets_sync.config import Config, config_from_dict
from sheets_sync.model import RawTab
from sheets_sync.parsing import parse_time_range
from sheets_sync.pipeline import read_sources

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TZ = ZoneInfo("America/New_York")
UID_COLUMN = ICS_HEADER.index("External UID")


def project_config(calendars: list[dict] | None = None, path: Path = ROOT / "config.yaml") -> Config:
    """The project's ``config.yaml`` (or the one at ``path``: a labelled set's own city) with
    ``source.calendars`` replaced (``[]`` by default); each calendar is ``{"file",
    "department", "visibility", "event_type"}`` as in the YAML."""
    data = yaml.safe_load(path.read_text())
    data["source"]["calendars"] = calendars or []
    return config_from_dict(data, base_dir=ROOT)


class Case:
    """Tabs to merge, the truth ``{label: event_key}`` (label = ``"Tab!row"``), the labelled
    set's ``expected.json`` (or None) and the :class:`Config` the tabs were read with."""

    def __init__(self, name: str, tabs: list[RawTab], truth: dict[str, str], note: str = "",
                 expected: dict | None = None, config: Config | None = None):
        self.name, self.tabs, self.truth, self.note, self.expected = name, tabs, truth, note, expected
        self.config = config or project_config()
        self.unread = 0

    def gold_pairs(self) -> set[frozenset]:
        groups: dict[str, list[str]] = defaultdict(list)
        for label, key in self.truth.items():
            groups[key].append(label)
        return {frozenset((a, b)) for labels in groups.values()
                for i, a in enumerate(sorted(labels)) for b in sorted(labels)[i + 1:]}


def _labelled_set(name: str, folder: Path, note: str, now: datetime | None) -> Case:
    """A labelled folder (intake.xlsx, truth.csv, expected.json, optional calendar sources)
    read as the sync reads it; ``now`` (aware) sets the calendar window (default: the clock)."""
    expected = json.loads((folder / "expected.json").read_text())
    calendars = [{**c, "file": str(folder / c["file"])} for c in expected.get("calendar_sources", [])]
    own = folder / "config.yaml"          # a set built for a city of its own (its aliases, zone, title)
    config = project_config(calendars, own) if own.exists() else project_config(calendars)
    tabs = read_sources(config, WorkbookBackend(folder / "intake.xlsx"), now or datetime.now(timezone.utc))
    labelled = {}
    with open(folder / "truth.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["valid"].strip() == "yes":
                tab = r["tab"].strip()
                labelled[tab if tab.startswith("calendar:") else f"{tab}!{r['row']}"] = r["event_key"].strip()
    truth = {lab: k for lab, k in labelled.items() if not lab.startswith("calendar:")}
    calendar_files = {Path(c["file"]).name for c in calendars}
    for tab in tabs:
        if tab.title in calendar_files:
            for n, row in enumerate(tab.rows, start=tab.first_row):
                label = calendar_label(row[UID_COLUMN], labelled)
                if label in labelled:
                    truth[f"{tab.title}!{n}"] = labelled[label]
    case = Case(name, tabs, truth, note, expected, config)
    case.unread = len(labelled) - len(truth)   # labelled rows the read did not yield (should be 0)
    return case


def calendar_label(external_uid: str, labelled) -> str:
    """A calendar tab's ``External UID`` (``UID`` or ``UID#<original start ISO>``) → its truth
    label: ``calendar:<UID>@<YYYY-MM-DD>`` when ``labelled`` names that occurrence, else
    ``calendar:<UID>`` (the rule of ``dedupe-dev2/score.py``)."""
    uid, _, occurrence = str(external_uid).partition("#")
    one = f"calendar:{uid}@{occurrence[:10]}"
    return one if occurrence and one in labelled else f"calendar:{uid}"


def dedupe_dev(shared: Path, now: datetime | None = None) -> Case:
    return _labelled_set("dedupe-dev", shared / "dedupe-dev", "labelled development workbook", now)


def dedupe_dev2(shared: Path, now: datetime | None = None) -> Case:
    return _labelled_set("dedupe-dev2", shared / "dedupe-dev2",
                         "labelled set 2: five tabs, Assistance Offers, Outlook calendar as Emergency Management",
                         now)


#: the fresh helpers' labelled sets in ``bench/data`` (module docstring): name → note
HELPER_SETS = {
    "v42": "a fresh helper's labelled set on realdata places (2026-12-07)",
    "v43": "a second fresh helper's labelled set, Seattle and King County places (2026-12-07)",
    "v44": "a third fresh helper's labelled set, Durham, Bloomington and NYC places (2026-12-07)",
    "v45": "a fourth fresh helper's labelled set, measured held out first (2026-12-07)",
    "v46": "a fifth fresh helper's set, Bloomington IN with its own config, held out first (2026-12-07)",
    "v47": "a sixth fresh helper's set, Marlow Heights (invented) with its own config, held out first (2026-12-07)",
    "v48": "a seventh fresh helper's set, Harlan Springs (invented) with a Parks calendar, held out first (2026-12-07)",
    "v49": "an eighth fresh helper's set, Fennimore Falls (invented), six clerks' habits, held out first (2026-12-07)",
    "v50": "a ninth fresh helper's set, Durham with two calendar exports, bilingual, held out first (2026-12-07)",
    "v51": "a tenth fresh helper's set, Pine Ridge (invented), staff typing on phones, held out first (2026-12-07)",
    "v52": "an eleventh fresh helper's set, Eastport (invented), a district office's clerks, held out first (2026-12-07)",
    "v53": "a twelfth fresh helper's set, Cedar Rapids Junction (invented), rows pasted from Outlook, held out first "
           "(2026-12-07)",
    "v54": "a thirteenth fresh helper's set, Port Aldridge (invented), coded titles and landmarks, held out first "
           "(2026-12-07)",
    "v55": "a fourteenth fresh helper's set, Millbrook Falls (invented), a shared Google Form's responses tab, "
           "held out first (2026-12-07)",
    "v56": "a fifteenth fresh helper's set, Cedar Bluff (invented), after-action logs, held out first (2026-12-07)",
    "v57": "a sixteenth fresh helper's set, Cedar Ridge (invented, King County), three departments' Outlook, Exchange "
           "and Apple calendars, held out first (2026-12-07)",
    "v58": "a seventeenth fresh helper's set, Cedar Ridge again, three other departments' calendars, ATTENDEE lines, "
           "held out first (2026-12-07)",
    "v59": "an eighteenth fresh helper's set, Harbor County (invented), units named for departments, corrections "
           "typed in other tabs, held out first (2026-12-07)",
    "v60": "a nineteenth fresh helper's set, Millbrook (invented college town), a shared joint-events planning tab "
           "beside the department tabs, held out first (2026-12-07)",
    "v61": "a twentieth fresh helper's set, Ashford Lake (invented), terse generic titles with the event named only "
           "in the notes, date slips, held out first (2026-12-07)",
    "v62": "a twenty-first fresh helper's set, Tamsin County (invented), titles saying what a department does there "
           "and venues typed short, held out first (2026-12-07)",
    "v63": "a twenty-second fresh helper's set, Wexley (invented), series, ranges and sessions typed differently in "
           "each tab, held out first (2026-12-07)",
    "v64": "a twenty-third fresh helper's set, Quillmont (invented), tabs laid out for people: headings, spacer "
           "rows, an instructions row, dates typed once a day, continuation rows, held out first (2026-12-07)",
    "v65": "a twenty-fourth fresh helper's set, Harlow Bend (invented), busy days full of lookalikes: National "
           "Night Out's 23 parties, a smoke-alarm blitz, one venue's five events in a day, held out first (2026-12-08)",
    "v66": "a twenty-fifth fresh helper's set, Wrenfield (invented), online and hybrid events: Zoom, Teams, "
           "Facebook Live, livestreams, rooms plus Zoom, events moved online, held out first (2026-12-08)",
}


def helper_set(name: str, now: datetime | None = None) -> Case:
    """The labelled set ``bench/data/<name>`` (:data:`HELPER_SETS`), read as :func:`_labelled_set` does."""
    return _labelled_set(name, HERE / "data" / name, HELPER_SETS[name], now)


_HEADER = ("Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Visibility")


def pittsburgh(shared: Path, seed: int = 5) -> Case:
    rnd = random.Random(seed)
    police, fire, truth = [], [], {}
    with open(shared / "realdata" / "pittsburgh_nno_2025_registered_events.csv", newline="",
              encoding="utf-8") as fh:
        for n, r in enumerate(csv.DictReader(fh)):
            police.append((r["event_name"], "8/5/2025", r["time"], None, r["neighborhood"], r["location"],
                           "Public"))
            truth[f"Police!{len(police) + 1}"] = f"P{n}"
            address = r["location"].split(" - ")[-1]
            if n % 3 or "CANCEL" in r["event_name"] or "SPECIAL" in address or not any(c.isdigit() for c in address):
                continue
            retyped = address.upper() if rnd.random() < 0.5 else (
                address.replace("Street", "St").replace("Avenue", "Ave") if "Street" in address or
                "Avenue" in address else address.replace(" St", " Street").replace(" Ave", " Avenue"))
            begin, finish = parse_time_range(r["time"])          # the visit lies inside the party
            arrive = datetime.combine(date(2025, 8, 5), begin) + timedelta(minutes=rnd.choice([30, 45, 60]))
            if finish and arrive.time() >= finish:
                arrive = datetime.combine(date(2025, 8, 5), begin)
            title = rnd.choice(["NNO", "NNO visit", f"NNO - {r['event_name'][:30]}", "National Night Out"])
            fire.append((title, "2025-08-05", arrive.strftime("%-I:%M %p"),
                         (arrive + timedelta(minutes=30)).strftime("%H:%M"), "", retyped, "Public"))
            truth[f"Fire!{len(fire) + 1}"] = f"P{n}"
    tabs = [RawTab("Police", _HEADER, tuple(police)), RawTab("Fire", _HEADER, tuple(fire))]
    return Case("pittsburgh", tabs, truth, "41 real NNO block parties + constructed Fire visits")


def nyc_permits(shared: Path) -> Case:
    with open(shared / "realdata" / "NYC_Permitted_Event_Information.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, data = tuple(rows[0]), rows[1:]
    truth = {f"Permits!{n}": f"{r[0]}@{r[2][:10]}" for n, r in enumerate(data, start=2)}
    return Case("nyc-permits", [RawTab("Permits", header, tuple(tuple(r) for r in data))], truth,
                "8,501 real permits; one Event ID repeats once per day")


DEPARTMENT_TABS = ("Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management",
                   "Parks and Recreation")


def nyc_departments(shared: Path, deal: str = "id") -> Case:
    """The NYC permits dealt into six department tabs (module doc); ``deal``: ``"id"`` or ``"hash"``."""
    import zlib
    with open(shared / "realdata" / "NYC_Permitted_Event_Information.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, data = tuple(rows[0]), rows[1:]
    agency = header.index("Event Agency")
    tabs: dict[str, list[tuple]] = {d: [] for d in DEPARTMENT_TABS}
    truth = {}
    for r in data:
        n = int(r[0]) if deal == "id" else zlib.crc32(r[0].encode())
        department = DEPARTMENT_TABS[n % len(DEPARTMENT_TABS)]
        row = list(r)
        row[agency] = department
        tabs[department].append(tuple(row))
        truth[f"{department}!{len(tabs[department]) + 1}"] = f"{r[0]}@{r[2][:10]}"
    name = "nyc-departments" + ("" if deal == "id" else f"-{deal}")
    return Case(name, [RawTab(d, header, tuple(v)) for d, v in tabs.items()], truth,
                f"8,501 NYC permits dealt to six department tabs by {'Event ID' if deal == 'id' else 'CRC-32 of Event ID'};"
                " no cross-tab pair is one event")


def _calendar_case(name: str, shared: Path, files: Iterable[tuple[str, str]], pairs: Path | None,
                   note: str) -> Case:
    tabs, truth, by_uid = [], {}, {}
    for file, department in files:
        tab = read_calendar(shared / "realdata" / file, department, TZ, window=(date(2010, 1, 1), date(2030, 1, 1)))
        tabs.append(tab)
        for n, row in enumerate(tab.rows, start=tab.first_row):
            label = f"{tab.title}!{n}"
            truth[label] = label
            by_uid[(file, row[UID_COLUMN])] = label
    if pairs:
        with open(pairs, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                a, b = by_uid[(r["calendar_a"], r["uid_a"])], by_uid[(r["calendar_b"], r["uid_b"])]
                key = truth[a]
                for label, k in list(truth.items()):
                    if k == truth[b]:
                        truth[label] = key
    return Case(name, tabs, truth, note)


def durham(shared: Path) -> Case:
    return _calendar_case("durham", shared, [("durham_parks_rec.ics", "Parks and Recreation"),
                                             ("durham_gov.ics", "Community Safety"),
                                             ("durhamnc_common_modules.ics", "Community Safety")],
                          None, "exploded weekly series, AM/PM sessions; no duplicates")


def bloomington(shared: Path) -> Case:
    return _calendar_case("bloomington", shared,
                          [("gcal_bloomington_in_gov_department_events.ics", "Police"),
                           ("gcal_bloomington_in_gov_parks_programs.ics", "Parks and Recreation")],
                          HERE / "data" / "bloomington_same_events.csv",
                          "two real city calendars; 21 hand-labelled same-event pairs")
