"""Labelled intake set v62: the City of Tamsin, county seat of Tamsin County (America/Los_Angeles),
fiscal year = calendar year 2026 (fiscal_year_start_month 1).

Six department tabs (Police, Fire, Community Safety, 911 Emergency Communications with its own
header names, Emergency Management, Parks and Recreation). Staff type what THEY do ("PD presence",
"Our booth", "Medic standby", "Seniors", "Girl Scouts troop 12") and name the host event, if at
all, in Location / Description / Internal Notes. Venues shared by unrelated events on one day
(TC Fairgrounds, Valley Oaks Mall, Main Library, Hillcrest Middle School, Veterans Memorial Park).
Titles/places drawn from ../shared/realdata (Pittsburgh NNO 2025 list, NYC permit titles and
field/park naming, Durham programmes: Sound the Alarm, Remembering When, Coffee with a Cop,
Telecommunicators Week open house, CERT class).

Writes intake.xlsx, truth.csv (tab,row,event_key,valid), expected.json (scorer's fields).
Deterministic (random.seed(62)).
"""
import csv
import datetime as dt
import json
import random
from collections import defaultdict
from pathlib import Path

import openpyxl

random.seed(62)
HERE = Path(__file__).resolve().parent

P, F, CS, EC, EM, PR = ("Police", "Fire", "Community Safety", "911 Emergency Communications",
                        "Emergency Management", "Parks and Recreation")
DEPT = {P: "Police", F: "Fire", CS: "Community Safety", EC: "Emergency Communications",
        EM: "Emergency Management", PR: "Parks and Recreation"}
TABS = [P, F, CS, EC, EM, PR]
CANON = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
         "Lead Department", "Partner Departments", "Event Type", "Description", "Audience", "Visibility",
         "Status", "Contact", "Internal Notes"]
# 911 tab uses other header names (all covered by source.column_aliases)
HDR_911 = {"Title": "Event Title", "Start Date": "Event Date", "Start Time": "Time", "Location": "Place",
           "Lead Department": "Host Department", "Partner Departments": "Partner Depts",
           "Event Type": "Category", "Internal Notes": "Staff Notes", "Contact": "Point of Contact"}
KEYMAP = {"T": "Title", "D": "Start Date", "S": "Start Time", "ED": "End Date", "E": "End Time",
          "L": "Location", "A": "Address", "LD": "Lead Department", "PD": "Partner Departments",
          "TY": "Event Type", "DS": "Description", "AU": "Audience", "V": "Visibility", "ST": "Status",
          "C": "Contact", "N": "Internal Notes", "ID": "Event ID"}

EVENTS = []   # dicts: key, fam, depts, day, cancelled, internal, rows=[(tab, fields)]
INVALID = []  # (tab, fields)
_n = [0]


def d(s):
    return dt.date.fromisoformat(s)


def ev(fam, depts, day, rows, cancelled=False, internal=False, note=""):
    _n[0] += 1
    key = f"T{_n[0]:03d}"
    EVENTS.append(dict(key=key, fam=fam, depts=sorted({DEPT.get(x, x) for x in depts}), day=d(day),
                       cancelled=cancelled, internal=internal, note=note, rows=rows))
    return key


def r(tab, **kw):
    f = {KEYMAP[k]: v for k, v in kw.items()}
    f.setdefault("Visibility", "Public")
    if "Lead Department" not in f:
        f["Lead Department"] = {P: "Police", F: "Fire", CS: "Community Safety", EC: "911",
                                EM: "Emergency Mgmt", PR: "Parks & Rec"}[tab]
    if isinstance(f.get("Start Date"), str) and len(f["Start Date"]) == 10 and f["Start Date"][4] == "-":
        f["Start Date"] = d(f["Start Date"])
    return (tab, f)


# ------------------------------------------------------------------ background: weekly / monthly series
for day in ["2026-02-05", "2026-02-12", "2026-02-19", "2026-02-26"]:
    ev("weekly_series_single", [PR], day, [r(PR, T="Youth Basketball League (gr 6-8)", D=day, S="6:00 PM", E="8:00 PM",
                                             L="Hillcrest MS Gym", A="455 Hillcrest Dr", TY="Youth Program")])
for day in ["2026-03-05", "2026-03-12", "2026-03-26"]:
    ev("weekly_series_single", [EM], day, [r(EM, T="CERT Basic Training", D=day, S="7:00 PM", E="9:00 PM",
                                             L="EOC Training Room, 60 Justice Way", TY="Safety Education")])
# CERT week 3 with Fire guest
ev("series_partner_one_session", [EM, F], "2026-03-19", [
    r(EM, T="CERT Basic Training", D="2026-03-19", S="7:00 PM", E="9:00 PM", L="EOC Training Room, 60 Justice Way",
      TY="Safety Education"),
    r(F, T="Guest speaker", D="2026-03-19", S="7pm", E="8:15pm", L="EOC Trng Rm",
      DS="CERT wk 3 - fire suppression / extinguisher module for OEM's class", TY="Safety Education")])
for day in ["2026-07-01", "2026-07-08", "2026-07-29"]:
    ev("weekly_series_single", [PR], day, [r(PR, T="Summer Day Camp @ Sutter", D=day, S="9:00 AM", E="3:00 PM",
                                             L="Sutter Rec Center", A="1415 Sutter Ave", TY="Youth Program")])
