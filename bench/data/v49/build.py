"""Fennimore Falls (county seat, America/Chicago) labelled joint-event set, FY26 (Jul 2025 - Jun 2026).

Six tabs kept by six clerks with their own habits (Police: ALL CAPS; Fire: times in the title;
Community Safety: partners only in prose; 911: abbreviations; Emergency Management: rows copied
from last year and edited; Parks: dropdown Status always filled). Places and titles are drawn
from the NYC permitted-events file (Movies Under the Stars, SAFE Disposal, Learn to Ride a Bike,
Tai Chi in the Park, Fido Coffee Bark, block faces "X between Y and Z") and the King County
community-events file (Delridge Community Center, Southwest Precinct Community Picnic, Occidental
Square, 12th Avenue between Pike and Pine, Lake Wilderness Lodge, Cedar Heights Middle School).
Writes intake.xlsx, truth.csv and expected.json beside this file (dedupe-dev2 format).
"""
import csv
import json
import random
from collections import defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
random.seed(49)

TABS = ["Police", "Fire", "Community Safety", "911 Emergency Communications",
        "Emergency Management", "Parks and Recreation"]
DEPT = {"Police": "Police", "Fire": "Fire", "Community Safety": "Community Safety",
        "911 Emergency Communications": "Emergency Communications",
        "Emergency Management": "Emergency Management", "Parks and Recreation": "Parks and Recreation"}
HEAD = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
        "Lead Department", "Partner Departments", "Event Type", "Description", "Visibility", "Status",
        "Internal Notes"]
ALL6 = sorted(DEPT.values())

rows = {t: [] for t in TABS}          # tab -> list of (cells dict, key, valid)
events = {}                            # key -> meta
DEBATABLE = {}


def ev(key, family, depts, day, note="", cancelled=False, internal=False, title=None):
    events[key] = {"family": family, "departments": sorted(set(depts)), "date": day, "note": note,
                   "cancelled": cancelled, "internal": internal, "title": title}


def R(tab, key, title, start, time=None, end=None, etime=None, loc=None, addr=None, lead=None,
      partners=None, typ=None, desc=None, vis="Public", status=None, notes=None, eid=None, valid="yes"):
    c = {"Event ID": eid, "Title": title, "Start Date": start, "Start Time": time, "End Date": end,
         "End Time": etime, "Location": loc, "Address": addr, "Lead Department": lead,
         "Partner Departments": partners, "Event Type": typ, "Description": desc, "Visibility": vis,
         "Status": status, "Internal Notes": notes}
    if tab == "Police":  # clerk types everything in capitals
        for k in ("Title", "Location", "Address", "Lead Department", "Partner Departments", "Description",
                  "Visibility", "Status", "Internal Notes"):
            if isinstance(c[k], str):
                c[k] = c[k].upper()
        if c["Lead Department"] is None:
            c["Lead Department"] = "FFPD"
    if tab == "Parks and Recreation":  # dropdown: Status and Visibility always filled
        c["Status"] = c["Status"] or "Scheduled"
        c["Lead Department"] = c["Lead Department"] or "Parks and Recreation"
    if tab == "Community Safety":  # never fills Partner Departments
        c["Partner Departments"] = None
        c["Lead Department"] = c["Lead Department"] or "Community Safety"
    if tab == "Emergency Management":
        c["Lead Department"] = c["Lead Department"] or "Emergency Mgmt"
    if tab == "911 Emergency Communications":
        c["Lead Department"] = c["Lead Department"] or "FF911"
    if tab == "Fire":
        c["Lead Department"] = c["Lead Department"] or "FFFD"
    rows[tab].append((c, key, valid))


D = date
# ---------------------------------------------------------------- places
DELRIDGE, DELRIDGE_A = "Delridge Community Center", "4501 Delridge Ave SW"
RIVERSIDE, RIVERSIDE_A = "Riverside Park - Concert Grove Pavilion", "200 Water St"
HQ_A = "415 W Grand Ave"
LIB, LIB_A = "Fennimore Falls Public Library, Meeting Room B", "322 Oak St"
EOC, EOC_A = "Emergency Operations Center", "1200 Commerce Pkwy"
BALLARD, BALLARD_A = "Ballard Commons Park", "5701 22nd Ave NW"
FAIR, FAIR_A = "Fennimore County Fairgrounds", "1801 State Hwy 18"
CITYHALL_A = "100 Court Sq"

# ================================================================ BACKGROUND (single department)
n = 0


def bk(prefix):
    global n
    n += 1
    return f"{prefix}{n:03d}"


# Police: Coffee with a Cop, monthly-ish, Bean There Cafe
for d in [D(2025, 7, 9), D(2025, 9, 10), D(2025, 11, 12), D(2026, 1, 14), D(2026, 5, 13)]:
    k = bk("B"); ev(k, "background_recurring", ["Police"], d)
    R("Police", k, "Coffee with a Cop", d, "8:00 AM", etime="10:00 AM", loc="Bean There Cafe",
      addr="118 W Grand Ave", typ="Community Meeting", desc="Grab a coffee and meet your beat officers.")
# Police: Citizens Police Academy weekly (session 3 gets a 911 session, see J16)
cpa = {}
for i, d in enumerate([D(2026, 2, 3), D(2026, 2, 10), D(2026, 2, 17), D(2026, 2, 24)], 1):
    k = bk("B"); cpa[i] = k; ev(k, "weekly_class_with_one_partner_session", ["Police"], d)
    R("Police", k, f"Citizens Police Academy - Week {i}", d, "6:00 PM", etime="9:00 PM", loc="Police HQ Training Room",
      addr=HQ_A, typ="Youth Program", desc="Eight-week academy for residents 16 and over.")
# Police internal + cancelled
k = bk("B"); ev(k, "background_internal", ["Police"], D(2025, 8, 20), internal=True, title="In-Service Training - Defensive Tactics")
R("Police", k, "In-Service Training - Defensive Tactics", D(2025, 8, 20), "0800 hrs", etime="1600 hrs", loc="Police HQ Training Room",
  addr=HQ_A, vis="Internal", notes="Sgt. Kowalski x4471, mandatory for B shift")
k = bk("B"); ev(k, "background_internal", ["Police"], D(2026, 3, 4), internal=True, title="FTO Quarterly Briefing")
R("Police", k, "FTO Quarterly Briefing", D(2026, 3, 4), "2:00 PM", etime="4:00 PM", loc="Police HQ Room 204",
  addr=HQ_A, vis="Internal", notes="Lt. Haines cell 608-555-0142")
k = bk("B"); ev(k, "background_cancelled", ["Police"], D(2025, 9, 27), cancelled=True)
R("Police", k, "Bike Patrol Meet & Greet", D(2025, 9, 27), "10:00 AM", etime="12:00 PM", loc="Occidental Square",
  addr="S Main St and Occidental Ave S", status="Cancelled - weather")
