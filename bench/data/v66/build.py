"""Labelled intake set v66: the City of Wrenfield (America/Chicago), fiscal year starting in
October (fiscal_year_start_month 10: FY26 = Oct 2025 - Sep 2026, FY27-Q1 = Oct - Dec 2026).

Habit under test: ONLINE and HYBRID events. Each department types an online event its own way:
Location "Zoom", "Virtual", "Online", "MS Teams", "Facebook Live", "YouTube", a meeting URL,
"Webinar", "Call-in: 555-0100", or the place left blank with "Zoom link in description" (the
link then in Description or Registration URL). Hybrid events are logged by one department at the
room and by another as online. Joint online town halls (one with all six departments), Facebook
Live Q&As with two departments, weekly webinar series one partner joins once, two sessions of one
webinar on one day (a partner joins the evening one), unrelated online events at the same hour on
the same platform (must stay apart), in-person events moved online (a note, or the Location
changed to "Virtual" in one tab only), online info sessions for an in-person class held another
day (not the class), and ordinary in-person joint events (smoke alarms, CPR, town halls, fairs).
Titles and wording drawn from ../shared/realdata (Bloomington's Zoom/virtual/hybrid calendar
entries: "Virtual Traveling Town Hall", "Out of an abundance of caution due to the anticipated
winter storm", "is inviting you to a scheduled Zoom meeting", "held in a hybrid manner", "Info
Session", "Q&A"; Durham programmes: Coffee with a Cop, Sound the Alarm; Pittsburgh NNO).

Writes intake.xlsx, truth.csv (tab,row,event_key,valid), expected.json (scorer's fields).
Deterministic (random.seed(66)). Run from the project folder:
    .venv/bin/python bench/data/v66/build.py
"""
import csv
import datetime as dt
import json
import random
from collections import defaultdict
from pathlib import Path

import openpyxl

random.seed(66)
HERE = Path(__file__).resolve().parent
FY_START = 10  # October

P, F, CS, EC, EM, PR = ("Police", "Fire", "Community Safety", "911 Emergency Communications",
                        "Emergency Management", "Parks and Recreation")
DEPT = {P: "Police", F: "Fire", CS: "Community Safety", EC: "Emergency Communications",
        EM: "Emergency Management", PR: "Parks and Recreation"}
TABS = [P, F, CS, EC, EM, PR]
CANON = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
         "Lead Department", "Partner Departments", "Event Type", "Description", "Audience", "Visibility",
         "Status", "Registration URL", "Contact", "Internal Notes"]
KEYMAP = {"T": "Title", "D": "Start Date", "S": "Start Time", "ED": "End Date", "E": "End Time",
          "L": "Location", "A": "Address", "LD": "Lead Department", "PD": "Partner Departments",
          "TY": "Event Type", "DS": "Description", "AU": "Audience", "V": "Visibility", "ST": "Status",
          "U": "Registration URL", "C": "Contact", "N": "Internal Notes", "ID": "Event ID"}

EVENTS = []   # dicts: key, fam, depts, day, cancelled, internal, rows=[(tab, fields)]
INVALID = []  # (tab, fields)
_n = [0]


def d(s):
    return dt.date.fromisoformat(s)


def ev(fam, depts, day, rows, cancelled=False, internal=False, note=""):
    _n[0] += 1
    key = f"W{_n[0]:03d}"
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


Z1 = "https://zoom.us/j/81234567890"
ZWX = "https://zoom.us/j/86120034455"

# =========================================================== JANUARY
ev("online_joint_meeting", [P, CS], "2026-01-13", [
    r(P, T="Virtual Community Meeting - District 2", D="2026-01-13", S="6:00 PM", E="7:30 PM", L="Zoom",
      U=Z1, TY="Community Meeting", DS="Quarterly District 2 meeting with the District 2 commander, held online."),
    r(CS, T="District 2 mtg (online)", D="2026-01-13", S="6pm", E="7:30pm", L=Z1,
      DS="HEART program update for D2 residents at PD's quarterly meeting", TY="Community Meeting")])
ev("same_platform_same_hour_apart", [PR], "2026-01-13", [
    r(PR, T="Spring Program Registration Q&A", D="2026-01-13", S="6:00 PM", E="7:00 PM", L="Zoom",
      U="https://zoom.us/j/85550123499", TY="Recreation Program",
      DS="Questions about spring leagues and classes before registration opens Jan 20.")])
ev("online_joint_webinar", [EM, EC], "2026-01-15", [
    r(EM, T="Winter Weather Preparedness Webinar", D="2026-01-15", S="12:00 PM", E="1:00 PM", L="Webinar",
      U="https://wrenfield.example/winterready", TY="Safety Education",
      DS="Lunch-hour webinar: ice storms, power outages, space heaters, checking on neighbors."),
    r(EC, T="Lunch & Learn - calling 911 in a winter storm", D="2026-01-15", S="12:00 PM", E="1:00 PM",
      L="Online (Teams webinar)", DS="Our segment in OEM's winter weather webinar", TY="Safety Education")])
ev("in_person_joint", [F, CS], "2026-01-17", [
    r(F, T="Sound the Alarm - Northside smoke alarm installs", D="2026-01-17", S="9:00 AM", E="1:00 PM",
      L="Fire Station 3", A="815 Birch St", TY="Smoke Alarm Install",
      DS="Free smoke alarms installed door to door with Red Cross volunteers. Meet at Station 3."),
    r(CS, T="Door-to-door smoke alarms", D="1/17/2026", S="9am", E="12pm", L="Station 3 (Birch St)",
      DS="Outreach workers canvassing Northside blocks with Fire", TY="Smoke Alarm Install")])
ev("info_session_other_day", [EM], "2026-01-21", [
    r(EM, T="CERT Academy - Virtual Info Session", D="2026-01-21", S="7:00 PM", E="8:00 PM",
      L="Zoom link in description", TY="Safety Education",
      DS="Emergency Management is inviting you to a scheduled Zoom meeting. Join Zoom Meeting "
         "https://zoom.us/j/84455667788 - learn about the 4-week CERT Academy that starts Tue Feb 3 "
         "at Fire Station 1. Registration closes Jan 30.")])
ev("moved_online", [P, PR, CS], "2026-01-26", [
    r(P, T="Chief's Town Hall - Ward 1 (now virtual)", D="2026-01-26", S="6:30 PM", E="8:00 PM", L="Virtual",
      TY="Town Hall",
      DS="Out of an abundance of caution due to the anticipated winter storm, tonight's Ward 1 town hall "
         "will be held online instead of at Linwood Rec Center. Zoom link on the WPD Facebook page."),
    r(PR, T="Ward 1 Town Hall - host site", D="2026-01-26", S="6:30 PM", E="8:00 PM",
      L="Linwood Rec Center - Gym", A="1400 Linwood Ave", TY="Town Hall",
      N="PD's town hall, we provide the gym + chairs; rec director speaking on the new teen center"),
    r(CS, T="Ward 1 town hall", D="2026-01-26", S="6:30p", E="8p", L="Zoom",
      DS="Community Safety director on the panel (PD moved it online - storm)", TY="Town Hall")])

