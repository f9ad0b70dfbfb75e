#!/usr/bin/env python3
"""Build the Port Aldridge held-out labelled set (FY26) for safety-events.

Writes intake.xlsx, truth.csv and expected.json beside this script, from the rows written
out below. Deterministic: no randomness; every figure in expected.json is computed from the
event list (EVENTS), never typed by hand.

Port Aldridge is an invented small coastal city (America/New_York). Place names are borrowed
from the real King County AFIS events and Pittsburgh NNO registrations in shared/realdata.

Integrated into bench/data by the lead after it was measured held out (see bench/cases.py):
the three wrong-tab events are labelled joint by DESIGN.md's contract (every row's tab
department counts), and the invalid-rows family lists no event keys.
"""
import csv
import datetime as dt
import itertools
import json
import os
from collections import OrderedDict

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------
# Tabs, departments, headers
# ----------------------------------------------------------------------------------------
P, F, CS, T, EM, PR = "Police", "Fire", "Community Safety", "911", "Emergency Mgmt", "Parks & Rec"
TABS = [P, F, CS, T, EM, PR]
DEPT = {  # short code -> department name in config.yaml
    "P": "Police", "F": "Fire", "CS": "Community Safety", "T": "Emergency Communications",
    "EM": "Emergency Management", "PR": "Parks and Recreation",
}
TAB_DEPT = {P: "P", F: "F", CS: "CS", T: "T", EM: "EM", PR: "PR"}
ALL6 = sorted(DEPT.values())

# canonical field keys, and each tab's own header for it (None = the tab has no such column)
FIELDS = ["eid", "title", "date", "time", "end_date", "end_time", "loc", "addr", "lead",
          "partners", "etype", "desc", "vis", "status", "notes"]
STD = {"eid": "Event ID", "title": "Title", "date": "Start Date", "time": "Start Time",
       "end_date": "End Date", "end_time": "End Time", "loc": "Location", "addr": "Address",
       "lead": "Lead Department", "partners": "Partner Departments", "etype": "Event Type",
       "desc": "Description", "vis": "Visibility", "status": "Status", "notes": "Internal Notes"}
# the EM / 911 clerk's layout: one Time cell holding a military range, no End Time column
CLERK = {"eid": "Event ID", "title": "Event", "date": "Date", "time": "Time", "end_date": "End Date",
         "loc": "Place", "addr": "Address", "lead": "Lead Dept", "partners": "Partner Depts",
         "etype": "Category", "desc": "Description", "vis": "Visibility", "status": "Status",
         "notes": "Staff Notes"}
HEADERS = {
    P: [STD[k] for k in FIELDS if k != "eid"],
    F: [STD[k] for k in FIELDS],
    CS: ["Title", "Date", "Start Time", "End Time", "End Date", "Location", "Address", "Lead",
         "Partners", "Type", "Description", "Visibility", "Status", "Notes"],
    T: [CLERK[k] for k in FIELDS if k in CLERK],
    EM: [CLERK[k] for k in FIELDS if k in CLERK],
    PR: ["Event Title", "Start Date", "Start Time", "End Date", "End Time", "Venue", "Address",
         "Host Department", "Partner Departments", "Event Type", "Description", "Visibility",
         "Status", "Internal Notes"],
}
KEYS = {
    P: [k for k in FIELDS if k != "eid"],
    F: list(FIELDS),
    CS: ["title", "date", "time", "end_time", "end_date", "loc", "addr", "lead", "partners",
         "etype", "desc", "vis", "status", "notes"],
    T: [k for k in FIELDS if k in CLERK],
    EM: [k for k in FIELDS if k in CLERK],
    PR: [k for k in FIELDS if k != "eid"],
}


class Row:
    _seq = itertools.count()

    def __init__(self, tab, title, date, time="", end_time="", end_date=None, loc="", addr="",
                 lead="", partners="", etype="", desc="", vis="Public", status="Scheduled",
                 notes="", eid="", late=False, wrong_tab=False):
        assert tab in TABS, tab
        if tab in (T, EM):
            assert end_time == "", "the EM/911 tabs have no End Time column"
        self.tab, self.title, self.date, self.time = tab, title, date, time
        self.end_time, self.end_date, self.loc, self.addr = end_time, end_date, loc, addr
        self.lead, self.partners, self.etype, self.desc = lead, partners, etype, desc
        self.vis, self.status, self.notes, self.eid = vis, status, notes, eid
        self.late, self.wrong_tab = late, wrong_tab
        self.seq = next(Row._seq)
        self.key = None
        self.valid = True
        self.rownum = None

    def ref(self):
        return f"{self.tab}!{self.rownum}"


R = Row
EVENTS = []      # (key, family, day, depts, rows, cancelled)
INVALID = []     # rows that must be rejected


def ev(key, family, day, depts, rows, cancelled=False):
    depts = ALL6 if depts == "ALL" else sorted(DEPT[d] for d in depts)
    for r in rows:
        r.key = key
    EVENTS.append(dict(key=key, family=family, day=dt.date.fromisoformat(day), depts=depts,
                       rows=rows, cancelled=cancelled))


def bad(row, why):
    row.valid = False
    row.why = why
    INVALID.append(row)


# ----------------------------------------------------------------------------------------
# Places (real names from shared/realdata, moved to Port Aldridge)
# ----------------------------------------------------------------------------------------
NBEACH = ("North Beach Access #4", "1200 Ocean Blvd")
PIER = ("Aldridge Municipal Pier", "100 Water St")
COMMONS = ("Harbor Commons", "150 Water St")
MARINA = ("Town Marina", "50 Harbor Blvd")
LIGHTHOUSE = ("Lighthouse Point Park", "1 Lighthouse Rd")
LAUNCH = ("Catalano Park Boat Launch", "1130 Spring Garden Ave")
DEPOT = ("Old Depot Community Hall", "215 Occidental Ave S")
FIREHQ = ("Fire Headquarters (Station 1)", "400 Delridge Way")
PDHQ = ("Police Headquarters", "602 E Main St")
EOC = ("Emergency Operations Center", "3000 Airport Rd")
DELRIDGE = ("Delridge Community Center", "4501 Delridge Way SW")
BALLARD = ("Ballard Commons Park", "5701 22nd Ave NW")
BAXTER = ("Baxter Park", "7618 Frankstown Ave")
FINELLO = ("Finello Pavilion", "3206 Niagara St")
HAMMER = ("Bud Hammer Field", "Bigelow Blvd & Bristol St")
AMMONS = ("Ammons Rec Center", "2217 Bedford Ave")
POOL = ("Ammons Pool", "2217 Bedford Ave")
LIBRARY = ("Harbor Branch Library", "4915 Second Ave")
SHERADEN = ("Sheraden United Methodist Church", "2948 Chartiers Ave")
OAKHILL = ("Oak Hill Apartments", "475 Garner Ct")
RIDGEWOOD = ("Ridgewood Elementary", "1803 Ridgewood Pl")
CEDAR = ("Cedar Heights Middle School", "1964 Cedar Heights Rd")
OCCIDENTAL = ("Occidental Square", "S Main St & Occidental Ave S")
CHARTIERS = ("Chartiers Park", "Chartiers Ave & Summerdale St")
CITYHALL = ("City Hall", "101 Harbor St")

