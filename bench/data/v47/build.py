#!/usr/bin/env python3
"""Marlow Heights (invented mid-sized city, America/New_York, FY26 = July 2025 - June 2026).

Writes intake.xlsx (six department tabs typed the way Marlow Heights staff type: terse,
abbreviation-heavy), truth.csv (Tab!row -> true event key, valid yes/no) and expected.json
(events, joint events, months, fiscal quarters, event_departments, families) in the format of
shared/dedupe-dev2. Places, titles and habits are drawn from shared/realdata: Pittsburgh's
National Night Out registrations (block parties, "3200 Block Mary Street", "201 Chalfont, 15210",
"**CANCELLED**"), King County sheriff community events (precinct picnics, "12th Avenue between
Pike and Pine", Delridge Community Center) and NYC permitted events ("Park: Area" places).
The set holds: background single-department events (weekly classes, internal, cancelled, NNO
block parties on one evening at neighbouring addresses), about 45 joint events logged one row per
department, two all-department events, invalid rows, and the tester's own hard cases.
No randomness: every row is written out by hand.
"""
import csv
import os
from pathlib import Path
os.chdir(Path(__file__).resolve().parent)    # (writes its files beside itself)
import datetime as dt
import json
from collections import defaultdict

import openpyxl

TABS = ["Police", "Fire", "Community Safety", "911 Emergency Communications",
        "Emergency Management", "Parks and Recreation"]
DEPT = {"Police": "Police", "Fire": "Fire", "Community Safety": "Community Safety",
        "911 Emergency Communications": "Emergency Communications",
        "Emergency Management": "Emergency Management", "Parks and Recreation": "Parks and Recreation"}
STD = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
       "Lead Department", "Partner Departments", "Event Type", "Description", "Visibility", "Status",
       "Internal Notes"]
# the 911 tab was set up by its own staff with other header names (all in column_aliases)
ALT = {"Title": "Event Name", "Start Date": "Date", "Start Time": "Time", "End Time": "End Time",
       "Location": "Venue", "Lead Department": "Dept", "Partner Departments": "Partners",
       "Event Type": "Category", "Internal Notes": "Staff Notes"}
KEYS = dict(id="Event ID", t="Title", d="Start Date", st="Start Time", ed="End Date", et="End Time",
            loc="Location", addr="Address", lead="Lead Department", part="Partner Departments",
            typ="Event Type", desc="Description", vis="Visibility", status="Status", notes="Internal Notes")

rows = defaultdict(list)          # tab -> list of dicts
truth = []                        # (tab, row, key, valid)
events = {}                       # key -> dict(family, depts, date, cancelled, internal)
FAMNOTE = {}


def fam(name, note):
    FAMNOTE[name] = note


def ev(key, family, date, depts, parts, cancelled=False, internal=False):
    """parts: list of (tab, fields). date: the true (local) start date of the event."""
    events[key] = dict(family=family, date=date, depts=sorted(set(depts)), cancelled=cancelled,
                       internal=internal)
    for tab, f in parts:
        rows[tab].append({KEYS[k]: v for k, v in f.items()})
        truth.append((tab, len(rows[tab]) + 1, key, "yes"))


def bad(tab, f):
    rows[tab].append({KEYS[k]: v for k, v in f.items()})
    truth.append((tab, len(rows[tab]) + 1, "INVALID", "no"))


P, F, CS, E9, EM, PR = TABS
D = dt.date

# ---------------------------------------------------------------- all-department
fam("all_department", "every department takes part; each logs its own part under its own title")
ev("M001", "all_department", D(2025, 8, 5), [DEPT[t] for t in TABS], [
    (P, dict(t="National Night Out Kickoff", d="8/5/2025", st="5pm", et="8pm", loc="Marlow Plaza",
             addr="100 Market Sq", lead="MHPD", part="Parks", typ="National Night Out", vis="Public",
             desc="Citywide NNO kickoff. Chief's welcome 5:15. Games, carousel, crime prevention table.")),
    (F, dict(t="Engine 7 @ NNO kickoff", d="8/5/2025", st="5:30 PM", et="7:30 PM", loc="Marlow Plz",
             lead="Fire", typ="National Night Out", vis="Public", desc="E7 crew, touch a truck")),
    (CS, dict(t="HEART info table - NNO", d="Aug 5, 2025", st="5pm", et="8pm", loc="100 Market Square",
              lead="Community Safety", typ="National Night Out", vis="Public")),
    (E9, dict(t="Dispatch kiosk - Natl Night Out kickoff", d="8/5/2025", st="1700", et="2000",
              loc="Marlow Plaza", lead="911", typ="National Night Out", vis="Public")),
    (EM, dict(t="CERT preparedness table @ NNO", d="8/5/2025", st="5-8p", loc="Marlow Plaza (Market Sq)",
              lead="OEM", typ="National Night Out", vis="Public", desc="Go-kits giveaway while supplies last")),
    (PR, dict(t="NNO Kickoff - bounce house & games", d="8/5/2025", st="4:30 PM", et="8:30 PM",
              loc="Marlow Plaza", lead="Parks & Rec", typ="National Night Out", vis="Public",
              notes="Load in 3:30, 2 staff + bounce house vendor")),
])
ev("M002", "all_department", D(2026, 4, 18), [DEPT[t] for t in TABS], [
    (F, dict(id="MHFD-26-041", t="Public Safety Day 2026", d="4/18/2026", st="10am", et="2pm",
             loc="Bud Hammer Field", addr="Bigelow & Bristol", lead="Fire",
             part="MHPD, Parks, OEM, Community Safety", typ="Safety Education", vis="Public",
             desc="Annual public safety day. Dispatchers will run a when-to-call-911 booth.")),
    (PR, dict(t="Public Safety Day @ Hammer Fld", d="4/18/2026", loc="Hammer Field, Bristol/Bigelow",
              lead="Parks", typ="Safety Education", vis="Public", desc="All day - field reserved")),
    (E9, dict(t="PS Day - dispatch trailer", d="Sat 4/18/2026", st="9:30 AM", et="2 PM",
              loc="Bigelow and Bristol", lead="911", typ="Safety Education", vis="Public")),
])