# =========================================================== CERT ACADEMY (in person; Fire teaches night 1)
ev("class_after_info_session", [EM, F], "2026-02-03", [
    r(EM, T="CERT Academy - Night 1", D="2026-02-03", S="7:00 PM", E="9:30 PM",
      L="Fire Station 1 - Training Room", A="100 S Fulton St", TY="Safety Education",
      DS="Week 1 of 4: disaster preparedness and fire safety."),
    r(F, T="CERT wk 1 - fire safety / extinguishers", D="2026-02-03", S="7pm", E="9pm", L="FS1 trng rm",
      DS="Teaching the fire suppression module for OEM's CERT class", TY="Safety Education")])
for day, n in [("2026-02-10", 2), ("2026-02-17", 3), ("2026-02-24", 4)]:
    ev("weekly_series_single", [EM], day, [
        r(EM, T=f"CERT Academy - Night {n}", D=day, S="7:00 PM", E="9:30 PM",
          L="Fire Station 1 - Training Room", A="100 S Fulton St", TY="Safety Education")])

# =========================================================== FEBRUARY
ev("facebook_live_joint", [F, EM], "2026-02-05", [
    r(F, T="Facebook Live: Home Heating Fire Safety Q&A", D="2026-02-05", S="7:00 PM", E="7:45 PM",
      L="Facebook Live", TY="Safety Education",
      DS="Ask our fire marshal about space heaters, chimneys and generators. Live on the WFD Facebook page."),
    r(EM, T="FB Live w/ Fire - heating & power outage safety", D="2026-02-05", S="7pm", E="7:45pm",
      L="facebook.com/WrenfieldFire", DS="OEM planner joining Fire's live Q&A for the outage questions",
      TY="Safety Education")])
ev("same_platform_same_hour_apart", [P], "2026-02-12", [
    r(P, T="Facebook Live: Ask a Cop", D="2026-02-12", S="7:00 PM", E="7:30 PM", L="Facebook Live",
      TY="Community Meeting", DS="Monthly live Q&A with WPD's community resource officers on the WPD page.")])
ev("same_platform_same_hour_apart", [PR], "2026-02-12", [
    r(PR, T="Facebook Live - Valentine's Craft-Along", D="2026-02-12", S="7:00 PM", E="8:00 PM",
      L="Facebook Live", TY="Recreation Program",
      DS="Family craft night live on the Parks & Rec Facebook page. Supply list posted Feb 9.")])
ev("hybrid_room_vs_online", [P, F, CS], "2026-02-23", [
    r(P, T="Public Safety Budget Hearing", D="2026-02-23", S="6:00 PM", E="8:00 PM",
      L="City Hall - Council Chambers", A="200 W Market St", PD="Fire, Community Safety", TY="Town Hall",
      DS="Council's public hearing on the FY27 public safety budget. Chiefs present; public comment."),
    r(F, T="Budget hearing (livestream)", D="2026-02-23", S="6pm", E="8pm",
      L="YouTube - City of Wrenfield channel", DS="Chief presenting Fire's FY27 request", TY="Town Hall"),
    r(CS, T="FY27 public safety budget hearing", D="2026-02-23", S="6:00 PM", E="8:00 PM",
      L="Council Chambers + Zoom", TY="Town Hall")])
ev("same_platform_same_hour_apart", [EM], "2026-02-23", [
    r(EM, T="CERT Volunteer Check-in", D="2026-02-23", S="6:00 PM", E="7:00 PM", L="Zoom",
      U="https://zoom.us/j/89900011122", TY="Community Meeting",
      DS="Monthly check-in for trained CERT volunteers: call-out roster, spring exercises.")])

# Ready Wrenfield webinar series (weekly, Teams) - 911 joins session 3 only
RW = [("2026-02-25", "1: Alerts & Warnings"), ("2026-03-04", "2: Safe Rooms & Shelters"),
      ("2026-03-11", "3: When to Call 911"), ("2026-03-18", "4: After the Storm")]
for day, part in RW:
    rows = [r(EM, T=f"Ready Wrenfield Webinar Series {part}", D=day, S="12:00 PM", E="1:00 PM",
              L="Microsoft Teams webinar", U="https://wrenfield.example/readywebinars", TY="Safety Education",
              DS="Weekly lunch-hour webinar series for tornado season. Register once for all four.")]
    if part.startswith("3"):
        rows.append(r(EC, T="Ready Wrenfield webinar - 911 segment", D=day, S="12:15 PM", E="12:45 PM",
                      L="Teams", DS="Dispatch supervisor presenting in OEM's webinar series (this session only)",
                      TY="Safety Education"))
        ev("webinar_series_partner_once", [EM, EC], day, rows)
    else:
        ev("webinar_series_single", [EM], day, rows)

# =========================================================== MARCH
ev("online_all_department", [EM, EC, F, P, CS, PR], "2026-03-03", [
    r(EM, T="Severe Weather Awareness Week Virtual Town Hall", D="2026-03-03", S="6:30 PM", E="8:00 PM",
      L="Zoom", U=ZWX, PD="All departments", TY="Town Hall",
      DS="Tornado sirens, warnings, safe rooms, 911 and shelters: a panel from every city public safety "
         "department. Join by Zoom or watch on the city's YouTube channel."),
    r(EC, T="Virtual town hall - severe wx", D="2026-03-03", S="6:30 PM", E="8:00 PM", L=ZWX,
      DS="911 director on OEM's panel", TY="Town Hall"),
    r(F, T="Severe Weather Town Hall (online)", D="2026-03-03", S="6:30pm", E="8pm", L="Online",
      TY="Town Hall"),
    r(P, T="Panel - weather town hall", D="2026-03-03", S="6:30 PM", E="8:00 PM", L="Virtual",
      DS="Lt. Ortiz on the panel for OEM's severe weather town hall (traffic, looting myths)"),
    r(CS, T="Severe wx town hall", D="3/3/2026", S="6:30 PM", E="8:00 PM",
      DS="Zoom link in description: zoom.us/j/861 2003 4455 - HEART/mental health after disasters segment",
      TY="Town Hall"),
    r(PR, T="Storm shelters at rec centers - town hall", D="2026-03-03", S="6:30 PM", E="8:00 PM",
      L="Zoom (OEM's)", DS="Rec centers as storm shelters - Parks director speaking", TY="Town Hall")])
