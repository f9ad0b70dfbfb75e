#!/usr/bin/env python3
"""Build the held-out labelled set v56: "after-action logging" in the City of Cedar Bluff, Indiana.

Deterministic: run it again and every file comes out the same (fixed seed, fixed workbook times).
Writes intake.xlsx, truth.csv, expected.json, config.yaml and NOTES.md next to this file, then
runs an independent checker (recount from the event list, re-read of the workbook and truth.csv).

Needs openpyxl (and nothing else outside the standard library). If the system python lacks it, run
this file with any interpreter that has it; nothing from any project is imported.
"""
import csv
import datetime as dt
import itertools
import json
import os
import random
import sys
from collections import OrderedDict, defaultdict

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date


def T(h, m=0):
    return dt.time(h, m)


TZ = "America/Indiana/Indianapolis"
CITY = "Cedar Bluff"
DEPT = OrderedDict([
    ("PD", "Police"),
    ("FD", "Fire"),
    ("CS", "Community Safety"),
    ("EC", "Emergency Communications"),
    ("EM", "Emergency Management"),
    ("PR", "Parks and Recreation"),
])
ALL6 = frozenset(DEPT)

# ----------------------------------------------------------------------------------------------
# Tabs: each department's own header spellings (field -> header), in sheet column order.
# ----------------------------------------------------------------------------------------------
TABS = OrderedDict([
    ("PD", [("date", "Date"), ("title", "Activity"), ("start", "Time"), ("end", "Until"),
            ("loc", "Where"), ("addr", "Address"), ("lead", "Logged By"), ("partners", "Other Depts"),
            ("desc", "Notes"), ("status", "Status"), ("att", "Attendance"),
            ("vis", "Public/Internal"), ("inotes", "Supervisor Notes")]),
    ("FD", [("date", "Activity Date"), ("title", "Event"), ("start", "Start"), ("end", "End"),
            ("loc", "Location"), ("addr", "Street Address"), ("lead", "Unit"), ("partners", "Assisting"),
            ("desc", "Narrative"), ("status", "Status"), ("att", "Headcount")]),
    ("CS", [("title", "Title"), ("date", "Date"), ("start", "Start Time"), ("end", "End Time"),
            ("loc", "Location"), ("addr", "Address"), ("lead", "Lead"), ("partners", "Partners"),
            ("desc", "Notes"), ("status", "Status"), ("att", "Attendance"), ("vis", "Public/Internal"),
            ("etype", "Type")]),
    ("EC", [("title", "Outreach"), ("date", "Date of Event"), ("start", "From"), ("end", "To"),
            ("loc", "Venue"), ("addr", "Venue Address"), ("lead", "Host"), ("partners", "Also There"),
            ("desc", "Summary"), ("status", "Outcome"), ("att", "# Reached"), ("vis", "Visibility"),
            ("inotes", "Staff Only Notes")]),
    ("EM", [("title", "Event Name"), ("date", "Event Date"), ("start", "Start Time"), ("end", "End Time"),
            ("loc", "Site"), ("addr", "Site Address"), ("lead", "Lead Agency"),
            ("partners", "Supporting Agencies"), ("desc", "Description"), ("status", "Event Status"),
            ("att", "Participants"), ("vis", "Visibility"), ("etype", "Type of Activity"),
            ("inotes", "Internal Notes")]),
    ("PR", [("title", "Program"), ("date", "Program Date"), ("start", "Begins"), ("end", "Ends"),
            ("loc", "Park/Facility"), ("addr", "Address"), ("lead", "Dept"), ("partners", "Partner Depts"),
            ("desc", "Program Notes"), ("status", "Status"), ("att", "Attendance"), ("etype", "Type")]),
])
FIELD_CANON = {"title": "Title", "date": "Start Date", "start": "Start Time", "end": "End Time",
               "loc": "Location", "addr": "Address", "lead": "Lead Department",
               "partners": "Partner Departments", "desc": "Description", "status": "Status",
               "att": "Actual Attendance", "vis": "Visibility", "etype": "Event Type",
               "inotes": "Internal Notes"}

# how each tab tends to type its dates (cycled per row unless a row says otherwise)
DATE_STYLES = {
    "PD": ["cell", "mdy2", "cell", "mdy", "cell"],
    "FD": ["mdy2", "mdy", "cell", "mdy0"],
    "CS": ["mon", "cell", "long", "mon"],
    "EC": ["iso", "cell", "iso", "mdy0"],
    "EM": ["cell", "cell", "mon", "iso"],
    "PR": ["cell", "mdy", "monshort", "cell", "long"],
}


def fmt_date(d, style):
    if d is None or isinstance(d, str):
        return d
    if style == "cell":
        return dt.datetime(d.year, d.month, d.day)
    if style == "mdy":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "mdy2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "mdy0":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "mon":
        return f"{d.strftime('%b')} {d.day}, {d.year}"
    if style == "long":
        return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"
    if style == "monshort":
        return f"{d.day}-{d.strftime('%b')}-{d.year}"
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# The truth: events (what really happened) and the rows staff typed about them.
# ----------------------------------------------------------------------------------------------
EVENTS = []   # dicts
ROWS = []     # dicts


def E(name, date, depts, fam=(), cancelled=False, internal=False, why=""):
    ev = {"key": f"V{len(EVENTS) + 1:03d}", "name": name, "date": date, "depts": frozenset(depts),
          "families": list(fam), "cancelled": cancelled, "internal": internal, "why": why}
    assert ev["depts"] <= ALL6, ev
    EVENTS.append(ev)
    return ev


def R(ev, tab, fam=(), planned=False, date=None, ds=None, **f):
    """One sheet row. ev=None for an invalid row. date defaults to the event's date."""
    row = {"ev": ev, "tab": tab, "fam": list(fam), "planned": planned, "ds": ds, "f": f}
    if date is None and ev is not None:
        date = ev["date"]
    row["date"] = date
    ROWS.append(row)
    return row


# ---------------- weekly series -----------------------------------------------------------------
wc_dates = [D(2025, 7, 9), D(2025, 7, 16), D(2025, 7, 23), D(2025, 7, 30)]
for i, d in enumerate(wc_dates):
    guest = d == D(2025, 7, 23)
    ev = E("Walking Club week %d" % (i + 1), d, {"PR", "PD"} if guest else {"PR"},
           fam=["weekly_series"] + (["weekly_guest_visit", "partner_only_in_text"] if guest else []),
           why="weekly walk; on 7/23 two PD officers walked with the group" if guest else "weekly walk")
    R(ev, "PR", fam=(["partner_only_in_text", "vague_time"] if guest else []),
      title="Walking Club - B-Line Trail", start="8am" if i != 2 else "8ish", end="9am" if i != 2 else None,
      loc="B-Line Trail (meet at Switchyard Park)", addr="1601 S Rogers St",
      desc=("Officers Diaz and Kim from PD stopped by and walked the whole loop with us" if guest
            else ["Easy 2-mile loop, water at the end.", "Hot - cut it to 1.5 miles.", "",
                  "Last walk of July; new folks from the senior center."][i]),
      status=["Done", "Done", "Happened", "Done"][i], att=["12", "9", "~20", "15"][i], etype="Recreation")

cert_dates = [D(2025, 9, 2), D(2025, 9, 9), D(2025, 9, 16), D(2025, 9, 23)]
for i, d in enumerate(cert_dates):
    guest = d == D(2025, 9, 16)
    ev = E("CERT Basic Training class %d" % (i + 1), d, {"EM", "FD"} if guest else {"EM"},
           fam=["weekly_series"] + (["weekly_guest_visit", "different_titles_per_department"] if guest else []),
           why="weekly CERT class; week 3's fire-suppression module was taught by Engine 7" if guest
           else "weekly CERT class run by EM")
    R(ev, "EM", fam=(["units_instead_of_departments"] if guest else []),
      title=f"CERT Basic Training - Session {i + 1} of 4", start=T(18, 0), end=T(21, 0),
      loc="Twin Lakes Recreation Center, Room B", addr="1700 W Bloomfield Rd",
      lead="OEM", partners=("E7 crew" if guest else None),
      desc=["Disaster preparedness + CERT organization. 19 enrolled.",
            "Disaster medical ops part 1 (triage).",
            "Fire safety & utility control - suppression module taught by the E7 crew, live extinguisher props in the lot.",
            "Light search & rescue, final exercise, graduation. 17 grads!"][i],
      status="Completed", att=["19", "18", "18", "17 grads"][i], vis="Public", etype="Training")
    if guest:
        R(ev, "FD", fam=["different_titles_per_department"],
          title="Extinguisher training for CERT class", start="6:30 PM", loc="Twin Lakes Rec Ctr parking lot",
          lead="Engine 7", desc="PASS method, everyone got to put out the pan fire prop. OEM's class.",
          status="Done", att="18")

nav_dates = [D(2026, 1, 8), D(2026, 1, 15), D(2026, 1, 22), D(2026, 1, 29)]
for i, d in enumerate(nav_dates):
    guest = d == D(2026, 1, 22)
    ev = E("Navigator office hours week %d" % (i + 1), d, {"CS", "EC"} if guest else {"CS"},
           fam=["weekly_series"] + (["weekly_guest_visit", "partner_only_in_text"] if guest else []),
           why="weekly walk-in hours; on 1/22 a telecommunicator joined to explain text-to-911" if guest
           else "weekly walk-in hours")
    R(ev, "CS", fam=(["partner_only_in_text", "units_instead_of_departments"] if guest else []),
      title="Navigator office hours @ library", start="3-5pm", loc="Monroe County Public Library, Room 214",
      addr="303 E Kirkwood Ave",
      desc=("A telecommunicator from the 911 center sat in for the first hour and explained text-to-911 to walk-ins."
            if guest else ["Walk-in help: rent assistance, ID, food.", "Slow week - snow.", "",
                           "Two referrals to housing; one to the food bank."][i]),
      status=["Held", "Held", "Held", "Done"][i], att=["11", "4", "9", "13"][i], vis="Public", etype="Outreach")

cpa_dates = [D(2026, 3, 3), D(2026, 3, 10), D(2026, 3, 17), D(2026, 3, 24)]
for i, d in enumerate(cpa_dates):
    guest = d == D(2026, 3, 17)
    ev = E("Community Police Academy week %d" % (i + 1), d, {"PD", "EC"} if guest else {"PD"},
           fam=["weekly_series"] + (["weekly_guest_visit", "different_titles_per_department"] if guest else [])
           + (["own_unit_only"] if i == 3 else []),
           why=("week 3 met at the 911 center; telecommunicators ran the session" if guest else
                "weekly academy night; week 4 was a K-9 demo (a Police unit, so Police only)" if i == 3 else
                "weekly academy night"))
    R(ev, "PD", fam=(["units_instead_of_departments"] if guest else ["own_unit_only"] if i == 3 else []),
      title=f"Community Police Academy - wk {i + 1}",
      start="6:00 PM", end="8:30 PM",
      loc=("Emergency Communications Center" if guest else "City Hall, Council Chambers"),
      addr=(None if guest else "401 N Morton St"), lead="CRU",
      desc=["Welcome, history of the dept, use of force overview.",
            "Traffic stops + DUI enforcement. Role play in the lot.",
            "911 center tour - telecommunicators walked the class through call-taking and CAD.",
            "K-9 demo with Ofc. Kim and Rex, then patrol vehicle walk-around."][i],
      status="Completed", att=["24", "23", "22", "22"][i], vis="Public")
    if guest:
        R(ev, "EC", fam=["different_titles_per_department"],
          title="Citizens academy tour of the 911 floor", start=T(18, 15), end=T(20, 0),
          loc="ECC training room", lead="CBPD (their academy)", desc="Sit-alongs in pairs, call-taking demo.",
          status="Done", att="22 students", vis="Public")

# ---------------- National Night Out, Tue Aug 5 2025 ------------------------------------------
NNO = D(2025, 8, 5)
huddle = E("Beat 12 staffing huddle before NNO", NNO, {"PD"}, fam=["internal"], internal=True,
           why="internal staff meeting; contacts and notes must never be published")
R(huddle, "PD", fam=["internal"], title="Beat 12 staffing huddle - NNO assignments", start="3:00 PM", end="3:30 PM",
  loc="District 4 substation", lead="Lt. Reyes", desc="Route assignments for block party visits.",
  status="Done", vis="Internal", inotes="Lt. Reyes cell 812-555-0147; OT code 4410, do not post")

