"""Pine Ridge (America/Denver) labelled intake set, FY26 (July 2025 - June 2026).

An invented small mountain city whose six departments (Police, Fire, Community Safety,
911 Emergency Communications, Emergency Management, Parks and Recreation) log events from
their phones: short titles, emoji, ALL CAPS, department typos ("Polcie", "Fier"), places as
landmarks ("behind the Kroger", "old library lot"), times like "6:30p", "noonish",
"after school".  Grounded in the Pittsburgh NNO 2025 registrations (block-party names,
cul-de-sac / apartment / pool parties, **CANCELLED** markers, N/S twin addresses) and the
King County AFIS events (precinct picnics, explorers presentations, citizens academy).

Holds: joint events logged only by the host (partners in columns or prose), joint events
logged by each department in its own words, two all-department events, NNO evening with
block parties that must stay apart plus Fire/Parks drop-bys, weekly classes, monthly
Coffee with a Cop at different cafes, Internal and Cancelled rows, and invalid rows.

Writes beside itself: intake.xlsx, truth.csv, expected.json (dedupe-dev2 format).
"""
import csv
import json
import random
from collections import defaultdict
from datetime import date
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
rnd = random.Random(51)

P, F, CS, E9, EM, PR = ("Police", "Fire", "Community Safety", "911 Emergency Communications",
                        "Emergency Management", "Parks and Recreation")
DEPT_NAME = {P: "Police", F: "Fire", CS: "Community Safety", E9: "Emergency Communications",
             EM: "Emergency Management", PR: "Parks and Recreation"}
ALL = [P, F, CS, E9, EM, PR]
TABS = [P, F, CS, E9, EM, PR]

EVENTS = []   # dict(key, family, depts, status, rows=[(tab, fields)])
DEBATABLE = []


def ev(family, depts, rows, status="ok", note=None):
    key = f"PR{len(EVENTS) + 1:03d}"
    EVENTS.append({"key": key, "family": family, "depts": sorted({DEPT_NAME[d] for d in depts}),
                   "status": status, "rows": rows, "note": note})
    return key


def r(tab, title, d, t="", end="", loc="", addr="", lead="", partners="", typ="", desc="",
      vis="Public", status="", notes="", datestr=None):
    return (tab, {"Title": title, "Start Date": datestr or d, "_date": d, "Start Time": t,
                  "End Time": end, "Location": loc, "Address": addr, "Lead Department": lead,
                  "Partner Departments": partners, "Event Type": typ, "Description": desc,
                  "Visibility": vis, "Status": status, "Internal Notes": notes})


D = date
# ---------------------------------------------------------------- host-only joint events
ev("host_partners_in_columns", [P, F, PR], [r(P, "SUMMER SAFETY BBQ 🌭🔥", D(2025, 7, 12), "noonish", "3p",
   "Founders Park pavilion", partners="Fier, Parks", typ="Festival",
   desc="free hot dogs, meet officers + firefighters")], note="'Fier' typed for Fire")
ev("host_partner_in_prose", [PR, F], [r(PR, "Splash Pad Safety Day 💦", D(2025, 7, 19), "10a", "1p",
   "Willow Creek splash pad", typ="Recreation Program",
   desc="Engine 4 crew coming by to do a hydrant spray + water safety talk")])
ev("host_partners_in_columns", [F, P, E9], [r(F, "Touch-A-Truck", D(2025, 8, 16), "9a", "12p",
   "Pine Ridge High School lot", partners="PRPD, 911", typ="Open House")])
ev("host_partners_in_columns", [CS, P], [r(CS, "Back to School Backpack Giveaway 🎒", D(2025, 8, 23), "10a", "1p",
   "behind the Kroger", partners="Polcie", typ="Youth Program")])
ev("all_department", ALL, [r(EM, "PREPAREDNESS FAIR", D(2025, 9, 13), "9a", "2p", "Pine Ridge Rec Center gym",
   "300 Spruce St", partners="All depts", typ="Safety Education",
   desc="go-kits, sandbag demo, every dept has a table")])