ev("same_platform_same_hour_apart", [CS], "2026-03-03", [
    r(CS, T="Re-entry Support Circle (virtual)", D="2026-03-03", S="7:00 PM", E="8:00 PM", L="Zoom",
      U="https://zoom.us/j/83127700451", TY="Community Meeting",
      DS="Peer support circle for people coming home from incarceration and their families. Not recorded.")])
ev("info_session_other_day", [PR], "2026-03-17", [
    r(PR, T="Babysitter Safety Class - Parent Info Session", D="2026-03-17", S="6:00 PM", E="6:45 PM",
      L="Zoom", U="https://zoom.us/j/82200334411", TY="Youth Program",
      DS="For parents of 11-15 year olds before the Sat 3/21 Babysitter Safety Class at Linwood Rec Center.")])
ev("moved_online", [CS, P], "2026-03-19", [
    r(CS, T="Neighborhood Safety Listening Session - Eastside", D="2026-03-19", S="6:00 PM", E="7:30 PM",
      L="Virtual", U="https://zoom.us/j/87001234987", TY="Community Meeting",
      DS="Moved online - the Eastgate Branch Library meeting room is unavailable. Same time, Zoom link above."),
    r(P, T="Eastside listening session", D="2026-03-19", S="6:00 PM", E="7:30 PM",
      L="Eastgate Branch Library - Meeting Room", A="3120 Eastgate Blvd",
      DS="Capt. Reyes attending CSD's listening session", TY="Community Meeting")])
ev("class_after_info_session", [PR, F], "2026-03-21", [
    r(PR, T="Babysitter Safety Class", D="2026-03-21", S="9:00 AM", E="2:00 PM",
      L="Linwood Rec Center - Classroom B", A="1400 Linwood Ave", TY="Youth Program",
      DS="Ages 11-15. Child care basics, first aid and CPR. Bring a lunch."),
    r(F, T="Babysitter class - first aid/CPR portion", D="2026-03-21", S="12:30 PM", E="2:00 PM",
      L="Linwood Rec Ctr", DS="Medic 2 crew teaching the CPR hour for Parks", TY="CPR Class")])
ev("in_person_joint", [PR, F, P], "2026-03-28", [
    r(PR, T="Spring Safety Day at Riverside Park", D="2026-03-28", S="10:00 AM", E="2:00 PM",
      L="Riverside Park - Main Pavilion", A="600 River Rd", TY="Festival",
      DS="Bike helmets, touch-a-truck, car seat checks, games."),
    r(F, T="Engine 4 + car seat checks", D="2026-03-28", S="10am", E="1pm", L="Riverside Pk pavilion",
      TY="Safety Education"),
    r(P, T="Bike helmet giveaway - Spring Safety Day", D="2026-03-28", S="10:00 AM", E="2:00 PM",
      L="Riverside Park", TY="Safety Education")])

# =========================================================== APRIL
ev("cancelled_joint", [P, PR], "2026-04-11", [
    r(P, T="Bike Rodeo", D="2026-04-11", S="10:00 AM", E="12:00 PM", L="Linwood Rec Center - parking lot",
      A="1400 Linwood Ave", ST="Cancelled", TY="Youth Program"),
    r(PR, T="Kids Bike Rodeo w/ WPD", D="2026-04-11", S="10am", E="12pm", L="Linwood Rec Ctr lot",
      ST="Cancelled - rain", TY="Youth Program")], cancelled=True)
ev("online_joint_webinar", [EC, P], "2026-04-14", [
    r(EC, T="Telecommunicators Week Virtual Open House", D="2026-04-14", S="12:00 PM", E="1:00 PM",
      L="YouTube Live", TY="Open House",
      DS="A live virtual tour of the 911 center for National Public Safety Telecommunicators Week."),
    r(P, T="911 virtual tour - PD segment", D="2026-04-14", S="12:20 PM", E="12:40 PM", L="YouTube",
      DS="Patrol sgt on how dispatch and officers work a call, during 911's live tour", TY="Open House")])
ev("same_platform_same_hour_apart", [F], "2026-04-14", [
    r(F, T="Spring Burn Ban Q&A", D="2026-04-14", S="12:00 PM", E="12:45 PM", L="YouTube Live",
      TY="Safety Education", DS="Open burning rules, yard waste and brush fires - live on WFD's YouTube.")])
ev("in_person_joint", [EC, F, P], "2026-04-18", [
    r(EC, T="Telecommunicators Week Open House", D="2026-04-18", S="10:00 AM", E="2:00 PM",
      L="Public Safety Communications Center", A="4410 Kessler Rd", TY="Open House",
      DS="Tour the 911 floor, meet dispatchers, kids' 911 practice phones."),
    r(F, T="Engine 6 at 911 open house", D="2026-04-18", S="10am", E="12pm", L="4410 Kessler Rd",
      TY="Open House"),
    r(P, T="K9 demo", D="2026-04-18", S="11:00 AM", E="11:30 AM", L="911 Center",
      DS="K9 unit demo at the 911 open house", TY="Open House")])
ev("hybrid_room_vs_online", [EM, F, PR], "2026-04-22", [
    r(EM, T="Hazard Mitigation Plan Public Meeting (hybrid)", D="2026-04-22", S="5:30 PM", E="7:00 PM",
      L="City Hall Council Chambers / Zoom", A="200 W Market St", TY="Community Meeting",
      DS="The meeting is being held in a hybrid manner. In person: Council Chambers, City Hall. "
         "Online: Zoom, link on the OEM page."),
    r(F, T="Hazard mitigation plan mtg", D="2026-04-22", S="5:30 PM", E="7 PM", L="Council Chambers",
      DS="Fire marshal presenting wildland/grass fire section", TY="Community Meeting"),
    r(PR, T="Hazard Mitigation Plan public meeting", D="2026-04-22", S="5:30 PM", E="7:00 PM", L="Online",
      DS="Parks floodplain staff presenting remotely", TY="Community Meeting")])
# Text-to-911 webinar offered twice on one day; Community Safety joins the evening session only
ev("two_sessions_same_day", [EC], "2026-04-28", [
    r(EC, T="Text-to-911: What You Need to Know (webinar)", D="2026-04-28", S="12:00 PM", E="1:00 PM",
      L="Zoom", U="https://zoom.us/j/86677001122", TY="Safety Education",
      DS="Noon session. Same content at 6 PM.")])
ev("two_sessions_same_day", [EC, CS], "2026-04-28", [
    r(EC, T="Text-to-911: What You Need to Know (webinar)", D="2026-04-28", S="6:00 PM", E="7:00 PM",
      L="Zoom", U="https://zoom.us/j/86677001133", TY="Safety Education",
      DS="Evening session, with ASL interpretation."),
    r(CS, T="Text-to-911 webinar (evening)", D="2026-04-28", S="6pm", E="7pm", L="Zoom",
      DS="Deaf & hard of hearing liaison co-presenting the evening session with 911", TY="Safety Education")])