# ---------------------------------------------------------------- NNO block parties (Police tab), drop-bys
fam("nno_parties", "block parties on NNO evening at different (some neighbouring) addresses; stay apart")
fam("nno_dropby", "a unit's drop-by at one block party, logged with the address or the neighbourhood")
nno = [
    ("M010", "Arlington NNO", "2319 Arlington Ave", "6 PM - 8 PM"),
    ("M011", "Arlington Ave NNO (lower)", "2391 Arlington Ave", "6 PM - 8 PM"),
    ("M012", "N Euclid Block Party", "312 N Euclid Ave", "5:30 - 8 PM"),
    ("M013", "S Euclid block party", "312 S Euclid Ave", "6 PM - 9 PM"),
    ("M014", "Park Place NNO", "7720 Abbott St", "5 PM - 8 PM"),
    ("M015", "Holla NNO", "3200 Block Mary Street, in the Holla", "6 PM - 9:30 PM"),
    ("M016", "Southside Flats NNO", "49 S. 22nd ST, 15203", "6 PM - 8 PM"),
    ("M017", "Shadyside Ln Cul-de-sac NNO", "2 Shadyside Lane", "6 PM - 8:30 PM"),
    ("M018", "Elliott NNO", "Lorenz Ave (from Chartiers to Lakewood)", "5 PM - 8 PM"),
    ("M019", "Saving Our Streets NNO **CANCELLED**", "201 Chalfont, 15210", "12 PM - 7 PM"),
]
dropby = {
    "M010": (F, dict(t="Engine 3 drop-by", d="8/5/2025", st="6:30pm", et="7pm", loc="2319 Arlington Avenue",
                     lead="Fire", typ="National Night Out", vis="Public")),
    "M014": (F, dict(t="Ladder 5 visit - Park Place", d="8/5/2025", st="7:15 PM", et="7:45 PM",
                     loc="Abbott St", lead="Fire", typ="National Night Out", vis="Public")),
    "M015": (CS, dict(t="Care navigators @ Holla NNO", d="8/5/2025", st="7pm", et="8pm", loc="3200 blk Mary St",
                      lead="Community Safety", typ="National Night Out", vis="Public")),
}
for key, title, loc, tm in nno:
    a, b = [x.strip() for x in tm.replace("PM", "pm").split(" - ")]
    if not a.endswith("pm"):
        a += "pm"
    parts = [(P, dict(t=title, d="8/5/2025", st=a, et=b, loc=loc, lead="Police", typ="National Night Out",
                      vis="Public", notes="registered via NNO form"))]
    depts = ["Police"]
    if key in dropby:
        parts.append(dropby[key])
        depts.append(DEPT[dropby[key][0]])
    ev(key, "nno_dropby" if key in dropby else "nno_parties", D(2025, 8, 5), depts, parts,
       cancelled=(key == "M019"))

# ---------------------------------------------------------------- joint: different titles, places, times
fam("joint_typed_differently", "one row per department: abbreviations, unit names, a part's own name, "
    "times shifted or typed oddly, place as venue / address / room / corner")