ev("host_partner_in_prose", [PR, EM], [r(PR, "Fall Fest 🍂", D(2025, 9, 27), "11a", "4p", "old library lot",
   typ="Festival", desc="pumpkin patch, hayride. w/ CERT volunteers running the first aid tent")])
ev("host_partners_in_columns", [F, EM, E9], [r(F, "FIRE PREVENTION WEEK OPEN HOUSE", D(2025, 10, 11), "10a", "2p",
   "Station 1", "310 Aspen Ave", partners="EM & 911", typ="Open House")])
ev("host_partners_in_columns", [P, PR, F], [r(P, "Trunk or Treat 🎃", D(2025, 10, 31), "5:30p", "7:30p",
   "PRPD back lot", partners="Parks and Rec, Fire (Engine 2)", typ="Festival")])
ev("host_partner_in_prose", [CS, P], [r(CS, "Community Listening Session", D(2025, 11, 15), "6p", "8p",
   "Grange Hall", desc="Chief and Lt. Ortiz from PRPD will be there to answer questions")])
ev("host_partners_in_columns", [PR, P, F], [r(PR, "Holiday Tree Lighting ✨", D(2025, 12, 6), "5p", "7p",
   "Town Square", partners="Police/Fier", typ="Festival")], note="'Fier' typed for Fire")
ev("host_partner_in_prose", [P, F], [r(P, "Shop with a Cop", D(2025, 12, 13), "8a", "11a", "Walmart on Ridgeline",
   typ="Youth Program", desc="40 kids. Fire guys are joining us this year too")],
   note="'Fire guys are joining us' - a person reads Fire as taking part")
ev("host_partners_in_columns", [EM, CS], [r(EM, "Winter Storm Ready Workshop ❄️", D(2026, 1, 17), "6:30p", "8p",
   "Senior Center", partners="Community Safety", typ="Safety Education")])
ev("host_partners_in_columns", [E9, F], [r(E9, "Know When to Call 911 - Kids Day", D(2026, 2, 7), "10a", "noon",
   "Pine Ridge Public Library", partners="Fire Dept", typ="Safety Education")])
ev("host_partner_in_prose", [CS, PR, P], [r(CS, "Youth Basketball Night 🏀", D(2026, 2, 21), "6p", "9p",
   "Rec Center gym", partners="Parks & Rec", typ="Youth Program",
   desc="open gym, pizza. SROs will be playing too")])
ev("host_partners_in_columns", [F, CS], [r(F, "Sound the Alarm - smoke alarm installs", D(2026, 3, 14), "9a", "2p",
   "Cedar Heights neighborhood", partners="Red Cross, Community Safety", typ="Smoke Alarm Install")])
ev("host_partners_in_columns", [PR, CS, P], [r(PR, "Earth Day Cleanup 🌎", D(2026, 4, 18), "9a", "12p",
   "Willow Creek trail", partners="CS; Police (Beat 3)", typ="Other")])
ev("host_partner_in_prose", [E9, F, P], [r(E9, "Telecommunicator Week Open House", D(2026, 4, 14), "4p", "7p",
   "PRECC", "100 Civic Plaza", typ="Open House",
   desc="tour the dispatch floor. Fire engine + PD K9 out front")])
ev("host_partners_in_columns", [P, PR], [r(P, "Bike Rodeo 🚲", D(2026, 5, 9), "9a", "11:30a", "Aspen Elementary",
   partners="Parks", typ="Youth Program")])
ev("host_partners_in_columns", [EM, F, PR], [r(EM, "Wildfire Ready Day 🔥", D(2026, 5, 30), "10a", "2p",
   "Fire Station 3", partners="Fire, Parks (rangers)", typ="Safety Education")])
ev("host_partners_in_columns", [PR, P, CS], [r(PR, "Juneteenth Celebration", D(2026, 6, 20), "12p", "6p",
   "Founders Park", partners="Police, Community Safety", typ="Festival")])
ev("partner_declined", [PR], [r(PR, "Kite Festival 🪁", D(2026, 3, 7), "10a", "2p", "Ridgeview Ballfields",
   partners="Fire (can't make it)", typ="Festival")])