# ========================================================================================
# FY26 Q1: July - September 2025
# ========================================================================================
ev("2025-07-04-beach-night-patrol", "overnight_event", "2025-07-04", ["P", "CS"], [
    R(P, "Beach detail - 4th night", "2025-07-04", "9 PM", "2 AM", end_date="2025-07-05",
      loc="north beach / boardwalk", lead="PAPD", partners="CARE Team", etype="Other",
      desc="Beach safety patrol after the fireworks: officers on the boardwalk and beach until 2am. "
           "No alcohol or glass on the beach."),
    R(CS, "CARE Team - July 4th beach outreach", "2025-07-04", "9:00 PM", "1:00 AM",
      loc=NBEACH[0], addr=NBEACH[1], lead="OCS", partners="PAPD beach detail", etype="Other",
      desc="Outreach to unsheltered folks on the beach during/after fireworks, water + resource cards.",
      vis="Internal", notes="2 navigators, van 3. Ride along w/ beach detail sweep at midnight."),
])
ev("2025-07-12-sandcastle-contest", "background_single", "2025-07-12", ["PR"], [
    R(PR, "PEP-EVT-0712 Sandcastle Contest", "2025-07-12", "9a", "12p", loc=NBEACH[0],
      addr=NBEACH[1], lead="Parks & Rec", etype="Recreation Program",
      desc="Teams of up to 4, all ages. Lifeguards on stand 3."),
])
ev("2025-07-16-eoc-activation-drill", "background_single", "2025-07-16", ["EM"], [
    R(EM, "EOC activation drill (internal)", "2025-07-16", "0800-1200", loc="EOC", addr=EOC[1],
      lead="EM", etype="Other", vis="Internal", eid="EM-25-07",
      notes="Level 2 activation. Sign-in sheets at the door."),
])
ev("2025-07-18-sunset-concert", "double_submission_same_tab", "2025-07-18", ["PR"], [
    R(PR, "PEP-EVT-0718 Sunset Concert - Lighthouse Pt", "2025-07-18", "6:30p", "8:30p",
      loc=LIGHTHOUSE[0], addr=LIGHTHOUSE[1], lead="Parks & Rec", etype="Recreation Program",
      desc="Port Aldridge Community Band. Bring a chair."),
    R(PR, "PEP-EVT-0718 Sunset Concert Lighthouse Point", "2025-07-18", "6:30p", "8:30p",
      loc=LIGHTHOUSE[0], lead="Parks & Rec", etype="Recreation Program",
      desc="Community band concert", late=True),
])
ev("2025-07-19-crr-canvass-zone4", "units_instead_of_departments", "2025-07-19", ["F", "EM"], [
    R(F, "CRR - SA canvass - Zone 4", "2025-07-19", "09:00", "13:00", loc="Beechview (Zone 4)",
      addr="1541 Beechview Ave", lead="PAFD", partners="CERT Team B", etype="Smoke Alarm Install",
      desc="Door to door smoke alarm checks/installs. Meet at the Beechview Ave lot.", eid="CRR-25-031"),
])
ev("2025-07-22-cto-refresher", "background_single", "2025-07-22", ["T"], [
    R(T, "CTO refresher (internal)", "2025-07-22", "1300-1700", loc="ECC training rm", addr=EOC[1],
      lead="911", etype="Other", vis="Internal", eid="ECC-25-11"),
])
ev("2025-07-24-cmty-mtg-d3", "partner_named_only_in_text", "2025-07-24", ["CS", "P"], [
    R(CS, "Cmty Mtg D3", "2025-07-24", "6:30 PM", "8:00 PM", loc=DELRIDGE[0], addr=DELRIDGE[1],
      lead="OCS", etype="Community Meeting",
      desc="Quarterly District 3 neighborhood meeting. PAPD District 3 Lt. will present crime stats "
           "and take questions."),
])
ev("2025-07-26-bike-rodeo", "landmark_vs_address", "2025-07-26", ["P", "PR"], [
    R(P, "Bike rodeo", "2025-07-26", "10am", "1pm", loc="Ballard Commons", lead="PAPD",
      partners="Parks", etype="Youth Program", desc="Bike Unit running the skills course + helmet giveaway"),
    R(PR, "PEP-EVT-0726 Kids Bike Rodeo", "2025-07-26", "10a", "1p", loc=BALLARD[0], addr=BALLARD[1],
      lead="Parks & Rec", partners="PAPD Bike Unit", etype="Youth Program",
      desc="Ages 5-12, bring your own bike. Free helmets while they last."),
])
ev("2025-07-28-jr-fire-marshal-camp", "multi_day_both_ranges", "2025-07-28", ["F", "PR"], [
    R(F, "Jr Fire Marshal Camp", "2025-07-28", "09:00", "12:00", end_date="2025-07-31",
      loc=AMMONS[0], addr=AMMONS[1], lead="PAFD", partners="Parks & Rec", etype="Youth Program",
      desc="4-day camp, ages 11-15. Mon-Thu mornings.", eid="CRR-25-033"),
    R(PR, "PEP-EVT-0728 Junior Fire Marshal Camp", "2025-07-28", "9a", "12p", end_date="2025-07-31",
      loc=AMMONS[0], addr=AMMONS[1], lead="Parks & Rec", partners="Fire", etype="Youth Program",
      desc="Registration through the rec center, $20"),
])

# --- August: National Night Out (Q1 all-department), its block parties, and more ---------
ev("2025-08-05-nno-harbor-commons", "all_department_flagship", "2025-08-05", "ALL", [
    R(P, "NNO 2025 - Harbor Commons", "2025-08-05", "5pm", "8pm", loc="Harbor Commons (by the pier)",
      lead="PAPD", partners="PAFD, Parks", etype="National Night Out",
      desc="Main city NNO site. K9 demo 6pm, chief's tour leaves 6:30 for the block parties."),
    R(F, "NNO - Engine 1 & Marine 2 display", "2025-08-05", "17:00", "20:00", loc=COMMONS[0],
      addr=COMMONS[1], lead="PAPD", partners="PAFD", etype="National Night Out", eid="FD-25-114"),
    R(CS, "NNO resource table", "2025-08-05", "5:00 PM", "8:00 PM", loc=COMMONS[0], addr=COMMONS[1],
      lead="Police", partners="OCS", etype="National Night Out"),
    R(T, "NNO - 911 kiosk", "2025-08-05", "1700-2000", loc=COMMONS[0], lead="911",
      etype="National Night Out", desc="Text-to-911 + when to call 911 handouts"),
    R(T, "NNO - CERT go-kit table", "2025-08-05", "1700-2000", loc=COMMONS[0],
      lead="Emergency Mgmt", etype="National Night Out", wrong_tab=True),
    R(PR, "PEP-EVT-0805 National Night Out", "2025-08-05", "5p", "8p", loc=COMMONS[0],
      addr=COMMONS[1], lead="Parks & Rec", partners="PAPD (host)", etype="National Night Out",
      desc="Bounce house, lawn games, free hot dogs"),
])
ev("2025-08-05-nno-tweed-st", "nno_block_party", "2025-08-05", ["P"], [
    R(P, "NNO block party - Tweed St", "2025-08-05", "5:30pm", "9:30pm", loc="1223 Tweed St",
      lead="PAPD", etype="National Night Out", desc="Annual block party. Beat 4 officers drop by."),
])
ev("2025-08-05-nno-sheraden-umc", "nno_block_party_visit", "2025-08-05", ["P", "F"], [
    R(P, "NNO - Sheraden UMC cookout", "2025-08-05", "5pm", "7pm", loc="Sheraden church",
      lead="PAPD", etype="National Night Out"),
    R(F, "Engine 4 drop-by - Sheraden UMC NNO", "2025-08-05", "18:30", "19:00", loc=SHERADEN[0],
      addr=SHERADEN[1], lead="PAFD", etype="National Night Out", eid="FD-25-115"),
])
ev("2025-08-05-nno-oak-hill", "nno_block_party_visit", "2025-08-05", ["P", "CS"], [
    R(P, "NNO - Oak Hill Apts", "2025-08-05", "4pm", "7pm", loc="Oak Hill Apts", lead="PAPD",
      etype="National Night Out"),
    R(CS, "NNO - Oak Hill Apts outreach", "2025-08-05", "4:00 PM", "7:00 PM", loc=OAKHILL[0],
      addr=OAKHILL[1], lead="OCS", etype="National Night Out",
      desc="Tenant council NNO - CARE Team info table"),
])
ev("2025-08-05-nno-brookline", "nno_block_party", "2025-08-05", ["P"], [
    R(P, "NNO - Brookline", "2025-08-05", "6pm", "9pm", loc="1399 Oakridge St", lead="PAPD",
      etype="National Night Out"),
])
ev("2025-08-14-family-fishing-night", "two_events_one_pier_one_evening", "2025-08-14", ["PR"], [
    R(PR, "PEP-EVT-0814 Family Fishing Night", "2025-08-14", "6p", "8p", loc=PIER[0], addr=PIER[1],
      lead="Parks & Rec", etype="Recreation Program", desc="Rods + bait provided, first 40 families."),
])
ev("2025-08-14-pier-walk-and-talk", "two_events_one_pier_one_evening", "2025-08-14", ["P", "CS"], [
    R(P, "Walk & talk - pier", "2025-08-14", "6:30pm", "7:30pm", loc="the pier", lead="PAPD",
      partners="CARE Team", etype="Community Meeting",
      desc="Evening walk w/ officers along the pier + boardwalk. Meet at the bait shop."),
    R(CS, "Walk & Talk (pier) w/ PAPD", "2025-08-14", "6:30 PM", "7:30 PM", loc="Municipal Pier",
      lead="PAPD", partners="OCS", etype="Community Meeting"),
])
ev("2025-08-16-backpack-giveaway", "different_titles_per_department", "2025-08-16", ["CS", "P"], [
    R(CS, "Back to School Backpack Giveaway", "2025-08-16", "10:00 AM", "1:00 PM",
      loc="Oak Hill Apartments - community room", addr=OAKHILL[1], lead="OCS", partners="PD",
      etype="Youth Program"),
    R(P, "Backpack giveaway - Oak Hill", "2025-08-16", "10am", "12pm", loc="Oak Hill Apts",
      lead="OCS", partners="PAPD", etype="Youth Program"),
])
ev("2025-08-20-marine2-pump-test", "background_single", "2025-08-20", ["F"], [
    R(F, "Marine 2 annual pump test", "2025-08-20", "08:00", "11:00", loc=MARINA[0], addr=MARINA[1],
      lead="PAFD", etype="Other", vis="Internal", eid="FD-25-118"),
])
ev("2025-08-23-back-to-school-bash", "different_titles_per_department", "2025-08-23", ["PR", "T"], [
    R(PR, "PEP-EVT-0823 Back to School Bash", "2025-08-23", "11a", "3p", loc=AMMONS[0],
      addr=AMMONS[1], lead="Parks & Rec", etype="Festival", desc="Free haircuts, school supplies, DJ"),
    R(T, "Text-to-911 table - B2S Bash", "2025-08-23", "1100-1400", loc="Ammons Rec Ctr",
      lead="911", partners="Parks", etype="Safety Education"),
])
ev("2025-08-27-cert-basic-training", "wrong_tab_shared_clerk", "2025-08-27", ["EM", "T"], [
    R(T, "CERT Basic Trng - Class 25-2", "2025-08-27", "1800-2100", loc="EOC", addr=EOC[1],
      lead="Emergency Mgmt", etype="Safety Education",
      desc="Disaster prep, triage, light search & rescue. Registration required.", wrong_tab=True),
])