parties = [
    # (name, police-title, where, address, depts, notes, fam, extra)
    ("NNO party 1200 block W 9th St", "NNO block party - 1200 blk W 9th St", "1200 block W 9th St", None,
     {"PD", "FD"}, 'Ofc. Diaz & Kim stopped by ~7pm. Host said "best turnout yet"\nNeed more stickers, flyers; badges',
     ["nno_fire_visit_own_row", "different_titles_per_department"], "fd1"),
    ("NNO party 415 S Washington St", "NNO - 415 S Washington St", None, "415 S Washington St",
     {"PD", "FD"}, "Beat 7 stopped in. Bounce house, hot dogs.", ["nno_fire_visit_own_row", "nno_twin_addresses"], "fd2"),
    ("NNO party 415 N Washington St", "NNO - 415 N Washington St", None, "415 N Washington St",
     {"PD"}, "Small one, mostly neighbors on the porch.", ["nno_twin_addresses"], None),
    ("NNO party Sherwood Oaks", "National Night Out - Sherwood Oaks (E Elliston Dr)", "Sherwood Oaks neighborhood",
     "1600 blk E Elliston Dr", {"PD", "FD"},
     "E7 crew came by w/ the engine, kids loved it. Sgt. Ortiz + 2 ofcrs.", ["partner_only_in_text", "units_instead_of_departments"], None),
    ("NNO party W 7th & N Madison", "NNO - W 7th St & N Madison St", "corner of W 7th & N Madison", None,
     {"PD", "FD"}, "Street closed w/ barricades from Public Works.", ["nno_fire_visit_own_row", "nno_cross_streets"], "fd3"),
    ("NNO party Winslow Woods", "National Night Out - Winslow Woods", "Winslow Woods Park shelter", "2120 S Highland Ave",
     {"PD"}, "Fire was invited but got a call. ~45 people, DJ.", ["invited_but_absent"], None),
    ("NNO party 2100 block S Highland", "NNO cookout - 2100 blk S Highland", "2100 blk S Highland Ave", None,
     {"PD"}, "", [], None),
    ("NNO party Bryan Park neighborhood", "NNO - Bryan Park neighborhood", "S Woodlawn Ave by the pool", "1020 S Woodlawn Ave",
     {"PD", "CS"}, "CSD outreach team set up a table, gave out ~10 resource bags.", ["partner_only_in_text"], None),
    ("NNO party 900 W 11th St", "NNO - 900 W 11th St", None, "900 W 11th St", {"PD"}, "Ice cream truck!", [], None),
    ("NNO party Hopewell Commons", "NNO - Hopewell Commons", "Hopewell Commons", None, {"PD"},
     "Chief's tour stop #3.", [], None),
    ("NNO party 1600 block N Russell Rd", "NNO - 1600 blk N Russell Rd", "1600 blk N Russell Rd", None, {"PD"},
     "", [], None),
    ("NNO party 3400 block E 10th St", "NNO - 3400 blk E 10th St", None, "3400 E 10th St", {"PD"},
     "Host had a family emergency, called it off that afternoon.", ["cancelled"], "cx"),
    ("NNO party 700 block W Gordon Pike", "NNO - 700 blk W Gordon Pike", "700 blk W Gordon Pike", None, {"PD"},
     "Rain started ~8, wrapped early.", [], None),
    ("NNO party Twin Lakes neighborhood", "NNO - Twin Lakes area", "W Bloomfield Rd cul-de-sac", None, {"PD"},
     "", [], None),
]
pd_nno_times = ["evening", "6-8pm", "6pm", "evening", "6:30 PM", "6pm-9pm", None, "evening", "6pm", "7ish",
                "evening", "6:00 PM", "6pm", None]
pd_nno_status = ["Held", "Held", "Done", "Held", "Happened", "Held", "Done", "Held", "Held", "Done", "Held",
                 "Cancelled - host emergency", "Held (rain)", "Held"]
pd_nno_att = ["~60", "40ish", "15", "~80", "50", "~45", "", "30", "25", "lots", "20", "", "~35", "?"]
fd_rows = {}
for i, (name, ptitle, where, addr, depts, notes, fam, extra) in enumerate(parties):
    ev = E(name, NNO, depts, fam=["nno"] + fam, cancelled=(extra == "cx"),
           why="NNO block party" + ("; Fire visit" if "FD" in depts else "") + ("; CSD table" if "CS" in depts else ""))
    rowfam = [x for x in fam if x in ("partner_only_in_text", "units_instead_of_departments", "invited_but_absent",
                                       "cancelled", "nno_twin_addresses", "nno_cross_streets")]
    R(ev, "PD", fam=rowfam + ["vague_time"] * (pd_nno_times[i] in (None, "evening", "7ish"))
      + ["hostile_text"] * (i == 0),
      title=ptitle, start=pd_nno_times[i], loc=where, addr=addr,
      lead=["Ofc. Diaz", "Beat 7", None, "Sgt. Ortiz", None, "District 2", None, None, None, "CBPD", None,
            None, None, "Beat 12"][i], desc=notes, status=pd_nno_status[i], att=pd_nno_att[i], vis="Public",
      inotes=("Host: Mrs. Alvarez 812-555-0121" if i == 0 else None), ds="cell" if i % 3 else "mdy2")
    if extra in ("fd1", "fd2", "fd3"):
        fd_rows[extra] = ev
R(fd_rows["fd1"], "FD", fam=["different_titles_per_department"], title="NNO visit - 1200 block W. 9th",
  start="7pm", lead="Engine 3", desc="Quick stop ~20 min, kids sat in the engine. Back in service 7:25.",
  status="Done", att="~50")
R(fd_rows["fd2"], "FD", fam=["nno_twin_addresses"], title="NNO drop-by", start="7:45 PM",
  loc="block party", addr="415 S. Washington St.", lead="Ladder 1", desc="Handed out plastic helmets.",
  status="Completed", att="40")
R(fd_rows["fd3"], "FD", fam=["nno_cross_streets"], title="NNO - Madison & 7th block party", start="evening",
  lead="E3", desc="Second stop of the night.", status="Done")

butler = E("National Night Out at Butler Park", NNO, {"PR", "PD", "FD"},
           fam=["nno", "partner_only_in_text", "units_instead_of_departments", "different_titles_per_department"],
           why="Parks' own NNO evening; District 4 officers (own row) and Engine 3 (named in notes)")
R(butler, "PR", fam=["partner_only_in_text", "units_instead_of_departments", "hostile_text"],
  title="National Night Out at Butler Park", start="5:30 PM", end="8:00 PM",
  loc="Rev. Ernest D. Butler Park", addr="812 W 9th St", lead="Parks",
  desc="District 4 officers + the K-9, Engine 3 on site for the last hour. Splash pad open late. <i>great night</i>",
  status="Completed", att="approx 200", etype="National Night Out")
R(butler, "PD", fam=["different_titles_per_department"], title="NNO - Butler Park (Parks event)",
  start="evening", loc="Butler Pk, W 9th", lead="District 4", desc="Ofcrs + K-9 Rex, handed out junior badges.",
  status="Held", att="200", vis="Public")

# ---------------- all-department flagship per fiscal quarter -----------------------------------
f1 = E("Touch a Truck", D(2025, 9, 13), ALL6,
       fam=["all_department_flagship", "partner_only_in_text", "units_instead_of_departments",
            "different_titles_per_department"],
       why="Q1 flagship; EC (911 trailer), EM (CERT) and CS (navigators) appear only in Parks' notes")
R(f1, "PR", fam=["partner_only_in_text", "units_instead_of_departments"], title="Touch a Truck",
  start="10am", end="1pm", loc="Switchyard Park", addr="1601 S Rogers St", lead="Parks",
  desc="Engine 14 and Medic 3 parked by the pavilion; PD brought the K-9 unit; Dispatch brought the 911 trailer; "
       "CERT volunteers ran the go-kit table; CSD navigators had a resource tent. Plows from Street Dept too.",
  status="Done", att="approx 400", etype="Recreation")
R(f1, "FD", fam=["different_titles_per_department"], title="Touch-a-Truck @ Switchyard", start="10:00",
  loc="Switchyard Pk", lead="E14 / M3", desc="Truck + ambulance tours, plastic helmets (ran out by 11:30).",
  status="Completed", att="300+")
R(f1, "PD", fam=["different_titles_per_department", "vague_time"], title="K-9 demo - Touch a Truck",
  start="10ish", loc="Switchyard Park", lead="K-9 Unit", desc="Ofc. Kim and K-9 Rex did two demos.",
  status="Held", vis="Public")

f2 = E("Trick or Treat Trail", D(2025, 10, 25), ALL6,
       fam=["all_department_flagship", "partner_only_in_text", "units_instead_of_departments",
            "different_titles_per_department"],
       why="Q2 flagship; five tabs log it under five titles, EC (telecommunicators) only in CS's notes")
R(f2, "PR", title="Trick or Treat Trail", start="5:00 PM", end="7:30 PM", loc="Lower Cascades Park",
  addr="2851 Old State Rd 37", lead="Parks", desc="Rangers set up the trail; 12 candy stations.",
  status="Completed", att="~900", etype="Recreation")
R(f2, "PD", fam=["different_titles_per_department", "vague_time"], title="Trick-or-Treat Trail - Lower Cascades",
  start="evening", loc="Lower Cascades Pk", lead="District 2",
  desc="District 2 officers handed out candy + glow bracelets at station 4.", status="Held", att="lots", vis="Public")
R(f2, "FD", fam=["different_titles_per_department"], title="Halloween trail - Cascades", start="17:00",
  loc="Cascades Park (lower)", lead="Engine 7", desc="E7 candy station + reflective tape on costumes.",
  status="Done", att="hundreds")
R(f2, "CS", fam=["different_titles_per_department", "partner_only_in_text", "units_instead_of_departments"],
  title="Halloween Trail outreach table", start="5pm", end="7pm", loc="Lower Cascades Park",
  desc="Navigators at the table next to the telecommunicators, who handed out 911 coloring books.",
  status="Held", att="~150 contacts", vis="Public", etype="Outreach")
R(f2, "EM", fam=["different_titles_per_department"], title="CERT - Trick or Treat Trail (kit handout)",
  start="4:30 PM", end="7:30 PM", loc="Lower Cascades Park", addr="2851 Old State Rd. 37",
  lead="Emergency Mgmt", desc="CERT volunteers handed out 150 flashlights + go-kit checklists. Setup at 4:30.",
  status="Done", att="150", vis="Public", etype="Outreach")

f3 = E("50+ Expo", D(2026, 2, 21), ALL6,
       fam=["all_department_flagship", "partner_only_in_text", "different_titles_per_department", "hostile_text"],
       why="Q3 flagship; CS (navigators) appears only in Parks' notes")
R(f3, "PR", fam=["partner_only_in_text"], title="50+ Expo", start=T(9, 0), end=T(13, 0),
  loc="Twin Lakes Recreation Center", addr="1700 W Bloomfield Rd", lead="Parks",
  desc="Community Safety navigators staffed the resource table by the gym doors. 40 vendors.",
  status="Done", att="~250", etype="Recreation")
R(f3, "FD", fam=["different_titles_per_department", "vague_time"], title="Remembering When booth - 50+ Expo",
  start="morning", loc="Twin Lakes Rec", lead="Fire Prevention", desc="Falls + fire safety, 40 vials of life.",
  status="Completed", att="40")
R(f3, "EM", fam=["different_titles_per_department"], title="Winter/storm prep table - Senior Expo", start="9am",
  end="1pm", loc="Twin Lakes Rec Ctr", desc="NOAA radios raffle, alert sign-ups.", status="Done", att="~90",
  vis="Public", etype="Outreach")
R(f3, "EC", fam=["different_titles_per_department", "hostile_text"], title="Smart911 signups - Twin Lakes 50+ Expo",
  start="9:00", end="12:00", loc="Twin Lakes Recreation Center", addr="1700 W. Bloomfield Road",
  lead="Parks & Rec", desc='=HYPERLINK("https://www.smart911.com","Smart911 sign-up")',
  status="Done", att="62 signups", vis="Public")
R(f3, "PD", fam=["different_titles_per_department"], title="Scam talk @ senior expo", start="11am",
  loc="Twin Lakes Recreation Ctr", lead="Det. Alvarez", desc="Gift card + grandparent scams, Q&A ran long.",
  status="Held", att="~60", vis="Public")

f4 = E("Children's Expo", D(2026, 5, 16), ALL6,
       fam=["all_department_flagship", "planned_future"],
       why="Q4 flagship, still in the future when the log was taken: planned with all six in the partner column")
R(f4, "PR", fam=["planned_future"], planned=True, title="Children's Expo", start="10:00 AM", end="2:00 PM",
  loc="Monroe County Fairgrounds", addr="5700 W Airport Rd", lead="Parks",
  partners="PD, FD, 911, OEM, Community Safety", desc="Booths confirmed with all public safety depts.",
  status="Scheduled", etype="Recreation")
R(f4, "FD", fam=["planned_future", "different_titles_per_department"], planned=True,
  title="Children's Expo - E7 + fire safety house", start="9:30 AM", end="2:00 PM", loc="Fairgrounds",
  addr="5700 W Airport Rd", lead="Engine 7", partners="Parks", desc="Fire safety house trailer needs 30A power.",
  status="Confirmed")

parade = E("Fourth of July Parade", D(2025, 7, 4), {"PR", "PD", "FD", "CS", "EC"},
           fam=["five_of_six", "partner_only_in_text", "invited_but_absent", "different_titles_per_department"],
           why="five departments; EM was invited but staffed the EOC for the heat advisory, so not all-department")