ev("series_partner_one_session", [PR, F], "2026-07-15", [
    r(PR, T="Summer Day Camp @ Sutter", D="2026-07-15", S="9:00 AM", E="3:00 PM", L="Sutter Rec Center",
      A="1415 Sutter Ave", TY="Youth Program"),
    r(F, T="Demo", D="2026-07-15", S="10:00 AM", E="11:00 AM", L="Sutter Rec Ctr",
      DS="Engine 4 crew - hose demo + stop drop roll for the day campers", TY="Safety Education")])
ev("series_partner_one_session", [PR, P], "2026-07-22", [
    r(PR, T="Summer Day Camp @ Sutter", D="2026-07-22", S="9:00 AM", E="3:00 PM", L="Sutter Rec Center",
      A="1415 Sutter Ave", TY="Youth Program"),
    r(P, T="Demo", D="2026-07-22", S="10:30am", E="11:15am", L="1415 Sutter Ave",
      DS="K9 demo for Parks' summer camp kids", TY="Safety Education")])
# Fire's monthly hands-only CPR class at the Main Library Community Room A
for day in ["2026-01-28", "2026-03-25", "2026-04-22", "2026-09-23"]:
    ev("monthly_class_single", [F], day, [r(F, T="Hands-Only CPR (community class)", D=day, S="6:00 PM",
                                            E="8:00 PM", L="Main Library - Community Room A", A="310 W 4th St",
                                            TY="CPR Class")])
# Feb class double-entered in Fire's tab
ev("double_entry_one_tab", [F], "2026-02-25", [
    r(F, T="Hands-Only CPR (community class)", D="2026-02-25", S="6:00 PM", E="8:00 PM",
      L="Main Library - Community Room A", A="310 W 4th St", TY="CPR Class"),
    r(F, T="CPR class - Feb", D="2/25/2026", S="6pm", E="8pm", L="Main Lib Rm A", TY="CPR Class",
      N="re-entered, couldn't find Jen's row")])
# same evening, same library, other room: CS neighborhood meeting
ev("same_venue_same_hour_apart", [CS], "2026-02-25", [
    r(CS, T="Westside Neighbors meeting", D="2026-02-25", S="6:30 PM", E="8:00 PM", L="Main Library - Oak Room",
      A="310 W 4th St", TY="Community Meeting", DS="Monthly neighborhood association meeting; CSD hosts.")])

# ------------------------------------------------------------------ January
ev("role_only_titles", [EM, EC], "2026-01-14", [
    r(EM, T="Winter Ready Tamsin", D="2026-01-14", S="6:00 PM", E="7:30 PM", L="Main Library - Oak Room",
      A="310 W 4th St", TY="Safety Education", DS="Storm and power-outage prep night."),
    r(EC, T="Talk", D="2026-01-14", S="6:15 PM", E="6:45 PM", L="TC Library Oak Rm",
      DS="When to call 911 when the power's out - part of OEM's winter night")])
ev("partner_only_in_text", [PR, CS], "2026-01-19", [
    r(PR, T="MLK Day of Service", D="2026-01-19", S="9:00 AM", E="1:00 PM", L="Sutter Rec Center",
      A="1415 Sutter Ave", TY="Other",
      DS="Park cleanup and care-kit packing. Community Safety care navigators will help with sign-in.")])
ev("audience_titles", [F, PR], "2026-01-24", [
    r(F, T="Seniors", D="2026-01-24", S="10a", E="11:30a", L="Senior Ctr, 225 Elm",
      DS="Remembering When - falls & fire safety talk", TY="Safety Education"),
    r(PR, T="Remembering When @ Senior Center", D="2026-01-24", S="10:00 AM", E="11:30 AM",
      L="Elm Street Senior Center", A="225 Elm St", PD="Fire", TY="Safety Education")])
ev("internal_single", [P], "2026-01-27", [
    r(P, T="Range qualification", D="2026-01-27", S="8:00 AM", E="4:00 PM", L="TPD Range, 4100 Quarry Rd",
      V="Internal", TY="Other")])

# ------------------------------------------------------------------ February
ev("role_only_titles", [PR, F, P], "2026-02-07", [
    r(PR, T="Touch-a-Truck", D="2026-02-07", S="10:00 AM", E="1:00 PM", L="Valley Oaks Mall - north lot",
      A="2200 Orchard Ave", TY="Youth Program"),
    r(F, T="Engine 7", D="2026-02-07", S="10:30 AM", E="12:00 PM", L="VO Mall N. lot", TY="Youth Program"),
    r(P, T="PD presence", D="2026-02-07", S="10am", E="1pm", L="Valley Oaks Mall",
      DS="Parks' Touch-a-Truck - K9 car + 2 officers")])
ev("same_venue_same_hour_apart", [CS], "2026-02-07", [
    r(CS, T="Info table", D="2026-02-07", S="11:00 AM", E="2:00 PM", L="Valley Oaks Mall - Center Court (by food court)",
      A="2200 Orchard Ave", TY="Community Meeting",
      DS="Our own monthly resource table inside the mall. Not part of the truck event outside.")])
