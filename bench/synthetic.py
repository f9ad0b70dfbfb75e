"""Synthetic intake rows at scale (for the speed figure), with their truth.

Five years of six departments' events, about 55 rows a day: events at a few hundred venues
with street addresses, 08:00–19:00 starts, 1–3 hours; 8% all-day; weekly classes; one National
Night Out evening a year with 100 block parties on one evening (20 visited by Fire); 15% of
events logged again by one to five other departments (titles abbreviated or re-cased, starts
0–30 minutes later, places re-typed) and 2% typed twice in one tab.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sheets_sync.model import EventRow, SourceRef, Visibility

TZ = ZoneInfo("America/New_York")
DEPARTMENTS = ("Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management",
               "Parks and Recreation")
KINDS = ("Community Safety Fair", "CPR Class", "Smoke Alarm Blitz", "Town Hall", "Open House",
         "Neighborhood Safety Walk", "Youth Safety Camp", "Senior Safety Expo", "Business Watch Meeting",
         "Hurricane Preparedness Workshop", "Back to School Bash", "Coffee with a Cop", "Bike Rodeo",
         "Home Safety Visit Day", "Resource Fair", "Fire Station Tour", "Teen Leadership Night")
PLACES = ("Park", "Community Center", "Library", "Recreation Center", "High School", "Church Hall",
          "Fire Station", "Plaza")
STREETS = ("Main St", "Duke St", "Roxboro St", "Alston Ave", "Club Blvd", "Holloway St", "Chapel Hill Rd",
           "Fayetteville St", "Miami Blvd", "Guess Rd", "Cornwallis Rd", "Geer St", "Angier Ave")
NAMES = ("Walltown", "Lakewood", "Trinity", "Northgate", "Hope Valley", "East End", "Old North",
         "Cleveland", "Crest", "Lyon", "Rock Quarry", "Campus Hills", "Edgemont", "Braggtown")


def _venues(rnd: random.Random, n: int) -> list[tuple[str, str]]:
    return [(f"{rnd.choice(NAMES)} {rnd.choice(PLACES)}", f"{rnd.randint(100, 4999)} {rnd.choice('NSEW')} "
             f"{rnd.choice(STREETS)}") for _ in range(n)]


def _retype(rnd: random.Random, title: str) -> str:
    options = [title.lower(), title.upper(), title.replace("Community", "Comm.").replace("Emergency", "Emerg."),
               title.replace("Neighborhood", "Neighbourhood"), title + " ", title]
    return rnd.choice(options)


def synthetic_rows(n: int = 100_000, seed: int = 7, start: date = date(2021, 1, 1),
                   days: int = 1826) -> tuple[list[EventRow], dict[str, str]]:
    """``(rows, truth)``; ``truth`` maps ``"Tab!row"`` to the event key. Deterministic."""
    rnd = random.Random(seed)
    venues = _venues(rnd, 600)
    rows: list[EventRow] = []
    truth: dict[str, str] = {}
    next_row = {d: 2 for d in DEPARTMENTS}

    def add(key: str, dept: str, title: str, when, end, all_day: bool, location: str, address: str,
            partners=()) -> None:
        ref = SourceRef(dept, next_row[dept])
        next_row[dept] += 1
        rows.append(EventRow(source=ref, title=title, start=when, end=end, all_day=all_day, department=dept,
                             lead=dept, partners=tuple(partners), location=location, address=address,
                             visibility=Visibility.PUBLIC))
        truth[str(ref)] = key

    k = 0
    for year in range(start.year, start.year + days // 365 + 1):   # National Night Out evenings
        day = date(year, 8, 1) + timedelta(days=(1 - date(year, 8, 1).weekday()) % 7)
        if not start <= day < start + timedelta(days=days):
            continue
        for p in range(100):
            k += 1
            when = datetime.combine(day, time(17), TZ)
            loc, addr = f"{rnd.choice(NAMES)}", f"{rnd.randint(100, 4999)} {rnd.choice(STREETS)}"
            add(f"N{k}", "Police", rnd.choice(["National Night Out", f"National Night Out - {loc} Cookout"]),
                when, when + timedelta(hours=3), False, loc, addr)
            if p % 5 == 0:
                visit = when + timedelta(minutes=rnd.choice([30, 60, 90]))
                add(f"N{k}", "Fire", "NNO", visit, visit + timedelta(minutes=30), False, "", addr.upper())
    while len(rows) < n:
        k += 1
        day = start + timedelta(days=rnd.randrange(days))
        dept = rnd.choice(DEPARTMENTS)
        title = f"{rnd.choice(NAMES)} {rnd.choice(KINDS)}" if rnd.random() < 0.6 else rnd.choice(KINDS)
        location, address = rnd.choice(venues)
        all_day = rnd.random() < 0.08
        if all_day:
            when, end = day, day + timedelta(days=1 if rnd.random() < 0.9 else rnd.randint(2, 6))
        else:
            when = datetime.combine(day, time(rnd.randint(8, 19), rnd.choice([0, 15, 30, 45])), TZ)
            end = when + timedelta(minutes=rnd.choice([60, 90, 120, 180]))
        repeats = rnd.randint(4, 8) if rnd.random() < 0.05 else 1       # a weekly class
        for week in range(repeats):
            shift = timedelta(weeks=week)
            key = f"E{k}w{week}"
            add(key, dept, title, when + shift, end + shift, all_day, location, address)
            r = rnd.random()
            if r < 0.15:                                            # logged by other departments
                for other in rnd.sample([d for d in DEPARTMENTS if d != dept], rnd.choice([1, 1, 1, 2, 5])):
                    late = timedelta(minutes=0 if all_day else rnd.choice([0, 15, 30]))
                    add(key, other, _retype(rnd, title), when + shift + late, end + shift + late, all_day,
                        location if rnd.random() < 0.7 else "", address if rnd.random() < 0.8 else "")
            elif r < 0.17:                                          # typed twice in one tab
                add(key, dept, _retype(rnd, title), when + shift, end + shift, all_day, location, address)
    return rows, truth