R(parade, "PR", fam=["partner_only_in_text", "invited_but_absent", "units_instead_of_departments"],
  title="Fourth of July Parade", start="10 AM", loc="Downtown - Kirkwood Ave to the Courthouse",
  addr="100 W Kirkwood Ave", lead="Parks",
  desc="CSD navigators walked with the city float; 911 telecommunicators handed out stickers. "
       "EM was invited but had their staff in the EOC for the heat advisory.",
  status="Done", att="thousands", etype="Parade/Festival")
R(parade, "PD", fam=["different_titles_per_department"], title="July 4th parade - walking unit + bike patrol",
  start="9:30 AM", end="12:30 PM", loc="Kirkwood Ave", lead="Bike Patrol", desc="Road closures 8-1.",
  status="Done", vis="Public")
R(parade, "FD", fam=["different_titles_per_department"], title="4th of July Parade - Ladder 1, E3", start="10:00",
  loc="Downtown parade route", lead="Ladder 1", desc="Ladder 1 flag + E3 in the line-up.", status="Completed")

# ---------------- one class, two sessions on one day -------------------------------------------
for sess, (ec_from, ec_to, fd_start, att) in enumerate([(T(10, 0), T(11, 0), "morning", "14"),
                                                         (T(15, 30), T(16, 30), "after school", "21")]):
    ev = E("Hands-Only CPR session %s" % ("AM" if sess == 0 else "PM"), D(2025, 10, 15), {"EC", "FD"},
           fam=["two_sessions_one_day", "different_titles_per_department"],
           why="the same class given twice on one day, each session taught by dispatch + a Medic 3 crew")
    R(ev, "EC", fam=["two_sessions_one_day"], title="Hands-Only CPR + when to call 911", start=ec_from, end=ec_to,
      loc="Monroe County Public Library", addr="303 E Kirkwood Ave", lead="ECC",
      desc="Telecommunicator-led; Medic 3 crew ran the manikins.", status="Done", att=att, vis="Public")
    R(ev, "FD", fam=["two_sessions_one_day", "vague_time"],
      title="Hands-only CPR class (%s) - library" % ("AM" if sess == 0 else "PM"), start=fd_start,
      loc="MCPL downtown", lead="Medic 3", desc="With dispatch.", status="Done", att=att)

# ---------------- two unrelated events at one park, one day ------------------------------------
egg = E("Mad Paws Doggie Egg Hunt", D(2026, 4, 18), {"PR"}, fam=["same_park_same_day"],
        why="Parks' morning event at Bryan Park; Police's bike registration there in the afternoon is another event")
R(egg, "PR", fam=["same_park_same_day"], title="Mad Paws Doggie Egg Hunt", start="10am", end="11:30am",
  loc="Bryan Park", addr="1020 S Woodlawn Ave", lead="Parks", desc="Dog treats in the eggs. Off-leash area.",
  status="Done", att="60 dogs", etype="Recreation")
bike = E("Bike registration pop-up Bryan Park", D(2026, 4, 18), {"PD"}, fam=["same_park_same_day"],
         why="Police-only, afternoon, same park as the egg hunt")
R(bike, "PD", fam=["same_park_same_day"], title="Bike registration pop-up - Bryan Park", start="1pm", end="3pm",
  loc="Bryan Park", addr="1020 S Woodlawn Ave", lead="Bike Patrol", desc="14 bikes registered, 6 locks given away.",
  status="Happened", att="14 bikes", vis="Public")

# ---------------- rain date logged on both dates by different departments ----------------------
glow = E("Glow in the Park (rain date)", D(2025, 9, 5), {"PR", "PD"},
         fam=["rain_date", "different_titles_per_department"],
         why="storms moved it from Fri 8/29 to Fri 9/5; Parks logged the first date as Rescheduled, "
             "Police logged the night it happened. One event, on 9/5 (so September, not August)")
R(glow, "PR", fam=["rain_date"], date=D(2025, 8, 29), title="Glow in the Park", start="8:00 PM", end="10:00 PM",
  loc="Bryan Park", addr="1020 S Woodlawn Ave", lead="Parks",
  desc="Storms - moved to the rain date 9/5.", status="Rescheduled - storms", etype="Recreation")
R(glow, "PD", fam=["rain_date", "different_titles_per_department"], title="Glow in the Park - Bryan Park",
  start="8pm-10pm", loc="Bryan Park", lead="Beat 7", desc="Beat 7 officers handed out glow sticks + bike lights.",
  status="Happened", att="~120", vis="Public")

# ---------------- cancelled ---------------------------------------------------------------------
howl = E("Howl at the Moon night hike", D(2025, 10, 7), {"PR", "EM"},
         fam=["cancelled", "cancelled_logged_twice", "different_titles_per_department"], cancelled=True,
         why="planned Parks hike with CERT radio support; both tabs mark it cancelled (weather)")
R(howl, "PR", fam=["cancelled"], title="Howl at the Moon - Griffy Lake", start="7:30 PM",
  loc="Griffy Lake Nature Preserve", addr="3400 N Headley Rd", lead="Parks", partners="CERT (radios)",
  desc="Full moon hike.", status="Cancelled - weather", etype="Recreation")
R(howl, "EM", fam=["cancelled", "different_titles_per_department"], title="Radio support - Griffy night hike",
  start="7:00 PM", end="9:30 PM", loc="Griffy Lake boathouse", lead="CERT", partners="Parks",
  desc="4 CERT w/ radios for Parks' hike.", status="CX (storms)", vis="Public", etype="Support")

# ---------------- a partner's own row says it did not come (row belongs to the event) ---------
carn = E("Banneker Carnival", D(2025, 7, 26), {"PR"},
         fam=["partner_row_no_show", "invited_but_absent"],
         why="Fire logged its planned truck display but was on a call (No-show): the row is this event, "
             "Fire did not take part, the event is single-department and was held")
R(carn, "PR", fam=["invited_but_absent"], title="Banneker Carnival", start="11am", end="3pm",
  loc="Banneker Community Center", addr="930 W 7th St", lead="Parks",
  desc="Fire couldn't make it (on a call). Dunk tank was the hit.", status="Done", att="~150", etype="Recreation")
R(carn, "FD", fam=["partner_row_no_show"], title="Truck display - Banneker Carnival", start="11:00 AM",
  loc="Banneker CC", addr="930 W. 7th St.", lead="Engine 3", desc="E3 caught a structure fire call at 10:50.",
  status="No-show - E3 on a call")

cool = E("Stay Cool Day at Mills Pool", D(2025, 7, 31), {"PR"},
         fam=["partner_row_no_show", "invited_but_absent"],
         why="911 planned a kids table but had no staff (its row says Cancelled); the pool day was held, "
             "Parks only, not cancelled")
R(cool, "PR", fam=["invited_but_absent"], title="Stay Cool Day at Mills Pool - FREE admission", start="1pm",
  end="5pm", loc="Mills Pool", addr="1100 W 14th St", lead="Parks",
  desc="911 could not make it, short staffed. Free popsicles.", status="Done", att="~210", etype="Recreation")
R(cool, "EC", fam=["partner_row_no_show"], title="Kids 911 table - Mills Pool Stay Cool Day", start=T(13, 0),
  end=T(15, 0), loc="Mills Pool", lead="Parks", desc="No floor coverage, could not send anyone.",
  status="Cancelled - no staff", vis="Public")

back = E("Back-to-School Backpack Giveaway", D(2025, 8, 9), {"CS", "PR"},
         fam=["invited_but_absent", "partner_column_overstates"],
         why="partner column says Fire; Parks; Fire was called out before it started, so CS + Parks only")
R(back, "CS", fam=["invited_but_absent", "partner_column_overstates"], title="Back-to-School Backpack Giveaway",
  start="10am", end="1pm", loc="Banneker Community Center", addr="930 W 7th St", lead="CSD",
  partners="Fire; Parks", desc="Fire got called out before it started; Parks rec staff ran the games. 300 backpacks.",
  status="Done", att="approx 300 kids", vis="Public", etype="Youth")

# ---------------- planned row, then the after-action row, in one tab ---------------------------
cwc = E("National Coffee with a Cop Day - Morgenstern", D(2025, 10, 1), {"PD"},
        fam=["planned_then_logged", "invited_but_absent", "partner_column_overstates"],
        why="planned row lists Fire as partner; the after-action row says Fire got a call. Police only")
R(cwc, "PD", fam=["planned_then_logged", "partner_column_overstates"], planned=True,
  title="Coffee with a Cop - Morgenstern Books", start="8:00 AM", end="10:00 AM",
  loc="Morgenstern Books & Cafe", addr="849 S Auto Mall Rd", lead="CRU", partners="Fire",
  desc="National Coffee with a Cop Day.", status="Scheduled", vis="Public")
R(cwc, "PD", fam=["planned_then_logged", "invited_but_absent"], title="Coffee w/ a Cop @ Morgenstern (Natl CwC Day)",
  start="8am", loc="Morgenstern Books", lead="CRU", desc="Fire was invited but got a call. Good convo about speeding on Auto Mall Rd.",
  status="Done", att="~35", vis="Public")

prep = E("Preparedness Fair Sherwood Oaks Christian Church", D(2025, 9, 27), {"EM", "FD"},
         fam=["planned_then_logged", "partner_only_in_text", "units_instead_of_departments"],
         why="EM planned it, then logged it again afterwards; E7 crew did a truck tour (named only in notes)")
R(prep, "EM", fam=["planned_then_logged"], planned=True,
  title="Preparedness Fair - Sherwood Oaks Christian Church", start="10:00 AM", end="1:00 PM",
  loc="Sherwood Oaks Christian Church", addr="2700 E Rogers Rd", lead="OEM", status="Scheduled",
  vis="Public", etype="Outreach")
R(prep, "EM", fam=["planned_then_logged", "partner_only_in_text", "units_instead_of_departments"],
  title="Prep fair @ Sherwood Oaks Christian", start="10ish", loc="Sherwood Oaks Christian Ch.",
  desc="CERT volunteers handed out kits; E7 crew did a truck tour. Church wants to do it again in spring.",
  status="Done", att="~80", vis="Public", etype="Outreach")

# ---------------- joint events logged by two or three tabs under different titles -------------
j = E("Coffee with a Cop - Hopscotch (Sept)", D(2025, 9, 18), {"PD", "CS"},
      fam=["different_titles_per_department", "hostile_text"], why="Police and CS at the same cafe morning")
R(j, "PD", fam=["different_titles_per_department", "hostile_text", "vague_time"],
  title="Coffee w/ a Cop - Hopscotch Coffee & Kitchen, 235 W Dodds St, #102", start="9ish",
  lead="Ofc. Kim", desc="Lots of questions about the new bike lanes, parking.", status="Done", att="~25", vis="Public",
  inotes="OT approved 2 ofcrs x 2 hrs - Sgt. Ortiz")
R(j, "CS", fam=["different_titles_per_department"], title="Hopscotch Coffee community chat", start="9:00 AM",
  end="10:30 AM", loc="Hopscotch Coffee", addr="235 W Dodds St #102", desc="Sat with PD, handed out navigator cards.",
  status="Held", att="25", vis="Public", etype="Community Meeting")

j = E("Fun Friday for Home Schoolers - truck tour", D(2025, 10, 17), {"PR", "FD"},
      fam=["different_titles_per_department", "partner_only_in_text", "units_instead_of_departments"],
      why="Parks' homeschool program; E14 gave a truck tour")
R(j, "PR", fam=["partner_only_in_text", "units_instead_of_departments"], title="Fun Friday for Home Schoolers",
  start="1pm", end="3pm", loc="Twin Lakes Recreation Center", addr="1700 W Bloomfield Rd",
  desc="E14 crew did a truck tour, then gym games.", status="Done", att="approx 35 kids", etype="Youth")
R(j, "FD", fam=["different_titles_per_department"], title="Truck tour - homeschool group", start="1:15 PM",
  loc="Twin Lakes Rec", lead="E14", status="Done", att="35")

j = E("911 for Kids at Banneker day camp", D(2025, 7, 17), {"EC", "PR"},
      fam=["different_titles_per_department", "partner_only_in_text"],
      why="the 911 trailer visit to the Banneker summer camp")
R(j, "EC", fam=["different_titles_per_department", "vague_time"], title="911 for Kids - Banneker day camp", start="10ish",
  loc="Banneker CC", lead="ECC", desc="Trailer + call simulator, 3 groups.", status="Done", att="48 kids", vis="Public")
R(j, "PR", fam=["partner_only_in_text"], title="Banneker summer camp - special visitors", start="9:00 AM",
  end="3:00 PM", loc="Banneker Community Center", addr="930 W 7th St",
  desc="Dispatch brought the 911 trailer; kids practiced calling 911 on the simulator.", status="Completed",
  att="48", etype="Youth")

j = E("Violence reduction community conversation Banneker", D(2025, 11, 6), {"CS", "PD"},
      fam=["partner_only_in_text", "units_instead_of_departments", "same_venue_same_day"],
      why="CS evening meeting; Sgt. Ortiz (District 4) attended. Parks' Toy Time that morning is another event")