ev("role_only_titles", [P, CS, EC], "2026-02-19", [
    r(P, T="Chief's Community Forum", D="2026-02-19", S="6:30 PM", E="8:00 PM",
      L="Hillcrest Middle School Cafeteria", A="455 Hillcrest Dr", TY="Town Hall"),
    r(CS, T="Guest speaker", D="2026-02-19", S="6:30p", E="7:00p", L="Hillcrest MS caf",
      DS="HEART update at the Chief's forum"),
    r(EC, T="Attend", D="2026-02-19", S="6:30", E="8", L="HMS",
      N="Dispatch supervisor answering Q's at PD forum")])

# ------------------------------------------------------------------ March
ev("setup_time_place_forms", [F, CS], "2026-03-07", [
    r(F, T="Sound the Alarm", D="2026-03-07", S="9am-2pm", L="Fire Station 2, 901 Mill St",
      TY="Smoke Alarm Install", DS="Free smoke alarm installs, Eastside, w/ Red Cross volunteers"),
    r(CS, T="Door knocking", D="3/7/2026", S="8:30 AM", E="1:30 PM", L="Station 2 (Mill St)",
      DS="Canvass with Fire - smoke alarms, Eastside blocks")])
ev("same_venue_same_hour_apart", [CS, P], "2026-03-14", [
    r(CS, T="Community Resource Fair", D="2026-03-14", S="11:00 AM", E="2:00 PM",
      L="Main Library - Community Room A", A="310 W 4th St", TY="Community Meeting"),
    r(P, T="Info table", D="2026-03-14", S="11am", E="1pm", L="Main Lib Rm A",
      DS="victim services + crime prevention at CSD's fair")])
ev("same_venue_same_hour_apart", [PR], "2026-03-14", [
    r(PR, T="Seed Library Swap", D="2026-03-14", S="11:00 AM", E="1:00 PM", L="Main Library - Oak Room",
      A="310 W 4th St", TY="Recreation Program")])
ev("role_only_titles", [EM, F, EC], "2026-03-28", [
    r(EM, T="Emergency Preparedness Fair", D="2026-03-28", S="10:00 AM", E="3:00 PM",
      L="Tamsin County Fairgrounds - Expo Hall", A="1800 Fairground Rd", TY="Safety Education"),
    r(F, T="CPR tent at prep fair", D="2026-03-28", S="10am", E="2pm", L="Fairgrounds Expo Hall",
      TY="CPR Class"),
    r(EC, T="Our booth", D="2026-03-28", S="10a-3p", L="Tamsin Co. Fgrnds Expo Hall")])
ev("same_venue_same_hour_apart", [PR], "2026-03-28", [
    r(PR, T="Youth rodeo clinic", D="2026-03-28", S="9:00 AM", E="12:00 PM", L="TC Fairgrounds - Arena",
      A="1800 Fairground Rd", TY="Youth Program")])

# ------------------------------------------------------------------ April
ev("same_title_diff_place_apart", [F], "2026-04-08", [
    r(F, T="Girl Scouts troop 12", D="2026-04-08", S="6:00 PM", E="7:00 PM", L="Fire Station 2",
      A="901 Mill St", TY="Youth Program", DS="Station tour + badge work")])
ev("same_title_diff_place_apart", [P], "2026-04-08", [
    r(P, T="Girl Scouts troop 12", D="2026-04-08", S="4:00 PM", E="5:00 PM", L="PD lobby, 100 Court St",
      TY="Youth Program", DS="Troop 12 visit - fingerprinting, patrol car")])
ev("role_only_titles", [EC, P], "2026-04-14", [
    r(EC, T="Dispatch Open House (Telecommunicators Wk)", D="2026-04-14", S="4:00 PM", E="7:00 PM",
      L="Tamsin 911 Center", A="60 Justice Way", TY="Open House"),
    r(P, T="Support", D="2026-04-14", S="4:30 PM", E="5:30 PM", L="60 Justice Way",
      DS="K9 demo for 911's open house")])
ev("internal_single", [EM], "2026-04-14", [
    r(EM, T="EOC quarterly staff mtg", D="2026-04-14", S="2:00 PM", E="4:00 PM", L="EOC, 60 Justice Way Bldg B",
      V="Internal", TY="Other")])
ev("role_only_titles", [PR, CS], "2026-04-18", [
    r(PR, T="Earth Day Park Cleanup", D="2026-04-18", S="9:00 AM", E="12:00 PM",
      L="Veterans Memorial Park - Pavilion 1", A="700 River Rd", TY="Other"),
    r(CS, T="Volunteers", D="2026-04-18", S="9-12", L="Vets Park Pav 1", DS="crew helping at Parks' thing")])
ev("same_venue_same_hour_apart", [PR], "2026-04-18", [
    r(PR, T="Little League Opening Day", D="2026-04-18", S="9:00 AM", E="1:00 PM",
      L="Veterans Memorial Park - Field 2", A="700 River Rd", TY="Recreation Program")])
# Bike rodeo: rained out 4/25, moved to 5/2 by Police and Parks; Fire's row still on 4/25, Postponed
ev("rain_date_one_tab", [P, F, PR], "2026-05-02", [
    r(P, T="Bike Rodeo", D="2026-05-02", S="10:00 AM", E="1:00 PM", L="Hillcrest Middle School - back lot",
      A="455 Hillcrest Dr", TY="Youth Program", DS="Rain date - moved from 4/25."),
    r(F, T="Helmet fitting", D="2026-04-25", S="10am", E="12pm", L="Hillcrest Middle Sch. lot", ST="Postponed",
      DS="at PD's bike rodeo"),
    r(PR, T="Staffing", D="2026-05-02", S="10:00 AM", E="1:00 PM", L="HMS back lot", V="Internal",
      N="cones + 2 staff for the bike rodeo (rain date)")])