# Own situation: same title, same time, different places (two shred days)
k = bk("B"); ev(k, "own_same_title_two_places", ["Police"], D(2025, 10, 18))
R("Police", k, "Shred Day", D(2025, 10, 18), "9 AM", etime="12 PM", loc="Police HQ parking lot", addr=HQ_A,
  desc="Free document shredding, sponsored by Fennimore Credit Union.")
k = bk("B"); ev(k, "own_same_title_two_places", ["Fire"], D(2025, 10, 18))
R("Fire", k, "Shred Day 9am-noon", D(2025, 10, 18), "9:00 AM", etime="12:00 PM", loc="Fire Station 3", addr="2290 Lakeshore Dr",
  desc="Shred truck from Lakeshore Bank at Station 3.")
# Own situation: two meetings, two rooms of City Hall, same evening
k = bk("B"); ev(k, "own_two_rooms_same_evening", ["Police"], D(2025, 11, 18))
R("Police", k, "Beat 4 Community Meeting", D(2025, 11, 18), "6:30 PM", etime="8:00 PM", loc="City Hall Room 1A",
  addr=CITYHALL_A, typ="Community Meeting")
k = bk("B"); ev(k, "own_two_rooms_same_evening", ["Community Safety"], D(2025, 11, 18))
R("Community Safety", k, "Violence Interruption Listening Session", D(2025, 11, 18), "6:00 PM", etime="8:00 PM",
  loc="City Hall Council Chambers", addr=CITYHALL_A, typ="Community Meeting",
  desc="Residents talk with our violence interrupters about what is working on the East Side.")
# Own situation: a department is the SUBJECT, not a participant
k = bk("B"); ev(k, "own_department_as_subject", ["Community Safety"], D(2026, 1, 27),
               note="Police is the topic of the session, not a participant")
DEBATABLE[k] = "Police is only the topic (use-of-force policy); labelled single-department."
R("Community Safety", k, "Listening Session: Police Use-of-Force Policy", D(2026, 1, 27), "6:00 PM", etime="7:30 PM",
  loc="Eastgate Senior Center", addr="880 Pine St", typ="Community Meeting",
  desc="Residents give feedback on the Fennimore Falls Police Department's draft use-of-force policy to the "
       "civilian review board. An independent facilitator from the university leads; no police staff present.")
# Fire background
for d, area in [(D(2025, 9, 13), "Eastgate"), (D(2025, 10, 4), "Northside")]:
    k = bk("B"); ev(k, "background", ["Fire"], d)
    R("Fire", k, f"Smoke alarm canvass - {area} 9am-1pm", d, "9:00 AM", etime="1:00 PM", loc=f"{area} neighborhood (meet at Station 2)",
      addr="740 N Main St", typ="Smoke Alarm Install")
k = bk("B"); ev(k, "background", ["Fire"], D(2025, 11, 6))
R("Fire", k, "Station 3 tour for Cub Scouts Pack 112 - 6:30pm", D(2025, 11, 6), "6:30 PM", etime="7:30 PM",
  loc="Fire Station 3", addr="2290 Lakeshore Dr", typ="Youth Program")
k = bk("B"); ev(k, "background_internal", ["Fire"], D(2025, 10, 22), internal=True, title="Engine company drills 0800-1700")
R("Fire", k, "Engine company drills 0800-1700", D(2025, 10, 22), "08:00", etime="17:00", loc="Training Tower",
  addr="1650 Commerce Pkwy", vis="Internal", notes="BC Delgado coordinating; 608-555-0190")
k = bk("B"); ev(k, "background_cancelled", ["Fire"], D(2026, 4, 9), cancelled=True)
R("Fire", k, "Remembering When (seniors) 10am", D(2026, 4, 9), "10:00 AM", etime="11:30 AM", loc="Eastgate Senior Center",
  addr="880 Pine St", status="Cancelled", desc="Fall and fire prevention for older adults.")
# Fire weekly Hands-Only CPR, Thursdays (one session joint with CS: J14)
cprk = {}
for d in [D(2026, 1, 8), D(2026, 1, 15), D(2026, 1, 22), D(2026, 1, 29)]:
    k = bk("B"); cprk[d] = k; ev(k, "weekly_class_with_one_partner_session", ["Fire"], d)
    R("Fire", k, "Hands-Only CPR class 6pm", d, "6:00 PM", etime="7:30 PM", loc=LIB, addr=LIB_A, typ="CPR Class")
# Community Safety background
for d in [D(2025, 8, 12), D(2025, 10, 14), D(2025, 12, 9), D(2026, 2, 10), D(2026, 4, 14), D(2026, 6, 9)]:
    k = bk("B"); ev(k, "background_recurring", ["Community Safety"], d)
    R("Community Safety", k, "Community Safety Advisory Board", d, "5:30 PM", etime="7:00 PM", loc="City Hall Room 2B",
      addr=CITYHALL_A, typ="Community Meeting", desc="Bimonthly public meeting of the advisory board.")
k = bk("B"); ev(k, "background", ["Community Safety"], D(2026, 4, 20))
R("Community Safety", k, "HEART Open House", D(2026, 4, 20), "3:00 PM", etime="6:00 PM", loc="HEART Office",
  addr="77 E Market St", typ="Open House", desc="Meet the HEART crisis responders and see the van.")
# hedged partner: must NOT count
k = bk("B"); ev(k, "hedged_partner_not_counted", ["Community Safety"], D(2025, 7, 19),
               note="Fire only 'might' come, unconfirmed: not a partner")
DEBATABLE[k] = "Fire named as a maybe (might bring Engine 2 if not on a call); labelled single-department."
R("Community Safety", k, "Youth Summer Safety Picnic", D(2025, 7, 19), "12:00 PM", etime="3:00 PM", loc=BALLARD, addr=BALLARD_A,
  typ="Youth Program", desc="Hot dogs, games and a water-safety talk. Fire might bring Engine 2 if they're not on a call - not confirmed yet.")
k = bk("B"); ev(k, "negated_partner_not_counted", ["Community Safety"], D(2025, 10, 29),
               note="Police declined: not a partner")
R("Community Safety", k, "Senior Scam Prevention Talk", D(2025, 10, 29), "10:00 AM", etime="11:00 AM",
  loc="Eastgate Senior Center", addr="880 Pine St", typ="Safety Education",
  desc="Police were asked to present but declined due to staffing; our outreach team will cover gift-card and grandparent scams.")
# 911 background
k = bk("B"); ev(k, "background", ["Emergency Communications"], D(2025, 9, 30))
R("911 Emergency Communications", k, "Tlcmm hiring info sess", D(2025, 9, 30), "5:30p", etime="7p", loc="Comm Ctr trng rm",
  addr=EOC_A, typ="Other", desc="Info session for ppl interested in 911 telecommunicator jobs. Sit-along sign ups.")
k = bk("B"); ev(k, "background_internal", ["Emergency Communications"], D(2025, 12, 3), internal=True, title="CALEA accred. prep mtg")
R("911 Emergency Communications", k, "CALEA accred. prep mtg", D(2025, 12, 3), "1:00 PM", etime="3:00 PM", loc="Comm Ctr conf rm",
  addr=EOC_A, vis="Internal", notes="Dir. Abernathy; bring SOP binders")
