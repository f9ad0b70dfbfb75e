#!/usr/bin/env python3
"""v45: a fresh labelled intake for safety-events (city: Carrow Bend, PA; FY26 Jul 2025-Jun 2026).

Written by a fourth fresh helper on 2026-12-07 and measured held out on commit 4b6d2a9 (see
``bench/cases.py``). Run: ``python bench/data/v45/build.py``.
Writes intake.xlsx, truth.csv, expected.json (dedupe-dev2 score.py format)."""
import csv, json, random
from collections import defaultdict
from datetime import datetime, time
from pathlib import Path
import openpyxl

OUT = Path(__file__).resolve().parent
P, F, CS, EC, EM, PR = "Police", "Fire", "Community Safety", "911 Emergency Communications", "Emergency Management", "Parks and Recreation"
DEPT = {P: "Police", F: "Fire", CS: "Community Safety", EC: "Emergency Communications", EM: "Emergency Management", PR: "Parks and Recreation"}
TABS = [P, F, CS, EC, EM, PR]
COLS = ['Event ID', 'Title', 'Start Date', 'Start Time', 'End Date', 'End Time', 'Location', 'Address', 'Lead Department',
        'Partner Departments', 'Event Type', 'Description', 'Audience', 'Visibility', 'Status', 'Assistance Wanted',
        'Registration URL', 'Expected Attendance', 'Actual Attendance', 'Language', 'Accessibility', 'Contact',
        'Internal Notes', 'Repeats']
EC_COLS = ['Event ID', 'Event Title', 'Event Date', 'Start Time', 'End', 'End Time', 'Place', 'Address', 'Host Department',
           'Partner Depts', 'Category', 'Description', 'Audience', 'Visibility', 'Status', 'Assistance Wanted',
           'Registration Link', 'Expected Attendance', 'Actual Attendance', 'Language', 'Accessibility',
           'Point of Contact', 'Staff Notes', 'Repeats']
KEYMAP = {'eid': 'Event ID', 'title': 'Title', 'date': 'Start Date', 'start': 'Start Time', 'end_date': 'End Date',
          'end': 'End Time', 'loc': 'Location', 'addr': 'Address', 'lead': 'Lead Department', 'partners': 'Partner Departments',
          'type': 'Event Type', 'desc': 'Description', 'aud': 'Audience', 'vis': 'Visibility', 'status': 'Status',
          'contact': 'Contact', 'notes': 'Internal Notes', 'es': 'Title (Spanish)', 'repeats': 'Repeats'}

EVENTS = []      # dict(key, family, depts, date, cancelled, internal, rows=[(tab, cells)], note)
INVALID = []     # (tab, cells)


def R(tab, title, d, start=None, end=None, **kw):
    cells = {'Title': title, 'Start Date': d, 'Start Time': start, 'End Time': end, 'Visibility': kw.pop('vis', 'Public')}
    cells['Event Type'] = kw.pop('type', 'Safety Education')
    cells['Audience'] = kw.pop('aud', 'All ages')
    for k, v in kw.items():
        cells[KEYMAP[k]] = v
    return (tab, cells)


def E(family, day, depts, *rows, cancelled=False, internal=False, note=None):
    EVENTS.append(dict(key=f"V{len(EVENTS) + 1:03d}", family=family, depts=sorted({DEPT[d] for d in depts}), date=day,
                       cancelled=cancelled, internal=internal, rows=list(rows), note=note))


D = lambda y, m, d: datetime(y, m, d)   # a real date cell