ev("internal_joint", [EM, EC, P], "2026-04-29", [
    r(EM, T="Tabletop exercise - dam failure", D="2026-04-29", S="9:00 AM", E="12:00 PM",
      L="EOC, 60 Justice Way Bldg B", V="Internal", TY="Other"),
    r(EC, T="TTX", D="2026-04-29", S="9am", E="12pm", L="EOC", V="Internal"),
    r(P, T="Attend", D="2026-04-29", S="9:00 AM", E="11:00 AM", L="EOC Bldg B", V="Internal",
      N="Lt. Ramos to OEM tabletop")], internal=True)

# ------------------------------------------------------------------ May
ev("all_department", [P, F, CS, EC, EM, PR], "2026-05-16", [
    r(P, T="Public Safety Expo", D="2026-05-16", S="10:00 AM", E="4:00 PM", L="Valley Oaks Mall - Center Court",
      A="2200 Orchard Ave", TY="Festival", DS="Annual expo w/ Fire, 911 and OEM. Kids ID kits."),
    r(F, T="Ladder 3 display", D="2026-05-16", S="10:00", E="2:00", L="VO Mall lot (Orchard side)",
      DS="for PD's expo"),
    r(CS, T="Info table", D="2026-05-16", S="10am", E="4pm", L="Valley Oaks Mall", DS="at PD's expo"),
    r(EC, T="Our booth", D="2026-05-16", S="10-4", L="Valley Oaks Mall ctr court", DS="text-to-911 demo"),
    r(EM, T="Go-kit demo", D="2026-05-16", S="11:00 AM", E="3:00 PM", L="VOM Center Ct"),
    r(PR, T="Kids zone", D="2026-05-16", S="10a-4p", L="Valley Oaks Mall", N="bounce house for the expo")])
ev("same_title_diff_place_apart", [P, CS], "2026-05-21", [
    r(P, T="Coffee with a Cop", D="2026-05-21", S="8:00 AM", E="10:00 AM", L="Grindstone Coffee",
      A="118 Main St", TY="Community Meeting"),
    r(CS, T="Coffee w/ cops", D="2026-05-21", S="8am", E="9:30am", L="Grindstone, Main St",
      DS="HEART joining PD's coffee")])
ev("same_title_diff_place_apart", [P], "2026-05-21", [
    r(P, T="Coffee with a Cop", D="2026-05-21", S="8:00 AM", E="10:00 AM", L="Java Junction",
      A="2010 Orchard Ave", TY="Community Meeting", DS="South beat officers")])
ev("cancelled_single", [P], "2026-05-30", [
    r(P, T="CANCELLED: Shred Day", D="2026-05-30", S="9:00 AM", E="12:00 PM", L="City Hall lot, 100 Court St",
      TY="Other")], cancelled=True)

# ------------------------------------------------------------------ June
ev("role_only_titles", [PR, F], "2026-06-06", [
    r(PR, T="Water Safety Day", D="2026-06-06", S="11:00 AM", E="3:00 PM", L="Sutter Pool", A="1415 Sutter Ave",
      TY="Safety Education"),
    r(F, T="Medic standby", D="2026-06-06", S="11am", E="3pm", L="Sutter pool")])
ev("partner_only_in_text", [P, F], "2026-06-10", [
    r(P, T="Rotary", D="2026-06-10", S="noon", E="1:00 PM", L="Elks Lodge, 505 Main St", TY="Community Meeting",
      DS="Chief presenting the annual report at Rotary lunch, w/ TFD (Fire Chief Okafor)")])
ev("role_only_titles", [PR, P, F], "2026-06-13", [
    r(PR, T="Juneteenth Celebration", D="2026-06-13", S="12:00 PM", E="6:00 PM", L="Courthouse Square",
      A="100 Court St", TY="Festival"),
    r(P, T="Traffic", D="2026-06-13", S="11:30am", E="6:30pm", L="Main & Court St", V="Internal",
      N="street closure for Juneteenth"),
    r(F, T="Medic standby", D="2026-06-13", S="noon", E="6pm", L="Courthouse Sq")])
ev("role_only_titles", [EM, F], "2026-06-24", [
    r(EM, T="Ready, Set, Go! Wildfire Workshop", D="2026-06-24", S="6:00 PM", E="8:00 PM",
      L="Oak Ridge Grange Hall", A="3300 Ridge Rd", TY="Safety Education"),
    r(F, T="Talk", D="2026-06-24", S="6-8p", L="Oak Ridge Grange, 3300 Ridge Rd",
      DS="defensible space talk at OEM's wildfire night")])

# ------------------------------------------------------------------ July
ev("role_only_titles", [PR, P, F], "2026-07-04", [
    r(PR, T="Independence Day Celebration & Fireworks", D="2026-07-04", S="6:00 PM", E="10:00 PM",
      L="Veterans Memorial Park", A="700 River Rd", TY="Festival"),
    r(P, T="Traffic", D="2026-07-04", S="5:30 PM", E="11:00 PM", L="River Rd & 7th St", V="Internal",
      N="closures for the 4th at Vets Park"),
    r(F, T="Standby", D="2026-07-04", S="8:00 PM", E="10:30 PM", L="Vets Park",
      DS="Engine 7 + medic unit for the fireworks")])