k = bk("B"); ev(k, "background", ["Emergency Communications"], D(2026, 3, 18))
R("911 Emergency Communications", k, "Txt-to-911 outreach @ FF Pub Lib", D(2026, 3, 18), "11a", etime="1p", loc="FF Pub Lib lobby",
  addr=LIB_A, typ="Safety Education", desc="How & when to text 911. Handouts in Eng/Span.")
# EM background (rows copied from last year and edited)
for d in [D(2025, 8, 6), D(2025, 11, 5), D(2026, 2, 4), D(2026, 5, 6)]:
    k = bk("B"); ev(k, "background_recurring", ["Emergency Management"], d)
    R("Emergency Management", k, "Outdoor Warning Siren Test", d, "11:00 AM", end=d, etime="11:15 AM", loc="Countywide",
      typ="Safety Education", desc="Quarterly test of all 23 outdoor warning sirens. No action needed.",
      eid=f"EM-24-{d.month:02d}", notes="copied from FY25 sheet")
k = bk("B"); ev(k, "background_internal", ["Emergency Management"], D(2025, 9, 24), internal=True, title="EOC Activation Drill (tabletop)")
R("Emergency Management", k, "EOC Activation Drill (tabletop)", D(2025, 9, 24), "9:00 AM", etime="12:00 PM", loc=EOC, addr=EOC_A,
  vis="Internal", eid="EM-24-031", notes="copied from last year; update ESF leads list. Coord: R. Yoder 608-555-0117")
# EM CERT weekly series (week 3 with Fire: J17)
certk = {}
for i, d in enumerate([D(2026, 3, 7), D(2026, 3, 14), D(2026, 3, 21), D(2026, 3, 28)], 1):
    k = bk("B"); certk[i] = k; ev(k, "weekly_class_with_one_partner_session", ["Emergency Management"], d)
    R("Emergency Management", k, f"CERT Basic Training 2025 - Class {i}", d, "9:00 AM", etime="3:00 PM", loc="EOC Training Room",
      addr=EOC_A, typ="Safety Education", eid=f"EM-24-04{i}",
      desc="Community Emergency Response Team basic course (FEMA curriculum). Must attend all 4 Saturdays.")
# Parks background
for d in [D(2025, 7, 12), D(2025, 7, 19), D(2025, 7, 26)]:
    k = bk("B"); ev(k, "background_weekly", ["Parks and Recreation"], d)
    R("Parks and Recreation", k, "Tai Chi in the Park", d, "8:00 AM", etime="9:00 AM", loc=RIVERSIDE, addr=RIVERSIDE_A,
      typ="Recreation Program")
for d in [D(2026, 1, 9), D(2026, 1, 16)]:
    k = bk("B"); ev(k, "background_weekly", ["Parks and Recreation"], d)
    R("Parks and Recreation", k, "Teen Open Gym", d, "6:00 PM", etime="9:00 PM", loc=DELRIDGE, addr=DELRIDGE_A,
      typ="Youth Program")
k = bk("B"); ev(k, "background", ["Parks and Recreation"], D(2025, 7, 18))
R("Parks and Recreation", k, "Movies Under the Stars: Moana 2", D(2025, 7, 18), "8:30 PM", etime="10:30 PM", loc=RIVERSIDE,
  addr=RIVERSIDE_A, typ="Recreation Program")
k = bk("B"); ev(k, "background", ["Parks and Recreation"], D(2025, 9, 27))
R("Parks and Recreation", k, "Fido Coffee Bark", D(2025, 9, 27), "9:00 AM", etime="11:00 AM", loc="Riverside Park - Dog Run",
  addr=RIVERSIDE_A, typ="Recreation Program")
k = bk("B"); ev(k, "background_cancelled", ["Parks and Recreation"], D(2025, 10, 17), cancelled=True)
R("Parks and Recreation", k, "Fall Outdoor Movie: Coco", D(2025, 10, 17), "7:00 PM", etime="9:00 PM", loc=RIVERSIDE,
  addr=RIVERSIDE_A, status="Cancelled", typ="Recreation Program")
k = bk("B"); ev(k, "background_internal", ["Parks and Recreation"], D(2026, 5, 27), internal=True, title="Seasonal Staff Orientation")
R("Parks and Recreation", k, "Seasonal Staff Orientation", D(2026, 5, 27), "9:00 AM", etime="4:00 PM", loc=DELRIDGE,
  addr=DELRIDGE_A, vis="Internal", notes="HR: bring I-9s. Contact Dana Pruitt 608-555-0163")
# Own situation: same park, same morning, different events (pickleball vs bike rodeo)
k = bk("B"); ev(k, "own_same_place_same_morning_different_events", ["Parks and Recreation"], D(2025, 10, 4))
R("Parks and Recreation", k, "Senior Pickleball Tournament", D(2025, 10, 4), "9:00 AM", etime="1:00 PM",
  loc="Delridge Community Center - Pickleball Courts", addr=DELRIDGE_A, typ="Recreation Program")
k = bk("B"); ev(k, "own_same_place_same_morning_different_events", ["Police"], D(2025, 10, 4))
R("Police", k, "Bike Rodeo", D(2025, 10, 4), "10:00 AM", etime="12:00 PM", loc="Delridge Community Center parking lot",
  addr=DELRIDGE_A, typ="Youth Program", desc="Kids bring bikes, free helmets while they last.")

# ---------------------------------------------------------------- NNO block parties (Police registers them)
nno = D(2025, 8, 5)
bp = {}
for name, addr in [("N Elm", "1420 N Elm St"), ("S Elm", "1420 S Elm St"), ("Maple", "300 blk Maple Ave"),
                   ("Cedar", "Cedar Ct & Birch Ln"), ("Fulton", "Fulton St between Norwood Ave and Hale Ave"),
                   ("Lakeshore", "2217 Lakeshore Dr")]:
    k = bk("N"); bp[name] = k; ev(k, "nno_block_parties", ["Police"], nno)
    R("Police", k, f"National Night Out - {name} block party", nno, "5:30 PM", etime="8:30 PM", loc=addr,
      typ="National Night Out", desc="Registered NNO block party. Officers will stop by.")

# ================================================================ JOINT EVENTS
J = 0


def jk():
    global J
    J += 1
    return f"J{J:02d}"


# NNO drop-bys
k = bp["N Elm"]; events[k]["departments"] = ["Fire", "Police"]; events[k]["family"] = "nno_visit_same_address"
R("Fire", k, "Engine 2 visit - NNO 6:30-7:15pm", nno, "6:30 PM", etime="7:15 PM", loc="1420 N. Elm Street", typ="National Night Out")
k = bp["Fulton"]; events[k]["departments"] = ["Fire", "Police"]; events[k]["family"] = "nno_visit_corner"
R("Fire", k, "Ladder 1 drop by NNO 7-7:30pm", nno, "7:00 PM", etime="7:30 PM", loc="Fulton St at Hale Ave", typ="National Night Out",
  desc="Ladder 1 stopping by the Fulton Street block party.")