# ---------------------------------------------------------------- per-department joint events
ev("coverage_rows", [PR, P, F], [
    r(PR, "4th of July Fireworks 🎆", D(2025, 7, 4), "9:15 PM", "10 PM", "Ridgeview Ballfields", typ="Festival"),
    r(P, "Fireworks traffic ctrl", D(2025, 7, 4), "7p", "11p", "Ridgeview fields", vis="Internal"),
    r(F, "Engine 4 standby - fireworks", D(2025, 7, 4), "8:30p", "10:30p", "Ridgeview Ballfields",
      "2200 Ridgeview Rd")])
ev("partner_booth", [PR, F], [
    r(PR, "Movie in the Park: Moana", D(2025, 7, 26), "dusk", "", "Founders Park", typ="Recreation Program"),
    r(F, "fire safety booth @ movie night", D(2025, 7, 26), "7:30p", "8:30p", "Founders Pk")],
    note="Parks typed 'dusk' (shown all day); Fire's booth is its part")
ev("landmark_place", [CS, E9], [
    r(CS, "Community Resource Fair", D(2025, 8, 9), "10a", "2p", "Kroger parking lot", "1450 Ridgeline Blvd",
      typ="Community Meeting"),
    r(E9, "911 info table @ resource fair", D(2025, 8, 9), "10a", "2p", "behind the Kroger")])
ev("coffee_visit", [P, F], [
    r(P, "Coffee with a Cop ☕", D(2025, 8, 30), "8a", "10a", "Bean There Cafe", "45 Main St", typ="Community Meeting"),
    r(F, "Engine 2 stops by coffee w/ cop", D(2025, 8, 30), "8:30a", "9a", "Bean There, 45 Main")])
ev("same_event_other_words", [F, PR], [
    r(F, "CPR in the Park", D(2025, 9, 6), "10a", "12p", "Founders Park pavilion", typ="CPR Class"),
    r(PR, "Hands-Only CPR class", D(2025, 9, 6), "10a", "noon", "Founders Pk Pavillion")])
ev("spanish_title", [PR, CS], [
    r(PR, "Senior Health & Safety Fair", D(2025, 9, 20), "9a", "1p", "Senior Center", typ="Safety Education"),
    r(CS, "Feria de Salud y Seguridad para Adultos Mayores", D(2025, 9, 20), "9a", "1p", "Centro para Mayores",
      "220 Birch St")], note="CS logs the Senior Center by a Spanish name and its address")
ev("same_event_other_words", [P, CS], [
    r(P, "Drug Take Back", D(2025, 10, 4), "10a", "2p", "Walgreens", "880 Ridgeline Blvd", typ="Other"),
    r(CS, "Rx disposal - Walgreens Ridgeline", D(2025, 10, 4), "10-2", "", "Walgreens Ridgeline")])
ev("initials_place", [EM, F], [
    r(EM, "CERT Drill - Earthquake", D(2025, 10, 18), "8a", "12p", "Pine Ridge High School", typ="Safety Education"),
    r(F, "MASS CASUALTY DRILL W/ CERT", D(2025, 10, 18), "8a", "12p", "PRHS")])
ev("coverage_rows", [PR, P], [
    r(PR, "Haunted Trail 👻", D(2025, 10, 25), "6p", "9p", "Willow Creek trailhead", typ="Festival"),
    r(P, "haunted trail patrol", D(2025, 10, 25), "5:30p", "9:30p", "Willow Crk trailhead")])
ev("same_event_other_words", [F, E9], [
    r(F, "Turkey Fryer Safety Demo 🦃", D(2025, 11, 8), "11a", "12p", "Fire Station 1", "310 Aspen Ave",
      typ="Safety Education"),
    r(E9, "turkey fry demo", D(2025, 11, 8), "11a", "", "Stn 1")])
ev("same_event_other_words", [CS, P], [
    r(CS, "Thanksgiving Food Drive", D(2025, 11, 22), "9a", "1p", "Grace Church lot", typ="Other"),
    r(P, "Stuff the Cruiser 🚓", D(2025, 11, 22), "9a", "1p", "Grace Church parking lot",
      desc="fill a patrol car with canned food for the CS food drive")])