# --- September: preparedness month --------------------------------------------------------
ev("2025-09-06-movies-on-the-beach", "rain_date_moved_one_tab_only", "2025-09-06", ["PR", "P"], [
    R(PR, "PEP-EVT-0830 Movies on the Beach", "2025-09-06", "7:30p", "9:30p", loc=NBEACH[0],
      addr=NBEACH[1], lead="Parks & Rec", partners="PAPD", etype="Recreation Program",
      desc="Moana (PG). Bring a blanket.", notes="Moved from 8/30 - storms. Rain date used."),
    R(P, "Movie night - beach detail", "2025-08-30", "7pm", "10pm", loc="north beach", lead="Parks",
      partners="PAPD", etype="Other"),
])
for wk, day, topic in [(1, "2025-09-09", "Welcome, chief's intro, use of force overview"),
                       (2, "2025-09-16", "Traffic unit + K9"),
                       (3, "2025-09-23", "Patrol ops, calls for service")]:
    rows = [R(P, f"Citizens Police Academy - Wk {wk}", day, "6pm", "9pm", loc="HQ - training room",
              lead="PAPD", etype="Safety Education", desc=topic)]
    depts = ["P"]
    if wk == 3:
        rows.append(R(T, "Dispatch presentation - Citizens Academy", day, "1830-1930",
                      loc=PDHQ[0], addr=PDHQ[1], lead="911", partners="PAPD", etype="Safety Education"))
        depts = ["P", "T"]
    ev(f"{day}-citizens-academy-wk{wk}", "weekly_class_one_visit", day, depts, rows)
ev("2025-09-11-remembrance-ceremony", "landmark_vs_address", "2025-09-11", ["F", "P", "T"], [
    R(F, "9/11 Remembrance Ceremony", "2025-09-11", "08:30", "09:30", loc="Fire Headquarters",
      addr=FIREHQ[1], lead="PAFD", partners="PAPD, 911", etype="Other", eid="FD-25-121"),
    R(P, "9/11 ceremony - honor guard", "2025-09-11", "8:30am", "9:30am", loc="Fire HQ", lead="PAPD",
      etype="Other"),
    R(T, "9/11 ceremony - telecommunicators", "2025-09-11", "0830-0930", loc="Fire HQ", lead="PAFD",
      partners="911", etype="Other"),
])
ev("2025-09-11-cmty-mtg-d1", "background_single", "2025-09-11", ["CS"], [
    R(CS, "Cmty Mtg D1", "2025-09-11", "6:00 PM", "7:30 PM", loc=LIBRARY[0], addr=LIBRARY[1],
      lead="OCS", etype="Community Meeting"),
])
ev("2025-09-13-hurricane-prep-fair", "multi_day_range_vs_day_by_day", "2025-09-13", ["EM", "F", "T"], [
    R(EM, "Hurricane Prep Fair 2025", "2025-09-13", "1000-1600", end_date="2025-09-14",
      loc=FINELLO[0], addr=FINELLO[1], lead="EM", partners="PAFD, 911", etype="Safety Education",
      desc="2-day preparedness fair: go-kits, generator safety, evacuation zones.", eid="EM-25-09"),
    R(F, "Hurricane Prep Fair - Day 1", "2025-09-13", "10:00", "16:00", loc=FINELLO[0],
      addr=FINELLO[1], lead="Emergency Mgmt", partners="PAFD", etype="Safety Education",
      desc="Engine 6 + extinguisher training", eid="FD-25-124"),
    R(F, "Hurricane Prep Fair - Day 2", "2025-09-14", "12:00", "16:00", loc=FINELLO[0],
      addr=FINELLO[1], lead="Emergency Mgmt", partners="PAFD", etype="Safety Education",
      desc="Engine 6 + extinguisher training", eid="FD-25-125"),
    R(T, "Prep fair - 911 kiosk (Sat)", "2025-09-13", "1000-1400", loc="Finello Pav.", lead="EM",
      partners="911", etype="Safety Education"),
])
ev("2025-09-18-dispatch-careers-night", "wrong_tab_shared_clerk", "2025-09-18", ["T", "EM"], [
    R(EM, "Dispatch careers info night", "2025-09-18", "1800-1930", loc="ECC", addr=EOC[1],
      lead="911", etype="Other", desc="Now hiring telecommunicators. Tour of the floor.",
      wrong_tab=True),
])
ev("2025-09-20-coastal-cleanup", "beach_cleanup_three_titles", "2025-09-20", ["PR", "CS", "EM"], [
    R(PR, "PEP-EVT-0920 Intl Coastal Cleanup", "2025-09-20", "8a", "11a", loc=NBEACH[0],
      addr=NBEACH[1], lead="Parks & Rec", etype="Other",
      desc="Gloves/bags provided. Check in at the lifeguard HQ."),
    R(CS, "Cmty Svc Day - N Beach", "2025-09-20", "8:00 AM", "12:00 PM", loc="North Beach",
      lead="OCS", etype="Other", desc="Youth diversion crew volunteering"),
    R(EM, "CERT Team B volunteer shift", "2025-09-20", "0800-1100", loc="beach access 4", lead="EM",
      etype="Other", desc="Beach cleanup - team B"),
])
ev("2025-09-27-crr-canvass-zone2", "other_bodies_not_departments", "2025-09-27", ["F"], [
    R(F, "CRR - SA canvass - Zone 2", "2025-09-27", "09:00", "13:00", loc="Sheraden (Zone 2)",
      addr=SHERADEN[1], lead="PAFD", partners="Red Cross", etype="Smoke Alarm Install",
      desc="w/ American Red Cross volunteers", eid="CRR-25-036"),
])