# J01 County Fair: range row, day rows, range row with End Date
k = jk(); ev(k, "multi_day_range_and_day_rows", ["Parks and Recreation", "Police", "Fire"], D(2025, 7, 24), title="Fennimore County Fair")
DEBATABLE[k] = "County Fair: range row, two Police day rows and Fire's End-Date row labelled one event (month 2025-07)."
R("Parks and Recreation", k, "Fennimore County Fair", "Jul 24-27, 2025", "10:00 AM", etime="10:00 PM", loc=FAIR, addr=FAIR_A,
  partners="Police, Fire", typ="Festival")
R("Police", k, "County Fair traffic detail", D(2025, 7, 25), "4:00 PM", etime="11:00 PM", loc="Fairgrounds main gate", addr="1801 Hwy 18",
  typ="Festival")
R("Police", k, "County Fair traffic detail", D(2025, 7, 26), "4:00 PM", etime="11:00 PM", loc="Fairgrounds main gate", addr="1801 Hwy 18",
  typ="Festival")
R("Fire", k, "First aid tent - County Fair (10a-10p daily)", D(2025, 7, 24), "10:00 AM", end=D(2025, 7, 27), etime="10:00 PM",
  loc="Fairgrounds - 4H barn", addr="1801 State Highway 18", typ="Festival")

# J02 Southwest Precinct Community Picnic: venue vs address
k = jk(); ev(k, "venue_vs_address", ["Police", "Parks and Recreation"], D(2025, 7, 29))
R("Police", k, "Southwest Precinct Community Picnic", D(2025, 7, 29), "5:00 PM", etime="8:00 PM", loc="Delridge Community Center",
  typ="Community Meeting")
R("Parks and Recreation", k, "SW Precinct Picnic", D(2025, 7, 29), "5:00 PM", etime="8:00 PM", loc=None, addr="4501 Delridge Ave SW",
  partners="FFPD", typ="Community Meeting")

# J03 NNO kickoff rally at Occidental Square
k = jk(); ev(k, "place_as_corner_and_prose", ["Police", "Community Safety", "Emergency Communications"], nno)
R("Police", k, "NNO Kickoff Rally", nno, "4:00 PM", etime="5:00 PM", loc="Occidental Square", addr="S Main St and Occidental Ave S",
  typ="National Night Out")
R("Community Safety", k, "HEART table at NNO kickoff", nno, "4:00 PM", etime="5:00 PM", loc="Occidental Sq",
  desc="Our HEART team will have a table at the Police Department's National Night Out kickoff downtown.")
R("911 Emergency Communications", k, "NNO kickoff - kids 911 booth", nno, "4p", etime="5p", loc="Occidental Ave S & S Main St",
  typ="National Night Out", desc="Teach kids when to call 911. Bring stickers.")

# J04 Back to School Bash
k = jk(); ev(k, "different_titles_per_department", ["Parks and Recreation", "Police", "Fire"], D(2025, 8, 16))
R("Parks and Recreation", k, "Back to School Bash", D(2025, 8, 16), "11:00 AM", etime="3:00 PM", loc=BALLARD, addr=BALLARD_A,
  typ="Festival", desc="Free backpacks, haircuts and school supplies while they last.")
R("Police", k, "Back 2 School Bash - backpack giveaway", D(2025, 8, 16), "11 AM", etime="2 PM", loc="5701 22nd Ave NW",
  typ="Festival")
R("Fire", k, "Touch-a-Truck @ Back to School Bash 11-1", D(2025, 8, 16), "11:00 AM", etime="1:00 PM", loc="Ballard Commons",
  typ="Festival")

# J05 Movies Under the Stars, rain date: Parks moved row, Police left on the old date
k = jk(); ev(k, "rain_date_in_one_tab_only", ["Parks and Recreation", "Police"], D(2025, 8, 29),
             note="Parks moved to 8/29; Police row still on 8/22")
DEBATABLE[k] = "Rain date: labelled one event on the NEW date 8/29 (Police row left on 8/22 belongs to it)."
R("Parks and Recreation", k, "Movies Under the Stars: Inside Out 2", D(2025, 8, 29), "8:00 PM", etime="10:00 PM", loc=RIVERSIDE,
  addr=RIVERSIDE_A, partners="Police", typ="Recreation Program", desc="Rain date - originally 8/22. Free popcorn from FFPD.")
R("Police", k, "Popcorn at Movies Under the Stars", D(2025, 8, 22), "7:45 PM", etime="9:30 PM", loc="Riverside Park", typ="Recreation Program")

# J06 Senior Safety Day with a double entry in the 911 tab
k = jk(); ev(k, "double_entry_one_tab", ["Parks and Recreation", "Emergency Communications"], D(2025, 9, 9))
R("Parks and Recreation", k, "Senior Safety Day", D(2025, 9, 9), "10:00 AM", etime="1:00 PM", loc="Eastgate Senior Center",
  addr="880 Pine St", typ="Safety Education", partners="911")
R("911 Emergency Communications", k, "Txt-to-911 demo @ Sr Ctr", D(2025, 9, 9), "10a", etime="12p", loc="Eastgate Sr Ctr",
  typ="Safety Education")
R("911 Emergency Communications", k, "Text to 911 demo - Sr Ctr", D(2025, 9, 9), "10:00 AM", etime="12:00 PM", loc="880 Pine St",
  typ="Safety Education")

# J07 Lake Wilderness Lodge preparedness workshop (EM copied row; Parks)
k = jk(); ev(k, "copied_row_last_year", ["Emergency Management", "Parks and Recreation"], D(2025, 9, 16))
R("Emergency Management", k, "Emergency Preparedness Workshop 2024", D(2025, 9, 16), "6:00 PM", end=D(2024, 9, 17), etime="8:00 PM",
  loc="Lake Wilderness Lodge", addr="22500 SE 248th St", typ="Safety Education", eid="EM-24-029",
  desc="Build a kit, make a plan. (Last year 41 attended.)", notes="copied from FY25 row, updated date")
R("Parks and Recreation", k, "Be Ready! Preparedness Workshop", D(2025, 9, 16), "6:00 PM", etime="8:00 PM", loc="Lk Wilderness Lodge",
  addr="22500 SE 248th Street", partners="Emergency Management", typ="Safety Education")

# J08 ALL-DEPARTMENT: Fennimore Falls Safety Fair (6 rows)
k = jk(); ev(k, "all_department", ALL6, D(2025, 9, 20), title="Fennimore Falls Safety Fair")
R("Parks and Recreation", k, "Fennimore Falls Safety Fair", D(2025, 9, 20), "10:00 AM", etime="2:00 PM", loc=RIVERSIDE, addr=RIVERSIDE_A,
  partners="All departments", typ="Festival")
R("Police", k, "FF Safety Fair - K9 demo & car seat checks", D(2025, 9, 20), "10:00 AM", etime="2:00 PM", loc="Riverside Park",
  typ="Festival")