ev("same_event_other_words", [P, F], [
    r(P, "Toy Drive w/ Santa Cop 🎅", D(2025, 12, 20), "1p", "4p", "PRPD lobby", "500 Civic Plaza", typ="Festival"),
    r(F, "Santa on the firetruck - toy drive", D(2025, 12, 20), "1p", "4p", "Police HQ")])
ev("partner_parts", [PR, F, EM], [
    r(PR, "Polar Plunge ❄️🏊", D(2026, 1, 10), "noon", "1p", "Lake Pine beach", typ="Festival"),
    r(F, "dive team standby polar plunge", D(2026, 1, 10), "11a", "1:30p", "Lake Pine"),
    r(EM, "plunge warming tent", D(2026, 1, 10), "11:30a", "1:30p", "Lake Pine beach")])
ev("same_event_other_words", [E9, CS], [
    r(E9, "Text-to-911 Demo", D(2026, 1, 31), "6p", "7p", "Library community rm", typ="Safety Education"),
    r(CS, "Text to 911 info session", D(2026, 1, 31), "6pm", "7pm", "Pine Ridge Public Library")])
ev("partner_visit", [PR, P], [
    r(PR, "Valentine Skate Night ⛸️", D(2026, 2, 14), "6p", "9p", "Rec Center ice rink", typ="Recreation Program"),
    r(P, "Cocoa w/ a Cop @ skate night", D(2026, 2, 14), "7p", "8p", "Rec Ctr")])
ev("vague_time_words", [CS, P], [
    r(CS, "Spring Safety Walk", D(2026, 3, 19), "after school", "", "Aspen Elementary", typ="Community Meeting"),
    r(P, "safety walk w/ CS", D(2026, 3, 19), "3:30p", "5p", "Aspen Elem")],
    note="CS typed 'after school' as the time; Police typed 3:30p")
ev("partner_parts", [F, EM, PR], [
    r(F, "WILDFIRE MITIGATION DAY", D(2026, 4, 25), "9a", "1p", "Pine Crest HOA clubhouse", typ="Safety Education"),
    r(EM, "Firewise chipping day", D(2026, 4, 25), "9a", "1p", "Pine Crest clubhouse"),
    r(PR, "chipper drop off - Pine Crest", D(2026, 4, 25), "9a", "1p", "Pine Crest HOA")])
ev("partner_parts", [P, E9], [
    r(P, "Police Week Open House", D(2026, 5, 16), "10a", "2p", "PRPD", "500 Civic Plaza", typ="Open House"),
    r(E9, "dispatch tours at PD open house", D(2026, 5, 16), "10a", "2p", "500 Civic Plaza")])
ev("partner_booth", [PR, EM], [
    r(PR, "Kids Fishing Derby 🎣", D(2026, 6, 6), "8a", "11a", "Lake Pine dock", typ="Youth Program"),
    r(EM, "life jacket loaner booth", D(2026, 6, 6), "8a", "11a", "Lake Pine")])
ev("same_event_other_words", [CS, P], [
    r(CS, "Eastside Town Hall", D(2025, 12, 3), "6p", "8p", "Grange Hall", typ="Town Hall"),
    r(P, "TOWN HALL - EASTSIDE", D(2025, 12, 3), "6:00 PM", "8:00 PM", "Grange Hall", "77 Hollow Rd")])
ev("emoji_caps_titles", [F, PR], [
    r(F, "🚒🚒 STATION 3 PANCAKE BREAKFAST 🥞", D(2026, 6, 13), "7a", "10a", "Fire Station 3", "1800 Summit Dr",
      typ="Festival"),
    r(PR, "Station 3 Pancake Bfast", D(2026, 6, 13), "7:00", "10:00", "Station 3",
      desc="parks brings lawn games + bounce house")])
ev("same_event_other_words", [P, CS], [
    r(P, "Precinct Picnic - Eastside", D(2025, 8, 2), "11a", "2p", "Hollow Creek Park", typ="Festival"),
    r(CS, "CS outreach table - Eastside picnic", D(2025, 8, 2), "11:30a", "1:30p", "Hollow Creek Pk")])
