"""Harbor County (coastal, county-run, America/New_York), FY26 (Jul 2025 - Jun 2026): labelled intake set v59.

Six department tabs typed the way Harbor County staff type: units instead of departments (Engine 14, E-14,
Medic 3, M3, Ladder 2, L2, Battalion 1, Marine 4, Rescue 9, K9 Unit, SRO, CSO, Motor Unit, Mounted, CERT Team,
Dispatch, Comm Center, the Sheriff's Office / HCSO inside the Police tab), joint events logged once per
department with differing titles/times/places, partners named only in prose, hedged partners, rain dates,
moves, a cancelled copy in one tab, double entries, date ranges, weekly series with one joint session,
corrections typed in another department's tab, National Night Out block parties that must stay apart,
and a few invalid rows. Titles and places drawn from Durham (DPD/DFD/DCSD/DECC/Parks), Pittsburgh NNO 2025
and NYC park permits (shared/realdata). Writes intake.xlsx, truth.csv, expected.json. No randomness.
"""
import csv
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parent
ALL = ["Police", "Fire", "Community Safety", "911 Emergency Communications", "Emergency Management",
       "Parks and Recreation"]
P, F, CS, EC, EM, PR = ALL
TABS = ALL
HEAD = {
    P: ["Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address", "Lead Department",
        "Partner Departments", "Event Type", "Description", "Visibility", "Status", "Internal Notes"],
    F: ["Event Name", "Date", "Time", "End Date", "End Time", "Venue", "Address", "Dept", "Partners",
        "Type", "Description", "Visibility", "Status", "Notes"],
    CS: ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Lead Department",
         "Partner Departments", "Event Type", "Description", "Visibility", "Status", "Internal Notes"],
    EC: ["Event Title", "Event Date", "Start Time", "End Time", "Place", "Address", "Host Department",
         "Partner Depts", "Category", "Description", "Visibility", "Status", "Staff Notes"],
    EM: ["Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address", "Lead Department",
         "Partner Departments", "Event Type", "Description", "Visibility", "Status", "Internal Notes"],
    PR: ["Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address", "Lead Department",
         "Partner Departments", "Event Type", "Description", "Visibility", "Status", "Internal Notes"],
}
# canonical field -> header position name per tab
CANON = ["Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address", "Lead Department",
         "Partner Departments", "Event Type", "Description", "Visibility", "Status", "Internal Notes"]
KEYS = ["T", "D", "ST", "ED", "ET", "L", "A", "LD", "P", "TY", "DE", "V", "S", "N"]

rows = {t: [] for t in TABS}        # tab -> list of (fields, key or None)
events = {}                          # key -> dict(date, depts, cancelled, internal, family)


def ev(key, fam, when, depts, cancelled=False, internal=False):
    events[key] = dict(date=when, depts=sorted(set(depts)), cancelled=cancelled, internal=internal, family=fam)


def r(tab, key, **f):
    f.setdefault("V", "Public")
    rows[tab].append((f, key))


# ------------------------------------------------------------------ joint events
# J01 National Night Out kickoff: all six departments, each its own way
ev("J01", "all_department", date(2025, 8, 5), ALL)
r(P, "J01", T="National Night Out Kickoff", D="8/5/2025", ST="5:00 PM", ET="8:00 PM", L="Harbor Commons Park",
  A="100 Waterfront Dr, Port Harbor", LD="HCPD", TY="National Night Out",
  DE="Chief's kickoff, then the Chief's tour of block parties.")
r(F, "J01", T="NNO - Engine 14 & L2", D="8/5/2025", ST="5:30p", ET="7:30p", L="Harbor Commons", LD="E-14",
  TY="National Night Out", DE="Engine 14 and Ladder 2 parked on the Waterfront Dr side for kids.")
r(CS, "J01", T="Natl Night Out kick-off", D="Tue 8/5/2025", ST="5-8p", A="100 Waterfront Dr.", LD="CSO",
  TY="National Night Out", DE="CSO info table, violence interruption flyers")
r(EC, "J01", T="Comm Center table @ NNO", D="8/5/2025", ST="6ish", ET="8", L="Harbor Commons Pk", LD="Dispatch",
  TY="National Night Out", DE="Telecommunicators handing out 'When to call 911' magnets")
r(EM, "J01", T="CERT Team booth - NNO", D="2025-08-05", ST="5pm", ET="8pm", L="Harbor Commons Park",
  LD="CERT Team", TY="National Night Out", DE="Go-kit giveaway")
r(PR, "J01", T="National Nite Out", D="8/5/2025", ST="4:30 PM", ET="8:30 PM", L="Harbor Commons Park - bandshell",
  LD="Parks", TY="National Night Out", DE="Bounce house, DJ, snow cones")

# NNO block parties same evening, Police tab (Pittsburgh 2025 list), each its own event
bp = [("Tweed St. Annual NNO Block Party", "1223 Tweed Street", "5:30 PM", "9:30 PM"),
      ("Arlington National Night Out", "2319 Arlington Ave", "6 PM", "8 PM"),
      ("Greenfield Community NNO", "Bud Hammer Field, Bigelow & Bristol", "5:30 PM", "7:30 PM"),
      ("Central Northside NNO", "1400 Block of Arch Street", "5:30 PM", "7:30 PM"),
      ("NNO Fun Night", "Ammons Pool, 2217 Bedford Ave", "5 PM", "8 PM"),
      ("Tweed St. Annual NNO Block Party", "1261 Tweed Street", "6 PM", "9 PM")]
for i, (t, a, s, e) in enumerate(bp):
    k = f"B{i + 1:02d}"
    extra = {}
    if i == 0:
        extra["DE"] = "Hopscotch, dancing, coloring & food. Engine 9 will stop by around 7."
        ev(k, "nno_block_party_with_fire_visit", date(2025, 8, 5), [P, F])
    elif i == 1:
        extra["DE"] = "Kids games & food. Fire invited, not confirmed."
        ev(k, "nno_block_party", date(2025, 8, 5), [P])
    elif i == 5:
        extra["DE"] = "Second Tweed St party at the other end of the block (neighbors split this year)."
        ev(k, "nno_block_party", date(2025, 8, 5), [P])
    else:
        ev(k, "nno_block_party", date(2025, 8, 5), [P])
    r(P, k, T=t, D="8/5/2025", ST=s, ET=e, A=a, LD="Police", TY="National Night Out", **extra)
r(F, "B01", T="E-9 visit, Tweed St block party", D="8/5/2025", ST="7pm", ET="7:45pm", A="1223 Tweed St",
  LD="Engine 9", TY="National Night Out", N="in service, may leave early")