R("Fire", k, "Safety Fair - Engine 3 + smoke trailer 10a-2p", D(2025, 9, 20), "9:30 AM", etime="2:00 PM", loc="Riverside Park Concert Grove",
  typ="Festival")
R("Community Safety", k, "Safety Fair - HEART info booth", D(2025, 9, 20), "10:00 AM", etime="2:00 PM", loc="Riverside Park",
  desc="HEART responders staff a booth at the city Safety Fair.")
R("911 Emergency Communications", k, "Sfty Fair - 911 kids booth", D(2025, 9, 20), "10a", etime="2p", loc="Riverside Pk pavilion")
R("Emergency Management", k, "Safety Fair 2024 - CERT / go-kit table", D(2025, 9, 20), "10:00 AM", end=D(2024, 9, 21), etime="2:00 PM",
  loc="Riverside Park - Concert Grove", addr="200 Water Street", eid="EM-24-030", notes="copied from FY25 sheet")

# J09 Fire Prevention Open House at Station 1
k = jk(); ev(k, "different_titles_per_department", ["Fire", "Emergency Communications", "Police"], D(2025, 10, 11))
R("Fire", k, "Fire Prevention Week Open House 10am-2pm", D(2025, 10, 11), "10:00 AM", etime="2:00 PM", loc="Fire Station 1",
  addr="310 N Main St", typ="Open House")
R("911 Emergency Communications", k, "Dispatch kiosk - FS1 open hse", D(2025, 10, 11), "10a", etime="2p", loc="FS1",
  typ="Open House")
R("Police", k, "K9 demo at Station 1 Open House", D(2025, 10, 11), "12:00 PM", etime="12:45 PM", loc="Fire Station 1 apparatus bay",
  typ="Open House")

# J10 Drug Take Back (Police) / Rx disposal (EM copied row)
k = jk(); ev(k, "kind_in_other_words", ["Police", "Emergency Management"], D(2025, 10, 25))
R("Police", k, "Drug Take Back Day", D(2025, 10, 25), "10:00 AM", etime="2:00 PM", loc="Police HQ parking lot", addr=HQ_A,
  typ="Safety Education")
R("Emergency Management", k, "SAFE Disposal Event - Rx & sharps (Apr 2025)", D(2025, 10, 25), "10:00 AM", etime="2:00 PM",
  loc="FFPD Headquarters", addr="415 West Grand Avenue", eid="EM-24-011", typ="Safety Education",
  desc="Prescription disposal and sharps collection with the DEA take back day.", notes="copied from April row")

# J11 Trunk or Treat: Police copy cancelled (withdrew), Parks holds it -> one event, Parks only
k = jk(); ev(k, "cancelled_copy_one_tab", ["Parks and Recreation"], D(2025, 10, 31),
             note="Police's copy is Cancelled because Police withdrew; the event went ahead without Police")
DEBATABLE[k] = ("Police row Cancelled ('officers reassigned'): labelled one event held by Parks alone, not joint. "
                "A reader could also call it a cancelled event or a Police+Parks joint event.")
R("Parks and Recreation", k, "Trunk or Treat", D(2025, 10, 31), "5:00 PM", etime="7:00 PM", loc=DELRIDGE + " parking lot",
  addr=DELRIDGE_A, partners="Police (unable to attend)", typ="Festival")
R("Police", k, "Trunk or Treat", D(2025, 10, 31), "5:00 PM", etime="7:00 PM", loc="Delridge CC lot", status="Cancelled",
  desc="Officers reassigned to the homecoming game - we will not have a car there.")

# J12 Public Safety Town Hall: CS prose row, Police row
k = jk(); ev(k, "partner_named_only_in_prose", ["Community Safety", "Police"], D(2025, 11, 6))
R("Community Safety", k, "Public Safety Town Hall", D(2025, 11, 6), "6:00 PM", etime="8:00 PM", loc="City Hall Council Chambers",
  addr=CITYHALL_A, typ="Town Hall", desc="Co-hosted with the Fennimore Falls Police Department. Chief Ortiz will answer questions.")
R("Police", k, "Town Hall w/ Chief Ortiz", D(2025, 11, 6), "6:00 PM", etime="8:00 PM", loc="Council Chambers, City Hall",
  typ="Town Hall")

# J13 CS single rows, partner only in prose
k = jk(); ev(k, "partner_named_only_in_prose_single_row", ["Community Safety", "Police"], D(2025, 8, 26))
R("Community Safety", k, "Eastside Neighborhood Safety Walk", D(2025, 8, 26), "6:30 PM", etime="8:00 PM", loc="Meet at Eastgate Park shelter",
  addr="900 Pine St", desc="Walk the neighborhood with Beat 2 officers from FFPD and note broken lights and hazards.")
k = jk(); ev(k, "partner_named_only_in_prose_single_row", ["Community Safety", "Parks and Recreation"], D(2026, 4, 8))
R("Community Safety", k, "Safe Routes walk audit - Cedar Heights", D(2026, 4, 8), "3:30 PM", etime="5:00 PM", loc="Cedar Heights Middle School",
  addr="1964 SE 27th St", desc="Parks staff lead the walk along the greenway; we collect resident notes on crossings.")

# J15 Ribbon cutting, Station 3 renovation (Fire + Police chief remarks)
k = jk(); ev(k, "different_titles_per_department", ["Fire", "Police"], D(2025, 11, 15))
R("Fire", k, "Station 3 renovation ribbon cutting - 11am", D(2025, 11, 15), None, loc="Fire Station 3", addr="2290 Lakeshore Dr",
  typ="Open House", desc="Ribbon cutting 11am, tours until 1.")
R("Police", k, "Chief remarks - Station 3 ribbon cutting", D(2025, 11, 15), "11:00 AM", etime="11:30 AM", loc="2290 Lakeshore Dr",
  typ="Open House")

# J16 Winter weather webinar (online, EM + 911)
k = jk(); ev(k, "online_both_rows", ["Emergency Management", "Emergency Communications"], D(2025, 11, 20))
R("Emergency Management", k, "Winter Weather Ready Webinar", D(2025, 11, 20), "12:00 PM", etime="1:00 PM", loc="Zoom",
  typ="Safety Education", eid="EM-24-052", desc="Lunch-hour webinar; 911 will cover when to call vs 311.")
R("911 Emergency Communications", k, "Winter wx webinar - when to call 911", D(2025, 11, 20), "12p", etime="1p", loc="Online (Zoom)",
  typ="Safety Education")

# J17 Holiday tree lighting (Parks, Fire Santa, Police traffic)
k = jk(); ev(k, "different_titles_per_department", ["Parks and Recreation", "Fire", "Police"], D(2025, 12, 5))
R("Parks and Recreation", k, "Holiday Tree Lighting", D(2025, 12, 5), "5:00 PM", etime="7:00 PM", loc="Courthouse Square",
  addr=CITYHALL_A, typ="Festival")