J = "joint_typed_differently"
ev("M020", J, D(2025, 7, 12), ["Parks and Recreation", "Fire"], [
    (PR, dict(t="Concerts in the Park - Riverview", d="7/12/2025", st="7pm", et="9pm",
              loc="Riverview Park: Great Lawn", lead="Parks", typ="Festival", vis="Public")),
    (F, dict(t="CPR tent at Riverview concert", d="7/12/2025", st="6:45 PM", et="9 PM", loc="Riverview Pk",
             lead="MHFD", typ="CPR Class", vis="Public", desc="Hands-only CPR demos every 30 min")),
])
ev("M021", J, D(2025, 7, 19), ["Police", "Parks and Recreation"], [
    (P, dict(t="Southwest Precinct Community Picnic", d="7/19/2025", st="noon", et="4pm",
             loc="Delridge Community Center", addr="4501 Delridge Way SW", lead="Police", typ="Festival",
             vis="Public")),
    (PR, dict(t="SW Precinct Picnic", d="7/19/2025", st="11:30am", et="4pm", loc="4501 Delridge Way SW",
              lead="Parks", typ="Festival", vis="Public", desc="rec ctr staff run games")),
])
ev("M022", J, D(2025, 7, 26), ["Fire", "Community Safety"], [
    (F, dict(t="Smoke alarm canvass - Greenfield", d="7/26/2025", st="9am", et="1pm",
             loc="Greenfield Rec Center", addr="49 S 22nd St", lead="Fire", typ="Smoke Alarm Install",
             vis="Public")),
    (CS, dict(t="Smoke det. installs w/ FD", d="7/26/2025", st="9:30 AM", et="12:30 PM",
              loc="Greenfield Rec Ctr", lead="MHCS", typ="Smoke Alarm Install", vis="Public",
              desc="door to door, Greenfield")),
])
ev("M023", J, D(2025, 8, 16), ["Police", "Parks and Recreation"], [
    (P, dict(t="Back to School Bash", d="8/16/2025", st="11am", et="2pm", loc="Ridgewood Elementary",
             addr="18030 162nd Pl SE", lead="Police", part="Parks", typ="Youth Program", vis="Public",
             desc="Fill That Bus school supply drive")),
    (PR, dict(t="Back-to-School Bash (supply giveaway)", d="8/16/2025", st="10:30am", et="2pm",
              loc="18030 162nd Pl. SE", lead="Parks", typ="Youth Program", vis="Public")),
])
ev("M024", J, D(2025, 8, 23), ["Fire", "Emergency Communications"], [
    (F, dict(t="Station 3 Open House", d="8/23/2025", st="10am", et="1pm", loc="Fire Station 3",
             addr="1202 Muldowney Ave", lead="Fire", typ="Open House", vis="Public")),
    (E9, dict(t="Telecommunicator demo - Stn 3 open house", d="8/23/2025", st="10:30 AM", et="12:30 PM",
              loc="1202 Muldowney Ave.", lead="911", typ="Open House", vis="Public")),
])
ev("M025", J, D(2025, 9, 6), ["Emergency Management", "Fire"], [
    (EM, dict(t="Preparedness Fair", d="9/6/2025", st="10a", et="2p", loc="Carrick Library",
              addr="1529 Brownsville Rd", lead="OEM", typ="Safety Education", vis="Public",
              desc="National Preparedness Month fair")),
    (F, dict(t="Extinguisher training - prep fair", d="9/6/2025", st="10:15 AM", et="1:45 PM",
             loc="1529 Brownsville Road", lead="Fire", typ="Safety Education", vis="Public")),
])
ev("M026", J, D(2025, 9, 18), ["Community Safety", "Police"], [
    (CS, dict(t="Community Town Hall: Crisis Response", d="9/18/2025", st="6:30 PM", et="8 PM",
              loc="Carrick Libary, Rm 2", lead="Community Safety", part="MHPD", typ="Town Hall",
              vis="Public")),
    (P, dict(t="CS town hall - crisis response", d="9/18/2025", st="6pm", et="8pm", loc="Carrick Library",
             lead="Police", typ="Town Hall", vis="Public", notes="Lt. Ruiz + 2 CIT officers")),
])
ev("M027", J, D(2025, 10, 4), ["Fire", "Police", "Parks and Recreation"], [
    (F, dict(t="Fire Prevention Week Open House", d="10/4/2025", st="10am", et="2pm", loc="Fire Station 3",
             lead="MHFD", part="Police", typ="Open House", vis="Public")),
    (P, dict(t="K-9 demo @ FPW open house", d="10/4/2025", st="11am", et="11:30am", loc="Stn 3",
             lead="Police", typ="Open House", vis="Public")),
    (PR, dict(t="Fire Prev. Wk open house - kids games", d="10/4/2025", st="10am", et="2pm",
              loc="1202 Muldowney Ave", lead="Parks", typ="Open House", vis="Public")),
])
ev("M028", J, D(2025, 10, 25), ["Parks and Recreation", "Police"], [
    (PR, dict(t="Halloween Trunk or Treat", d="10/25/2025", st="4pm", et="6pm", loc="Greenfield Rec Center",
              lead="Parks", typ="Festival", vis="Public")),
    (PR, dict(t="Trunk-or-Treat (Greenfield)", d="10/25/2025", st="4 PM", et="6 PM", loc="49 S. 22nd St",
              lead="Parks", typ="Festival", vis="Public", notes="dup? Kim entered too")),
    (P, dict(t="Trunk or Treat - cruisers", d="10/25/2025", st="4pm", et="6pm", loc="Greenfield Rec Ctr lot",
             lead="Police", typ="Festival", vis="Public")),
])
ev("M029", J, D(2025, 11, 8), ["Community Safety", "Police"], [
    (CS, dict(t="Feria de Recursos - Oak Hill", d="11/8/2025", st="11am", et="2pm", loc="Oak Hill Apartments",
              addr="475 Garner Ct", lead="Community Safety", typ="Community Meeting", vis="Public")),
    (P, dict(t="Resource Fair @ Oak Hill Apts", d="11/8/2025", st="11am", et="2pm", loc="475 Garner Court",
             lead="Police", typ="Community Meeting", vis="Public")),
])
ev("M030", J, D(2025, 12, 6), ["Police", "Fire"], [
    (P, dict(t="Toy Drive Drop-off Day", d="12/6/2025", st="9am", et="3pm", loc="Police HQ",
             addr="516 Third Ave", lead="Police", typ="Other", vis="Public")),
    (F, dict(t="Toys for Tots - Engine 12", d="12/6/2025", st="10am", et="12pm", loc="MHPD Headquarters",
             lead="Fire", typ="Other", vis="Public")),
])
ev("M031", J, D(2026, 1, 17), ["Emergency Management", "Emergency Communications"], [
    (EM, dict(t="Winter Weather Prep (virtual)", d="1/17/2026", st="10:00 AM", et="11:00 AM", loc="Zoom",
              lead="OEM", typ="Safety Education", vis="Public")),
    (E9, dict(t="Winter wx webinar - when to call 911", d="1/17/2026", st="10am", et="11am", loc="Online",
              lead="911", typ="Safety Education", vis="Public", notes="Teams link from OEM")),
])
ev("M032", J, D(2026, 2, 21), ["Fire", "Emergency Management"], [
    (F, dict(t="Stop the Bleed - AM", d="2/21/2026", st="9am", et="11am", loc="Fire Training Center",
             lead="Fire", typ="CPR Class", vis="Public")),
    (EM, dict(t="Stop the Bleed (morning)", d="2/21/2026", st="9:00", et="11:00", loc="MHFD Training Ctr",
              lead="OEM", typ="CPR Class", vis="Public")),
])
ev("M033", J, D(2026, 2, 21), ["Fire", "Emergency Management"], [
    (F, dict(t="Stop the Bleed - PM", d="2/21/2026", st="1pm", et="3pm", loc="Fire Training Center",
             lead="Fire", typ="CPR Class", vis="Public")),
    (EM, dict(t="Stop the Bleed (afternoon)", d="2/21/2026", st="1:00 PM", et="3:00 PM", loc="MHFD Training Ctr",
              lead="OEM", typ="CPR Class", vis="Public")),
])
ev("M034", J, D(2026, 3, 14), ["Fire", "Community Safety"], [
    (F, dict(t="Sound the Alarm", d="3/14/2026", st="9am", et="2pm", loc="Oak Hill Apartments",
             lead="Fire", typ="Smoke Alarm Install", vis="Public", desc="with Red Cross")),
    (CS, dict(t="Smoke detector installs - Oak Hill", d="3/14/2026", st="9:30am", et="1:30pm",
              loc="475 Garner Ct", lead="Community Safety", typ="Smoke Alarm Install", vis="Public")),
])
ev("M035", J, D(2026, 4, 11), ["Police", "Parks and Recreation"], [
    (P, dict(t="Drug Take Back Day", d="4/11/2026", st="10am", et="2pm", loc="Kroger (Brownsville Rd)",
             lead="Police", typ="Other", vis="Public")),
    (PR, dict(t="Rx disposal table", d="4/11/2026", st="10 AM", et="2 PM", loc="Kroger, Brownsville Road",
              lead="Parks", typ="Other", vis="Public", desc="with MHPD")),
])
ev("M036", J, D(2026, 5, 16), ["Parks and Recreation", "Police"], [
    (PR, dict(t="Bike Rodeo", d="5/16/2026", st="9am", et="12pm", loc="Ballard Commons Park",
              addr="5701 22nd Ave NW", lead="Parks", typ="Youth Program", vis="Public")),
    (P, dict(t="Bicycle safety clinic - Bike Unit", d="5/16/2026", st="9:30am", et="11:30am",
             loc="5701 22nd Avenue NW", lead="Police", typ="Youth Program", vis="Public")),
])
ev("M037", J, D(2026, 6, 13), ["Police", "Emergency Communications"], [
    (P, dict(t="East Precinct Community Picnic", d="6/13/2026", st="12pm", et="3pm",
             loc="12th Ave between Pike and Pine", lead="Police", typ="Festival", vis="Public")),
    (E9, dict(t="911 table - E Precinct picnic", d="6/13/2026", st="12:30 PM", et="2:30 PM", loc="12th Ave & Pike St",
              lead="911", typ="Festival", vis="Public")),
])
ev("M038", J, D(2026, 6, 27), ["Parks and Recreation", "Fire"], [
    (PR, dict(t="Splash Pad Summer Kickoff", d="6/27/2026", st="1pm", et="4pm", loc="Riverview Park: Spray Shower",
              lead="Parks", typ="Recreation Program", vis="Public")),
    (F, dict(t="Engine 7 sprinkler fun @ splash pad", d="6/27/2026", st="2pm", et="3pm", loc="Riverview Park",
             lead="Fire", typ="Recreation Program", vis="Public")),
])