# ------------------------------------------------------------------ August: National Night Out (Tue Aug 4)
nno = [("Laurel Ave Annual NNO Block Party", "1519 Laurel Ave", "5:30 PM", "8:30 PM"),
       ("NNO - Laurel Ave (1521)", "1521 Laurel Ave", "6:00 PM", "8:00 PM"),
       ("North Elm St NNO", "412 N Elm St", "6:00 PM", "8:00 PM"),
       ("South Elm Block Party", "412 S Elm St", "6:00 PM", "8:30 PM"),
       ("Willow Ct cul-de-sac NNO", "Willow Ct (cul-de-sac)", "5:00 PM", "7:30 PM"),
       ("Sunnybrook Apts NNO Fun Night", "Sunnybrook Apts clubhouse, 800 Orchard Ave", "5:00 PM", "8:00 PM"),
       ("Hillcrest Neighbors NNO", "Hillcrest MS field, 455 Hillcrest Dr", "6:00 PM", "8:00 PM"),
       ("Mill St Community & Law Enforcement Fun", "Mill St between 8th & 9th", "4:30 PM", "7:30 PM")]
extra = {
    "1519 Laurel Ave": [r(F, T="Engine 7 drop-by", D="2026-08-04", S="6:30 PM", E="7:00 PM", L="1519 Laurel",
                          DS="NNO visit")],
    "412 N Elm St": [r(CS, T="Info table", D="2026-08-04", S="6pm", E="7:30pm", L="412 N. Elm",
                       DS="NNO - care navigators")],
    "Sunnybrook Apts clubhouse, 800 Orchard Ave": [r(F, T="E4 visit", D="2026-08-04", S="6:45p", E="7:15p",
                                                     L="Sunnybrook Apts", DS="NNO drop by, Engine 4")],
}
for t, a, s, e in nno:
    rows = [r(P, T=t, D="2026-08-04", S=s, E=e, L=a, TY="National Night Out", LD="Police")] + extra.get(a, [])
    ev("nno_block_parties", [P] + ([F] if a in ("1519 Laurel Ave", "Sunnybrook Apts clubhouse, 800 Orchard Ave")
                                    else []) + ([CS] if a == "412 N Elm St" else []), "2026-08-04", rows)
ev("same_venue_same_hour_apart", [PR], "2026-08-04", [
    r(PR, T="Movie in the Park: Moana 2", D="2026-08-04", S="7:30 PM", E="10:00 PM",
      L="Veterans Memorial Park - Pavilion 3", A="700 River Rd", TY="Recreation Program")])
# County fair: Police range cell, Fire day by day, EM one day
ev("multi_day_range_vs_days", [P, F, EM], "2026-08-14", [
    r(P, T="Fair detail", D="Aug 14-16, 2026", S="10:00 AM", E="11:00 PM", L="TC Fairgrounds",
      DS="Tamsin County Fair - patrol + lost kids"),
    r(F, T="First aid station - Fair day 1", D="2026-08-14", S="10am", E="10pm", L="Fairgrounds Bldg C"),
    r(F, T="First aid station - Fair day 2", D="2026-08-15", S="10am", E="10pm", L="Fairgrounds Bldg C"),
    r(F, T="First aid station - Fair day 3", D="2026-08-16", S="10am", E="8pm", L="Fairgrounds Bldg C"),
    r(EM, T="Our booth", D="2026-08-15", S="11:00 AM", E="5:00 PM", L="Fgrnds Expo Hall",
      DS="preparedness booth at the county fair")])
ev("cancelled_single", [PR], "2026-08-21", [
    r(PR, T="Movie in the Park", D="2026-08-21", S="8:00 PM", E="10:00 PM", L="Veterans Memorial Park",
      A="700 River Rd", ST="Rained out", TY="Recreation Program")], cancelled=True)
ev("role_only_titles", [PR, P, CS], "2026-08-22", [
    r(PR, T="Back to School Bash", D="2026-08-22", S="10:00 AM", E="1:00 PM", L="Hillcrest Middle School",
      A="455 Hillcrest Dr", TY="Youth Program"),
    r(P, T="SRO meet & greet", D="2026-08-22", S="10:30 AM", E="12:00 PM", L="Hillcrest Middle"),
    r(CS, T="Backpacks", D="2026-08-22", S="10-1", L="HMS front lawn", DS="backpack giveaway at Parks' bash")])
ev("same_venue_same_hour_apart", [F], "2026-08-22", [
    r(F, T="Hands-Only CPR (community class)", D="2026-08-22", S="12:00 PM", E="2:00 PM",
      L="Hillcrest MS Library", A="455 Hillcrest Dr", TY="CPR Class",
      DS="Our regular class, separate registration - not part of the Bash.")])

# ------------------------------------------------------------------ September
ev("role_only_titles", [P, CS], "2026-09-03", [
    r(P, T="PTA", D="2026-09-03", S="6:30 PM", E="7:30 PM", L="Hillcrest MS Library", DS="SRO update at Hillcrest PTA"),
    r(CS, T="PTA mtg", D="2026-09-03", S="6:45 PM", E="7:30 PM", L="Hillcrest Middle School library",
      DS="HEART intro at the PTA")])