R("Fire", k, "Santa arrives on Engine 1 - 5:30pm", D(2025, 12, 5), "5:30 PM", etime="6:30 PM", loc="Courthouse Sq", typ="Festival")
R("Police", k, "Tree lighting - traffic control", D(2025, 12, 5), "4:30 PM", etime="7:30 PM", loc="Court Sq & Main St", typ="Festival")

# J18 Shop with a Cop (Police + Parks youth league)
k = jk(); ev(k, "address_written_differently", ["Police", "Parks and Recreation"], D(2025, 12, 13))
R("Police", k, "Shop with a Cop", D(2025, 12, 13), "8:00 AM", etime="11:00 AM", loc="Walmart (Lakeshore Dr)", typ="Youth Program")
R("Parks and Recreation", k, "Shop w/ a Cop - rec league kids", D(2025, 12, 13), "8:00 AM", etime="11:00 AM", loc="Walmart",
  addr="1550 Lakeshore Dr", partners="FFPD", typ="Youth Program")

# J19 Warming center overnight (EM + Parks)
k = jk(); ev(k, "overnight_hours", ["Emergency Management", "Parks and Recreation"], D(2026, 1, 20))
R("Emergency Management", k, "Warming Center Activation", D(2026, 1, 20), "20:00", end=D(2026, 1, 21), etime="08:00", loc=DELRIDGE,
  addr=DELRIDGE_A, typ="Other", eid="EM-24-007", desc="Wind chills to -25F. Cots from Red Cross.")
R("Parks and Recreation", k, "Overnight Warming Center", D(2026, 1, 20), "8:00 PM", etime="8:00 AM", loc="Delridge CC Gym",
  addr=DELRIDGE_A, partners="EM", typ="Other")

# J20 MLK Day of Service (Parks, CS prose, EM via CERT volunteers)
k = jk(); ev(k, "units_and_prose", ["Parks and Recreation", "Community Safety", "Emergency Management"], D(2026, 1, 19))
R("Parks and Recreation", k, "MLK Day of Service - Riverside Park Cleanup", D(2026, 1, 19), "9:00 AM", etime="12:00 PM",
  loc="Riverside Park", addr=RIVERSIDE_A, partners="CERT volunteers", typ="Other")
R("Community Safety", k, "MLK Day of Service", D(2026, 1, 19), "9:00 AM", etime="12:00 PM", loc="Riverside Park",
  desc="Our violence interrupters join Parks for the riverside litter pick-up.")

# J21 CPR class Jan 22 with CS crisis-line table (one session of a weekly class)
k = cprk[D(2026, 1, 22)]; events[k]["departments"] = ["Fire", "Community Safety"]
R("Community Safety", k, "988 & crisis line info table", D(2026, 1, 22), "6:00 PM", etime="7:30 PM", loc="Library Meeting Room B",
  desc="HEART responders will staff a table at the Fire Department's Thursday Hands-Only CPR class to talk about 988.")

# J22 Ice safety demo at Winterfest
k = jk(); ev(k, "partner_part_inside_hours", ["Parks and Recreation", "Fire"], D(2026, 1, 31))
R("Parks and Recreation", k, "Winterfest on the Lake", D(2026, 1, 31), "11:00 AM", etime="3:00 PM", loc="Lakeshore Park",
  addr="2600 Lakeshore Dr", typ="Festival")
R("Fire", k, "Ice rescue demo - Rescue 1 @ 1pm", D(2026, 1, 31), "1:00 PM", etime="1:45 PM", loc="Lakeshore Park boat launch",
  typ="Safety Education")

# J23 Guns & Hoses charity hockey
k = jk(); ev(k, "title_typed_differently", ["Police", "Fire"], D(2026, 2, 7))
R("Police", k, "Guns N Hoses Hockey Game", D(2026, 2, 7), "7PM", etime="9:30PM", loc="Frank Southern Ice Arena, 2100 S Henderson St",
  typ="Other")
R("Fire", k, "Guns & Hoses charity game 7pm", D(2026, 2, 7), "7:00 PM", etime="9:30 PM", loc="Frank Southern Ice Arena", typ="Other")

# J24 Town hall moved by host (not rain): Police 2/12, 911 still 2/10
k = jk(); ev(k, "moved_date_partner_not_updated", ["Police", "Emergency Communications"], D(2026, 2, 12),
             note="host moved 2/10 -> 2/12; 911 row still 2/10")
DEBATABLE[k] = "Host moved 2/10 -> 2/12; 911 row left on 2/10 labelled part of the event on 2/12."
R("Police", k, "Northside Town Hall", D(2026, 2, 12), "6:00 PM", etime="7:30 PM", loc="Northside Library", addr="1500 N Main St",
  typ="Town Hall", desc="Moved from 2/10 because of the council budget session.")
R("911 Emergency Communications", k, "Twn Hall - 911 info tbl (Northside)", D(2026, 2, 10), "5:45p", etime="7:30p", loc="Northside Lib",
  typ="Town Hall")

# J25 Citizens Police Academy week 3: 911 dispatch session
k = cpa[3]; events[k]["departments"] = ["Police", "Emergency Communications"]
R("911 Emergency Communications", k, "CPA - dispatch ops session", D(2026, 2, 17), "6:00 PM", etime="9:00 PM", loc="FFPD HQ trng rm",
  addr=HQ_A, desc="Tlcmm Sup. Reyes presents 911 call flow to the Citizens Police Academy class.")

# J26 Sound the Alarm double entry in Fire + CS prose
k = jk(); ev(k, "double_entry_one_tab", ["Fire", "Community Safety"], D(2026, 3, 7))
R("Fire", k, "Sound the Alarm - smoke alarm installs 9am-2pm", D(2026, 3, 7), "9:00 AM", etime="2:00 PM", loc="Northside (meet at Station 2)",
  addr="740 N Main St", typ="Smoke Alarm Install")
R("Fire", k, "Sound The Alarm 9-2", D(2026, 3, 7), "9:00 AM", etime="2:00 PM", loc="Fire Station 2", addr="740 N Main St",
  typ="Smoke Alarm Install", desc="Red Cross volunteers + crews.")
R("Community Safety", k, "Sound the Alarm canvass", D(2026, 3, 7), "9:00 AM", etime="2:00 PM", loc="Station 2",
  desc="Our outreach workers canvass Northside alongside Fire crews and Red Cross volunteers.")

# J27 Coffee with a Cop session with HEART (CS prose)
k = jk(); ev(k, "different_titles_per_department", ["Police", "Community Safety"], D(2026, 3, 11))
R("Police", k, "Coffee with a Cop", D(2026, 3, 11), "8:00 AM", etime="10:00 AM", loc="Bean There Cafe", addr="118 W Grand Ave",
  typ="Community Meeting")
R("Community Safety", k, "Coffee & Conversation w/ HEART", D(2026, 3, 11), "8:00 AM", etime="10:00 AM", loc="Bean There Cafe",
  desc="HEART joins Police's Coffee with a Cop this month.")