# ---------------------------------------------------------------- odd times
fam("odd_times", "times typed '6ish', '6-8p', 'noon', '1830 hrs', shifted 15-30 minutes")
ev("M040", "odd_times", D(2025, 9, 10), ["Police", "Community Safety"], [
    (P, dict(t="Nbhd Watch mtg - Elliott", d="9/10/2025", st="6:30 PM", et="8 PM", loc="Elliott Presbyterian Church",
             lead="Police", typ="Community Meeting", vis="Public")),
    (CS, dict(t="Elliott neighborhood watch meeting", d="9/10/2025", st="6ish", et="8pm",
              loc="Elliott Presbyterian", lead="Community Safety", typ="Community Meeting", vis="Public")),
])
ev("M041", "odd_times", D(2025, 11, 15), ["Fire", "Parks and Recreation"], [
    (F, dict(t="Chili Cook-off (Firehouse 5)", d="11/15/2025", st="noon", et="3pm", loc="Firehouse 5",
             lead="Fire", part="Parks & Rec", typ="Festival", vis="Public")),
    (PR, dict(t="Firefighter Chili Cookoff", d="11/15/2025", st="12-3p", loc="Fire Station 5",
              lead="Parks", typ="Festival", vis="Public")),
])
ev("M042", "odd_times", D(2026, 3, 5), ["Emergency Communications", "Police"], [
    (E9, dict(t="Text-to-911 info session", d="3/5/2026", st="1830 hrs", et="2000 hrs", loc="Delridge CC",
              lead="911", part="PD", typ="Safety Education", vis="Public")),
    (P, dict(t="Text to 911 session", d="3/5/2026", st="6:30pm", et="8pm", loc="Delridge Community Center",
             lead="Police", typ="Safety Education", vis="Public")),
])

# ---------------------------------------------------------------- partners only in prose (single row)
fam("partner_in_text", "one row; the partner named only in Description or Internal Notes prose")
ev("M050", "partner_in_text", D(2025, 7, 30), ["Parks and Recreation", "Fire", "Police"], [
    (PR, dict(t="Touch-a-Truck", d="7/30/2025", st="10am", et="12pm", loc="Ballard Commons Park",
              lead="Parks", typ="Youth Program", vis="Public",
              desc="Fire will bring a truck, and the MHPD Bike Unit is coming too.")),
])
ev("M051", "partner_in_text", D(2025, 10, 18), ["Community Safety", "Police"], [
    (CS, dict(t="Safety walk - Hays", d="10/18/2025", st="10am", et="11:30am", loc="1202 Muldowney Ave, Lincoln Place",
              lead="Community Safety", typ="Community Meeting", vis="Public",
              desc="Neighborhood safety walk w/ PD. Meet at the corner.")),
])
ev("M052", "partner_in_text", D(2026, 1, 24), ["Emergency Management", "Fire"], [
    (EM, dict(t="Home Emergency Kit Workshop", d="1/24/2026", st="10am", et="12pm", loc="Carrick Library",
              lead="OEM", typ="Safety Education", vis="Public",
              notes="Fire Marshal will talk about space heaters 11-11:30.")),
])
ev("M053", "partner_in_text", D(2026, 5, 2), ["Parks and Recreation", "Emergency Management"], [
    (PR, dict(t="Spring Clean-up Riverview", d="5/2/2026", st="9am", et="12pm", loc="Riverview Park",
              lead="Parks", typ="Other", vis="Public",
              desc="CERT volunteers will staff the check-in tent.")),
])

