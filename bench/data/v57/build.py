"""Cedar Ridge, WA (King County; America/Los_Angeles), FY26 = July 2025 - June 2026.

Held-out labelled set for safety-events: three departments type in the shared workbook
(Police, Community Safety, Parks and Recreation) and three keep calendars exported as .ics
(Fire: Exchange 2010 with a "Pacific Standard Time" VTIMEZONE; Emergency Management: OWA-style
export, Windows zone name, no VTIMEZONE; Emergency Communications (911): Apple macOS Calendar,
LF endings, TZID=America/Los_Angeles without VTIMEZONE). Titles and places drawn on the King
County "Regional AFIS Program Community Events" data (precinct picnics, Science on Patrol,
Citizens Academy, career fair, Fairwood 50th, Lake Wilderness Lodge, Ridgewood Elementary ...);
calendar habits on Office-2012-owa.ics and tentative-apple-calendar.ics.

Writes intake.xlsx, fire.ics, em.ics, 911.ics, truth.csv, expected.json (dedupe-dev2 format).
No randomness.
"""
import csv
import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
D = dt.date
T = dt.datetime

HEAD = {
    "Police": ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
               "Lead Department", "Partner Departments", "Event Type", "Description", "Visibility", "Status",
               "Internal Notes"],
    "Community Safety": ["Title", "Start Date", "Start Time", "End Time", "Location", "Partner Departments",
                         "Description", "Visibility", "Status", "Notes", "End Date"],
    "Parks and Recreation": ["Event Name", "Date", "Time", "End Time", "Venue", "Address", "Partners",
                             "Description", "Visibility", "Status", "Staff Notes", "End Date"],
}
# canonical -> per-tab header
CANON = {"Title": {"Parks and Recreation": "Event Name"}, "Start Date": {"Parks and Recreation": "Date"},
         "Start Time": {"Parks and Recreation": "Time"}, "Location": {"Parks and Recreation": "Venue"},
         "Partner Departments": {"Parks and Recreation": "Partners"},
         "Internal Notes": {"Community Safety": "Notes", "Parks and Recreation": "Staff Notes"}}
SHORT = {"t": "Title", "d": "Start Date", "s": "Start Time", "e": "End Time", "ed": "End Date", "loc": "Location",
         "addr": "Address", "lead": "Lead Department", "p": "Partner Departments", "type": "Event Type",
         "desc": "Description", "vis": "Visibility", "st": "Status", "notes": "Internal Notes", "id": "Event ID"}

TABS = {t: [] for t in HEAD}          # rows (dicts of canonical columns)
CAL = {"fire": [], "em": [], "911": []}
CALFILE = {"fire": "fire.ics", "em": "em.ics", "911": "911.ics"}
CALDEPT = {"fire": "Fire", "em": "Emergency Management", "911": "Emergency Communications"}
TRUTH = []                             # (tab, row, key, valid)
META = {}                              # key -> dict(date, depts, cancelled, internal, family)
FAMILY_NOTE = {}
_uid = [0]


def uid(cal):
    _uid[0] += 1
    if cal == "911":
        return f"5C1A{_uid[0]:04d}-7D2E-4B8F-9A31-CEDAR{_uid[0]:07d}"
    return f"040000008200E00074C5B7101A82E00800000000{_uid[0]:04X}CEDAR{_uid[0] * 7919:010X}"


def row(tab, key, valid="yes", **kw):
    r = {SHORT.get(k, k): v for k, v in kw.items()}
    if tab == "Police":
        r.setdefault("Visibility", "Public")
    TABS[tab].append(r)
    TRUTH.append((tab, len(TABS[tab]) + 1, key if valid == "yes" else "", valid))


def cal(c, key, summary, start, end=None, **kw):
    u = kw.pop("uid", None) or uid(c)
    CAL[c].append(dict(uid=u, summary=summary, start=start, end=end, **kw))
    occ = kw.get("occ_labels")
    if occ:
        for day, k in occ.items():
            if k:
                TRUTH.append((f"calendar:{u}@{day}", "", k, "yes"))
    else:
        TRUTH.append((f"calendar:{u}", "", key, "yes"))
    return u


def ev(key, date, depts, family, cancelled=False, internal=False):
    META[key] = dict(date=str(date), depts=sorted(depts), cancelled=cancelled, internal=internal, family=family)


P, F, CS, EC, EM, PR = "Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management", \
    "Parks and Recreation"
ALL = [P, F, CS, EC, EM, PR]

# ---------------------------------------------------------------- joint events
ev("J01", D(2025, 7, 4), [P, PR, F], "joint_three_ways_parade")
row(P, "J01", t="4th of July Parade - traffic control", d="7/4/2025", s="9:00 AM", e="12:30 PM",
    loc="SE 248th St & Ridgeview Way SE", lead="Police", p="Parks", type="Festival",
    desc="Road closures 9-12:30. Officers posted at each intersection along the route.")
row(PR, "J01", t="Fourth of July Parade", d="2025-07-04", s="10am", e="noon", loc="Ridgeview Way SE / SE 248th",
    vis="Public", desc="Parade starts at Ridgeview & 248th and ends at Lake Wilderness Park.")
cal("fire", "J01", "Independence Day Parade - Engine 71", T(2025, 7, 4, 10, 0), T(2025, 7, 4, 12, 0),
    location="SE 248th St at Ridgeview Way SE")

ev("J02", D(2025, 7, 12), [P, PR, F], "different_titles_per_department")
row(P, "J02", t="Southwest Precinct Community Picnic", d="7/12/2025", s="11:00 AM", e="3:00 PM",
    loc="Delridge Community Center", addr="4501 Delridge Way SW", lead="Police", p="Parks and Rec",
    type="Community Meeting", desc="Free hot dogs, meet your SW precinct officers.")