# ========================================================================================
# FY26 Q2: October - December 2025
# ========================================================================================
ev("2025-10-01-coffee-salt-and-sea", "same_title_two_coffee_shops", "2025-10-01", ["P"], [
    R(P, "Coffee w/ a Cop", "2025-10-01", "8am", "10am", loc="Salt & Sea", lead="PAPD",
      etype="Community Meeting", desc="National Coffee with a Cop Day"),
])
ev("2025-10-01-coffee-depot-roasters", "same_title_two_coffee_shops", "2025-10-01", ["P", "CS"], [
    R(P, "Coffee w/ a Cop", "2025-10-01", "8am", "10am", loc="Depot St Roasters", lead="PAPD",
      etype="Community Meeting", desc="National Coffee with a Cop Day - 2nd location"),
    R(CS, "CARE Team @ Coffee w/ a Cop", "2025-10-01", "8:00 AM", "10:00 AM",
      loc="Depot Street Roasters", addr="230 Depot St", lead="PAPD", partners="OCS",
      etype="Community Meeting"),
])
ev("2025-10-04-youth-fishing-derby", "declined_or_past_partner", "2025-10-04", ["PR"], [
    R(PR, "PEP-EVT-1004 Youth Fishing Derby", "2025-10-04", "7a", "11a", loc=LAUNCH[0],
      addr=LAUNCH[1], lead="Parks & Rec", partners="Police (declined)", etype="Youth Program"),
])
ev("2025-10-07-fpw-ridgewood", "background_single", "2025-10-07", ["F"], [
    R(F, "FPW school visit - Ridgewood Elem", "2025-10-07", "09:30", "11:00", loc=RIDGEWOOD[0],
      addr=RIDGEWOOD[1], lead="PAFD", etype="Safety Education",
      desc="Sparky + EDITH home escape plans, grades K-2", eid="FD-25-131"),
])
ev("2025-10-08-shelter-mgr-training", "background_single", "2025-10-08", ["EM"], [
    R(EM, "Shelter mgr training", "2025-10-08", "0900-1600", loc="EOC", lead="EM", etype="Other",
      vis="Internal", notes="Red Cross instructor, lunch provided", eid="EM-25-10"),
])
ev("2025-10-09-fpw-cedar-heights", "partner_named_only_in_text", "2025-10-09", ["F", "P"], [
    R(F, "FPW school visit - Cedar Heights MS", "2025-10-09", "10:00", "11:30", loc=CEDAR[0],
      addr=CEDAR[1], lead="PAFD", etype="Safety Education",
      desc="Fire prevention assembly. The school's SRO will co-present on vaping and e-bike battery safety.",
      eid="FD-25-132"),
])
ev("2025-10-11-fire-hq-open-house", "landmark_vs_address", "2025-10-11", ["F", "T", "P"], [
    R(F, "FPW Open House - Sta 1", "2025-10-11", "10:00", "14:00", loc=FIREHQ[0], addr=FIREHQ[1],
      lead="PAFD", partners="911", etype="Open House",
      desc="Truck tours, extinguisher demo, smoke house", eid="FD-25-133"),
    R(T, "Open house - dispatch table @ Fire HQ", "2025-10-11", "1000-1400", loc="Fire HQ",
      addr=FIREHQ[1], lead="PAFD", partners="911", etype="Open House"),
    R(P, "K9 demo - Fire HQ open house", "2025-10-11", "11am", "12pm", loc="behind Fire HQ",
      lead="PAFD", partners="PAPD", etype="Open House"),
])
ev("2025-10-18-fall-fest", "internal_partner_row_public_event", "2025-10-18", ["PR", "P"], [
    R(PR, "PEP-EVT-1018 Fall Fest", "2025-10-18", "12p", "5p", loc=BAXTER[0], addr=BAXTER[1],
      lead="Parks & Rec", etype="Festival", desc="Hayrides, pumpkin painting, food trucks"),
    R(P, "OT detail - Fall Fest", "2025-10-18", "11:30am", "5:30pm", loc="Baxter Park", lead="PAPD",
      etype="Other", vis="Internal", notes="2 officers on OT, Parks paying"),
])
ev("2025-10-23-cmty-mtg-d2-cancelled", "cancelled_by_host_partner_still_scheduled", "2025-10-23",
   ["CS", "P"], [
    R(CS, "Cmty Mtg D2", "2025-10-23", "6:30 PM", "8:00 PM", loc=SHERADEN[0], addr=SHERADEN[1],
      lead="OCS", partners="PAPD", etype="Community Meeting", status="Cancelled",
      notes="Church double-booked, no new date yet"),
    R(P, "D2 community mtg", "2025-10-23", "6:30pm", "8pm", loc="Sheraden church", lead="OCS",
      partners="PAPD", etype="Community Meeting"),
], cancelled=True)
ev("2025-10-25-drug-take-back", "background_single", "2025-10-25", ["P"], [
    R(P, "Drug Take Back Day", "2025-10-25", "10am", "2pm", loc="HQ parking lot", lead="PAPD",
      etype="Other", desc="Drive-thru drop off. No needles or liquids."),
])
ev("2025-10-31-trunk-or-treat", "all_department_flagship", "2025-10-31", "ALL", [
    R(PR, "PEP-EVT-1031 Trunk or Treat", "2025-10-31", "5p", "8p", loc=BAXTER[0], addr=BAXTER[1],
      lead="Parks & Rec", partners="Police, Fire, OCS", etype="Festival"),
    R(P, "Trunk or Treat", "2025-10-31", "5pm", "8pm", loc="Baxter Park lot", lead="Parks",
      partners="PAPD", etype="Festival", desc="Bike unit + cruiser trunk"),
    R(F, "Trunk or Treat - Engine 3", "2025-10-31", "17:00", "20:00", loc=BAXTER[0], addr=BAXTER[1],
      lead="Parks & Rec", partners="PAFD", etype="Festival", eid="FD-25-140"),
    R(CS, "Trunk or Treat table", "2025-10-31", "5:00 PM", "8:00 PM", loc=BAXTER[0],
      lead="Parks & Rec", partners="OCS", etype="Festival"),
    R(T, "Trunk or Treat - 911 trunk", "2025-10-31", "1700-2000", loc=BAXTER[0], addr=BAXTER[1],
      lead="Parks", partners="911", etype="Festival", desc="Dispatch trunk with 911 coloring books"),
    R(EM, "CERT Team A staffing - T-or-T", "2025-10-31", "1630-2030", loc="Baxter Pk", lead="EM",
      etype="Other", vis="Internal", notes="CERT traffic + lost child station"),
])
ev("2025-11-08-crr-canvass-zone1", "partner_named_only_in_text", "2025-11-08", ["F", "CS"], [
    R(F, "CRR - SA canvass - Zone 1", "2025-11-08", "09:00", "13:00", loc="Harbor District (Zone 1)",
      addr=LIBRARY[1], lead="PAFD", etype="Smoke Alarm Install",
      desc="Clocks-back follow-up canvass, meet at the library lot. Community Safety outreach team "
           "door-knocking with us.", eid="CRR-25-041"),
])
ev("2025-11-12-psap-tour-scouts", "background_single", "2025-11-12", ["T"], [
    R(T, "PSAP tour - Cub Scouts Pack 12", "2025-11-12", "1800-1900", loc="ECC", addr=EOC[1],
      lead="911", etype="Youth Program", vis="Internal", eid="ECC-25-19"),
])
ev("2025-11-13-cmty-mtg-d3", "same_venue_same_evening", "2025-11-13", ["CS"], [
    R(CS, "Cmty Mtg D3", "2025-11-13", "6:30 PM", "8:00 PM", loc=DELRIDGE[0], addr=DELRIDGE[1],
      lead="OCS", etype="Community Meeting", desc="Room B"),
])
ev("2025-11-13-teen-open-gym", "same_venue_same_evening", "2025-11-13", ["PR"], [
    R(PR, "PEP-EVT-1113 Teen Open Gym", "2025-11-13", "6p", "8:30p", loc="Delridge Community Center - gym",
      addr=DELRIDGE[1], lead="Parks & Rec", etype="Recreation Program", desc="Ages 13-18, ID required"),
])
ev("2025-11-18-winter-plan-review", "background_single", "2025-11-18", ["EM"], [
    R(EM, "Winter wx plan review", "2025-11-18", "1000-1130", loc="EOC conf rm", lead="EM",
      etype="Other", vis="Internal"),
])
ev("2025-11-20-crisis-line-vs-911", "different_titles_per_department", "2025-11-20", ["CS", "T"], [
    R(CS, "Crisis line vs 911 - info night", "2025-11-20", "6:00 PM", "7:30 PM", loc=LIBRARY[0],
      addr=LIBRARY[1], lead="OCS", partners="911", etype="Safety Education"),
    R(T, "988 & 911 talk (w/ CS)", "2025-11-20", "1800-1930", loc="Harbor Br. Library",
      addr=LIBRARY[1], lead="OCS", partners="911", etype="Safety Education"),
])
ev("2025-11-22-turkey-trot", "setup_and_standby_hours", "2025-11-22", ["PR", "P", "F"], [
    R(PR, "PEP-EVT-1122 Turkey Trot 5K", "2025-11-22", "8a", "11a", loc=LIGHTHOUSE[0],
      addr=LIGHTHOUSE[1], lead="Parks & Rec", etype="Recreation Program"),
    R(P, "Turkey Trot - traffic control", "2025-11-22", "7am", "11am", loc="Lighthouse Pt",
      lead="Parks", partners="Traffic Unit", etype="Other", vis="Internal"),
    R(F, "Turkey Trot - medic standby", "2025-11-22", "07:30", "11:00", loc=LIGHTHOUSE[0],
      addr=LIGHTHOUSE[1], lead="Parks & Rec", partners="Rescue 1", etype="Other", eid="FD-25-146"),
])
ev("2025-12-01-toy-drive", "background_single", "2025-12-01", ["F"], [
    R(F, "Toy drive - drop off at any station", "2025-12-01", "", "", end_date="2025-12-20",
      loc="All fire stations", lead="PAFD", etype="Other", desc="New unwrapped toys", eid="FD-25-150"),
])
ev("2025-12-06-shop-with-a-cop", "background_single", "2025-12-06", ["P"], [
    R(P, "Shop w/ a Cop", "2025-12-06", "9am", "12pm", loc="Target - Harbor Plaza", lead="PAPD",
      etype="Youth Program"),
])
ev("2025-12-10-package-theft-talk", "background_single", "2025-12-10", ["P"], [
    R(P, "Holiday package theft talk", "2025-12-10", "6pm", "7pm", loc="Harbor Br. library",
      lead="PAPD", etype="Safety Education"),
])
ev("2025-12-13-lighted-boat-parade", "boat_parade_parts_at_different_hours", "2025-12-13",
   ["PR", "P", "F"], [
    R(PR, "PEP-EVT-1213 Lighted Boat Parade", "2025-12-13", "6p", "8p", loc=MARINA[0], addr=MARINA[1],
      lead="Parks & Rec", etype="Festival", desc="Best viewing from the pier + Harbor Commons"),
    R(P, "Harbor traffic control", "2025-12-13", "4:30pm", "9pm", loc="inner harbor", lead="PAPD",
      partners="Harbor Patrol", etype="Other", vis="Internal",
      desc="Boat parade - no-wake zone enforcement, w/ County Sheriff marine unit"),
    R(F, "Fireboat standby", "2025-12-13", "17:30", "20:30", loc=MARINA[0], addr=MARINA[1],
      lead="PAFD", partners="Marine 2", etype="Other", vis="Internal",
      desc="Parade standby, staged at the fuel dock", eid="FD-25-152"),
])
ev("2025-12-15-warming-center", "overnight_event", "2025-12-15", ["CS", "PR"], [
    R(CS, "Warming center - open", "2025-12-15", "8:00 PM", "8:00 AM", loc=AMMONS[0], addr=AMMONS[1],
      lead="OCS", partners="Parks & Rec", etype="Other",
      desc="Overnight warming center, forecast low 24F. Cots in the gym."),
    R(PR, "Ammons RC - overnight warming ctr (OCS)", "2025-12-15", "8p", "8a", end_date="2025-12-16",
      loc=AMMONS[0], addr=AMMONS[1], lead="Parks & Rec", partners="OCS", etype="Other",
      vis="Internal"),
])
ev("2025-12-18-ecc-holiday-open-house", "background_single", "2025-12-18", ["T"], [
    R(T, "ECC holiday open house (families)", "2025-12-18", "1500-1700", loc="ECC", lead="911",
      etype="Open House", vis="Internal"),
])
ev("2025-12-31-nye-fireworks", "overnight_event", "2025-12-31", ["P", "F"], [
    R(P, "NYE fireworks detail", "2025-12-31", "10pm", "1am", loc="the pier", lead="PAPD",
      etype="Other", desc="Pier closed to vehicles from 9pm. Fireworks at midnight."),
    R(F, "NYE fireworks - Marine 2 standby", "2025-12-31", "23:00", "00:45", end_date="2026-01-01",
      loc=PIER[0], addr=PIER[1], lead="PAFD", etype="Other", vis="Internal", eid="FD-25-155"),
])