# ---------------------------------------------------------------- units named instead of departments
fam("units", "Lead/Partner Departments hold a unit: Engine 12, dispatchers, CRU, FMO")
ev("M055", "units", D(2025, 9, 27), ["Police", "Fire"], [
    (P, dict(t="Coffee w/ a Cop - Beyu", d="9/27/2025", st="8am", et="10am", loc="Beyu Caffe, 335 W Main",
             lead="CRU", part="Engine 12", typ="Community Meeting", vis="Public")),
])
ev("M056", "units", D(2025, 12, 13), ["Fire", "Emergency Communications"], [
    (F, dict(t="Holiday safety talk - seniors", d="12/13/2025", st="2pm", et="3pm", loc="Abbott St Senior Center",
             lead="FMO", part="dispatchers", typ="Safety Education", vis="Public")),
])

# ---------------------------------------------------------------- hedged / negated partners (single dept)
fam("hedged_partner", "a partner named but hedged or negated: must NOT count")
ev("M060", "hedged_partner", D(2025, 7, 5), ["Parks and Recreation"], [
    (PR, dict(t="Splash Pad Opening Day", d="7/5/2025", st="11am", et="3pm", loc="Riverview Park: Spray Shower",
              lead="Parks", part="Fire (invited, not confirmed)", typ="Recreation Program", vis="Public")),
])
ev("M061", "hedged_partner", D(2025, 10, 11), ["Parks and Recreation"], [
    (PR, dict(t="Harvest Hayride", d="10/11/2025", st="5pm", et="8pm", loc="Lake Wilderness Lodge",
              addr="22500 SE 248th St", lead="Parks", typ="Recreation Program", vis="Public",
              desc="No police this year - parking handled by Parks staff.")),
])
ev("M062", "hedged_partner", D(2026, 2, 7), ["Community Safety"], [
    (CS, dict(t="Winter Warm-up Social", d="2/7/2026", st="1pm", et="3pm", loc="Oak Hill Apts community rm",
              lead="Community Safety", typ="Community Meeting", vis="Public",
              notes="Asked OEM to bring kits - no reply yet. Fire declined.")),
])
ev("M063", "hedged_partner", D(2026, 5, 23), ["Police"], [
    (P, dict(t="Memorial Day Parade route brief", d="5/23/2026", st="9am", et="10am", loc="Police HQ",
             lead="Police", part="Fire - TBD", typ="Community Meeting", vis="Public")),
])

# ---------------------------------------------------------------- rain dates / moved dates
fam("rain_date", "moved by weather; host updated its row, the partner's row still on the old date")
ev("M065", "rain_date", D(2025, 8, 29), ["Parks and Recreation", "Police"], [
    (PR, dict(t="Movie Nite @ Hammer Fld", d="8/29/2025", st="8pm", et="10pm", loc="Bud Hammer Field",
              lead="Parks", typ="Recreation Program", vis="Public",
              desc="Rain date - originally 8/22 (rained out)")),
    (P, dict(t="Movie in the Park - parking/traffic", d="8/22/2025", st="7:30pm", et="10:30pm",
             loc="Hammer Field", lead="Police", typ="Recreation Program", vis="Public", status="Postponed")),
])
ev("M066", "rain_date", D(2025, 9, 20), ["Parks and Recreation", "Fire"], [
    (PR, dict(t="Fall Fest (moved from 9/13 - rain)", d="9/20/2025", st="11am", et="4pm", loc="Ballard Commons Park",
              lead="Parks", typ="Festival", vis="Public")),
    (F, dict(t="Truck at Fall Fest", d="9/13/2025", st="12pm", et="2pm", loc="Ballard Commons",
             lead="Fire", typ="Festival", vis="Public")),
])

# ---------------------------------------------------------------- cancelled in one tab only
fam("cancel_one_tab", "a cancelled copy in one tab only")
ev("M068", "cancel_one_tab", D(2025, 12, 20), ["Community Safety", "Police"], [
    (CS, dict(t="Winter Coat Giveaway", d="12/20/2025", st="10am", et="1pm", loc="Delridge Community Center",
              lead="Community Safety", part="Police", typ="Other", vis="Public")),
    (E9, dict(t="911 kiosk - coat giveaway", d="12/20/2025", st="10am", et="12pm", loc="Delridge CC",
              lead="911", typ="Other", vis="Public", status="Cancelled",
              notes="short staffed, pulled out")),
])
ev("M069", "cancel_one_tab", D(2026, 4, 25), ["Police", "Parks and Recreation"], [
    (P, dict(t="Kids Bike Safety Day - CXL (low reg)", d="4/25/2026", st="10am", et="12pm",
             loc="Greenfield Rec Center", lead="Police", typ="Youth Program", vis="Public", status="Cancelled")),
    (PR, dict(t="Kids Bike Safety Day", d="4/25/2026", st="10am", et="12pm", loc="Greenfield Rec Ctr",
              lead="Parks", typ="Youth Program", vis="Public")),
], cancelled=True)
ev("M070", "cancel_one_tab", D(2025, 11, 22), ["Fire", "Police"], [
    (F, dict(t="CANCELLED: Turkey Fryer Safety Demo", d="11/22/2025", st="11am", et="12pm", loc="Fire Station 3",
             lead="Fire", typ="Safety Education", vis="Public")),
    (P, dict(t="Turkey fryer demo", d="11/22/2025", st="11am", et="12pm", loc="Stn 3",
             lead="Police", typ="Safety Education", vis="Public", status="Cancelled")),
], cancelled=True)