row(PR, "J02", t="SW Precinct Picnic", d="7/12/2025", s="11-3", loc="Delridge CC", vis="Public")
cal("fire", "J02", "Engine 7 - SW Precinct picnic", T(2025, 7, 12, 11, 30), T(2025, 7, 12, 13, 30),
    location="4501 Delridge Way SW, Cedar Ridge, WA 98106")

ev("J03", D(2025, 7, 19), [PR, F], "part_own_name")
row(PR, "J03", t="Water Safety Day at Lake Wilderness", d="7/19/2025", s="10:00 AM", e="2:00 PM",
    loc="Lake Wilderness Lodge", addr="22500 SE 248th Street", vis="Public",
    desc="Life jacket fittings, swim tests, boat demo.")
cal("fire", "J03", "Rescue 71 boat demo", T(2025, 7, 19, 10, 30), T(2025, 7, 19, 12, 0),
    location="Lake Wilderness Park - swim beach", description="<p>Boat crew demo for Parks water safety day</p>")

ev("J04", D(2025, 7, 24), [P, CS], "partner_named_only_in_text")
row(P, "J04", t="Coffee with a Cop", d="7/24/2025", s="8am", e="10am", loc="Starbucks - Four Corners",
    addr="26901 Maple Valley Black Diamond Rd SE", lead="Police", type="Community Meeting",
    desc="Community Safety care navigators will have a table next to ours.")

ev("J05", D(2025, 7, 26), [CS, PR], "title_typos")
row(CS, "J05", t="Nbhd clean up - Delridge", d="7/26/2025", s="9am", e="12pm", loc="Delridge Park", vis="Public")
row(PR, "J05", t="Delridge Neighborhood Clean-up", d="7/26/2025", s="9:00 AM", e="12:00 PM",
    loc="Delridge Playfield", addr="4458 Delridge Way SW", vis="Public", desc="Gloves and bags provided. w/ Comm Safety")

# NNO evening, Aug 5 2025
ev("J06", D(2025, 8, 5), [P, F, EC, CS], "nno_kickoff_four_departments")
row(P, "J06", t="National Night Out Kickoff", d="8/5/2025", s="5:00 PM", e="8:00 PM", loc="Occidental Square",
    addr="S Main Street and Occidental Avenue S", lead="Police", type="National Night Out",
    desc="Chief's kickoff, then the tour of block parties.")
cal("fire", "J06", "NNO - Ladder 12 + Medic 4 display", T(2025, 8, 5, 17, 30), T(2025, 8, 5, 19, 30),
    location="Occidental Sq (Main & Occidental)")
cal("911", "J06", "Tentative: NNO 911 kiosk", T(2025, 8, 5, 17, 0), T(2025, 8, 5, 20, 0), status="TENTATIVE",
    location="Occidental Ave S & S Main St")
row(CS, "J06", t="NNO - outreach table", d="8/5/2025", s="5pm", e="8pm", loc="Occidental Square", vis="Public")
for i, (addr, title, key, extra) in enumerate([
        ("18020 162nd Pl SE", "NNO Block Party", "B01", None),
        ("18024 162nd Pl SE", "NNO Block Party", "B02", "fire"),
        ("Maple Hills clubhouse, 23010 SE 248th St", "NNO - Maple Hills HOA", "B03", "cs"),
        ("1400 block of SE 272nd St", "NNO Block Party", "B04", None),
        ("Fairwood Greens, 17070 140th Ave SE", "National Night Out - Fairwood", "B05", None),
        ("19650 SE 270th St", "NNO Block Party - Cedar Heights", "B06", None)]):
    depts = [P] + ([F] if extra == "fire" else []) + ([CS] if extra == "cs" else [])
    ev(key, D(2025, 8, 5), depts, "nno_block_parties")
    row(P, key, t=title, d="8/5/2025", s="6:00 PM", e="9:00 PM", addr=addr, lead="Police", type="National Night Out",
        desc="Registered block party; patrol will stop by.")
cal("fire", "B02", "Engine 7 NNO drop-by", T(2025, 8, 5, 19, 0), T(2025, 8, 5, 19, 30), location="18024 162nd Pl SE")
row(CS, "B03", t="NNO visit Maple Hills", d="8/5/2025", s="6:30pm", e="7:15pm", loc="Maple Hills", vis="Public")

ev("J07", D(2025, 8, 16), [PR, P, F], "different_titles_per_department")
row(PR, "J07", t="Fairwood 50th Anniversary Celebration", d="8/16/2025", s="1pm", e="5pm", loc="Ridgewood Elementary",
    addr="18030 162nd Pl SE", vis="Public")
row(P, "J07", t="Fairwood 50th", d="8/16/2025", s="1:30 PM", e="4:30 PM", loc="Ridgewood Elem.", lead="Police",
    desc="Bike patrol + K-9 demo at 2.")
cal("fire", "J07", "Updated: Fairwood 50th Anniversary - Engine 7", T(2025, 8, 16, 13, 0), T(2025, 8, 16, 17, 0),
    location="Ridgewood Elementary", sequence=2)

ev("J08", D(2025, 8, 23), [CS, PR], "negated_partner")
row(CS, "J08", t="Back to School Backpack Giveaway", d="8/23/2025", s="10am", e="1pm", loc="Delridge Community Center",
    p="Parks", vis="Public")
row(PR, "J08", t="Backpack Giveaway", d="8/23/2025", s="10ish", e="1pm", loc="4501 Delridge Way SW", vis="Public",
    desc="No police this year - CS and Parks staff only.")

ev("J09", D(2025, 9, 6), [PR, F, P], "partner_named_only_in_text")
row(PR, "J09", t="Touch-a-Truck", d="9/6/2025", s="10a-1p", loc="Commons Park", addr="5701 22nd Ave NW", vis="Public",
    desc="PD will bring a patrol car and the SWAT van; Public Works brings a plow.")