# =========================================================== MAY
ev("facebook_live_joint", [CS, EC], "2026-05-12", [
    r(CS, T="Facebook Live: Meet the HEART Team", D="2026-05-12", S="12:00 PM", E="12:30 PM",
      L="Facebook Live", TY="Community Meeting",
      DS="Mental Health Awareness Month: what happens when HEART responds to a call."),
    r(EC, T="FB Live w/ HEART - 988 vs 911", D="2026-05-12", S="12pm", E="12:30pm", L="Facebook (CSD page)",
      DS="Call-taker explaining how 911 routes calls to HEART", TY="Community Meeting")])
ev("same_platform_same_hour_apart", [P], "2026-05-12", [
    r(P, T="Police Week Honor Roll - Facebook Live", D="2026-05-12", S="12:00 PM", E="12:30 PM",
      L="Facebook Live", TY="Other", DS="Reading of the honor roll for National Police Week, live on the WPD page.")])
ev("info_session_other_day", [PR], "2026-05-18", [
    r(PR, T="Junior Lifeguard Academy - Online Registration Info", D="2026-05-18", S="6:00 PM", E="6:30 PM",
      L="Facebook Live", TY="Youth Program",
      DS="How to register for the Sat 5/30 Junior Lifeguard Academy at the Wrenfield Aquatic Center; "
         "swim test requirements.")])
ev("hybrid_room_vs_online", [P, CS], "2026-05-27", [
    r(P, T="Police Advisory Board Meeting", D="2026-05-27", S="6:00 PM", E="7:30 PM",
      L="City Hall Room 201 + Zoom", A="200 W Market St", TY="Community Meeting",
      DS="Open meeting; public comment in person or by Zoom."),
    r(CS, T="PAB mtg - co-responder report", D="2026-05-27", S="6:00 PM", E="7:30 PM", L="Zoom",
      DS="Presenting the co-responder pilot numbers to the Police Advisory Board", TY="Community Meeting")])
ev("class_after_info_session", [PR, F], "2026-05-30", [
    r(PR, T="Junior Lifeguard Academy", D="2026-05-30", S="9:00 AM", E="1:00 PM",
      L="Wrenfield Aquatic Center", A="2100 Kessler Rd", TY="Youth Program"),
    r(F, T="Water rescue demo - Jr Lifeguards", D="2026-05-30", S="11am", E="12pm", L="Aquatic Ctr",
      DS="Rescue 1 crew demo for Parks' junior lifeguard class", TY="Youth Program")])

# =========================================================== JUNE
ev("in_person_joint", [F, EC], "2026-06-06", [
    r(F, T="Hands-Only CPR - Community Class", D="2026-06-06", S="10:00 AM", E="12:00 PM",
      L="Wrenfield Public Library - Main, Meeting Room A", A="301 N Court St", TY="CPR Class"),
    r(EC, T="CPR class - dispatcher-assisted CPR talk", D="2026-06-06", S="10:00 AM", E="10:30 AM",
      L="Main Library Rm A", DS="How our call-takers coach CPR over the phone", TY="CPR Class")])
ev("online_single_background", [F], "2026-06-11", [
    r(F, T="Hands-Only CPR (virtual)", D="2026-06-11", S="6:00 PM", E="7:00 PM", L="Zoom",
      U="https://zoom.us/j/81188224466", TY="CPR Class",
      DS="Online version of our community class - have a firm pillow ready to practice on.")])
ev("info_session_other_day", [P], "2026-06-15", [
    r(P, T="Teen Police Academy - Parent Info Session", D="2026-06-15", S="6:30 PM", E="7:15 PM",
      L="MS Teams", TY="Youth Program",
      DS="Meet the instructors before the Teen Police Academy (June 22-26 at WPD HQ).")])
ev("same_platform_same_hour_apart", [CS], "2026-06-16", [
    r(CS, T="Violence Interruption Town Hall (virtual)", D="2026-06-16", S="6:00 PM", E="7:30 PM",
      L="https://zoom.us/j/87711122233", TY="Town Hall",
      DS="Summer violence interruption plan; Cure Violence outreach workers answer questions.")])
ev("same_platform_same_hour_apart", [EM], "2026-06-16", [
    r(EM, T="CERT Volunteer Check-in", D="2026-06-16", S="6:00 PM", E="7:00 PM", L="Zoom",
      U="https://zoom.us/j/89900011122", TY="Community Meeting",
      DS="Monthly check-in for CERT volunteers: July 4 staffing sign-ups.")])
ev("same_platform_same_hour_apart", [P], "2026-06-16", [
    r(P, T="Beat 7 Neighborhood Watch", D="2026-06-16", S="6:30 PM", E="7:30 PM", L="Zoom",
      U="https://zoom.us/j/84400998877", TY="Community Meeting",
      DS="Beat 7 block captains' monthly meeting with the beat officers.")])
ev("partner_column_only", [P, PR], "2026-06-22", [
    r(P, T="Teen Police Academy", D="2026-06-22", ED="2026-06-26", S="9:00 AM", E="3:00 PM",
      L="WPD Headquarters - Training Room", A="300 N Court St", PD="Parks & Rec", TY="Youth Program",
      DS="Five-day academy for ages 14-17; Thursday is field day at Linwood Pool with Parks staff.")])
ev("moved_online", [EM, CS, PR], "2026-06-23", [
    r(EM, T="Heat Safety Community Briefing - NOW VIRTUAL", D="2026-06-23", S="6:00 PM", E="7:00 PM",
      L="Virtual (moved from Linwood Rec Center)", U="https://zoom.us/j/88123400567", TY="Safety Education",
      DS="Extreme heat briefing: cooling centers, checking on elderly neighbors, heat illness signs."),
    r(CS, T="Heat safety briefing", D="2026-06-23", S="6pm", E="7pm", L="Linwood Rec Ctr",
      DS="Outreach team presenting on unsheltered residents & heat", TY="Safety Education"),
    r(PR, T="Cooling centers briefing", D="2026-06-23", S="6:00 PM", E="7:00 PM",
      L="Linwood Rec Center - Multipurpose Rm", A="1400 Linwood Ave", TY="Safety Education",
      N="OEM moved it to Zoom - we're still presenting the cooling center hours")])

