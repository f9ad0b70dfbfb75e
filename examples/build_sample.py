"""Build ``examples/sample_workbook.xlsx`` from real public data (copied into examples/data).

Real rows (values verbatim; only mapped onto intake columns):
- ``Police``: the 41 Pittsburgh National Night Out 2025 registrations (NNO was Tue Aug 5,
  2025; one row's location says it is on Thursday July 31) and the 10 King County Sheriff
  (Regional AFIS) community events, whose start/end cells are Unix epoch seconds as published.
- ``NYC Permits``: 300 rows of the NYC Permitted Event Information export with its own
  header names (Event Name, Start Date/Time, Event Agency, ...), mapped by column aliases.
- Durham's own City calendars come in as calendar-file sources (config.yaml), not as rows.

Illustrative rows (written by us, marked ``illustrative`` in the ``Sample Origin`` column,
which the sync ignores): a smoke-alarm canvass logged by both Police and Fire, a Junior Fire
Marshal course with Parks and Recreation as partner, a HEART open house, a 911 open house,
a CERT class, an all-department Public Safety Day each fiscal quarter, a bilingual town
hall, an internal planning meeting with a contact and notes, a few upcoming events, and two
rows with mistakes staff make (no title; a date without a year).

The illustrative rows are placed relative to the day the workbook is built (``today``,
default the real today), so the demo always has upcoming events, a current fiscal quarter
with its all-department Public Safety Day (one in each of the last four quarters), joint
events in the current month and a live target status; the real rows keep their real dates.

Run: ``python examples/build_sample.py [--today YYYY-MM-DD] [PATH]`` (deterministic for a given
day; rewrites ``examples/sample_workbook.xlsx`` unless PATH is given).
"""
from __future__ import annotations

import csv
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
HEADER = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location",
          "Address", "Lead Department", "Partner Departments", "Event Type", "Description",
          "Audience", "Visibility", "Status", "Assistance Wanted", "Registration URL",
          "Expected Attendance", "Actual Attendance", "Language", "Accessibility", "Contact",
          "Internal Notes", "Repeats", "Title (Spanish)", "Description (Spanish)", "Sample Origin"]


def row(**values) -> list:
    return [values.get(h.replace(" ", "_").replace("(", "").replace(")", "").lower()) for h in HEADER]


def pittsburgh_nno() -> list[list]:
    out = []
    with open(DATA / "pittsburgh_nno_2025_registered_events.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            special = re.search(r"SPECIAL:\s*\w+day\s+(\w+ \d+, \d{4})", r["location"])
            out.append(row(title=r["event_name"], start_date=special.group(1) if special else "8/5/2025",
                           start_time=r["time"], location=r["location"], address=r["neighborhood"],
                           event_type="National Night Out", visibility="Public",
                           description=f"Activities: {r['activities']}. Rain location: {r['rain_location']}",
                           sample_origin="real: Pittsburgh NNO 2025 registrations"))
    return out


def king_county() -> list[list]:
    out = []
    with open(DATA / "kingcounty_afis_community_events_vcj4-3vp9.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.append(row(title=r["event_title"], start_date=int(r["start_time"]),
                           end_date=int(r["end_time"]), location=r["meeting_facility"],
                           address=f"{r['address']}, {r['city']}, {r['state']} {r['zip']}",
                           visibility="Public", contact=f"{r['contact_name']}, {r['phone_number']}",
                           event_type="Community Meeting",
                           sample_origin="real: King County Sheriff AFIS community events"))
    return out