cal("fire", "J09", "Touch a Truck - Engine 72 & Tower 71", T(2025, 9, 6, 10, 0), T(2025, 9, 6, 13, 0),
    location="Commons Park, 5701 22nd Avenue NW")

ev("J10", D(2025, 9, 13), [EM, PR, EC, F], "different_titles_per_department")
cal("em", "J10", "Emergency Preparedness Fair", T(2025, 9, 13, 10, 0), T(2025, 9, 13, 14, 0),
    location="Lake Wilderness Lodge - Main Hall",
    attendees=["fire-outreach@cedarridge.gov", "911-education@cedarridge.gov", "parks-events@cedarridge.gov"],
    description="<html><body><p>Annual fair.&nbsp;Go-kits, shelter info, CERT sign-ups.</p></body></html>")
row(PR, "J10", t="Prep Fair @ Lake Wilderness", d="9/13/2025", s="9:30 AM", e="2:00 PM", loc="Lake Wilderness Lodge",
    vis="Public", notes="setup starts 9:30")
cal("911", "J10", "Dispatch table - Prep Fair", T(2025, 9, 13, 10, 0), T(2025, 9, 13, 14, 0),
    location="Lake Wilderness Lodge")
cal("fire", "J10", "CPR tent at Preparedness Fair", T(2025, 9, 13, 10, 30), T(2025, 9, 13, 13, 30),
    location="Lake Wilderness Lodge, 22500 SE 248th St")

# Citizens Academy: Police weekly rows, 911 guest on week 3, Fire named in text on week 5
for wk in range(6):
    day = D(2025, 9, 18) + dt.timedelta(weeks=wk)
    key = f"CA{wk + 1}"
    depts = [P] + ([EC] if wk == 2 else []) + ([F] if wk == 4 else [])
    ev(key, day, depts, "weekly_class_guest_session")
    desc = {2: "Week 3: 911 and dispatch", 4: "Week 5: Fire Marshal presents fire investigation"}.get(
        wk, f"Week {wk + 1} of 6. Registration closed.")
    row(P, key, t=f"Citizens Academy - Wk {wk + 1}", d=f"{day.month}/{day.day}/{day.year}", s="6:30 PM", e="8:30 PM",
        loc="Police HQ, Training Rm", addr="516 Third Avenue", lead="Police", type="Safety Education", desc=desc)
cal("911", "CA3", "Citizens Academy - 911 dispatch night", T(2025, 10, 2, 18, 45), T(2025, 10, 2, 20, 30),
    location="CRPD HQ training room, 516 Third Ave")

ev("J11", D(2025, 9, 26), [P, F], "email_thread_description")
row(P, "J11", t="Science on Patrol", d="9/26/2025", s="9:00 AM", e="10:15 AM", loc="Cedar Heights Middle School",
    addr="19640 SE 272nd Street", lead="Police", type="Youth Program")
cal("fire", "J11", "FW: Science on Patrol - Cedar Hts MS", T(2025, 9, 26, 9, 0), T(2025, 9, 26, 10, 15),
    location="Cedar Heights MS, 19640 SE 272nd St",
    description="From: Patrol Sergeant\\nSent: Monday\\, September 8\\, 2025 3:12 PM\\nTo: Fire Outreach\\n"
                "Subject: Science on Patrol\\n\\nCould Engine 7 bring the thermal camera for the 8th graders? "
                "We start at 9.\\n\\n-----Original Message-----\\nThanks - we're in.")

ev("J12", D(2025, 10, 4), [F, P, EC], "different_titles_per_department")
cal("fire", "J12", "Station 71 Open House", T(2025, 10, 4, 10, 0), T(2025, 10, 4, 14, 0),
    location="Fire Station 71, 20700 Ridgeview Way SE")
row(P, "J12", t="Fire Station Open House - McGruff visit", d="10/4/2025", s="11am", e="1pm", loc="Station 71",
    lead="Police")
cal("911", "J12", "Station 71 open house - 911 kids booth", T(2025, 10, 4, 10, 0), T(2025, 10, 4, 14, 0),
    location="20700 Ridgeview Way SE")

ev("J13", D(2025, 10, 11), [CS, F], "address_written_differently")
row(CS, "J13", t="Smoke alarm door-knock, Fairwood", d="10/11/2025", s="9am", e="12pm",
    loc="Fairwood Library, 17009 140th Ave SE", p="Fire", vis="Public")
cal("fire", "J13", "Sound the Alarm - Fairwood", T(2025, 10, 11, 8, 30), T(2025, 10, 11, 12, 30),
    location="Meet at Fairwood Library parking lot")

ev("J14", D(2025, 10, 25), [PR, P, F], "different_titles_per_department")
row(PR, "J14", t="Trunk or Treat", d="10/25/2025", s="4-6p", loc="Commons Park", vis="Public")
row(P, "J14", t="Trunk-or-Treat @ Commons Park", d="10/25/2025", s="4:00 PM", e="6:00 PM", addr="5701 22nd Ave NW",
    lead="Police")
cal("fire", "J14", "Trunk or Treat - Ladder 12", T(2025, 10, 25, 16, 15), T(2025, 10, 25, 17, 45),
    location="Commons Park")

ev("J15", D(2025, 10, 30), [P, PR], "cancelled_copy_one_tab")
row(P, "J15", t="Halloween Safety Walk - Cedar Heights", d="10/30/2025", s="5:30 PM", e="7:00 PM",
    loc="Cedar Heights Middle School", lead="Police", p="Parks")