ev("multi_row_same_tab", [P, E9], [
    r(P, "Citizens Academy - Dispatch night", D(2026, 1, 22), "6p", "9p", "PRECC", "100 Civic Plaza",
      typ="Safety Education", partners="911"),
    r(E9, "Citizen's Academy @ 911 center", D(2026, 1, 22), "6:00p", "9:00p", "911 center")])
# cancelled joint
ev("cancelled_joint", [PR, EM], [
    r(PR, "Snowshoe Safety Hike", D(2026, 2, 28), "9a", "12p", "Lake Pine trailhead", status="Cancelled",
      typ="Recreation Program"),
    r(EM, "snowshoe hike - avalanche beacon demo", D(2026, 2, 28), "9a", "12p", "Lake Pine TH",
      status="Cancelled - no snow")], status="cancelled")

# ---------------------------------------------------------------- all-department day, each in own words
ev("all_department", ALL, [
    r(P, "PINE RIDGE PUBLIC SAFETY DAY 🚒🚓", D(2026, 5, 2), "10a", "3p", "Civic Plaza", "500 Civic Plaza",
      partners="Fire, 911", typ="Festival"),
    r(F, "Ladder 3 + Engine 1 static display", D(2026, 5, 2), "10a", "3p", "Civic Plaza"),
    r(CS, "CS booth - Safety Day", D(2026, 5, 2), "10:30a", "2:30p", "Civic Plz"),
    r(EM, "go-kit table @ public safety day", D(2026, 5, 2), "10a", "3p", "Civic Plaza"),
    r(PR, "bounce house + games - Safety Day", D(2026, 5, 2), "10a", "3p", "Civic Plaza lawn")])

# ---------------------------------------------------------------- National Night Out 8/5/2025
NNO = D(2025, 8, 5)
ev("nno_parties", [P], [r(P, "Aspen Ct NNO Block Party", NNO, "5:30p", "8p", "1200 Aspen Ct", typ="National Night Out")])
ev("nno_parties", [P], [r(P, "NNO - Aspen Ct cookout", NNO, "6p", "8:30p", "1210 Aspen Ct", typ="National Night Out")])
k_birch = ev("nno_twin_addresses", [P, F], [
    r(P, "N Birch St Annual NNO Block Party", NNO, "5:30p", "9:30p", "412 N Birch St", typ="National Night Out"),
    r(F, "Engine 2 drop by - NNO", NNO, "6:30p", "7p", "412 N Birch St")])
ev("nno_twin_addresses", [P], [r(P, "S Birch NNO", NNO, "6p", "8p", "412 S Birch St", typ="National Night Out")])
ev("nno_drop_by", [P, F], [
    r(P, "Hilltop NNO Fun Night", NNO, "5p", "8p", "Hilltop Pool", "88 Summit Dr", typ="National Night Out",
      desc="swimming, giveaways, bounce house"),
    r(F, "Ladder 3 visit Hilltop NNO", NNO, "7p", "7:30p", "Hilltop Pool")])
ev("nno_drop_by", [P, PR], [
    r(P, "Cedar Heights NNO Cookout", NNO, "6p", "8p", "Cedar Heights Park", typ="National Night Out"),
    r(PR, "pop-up playground @ Cedar Heights NNO", NNO, "6p", "8p", "Cedar Heights park")])
ev("nno_parties", [P], [r(P, "Oak Hill Apartments NNO", NNO, "6p", "8:30p", "475 Garner Ct", typ="National Night Out")])
ev("nno_parties", [P], [r(P, "Morningside NNO **CANCELLED**", NNO, "6p", "8p", "Morningside Dr & 3rd",
   typ="National Night Out")], status="cancelled")
ev("nno_parties", [P], [r(P, "Riverside Ln cul-de-sac NNO", NNO, "6p", "8:30p", "2 Riverside Ln",
   typ="National Night Out", desc="pizza party")])