# J28 CERT class 3 with Fire suppression module
k = certk[3]; events[k]["departments"] = ["Emergency Management", "Fire"]
R("Fire", k, "CERT fire suppression module - Engine 3 crew 9am-12pm", D(2026, 3, 21), "9:00 AM", etime="12:00 PM",
  loc="EOC parking lot", addr="1200 Commerce Parkway", typ="Safety Education")

# J29 Telecommunicators Week open house (911 row with EM in partner column; abbreviations)
k = jk(); ev(k, "partner_column_abbrev", ["Emergency Communications", "Emergency Management"], D(2026, 4, 14))
R("911 Emergency Communications", k, "NPSTW open hse - Comm Ctr & EOC tours", D(2026, 4, 14), "4p", etime="7p", loc="Comm Ctr",
  addr=EOC_A, partners="EM", typ="Open House", desc="Natl Public Safety Tlcmm Wk. Tours every 30 min.")

# J30 ALL-DEPARTMENT: Preparedness Expo (5 rows + Police only in Parks' partner column)
k = jk(); ev(k, "all_department", ALL6, D(2026, 4, 25), title="Spring Preparedness Expo")
R("Emergency Management", k, "Spring Preparedness Expo 2025", D(2026, 4, 25), "9:00 AM", end=D(2025, 4, 26), etime="3:00 PM",
  loc=FAIR + " - Expo Hall", addr=FAIR_A, eid="EM-24-018", typ="Festival", notes="copied from FY25; vendors list TBD")
R("Parks and Recreation", k, "Preparedness Expo", D(2026, 4, 25), "9:00 AM", etime="3:00 PM", loc="Fairgrounds Expo Hall",
  addr="1801 State Hwy 18", partners="EM, FFPD (parking), Fire", typ="Festival")
R("Fire", k, "Expo - extinguisher training lane 9a-3p", D(2026, 4, 25), "9:00 AM", etime="3:00 PM", loc="Fairgrounds Expo Hall",
  typ="Safety Education")
R("Community Safety", k, "Preparedness Expo - HEART booth", D(2026, 4, 25), "9:00 AM", etime="3:00 PM", loc="Fennimore County Fairgrounds",
  desc="Booth at the county Preparedness Expo.")
R("911 Emergency Communications", k, "Prep Expo - txt2911 tbl", D(2026, 4, 25), "9a", etime="3p", loc="Fairgrnds Expo Hall")

# J31 Touch-a-Truck (Parks, Fire 30 min earlier, Police)
k = jk(); ev(k, "time_shift_and_styles", ["Parks and Recreation", "Fire", "Police"], D(2026, 5, 2))
R("Parks and Recreation", k, "Touch a Truck", D(2026, 5, 2), "10:00 AM", etime="1:00 PM", loc=BALLARD, addr=BALLARD_A,
  typ="Youth Program")
R("Fire", k, "Touch-a-Truck (Tower 1, Engine 4) 9:30am", D(2026, 5, 2), "9:30 AM", etime="1:00 PM", loc="Ballard Commons Park",
  typ="Youth Program", desc="Apparatus staged by 9:30 for the 10:00 start.")
R("Police", k, "Touch-a-Truck - patrol car & SWAT van", D(2026, 5, 2), "10-1", loc="5701 22ND AVE NW", typ="Youth Program")

# J32 Learn to Ride a Bike / Bicycle Safety Clinic
k = jk(); ev(k, "kind_in_other_words", ["Parks and Recreation", "Police"], D(2026, 5, 16))
R("Parks and Recreation", k, "Learn to Ride a Bike", D(2026, 5, 16), "9:00 AM", etime="11:00 AM", loc="Ballard Commons Park - basketball courts",
  addr=BALLARD_A, typ="Youth Program")
R("Police", k, "Bicycle Safety Clinic", D(2026, 5, 16), "9:00 AM", etime="11:00 AM", loc="Ballard Commons Park basketball courts",
  typ="Youth Program", desc="Bike officers teach hand signals; helmet fitting.")

# J33 Open Streets on 12th (block face, corner coverage, no-place visit)
k = jk(); ev(k, "block_face_and_corner", ["Parks and Recreation", "Police", "Fire"], D(2026, 5, 30))
DEBATABLE[k] = "Fire 'Engine 1 at Open Streets' has no Location; labelled part of Open Streets by its title."
R("Parks and Recreation", k, "Open Streets on 12th", D(2026, 5, 30), "10:00 AM", etime="4:00 PM", loc="12th Ave between Pike St and Pine St",
  typ="Festival")
R("Police", k, "12th Ave & Pike St - street closure", D(2026, 5, 30), "9:00 AM", etime="5:00 PM", loc="12th Ave & Pike St", typ="Festival")
R("Fire", k, "Engine 1 at Open Streets 12-1pm", D(2026, 5, 30), "12:00 PM", etime="1:00 PM", loc=None, typ="Festival")

# J34 Water Safety Day: Parks partners Fire + EM (pending) -> EM not counted; Fire rescue demo
k = jk(); ev(k, "hedged_partner_in_column", ["Parks and Recreation", "Fire"], D(2026, 6, 13), note="EM (pending) must not count")
R("Parks and Recreation", k, "Water Safety Day", D(2026, 6, 13), "11:00 AM", etime="3:00 PM", loc="Municipal Pool", addr="450 Park Ave",
  partners="Fire; EM (pending)", typ="Safety Education")
R("Fire", k, "Water rescue demo - Rescue 1 1pm", D(2026, 6, 13), "1:00 PM", etime="1:30 PM", loc="Municipal Pool", typ="Safety Education")

# J35 Juneteenth Festival: Parks, Police security (covers), CS prose
k = jk(); ev(k, "coverage_and_prose", ["Parks and Recreation", "Police", "Community Safety"], D(2026, 6, 19))
R("Parks and Recreation", k, "Juneteenth Festival", D(2026, 6, 19), "11:00 AM", etime="5:00 PM", loc="Riverside Park Great Lawn",
  addr=RIVERSIDE_A, typ="Festival")
R("Police", k, "Juneteenth Festival security", D(2026, 6, 19), "10:00 AM", etime="6:00 PM", loc="Riverside Park", typ="Festival")
R("Community Safety", k, "Juneteenth Fest resource table", D(2026, 6, 19), "11:00 AM", etime="5:00 PM", loc="Riverside Park",
  desc="Violence interruption team tabling at Parks' Juneteenth Festival.")

# J36 Severe weather workshop: times typed oddly
k = jk(); ev(k, "time_shift_and_styles", ["Emergency Management", "Community Safety"], D(2026, 5, 19))
R("Emergency Management", k, "Severe Wx Prep Workshop (May 2025)", D(2026, 5, 19), "1830 hrs", etime="2000 hrs", loc=LIB, addr=LIB_A,
  eid="EM-24-021", typ="Safety Education", notes="copied; check room booking")
R("Community Safety", k, "Severe Weather Prep Workshop", D(2026, 5, 19), "6:30ish", etime="8:00 PM", loc="Public Library Mtg Rm B",
  desc="Co-hosted with Emergency Management; Spanish interpretation provided.")

