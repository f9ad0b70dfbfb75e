"""Labelled intake set v48 for safety-events: the invented city of Harlan Springs, Indiana.

Harlan Springs (timezone America/Indiana/Indianapolis, fiscal year July 2025 - June 2026) borrows
its venues, addresses, titles and programme habits from the real Bloomington IN and Durham NC
calendars in ../shared/realdata (Switchyard Park, Banneker Community Center, Bryan Park,
Twin Lakes Recreation Center, Movies in the Parks, Touch a Truck, Tai Chi Easy, Run Club...).
Five departments type into tabs of intake.xlsx; Parks and Recreation keeps a CivicPlus-style
calendar export (parks.ics, chatty descriptions) and only types a couple of extra rows in its tab.
The set holds background single-department events (internal, cancelled, weekly series, National
Night Out block parties on one evening), joint events logged once per department the way staff
type them, hedged/negated partners, rain dates and moves, invalid rows, two all-department
events and a handful of traps of my own. Writes intake.xlsx, parks.ics, truth.csv, expected.json.
No randomness: every row is written by hand below.
"""
import csv, json
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
import openpyxl

HERE = Path(__file__).resolve().parent
TABS = ["Police", "Fire", "Community Safety", "911 Emergency Communications",
        "Emergency Management", "Parks and Recreation"]
DEPT_OF_TAB = {"911 Emergency Communications": "Emergency Communications"}
STD = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
       "Lead Department", "Partner Departments", "Event Type", "Description", "Audience", "Visibility",
       "Status", "Expected Attendance", "Contact", "Internal Notes"]
HEAD_911 = ["Event ID", "Event Title", "Event Date", "Time", "End Date", "End Time", "Place", "Address",
            "Host Department", "Partner Depts", "Category", "Description", "Audience", "Visibility",
            "Status", "Expected Attendance", "Point of Contact", "Staff Notes"]
KEYS = ["id", "t", "d", "s", "ed", "e", "loc", "adr", "lead", "p", "type", "desc", "aud", "vis", "st",
        "att", "contact", "notes"]

EVENTS = {}            # key -> meta
ROWS = defaultdict(list)   # tab -> [(sortdate, fields, key or None(invalid))]
ICS = []               # calendar entries
ALL6 = {"Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management",
        "Parks and Recreation"}
PD, FD, CS, EC, EM, PR = ("Police", "Fire", "Community Safety", "Emergency Communications",
                          "Emergency Management", "Parks and Recreation")


def ev(key, day, depts, fam, cancelled=False, internal=False, note=""):
    EVENTS[key] = dict(day=day, depts=sorted(depts), fam=fam, cancelled=cancelled,
                       internal=internal, note=note, labels=[])


def r(tab, key, sortday, **f):
    f.setdefault("vis", "Public")
    ROWS[tab].append((sortday, f, key))


def cal(key, uid, start, end, summary, loc, desc="", rrule=None, exdate=(), status=None, occ_keys=None,
        cls=None):
    ICS.append(dict(key=key, uid=uid, start=start, end=end, summary=summary, loc=loc, desc=desc,
                    rrule=rrule, exdate=list(exdate), status=status, occ_keys=occ_keys or {}, cls=cls))


D = date
T = datetime
SWITCH = "Switchyard Park, 1601 S Rogers St, Harlan Springs, IN 47403"
BANN = "Banneker Community Center, 930 W 7th St, Harlan Springs, IN 47404"
BRYAN = "Bryan Park, 1001 S Henderson St, Harlan Springs, IN 47401"
TWIN = "Twin Lakes Recreation Center, 1700 W Bloomfield Rd, Harlan Springs, IN 47403"
ICE = "Frank Southern Ice Arena, 2100 S Henderson St, Harlan Springs, IN 47401"
BUTLER = "Rev. Ernest D. Butler Park, 812 W 9th St, Harlan Springs, IN 47404"

# ----------------------------------------------------------------- July 2025
ev("J01", D(2025, 7, 4), {PD, FD, PR}, "joint_rows_each_dept")
cal("J01", "hs-parade-2025@hsparks", T(2025, 7, 4, 10), T(2025, 7, 4, 11, 30), "Fourth of July Parade",
    "Downtown Harlan Springs - Courthouse Square",
    "Line up along Kirkwood! The parade steps off at 10 a.m. sharp from 7th & College and loops the square. "
    "Bring sunscreen and a chair. Parade entry forms are on our website.")
r("Police", "J01", D(2025, 7, 4), t="July 4th Parade - traffic control", d="7/4/2025", s="8:30 AM", e="12:00 PM",
  loc="Kirkwood Ave & College Ave", lead="HSPD", type="Festival", notes="Road closures 8-12. 14 officers.")
r("Fire", "J01", D(2025, 7, 4), t="Engine 3 in 4th of July parade", d="07/04/2025", s="10am", e="11:30am",
  loc="Courthouse Sq", lead="Fire", type="Festival")
ev("S01", D(2025, 7, 4), {PR}, "same_day_same_place_different_event",
   note="band concert before the parade at the courthouse; the 8:30 traffic row is the parade's")
cal("S01", "hs-band-2025@hsparks", T(2025, 7, 4, 9), T(2025, 7, 4, 9, 45),
    "Fourth of July Concert: Harlan Springs Community Band", "Courthouse lawn, 100 W Kirkwood Ave",
    "Our Community Band plays patriotic favorites on the courthouse lawn before the parade.")
ev("S02", D(2025, 7, 10), {PD}, "background")
r("Police", "S02", D(2025, 7, 10), t="Coffee with a Cop", d="7/10/2025", s="8am", e="10am",
  loc="Hopscotch Coffee, 235 W Dodds St", lead="Police", type="Community Meeting")
ev("S03", D(2025, 7, 15), {EM}, "background", internal=True)
r("Emergency Management", "S03", D(2025, 7, 15), t="EOC quarterly staff drill", d="7/15/2025", s="1:00 PM",
  e="4:00 PM", loc="EOC, 401 N Morton St", lead="Emergency Management", type="Other", vis="Internal",
  notes="staff only - activation checklist walk-through")
ev("J02", D(2025, 7, 19), {PR, FD}, "partner_named_only_in_text")
cal("J02", "hs-movie-0719@hsparks", T(2025, 7, 19, 21), T(2025, 7, 19, 23), "Movie in the Park: Surf Ninjas",
    "Mills Pool, 1100 W 14th St, Harlan Springs, IN 47404",
    "Free movie night at Mills Pool! Pre-show fun starts around 8:15: Harlan Springs Fire is bringing "
    "Engine 5 so the kids can climb aboard and meet the crew before the show. Bring a towel or a chair.")
ev("S04", D(2025, 7, 26), {FD}, "background")
r("Fire", "S04", D(2025, 7, 26), t="Smoke alarm blitz - Prospect Hill", d="7/26/2025", s="9:00 AM", e="1:00 PM",
  loc="Prospect Hill neighborhood (meet at 600 W Kirkwood)", lead="Fire", type="Smoke Alarm Install")