ev("nno_parties", [P], [r(P, "Westgate No-Tech Block Party", NNO, "5p", "8p", "2793 Zephyr Ave",
   typ="National Night Out")])

# ---------------------------------------------------------------- background single-department
cafes = [(D(2025, 7, 26), "Daily Grind", "8a"), (D(2025, 9, 27), "Rise & Shine Donuts", "8a"),
         (D(2025, 10, 25), "Daily Grind", "8:00 AM"), (D(2026, 1, 24), "Bean There Cafe", "8a"),
         (D(2026, 3, 28), "Peak Perk Coffee", "7:30a"), (D(2026, 5, 23), "Rise & Shine Donuts", "8a")]
for d, cafe, t in cafes:
    ev("coffee_monthly", [P], [r(P, rnd.choice(["Coffee w/ a Cop", "Coffee with a Cop ☕", "COFFEE W/ A COP"]),
       d, t, "10a", cafe, typ="Community Meeting")])
for d in [D(2025, 7, 8), D(2025, 7, 15), D(2025, 7, 22), D(2025, 7, 29), D(2025, 8, 12), D(2025, 8, 19)]:
    ev("weekly_class", [PR], [r(PR, "Sr. Yoga in the Park 🧘", d, "9a", "10a", "Founders Park", typ="Recreation Program")])
for d in [D(2025, 9, 9), D(2025, 11, 11), D(2026, 1, 13), D(2026, 3, 10)]:
    ev("monthly_class", [F], [r(F, "CPR Class", d, "6p", "8p", "Fire Station 1", "310 Aspen Ave", typ="CPR Class")])
ev("same_title_other_place", [CS], [r(CS, "CPR Class", D(2026, 3, 10), "6p", "8p", "Senior Center", "220 Birch St",
   typ="CPR Class", desc="taught by our HEART clinicians for seniors")])
ev("same_park_two_programs", [P], [r(P, "Neighborhood Watch Mtg", D(2025, 7, 26), "6:30p", "8p",
   "Founders Park community room", typ="Community Meeting")])
ev("internal", [P], [r(P, "NNO planning - staff", D(2025, 7, 22), "2p", "3p", "PRPD conf rm", vis="Internal")])
ev("internal", [EM], [r(EM, "EOC activation drill (staff only)", D(2025, 11, 5), "8a", "5p", "EOC", vis="Internal")])
ev("internal", [E9], [r(E9, "QA review - internal", D(2026, 2, 10), "1p", "3p", "PRECC", vis="Internal")])
ev("internal", [F], [r(F, "Annual hose testing", D(2026, 6, 2), "8a", "4p", "Fire Station 2", vis="Internal")])
ev("cancelled", [PR], [r(PR, "Concert in the Park - RAINED OUT", D(2025, 7, 31), "6:30p", "8:30p", "Town Square",
   typ="Festival")], status="cancelled")
ev("cancelled", [P], [r(P, "Bike patrol meet & greet", D(2025, 9, 18), "5p", "6p", "Town Square",
   status="Cxl")], status="cancelled")