# ---------------------------------------------------------------- date ranges / multi-day
fam("multi_day", "a range in one cell in one tab, day rows in another")
ev("M072", "multi_day", D(2025, 10, 10), ["Emergency Management", "Fire"], [
    (EM, dict(t="CERT Basic Training", d="Oct 10-12, 2025", st="9am", et="4pm", loc="EOC",
              addr="200 Civic Way", lead="OEM", typ="Safety Education", vis="Public")),
    (F, dict(t="CERT trng - fire suppression day", d="10/11/2025", st="9am", et="12pm",
             loc="Emergency Operations Center", lead="Fire", typ="Safety Education", vis="Public")),
])
ev("M073", "multi_day", D(2026, 6, 5), ["Parks and Recreation", "Police"], [
    (PR, dict(t="Juneteenth Festival", d="6/5/2026", ed="6/6/2026", st="11am", et="7pm", loc="Marlow Plaza",
              lead="Parks", typ="Festival", vis="Public")),
    (P, dict(t="Juneteenth Fest security - Fri", d="6/5/2026", st="10am", et="8pm", loc="Marlow Plaza",
             lead="Police", typ="Festival", vis="Public")),
    (P, dict(t="Juneteenth Fest security - Sat", d="6/6/2026", st="10am", et="8pm", loc="Marlow Plaza",
             lead="Police", typ="Festival", vis="Public")),
])

# ---------------------------------------------------------------- double entries in one tab
fam("double_entry", "the same event entered twice in one tab (typo, other place form)")
ev("M075", "double_entry", D(2025, 8, 9), ["Fire"], [
    (F, dict(t="Junior Fire Marshal Camp", d="8/9/2025", st="9am", et="12pm", loc="Fire Station 3",
             lead="Fire", typ="Youth Program", vis="Public")),
    (F, dict(t="Junior Fire Marshall Camp", d="8/9/2025", st="9:00 AM", et="12:00 PM", loc="1202 Muldowney Ave",
             lead="Fire", typ="Youth Program", vis="Public")),
])

# ---------------------------------------------------------------- series with a partner at one session
fam("series_guest", "weekly series; a partner logs its guest visit at one session only")
senior = [D(2025, 10, 7) + dt.timedelta(weeks=i) for i in range(8)]
for i, day in enumerate(senior):
    k = f"M08{i}"
    parts = [(PR, dict(t="Senior Fitness - Tues AM", d=f"{day.month}/{day.day}/{day.year}", st="10am", et="11am",
                       loc="Abbott St Senior Center", addr="7720 Abbott St", lead="Parks",
                       typ="Recreation Program", vis="Public"))]
    depts = ["Parks and Recreation"]
    if i == 3:
        parts.append((F, dict(t="Remembering When - falls prevention talk", d=f"{day.month}/{day.day}/{day.year}",
                              st="10:15am", et="10:45am", loc="7720 Abbott St", lead="Fire",
                              typ="Safety Education", vis="Public", desc="guest spot at senior fitness class")))
        depts.append("Fire")
    ev(k, "series_guest", day, depts, parts)
cpa = [D(2026, 3, 3), D(2026, 3, 10), D(2026, 3, 17), D(2026, 3, 24), D(2026, 3, 31), D(2026, 4, 7)]
for i, day in enumerate(cpa):
    k = f"M09{i}"
    parts = [(P, dict(t=f"Citizens Police Academy - wk {i + 1}", d=f"{day.month}/{day.day}/{day.year}",
                      st="6pm", et="9pm", loc="Police HQ", addr="516 Third Ave", lead="Police",
                      typ="Safety Education", vis="Public"))]
    depts = ["Police"]
    if i == 2:
        parts.append((E9, dict(t="CPA - dispatch night", d=f"{day.month}/{day.day}/{day.year}", st="6:30pm",
                               et="8:30pm", loc="MHPD HQ", lead="911", typ="Safety Education", vis="Public")))
        depts.append("Emergency Communications")
    ev(k, "series_guest", day, depts, parts)

# ---------------------------------------------------------------- background single-department
fam("background", "single-department events: weekly class, internal, cancelled, one-offs")
tai = [D(2026, 1, 7) + dt.timedelta(weeks=i) for i in range(8)]
for i, day in enumerate(tai):
    ev(f"M10{i}", "background", day, ["Parks and Recreation"], [
        (PR, dict(t="Tai Chi Easy", d=f"{day.month}/{day.day}/{day.year}", st="9:30am", et="10:30am",
                  loc="Riverview Park: Pavilion", lead="Parks", typ="Recreation Program", vis="Public"))])