# =========================================================== JULY
ev("in_person_joint", [PR, P, F, EM], "2026-07-04", [
    r(PR, T="Independence Day Celebration & Fireworks", D="2026-07-04", S="5:00 PM", E="10:00 PM",
      L="Riverside Park", A="600 River Rd", TY="Festival"),
    r(P, T="Traffic detail - July 4th", D="2026-07-04", S="4:00 PM", E="11:00 PM", L="Riverside Park / River Rd",
      DS="Road closures for Parks' fireworks", TY="Festival"),
    r(F, T="Standby - fireworks", D="2026-07-04", S="8:30 PM", E="10:30 PM", L="Riverside Pk",
      DS="Engine 4 + Medic 2 standby for the fireworks show", TY="Festival"),
    r(EM, T="EOC monitoring - July 4 fireworks", D="2026-07-04", S="5:00 PM", E="11:00 PM",
      L="Riverside Park command post", V="Internal", N="Unified command post at Riverside Park")])
# Cyber Safety for Seniors online series (Teams) - Community Safety joins session 3 only
for day, n in [("2026-07-07", 1), ("2026-07-14", 2), ("2026-07-21", 3), ("2026-07-28", 4)]:
    rows = [r(P, T=f"Cyber Safety for Seniors (online) - Session {n}", D=day, S="10:00 AM", E="11:00 AM",
              L="MS Teams", TY="Safety Education",
              DS="Four Tuesday mornings: scams, passwords, online shopping, social media. Teams link emailed on registration.")]
    if n == 3:
        rows.append(r(CS, T="Scam calls talk - PD's cyber series", D=day, S="10:30 AM", E="11:00 AM",
                      L="Teams", DS="Victim advocate talking about phone scams in the police series (week 3 only)",
                      TY="Safety Education"))
        ev("webinar_series_partner_once", [P, CS], day, rows)
    else:
        ev("webinar_series_single", [P], day, rows)
ev("same_platform_same_hour_apart", [PR], "2026-07-14", [
    r(PR, T="Virtual Chair Yoga", D="2026-07-14", S="10:00 AM", E="10:45 AM", L="Virtual (Teams)",
      TY="Recreation Program", DS="Gentle seated yoga for older adults from the Maple Street Senior Center.")])
ev("hybrid_room_vs_online", [CS, P, PR], "2026-07-16", [
    r(CS, T="Community Safety Plan - Public Input Session (hybrid)", D="2026-07-16", S="6:00 PM", E="7:30 PM",
      L="Carver High School Library & Zoom", A="1800 Carver Dr", TY="Community Meeting",
      DS="Help shape the city's community safety plan. Attend in person or online."),
    r(P, T="CS plan input mtg", D="2026-07-16", S="6:00 PM", E="7:30 PM", L="Carver HS Library",
      DS="Deputy chief at CSD's input session", TY="Community Meeting"),
    r(PR, T="Safety plan input session - online", D="2026-07-16", S="6pm", E="7:30pm", L="Virtual",
      DS="Parks planner joining CSD's session online (parks lighting questions)", TY="Community Meeting")])

# =========================================================== AUGUST
ev("facebook_live_joint", [P, F], "2026-08-04", [
    r(P, T="National Night Out Virtual Kickoff", D="2026-08-04", S="5:00 PM", E="5:20 PM", L="Facebook Live",
      TY="National Night Out", DS="Chief and Fire Chief kick off NNO live before the block parties."),
    r(F, T="NNO kickoff FB Live", D="2026-08-04", S="5pm", E="5:20pm", L="Facebook Live",
      DS="Fire Chief joining PD's live kickoff", TY="National Night Out")])
ev("in_person_joint", [PR, P, F], "2026-08-04", [
    r(PR, T="NNO - Linwood Park", D="2026-08-04", S="6:00 PM", E="8:30 PM", L="Linwood Park - shelter 2",
      A="1400 Linwood Ave", TY="National Night Out"),
    r(P, T="National Night Out - Linwood Park party", D="2026-08-04", S="6:00 PM", E="8:30 PM",
      L="Linwood Park", TY="National Night Out"),
    r(F, T="Engine 2 visit - NNO Linwood", D="2026-08-04", S="6:30 PM", E="7:15 PM", L="Linwood Pk",
      TY="National Night Out")])
ev("in_person_joint", [P, CS], "2026-08-04", [
    r(P, T="NNO - Maple Street Block Party", D="2026-08-04", S="6:00 PM", E="9:00 PM",
      L="400 block of Maple St", TY="National Night Out"),
    r(CS, T="NNO Maple St", D="2026-08-04", S="6:30 PM", E="8:00 PM", L="Maple St (400 blk)",
      DS="HEART info table at the block party", TY="National Night Out")])
ev("hybrid_room_vs_online", [F, EM], "2026-08-19", [
    r(F, T="Fire Master Plan Community Presentation", D="2026-08-19", S="6:00 PM", E="7:30 PM",
      L="Council Chambers, City Hall / livestreamed", A="200 W Market St", TY="Community Meeting",
      DS="Station locations, response times and the 10-year plan. Livestreamed on YouTube."),
    r(EM, T="Fire master plan presentation", D="2026-08-19", S="6:00 PM", E="7:30 PM", L="YouTube livestream",
      DS="OEM director presenting the hazard section (remote)", TY="Community Meeting")])
ev("info_session_other_day", [P], "2026-08-20", [
    r(P, T="Citizens Police Academy - Virtual Info Night", D="2026-08-20", S="6:30 PM", E="7:15 PM",
      L="MS Teams", TY="Community Meeting",
      DS="Learn about the 8-week Citizens Police Academy starting Thursday 8/27 at WPD HQ. Applications due 8/24.")])
ev("class_after_info_session", [P, EC], "2026-08-27", [
    r(P, T="Citizens Police Academy - Night 1", D="2026-08-27", S="6:00 PM", E="9:00 PM",
      L="WPD Headquarters - Training Room", A="300 N Court St", TY="Safety Education"),
    r(EC, T="CPA night 1 - dispatch overview", D="2026-08-27", S="7:30 PM", E="8:30 PM",
      L="WPD HQ Training Rm", DS="911 ops manager's hour in PD's citizens academy", TY="Safety Education")])

# =========================================================== SEPTEMBER
# Preparedness Month Lunch & Learn (weekly, Zoom) - Fire joins the third session only
LL = [("2026-09-02", "Build a Kit"), ("2026-09-09", "Make a Plan"), ("2026-09-16", "Home Fire Escape Plans"),
      ("2026-09-23", "Pets in Emergencies"), ("2026-09-30", "Neighbors Helping Neighbors")]
for day, topic in LL:
    rows = [r(EM, T=f"Preparedness Month Lunch & Learn: {topic}", D=day, S="12:00 PM", E="12:45 PM",
              L="https://zoom.us/j/83300112233", TY="Safety Education",
              DS="National Preparedness Month weekly Zoom lunch & learn (same link every Wednesday).")]
    if topic.startswith("Home Fire"):
        rows.append(r(F, T="Lunch & Learn - escape plans", D=day, S="12:00 PM", E="12:45 PM", L="Zoom",
                      DS="Fire educator presenting in OEM's preparedness month series", TY="Safety Education"))
        ev("webinar_series_partner_once", [EM, F], day, rows)
    else:
        ev("webinar_series_single", [EM], day, rows)