R(j, "CS", fam=["partner_only_in_text", "units_instead_of_departments", "same_venue_same_day"],
  title="Violence Reduction Community Conversation", start="6:00 PM", end="7:30 PM",
  loc="Banneker Community Center", addr="930 W 7th St", lead="Community Safety Dept",
  desc="Sgt. Ortiz (District 4) attended and took questions. Spanish interpretation provided.",
  status="Held", att="~55", vis="Public", etype="Community Meeting")

j = E("Nature Talk in Peoples Park - storm spotting", D(2025, 9, 20), {"PR", "EM"},
      fam=["different_titles_per_department", "units_instead_of_departments"],
      why="Parks' talk series; EM gave the storm-spotting talk")
R(j, "PR", title="Nature Talk in Peoples Park: Storm Spotting", start="10am", end="11am", loc="Peoples Park",
  addr="501 E Kirkwood Ave", desc="Guest speaker from Emergency Mgmt.", status="Done", att="22", etype="Recreation")
R(j, "EM", fam=["different_titles_per_department", "units_instead_of_departments"],
  title="Severe wx talk - Peoples Park (Parks series)", start="10:00 AM", loc="Peoples Park",
  lead="Emergency Management", partners="park rangers", desc="SKYWARN basics.", status="Completed", att="~20",
  vis="Public", etype="Safety Education")

j = E("Alarm for Life canvass Hopewell", D(2025, 8, 16), {"FD", "CS"},
      fam=["different_titles_per_department"], why="door-to-door smoke alarm canvass, Fire with CS navigators")
R(j, "FD", title="Alarm for Life canvass - Hopewell", start="9am", end="1pm", loc="Hopewell neighborhood",
  lead="CRR", partners="CSD", desc="31 alarms installed in 12 homes.", status="Completed", att="12 homes")
R(j, "CS", fam=["different_titles_per_department", "vague_time"], title="Door-knocking w/ Fire - Hopewell neighborhood",
  start="morning", loc="Hopewell", desc="Navigators knocked ahead of the crews.", status="Done", att="~40 doors",
  vis="Public", etype="Outreach")

j = E("Switchyard Park Concert Series August", D(2025, 8, 8), {"PR", "PD"},
      fam=["different_titles_per_department"], why="concert; Police staffed an info table")
R(j, "PR", title="Switchyard Park Concert Series", start="7pm", end="9pm", loc="Switchyard Park Pavilion",
  addr="1601 S Rogers St", status="Done", att="~500", etype="Recreation")
R(j, "PD", fam=["different_titles_per_department", "vague_time"], title="PD info table @ Switchyard concert",
  start="evening", loc="Switchyard", lead="CRU", desc="Recruiting + bike registration flyers.", status="Done",
  vis="Public")

j = E("Skate with Santa", D(2025, 12, 13), {"PR", "FD"},
      fam=["different_titles_per_department", "hostile_text"], why="Santa arrived on Ladder 1")
R(j, "PR", fam=["hostile_text"], title="Skate with Santa \U0001F385\u26F8\uFE0F", start="2:00 PM", end="4:00 PM",
  loc="Frank Southern Ice Arena", addr="2100 S Henderson St", desc="Santa arrived on the ladder truck!",
  status="Done", att="~180", etype="Recreation")
R(j, "FD", fam=["different_titles_per_department"], title="Santa ride on Ladder 1 - ice arena", start="1:45 PM",
  loc="Frank Southern", lead="Ladder 1", status="Done")

j = E("NPSTW open house 911 center", D(2026, 4, 15), {"EC", "FD"},
      fam=["partner_only_in_text", "units_instead_of_departments"],
      why="Telecommunicators Week open house; Medic 3 parked out front for tours (named only in the summary)")
R(j, "EC", fam=["partner_only_in_text", "units_instead_of_departments"],
  title="NPSTW Open House - 911 Center", start="4:00 PM", end="7:00 PM", loc="Emergency Communications Center",
  lead="ECC", desc="Floor tours every 30 min. Medic 3 parked out front for tours.", status="Done", att="~70",
  vis="Public")

j = E("Community Response Team open house", D(2026, 1, 27), {"CS", "EC"},
      fam=["different_titles_per_department", "units_instead_of_departments"],
      why="CS open house; 911 demonstrated crisis call diversion")
R(j, "CS", fam=["units_instead_of_departments"], title="Community Response Team Open House", start="4pm",
  end="7pm", loc="Dimension Mill", addr="642 N Madison St", lead="CSD", partners="dispatchers",
  desc="Van tours, meet the responders.", status="Held", att="~90", vis="Public", etype="Open House")
R(j, "EC", fam=["different_titles_per_department"], title="Crisis call diversion demo @ CRT open house",
  start=T(16, 30), end=T(18, 30), loc="Dimension Mill", addr="642 N. Madison St.", lead="Community Safety",
  desc="Showed how 911 hands calls to the clinicians.", status="Done", vis="Public")

j = E("Sound the Alarm install day", D(2026, 3, 7), {"FD", "EM"},
      fam=["different_titles_per_department", "units_instead_of_departments"],
      why="Fire + Red Cross install day; CERT (EM) volunteers installed alarms")
R(j, "FD", title="Sound the Alarm - install day (w/ Red Cross)", start="all day",
  loc="Winslow neighborhood (S Highland Ave)", lead="CRR", partners="CERT", desc="88 alarms, 34 homes.",
  status="Completed", att="34 homes")
R(j, "EM", fam=["different_titles_per_department"], title="CERT volunteers - smoke alarm installs, Winslow",
  start="8:30am", end="2pm", loc="Winslow area", lead="CERT", desc="6 CERT teams paired with Fire.",
  status="Done", att="6 teams", vis="Public", etype="Support")

j = E("Trail safety walk Griffy Lake", D(2025, 11, 1), {"PR", "PD"},
      fam=["different_titles_per_department", "units_instead_of_departments", "partner_only_in_text"],
      why="rangers led the walk; Police joined")
R(j, "PR", title="Trail Safety Walk - Griffy Lake", start="10am", loc="Griffy Lake Nature Preserve",
  addr="3400 N Headley Rd", desc="Rangers led the walk. PD came along, talked about car break-ins at trailheads.",
  status="Done", att="~30", etype="Recreation")
R(j, "PD", fam=["different_titles_per_department", "units_instead_of_departments"],
  title="Griffy Lake walk w/ rangers", start="10:00 AM", loc="Griffy Lake boathouse lot", lead="District 1",
  partners="park rangers", desc="Car break-in prevention.", status="Held", vis="Public")

j = E("Pumpkin Launch", D(2025, 11, 8), {"PR", "FD"},
      fam=["different_titles_per_department"], why="Ladder 1 dropped pumpkins from the aerial")
R(j, "PR", title="Pumpkin Launch", start="noon", end="3pm", loc="Switchyard Park", addr="1601 S Rogers St",
  desc="Catapults + the big drop.", status="Done", att="~350", etype="Recreation")
R(j, "FD", fam=["different_titles_per_department"], title="Ladder 1 @ Pumpkin Launch - Switchyard",
  start="12:30", loc="Switchyard Pk", lead="Ladder 1", desc="Aerial pumpkin drop, 3 drops.", status="Done")

j = E("Text-to-911 talk Deaf and Hard of Hearing meeting", D(2026, 2, 10), {"EC", "CS"},
      fam=["different_titles_per_department", "units_instead_of_departments"],
      why="one meeting: CS's DHH community meeting where EC presented text-to-911")
R(j, "EC", fam=["different_titles_per_department"], title="Text-to-911 talk - library", start="6:00 PM",
  end="7:30 PM", loc="Monroe County Public Library, Room 214", addr="303 E Kirkwood Ave", lead="ECC",
  desc="ASL interpreters provided.", status="Done", att="19", vis="Public")
R(j, "CS", fam=["different_titles_per_department", "units_instead_of_departments"],
  title="Deaf & Hard of Hearing community mtg", start="6pm", loc="MCPL Rm 214", partners="telecommunicators",
  desc="Telecommunicators demoed text-to-911 on the big screen.", status="Held", att="19", vis="Public",
  etype="Community Meeting")

j = E("Physical Fridays at Banneker with Beat 12", D(2025, 11, 14), {"PR", "PD"},
      fam=["units_instead_of_departments", "hostile_text"], why="Beat 12 officers played pickup (partner column holds a unit)")
R(j, "PR", fam=["units_instead_of_departments", "hostile_text", "vague_time"], title="-- Physical Fridays @ Banneker --",
  start="after school", loc="Banneker Community Center", addr="930 W 7th St", partners="Beat 12",
  desc="Beat 12 officers played pickup with the teens; pizza after.", status="Done", att="approx 25 teens",
  etype="Youth")

j = E("Stop the Bleed library", D(2025, 12, 6), {"EM", "FD"},
      fam=["units_instead_of_departments", "partner_only_in_text"], why="Medic 3 crew taught tourniquets")
R(j, "EM", fam=["units_instead_of_departments"], title="Stop the Bleed - MCPL", start="11am", end="12:30pm",
  loc="Monroe County Public Library", addr="303 E Kirkwood Ave", partners="Medic 3",
  desc="Medic 3 crew taught tourniquets + wound packing.", status="Completed", att="26", vis="Public",
  etype="Training")

j = E("Walk to School Day University Elementary", D(2025, 10, 8), {"CS", "PD"},
      fam=["different_titles_per_department", "units_instead_of_departments"], why="SRO walked with families")
R(j, "CS", title="Walk to School Day - University Elem", start="7:30am", end="8:15am",
  loc="University Elementary School", addr="1111 N Russell Rd", desc="Safe routes walk, 3 meeting points.",
  status="Done", att="~110", vis="Public", etype="Youth")
R(j, "PD", fam=["different_titles_per_department", "units_instead_of_departments"],
  title="SRO - Walk to School Day", start="7:30 AM", loc="University Elementary", lead="SRO Unit",
  desc="SRO walked w/ families from the Russell Rd meeting point.", status="Done", vis="Public")

j = E("Hike & Seek Leonard Springs", D(2026, 3, 21), {"PR", "FD"},
      fam=["partner_only_in_text", "units_instead_of_departments"], why="Medic 3 stopped by (named only in notes)")
R(j, "PR", fam=["partner_only_in_text", "units_instead_of_departments"],
  title="Hike & Seek - Nature at a Preschool Pace", start="10am", end="11am", loc="Leonard Springs Nature Park",
  addr="4685 S Leonard Springs Rd", desc="Rangers led the walk; Medic 3 stopped by and let kids see the ambulance.",
  status="Done", att="16 kids + parents", etype="Youth")

j = E("Station 3 open house", D(2025, 10, 11), {"FD", "EC"},
      fam=["partner_only_in_text", "different_titles_per_department"],
      why="Fire Prevention Week open house; dispatch brought the 911 trailer")
R(j, "FD", fam=["partner_only_in_text"], title="Station 3 Open House (Fire Prevention Week)", start="10am",
  end="2pm", loc="Fire Station 3", lead="Station 3", desc="Dispatch brought the 911 trailer. Smokehouse, hose line for kids.",
  status="Completed", att="~250")
R(j, "EC", fam=["different_titles_per_department"], title="911 trailer - Station 3 open house", start=T(10, 0),
  end=T(13, 0), loc="Fire Station 3", lead="CBFD", status="Done", vis="Public")

j = E("Listening session Butler Park", D(2026, 3, 12), {"CS", "PD"},
      fam=["units_instead_of_departments"], why="partner column holds 'District 4'")
R(j, "CS", fam=["units_instead_of_departments"], title="Neighborhood listening session - Butler Park",
  start="5:30 PM", end="7:00 PM", loc="Rev. Ernest D. Butler Park shelter", addr="812 W 9th St",
  partners="District 4", desc="Sgt. Ortiz (District 4) attended. Lighting on the trail = #1 ask.",
  status="Done", att="~30", vis="Public", etype="Community Meeting")

j = E("Remembering When Allison Jukebox", D(2026, 1, 20), {"FD", "PR"},
      fam=["different_titles_per_department"], why="Fire's program for seniors at a Parks community center")
R(j, "FD", title="Remembering When - Allison Jukebox CC", start="10:30", loc="Allison Jukebox Community Center",
  addr="351 S Washington St", lead="Fire Prevention", desc="Falls + fire safety for seniors.", status="Completed",
  att="28")
R(j, "PR", fam=["different_titles_per_department"], title="Senior morning: fire & falls safety w/ CBFD",
  start="10:30 AM", end="11:30 AM", loc="Allison Jukebox CC", addr="349 S Washington St", lead="CBFD",
  partners="Parks", desc="Coffee + donuts from the center.", status="Done", att="~30", etype="Recreation")

j = E("Alert signups Farmers Market October", D(2025, 10, 4), {"EC", "EM"},
      fam=["different_titles_per_department"], why="911 and EM shared a market table")
R(j, "EC", title="Smart911 signups - Farmers Mkt", start="8am", end="noon", loc="Community Farmers' Market",
  addr="401 N Morton St", lead="ECC", partners="OEM", status="Done", att="33 signups", vis="Public")