singles = [
    (PR, "Pickleball Tourney 🏓", D(2025, 8, 23), "8a", "2p", "Rec Center courts"),
    (CS, "Violence Prevention Community Conversation", D(2025, 10, 14), "6p", "7:30p", "Grange Hall"),
    (E9, "Dispatcher Appreciation Lunch", D(2026, 4, 16), "11:30a", "1p", "PRECC break room"),
    (EM, "Ham Radio Field Day 📻", D(2026, 6, 27), "8a", "6p", "Ridgeview Ballfields"),
    (P, "Citizens Academy - week 1", D(2026, 1, 8), "6p", "9p", "PRPD training room"),
    (P, "Citizens Academy - week 2", D(2026, 1, 15), "6p", "9p", "PRPD training room"),
    (F, "Junior Fire Marshal camp", D(2025, 7, 14), "9a", "3p", "Fire Station 1"),
    (PR, "Halloween Costume Skate", D(2025, 10, 30), "6p", "8p", "Rec Center ice rink"),
    (CS, "Explorers presentation", D(2025, 11, 19), "4p", "5p", "PR Middle School"),
    (PR, "Ugly Sweater 5K", D(2025, 12, 13), "9a", "11a", "Founders Park"),
    (EM, "CERT Basic Training (night 1)", D(2026, 2, 3), "6p", "9p", "EOC training room"),
    (EM, "CERT Basic Training (night 2)", D(2026, 2, 10), "6p", "9p", "EOC training room"),
    (F, "Station 2 Open House", D(2026, 3, 21), "10a", "1p", "Fire Station 2"),
    (PR, "Easter Egg Hunt 🐣", D(2026, 4, 4), "10a", "noon", "Founders Park"),
    (CS, "Senior scam awareness talk", D(2026, 4, 21), "1p", "2p", "Senior Center"),
    (P, "K9 demo for Scouts", D(2026, 5, 12), "6:30p", "7:30p", "PRPD back lot"),
    (PR, "Summer Camp registration night", D(2026, 5, 14), "5p", "7p", "Rec Center"),
    (E9, "911 for Seniors talk", D(2025, 9, 24), "10a", "11a", "Senior Center"),
    (CS, "Youth Mentoring Kickoff", D(2025, 9, 4), "after school", "", "PR Middle School"),
    (F, "Chimney safety clinic", D(2025, 11, 1), "10a", "11a", "Fire Station 3"),
    (PR, "Winter Lights Walk", D(2025, 12, 19), "5p", "8p", "Willow Creek trail"),
    (P, "Women's self defense class", D(2026, 2, 24), "6p", "8p", "Rec Center multipurpose rm"),
    (EM, "Flood insurance info night", D(2026, 4, 8), "6:30p", "7:30p", "Library community rm"),
    (F, "Fireworks safety PSA shoot", D(2026, 6, 24), "9a", "11a", "Fire Station 1"),
]
for tab, title, d, t, end, loc in singles:
    ev("single", [tab], [r(tab, title, d, t, end, loc, typ="Other")])
# Parks' own skate night the week after the joint one: same place, title alike, other day
ev("single", [PR], [r(PR, "Skate Night ⛸️", D(2026, 2, 21), "6p", "9p", "Rec Center ice rink")])
# second pancake breakfast at another station, same morning as nothing - different month
ev("single", [F], [r(F, "Station 1 Pancake Breakfast", D(2025, 9, 14), "7a", "10a", "Fire Station 1")])

# ---------------------------------------------------------------- invalid rows
INVALID = [
    r(PR, "", D(2025, 8, 26), "6p", "8p", "Rec Center"),
    r(P, "Coffee w/ a Cop", None, "8a", "10a", "Daily Grind", datestr="TBD"),
    r(F, "Smoke alarm blitz", None, "9a", "1p", "Cedar Heights", datestr="13/45/2025"),
    r(CS, "Resource table", D(2026, 4, 11), "5pm", "3pm", "Kroger"),
]

# ---------------------------------------------------------------- write the workbook
HEADERS = ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Lead Department",
           "Partner Departments", "Event Type", "Description", "Visibility", "Status", "Internal Notes"]
E9_HEADERS = {"Title": "Event Name", "Start Date": "Date", "Start Time": "Time", "Location": "Venue",
              "Partner Departments": "Partners", "Internal Notes": "Notes"}

by_tab = defaultdict(list)
for e in EVENTS:
    for tab, f in e["rows"]:
        by_tab[tab].append((e["key"], f, True))
for tab, f in INVALID:
    by_tab[tab].append((None, f, False))


def sort_key(item):
    d = item[1]["_date"] or date(2025, 8, 27)
    return (d, rnd.random())