row(PR, "J15", t="Halloween safety walk", d="10/30/2025", s="5:30pm", e="7pm", loc="Cedar Heights MS", vis="Public")
row(CS, "J15", t="Halloween safety walk", d="10/30/2025", s="5:30pm", e="7pm", loc="Cedar Heights MS", vis="Public",
    st="Cancelled", notes="we can't staff it this year - pulled out")

ev("J16", D(2025, 11, 5), [EC, PR], "venue_room")
cal("911", "J16", "When to call 911 - Senior Center talk", T(2025, 11, 5, 10, 0), T(2025, 11, 5, 11, 0),
    location="Lake Wilderness Lodge, Senior Room")
row(PR, "J16", t="Seniors: When to Call 911", d="11/5/2025", s="10:00", e="11:00", loc="Senior Ctr (Lodge)",
    vis="Public")

ev("J17", D(2025, 11, 15), [EM, CS], "teams_link_virtual")
cal("em", "J17", "Winter Storm Prep Workshop", T(2025, 11, 15, 18, 0), T(2025, 11, 15, 19, 30),
    location="Microsoft Teams Meeting",
    description="________________________________________________________________________________\\n"
                "Microsoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\n"
                "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                "Y2VkYXJyaWRnZQ%40thread.v2/0>\\n____________")
row(CS, "J17", t="Winter storm prep (virtual) w/ EM", d="11/15/2025", s="6pm", e="7:30pm", loc="Teams",
    vis="Public")

ev("J18", D(2025, 11, 27), [PR, P], "setup_time_corner")
row(PR, "J18", t="Turkey Trot 5K", d="11/27/2025", s="8:00 AM", e="10:30 AM", loc="Lake Wilderness Park",
    vis="Public")
row(P, "J18", t="Turkey Trot traffic control", d="11/27/2025", s="7:00 AM", e="10:30 AM",
    loc="SE 248th St & 225th Ave SE", lead="Police", desc="Staging 7am, race starts 8.")

ev("J19", D(2025, 12, 6), [P, F], "different_titles_per_department")
row(P, "J19", t="Shop with a Cop", d="12/6/2025", s="8am", e="11am", loc="Fred Meyer", addr="17801 108th Ave SE",
    lead="Police", type="Youth Program")
cal("fire", "J19", "Shop w/ a Cop - Medic 4 crew helping", T(2025, 12, 6, 8, 0), T(2025, 12, 6, 11, 0),
    location="Fred Meyer Cedar Ridge")

ev("J20", D(2025, 12, 13), [PR, F, P], "time_styles")
row(PR, "J20", t="Winter Lights Fest", d="12/13/2025", s="4-8pm", loc="Lake Wilderness Lodge", vis="Public")
cal("fire", "J20", "Santa run / Winter Lights - Engine 71", T(2025, 12, 13, 17, 0), T(2025, 12, 13, 18, 0),
    location="Lake Wilderness Lodge")
row(P, "J20", t="Winter Lights Festival", d="12/13/2025", s="5ish", e="8pm", loc="Lake Wilderness", lead="Police")

ev("INT1", D(2025, 12, 3), [CS, EM], "internal_joint_work", internal=True)
row(CS, "INT1", t="Severe weather shelter staff training", d="12/3/2025", s="1pm", e="4pm",
    loc="Delridge Community Center, Room B", vis="Internal")
cal("em", "INT1", "Shelter ops training", T(2025, 12, 3, 13, 0), T(2025, 12, 3, 16, 0),
    location="Delridge CC Room B", cls="PRIVATE")

ev("J21", D(2026, 1, 17), [PR, CS, EM], "unit_in_text")
row(PR, "J21", t="MLK Day of Service", d="1/17/2026", s="9am", e="1pm", loc="Commons Park", vis="Public",
    desc="CERT volunteers will run the sign-in and tool check-out.")
row(CS, "J21", t="MLK Day of Service", d="1/17/2026", s="9:00 AM", e="1:00 PM", loc="5701 22nd Ave NW", vis="Public")

ev("J22", D(2026, 1, 24), [P, CS, EC, EM], "fw_invite")
row(P, "J22", t="Community Conversation on Public Safety", d="1/24/2026", s="6-8p", loc="Cedar Heights Middle School Library",
    lead="Police", type="Town Hall")
row(CS, "J22", t="Comm. Conversation - public safety", d="1/24/2026", s="6:00 PM", e="8:00 PM", loc="Cedar Hts MS",
    vis="Public")
cal("911", "J22", "Updated: Community Conversation", T(2026, 1, 25, 2, 0), T(2026, 1, 25, 4, 0), utc=True,
    location="Cedar Heights Middle School")
cal("em", "J22", "FW: Community Conversation on Public Safety", T(2026, 1, 24, 18, 0), T(2026, 1, 24, 20, 0),
    location="Cedar Heights MS - Library", organizer="community-engagement@cedarridgepd.gov",
    description="-----Original Appointment-----\\nFrom: CRPD Community Engagement\\nWhen: Saturday\\, January 24\\, "
                "2026 6:00 PM-8:00 PM (UTC-08:00) Pacific Time (US & Canada).\\nWhere: Cedar Heights MS Library\\n\\n"
                "EM will present the new alert sign-up.")

ev("J23", D(2026, 1, 31), [EM, P], "utc_month_boundary")
cal("em", "J23", "Neighborhood Emergency Hubs info night", T(2026, 2, 1, 1, 0), T(2026, 2, 1, 2, 30), utc=True,
    location="Ridgewood Elementary - Library")
row(P, "J23", t="Emergency hubs info night", d="1/31/2026", s="5pm", e="6:30pm", loc="Ridgewood Elementary",
    lead="Police", p="EM")

ev("J24", D(2026, 2, 7), [CS, F], "hedged_partner")
row(CS, "J24", t="Community Safety Resource Fair", d="2/7/2026", s="11am", e="2pm", loc="Delridge Community Center",
    p="Police (invited, not confirmed)", vis="Public", desc="Fire will bring a truck and smoke alarms.")

ev("J25", D(2026, 2, 14), [P, F, EC], "different_titles_per_department")
row(P, "J25", t="Women in Law Enforcement Fields Career Fair", d="2/14/2026", s="10:00 AM", e="2:00 PM",
    loc="Criminal Justice Training Center", addr="19010 1st Avenue South", lead="Police", type="Other")
cal("fire", "J25", "Career Fair - women in fire & LE", T(2026, 2, 14, 10, 0), T(2026, 2, 14, 14, 0),
    location="19010 1st Ave S")
cal("911", "J25", "Careers in 911 - career fair table", T(2026, 2, 14, 10, 0), T(2026, 2, 14, 14, 0),
    location="CJTC, 19010 1st Ave. S.")

ev("J26", D(2026, 3, 7), [EM, PR, F], "multi_day")
cal("em", "J26", "Spring Emergency Preparedness Expo", D(2026, 3, 7), D(2026, 3, 9), allday=True,
    location="Lake Wilderness Lodge")
row(PR, "J26", t="Prep Expo", d="3/7/2026", ed="3/8/2026", s="10am", e="4pm", loc="Lake Wilderness Lodge",
    vis="Public")
cal("fire", "J26", "Prep Expo day 1 - extinguisher demo", T(2026, 3, 7, 11, 0), T(2026, 3, 7, 13, 0),
    location="Lake Wilderness Lodge parking lot")
cal("fire", "J26", "Prep Expo day 2 - extinguisher demo", T(2026, 3, 8, 11, 0), T(2026, 3, 8, 13, 0),
    location="Lake Wilderness Lodge parking lot")

ev("J27", D(2026, 3, 21), [P, F], "venue_vs_address_room")
row(P, "J27", t="Stop the Bleed", d="3/21/2026", s="9:00 AM", e="11:00 AM", loc="Police HQ Community Room",
    lead="Police", type="Safety Education")
cal("fire", "J27", "STB class - Medic 4", T(2026, 3, 21, 9, 0), T(2026, 3, 21, 11, 0),
    location="516 Third Ave, Community Rm")

ev("J28", D(2026, 4, 11), [EM, PR], "cancelled_logged_twice", cancelled=True)
cal("em", "J28", "Canceled: Earthquake Ready Workshop", T(2026, 4, 11, 10, 0), T(2026, 4, 11, 12, 0),
    status="CANCELLED", location="Delridge Community Center")
row(PR, "J28", t="Earthquake Ready Workshop (cancelled)", d="4/11/2026", s="10am", e="12pm", loc="Delridge CC",
    vis="Public")

ev("J29", D(2026, 4, 25), [PR, P], "rain_date_one_tab")
row(PR, "J29", t="Bike Rodeo", d="4/25/2026", s="10a-1p", loc="Commons Park", vis="Public",
    notes="moved from 4/18 - rain")
row(P, "J29", t="Kids Bike Rodeo & helmet fitting", d="4/18/2026", s="9:30 AM", e="1:00 PM", addr="5701 22nd Ave NW",
    lead="Police", st="Postponed", notes="rain date 4/25")

ev("J30", D(2026, 5, 2), [EM, F, CS], "two_calendars_one_event")
cal("em", "J30", "FW: Wildfire Ready Neighbors workshop", T(2026, 5, 2, 18, 30), T(2026, 5, 2, 20, 0),
    location="Ridgewood Elementary - Gym")
cal("fire", "J30", "Wildfire Ready Neighbors - Battalion 7", T(2026, 5, 2, 18, 30), T(2026, 5, 2, 20, 0),
    location="18030 162nd Pl SE")
row(CS, "J30", t="Wildfire ready mtg", d="5/2/2026", s="6:30pm", e="8pm", loc="Ridgewood Elem gym", vis="Public")

ev("A01", D(2026, 5, 16), ALL, "all_department")
row(P, "A01", t="Cedar Ridge Public Safety Day", d="5/16/2026", s="11:00 AM", e="3:00 PM", loc="Lake Wilderness Lodge",
    addr="22500 SE 248th Street", lead="Police", p="All departments", type="Festival")
row(PR, "A01", t="Public Safety Day", d="5/16/2026", s="10am", e="3pm", loc="Lake Wilderness Lodge", vis="Public",
    notes="load-in 10")
row(CS, "A01", t="PS Day - outreach tent", d="5/16/2026", s="11", e="3pm", loc="Lake Wilderness", vis="Public")
cal("fire", "A01", "Public Safety Day - Engine 71, Ladder 12", T(2026, 5, 16, 11, 0), T(2026, 5, 16, 15, 0),
    location="Lake Wilderness Lodge")
cal("em", "A01", "Public Safety Day - go-kit booth", T(2026, 5, 16, 11, 0), T(2026, 5, 16, 15, 0),
    location="22500 SE 248th St")
cal("911", "A01", "Public Safety Day 911 trailer", T(2026, 5, 16, 10, 45), T(2026, 5, 16, 15, 0),
    location="Lake Wilderness Lodge")
ev("I02", D(2026, 5, 16), [P], "internal_briefing_same_day")
row(P, "I02", t="Public Safety Day staff briefing", d="5/16/2026", s="8:00 AM", e="8:45 AM",
    loc="Lake Wilderness Lodge", lead="Police", vis="Internal", desc="Assignments and radio channels.")

ev("J31", D(2026, 6, 6), [PR, P], "double_entry_one_tab")
row(PR, "J31", t="Kids Fishing Derby", d="6/6/2026", s="8am-noon", loc="Lake Wilderness Park", vis="Public")
row(P, "J31", t="Fishing derby w/ Parks", d="6/6/2026", s="8:30a", e="11:30a", loc="Lake Wilderness", lead="Police")
row(P, "J31", t="Kids Fising Derby", d="6/6/2026", s="8:30 AM", e="11:30 AM", loc="Lake Wilderness Park",
    lead="Police", notes="dup? Ofc. Tran entered too")

ev("A02", D(2026, 6, 13), ALL, "all_department_partner_column")
row(PR, "A02", t="Summer Safety Kickoff", d="6/13/2026", s="11:00 AM", e="2:00 PM", loc="Commons Park",
    addr="5701 22nd Ave NW", p="Police, Fire, 911, EM, Community Safety", vis="Public")
cal("fire", "A02", "Summer Kickoff - water rescue demo", T(2026, 6, 13, 11, 30), T(2026, 6, 13, 12, 30),
    location="Commons Park pond")

# Fire weekly series (RRULE, EXDATE, moved session) with Parks at one session
SER = uid("fire")
occ = {}
for wk in range(8):
    day = D(2026, 1, 8) + dt.timedelta(weeks=wk)
    if day == D(2026, 1, 22):
        continue
    key = f"CPR{wk + 1}"
    occ[str(day)] = key
    real = D(2026, 2, 13) if day == D(2026, 2, 12) else day
    ev(key, real, [F] + ([PR] if day == D(2026, 1, 29) else []), "calendar_weekly_series")
cal("fire", None, "Hands-Only CPR drop-in", T(2026, 1, 8, 18, 0), T(2026, 1, 8, 19, 0), uid=SER,
    rrule="FREQ=WEEKLY;UNTIL=20260227T020000Z;INTERVAL=1;BYDAY=TH;WKST=SU", exdate=[T(2026, 1, 22, 18, 0)],
    location="Fire Station 71 - Community Room", occ_labels=occ)
CAL["fire"].append(dict(uid=SER, summary="Hands-Only CPR drop-in (moved to Fri)", start=T(2026, 2, 13, 18, 0),
                        end=T(2026, 2, 13, 19, 0), recid=T(2026, 2, 12, 18, 0),
                        location="Fire Station 71 - Community Room", sequence=1))
row(PR, "CPR4", t="Senior group CPR session w/ Fire", d="1/29/2026", s="6pm", e="7pm", loc="Station 71",
    vis="Public", desc="Our 55+ group joins the Thursday drop-in.")

# ---------------------------------------------------------------- own situations
# same title, same hour, two precincts on one Saturday; Fire joins East only
ev("S01", D(2025, 8, 9), [P], "same_title_same_time_different_place")
row(P, "S01", t="North Precinct Community Picnic", d="8/9/2025", s="11:00 AM", e="3:00 PM", loc="Commons Park",
    addr="5701 22nd Avenue NW", lead="Police")
ev("S02", D(2025, 8, 9), [P, F], "same_title_same_time_different_place")
row(P, "S02", t="East Precinct Community Picnic", d="8/9/2025", s="11:00 AM", e="3:00 PM",
    loc="12th Avenue between Pike and Pine", lead="Police")
cal("fire", "S02", "Engine 72 @ precinct picnic", T(2025, 8, 9, 11, 30), T(2025, 8, 9, 13, 0),
    location="12th Ave between Pike & Pine")
# two programmes, same building, same evening, different rooms
ev("S03", D(2025, 11, 13), [PR], "same_building_same_evening")
row(PR, "S03", t="Teen Night", d="11/13/2025", s="6pm", e="9pm", loc="Delridge Community Center - Gym", vis="Public")
ev("S04", D(2025, 11, 13), [P, CS], "same_building_same_evening")
row(P, "S04", t="Neighborhood Block Watch meeting", d="11/13/2025", s="6:30 PM", e="8:00 PM",
    loc="Delridge Community Center, Room 2", lead="Police", p="Community Safety")
# hedged / invited-not-confirmed: not joint
ev("S05", D(2026, 2, 21), [P], "hedged_single")
row(P, "S05", t="AFIS Presentation for Cedar Ridge Explorers", d="2/21/2026", s="10:00 AM", e="12:00 PM",
    loc="King County Courthouse, Room 1A-42", addr="516 Third Avenue", lead="Police",
    desc="Fire Explorers invited, not confirmed.")
ev("S06", D(2026, 3, 28), [P], "hedged_single")
row(P, "S06", t="Coffee w/ a Cop", d="3/28/2026", s="8am", e="10am", loc="Starbucks - Four Corners", lead="Police",
    desc="Asked Fire to attend - waiting to hear back.")

# ---------------------------------------------------------------- background
bg = [
    (P, "Maple Valley Citizens Academy info session", "7/9/2025", "6:30 PM", "7:30 PM", "Lake Wilderness Lodge"),
    (P, "Bike patrol at farmers market", "7/17/2025", "3pm", "6pm", "Four Corners Farmers Market"),
    (PR, "Summer Concert: Lakeside", "7/31/2025", "6:30pm", "8:30pm", "Lake Wilderness Park amphitheater"),
    (CS, "Care navigator office hours", "9/10/2025", "1pm", "4pm", "Delridge Community Center"),
    (PR, "Fall Harvest Festival", "10/18/2025", "11am", "4pm", "Commons Park"),
    (CS, "Youth violence prevention circle", "11/20/2025", "5pm", "7pm", "Cedar Heights MS Room 104"),
    (P, "Toy drive drop-off", "12/10/2025", "9am", "5pm", "Police HQ lobby"),
    (PR, "Polar Plunge", "1/1/2026", "noon", "2pm", "Lake Wilderness Park"),
    (CS, "Reentry resource fair", "3/12/2026", "10am", "2pm", "Delridge Community Center"),
    (PR, "Earth Day park cleanup", "4/22/2026", "9am", "noon", "Lake Wilderness Park"),
    (P, "Drug Take Back Day", "4/25/2026", "10:00 AM", "2:00 PM", "Police HQ parking lot"),
    (PR, "Teen Job Fair", "4/28/2026", "3pm", "6pm", "Delridge Community Center"),
    (CS, "Summer youth program orientation", "6/17/2026", "4pm", "6pm", "Delridge CC"),
]
for i, (tab, t, d, s, e, loc) in enumerate(bg):
    m, dd, y = map(int, d.split("/"))
    key = f"BG{i + 1:02d}"
    ev(key, D(y, m, dd), [tab], "background")
    row(tab, key, t=t, d=d, s=s, e=e, loc=loc, vis="Public")
ev("BGX", D(2025, 8, 2), [PR], "background", cancelled=True)
row(PR, "BGX", t="Movie in the Park - CANCELLED", d="8/2/2025", s="8:30pm", e="10:30pm", loc="Commons Park",
    vis="Public", st="Cancelled")
ev("BGI", D(2025, 10, 15), [P], "background_internal", internal=True)
row(P, "BGI", t="Quarterly community engagement staff mtg", d="10/15/2025", s="2pm", e="3pm", loc="Police HQ",
    lead="Police", vis="Internal")
# Fire / EM / 911 singles
for c, key, summ, a, b, loc, extra in [
        ("fire", "BF1", "Smoke alarm installs - Fairwood Mobile Home Park", T(2025, 9, 20, 9, 0), T(2025, 9, 20, 13, 0),
         "Fairwood MHP", {}),
        ("fire", "BF2", "Fire Prevention Week - school visit", T(2025, 10, 7, 9, 30), T(2025, 10, 7, 11, 0),
         "Ridgewood Elementary", {}),
        ("fire", "BF3", "Station 72 pancake breakfast", T(2026, 5, 24, 8, 0), T(2026, 5, 24, 11, 0),
         "Fire Station 72", {}),
        ("em", "BE1", "EOC functional exercise", T(2025, 10, 22, 8, 0), T(2025, 10, 22, 12, 0),
         "EOC, 516 Third Ave Room 1A-42", {"cls": "PRIVATE"}),
        ("em", "BE2", "CERT basic training (3 Saturdays)", D(2026, 2, 28), D(2026, 3, 1), "Lake Wilderness Lodge",
         {"allday": True}),
        ("em", "BE3", "Tentative: Map Your Neighborhood - Maple Hills", T(2026, 6, 25, 18, 30), T(2026, 6, 25, 20, 0),
         "Maple Hills clubhouse", {"status": "TENTATIVE"}),
        ("911", "BD1", "911 Center open house", T(2026, 4, 14, 14, 0), T(2026, 4, 14, 16, 0),
         "Cedar Ridge 911 Center", {"status": "CANCELLED"}),
        ("911", "BD2", "Dispatcher in-service training", T(2026, 3, 3, 8, 0), T(2026, 3, 3, 16, 0),
         "911 Center training room", {"cls": "PRIVATE"}),
        ("911", "BD3", "Text-to-911 talk at the library", T(2025, 12, 9, 14, 0), T(2025, 12, 9, 15, 0),
         "Fairwood Library", {})]:
    ev(key, (a if isinstance(a, D) and not isinstance(a, T) else a.date()), [CALDEPT[c]], "background",
       cancelled=extra.get("status") == "CANCELLED", internal=extra.get("cls") == "PRIVATE")
    cal(c, key, summ, a, b, location=loc, **extra)

# ---------------------------------------------------------------- invalid rows
row(P, None, valid="no", t="", d="9/3/2025", s="6pm", loc="Police HQ", desc="(title left blank)")
row(CS, None, valid="no", t="Community walk", d="TBD", s="5pm", loc="Delridge")
row(PR, None, valid="no", t="Pickleball clinic", d="13/45/2025", s="9am", loc="Commons Park")
row(P, None, valid="no", t="Neighborhood walk", d="10/9/2025", s="5pm", e="3pm", loc="Fairwood")


# ---------------------------------------------------------------- write
def fold(line):
    out = []
    b = line.encode()
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b[cut:]
    out.append(b.decode())
    return ("\n ").join(out)


def fmt(v, kind, c):
    if isinstance(v, T):
        if kind == "utc":
            return f":{v.strftime('%Y%m%dT%H%M%SZ')}"
        tz = "America/Los_Angeles" if c == "911" else "Pacific Standard Time"
        return f";TZID={tz}:{v.strftime('%Y%m%dT%H%M%S')}" if c == "911" else \
            f';TZID="{tz}":{v.strftime("%Y%m%dT%H%M%S")}' if c == "em" else f";TZID={tz}:{v.strftime('%Y%m%dT%H%M%S')}"
    return f";VALUE=DATE:{v.strftime('%Y%m%d')}"


VTZ = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def write_cal(c):
    if c == "911":
        head = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "VERSION:2.0", "X-WR-CALNAME:911 Public Education",
                "PRODID:-//Apple Inc.//macOS 14.6.1//EN", "X-WR-TIMEZONE:America/Los_Angeles", "CALSCALE:GREGORIAN"]
    else:
        head = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                f"X-WR-CALNAME:{'Fire Community Outreach' if c == 'fire' else 'EM Public Events'}"]
        if c == "fire":
            head += VTZ.split("\n")
    lines = list(head)
    for e in CAL[c]:
        kind = "utc" if e.get("utc") else ""
        L = ["BEGIN:VEVENT"]
        summ = e["summary"]
        L.append(f"SUMMARY:{' ' + summ if c != '911' else summ}")
        L.append(f"DTSTART{fmt(e['start'], kind, c)}")
        if e.get("end"):
            L.append(f"DTEND{fmt(e['end'], kind, c)}")
        if e.get("rrule"):
            L.append(f"RRULE:{e['rrule']}")
        for x in e.get("exdate", []):
            L.append(f"EXDATE{fmt(x, '', c)}")
        if e.get("recid"):
            L.append(f"RECURRENCE-ID{fmt(e['recid'], '', c)}")
        L.append(f"UID:{e['uid']}")
        if e.get("location"):
            L.append("LOCATION:" + e["location"].replace(",", "\\,"))
        if c == "911":
            L.append("DESCRIPTION:" + e.get("description", ""))
        elif e.get("description"):
            L.append("DESCRIPTION:" + e["description"])
        if e.get("organizer"):
            L.append(f"ORGANIZER;CN=\"{e['organizer']}\":mailto:{e['organizer']}")
        for a in e.get("attendees", []):
            L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}:mailto:{a}")
        L.append(f"CLASS:{e.get('cls', 'PUBLIC')}")
        L.append(f"STATUS:{e.get('status', 'CONFIRMED')}")
        L.append(f"SEQUENCE:{e.get('sequence', 0)}")
        L.append("DTSTAMP:20250601T170000Z")
        if c == "911":
            L.append("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC")
        else:
            allday = "TRUE" if e.get("allday") else "FALSE"
            L += ["TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", f"X-MICROSOFT-CDO-ALLDAYEVENT:{allday}",
                  "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
        L.append("END:VEVENT")
        lines += [fold(x) for x in L]
    lines.append("END:VCALENDAR")
    nl = "\n" if c == "911" else "\r\n"
    (HERE / CALFILE[c]).write_bytes((nl.join(lines) + nl).encode())


for c in CAL:
    write_cal(c)

wb = openpyxl.Workbook()
wb.remove(wb.active)
for tab, head in HEAD.items():
    ws = wb.create_sheet(tab)
    ws.append(head)
    for r in TABS[tab]:
        vals = []
        for h in head:
            canon = next((k for k, m in CANON.items() if m.get(tab) == h), h)
            vals.append(r.get(canon, ""))
        ws.append([v if v != "" else None for v in vals])
wb.save(HERE / "intake.xlsx")

with open(HERE / "truth.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["tab", "row", "event_key", "valid"])
    for t in TRUTH:
        w.writerow(t)

# expected figures
def fq(d):
    y, m = d.year, d.month
    fy = y + 1 if m >= 7 else y
    q = (m - 7) % 12 // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"


months, quarters = defaultdict(lambda: {"events": 0, "joint_events": 0}), \
    defaultdict(lambda: {"events": 0, "joint_events": 0, "all_department_events": 0})
labels_by_key = defaultdict(list)
for lab_tab, r, k, v in TRUTH:
    if v == "yes":
        labels_by_key[k].append(lab_tab if str(lab_tab).startswith("calendar:") else f"{lab_tab}!{r}")
event_departments, fam = {}, {}
for k, m in META.items():
    d = D.fromisoformat(m["date"])
    joint = len(m["depts"]) >= 2 and not m["internal"]
    if len(m["depts"]) >= 2:
        event_departments[k] = m["depts"]
    fam[k] = m["family"]
    if m["cancelled"]:
        continue
    mk = d.strftime("%Y-%m")
    months[mk]["events"] += 1
    quarters[fq(d)]["events"] += 1
    if joint:
        months[mk]["joint_events"] += 1
        quarters[fq(d)]["joint_events"] += 1
        if len(m["depts"]) == 6:
            quarters[fq(d)]["all_department_events"] += 1
pairs = sorted(sorted([a, b]) for labs in labels_by_key.values() for i, a in enumerate(labs) for b in labs[i + 1:])
families = defaultdict(lambda: {"note": "", "events": 0, "event_keys": [], "rows": 0, "pairs": 0})
for k, f in fam.items():
    families[f]["events"] += 1
    families[f]["event_keys"].append(k)
    families[f]["rows"] += len(labels_by_key[k])
    n = len(labels_by_key[k])
    families[f]["pairs"] += n * (n - 1) // 2
cal_sources = [{"file": CALFILE[c], "department": CALDEPT[c], "visibility": "Public",
                "event_type": "Safety Education"} for c in CAL]
exp = {
    "flavour": "cedar-ridge-v57", "rows": sum(len(v) for v in TABS.values()),
    "calendar_events": sum(len(v) for v in CAL.values()),
    "calendar_rows": sum(1 for t in TRUTH if str(t[0]).startswith("calendar:")),
    "invalid_rows": sum(1 for t in TRUTH if t[3] == "no"),
    "events": len(META),
    "joint_events": sum(1 for m in META.values() if len(m["depts"]) >= 2 and not m["internal"]),
    "cancelled_events": sum(1 for m in META.values() if m["cancelled"]),
    "months": dict(sorted(months.items())), "fiscal_quarters": dict(sorted(quarters.items())),
    "duplicate_pairs": pairs, "calendar_sources": cal_sources,
    "event_departments": event_departments, "event_family": fam, "families": dict(families),
    "conventions": ["internal joint work (every row Internal/PRIVATE) is not a joint event (count_internal_joint false)",
                    "a rain-dated event counts on its new date; the partner's Postponed row with the old date belongs to it",
                    "a multi-day expo logged as a range, an all-day calendar entry and per-day calendar entries is one event",
                    "a department whose own copy is Cancelled while the event went ahead is not a department of it",
                    "a 'Tentative:' calendar entry of a partner is taken as taking part"],
}
(HERE / "expected.json").write_text(json.dumps(exp, indent=1))
print(f"rows {exp['rows']} + calendar rows {exp['calendar_rows']}; events {exp['events']}, joint "
      f"{exp['joint_events']}, pairs {len(pairs)}")