ev("S05", D(2025, 7, 26), {PR}, "background")
cal("S05", "hs-movie-0726@hsparks", T(2025, 7, 26, 21), T(2025, 7, 26, 23),
    "Movie in the Park: Honey, I Shrunk the Kids", SWITCH, "Bring a blanket! Popcorn from the Friends of Parks.")
ev("J03", D(2025, 7, 24), {CS, EC}, "joint_rows_each_dept")
r("Community Safety", "J03", D(2025, 7, 24), t="Teen Night @ Banneker: when to call 911 / 988", d="7/24/2025",
  s="6pm", e="8pm", loc="Banneker Community Center", lead="CS", type="Youth Program")
r("911 Emergency Communications", "J03", D(2025, 7, 24), t="911 Youth Outreach - Banneker CC", d="7/24/2025",
  s="6-8p", loc="930 W 7th St", lead="911", type="Youth Program")
# Tai Chi weekly series (Parks calendar), one guest session by Community Safety
tai = [D(2025, 7, 8) + timedelta(weeks=i) for i in range(8)]
occ = {}
for d_ in tai:
    k = "J04" if d_ == D(2025, 8, 12) else f"W-tai-{d_:%m%d}"
    ev(k, d_, {PR, CS} if k == "J04" else {PR}, "weekly_series_guest_session" if k == "J04" else "weekly_series")
    occ[d_] = k