# J02 Coffee with the Sheriff + CSO table
ev("J02", "unit_names", date(2025, 9, 17), [P, CS])
r(P, "J02", T="Coffee w/ the Sheriff", D="9/17/2025", ST="8:30 AM", ET="10 AM", L="Beacon Caffe",
  A="335 W Main St", LD="HCSO", TY="Community Meeting", DE="Sheriff Ortega meets residents over coffee.")
r(CS, "J02", T="CSO table - Coffee with the Sheriff", D="9/17/2025", ST="9:00 AM", ET="10:00 AM",
  L="Beacon Cafe, 335 West Main", LD="CSO", TY="Community Meeting")
# correction typed in Fire's tab by a deputy
r(F, "J02", T="per HCSO: Coffee w/ Sheriff starts 8:30 not 9", D="9/17/2025", ST="8:30am", L="Beacon Caffe",
  LD="Sheriff's Office", TY="Community Meeting", N="typed here by Dep. Wills, Police tab was locked")

# J03 Sound the Alarm (title with hours) + CERT canvass
ev("J03", "unit_names", date(2026, 3, 14), [F, EM])
r(F, "J03", T="Sound the Alarm 9am-2pm", D="3/14/2026", L="Ridgeview Apts", A="45 Ridge Rd", LD="Battalion 1",
  TY="Smoke Alarm Install", DE="Free smoke & CO alarm installs with the Red Cross.")
r(EM, "J03", T="CERT volunteers - smoke alarm blitz (Sound the Alarm)", D="3/14/2026", ST="9:00 AM",
  ET="2:00 PM", L="meet at 45 Ridge Road", LD="CERT Team", TY="Smoke Alarm Install")

# J04 Hurricane Preparedness Expo: all six
ev("J04", "all_department", date(2026, 6, 6), ALL)
r(EM, "J04", T="Hurricane Preparedness Expo", D="6/6/2026", ST="10:00 AM", ET="2:00 PM",
  L="Harborview Recreation Center", A="2217 Bedford Ave", LD="Emergency Management", TY="Safety Education",
  DE="Evacuation zones, go-kits, generator safety.")
r(F, "J04", T="Hurr. Prep Expo - Marine 4 boat display", D="6/6/2026", ST="10:30", ET="1:30", L="Harborview Rec Ctr",
  LD="Marine 4", TY="Safety Education")
r(P, "J04", T="K9 demo @ hurricane expo", D="6/6/2026", ST="11am", ET="11:45am", L="Harborview Rec Center parking lot",
  LD="K9 Unit", TY="Safety Education")
r(EC, "J04", T="Know when to call 911 (Hurricane Expo)", D="6/6/2026", ST="10a-2p", L="Harborview Rec Center",
  LD="Comm Center", TY="Safety Education")
r(CS, "J04", T="HEART table - Hurricane Prep", D="6/6/2026", ST="10:15 AM", ET="1:45 PM", A="2217 Bedford Ave.",
  LD="HEART", TY="Safety Education")
r(PR, "J04", T="Hurricane Expo", D="6/6/2026", ST="9:30 AM", ET="2:30 PM", L="Harborview Rec Center gym",
  LD="Parks & Rec", TY="Safety Education", N="gym + parking lot reserved")

# J05 Hands-only CPR in the park + Medic 3 tent
ev("J05", "partner_part", date(2025, 7, 19), [PR, F])
r(PR, "J05", T="Hands-Only CPR Saturday", D="7/19/2025", ST="10:00 AM", ET="12:00 PM", L="Shoreline Park",
  A="50 Bay Shore Dr", LD="Parks", TY="CPR Class")
r(F, "J05", T="CPR tent at Shoreline Park", D="7/19/2025", ST="10:15am", ET="noon", L="Shoreline Pk pavilion",
  LD="Medic 3", TY="CPR Class")

# J06 Junior Fire Marshal, date range in one cell vs start/end dates
ev("J06", "date_range", date(2025, 7, 14), [F, PR])
r(F, "J06", T="Junior Fire Marshal Academy", D="Jul 14-17, 2025", ST="9am", ET="3pm", L="Marsh Creek Rec Center",
  LD="Fire Prevention", TY="Youth Program", DE="4-day course ages 11-15 with the State Fire Marshal.")
r(PR, "J06", T="Jr. Fire Marshal camp", D="7/14/2025", ED="7/17/2025", ST="9:00 AM", ET="3:00 PM",
  L="Marsh Creek Rec Ctr", A="900 Marsh Creek Rd", LD="P&R", TY="Youth Program")

# J07 Telecommunicators Week open house + Engine 14
ev("J07", "partner_part", date(2026, 4, 15), [EC, F])
r(EC, "J07", T="NPSTW Open House - Comm Center tours", D="4/15/2026", ST="4:00 PM", ET="7:00 PM",
  L="Harbor County ECC", A="77 Lighthouse Rd", LD="E911", TY="Open House",
  DE="Tour the dispatch floor, meet telecommunicators. Fire invited, not confirmed.")
r(F, "J07", T="Engine 14 at Dispatch open house", D="4/15/2026", ST="5pm", ET="6pm", A="77 Lighthouse Road",
  LD="E-14", TY="Open House")

# Community Police Academy, weekly; session 3 joint with Fire
cpa = [date(2025, 9, 9), date(2025, 9, 16), date(2025, 9, 23), date(2025, 9, 30), date(2025, 10, 7),
       date(2025, 10, 14)]
for i, d in enumerate(cpa):
    k = f"C{i + 1:02d}"
    extra = {}
    if i == 2:
        extra["DE"] = "Week 3: Engine 14 crew teaches fire safety and extinguisher use tonight."
        ev(k, "series_one_joint_session", d, [P, F])
    else:
        ev(k, "weekly_series", d, [P])
    r(P, k, T="Community Police Academy", D=f"{d.month}/{d.day}/{d.year}", ST="6:00 PM", ET="8:30 PM",
      L="HCPD Headquarters", A="602 E Main St", LD="Police", TY="Safety Education", **extra)
r(F, "C03", T="E-14 @ Citizens Police Academy", D="9/23/2025", ST="6:30 PM", ET="7:30 PM", L="Police HQ",
  LD="Engine 14", TY="Safety Education")

# J08 Touch a Truck, 3 depts
ev("J08", "unit_names", date(2025, 9, 27), [PR, F, P])
r(PR, "J08", T="Touch a Truck", D="9/27/2025", ST="10a", ET="1p", L="Riverside Park - north lot",
  A="400 River Rd", LD="Parks", TY="Festival")