def nyc_permits(limit: int = 300) -> tuple[list, list[list]]:
    with open(DATA / "NYC_Permitted_Event_Information.csv", newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = [r for _, r in zip(range(limit), reader)]
    return header + ["Visibility", "Sample Origin"], [r + ["Public", "real: NYC permits"] for r in rows]


FISCAL_YEAR_START_MONTH = 7       # Durham's (config.yaml): FY26 = July 2025 – June 2026
MON, TUE, WED, THU, FRI, SAT = range(6)


def on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def before(day: date, weekday: int) -> date:
    """The last such weekday strictly before ``day``."""
    return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


def quarter_start(day: date, back: int = 0) -> date:
    """First day of the fiscal quarter holding ``day``, or of the one ``back`` quarters earlier."""
    months = day.year * 12 + day.month - 1
    first = months - (months - (FISCAL_YEAR_START_MONTH - 1)) % 3 - 3 * back
    return date(first // 12, first % 12 + 1, 1)


def season(day: date) -> str:
    return ["Winter", "Spring", "Summer", "Fall"][(day.month % 12) // 3]


def us(day: date) -> str:            # 3/8/2025, as staff type it
    return f"{day.month}/{day.day}/{day.year}"


def spelled(day: date) -> str:       # Mar 21, 2026
    return f"{day:%b} {day.day}, {day.year}"


def illustrative(today: date | None = None) -> dict[str, list[list]]:
    """The rows we wrote, dated relative to ``today`` (default: the real today)."""
    today = today or date.today()
    ill = "illustrative"
    # one all-department Public Safety Day a fiscal quarter: mid-quarter Saturdays, the last
    # four quarters (the current one last: past or upcoming, it is this quarter's)
    psd = [on_or_after(quarter_start(today, back) + timedelta(weeks=6), SAT) for back in (3, 2, 1, 0)]
    canvass = before(today, SAT)                                   # the Police/Fire duplicate, just past
    planning = on_or_after(today.replace(day=1), TUE)              # this month's (internal) joint meeting
    fy_start = quarter_start(today, (today.month - FISCAL_YEAR_START_MONTH) % 12 // 3)
    marshal = on_or_after(fy_start + timedelta(days=13), MON)      # summer camp, this fiscal year
    telecom = on_or_after(date(fy_start.year + 1, 4, 8), TUE)      # Telecommunicators Week (April)
    police = [
        row(title="Smoke Alarm Canvass - Walltown", start_date=us(canvass), start_time="10:00 AM",
            end_time="1:00 PM", location="Walltown Park", address="1308 W Club Blvd, Durham NC",
            event_type="Smoke Alarm Install", visibility="Public", sample_origin=ill,
            description="Officers and firefighters go door to door offering free smoke alarms."),
        row(title="Public Safety Day", start_date=psd[0], start_time="11am", end_time="3pm",
            location="Durham Central Park", address="501 Foster St, Durham NC",
            partner_departments="Fire, DCSD, 911, Emergency Management, Parks & Recreation",
            event_type="Festival", visibility="Public", expected_attendance=800, sample_origin=ill),
        row(title=f"Public Safety Day - {season(psd[1])}", start_date=psd[1], start_time="11am",
            end_time="2pm", location="Holton Career and Resource Center", address="401 N Driver St, Durham NC",
            partner_departments="DFD; HEART; DECC; Emergency Management; DPR", event_type="Festival",
            visibility="Public", sample_origin=ill),
        row(title=f"Public Safety Day - {season(psd[2])}", start_date=spelled(psd[2]), start_time="noon", end_time="4 PM",
            location="Durham Central Park", address="501 Foster St, Durham NC",
            partner_departments="Fire / Community Safety / Emergency Communications / Emergency Management / Parks and Recreation",
            event_type="Festival", visibility="Public", sample_origin=ill),
        row(title="Quarterly Joint Events Planning Meeting", start_date=planning.isoformat(), start_time="14:00",
            end_time="15:00", location="DPD Headquarters, 602 E Main St", partner_departments="Fire, Community Safety",
            visibility="Internal", contact="Community Resource Unit, 919-555-0100",
            internal_notes="Budget for NNO 2026 still pending; do not share.", sample_origin=ill),
        row(title="Coffee with a Cop", start_date=on_or_after(today + timedelta(days=7), WED), start_time="8:30 AM", end_time="10 AM",
            location="Beyu Caffe", address="341 W Main St, Durham NC", event_type="Community Meeting",
            visibility="Public", sample_origin=ill),
        row(title="Community Police Academy", start_date=on_or_after(today + timedelta(days=40), TUE), start_time="6pm",
            end_time="9pm", location="DPD Headquarters", address="602 E Main St, Durham NC",
            repeats="weekly for 6 times", event_type="Safety Education", visibility="Public",
            registration_url="https://www.durhamnc.gov/669/Community-Police-Academy", sample_origin=ill),
        row(title="", start_date="8/5/2025", start_time="6pm", visibility="Public", sample_origin=ill + " (mistake: no title)"),
    ]
    fire = [
        row(title="Walltown smoke alarm canvass", start_date=canvass, start_time="10:15",
            end_time="13:00", location="Walltown Park", address="1308 West Club Boulevard, Durham NC",
            event_type="Smoke Alarm Install", visibility="Public", actual_attendance=140, sample_origin=ill),
        row(title="Junior Fire Marshal", start_date=marshal, end_date=marshal + timedelta(days=3),
            location="Durham Fire Station 1", address="139 E Morgan St, Durham NC",
            partner_departments="Parks and Recreation", event_type="Youth Program", audience="Ages 11-15",
            visibility="Public", sample_origin=ill),
        row(title="Hands-only CPR Class", start_date=on_or_after(today + timedelta(days=3), SAT), start_time="10:00 AM",
            end_time="11:30 AM", location="Durham Fire Station 1", address="139 E Morgan St, Durham NC",
            event_type="CPR Class", visibility="Public", language="English, Spanish",
            accessibility="Wheelchair accessible; ASL on request", sample_origin=ill),
        row(title=f"Public Safety Day ({season(psd[3])}, Fire booth)", start_date=spelled(psd[3]), start_time="10am", end_time="2pm",
            location="Durham County Stadium", partner_departments="DPD, DCSD, DECC, Emergency Management, DPR",
            event_type="Festival", visibility="Public", sample_origin=ill),
        row(title="Remembering When: fall and fire safety for seniors", start_date="Aug 5", start_time="2pm",
            visibility="Public", sample_origin=ill + " (mistake: no year)"),
    ]
    community_safety = [
        row(title="HEART Open House", start_date="4/17/2023", start_time="4 PM - 7 PM",
            location="Community Safety Department", address="807 E Main St, Durham NC",
            partner_departments="911", event_type="Open House", visibility="Public", sample_origin=ill),
        row(title="Community Town Hall: Crisis Response in the Bull City", start_date=on_or_after(today + timedelta(days=13), TUE),
            start_time="6:30 PM", end_time="8 PM", location="Virtual", event_type="Town Hall",
            language="English, Spanish", visibility="Public",
            title_spanish="Foro comunitario: respuesta a crisis en Bull City",
            description_spanish="Foro bilingüe con interpretación.", sample_origin=ill),
    ]
    ecc = [row(title="Telecommunicators Week Open House", start_date=telecom, start_time="1pm",
               end_time="4pm", location="Emergency Communications Center", partner_departments="Fire",
               event_type="Open House", visibility="Public", sample_origin=ill)]
    em = [row(title="CERT Basic Training", start_date=on_or_after(today + timedelta(days=66), SAT), start_time="9 AM", end_time="4 PM",
              location="Durham County Emergency Management", event_type="Safety Education",
              visibility="Public", assistance_wanted="Fire: 2 instructors for the fire-suppression module",
              sample_origin=ill)]
    return {"Police": police, "Fire": fire, "Community Safety": community_safety,
            "Emergency Communications": ecc, "Emergency Management": em}


def build(path: Path = HERE / "sample_workbook.xlsx", today: date | None = None) -> Path:
    """Write the sample workbook; its illustrative rows are dated relative to ``today``."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    tabs = illustrative(today)
    tabs["Police"] = pittsburgh_nno() + king_county() + tabs["Police"]
    tabs["Parks and Recreation"] = []   # Parks logs in its own calendar (a calendar-file source)
    for title, rows in tabs.items():
        ws = wb.create_sheet(title)
        ws.append(HEADER)
        for r in rows:
            ws.append(r)
    nyc_header, nyc_rows = nyc_permits()
    ws = wb.create_sheet("NYC Permits")
    ws.append(nyc_header)
    for r in nyc_rows:
        ws.append(r)
    readme = wb.create_sheet("README")
    readme.append(["This sample workbook is built by examples/build_sample.py from real public data; "
                   "see the Sample Origin column for which rows are real and which are illustrative."])
    wb.save(path)
    return path


if __name__ == "__main__":
    args = sys.argv[1:]
    day = None
    if args[:1] == ["--today"]:
        day, args = date.fromisoformat(args[1]), args[2:]
    print(build(Path(args[0]) if args else HERE / "sample_workbook.xlsx", day))