cal(None, "hs-taichi-2025@hsparks", T(2025, 7, 8, 9), T(2025, 7, 8, 10), "Tai Chi Easy at Switchyard Park", SWITCH,
    "Gentle, slow movements for balance and relaxation. All abilities welcome - chairs available. "
    "Meet under the pavilion.", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=8", occ_keys=occ)
r("Community Safety", "J04", D(2025, 8, 12), t="Guest talk at Tai Chi: scams targeting seniors", d="8/12/2025",
  s="9:15 AM", e="9:45 AM", loc="Switchyard Pk pavilion", lead="Community Safety", type="Safety Education",
  desc="Our care navigators do a 30 min talk on phone scams during the Tuesday tai chi class.")

# ----------------------------------------------------------------- August 2025: National Night Out 8/5
ev("N01", D(2025, 8, 5), {PD, FD}, "nno_visit")
r("Police", "N01", D(2025, 8, 5), t="National Night Out - Prospect Hill", d="8/5/2025", s="6pm", e="8pm",
  loc="600 W Howe St", lead="Police", type="National Night Out")
r("Fire", "N01", D(2025, 8, 5), t="Engine 2 visit - NNO Howe St", d="8/5/2025", s="6:45 PM", e="7:15 PM",
  loc="600 W. Howe Street", lead="Fire", type="National Night Out")
ev("N02", D(2025, 8, 5), {PD}, "nno_twin_addresses", note="600 E Howe St vs 600 W Howe St: two parties")
r("Police", "N02", D(2025, 8, 5), t="National Night Out - Maple Heights", d="8/5/2025", s="6pm", e="8pm",
  loc="600 E Howe St", lead="Police", type="National Night Out")
ev("N03", D(2025, 8, 5), {PD}, "nno")
r("Police", "N03", D(2025, 8, 5), t="National Night Out - Elm Heights", d="8/5/2025", s="5:30 PM", e="8pm",
  loc="1100 S Jordan Ave", lead="Police", type="National Night Out")
ev("N04", D(2025, 8, 5), {PD, PR}, "nno_joint")
r("Police", "N04", D(2025, 8, 5), t="NNO - Bryan Park neighbors", d="8/5/2025", s="6pm", e="8pm",
  loc="Bryan Park North Shelter, 909 S Fess Ave", lead="Police", type="National Night Out")
cal("N04", "hs-nno-bryan@hsparks", T(2025, 8, 5, 18), T(2025, 8, 5, 20), "National Night Out at Bryan Park",
    "Bryan Park", "Meet your neighbors (and our police officers!) at the North Shelter. Parks staff will have "
    "lawn games and the snow-cone cart.")
ev("N05", D(2025, 8, 5), {PD, CS}, "nno_joint")
r("Police", "N05", D(2025, 8, 5), t="NNO - McDoel Gardens", d="8/5/2025", s="6pm", e="8:30pm",
  loc="1000 S Washington St", lead="Police", type="National Night Out")
r("Community Safety", "N05", D(2025, 8, 5), t="NNO resource table - McDoel Gardens", d="8/5/2025", s="6:00 PM",
  e="7:30 PM", loc="1000 S. Washington", lead="Community Safety", type="National Night Out")
ev("N06", D(2025, 8, 5), {PD}, "nno")
r("Police", "N06", D(2025, 8, 5), t="NNO Crestmont Cookout", d="8/5/2025", s="6:30pm", e="8:30pm",
  loc="Crestmont, 1000 N Summit St", lead="Police", type="National Night Out")
ev("J05", D(2025, 8, 9), {PR, PD, FD}, "partner_named_only_in_text")
cal("J05", "hs-bts-2025@hsparks", T(2025, 8, 9, 10), T(2025, 8, 9, 13), "Back-to-School Bash", TWIN,
    "Free backpacks (while they last), haircuts, and a bounce house! School resource officers from HSPD will "
    "be handing out school supplies, and the crew from Fire Station 4 is bringing a truck for photos. "
    "Come hungry - hot dogs at 11.")
r("Police", "J05", D(2025, 8, 9), t="Back 2 School Bash - SRO table", d="8/9/2025", s="10:30am", e="1pm",
  loc="TLRC", lead="Police", type="Youth Program")
ev("S06", D(2025, 8, 2), {PR}, "background")
cal("S06", "hs-movie-0802@hsparks", T(2025, 8, 2, 21), T(2025, 8, 2, 23), "Movie in the Park: American Graffiti",
    "Bryan Park Pool, 1020 S Woodlawn Ave, Harlan Springs, IN 47401",
    "Please note that all attendees must pay the $7 pool admission fee.")
for i, (dd, k) in enumerate([(D(2025, 8, 14), "S07"), (D(2025, 10, 9), "S08"), (D(2025, 12, 11), "S09"),
                             (D(2026, 2, 12), "J06"), (D(2026, 4, 9), "S10"), (D(2026, 6, 11), "S11")]):
    ev(k, dd, {FD, EC} if k == "J06" else {FD}, "monthly_class" if k != "J06" else "class_with_partner_row")
    r("Fire", k, dd, t="Hands-Only CPR", d=f"{dd.month}/{dd.day}/{dd.year}", s="6:00 PM", e="7:30 PM",
      loc="Fire Station 1", adr="300 E 4th St", lead="Fire", type="CPR Class",
      desc="Free, 90 minutes, no certification card." + (" Telecommunicators will teach the calling-911 part."
                                                          if k == "J06" else ""))
r("911 Emergency Communications", "J06", D(2026, 2, 12), t="CPR + calling 911 demo @ Station 1", d="2/12/2026",
  s="6:15 PM", e="7:00 PM", loc="HSFD Stn 1", lead="911", type="CPR Class")
ev("J07", D(2025, 8, 23), {PR, FD, PD, EM}, "joint_rows_each_dept")
cal("J07", "hs-tat-2025@hsparks", T(2025, 8, 23, 10), T(2025, 8, 23, 13), "Touch a Truck",
    "Winslow Sports Park, 2120 S Highland Ave, Harlan Springs, IN 47401",
    "Honk horns, turn on the sirens, and explore all kinds of vehicles, from fire trucks and police cruisers "
    "to dump trucks! The first hour is sensory-friendly with no horns or sirens. $1/person.")
r("Fire", "J07", D(2025, 8, 23), t="Touch-a-Truck (Ladder 1, Medic 3)", d="8/23/2025", s="10a-1p",
  loc="Winslow Sports Pk", lead="Fire", type="Festival")
r("Police", "J07", D(2025, 8, 23), t="Touch a Truck", d="8/23/2025", s="9:30am", e="1pm",
  loc="2120 S Highland Ave", lead="Police", type="Festival", notes="2 cruisers + SWAT bearcat")
r("Emergency Management", "J07", D(2025, 8, 23), t="Touch a truck - EM trailer", d="8/23/2025", s="10:00 AM",
  e="1:00 PM", loc="Winslow", lead="EM", type="Safety Education")
ev("S12", D(2025, 8, 28), {PD}, "background", internal=True)
r("Police", "S12", D(2025, 8, 28), t="Patrol briefing: fair week traffic plan", d="8/28/2025", s="2pm", e="3pm",
  loc="Police HQ, 220 E 3rd St", lead="Police", type="Other", vis="Internal")
r("Police", None, D(2025, 8, 20), t="", d="8/20/2025", s="6pm", loc="Police HQ", lead="Police",
  type="Community Meeting", notes="(title to come)")

# ----------------------------------------------------------------- September 2025
ev("J08", D(2025, 9, 6), {EM, CS, EC}, "joint_rows_each_dept")
r("Emergency Management", "J08", D(2025, 9, 6), t="Prep Month kickoff", d="9/6/2025", s="11am", e="1pm",
  loc="HS Public Library, 303 E Kirkwood", lead="Emergency Management", type="Safety Education")
r("Community Safety", "J08", D(2025, 9, 6), t="Preparedness Mo. Kick-off", d="9/6/2025", s="11:15 AM",
  e="1:00 PM", loc="Library - Downtown", lead="Community Safety", type="Safety Education")
r("911 Emergency Communications", "J08", D(2025, 9, 6), t="Ready HS kickoff - text-to-911 demo", d="9/6/2025",
  s="11am", loc="303 E. Kirkwood Ave", lead="911", type="Safety Education")
ev("S13", D(2025, 9, 6), {PR}, "background")
cal("S13", "hs-movie-0906@hsparks", T(2025, 9, 6, 20, 15), T(2025, 9, 6, 22, 30),
    "Movie in the Park: Wicked (Sing-Along Version)", "Bryan Park", "Sing along! Bring your own seating.")
ev("J09", D(2025, 9, 11), {FD, PD, EC}, "joint_rows_each_dept")
r("Fire", "J09", D(2025, 9, 11), t="9/11 Remembrance", d="9/11/2025", s="8:46 AM", e="9:30 AM",
  loc="Station 1, 300 E 4th St", lead="Fire", type="Other")
r("Police", "J09", D(2025, 9, 11), t="Patriot Day ceremony (w/ Fire)", d="9/11/2025", s="8:30am", e="9:30am",
  loc="Fire HQ", lead="Police", type="Other")
r("911 Emergency Communications", "J09", D(2025, 9, 11), t="9-11 memorial - dispatch honor guard",
  d="9/11/2025", s="0830", loc="Fire Station 1", lead="911", type="Other")
ev("S14", D(2025, 9, 11), {PD}, "same_morning_other_place")
r("Police", "S14", D(2025, 9, 11), t="Coffee with a Cop", d="9/11/2025", s="8am", e="10am",
  loc="Soma Coffee, 322 E Kirkwood Ave", lead="Police", type="Community Meeting")
ev("S15", D(2025, 9, 13), {PR}, "background")
cal("S15", "hs-glowgo-2025@hsparks", T(2025, 9, 13, 9), T(2025, 9, 13, 11), "Glow & Go 1-Mile Color Dash", SWITCH,
    "Run, walk or roll a glowing mile! Registration $10. Rain or shine.")
ev("S16", D(2025, 9, 18), {PR}, "hedged_partner", note="Fire invited, not confirmed")
cal("S16", "hs-splash-2025@hsparks", T(2025, 9, 18, 19), T(2025, 9, 18, 20, 30), "Splash and Glow Party",
    "Community Foundation Switchyard Plaza Spray Pad, 1601 S. Rogers St.",
    "Colored lights in the spray pad, glow sticks all around, and a glow-in-the-dark hunt! Ages 1-12 w/ parent. "
    "Fire invited, not confirmed - we'd love a truck with its lights on, fingers crossed.")
ev("A01", D(2025, 9, 20), ALL6, "all_department")
r("Police", "A01", D(2025, 9, 20), t="Public Safety Day", d="Sat 9/20/2025", s="10-2", loc="Switchyard Park",
  lead="Police", type="Festival")
r("Fire", "A01", D(2025, 9, 20), t="Public Safety Day - Engine 1, Ladder 1", d="9/20/2025", s="9:30 AM",
  e="2:00 PM", loc="1601 S Rogers St", lead="Fire", type="Festival")
r("Community Safety", "A01", D(2025, 9, 20), t="Safety Day resource tent", d="9/20/2025", s="10am", e="2pm",
  loc="Switchyard Pk", lead="Community Safety", type="Festival")
r("911 Emergency Communications", "A01", D(2025, 9, 20), t="Public Safety Day dispatch booth", d="9/20/2025",
  s="10ish", e="2", loc="Switchyard", lead="911", type="Festival")
r("Emergency Management", "A01", D(2025, 9, 20), t="Safety Day - CERT & go-kits", d="9/20/2025",
  loc="Switchyard Park", lead="EM", type="Safety Education", desc="All day. CERT volunteers + go-kit giveaway.")
cal("A01", "hs-psd-2025@hsparks", T(2025, 9, 20, 10), T(2025, 9, 20, 14), "Public Safety Day at Switchyard Park",
    SWITCH, "Climb on a fire engine, meet a K-9, pack a go-kit and grab a snow cone. Bring the whole family!")
ev("S17", D(2025, 9, 23), {CS}, "double_entry_one_tab")
r("Community Safety", "S17", D(2025, 9, 23), t="Community Conversation: Safe Streets", d="9/23/2025", s="6pm",
  e="7:30pm", loc="Banneker Community Center", lead="Community Safety", type="Community Meeting")
r("Community Safety", "S17", D(2025, 9, 23), t="Community Convo - Safe Streets", d="9/23/2025", s="6:00 PM",
  loc="930 W 7th St", lead="CS", type="Community Meeting")
ev("S18", D(2025, 9, 23), {PR}, "same_venue_same_evening_different_event")
cal("S18", "hs-famnight-0923@hsparks", T(2025, 9, 23, 18), T(2025, 9, 23, 20),
    "Family Rec Night at Banneker - Family Game Night", BANN + " (Gym)",
    "Families of all kinds, ages, and sizes are warmly invited to spend a fun and casual evening at Banneker. Free!")
ev("J10", D(2025, 9, 26), {PR, CS}, "spanish_title_partner_row")
cal("J10", "hs-encanto@hsparks", T(2025, 9, 26, 19, 30), T(2025, 9, 26, 21, 30), 'Movies in the Parks: "Encanto"',
    "Bryan Park Basketball Courts, 1001 S Henderson St",
    "Celebrate Hispanic Heritage Month with us! Free admission, bring your own seating. Community Safety's "
    "Spanish-language outreach team will have a table before the movie.")
r("Community Safety", "J10", D(2025, 9, 26), t="Noche de cine: Encanto - mesa de recursos", d="9/26/2025",
  s="7:15 PM", e="8:00 PM", loc="Bryan Park canchas de baloncesto", lead="Community Safety",
  type="Community Meeting")
r("Fire", None, D(2025, 9, 30), t="Station 3 open house", d="9/31/2025", s="5pm", loc="Fire Station 3",
  lead="Fire", type="Open House")
ev("S19", D(2025, 9, 27), {EM}, "date_range")
r("Emergency Management", "S19", D(2025, 9, 27), t="CERT Basic Training (weekend 1)", d="Sep 27-28, 2025",
  s="8:00 AM", e="5:00 PM", loc="EOC Training Room, 401 N Morton St", lead="EM", type="Safety Education")

# ----------------------------------------------------------------- October 2025
ev("J11", D(2025, 10, 4), {PR, PD}, "joint_rows_each_dept")
cal("J11", "hs-fallfest-2025@hsparks", T(2025, 10, 4, 14), T(2025, 10, 4, 17), "Community Fall Festival", BANN,
    "Arts, crafts, food and family! Visit with vendors and program partners, and say hi to our friends from "
    "the police department at the pumpkin patch.")
r("Police", "J11", D(2025, 10, 4), t="Fall Fest @ Banneker", d="10/4/2025", s="2:30pm", e="5pm",
  loc="Banneker CC", lead="Police", type="Festival")
ev("S20", D(2025, 10, 4), {FD}, "background")
r("Fire", "S20", D(2025, 10, 4), t="Smoke alarm blitz - Broadview", d="10/4/2025", s="9am", e="12pm",
  loc="Broadview (meet at Rhorer Rd & Walnut)", lead="Fire", type="Smoke Alarm Install")
ev("J12", D(2025, 10, 11), {FD, EC, CS}, "joint_rows_each_dept")
r("Fire", "J12", D(2025, 10, 11), t="Fire Prevention Wk Open House", d="10/11/2025", s="10a-2p",
  loc="HSFD Station 1", lead="Fire", type="Open House")
r("911 Emergency Communications", "J12", D(2025, 10, 11), t="Dispatch table @ Fire Open House",
  d="10/11/2025", s="10:30ish", e="1:30", loc="300 E 4th", lead="911", type="Open House")
r("Community Safety", "J12", D(2025, 10, 11), t="Fire Station Open House - resource table", d="10/11/2025",
  s="10am", e="2pm", loc="Station 1 (E 4th St)", lead="Community Safety", type="Open House")
ev("S21", D(2025, 10, 10), {PR}, "background")
cal("S21", "hs-howl-2025@hsparks", T(2025, 10, 10, 19, 30), T(2025, 10, 10, 21), "Howl at the Moon Glow in the Dark Dog Walk",
    SWITCH, "Walk about 1 1/2 miles on the paved loop. The first 50 dogs receive a glow stick for their collar!")
ev("S22", D(2025, 10, 14), {EM}, "background", internal=True)
r("Emergency Management", "S22", D(2025, 10, 14), t="Debris mgmt plan review", d="10/14/2025", s="10am",
  e="11:30am", loc="EOC", lead="EM", type="Other", vis="Internal")
ev("J13", D(2025, 10, 18), {PR, PD}, "cancelled_copy_one_tab",
   note="Community Safety withdrew (its row Cancelled); the cleanup went ahead with Parks and Police")
cal("J13", "hs-cleanup-fall@hsparks", T(2025, 10, 18, 9), T(2025, 10, 18, 12), "Fall Community Cleanup",
    "Waldron Hill Buskirk Park, 331 S Washington St, Harlan Springs, IN 47401",
    "Gloves, bags and coffee provided. We'll work the park and the alleys around it.")
r("Police", "J13", D(2025, 10, 18), t="Fall cleanup - Waldron Hill Buskirk", d="10/18/2025", s="9am",
  e="12pm", loc="331 S Washington St", lead="Police", type="Other",
  desc="Beat 4 officers walking the alleys with volunteers.")
r("Community Safety", "J13", D(2025, 10, 18), t="Fall Community Clean-up", d="10/18/2025", s="9:00 AM",
  loc="WHB Park", lead="Community Safety", type="Other", st="Cancelled",
  notes="staff out - we can't make it this time")
ev("S23", D(2025, 10, 24), {PR}, "background")
cal("S23", "hs-nsshp-2025@hsparks", T(2025, 10, 24, 17, 30), T(2025, 10, 24, 19), "Not-So-Scary Halloween Party", BANN,
    "$5 per family, payable at the door. For ages 2-8 yrs. w/parent.")
ev("S24", D(2025, 10, 25), {PD}, "background")
r("Police", "S24", D(2025, 10, 25), t="Drug Take Back Day", d="10/25/2025", s="10am", e="2pm",
  loc="Police HQ, 220 E 3rd St", lead="Police", type="Safety Education")
ev("S25", D(2025, 10, 25), {PR}, "background")
cal("S25", "hs-skatescare-2025@hsparks", T(2025, 10, 25, 19), T(2025, 10, 25, 21), "Skate & Scare", ICE,
    "Skate through our haunted house on ice! Admission $6 + $3 skate rental.")
ev("J14", D(2025, 10, 31), {PD, PR, FD}, "rain_date_one_tab",
   note="moved from 10/30 to 10/31 for rain; the Parks calendar still shows 10/30")
r("Police", "J14", D(2025, 10, 31), t="Trunk or Treat", d="10/31/2025", s="5:30 PM", e="7:30 PM",
  loc="Banneker Community Center parking lot", lead="Police", type="Festival",
  notes="moved from 10/30 - rain")
cal("J14", "hs-tot-2025@hsparks", T(2025, 10, 30, 17, 30), T(2025, 10, 30, 19, 30), "Trunk-or-Treat at Banneker",
    BANN, "Costumes encouraged! Officers will hand out candy from their cruisers and there will be a hay maze.")
r("Fire", "J14", D(2025, 10, 31), t="Trunk or treat - Engine 1", d="10/31/2025", s="6pm", e="7:30pm",
  loc="930 W 7th", lead="Fire", type="Festival")

# ----------------------------------------------------------------- November 2025
ev("S26", D(2025, 11, 6), {PD}, "background")
r("Police", "S26", D(2025, 11, 6), t="Coffee w/ a Cop", d="11/6/2025", s="8am", e="10am",
  loc="Hopscotch Coffee", lead="Police", type="Community Meeting")
ev("J15", D(2025, 11, 11), {PD, FD}, "joint_rows_each_dept")
r("Police", "J15", D(2025, 11, 11), t="Veterans Day - PD Honor Guard", d="11/11/2025", s="10:45am", e="12pm",
  loc="Courthouse Square", lead="Police", type="Other")
r("Fire", "J15", D(2025, 11, 11), t="Vets Day ceremony", d="11/11/2025", s="11am", e="12pm",
  loc="Harlan County Courthouse, 100 W Kirkwood Ave", lead="Fire", type="Other")
mhfa = {D(2025, 11, 5): "W-mhfa-1", D(2025, 11, 12): "J16", D(2025, 11, 19): "W-mhfa-3"}
for dd, k in mhfa.items():
    ev(k, dd, {CS, PD} if k == "J16" else {CS}, "weekly_series_guest_session" if k == "J16" else "weekly_series")
    r("Community Safety", k, dd, t="Mental Health First Aid", d=f"{dd.month}/{dd.day}/{dd.year}", s="6pm",
      e="8pm", loc="Twin Lakes Rec Center", lead="Community Safety", type="Safety Education",
      desc="3-week course, come to all three sessions.")
r("Police", "J16", D(2025, 11, 12), t="MHFA - CIT officers co-teach session 2", d="11/12/2025", s="6:00 PM",
  e="8:00 PM", loc="1700 W Bloomfield Rd", lead="Police", type="Safety Education")
ev("J17", D(2025, 11, 15), {CS, EC}, "cancelled_by_host_partner_not_updated", cancelled=True,
   note="host cancelled (venue fell through); 911's row never updated")
r("Community Safety", "J17", D(2025, 11, 15), t="Senior Safety Fair", d="11/15/2025", s="10am", e="1pm",
  loc="Allison Jukebox Community Center, 351 S Washington St", lead="Community Safety", type="Festival",
  st="Cancelled - venue fell through")
r("911 Emergency Communications", "J17", D(2025, 11, 15), t="Senior safety fair - 911 table", d="11/15/2025",
  s="10:00 AM", e="12:00 PM", loc="Allison Jukebox CC", lead="911", type="Safety Education",
  desc="Helping Community Safety with their senior fair: Smart911 sign-ups.")
ev("J18", D(2025, 11, 22), {FD, PR}, "partner_named_only_in_notes")
r("Fire", "J18", D(2025, 11, 22), t="Turkey fryer demo", d="11/22/2025", s="11am", e="12pm",
  loc="Switchyard Pk pavilion", lead="Fire", type="Safety Education",
  desc="Watch what happens when a frozen turkey meets hot oil.",
  notes="Parks is opening the pavilion for us and will staff the hot cocoa table.")
r("911 Emergency Communications", None, D(2025, 11, 20), t="Dispatch Tour", d="11/20/2025", s="6",
  loc="HSECC, 220 E 3rd St", lead="911", type="Open House")

# ----------------------------------------------------------------- December 2025
ev("J19", D(2025, 12, 5), {PR, PD}, "joint_rows_each_dept")
cal("J19", "hs-winterlights@hsparks", T(2025, 12, 5, 17), T(2025, 12, 5, 21), "Winter Lights, December Nights",
    SWITCH, "Stroll through holiday light displays at Switchyard Park. Admission is free.")
r("Police", "J19", D(2025, 12, 5), t="Winter Lights - traffic/ped safety", d="12/5/2025", s="4:30pm", e="9pm",
  loc="Switchyard Park - Grimes Ln lot", lead="Police", type="Festival")
ev("S27", D(2025, 12, 6), {PD}, "background")
r("Police", "S27", D(2025, 12, 6), t="Shop with a Cop", d="12/6/2025", s="8am", e="11am",
  loc="Kroger East, 2640 E 3rd St", lead="Police", type="Youth Program")
ev("J20", D(2025, 12, 9), {EM, FD, PD}, "internal_joint", internal=True)
r("Emergency Management", "J20", D(2025, 12, 9), t="Winter storm tabletop", d="12/9/2025", s="9am", e="12pm",
  loc="EOC", lead="EM", p="Fire, Police", type="Other", vis="Internal")
r("Fire", "J20", D(2025, 12, 9), t="Winter storm TTX (EM)", d="12/9/2025", s="9:00 AM", e="12:00 PM",
  loc="EOC, 401 N Morton", lead="Fire", type="Other", vis="Internal")
ev("S28", D(2025, 12, 13), {PR}, "background")
cal("S28", "hs-santa-2025@hsparks", T(2025, 12, 13, 13, 30), T(2025, 12, 13, 15), "Skate with Santa", ICE,
    "Celebrate the holidays on ice with Santa and his elves! Admission $6 per person + $3 skate rental")
ev("J21", D(2025, 12, 31), {PR, PD}, "crosses_midnight")
cal("J21", "hs-firstnight@hsparks", T(2025, 12, 31, 21), T(2026, 1, 1, 0, 30), "First Night Harlan Springs",
    "Courthouse Square", "Music on three stages and fireworks at midnight! Family zone closes at 10.")
r("Police", "J21", D(2025, 12, 31), t="NYE fireworks - traffic & crowd", d="12/31/2025", s="8:30 PM",
  e="12:30 AM", loc="Courthouse Sq / Kirkwood Ave", lead="Police", type="Festival")

# ----------------------------------------------------------------- January 2026
cpa = {D(2026, 1, 8): "W-cpa-1", D(2026, 1, 15): "W-cpa-2", D(2026, 1, 22): "J22", D(2026, 1, 29): "W-cpa-4"}
for dd, k in cpa.items():
    ev(k, dd, {PD, EC} if k == "J22" else {PD}, "weekly_series_guest_session" if k == "J22" else "weekly_series")
    r("Police", k, dd, t="Citizens Police Academy", d=f"{dd.month}/{dd.day}/{dd.year}", s="6pm", e="9pm",
      loc="Police HQ Training Room", adr="220 E 3rd St", lead="Police", type="Safety Education")
r("911 Emergency Communications", "J22", D(2026, 1, 22), t="Citizens Academy - dispatch night", d="1/22/2026",
  s="6:30 PM", e="8:30 PM", loc="PD HQ Training Rm", lead="911", type="Safety Education")
ev("S29", D(2026, 1, 17), {PR}, "background")
cal("S29", "hs-palooza-2026@hsparks", T(2026, 1, 17, 14), T(2026, 1, 17, 16), "Winter Palooza", SWITCH,
    "Winter-themed crafts and activities. If there is no natural snow, we will create our own! $5/person")
ev("J23", D(2026, 1, 19), {PR, CS}, "joint_rows_each_dept")
cal("J23", "hs-mlk-2026@hsparks", T(2026, 1, 19, 9), T(2026, 1, 19, 12), "MLK Day of Service", BANN,
    "Sort coats, pack senior meal kits and make cards. Volunteers of all ages welcome!")
r("Community Safety", "J23", D(2026, 1, 19), t="MLK Day of Service", d="Jan 19, 2026", s="9:00 AM", e="12:00 PM",
  loc="Banneker CC", lead="Community Safety", type="Other")
ev("S30", D(2026, 1, 24), {EM}, "hedged_partner_column", note="911 (TBA)")
r("Emergency Management", "S30", D(2026, 1, 24), t="Winter Weather Prep Workshop", d="1/24/2026", s="10am",
  e="11:30am", loc="HS Public Library Rm A", lead="EM", p="911 (TBA)", type="Safety Education")
ev("S31", D(2026, 1, 31), {PR}, "background")
cal("S31", "hs-sipskate-2026@hsparks", T(2026, 1, 31, 20), T(2026, 1, 31, 22), "Sip & Skate", ICE,
    "$7/person, 21 yrs. and older only, ID required.")

# ----------------------------------------------------------------- February 2026
ev("S32", D(2026, 2, 4), {PD}, "same_title_same_time_different_place")
r("Police", "S32", D(2026, 2, 4), t="Coffee with a Cop - Hopscotch", d="2/4/2026", s="8am", e="10am",
  loc="Hopscotch Coffee, 235 W Dodds St", lead="Police", type="Community Meeting")
ev("S33", D(2026, 2, 4), {PD}, "same_title_same_time_different_place")
r("Police", "S33", D(2026, 2, 4), t="Coffee with a Cop - Soma", d="2/4/2026", s="8am", e="10am",
  loc="Soma Coffee, 322 E Kirkwood Ave", lead="Police", type="Community Meeting")
ev("S34", D(2026, 2, 20), {PR}, "background")
cal("S34", "hs-famnight-0220@hsparks", T(2026, 2, 20, 18), T(2026, 2, 20, 20),
    "Family Rec Night at Banneker - Family Movie Night", BANN, "Free! For all ages.")
ev("J24", D(2026, 2, 21), {PR, PD}, "joint_rows_each_dept")
cal("J24", "hs-bhm-dinner@hsparks", T(2026, 2, 21, 17), T(2026, 2, 21, 19, 30), "Black History Month Community Dinner",
    BANN, "A free community dinner with music and stories from Harlan Springs elders.")
r("Police", "J24", D(2026, 2, 21), t="BHM Community Dinner", d="2/21/2026", s="5pm", e="7:30pm",
  loc="930 W 7th St", lead="Police", type="Community Meeting", desc="Chief and community officers serving.")

# ----------------------------------------------------------------- March 2026
ev("J25", D(2026, 3, 2), {EM, EC}, "date_range_both")
r("Emergency Management", "J25", D(2026, 3, 2), t="Severe Weather Awareness Week", d="Mar 2-6, 2026",
  loc="Citywide", lead="Emergency Management", type="Safety Education",
  desc="Tornado drill Wed 10:15am; daily tips on social.")
r("911 Emergency Communications", "J25", D(2026, 3, 2), t="Severe Wx Awareness Wk - text-to-911 PSAs",
  d="3/2/2026", ed="3/6/2026", loc="Citywide", lead="911", type="Safety Education")
ev("J26", D(2026, 3, 12), {PD, CS}, "joint_rows_each_dept")
r("Police", "J26", D(2026, 3, 12), t="Public Safety Town Hall", d="3/12/2026", s="6pm", e="7:30pm",
  loc="City Hall, McCloskey Rm 135", lead="Police", type="Town Hall")
r("Community Safety", "J26", D(2026, 3, 12), t="Town hall (PD/CS)", d="3/12/2026", s="6:00", e="7:30",
  loc="401 N Morton St", lead="Community Safety", type="Town Hall")
ev("S35", D(2026, 3, 14), {PR}, "negated_partner", note="No police this year")
cal("S35", "hs-stpats-5k@hsparks", T(2026, 3, 14, 9), T(2026, 3, 14, 11), "St. Patrick's Day 5K", SWITCH,
    "Wear green! No police this year - the course is entirely inside the park, so no road closures. "
    "Packet pickup from 8 a.m.")
ev("J27", D(2026, 3, 20), {PR, PD}, "overnight_partner_row")
r("Parks and Recreation", "J27", D(2026, 3, 20), t="Spring Break Teen Lock-In", d="3/20/2026", s="9pm",
  e="6am", loc="Twin Lakes Recreation Center", lead="Parks", type="Youth Program",
  desc="Not on the public parks calendar - registration through schools.")
r("Police", "J27", D(2026, 3, 20), t="Teen lock-in (TLRC) - 2 off-duty officers", d="3/20/2026", s="9:00 PM",
  e="6:00 AM", loc="TLRC", lead="Police", type="Youth Program")
ev("S36", D(2026, 3, 28), {FD}, "background")
r("Fire", "S36", D(2026, 3, 28), t="Smoke alarm blitz - Near West Side", d="3/28/2026", s="9am", e="1pm",
  loc="Near West Side (meet at Butler Park)", lead="Fire", type="Smoke Alarm Install")
r("Parks and Recreation", None, D(2026, 3, 30), t="Spring Egg Hunt setup", d="TBD", s="9am",
  loc="Bryan Park", lead="Parks", type="Other", vis="Internal")

# ----------------------------------------------------------------- April 2026
ev("S37", D(2026, 4, 4), {PR}, "background")
cal("S37", "hs-egghunt-2026@hsparks", T(2026, 4, 4, 10), T(2026, 4, 4, 11), "Egg Hunt - Bryan Park", BRYAN,
    "Ages 2-10, staggered start times by age. Bring a basket!")
ev("S38", D(2026, 4, 7), {PD}, "background", internal=True)
r("Police", "S38", D(2026, 4, 7), t="In-service: use of force refresher", d="4/7/2026", s="8am", e="4pm",
  loc="Police HQ Training Room", lead="Police", type="Other", vis="Internal")
ev("J28", D(2026, 4, 16), {CS, EC}, "moved_date",
   note="moved from 4/11 to 4/16; 911's row still on 4/11 marked Postponed")
r("Community Safety", "J28", D(2026, 4, 16), t="Youth Safety Summit", d="4/16/2026", s="4pm", e="7pm",
  loc="Banneker Community Center", lead="Community Safety", type="Youth Program",
  notes="moved from 4/11 (gym double-booked)")
r("911 Emergency Communications", "J28", D(2026, 4, 11), t="Youth Safety Summit - 911 workshop",
  d="4/11/2026", s="4:30 PM", e="6:00 PM", loc="Banneker CC", lead="911", type="Youth Program", st="Postponed")
ev("A02", D(2026, 4, 18), ALL6, "all_department")
r("Emergency Management", "A02", D(2026, 4, 18), t="Spring Severe Weather Safety Fair", d="4/18/2026",
  s="10am", e="1pm", loc="Twin Lakes Recreation Center", adr="1700 W Bloomfield Rd", lead="EM",
  p="Police, 911, Parks", type="Festival")
r("Fire", "A02", D(2026, 4, 18), t="Storm safety fair - Engine 6", d="4/18/2026", s="10:00 AM", e="1:00 PM",
  loc="1700 W Bloomfield Rd", lead="Fire", type="Festival")
r("Community Safety", "A02", D(2026, 4, 18), t="Severe wx fair - HEART table", d="4/18/2026", s="10:15am",
  e="12:45pm", loc="TLRC gym", lead="Community Safety", type="Festival")
ev("S39", D(2026, 4, 24), {PR}, "background")
cal("S39", "hs-arbor-2026@hsparks", T(2026, 4, 24, 9), T(2026, 4, 24, 12), "Arbor Day Tree Planting at Rogers Family Park",
    "Rogers Family Park, 2000 E Winslow Rd, Harlan Springs, IN 47401",
    "Celebrate Arbor Day and continue our tree-planting tradition! Gloves and shovels provided.")
ev("J29", D(2026, 4, 25), {PD, PR}, "joint_rows_each_dept")
r("Police", "J29", D(2026, 4, 25), t="Bike Rodeo", d="4/25/2026", s="10am", e="12pm",
  loc="Bryan Park tennis cts", lead="Police", type="Youth Program")
cal("J29", "hs-bikerodeo-2026@hsparks", T(2026, 4, 25, 10), T(2026, 4, 25, 12), "Kids Bike Rodeo",
    "Bryan Park, 1001 S Henderson St", "Helmet fittings, a skills course and a free bike tune-up. Ages 5-12.")

# ----------------------------------------------------------------- May 2026
run = {D(2026, 5, 7) + timedelta(weeks=i): f"W-run-{i}" for i in range(4)}
for dd, k in run.items():
    if dd != D(2026, 5, 21):
        ev(k, dd, {PR}, "weekly_series")
cal(None, "hs-runclub-2026@hsparks", T(2026, 5, 7, 18), T(2026, 5, 7, 19), "Run Club at Switchyard Park", SWITCH,
    "All paces welcome. No run on 5/21 (facility event).", rrule="FREQ=WEEKLY;BYDAY=TH;COUNT=4",
    exdate=[T(2026, 5, 21, 18)], occ_keys={d_: k for d_, k in run.items() if d_ != D(2026, 5, 21)})
ev("S40", D(2026, 5, 9), {CS}, "hedged_partner_column", note="Police (invited, not confirmed)")
r("Community Safety", "S40", D(2026, 5, 9), t="Mental Health Awareness Walk", d="5/9/2026", s="10am", e="11:30am",
  loc="Switchyard Park", lead="Community Safety", p="Police (invited, not confirmed)", type="Other")
ev("J30", D(2026, 5, 14), {EM, FD}, "joint_rows_each_dept")
r("Emergency Management", "J30", D(2026, 5, 14), t="Stop the Bleed", d="5/14/2026", s="6pm", e="8pm",
  loc="Library Rm A", lead="EM", type="Safety Education")
r("Fire", "J30", D(2026, 5, 14), t="STB class w/ EM", d="5/14/2026", s="6:00 PM", e="8:00 PM",
  loc="Harlan Springs Public Library, 303 E Kirkwood Ave", lead="Fire", type="Safety Education")
ev("S41", D(2026, 5, 15), {PD}, "background")
r("Police", "S41", D(2026, 5, 15), t="Police Week Memorial Service", d="5/15/2026", s="noon", e="1pm",
  loc="Police Memorial, 220 E 3rd St", lead="Police", type="Other")
ev("J31", D(2026, 5, 23), {PR, FD}, "partner_part_inside_host_hours")
cal("J31", "hs-poolopen-2026@hsparks", T(2026, 5, 23, 12), T(2026, 5, 23, 18), "Bryan Park Pool Opening Day",
    "Bryan Park Pool, 1020 S Woodlawn Ave, Harlan Springs, IN 47401",
    "Summer is here!! Free swim all afternoon. At 1 o'clock our lifeguards and HSFD Rescue 1 will do a "
    "water-rescue demo in the deep end.")
r("Fire", "J31", D(2026, 5, 23), t="Water rescue demo - Bryan Pk Pool", d="5/23/2026", s="1pm", e="1:45pm",
  loc="1020 S Woodlawn Ave", lead="Fire", type="Safety Education")
ev("S42", D(2026, 5, 30), {PR}, "cancelled_single", cancelled=True)
cal("S42", "hs-nightsky-2026@hsparks", T(2026, 5, 30, 21), T(2026, 5, 30, 23), "CANCELLED - Night Sky Viewing",
    "Ferguson Dog Park, 4300 N Stone Mill Rd", "Program cancelled due to cloud cover.")
ev("S43", D(2026, 5, 16), {PR}, "outside_body_not_partner", note="County Sheriff is not the city's police")
cal("S43", "hs-fishing-2026@hsparks", T(2026, 5, 16, 8), T(2026, 5, 16, 11), "Kids Fishing Derby at Griffy Lake",
    "Griffy Lake Nature Preserve, 3400 N Headley Rd", "Poles and bait provided. Monroe County Sheriff's deputies "
    "will help with parking at the boathouse lot.")

# ----------------------------------------------------------------- June 2026
ev("S44", D(2026, 6, 4), {PD}, "background")
r("Police", "S44", D(2026, 6, 4), t="Coffee with a Cop", d="6/4/2026", s="8am", e="10am",
  loc="Hopscotch Coffee, 235 W Dodds St", lead="Police", type="Community Meeting")
ev("S45", D(2026, 6, 13), {FD}, "two_sessions_partner_in_one")
ev("J32", D(2026, 6, 13), {FD, PD}, "two_sessions_partner_in_one")
r("Fire", "S45", D(2026, 6, 13), t="Car seat safety check", d="6/13/2026", s="9am", e="11am",
  loc="Fire Station 3", adr="1405 S Walnut St", lead="Fire", type="Safety Education")
r("Fire", "J32", D(2026, 6, 13), t="Car seat safety check", d="6/13/2026", s="1pm", e="3pm",
  loc="Fire Station 3", adr="1405 S Walnut St", lead="Fire", type="Safety Education")
r("Police", "J32", D(2026, 6, 13), t="Car seat check w/ Fire (afternoon)", d="6/13/2026", s="1:00 PM",
  e="3:00 PM", loc="Stn 3", lead="Police", type="Safety Education")
ev("J33", D(2026, 6, 19), {PR, CS, PD}, "joint_rows_each_dept")
cal("J33", "hs-juneteenth-2026@hsparks", T(2026, 6, 19, 16), T(2026, 6, 19, 20), "Juneteenth Celebration", BUTLER,
    "Live music, food trucks, a kids' zone and the history walk. Free!")
r("Community Safety", "J33", D(2026, 6, 19), t="Juneteenth - HEART info table", d="6/19/2026", s="4pm", e="7pm",
  loc="Rev. Ernest D Butler Pk", lead="Community Safety", type="Festival")
r("Police", "J33", D(2026, 6, 19), t="Juneteenth", d="6/19/2026", s="3:30 pm", e="8pm",
  loc="812 W 9th St", lead="Police", type="Festival")
ev("J34", D(2026, 6, 20), {PR, PD}, "rain_date_placeholder_row",
   note="Police typed the announced rain date as its own Tentative row; a person reads it as the same event")
cal("J34", "hs-movie-0620@hsparks", T(2026, 6, 20, 21), T(2026, 6, 20, 23), "Movie in the Park: The Sandlot",
    BRYAN, "Free! Rain date 6/27. HSPD's bike officers will be riding the park and handing out glow bracelets.")
r("Police", "J34", D(2026, 6, 20), t="Movie in the Park - bike patrol", d="6/20/2026", s="8:45pm", e="11pm",
  loc="Bryan Park", lead="Police", type="Recreation Program")
r("Police", "J34", D(2026, 6, 27), t="Movie in the Park - bike patrol (RAIN DATE)", d="6/27/2026", s="8:45pm",
  e="11pm", loc="Bryan Park", lead="Police", type="Recreation Program", st="Tentative")
ev("S46", D(2026, 6, 6), {PD}, "background")
r("Police", "S46", D(2026, 6, 6), t="PAL Summer Hoops kickoff", d="6/6/2026", s="1pm", e="4pm",
  loc="Twin Lakes Recreation Center gym", lead="Police", type="Youth Program")
ev("S47", D(2026, 6, 6), {FD}, "generic_title_same_time_other_place")
r("Fire", "S47", D(2026, 6, 6), t="Safety talk", d="6/6/2026", s="10am", e="11am",
  loc="Banneker Community Center", lead="Fire", type="Safety Education", desc="Fall prevention for seniors.")
ev("S48", D(2026, 6, 6), {PD}, "generic_title_same_time_other_place")
r("Police", "S48", D(2026, 6, 6), t="Safety talk", d="6/6/2026", s="10am", e="11am",
  loc="Twin Lakes Rec Center", lead="Police", type="Safety Education", desc="Bike safety for day campers.")


# ================================================================= write
def write():
    TZ = "America/Indiana/Indianapolis"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth = []
    for tab in TABS:
        ws = wb.create_sheet(tab)
        head = HEAD_911 if tab.startswith("911") else STD
        ws.append(head)
        rows = sorted(ROWS[tab], key=lambda x: x[0])
        for i, (_, f, key) in enumerate(rows, start=2):
            ws.append([f.get(k, "") or None for k in KEYS])
            truth.append((tab, i, key or "", "yes" if key else "no"))
            if key:
                EVENTS[key]["labels"].append(f"{tab}!{i}")
    wb.save(HERE / "intake.xlsx")
    # calendar
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CivicPlus//Harlan Springs Parks//EN",
           "X-WR-CALNAME:Harlan Springs Parks - Community Events", f"X-WR-TIMEZONE:{TZ}",
           "BEGIN:VTIMEZONE", f"TZID:{TZ}", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
           "TZNAME:EDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
           "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
           "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
           "END:VTIMEZONE"]
    esc = lambda s: s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    for c in ICS:
        out += ["BEGIN:VEVENT", f"UID:{c['uid']}", "DTSTAMP:20250615T120000Z",
                f"DTSTART;TZID={TZ}:{c['start']:%Y%m%dT%H%M%S}", f"DTEND;TZID={TZ}:{c['end']:%Y%m%dT%H%M%S}",
                f"SUMMARY:{esc(c['summary'])}", f"LOCATION:{esc(c['loc'])}", f"DESCRIPTION:{esc(c['desc'])}",
                "CLASS:PUBLIC"]
        if c["rrule"]:
            out.append(f"RRULE:{c['rrule']}")
        for x in c["exdate"]:
            out.append(f"EXDATE;TZID={TZ}:{x:%Y%m%dT%H%M%S}")
        if c["status"]:
            out.append(f"STATUS:{c['status']}")
        out.append("END:VEVENT")
        if c["rrule"]:
            for d_, k in c["occ_keys"].items():
                lab = f"calendar:{c['uid']}@{d_:%Y-%m-%d}"
                truth.append((lab, "", k, "yes"))
                EVENTS[k]["labels"].append(lab)
        else:
            lab = f"calendar:{c['uid']}"
            truth.append((lab, "", c["key"], "yes"))
            EVENTS[c["key"]]["labels"].append(lab)
    out.append("END:VCALENDAR")
    (HERE / "parks.ics").write_text("\r\n".join(out) + "\r\n")
    with open(HERE / "truth.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["tab", "row", "event_key", "valid"])
        w.writerows(truth)

    def quarter(d):
        fy = d.year + 1 if d.month >= 7 else d.year
        q = ((d.month - 7) % 12) // 3 + 1
        return f"FY{fy % 100:02d}-Q{q}"
    months = {f"{y}-{m:02d}": {"events": 0, "joint_events": 0}
              for y, m in [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 7)]}
    quarters = {f"FY26-Q{i}": {"events": 0, "joint_events": 0, "all_department_events": 0} for i in range(1, 5)}
    fam = defaultdict(lambda: {"events": 0, "event_keys": [], "note": ""})
    event_departments = {}
    for k, e in EVENTS.items():
        assert e["labels"], k
        joint = len(e["depts"]) >= 2
        if joint:
            event_departments[k] = e["depts"]
        fam[e["fam"]]["events"] += 1
        fam[e["fam"]]["event_keys"].append(k)
        if e["note"]:
            fam[e["fam"]]["note"] += f"{k}: {e['note']}. "
        if e["cancelled"]:
            continue
        m, q = f"{e['day']:%Y-%m}", quarter(e["day"])
        months[m]["events"] += 1
        quarters[q]["events"] += 1
        if joint and not e["internal"]:
            months[m]["joint_events"] += 1
            quarters[q]["joint_events"] += 1
        if set(e["depts"]) == ALL6 and not e["internal"]:
            quarters[q]["all_department_events"] += 1
    pairs = []
    from itertools import combinations
    for e in EVENTS.values():
        pairs += [list(p) for p in combinations(sorted(e["labels"]), 2)]
    exp = {
        "flavour": "v48-harlan-springs",
        "rows": sum(len(v) for v in ROWS.values()),
        "calendar_events": len(ICS),
        "calendar_rows": sum(1 for t in truth if t[0].startswith("calendar:")),
        "invalid_rows": sum(1 for t in truth if t[3] == "no"),
        "events": len(EVENTS),
        "joint_events": len(event_departments),
        "public_events": sum(1 for e in EVENTS.values() if not e["internal"]),
        "cancelled_events": sum(1 for e in EVENTS.values() if e["cancelled"]),
        "internal_titles": [], "internal_markers": [],
        "months": months, "fiscal_quarters": quarters, "duplicate_pairs": pairs,
        "calendar_sources": [{"file": "parks.ics", "department": "Parks and Recreation", "visibility": "Public",
                              "event_type": "Recreation Program"}],
        "config_snippet": "see config.yaml",
        "labels": {k: e["labels"] for k, e in EVENTS.items()},
        "event_departments": event_departments,
        "event_family": {k: e["fam"] for k, e in EVENTS.items()},
        "families": {f: {"note": v["note"], "events": v["events"], "rows": sum(len(EVENTS[k]["labels"]) for k in v["event_keys"]),
                         "pairs": sum(len(EVENTS[k]["labels"]) * (len(EVENTS[k]["labels"]) - 1) // 2 for k in v["event_keys"]),
                         "joint_events": sum(1 for k in v["event_keys"] if k in event_departments),
                         "event_keys": v["event_keys"]} for f, v in fam.items()},
    }
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1, default=str))
    print(f"rows {exp['rows']} + calendar rows {exp['calendar_rows']}, events {exp['events']}, "
          f"joint {exp['joint_events']} (counted {sum(v['joint_events'] for v in months.values())}), "
          f"pairs {len(pairs)}, invalid {exp['invalid_rows']}")


write()