R(j, "EM", fam=["different_titles_per_department"], title="Alert sign-up table - farmers market", start="8:00",
  end="12:00", loc="Farmers Market (City Hall plaza)", desc="Shared the table with 911.", status="Done",
  att="~50", vis="Public", etype="Outreach")

j = E("Move with the Mayor", D(2026, 4, 11), {"PR", "PD"},
      fam=["different_titles_per_department"], why="Parks' walk; the Police Chief walked with the Mayor")
R(j, "PR", title="Move with the Mayor", start="9am", end="10am", loc="Switchyard Park", addr="1601 S Rogers St",
  desc="1 mile walk + stretching.", status="Done", att="~75", etype="Recreation")
R(j, "PD", fam=["different_titles_per_department"], title="Chief walk w/ Mayor - Switchyard", start="9:00 AM",
  loc="Switchyard Pk", lead="Chief's Office", status="Done", vis="Public")

j = E("Junior Fire Marshal day", D(2026, 6, 17), {"FD", "PR"}, fam=["planned_future"],
      why="planned, partner column Parks & Rec")
R(j, "FD", fam=["planned_future"], planned=True, title="Junior Fire Marshal Day (ages 11-15)", start="9:00 AM",
  end="3:00 PM", loc="Twin Lakes Recreation Center", addr="1700 W Bloomfield Rd", lead="Fire Prevention",
  partners="Parks & Rec", desc="Registration through Parks.", status="Scheduled")

j = E("Co-responder meet and greet", D(2026, 5, 6), {"CS", "PD"}, fam=["planned_future", "units_instead_of_departments"],
      why="planned, partner column 'CBPD co-responders'")
R(j, "CS", fam=["planned_future"], planned=True, title="Co-responder meet & greet", start="5:30 PM", end="7:00 PM",
  loc="Monroe County Public Library - Southwest Branch", addr="890 W Gordon Pike", lead="CSD",
  partners="CBPD co-responders", status="Planned", vis="Public", etype="Community Meeting")

j = E("Winter Palooza", D(2026, 1, 17), {"PR", "EM", "PD"},
      fam=["different_titles_per_department", "units_instead_of_departments"],
      why="three tabs, three titles")
R(j, "PR", title="Winter Palooza", start="noon", end="4pm", loc="Switchyard Park", addr="1601 S Rogers St",
  desc="Ice sculptures, s'mores. Cold!", status="Done", att="~300", etype="Recreation")
R(j, "EM", fam=["different_titles_per_department"], title="Winter safety table - Palooza", start="12:00 PM",
  end="3:00 PM", loc="Switchyard Park pavilion", desc="Car kits, space blankets.", status="Done", att="~120",
  vis="Public", etype="Outreach")
R(j, "PD", fam=["different_titles_per_department", "units_instead_of_departments"],
  title="Hot cocoa w/ officers - Switchyard", start="1pm", loc="Switchyard", partners="Parks, EOC staff",
  desc="Cocoa ran out by 2:30.", status="Held", vis="Public")

# ---------------- single-department background ------------------------------------------------
def single(dept, name, d, fam=(), why="", cancelled=False, internal=False, **f):
    ev = E(name, d, {dept}, fam=list(fam), cancelled=cancelled, internal=internal, why=why or "single department")
    planned = f.pop("planned", False)
    R(ev, dept, fam=[x for x in fam], planned=planned, **f)
    return ev


single("PD", "Bike patrol meet and greet", D(2025, 7, 12), fam=["vague_time"], title="Bike patrol meet & greet - B-Line Trail",
       start="morning", loc="B-Line Trail @ W 3rd", lead="Bike Patrol", desc="Handed out bells + lights.",
       status="Held", att="~25", vis="Public")
single("PD", "Winslow neighborhood watch meeting", D(2025, 9, 30), fam=["timezone_boundary"],
       why="8:30 PM local on Sep 30 is 00:30 UTC on Oct 1: belongs to September and FY26-Q1",
       title="Winslow neighborhood watch mtg", start="8:30 PM", end="9:30 PM", loc="Winslow Woods Park shelter",
       addr="2120 S Highland Ave", lead="District 2", desc="Porch package thefts.", status="Held", att="18", vis="Public")
single("PD", "Scam prevention talk Allison Jukebox", D(2025, 11, 19), fam=["topic_mention_not_participant"],
       why="911 is the topic, not a participant", title="Scam prevention talk - Allison Jukebox CC", start="1pm",
       loc="Allison Jukebox Community Center", addr="351 S Washington St", lead="Det. Alvarez",
       desc="Reminded everyone to call 911 only for emergencies; scams already over go to the non-emergency line.",
       status="Done", att="30", vis="Public")
single("PD", "Coffee with a Cop - Hopscotch (Dec)", D(2025, 12, 11), fam=["vague_time"],
       why="same cafe and title family as the September joint one, other date, Police only",
       title="Coffee w/ a Cop - Hopscotch", start="9ish", loc="Hopscotch Coffee", addr="235 W Dodds St #102",
       lead="Ofc. Kim", status="Done", att="~20", vis="Public")
single("PD", "Downtown business walk", D(2026, 1, 14), fam=["own_unit_only", "vague_time"],
       title="Downtown business walk - Kirkwood Ave", start="afternoon", loc="Kirkwood Ave (Walnut to Indiana)",
       lead="Downtown Resource Officers", desc="Downtown Resource Officers visited 22 businesses.",
       status="Done", att="22 businesses", vis="Public")
single("PD", "K-9 demo Tri-North", D(2026, 2, 5), fam=["own_unit_only", "vague_time"],
       why="K-9 is a Police unit: still Police only", title="K-9 demo - Tri-North Middle School", start="after school",
       loc="Tri-North Middle School", addr="1000 W 15th St", lead="K-9 Unit", desc="Ofc. Kim + Rex.",
       status="Done", att="approx 60 kids", vis="Public")
single("PD", "Bike rodeo Summit Elementary", D(2026, 4, 25), fam=["cancelled"], cancelled=True,
       title="Bike rodeo - Summit Elementary", start="10:00 AM", end="12:00 PM", loc="Summit Elementary School",
       addr="1450 W Countryside Ln", lead="Bike Patrol", desc="Only 3 signups.", status="cancelled (low signups)",
       vis="Public")
single("PD", "PAL basketball night", D(2026, 6, 12), fam=["planned_future"], planned=True,
       title="PAL basketball night - Banneker", start="6:00 PM", end="8:00 PM", loc="Banneker Community Center",
       addr="930 W 7th St", lead="CRU", status="Scheduled", vis="Public")

single("FD", "Smoke alarm installs W 11th St", D(2025, 7, 15), fam=["double_entry_one_tab", "vague_time"],
       why="logged twice in the Fire tab (by CRR and by Station 1)", title="Smoke alarm installs - W 11th St",
       start="all day", loc="W 11th St (300-600 blk)", lead="CRR", desc="Installed 14 alarms at 6 homes.",
       status="Completed", att="6 homes")
R(EVENTS[-1], "FD", fam=["double_entry_one_tab"], ds="mdy2", title="Alarm for Life installs, 11th St",
  start="9am", end="3pm", loc="W. 11th Street", lead="Station 1 / E3", status="Done", att="6")
single("FD", "Station 7 tour daycare", D(2025, 8, 21), fam=["vague_time"], title="Station 7 tour - daycare",
       start="10ish", loc="Fire Station 7", lead="Station 7", status="Done", att="12 kids + 3 teachers")
single("FD", "EDITH talk Summit Elementary", D(2025, 10, 7), title="E.D.I.T.H. talk - Summit Elementary",
       start="9:00", loc="Summit Elementary", addr="1450 W Countryside Ln", lead="Fire Prevention",
       desc="Fire Prevention Week, 2 classes, home escape maps sent home.", status="Done", att="2 classes")
single("FD", "Extinguisher training Dimension Mill", D(2025, 11, 12), title="Extinguisher training - Dimension Mill tenants",
       start="noon", loc="Dimension Mill", addr="642 N Madison St", lead="Fire Prevention", status="Completed",
       att="22")
single("FD", "Holiday fire safety table", D(2025, 12, 20), fam=["vague_time"], title="Holiday fire safety table - Holiday Market",
       start="all day", loc="City Hall plaza", addr="401 N Morton St", lead="Station 1",
       desc="Tree watering reminders, candle safety.", status="Done")
single("FD", "Remembering When Sherwood Oaks Christian", D(2026, 3, 18),
       title="Remembering When - Sherwood Oaks Christian Church", start="10am", loc="Sherwood Oaks Christian Church",
       addr="2700 E Rogers Rd", lead="Fire Prevention", status="Completed", att="~45 seniors")
single("FD", "Truck visit Summit field day", D(2026, 5, 29), fam=["planned_future"], planned=True,
       title="Truck visit - Summit Elementary field day", start="9:30 AM", end="11:00 AM",
       loc="Summit Elementary", addr="1450 W Countryside Ln", lead="Engine 14", status="Scheduled")

single("CS", "Navigator pop-up Peoples Park", D(2025, 8, 14), fam=["vague_time"], title="Navigator pop-up - Peoples Park",
       start="lunch", loc="Peoples Park", addr="501 E Kirkwood Ave", status="Done", att="~30 contacts",
       vis="Public", etype="Outreach")
single("CS", "When to call 911 info session", D(2025, 10, 22), fam=["topic_mention_not_participant"],
       why="911 is the topic; no Emergency Communications staff were there",
       title="When to call 911 vs. non-emergency - info session", start="6pm", end="7pm",
       loc="MCPL Southwest Branch", addr="890 W Gordon Pike", lead="CSD",
       desc="Walked through when to call 911, 988 and the non-emergency line.", status="Held", att="25",
       vis="Public", etype="Safety Education")
single("CS", "Youth peace circle Banneker", D(2025, 12, 3), fam=["vague_time"], title="Youth peace circle - Banneker",
       start="after school", loc="Banneker CC", addr="930 W 7th St", status="Done", att="15 youth", vis="Public",
       etype="Youth")
single("CS", "Naloxone training MCPL", D(2026, 2, 18), title="Naloxone training - MCPL", start="5:30 PM",
       end="7:00 PM", loc="Monroe County Public Library", addr="303 E Kirkwood Ave", status="Completed", att="28",
       vis="Public", etype="Training")
single("CS", "Resource fair Hopewell", D(2026, 3, 26), fam=["invited_but_absent"],
       why="'will invite PD and Fire next time': not partners", title="Resource fair - Hopewell", start="3-6pm",
       loc="Hopewell Commons", desc="Will invite PD and Fire next time. 14 agencies tabling.", status="Done",
       att="~70", vis="Public", etype="Outreach")
single("CS", "Winslow neighborhood safety meeting", D(2026, 3, 31), fam=["timezone_boundary"],
       why="8 PM local on Mar 31 is 00:00 UTC on Apr 1: belongs to March and FY26-Q3",
       title="Winslow neighborhood safety mtg", start="8:00 PM", end="9:30 PM", loc="Winslow Woods Park shelter",
       addr="2120 S Highland Ave", status="Held", att="21", vis="Public", etype="Community Meeting")
single("CS", "Bilingual town hall virtual", D(2026, 4, 28), fam=["planned_future", "hostile_text"], planned=True,
       title="Foro comunitario bilingüe / Bilingual town hall \U0001F5E3\uFE0F", start="6:30 PM", end="8:00 PM",
       loc="Online (Zoom)", lead="CSD", desc="Interpretación en vivo; preguntas por chat, o por teléfono.",
       status="Scheduled", vis="Public", etype="Community Meeting")

single("EC", "Smart911 table Farmers Market July", D(2025, 7, 19), title="Smart911 table - Farmers Market",
       start="8am-noon", loc="Community Farmers' Market", addr="401 N Morton St", lead="ECC", status="Done",
       att="40 signups", vis="Public")
single("EC", "911 center tour Girl Scouts", D(2025, 11, 15), fam=["vague_time"], title="911 center tour - Girl Scout troop 214",
       start="10ish", loc="Emergency Communications Center", lead="ECC", status="Done", att="11 scouts", vis="Public")
single("EC", "Text-to-911 demo Tri-North", D(2026, 1, 13), fam=["vague_time"], title="Text-to-911 demo - Tri-North Middle",
       start="after school", loc="Tri-North Middle School", addr="1000 W 15th St", lead="ECC", status="Completed",
       att="~40", vis="Public")
single("EC", "Career talk job fair", D(2026, 3, 11), fam=["vague_time"], title="Dispatcher career table - job fair",
       start="all day", loc="Monroe Convention Center", addr="302 S College Ave", lead="ECC",
       desc="Hiring push - 9 applications started.", status="Done", att="~60", vis="Public")
single("EC", "Telecommunicator CPR refresher", D(2026, 2, 24), fam=["internal"], internal=True,
       why="staff-only training", title="Telecommunicator CPR refresher (staff only)", start=T(8, 0), end=T(10, 0),
       loc="ECC training room", lead="ECC", status="Done", vis="Internal",
       inotes="Floor supervisor on call: 812-555-0166")