ev("same_platform_same_hour_apart", [PR], "2026-09-09", [
    r(PR, T="Fall Youth Leagues - Volunteer Coach Orientation", D="2026-09-09", S="12:00 PM", E="1:00 PM",
      L="Zoom", U="https://zoom.us/j/85566778899", TY="Recreation Program")])
ev("in_person_joint", [F, P, EC], "2026-09-11", [
    r(F, T="9/11 Remembrance Ceremony", D="2026-09-11", S="9:30 AM", E="10:30 AM",
      L="Fire Station 1 (Headquarters)", A="100 S Fulton St", TY="Other"),
    r(P, T="Patriot Day ceremony - honor guard", D="2026-09-11", S="9:30 AM", E="10:30 AM", L="Fire HQ",
      DS="WPD honor guard at Fire's 9/11 ceremony", TY="Other"),
    r(EC, T="9/11 ceremony - livestream", D="2026-09-11", S="9:30 AM", E="10:30 AM",
      L="Facebook Live (from Fire HQ)", DS="Our PIO streaming Fire's ceremony; dispatchers reading names", TY="Other")])
ev("all_department", [PR, P, F, CS, EC, EM], "2026-09-26", [
    r(PR, T="Wrenfield Public Safety Day", D="2026-09-26", S="10:00 AM", E="3:00 PM",
      L="Wrenfield County Fairgrounds - Expo Hall", A="2700 Fairground Rd", PD="All departments",
      TY="Festival", DS="Every city public safety department in one place: trucks, K9, CPR, 911, preparedness."),
    r(P, T="Public Safety Day - K9 + cruiser", D="2026-09-26", S="10am", E="3pm", L="Fairgrounds Expo Hall",
      TY="Festival"),
    r(F, T="Safety Day - Engine 1, Ladder 1, CPR tent", D="2026-09-26", S="10:00 AM", E="3:00 PM",
      L="Wrenfield Co. Fairgrounds", TY="Festival"),
    r(CS, T="Public Safety Day booth", D="2026-09-26", S="10a", E="3p", L="Fairgrounds - Expo Hall",
      TY="Festival"),
    r(EC, T="Public Safety Day - 911 trailer", D="2026-09-26", S="10:00 AM", E="2:00 PM",
      L="Fairgrounds, 2700 Fairground Rd", TY="Festival"),
    r(EM, T="Public Safety Day - go-kits & CERT", D="2026-09-26", S="10:00 AM", E="3:00 PM",
      L="Wrenfield County Fairgrounds", TY="Festival")])

# =========================================================== OCTOBER
ev("online_joint_webinar", [F, PR], "2026-10-06", [
    r(F, T="Fire Prevention Week Virtual Storytime", D="2026-10-06", S="10:00 AM", E="10:30 AM", L="YouTube",
      TY="Youth Program", DS="Firefighters read a story and show their gear - premieres on WFD's YouTube channel."),
    r(PR, T="Storytime w/ firefighters (online)", D="2026-10-06", S="10:00 AM", E="10:30 AM",
      L="Parks Facebook + YouTube", DS="Shared to our preschool families; rec leader co-hosting", TY="Youth Program")])
ev("in_person_joint", [F, P, PR], "2026-10-10", [
    r(F, T="Fire Prevention Week Open House", D="2026-10-10", S="10:00 AM", E="2:00 PM", L="Fire Station 3",
      A="815 Birch St", TY="Open House"),
    r(P, T="FS3 open house - McGruff + cruiser", D="2026-10-10", S="11:00 AM", E="1:00 PM",
      L="Station 3, Birch St", TY="Open House"),
    r(PR, T="Open house - kids games", D="2026-10-10", S="10am", E="2pm", L="815 Birch St",
      DS="Parks game trailer at Fire's open house", TY="Open House")])
ev("online_joint_meeting", [P, CS, EC], "2026-10-15", [
    r(P, T="Fall Public Safety Town Hall (virtual)", D="2026-10-15", S="6:30 PM", E="8:00 PM", L="Zoom Webinar",
      U="https://zoom.us/j/82345098761", PD="Community Safety, 911", TY="Town Hall",
      DS="Chief, Community Safety director and 911 director take residents' questions. Phone in or join online."),
    r(CS, T="Town hall - online", D="2026-10-15", S="6:30 PM", E="8:00 PM", L="Call-in: 555-0100 / Zoom",
      TY="Town Hall"),
    r(EC, T="Q&A panel", D="2026-10-15", S="6:30pm", E="8pm",
      DS="Zoom link in description: https://zoom.us/j/82345098761 (PD's fall town hall)", TY="Town Hall")])
ev("same_platform_same_hour_apart", [PR], "2026-10-15", [
    r(PR, T="Winter Programs Preview", D="2026-10-15", S="6:30 PM", E="7:15 PM", L="Zoom",
      U="https://zoom.us/j/85500443322", TY="Recreation Program",
      DS="Preview of winter classes, leagues and the holiday break camp.")])
ev("cancelled_single", [F], "2026-10-18", [
    r(F, T="Station 5 Pancake Breakfast", D="2026-10-18", S="8:00 AM", E="11:00 AM", L="Fire Station 5",
      A="2290 Orchard Ln", ST="Cancelled", TY="Other")], cancelled=True)
ev("in_person_joint", [PR, P, F], "2026-10-31", [
    r(PR, T="Trunk or Treat", D="2026-10-31", S="5:00 PM", E="7:30 PM", L="Linwood Rec Center - parking lot",
      A="1400 Linwood Ave", TY="Festival"),
    r(P, T="Trunk or Treat - PD trunks", D="2026-10-31", S="5pm", E="7:30pm", L="Linwood Rec Ctr lot",
      TY="Festival"),
    r(F, T="Engine 2 - Trunk or Treat", D="2026-10-31", S="5:00 PM", E="7:00 PM", L="1400 Linwood Ave",
      TY="Festival")])

# =========================================================== NOVEMBER
ev("info_session_other_day", [F], "2026-11-02", [
    r(F, T="Stop the Bleed - Online Pre-Registration Q&A", D="2026-11-02", S="12:00 PM", E="12:30 PM",
      L="Teams", TY="Safety Education",
      DS="Questions about the Sat 11/7 Stop the Bleed class at Fire Station 1 - what to wear, who can attend.")])