# ========================================================================================
# FY26 Q3: January - March 2026
# ========================================================================================
ev("2026-01-10-cert-basic-day1", "partner_named_only_in_text", "2026-01-10", ["EM", "T"], [
    R(EM, "CERT Basic - Day 1", "2026-01-10", "0800-1700", loc="EOC", addr=EOC[1], lead="EM",
      etype="Safety Education",
      desc="Day 1 of CERT Basic. Dispatch will teach the 911 call-taking block 1300-1400.",
      eid="EM-26-01"),
])
ev("2026-01-15-cmty-mtg-d1", "double_submission_same_tab", "2026-01-15", ["CS", "P"], [
    R(CS, "Cmty Mtg D1", "2026-01-15", "6:00 PM", "7:30 PM", loc=LIBRARY[0], addr=LIBRARY[1],
      lead="OCS", partners="PD (D1 Lt.)", etype="Community Meeting"),
    R(CS, "Cmty Mtg - D1", "2026-01-15", "6 PM", "7:30 PM", loc="Harbor Br Library", lead="OCS",
      partners="PAPD", etype="Community Meeting", late=True),
])
ev("2026-01-19-mlk-day-of-service", "venue_in_one_row_address_in_other", "2026-01-19", ["PR", "CS"], [
    R(PR, "PEP-EVT-0119 MLK Day of Service", "2026-01-19", "9a", "12p", loc=DELRIDGE[0],
      addr=DELRIDGE[1], lead="Parks & Rec", etype="Other"),
    R(CS, "MLK Day of Service", "2026-01-19", "9:00 AM", "12:00 PM", addr="4501 Delridge Way",
      lead="OCS", partners="Parks", etype="Other"),
])
ev("2026-01-21-coffee-salt-and-sea", "background_single", "2026-01-21", ["P"], [
    R(P, "Coffee w/ a Cop", "2026-01-21", "8am", "10am", loc="Salt & Sea", lead="PAPD",
      etype="Community Meeting"),
])
ev("2026-01-24-cold-water-rescue-trng", "background_single", "2026-01-24", ["F"], [
    R(F, "Cold water rescue trng - Marine 2 crew", "2026-01-24", "08:00", "12:00", loc=MARINA[0],
      lead="PAFD", etype="Other", vis="Internal", eid="FD-26-004"),
])
ev("2026-01-31-shelter-open-house", "different_titles_per_department", "2026-01-31", ["EM", "PR"], [
    R(EM, "Emergency shelter open house", "2026-01-31", "1000-1200", loc="Delridge CC",
      addr=DELRIDGE[1], lead="EM", partners="Parks & Rec", etype="Open House",
      desc="See the city's primary hurricane shelter and what to bring.", eid="EM-26-02"),
    R(PR, "PEP-EVT-0131 Shelter Open House (EM)", "2026-01-31", "10a", "12p", loc=DELRIDGE[0],
      addr=DELRIDGE[1], lead="Parks & Rec", partners="EM", etype="Open House"),
])
ev("2026-02-01-polar-plunge", "background_single", "2026-02-01", ["PR"], [
    R(PR, "PEP-EVT-0201 Polar Plunge", "2026-02-01", "11a", "1p", loc=NBEACH[0], addr=NBEACH[1],
      lead="Parks & Rec", etype="Recreation Program",
      desc="Lifeguards in the water. Benefit for the food bank."),
])
ev("2026-02-07-storm-ready-expo", "all_department_flagship", "2026-02-07", "ALL", [
    R(EM, "Storm Ready Expo 2026", "2026-02-07", "1000-1400", loc=DEPOT[0], addr=DEPOT[1], lead="EM",
      partners="All departments", etype="Safety Education",
      desc="Winter storm + coastal flood preparedness expo. Parks staff running the kids' corner.",
      eid="EM-26-03"),
    R(P, "Storm expo", "2026-02-07", "10am", "2pm", loc="old train depot", lead="PAPD",
      etype="Safety Education"),
    R(F, "Storm Ready Expo - Engine 1", "2026-02-07", "10:00", "14:00", loc=DEPOT[0], addr=DEPOT[1],
      lead="EM", partners="PAFD", etype="Safety Education", eid="FD-26-011"),
    R(CS, "Storm Ready Expo - OCS table", "2026-02-07", "10:00 AM", "2:00 PM", loc="Old Depot Hall",
      lead="EM", partners="OCS", etype="Safety Education"),
    R(T, "Storm expo - 911 kiosk", "2026-02-07", "1000-1400", loc="Old Depot", lead="EM",
      partners="911", etype="Safety Education"),
])
ev("2026-02-14-daddy-daughter-dance", "declined_or_past_partner", "2026-02-14", ["PR"], [
    R(PR, "PEP-EVT-0214 Daddy Daughter Dance", "2026-02-14", "6p", "8:30p", loc=AMMONS[0],
      addr=AMMONS[1], lead="Parks & Rec", etype="Recreation Program",
      desc="Last year Fire brought Engine 5 for photos - not this year. Photo booth instead."),
])
ev("2026-02-19-cmty-mtg-d2", "background_single", "2026-02-19", ["CS"], [
    R(CS, "Cmty Mtg D2", "2026-02-19", "6:30 PM", "8:00 PM", loc=SHERADEN[0], addr=SHERADEN[1],
      lead="OCS", etype="Community Meeting"),
])
ev("2026-02-21-sa-install-oak-hill", "different_titles_per_department", "2026-02-21", ["F", "CS"], [
    R(F, "CRR - SA install - Oak Hill Apts", "2026-02-21", "09:00", "12:00", loc=OAKHILL[0],
      addr=OAKHILL[1], lead="PAFD", partners="OCS", etype="Smoke Alarm Install", eid="CRR-26-007"),
    R(CS, "Smoke alarm installs w/ Fire - Oak Hill", "2026-02-21", "9:00 AM", "12:00 PM",
      loc="Oak Hill Apts", lead="PAFD", partners="OCS", etype="Smoke Alarm Install"),
])
ev("2026-02-25-telecom-recruiting", "wrong_tab_shared_clerk", "2026-02-25", ["T", "EM"], [
    R(T, "Telecommunicator recruiting info session", "2026-02-25", "1800-1930", loc="ECC",
      addr=EOC[1], lead="911", etype="Other", eid="ECC-26-04"),
    R(EM, "911 recruiting info session", "2026-02-25", "1800-1930", loc="ECC training room",
      lead="911", etype="Other", wrong_tab=True),
])
ev("2026-02-28-crr-canvass-zone3", "background_single", "2026-02-28", ["F"], [
    R(F, "CRR - SA canvass - Zone 3", "2026-02-28", "09:00", "13:00", loc="Brookline (Zone 3)",
      addr="1399 Oakridge St", lead="PAFD", etype="Smoke Alarm Install", eid="CRR-26-009"),
])
ev("2026-03-05-flood-insurance-night", "background_single", "2026-03-05", ["EM"], [
    R(EM, "Flood insurance info night", "2026-03-05", "1830-2000", loc=LIBRARY[0], addr=LIBRARY[1],
      lead="EM", etype="Safety Education", eid="EM-26-05"),
])
ev("2026-03-11-coffee-depot-roasters", "background_single", "2026-03-11", ["P"], [
    R(P, "Coffee w/ a Cop", "2026-03-11", "8am", "10am", loc="Depot St Roasters", lead="PAPD",
      etype="Community Meeting"),
])
ev("2026-03-12-cmty-mtg-d3", "background_single", "2026-03-12", ["CS"], [
    R(CS, "Cmty Mtg D3", "2026-03-12", "6:30 PM", "8:00 PM", loc=DELRIDGE[0], lead="OCS",
      etype="Community Meeting"),
])
ev("2026-03-14-sound-the-alarm", "units_instead_of_departments", "2026-03-14", ["F", "EM"], [
    R(F, "CRR - Sound the Alarm - Zone 4", "2026-03-14", "09:00", "14:00", loc="Beechview (Zone 4)",
      addr="1541 Beechview Ave", lead="PAFD", partners="CERT Team B, Red Cross",
      etype="Smoke Alarm Install", eid="CRR-26-012"),
])
ev("2026-03-21-touch-a-truck", "landmark_vs_address", "2026-03-21", ["PR", "P", "F"], [
    R(PR, "PEP-EVT-0321 Touch-a-Truck", "2026-03-21", "10a", "1p", loc=HAMMER[0], addr=HAMMER[1],
      lead="Parks & Rec", partners="PAPD", etype="Youth Program",
      desc="Public works trucks, a police cruiser and Ladder 2 on display. Horn-free hour 10-11."),
    R(P, "Touch a Truck - cruiser + K9", "2026-03-21", "10am", "1pm", loc="Hammer Field",
      lead="Parks", partners="PAPD", etype="Youth Program"),
])
ev("2026-03-24-citizens-academy-graduation", "background_single", "2026-03-24", ["P"], [
    R(P, "Citizens Academy graduation", "2026-03-24", "6pm", "7:30pm", loc="HQ - community room",
      lead="PAPD", etype="Other"),
])
ev("2026-03-28-spring-egg-hunt", "different_titles_per_department", "2026-03-28", ["PR", "F"], [
    R(PR, "PEP-EVT-0328 Spring Egg Hunt", "2026-03-28", "10a", "12p", loc=CHARTIERS[0],
      addr=CHARTIERS[1], lead="Parks & Rec", etype="Recreation Program", desc="Ages 0-10, 3 age zones"),
    R(F, "Egg hunt - Engine 5 visit", "2026-03-28", "10:30", "11:00", loc=CHARTIERS[0], lead="PAFD",
      etype="Recreation Program", eid="FD-26-019"),
])

