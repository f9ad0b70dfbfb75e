#!/usr/bin/env python3
"""Eastport (America/Los_Angeles) district office -- labelled intake set v52, FY26 (Jul 2025 - Jun 2026).

Eastport is a large city; this is one district office's shared safety-events workbook, typed by
careful office clerks: full formal titles, Event IDs on the Fire and Parks tabs (Parks' are its
special-event permit numbers, the same number on every day of a multi-day permit, as in the NYC
permitted-events file), Lead/Partner columns usually filled. Each department names a shared event
after its own programme ("Open Streets: Bedford Ave" / "Summer Streets Safety Zone" / "Traffic
Safety Booth"). Places follow the NYC permit style (block faces "X between A and B", plazas,
permits spanning several days) and the Bloomington/Durham calendars' programme names.

Writes beside itself: intake.xlsx (six department tabs), truth.csv (tab,row,event_key,valid) and
expected.json (the dedupe-dev2 fields score.py reads, plus public_events, families, debatable).
No randomness: every row is written out below.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from itertools import combinations
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
D = dt.date

TABS = {  # tab name -> department
    "Police": "Police", "Fire": "Fire", "Community Safety": "Community Safety",
    "911 Emergency Communications": "Emergency Communications",
    "Emergency Management": "Emergency Management", "Parks and Recreation": "Parks and Recreation",
}
P, F, CS, EC, EM, PR = TABS.keys()
ALL6 = sorted(set(TABS.values()))
HEAD = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location",
        "Lead Department", "Partner Departments", "Event Type", "Description", "Visibility", "Status"]
ID_TABS = {F: "EFD-{:04d}", PR: "PR-2025-{:04d}"}

EVENTS = []     # dicts: key, family, depts, date, cancelled, internal, rows
FAMILY_NOTES = {}
DEBATABLE = []


def R(tab, title, date, st=None, et=None, loc=None, lead=None, partners=None, typ=None, desc=None,
      end_date=None, vis="Public", status="Scheduled", eid=None, valid=True):
    return dict(tab=tab, title=title, date=date, st=st, et=et, loc=loc,
                lead=lead if lead is not None else TABS[tab], partners=partners, typ=typ,
                desc=desc, end_date=end_date, vis=vis, status=status, eid=eid, valid=valid)


def ev(family, depts, *rows, cancelled=False, internal=False, date=None):
    key = f"E{len(EVENTS) + 1:03d}"
    depts = sorted(set(depts) | {TABS[r["tab"]] for r in rows})
    EVENTS.append(dict(key=key, family=family, depts=depts, rows=list(rows), cancelled=cancelled,
                       internal=internal, date=date or rows[0]["date"]))
    return key


PRD, POL, FIR, CSD, ECD, EMD = ("Parks and Recreation", "Police", "Fire", "Community Safety",
                                "Emergency Communications", "Emergency Management")

# ---------------------------------------------------------------------------------------------
# Joint events logged under each department's own programme name (block faces, closures)
FAMILY_NOTES["open_streets_programme_names"] = (
    "Open Streets days: Parks logs the permit under its programme, Police logs the street closure as "
    "'Summer Streets Safety Zone' with longer closure hours, a partner logs its booth at a corner of "
    "the block face or with the block face written another way (reversed cross streets, 'from A to B')")
ev("open_streets_programme_names", [],
   R(PR, "Open Streets: Bedford Ave", D(2025, 7, 19), "10:00 AM", "4:00 PM",
     "Bedford Ave between 5th St and 9th St", partners="Police; Fire", typ="Festival",
     desc="Car-free Saturday on Bedford Ave: games, music, bike lanes open to all.", eid=412),
   R(P, "Summer Streets Safety Zone", D(2025, 7, 19), "7:00 AM", "6:00 PM",
     "Bedford Avenue between 9th Street and 5th Street", partners="Parks and Recreation",
     typ="Safety Education", desc="Full closure of Bedford Ave for the Open Streets day; barricades 7 AM."),
   R(F, "Traffic Safety Booth", D(2025, 7, 19), "11:00 AM", "2:00 PM", "7th St & Bedford Ave",
     typ="Safety Education", desc="Helmet fittings and pedestrian safety handouts.", eid=2101))
ev("open_streets_programme_names", [],
   R(PR, "Open Streets: Marlow Ave", D(2025, 8, 16), "10:00 AM", "4:00 PM",
     "Marlow Ave between 20th St and 24th St", partners="Police, Community Safety", typ="Festival",
     desc="Second Open Streets Saturday of the summer.", eid=413),
   R(P, "Summer Streets Safety Zone", D(2025, 8, 16), "8:00 AM", "5:00 PM",
     "Marlow Ave btwn 20th & 24th", partners="Parks and Recreation", typ="Safety Education",
     desc="Street closure and traffic posts."),
   R(CS, "Street Outreach Table", D(2025, 8, 16), "12:00 PM", "3:00 PM", "Marlow Ave & 22nd St",
     typ="Community Meeting", desc="Outreach workers with resource guides and cooling kits."))
ev("open_streets_programme_names", [],
   R(PR, "Open Streets: Harbor Blvd", D(2025, 9, 13), "10:00 AM", "4:00 PM",
     "Harbor Blvd between Fremont St and Dock St", partners="Police, Emergency Management",
     typ="Festival", eid=414),
   R(P, "Summer Streets Safety Zone", D(2025, 9, 13), "9:00 AM", "5:00 PM",
     "Harbor Boulevard between Fremont Street and Dock Street", partners="Parks and Recreation",
     typ="Safety Education"),
   R(EM, "Ready Eastport Info Booth", D(2025, 9, 13), "10:00 AM", "4:00 PM",
     "Harbor Blvd (Fremont St to Dock St)", typ="Safety Education",
     desc="Preparedness Month booth: go-kit checklists and alert sign-ups."))
ev("cancelled_joint", [],
   R(PR, "Open Streets: Ocean Ave", D(2025, 9, 27), "10:00 AM", "4:00 PM",
     "Ocean Ave between 30th St and 34th St", partners="Police", typ="Festival", status="Cancelled",
     desc="Cancelled: sponsor withdrew.", eid=415),
   R(P, "CANCELLED - Summer Streets Safety Zone", D(2025, 9, 27), "8:00 AM", "5:00 PM",
     "Ocean Avenue between 30th and 34th", partners="Parks and Recreation", typ="Safety Education",
     status="Cancelled"), cancelled=True)
FAMILY_NOTES["cancelled_joint"] = "a joint Open Streets day both departments cancelled (Status, and a word in the title)"

# Street fair permit: Parks logs each day with the same permit number; Police one range row
FAMILY_NOTES["permit_day_rows_vs_range_row"] = (
    "a multi-day permit logged by Parks one row per day under one permit number (NYC style), by "
    "another department as one row with an End Date, and by a third on one day only")
ev("permit_day_rows_vs_range_row", [],
   R(PR, "Harbor Days Street Fair", D(2025, 8, 22), "11:00 AM", "9:00 PM",
     "Front St between Pier Rd and Dock St", partners="Police, Fire", typ="Festival", eid=430),
   R(PR, "Harbor Days Street Fair", D(2025, 8, 23), "11:00 AM", "9:00 PM",
     "Front St between Pier Rd and Dock St", partners="Police, Fire", typ="Festival", eid=430),
   R(PR, "Harbor Days Street Fair", D(2025, 8, 24), "11:00 AM", "6:00 PM",
     "Front St between Pier Rd and Dock St", partners="Police, Fire", typ="Festival", eid=430),
   R(P, "Harbor Days - Traffic & Crowd Detail", D(2025, 8, 22), "10:00 AM", "10:00 PM",
     "Front Street between Pier Road and Dock Street", partners="Parks and Recreation",
     end_date=D(2025, 8, 24), typ="Festival"),
   R(F, "Harbor Days First Aid Tent", D(2025, 8, 23), "12:00 PM", "8:00 PM", "Front St & Dock St",
     partners="Parks and Recreation", typ="Festival", eid=2130))
ev("permit_day_rows_vs_range_row", [],
   R(PR, "Eastport Harvest Festival", D(2025, 10, 10), "10:00 AM", "6:00 PM",
     "Riverside Park - Great Lawn", partners="Police; Community Safety", end_date=D(2025, 10, 12),
     typ="Festival", eid=440),
   R(P, "Harvest Fest Patrol Detail", D(2025, 10, 10), "9:00 AM", "7:00 PM", "Riverside Park",
     partners="Parks and Recreation", typ="Festival"),
   R(P, "Harvest Fest Patrol Detail", D(2025, 10, 11), "9:00 AM", "7:00 PM", "Riverside Park",
     partners="Parks and Recreation", typ="Festival"),
   R(P, "Harvest Fest Patrol Detail", D(2025, 10, 12), "9:00 AM", "7:00 PM", "Riverside Park",
     partners="Parks and Recreation", typ="Festival"),
   R(CS, "Harvest Festival - Wellness & Resource Tent", D(2025, 10, 11), "11:00 AM", "5:00 PM",
     "Riverside Park Great Lawn", typ="Festival"))

# Overnight events
FAMILY_NOTES["overnight"] = (
    "overnight events: one department's part is logged on the next calendar date (after midnight), "
    "or with End Date, or with an end time before the start time and no End Date")
ev("overnight", [],
   R(PR, "New Year's Eve Waterfront Countdown", D(2025, 12, 31), "8:00 PM", "12:30 AM",
     "Pier 5 Plaza", partners="Police, Fire, 911 Emergency Communications", typ="Festival", eid=470),
   R(P, "NYE Crowd Management Detail", D(2025, 12, 31), "6:00 PM", "2:00 AM", "Pier 5 Plaza / Harbor Blvd",
     partners="Parks and Recreation, Fire", end_date=D(2026, 1, 1), typ="Festival"),
   R(F, "Fireworks Standby - Engine 3", D(2025, 12, 31), "11:00 PM", "12:45 AM", "Pier 5",
     typ="Festival", desc="Engine 3 and Medic 3 posted at the barge-viewing area.", eid=2190),
   R(EC, "911 Mobile Command Unit - NYE", D(2026, 1, 1), "12:00 AM", "2:00 AM", "Pier 5 Plaza",
     typ="Festival", desc="Mobile dispatch unit on site for the countdown crowd, midnight to 2 AM."))
ev("overnight", [],
   R(CS, "Severe Weather Shelter Outreach", D(2026, 1, 14), "9:00 PM", "7:00 AM",
     "Eastside Community Center, 2300 Alder St", partners="Parks and Recreation",
     typ="Community Meeting", desc="Outreach teams bring people in from camps to the warming center."),
   R(PR, "Emergency Warming Center - Eastside CC", D(2026, 1, 14), "8:00 PM", "8:00 AM",
     "Eastside Community Center", end_date=D(2026, 1, 15), partners="Community Safety, Emergency Management",
     typ="Other", eid=480),
   R(EM, "Cold Weather Activation - Warming Site", D(2026, 1, 14), "7:00 PM", "9:00 AM",
     "2300 Alder Street", end_date=D(2026, 1, 15), typ="Other"))
ev("overnight", [],
   R(PR, "Late Night Hoops", D(2025, 7, 25), "9:00 PM", "12:00 AM", "Westgate Rec Center Gym",
     partners="Police", typ="Youth Program", eid=420),
   R(P, "Cops & Hoops - Westgate", D(2025, 7, 25), "10:00 PM", "12:00 AM",
     "Westgate Recreation Center", partners="Parks and Recreation", typ="Youth Program"))

# National Night Out, Tue Aug 5 2025: block parties that must stay apart, drop-bys that join one
FAMILY_NOTES["nno_block_faces"] = (
    "National Night Out parties registered by Police on one evening: neighbouring block faces of one "
    "street, neighbouring house numbers; a partner's drop-by names its party's block face or address")
nno = D(2025, 8, 5)
ev("nno_block_faces", [],
   R(P, "National Night Out - Alder St Block Party", nno, "6:00 PM", "9:00 PM", "1400 block of Alder St",
     typ="National Night Out"),
   R(F, "Engine 12 NNO Visit", nno, "7:00 PM", "7:30 PM", "1400 blk Alder St", typ="National Night Out",
     eid=2120))
ev("nno_block_faces", [],
   R(P, "National Night Out - Alder St Block Party", nno, "6:00 PM", "9:00 PM", "1500 block of Alder St",
     typ="National Night Out"))
ev("nno_block_faces", [],
   R(P, "National Night Out - Maple Ave Neighbors", nno, "5:30 PM", "8:30 PM",
     "Maple Ave between 12th St and 13th St", typ="National Night Out"),
   R(CS, "NNO Peace Table", nno, "6:00 PM", "8:00 PM", "Maple Ave & 12th St", typ="National Night Out",
     desc="Violence-interruption team table at the Maple Ave party."))
ev("nno_block_faces", [],
   R(P, "National Night Out - Maple Ave Neighbors", nno, "5:30 PM", "8:30 PM",
     "Maple Ave between 14th St and 15th St", typ="National Night Out"))
ev("nno_block_faces", [],
   R(P, "National Night Out - Cedar Court", nno, "6:00 PM", "9:00 PM", "415 Cedar Ct",
     typ="National Night Out"))
ev("nno_block_faces", [],
   R(P, "National Night Out - Cedar Court", nno, "6:00 PM", "9:00 PM", "451 Cedar Ct",
     typ="National Night Out"),
   R(EC, "Meet Your 911 Dispatchers - NNO", nno, "6:30 PM", "7:30 PM", "451 Cedar Ct",
     typ="National Night Out"))
ev("nno_block_faces", [],
   R(P, "National Night Out - Oakridge HOA", nno, "6:00 PM", "8:00 PM", "Oakridge Clubhouse, 88 Oakridge Dr",
     typ="National Night Out"))
ev("nno_block_faces", [],
   R(P, "National Night Out - Sunset Terrace Apartments", nno, "6:00 PM", "8:00 PM", "1200 Sunset Terrace",
     typ="National Night Out"))
ev("nno_block_faces", [],
   R(PR, "Night Out at Kenwood Park", nno, "5:00 PM", "8:00 PM", "Kenwood Park Picnic Shelter",
     partners="Police", typ="National Night Out", eid=425))

# Weekly class with one guest visit
FAMILY_NOTES["weekly_class_guest_visit"] = (
    "a Tuesday Senior Tai Chi class (Parks permit IDs per session); Fire logs a falls & fire safety talk "
    "inside one week's class: that week's class is joint")
for i in range(10):
    day = D(2025, 9, 9) + dt.timedelta(weeks=i)
    rows = [R(PR, "Senior Tai Chi", day, "10:00 AM", "11:00 AM", "Harbor View Rec Center - Room B",
              typ="Recreation Program", eid=500 + i)]
    if day == D(2025, 10, 14):
        rows.append(R(F, "Falls & Fire Safety Talk for Seniors", day, "10:15 AM", "10:45 AM",
                      "Harbor View Recreation Center", typ="Safety Education",
                      desc="Remembering When presentation during the Tai Chi class.", eid=2150))
    ev("weekly_class_guest_visit", [], *rows)
FAMILY_NOTES["background_weekly"] = "weekly single-department classes and meetings"
for i in range(6):
    ev("background_weekly", [],
       R(CS, "Healing Circle", D(2026, 1, 8) + dt.timedelta(weeks=i), "6:00 PM", "7:30 PM",
         "Northside Branch Library - Room 2", typ="Community Meeting",
         desc="Peer support circle for families affected by violence."))

# Own-programme names at one place and time (the common joint case)
FAMILY_NOTES["own_programme_names"] = (
    "one joint event each department names after its own programme; same place (written differently) "
    "and overlapping hours")
OWN = [
    [R(P, "Coffee with a Cop - Riverside Park", D(2025, 8, 27), "8:00 AM", "10:00 AM",
       "Riverside Park Pavilion", partners="Parks and Recreation", typ="Community Meeting"),
     R(PR, "Morning Mixer at the Pavilion", D(2025, 8, 27), "8:00 AM", "10:00 AM", "Riverside Park Pavilion",
       typ="Community Meeting", desc="Parks hosts the pavilion and pastries for EPD's coffee morning.", eid=435)],
    [R(F, "Sound the Alarm - Bayview Homes", D(2025, 10, 4), "9:00 AM", "2:00 PM",
       "Bayview Homes, 600 Gull Way", partners="Community Safety", typ="Smoke Alarm Install", eid=2140),
     R(CS, "Home Safety Canvass - Bayview", D(2025, 10, 4), "9:00 AM", "1:00 PM", "600 Gull Way",
       typ="Smoke Alarm Install", desc="Door-to-door with Fire's install crews.")],
    [R(F, "Fire Prevention Week Open House - Station 9", D(2025, 10, 11), "10:00 AM", "2:00 PM",
       "Fire Station 9, 1800 Kenwood Ave", partners="Police, 911 Emergency Communications",
       typ="Open House", eid=2145),
     R(P, "K-9 Unit Demonstration", D(2025, 10, 11), "11:00 AM", "12:00 PM", "Station 9",
       typ="Open House", desc="K-9 demo at Fire's open house."),
     R(EC, "Know When to Call 911 Kiosk", D(2025, 10, 11), "10:00 AM", "2:00 PM", "FS9 - 1800 Kenwood Ave",
       typ="Open House")],
    [R(F, "Hands-Only CPR Class", D(2025, 11, 8), "10:00 AM", "12:00 PM", "Northside Library Community Room",
       partners="Community Safety", typ="CPR Class", eid=2160),
     R(CS, "Bystander Skills Workshop: CPR & Stop the Bleed", D(2025, 11, 8), "10:00 AM", "12:00 PM",
       "Northside Branch Library", typ="CPR Class")],
    [R(PR, "Trunk or Treat", D(2025, 10, 31), "5:00 PM", "8:00 PM", "Westgate Rec Center parking lot",
       partners="Police, Fire", typ="Festival", eid=445),
     R(P, "Halloween Safety Patrol - Trunk or Treat", D(2025, 10, 31), "5:00 PM", "8:00 PM",
       "Westgate Rec Center", partners="Parks and Recreation", typ="Festival"),
     R(F, "Engine 6 Trunk", D(2025, 10, 31), "5:30 PM", "7:30 PM", "Westgate Recreation Center lot",
       typ="Festival", eid=2170)],
    [R(PR, "MLK Day of Service - Park Cleanup", D(2026, 1, 19), "9:00 AM", "12:00 PM", "Kenwood Park",
       partners="Community Safety", typ="Other", eid=485),
     R(CS, "Day of Service: Kenwood Park Beautification", D(2026, 1, 19), "9:00 AM", "12:00 PM",
       "Kenwood Park, 1900 Kenwood Ave", typ="Other")],
    [R(CS, "Community Safety Town Hall - District 3", D(2026, 2, 10), "6:00 PM", "8:00 PM",
       "Northside Library Community Room", partners="Police", typ="Town Hall"),
     R(P, "District 3 Community Meeting", D(2026, 2, 10), "6:00 PM", "8:00 PM", "Northside Branch Library",
       partners="Community Safety", typ="Town Hall")],
    [R(EC, "Telecommunicator Week Open House", D(2026, 4, 14), "4:00 PM", "7:00 PM",
       "Eastport ECC, 410 Civic Way", partners="Emergency Management", typ="Open House"),
     R(EM, "EOC Tours", D(2026, 4, 14), "4:00 PM", "7:00 PM", "410 Civic Way", typ="Open House",
       desc="Emergency Operations Center tours during National Public Safety Telecommunicators Week.")],
    [R(PR, "Earth Day Creek Cleanup", D(2026, 4, 18), "9:00 AM", "12:00 PM", "Mill Creek Trailhead, Creekside Dr",
       partners="Community Safety", typ="Other", eid=520),
     R(CS, "Green Block Cleanup - Mill Creek", D(2026, 4, 18), "9:00 AM", "12:00 PM", "Mill Creek Trail",
       typ="Other")],
    [R(P, "Bike Rodeo", D(2026, 5, 9), "10:00 AM", "1:00 PM", "Westgate Rec Center", partners="Parks and Recreation",
       typ="Youth Program"),
     R(PR, "Learn to Ride Day", D(2026, 5, 9), "10:00 AM", "1:00 PM", "Westgate Recreation Center",
       typ="Youth Program", eid=530)],
    [R(PR, "Summer Kickoff at Lakeshore Beach", D(2026, 6, 13), "11:00 AM", "4:00 PM", "Lakeshore Beach",
       partners="Fire, Emergency Management", typ="Festival", eid=540),
     R(F, "Water Safety Station", D(2026, 6, 13), "11:00 AM", "3:00 PM", "Lakeshore Beach lifeguard tower",
       typ="Safety Education", eid=2260),
     R(EM, "Heat Safety Info Booth", D(2026, 6, 13), "12:00 PM", "4:00 PM", "Lakeshore Beach",
       typ="Safety Education")],
    [R(PR, "Juneteenth Freedom Festival", D(2026, 6, 19), "12:00 PM", "6:00 PM", "Civic Plaza",
       partners="Police", typ="Festival", eid=545),
     R(P, "Juneteenth Festival - Street Closure Detail", D(2026, 6, 19), "9:00 AM", "8:00 PM",
       "Civic Plaza / 3rd Ave between Main St and Oak St", partners="Parks and Recreation", typ="Festival")],
    [R(EM, "CERT Basic Training - Weekend Academy", D(2026, 3, 7), "8:00 AM", "5:00 PM",
       "Fire Training Center, 3100 Port Rd", partners="Fire", end_date=D(2026, 3, 8), typ="Safety Education"),
     R(F, "CERT Academy - Day 1", D(2026, 3, 7), "8:00 AM", "5:00 PM", "EFD Training Center",
       partners="Emergency Management", typ="Safety Education", eid=2220),
     R(F, "CERT Academy - Day 2", D(2026, 3, 8), "8:00 AM", "5:00 PM", "EFD Training Center",
       partners="Emergency Management", typ="Safety Education", eid=2221)],
    [R(PR, "Jazz at the Bandshell", D(2025, 8, 2), "6:00 PM", "8:00 PM", "Riverside Park: Bandshell Plaza",
       partners="Police", typ="Recreation Program", eid=426),
     R(P, "Park Patrol - Bandshell Concert", D(2025, 8, 2), "5:30 PM", "8:30 PM", "Riverside Park Bandshell",
       partners="Parks and Recreation", typ="Recreation Program")],
]
for rows in OWN:
    ev("own_programme_names", [], *rows)

# Paired collection drives: Police "Fill the Cruiser", Fire "Fill the Fire Truck", one mall, one morning
FAMILY_NOTES["paired_collection_drive"] = (
    "Police and Fire each log their own toy-drive vehicle at the same mall entrance at the same hours; "
    "staff call it one 'Fill the Cruiser & Fire Truck' drive (debatable)")
ev("paired_collection_drive", [],
   R(P, "Holiday Toy Drive - Fill the Cruiser", D(2025, 12, 13), "10:00 AM", "2:00 PM",
     "Eastport Mall, north entrance", partners="Fire", typ="Other",
     desc="Annual drive with Fire; unwrapped toys for Eastside families."),
   R(F, "Fill the Fire Truck", D(2025, 12, 13), "10:00 AM", "2:00 PM", "Eastport Mall", typ="Other",
     desc="Truck 4 parked beside the police cruiser at the north doors.", eid=2185))
DEBATABLE.append({"event": "paired_collection_drive", "note": "Fill the Cruiser / Fill the Fire Truck at one mall "
                  "entrance: labelled one joint drive (each row names the other); a reader may call them two drives."})

# Single-row joint events (partner column)
FAMILY_NOTES["partner_column_single_row"] = "one row, the partner named in Partner Departments"
SINGLE_JOINT = [
    R(F, "Junior Fire Marshal Camp", D(2025, 7, 14), "9:00 AM", "3:00 PM", "Harbor View Rec Center",
      partners="Parks and Recreation", end_date=D(2025, 7, 17), typ="Youth Program", eid=2105),
    R(P, "Youth Police Academy Graduation", D(2025, 7, 31), "6:00 PM", "7:30 PM", "Eastport City Hall Council Chambers",
      partners="Parks and Recreation", typ="Youth Program"),
    R(CS, "Peace Walk - Eastside", D(2025, 9, 26), "6:00 PM", "7:30 PM", "Eastside Community Center",
      partners="Police, Parks and Recreation", typ="Community Meeting"),
    R(EM, "Great ShakeOut Earthquake Preparedness Workshop", D(2025, 10, 16), "6:00 PM", "7:30 PM",
      "Northside Branch Library", partners="Fire", typ="Safety Education"),
    R(PR, "Winter Lights Parade", D(2025, 12, 6), "5:00 PM", "7:00 PM", "Main St between 1st Ave and 6th Ave",
      partners="Police; Fire", typ="Festival", eid=465),
    R(P, "Coffee with a Cop - Bayview", D(2026, 2, 25), "8:00 AM", "9:30 AM", "Bayview Cafe, 710 Gull Way",
      typ="Community Meeting", desc="Community Safety crisis responders will join us at the cafe."),
    R(EC, "Text-to-911 Information Session", D(2026, 3, 19), "5:30 PM", "6:30 PM", "Eastside Community Center",
      partners="Community Safety", typ="Safety Education"),
    R(CS, "Reentry Resource Fair", D(2026, 3, 26), "10:00 AM", "2:00 PM", "Northside Branch Library",
      partners="Police, Parks and Recreation", typ="Community Meeting"),
    R(PR, "Spring Egg Hunt", D(2026, 4, 4), "10:00 AM", "12:00 PM", "Kenwood Park",
      partners="Fire (Engine 6)", typ="Recreation Program", eid=515),
    R(F, "Wildfire Evacuation Drill - Hillcrest", D(2026, 5, 16), "9:00 AM", "12:00 PM",
      "Hillcrest Elementary School, 55 Ridge Rd", partners="Police, Emergency Management, 911 Emergency Communications",
      typ="Safety Education", eid=2250),
]
for r in SINGLE_JOINT:
    ev("partner_column_single_row", [], r)
# depts for single-row joints come from their partner cells
for e in EVENTS:
    if e["family"] == "partner_column_single_row":
        r = e["rows"][0]
        extra = {"Police": POL, "Fire": FIR, "Parks and Recreation": PRD, "Emergency Management": EMD,
                 "911 Emergency Communications": ECD, "Community Safety": CSD}
        for k, v in extra.items():
            if k in (r["partners"] or "") or (k == "Community Safety" and "Community Safety" in (r["desc"] or "")):
                e["depts"] = sorted(set(e["depts"]) | {v})
# the Kenwood NNO single row also has a partner
for e in EVENTS:
    if e["rows"][0]["title"] == "Night Out at Kenwood Park":
        e["depts"] = sorted(set(e["depts"]) | {POL})

# All-department events
FAMILY_NOTES["all_department"] = (
    "all six departments: the Preparedness Fair logged by all six tabs under six programme names; the "
    "Harbor Safety Day logged by Emergency Management with 'All departments' plus two partner rows")
ev("all_department", ALL6,
   R(PR, "Fall Family Safety Fair", D(2025, 9, 20), "10:00 AM", "3:00 PM", "Eastport Civic Center, 100 Civic Way",
     partners="All departments", typ="Festival", eid=438),
   R(P, "Public Safety Expo - Civic Center", D(2025, 9, 20), "10:00 AM", "3:00 PM", "Eastport Civic Center",
     partners="Parks and Recreation", typ="Safety Education"),
   R(F, "Fire Safety Demo Area - Safety Fair", D(2025, 9, 20), "10:00 AM", "3:00 PM", "100 Civic Way",
     typ="Safety Education", eid=2135),
   R(CS, "Community Resource Booth", D(2025, 9, 20), "10:00 AM", "3:00 PM", "Civic Center Plaza",
     typ="Community Meeting", desc="Resource booth at the Fall Family Safety Fair."),
   R(EC, "Know When to Call 911 Kiosk", D(2025, 9, 20), "11:00 AM", "2:00 PM", "Eastport Civic Center",
     typ="Safety Education"),
   R(EM, "Preparedness Month Go-Kit Station", D(2025, 9, 20), "10:00 AM", "3:00 PM", "Civic Center, 100 Civic Way",
     typ="Safety Education"))
ev("all_department", ALL6,
   R(EM, "Harbor Safety Day", D(2026, 4, 25), "10:00 AM", "2:00 PM", "Pier 5 Plaza",
     partners="All departments", typ="Safety Education",
     desc="Tsunami evacuation walk, boat safety checks, 911 and CERT booths."),
   R(F, "Boat & Water Safety Checks - Harbor Safety Day", D(2026, 4, 25), "10:00 AM", "2:00 PM", "Pier 5",
     typ="Safety Education", eid=2240),
   R(PR, "Harbor Safety Day", D(2026, 4, 25), "10:00 AM", "2:00 PM", "Pier 5 Plaza", typ="Safety Education", eid=525))

# Same plaza, same day, different events
FAMILY_NOTES["same_plaza_same_day_different"] = (
    "different events at one plaza on one day (different hours or rooms, different departments): stay apart")
ev("same_plaza_same_day_different", [],
   R(P, "Coffee with a Cop - Civic Plaza", D(2025, 7, 24), "8:00 AM", "10:00 AM", "Civic Plaza", typ="Community Meeting"))
ev("same_plaza_same_day_different", [],
   R(PR, "Lunchtime Concert: Eastport Brass Band", D(2025, 7, 24), "12:00 PM", "1:00 PM", "Civic Plaza",
     typ="Recreation Program", eid=421))
ev("same_plaza_same_day_different", [],
   R(CS, "Civic Plaza Resource Table", D(2025, 7, 24), "3:00 PM", "5:00 PM", "Civic Plaza", typ="Community Meeting"))
ev("same_plaza_same_day_different", [],
   R(CS, "Summer Youth Soccer Clinic", D(2025, 8, 2), "9:00 AM", "11:00 AM", "Riverside Park: North Lawn",
     typ="Youth Program"))
ev("same_plaza_same_day_different", [],
   R(F, "Hands-Only CPR Pop-Up", D(2025, 9, 13), "11:00 AM", "1:00 PM", "Grand Plaza", typ="CPR Class", eid=2132))
ev("same_plaza_same_day_different", [],
   R(PR, "Salsa Night on Grand Plaza", D(2025, 9, 13), "6:00 PM", "9:00 PM", "Grand Plaza", typ="Recreation Program",
     eid=437))
ev("same_plaza_same_day_different", [],
   R(F, "Family Fire Safety Night", D(2025, 10, 3), "5:00 PM", "7:00 PM", "Grand Plaza", typ="Safety Education",
     desc="Kitchen fire demo and escape-plan coloring for kids.", eid=2138))
ev("same_plaza_same_day_different", [],
   R(PR, "Movie Night on the Plaza", D(2025, 10, 3), "7:30 PM", "10:00 PM", "Grand Plaza",
     typ="Recreation Program", desc="Family movie night: Coco.", eid=442))
ev("same_plaza_same_day_different", [],
   R(PR, "Movie Night at Lincoln Plaza", D(2026, 6, 6), "7:30 PM", "10:00 PM", "Lincoln Plaza",
     typ="Recreation Program", eid=542))
ev("same_plaza_same_day_different", [],
   R(CS, "Community Listening Session - Lincoln Plaza", D(2026, 6, 6), "6:30 PM", "8:30 PM",
     "Lincoln Plaza Library - Meeting Room", typ="Community Meeting",
     desc="Listening session on the district's violence-reduction plan."))

# Block parties on one evening on one street, adjacent block faces: stay apart
FAMILY_NOTES["adjacent_block_faces"] = (
    "Parks block-party permits on one evening for adjacent block faces of one street sharing a cross street, "
    "same title: stay apart")
ev("adjacent_block_faces", [],
   R(PR, "Block Party - Alder St", D(2025, 7, 12), "3:00 PM", "9:00 PM", "Alder St between 10th St and 11th St",
     typ="Recreation Program", desc="Alder 10-11 Block Association.", eid=410))
ev("adjacent_block_faces", [],
   R(PR, "Block Party - Alder St", D(2025, 7, 12), "3:00 PM", "9:00 PM", "Alder St between 11th St and 12th St",
     typ="Recreation Program", desc="Upper Alder Neighbors.", eid=411))
ev("adjacent_block_faces", [],
   R(PR, "Block Party - Linden Ave", D(2025, 7, 12), "4:00 PM", "9:00 PM", "Linden Ave between 3rd St and 4th St",
     typ="Recreation Program", eid=409))

# Background single-department events
FAMILY_NOTES["background"] = "single-department events (public, internal, cancelled)"
BG = [
    R(P, "Neighborhood Watch Captains Meeting", D(2025, 7, 9), "6:30 PM", "8:00 PM", "Police Precinct 2 Community Room",
      typ="Community Meeting"),
    R(P, "Neighborhood Watch Captains Meeting", D(2025, 10, 8), "6:30 PM", "8:00 PM", "Police Precinct 2 Community Room",
      typ="Community Meeting"),
    R(P, "Neighborhood Watch Captains Meeting", D(2026, 1, 14), "6:30 PM", "8:00 PM", "Police Precinct 2 Community Room",
      typ="Community Meeting"),
    R(P, "Neighborhood Watch Captains Meeting", D(2026, 4, 8), "6:30 PM", "8:00 PM", "Police Precinct 2 Community Room",
      typ="Community Meeting"),
    R(P, "Prescription Drug Take Back Day", D(2025, 10, 25), "10:00 AM", "2:00 PM", "Police Precinct 2 lobby",
      typ="Other"),
    R(P, "Prescription Drug Take Back Day", D(2026, 4, 25), "10:00 AM", "2:00 PM", "Police Precinct 2 lobby",
      typ="Other"),
    R(P, "Harbor Days Detail Briefing", D(2025, 8, 21), "2:00 PM", "3:00 PM", "Police Precinct 2 Roll Call Room",
      typ="Other", vis="Internal"),
    R(F, "Station 4 Open House", D(2025, 8, 9), "11:00 AM", "2:00 PM", "Fire Station 4, 220 Lake St", typ="Open House",
      eid=2125),
    R(F, "Smoke Alarm Blitz - Northside", D(2026, 2, 21), "9:00 AM", "1:00 PM", "Northside neighborhood (meet at Station 7)",
      typ="Smoke Alarm Install", eid=2210),
    R(F, "Company Officer Development Day", D(2026, 3, 12), "8:00 AM", "4:00 PM", "EFD Training Center",
      typ="Other", vis="Internal", eid=2225),
    R(CS, "Crisis Response Team Quarterly Debrief", D(2025, 11, 20), "1:00 PM", "3:00 PM", "OCS Office, 2nd Floor",
      typ="Other", vis="Internal"),
    R(CS, "Youth Ambassadors Kickoff", D(2025, 9, 4), "4:00 PM", "6:00 PM", "Eastside Community Center",
      typ="Youth Program"),
    R(EC, "Dispatcher Academy Orientation", D(2025, 11, 3), "8:00 AM", "12:00 PM", "Eastport ECC Training Room",
      typ="Other", vis="Internal"),
    R(EC, "911 Center Tour for Scouts", D(2026, 2, 7), "10:00 AM", "11:00 AM", "Eastport ECC, 410 Civic Way",
      typ="Youth Program"),
    R(EM, "EOC Functional Exercise - Atmospheric River", D(2025, 11, 18), "8:00 AM", "12:00 PM",
      "Emergency Operations Center", typ="Other", vis="Internal"),
    R(EM, "EOC Functional Exercise - Earthquake", D(2026, 5, 19), "8:00 AM", "12:00 PM",
      "Emergency Operations Center", typ="Other", vis="Internal"),
    R(EM, "Community Preparedness Class: Build a Kit", D(2026, 2, 19), "6:00 PM", "7:30 PM", "Lincoln Plaza Library",
      typ="Safety Education"),
    R(PR, "Pickleball Open Play", D(2025, 7, 8), "9:00 AM", "11:00 AM", "Westgate Rec Center Courts",
      typ="Recreation Program", eid=405),
    R(PR, "Pickleball Open Play", D(2025, 8, 12), "9:00 AM", "11:00 AM", "Westgate Rec Center Courts",
      typ="Recreation Program", eid=428),
    R(PR, "Outdoor Movie - Kenwood Park", D(2025, 8, 29), "8:00 PM", "10:00 PM", "Kenwood Park",
      typ="Recreation Program", status="Cancelled", desc="Cancelled - smoke advisory.", eid=436),
    R(P, "Coffee with a Cop - Northside", D(2025, 11, 19), "8:00 AM", "10:00 AM", "Northside Cafe, 45 Pine St",
      typ="Community Meeting", status="Cancelled"),
    R(PR, "Holiday Tree Lighting", D(2025, 12, 5), "5:30 PM", "7:00 PM", "Civic Plaza", typ="Festival", eid=462),
    R(PR, "Spring Break Day Camp", D(2026, 3, 30), "8:00 AM", "5:00 PM", "Harbor View Rec Center",
      end_date=D(2026, 4, 3), typ="Youth Program", eid=512),
    R(CS, "Safe Passage Volunteer Orientation", D(2025, 8, 20), "5:30 PM", "7:00 PM", "Eastside Community Center",
      typ="Community Meeting"),
    R(F, "Station 9 Pancake Breakfast", D(2026, 5, 30), "8:00 AM", "11:00 AM", "Fire Station 9, 1800 Kenwood Ave",
      typ="Other", eid=2255),
]
for r in BG:
    key = ev("background", [], r, cancelled=(r["status"] == "Cancelled"), internal=(r["vis"] == "Internal"))

# Invalid rows (valid=no)
INVALID = [
    R(P, None, D(2025, 9, 10), "6:00 PM", "7:00 PM", "Police Precinct 2 Community Room", typ="Community Meeting",
      valid=False),
    R(F, "Station 2 Tour for Cub Scouts", None, "10:00 AM", "11:00 AM", "Fire Station 2", typ="Youth Program",
      eid=2199, valid=False),
    R(PR, "Lantern Walk", D(2025, 11, 15), "5:00 PM", "3:00 PM", "Riverside Park", typ="Recreation Program",
      eid=450, valid=False),
]

# ---------------------------------------------------------------------------------------------
def main():
    tabs = {t: [] for t in TABS}
    for e in EVENTS:
        for r in e["rows"]:
            r["key"] = e["key"]
            tabs[r["tab"]].append(r)
    for r in INVALID:
        r["key"] = ""
        tabs[r["tab"]].append(r)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth = []
    label = {}
    for t, rows in tabs.items():
        rows.sort(key=lambda r: (r["date"] or D(2025, 9, 10), r["st"] or ""))
        ws = wb.create_sheet(t)
        ws.append(HEAD)
        for i, r in enumerate(rows, start=2):
            eid = ID_TABS[t].format(r["eid"]) if t in ID_TABS and r["eid"] is not None else None
            ws.append([eid, r["title"], r["date"], r["st"], r["end_date"], r["et"], r["loc"], r["lead"],
                       r["partners"], r["typ"], r["desc"], r["vis"], r["status"]])
            if r["date"]:
                ws.cell(i, 3).number_format = "m/d/yyyy"
            if r["end_date"]:
                ws.cell(i, 5).number_format = "m/d/yyyy"
            truth.append({"tab": t, "row": i, "event_key": r["key"] or f"INVALID-{t}-{i}",
                          "valid": "yes" if r["valid"] else "no"})
            label[id(r)] = f"{t}!{i}"
        for col, w in zip("ABCDEFGHIJKLM", [11, 44, 12, 10, 12, 10, 44, 22, 30, 18, 50, 10, 11]):
            ws.column_dimensions[col].width = w
    wb.save(HERE / "intake.xlsx")
    with open(HERE / "truth.csv", "w", newline="") as f:
        w = csv.DictWriter(f, ["tab", "row", "event_key", "valid"])
        w.writeheader()
        w.writerows(truth)

    def month(d):
        return f"{d.year}-{d.month:02d}"

    def quarter(d):
        fy = d.year + 1 if d.month >= 7 else d.year
        q = (d.month - 7) % 12 // 3 + 1
        return f"FY{fy % 100:02d}-Q{q}"
    months = {f"{y}-{m:02d}": {"events": 0, "joint_events": 0}
              for y, m in [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 7)]}
    quarters = {f"FY26-Q{q}": {"events": 0, "joint_events": 0, "all_department_events": 0} for q in range(1, 5)}
    joint_keys = {}
    for e in EVENTS:
        is_joint = len(e["depts"]) >= 2 and not e["internal"]
        if is_joint:
            joint_keys[e["key"]] = e["depts"]
        if e["cancelled"]:
            continue
        m, q = months[month(e["date"])], quarters[quarter(e["date"])]
        m["events"] += 1
        q["events"] += 1
        if is_joint:
            m["joint_events"] += 1
            q["joint_events"] += 1
        if set(e["depts"]) >= set(ALL6):
            q["all_department_events"] += 1
    pairs = []
    fams = {}
    for e in EVENTS:
        labs = [label[id(r)] for r in e["rows"]]
        pairs += [list(p) for p in combinations(sorted(labs), 2)]
        f = fams.setdefault(e["family"], {"note": FAMILY_NOTES.get(e["family"], ""), "events": 0, "rows": 0,
                                          "pairs": 0, "joint_events": 0, "event_keys": []})
        f["events"] += 1
        f["rows"] += len(labs)
        f["pairs"] += len(labs) * (len(labs) - 1) // 2
        f["joint_events"] += e["key"] in joint_keys
        f["event_keys"].append(e["key"])
    internal = [e for e in EVENTS if e["internal"]]
    DEB = DEBATABLE + [
        {"event": "overnight (NYE)", "note": "911's mobile command row is dated 1/1/2026 00:00-02:00; labelled part "
         "of the 12/31 countdown (month 2025-12)."},
        {"event": "overnight (warming center)", "note": "three rows with three different opening hours (7 PM, 8 PM, "
         "9 PM) for one warming-center night: labelled one event."},
        {"event": "permit_day_rows_vs_range_row", "note": "Parks' three day rows of one permit and Police's range row "
         "labelled ONE event (dev2 convention); a reader counting each day would see three."},
        {"event": "Coffee with a Cop - Bayview", "note": "joint only through the description ('Community Safety crisis "
         "responders will join us')."},
        {"event": "Harbor Safety Day", "note": "all six only through 'All departments' in EM's Partner cell; "
         "Police, 911 and Community Safety typed no row."},
        {"event": "Junior Fire Marshal Camp / Spring Break Day Camp", "note": "multi-day single rows counted once, "
         "in their start month."},
        {"event": "adjacent_block_faces", "note": "Alder St 10th-11th and 11th-12th share the 11th St corner; labelled "
         "two parties (two block associations)."},
    ]
    exp = {
        "flavour": "v52-eastport", "city": "Eastport", "timezone": "America/Los_Angeles",
        "rows": len(truth), "calendar_events": 0, "calendar_rows": 0, "assistance_offer_rows": 0,
        "invalid_rows": len(INVALID),
        "events": len(EVENTS), "joint_events": len(joint_keys),
        "public_events": sum(1 for e in EVENTS if not e["internal"]),
        "cancelled_events": sum(1 for e in EVENTS if e["cancelled"]),
        "internal_titles": sorted(e["rows"][0]["title"] for e in internal),
        "internal_markers": [],
        "months": months, "fiscal_quarters": quarters,
        "duplicate_pairs": pairs, "calendar_sources": [],
        "labels": {label[id(r)]: e["key"] for e in EVENTS for r in e["rows"]},
        "event_departments": joint_keys,
        "event_family": {e["key"]: e["family"] for e in EVENTS},
        "families": fams, "debatable": DEB,
    }
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, default=str))
    print(f"{len(truth)} rows, {len(EVENTS)} events, {len(joint_keys)} joint, "
          f"{sum(1 for e in EVENTS if set(e['depts']) >= set(ALL6))} all-department")


if __name__ == "__main__":
    main()