wb = openpyxl.Workbook()
wb.remove(wb.active)
truth = []
for tab in TABS:
    ws = wb.create_sheet(tab)
    hdr = [E9_HEADERS.get(h, h) if tab == E9 else h for h in HEADERS]
    ws.append(hdr)
    items = sorted(by_tab[tab], key=sort_key)
    for i, (key, f, valid) in enumerate(items, start=2):
        vals = []
        for h in HEADERS:
            v = f[h]
            if h == "Start Date" and isinstance(v, date):
                # phones: mostly date cells, some typed
                style = rnd.random()
                if style < 0.15:
                    v = f"{v.month}/{v.day}/{v.year}"
                elif style < 0.22:
                    v = v.strftime("%b ") + str(v.day) + ", " + str(v.year)
            vals.append(v)
        ws.append(vals)
        if isinstance(ws.cell(i, 2).value, date):
            ws.cell(i, 2).number_format = "m/d/yyyy"
        truth.append({"tab": tab, "row": i, "event_key": key or f"INVALID{len(truth)}",
                      "valid": "yes" if valid else "no"})
wb.save(HERE / "intake.xlsx")

with open(HERE / "truth.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["tab", "row", "event_key", "valid"])
    w.writeheader()
    w.writerows(truth)

# ---------------------------------------------------------------- expected figures
def month(d):
    return f"{d.year}-{d.month:02d}"


def fq(d):
    q = ((d.month - 7) % 12) // 3 + 1
    fy = d.year + 1 if d.month >= 7 else d.year
    return f"FY{fy % 100:02d}-Q{q}"


months = {month(date(2025 + (m >= 1 and m < 7), m, 1)): {"events": 0, "joint_events": 0}
          for m in list(range(7, 13)) + list(range(1, 7))}
quarters = {f"FY26-Q{q}": {"events": 0, "joint_events": 0, "all_department_events": 0} for q in range(1, 5)}
pos = {(t["tab"], t["row"]): t for t in truth}
row_of = defaultdict(list)
for t in truth:
    row_of[t["event_key"]].append(f"{t['tab']}!{t['row']}")
families = defaultdict(lambda: {"events": 0, "event_keys": [], "rows": [], "note": ""})
event_departments, public, internal_titles = {}, 0, []
for e in EVENTS:
    d = e["rows"][0][1]["_date"]
    joint = len(e["depts"]) >= 2
    if joint:
        event_departments[e["key"]] = e["depts"]
    if any(f["Visibility"] == "Public" for _, f in e["rows"]):
        public += 1
    else:
        internal_titles += [f["Title"] for _, f in e["rows"]]
    fam = families[e["family"]]
    fam["events"] += 1
    fam["event_keys"].append(e["key"])
    fam["rows"] += row_of[e["key"]]
    if e["status"] == "cancelled":
        continue
    months[month(d)]["events"] += 1
    quarters[fq(d)]["events"] += 1
    if joint:
        months[month(d)]["joint_events"] += 1
        quarters[fq(d)]["joint_events"] += 1
    if len(e["depts"]) == 6:
        quarters[fq(d)]["all_department_events"] += 1

for e in EVENTS:
    if e["note"]:
        DEBATABLE.append({"event_key": e["key"], "rows": row_of[e["key"]], "note": e["note"]})
DEBATABLE.append({"event_key": "(Splash Pad, Fall Fest, Shop with a Cop, Listening Session, Youth Basketball, "
                  "Telecommunicator Week)", "note": "partner named only in Description prose; labelled joint"})

expected = {
    "flavour": "v51-pine-ridge",
    "rows": len(truth), "invalid_rows": sum(t["valid"] == "no" for t in truth),
    "events": len(EVENTS),
    "joint_events": len(event_departments),
    "public_events": public,
    "cancelled_events": sum(e["status"] == "cancelled" for e in EVENTS),
    "internal_titles": internal_titles,
    "months": months, "fiscal_quarters": quarters,
    "duplicate_pairs": [[a, b] for k, rows in row_of.items() if not k.startswith("INVALID")
                        for i, a in enumerate(rows) for b in rows[i + 1:]],
    "calendar_sources": [],
    "event_departments": event_departments,
    "event_family": {e["key"]: e["family"] for e in EVENTS},
    "families": families,
    "debatable": DEBATABLE,
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=1, default=str, ensure_ascii=False))
print(f"rows {len(truth)}, events {len(EVENTS)}, joint {len(event_departments)}, "
      f"joint not cancelled {sum(v['joint_events'] for v in months.values())}")