# ========================================================================================
# FY26 Q4: April - June 2026
# ========================================================================================
ev("2026-04-08-coffee-depot-roasters", "background_single", "2026-04-08", ["P"], [
    R(P, "Coffee w/ a Cop", "2026-04-08", "8am", "10am", loc="Depot St Roasters", lead="PAPD",
      etype="Community Meeting"),
])
ev("2026-04-11-kite-day", "rain_date_text_one_tab_only", "2026-04-11", ["PR", "F"], [
    R(PR, "PEP-EVT-0411 Kite Day", "2026-04-11", "11a", "3p", loc=LIGHTHOUSE[0], addr=LIGHTHOUSE[1],
      lead="Parks & Rec", etype="Recreation Program",
      desc="Free kites for the first 100 kids. Rain date Sun 4/12."),
    R(F, "Kite Day - Engine 6", "2026-04-11", "11:00", "12:00", loc=LIGHTHOUSE[0], addr=LIGHTHOUSE[1],
      lead="PAFD", etype="Recreation Program", eid="FD-26-024"),
])
ev("2026-04-15-npstw-open-house", "wrong_tab_shared_clerk", "2026-04-15", ["T", "EM"], [
    R(T, "NPSTW Open House", "2026-04-15", "1000-1400", loc="ECC", addr=EOC[1], lead="911",
      partners="EM", etype="Open House",
      desc="National Public Safety Telecommunicators Week - floor tours every 30 min", eid="ECC-26-07"),
    R(EM, "EOC tours (NPSTW)", "2026-04-15", "1000-1400", loc="EOC", addr=EOC[1], lead="911",
      partners="EM", etype="Open House"),
])
ev("2026-04-16-cmty-mtg-d1", "background_single", "2026-04-16", ["CS"], [
    R(CS, "Cmty Mtg D1", "2026-04-16", "6:00 PM", "7:30 PM", loc=LIBRARY[0], addr=LIBRARY[1],
      lead="OCS", etype="Community Meeting"),
])
ev("2026-04-22-live-burn-training", "background_single", "2026-04-22", ["F"], [
    R(F, "Live burn trng - acquired structure", "2026-04-22", "08:00", "16:00", loc="1223 Tweed St",
      lead="PAFD", etype="Other", vis="Internal", eid="FD-26-027"),
])
ev("2026-04-25-dune-planting-cancelled", "background_cancelled", "2026-04-25", ["PR"], [
    R(PR, "PEP-EVT-0425 Earth Day Dune Planting - CANCELLED", "2026-04-25", "9a", "12p",
      loc=NBEACH[0], addr=NBEACH[1], lead="Parks & Rec", etype="Other", status="Cancelled",
      notes="Permit not approved by state"),
], cancelled=True)
ev("2026-04-29-youth-violence-forum", "joint_in_partner_column", "2026-04-29", ["CS", "P", "PR"], [
    R(CS, "Cmty Mtg D2 - youth violence forum", "2026-04-29", "6:00 PM", "8:00 PM", loc=AMMONS[0],
      addr=AMMONS[1], lead="OCS", partners="PAPD, Parks & Rec", etype="Town Hall"),
])
ev("2026-05-03-blessing-of-the-fleet", "units_instead_of_departments", "2026-05-03", ["P", "F"], [
    R(P, "Blessing of the Fleet - harbor detail", "2026-05-03", "1pm", "4pm", loc="Town Marina",
      lead="PAPD", partners="Marine 2; USCG Aux", etype="Other"),
])
ev("2026-05-06-kids-911-day", "background_single", "2026-05-06", ["T"], [
    R(T, "Kids 911 Day - Ridgewood Elem", "2026-05-06", "0930-1100", loc=RIDGEWOOD[0],
      addr=RIDGEWOOD[1], lead="911", etype="Safety Education", eid="ECC-26-09"),
])
ev("2026-05-16-public-safety-day", "all_department_flagship", "2026-05-16", "ALL", [
    R(P, "Public Safety Day", "2026-05-16", "10am", "3pm", loc="Occidental Sq", lead="PAPD",
      partners="PAFD, OCS, P&R, EM", etype="Festival"),
    R(F, "Public Safety Day - Marine 2 & Engine 1", "2026-05-16", "10:00", "15:00", loc=OCCIDENTAL[0],
      addr=OCCIDENTAL[1], lead="PAPD", partners="PAFD", etype="Festival", eid="FD-26-033"),
    R(CS, "Public Safety Day - CARE Team tent", "2026-05-16", "10:00 AM", "3:00 PM",
      loc=OCCIDENTAL[0], lead="PAPD", partners="OCS", etype="Festival"),
    R(EM, "PSD - CERT booth", "2026-05-16", "1000-1500", loc="Occidental Sq", lead="EM",
      partners="PAPD", etype="Festival"),
    R(EM, "PSD - 911 kiosk", "2026-05-16", "1000-1500", loc="Occidental Sq", lead="911",
      etype="Festival", wrong_tab=True),
    R(PR, "PEP-EVT-0516 Public Safety Day", "2026-05-16", "", "", loc=OCCIDENTAL[0],
      lead="Parks & Rec", partners="PAPD", etype="Festival", desc="Parks bringing the climbing wall"),
])
ev("2026-05-21-cmty-mtg-d2", "background_single", "2026-05-21", ["CS"], [
    R(CS, "Cmty Mtg D2", "2026-05-21", "6:30 PM", "8:00 PM", loc=SHERADEN[0], addr=SHERADEN[1],
      lead="OCS", etype="Community Meeting"),
])
ev("2026-05-23-vessel-safety-checks", "landmark_vs_address", "2026-05-23", ["P", "F"], [
    R(P, "VSC day - boat launch lot", "2026-05-23", "8am", "12pm", loc="boat launch lot",
      lead="PAPD", partners="Harbor Patrol, USCG Aux", etype="Safety Education",
      desc="Free vessel safety checks, National Safe Boating Week"),
    R(F, "Life jacket loaner station - boating safety", "2026-05-23", "08:00", "12:00",
      loc=LAUNCH[0], addr=LAUNCH[1], lead="PAFD", partners="Marine 2", etype="Safety Education",
      eid="FD-26-036"),
])
ev("2026-05-28-hurricane-tabletop", "background_single", "2026-05-28", ["EM"], [
    R(EM, "Hurricane tabletop exercise", "2026-05-28", "0900-1200", loc="EOC", lead="EM",
      etype="Other", vis="Internal", eid="EM-26-08"),
])
ev("2026-05-30-jr-lifeguard-tryouts", "background_single", "2026-05-30", ["PR"], [
    R(PR, "PEP-EVT-0530 Junior Lifeguard tryouts", "2026-05-30", "8a", "11a", loc=NBEACH[0],
      addr=NBEACH[1], lead="Parks & Rec", partners="Lifeguards", etype="Youth Program",
      desc="Ages 9-15. 100 yd swim + run."),
])
ev("2026-06-01-hurricane-season-kickoff", "units_instead_of_departments", "2026-06-01", ["EM", "T"], [
    R(EM, "Hurricane season kickoff - media brief", "2026-06-01", "1000-1100", loc=CITYHALL[0],
      addr=CITYHALL[1], lead="EM", partners="dispatch", etype="Other", eid="EM-26-09"),
])
for wk, day in enumerate(["2026-06-02", "2026-06-09", "2026-06-16", "2026-06-23", "2026-06-30"], 1):
    rows = [R(PR, f"Lifeguard Cert Class (wk {wk})", day, "6p", "9p", loc=POOL[0], addr=POOL[1],
              lead="Parks & Rec", etype="CPR Class",
              desc="American Red Cross lifeguard certification, 5 Tuesdays. Must attend all.")]
    depts = ["PR"]
    if wk == 3:
        rows.append(R(F, "Lifeguard class - Rescue 1 CPR/AED segment", day, "19:00", "20:00",
                      loc="Ammons Pool", lead="PAFD", etype="CPR Class", eid="FD-26-041"))
        depts = ["PR", "F"]
    ev(f"{day}-lifeguard-class-wk{wk}", "weekly_class_one_visit", day, depts, rows)