r(F, "J08", T="Ladder 2 display - Touch-a-Truck", D="9/27/2025", ST="10:00", ET="12:00", L="Riverside Park",
  LD="L2", TY="Festival")
r(P, "J08", T="Motor Unit @ Touch a Truck", D="9/27/2025", ST="10:30 AM", ET="12:30 PM", L="Riverside Pk",
  LD="Motor Unit", TY="Festival")

# J09 Back to School Bash: Police row + Fire only in text
ev("J09", "text_partner", date(2025, 8, 23), [PR, P, F])
r(PR, "J09", T="Back-to-School Bash", D="8/23/2025", ST="10:00 AM", ET="1:00 PM", L="Marsh Creek Rec Center",
  A="900 Marsh Creek Rd", LD="Parks", TY="Youth Program",
  DE="Free backpacks handed out by our school resource officers. Engine 7 will bring a truck for the kids.")
r(P, "J09", T="SRO backpack giveaway", D="8/23/2025", ST="10ish", ET="12", L="Marsh Creek Rec Ctr", LD="SRO",
  TY="Youth Program")

# J10 HEART open house + dispatch demo
ev("J10", "partner_part", date(2025, 10, 20), [CS, EC])
r(CS, "J10", T="HEART Open House", D="10/20/2025", ST="3:00 PM", ET="6:00 PM", L="Community Safety Dept",
  A="12 Cannery Row", LD="HEART", TY="Open House")
r(EC, "J10", T="Crisis call diversion demo (HEART open house)", D="10/20/2025", ST="3:30p", ET="5p",
  A="12 Cannery Row, 2nd fl", LD="Dispatch", TY="Open House")

# J11 Trunk or Treat, 3 depts
ev("J11", "unit_names", date(2025, 10, 31), [PR, P, F])
r(PR, "J11", T="Trunk or Treat", D="10/31/2025", ST="5-7p", L="Bayside Community Center lot", A="18 Bayside Ave",
  LD="Parks", TY="Festival")
r(P, "J11", T="Trunk-or-treat - Mounted", D="10/31/2025", ST="5:15 PM", ET="6:30 PM", L="Bayside Comm. Ctr",
  LD="Mounted", TY="Festival")
r(F, "J11", T="Trunk or Treat - E14, M3", D="10/31/2025", ST="1700", ET="1900", A="18 Bayside Avenue", LD="E14",
  TY="Festival")

# J12 Harvest Festival rained out, moved; K9 on the new date
ev("J12", "moved_date", date(2025, 10, 25), [PR, P])
r(PR, "J12", T="Harvest Festival", D="10/18/2025", ST="11:00 AM", ET="3:00 PM", L="Riverside Park", A="400 River Rd",
  LD="Parks", TY="Festival", S="Rained out, moved to 10/25")
r(P, "J12", T="Harvest Fest - K9 demo", D="10/25/2025", ST="12:00 PM", ET="12:30 PM", L="Riverside Park",
  LD="K9 Unit", TY="Festival")

# X01/X02 toy drives same day, different places (trap)
ev("X01", "same_title_different_place", date(2025, 12, 6), [P])
ev("X02", "same_title_different_place", date(2025, 12, 6), [F])
r(P, "X01", T="Holiday Toy Drive", D="12/6/2025", ST="9am", ET="3pm", L="HCPD Headquarters", A="602 E Main St",
  LD="HCPD", TY="Other")
r(F, "X02", T="Holiday Toy Drive", D="12/6/2025", ST="9am", ET="3pm", L="Fire Station 14", A="1410 Harbor Blvd",
  LD="Station 14", TY="Other")

# J13 Polar plunge + Marine 4 / Rescue 9 standby
ev("J13", "unit_names", date(2026, 1, 1), [PR, F])
r(PR, "J13", T="Polar Bear Plunge", D="1/1/2026", ST="11:00 AM", ET="1:00 PM", L="Shoreline Beach",
  A="50 Bay Shore Dr", LD="Parks", TY="Recreation Program")
r(F, "J13", T="Marine 4 / Rescue 9 standby - polar plunge", D="1/1/2026", ST="10:30 AM", ET="1:30 PM",
  L="Shoreline Bch", LD="Marine 4", TY="Recreation Program")

# J14 warming center range (overnight) + CS outreach night 1
ev("J14", "date_range", date(2026, 1, 24), [EM, CS])
r(EM, "J14", T="Cold weather warming center", D="Jan 24-26, 2026", ST="8pm", ET="8am",
  L="Harborview Recreation Center", A="2217 Bedford Ave", LD="OEM", TY="Other")
r(CS, "J14", T="Warming ctr outreach", D="1/24/2026", ST="8:30 PM", ET="11 PM", L="Harborview Rec Ctr",
  LD="care navigators", TY="Other")

# J15 MLK Day of Service: CS row names police in prose
ev("J15", "text_partner", date(2026, 1, 19), [PR, CS, P])
r(PR, "J15", T="MLK Day of Service cleanup", D="1/19/2026", ST="9:00 AM", ET="12:00 PM", L="Lincoln Park",
  A="700 Lincoln Ave", LD="Parks", TY="Community Meeting")
r(CS, "J15", T="Day of Service - Lincoln Park cleanup w/ PD", D="1/19/2026", ST="9am", ET="noon", L="Lincoln Pk",
  LD="Community Safety", TY="Community Meeting")

# I01 internal tabletop, three depts all Internal (not counted as joint)
ev("I01", "internal_joint", date(2026, 5, 12), [EM, P, F], internal=True)
r(EM, "I01", T="Hurricane tabletop exercise", D="5/12/2026", ST="9:00 AM", ET="12:00 PM", L="EOC", A="77 Lighthouse Rd",
  LD="OEM", TY="Other", V="Internal")
r(P, "I01", T="EOC tabletop - hurricane", D="5/12/2026", ST="9am", ET="noon", L="EOC", LD="Police", TY="Other",
  V="Internal")
r(F, "I01", T="Tabletop (hurricane) @ EOC - B1", D="5/12/2026", ST="0900", ET="1200", L="Emergency Operations Ctr",
  LD="Battalion 1", TY="Other", V="Internal")

# J16 Kite festival: host cancelled, Fire's copy still scheduled
ev("J16", "cancelled_copy_one_tab", date(2026, 4, 11), [PR, F], cancelled=True)
r(PR, "J16", T="Kite Festival", D="4/11/2026", ST="11:00 AM", ET="3:00 PM", L="Shoreline Park", A="50 Bay Shore Dr",
  LD="Parks", TY="Festival", S="Cancelled - wind advisory")