# J37 Single-row joint events through units in Partner Departments
k = jk(); ev(k, "units_instead_of_departments", ["Parks and Recreation", "Fire"], D(2025, 8, 9))
R("Parks and Recreation", k, "Youth Fishing Derby", D(2025, 8, 9), "7:00 AM", etime="11:00 AM", loc="Lakeshore Park pier",
  addr="2600 Lakeshore Dr", partners="Engine 4 crew", typ="Youth Program")
k = jk(); ev(k, "units_instead_of_departments", ["Parks and Recreation", "Police"], D(2025, 7, 31))
R("Parks and Recreation", k, "Ice Cream Social", D(2025, 7, 31), "6:00 PM", etime="7:30 PM", loc=DELRIDGE, addr=DELRIDGE_A,
  partners="Beat 4 officers", typ="Community Meeting")

# J39 Internal joint exercise (EM + 911), not counted in the joint metric (count_internal_joint false)
k = jk(); ev(k, "internal_joint_not_counted", ["Emergency Management", "Emergency Communications"], D(2026, 4, 29), internal=True,
             title="Full-Scale Exercise - Fairgrounds (mass casualty)")
DEBATABLE[k] = "Internal joint exercise: a joint event, but config counts internal joint work out of the monthly figure."
R("Emergency Management", k, "Full-Scale Exercise - Fairgrounds (mass casualty)", D(2026, 4, 29), "8:00 AM", etime="12:00 PM",
  loc=FAIR, addr=FAIR_A, vis="Internal", eid="EM-24-019", notes="Controller: R. Yoder 608-555-0117; evaluators from state")
R("911 Emergency Communications", k, "FSE - dispatch play (MCI)", D(2026, 4, 29), "0800", etime="1200", loc="Fairgrnds",
  vis="Internal", notes="2 tlcmm on sim console; Sup. Reyes")

# ---------------------------------------------------------------- invalid rows
R("Police", "X1", None, D(2025, 8, 14), "7:00 PM", loc="Police HQ", valid="no")
R("Fire", "X2", "Pancake breakfast 8am", "sometime in Sept", "8:00 AM", loc="Fire Station 1", valid="no")
R("911 Emergency Communications", "X3", "Sr Ctr 911 talk", D(2026, 3, 3), "6", loc="Eastgate Sr Ctr", valid="no")
R("Parks and Recreation", "X4", "Spring Egg Hunt", "2/30/2026", "10:00 AM", loc=BALLARD, addr=BALLARD_A, valid="no")


# ================================================================ write
def sort_key(item):
    c = item[0]["Start Date"]
    if isinstance(c, date):
        return c
    return date(2025, 7, 24) if "Jul" in str(c) else date(2026, 12, 31)


wb = openpyxl.Workbook()
wb.remove(wb.active)
truth = []
label_of = defaultdict(list)
for t in TABS:
    ws = wb.create_sheet(t)
    ws.append(HEAD)
    items = sorted(rows[t], key=sort_key)
    # the EM clerk pastes last year's rows at the bottom; keep two out of order
    if t == "Emergency Management":
        items = items[2:] + items[:2]
    for i, (c, key, valid) in enumerate(items, start=2):
        ws.append([c[h] for h in HEAD])
        cell = ws.cell(row=i, column=3)
        if isinstance(c["Start Date"], date):
            cell.number_format = "m/d/yyyy"
        e = ws.cell(row=i, column=5)
        if isinstance(c["End Date"], date):
            e.number_format = "m/d/yyyy"
        truth.append({"tab": t, "row": i, "event_key": key, "valid": valid})
        if valid == "yes":
            label_of[key].append(f"{t}!{i}")
wb.save(HERE / "intake.xlsx")

with open(HERE / "truth.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["tab", "row", "event_key", "valid"])
    w.writeheader()
    w.writerows(truth)


def fq(d):
    fy = d.year + 1 if d.month >= 7 else d.year
    q = (d.month - 7) % 12 // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"


months = defaultdict(lambda: {"events": 0, "joint_events": 0})
quarters = defaultdict(lambda: {"events": 0, "joint_events": 0, "all_department_events": 0})
for k, m in events.items():
    if m["cancelled"]:
        continue
    mo = m["date"].strftime("%Y-%m")
    q = fq(m["date"])
    months[mo]["events"] += 1
    quarters[q]["events"] += 1
    if len(m["departments"]) >= 2 and not m["internal"]:
        months[mo]["joint_events"] += 1
        quarters[q]["joint_events"] += 1
    if set(m["departments"]) >= set(ALL6) and not m["internal"]:
        quarters[q]["all_department_events"] += 1
for mo in [f"2025-{x:02d}" for x in range(7, 13)] + [f"2026-{x:02d}" for x in range(1, 7)]:
    months[mo]
for q in ["FY26-Q1", "FY26-Q2", "FY26-Q3", "FY26-Q4"]:
    quarters[q]

pairs = sorted(sorted(p) for labs in label_of.values() for p in combinations(sorted(labs), 2))
families = defaultdict(lambda: {"events": 0, "rows": 0, "pairs": 0, "joint_events": 0, "event_keys": []})
for k, m in events.items():
    f = families[m["family"]]
    f["events"] += 1
    f["rows"] += len(label_of[k])
    f["pairs"] += len(label_of[k]) * (len(label_of[k]) - 1) // 2
    f["joint_events"] += len(m["departments"]) >= 2
    f["event_keys"].append(k)
    if m["note"]:
        f.setdefault("notes", {})[k] = m["note"]
internal = [k for k, m in events.items() if m["internal"]]
expected = {
    "flavour": "fennimore-falls-v49",
    "city": "Fennimore Falls (America/Chicago), FY26",
    "rows": len(truth),
    "calendar_events": 0, "calendar_rows": 0, "assistance_offer_rows": 0,
    "invalid_rows": sum(1 for r in truth if r["valid"] == "no"),
    "events": len(events),
    "joint_events": sum(1 for m in events.values() if len(m["departments"]) >= 2),
    "public_events": sum(1 for m in events.values() if not m["internal"]),
    "cancelled_events": sum(1 for m in events.values() if m["cancelled"]),
    "internal_titles": [events[k]["title"] for k in internal],
    "internal_markers": ["4471", "608-555-0142", "608-555-0190", "Abernathy", "608-555-0117", "608-555-0163", "Sup. Reyes"],
    "months": dict(sorted(months.items())),
    "fiscal_quarters": dict(sorted(quarters.items())),
    "duplicate_pairs": pairs,
    "calendar_sources": [], "config_snippet": "",
    "labels": "Tab!row with the header as row 1.",
    "event_departments": {k: m["departments"] for k, m in events.items() if len(m["departments"]) >= 2},
    "event_family": {k: m["family"] for k, m in events.items()},
    "families": dict(families),
    "debatable": DEBATABLE,
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=1, default=str))
print(f"rows {len(truth)}, events {len(events)}, joint {expected['joint_events']}, pairs {len(pairs)}")