ev("2026-06-10-coffee-salt-and-sea", "background_single", "2026-06-10", ["P"], [
    R(P, "Coffee w/ a Cop", "2026-06-10", "8am", "10am", loc="Salt & Sea", lead="PAPD",
      etype="Community Meeting"),
])
ev("2026-06-11-cmty-mtg-d3", "background_single", "2026-06-11", ["CS"], [
    R(CS, "Cmty Mtg D3", "2026-06-11", "6:30 PM", "8:00 PM", loc=DELRIDGE[0], addr=DELRIDGE[1],
      lead="OCS", etype="Community Meeting"),
])
ev("2026-06-13-crr-canvass-zone2", "background_single", "2026-06-13", ["F"], [
    R(F, "CRR - SA canvass - Zone 2", "2026-06-13", "09:00", "13:00", loc="Sheraden (Zone 2)",
      addr=SHERADEN[1], lead="PAFD", etype="Smoke Alarm Install", eid="CRR-26-022"),
])
ev("2026-06-20-go-kit-build", "different_titles_per_department", "2026-06-20", ["EM", "CS"], [
    R(EM, "Go-kit build workshop", "2026-06-20", "1000-1200", loc=LIBRARY[0], addr=LIBRARY[1],
      lead="EM", partners="OCS", etype="Safety Education", eid="EM-26-10"),
    R(CS, "Go-kit build w/ OEM", "2026-06-20", "10:00 AM", "12:00 PM", loc="Harbor Br. Library",
      lead="OEM", partners="OCS", etype="Safety Education"),
])
ev("2026-06-24-cert-refresher", "tentative_status", "2026-06-24", ["EM"], [
    R(EM, "CERT refresher", "2026-06-24", "1800-2100", loc="EOC", addr=EOC[1], lead="EM",
      etype="Safety Education", status="Tentative", desc="For CERT grads 2023-2025"),
])
ev("2026-06-27-rip-current-talk", "units_instead_of_departments", "2026-06-27", ["F", "PR"], [
    R(F, "Rip current awareness talk", "2026-06-27", "10:00", "11:00", loc=NBEACH[0], addr=NBEACH[1],
      lead="PAFD", partners="Lifeguards", etype="Safety Education",
      desc="Marine 2 crew. How to spot a rip, flags, throw bags.", eid="FD-26-044"),
])

# ----------------------------------------------------------------------------------------
# Invalid rows (must be rejected; they belong to no event)
# ----------------------------------------------------------------------------------------
bad(R(P, "Coffee w/ a Cop", None, "8am", "10am", loc="Salt & Sea", lead="PAPD",
      etype="Community Meeting", late=True), "no Start Date")
bad(R(PR, "PEP-EVT-???? Movie night - Baxter Park", None, "7p", "9p", loc=BAXTER[0],
      addr=BAXTER[1], lead="Parks & Rec", etype="Recreation Program", late=True), "no Start Date")
bad(R(CS, "Cmty Mtg D1", "2025-12-11", "6:75 PM", "7:30 PM", loc=LIBRARY[0], addr=LIBRARY[1],
      lead="OCS", etype="Community Meeting"), "garbled Start Time (minute 75)")
bad(R(EM, "Generator safety demo", "2026-03-19", "25:00", loc="EOC", addr=EOC[1], lead="EM",
      etype="Safety Education"), "garbled Time (hour 25)")

# ----------------------------------------------------------------------------------------
# Families: what staff did and what a correct tool should do
# ----------------------------------------------------------------------------------------
FAMILIES = {
    "background_single": "One department's own event (public or internal), typed in its own habits "
        "(coded titles, military time ranges, landmarks). Should stay one single-department event.",
    "background_cancelled": "A single-department event cancelled by Status and by a marker in its title. "
        "One event, cancelled, not counted in months or quarters.",
    "nno_block_party": "A National Night Out block party on the NNO evening logged by Police only "
        "(its own address). Stays apart from the flagship and the other parties.",
    "nno_block_party_visit": "A block party Police logs by a short name, and a partner's drop-by or "
        "table logged with the full place (Engine 4 for 30 minutes; CARE Team table). Merge with its "
        "own party only: joint.",
    "all_department_flagship": "One event per quarter with all six departments. Each department logs its own "
        "part; EM's or 911's part logged by the shared clerk in the other's tab; one department only "
        "as an Internal staffing row with longer hours, or named only in the host's text and "
        "'All departments'; one logs it all day. Merge into one event; count as all-department.",
    "overnight_event": "An event running past midnight (9 PM - 2 AM beach patrol, 8 PM - 8 AM warming "
        "center, NYE detail), one row with no End Date, the other with End Date the next day. "
        "One event, on its local start date.",
    "double_submission_same_tab": "The same event typed twice in one tab, the copy appended at the "
        "bottom with a slightly different title. One event.",
    "units_instead_of_departments": "The partner is given only as a unit (CERT Team B, Marine 2, "
        "Lifeguards, dispatch) in Partner Departments. Count the unit's department: joint.",
    "partner_named_only_in_text": "One row; the partner is named only in the Description (PAPD District 3 "
        "Lt. will present; the school's SRO will co-present; Community Safety outreach team door-knocking "
        "with us; Dispatch will teach). Count as joint.",
    "landmark_vs_address": "Police types landmarks only ('Fire HQ', 'Hammer Field', 'boat launch lot', "
        "'Ballard Commons'); the partner types the venue with its street address. Merge.",
    "venue_in_one_row_address_in_other": "One row gives the venue name, the other only its street "
        "address (no venue). Merge.",
    "multi_day_both_ranges": "A four-day camp logged by two departments, each as one row with an End "
        "Date. One event.",
    "multi_day_range_vs_day_by_day": "The two-day hurricane preparedness fair: EM logs one row with an "
        "End Date, Fire logs day by day (Sunday with shorter hours), 911 logs its Saturday kiosk only. "
        "One event (all four rows).",
    "rain_date_moved_one_tab_only": "Storms moved Movies on the Beach from 8/30 to 9/6; Parks updated "
        "its row (title code still 0830), Police's detail row still says 8/30, Scheduled. One event on "
        "the new date (month 2025-09).",
    "rain_date_text_one_tab_only": "Parks' Description names a rain date (Sun 4/12) that was not used; "
        "Fire's row does not mention it. One event on its own date; the rain date creates nothing.",
    "weekly_class_one_visit": "A weekly class (Citizens Police Academy; Lifeguard Cert Class) logged "
        "once a week; another department logs its guest segment for one week only. That week's class is "
        "joint; the other weeks stay single and apart.",
    "two_events_one_pier_one_evening": "Parks' Family Fishing Night on the pier 6-8 PM and Police's "
        "walk & talk from the pier 6:30-7:30 PM (with Community Safety). Two events: stay apart.",
    "same_title_two_coffee_shops": "National Coffee with a Cop Day: two 'Coffee w/ a Cop' rows, same "
        "hours, two coffee shops; Community Safety's table joins one of them. Stay apart; only the Depot "
        "Street Roasters one is joint.",
    "same_venue_same_evening": "Community Safety's meeting and Parks' teen open gym at one community "
        "center on one evening. Stay apart.",
    "cancelled_by_host_partner_still_scheduled": "Community Safety cancelled its District 2 meeting; "
        "Police's copy of it (Lead OCS) still says Scheduled. One joint event, cancelled, not counted "
        "in months or quarters.",
    "boat_parade_parts_at_different_hours": "Lighted Boat Parade: Parks logs the parade 6-8 PM, Police "
        "'Harbor traffic control' 4:30-9 PM (Internal), Fire 'Fireboat standby' 5:30-8:30 PM (Internal). "
        "One event with three departments.",
    "beach_cleanup_three_titles": "International Coastal Cleanup logged by Parks, Community Safety and "
        "EM under three different titles and place spellings. One event.",
    "wrong_tab_shared_clerk": "EM and 911 share a clerk who logs one department's event in the other's "
        "tab with the right Lead Department. Labelled joint (relabelled by the lead when the set was "
        "integrated, after it was measured held out: DESIGN.md's contract counts every merged row's "
        "department, its tab's, with the lead and partners; the helper had labelled these the Lead "
        "Department's only and marked the labels debatable).",
    "internal_partner_row_public_event": "A partner logs its staffing of a public event as an Internal "
        "row (overtime detail). One event; joint.",
    "declined_or_past_partner": "A partner named with '(declined)', or a department that came last year "
        "but not this year. Not taking part: single-department.",
    "other_bodies_not_departments": "Red Cross, USCG Auxiliary, County Sheriff named as partners: not city "
        "departments. Not counted.",
    "different_titles_per_department": "One joint event each department logs under its own title and "
        "place spelling (host's event name vs. what the partner brings). Merge.",
    "setup_and_standby_hours": "Turkey Trot: Parks 8-11, Police traffic control from 7 (Internal), Fire "
        "medic standby from 7:30. Merge.",
    "joint_in_partner_column": "One row naming two partners in Partner Departments. Joint (3 departments).",
    "tentative_status": "Status Tentative on a single-department event. Counted as an event.",
}
FAMILIES = {k: v for k, v in FAMILIES.items() if v}