r(F, "J16", T="Kite Fest - E-14 standby", D="4/11/2026", ST="11am", ET="2pm", L="Shoreline Park", LD="E-14",
  TY="Festival")

# J17 Bike Rodeo: double entry in Police tab + Parks
ev("J17", "double_entry", date(2025, 9, 13), [P, PR])
r(P, "J17", T="Bike Rodeo", D="9/13/2025", ST="9:00 AM", ET="12:00 PM", L="Lincoln Park tennis courts",
  LD="Motor Unit", TY="Youth Program")
r(P, "J17", T="Bike rodeo", D="9/13/2025", ST="9am", ET="12pm", L="Lincoln Park tennis courts", LD="Police",
  TY="Youth Program")
r(PR, "J17", T="Kids Bike Rodeo + helmet fitting", D="9/13/2025", ST="9:00 AM", ET="12:00 PM",
  L="Lincoln Park", A="700 Lincoln Ave", LD="Parks", TY="Youth Program")

# J18 CERT basic training; correction typed in Parks tab by EM
ev("J18", "correction_other_tab", date(2025, 11, 4), [EM])
r(EM, "J18", T="CERT Basic Training (session 1)", D="11/4/2025", ST="6pm", ET="9pm", L="Harbor County EOC",
  A="77 Lighthouse Rd", LD="CERT Team", TY="Safety Education")
r(PR, "J18", T="CERT Basic Training - corrected start 6:30pm", D="11/4/2025", ST="6:30 PM", ET="9 PM",
  L="Harbor Co. EOC", LD="Emergency Management", TY="Safety Education",
  N="EM asked us to post the time fix, their tab is protected")

# Narcan training: two same-day sessions, evening cancelled; Medic 3 at morning session
ev("J19", "same_day_sessions", date(2026, 2, 7), [CS, F])
ev("S01", "same_day_sessions", date(2026, 2, 7), [CS], cancelled=True)
r(CS, "J19", T="Narcan Training", D="2/7/2026", ST="10:00 AM", ET="11:30 AM", L="Harbor County Library, Room B",
  A="1 Library Plaza", LD="Community Safety", TY="Safety Education")
r(CS, "S01", T="Narcan Training", D="2/7/2026", ST="6:00 PM", ET="7:30 PM", L="Harbor County Library, Room B",
  A="1 Library Plaza", LD="Community Safety", TY="Safety Education", S="Cancelled")
r(F, "J19", T="Medic 3 Narcan demo", D="2/7/2026", ST="10:15am", ET="11am", L="Harbor Co Library",
  LD="M3", TY="Safety Education")

# Daytime Yoga weekly (Parks); one session with Engine 7 crew
yog = [date(2026, 3, 4), date(2026, 3, 11), date(2026, 3, 18), date(2026, 3, 25)]
for i, d in enumerate(yog):
    k = f"Y{i + 1:02d}"
    extra = {}
    if i == 1:
        extra["DE"] = "Fitness with a Firefighter week - Engine 7 crew is joining the class."
        ev(k, "series_one_joint_session", d, [PR, F])
    else:
        ev(k, "weekly_series", d, [PR])
    r(PR, k, T="Daytime Yoga", D=f"{d.month}/{d.day}/{d.year}", ST="9:30 AM", ET="10:30 AM",
      L="Bayside Community Center", A="18 Bayside Ave", LD="Parks", TY="Recreation Program", **extra)

# J20 Shoreline cleanup + CERT
ev("J20", "unit_names", date(2025, 9, 20), [PR, EM])
r(PR, "J20", T="Coastal Cleanup Day", D="9/20/2025", ST="8:00 AM", ET="11:00 AM", L="Shoreline Beach",
  A="50 Bay Shore Dr", LD="Parks", TY="Community Meeting")
r(EM, "J20", T="CERT Team - beach cleanup", D="9/20/2025", ST="8:30am", ET="11am", L="Shoreline Beach lot",
  LD="CERT", TY="Community Meeting")

# J21 Water Safety Day: Fire row; sheriff's Harbor Patrol in prose only
ev("J21", "text_partner_unit", date(2025, 7, 26), [PR, F, P])
r(PR, "J21", T="Water Safety Day", D="7/26/2025", ST="1:00 PM", ET="4:00 PM", L="Marsh Creek Pool",
  A="900 Marsh Creek Rd", LD="Parks", TY="Safety Education",
  DE="Lifeguard demos; Sheriff's Harbor Patrol deputies will bring the boat.")
r(F, "J21", T="Marine 4 water rescue demo", D="7/26/2025", ST="1:30 PM", ET="2:30 PM", L="Marsh Creek Pool",
  LD="Marine 4", TY="Safety Education")

# J22 Remembering When at senior center
ev("J22", "title_bracket", date(2025, 11, 13), [F, PR])
r(F, "J22", T="Remembering When - fall & fire safety", D="11/13/2025", ST="10:00 AM", ET="11:00 AM",
  L="Bayside Senior Ctr", A="20 Bayside Ave", LD="Fire Prevention", TY="Safety Education")
r(PR, "J22", T="Senior social - Remembering When talk (FD)", D="11/13/2025", ST="10:15", ET="11:30",
  L="Bayside Senior Center", LD="Parks", TY="Recreation Program")

# J23 Violence reduction community conversation
ev("J23", "unit_names", date(2026, 3, 24), [CS, P])
r(CS, "J23", T="Community Conversation on Violence Reduction Plan", D="3/24/2026", ST="6:00 PM", ET="8:00 PM",
  L="Holt Career and Resource Center", A="401 N Driver St", LD="CS", TY="Town Hall")
r(P, "J23", T="Violence reduction mtg - Chief attending", D="3/24/2026", ST="6:30 PM", L="Holt Career & Resource Ctr",
  LD="Police", TY="Town Hall")

# J24 911 story time + K9 visit
ev("J24", "unit_names", date(2026, 2, 21), [EC, P])
r(EC, "J24", T="Calling 911 Story Time", D="2/21/2026", ST="10:30 AM", ET="11:30 AM",
  L="Harbor County Library - children's room", A="1 Library Plaza", LD="Comm Center", TY="Youth Program")
r(P, "J24", T="K9 Unit visits library story time", D="2/21/2026", ST="11am", ET="11:30am", L="Main Library",
  A="1 Library Plaza", LD="K9 Unit", TY="Youth Program")