single("EM", "Ready Cedar Bluff talk History Center", D(2025, 8, 23), title="Ready Cedar Bluff talk - History Center",
       start="2pm", loc="Monroe County History Center", addr="202 E 6th St", lead="OEM", status="Done", att="20",
       vis="Public", etype="Safety Education")
single("EM", "EOC tabletop winter storm", D(2025, 12, 9), fam=["internal"], internal=True,
       why="staff-only exercise", title="EOC tabletop - winter storm (staff)", start="9:00 AM", end="12:00 PM", loc="EOC", lead="OEM",
       status="Done", vis="Internal", etype="Exercise", inotes="EOC duty officer line 812-555-0193; AAR due 12/19")
single("EM", "Generator and CO safety talk", D(2026, 1, 24), title="Generator & CO safety talk - MCPL",
       start="11am", loc="Monroe County Public Library", addr="303 E Kirkwood Ave", lead="OEM", status="Completed",
       att="17", vis="Public", etype="Safety Education")
single("EM", "Severe Weather Prep Week tornado talk", D(2026, 3, 4), fam=["vague_time"],
       title="Severe Weather Prep Week - tornado drill talk, Summit Elem", start="morning",
       loc="Summit Elementary School", lead="OEM", status="Done", att="4 classes", vis="Public",
       etype="Safety Education")
single("EM", "Flood safety walk Lower Cascades", D(2026, 4, 22), fam=["planned_future"], planned=True,
       title="Flood safety walk - Lower Cascades", start="5:30 PM", end="6:30 PM", loc="Lower Cascades Park",
       addr="2851 Old State Rd 37", lead="OEM", status="Scheduled", vis="Public", etype="Safety Education")

single("PR", "Tai Chi Easy at Switchyard Park", D(2025, 8, 2), title="Tai Chi Easy at Switchyard Park", start="9:00 AM",
       end="10:00 AM", loc="Switchyard Park", addr="1601 S Rogers St", status="Done", att="~20", etype="Recreation")
single("PR", "Drool in the Pool", D(2025, 9, 14), title="Drool in the Pool - Bryan Park Pool", start="noon",
       end="3pm", loc="Bryan Park Pool", addr="1020 S Woodlawn Ave", status="Held", att="80 dogs",
       etype="Recreation")
single("PR", "Toy Time at Banneker", D(2025, 11, 6), fam=["same_venue_same_day"],
       why="morning toddler program; the CS evening meeting at Banneker that day is another event",
       title="Toy Time at the Banneker Community Center", start="10am", end="11am", loc="Banneker Community Center",
       addr="930 W 7th St", status="Done", att="12 families", etype="Youth")
single("PR", "Story Adventure Hour at Banneker", D(2026, 1, 9), title="Story Adventure Hour at Banneker",
       start="10:30", loc="Banneker Community Center", addr="930 W 7th St", status="Done", att="9", etype="Youth")
single("PR", "Little Explorers at Banneker", D(2026, 2, 27), fam=["vague_time"], title="Little Explorers at Banneker",
       start="morning", loc="Banneker CC", status="Done", att="11", etype="Youth")
single("PR", "Evening with the Community Band", D(2026, 6, 30), fam=["planned_future", "timezone_boundary"], planned=True,
       why="8 PM local on Jun 30 is 00:00 UTC on Jul 1: belongs to June and FY26-Q4",
       title="Evening with the Community Band - Switchyard", start="8:00 PM", end="9:30 PM",
       loc="Switchyard Park Pavilion", addr="1601 S Rogers St", status="Scheduled", etype="Recreation")

# ---------------- invalid rows -----------------------------------------------------------------
INVALID = [
    R(None, "PD", fam=["invalid"], date=None, title="NNO - 1500 blk W 14th St", start="evening",
      desc="Beat 12 stopped by", status="Held"),
    R(None, "FD", fam=["invalid"], date="2/30/2026", title="Truck visit - Summit Elem", start="9am",
      lead="Engine 14", status="Done"),
    R(None, "PR", fam=["invalid"], date=None, title="Movie night??"),
    R(None, "EM", fam=["invalid"], date="TBD", title="CERT refresher", loc="EOC", status="Planned",
      vis="Public"),
]
INVALID_WHY = {id(INVALID[0]): "no date", id(INVALID[1]): "impossible date 2/30/2026",
               id(INVALID[2]): "title only", id(INVALID[3]): "date 'TBD'"}
INVALID_AFTER = {id(INVALID[0]): D(2025, 8, 5), id(INVALID[1]): D(2026, 3, 1),
                 id(INVALID[2]): D(2025, 10, 1), id(INVALID[3]): D(2026, 1, 5)}

ROW_ONLY_FAMILIES = {"vague_time", "hostile_text"}
for _ev in EVENTS:
    _ev["families"] = [f for f in _ev["families"] if f not in ROW_ONLY_FAMILIES]

# ----------------------------------------------------------------------------------------------
# Lay the rows out: an activity log is appended roughly in the order things were entered —
# after-action rows a few days after the event, planned rows weeks before it.
# ----------------------------------------------------------------------------------------------
rng = random.Random(56)
for i, row in enumerate(ROWS):
    if row["ev"] is None:
        base = INVALID_AFTER[id(row)]
        row["entered"] = (base, rng.random(), i)
    else:
        d = row["date"]
        if row["planned"]:
            row["entered"] = (d - dt.timedelta(days=rng.randint(12, 40)), rng.random(), i)
        else:
            row["entered"] = (d + dt.timedelta(days=rng.randint(0, 6)), rng.random(), i)

import re
TIME_RE = re.compile(r"^(\d{1,2}):(\d{2}) (AM|PM)$")
SHEET = {}    # tab -> list of rows in sheet order
for tab in TABS:
    rows = sorted([r for r in ROWS if r["tab"] == tab], key=lambda r: r["entered"])
    SHEET[tab] = rows
    styles = DATE_STYLES[tab]
    for n, r in enumerate(rows):
        r["sheet_row"] = n + 2
        r["ref"] = f"{DEPT[tab]}!{n + 2}"
        r["date_value"] = fmt_date(r["date"], r["ds"] or styles[n % len(styles)])
        # Police and Parks sometimes let Excel turn "6:00 PM" into a real time cell
        if tab in ("PD", "PR") and n % 2 == 0:
            for fld in ("start", "end"):
                v = r["f"].get(fld)
                if isinstance(v, str) and TIME_RE.match(v):
                    hh, mm, ap = TIME_RE.match(v).groups()
                    r["f"][fld] = T(int(hh) % 12 + (12 if ap == "PM" else 0), int(mm))


def dept_names(codes):
    return sorted(DEPT[c] for c in codes)