singles = [
    ("M110", P, dict(t="Staff: NNO planning mtg", d="7/15/2025", st="2pm", et="3pm", loc="Police HQ Conf Rm B",
                     lead="Police", vis="Internal", typ="Other"), D(2025, 7, 15), False),
    ("M111", F, dict(t="Engine co. training - hose ops", d="9/3/2025", st="8am", et="12pm", loc="Fire Training Center",
                     lead="Fire", vis="Internal", typ="Other"), D(2025, 9, 3), False),
    ("M112", PR, dict(t="Pop-Up Pickleball CANCELLED", d="9/14/2025", st="4pm", et="6pm", loc="Greenfield Rec Center",
                      lead="Parks", vis="Public", typ="Recreation Program"), D(2025, 9, 14), True),
    ("M113", F, dict(t="Station 5 Open House", d="10/18/2025", st="10am", et="1pm", loc="Firehouse 5",
                     lead="Fire", vis="Public", typ="Open House", status="Cancelled"), D(2025, 10, 18), True),
    ("M114", E9, dict(t="Telecommunicators Week Open House", d="4/14/2026", st="3pm", et="6pm", loc="911 Center",
                      lead="911", vis="Public", typ="Open House"), D(2026, 4, 14), False),
    ("M115", CS, dict(t="HEART open house", d="4/20/2026", st="4pm", et="6pm", loc="Delridge Community Center",
                      lead="Community Safety", vis="Public", typ="Open House"), D(2026, 4, 20), False),
    ("M116", EM, dict(t="Hazard Mitigation Plan public mtg", d="2/10/2026", st="6pm", et="7:30pm", loc="Carrick Library",
                      lead="OEM", vis="Public", typ="Community Meeting"), D(2026, 2, 10), False),
    ("M117", P, dict(t="Women in Law Enforcement Career Fair", d="3/21/2026", st="10am", et="2pm",
                     loc="Cedar Heights Middle School", lead="Police", vis="Public", typ="Other"), D(2026, 3, 21), False),
    ("M118", PR, dict(t="Egg Hunt - Riverview", d="4/4/2026", st="10am", et="12pm", loc="Riverview Park: Great Lawn",
                      lead="Parks", vis="Public", typ="Recreation Program"), D(2026, 4, 4), False),
    ("M119", F, dict(t="Car Seat Check", d="5/9/2026", st="10am", et="12pm", loc="Fire Station 3",
                     lead="Fire", vis="Public", typ="Safety Education"), D(2026, 5, 9), False),
    ("M120", P, dict(t="Car seat check", d="5/9/2026", st="2pm", et="4pm", loc="Police HQ",
                     lead="Police", vis="Public", typ="Safety Education"), D(2026, 5, 9), False),
    ("M121", EM, dict(t="EOC quarterly call-down test", d="1/8/2026", st="9am", et="10am", loc="EOC",
                      lead="OEM", vis="Internal", typ="Other"), D(2026, 1, 8), False),
    ("M122", CS, dict(t="Care navigation team retreat", d="7/22/2025", st="9am", et="4pm", loc="Lake Wilderness Lodge",
                      lead="Community Safety", vis="Internal", typ="Other"), D(2025, 7, 22), False),
    ("M123", PR, dict(t="Line Dance (PM)", d="11/19/2025", st="6pm", et="7pm", loc="Greenfield Rec Center",
                      lead="Parks", vis="Public", typ="Recreation Program"), D(2025, 11, 19), False),
    ("M124", P, dict(t="Shop with a Cop", d="12/13/2025", st="8am", et="11am", loc="Kroger (Brownsville Rd)",
                     lead="Police", vis="Public", typ="Youth Program"), D(2025, 12, 13), False),
    ("M125", E9, dict(t="Dispatch ride-along orientation", d="8/12/2025", st="1pm", et="3pm", loc="911 Center",
                      lead="911", vis="Internal", typ="Other"), D(2025, 8, 12), False),
    ("M126", F, dict(t="Fire Explorer Post mtg", d="1/13/2026", st="7pm", et="8:30pm", loc="Fire Station 3",
                     lead="Fire", vis="Public", typ="Youth Program"), D(2026, 1, 13), False),
    ("M127", EM, dict(t="Heat Safety Cooling Ctr open", d="7/29/2025", st="noon", et="7pm", loc="Delridge Community Center",
                      lead="OEM", vis="Public", typ="Safety Education"), D(2025, 7, 29), False),
]
for key, tab, f, day, canc in singles:
    ev(key, "background", day, [DEPT[tab]], [(tab, f)], cancelled=canc)

# ---------------------------------------------------------------- internal joint work (not counted)
fam("internal_joint", "every row Internal with two departments: internal joint work, not counted")
ev("M130", "internal_joint", D(2025, 11, 4), ["Emergency Management", "Emergency Communications"], [
    (EM, dict(t="EOC activation drill", d="11/4/2025", st="8am", et="12pm", loc="EOC", lead="OEM",
              part="911", vis="Internal", typ="Other")),
    (E9, dict(t="EOC drill - dispatch liaison", d="11/4/2025", st="8am", et="12pm", loc="200 Civic Way",
              lead="911", vis="Internal", typ="Other")),
], internal=True)

# ---------------------------------------------------------------- tester's own situations
fam("own_same_building", "two departments, different programmes, same building same hour: stay apart")
ev("M140", "own_same_building", D(2026, 1, 22), ["Parks and Recreation"], [
    (PR, dict(t="Teen Game Night", d="1/22/2026", st="6:30pm", et="8:30pm", loc="Greenfield Rec Center - Gym",
              lead="Parks", typ="Youth Program", vis="Public"))])
ev("M141", "own_same_building", D(2026, 1, 22), ["Police"], [
    (P, dict(t="Nbhd Watch mtg - Greenfield", d="1/22/2026", st="6:30pm", et="8pm", loc="Greenfield Rec Ctr, Rm 2",
             lead="Police", typ="Community Meeting", vis="Public"))])
