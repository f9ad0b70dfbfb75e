#!/usr/bin/env python3
"""Held-out labelled set v50: Durham, NC (America/New_York), FY26 (July 2025 - June 2026).

Durham's six departments log public-safety events the way staff type them. Police, Fire,
Community Safety and 911 Emergency Communications type rows in their tabs of intake.xlsx
(911 with other header names, Community Safety with a Title (Spanish) column); Parks and
Recreation keeps a CivicPlus calendar export (parks_civicplus.ics: one VEVENT per date, HTML
locations, bare numeric UIDs, real Durham titles and places from realdata/durham_parks_rec.ics)
plus a few typed rows in its tab; Emergency Management keeps an Outlook/Exchange export
(em_outlook.ics: display-name time zone, a weekly CERT series with an EXDATE and a moved session,
private staff meetings). National Night Out block parties follow Pittsburgh's registered-event
habits (neighbourhood titles, corners, ranges typed in one cell).

Writes intake.xlsx, parks_civicplus.ics, em_outlook.ics, truth.csv and expected.json beside
this file (dedupe-dev2's format). No randomness.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
D = dt.date
ALL6 = ["Community Safety", "Emergency Communications", "Emergency Management", "Fire",
        "Parks and Recreation", "Police"]
SHORT = {"P": "Police", "F": "Fire", "CS": "Community Safety", "EC": "Emergency Communications",
         "EM": "Emergency Management", "PR": "Parks and Recreation"}

EVENTS: dict[str, dict] = {}
ROWS: dict[str, list] = defaultdict(list)     # tab -> list of (cells, key, valid)
PARKS: list[dict] = []
EMCAL: list[dict] = []
LABELS: list[tuple] = []                       # (label_tab, row, key, valid)


def E(key, day, depts, family, cancelled=False, internal=False, note="", debatable=""):
    EVENTS[key] = {"date": day, "depts": sorted(SHORT[d] for d in depts.split()), "family": family,
                   "cancelled": cancelled, "internal": internal, "note": note, "debatable": debatable}


def R(tab, key, title, date, start=None, end=None, loc=None, addr=None, lead=None, partners=None,
      etype=None, desc=None, vis="Public", status=None, eid=None, notes=None, es=None, enddate=None,
      valid="yes", audience="All ages"):
    cells = {"Event ID": eid, "Title": title, "Start Date": date, "Start Time": start,
             "End Date": enddate, "End Time": end, "Location": loc, "Address": addr,
             "Lead Department": lead, "Partner Departments": partners, "Event Type": etype,
             "Description": desc, "Audience": audience, "Visibility": vis, "Status": status,
             "Internal Notes": notes, "Title (Spanish)": es}
    ROWS[tab].append((cells, key, valid))


def PK(uid, key, title, start, end, venue, addr, zipc="27701"):
    """Parks CivicPlus export entry (start/end are datetimes)."""
    PARKS.append({"uid": str(uid), "key": key, "title": title, "start": start, "end": end,
                  "loc": f"<p>{venue}</p> - {addr}  Durham NC {zipc}"})


def EMV(uid, key, title, start, end, loc, cls="PUBLIC", rrule=None, exdate=None, recid=None,
        desc=None, occ_keys=None):
    EMCAL.append({"uid": uid, "key": key, "title": title, "start": start, "end": end, "loc": loc,
                  "cls": cls, "rrule": rrule, "exdate": exdate, "recid": recid, "desc": desc,
                  "occ_keys": occ_keys})


T = dt.datetime
P, F, CS, EC, PRT = "Police", "Fire", "Community Safety", "Emergency Communications", "Parks and Recreation"

# ------------------------------------------------------------------ July 2025
E("J01", D(2025, 7, 12), "PR F", "different_titles_per_department")
PK(8101, "J01", "Summer Splash Day", T(2025, 7, 12, 11), T(2025, 7, 12, 15), "Long Meadow Park", "917 Liberty Street")
R(F, "J01", "Engine 2 hydrant spray - Long Meadow", "7/12/2025", "12pm", "1pm", "Long Meadow Pk", None, "DFD")
E("S01", D(2025, 7, 16), "P", "background")
R(P, "S01", "Coffee w/ a Cop", "7/16/2025", "8am", "10am", "Beyu Caffe", "341 W Main St", "DPD")
E("S02", D(2025, 7, 22), "F", "background")
R(F, "S02", "Remembering When - Falls & Fire Safety for Seniors", "Jul 22, 2025", "10:00 AM", "11:30 AM",
  "Edison Johnson Recreation Center", "500 W Murray Ave", "Fire")
E("J02", D(2025, 7, 24), "CS PR", "partner_named_only_in_text")
R(CS, "J02", "Heat Safety Outreach", "7/24/2025", "4pm", "6pm", "Holton Career and Resource Center",
  "401 N Driver St", "DCSD", None, "Safety Education",
  "Co-hosted with Durham Parks and Recreation - cooling towels, water and heat-illness tips.",
  es="Alcance de seguridad contra el calor")
R(P, None, None, "7/28/2025", "6pm", "7pm", "Police HQ", "602 E Main St", "Police", valid="no")  # no title
E("I01", D(2025, 7, 29), "P CS", "internal_joint_work", internal=True,
  note="NNO planning huddle, every row Internal: internal joint work, not counted",
  debatable="internal joint work is left out of joint counts (count_internal_joint: false)")
R(P, "I01", "NNO planning huddle", "7/29/2025", "2pm", "3pm", "DPD HQ - Conf Rm B", None, "Police",
  "Community Safety", "Other", vis="Internal", notes="Sgt. on point, 919-555-0144")
E("S03", D(2025, 7, 30), "EM", "background")
EMV("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6071829304A5B6C7D8E01", "S03",
    "Heat Wave Readiness Talk", T(2025, 7, 30, 18), T(2025, 7, 30, 19), "South Regional Library")

# ------------------------------------------------------------------ August 2025: NNO 8/5
nno = [  # key, title, start cell, loc, addr, joint partners
    ("N01", "Walltown NNO", "5:30 - 7:30 PM", "1108 W Markham Ave", None, "P CS"),
    ("N02", "Old West Durham Neighbors Night Out", "6-8pm", "Oval Park, Iredell St & W Knox St", None, "P EC"),
    ("N03", "NNO Block Party", "6:00 PM", None, "600 N Buchanan Blvd", "P F"),
    ("N04", "NNO Block Party", "6:00 PM", None, "600 S Buchanan Blvd", "P"),
    ("N05", "Alabama Ave Cookout (NNO)", "6pm", None, "1205 Alabama Ave", "P"),
    ("N06", "Alabama Avenue NNO", "6pm", None, "1207 Alabama Ave", "P F"),
    ("N07", "Lakewood Neighbors NNO", "5-7 PM", "Lakewood Park", "1701 Lakewood Ave", "P F"),
    ("N08", "Cleveland-Holloway National Night Out", "6 PM - 8 PM",
     "Holloway St & N Elm St (rain location: 511 Holloway St porch)", None, "P"),
    ("N09", "East Durham Children's Initiative NNO", "5:00 - 8:00 PM", "W.I. Patterson Recreation Center",
     "2614 Angier Ave", "P PR"),
    ("N10", "Duke Park NNO", "6-8 PM", "Duke Park - Shelter 1", "106 W Knox St", "P"),
    ("N11", "Duke Park Bungalow Neighbors NNO", "6-8 PM", "Duke Park - Shelter 2", "106 W Knox St", "P"),
    ("N12", "Hope Valley Farms NNO", "6:30 - 8:30 PM", "Hope Valley Farms Pool parking lot", "5401 Dunbar Dr", "P"),
]
for key, title, st, loc, addr, depts in nno:
    fam = "nno_block_party" if len(depts.split()) == 1 else "nno_drop_by"
    if key in ("N04", "N05", "N10", "N11"):
        fam = "nno_twins_stay_apart"
    E(key, D(2025, 8, 5), depts, fam)
    R(P, key, title, "8/5/2025", st, None, loc, addr, "Police", None, "National Night Out")
R(CS, "N01", "HEART table - Walltown NNO", "8/5/2025", "6pm", "7pm", "W Markham Ave & Onslow St", None, "DCSD",
  es="Mesa de HEART - Noche Nacional Walltown")
R(EC, "N02", "Dispatchers at Old West Durham NNO", "8/5/2025", "6:30 PM", "7:30 PM", "Oval Park", None, "911")
R(F, "N03", "E1 - NNO 600 N. Buchanan", "8/5/2025", "6:30pm", "7:15pm", "600 N. Buchanan Blvd., Durham NC 27701", None, "DFD")
R(F, "N06", "Engine 5 drop-by - 1207 Alabama", "8/5/2025", "6:30pm", "7pm", None, "1207 Alabama Ave", "DFD")
R(F, "N07", "Ladder 2 visit Lakewood NNO", "8/5/2025", "6:00 PM", "6:45 PM", "Lakewood", None, "Fire")
R(PRT, "N09", "NNO at WI Patterson Rec Ctr", "8/5/2025", "5:00pm", "8:00pm", "WI Patterson Rec Ctr", None, "Parks")

E("J03", D(2025, 8, 16), "PR P CS", "different_titles_per_department",
  note="Back to School Bash: Parks calendar, Police backpack giveaway with set-up time, Spanish-only row")
PK(8102, "J03", "Back to School Bash", T(2025, 8, 16, 11), T(2025, 8, 16, 14), "W.D. Hill Recreation Center",
   "1308 Fayetteville Street")
R(P, "J03", "Backpack giveaway - WD Hill", "Sat 8/16/2025", "10:30am", "2:30pm", None, "1308 Fayetteville Street",
  "DPD", None, "Youth Program", "Officers hand out school supplies; doors open at 11.")
R(CS, "J03", "Feria de Regreso a Clases", "8/16/2025", "11 a. m.", "2 p. m.", "WD Hill Rec Ctr", None,
  "Seguridad Comunitaria", None, "Youth Program", "Útiles escolares y recursos para familias.")
E("S04", D(2025, 8, 21), "F", "background")
R(F, "S04", "Hands-Only CPR Class", "8/21/2025", "6pm", "7:30pm", "Fire Station 1", "139 E Morgan St", "Fire",
  etype="CPR Class")
E("S05", D(2025, 8, 27), "EC", "background", cancelled=True)
R(EC, "S05", "Text-to-911 Talk - Lyon Park", "Aug 27, 2025", "10am", "11am", "Lyon Park Community Center",
  "1309 Halley St", "DECC", status="Cancelled")

# ------------------------------------------------------------------ September 2025
E("A01", D(2025, 9, 13), "P F CS EC EM PR", "all_department_flagship")
EMV("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6071829304A5B6C7D8E02", "A01",
    "Durham Ready Safety Day", T(2025, 9, 13, 10), T(2025, 9, 13, 14), "Durham Central Park (501 Foster St)")
PK(8103, "A01", "Safety Day at Durham Central Park", T(2025, 9, 13, 10), T(2025, 9, 13, 14), "Durham Central Park",
   "501 Foster Street")
R(P, "A01", "Safety Day - K-9 demo", "9/13/2025", "11:00", "11:30", "Durham Central Pk", None, "Police")
R(F, "A01", "Touch-a-Truck @ Safety Day", "9/13/2025", "10-2", None, None, "501 Foster St.", "DFD")
R(CS, "A01", "Durham Ready Safety Day", "9/13/2025", "10a-2p", None, "Durham Central Park", None, "DCSD",
  es="Día de Preparación Durham Ready")
R(EC, "A01", "911 kiosk - Safety Day", "9/13/2025", "9:30 AM", "2:30 PM", "Foster St & Hunt St", None, "911",
  desc="Kiosk for the Durham Ready Safety Day in the park.")
cpa = [D(2025, 9, 9), D(2025, 9, 16), D(2025, 9, 23), D(2025, 9, 30), D(2025, 10, 7), D(2025, 10, 14)]
for i, d in enumerate(cpa, 1):
    key = f"C{i:02d}"
    E(key, d, "P EC" if i == 4 else "P", "series_partner_one_session" if i == 4 else "background_weekly")
    R(P, key, f"Community Police Academy (week {i})", d, "6pm", "9pm", "DPD Headquarters", "602 E. Main St.",
      "Police", None, "Safety Education")
R(EC, "C04", "Dispatch night for Community Police Academy", "9/30/2025", "6:30 PM", "8:30 PM", "DPD HQ", None, "DECC")
E("M01", D(2025, 10, 3), "PR F", "rain_date_one_tab",
  note="Parks moved Movie in the Park 9/26 -> 10/3 (storms); Fire's row still on 9/26",
  debatable="one event on the new date; Fire's stale 9/26 row belongs to it")
R(PRT, "M01", "Movie in the Park - Moana 2", "10/3/2025", "7:30pm", "9:30pm", "Forest Hills Park", "1639 University Dr",
  "Parks", None, "Recreation Program", "Rescheduled from Friday 9/26 due to storms.")
R(F, "M01", "Engine 11 at Movie in the Park", "9/26/2025", "7:30pm", "8:30pm", "Forest Hills Pk", None, "DFD")
E("S06", D(2025, 9, 18), "CS", "background")
R(CS, "S06", "HEART Info Session", "9/18/2025", "6pm", "7pm", "East Regional Library", "211 Lick Creek Ln", "DCSD",
  es="Sesión informativa de HEART")

# ------------------------------------------------------------------ October 2025
E("J04", D(2025, 10, 1), "P CS", "different_titles_per_department")
E("S07", D(2025, 10, 1), "P", "same_title_other_place")
R(P, "J04", "National Coffee with a Cop Day", "10/1/2025", "7:30 AM", "9:30 AM", "Beyu Caffe", "341 W. Main St", "DPD")
R(P, "S07", "National Coffee with a Cop Day", "10/1/2025", "7:30 AM", "9:30 AM", "Cocoa Cinnamon",
  "2013 N Roxboro St", "DPD", desc="District 2 officers")
R(CS, "J04", "HEART at Coffee w/ a Cop", "10/1/2025", "8am", "9am", "Beyu Caffe downtown", None, "DCSD",
  es="HEART en Café con un Policía")
E("J05", D(2025, 10, 11), "F EM", "double_entry_plus_partner")
R(F, "J05", "Station 1 Open House", "10/11/2025", "10am", "2pm", "Fire Station 1", "139 E Morgan St", "Fire",
  etype="Open House", desc="Fire Prevention Week open house.")
R(F, "J05", "Station One Open House - Fire Prevention Wk", "Oct 11, 2025", "10:00 AM", "2:00 PM", "DFD Station 1", None,
  "DFD", etype="Open House")
EMV("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6071829304A5B6C7D8E03", "J05",
    "Go-kit table @ Station 1 Open House", T(2025, 10, 11, 11), T(2025, 10, 11, 13), "139 E. Morgan Street")
E("S08", D(2025, 10, 18), "F", "hedged_partner", note="Police invited not confirmed; CS asked, not confirmed")
R(F, "S08", "Smoke Alarm Blitz - Northgate Park", "10/18/2025", "9am", "12pm", "Northgate Park neighborhood", None,
  "Fire", "Police (invited, not confirmed)", "Smoke Alarm Install",
  "We have asked Community Safety to send care navigators; not confirmed yet.")
E("S09", D(2025, 10, 22), "CS", "negated_partner")
R(CS, "S09", "Naloxone Training", "10/22/2025", "6 PM", "7:30 PM", "Holton Career and Resource Center",
  "401 N Driver St", "DCSD", None, "Safety Education", "No police on site; this is a peer-led session.",
  es="Capacitación de Naloxona")
E("J06", D(2025, 10, 30), "PR F CS", "spanish_only_title")
PK(8104, "J06", "Trunk or Treat", T(2025, 10, 30, 17, 30), T(2025, 10, 30, 19, 30),
   "Edison Johnson Recreation Center", "500 W Murray Avenue", "27704")
R(F, "J06", "Trunk or Treat - Engine 8", "10/30/2025", "5:30pm", "7:30pm", "Edison Johnson Recreation Center", None, "DFD")
R(CS, "J06", "Noche de Truco o Trato", "10/30/2025", "5:30 p. m.", "7:30 p. m.", None, "500 W. Murray Ave.",
  "Seguridad Comunitaria", audience="Familias")

# ------------------------------------------------------------------ November 2025
E("X01", D(2025, 11, 6), "EC CS", "cancelled_copy_one_tab", cancelled=True,
  note="911 cancelled its talk; Community Safety's Spanish copy still Scheduled",
  debatable="cancelled: the host's row says so; partner row stale")
R(EC, "X01", "Text-to-911 Talk for Seniors", "11/6/2025", "10am", "11am", "Durham Center for Senior Life",
  "406 Rigsbee Ave", "911", "Community Safety", status="Cancelled")
R(CS, "X01", "Texto al 911 para personas mayores", "11/6/2025", "10am", "11am", "Senior Center - Rigsbee Ave", None,
  "DCSD", es="Texto al 911 para personas mayores")
E("X02", D(2025, 11, 22), "PR P", "partner_row_cancelled_event_held",
  note="Fire's Engine 3 row Cancelled (crew on call); run went ahead with Police and Parks",
  debatable="Fire's cancelled row labelled part of the event, Fire not counted")
R(PRT, "X02", "Turkey Trot Fun Run", "11/22/2025", "8am", "10am", "Rock Quarry Park", "701 Stadium Dr", "Parks",
  etype="Recreation Program")
R(P, "X02", "Turkey Trot traffic control", "11/22/2025", "7:00", "10:30", None, "701 Stadium Drive", "DPD")
R(F, "X02", "Engine 3 at Turkey Trot", "11/22/2025", "8am", "9am", "Rock Quarry Pk", None, "DFD", status="Cancelled",
  desc="Crew on call that morning - cannot attend.")
E("S10", D(2025, 11, 12), "F", "background_internal", internal=True)
R(F, "S10", "Engine 9 hydrant flushing", "11/12/2025", "9am", "3pm", "District 3", None, "Fire", vis="Internal")
E("J07", D(2025, 11, 15), "CS P", "units_instead_of_departments")
R(CS, "J07", "Community Safety Walk - McDougald Terrace", "11/15/2025", "10am", "noon", "McDougald Terrace",
  "1101 Lawson St", "DCSD", "Beat 111 officers", es="Caminata de seguridad - McDougald Terrace")
E("S11", D(2025, 11, 14), "EC", "background")
R(EC, "S11", "Telecommunicator Career Info Session", "Thu 11/14/2025", "5:30 PM", "6:30 PM", "Durham Tech",
  "1637 E Lawson St", "911")
R(EC, None, "Dispatcher ride-along sign up", "11/20/2025", "6", None, "911 Center", None, "911", valid="no")  # bare hour

# ------------------------------------------------------------------ December 2025
E("J08", D(2025, 12, 13), "P F", "partner_named_only_in_text")
R(P, "J08", "Shop with a Cop", "12/13/2025", "8am", "11am", "Target (Patterson Place)", "3500 Mt Moriah Rd",
  "Police", None, "Youth Program", "Firefighters from Station 13 will help the kids check out.")
E("S12", D(2025, 12, 3), "EM", "background_internal", internal=True)
EMV("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6071829304A5B6C7D8E04", "S12",
    "EOC winter weather tabletop", T(2025, 12, 3, 13), T(2025, 12, 3, 16), "EOC", cls="PRIVATE")
E("J09", D(2025, 12, 5), "PR P", "coverage")
PK(8105, "J09", "Holiday Tree Lighting", T(2025, 12, 5, 17, 30), T(2025, 12, 5, 19), "CCB Plaza", "201 N Corcoran Street")
R(P, "J09", "CCB Plaza tree lighting - crowd mgmt", "12/5/2025", "4:30pm", "8pm", "Corcoran St & Parrish St", None, "DPD")
E("S13", D(2025, 12, 10), "CS", "background")
R(CS, "S13", "Care Navigation Team Meeting", "12/10/2025", "9am", "10am", "DCSD Office", None, "DCSD", vis="Internal")
EVENTS["S13"]["internal"] = True

# ------------------------------------------------------------------ Jan-Feb 2026: CERT weekly series (EM Outlook)
CERT_UID = "040000008200E00074C5B7101A82E00800000000C3E7A91B5F22DA01AF63E25C90C1D0A1"
cert_dates = [D(2026, 1, 8) + dt.timedelta(weeks=i) for i in range(8)]
occ = {}
for d in cert_dates:
    if d == D(2026, 1, 22):
        continue  # EXDATE (snow)
    key = f"CE{d:%m%d}"
    occ[d] = key
    if d == D(2026, 2, 5):
        E(key, d, "EM F", "series_partner_one_session")
    elif d == D(2026, 2, 12):
        E(key, D(2026, 2, 14), "EM EC", "calendar_moved_session_partner_old_date",
          note="session moved Thu 2/12 -> Sat 2/14 (RECURRENCE-ID); 911's row still on 2/12",
          debatable="911's 2/12 row belongs to the moved session")
    else:
        E(key, d, "EM", "calendar_recurring_series")
EMV(CERT_UID, None, "CERT Basic Training", T(2026, 1, 8, 18), T(2026, 1, 8, 21), "Durham Fire Training Center",
    rrule="FREQ=WEEKLY;COUNT=8;BYDAY=TH", exdate=T(2026, 1, 22, 18), occ_keys=occ)
EMV(CERT_UID, occ[D(2026, 2, 12)], "CERT Basic Training", T(2026, 2, 14, 9), T(2026, 2, 14, 12),
    "Durham Fire Training Center", recid=T(2026, 2, 12, 18))
R(F, occ[D(2026, 2, 5)], "CERT class - fire suppression module", "2/5/2026", "6pm", "9pm", "Durham Fire Training Ctr",
  None, "DFD", None, "Safety Education", "Engine 4 crew teaches extinguisher use.")
R(EC, occ[D(2026, 2, 12)], "Dispatch 101 for CERT class", "2/12/2026", "7pm", "8pm", "Fire Training Center", None, "DECC")

E("J10", D(2026, 1, 19), "PR CS", "spanish_only_title")
R(PRT, "J10", "MLK Day of Service - Park Cleanup", "1/19/2026", "9am", "12pm", "Walltown Park", "1308 W Club Blvd",
  "Parks")
R(CS, "J10", "Día de Servicio MLK - limpieza del parque", "1/19/2026", "9:00", "12:00", "Walltown Pk", None, "DCSD")
E("J11", D(2026, 1, 10), "F CS", "multi_day_split_by_day",
  note="Fire typed 'Jan 10-11, 2026' in one cell; Community Safety one row per day")
R(F, "J11", "Winter Smoke Alarm Canvass", "Jan 10-11, 2026", "9am", "3pm", "East Durham (Angier Ave & Driver St)",
  None, "Fire", etype="Smoke Alarm Install")
R(CS, "J11", "Canvassing alarmas de humo - día 1", "1/10/2026", "9am", "3pm", "Angier Ave & N Driver St", None, "DCSD")
R(CS, "J11", "Canvassing alarmas de humo - día 2", "1/11/2026", "9am", "3pm", "Angier Ave & N Driver St", None, "DCSD")
E("S14", D(2026, 1, 27), "P", "background")
R(P, "S14", "Community Police Academy Info Night", "1/27/2026", "6pm", "7pm", "DPD Headquarters", "602 E Main St", "DPD")
R(F, None, "Fire Extinguisher Demo", "TBD", "10am", None, "Station 5", None, "Fire", valid="no")  # no date

# ------------------------------------------------------------------ February 2026
E("J12", D(2026, 2, 21), "EC P", "double_entry_plus_partner")
R(EC, "J12", "911 Kids Day", "2/21/2026", "1000-1200 hrs", None, "Main Library", "300 N Roxboro St", "911",
  etype="Safety Education")
R(EC, "J12", "911 Kids' Day", "Feb 21, 2026", "10a-12p", None, "Durham County Main Library", None, "DECC")
R(P, "J12", "K9 visit - 911 Kids Day", "2/21/2026", "11am", "11:30am", "Main Library, 300 N. Roxboro St.", None, "DPD")

# ------------------------------------------------------------------ March 2026
E("J13", D(2026, 3, 14), "F CS", "title_year_copied_and_spanish")
R(F, "J13", "Sound the Alarm 2025", "3/14/2026", "9am", "1pm", "Northgate Park neighborhood", None, "Fire",
  etype="Smoke Alarm Install", desc="With the American Red Cross.")
R(CS, "J13", "Suena la Alarma - instalación de alarmas de humo", "3/14/2026", "9am", "1pm", "Northgate Park (nbhd)",
  None, "DCSD")
E("J14", D(2026, 3, 13), "PR EC", "different_titles_per_department")
PK(8106, "J14", "Friday the 13th Kids fun Fest", T(2026, 3, 13, 12), T(2026, 3, 13, 16),
   "I.R. Holmes, Sr. Recreation Center at Campus Hills", "2000 S Alston Avenue", "27707")
R(EC, "J14", "911 table at Kids Fun Fest", "3/13/2026", "12-4", None, "IR Holmes Rec Ctr", None, "911")
E("J15", D(2026, 3, 28), "PR P", "coverage")
PK(8107, "J15", "Egg Hunt- Campus Hills Park", T(2026, 3, 28, 10), T(2026, 3, 28, 12), "Campus Hills Park",
   "2000 S Alston Avenue", "27707")
R(P, "J15", "Egg hunt - officers on site", "3/28/2026", "9:30am", "12:30pm", "Campus Hills Pk", None, "DPD")
E("J16", D(2026, 3, 18), "CS P", "virtual_and_in_person_same_title")
E("S15", D(2026, 3, 18), "CS", "virtual_and_in_person_same_title")
R(CS, "J16", "Violence Reduction Plan Community Conversation - In-Person", "3/18/2026", "6pm", "7pm",
  "City Hall Committee Room", "101 City Hall Plaza", "DCSD", es="Conversación comunitaria - en persona")
R(CS, "S15", "Violence Reduction Plan Community Conversation - Virtual", "3/18/2026", "6pm", "7pm", "Zoom", None,
  "DCSD", es="Conversación comunitaria - virtual")
R(P, "J16", "Violence Reduction Plan convo (Chief attending)", "3/18/2026", "6pm", "7pm", "City Hall - Committee Rm",
  None, "Police")
E("J17", D(2026, 3, 21), "CS P", "venue_in_one_row_address_in_other")
R(CS, "J17", "Building Safer Communities: Community Learning Session on Violence Reduction", "3/21/2026",
  "11:30 AM", "1:30 PM", "Holton Career and Resource Center", None, "DCSD")
R(P, "J17", "Community learning session - violence reduction", "3/21/2026", "11:30am", "1:30pm", None,
  "401 N Driver St.", "DPD")

# ------------------------------------------------------------------ April 2026
E("J18", D(2026, 4, 15), "EC F CS", "hedged_and_prose_partners",
  note="Police '(tentative)' not counted; Engine 1 named in prose counts; HEART demo row joins")
R(EC, "J18", "DECC Open House - Telecommunicators Week", "4/15/2026", "4pm", "7pm",
  "Durham Emergency Communications Center", "510 S Mangum St", "911", "Police (tentative)", "Open House",
  "Engine 1 joins us for the kids' walk-through.")
R(CS, "J18", "HEART crisis call diversion demo @ DECC open house", "4/15/2026", "5pm", "6pm", "510 S. Mangum Street",
  None, "DCSD")
E("J19", D(2026, 4, 19), "PR F", "different_titles_per_department")
PK(8108, "J19", "Earth Day Festival", T(2026, 4, 19, 12), T(2026, 4, 19, 16), "Durham Central Park", "501 Foster Street")
R(F, "J19", "Fire safety booth - Earth Day Fest", "4/19/2026", "noon", "4pm", "Durham Central Park, 501 Foster St",
  None, "DFD")
E("M02", D(2026, 4, 18), "P PR", "moved_date_one_tab",
  note="Police moved the bike rodeo 4/11 -> 4/18; Parks' helmet-fitting row still on 4/11",
  debatable="Parks' 4/11 row belongs to the 4/18 event")
R(P, "M02", "Bike Rodeo - Y.E. Smith Elementary", "4/18/2026", "10am", "12pm", "Y.E. Smith Elementary",
  "2410 E Main St", "Police", None, "Youth Program", "Moved from 4/11 (school testing day).")
R(PRT, "M02", "Bike Rodeo helmet fitting", "4/11/2026", "10am", "12pm", "YE Smith Elem", None, "Parks")

# ------------------------------------------------------------------ May 2026
E("A02", D(2026, 5, 16), "P F CS EC EM PR", "all_department_flagship")
PK(8109, "A02", "Bimbe Cultural Arts Festival", T(2026, 5, 16, 13), T(2026, 5, 16, 16), "Rock Quarry Park",
   "701 Stadium Drive", "27704")
R(P, "A02", "Bimbe Fest security detail", "5/16/2026", "12pm", "5pm", "Rock Quarry Park", None, "DPD")
R(F, "A02", "Ladder 4 display - Bimbe", "5/16/2026", "1pm", "4pm", None, "701 Stadium Drive", "DFD")
R(EC, "A02", "911 kiosk @ Bimbe", "5/16/2026", "1:00 PM", "4:00 PM", "Rock Quarry Pk", None, "911")
R(CS, "A02", "Carpa de HEART - Festival Bimbe", "5/16/2026", "1 p. m.", "4 p. m.", "Parque Rock Quarry", None,
  "Seguridad Comunitaria")
EMV("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6071829304A5B6C7D8E05", "A02",
    "Cooling tent - Bimbe Festival", T(2026, 5, 16, 13), T(2026, 5, 16, 16), "Rock Quarry Pk (701 Stadium Dr)")
E("J20", D(2026, 5, 11), "PR P", "different_titles_per_department")
PK(8110, "J20", "Bimbe Weekday Event: Community Block Party", T(2026, 5, 11, 12), T(2026, 5, 11, 13),
   "I.R. Holmes, Sr. Recreation Center at Campus Hills", "2000 S Alston Avenue", "27707")
R(P, "J20", "Officer meet & greet - Bimbe block party", "5/11/2026", "12pm", "1pm",
  "<p>I.R. Homes, Sr. Recreation Center at Campus Hills</p> - 2000 S Alston Avenue  Durham NC 27707", None, "DPD")
E("J21", D(2026, 5, 30), "EM CS", "spanish_title_column")
EMV("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6071829304A5B6C7D8E06", "J21",
    "Hurricane Preparedness Fair", T(2026, 5, 30, 10), T(2026, 5, 30, 13), "Southwest Regional Library")
R(CS, "J21", "Hurricane Prep Fair", "5/30/2026", "10am", "1pm", None, "3605 Shannon Rd", "DCSD",
  es="Feria de Preparación para Huracanes")

# ------------------------------------------------------------------ June 2026
E("J22", D(2026, 6, 22), "F PR", "multi_day_split_by_day",
  note="Fire one range row 6/22-6/25; Parks calendar one VEVENT per day")
R(F, "J22", "Junior Fire Marshal Camp (ages 11-15)", "6/22/2026 - 6/25/2026", "9am", "12pm",
  "Edison Johnson Rec Ctr", None, "Fire", "Parks & Rec", "Youth Program")
for i in range(4):
    PK(8120 + i, "J22", f"Junior Fire Marshal Camp - Day {i + 1}", T(2026, 6, 22 + i, 9), T(2026, 6, 22 + i, 12),
       "Edison Johnson Recreation Center", "500 W Murray Avenue", "27704")
E("J23", D(2026, 6, 19), "PR P", "coverage")
R(PRT, "J23", "Juneteenth Celebration", "6/19/2026", "12pm", "5pm", "Durham Central Park", "501 Foster St", "Parks",
  etype="Festival")
R(P, "J23", "Juneteenth - Foster St road closure", "6/19/2026", "10am", "6pm", "Foster St (Hunt St to Corporation St)",
  None, "DPD")
E("J24", D(2026, 6, 6), "PR P", "same_dept_tab_and_calendar",
  note="Parks logged the Canine Field Day in its calendar AND its tab; Police K-9 unit joins")
PK(8111, "J24", "Canine Field Day", T(2026, 6, 6, 10), T(2026, 6, 6, 13), "Rock Quarry Park", "701 Stadium Drive", "27704")
R(PRT, "J24", " Canine Field Day", "6/6/2026", "10am", "1pm", "Rock Quarry Park", "701 Stadium Dr", "DPR")
R(P, "J24", "K-9 demo at Canine Field Day", "6/6/2026", "11am", "11:45am", "Rock Quarry Pk", None, "Police")

# ------------------------------------------------------------------ background calendar programmes (real titles)
uid = 8200
for d in [D(2025, 7, 9), D(2025, 9, 10), D(2025, 11, 5), D(2026, 1, 14), D(2026, 3, 4), D(2026, 5, 6)]:
    k = f"Y{d:%m%d}"
    E(k, d, "PR", "background_weekly")
    PK(uid, k, "Daytime Yoga", T(d.year, d.month, d.day, 10), T(d.year, d.month, d.day, 11),
       "I.R. Holmes, Sr. Recreation Center- Multi Purpose Room", "2000 S Alston Avenue", "27707")
    uid += 1
for d in [D(2025, 8, 2), D(2025, 10, 4), D(2026, 4, 4)]:
    k = f"W{d:%m%d}"
    E(k, d, "PR", "background")
    PK(uid, k, "Discovering West Point on the Eno: Historic Walking Tour", T(d.year, d.month, d.day, 14),
       T(d.year, d.month, d.day, 15), "West Point on the Eno- McCown-Magnum House", "5101 N Roxboro Street")
    uid += 1
for d in [D(2025, 8, 29), D(2026, 2, 27)]:
    k = f"L{d:%m%d}"
    E(k, d, "PR", "background")
    PK(uid, k, "Line Dance (PM)", T(d.year, d.month, d.day, 18), T(d.year, d.month, d.day, 19),
       "Edison Johnson Recreation Center- Dance Room", "500 W Murray Avenue", "27704")
    uid += 1
E("S16", D(2026, 2, 10), "EM", "background")
EMV("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6071829304A5B6C7D8E07", "S16",
    "Winter Weather Prep Talk", T(2026, 2, 10, 18), T(2026, 2, 10, 19), "North Regional Library")
E("S17", D(2026, 4, 8), "EM", "background_internal", internal=True)
EMV("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6071829304A5B6C7D8E08", "S17",
    "EM staff meeting", T(2026, 4, 8, 9), T(2026, 4, 8, 10), "EOC", cls="PRIVATE")
for d, t in [(D(2025, 11, 19), "Hands-Only CPR Class"), (D(2026, 5, 20), "Hands-Only CPR")]:
    k = f"CPR{d:%m%d}"
    E(k, d, "F", "background")
    R(F, k, t, d, "6pm", "7:30pm", "Fire Station 1", "139 E Morgan St", "Fire", etype="CPR Class")
for d in [D(2025, 12, 17), D(2026, 2, 18), D(2026, 4, 22)]:
    k = f"CC{d:%m%d}"
    E(k, d, "P", "background")
    R(P, k, "Coffee w/ a Cop", d, "8am", "10am", "Beyu Caffe", "341 W Main St", "DPD")
E("S18", D(2026, 6, 10), "EC", "background")
R(EC, "S18", "When to Call 911 - Summer Camp Visit", "6/10/2026", "10am", "11am", "W.D. Hill Recreation Center",
  "1308 Fayetteville St", "911", desc="Learn what 911 dispatchers do.")
E("S19", D(2025, 9, 24), "P", "background", cancelled=True)
R(P, "S19", "Bike Safety Rodeo - CANCELLED", "9/24/2025", "4pm", "6pm", "Lyon Park", "1309 Halley St", "Police")
R(CS, None, "Mesa informativa HEART", "31/31/2025", "10am", None, "Lyon Park", None, "DCSD", valid="no")
E("S20", D(2026, 1, 31), "CS", "background")
R(CS, "S20", "Community Safety Town Hall: Crisis Response in the Bull City", "1/31/2026", "11am", "1pm",
  "Holton Career and Resource Center", "401 N Driver St", "DCSD", None, "Town Hall",
  "Last year DPD joined us; this year it is a Community Safety listening session.",
  es="Foro comunitario: Respuesta a crisis en Bull City")

# =================================================================== write files
STD = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
       "Lead Department", "Partner Departments", "Event Type", "Description", "Audience", "Visibility", "Status",
       "Internal Notes"]
EC_HEAD = {"Event Name": "Title", "Date": "Start Date", "Time": "Start Time", "End Time": "End Time",
           "Venue": "Location", "Address": "Address", "Dept": "Lead Department", "Partners": "Partner Departments",
           "Type": "Event Type", "Description": "Description", "Audience": "Audience", "Visibility": "Visibility",
           "Status": "Status", "Notes": "Internal Notes"}
wb = openpyxl.Workbook()
wb.remove(wb.active)
for tab in [P, F, CS, EC, PRT]:
    ws = wb.create_sheet(tab)
    if tab == EC:
        heads, canon = list(EC_HEAD), list(EC_HEAD.values())
    elif tab == CS:
        heads = canon = STD + ["Title (Spanish)"]
    else:
        heads = canon = STD
    ws.append(heads)
    for i, (cells, key, valid) in enumerate(ROWS[tab], start=2):
        vals = []
        for c in canon:
            v = cells.get(c)
            if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
                v = dt.datetime(v.year, v.month, v.day)
            vals.append(v)
        ws.append(vals)
        LABELS.append((tab, i, key, valid))
wb.save(HERE / "intake.xlsx")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def fold(line):
    out = []
    while len(line.encode()) > 75:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


# (the project's ../shared, as the rules ask: no absolute path of one machine)
real = ((HERE.parents[2].parent / "shared" / "realdata" / "durham_parks_rec.ics").read_text().replace("\r\n", "\n"))
head = real.split("BEGIN:VEVENT")[0].rstrip("\n").split("\n")
lines = head[:]
for e in PARKS:
    f = "%Y%m%dT%H%M%S"
    lines += ["BEGIN:VEVENT", f"DESCRIPTION: https://www.dprplaymore.org/calendar.aspx?EID={e['uid']}",
              f"DTEND;TZID=America/New_York:{e['end']:{f}}", "DTSTAMP;TZID=America/New_York:20250601T114443",
              f"DTSTART;TZID=America/New_York:{e['start']:{f}}",
              "LAST-MODIFIED;TZID=America/New_York:20250601T114443", fold("LOCATION:" + ics_escape(e["loc"])),
              "SEQUENCE:0", "SUMMARY:" + e["title"], f"UID:{e['uid']}",
              "URL:/common/modules/iCalendar/iCalendar.aspx?feed=calendar&catID=22", "END:VEVENT"]
    LABELS.append((f"calendar:{e['uid']}", "", e["key"], "yes"))
lines.append("END:VCALENDAR")
(HERE / "parks_civicplus.ics").write_text("\r\n".join(lines) + "\r\n")

TZ = '(UTC-05:00) Eastern Time (US & Canada)'
em = ["BEGIN:VCALENDAR", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", "METHOD:PUBLISH",
      "X-WR-CALNAME:EM Outreach", "BEGIN:VTIMEZONE", f"TZID:{TZ}", "BEGIN:STANDARD", "DTSTART:16011104T020000",
      "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
      "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
      "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE"]
for e in EMCAL:
    f = "%Y%m%dT%H%M%S"
    ev = ["BEGIN:VEVENT", f"CLASS:{e['cls']}", "CREATED:20250601T120000Z",
          f'DTEND;TZID="{TZ}":{e["end"]:{f}}', "DTSTAMP:20251201T120000Z", f'DTSTART;TZID="{TZ}":{e["start"]:{f}}']
    if e["exdate"]:
        ev.append(f'EXDATE;TZID="{TZ}":{e["exdate"]:{f}}')
    ev += ["LAST-MODIFIED:20250601T120000Z", "LOCATION:" + ics_escape(e["loc"]), "PRIORITY:5"]
    if e["recid"]:
        ev.append(f'RECURRENCE-ID;TZID="{TZ}":{e["recid"]:{f}}')
    if e["rrule"]:
        ev.append("RRULE:" + e["rrule"])
    ev += ["SEQUENCE:0", "SUMMARY;LANGUAGE=en-us:" + e["title"], "TRANSP:OPAQUE", fold("UID:" + e["uid"]),
           "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]
    if e["cls"] == "PRIVATE":
        ev.append("X-MICROSOFT-CDO-SENSITIVITY:2")
    ev.append("END:VEVENT")
    em += ev
    if e["occ_keys"]:
        for d, k in e["occ_keys"].items():
            LABELS.append((f"calendar:{e['uid']}@{d:%Y-%m-%d}", "", k, "yes"))
    elif e["recid"]:
        pass  # labelled by the master's occurrence (original date)
    else:
        LABELS.append((f"calendar:{e['uid']}", "", e["key"], "yes"))
em.append("END:VCALENDAR")
(HERE / "em_outlook.ics").write_text("\r\n".join(em) + "\r\n")

with open(HERE / "truth.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["tab", "row", "event_key", "valid"])
    for tab, row, key, valid in LABELS:
        w.writerow([tab, row, key or "", valid])

# figures
by_key = defaultdict(list)
for tab, row, key, valid in LABELS:
    if valid == "yes":
        by_key[key].append(tab if tab.startswith("calendar:") else f"{tab}!{row}")
assert set(by_key) == set(EVENTS), set(by_key) ^ set(EVENTS)


def fq(d):
    fy = d.year + 1 if d.month >= 7 else d.year
    q = (d.month - 7) % 12 // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"


months, quarters = {}, {}
for d in [D(2025, m, 1) for m in range(7, 13)] + [D(2026, m, 1) for m in range(1, 7)]:
    months[f"{d:%Y-%m}"] = {"events": 0, "joint_events": 0}
    quarters.setdefault(fq(d), {"events": 0, "joint_events": 0, "all_department_events": 0})
joint_keys = [k for k, e in EVENTS.items() if len(e["depts"]) >= 2 and not e["internal"]]
for k, e in EVENTS.items():
    if e["cancelled"]:
        continue
    m, q = f"{e['date']:%Y-%m}", fq(e["date"])
    months[m]["events"] += 1
    quarters[q]["events"] += 1
    if k in joint_keys:
        months[m]["joint_events"] += 1
        quarters[q]["joint_events"] += 1
        if e["depts"] == ALL6:
            quarters[q]["all_department_events"] += 1
fams = defaultdict(list)
for k, e in EVENTS.items():
    fams[e["family"]].append(k)
families = {}
for f, keys in sorted(fams.items()):
    rows = [lab for k in keys for lab in by_key[k]]
    pairs = sum(len(by_key[k]) * (len(by_key[k]) - 1) // 2 for k in keys)
    families[f] = {"note": "; ".join(sorted({EVENTS[k]["note"] for k in keys if EVENTS[k]["note"]})),
                   "events": len(keys), "rows": len(rows), "pairs": pairs,
                   "joint_events": sum(1 for k in keys if k in joint_keys), "event_keys": sorted(keys)}
dup_pairs = sorted(sorted([a, b]) for labs in by_key.values() for i, a in enumerate(labs) for b in labs[i + 1:])
cal_sources = [
    {"file": "parks_civicplus.ics", "department": "Parks and Recreation", "visibility": "Public",
     "event_type": "Recreation Program"},
    {"file": "em_outlook.ics", "department": "Emergency Management", "visibility": "Public",
     "event_type": "Safety Education"}]
expected = {
    "flavour": "v50-durham",
    "rows": sum(1 for lab in LABELS if not lab[0].startswith("calendar:")),
    "calendar_events": len(PARKS) + len(EMCAL),
    "calendar_rows": sum(1 for lab in LABELS if lab[0].startswith("calendar:")),
    "assistance_offer_rows": 0,
    "invalid_rows": sum(1 for lab in LABELS if lab[3] == "no"),
    "events": len(EVENTS),
    "joint_events": len(joint_keys),
    "public_events": sum(1 for e in EVENTS.values() if not e["internal"]),
    "cancelled_events": sum(1 for e in EVENTS.values() if e["cancelled"]),
    "internal_titles": ["NNO planning huddle", "Engine 9 hydrant flushing", "EOC winter weather tabletop",
                        "Care Navigation Team Meeting", "EM staff meeting"],
    "internal_markers": ["919-555-0144"],
    "months": months, "fiscal_quarters": quarters,
    "duplicate_pairs": dup_pairs,
    "calendar_sources": cal_sources,
    "config_snippet": "source:\n  calendars:\n" + "".join(
        f"    - file: {c['file']}\n      department: {c['department']}\n      visibility: {c['visibility']}\n"
        f"      event_type: {c['event_type']}\n" for c in cal_sources),
    "labels": "as dedupe-dev2: Tab!row (row 1 header), calendar:<UID>, calendar:<UID>@<YYYY-MM-DD> original local date",
    "event_departments": {k: EVENTS[k]["depts"] for k in joint_keys},
    "event_family": {k: e["family"] for k, e in EVENTS.items()},
    "families": families,
    "debatable": {k: e["debatable"] for k, e in EVENTS.items() if e["debatable"]},
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=1, default=str))
print(f"rows {expected['rows']} + calendar {expected['calendar_rows']}; events {len(EVENTS)}, "
      f"joint {len(joint_keys)}, pairs {len(dup_pairs)}")