# J25 Kids fishing derby + deputies
ev("J25", "unit_names", date(2026, 5, 9), [PR, P])
r(PR, "J25", T="Kids Fishing Derby", D="5/9/2026", ST="7:00 AM", ET="11:00 AM", L="Harbor Pier",
  A="1 Pier Rd", LD="Parks", TY="Recreation Program")
r(P, "J25", T="Fishing derby - HCSO Marine Unit", D="5/9/2026", ST="7:30 AM", ET="10:30 AM", L="Harbor Pier",
  LD="HCSO", TY="Recreation Program")

# J26 Turkey Trot, Police staffing row Internal
ev("J26", "internal_partner_row", date(2025, 11, 27), [PR, P])
r(PR, "J26", T="Harbor Turkey Trot 5K", D="11/27/2025", ST="8:00 AM", ET="10:30 AM", L="Riverside Park",
  A="400 River Rd", LD="Parks", TY="Recreation Program")
r(P, "J26", T="Motor Unit - Turkey Trot traffic control", D="11/27/2025", ST="7:30 AM", ET="11:00 AM",
  L="River Rd closure", LD="Motor Unit", TY="Other", V="Internal", N="6 motors, 2 marked units")

# J27 Tree lighting, 3 depts
ev("J27", "unit_names", date(2025, 12, 5), [PR, F, P])
r(PR, "J27", T="Holiday Tree Lighting", D="12/5/2025", ST="6:00 PM", ET="8:00 PM", L="Harbor Commons Park",
  A="100 Waterfront Dr", LD="Parks", TY="Festival")
r(F, "J27", T="L2 - Santa arrives on the ladder truck", D="12/5/2025", ST="6:15pm", ET="6:45pm", L="Harbor Commons",
  LD="Ladder 2", TY="Festival")
r(P, "J27", T="Mounted at tree lighting", D="12/5/2025", ST="5:45 PM", ET="8 PM", L="Harbor Commons",
  LD="Mounted", TY="Festival")

# J28 Earth Day Festival + CERT go-kit table
ev("J28", "partner_part", date(2026, 4, 18), [PR, EM])
r(PR, "J28", T="Earth Day Festival", D="4/18/2026", ST="10:00 AM", ET="3:00 PM", L="Lincoln Park", A="700 Lincoln Ave",
  LD="Parks", TY="Festival")
r(EM, "J28", T="CERT go-kit table @ Earth Day", D="4/18/2026", ST="10:30", ET="2:30", L="Lincoln Pk", LD="CERT Team",
  TY="Festival")

# J29 Heritage Festival two days; Police day 1, Fire day 2
ev("J29", "date_range", date(2026, 5, 16), [PR, P, F])
r(PR, "J29", T="Harbor Heritage Festival", D="5/16/2026", ED="5/17/2026", ST="11:00 AM", ET="6:00 PM",
  L="Harbor Commons Park", A="100 Waterfront Dr", LD="Parks", TY="Festival")
r(P, "J29", T="Heritage Fest - bike patrol", D="5/16/2026", ST="11am", ET="6pm", L="Harbor Commons",
  LD="Bike Unit", TY="Festival")
r(F, "J29", T="Heritage Festival first aid - Medic 3", D="5/17/2026", ST="11:00 AM", ET="6:00 PM",
  L="Harbor Commons Park", LD="Medic 3", TY="Festival")

# J30 Canine Field Day + K9 demo
ev("J30", "partner_part", date(2025, 10, 4), [PR, P])
r(PR, "J30", T="Canine Field Day", D="10/4/2025", ST="10:00 AM", ET="2:00 PM", L="Riverside Park dog run",
  A="400 River Rd", LD="Parks", TY="Recreation Program")
r(P, "J30", T="K-9 demo - Canine Field Day", D="10/4/2025", ST="noon", ET="12:45", L="Riverside Park", LD="K9",
  TY="Recreation Program")

# J31 Stop the Bleed
ev("J31", "unit_names", date(2025, 8, 14), [CS, F])
r(CS, "J31", T="Stop the Bleed", D="8/14/2025", ST="6-8p", L="Harbor County Library, Room B", A="1 Library Plaza",
  LD="Community Safety", TY="Safety Education")
r(F, "J31", T="STB class (Rescue 9 instructors)", D="8/14/2025", ST="6pm", ET="8pm", L="Harbor Co. Public Library",
  LD="Rescue 9", TY="Safety Education")

# J32 Pancake breakfast, sheriff in prose
ev("J32", "text_partner", date(2025, 10, 11), [F, P])
r(F, "J32", T="Pancake Breakfast - Station 7", D="10/11/2025", ST="7:30am", ET="10:30am", L="Fire Station 7",
  A="210 Harbor Blvd", LD="Engine 7", TY="Festival",
  DE="Fire Prevention Week breakfast. Sheriff Ortega and deputies will serve coffee.")

# J33 Text-to-911 at senior center
ev("J33", "partner_part", date(2026, 1, 28), [EC, PR])
r(EC, "J33", T="Text-to-911 info session", D="1/28/2026", ST="1:00 PM", ET="2:00 PM", L="Bayside Senior Center",
  A="20 Bayside Ave", LD="911", TY="Safety Education")
r(PR, "J33", T="Senior Ctr - Text to 911 talk", D="1/28/2026", ST="1pm", ET="2pm", L="Bayside Sr Ctr",
  LD="Parks", TY="Recreation Program")

# X03/X04 smoke alarm canvasses same morning, two neighborhoods (trap)
ev("X03", "same_time_different_place", date(2025, 10, 18), [F])
ev("X04", "same_time_different_place", date(2025, 10, 18), [EM])
r(F, "X03", T="Smoke Alarm Install - Westside", D="10/18/2025", ST="9:00 AM", ET="1:00 PM", L="Westside",
  A="12 Elm St", LD="Battalion 1", TY="Smoke Alarm Install")
r(EM, "X04", T="CERT smoke alarm canvass - Eastside", D="10/18/2025", ST="9:00 AM", ET="1:00 PM", L="Eastside",
  A="880 Cannery Row", LD="CERT Team", TY="Smoke Alarm Install", DE="Door-to-door, alarms supplied by Fire.")
# X05/X06 two CPR classes same hour, different venues (trap)
ev("X05", "same_time_different_place", date(2026, 2, 14), [F])
ev("X06", "same_time_different_place", date(2026, 2, 14), [PR])
r(F, "X05", T="CPR/AED class", D="2/14/2026", ST="10am", ET="12pm", L="Harbor County Library, Room A",
  A="1 Library Plaza", LD="Medic 3", TY="CPR Class")