ev("same_venue_same_hour_apart", [PR], "2026-09-03", [
    r(PR, T="Volleyball open gym", D="2026-09-03", S="6:00 PM", E="8:00 PM", L="Hillcrest MS Gym",
      A="455 Hillcrest Dr", TY="Recreation Program")])
ev("all_department", [EM, F, P, EC, CS, PR], "2026-09-12", [
    r(EM, T="Tamsin Ready Day", D="2026-09-12", S="10:00 AM", E="2:00 PM", L="Tamsin County Fairgrounds - Expo Hall",
      A="1800 Fairground Rd", PD="Fire, Police, 911, Community Safety, Parks", TY="Safety Education"),
    r(F, T="Extrication demo", D="2026-09-12", S="10:30 AM", E="12:00 PM", L="TC Fairgrounds Expo Hall"),
    r(P, T="Staffing", D="2026-09-12", S="9:00 AM", E="3:00 PM", L="TC Fgrnds", V="Internal",
      N="4 officers for OEM's Ready Day"),
    r(EC, T="Text-to-911 booth", D="2026-09-12", S="10a", E="2p", L="Tamsin County Fairgrounds"),
    r(PR, T="Support", D="2026-09-12", L="Fairgrounds", N="tables/chairs for OEM's Ready Day", V="Internal")])
ev("same_venue_same_hour_apart", [PR], "2026-09-12", [
    r(PR, T="Harvest Swap Meet", D="2026-09-12", S="7:00 AM", E="1:00 PM", L="TC Fairgrounds - North Lot",
      A="1800 Fairground Rd", TY="Recreation Program")])
ev("hedged_partner", [CS], "2026-09-17", [
    r(CS, T="Neighborhood Safety Walk - Eastside", D="2026-09-17", S="6:00 PM", E="7:30 PM", L="Mill St & 9th St",
      DS="Police invited, not confirmed.", TY="Community Meeting")])
ev("partner_unit_in_text", [CS, P], "2026-09-24", [
    r(CS, T="Neighborhood Safety Walk - Westside", D="2026-09-24", S="6:00 PM", E="7:30 PM",
      L="Laurel Ave & 12th St", DS="Walking w/ Beat 3 officers.", TY="Community Meeting")])
ev("hedged_partner", [F], "2026-09-26", [
    r(F, T="Pancake Breakfast", D="2026-09-26", S="8:00 AM", E="11:00 AM", L="Fire Station 2", A="901 Mill St",
      DS="Annual fundraiser for the burn fund. No police this year.", TY="Open House")])
ev("other_body_police", [CS], "2026-09-29", [
    r(CS, T="Seniors - scam calls", D="2026-09-29", S="1:00 PM", E="2:00 PM", L="Elm Street Senior Center",
      A="225 Elm St", TY="Safety Education",
      DS="Deputies from the Tamsin County Sheriff's Office will co-present on phone scams.")])

# ------------------------------------------------------------------ October
ev("typed_for_other_dept", [EM], "2026-10-03", [
    r(EC, T="Go-kit class", D="2026-10-03", S="10:00 AM", E="11:30 AM", L="Oak Ridge Grange Hall", LD="Emergency Management",
      DS="Entered for Emergency Management - their tab was locked.", TY="Safety Education")])
ev("day_name_mismatch", [F, EC, P], "2026-10-10", [
    r(F, T="FPW Open House - Sta 2", D="2026-10-10", S="10:00 AM", E="2:00 PM", L="Fire Station 2", A="901 Mill St",
      TY="Open House", DS="Fire Prevention Week open house"),
    r(EC, T="Dispatcher table", D="Sat 10/9/2026", S="10:00", E="1:00", L="901 Mill"),
    r(P, T="PD presence", D="2026-10-10", S="10ish", E="12pm", L="Station 2")])
ev("role_only_titles", [EM, EC], "2026-10-15", [
    r(EM, T="Great ShakeOut drill", D="2026-10-15", S="10:15 AM", E="11:00 AM", L="Main Library", A="310 W 4th St",
      TY="Safety Education"),
    r(EC, T="Attend", D="2026-10-15", S="10am", E="11am", L="TCPL Main Branch",
      DS="helping OEM with the ShakeOut drill")])
ev("single_misc", [F], "2026-10-22", [
    r(F, T="Medic standby", D="2026-10-22", S="6:00 PM", E="9:00 PM", L="Hillcrest MS field",
      DS="8th grade football night")])
ev("cancelled_copy_one_tab", [PR, P, F], "2026-10-31", [
    r(PR, T="Trunk or Treat", D="2026-10-31", S="5:00 PM", E="8:00 PM", L="Valley Oaks Mall parking lot",
      A="2200 Orchard Ave", TY="Festival"),
    r(P, T="Trunk", D="2026-10-31", S="5-8p", L="Valley Oaks Mall parking lot"),
    r(F, T="Engine 7", D="2026-10-31", S="5:30", E="7:30", L="VO Mall", DS="trunk or treat"),
    r(CS, T="Our trunk", D="2026-10-31", S="5pm", E="8pm", L="Valley Oaks Mall lot", ST="Cancelled",
      N="short staffed, pulling out")])