# ----------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------
def check_events():
    keys = [e["key"] for e in EVENTS]
    assert len(keys) == len(set(keys)), "duplicate event key"
    for e in EVENTS:
        assert e["rows"], e["key"]
        assert e["family"] in FAMILIES, e["family"]
        for r in e["rows"]:
            own = DEPT[TAB_DEPT[r.tab]]
            if not r.wrong_tab:
                assert own in e["depts"], (e["key"], r.tab)
        assert dt.date(2025, 7, 1) <= e["day"] <= dt.date(2026, 6, 30), e["key"]


def render(tab, key, r):
    v = getattr(r, key)
    if key in ("date", "end_date"):
        if not v:
            return None
        d = dt.date.fromisoformat(v)
        if tab == P:
            return f"{d.month}/{d.day}/{d.year}"
        if tab in (F, PR):
            return dt.datetime(d.year, d.month, d.day)
        if tab == CS:
            return f"{d:%b} {d.day}, {d.year}"
        return d.isoformat()  # 911 / EM clerk
    if key in ("time", "end_time") and tab == F and v:
        h, m = v.split(":")
        return dt.time(int(h), int(m))
    return v if v != "" else None


def layout():
    """Order each tab's rows (by date, late entries at the bottom) and number them."""
    all_rows = [r for e in EVENTS for r in e["rows"]] + INVALID
    by_tab = {t: [] for t in TABS}
    for r in all_rows:
        by_tab[r.tab].append(r)
    for t in TABS:
        normal = sorted((r for r in by_tab[t] if not r.late), key=lambda r: (r.date or "9999", r.seq))
        late = sorted((r for r in by_tab[t] if r.late), key=lambda r: r.seq)
        by_tab[t] = normal + late
        for i, r in enumerate(by_tab[t], start=2):
            r.rownum = i
    return by_tab


def write_workbook(by_tab, path):
    wb = Workbook()
    wb.remove(wb.active)
    for t in TABS:
        ws = wb.create_sheet(t)
        ws.append(HEADERS[t])
        for r in by_tab[t]:
            ws.append([render(t, k, r) for k in KEYS[t]])
            rn = ws.max_row
            for ci, k in enumerate(KEYS[t], start=1):
                c = ws.cell(row=rn, column=ci)
                if isinstance(c.value, dt.datetime):
                    c.number_format = "m/d/yyyy"
                elif isinstance(c.value, dt.time):
                    c.number_format = "h:mm AM/PM"
        for ci, h in enumerate(HEADERS[t], start=1):
            ws.column_dimensions[ws.cell(row=1, column=ci).column_letter].width = max(12, len(h) + 2)
        ws.freeze_panes = "A2"
    fixed = dt.datetime(2026, 6, 30, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Port Aldridge shared intake"
    wb.save(path)


def quarter(d):
    fy = d.year + 1 if d.month >= 7 else d.year
    q = (d.month - 7) % 12 // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"


def expected(by_tab):
    rows_total = sum(len(v) for v in by_tab.values())
    joint = [e for e in EVENTS if len(e["depts"]) >= 2]
    alldept = [e for e in EVENTS if e["depts"] == ALL6]
    public = [e for e in EVENTS if any(r.vis == "Public" for r in e["rows"])]
    internal = [e for e in EVENTS if all(r.vis == "Internal" for r in e["rows"])]
    cancelled = [e for e in EVENTS if e["cancelled"]]
    months = OrderedDict()
    d = dt.date(2025, 7, 1)
    while d <= dt.date(2026, 6, 1):
        months[f"{d:%Y-%m}"] = {"events": 0, "joint_events": 0}
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    quarters = OrderedDict((f"FY26-Q{i}", {"events": 0, "joint_events": 0, "all_department_events": 0})
                           for i in range(1, 5))
    for e in EVENTS:
        if e["cancelled"]:
            continue
        m = months[f"{e['day']:%Y-%m}"]
        q = quarters[quarter(e["day"])]
        m["events"] += 1
        q["events"] += 1
        if len(e["depts"]) >= 2:
            m["joint_events"] += 1
            q["joint_events"] += 1
        if e["depts"] == ALL6:
            q["all_department_events"] += 1
    pairs = []
    for e in EVENTS:
        refs = sorted(r.ref() for r in e["rows"])
        pairs += [list(p) for p in itertools.combinations(refs, 2)]
    fam = OrderedDict()
    for name, note in FAMILIES.items():
        evs = [e for e in EVENTS if e["family"] == name]
        fam[name] = {
            "note": note,
            "events": len(evs),
            "joint_events": sum(len(e["depts"]) >= 2 for e in evs),
            "rows": sum(len(e["rows"]) for e in evs),
            "event_keys": [e["key"] for e in evs],
        }
    fam["invalid_rows"] = {
        "note": "Rows a correct tool must reject and report (no Start Date; a garbled time). They "
                "belong to no event (blank event_key in truth.csv).",
        "events": 0, "joint_events": 0, "rows": len(INVALID), "event_keys": [],
        "row_refs": [f"{r.ref()} ({r.why})" for r in INVALID],
    }
    return OrderedDict([
        ("flavour", "port-aldridge-v54"),
        ("city", "Port Aldridge (invented), America/New_York, FY26 = July 2025 - June 2026, six core departments"),
        ("labels", "truth.csv names each sheet row by tab and row (row 1 is the header); rows with one "
                   "event_key are one event; invalid rows have a blank event_key and valid=no."),
        ("rows", rows_total),
        ("rows_by_tab", {t: len(by_tab[t]) for t in TABS}),
        ("valid_rows", rows_total - len(INVALID)),
        ("invalid_rows", len(INVALID)),
        ("events", len(EVENTS)),
        ("joint_events", len(joint)),
        ("joint_events_not_cancelled", sum(not e["cancelled"] for e in joint)),
        ("all_department_events", len(alldept)),
        ("all_department_event_keys", [e["key"] for e in alldept]),
        ("public_events", len(public)),
        ("internal_events", len(internal)),
        ("cancelled_events", len(cancelled)),
        ("cancelled_event_keys", [e["key"] for e in cancelled]),
        ("months", months),
        ("fiscal_quarters", quarters),
        ("internal_titles", sorted(r.title for e in internal for r in e["rows"])),
        ("internal_row_titles_of_public_events",
         sorted(r.title for e in public for r in e["rows"] if r.vis == "Internal")),
        ("event_departments", OrderedDict((e["key"], e["depts"]) for e in joint)),
        ("event_family", OrderedDict((e["key"], e["family"]) for e in EVENTS)),
        ("event_dates", OrderedDict((e["key"], e["day"].isoformat()) for e in EVENTS)),
        ("duplicate_pairs", pairs),
        ("families", fam),
    ])


def main():
    check_events()
    by_tab = layout()
    write_workbook(by_tab, os.path.join(HERE, "intake.xlsx"))
    with open(os.path.join(HERE, "truth.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["tab", "row", "event_key", "valid"])
        for t in TABS:
            for r in by_tab[t]:
                w.writerow([t, r.rownum, r.key or "", "yes" if r.valid else "no"])
    exp = expected(by_tab)
    with open(os.path.join(HERE, "expected.json"), "w") as fh:
        json.dump(exp, fh, indent=2)
        fh.write("\n")
    print(f"rows {exp['rows']}  events {exp['events']}  joint {exp['joint_events']} "
          f"(not cancelled {exp['joint_events_not_cancelled']})  all-dept {exp['all_department_events']}  "
          f"invalid {exp['invalid_rows']}  public {exp['public_events']}  cancelled {exp['cancelled_events']}")


if __name__ == "__main__":
    main()