r(PR, "X06", T="CPR/AED Class", D="2/14/2026", ST="10:00 AM", ET="12:00 PM", L="Marsh Creek Rec Center",
  A="900 Marsh Creek Rd", LD="Parks", TY="CPR Class", DE="Red Cross instructor.")

# J34 Coffee with a Cop moved 2/10 -> 2/12; CSO table on new date
ev("J34", "moved_date", date(2026, 2, 12), [P, CS])
r(P, "J34", T="Coffee with a Cop", D="2/10/2026", ST="8:00 AM", ET="9:30 AM", L="Dockside Diner", A="14 Pier Rd",
  LD="Police", TY="Community Meeting", S="Postponed", DE="Moved to 2/12 (snow).")
r(CS, "J34", T="Coffee w/ a Cop - CSO table", D="2/12/2026", ST="8am", ET="9:30am", L="Dockside Diner",
  LD="CSO", TY="Community Meeting")

# Movie in the Park: matinee and evening same day; Mounted at evening only
ev("J35", "same_day_sessions", date(2025, 8, 16), [PR, P])
ev("S02", "same_day_sessions", date(2025, 8, 16), [PR])
r(PR, "S02", T="Movie in the Park", D="8/16/2025", ST="2:00 PM", ET="4:00 PM", L="Lincoln Park", A="700 Lincoln Ave",
  LD="Parks", TY="Recreation Program", DE="Kids matinee")
r(PR, "J35", T="Movie in the Park", D="8/16/2025", ST="8:00 PM", ET="10:00 PM", L="Lincoln Park", A="700 Lincoln Ave",
  LD="Parks", TY="Recreation Program", DE="Evening show at dusk")
r(P, "J35", T="Movie night - Mounted", D="8/16/2025", ST="7:45 PM", ET="9:00 PM", L="Lincoln Park", LD="Mounted",
  TY="Recreation Program")

# J36 NYE fireworks across midnight
ev("J36", "overnight", date(2025, 12, 31), [PR, F, P])
r(PR, "J36", T="New Year's Eve Fireworks", D="12/31/2025", ST="10:00 PM", ET="12:30 AM", L="Harbor Pier",
  A="1 Pier Rd", LD="Parks", TY="Festival")
r(F, "J36", T="Marine 4 fireboat - NYE fireworks standby", D="12/31/2025", ST="11pm", ET="1am", L="Harbor Pier",
  LD="Marine 4", TY="Festival")
r(P, "J36", T="NYE fireworks - traffic", D="12/31/2025", ST="9 PM", ET="1 AM", L="Pier Rd", LD="Motor Unit",
  TY="Other", V="Internal")

# S03 Regatta: other agencies' police/fire only (not city)
ev("S03", "other_agency", date(2025, 7, 12), [PR])
r(PR, "S03", T="Harbor Regatta", D="7/12/2025", ST="9:00 AM", ET="4:00 PM", L="Harbor Marina", A="5 Marina Way",
  LD="Parks", TY="Festival",
  DE="Port Authority Police will patrol the marina; Bay Township Volunteer Fire Company boat on standby.")

# J37 Partner units typed in Parks' Partner Departments column
ev("J37", "unit_in_partner_column", date(2026, 6, 13), [PR, F, CS])
r(PR, "J37", T="Summer Splash Kickoff", D="6/13/2026", ST="noon", L="Marsh Creek Pool", LD="Parks",
  P="E-14, M3; CSO", TY="Recreation Program")

# J38 Night walk: noon vs 12-2p, venue vs address
ev("J38", "place_written_differently", date(2026, 5, 2), [CS, P])
r(CS, "J38", T="Eastside Peace Walk", D="5/2/2026", ST="noon", ET="2pm", L="Cannery Row & 3rd St", LD="CSO",
  TY="Community Meeting")
r(P, "J38", T="Peace walk - Eastside", D="5/2/2026", ST="12-2p", L="corner of 3rd and Cannery", LD="District 2 officers",
  TY="Community Meeting")

# J39 Hurricane season kickoff press event: 911 + EM, 911 logs afterwards
ev("J39", "after_action", date(2026, 6, 2), [EM, EC])
r(EM, "J39", T="Hurricane Season Kickoff briefing", D="6/2/2026", ST="10:00 AM", ET="11:00 AM", L="Harbor County EOC",
  A="77 Lighthouse Rd", LD="OEM", TY="Community Meeting")
r(EC, "J39", T="Dispatch brought the 911 trailer to the OEM hurricane kickoff", D="6/2/2026", ST="9:45 AM",
  ET="11:15 AM", L="EOC parking lot", LD="Dispatch", TY="Community Meeting", N="~60 attendees, went well")

# J40 Partner pulled out: Police row cancelled, event went on (one event, NOT joint)
ev("J40", "partner_withdrew", date(2025, 8, 9), [PR])
r(PR, "J40", T="Summer Block Party - Lincoln Park", D="8/9/2025", ST="4pm", ET="8pm", L="Lincoln Park",
  A="700 Lincoln Ave", LD="Parks", TY="Festival", DE="No police this year - officers at the county fair.")
r(P, "J40", T="Lincoln Pk block party - K9", D="8/9/2025", ST="5pm", ET="6pm", L="Lincoln Park", LD="K9 Unit",
  TY="Festival", S="Cancelled", N="K9 pulled for fair detail")

# J41 Battalion 1 + Comm Center: fire station open house, Dispatch kiosk
ev("J41", "partner_part", date(2025, 10, 12), [F, EC])
r(F, "J41", T="Fire Prevention Week Open House - Station 14", D="10/12/2025", ST="1:00 PM", ET="4:00 PM",
  L="Fire Station 14", A="1410 Harbor Blvd", LD="Battalion 1", TY="Open House")
r(EC, "J41", T="Dispatch kiosk - FS14 open house", D="10/12/2025", ST="1:30 PM", ET="3:30 PM", L="FS14",
  LD="Comm Center", TY="Open House")

# J42 Hedged: Senior expo, 911 'hoping'; EM row present
ev("J42", "hedged_partner", date(2026, 4, 23), [PR, EM])
r(PR, "J42", T="Senior Resource Expo", D="4/23/2026", ST="10:00 AM", ET="1:00 PM", L="Bayside Senior Center",
  A="20 Bayside Ave", LD="Parks", TY="Community Meeting",
  DE="Hoping Dispatch can bring the 911 trailer. Police - TBD.")
r(EM, "J42", T="Sr Resource Expo - file of life / go-kits", D="4/23/2026", ST="10:30", ET="12:30", L="Bayside Sr. Ctr",
  LD="EM", TY="Community Meeting")