fam("own_year_typo", "a partner's row with last year's year on the date (row copied from last year's sheet)")
ev("M142", "own_year_typo", D(2025, 10, 14), ["Police", "Fire"], [
    (P, dict(t="Pumpkin Patrol Safety Night", d="10/14/2025", st="6pm", et="8pm", loc="Ballard Commons Park",
             lead="Police", typ="Safety Education", vis="Public")),
    (F, dict(t="Pumpkin Patrol - Engine 12", d="10/14/2024", st="6:30pm", et="7:30pm", loc="Ballard Commons",
             lead="Fire", typ="Safety Education", vis="Public")),
])
fam("own_midnight", "an event past midnight; the police detail longer on both sides")
ev("M143", "own_midnight", D(2025, 12, 31), ["Parks and Recreation", "Police"], [
    (PR, dict(t="First Night Marlow Heights", d="12/31/2025", st="8pm", et="12:30am", loc="Marlow Plaza",
              lead="Parks", typ="Festival", vis="Public")),
    (P, dict(t="First Night - crowd control detail", d="12/31/2025", st="7pm", ed="1/1/2026", et="1am",
             loc="Marlow Plaza", lead="Police", typ="Festival", vis="Public")),
])
fam("own_lead_other_tab", "a department logs a partner-led event with the partner as Lead, in its own tab")
ev("M144", "own_lead_other_tab", D(2026, 2, 28), ["Community Safety", "Parks and Recreation"], [
    (PR, dict(t="Black History Month Family Day", d="2/28/2026", st="12pm", et="4pm", loc="Delridge Community Center",
              lead="Community Safety", part="Parks", typ="Festival", vis="Public",
              notes="CS is lead; we provide the gym + staff")),
])
fam("own_walk_vs_meeting", "same place same evening, a walk and a meeting of different departments: stay apart")
ev("M145", "own_walk_vs_meeting", D(2026, 3, 26), ["Community Safety"], [
    (CS, dict(t="Community Safety Walk - Carrick", d="3/26/2026", st="5pm", et="6pm", loc="Carrick Library",
              lead="Community Safety", typ="Community Meeting", vis="Public"))])
ev("M146", "own_walk_vs_meeting", D(2026, 3, 26), ["Emergency Management"], [
    (EM, dict(t="Flood Insurance Info Night", d="3/26/2026", st="6pm", et="7:30pm", loc="Carrick Library",
              lead="OEM", typ="Community Meeting", vis="Public"))])

# ---------------------------------------------------------------- invalid rows
bad(P, dict(t="", d="9/2/2025", st="6pm", loc="Police HQ", lead="Police", vis="Public"))
bad(F, dict(t="Smoke alarm blitz", d="TBD", st="9am", loc="Station 3", lead="Fire", vis="Public"))
bad(PR, dict(t="Moonlight Swim", d="2/30/2026", st="8pm", et="10pm", loc="Riverview Pool", lead="Parks", vis="Public"))
bad(CS, dict(t="Resource table", d="5/30/2026", st="5pm", et="3pm", loc="Oak Hill Apartments",
             lead="Community Safety", vis="Public"))

# ---------------------------------------------------------------- write
wb = openpyxl.Workbook()
wb.remove(wb.active)
for tab in TABS:
    ws = wb.create_sheet(tab)
    hdr = [ALT.get(h, h) if tab == E9 else h for h in STD]
    ws.append(hdr)
    for r in rows[tab]:
        ws.append([r.get(h, None) for h in STD])
wb.save("intake.xlsx")

with open("truth.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["tab", "row", "event_key", "valid"])
    for t in truth:
        w.writerow(t)


def fy_q(d):
    fy = d.year + 1 if d.month >= 7 else d.year
    q = ((d.month - 7) % 12) // 3 + 1
    return f"FY{fy % 100}-Q{q}"


months = defaultdict(lambda: {"events": 0, "joint_events": 0})
quarters = defaultdict(lambda: {"events": 0, "joint_events": 0, "all_department_events": 0})
for k, e in events.items():
    if e["cancelled"]:
        continue
    m = e["date"].strftime("%Y-%m")
    q = fy_q(e["date"])
    months[m]["events"] += 1
    quarters[q]["events"] += 1
    if len(e["depts"]) >= 2 and not e["internal"]:
        months[m]["joint_events"] += 1
        quarters[q]["joint_events"] += 1
    if len(e["depts"]) == 6:
        quarters[q]["all_department_events"] += 1
pairs = []
by = defaultdict(list)
for tab, row, key, valid in truth:
    if valid == "yes":
        by[key].append(f"{tab}!{row}")
for labs in by.values():
    pairs += [[a, b] for i, a in enumerate(labs) for b in labs[i + 1:]]
families = {}
for name, note in FAMNOTE.items():
    ks = [k for k, e in events.items() if e["family"] == name]
    families[name] = {"note": note, "events": len(ks), "rows": sum(len(by[k]) for k in ks),
                      "joint_events": sum(1 for k in ks if len(events[k]["depts"]) >= 2),
                      "event_keys": ks}
expected = {
    "flavour": "v47-marlow-heights", "rows": len(truth),
    "invalid_rows": sum(1 for t in truth if t[3] == "no"),
    "events": len(events),
    "joint_events": sum(1 for e in events.values() if len(e["depts"]) >= 2 and not e["internal"]),
    "cancelled_events": sum(1 for e in events.values() if e["cancelled"]),
    "months": dict(sorted(months.items())), "fiscal_quarters": dict(sorted(quarters.items())),
    "duplicate_pairs": pairs, "calendar_sources": [],
    "event_departments": {k: e["depts"] for k, e in events.items() if len(e["depts"]) >= 2 and not e["internal"]},
    "event_family": {k: e["family"] for k, e in events.items()},
    "families": families,
}
with open("expected.json", "w") as f:
    json.dump(expected, f, indent=1)
print(f"rows {len(truth)}  events {len(events)}  joint {expected['joint_events']}  pairs {len(pairs)}")