ev("class_after_info_session", [F, EM], "2026-11-07", [
    r(F, T="Stop the Bleed Class", D="2026-11-07", S="9:00 AM", E="11:00 AM", L="Fire Station 1 - Training Room",
      A="100 S Fulton St", TY="Safety Education"),
    r(EM, T="Stop the Bleed - CERT kits", D="2026-11-07", S="9:00 AM", E="11:00 AM", L="FS1 Training Rm",
      DS="OEM handing out bleeding-control kits to Fire's class grads", TY="Safety Education")])
ev("hybrid_room_vs_online", [EM, P, EC], "2026-11-12", [
    r(EM, T="Winter Storm Preparedness Town Hall", D="2026-11-12", S="6:00 PM", E="7:30 PM",
      L="Wrenfield Public Library - Main, Auditorium + Zoom", A="301 N Court St", TY="Town Hall"),
    r(P, T="Winter storm town hall", D="2026-11-12", S="6:00 PM", E="7:30 PM", L="Zoom",
      DS="Traffic captain on snow emergency routes", TY="Town Hall"),
    r(EC, T="Town hall - winter", D="2026-11-12", S="6pm", E="7:30pm", L="in person & online (Main Library)",
      TY="Town Hall")])
ev("moved_online", [P, CS], "2026-11-17", [
    r(P, T="Holiday Shopping Safety Talk", D="2026-11-17", S="6:00 PM", E="7:00 PM", L="Virtual",
      TY="Safety Education",
      DS="Moved to Zoom - the Eastgate Mall community room is closed for renovation. Link on WPD's events page."),
    r(CS, T="Holiday shopping safety", D="2026-11-17", S="6:00 PM", E="7:00 PM",
      L="Eastgate Mall Community Room", A="3100 Eastgate Blvd",
      DS="Victim advocate co-presenting with PD (package theft, scams)", TY="Safety Education")])

# =========================================================== DECEMBER
ev("facebook_live_joint", [F, P], "2026-12-03", [
    r(F, T="Holiday Home Safety Q&A (Facebook Live)", D="2026-12-03", S="7:00 PM", E="7:40 PM",
      L="Facebook Live", TY="Safety Education",
      DS="Christmas trees, candles, cooking - and package theft with a WPD officer."),
    r(P, T="FB Live w/ WFD - porch pirates", D="2026-12-03", S="7pm", E="7:40pm", L="Facebook Live (WFD page)",
      DS="Crime prevention officer on Fire's live Q&A", TY="Safety Education")])
ev("same_platform_same_hour_apart", [PR], "2026-12-03", [
    r(PR, T="Holiday Craft Night - Facebook Live", D="2026-12-03", S="7:00 PM", E="8:00 PM", L="Facebook Live",
      TY="Recreation Program", DS="Ornament craft live on the Parks & Rec page.")])
ev("in_person_joint", [F, P, PR], "2026-12-05", [
    r(F, T="Fill the Boot Toy Drive", D="2026-12-05", S="10:00 AM", E="4:00 PM", L="Eastgate Mall - Center Court",
      A="3100 Eastgate Blvd", TY="Other"),
    r(P, T="Toy drive - Eastgate Mall", D="2026-12-05", S="10am", E="4pm", L="Eastgate Mall",
      DS="Collecting toys with Fire's boot drive", TY="Other"),
    r(PR, T="Toy drive drop-off table", D="2026-12-05", S="12:00 PM", E="4:00 PM", L="Eastgate Mall Ctr Ct",
      DS="for WFD's Fill the Boot", TY="Other")])
ev("internal_joint_online", [EM, EC, F], "2026-12-09", [
    r(EM, T="Winter Operations Tabletop Exercise", D="2026-12-09", S="9:00 AM", E="12:00 PM", L="MS Teams",
      V="Internal", TY="Other", N="Virtual TTX: ice storm, 48-hr outage. Fire and 911 players."),
    r(EC, T="Winter ops TTX", D="2026-12-09", S="9:00 AM", E="12:00 PM", L="Teams", V="Internal", TY="Other"),
    r(F, T="TTX - winter ops (OEM)", D="2026-12-09", S="9am", E="12pm", L="Virtual", V="Internal",
      TY="Other")], internal=True)

# =========================================================== ordinary background singles
singles = [
    # (tab, title, day, start, end, location, visibility, type)
    (P, "Coffee with a Cop", "2026-01-08", "8:00 AM", "9:30 AM", "Maple Street Senior Center", "Public", "Community Meeting"),
    (F, "Station 3 company drill", "2026-01-10", "8:00 AM", "12:00 PM", "Fire Station 3", "Internal", "Other"),
    (PR, "Winter Coat Swap", "2026-01-31", "10:00 AM", "1:00 PM", "Linwood Rec Center - Gym", "Public", "Other"),
    (CS, "Care navigator office hours", "2026-02-04", "1:00 PM", "4:00 PM", "Wrenfield Public Library - Main, Study Room 2", "Public", "Community Meeting"),
    (PR, "Daddy-Daughter Dance", "2026-02-14", "6:00 PM", "8:30 PM", "Linwood Rec Center - Gym", "Public", "Recreation Program"),
    (EC, "CTO training - new hires", "2026-03-10", "8:00 AM", "5:00 PM", "911 Center training room", "Internal", "Other"),
    (F, "Sound the Alarm - Eastside", "2026-04-25", "9:00 AM", "1:00 PM", "Eastside (Orchard Ln area)", "Public", "Smoke Alarm Install"),
    (P, "Prescription Drug Take Back Day", "2026-04-25", "10:00 AM", "2:00 PM", "WPD Headquarters lobby", "Public", "Other"),
    (CS, "Narcan training", "2026-05-06", "5:30 PM", "7:00 PM", "Linwood Rec Center - Classroom A", "Public", "Safety Education"),
    (PR, "Youth Soccer Opening Day", "2026-05-09", "9:00 AM", "12:00 PM", "Riverside Park - Fields 1-3", "Public", "Recreation Program"),
    (EM, "Siren test & weather radio programming", "2026-06-03", "10:00 AM", "12:00 PM", "Wrenfield Public Library - Main, Lobby", "Public", "Safety Education"),
    (PR, "Dive-in Movie", "2026-06-26", "8:00 PM", "10:00 PM", "Wrenfield Aquatic Center", "Public", "Recreation Program"),
    (EM, "Cooling center open", "2026-07-22", "12:00 PM", "8:00 PM", "Linwood Rec Center", "Public", "Other"),
    (P, "Bike patrol at Farmers Market", "2026-08-08", "8:00 AM", "12:00 PM", "Courthouse Square", "Public", "Other"),
    (CS, "Back-to-school backpack giveaway", "2026-08-15", "10:00 AM", "1:00 PM", "Carver High School - front lot", "Public", "Youth Program"),
    (F, "Smoke alarm installs - Westside", "2026-10-24", "9:00 AM", "1:00 PM", "Westside (Kessler Rd area)", "Public", "Smoke Alarm Install"),
    (CS, "Community listening session - Northside", "2026-10-20", "6:00 PM", "7:30 PM", "Northside Grange Hall, 3300 Ridge Rd", "Public", "Community Meeting"),
    (EC, "911 for Kids - Lincoln Elementary", "2026-11-05", "9:30 AM", "10:30 AM", "Lincoln Elementary, 12 School St", "Public", "Safety Education"),
    (F, "Turkey Fryer Safety Demo", "2026-11-21", "11:00 AM", "12:00 PM", "Fire Station 1 apparatus bay", "Public", "Safety Education"),
    (P, "Shop with a Cop", "2026-12-12", "8:00 AM", "11:00 AM", "Eastgate Mall - Target", "Public", "Youth Program"),
    (PR, "Winter Break Camp", "2026-12-21", "8:00 AM", "5:00 PM", "Linwood Rec Center", "Public", "Youth Program"),
]
for tab, t, day, s, e, loc, vis, ty in singles:
    ev("single_background", [tab], day, [r(tab, T=t, D=day, S=s, E=e, L=loc, V=vis, TY=ty)])