# J43 Line dance with SRO? -> school safety night (SRO + CS), one row with both in Partner col
ev("J43", "unit_in_partner_column", date(2025, 9, 4), [P, CS])
r(P, "J43", T="Back to School Safety Night", D="9/4/2025", ST="6:30 PM", ET="8:00 PM", L="Harbor High School cafeteria",
  A="300 School St", LD="SRO", P="CSO", TY="Safety Education")

# J44 EM-run shelter drill with Parks (both public), EM typed 'P&R staff will run the gym'
ev("J44", "text_partner", date(2025, 11, 15), [EM, PR])
r(EM, "J44", T="Evacuation shelter open house", D="11/15/2025", ST="10:00 AM", ET="1:00 PM",
  L="Harbor High School gym", A="300 School St", LD="EM", TY="Open House",
  DE="See how a hurricane shelter is set up. Parks staff will run the kids' corner.")

# ------------------------------------------------------------------ single-department background
def single(key, tab, when, fam="background", cancelled=False, internal=False, **f):
    ev(key, fam, when, [tab], cancelled=cancelled, internal=internal)
    r(tab, key, **f)


single("S10", P, date(2025, 7, 8), T="Beat 3 community meeting", D="7/8/2025", ST="7pm", L="Grace Church hall",
       A="44 Church St", LD="Police", TY="Community Meeting")
single("S11", P, date(2025, 11, 20), T="Safe Boating Course", D="11/20/2025", ST="6:00 PM", ET="9:00 PM",
       L="HCSO Marine Unit base", A="9 Marina Way", LD="HCSO", TY="Safety Education")
single("S12", P, date(2026, 1, 13), internal=True, T="Roll call training - crisis intervention", D="1/13/2026",
       ST="7:00 AM", L="HCPD HQ", LD="Police", TY="Other", V="Internal")
single("S13", P, date(2026, 3, 7), T="Kids vs Cops Kickball", D="3/7/2026", ST="1:00 PM", ET="3:00 PM",
       L="Harbor High School field", A="300 School St", LD="Police", TY="Youth Program")
single("S14", P, date(2026, 4, 25), T="Drug Take Back Day", D="4/25/2026", ST="10:00 AM", ET="2:00 PM",
       L="HCPD Headquarters", A="602 E Main St", LD="Police", TY="Safety Education")
single("S15", P, date(2026, 6, 20), T="Shop with a Cop (summer)", D="6/20/2026", ST="9am", ET="noon",
       L="Harbor Mall Target", LD="Police", TY="Youth Program", cancelled=True, S="Cancelled")
single("S20", F, date(2025, 8, 30), T="Station 9 block party visit request - Elm Ct", D="8/30/2025", ST="3pm",
       ET="4pm", A="22 Elm Ct", LD="Engine 9", TY="Safety Education")
single("S21", F, date(2025, 12, 13), T="Holiday fire safety - cooking demo", D="12/13/2025", ST="11:00 AM",
       ET="12:00 PM", L="Harbor Farmers Mkt", A="3 Market Sq", LD="Fire Prevention", TY="Safety Education")
single("S22", F, date(2026, 2, 3), internal=True, T="Battalion 1 officers meeting", D="2/3/2026", ST="0800",
       L="Station 1", LD="B1", TY="Other", V="Internal")
single("S23", F, date(2026, 5, 30), T="Fire Explorer Post open night", D="5/30/2026", ST="6:00 PM", ET="8:00 PM",
       L="Fire Station 1", A="1 Harbor Blvd", LD="Fire", TY="Youth Program")
single("S30", CS, date(2025, 7, 22), T="Neighborhood walk - Eastside", D="7/22/2025", ST="5:30 PM", ET="7:00 PM",
       L="Cannery Row & 5th", LD="CSO", TY="Community Meeting", DE="Outreach team knocks doors. No police this year.")
single("S31", CS, date(2025, 12, 9), T="HEART community town hall", D="12/9/2025", ST="6:00 PM", ET="7:30 PM",
       L="Holt Career and Resource Center", A="401 N Driver St", LD="HEART", TY="Town Hall",
       DE="Police invited (not confirmed).")
single("S32", CS, date(2026, 3, 31), internal=True, T="Care navigation case review", D="3/31/2026", ST="2pm",
       L="CSD conference room", LD="CS", TY="Other", V="Internal")
single("S40", EC, date(2025, 7, 30), T="Dispatch ride-along orientation", D="7/30/2025", ST="5:00 PM", ET="6:30 PM",
       L="Harbor County ECC", A="77 Lighthouse Rd", LD="Dispatch", TY="Safety Education")
single("S41", EC, date(2025, 12, 16), internal=True, T="Telecommunicator CPR recert", D="12/16/2025", ST="0800",
       ET="1200", L="ECC training room", LD="Comm Center", TY="Other", V="Internal")
single("S42", EC, date(2026, 3, 19), T="911 career night", D="3/19/2026", ST="6pm", ET="7:30pm",
       L="Harbor Community College", A="55 College Dr", LD="911", TY="Community Meeting",
       DE="Learn what 911 dispatchers do and how to apply.")
single("S50", EM, date(2025, 8, 20), T="Hurricane shelter volunteer orientation", D="8/20/2025", ST="6:00 PM",
       ET="8:00 PM", L="Harbor County EOC", A="77 Lighthouse Rd", LD="OEM", TY="Other", V="Internal",
       internal=True)
single("S51", EM, date(2025, 9, 10), T="Flood zone info night", D="9/10/2025", ST="6:30 PM", ET="8:00 PM",
       L="Bayside Community Center", A="18 Bayside Ave", LD="EM", TY="Community Meeting",
       DE="Maybe Fire will bring the boat? Asked Police to attend.")
single("S52", EM, date(2026, 1, 10), T="CERT refresher - radio drills", D="1/10/2026", ST="9am", ET="noon",
       L="Harbor County EOC", A="77 Lighthouse Rd", LD="CERT Team", TY="Safety Education")
single("S60", PR, date(2025, 8, 2), T="Discovering the Old Lighthouse: Historic Walking Tour", D="8/2/2025",
       ST="10:00 AM", ET="11:30 AM", L="Lighthouse Point", A="90 Lighthouse Rd", LD="Parks", TY="Recreation Program")
single("S61", PR, date(2025, 9, 6), T="Discovering the Old Lighthouse: Historic Walking Tour", D="9/6/2025",
       ST="10:00 AM", ET="11:30 AM", L="Lighthouse Point", A="90 Lighthouse Rd", LD="Parks", TY="Recreation Program")