# ------------------------------------------------------------------ November
ev("role_only_titles", [EC, EM], "2026-11-12", [
    r(EC, T="Town Hall: 911 dispatch consolidation", D="2026-11-12", S="6:00 PM", E="7:30 PM",
      L="City Hall Council Chambers", A="100 Court St", TY="Town Hall"),
    r(EM, T="Guest speaker", D="2026-11-12", S="6pm", E="7:30pm", L="City Hall Chambers")])
ev("audience_titles", [EM], "2026-11-14", [
    r(EM, T="Girl Scouts troop 12", D="2026-11-14", S="10:00 AM", E="11:00 AM", L="Oak Ridge Grange Hall",
      DS="go-bag demo for badge", TY="Youth Program")])
ev("cancelled_joint", [P, CS], "2026-11-19", [
    r(P, T="Winter coat drive", D="2026-11-19", S="4:00 PM", E="7:00 PM", L="Sutter Rec Center", A="1415 Sutter Ave",
      ST="Cancelled", PD="Community Safety"),
    r(CS, T="Coat drive - CANCELLED", D="2026-11-19", S="4pm", E="7pm", L="Sutter Rec Ctr")], cancelled=True)
ev("role_only_titles", [PR, P], "2026-11-26", [
    r(PR, T="Turkey Trot 5K", D="2026-11-26", S="8:00 AM", E="10:30 AM", L="Veterans Memorial Park",
      A="700 River Rd", TY="Recreation Program"),
    r(P, T="Traffic", D="2026-11-26", S="7:30 AM", E="10:30 AM", L="River Rd at 7th", V="Internal",
      N="road closure for Parks' Turkey Trot")])

# ------------------------------------------------------------------ December
ev("same_venue_same_hour_apart", [PR], "2026-12-04", [
    r(PR, T="Tree Lighting", D="2026-12-04", S="5:30 PM", E="7:00 PM", L="Courthouse Square", A="100 Court St",
      TY="Festival")])
ev("role_only_titles", [F, P], "2026-12-05", [
    r(F, T="Fill the Engine Toy Drive", D="2026-12-05", S="10:00 AM", E="4:00 PM", L="Valley Oaks Mall - Center Court",
      A="2200 Orchard Ave", TY="Other"),
    r(P, T="Escort", D="2026-12-05", S="3:30 PM", E="4:30 PM", L="Valley Oaks Mall",
      DS="escorting Fire's Santa run into the mall")])
ev("same_venue_same_hour_apart", [PR], "2026-12-05", [
    r(PR, T="Breakfast with Santa", D="2026-12-05", S="9:00 AM", E="11:00 AM", L="VO Mall food court",
      A="2200 Orchard Ave", TY="Recreation Program")])
ev("audience_titles", [F, CS], "2026-12-09", [
    r(F, T="Seniors", D="2026-12-09", S="1:00 PM", E="2:00 PM", L="Senior Center", DS="holiday fire safety talk"),
    r(CS, T="Talk", D="2026-12-09", S="1:30 PM", E="2:00 PM", L="225 Elm St",
      DS="scam calls + HEART, joining Fire's holiday safety talk at the senior center")])
ev("double_entry_one_tab", [PR, P], "2026-12-12", [
    r(PR, T="Winter Wonderland", D="2026-12-12", S="5:00 PM", E="8:00 PM", L="Veterans Memorial Park - Pavilion 3",
      A="700 River Rd", TY="Festival"),
    r(PR, T="Winter Wonderland Lights", D="12/12/2026", S="5pm", E="8pm", L="Veterans Mem. Park"),
    r(P, T="Traffic", D="2026-12-12", S="4:45 PM", E="8:30 PM", L="River Rd", DS="Parks' lights night - River Rd closure")])

# ------------------------------------------------------------------ more singles (background)
singles = [
    (F, "Station 2 drill", "2026-01-10", "8:00 AM", "12:00 PM", "Fire Station 2", "Internal"),
    (EC, "CTO training", "2026-02-03", "8:00 AM", "5:00 PM", "911 Center training rm", "Internal"),
    (CS, "Care navigator office hours", "2026-03-03", "1:00 PM", "4:00 PM", "Main Library - Study Room 2", "Public"),
    (P, "Citizens Police Academy - night 1", "2026-04-07", "6:00 PM", "9:00 PM", "TPD HQ, 100 Court St", "Public"),
    (PR, "Youth Soccer - Non Regulation", "2026-05-09", "9:00 AM", "12:00 PM", "Veterans Memorial Park - Field 3", "Public"),
    (EM, "Sandbag station open", "2026-01-08", "8:00 AM", "5:00 PM", "Public Works yard, 950 Mill St", "Public"),
    (CS, "Narcan training", "2026-06-17", "5:30 PM", "7:00 PM", "Sutter Rec Center - Rm B", "Public"),
    (EC, "Ride-along orientation", "2026-07-09", "9:00 AM", "10:00 AM", "911 Center", "Internal"),
    (P, "Bike patrol at Farmers Mkt", "2026-07-11", "8:00 AM", "12:00 PM", "Courthouse Square", "Public"),
    (F, "Smoke alarm installs - Westside", "2026-10-24", "9:00 AM", "1:00 PM", "Westside (Laurel Ave area)", "Public"),
    (EM, "Heat relief center", "2026-07-28", "12:00 PM", "8:00 PM", "Sutter Rec Center", "Public"),
    (PR, "Dive-in movie", "2026-06-26", "8:00 PM", "10:00 PM", "Sutter Pool", "Public"),
    (CS, "Community listening session", "2026-10-20", "6:00 PM", "7:30 PM", "Grange Hall, 3300 Ridge Rd", "Public"),
    (P, "Shop with a Cop", "2026-12-19", "8:00 AM", "11:00 AM", "Valley Oaks Mall - Target", "Public"),
    (EC, "911 for kids - Tamsin Elementary", "2026-11-05", "9:30 AM", "10:30 AM", "Tamsin Elementary, 12 School St", "Public"),
    (EM, "Generator safety talk", "2026-12-02", "6:00 PM", "7:00 PM", "Main Library - Oak Room", "Public"),
]
for tab, t, day, s, e, loc, vis in singles:
    ev("single_background", [tab], day, [r(tab, T=t, D=day, S=s, E=e, L=loc, V=vis)])