# ---------------------------------------------------------------- ordinary single-department rows
E("background", "2025-07-12", [P], R(P, "Bike Rodeo", "07/12/2025", "9:00 AM", "11:30 AM", loc="Oberlin Community Center", addr="620 Oberlin Rd", lead="Police", desc="Helmet fitting and a skills course. Volunteer lead: Emily Parks (Kessler Elementary PTA).", aud="Youth"))
E("background", "2025-07-17", [P], R(P, "Coffee with a Cop - Tannery Row", "Jul 17, 2025", "8am", "9:30am", loc="Grindstone Coffee", addr="38 Tannery St", lead="Police"))
E("background", "2025-08-21", [P], R(P, "Firearm Safe Storage Giveaway", D(2025, 8, 21), "3 p.m.", "6 p.m.", loc="Police HQ Lobby", addr="100 Courthouse Sq", lead="Carrow Bend Police", desc="Free cable locks while supplies last."))
E("background", "2025-09-09", [P], R(P, "Neighborhood Watch Kickoff - Kessler Heights", "Sept. 9th, 2025", "6:30 PM", "8 PM", loc="Kessler Heights Baptist Church", addr="1402 Kessler Ave", lead="Police", desc="Fire was invited but can't make it this time.", type="Community Meeting"), note="Fire named only as NOT attending")
E("background", "2025-10-16", [P], R(P, "Senior Scam Prevention Talk", "10/16/2025", "10:00", "11:00", loc="Ashgrove Senior Apartments", addr="901 Ashgrove Blvd", lead="Police", aud="Seniors"))
E("background", "2025-11-06", [P], R(P, "Citizens Police Academy - Graduation", "2025-11-06", "6pm", "8pm", loc="Police HQ Community Room", addr="100 Courthouse Sq", lead="Police", vis="Public"))
E("background", "2026-01-22", [P], R(P, "Community Listening Session - Precinct 2", "1/22/2026", "6:00 PM", "7:30 PM", loc="Oberlin Community Center", addr="620 Oberlin Rd", lead="Police", type="Town Hall"))
E("background", "2026-03-05", [P], R(P, "Internal: Q3 Community Engagement Planning", "3/5/2026", "1:00 PM", "2:30 PM", loc="Police HQ Conf Rm B", lead="Police", vis="Internal", contact="Lt. Dana Whitford, 570-555-0142", notes="Staff only. Do not publish."), internal=True)
E("background", "2026-04-18", [P], R(P, "Drug Take Back Day", D(2026, 4, 18), "10 AM", "2 PM", loc="Millrace Plaza Pharmacy lot", addr="1750 Millrace Ave", lead="Police"))
E("background", "2026-05-14", [P], R(P, "Youth Police Explorers Open House", "May 14 2026", "5:30pm", "7pm", loc="Police HQ", addr="100 Courthouse Sq", lead="Police", aud="Youth"))
E("background", "2025-08-02", [F], R(F, "Pancake Breakfast at Station 4", "08/02/2025", "7:30 AM", "11 AM", loc="Fire Station 4", addr="2015 Quarry Hill Rd", lead="Fire", eid="F-26-0011"))
E("background", "2025-09-27", [F], R(F, "Smoke Alarm Install Day - Foundry District", "Sat 9/27/2025", "9am", "1pm", loc="Foundry District (door to door)", lead="Fire", type="Smoke Alarm Install", eid="F-26-0032"))
E("background", "2025-10-11", [F], R(F, "Fire Prevention Week Open House - Station 2", D(2025, 10, 11), time(10, 0), time(14, 0), loc="Fire Station 2", addr="310 Beacon St", lead="Fire Department", type="Open House", eid="F-26-0040"))
E("background", "2025-12-06", [F], R(F, "Holiday Toy Drive Drop-off", "12/6/2025", "All Day", None, loc="Fire Station 1", addr="55 Courthouse Sq", lead="Fire", eid="F-26-0061"))
E("background", "2026-02-19", [F], R(F, "Fire Extinguisher Training for Businesses", "2/19/2026", "2 p.m.", "3:30 p.m.", loc="Carrow Bend Chamber of Commerce", addr="240 Market St", lead="Fire", eid="F-26-0077", aud="Adults"))
E("background", "2026-05-02", [F], R(F, "Station 6 Ribbon Cutting", "05/02/2026", "11:00 AM", "12:00 PM", loc="Fire Station 6", addr="4410 State Route 61", lead="Fire", eid="F-26-0102"))
E("background", "2025-07-23", [CS], R(CS, "Narcan Distribution Table", "7/23/2025", "11am", "2pm", loc="Millrace Transit Center", addr="1 Depot St", lead="Community Safety", eid="CS-26-0003"))
E("background", "2025-09-18", [CS], R(CS, "Emergency Housing Resource Night", "09/18/2025", "5:30 PM", "7:30 PM", loc="Eastgate Library", addr="1180 Ashgrove Blvd", lead="Community Safety", eid="CS-26-0021", desc="Speaker: Dr. Angela Parks, Carrow Bend Housing Authority."), note="'Parks' and 'Emergency' only in a person's name / title wording")
E("background", "2025-10-29", [CS], R(CS, "Crisis Line Info Table", "Oct 29, 2025", "12:00", "13:30", loc="Carrow Bend Community College", addr="3000 College Dr", lead="Community Safety", partners="n/a (PD declined)", eid="CS-26-0034"), note="partner column names Police only as declined")
E("background", "2025-12-10", [CS], R(CS, "Taller de Prevención de Fraudes", "12/10/2025", "6pm", "7:30pm", loc="Iglesia San Lucas", addr="77 W Linden St", lead="Community Safety", eid="CS-26-0049", es="Taller de Prevención de Fraudes"))
E("background", "2026-02-11", [CS], R(CS, "Mental Health First Aid (Adult)", "2026-02-11", "9:00 AM", "4:00 PM", loc="Eastgate Library", addr="1180 Ashgrove Blvd", lead="Community Safety", eid="CS-26-0061", aud="Adults"))
E("background", "2026-04-09", [CS], R(CS, "Violence Interrupters Community Walk", "4/9/2026", "5pm", "6:30pm", loc="Hilltop Commons", addr="Halvorsen Rd & Pinecrest Dr", lead="Community Safety", eid="CS-26-0080"))
E("background", "2026-06-04", [CS], R(CS, "Re-Entry Resource Fair", "June 4, 2026", "10 AM", "1 PM", loc="Oberlin Community Center", addr="620 Oberlin Rd", lead="Community Safety", eid="CS-26-0098"))
E("background", "2025-07-30", [EC], R(EC, "Text-to-911 Demo", "7/30/2025", "1pm", "2pm", loc="Eastgate Library", addr="1180 Ashgrove Blvd", lead="911 Center"))
E("background", "2025-09-13", [EC], R(EC, "911 Kids Day", "09/13/2025", "10:00 AM", "12:00 PM", loc="Carrow Bend Public Library - Main", addr="200 Market St", lead="Emergency Communications", desc="Reading of 'Officer Buckle and Gloria' and a pretend 911 call station.", aud="Youth"), note="'Officer' only in a book title")
E("background", "2025-11-20", [EC], R(EC, "Telecommunicator Career Info Session", "Nov 20, 2025", "6 PM", "7 PM", loc="Emergency Communications Center", addr="515 Foundry Way", lead="ECC", aud="Adults"))
E("background", "2026-01-14", [EC], R(EC, "Dispatch Staff Recognition Lunch", "1/14/2026", "11:30", "13:00", loc="ECC Break Room", addr="515 Foundry Way", lead="911 Center", vis="Internal", notes="Staff only"), internal=True)
E("background", "2026-04-14", [EC], R(EC, "National Public Safety Telecommunicators Week Open House", "04/14/2026", "3:00 PM", "6:00 PM", loc="Emergency Communications Center", addr="515 Foundry Way", lead="911 Center", type="Open House"))
E("background", "2025-08-14", [EM], R(EM, "Flood Insurance Info Night", "8/14/2025", "6:30 PM", "8:00 PM", loc="River Ward Fire Hall (Lodge Room)", addr="12 Water St", lead="Emergency Management", type="Community Meeting"), note="'Fire' only in a venue name")
E("background", "2025-10-25", [EM], R(EM, "CERT Basic Training - Session 1", "10/25/2025", "8:30am", "4:30pm", loc="EOC Training Room", addr="520 Foundry Way", lead="OEM"))
E("background", "2025-11-15", [EM], R(EM, "Winter Weather Preparedness Talk", "2025-11-15", "10:00 AM", "11:00 AM", loc="Ashgrove Senior Apartments", addr="901 Ashgrove Blvd", lead="Emergency Management", aud="Seniors"))
E("background", "2026-03-18", [EM], R(EM, "Tornado Drill Briefing for Schools", "3/18/2026", "3:30 PM", "4:30 PM", loc="Carrow Bend Area SD Admin Bldg", addr="1 Education Way", lead="Emergency Management", vis="Internal", notes="principals only"), internal=True)
E("background", "2026-05-20", [EM], R(EM, "Hazard Mitigation Plan Public Meeting", "May 20, 2026", "7pm", "8:30pm", loc="City Hall Council Chambers", addr="100 Courthouse Sq", lead="Emergency Management", type="Town Hall"))
E("background", "2025-07-09", [PR], R(PR, "Splash Pad Opening - Greystone Park", "07/09/2025", "11:00 AM", "1:00 PM", loc="Greystone Park", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Recreation Program"))
E("background", "2025-07-26", [PR], R(PR, "Summer Concert Series: The Fire Escapes", "7/26/2025", "7pm", "9pm", loc="Riverside Amphitheater", addr="400 Water St", lead="Parks & Rec", type="Festival", desc="Local band The Fire Escapes. Bring a chair."), note="'Fire' only in a band's name")
E("background", "2025-09-06", [PR], R(PR, "Youth Flag Football: Fire vs. Thunder (8U)", "9/6/2025", "9 AM", "10 AM", loc="Marrow Creek Park Field 2", addr="2200 Millrace Ave", lead="Parks and Recreation", type="Youth Program", aud="Youth"), note="'Fire' only in a kids' team name")
E("background", "2025-10-18", [PR], R(PR, "Fire Pit S'mores Night", "10/18/2025", "6:30 PM", "8:30 PM", loc="Tanglewood Recreation Center", addr="410 Kessler Ave", lead="Parks and Recreation", type="Recreation Program"), note="'Fire' only as a fire pit")
E("background", "2025-11-28", [PR], R(PR, "Turkey Trot 5K", "Fri 11/28/25", "8:00 AM", "10:30 AM", loc="Riverside Trail", addr="400 Water St", lead="Parks and Recreation", type="Recreation Program"))
E("background", "2026-01-17", [PR], R(PR, "Winter Rec Fair", "1/17/2026", "10-1", None, loc="Tanglewood Recreation Center", addr="410 Kessler Ave", lead="Parks and Recreation", type="Recreation Program"))
E("background", "2026-03-28", [PR], R(PR, "Spring Egg Hunt", "03/28/2026", "10:00 AM", "11:00 AM", loc="Greystone Park", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Recreation Program", aud="Youth"))
E("background", "2026-05-30", [PR], R(PR, "Yoga at Foundry Square - CANCELLED", "5/30/2026", "9am", "10am", loc="Foundry Square Plaza", addr="1 Foundry Sq", lead="Parks and Recreation", type="Recreation Program"), cancelled=True)
E("background", "2026-06-13", [PR], R(PR, "Kids Fishing Derby", "June 13, 2026", "8 AM", "11 AM", loc="Marrow Creek Pond", addr="2200 Millrace Ave", lead="Parks and Recreation", type="Youth Program", aud="Youth"))

# weekly class (background + guest visit family)
for i, d in enumerate([7, 14, 21, 28]):
    if d != 21:
        E("background_weekly", f"2025-10-{d:02d}", [PR], R(PR, "Tai Chi in the Park", f"10/{d}/2025", "9:00 AM", "10:00 AM", loc="Greystone Park Pavilion", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Recreation Program", aud="Seniors"))
E("weekly_class_with_one_guest_visit", "2025-10-21", [PR, CS],
  R(PR, "Tai Chi in the Park", "10/21/2025", "9:00 AM", "10:00 AM", loc="Greystone Park Pavilion", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Recreation Program", aud="Seniors"),
  R(CS, "Scam Awareness Chat for Seniors", "10/21/2025", "9:30 AM", "10:00 AM", loc="Greystone Park", lead="Community Safety", eid="CS-26-0031", desc="Guest spot during the Tuesday Tai Chi group."))

# ---------------------------------------------------------------- joint events, the familiar way
E("partner_column", "2025-12-13", [P, PR],
  R(P, "Shop with a Cop", "12/13/2025", "9:00 AM", "12:00 PM", loc="Millrace Plaza Target", addr="1800 Millrace Ave", lead="Police", partners="Parks"),
  R(PR, "Shop With A Cop", "Dec 13, 2025", "9:15 AM", "12:00 PM", loc="Target - Millrace Plaza", lead="Parks and Recreation", partners="Police Dept", type="Youth Program"))
E("partner_column", "2026-02-25", [EM, F, P],
  R(EM, "Hurricane & Flood Prep Workshop", "02/25/2026", "6pm", "7:30pm", loc="Eastgate Library", addr="1180 Ashgrove Blvd", lead="Emergency Management", partners="Fire Dept., Polce"), note="misspelled 'Polce'")
E("partner_column", "2025-11-08", [F, PR, CS],
  R(F, "Smoke Alarm Blitz - Kessler Heights", "11/8/2025", "9 AM", "1 PM", loc="Kessler Heights", lead="Fire", partners="Rec Dept, HEART", type="Smoke Alarm Install", eid="F-26-0055"), note="abbreviations 'Rec Dept', 'HEART'")
E("partner_column", "2026-03-21", [PR, P],
  R(PR, "Bike Safety Day", "3/21/2026", "10am", "1pm", loc="Tanglewood Recreation Center", addr="410 Kessler Ave", lead="Parks and Recreation", partners="CBPD Bike Unit", type="Youth Program"),
  note="DEBATABLE for the tool: 'CBPD' is this city's police abbreviation, not in the copied config aliases")

# ---------------------------------------------------------------- partner named only in free text
E("partner_named_only_in_text", "2025-08-27", [P, F],
  R(P, "Coffee with a Cop - Eastgate", "8/27/2025", "8:00 AM", "9:30 AM", loc="Eastgate Diner", addr="1205 Ashgrove Blvd", lead="Police", desc="Station 3 crew is stopping by with the engine."))
E("partner_named_only_in_text", "2025-08-16", [CS, P, F, PR],
  R(CS, "Back to School Resource Fair", "08/16/2025", "10 AM", "2 PM", loc="Oberlin Community Center", addr="620 Oberlin Rd", lead="Community Safety", eid="CS-26-0012", desc="Partners this year: PD, FD, Parks & Rec. Free backpacks."), note="list of abbreviations 'PD, FD' (no city prefix)")
E("partner_named_only_in_text", "2025-09-24", [EM, PR],
  R(EM, "Go-Kit Building Night", "9/24/2025", "6pm", "7:30pm", loc="Tanglewood Rec Center", addr="410 Kessler Ave", lead="Emergency Management", desc="Co-hosted by the Parks and Rec crew at Tanglewood."))
E("partner_named_only_in_text", "2026-05-09", [PR, F],
  R(PR, "Pancake Breakfast w/ Station 9", "5/9/2026", "8am", "10:30am", loc="Greystone Park Pavilion", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Festival"))
E("partner_named_only_in_text", "2026-01-29", [CS, EM],
  R(CS, "Winter Warming Center Volunteer Orientation", "1/29/2026", "5:30 PM", "7 PM", loc="Eastgate Library", addr="1180 Ashgrove Blvd", lead="Community Safety", eid="CS-26-0057", desc="Presented together with Emergency Mgmt (county shelter plan)."), note="'Emergency Mgmt' abbreviation")
E("partner_named_only_in_text", "2025-09-16", [PR],
  R(PR, "Senior Walk & Talk", "9/16/2025", "9 AM", "10 AM", loc="Riverside Trail", addr="400 Water St", lead="Parks and Recreation", aud="Seniors", desc="Possibly a Community Safety navigator if staffing allows."),
  note="DEBATABLE: hedge 'possibly ... if staffing allows' labelled NOT joint (unconfirmed)")

# ---------------------------------------------------------------- nicknames / two rows
E("units_instead_of_departments", "2026-02-04", [P, EC],
  R(P, "Teen Citizens Academy: Dispatch Night", "2/4/2026", "6pm", "8pm", loc="Emergency Communications Center", addr="515 Foundry Way", lead="Police", desc="Tour of the comm center with the 911 folks.", aud="Youth"),
  R(EC, "Teen Academy tour", "02/04/2026", "6:30 PM", "8:00 PM", loc="ECC", addr="515 Foundry Way", lead="Dispatch", aud="Youth"))
E("units_instead_of_departments", "2025-10-08", [CS, P],
  R(CS, "Co-Responder Program Community Q&A", "10/8/2025", "6:00 PM", "7:30 PM", loc="Oberlin Community Center", addr="620 Oberlin Rd", lead="Community Safety", partners="co-responder officers", eid="CS-26-0029"))
E("units_instead_of_departments", "2026-04-25", [PR, F],
  R(PR, "Touch-a-Truck", "4/25/2026", "10 AM", "1 PM", loc="Marrow Creek Park Lot B", addr="2200 Millrace Ave", lead="Parks and Recreation", partners="Ladder 3, Medic 12", type="Festival"))

# ---------------------------------------------------------------- different titles per department / drop-bys
E("different_titles_per_department", "2025-10-04", [PR, F, CS],
  R(PR, "Marrow Creek Fall Festival", "10/4/2025", "10:00 AM", "4:00 PM", loc="Marrow Creek Park", addr="2200 Millrace Ave", lead="Parks and Recreation", type="Festival"),
  R(F, "Engine 7 display", "Oct 4, 2025", "11am", "2pm", loc="Marrow Creek Pk", lead="Fire", eid="F-26-0038", desc="Fall fest - engine + sparky"),
  R(CS, "HEART info tent", "10/04/2025", "10:30 AM", "3:30 PM", loc="2200 Millrace Avenue", lead="Community Safety", eid="CS-26-0027"))
E("different_titles_per_department", "2025-08-30", [PR, F],
  R(PR, "Greystone Pool End-of-Summer Splash", "8/30/2025", "1:00 PM", "5:00 PM", loc="Greystone Park Pool", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Recreation Program"),
  R(F, "Tower 1 water spray", "8/30/2025", "2:00 PM", "2:30 PM", loc="Greystone Pool", addr="1 Greystone Park Dr", lead="Fire", eid="F-26-0024"))
E("different_titles_per_department", "2026-06-19", [PR, P, CS],
  R(PR, "Juneteenth Celebration", "06/19/2026", "12:00 PM", "6:00 PM", loc="Foundry Square Plaza", addr="1 Foundry Sq", lead="Parks and Recreation", type="Festival"),
  R(P, "Juneteenth - traffic posts / setup", "6/19/2026", "9:30 AM", "6:30 PM", loc="Foundry Sq", lead="Police"),
  R(CS, "Celebración de Juneteenth", "6/19/2026", "12pm", "6pm", loc="Plaza Foundry Square", lead="Community Safety", eid="CS-26-0101", es="Celebración de Juneteenth"),
  note="police row is setup time 2.5h early; CS row Spanish title")

# ---------------------------------------------------------------- setup / time styles
E("setup_time_and_time_styles", "2025-09-10", [EM, CS],
  R(EM, "Preparedness Fair", "9/10/2025", "10-2", None, loc="Millrace Transit Center", addr="1 Depot St", lead="Emergency Management"),
  R(CS, "Preparedness Fair", "09/10/2025", "10:00 AM", "2:00 PM", loc="Millrace Transit Ctr", lead="Community Safety", eid="CS-26-0019"))
E("setup_time_and_time_styles", "2026-01-31", [F, EC],
  R(F, "Hands-Only CPR Saturday", "1/31/2026", "noon", "2 p.m.", loc="Carrow Bend Public Library - Main", addr="200 Market St", lead="Fire", eid="F-26-0070", type="CPR Class"),
  R(EC, "Hands Only CPR + when to call 911", "Jan 31 2026", "1200", "1400", loc="Main Library", addr="200 Market Street", lead="911 Center", type="CPR Class"),
  note="'1200' military time without colon")

# ---------------------------------------------------------------- rain date in one tab only
E("rain_date_in_one_tab_only", "2025-08-22", [PR, P],
  R(PR, "Movie in the Park: Moana (RAIN DATE)", "8/22/2025", "8:00 PM", "10:00 PM", loc="Greystone Park Great Lawn", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Recreation Program", desc="Moved from 8/15 due to storms."),
  R(P, "Movie in the Park - Moana", "8/15/2025", "7:30 PM", "10:00 PM", loc="Greystone Park", lead="Police", status="Postponed"))

# ---------------------------------------------------------------- addresses
E("address_written_differently", "2025-10-09", [F, EC],
  R(F, "Station 5 Open House", "10/9/2025", "5 PM", "7 PM", loc="Fire Station 5", addr="415 W Linden St", lead="Fire", eid="F-26-0041", type="Open House"),
  R(EC, "Open House - Station 5 (dispatch table)", "10/09/2025", "5:00 PM", "7:00 PM", loc="415 Linden Street, Carrow Bend, PA 17932", lead="911 Center", type="Open House"))
E("address_written_differently", "2025-11-19", [P, CS],
  R(P, "Pop-Up Safety Booth", "11/19/2025", "3:00 PM", "5:00 PM", loc="Tannery St & Oberlin Rd", lead="Police"),
  R(CS, "Pop-up Safety Booth", "11/19/2025", "3pm", "5pm", loc="Oberlin Rd at Tannery St", lead="Community Safety", eid="CS-26-0044"))
E("address_written_differently", "2026-03-11", [EM, F],
  R(EM, "Wildfire Smoke Readiness Talk", "3/11/2026", "6:30 PM", "7:30 PM", loc="Station 6 community room", addr="4410 State Route 61", lead="Emergency Management"),
  R(F, "Wildfire Smoke Readiness Talk", "03/11/2026", "6:30 PM", "7:30 PM", loc="Fire Station 6", addr="4410 PA-61", lead="Fire", eid="F-26-0088"))
E("venue_in_one_row_address_in_other", "2025-12-03", [CS, EM],
  R(CS, "Narcan Training", "12/3/2025", "6 PM", "7:30 PM", loc="Eastgate Library", lead="Community Safety", eid="CS-26-0047", type="Safety Education"),
  R(EM, "Narcan Training", "12/03/2025", "6:00 PM", "7:30 PM", addr="1180 Ashgrove Blvd", lead="Emergency Management"))

# ---------------------------------------------------------------- typos
E("title_typos", "2025-11-13", [F, EM],
  R(F, "Carbon Monoxide Awarness Night", "11/13/2025", "6:00 PM", "7:00 PM", loc="Eastgate Library", addr="1180 Ashgrove Blvd", lead="Fire", eid="F-26-0058"),
  R(EM, "Carbon Monoxide Awareness Night", "Nov 13, 2025", "6 PM", "7 PM", loc="Eastgate Library", lead="Emergency Management"))
E("title_typos", "2026-02-21", [EC],
  R(EC, "Kids 911 Storytime", "2/21/2026", "10:30 AM", "11:15 AM", loc="Carrow Bend Public Library - Main", addr="200 Market St", lead="911 Center", aud="Youth"),
  R(EC, "Kids 911 Story time", "02/21/2026", "10:30 AM", "11:15 AM", loc="Main Library", addr="200 Market St", lead="911 Center", aud="Youth"),
  note="double entry in one tab, word split")

# ---------------------------------------------------------------- Spanish only
E("spanish_only_title", "2026-04-11", [PR, CS],
  R(PR, "Family Health & Safety Fair", "4/11/2026", "11:00 AM", "3:00 PM", loc="Greystone Park", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Festival"),
  R(CS, "Feria de Salud Familiar en Greystone", "04/11/2026", "11 AM", "3 PM", loc="Parque Greystone", lead="Community Safety", eid="CS-26-0083", es="Feria de Salud Familiar en Greystone"))

# ---------------------------------------------------------------- multi-day
E("multi_day_split_by_day", "2026-06-22", [PR, F],
  R(PR, "Junior Lifeguard Camp", "6/22/2026", "9:00 AM", "12:00 PM", end_date="6/24/2026", loc="Greystone Park Pool", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Youth Program", aud="Youth"),
  R(F, "Jr Lifeguard Camp - Day 1", "6/22/2026", "9am", "12pm", loc="Greystone Pool", lead="Fire", eid="F-26-0110"),
  R(F, "Jr Lifeguard Camp - Day 2", "6/23/2026", "9am", "12pm", loc="Greystone Pool", lead="Fire", eid="F-26-0111"),
  R(F, "Jr Lifeguard Camp - Day 3", "6/24/2026", "9am", "12pm", loc="Greystone Pool", lead="Fire", eid="F-26-0112"))
E("multi_day_split_by_day", "2026-01-09", [EM],
  R(EM, "CERT Refresher Weekend", "1/9/2026", "6 PM", "9 PM", end_date="1/11/2026", loc="EOC Training Room", addr="520 Foundry Way", lead="Emergency Management"),
  R(EM, "CERT Refresher - Sat", "1/10/2026", "8:30 AM", "4:30 PM", loc="EOC Training Room", addr="520 Foundry Way", lead="Emergency Management", desc="Day 2 of the refresher weekend"),
  note="DEBATABLE: a range row plus a separate day row for the same weekend in one tab (double entry) labelled one event")

# ---------------------------------------------------------------- stay apart
E("same_venue_same_evening_different_events", "2026-03-04", [P],
  R(P, "Youth Leadership Night", "3/4/2026", "6:00 PM", "8:00 PM", loc="Oberlin Community Center - Room A", addr="620 Oberlin Rd", lead="Police", aud="Youth"))
E("same_venue_same_evening_different_events", "2026-03-04", [PR],
  R(PR, "Family Game Night", "3/4/2026", "6:00 PM", "8:00 PM", loc="Oberlin Community Center - Gym", addr="620 Oberlin Rd", lead="Parks and Recreation", type="Recreation Program"))
E("same_title_same_time_different_place", "2025-12-09", [CS],
  R(CS, "Community Listening Session", "12/9/2025", "6 PM", "7:30 PM", loc="Eastgate Library", addr="1180 Ashgrove Blvd", lead="Community Safety", eid="CS-26-0048", type="Town Hall"))
E("same_title_same_time_different_place", "2025-12-09", [P],
  R(P, "Community Listening Session", "12/9/2025", "6:00 PM", "7:30 PM", loc="Hilltop Commons Clubhouse", addr="88 Pinecrest Dr", lead="Police", type="Town Hall"))

# ---------------------------------------------------------------- National Night Out, Tue Aug 5 2025
NNO = [("1400 N Juniper St", None), ("1400 S Juniper St", None), ("212 Beacon St", None), ("214 Beacon St", None),
       ("Pinecrest Dr and Halvorsen Rd", "Hilltop Commons"), ("77 Quarry Hill Rd", None), ("3 Foundry Sq", "Foundry Square Plaza"),
       ("509 Kessler Ave", None)]
nno_rows = {}
for addr, loc in NNO:
    nno_rows[addr] = R(P, "NNO Block Party" if loc is None else f"National Night Out - {loc}", "8/5/2025", "6:00 PM", "9:00 PM",
                       loc=loc, addr=addr, lead="Police", type="National Night Out")
E("nno_twin_addresses", "2025-08-05", [P], nno_rows["1400 N Juniper St"])
E("nno_twin_addresses", "2025-08-05", [P, F], nno_rows["1400 S Juniper St"],
  R(F, "Engine 4 visit", "8/5/2025", "6:45 PM", "7:15 PM", addr="1400 S Juniper St", lead="Fire", type="National Night Out", eid="F-26-0019"))
E("nno_twin_addresses", "2025-08-05", [P], nno_rows["212 Beacon St"])
E("nno_twin_addresses", "2025-08-05", [P, EC], nno_rows["214 Beacon St"],
  R(EC, "Dispatcher meet & greet", "08/05/2025", "7:00 PM", "8:00 PM", addr="214 Beacon St", lead="911 Center", type="National Night Out"))
E("nno_visit_place_elsewhere", "2025-08-05", [P, F], nno_rows["Pinecrest Dr and Halvorsen Rd"],
  R(F, "Ladder 2 drop-by - Hilltop neighborhood", "8/5/2025", "7:30 PM", "8:00 PM", lead="Fire", type="National Night Out", eid="F-26-0020"))
E("nno_visit_same_address", "2025-08-05", [P, F], nno_rows["77 Quarry Hill Rd"],
  R(F, "Station 4 crew stop", "8/5/2025", "8:00 PM", "8:30 PM", addr="77 Quarry Hill Road", lead="Fire", type="National Night Out", eid="F-26-0021"))
E("nno_visit_place_elsewhere", "2025-08-05", [P, PR], nno_rows["3 Foundry Sq"],
  R(PR, "Bounce house @ NNO Foundry Sq", "8/5/2025", "5:30 PM", "9:00 PM", lead="Parks and Recreation", type="National Night Out", desc="Rec staff set up at 5:30"))
E("nno_twin_addresses", "2025-08-05", [P], nno_rows["509 Kessler Ave"])

# ---------------------------------------------------------------- all-department flagships
E("all_department_flagship", "2025-09-20", [EM, P, F, PR, CS, EC],
  R(EM, "Carrow Bend Safety Day", "9/20/2025", "10:00 AM", "3:00 PM", loc="Riverside Amphitheater", addr="400 Water St", lead="Emergency Management", partners="Police, Fire, Parks", type="Festival"),
  R(F, "Safety Day - Engine 1 & Rescue 1", "09/20/2025", "9:30 AM", "3:00 PM", loc="Riverside Amphitheater", lead="Fire", eid="F-26-0033"),
  R(PR, "Safety Day", "9/20/2025", None, None, loc="Riverside Amphitheater", addr="400 Water St", lead="Parks and Recreation", type="Festival"),
  R(CS, "Safety Day staffing (HEART)", "9/20/2025", "8:00 AM", "4:00 PM", loc="Riverside Amph.", lead="Community Safety", vis="Internal", eid="CS-26-0024", notes="HEART team staffing the resource tent; internal."),
  R(EC, "911 simulator at Safety Day", "Sat, Sept 20, 2025", "10am", "3pm", loc="Riverside Amphitheater", addr="400 Water St", lead="911 Center"))
E("all_department_flagship", "2026-02-07", [P, F, PR, CS, EC],
  R(PR, "Winter Preparedness Expo", "2/7/2026", "10:00 AM", "2:00 PM", loc="Tanglewood Recreation Center", addr="410 Kessler Ave", lead="Parks and Recreation", partners="Police, Fire, Community Safety, 911", type="Festival"),
  R(F, "Winter Prep Expo - space heater safety table", "02/07/2026", "10 AM", "2 PM", loc="Tanglewood Rec Ctr", lead="Fire", eid="F-26-0074"),
  R(EC, "Winter Preparedness Expo", "Feb 7, 2026", "10:00 AM", "2:00 PM", loc="Tanglewood Recreation Center", lead="911 Center"),
  note="five departments; Emergency Management runs its own exercise that day")
E("background", "2026-02-07", [EM],
  R(EM, "Ice Storm Tabletop Exercise", "2/7/2026", "9:00 AM", "1:00 PM", loc="EOC", addr="520 Foundry Way", lead="Emergency Management", type="Other"))
E("all_department_flagship", "2026-05-16", [CS, P, F, PR, EM, EC],
  R(CS, "Spring Into Safety Block Party", "5/16/2026", "12:00 PM", "4:00 PM", loc="Hilltop Commons", addr="88 Pinecrest Dr", lead="Community Safety", partners="Police, Fire, Parks & Rec, Emergency Management", eid="CS-26-0090", type="Festival"),
  R(P, "Spring Into Safety - Hilltop", "5/16/2026", "12pm", "4pm", loc="Hilltop Commons Clubhouse", lead="Police"),
  note="911 Emergency Communications only via an accepted Assistance Offer on CS-26-0090")

# ---------------------------------------------------------------- all-day vs timed
E("all_day_row_vs_timed_row", "2026-04-04", [EM, PR],
  R(EM, "Shelter Volunteer Sign-Up Day", "4/4/2026", "All Day", None, loc="Tanglewood Recreation Center", addr="410 Kessler Ave", lead="Emergency Management"),
  R(PR, "Shelter Volunteer Sign-up", "04/04/2026", "10:00 AM", "3:00 PM", loc="Tanglewood Rec Center", lead="Parks and Recreation"))

# ---------------------------------------------------------------- morning and afternoon sessions
E("morning_and_afternoon_sessions_joint", "2026-03-14", [F, CS],
  R(F, "Babysitter Safety Class", "3/14/2026", "9:00 AM", "11:30 AM", loc="Fire Station 2", addr="310 Beacon St", lead="Fire", eid="F-26-0090", aud="Youth"),
  R(CS, "Babysitter Safety (AM)", "3/14/2026", "9am", "11:30am", loc="Station 2", lead="Community Safety", eid="CS-26-0071", aud="Youth"))
E("morning_and_afternoon_sessions_joint", "2026-03-14", [F, CS],
  R(F, "Babysitter Safety Class", "3/14/2026", "1:00 PM", "3:30 PM", loc="Fire Station 2", addr="310 Beacon St", lead="Fire", eid="F-26-0091", aud="Youth"),
  R(CS, "Babysitter Safety (PM)", "3/14/2026", "1pm", "3:30pm", loc="Station 2", lead="Community Safety", eid="CS-26-0072", aud="Youth"))

# ---------------------------------------------------------------- cancelled twice
E("cancelled_logged_twice", "2026-01-27", [P, CS],
  R(P, "Eastgate Town Hall", "1/27/2026", "6:30 PM", "8:00 PM", loc="Eastgate Library", addr="1180 Ashgrove Blvd", lead="Police", partners="Community Safety", status="Cancelled", type="Town Hall"),
  R(CS, "CANCELLED - Eastgate Town Hall", "01/27/2026", "6:30 PM", "8 PM", loc="Eastgate Library", lead="Community Safety", eid="CS-26-0059", type="Town Hall"),
  cancelled=True)

# ---------------------------------------------------------------- double submissions / ids
E("double_submission_new_event_id", "2025-12-17", [F],
  R(F, "Holiday Cooking Fire Safety Demo", "12/17/2025", "5:30 PM", "6:30 PM", loc="Carrow Bend Community College Culinary Lab", addr="3000 College Dr", lead="Fire", eid="F-26-0064"),
  R(F, "Holiday Cooking Fire Safety Demo", "12/17/2025", "5:30 PM", "6:30 PM", loc="Carrow Bend Community College Culinary Lab", addr="3000 College Dr", lead="Fire", eid="F-26-0065"))
E("different_event_ids_across_tabs", "2026-01-24", [F, CS],
  R(F, "Home Safety Visits Kickoff", "1/24/2026", "10 AM", "12 PM", loc="Kessler Heights Baptist Church", addr="1402 Kessler Ave", lead="Fire", eid="F-26-0068", partners="Community Safety"),
  R(CS, "Home Safety Visit Kickoff", "01/24/2026", "10:00 AM", "12:00 PM", loc="Kessler Heights Baptist Church", addr="1402 Kessler Ave", lead="Community Safety", eid="CS-26-0056", partners="Fire"))

# ---------------------------------------------------------------- odd dates/times, still valid
E("odd_dates_times", "2025-10-22", [P, EC],
  R(P, "Senior Safety Expo", "Wed 10/22", "9:30ish", "noon", loc="Ashgrove Senior Apartments", addr="901 Ashgrove Blvd", lead="Police", partners="dispatch", aud="Seniors"),
  note="DEBATABLE for the tool: year missing from the date ('Wed 10/22'); 'dispatch' as the partner")
E("odd_dates_times", "2025-07-19", [PR],
  R(PR, "Riverfest", "July 19-20, 2025", "11 AM", "9 PM", loc="Riverside Amphitheater", addr="400 Water St", lead="Parks and Recreation", type="Festival"),
  note="two-day range typed in the date cell")


# ---------------------------------------------------------------- round 2: harder everyday wording
E("dept_words_not_departments", "2025-09-11", [PR], R(PR, "Patriot Day 9/11 Remembrance Walk", "9/11/2025", "8:30 AM", "9:30 AM", loc="Riverside Trail", addr="400 Water St", lead="Parks and Recreation", type="Recreation Program"), note="'9/11' is a date, not 911")
E("dept_words_not_departments", "2026-02-14", [PR], R(PR, "Heart Health Walk", "2/14/2026", "10 AM", "11 AM", loc="Tanglewood Recreation Center", addr="410 Kessler Ave", lead="Parks and Recreation", type="Recreation Program", aud="Seniors"), note="'Heart' is not the HEART team")
E("dept_words_not_departments", "2026-05-23", [PR], R(PR, "Lifeguard Cert. Renewal", "5/23/2026", "8am", "4pm", loc="Greystone Park Pool", addr="1 Greystone Park Dr", lead="Parks and Recreation", type="Recreation Program", aud="Adults"), note="'Cert.' = certification, not CERT")
E("dept_words_not_departments", "2026-01-08", [P], R(P, "Youth Basketball Night", "1/8/2026", "6:00 PM", "8:00 PM", loc="Kessler Elementary Gym", addr="300 Kessler Ave", lead="Police", aud="Youth", desc="Led by coach Terrell Parks. Open gym, pizza after."), note="'Parks' is a coach's surname")
E("negated_or_hedged_partner", "2025-10-02", [F], R(F, "Station 8 Open House", "10/2/2025", "5:30 PM", "7:30 PM", loc="Fire Station 8", addr="1290 Halvorsen Rd", lead="Fire", eid="F-26-0037", type="Open House", desc="No police presence this year (staffing)."))
E("negated_or_hedged_partner", "2025-10-31", [P], R(P, "Trunk or Treat", "10/31/2025", "5pm", "7pm", loc="Police HQ parking lot", addr="100 Courthouse Sq", lead="Police", partners="Fire - not attending", type="Festival"))
E("negated_or_hedged_partner", "2026-03-25", [EC], R(EC, "Dispatch Career Fair Table", "3/25/2026", "11 AM", "2 PM", loc="Carrow Bend Community College", addr="3000 College Dr", lead="911 Center", desc="TBD if Fire recruiters join us."), note="DEBATABLE: hedge 'TBD if Fire ... join' labelled NOT joint")
E("partner_named_only_in_text", "2025-07-31", [CS, EM], R(CS, "Cooling Center Info Session", "7/31/2025", "1:00 PM", "2:00 PM", loc="Ashgrove Senior Apartments", addr="901 Ashgrove Blvd", lead="Community Safety", eid="CS-26-0008", desc="Heat plan overview with county EMA.", aud="Seniors"), note="DEBATABLE for config: 'county EMA' (Pennsylvania name for emergency management) is not a configured alias")
E("partner_named_only_in_text", "2025-11-01", [PR, F], R(PR, "Storytime with Sparky the Fire Dog", "2025.11.01", "10:30 AM", "11:00 AM", loc="Carrow Bend Public Library - Main", addr="200 Market St", lead="Parks and Recreation", type="Youth Program", aud="Youth"), note="DEBATABLE: Sparky is the fire department's mascot, labelled joint (Fire takes part)")
E("partner_column", "2026-06-27", [EM, F], R(EM, "Fireworks Safety Briefing", "6/27/2026", "2:00 PM", "3:00 PM", loc="City Hall Council Chambers", addr="100 Courthouse Sq", lead="Emergency Management", partners="Fire Marshal's Office"), note="DEBATABLE for config: 'Fire Marshal's Office' is Fire's unit (the config's own example of a custom unit)")
E("partner_column", "2025-12-02", [P, EM, CS], R(P, "Holiday Package Theft Prevention Mtg", "12/2/2025", "7p", "8:30p", loc="Kessler Heights Baptist Church", addr="1402 Kessler Ave", lead="Police", partners="Emergancy Managment, Comunity Safety", type="Community Meeting"), note="two misspelled partners; '7p' times")
E("double_entry_same_tab", "2026-01-10", [P],
  R(P, "Hot Chocolate with a Cop", "1/10/2026", "9:00 AM", "10:30 AM", loc="Grindstone Coffee", addr="38 Tannery St", lead="Police"),
  R(P, "Hot Chocolate with a Cop", "1/10/2026", "9:00 AM", "10:30 AM", loc="Grindstone Coffee", addr="38 Tannery St", lead="Police"))
E("different_titles_per_department", "2025-07-16", [PR, EC],
  R(PR, "Summer Job Fair for Teens", "7/16/2025", "1:00 PM", "4:00 PM", loc="Tanglewood Recreation Center", addr="410 Kessler Ave", lead="Parks and Recreation", type="Youth Program", aud="Youth"),
  R(EC, "Hiring booth - Tanglewood", "07/16/2025", "1:30 PM", "3:30 PM", loc="Tanglewood", lead="911 Center", desc="Recruiting telecommunicators"))
E("cancelled_in_one_tab_only", "2025-12-20", [CS, P],
  R(CS, "Winter Coat Giveaway - Canceled (weather)", "12/20/2025", "10 AM", "1 PM", loc="Oberlin Community Center", addr="620 Oberlin Rd", lead="Community Safety", eid="CS-26-0051"),
  R(P, "Winter Coat Giveaway", "12/20/2025", "10:00 AM", "1:00 PM", loc="Oberlin Community Ctr", lead="Police", status="Confirmed"),
  cancelled=True, note="DEBATABLE: host cancelled in its title, partner's row still Confirmed; labelled one cancelled event")
E("multi_day_split_by_day", "2025-10-06", [F, EC],
  R(F, "Fire Prevention Week Display - Carrow Bend Mall", "10/6/2025", "10 AM", "6 PM", end_date="10/10/2025", loc="Carrow Bend Mall, center court", addr="2600 Millrace Ave", lead="Fire", eid="F-26-0039"),
  R(EC, "911 education table at the mall", "10/8/2025", "10:00 AM", "2:00 PM", loc="Carrow Bend Mall", lead="911 Center"),
  note="partner logs one day of a five-day range row")
E("address_written_differently", "2026-04-22", [P, CS],
  R(P, "Neighborhood Safety Walk", "4/22/2026", "6-8pm", None, loc="Eastgate Diner", addr="1205 Ashgrove Blvd, Ste B", lead="Police"),
  R(CS, "Neighborhood Safety Walk", "04/22/2026", "6:00 PM", "8:00 PM", addr="1205-B Ashgrove Boulevard", lead="Community Safety", eid="CS-26-0085"),
  note="'6-8pm' range in one cell")
E("all_day_row_vs_timed_row", "2026-04-26", [PR, EM],
  R(PR, "Community Clean-Up Day", "4/26/2026", None, None, loc="Marrow Creek Park", addr="2200 Millrace Ave", lead="Parks and Recreation", type="Other"),
  R(EM, "Clean-up Day - debris safety table", "4/26/2026", "all-day", None, loc="Marrow Creek Park", lead="Emergency Management"))
E("same_title_same_time_different_place", "2026-03-07", [P], R(P, "Coffee with a Cop - Eastgate", "3/7/2026", "8am", "9:30am", loc="Eastgate Diner", addr="1205 Ashgrove Blvd", lead="Police"))
E("same_title_same_time_different_place", "2026-03-07", [P], R(P, "Coffee with a Cop - Tannery Row", "3/7/2026", "8am", "9:30am", loc="Grindstone Coffee", addr="38 Tannery St", lead="Police"))
E("odd_dates_times", "2025-10-11", [F], R(F, "Ladder Truck Tour for Scouts", "11-Oct-2025", "1 PM", "2 PM", loc="Fire Station 1", addr="55 Courthouse Sq", lead="Fire", eid="F-26-0042", aud="Youth"))

# ---------------------------------------------------------------- invalid rows
INVALID.append(R(PR, "Holiday Lights Walk", "TBD", "6pm", "8pm", loc="Greystone Park", lead="Parks and Recreation", type="Recreation Program"))
INVALID.append(R(F, "Station Tour (scout troop 112)", None, "10am", "11am", loc="Fire Station 1", lead="Fire", eid="F-26-0081"))

OFFERS = [("CS-26-0090", "911 Center", "Two dispatchers and the mobile 911 trailer", "Accepted"),
          ("CS-26-0090", "OEM", "Sandbags demo", "Declined")]


def build():
    random.seed(45)
    by_tab = defaultdict(list)     # tab -> [(cells, key or None)]
    for ev in EVENTS:
        for tab, cells in ev["rows"]:
            by_tab[tab].append((cells, ev["key"]))
    for tab, cells in INVALID:
        by_tab[tab].append((cells, None))
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth = []
    for tab in TABS:
        ws = wb.create_sheet(tab)
        rows = by_tab[tab]
        random.shuffle(rows)
        if tab == EC:
            ws.append(EC_COLS)
            cols = COLS
        else:
            cols = COLS + (['Title (Spanish)'] if tab == CS else [])
            ws.append(cols)
        for i, (cells, key) in enumerate(rows, start=2):
            ws.append([cells.get(c) for c in cols])
            truth.append((tab, i, key or "", "yes" if key else "no"))
    wo = wb.create_sheet("Assistance Offers")
    wo.append(["Event UID or Event ID", "Offering Department", "What We Can Bring", "Status"])
    for o in OFFERS:
        wo.append(list(o))
    wb.save(OUT / "intake.xlsx")
    with open(OUT / "truth.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["tab", "row", "event_key", "valid"])
        w.writerows(truth)

    lab = defaultdict(list)
    for tab, row, key, valid in truth:
        if key:
            lab[key].append(f"{tab}!{row}")
    months, quarters = defaultdict(lambda: {"events": 0, "joint_events": 0}), defaultdict(lambda: {"events": 0, "joint_events": 0, "all_department_events": 0})
    for m in range(7, 13):
        months[f"2025-{m:02d}"]
    for m in range(1, 7):
        months[f"2026-{m:02d}"]
    for q in range(1, 5):
        quarters[f"FY26-Q{q}"]
    joint = [e for e in EVENTS if len(e["depts"]) >= 2]
    for e in EVENTS:
        if e["cancelled"]:
            continue
        y, m = int(e["date"][:4]), int(e["date"][5:7])
        q = f"FY26-Q{((m - 7) % 12) // 3 + 1}"
        j = len(e["depts"]) >= 2 and not e["internal"]
        months[f"{y}-{m:02d}"]["events"] += 1
        months[f"{y}-{m:02d}"]["joint_events"] += j
        quarters[q]["events"] += 1
        quarters[q]["joint_events"] += j
        quarters[q]["all_department_events"] += len(e["depts"]) == 6
    fams = defaultdict(list)
    for e in EVENTS:
        fams[e["family"]].append(e)
    from itertools import combinations
    pairs = sorted(sorted(p) for v in lab.values() for p in combinations(sorted(v), 2))
    expected = {
        "flavour": "v45", "rows": len(truth), "calendar_events": 0, "calendar_rows": 0, "assistance_offer_rows": len(OFFERS),
        "invalid_rows": len(INVALID), "events": len(EVENTS), "joint_events": len(joint),
        "public_events": sum(1 for e in EVENTS if not e["internal"]), "cancelled_events": sum(e["cancelled"] for e in EVENTS),
        "months": dict(sorted(months.items())), "fiscal_quarters": dict(sorted(quarters.items())),
        "duplicate_pairs": pairs, "calendar_sources": [],
        "event_departments": {e["key"]: e["depts"] for e in joint},
        "event_family": {e["key"]: e["family"] for e in EVENTS},
        "families": {f: {"note": "; ".join(sorted({e["note"] for e in v if e["note"]})), "events": len(v),
                         "rows": sum(len(lab[e["key"]]) for e in v), "event_keys": [e["key"] for e in v]} for f, v in fams.items()},
        "notes": {e["key"]: e["note"] for e in EVENTS if e["note"]},
        "labels_of": {k: v for k, v in lab.items()},
    }
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1))
    print(f"rows {len(truth)} events {len(EVENTS)} joint {len(joint)} pairs {len(pairs)}")


if __name__ == "__main__":
    build()