# ----------------------------------------------------------------------------------------------
# Write intake.xlsx
# ----------------------------------------------------------------------------------------------
def write_workbook(path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for tab, cols in TABS.items():
        ws = wb.create_sheet(DEPT[tab])
        for c, (_, header) in enumerate(cols, start=1):
            cell = ws.cell(row=1, column=c, value=header)
            cell.font = Font(bold=True)
        for r in SHEET[tab]:
            vals = dict(r["f"])
            vals["date"] = r["date_value"]
            for c, (field, _) in enumerate(cols, start=1):
                v = vals.get(field)
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r["sheet_row"], column=c)
                cell.value = v
                if isinstance(v, str) and v[:1] in "=+-@":
                    cell.data_type = "s"   # typed text, not a formula
                if isinstance(v, dt.datetime):
                    cell.number_format = "m/d/yyyy"
                elif isinstance(v, dt.time):
                    cell.number_format = "h:mm AM/PM"
        widths = {"title": 44, "desc": 60, "loc": 32, "addr": 24, "date": 16}
        for c, (field, _) in enumerate(cols, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = widths.get(field, 14)
        ws.freeze_panes = "A2"
    fixed = dt.datetime(2026, 4, 20, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Cedar Bluff Public Safety"
    wb.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """openpyxl stamps the save time into the zip entries and docProps/core.xml; pin both."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2026-04-20T09:00:00Z\2", data)
            info = zipfile.ZipInfo(name, date_time=(2026, 4, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


# ----------------------------------------------------------------------------------------------
# Labels
# ----------------------------------------------------------------------------------------------
def fiscal_quarter(d):
    fy = d.year + 1 if d.month >= 7 else d.year
    q = ((d.month - 7) % 12) // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"


def build_expected():
    rows_by_event = defaultdict(list)
    for tab in TABS:
        for r in SHEET[tab]:
            if r["ev"] is not None:
                rows_by_event[r["ev"]["key"]].append(r["ref"])
    pairs = []
    for ev in EVENTS:
        refs = rows_by_event[ev["key"]]
        assert refs, ev
        for a, b in itertools.combinations(refs, 2):
            pairs.append([a, b])
    months = OrderedDict()
    quarters = OrderedDict()
    d = D(2025, 7, 1)
    while d < D(2026, 7, 1):
        months[f"{d.year}-{d.month:02d}"] = {"events": 0, "joint_events": 0}
        quarters.setdefault(fiscal_quarter(d), {"events": 0, "joint_events": 0, "all_department_events": 0})
        d = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    for ev in EVENTS:
        if ev["cancelled"]:
            continue
        m = f"{ev['date'].year}-{ev['date'].month:02d}"
        q = fiscal_quarter(ev["date"])
        joint = len(ev["depts"]) >= 2
        months[m]["events"] += 1
        months[m]["joint_events"] += joint
        quarters[q]["events"] += 1
        quarters[q]["joint_events"] += joint
        quarters[q]["all_department_events"] += ev["depts"] >= ALL6
    internal_titles, internal_markers = [], []
    for tab in TABS:
        for r in SHEET[tab]:
            if r["ev"] is not None and r["ev"]["internal"]:
                internal_titles.append(r["f"]["title"])
            if r["f"].get("inotes"):
                internal_markers.append(r["f"]["inotes"])
    families = OrderedDict()
    present = {f for ev in EVENTS for f in ev["families"]} | {f for r in ROWS for f in r["fam"]}
    fam_names = [f for f in FAMILY_ORDER if f in present]
    assert set(fam_names) == present, present - set(fam_names)
    for fam in fam_names:
        evs = [ev for ev in EVENTS if fam in ev["families"]]
        fam_rows = [r["ref"] for tab in TABS for r in SHEET[tab] if fam in r["fam"]]
        keys = {ev["key"] for ev in evs}
        fam_pairs = [p for p in pairs if any(rows_of[x] in keys for x in p)] if evs else []
        families[fam] = {"note": FAMILY_NOTES[fam], "events": len(evs),
                         "joint_events": sum(len(ev["depts"]) >= 2 for ev in evs),
                         "rows": fam_rows, "pairs": len(fam_pairs), "event_keys": sorted(keys)}
    exp = OrderedDict()
    exp["flavour"] = "holdout-v56-after-action"
    exp["rows"] = len(ROWS)
    exp["invalid_rows"] = sum(r["ev"] is None for r in ROWS)
    exp["events"] = len(EVENTS)
    exp["joint_events"] = sum(len(ev["depts"]) >= 2 for ev in EVENTS)
    exp["public_events"] = sum(not ev["internal"] for ev in EVENTS)
    exp["cancelled_events"] = sum(ev["cancelled"] for ev in EVENTS)
    exp["internal_titles"] = sorted(internal_titles)
    exp["internal_markers"] = sorted(internal_markers)
    exp["months"] = months
    exp["fiscal_quarters"] = quarters
    exp["duplicate_pairs"] = pairs
    # extras (not in dedupe-dev's file; same meaning as dedupe-dev2's where the name is shared)
    exp["joint_events_not_cancelled"] = sum(len(ev["depts"]) >= 2 and not ev["cancelled"] for ev in EVENTS)
    exp["all_department_events"] = sum(ev["depts"] >= ALL6 and not ev["cancelled"] for ev in EVENTS)
    exp["timezone"] = TZ
    exp["labels"] = ("truth.csv and duplicate_pairs name a sheet row as Tab!row (row 1 is the header). "
                     "Invalid rows have a blank event_key and valid=no. joint_events counts cancelled events too; "
                     "months and fiscal_quarters leave cancelled events out. An event is joint when two or more "
                     "departments really took part: invited-but-absent departments, partners whose own row says "
                     "No-show/Cancelled, and departments named only as a topic do not count; a department named "
                     "only in the notes or only by one of its units does count.")
    exp["event_departments"] = OrderedDict((ev["key"], dept_names(ev["depts"])) for ev in EVENTS
                                           if len(ev["depts"]) >= 2)
    exp["event_dates"] = OrderedDict((ev["key"], ev["date"].isoformat()) for ev in EVENTS)
    exp["cancelled_event_keys"] = [ev["key"] for ev in EVENTS if ev["cancelled"]]
    exp["internal_event_keys"] = [ev["key"] for ev in EVENTS if ev["internal"]]
    exp["families"] = families
    return exp


FAMILY_NOTES = {
    "weekly_series": "a programme that meets every week; each meeting is its own event",
    "weekly_guest_visit": "one week of a weekly series had another department along: that week only is joint",
    "partner_only_in_text": "a partner department is named only in the notes (\"Officers Diaz and Kim from PD stopped by\", "
                            "\"Dispatch brought the 911 trailer\"); the partner column is blank",
    "units_instead_of_departments": "a unit stands for its department (Engine 7, E14, Medic 3, Ladder 1, Beat 12, "
                                    "District 4, SRO, park rangers, telecommunicators, dispatchers, CERT, EOC staff)",
    "different_titles_per_department": "one visit logged by two or more departments, each under its own title "
                                       "and usually a different way of writing the place and time",
    "invited_but_absent": "the text names a department that was invited but did not come; it must not count",
    "partner_row_no_show": "the absent partner logged its own row (No-show / Cancelled - no staff): the row belongs "
                           "to the host's event, the partner does not count and the event is not cancelled",
    "partner_column_overstates": "the partner column lists a department that in the end did not come",
    "nno": "National Night Out, Tue Aug 5 2025: block parties logged by Police, a Parks evening at Butler Park",
    "nno_fire_visit_own_row": "a Fire company's NNO drop-by logged in the Fire tab",
    "nno_twin_addresses": "two block parties at 415 S and 415 N Washington St; Fire visited only the south one",
    "nno_cross_streets": "the party written as 'W 7th St & N Madison St' and as 'Madison & 7th'",
    "all_department_flagship": "one all-department event per fiscal quarter, several departments only in notes",
    "five_of_six": "five departments took part; the sixth was invited but did not come: not all-department",
    "rain_date": "moved by weather; the host logged the first date (Rescheduled), the partner the date it happened",
    "two_sessions_one_day": "one class given morning and afternoon, each session logged by two departments: two events",
    "same_park_same_day": "two unrelated events at Bryan Park on one day",
    "same_venue_same_day": "two unrelated events at Banneker Community Center on one day",
    "cancelled": "cancelled (kept in events, left out of months and quarters)",
    "cancelled_logged_twice": "a joint event both departments mark cancelled, in different words",
    "planned_then_logged": "a planned row and later an after-action row for the same event in one tab",
    "planned_future": "planned events (Scheduled / Planned / Confirmed), no attendance yet",
    "double_entry_one_tab": "the same event logged twice in one tab by two units",
    "own_unit_only": "a department's own unit (K-9, Downtown Resource Officers) — still one department",
    "topic_mention_not_participant": "a department is the subject of the talk ('when to call 911'), not a partner",
    "timezone_boundary": "late evening on the last day of a month/quarter: in UTC it falls in the next one",
    "vague_time": "time missing or vague: evening, after school, 10ish, all day, morning, lunch",
    "hostile_text": "formula text (=HYPERLINK stored as text), emoji, commas in a title, HTML, quotes and a line "
                    "break in notes, a title starting with a dash",
    "internal": "internal staff events; titles, contacts and notes never public",
    "invalid": "rows that must be rejected: no date, 2/30, TBD, title only",
}

FAMILY_ORDER = [
    # the after-action habit first
    "partner_only_in_text", "units_instead_of_departments", "different_titles_per_department",
    "invited_but_absent", "partner_row_no_show", "partner_column_overstates", "topic_mention_not_participant",
    "own_unit_only", "vague_time", "planned_then_logged", "planned_future", "rain_date", "cancelled",
    "cancelled_logged_twice",
    # the usual
    "nno", "nno_fire_visit_own_row", "nno_twin_addresses", "nno_cross_streets", "all_department_flagship",
    "five_of_six", "two_sessions_one_day", "same_park_same_day", "same_venue_same_day", "weekly_series",
    "weekly_guest_visit", "double_entry_one_tab", "timezone_boundary", "hostile_text", "internal", "invalid",
]
assert set(FAMILY_ORDER) == set(FAMILY_NOTES)

rows_of = {}


def write_all():
    write_workbook(os.path.join(HERE, "intake.xlsx"))
    for tab in TABS:
        for r in SHEET[tab]:
            rows_of[r["ref"]] = r["ev"]["key"] if r["ev"] else None
    with open(os.path.join(HERE, "truth.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["tab", "row", "event_key", "valid"])
        for tab in TABS:
            for r in SHEET[tab]:
                w.writerow([DEPT[tab], r["sheet_row"], r["ev"]["key"] if r["ev"] else "",
                            "yes" if r["ev"] else "no"])
    exp = build_expected()
    with open(os.path.join(HERE, "expected.json"), "w") as fh:
        json.dump(exp, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    write_config(os.path.join(HERE, "config.yaml"))
    write_notes(os.path.join(HERE, "NOTES.md"), exp)
    return exp


# ----------------------------------------------------------------------------------------------
# config.yaml
# ----------------------------------------------------------------------------------------------
DEPT_CONFIG = [
    ("Police", ["CBPD", "Cedar Bluff Police", "Cedar Bluff Police Department", "Police Dept", "Police Department",
                "PD"],
     ["District 1", "District 2", "District 3", "District 4", "Beat 7", "Beat 12", "K-9", "K-9 Unit", "K9",
      "SRO", "SRO Unit", "School Resource Officers", "Community Resource Unit", "CRU", "Bike Patrol",
      "Downtown Resource Officers", "co-responders", "Chief's Office"]),
    ("Fire", ["CBFD", "Cedar Bluff Fire", "Cedar Bluff Fire Department", "Fire Dept", "Fire Department", "FD"],
     ["Engine 3", "Engine 7", "Engine 14", "E3", "E7", "E14", "Ladder 1", "Medic 3", "M3", "Station 1",
      "Station 3", "Station 7", "Fire Prevention", "Community Risk Reduction", "CRR"]),
    ("Community Safety", ["CSD", "Community Safety Dept", "Community Safety Department",
                          "Department of Community Safety"],
     ["Community Response Team", "CRT", "Community Navigators", "Navigators", "navigators"]),
    ("Emergency Communications", ["ECC", "Emergency Communications Center", "911", "911 Center", "Dispatch",
                                  "Central Dispatch"],
     ["dispatchers", "telecommunicators", "911 trailer"]),
    ("Emergency Management", ["OEM", "EM", "Emergency Mgmt", "Office of Emergency Management",
                              "Ready Cedar Bluff"],
     ["CERT", "EOC", "EOC staff"]),
    ("Parks and Recreation", ["Parks", "Parks & Rec", "Parks and Rec", "Parks Dept", "CBPR"],
     ["park rangers", "Rangers", "Recreation staff"]),
]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(path):
    aliases = OrderedDict((k, []) for k in ["Title", "Start Date", "Start Time", "End Time", "Location", "Address",
                                            "Lead Department", "Partner Departments", "Description", "Status",
                                            "Actual Attendance", "Internal Notes", "Visibility", "Event Type"])
    for tab, cols in TABS.items():
        for field, header in cols:
            canon = FIELD_CANON[field]
            if header != canon and header not in aliases[canon]:
                aliases[canon].append(header)
    out = []
    out.append(f"# {CITY}, Indiana - public-safety community events (held-out set v56, after-action logging)")
    out.append(f"timezone: {TZ}")
    out.append("fiscal_year_start_month: 7")
    out.append("departments:")
    for name, al, units in DEPT_CONFIG:
        out.append(f"  - name: {name}")
        out.append("    aliases: [" + ", ".join(q(a) for a in al) + "]")
        out.append("    units: [" + ", ".join(q(u) for u in units) + "]")
        out.append("    core: true")
    out.append("event_types: [" + ", ".join(q(t) for t in [
        "National Night Out", "Safety Education", "Outreach", "Open House", "Training", "Youth", "Recreation",
        "Community Meeting", "Parade/Festival", "Support", "Exercise"]) + "]")
    out.append("targets:")
    out.append("  joint_events_per_month: 2")
    out.append("  all_department_events_per_quarter: 1")
    out.append("source:")
    out.append("  kind: workbook")
    out.append("  workbook: intake.xlsx")
    out.append("  calendars: []")
    out.append("  column_aliases:")
    for canon, al in aliases.items():
        out.append(f"    {q(canon)}: [" + ", ".join(q(a) for a in al) + "]")
    out.append("output:")
    out.append("  dir: out")
    out.append("feed:")
    out.append("  past_days: 4000")
    out.append("  future_days: 800")
    out.append("site:")
    out.append(f"  title: {q(CITY + ' Public Safety Community Events')}")
    out.append("  base_url: http://127.0.0.1:5000")
    out.append("  uid_domain: events.cedarbluff-in.example")
    with open(path, "w") as fh:
        fh.write("\n".join(out) + "\n")


# ----------------------------------------------------------------------------------------------
# NOTES.md
# ----------------------------------------------------------------------------------------------
def write_notes(path, exp):
    L = []
    L.append("# Held-out set v56 — after-action logging (City of Cedar Bluff, Indiana)")
    L.append("")
    L.append("Generated by `build.py` (deterministic; `python build.py` rewrites every file and runs the checker).")
    L.append("")
    L.append("## The city")
    L.append("")
    L.append("Cedar Bluff is an invented city in Indiana (time zone `America/Indiana/Indianapolis`, Eastern time with "
             "daylight saving; fiscal year starts in July, FY26 = Jul 2025 – Jun 2026). Its six public-safety "
             "departments — Police (CBPD), Fire (CBFD), Community Safety (CSD), Emergency Communications (the 911 "
             "center, ECC), Emergency Management (OEM, runs CERT and the EOC) and Parks and Recreation — keep one "
             "shared workbook, a tab each. The habit this set measures: most rows are written **after** the event, as "
             "an activity log. Partners appear in the notes (\"Officers Diaz and Kim from PD stopped by\", \"E14 crew did "
             "a truck tour\", \"Dispatch brought the 911 trailer\"), Status holds words like Done, Held, Happened, "
             "Completed, Cancelled - weather, No-show, Rescheduled; an attendance column holds \"~40\" or \"approx 60 "
             "kids\"; times are vague or missing. The log was taken around 20 April 2026, so rows after that date are "
             "planned (Scheduled / Planned / Confirmed).")
    L.append("")
    L.append("Each tab has its own header spellings (all mapped in `config.yaml` → `source.column_aliases`):")
    L.append("")
    for tab, cols in TABS.items():
        L.append(f"- **{DEPT[tab]}**: " + ", ".join(f"`{h}`" for _, h in cols))
    L.append("")
    L.append("## Where the places and programmes come from")
    L.append("")
    L.append("Places, street addresses and programme names are taken from the real public calendars in "
             "`shared/realdata` and re-used in new wording; every row's text was written for this set.")
    L.append("")
    L.append("- Places and addresses: City of Bloomington, Indiana Parks & Recreation and Department Events Google "
             "calendars (`gcal_bloomington_in_gov_parks_programs.ics`, `gcal_bloomington_in_gov_department_events.ics`): "
             "Switchyard Park (1601 S Rogers St), Peoples Park (501 E Kirkwood Ave), Banneker Community Center "
             "(930 W 7th St), Twin Lakes Recreation Center (1700 W Bloomfield Rd), Bryan Park / Bryan Park Pool "
             "(1020 S Woodlawn Ave), Mills Pool (1100 W 14th St), Rev. Ernest D. Butler Park (812 W 9th St), "
             "Allison Jukebox Community Center (351 / 349 S Washington St — both numbers appear in the feed), "
             "Monroe County Public Library (303 E Kirkwood Ave, Room 214) and its Southwest Branch (890 W Gordon Pike), "
             "Lower Cascades Park (2851 Old State Rd 37), Griffy Lake Nature Preserve (3400 N Headley Rd), Winslow "
             "Woods Park (2120 S Highland Ave), Frank Southern Ice Arena (2100 S Henderson St), Leonard Springs "
             "Nature Park, Monroe County Fairgrounds (5700 W Airport Rd), Monroe County History Center (202 E 6th St), "
             "Monroe Convention Center (302 S College Ave), Dimension Mill (642 N Madison St), City Hall / farmers' "
             "market (401 N Morton St), Hopscotch Coffee (235 W Dodds St #102), Morgenstern Books & Café (849 S Auto "
             "Mall Rd), Sherwood Oaks Christian Church (2700 E Rogers Rd), Tri-North Middle School (1000 W 15th St), "
             "Summit Elementary (1450 W Countryside Ln), University Elementary (1111 N Russell Rd), Hopewell, B-Line "
             "Trail. Block-party addresses are invented house numbers on those real streets.")
    L.append("- Parks programme names from the same Bloomington feed: Touch a Truck, Trick or Treat Trail, 50+ Expo, "
             "Children's Expo, Fourth of July Parade, Glow in the Park, Howl at the Moon, Banneker Carnival, Stay Cool "
             "Day at Mills Pool, Switchyard Park Concert Series, Skate with Santa, Pumpkin Launch, Winter Palooza, Move "
             "with the Mayor, Hike & Seek - Nature at a Preschool Pace, Nature Talk in Peoples Park, Tai Chi Easy at "
             "Switchyard Park, Drool in the Pool, Toy Time / Story Adventure Hour / Little Explorers at Banneker, "
             "Physical Fridays at Banneker, Mad Paws Doggie Egg Hunt, Evening with the Community Band, Walking Club; "
             "Fun Friday for Home Schoolers from Durham Parks (`durham_parks_rec.ics`).")
    L.append("- Public-safety programmes from SOURCES.md section C (Durham, NC) and the King County AFIS list: "
             "National Night Out block parties and the Chief's tour, Community Police Academy, Coffee with a Cop "
             "(National Coffee with a Cop Day), Police Athletic League, Remembering When, Junior Fire Marshal (with "
             "Parks), E.D.I.T.H., Alarm for Life canvasses, Sound the Alarm (with the Red Cross), Community Response "
             "Team open house and crisis call diversion (HEART), Telecommunicators Week open house, text-to-911, CERT "
             "basic training. NNO shapes (block ranges, cross streets, \"Chief's tour stop\") follow the Pittsburgh "
             "NNO 2025 registrations.")
    L.append("")
    L.append("## Figures (expected.json)")
    L.append("")
    L.append(f"- data rows: **{exp['rows']}** ({exp['invalid_rows']} invalid)")
    L.append(f"- events: **{exp['events']}** (cancelled included); public: {exp['public_events']}; "
             f"cancelled: {exp['cancelled_events']}; internal: {len(exp['internal_event_keys'])}")
    L.append(f"- joint events: **{exp['joint_events']}** (cancelled included; {exp['joint_events_not_cancelled']} not "
             f"cancelled); all-department: {exp['all_department_events']}")
    L.append(f"- same-event row pairs (`duplicate_pairs`): {len(exp['duplicate_pairs'])}")
    L.append("")
    L.append("| month | events | joint |")
    L.append("|---|---|---|")
    for m, v in exp["months"].items():
        L.append(f"| {m} | {v['events']} | {v['joint_events']} |")
    L.append("")
    L.append("| quarter | events | joint | all-department |")
    L.append("|---|---|---|---|")
    for qn, v in exp["fiscal_quarters"].items():
        L.append(f"| {qn} | {v['events']} | {v['joint_events']} | {v['all_department_events']} |")
    L.append("")
    L.append("Months and quarters leave the cancelled events out; an event belongs to the local date it happened "
             "(for the rain-date event, the new date).")
    L.append("")
    L.append("## Labelling conventions (judgements a reviewer may question)")
    L.append("")
    L.append("- A department takes part when its people were there: named in its own row, in the partner column, in "
             "the notes, or through one of its units (Engine 7, Medic 3, Beat 12, District 4, SRO, CERT → Emergency "
             "Management, park rangers → Parks, telecommunicators/dispatchers → 911).")
    L.append("- Invited but absent does not count: \"Fire was invited but got a call\", \"911 could not make it\", "
             "\"will invite PD next time\", a partner column that names a department the notes say never came, a "
             "department that is only the topic (\"when to call 911\").")
    L.append("- A partner's own row saying it did not come (No-show, Cancelled - no staff) is a row **of the host's "
             "event** (it is in `duplicate_pairs`), but that department does not take part and the event is **not** "
             "cancelled because of it.")
    L.append("- An event moved to its rain date is one event on the **new** date; the host's row on the old date "
             "(Rescheduled) belongs to it.")
    L.append("- A planned row and a later after-action row in one tab are one event; planned (future) events count "
             "as scheduled with the partners they list.")
    L.append("- A department's own unit (K-9, Downtown Resource Officers, Fire Prevention) does not make an event joint.")
    L.append("- The Q4 flagship (Children's Expo, 16 May 2026) is still planned: it counts as all-department from its "
             "partner column.")
    L.append("")
    L.append("## Habits and the rows that show them")
    L.append("")
    # status words and attendance (row-level habits derived from the sheet)
    L.append("### status_words (after-action Status vocabulary)")
    L.append("")
    words = defaultdict(list)
    for tab in TABS:
        for r in SHEET[tab]:
            s = r["f"].get("status")
            if s:
                words[s].append(r["ref"])
    for s in sorted(words):
        L.append(f"- `{s}`: " + ", ".join(f"`{x}`" for x in words[s][:6]) + (" …" if len(words[s]) > 6 else ""))
    L.append("")
    L.append("### attendance_column")
    L.append("")
    att = [(r["ref"], r["f"]["att"]) for tab in TABS for r in SHEET[tab] if r["f"].get("att")]
    L.append(f"{len(att)} rows carry an attendance value; examples: " +
             ", ".join(f"`{ref}` \"{a}\"" for ref, a in att[::9]))
    L.append("")
    L.append("### date_and_time_styles")
    L.append("")
    ex = defaultdict(list)
    for tab in TABS:
        for r in SHEET[tab]:
            v = r["date_value"]
            if isinstance(v, dt.datetime):
                ex["date cell"].append(r["ref"])
            st = r["f"].get("start")
            if isinstance(st, dt.time):
                ex["time cell"].append(r["ref"])
    L.append(f"Date cells in {len(ex['date cell'])} rows, typed dates in the rest (`9/13/25`, `09/13/2025`, "
             "`2025-09-13`, `Sep 13, 2025`, `Saturday, September 13, 2025`, `13-Sep-2025`); time cells in "
             f"{len(ex['time cell'])} rows (e.g. " + ", ".join(f"`{x}`" for x in ex["time cell"][:5]) +
             "), typed times such as `6pm`, `18:00`, `6:00 PM`, `3-5pm`, `8am-noon`.")
    L.append("")
    for fam, info in exp["families"].items():
        L.append(f"### {fam}")
        L.append("")
        L.append(info["note"] + ".")
        L.append("")
        evs = [ev for ev in EVENTS if ev["key"] in info["event_keys"]]
        if evs:
            for ev in evs:
                refs = [r["ref"] for tab in TABS for r in SHEET[tab] if r["ev"] is ev]
                tag = ("joint: " + ", ".join(dept_names(ev["depts"]))) if len(ev["depts"]) >= 2 else \
                    "single: " + DEPT[next(iter(ev["depts"]))]
                flags = (" — CANCELLED" if ev["cancelled"] else "") + (" — internal" if ev["internal"] else "")
                L.append(f"- `{ev['key']}` {ev['name']} ({ev['date'].isoformat()}; {tag}{flags}): "
                         + ", ".join(f"`{x}`" for x in refs) + (f" — {ev['why']}" if ev["why"] else ""))
        if info["rows"]:
            L.append("")
            L.append("Rows showing it: " + ", ".join(f"`{x}`" for x in info["rows"]))
        L.append("")
    L.append("### invalid rows")
    L.append("")
    for r in INVALID:
        L.append(f"- `{r['ref']}` — {INVALID_WHY[id(r)]} (title `{r['f'].get('title')}`)")
    L.append("")
    with open(path, "w") as fh:
        fh.write("\n".join(L))


# ----------------------------------------------------------------------------------------------
# Independent checker: recount from the event list and truth.csv, re-read the workbook.
# ----------------------------------------------------------------------------------------------
def check():
    with open(os.path.join(HERE, "expected.json")) as fh:
        exp = json.load(fh)
    problems = []

    def want(name, got, expect):
        if got != expect:
            problems.append(f"{name}: expected.json has {expect!r}, recount gives {got!r}")

    # 1. recount from the event list with plain loops
    n_ev = n_joint = n_pub = n_cx = n_all = 0
    per_month, per_q = {}, {}
    for ev in EVENTS:
        n_ev += 1
        k = len(set(ev["depts"]))
        if k > 1:
            n_joint += 1
        if not ev["internal"]:
            n_pub += 1
        if ev["cancelled"]:
            n_cx += 1
            continue
        y, m = ev["date"].year, ev["date"].month
        mk = "%d-%02d" % (y, m)
        fy = y + 1 if m > 6 else y
        qk = "FY%d-Q%d" % (fy - 2000, (m - 7) // 3 + 1 if m > 6 else (m + 5) // 3 + 1)
        pm = per_month.setdefault(mk, [0, 0])
        pm[0] += 1
        pm[1] += k > 1
        pq = per_q.setdefault(qk, [0, 0, 0])
        pq[0] += 1
        pq[1] += k > 1
        pq[2] += k == 6
        n_all += k == 6
    want("events", n_ev, exp["events"])
    want("joint_events", n_joint, exp["joint_events"])
    want("public_events", n_pub, exp["public_events"])
    want("cancelled_events", n_cx, exp["cancelled_events"])
    want("all_department_events", n_all, exp["all_department_events"])
    for mk, v in exp["months"].items():
        want("month " + mk, per_month.get(mk, [0, 0]), [v["events"], v["joint_events"]])
    for mk in per_month:
        if mk not in exp["months"]:
            problems.append("month missing from expected.json: " + mk)
    for qk, v in exp["fiscal_quarters"].items():
        want("quarter " + qk, per_q.get(qk, [0, 0, 0]), [v["events"], v["joint_events"], v["all_department_events"]])
    for qk in per_q:
        if qk not in exp["fiscal_quarters"]:
            problems.append("quarter missing from expected.json: " + qk)
    if set(per_q) != {"FY26-Q1", "FY26-Q2", "FY26-Q3", "FY26-Q4"} or any(v[2] != 1 for v in per_q.values()):
        problems.append(f"quarters/all-department not one per FY26 quarter: {per_q}")

    # 2. truth.csv against expected.json
    truth = list(csv.DictReader(open(os.path.join(HERE, "truth.csv"))))
    want("rows", len(truth), exp["rows"])
    want("invalid_rows", sum(t["valid"] == "no" for t in truth), exp["invalid_rows"])
    by_key = defaultdict(list)
    for t in truth:
        if t["valid"] == "yes":
            assert t["event_key"], t
            by_key[t["event_key"]].append(f"{t['tab']}!{t['row']}")
        else:
            assert not t["event_key"], t
    want("distinct event keys in truth.csv", len(by_key), exp["events"])
    pairs = {frozenset(p) for refs in by_key.values() for p in itertools.combinations(refs, 2)}
    want("duplicate_pairs", pairs, {frozenset(p) for p in exp["duplicate_pairs"]})
    want("duplicate_pairs count", len(exp["duplicate_pairs"]), len(pairs))

    # 3. re-read the workbook: every non-empty data row has a truth label and the title is the one we meant
    wb = openpyxl.load_workbook(os.path.join(HERE, "intake.xlsx"))
    tl = {(t["tab"], int(t["row"])): t for t in truth}
    seen = 0
    for tab, cols in TABS.items():
        ws = wb[DEPT[tab]]
        hdr = [c.value for c in ws[1]]
        want(f"{DEPT[tab]} headers", hdr, [h for _, h in cols])
        tcol = [h for f, h in cols].index(dict(cols)["title"]) + 1
        for rr in range(2, ws.max_row + 1):
            vals = [c.value for c in ws[rr]]
            if all(v is None for v in vals):
                continue
            seen += 1
            if (DEPT[tab], rr) not in tl:
                problems.append(f"{DEPT[tab]}!{rr} has data but no truth label")
                continue
            spec = next(r for r in SHEET[tab] if r["sheet_row"] == rr)
            if ws.cell(rr, tcol).value != spec["f"].get("title"):
                problems.append(f"{DEPT[tab]}!{rr} title mismatch")
            if ws.cell(rr, tcol).data_type == "f":
                problems.append(f"{DEPT[tab]}!{rr} holds a real formula")
            key = spec["ev"]["key"] if spec["ev"] else ""
            want(f"{DEPT[tab]}!{rr} key", tl[(DEPT[tab], rr)]["event_key"], key)
    want("labelled rows present in workbook", seen, len(truth))

    # 4. sanity on the brief's size targets
    if not (150 <= len(truth) <= 180):
        problems.append(f"rows {len(truth)} outside 150-180")
    if not (100 <= n_ev <= 120):
        problems.append(f"events {n_ev} outside 100-120")
    if not (40 <= n_joint <= 50):
        problems.append(f"joint {n_joint} outside 40-50")
    # 5. every event's rows are in tabs of departments that are plausible: the tab's own department took part,
    #    unless the row is an absent partner's row (no-show) or a planned partner row
    for r in ROWS:
        if r["ev"] is None:
            continue
        if r["tab"] not in r["ev"]["depts"] and "partner_row_no_show" not in r["fam"]:
            problems.append(f"{r['ref']} is in a tab whose department did not take part")
    # 6. internal markers never appear in rows of public events
    for r in ROWS:
        if r["ev"] is not None and r["ev"]["internal"]:
            if r["f"].get("vis") != "Internal":
                problems.append(f"{r['ref']} internal event without Visibility Internal")
    return problems


if __name__ == "__main__":
    exp = write_all()
    probs = check()
    print(f"rows={exp['rows']} invalid={exp['invalid_rows']} events={exp['events']} joint={exp['joint_events']} "
          f"(not cancelled {exp['joint_events_not_cancelled']}) public={exp['public_events']} "
          f"cancelled={exp['cancelled_events']} all_dept={exp['all_department_events']} "
          f"pairs={len(exp['duplicate_pairs'])}")
    for qn, v in exp["fiscal_quarters"].items():
        print(" ", qn, v)
    if probs:
        print("CHECK FAILED:")
        for p in probs:
            print("  -", p)
        sys.exit(1)
    print("check: OK")