# ------------------------------------------------------------------ invalid rows (must be rejected)
INVALID += [
    r(F, T="", D="2026-05-05", S="9:00 AM", L="Fire Station 2", DS="(title left blank)"),
    r(PR, T="Fall Festival planning", D="TBD", S="", L="Sutter Rec Center"),
    r(CS, T="Porch light campaign", D="31/31/2026", S="6pm", L="Eastside"),
    r(P, T="Explorer post meeting", D="2026-06-02", S="6", L="TPD HQ"),
]


# ------------------------------------------------------------------ write
def sort_key(item):
    tab, f = item[1]
    dd = f.get("Start Date")
    if not isinstance(dd, dt.date):
        dd = item[2]
    return (dd, random.random())


per_tab = defaultdict(list)
for e in EVENTS:
    for tab, f in e["rows"]:
        per_tab[tab].append((e["key"], (tab, f), e["day"]))
for tab, f in INVALID:
    dd = f.get("Start Date") if isinstance(f.get("Start Date"), dt.date) else dt.date(2026, 6, 1)
    per_tab[tab].append((None, (tab, f), dd))

wb = openpyxl.Workbook()
wb.remove(wb.active)
truth = []
for tab in TABS:
    ws = wb.create_sheet(tab)
    hdr = [HDR_911.get(c, c) if tab == EC else c for c in CANON]
    ws.append(hdr)
    items = sorted(per_tab[tab], key=sort_key)
    for i, (key, (_, f), _) in enumerate(items, start=2):
        vals = []
        for c in CANON:
            v = f.get(c, "")
            vals.append(v if v != "" else None)
        ws.append(vals)
        if isinstance(f.get("Start Date"), dt.date):
            ws.cell(row=i, column=CANON.index("Start Date") + 1).number_format = "m/d/yyyy"
        truth.append((tab, i, key or "", "yes" if key else "no"))
wb.save(HERE / "intake.xlsx")

with open(HERE / "truth.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["tab", "row", "event_key", "valid"])
    w.writerows(truth)

labels = defaultdict(list)
for tab, row, key, valid in truth:
    if valid == "yes":
        labels[key].append(f"{tab}!{row}")
months = {f"2026-{m:02d}": {"events": 0, "joint_events": 0} for m in range(1, 13)}
quarters = {f"FY26-Q{q}": {"events": 0, "joint_events": 0, "all_department_events": 0} for q in range(1, 5)}
event_departments, event_family, families = {}, {}, defaultdict(lambda: {"events": 0, "event_keys": [], "rows": [], "pairs": 0})
cancelled = public = 0
for e in EVENTS:
    k = e["key"]
    event_family[k] = e["fam"]
    fam = families[e["fam"]]
    fam["events"] += 1
    fam["event_keys"].append(k)
    fam["rows"] += labels[k]
    n = len(labels[k])
    fam["pairs"] += n * (n - 1) // 2
    joint = len(e["depts"]) >= 2
    if joint:
        event_departments[k] = e["depts"]
    if e["cancelled"]:
        cancelled += 1
    if any(f.get("Visibility") == "Public" for _, f in e["rows"]):
        public += 1
    if e["cancelled"]:
        continue
    m = e["day"].strftime("%Y-%m")
    q = f"FY26-Q{(e['day'].month - 1) // 3 + 1}"
    months[m]["events"] += 1
    quarters[q]["events"] += 1
    if joint and not e["internal"]:
        months[m]["joint_events"] += 1
        quarters[q]["joint_events"] += 1
    if len(e["depts"]) == 6:
        quarters[q]["all_department_events"] += 1
pairs = sorted(sorted(p) for v in labels.values() for p in
               [(a, b) for i, a in enumerate(v) for b in v[i + 1:]])
expected = {
    "flavour": "v62 Tamsin", "rows": len(truth), "invalid_rows": sum(1 for t in truth if t[3] == "no"),
    "events": len(EVENTS), "joint_events": len(event_departments), "public_events": public,
    "cancelled_events": cancelled, "months": months, "fiscal_quarters": quarters,
    "duplicate_pairs": pairs, "event_departments": event_departments, "event_family": event_family,
    "families": dict(families),
    "notes": "joint_events counts cancelled and every-row-Internal joint events; months/quarters leave out "
             "cancelled events and count internal-only joint work as an event but not as joint "
             "(count_internal_joint: false).",
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=1, default=str))
print(f"rows {len(truth)}, events {len(EVENTS)}, joint {len(event_departments)}, "
      f"counted joint {sum(v['joint_events'] for v in months.values())}, pairs {len(pairs)}")