# online background singles: every way of typing "online"
online_singles = [
    (EC, "Senior Safety Telephone Town Hall", "2026-02-19", "2:00 PM", "3:00 PM", "Call-in: 555-0100", "Town Hall",
     "Dial in and listen, press *3 to ask a question. When to call 911, medical alert devices."),
    (EM, "Flood Insurance 101 (webinar)", "2026-05-20", "12:00 PM", "1:00 PM", "Webinar", "Safety Education",
     "NFIP basics with the floodplain manager. Register on the OEM page."),
    (CS, "Online Narcan training", "2026-08-12", "6:00 PM", "7:00 PM", "Online", "Safety Education",
     "Free naloxone mailed to attendees after the session."),
    (P, "Virtual Ride-Along Q&A", "2026-09-17", "7:00 PM", "7:45 PM", "YouTube", "Community Meeting",
     "Live chat with patrol officers during a recorded ride-along premiere."),
    (EM, "EOC staff meeting", "2026-10-07", "2:00 PM", "3:00 PM", "MS Teams", "Other", ""),
    (EC, "Telecommunicator recruitment info session", "2026-11-19", "5:30 PM", "6:30 PM", "Zoom", "Other",
     "Thinking about a career in 911? Meet our dispatchers online."),
]
for tab, t, day, s, e, loc, ty, ds in online_singles:
    vis = "Internal" if t == "EOC staff meeting" else "Public"
    ev("online_single_background", [tab], day, [r(tab, T=t, D=day, S=s, E=e, L=loc, V=vis, TY=ty, DS=ds)])

# =========================================================== invalid rows (README: error, row left out)
INVALID += [
    r(F, T="", D="2026-05-05", S="6:00 PM", E="7:00 PM", L="Zoom", DS="(title left blank)"),
    r(PR, T="Summer camp info webinar", D="TBD", S="6pm", L="Zoom"),
    r(CS, T="Porch light campaign kickoff (virtual)", D="14/31/2026", S="6pm", L="Virtual"),
    r(P, T="Beat 3 Neighborhood Watch (Zoom)", D="2026-09-15", S="7", L="Zoom"),
    r(EC, T="Dispatcher appreciation livestream", D="2026-04-16", S="5pm", E="3pm", L="YouTube"),
]


# =========================================================== write
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
    ws.append(CANON)
    items = sorted(per_tab[tab], key=sort_key)
    for i, (key, (_, f), _) in enumerate(items, start=2):
        vals = []
        for c in CANON:
            v = f.get(c, "")
            vals.append(v if v != "" else None)
        ws.append(vals)
        for c in ("Start Date", "End Date"):
            if isinstance(f.get(c), dt.date):
                ws.cell(row=i, column=CANON.index(c) + 1).number_format = "m/d/yyyy"
        truth.append((tab, i, key or "", "yes" if key else "no"))
wb.properties.creator = "v66 build.py"
wb.properties.created = wb.properties.modified = dt.datetime(2026, 12, 8)
wb.save(HERE / "intake.xlsx")

with open(HERE / "truth.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["tab", "row", "event_key", "valid"])
    w.writerows(truth)


def fq(day):
    """Fiscal quarter, fiscal year named by the calendar year it ends in (README: FY26-Q1 = Jul-Sep 2025
    with a July start); here an October start: FY27-Q1 = Oct-Dec 2026."""
    m0 = (day.month - FY_START) % 12
    fy = day.year + (1 if day.month >= FY_START else 0)
    return f"FY{fy % 100:02d}-Q{m0 // 3 + 1}"


labels = defaultdict(list)
for tab, row, key, valid in truth:
    if valid == "yes":
        labels[key].append(f"{tab}!{row}")
months = {f"2026-{m:02d}": {"events": 0, "joint_events": 0} for m in range(1, 13)}
quarters = {q: {"events": 0, "joint_events": 0, "all_department_events": 0}
            for q in sorted({fq(dt.date(2026, m, 1)) for m in range(1, 13)})}
event_departments, event_family = {}, {}
families = defaultdict(lambda: {"events": 0, "event_keys": [], "rows": [], "pairs": 0})
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
    q = fq(e["day"])
    months[m]["events"] += 1
    quarters[q]["events"] += 1
    if joint and not e["internal"]:
        months[m]["joint_events"] += 1
        quarters[q]["joint_events"] += 1
    if len(e["depts"]) == 6 and not e["internal"]:
        quarters[q]["all_department_events"] += 1
pairs = sorted(sorted(p) for v in labels.values() for p in
               [(a, b) for i, a in enumerate(v) for b in v[i + 1:]])
expected = {
    "flavour": "v66 Wrenfield", "rows": len(truth), "invalid_rows": sum(1 for t in truth if t[3] == "no"),
    "events": len(EVENTS), "joint_events": len(event_departments), "public_events": public,
    "cancelled_events": cancelled, "months": months, "fiscal_quarters": quarters,
    "duplicate_pairs": pairs, "event_departments": event_departments, "event_family": event_family,
    "families": dict(families),
    "notes": "joint_events counts cancelled and every-row-Internal joint events; months/quarters leave out "
             "cancelled events and count internal-only joint work as an event but not as joint "
             "(count_internal_joint: false). Fiscal year starts in October (FY27-Q1 = Oct-Dec 2026). "
             "Each session of a webinar series typed one row per session is its own event (README: a series "
             "counts once per session, as the same sessions typed as rows).",
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=1, default=str))
print(f"rows {len(truth)}, events {len(EVENTS)}, joint {len(event_departments)}, "
      f"counted joint {sum(v['joint_events'] for v in months.values())}, pairs {len(pairs)}")