single("S62", PR, date(2025, 10, 4), T="Home School Open Gym", D="10/4/2025", ST="1:00 PM", ET="3:00 PM",
       L="Marsh Creek Rec Center", A="900 Marsh Creek Rd", LD="Parks", TY="Recreation Program")
single("S63", PR, date(2026, 2, 28), T="Line Dance (PM)", D="2/28/2026", ST="6:00 PM", ET="7:00 PM",
       L="Bayside Community Center", A="18 Bayside Ave", LD="Parks", TY="Recreation Program")
single("S64", PR, date(2026, 2, 28), T="Line Dance (AM)", D="2/28/2026", ST="10:00 AM", ET="11:00 AM",
       L="Bayside Community Center", A="18 Bayside Ave", LD="Parks", TY="Recreation Program")
single("S65", PR, date(2026, 4, 4), T="Spring Egg Hunt", D="4/4/2026", ST="10:00 AM", ET="12:00 PM",
       L="Riverside Park", A="400 River Rd", LD="Parks", TY="Festival", DE="Fire - next year maybe.")
single("S66", PR, date(2026, 5, 23), T="Public meeting on Eastside park redevelopment", D="5/23/2026", ST="6:00 PM",
       ET="7:30 PM", L="Bayside Community Center", A="18 Bayside Ave", LD="Parks", TY="Community Meeting")
single("S67", PR, date(2025, 7, 5), T="Shoreline Park Summer Concert", D="7/5/2025", ST="7pm", ET="9pm",
       L="Shoreline Park: Concert Grove Pavilion", A="50 Bay Shore Dr", LD="Parks", TY="Festival", S="Called off",
       cancelled=True)
single("S68", PR, date(2026, 6, 27), T="Cop Cot Lawn Picnic", D="6/27/2026", ST="noon", ET="3pm",
       L="Harbor Commons Park: Cop Cot", A="100 Waterfront Dr", LD="Parks", TY="Recreation Program")

# ------------------------------------------------------------------ invalid rows
INVALID = []


def bad(tab, **f):
    f.setdefault("V", "Public")
    rows[tab].append((f, None))


bad(P, T="", D="10/9/2025", ST="6pm", L="HCPD HQ", LD="Police", DE="Explorers meeting (title missing)")
bad(F, T="Station 14 open house (2nd)", D="sometime in May", L="Fire Station 14", LD="E-14")
bad(PR, T="Pickleball clinic", D="6/10/2026", ST="25:00", L="Lincoln Park courts", LD="Parks")

# ------------------------------------------------------------------ write workbook + truth
wb = openpyxl.Workbook()
wb.remove(wb.active)
truth = []
for tab in TABS:
    ws = wb.create_sheet(tab)
    head = HEAD[tab]
    ws.append(head)
    pos = {}
    for canon, h in zip(CANON, HEAD[P]):
        pass
    # map canon field -> column index in this tab's header
    canon_to_head = {}
    for h in head:
        for c, alt in zip(CANON, [["Title", "Event Name", "Event Title"], ["Start Date", "Date", "Event Date"],
                                   ["Start Time", "Time"], ["End Date"], ["End Time"], ["Location", "Venue", "Place"],
                                   ["Address"], ["Lead Department", "Dept", "Host Department"],
                                   ["Partner Departments", "Partners", "Partner Depts"], ["Event Type", "Type", "Category"],
                                   ["Description"], ["Visibility"], ["Status"], ["Internal Notes", "Notes", "Staff Notes"]]):
            if h in alt:
                canon_to_head[c] = head.index(h)
    for i, (f, key) in enumerate(rows[tab]):
        line = [None] * len(head)
        for k, c in zip(KEYS, CANON):
            if k in f and f[k] not in (None, ""):
                if c not in canon_to_head:
                    raise SystemExit(f"{tab} lacks column {c} for {f}")
                line[canon_to_head[c]] = f[k]
        ws.append(line)
        truth.append({"tab": tab, "row": i + 2, "event_key": key or "", "valid": "yes" if key else "no"})
wb.save(OUT / "intake.xlsx")

with open(OUT / "truth.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["tab", "row", "event_key", "valid"])
    w.writeheader()
    w.writerows(truth)

used = {t["event_key"] for t in truth if t["event_key"]}
assert used == set(events), (used ^ set(events))


def fq(d):
    fy = d.year + 1 if d.month >= 7 else d.year
    q = (d.month - 7) % 12 // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"


months = defaultdict(lambda: {"events": 0, "joint_events": 0})
quarters = defaultdict(lambda: {"events": 0, "joint_events": 0, "all_department_events": 0})
joint_all, dept_of = 0, {}
for k, e in events.items():
    joint = len(e["depts"]) >= 2 and not e["internal"]
    if joint:
        joint_all += 1
        dept_of[k] = e["depts"]
    if e["cancelled"]:
        continue
    m = e["date"].strftime("%Y-%m")
    months[m]["events"] += 1
    q = fq(e["date"])
    quarters[q]["events"] += 1
    if joint:
        months[m]["joint_events"] += 1
        quarters[q]["joint_events"] += 1
        if len(e["depts"]) == 6:
            quarters[q]["all_department_events"] += 1
for y, mo in [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 7)]:
    months[f"{y}-{mo:02d}"]
    quarters[fq(date(y, mo, 1))]

by_key = defaultdict(list)
for t in truth:
    if t["event_key"]:
        by_key[t["event_key"]].append(f"{t['tab']}!{t['row']}")
pairs = [[a, b] for labs in by_key.values() for i, a in enumerate(sorted(labs)) for b in sorted(labs)[i + 1:]]
fams = defaultdict(list)
for k, e in events.items():
    fams[e["family"]].append(k)
expected = {
    "flavour": "v59 Harbor County",
    "rows": len(truth), "invalid_rows": sum(1 for t in truth if t["valid"] == "no"),
    "events": len(events), "joint_events": joint_all,
    "cancelled_events": sum(1 for e in events.values() if e["cancelled"]),
    "months": dict(sorted(months.items())), "fiscal_quarters": dict(sorted(quarters.items())),
    "duplicate_pairs": pairs, "calendar_sources": [],
    "event_departments": dept_of,
    "event_family": {k: e["family"] for k, e in events.items()},
    "families": {f: {"note": f, "events": len(ks), "event_keys": sorted(ks)} for f, ks in sorted(fams.items())},
}
(OUT / "expected.json").write_text(json.dumps(expected, indent=1))
print(f"rows {len(truth)} events {len(events)} joint {joint_all} pairs {len(pairs)} "
      f"counted joint {sum(v['joint_events'] for v in months.values())}")
