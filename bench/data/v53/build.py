#!/usr/bin/env python3
"""Build the held-out labelled set for "Cedar Rapids Junction" (invented city, FY26).

Writes, beside this file: intake.xlsx, truth.csv, expected.json.
Deterministic: no randomness; every row is written out below, event by event.

Each event is declared with ev(key, family, departments, local start date, rows...).
`departments` is the TRUE set of departments taking part (what a careful human reads
from all of that event's rows, including partners named only in text); rows are
r(tab, ...) calls, written into that tab in the order they appear here (row 2, 3, ...).
Invalid rows use key None.
"""
import csv
import datetime as dt
import json
import os
from collections import OrderedDict, defaultdict
from itertools import combinations

import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date
T = dt.time

DEPT = OrderedDict([
    ("P", "Police"),
    ("F", "Fire"),
    ("CS", "Community Safety"),
    ("EC", "Emergency Communications"),
    ("EM", "Emergency Management"),
    ("PR", "Parks and Recreation"),
])
ALL = set(DEPT)

# Tabs as the city names them, their department, and their header row.
STD = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location",
       "Address", "Lead Department", "Partner Departments", "Event Type", "Description",
       "Visibility", "Status", "Internal Notes"]
CANON = ["eid", "title", "date", "start", "end_date", "end", "loc", "addr", "lead", "part",
         "typ", "desc", "vis", "status", "notes"]
TABS = OrderedDict([
    ("Police", ("P", STD)),
    ("Fire", ("F", STD)),
    ("Community Safety", ("CS", STD[1:])),          # no Event ID column
    ("911 Center", ("EC", ["Event Title", "Event Date", "Time", "End Date", "End Time", "Place",
                           "Address", "Host Department", "Partner Depts", "Category",
                           "Description", "Visibility", "Status", "Notes"])),
    ("Emergency Mgmt", ("EM", ["Subject", "Start Date", "Start Time", "End Date", "End Time",
                               "Location", "Address", "Dept", "Partners", "Categories",
                               "Description", "Visibility", "Status", "Staff Notes"])),
    ("Parks & Rec", ("PR", STD)),
])
TAB_CANON = {  # which canonical field each header column holds
    "Police": CANON, "Fire": CANON, "Parks & Rec": CANON,
    "Community Safety": CANON[1:], "911 Center": CANON[1:], "Emergency Mgmt": CANON[1:],
}

EVENTS = OrderedDict()   # key -> dict
ROWS = defaultdict(list)  # tab -> list of (key or None, cells)
FAMILY_NOTES = OrderedDict()


def r(tab, title, date, start="", end_date="", end="", loc="", addr="", lead="", part="",
      typ="", desc="", vis="Public", status="Scheduled", notes="", eid=""):
    assert tab in TABS, tab
    return (tab, dict(eid=eid, title=title, date=date, start=start, end_date=end_date, end=end,
                      loc=loc, addr=addr, lead=lead, part=part, typ=typ, desc=desc, vis=vis,
                      status=status, notes=notes))


def ev(key, family, depts, start, *rows, cancelled=False):
    assert key not in EVENTS, key
    assert family in FAMILY_NOTES, family
    ds = set(depts.split())
    assert ds <= ALL and ds, (key, depts)
    for tab, cells in rows:
        # the tab's own department always takes part
        assert TABS[tab][0] in ds, (key, tab)
        ROWS[tab].append((key, cells))
    EVENTS[key] = dict(family=family, depts=ds, start=start, cancelled=cancelled,
                       rows=[(tab, cells) for tab, cells in rows])


def invalid(reason, row):
    tab, cells = row
    ROWS[tab].append((None, dict(cells, _invalid=reason)))


def fam(name, note):
    FAMILY_NOTES[name] = note


# ----------------------------------------------------------------------------- families
fam("single_department", "An ordinary event of one department (one row). Count it, one department.")
fam("joint_partner_column", "One row; the partner is in Partner Departments (a name, an alias, a "
    "unit such as 'SRO unit' or 'K-9 Unit', or with a harmless remark in brackets). Count as joint.")
fam("joint_logged_by_each", "Each taking-part department logs the event in its own tab, often under "
    "its own title (what it brings), with a shorter time inside the host's, the place written "
    "differently, and e-mail prefixes (FW:, RE:, [EXTERNAL]) kept in the title. Merge into one joint event.")
fam("partner_named_only_in_text", "One row, Partner Departments blank; the partner is named only in "
    "the Description ('w/ Parks', 'led by CRJFD firefighters', 'Parks staff presenting', 'Rec center "
    "staff run the brackets'). Count as joint.")
fam("partner_named_in_internal_notes", "One row, the partner named only in Internal Notes ('cc: Fire "
    "Prevention - Lt. Ortiz doing the ... segment', 'w/ CRJPD Explorers', 'CRJPD K-9 demo at 5:00'). "
    "Count as joint; never publish the note.")
fam("negative_text_mention", "A department word appears in the text but that department does not take "
    "part: an organizer whose surname is Parks ('Sgt. Dana Parks'), 'call 911' advice, HEART sent to "
    "'some 911 calls', Fire who 'declined', a meeting held in a fire station's community room, a class "
    "held in a Parks community center. Keep single-department.")
fam("parade_route", "Parks' Fourth of July parade on a route ('Main St from 1st Ave to 9th Ave'); Police "
    "logs its traffic-control detail (Internal, 8:30-12:30) and Fire its EMS standby (Internal, staged "
    "at 5th Ave, the route written '(1st Ave - 9th Ave)'). One joint event of three departments, public.")
fam("first_night_after_midnight", "New Year's Eve First Night, 6 PM - 12:30 AM. Parks hosts (partner "
    "column CRJPD, EMA; 'HEART team' in the description); Police's detail runs 5:30 PM - 1:00 AM with no "
    "End Date; 911's dispatch post is Internal; Fire's fireworks site check is typed as starting "
    "12:15 AM on 1/1/2026. One all-department event in December 2025 (FY26-Q2), not January.")
fam("county_fair_multi_day", "A 4-day county fair (Thu 7/24 - Sun 7/27/2025) where Fire, Police and "
    "Emergency Management each have a presence; Police typed the hours in the title "
    "('... 10am-9pm daily') with blank time cells; EM's clerk typed 24-hour times. One joint event.")
fam("weekly_class_guest_visit", "Parks' 6-week 'Walking with Ease' class, one row per Tuesday; Fire "
    "logs a 30-minute 'Remembering When' guest talk in week 3 only. Six events; only the 9/23 session "
    "is joint (Fire's row merges into it).")
fam("same_venue_same_evening", "Two different programmes of two departments at Banneker Community "
    "Center, same evening and hours (Room 101 vs gym), titles sharing 'Neighborhood'. Keep apart: two "
    "single-department events.")
fam("same_title_two_neighbourhoods", "'Coffee with a Cop' on National Coffee with a Cop Day, same hours, "
    "at two cafes in two neighbourhoods (Westside and NewBo). Fire forwards the invite and logs a "
    "Ladder 1 drop-by at the NewBo cafe only. Two events; only the NewBo one is joint.")
fam("cancelled_joint", "A joint Police + Parks bike rodeo: Police sets Status Cancelled, Parks' row "
    "keeps Status Scheduled but the Outlook title 'Canceled: ...'. One cancelled joint event: counted in "
    "events, joint_events and cancelled_events, not in months/quarters.")
fam("cancelled_single", "A single-department event cancelled only by a 'Cancelled - ' title prefix "
    "(Status blank).")
fam("rain_date_one_tab", "Movie in the Park rained out on Fri 8/29/2025; Parks changed its row to the "
    "rain date Fri 9/5 and notes Engine 5 is still coming; Fire's row still shows 8/29. One joint "
    "event, on 9/5 (September), not an August event.")
fam("all_department_quarterly", "One flagship per quarter with all six departments: each has some "
    "departments only in the host's partner column ('OCS (HEART info table)', 'Fire, PD, Parks', "
    "'All departments') or only in the text ('911 dispatchers running a text-to-911 demo'), others "
    "with their own rows (pasted 'Sat 9/13/2025 10:00 AM - 2:00 PM' text in a date or time cell, "
    "'Updated invitation:' title, 24-hour times). Merge and count as all-department.")
fam("internal_joint_planning", "An Internal planning meeting on Microsoft Teams with five departments "
    "in the partner column. Two or more departments take part, so it is joint by this set's definition; "
    "the project's default policy (metrics.count_internal_joint: false) leaves it out of the joint figure.")
fam("tentative_event", "A single-department event typed '(Tentative) ...' with Status Tentative. It is "
    "an event (not cancelled) and counts in its month.")

# ----------------------------------------------------------------------------- JULY 2025
ev("parade_jul4", "parade_route", "PR P F", D(2025, 7, 4),
   r("Parks & Rec", "Fourth of July Parade", D(2025, 7, 4), T(10, 0), "", T(12, 0),
     "Main St from 1st Ave to 9th Ave", "", "Parks & Rec", "CRJPD", "Festival",
     "Annual Independence Day parade. Line-up at 1st Ave & Main St at 9:00. Route: Main St from 1st "
     "Ave to 9th Ave.", notes="Float judging 9:30. Street closure permit SC-25-118."),
   r("Police", "Traffic Control - 4th of July Parade", D(2025, 7, 4), "8:30 AM", "", "12:30 PM",
     "Main St from 1st Ave to 9th Ave", "", "CRJPD", "", "Other",
     "Road closures Main St 1st-9th Ave, barricades at each cross street. Organizer: Lt. Marcus Hale",
     vis="Internal", notes="Traffic Unit + 6 patrol. Public Works drops barricades 7:30."),
   r("Fire", "EMS Standby: Independence Day Parade", "7/4/2025", "9:30 AM", "", "12:00 PM",
     "Main St (1st Ave - 9th Ave)", "staged at 5th Ave & Main St", "Fire", "", "Other",
     "Medic 1 + Engine 1 standby along the parade route.", vis="Internal", eid="F26-001"))

ev("yoga_jul8", "negative_text_mention", "PR", D(2025, 7, 8),
   r("Parks & Rec", "Daytime Yoga", D(2025, 7, 8), T(9, 0), "", T(10, 0),
     "Switchyard Park - Pavilion", "1601 S Rogers St", "Parks", "", "Recreation Program",
     "All levels. Bring a mat and water. In an emergency call 911.", status=""))

ev("eoc_check_jul10", "single_department", "EM", D(2025, 7, 10),
   r("Emergency Mgmt", "EOC Quarterly Readiness Check", D(2025, 7, 10), "09:00", "", "11:00",
     "EOC - City Hall lower level", "401 N Morton St", "EMA", "", "Other",
     "Generator test, radio check, WebEOC log-ins.", vis="Internal", notes="EMA staff only"))

ev("staycool_jul11", "joint_logged_by_each", "PR F", D(2025, 7, 11),
   r("Parks & Rec", "Stay Cool Day at Bryan Park Pool - FREE Admission", D(2025, 7, 11), T(13, 0), "",
     T(16, 0), "Bryan Park Pool", "1020 S Woodlawn Ave", "Parks & Rec", "", "Recreation Program",
     "Free admission all afternoon during the heat advisory.", status=""),
   r("Fire", "Engine 2 hose spray @ Bryan Park Pool", "7/11/2025", "2:00 PM", "", "3:00 PM",
     "Bryan Park Pool", "1020 S. Woodlawn Ave.", "Parks & Rec", "Fire", "Recreation Program",
     "Engine 2 sprays the kids on the pool deck, weather permitting.", eid="F26-002"))

ev("cwac_jul16", "negative_text_mention", "P", D(2025, 7, 16),
   r("Police", "Coffee with a Cop", D(2025, 7, 16), "8:00 AM", "", "10:00 AM", "Brewhouse Cafe",
     "1120 Ellis Blvd NW", "CRJPD", "", "Community Meeting",
     "Organizer: Sgt. Dana Parks. Meet your Westside patrol officers - coffee is on us."))

ev("alarm_jul19", "single_department", "F", D(2025, 7, 19),
   r("Fire", "Alarm for Life canvass - Time Check", "7/19/2025", "9 AM", "", "1 PM",
     "Time Check neighborhood", "meet at 1140 Ellis Blvd NW", "CRJFD", "", "Smoke Alarm Install",
     "Door-to-door free smoke & CO alarm installs. Crews from Station 2.", eid="F26-003"))

ev("concert_jul20", "single_department", "PR", D(2025, 7, 20),
   r("Parks & Rec", "Bryan Park Concert Series", D(2025, 7, 20), T(18, 30), "", T(20, 0),
     "Bryan Park", "1001 S Henderson St", "Parks & Rec", "", "Recreation Program",
     "Bring a lawn chair. Tonight: CRJ Community Band."))

ev("violence_conv_jul22", "partner_named_only_in_text", "CS PR", D(2025, 7, 22),
   r("Community Safety", "Community Conversation on Violence Reduction", D(2025, 7, 22), "6:00 PM",
     "", "7:30 PM", "Holton Career and Resource Center", "401 N Driver St", "Community Safety", "",
     "Community Meeting", "Co-hosted w/ Parks - free childcare in the gym. Spanish interpretation "
     "available."))

ev("fair_county", "county_fair_multi_day", "F P EM", D(2025, 7, 24),
   r("Fire", "Cedar County Fair - First Aid Station", "7/24/2025", "10:00 AM", "7/27/2025", "10:00 PM",
     "County Fairgrounds - First Aid building", "5700 W Airport Rd", "Fire", "", "Other",
     "Medic crew on site all four days of the fair.", eid="F26-004"),
   r("Police", "CRJPD Community Booth @ Cedar County Fair 10am-9pm daily", D(2025, 7, 24), "",
     D(2025, 7, 27), "", "Cedar County Fairgrounds, Expo Hall", "5700 W. Airport Road", "CRJPD", "",
     "Safety Education", "Child ID kits, bike registration, recruiting. Thu-Sun."),
   r("Emergency Mgmt", "Cedar County Fair - Ready CRJ preparedness booth", D(2025, 7, 24), "10:00",
     D(2025, 7, 27), "21:00", "Where: Fairgrounds Expo Hall, booth 14", "5700 W Airport Rd", "EMA", "",
     "Safety Education", "Go-kit giveaways, Alert CRJ sign-ups."))

ev("cooling_jul29", "joint_logged_by_each", "CS EM", D(2025, 7, 29),
   r("Community Safety", "Pop-Up Cooling Station - Peoples Park", D(2025, 7, 29), "12:00 PM", "",
     "6:00 PM", "Peoples Park", "501 E Kirkwood Ave", "OCS", "", "Other",
     "Water, cooling towels and outreach to unsheltered neighbors during the heat advisory."),
   r("Emergency Mgmt", "Cooling station - Peoples Park (heat advisory)", D(2025, 7, 29), "11:30", "",
     "18:00", "Peoples Park", "501 E. Kirkwood", "Community Safety", "EMA", "Other",
     "EMA providing the misting tent + generator."))

ev("ecc_tour_jul29", "single_department", "EC", D(2025, 7, 29),
   r("911 Center", "ECC tour - Girl Scout Troop 2231", "Jul 29, 2025", "6:30 PM", "", "7:30 PM",
     "Emergency Communications Center", "3000 6th St SW", "ECC", "", "Youth Program",
     "Troop leader: J. Novak. Max 12 kids.", vis="Internal"))

# ----------------------------------------------------------------------------- AUGUST 2025
ev("nno_czech", "joint_logged_by_each", "P F", D(2025, 8, 5),
   r("Police", "National Night Out - Czech Village Block Party", "Tue 8/5/2025 5:00 PM - 8:00 PM", "",
     "", "", "16th Ave SW & 3rd St SW", "", "CRJPD", "", "National Night Out",
     "Czech Village Neighborhood Assn. Organizer: Officer Linh Tran"),
   r("Fire", "NNO - Engine 3 drop-by Czech Village", "8/5/2025", "6:15 PM", "", "7:00 PM",
     "Czech Village block party (16th Ave SW)", "", "Police", "Fire", "National Night Out",
     "Engine 3 in service - may leave for calls.", eid="F26-005"))

ev("nno_wellington", "joint_partner_column", "P PR", D(2025, 8, 5),
   r("Police", "NNO - Wellington Heights", D(2025, 8, 5), "5:30 PM", "", "8:30 PM",
     "Wellington Heights Park", "1500 Bever Ave SE", "CRJPD", "Parks (bounce house)",
     "National Night Out", "Hot dogs, bounce house, K-9 meet & greet."))

ev("nno_kingston", "single_department", "P", D(2025, 8, 5),
   r("Police", "NNO - Kingston Village Block Party", D(2025, 8, 5), "6:00 PM", "", "8:30 PM",
     "Kingston Village", "300 block of 3rd Ave SW", "CRJPD", "none", "National Night Out",
     "Block party hosted by Kingston Village Neighbors."))

ev("cleanup_aug9", "partner_named_only_in_text", "CS PR", D(2025, 8, 9),
   r("Community Safety", "Community Cleanup - Oakhill Jackson", D(2025, 8, 9), "9:00 AM", "",
     "12:00 PM", "Location: Jackson Park shelter", "1400 12th St SE", "Community Safety", "", "Other",
     "Litter pick-up and block walk. Parks crew hauling debris and bringing grabbers & gloves."))

ev("linedance_aug14", "single_department", "PR", D(2025, 8, 14),
   r("Parks & Rec", "Line Dance (PM)", D(2025, 8, 14), T(18, 0), "", T(19, 0),
     "Allison Jukebox Community Center", "351 S Washington St", "Parks & Rec", "",
     "Recreation Program", "Beginners welcome."))

ev("b2s_bash", "joint_logged_by_each", "PR P EC", D(2025, 8, 16),
   r("Parks & Rec", "Back to School Bash", D(2025, 8, 16), T(11, 0), "", T(14, 0),
     "Banneker Community Center", "930 W 7th St", "Parks & Rec", "SRO unit", "Youth Program",
     "Free backpacks & school supplies, haircuts, games."),
   r("911 Center", "Dispatch kiosk - Back to School Bash", "Aug 16, 2025", "11:30 AM", "", "1:30 PM",
     "Banneker Community Center", "930 W. 7th St.", "Parks & Rec", "911", "Safety Education",
     "Text-to-911 & 'know your address' kiosk for kids."))

ev("cpa_info_aug19", "single_department", "P", D(2025, 8, 19),
   r("Police", "Community Police Academy - Info Night", D(2025, 8, 19), "6:30 PM", "", "7:30 PM",
     "CRJPD Headquarters, Community Room", "602 E Main St", "CRJPD", "", "Community Meeting",
     "Learn about the fall academy (6 weeks, Tue/Thu evenings). Ages 16+."))

ev("fitness_ff", "partner_named_only_in_text", "PR F", D(2025, 8, 23),
   r("Parks & Rec", "Fitness with a Firefighter", D(2025, 8, 23), T(9, 0), "", T(10, 0),
     "Switchyard Park - Great Lawn", "1601 S Rogers St", "Parks", "", "Recreation Program",
     "Boot-camp style workout led by CRJFD firefighters from Station 1. All fitness levels."))

ev("rain_movie", "rain_date_one_tab", "PR F", D(2025, 9, 5),
   r("Fire", "Movie in the Park - Engine 5 display", "8/29/2025", "7:30 PM", "", "9:00 PM",
     "Bryan Park", "1001 S Henderson St", "Parks & Rec", "Fire", "Recreation Program",
     "Engine 5 parked by the screen for kids to tour before the movie.", eid="F26-006"),
   r("Parks & Rec", "Movie in the Park: Inside Out 2 (RAIN DATE)", D(2025, 9, 5), T(19, 30), "",
     T(21, 30), "Bryan Park", "1001 S Henderson St", "Parks", "Fire", "Recreation Program",
     "Rained out Fri 8/29 - moved to the rain date, Fri 9/5. Engine 5 still coming (confirmed w/ "
     "Capt. Reyes)."))

# ----------------------------------------------------------------------------- SEPTEMBER 2025
invalid("no date", r("Police", "Neighborhood Watch Captains Meeting", "", "6:30 PM", "", "8:00 PM",
                     "CRJPD HQ Community Room", "602 E Main St", "CRJPD", "", "Community Meeting",
                     "Date TBD - waiting on room confirmation."))

ev("wwe_0909", "weekly_class_guest_visit", "PR", D(2025, 9, 9),
   r("Parks & Rec", "Walking with Ease", D(2025, 9, 9), T(10, 0), "", T(11, 0),
     "Banneker Community Center", "930 W 7th St", "Parks", "", "Recreation Program",
     "6-week Arthritis Foundation walking program. Week 1 of 6."))

ev("alldept_q1", "all_department_quarterly", "EM F P PR CS EC", D(2025, 9, 13),
   r("Emergency Mgmt", "Ready CRJ: Preparedness Month Touch a Truck", D(2025, 9, 13), "10:00", "",
     "14:00", "Switchyard Park - south lot", "1601 S Rogers St", "EMA",
     "CRJFD, CRJPD, Parks & Rec, OCS (HEART info table)", "Festival",
     "National Preparedness Month kickoff. Kids climb on fire engines, patrol cars and plows. 911 "
     "dispatchers running a text-to-911 demo in the ECC tent."),
   r("Fire", "Touch a Truck - Engine 1 & Ladder 1", "9/13/2025", "9:30 AM", "", "2:00 PM",
     "Switchyard Park", "1601 S. Rogers St.", "Emergency Mgmt", "Fire", "Festival",
     "Crews arrive 9:30 for set-up.", eid="F26-007"),
   r("Police", "FW: Touch a Truck - Switchyard Park", "Sat 9/13/2025 10:00 AM - 2:00 PM", "", "", "",
     "Switchyard Park", "", "EMA", "Police", "Festival",
     "Forwarded from EMA. Bringing a marked unit, a motorcycle and the K-9 van."),
   r("Parks & Rec", "Touch a Truck @ Switchyard", D(2025, 9, 13), T(10, 0), "", T(14, 0),
     "Location: Switchyard Park, 1601 S Rogers St", "", "Emergency Management", "Parks", "Festival",
     "Parks providing the stage, tables & bounce house."))

ev("wwe_0916", "weekly_class_guest_visit", "PR", D(2025, 9, 16),
   r("Parks & Rec", "Walking with Ease", D(2025, 9, 16), T(10, 0), "", T(11, 0),
     "Banneker Community Center", "930 W 7th St", "Parks", "", "Recreation Program",
     "6-week Arthritis Foundation walking program. Week 2 of 6."))

ev("heart_info_sep17", "negative_text_mention", "CS", D(2025, 9, 17),
   r("Community Safety", "HEART Community Responder Info Session", D(2025, 9, 17), "12:00 PM", "",
     "1:00 PM", "https://cityofcrj.zoom.us/j/84512367790", "", "OCS", "", "Community Meeting",
     "Virtual info session on how HEART responders are sent to some 911 calls instead of police. "
     "Organizer: Tasha Greene, HEART Program Manager."))

ev("fiesta_hh", "joint_logged_by_each", "PR CS", D(2025, 9, 20),
   r("Parks & Rec", "Hispanic Heritage Fiesta", D(2025, 9, 20), T(12, 0), "", T(17, 0), "Peoples Park",
     "501 E Kirkwood Ave", "Parks & Rec", "", "Festival",
     "Music, food trucks and dance performances."),
   r("Community Safety", "Fiesta de la Herencia Hispana - mesa informativa OCS", D(2025, 9, 20),
     "1:00 PM", "", "4:00 PM", "Peoples Park", "501 E. Kirkwood Ave.", "Parks", "Community Safety",
     "Festival", "Mesa de información sobre el programa HEART y recursos comunitarios (bilingüe)."))

ev("cert_refresher_sep20", "single_department", "EM", D(2025, 9, 20),
   r("Emergency Mgmt", "CERT Refresher - Light Search & Rescue", D(2025, 9, 20), "08:30", "", "12:00",
     "CRJ Training Center", "2700 C St SW", "EMA", "", "Safety Education",
     "For graduated CERT members. Organizer: Bill Kraus, CERT Coordinator."))

ev("wwe_0923", "weekly_class_guest_visit", "PR F", D(2025, 9, 23),
   r("Parks & Rec", "Walking with Ease", D(2025, 9, 23), T(10, 0), "", T(11, 0),
     "Banneker Community Center", "930 W 7th St", "Parks", "", "Recreation Program",
     "6-week Arthritis Foundation walking program. Week 3 of 6."),
   r("Fire", "Remembering When - falls & fire safety talk @ Walking with Ease", "9/23/2025",
     "10:15 AM", "", "10:45 AM", "Banneker Comm. Ctr", "930 W 7th", "Parks & Rec", "Fire Prevention",
     "Safety Education", "Guest talk by Fire Prevention for the Tuesday walking class (week 3).",
     eid="F26-008"))

invalid("no date", r("Parks & Rec", "Line Dance (AM)", "", T(9, 30), "", T(10, 30),
                     "Allison Jukebox Community Center", "351 S Washington St", "Parks & Rec", "",
                     "Recreation Program", "Fall session"))

ev("ecc_staff_sep", "single_department", "EC", D(2025, 9, 24),
   r("911 Center", "ECC Staff Meeting - Sept", "Sep 24, 2025", "2:00 PM", "", "3:00 PM",
     "ECC Training Room", "3000 6th St SW", "ECC", "", "Other", "Monthly all-shifts meeting.",
     vis="Internal"))

ev("cpr_popup_sep27", "joint_partner_column", "F EC", D(2025, 9, 27),
   r("Fire", "Hands-Only CPR Pop-Up @ Farmers Market", "9/27/2025", "8:00 AM", "", "12:00 PM",
     "Downtown Farmers Market", "401 N Morton St", "CRJFD", "911 (telephone CPR demo)", "CPR Class",
     "Learn Hands-Only CPR in 10 minutes.", eid="F26-009"))

ev("canine_cxl", "cancelled_single", "PR", D(2025, 9, 27),
   r("Parks & Rec", "Cancelled - Canine Field Day", D(2025, 9, 27), T(9, 0), "", T(12, 0),
     "Ferguson Dog Park", "4300 N Stone Mill Rd", "Parks", "", "Recreation Program",
     "Agility course, pet vendors, adoptable dogs.", status=""), cancelled=True)

ev("wwe_0930", "weekly_class_guest_visit", "PR", D(2025, 9, 30),
   r("Parks & Rec", "Walking with Ease", D(2025, 9, 30), T(10, 0), "", T(11, 0),
     "Banneker Community Center", "930 W 7th St", "Parks", "", "Recreation Program",
     "6-week Arthritis Foundation walking program. Week 4 of 6."))

# ----------------------------------------------------------------------------- OCTOBER 2025
ev("coffee_west", "same_title_two_neighbourhoods", "P", D(2025, 10, 1),
   r("Police", "Coffee with a Cop", D(2025, 10, 1), "8:00 AM", "", "10:00 AM", "Brewhouse Cafe",
     "1120 Ellis Blvd NW", "CRJPD", "", "Community Meeting",
     "National Coffee with a Cop Day - Westside (District 1)."))

ev("coffee_east", "same_title_two_neighbourhoods", "P F", D(2025, 10, 1),
   r("Police", "Coffee with a Cop", D(2025, 10, 1), "8:00 AM", "", "10:00 AM", "The Daily Grind",
     "415 3rd St SE", "CRJPD", "", "Community Meeting",
     "National Coffee with a Cop Day - NewBo (District 3)."),
   r("Fire", "FW: Coffee with a Cop - NewBo", "10/1/2025", "8:30 AM", "", "9:15 AM",
     "Daily Grind, 3rd St SE", "", "Police", "Fire", "Community Meeting",
     "Ladder 1 crew stopping by (in service).", eid="F26-010"))

ev("wwe_1007", "weekly_class_guest_visit", "PR", D(2025, 10, 7),
   r("Parks & Rec", "Walking with Ease", D(2025, 10, 7), T(10, 0), "", T(11, 0),
     "Banneker Community Center", "930 W 7th St", "Parks", "", "Recreation Program",
     "6-week Arthritis Foundation walking program. Week 5 of 6."))

ev("stop_bleed_oct9", "joint_partner_column", "EM F", D(2025, 10, 9),
   r("Emergency Mgmt", "Stop the Bleed Class", D(2025, 10, 9), "18:00", "", "20:00",
     "Fire Station 1 - Training Room", "300 E 4th St", "EMA", "CRJFD (instructors)",
     "Safety Education", "Free 2-hour bleeding control class. Ages 12+."))

ev("station3_open", "joint_partner_column", "F P", D(2025, 10, 11),
   r("Fire", "Fire Prevention Week Open House - Station 3", "10/11/2025", "10:00 AM", "", "2:00 PM",
     "Fire Station 3", "2600 Edgewood Rd NW", "CRJFD", "K-9 Unit", "Open House",
     "Station tours, Sparky, extinguisher demo, K-9 demo at 11.", eid="F26-011"))

ev("wwe_1014", "weekly_class_guest_visit", "PR", D(2025, 10, 14),
   r("Parks & Rec", "Walking with Ease", D(2025, 10, 14), T(10, 0), "", T(11, 0),
     "Banneker Community Center", "930 W 7th St", "Parks", "", "Recreation Program",
     "6-week Arthritis Foundation walking program. Week 6 of 6 - graduation walk."))

ev("samevenue_cs", "same_venue_same_evening", "CS", D(2025, 10, 16),
   r("Community Safety", "Neighborhood Safety Listening Session", D(2025, 10, 16), "6:00 PM", "",
     "8:00 PM", "Banneker Community Center - Room 101", "930 W 7th St", "Community Safety", "",
     "Community Meeting", "Share your ideas for the Westside safety plan. Light dinner provided."))

ev("samevenue_pr", "same_venue_same_evening", "PR", D(2025, 10, 16),
   r("Parks & Rec", "Neighborhood Family Night", D(2025, 10, 16), T(18, 0), "", T(20, 0),
     "Banneker Community Center (gym)", "930 W 7th St", "Parks & Rec", "", "Recreation Program",
     "Open gym, board games and pizza. Families welcome."))

ev("coresponder", "joint_logged_by_each", "CS P", D(2025, 10, 20),
   r("Community Safety", "Co-Responder Program Community Briefing", D(2025, 10, 20), "5:30 PM", "",
     "7:00 PM", "Public Library - Meeting Room A", "303 E Kirkwood Ave", "OCS", "CRJPD",
     "Community Meeting", "How clinicians and CIT officers respond together."),
   r("Police", "RE: Co-Responder Program Community Briefing", D(2025, 10, 20), "5:30 PM", "", "7:00 PM",
     "Where: CRJ Public Library, Mtg Rm A", "303 E. Kirkwood", "Community Safety", "Police",
     "Community Meeting", "Lt. Alvarez + 2 CIT officers presenting."))

ev("ecc_staff_oct", "single_department", "EC", D(2025, 10, 22),
   r("911 Center", "ECC Staff Meeting - Oct", "Oct 22, 2025", "2:00 PM", "", "3:00 PM",
     "ECC Training Room", "3000 6th St SW", "ECC", "", "Other", "Monthly all-shifts meeting.",
     vis="Internal"))

ev("senior_expo", "joint_logged_by_each", "PR F P", D(2025, 10, 22),
   r("Parks & Rec", "Senior Safety Expo", D(2025, 10, 22), T(10, 0), "", T(13, 0),
     "Allison Jukebox Community Center", "351 S Washington St", "Parks & Rec", "", "Safety Education",
     "Vendors, flu shots and safety talks for adults 50+."),
   r("Fire", "FW: Senior Safety Expo - Remembering When table", "10/22/2025", "10:00 AM", "", "1:00 PM",
     "Allison Jukebox Comm Ctr", "", "Parks", "Fire", "Safety Education",
     "Fall prevention & smoke alarm sign-ups.", eid="F26-012"),
   r("Police", "Senior Safety Expo - scam prevention talk", D(2025, 10, 22), "11:00 AM", "", "11:45 AM",
     "Allison Jukebox Community Center", "351 S Washington St", "Parks & Rec", "Police",
     "Safety Education", "Det. Morris - phone & gift card scams."))

ev("totrail", "single_department", "PR", D(2025, 10, 25),
   r("Parks & Rec", "Trick or Treat Trail", D(2025, 10, 25), T(16, 0), "", T(18, 0), "Bryan Park",
     "1001 S Henderson St", "Parks", "", "Festival",
     "Costume trail with candy stations from local businesses."))

ev("cpa_grad", "single_department", "P", D(2025, 10, 28),
   r("Police", "Community Police Academy - Graduation", D(2025, 10, 28), "6:00 PM", "", "7:30 PM",
     "CRJPD HQ Community Room", "602 E Main St", "CRJPD", "", "Other",
     "Fall class graduation - families welcome."))

ev("trunk_treat", "tentative_event", "P", D(2025, 10, 30),
   r("Police", "(Tentative) Trunk or Treat at HQ", D(2025, 10, 30), "5:00 PM", "", "7:00 PM",
     "CRJPD HQ parking lot", "602 E Main St", "CRJPD", "", "Festival",
     "Pending approval from the Chief's office.", status="Tentative"))

# ----------------------------------------------------------------------------- NOVEMBER 2025
ev("remembering_nov4", "negative_text_mention", "F", D(2025, 11, 4),
   r("Fire", "Remembering When - Senior Fire & Fall Safety", "11/4/2025", "10:00 AM", "", "11:30 AM",
     "Allison Jukebox Community Center", "351 S Washington St", "CRJFD", "", "Safety Education",
     "NFPA Remembering When program for older adults.", eid="F26-013"))

ev("opengym_nov7", "single_department", "PR", D(2025, 11, 7),
   r("Parks & Rec", "Home School Open Gym", D(2025, 11, 7), T(13, 0), "", T(15, 0),
     "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", "Parks & Rec", "", "Recreation Program",
     ""))

ev("pancake_nov9", "single_department", "F", D(2025, 11, 9),
   r("Fire", "Station 2 Pancake Breakfast", "11/9/2025", "8 AM", "", "11 AM", "Fire Station 2",
     "1140 Ellis Blvd NW", "CRJFD", "", "Open House",
     "Firefighters' Local fundraiser for burn camp.", eid="F26-014"))

ev("fn_planning", "internal_joint_planning", "EM P F PR EC", D(2025, 11, 12),
   r("Emergency Mgmt", "First Night Safety Planning Meeting", D(2025, 11, 12), "14:00", "", "15:00",
     "Microsoft Teams Meeting https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA2NzE5YTgtN2Q1"
     "Ni00%40thread.v2/0", "", "EMA", "CRJPD, CRJFD, Parks & Rec, ECC", "Other",
     "IAP review, road closures, fireworks launch site. Organizer: Renee Okafor (EMA).",
     vis="Internal"))

ev("nbhd_walk_nov13", "joint_partner_column", "P CS", D(2025, 11, 13),
   r("Police", "Neighborhood Safety Walk - Wellington Heights", D(2025, 11, 13), "5:30 PM", "",
     "7:00 PM", "Meet at Wellington Heights Park", "1500 Bever Ave SE", "CRJPD", "OCS",
     "Community Meeting", "Walk the neighborhood with officers and community responders; lighting "
     "& safety survey."))

ev("peace_walk", "negative_text_mention", "CS", D(2025, 11, 15),
   r("Community Safety", "Violence Interruption Community Walk - Oakhill Jackson", D(2025, 11, 15),
     "11:00 AM", "", "1:00 PM", "Jackson Park shelter", "1400 12th St SE", "Community Safety", "",
     "Community Meeting", "Walk & talk with violence interrupters and neighbors.",
     notes="Asked Fire for a truck at the start point - they declined."))

ev("text911_nov18", "single_department", "EC", D(2025, 11, 18),
   r("911 Center", "Text-to-911 Presentation - Kingston Village Neighborhood Assn", "Nov 18, 2025",
     "7:00 PM", "", "8:00 PM", "Kingston Village Community Room", "320 3rd Ave SW", "ECC", "",
     "Safety Education", "When to call, when to text, what to expect."))

ev("winter_wx", "partner_named_in_internal_notes", "EM F", D(2025, 11, 20),
   r("Emergency Mgmt", "Winter Weather Preparedness Workshop", D(2025, 11, 20), "18:30", "", "20:00",
     "Public Library - Meeting Room A", "303 E Kirkwood Ave", "EMA", "", "Safety Education",
     "Build a winter car kit; power outage tips.",
     notes="cc: Fire Prevention - Lt. Ortiz doing the space heater safety segment"))

ev("turkey_trot", "joint_logged_by_each", "PR P", D(2025, 11, 27),
   r("Parks & Rec", "Turkey Trot 5K", D(2025, 11, 27), T(8, 0), "", T(10, 0), "Switchyard Park",
     "1601 S Rogers St", "Parks & Rec", "", "Recreation Program",
     "Thanksgiving morning 5K & kids' 1-mile. Bring a canned good."),
   r("Police", "Traffic control - Turkey Trot", D(2025, 11, 27), "7:00 AM", "", "9:30 AM",
     "Switchyard Park / B-Line Trail crossings", "", "Parks", "CRJPD", "Other",
     "4 officers at the trail crossings.", vis="Internal"))

# ----------------------------------------------------------------------------- DECEMBER 2025
ev("shop_cop", "single_department", "P", D(2025, 12, 6),
   r("Police", "Shop with a Cop", D(2025, 12, 6), "8:00 AM", "", "11:00 AM", "Hy-Vee",
     "1843 Johnson Ave NW", "CRJPD", "", "Youth Program",
     "Officers shop with 40 kids; breakfast before."))

ev("skate_santa", "joint_logged_by_each", "PR F", D(2025, 12, 7),
   r("Parks & Rec", "Skate with Santa", D(2025, 12, 7), T(13, 0), "", T(16, 0),
     "Frank Southern Ice Arena", "2100 S Henderson St", "Parks", "", "Recreation Program",
     "Skate, cocoa and photos with Santa."),
   r("Fire", "Santa arrives on Engine 4 - Skate with Santa", "12/7/2025", "1:45 PM", "", "2:15 PM",
     "Frank Southern Ice Arena", "2100 S. Henderson", "Parks & Rec", "Fire", "Recreation Program",
     "", eid="F26-015"))

ev("cad_cutover", "single_department", "EC", D(2025, 12, 9),
   r("911 Center", "CAD upgrade cutover", "Dec 9, 2025", "1:00 AM", "", "5:00 AM",
     "Emergency Communications Center", "3000 6th St SW", "ECC", "", "Other",
     "Manual cards during cutover. All hands.", vis="Internal"))

ev("winter_palooza", "single_department", "PR", D(2025, 12, 13),
   r("Parks & Rec", "Winter Palooza", D(2025, 12, 13), T(10, 0), "", T(14, 0),
     "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", "Parks & Rec", "", "Festival",
     "Crafts, cookie decorating, indoor snowball fight."))

ev("fill_engine", "joint_logged_by_each", "F P", D(2025, 12, 13),
   r("Fire", "Fill the Engine & Stuff the Cruiser toy drive", "12/13/2025", "9 AM", "", "3 PM",
     "Hy-Vee (Johnson Ave)", "1843 Johnson Ave NW", "Fire", "", "Other",
     "Bring a new, unwrapped toy.", eid="F26-016"),
   r("Police", "Stuff the Cruiser - Toys for Tots", D(2025, 12, 13), "10:00 AM", "", "3:00 PM",
     "Hy-Vee, 1843 Johnson Ave NW", "", "CRJPD", "CRJFD", "Other", "Joint toy drive with Fire."))

ev("holiday_giveaway", "single_department", "CS", D(2025, 12, 20),
   r("Community Safety", "Holiday Resource Giveaway - Wellington Heights", D(2025, 12, 20),
     "10:00 AM", "", "1:00 PM", "Wellington Heights Park shelter", "1500 Bever Ave SE", "OCS", "",
     "Other", "Coats, hats and food boxes while supplies last."))

ev("firstnight", "first_night_after_midnight", "PR P F EC EM CS", D(2025, 12, 31),
   r("Parks & Rec", "First Night Cedar Rapids Junction", D(2025, 12, 31), T(18, 0), D(2026, 1, 1),
     T(0, 30), "Peoples Park & downtown", "501 E Kirkwood Ave", "Parks & Rec", "CRJPD, EMA",
     "Festival", "Family-friendly New Year's Eve: ice sculptures, live music, fireworks at midnight. "
     "HEART team staffing the warming tent."),
   r("Police", "First Night - downtown detail", D(2025, 12, 31), "5:30 PM", "", "1:00 AM",
     "Peoples Park / downtown", "", "Parks", "CRJPD", "Festival",
     "Crowd management; road closures on Kirkwood Ave.", vis="Internal"),
   r("911 Center", "First Night - mobile dispatch post", "Dec 31, 2025", "5:00 PM", "1/1/2026",
     "1:00 AM", "Peoples Park command post", "501 E Kirkwood Ave", "Parks & Rec", "911 Center",
     "Festival", "2 telecommunicators at the unified command post.", vis="Internal"),
   r("Fire", "First Night - Engine 1 fireworks site check", "1/1/2026", "12:15 AM", "", "1:00 AM",
     "Peoples Park (fireworks launch site)", "501 E Kirkwood Ave", "Parks & Rec", "Fire", "Festival",
     "After the midnight fireworks: debris and hot-spot check of the launch area.",
     eid="F26-017"))

# ----------------------------------------------------------------------------- JANUARY 2026
ev("doorknock_jan10", "single_department", "F", D(2026, 1, 10),
   r("Fire", "Space Heater Safety Door-Knock - Oakhill Jackson", "1/10/2026", "10 AM", "", "1 PM",
     "Oakhill Jackson neighborhood", "meet at 1400 12th St SE", "CRJFD", "", "Smoke Alarm Install",
     "Free alarm installs + space heater tips after last week's house fire.", eid="F26-018"))

ev("csab_jan15", "single_department", "CS", D(2026, 1, 15),
   r("Community Safety", "Community Safety Advisory Board", D(2026, 1, 15), "5:30 PM", "", "7:00 PM",
     "City Hall - McCloskey Conference Room (Rm 135)", "401 N Morton St", "Community Safety", "",
     "Community Meeting", "Regular meeting. Public comment at the start."))

ev("mlk_service", "partner_named_in_internal_notes", "PR P", D(2026, 1, 19),
   r("Parks & Rec", "MLK Day of Service - Butler Park Cleanup", D(2026, 1, 19), T(10, 0), "", T(12, 0),
     "Rev. Ernest D. Butler Park", "812 W 9th St", "Parks & Rec", "", "Other",
     "Volunteer clean-up and bird feeder building.",
     notes="w/ CRJPD Explorers (Ofc. Diaz bringing 10 cadets)"))

ev("cwac_jan21", "single_department", "P", D(2026, 1, 21),
   r("Police", "Coffee with a Cop", D(2026, 1, 21), "8:00 AM", "", "10:00 AM", "Brewhouse Cafe",
     "1120 Ellis Blvd NW", "CRJPD", "", "Community Meeting", "Westside officers."))

ev("skate_night", "single_department", "PR", D(2026, 1, 23),
   r("Parks & Rec", "Family Skate Night", D(2026, 1, 23), T(18, 0), "", T(20, 0),
     "Frank Southern Ice Arena", "2100 S Henderson St", "Parks", "", "Recreation Program",
     "Skate rental included."))

ev("ttx_jan27", "single_department", "EM", D(2026, 1, 27),
   r("Emergency Mgmt", "Winter Storm Tabletop Exercise", D(2026, 1, 27), "09:00", "", "12:00",
     "EOC - City Hall lower level", "401 N Morton St", "EMA", "", "Other",
     "EMA staff exercise - ice storm scenario.", vis="Internal"))

ev("winter_resource", "joint_partner_column", "CS EM", D(2026, 1, 29),
   r("Community Safety", "Winter Resource Night - Time Check", D(2026, 1, 29), "5:00 PM", "", "7:00 PM",
     "Time Check Community Room", "1400 Ellis Blvd NW", "OCS", "EMA (winter kits)",
     "Community Meeting", "Warm clothing, utility assistance sign-ups, winter car kits."))

ev("kit_workshop", "single_department", "EM", D(2026, 1, 31),
   r("Emergency Mgmt", "Ready CRJ Go-Kit Workshop", D(2026, 1, 31), "10:00", "", "11:30",
     "Public Library - Meeting Room B", "303 E Kirkwood Ave", "EMA", "", "Safety Education",
     "Build a 72-hour kit; first 25 families get a free backpack."))

# ----------------------------------------------------------------------------- FEBRUARY 2026
ev("resource_fair", "joint_logged_by_each", "CS PR P", D(2026, 2, 7),
   r("Community Safety", "Black History Month Community Resource Fair", D(2026, 2, 7), "11:00 AM", "",
     "3:00 PM", "Banneker Community Center", "930 W 7th St", "Community Safety", "Parks & Rec",
     "Festival", "Jobs, health screenings, legal aid, youth programs."),
   r("Police", "Community booth - Black History Month Resource Fair", D(2026, 2, 7), "11:00 AM", "",
     "3:00 PM", "Banneker Comm Center", "930 W. 7th St.", "OCS", "Police", "Festival",
     "Recruiting + Community Outreach Unit."))

ev("cpa_spring", "single_department", "P", D(2026, 2, 10),
   r("Police", "Community Police Academy - Spring Info Night", D(2026, 2, 10), "6:30 PM", "", "7:30 PM",
     "CRJPD HQ Community Room", "602 E Main St", "CRJPD", "", "Community Meeting",
     "Spring academy starts March 3."))

ev("opengym_feb13", "single_department", "PR", D(2026, 2, 13),
   r("Parks & Rec", "Home School Open Gym", D(2026, 2, 13), T(13, 0), "", T(15, 0),
     "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", "Parks & Rec", "", "Recreation Program",
     ""))

ev("heartsaver", "single_department", "F", D(2026, 2, 14),
   r("Fire", "Heartsaver CPR/AED Class", "2/14/2026", "9:00 AM", "", "12:00 PM",
     "Fire Station 1 - Training Room", "300 E 4th St", "CRJFD", "", "CPR Class",
     "AHA certification, $20. Register online.", eid="F26-019"))

ev("timecheck_assn", "negative_text_mention", "CS", D(2026, 2, 17),
   r("Community Safety", "Time Check Neighborhood Assn - Safety Update", D(2026, 2, 17), "6:30 PM", "",
     "7:30 PM", "Fire Station 3 Community Room", "2600 Edgewood Rd NW", "OCS", "",
     "Community Meeting", "OCS staff update on the Westside safety plan."))

ev("teen_driver", "joint_logged_by_each", "P F", D(2026, 2, 19),
   r("Police", "Teen Driver Safety Night", D(2026, 2, 19), "6:00 PM", "", "8:00 PM",
     "Kennedy High School auditorium", "4545 Wenig Rd NE", "CRJPD", "", "Safety Education",
     "Distracted driving; what to do at a traffic stop."),
   r("Fire", "RE: Teen Driver Safety Night - extrication demo", "2/19/2026", "6:45 PM", "", "7:30 PM",
     "Kennedy HS parking lot", "4545 Wenig Rd NE", "Police", "Fire", "Safety Education",
     "Rescue 1 doing a vehicle extrication demo.", eid="F26-020"))

ev("kids911", "single_department", "EC", D(2026, 2, 21),
   r("911 Center", "911 Kids Day at the Library", "Feb 21, 2026", "10:30 AM", "", "12:00 PM",
     "Public Library - Children's Room", "303 E Kirkwood Ave", "ECC", "", "Youth Program",
     "Stories and role-play: learn what 911 dispatchers do and how to call."))

ev("spotter", "single_department", "EM", D(2026, 2, 24),
   r("Emergency Mgmt", "Severe Weather Spotter Training (NWS)", D(2026, 2, 24), "18:30", "", "20:30",
     "City Hall Council Chambers", "401 N Morton St", "EMA", "", "Safety Education",
     "Presented by NWS Quad Cities."))

# ----------------------------------------------------------------------------- MARCH 2026
ev("sound_alarm", "single_department", "F", D(2026, 3, 7),
   r("Fire", "Sound the Alarm - free smoke alarm installs", "3/7/2026", "9:00 AM", "", "2:00 PM",
     "Wellington Heights neighborhood", "", "CRJFD", "", "Smoke Alarm Install",
     "With the American Red Cross. Sign up by 3/2.", eid="F26-021"))

ev("tc_recruit", "single_department", "EC", D(2026, 3, 11),
   r("911 Center", "Telecommunicator Recruitment Info Session", "Mar 11, 2026", "12:00 PM", "",
     "1:00 PM", "https://cityofcrj.zoom.us/j/86123409876", "", "ECC", "", "Other",
     "Learn about a career as a 911 telecommunicator."))

ev("flood_outlook", "partner_named_only_in_text", "EM PR", D(2026, 3, 12),
   r("Emergency Mgmt", "Spring Flood Outlook Town Hall", D(2026, 3, 12), "18:00", "", "19:30",
     "Time Check Community Room", "1400 Ellis Blvd NW", "EMA", "", "Town Hall",
     "River forecast from NWS. Parks staff presenting river trail and park closures."))

invalid("end before start", r("Community Safety", "Youth Safety Summit", D(2026, 3, 14), "9:00 AM",
                              D(2026, 3, 12), "3:00 PM", "Kennedy High School", "4545 Wenig Rd NE",
                              "OCS", "", "Youth Program", "Workshops for grades 9-12."))

ev("spring_gym", "single_department", "PR", D(2026, 3, 17),
   r("Parks & Rec", "Spring Break Open Gym", D(2026, 3, 17), T(12, 0), "", T(16, 0),
     "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", "Parks & Rec", "", "Recreation Program",
     "Ages 8-14."))

ev("alldept_q3", "all_department_quarterly", "EM F EC CS P PR", D(2026, 3, 21),
   r("Emergency Mgmt", "Severe Weather Awareness Expo", D(2026, 3, 21), "10:00", "", "13:00",
     "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", "EMA", "Fire, PD, Parks",
     "Safety Education", "Iowa Severe Weather Awareness Week. NWS, storm shelter info, weather radios."),
   r("Fire", "Sound the Alarm sign-ups @ Severe Wx Expo", "3/21/2026", "10:00 AM", "", "1:00 PM",
     "Twin Lakes Rec Ctr", "1700 W. Bloomfield Rd.", "EMA", "Fire", "Smoke Alarm Install", "",
     eid="F26-022"),
   r("911 Center", "Updated invitation: Severe Weather Awareness Expo - 911 table", "Mar 21, 2026",
     "Sat 3/21/2026 10:00 AM - 1:00 PM", "", "", "Twin Lakes Recreation Center", "", "EMA", "911",
     "Safety Education", "Organizer: Renee Okafor. Text-to-911 and Smart911 sign-ups."),
   r("Community Safety", "Severe Weather Awareness Expo - OCS resource table", D(2026, 3, 21),
     "10:00 AM", "", "1:00 PM", "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", "EMA",
     "Community Safety", "Safety Education", ""))

ev("safer_comm", "joint_logged_by_each", "CS P", D(2026, 3, 24),
   r("Community Safety", "Building Safer Communities: Community Learning Session on Violence Reduction",
     D(2026, 3, 24), "6:00 PM", "", "8:00 PM", "Holton Career and Resource Center", "401 N Driver St",
     "Community Safety", "", "Community Meeting",
     "Learning session on the city-county violence reduction plan."),
   r("Police", "[EXTERNAL] Building Safer Communities - Learning Session", D(2026, 3, 24), "6:00 PM", "",
     "8:00 PM", "Where: Holton Career & Resource Ctr - 401 N Driver St.", "", "Community Safety",
     "Police", "Community Meeting", "Invite from OCS. Chief + Community Outreach Unit attending."))

# ----------------------------------------------------------------------------- APRIL 2026
ev("egg_hunt", "joint_logged_by_each", "PR F", D(2026, 4, 4),
   r("Parks & Rec", "Spring Egg Hunt", D(2026, 4, 4), T(10, 0), "", T(12, 0), "Bryan Park",
     "1001 S Henderson St", "Parks", "", "Recreation Program",
     "Ages 0-10; hunts by age group every 20 minutes."),
   r("Fire", "Engine 2 at Spring Egg Hunt", "4/4/2026", "10 AM", "", "11:30 AM", "Bryan Park", "",
     "Parks & Rec", "Fire", "Recreation Program", "", eid="F26-023"))

ev("npstw_open", "partner_named_in_internal_notes", "EC P", D(2026, 4, 14),
   r("911 Center", "National Public Safety Telecommunicators Week Open House", "Apr 14, 2026",
     "4:00 PM", "", "7:00 PM", "Emergency Communications Center", "3000 6th St SW", "ECC", "",
     "Open House", "Tour the 911 floor and meet our telecommunicators.",
     notes="CRJPD K-9 demo at 5:00 in the lot (Ofc. Bauer & Rex)"))

ev("tc_lunch", "single_department", "EC", D(2026, 4, 15),
   r("911 Center", "Telecommunicator Appreciation Lunch", "Apr 15, 2026", "11:00 AM", "", "1:00 PM",
     "ECC break room", "3000 6th St SW", "ECC", "", "Other", "Catered by Cafe de Wheels.",
     vis="Internal"))

ev("earth_day", "single_department", "PR", D(2026, 4, 18),
   r("Parks & Rec", "Earth Day Festival", D(2026, 4, 18), T(11, 0), "", T(15, 0), "Switchyard Park",
     "1601 S Rogers St", "Parks & Rec", "", "Festival", "Tree giveaway, nature crafts, e-waste drop."))

ev("heart_anniv", "single_department", "CS", D(2026, 4, 20),
   r("Community Safety", "Invitation: HEART Anniversary Open House @ Mon Apr 20, 2026 4pm - 6pm (CDT) "
     "(OCS Events)", D(2026, 4, 20), "4:00 PM", "", "6:00 PM", "Office of Community Safety",
     "101 1st St SE", "OCS", "", "Open House",
     "Meet the HEART responders, see the response van, light refreshments."))

ev("takeback", "single_department", "P", D(2026, 4, 25),
   r("Police", "Drug Take Back Day", D(2026, 4, 25), "10:00 AM", "", "2:00 PM", "CRJPD HQ lobby",
     "602 E Main St", "CRJPD", "", "Other",
     "National Prescription Drug Take Back. No liquids or needles."))

ev("shelter_walk", "single_department", "EM", D(2026, 4, 28),
   r("Emergency Mgmt", "Storm Shelter Signage Check - Twin Lakes", D(2026, 4, 28), "13:00", "", "14:00",
     "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", "EMA", "", "Other",
     "EMA planners - annual shelter signage check.", vis="Internal"))

invalid("end before start", r("Fire", "Station 4 Open House", "5/2/2026", "4:00 PM", "", "2:00 PM",
                              "Fire Station 4", "5100 Council St NE", "CRJFD", "", "Open House",
                              "Tours and hot dogs.", eid="F26-024"))

# ----------------------------------------------------------------------------- MAY 2026
ev("taichi", "single_department", "PR", D(2026, 5, 7),
   r("Parks & Rec", "Tai Chi at Switchyard Park", D(2026, 5, 7), T(9, 0), "", T(10, 0),
     "Switchyard Park", "1601 S Rogers St", "Parks", "", "Recreation Program", ""))

ev("bike_rodeo", "cancelled_joint", "P PR", D(2026, 5, 9),
   r("Police", "Bike Rodeo & Helmet Fitting", D(2026, 5, 9), "10:00 AM", "", "12:00 PM",
     "Twin Lakes Recreation Center parking lot", "1700 W Bloomfield Rd", "CRJPD", "Parks & Rec",
     "Youth Program", "Bike safety course + free helmets. Organizer: Ofc. Kim Larsen (Bike Unit).",
     status="Cancelled", notes="Cxl - helmet grant delayed; try again in the fall"),
   r("Parks & Rec", "Canceled: Bike Rodeo & Helmet Fitting", D(2026, 5, 9), T(10, 0), "", T(12, 0),
     "Twin Lakes Rec Center", "1700 W. Bloomfield", "Police", "Parks", "Youth Program", ""),
   cancelled=True)

ev("ccd_update", "joint_partner_column", "CS EC", D(2026, 5, 14),
   r("Community Safety", "Crisis Call Diversion: Community Update", D(2026, 5, 14), "12:00 PM", "",
     "1:00 PM", "Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4YjQ1"
     "%40thread.v2/0", "", "OCS", "ECC", "Community Meeting",
     "Year-one results of clinicians working inside the 911 center."))

ev("police_memorial", "single_department", "P", D(2026, 5, 15),
   r("Police", "Peace Officers Memorial Ceremony", D(2026, 5, 15), "12:00 PM", "", "1:00 PM",
     "Police Memorial, Greene Square", "", "CRJPD", "", "Other", "Honoring fallen officers."))

ev("ems_week", "single_department", "F", D(2026, 5, 20),
   r("Fire", "EMS Week Open House - Station 5", "5/20/2026", "5:00 PM", "", "7:00 PM", "Fire Station 5",
     "4300 Blairs Ferry Rd NE", "CRJFD", "", "Open House",
     "Ambulance tours, Stop the Bleed demo, blood pressure checks.", eid="F26-025"))

ev("pool_open", "single_department", "PR", D(2026, 5, 23),
   r("Parks & Rec", "Bryan Park Pool Opening Day", D(2026, 5, 23), T(12, 0), "", T(18, 0),
     "Bryan Park Pool", "1020 S Woodlawn Ave", "Parks & Rec", "", "Recreation Program", ""))

ev("flood_ready", "joint_logged_by_each", "EM CS", D(2026, 5, 28),
   r("Emergency Mgmt", "Flood Ready: Time Check Neighborhood Meeting", D(2026, 5, 28), "18:00", "",
     "19:30", "Time Check Community Room", "1400 Ellis Blvd NW", "EMA", "", "Community Meeting",
     "Sandbag plans, flood insurance, evacuation routes."),
   r("Community Safety", "RE: Flood Ready Time Check mtg - OCS table", D(2026, 5, 28), "5:45 PM", "",
     "7:30 PM", "Time Check Comm. Room", "1400 Ellis Blvd. NW", "EMA", "Community Safety",
     "Community Meeting", ""))

ev("water_safety", "joint_partner_column", "PR F", D(2026, 5, 30),
   r("Parks & Rec", "Water Safety Day at Mills Pool", D(2026, 5, 30), T(13, 0), "", T(16, 0),
     "Mills Pool", "1100 W 14th St", "Parks & Rec", "Fire Dept (water rescue demo)",
     "Safety Education", "Free swim, life jacket fitting."))

# ----------------------------------------------------------------------------- JUNE 2026
ev("alldept_q4", "all_department_quarterly", "PR F P EM CS EC", D(2026, 6, 6),
   r("Parks & Rec", "Safe Summer Kickoff", D(2026, 6, 6), T(11, 0), "", T(15, 0), "Switchyard Park",
     "1601 S Rogers St", "Parks & Rec", "All departments", "Festival",
     "Bike helmets, water safety, fireworks safety, touch-a-truck, HEART & 911 info tables."),
   r("Fire", "Safe Summer Kickoff - fireworks & water safety booth", "6/6/2026", "10:30 AM", "",
     "3:00 PM", "Switchyard Park", "", "Parks", "Fire", "Festival", "", eid="F26-026"),
   r("Police", "Safe Summer Kickoff - bike patrol & bike registration", D(2026, 6, 6), "11:00 AM", "",
     "3:00 PM", "Location: Switchyard Park", "1601 S. Rogers St.", "Parks & Rec", "CRJPD", "Festival",
     ""),
   r("Emergency Mgmt", "Safe Summer Kickoff - Alert CRJ sign-ups", D(2026, 6, 6), "11:00", "", "15:00",
     "Switchyard Park", "", "Parks & Rec", "EMA", "Festival", ""))

ev("cops_hoops", "partner_named_only_in_text", "P PR", D(2026, 6, 9),
   r("Police", "Cops & Hoops", D(2026, 6, 9), "6:00 PM", "", "8:00 PM", "Banneker Community Center gym",
     "930 W 7th St", "CRJPD", "", "Youth Program",
     "3-on-3 with officers. Rec center staff run the brackets & concessions."))

ev("bike_ride", "single_department", "P", D(2026, 6, 13),
   r("Police", "Bike Patrol Open Ride", D(2026, 6, 13), "9:00 AM", "", "11:00 AM",
     "Cedar River Trail - 8th Ave trailhead", "", "CRJPD", "", "Community Meeting",
     "Easy 6-mile ride with the Bike Unit. Helmets required."))

ev("jr_fire_marshal", "joint_partner_column", "F PR", D(2026, 6, 15),
   r("Fire", "Junior Fire Marshal Camp", "6/15/2026", "9:00 AM", "6/18/2026", "3:00 PM",
     "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", "CRJFD", "Parks & Rec", "Youth Program",
     "4-day camp for ages 11-15.", eid="F26-027"))

ev("juneteenth", "single_department", "PR", D(2026, 6, 19),
   r("Parks & Rec", "Juneteenth Celebration", D(2026, 6, 19), T(16, 0), "", T(20, 0),
     "Banneker Community Center", "930 W 7th St", "Parks & Rec", "", "Festival",
     "Music, food and history walk."))

ev("ecc_staff_jun", "single_department", "EC", D(2026, 6, 24),
   r("911 Center", "ECC Staff Meeting - June", "Jun 24, 2026", "2:00 PM", "", "3:00 PM",
     "ECC Training Room", "3000 6th St SW", "ECC", "", "Other", "Monthly all-shifts meeting.",
     vis="Internal"))

ev("cert_grad", "single_department", "EM", D(2026, 6, 25),
   r("Emergency Mgmt", "CERT Basic Training Graduation", D(2026, 6, 25), "18:00", "", "19:00",
     "City Hall Council Chambers", "401 N Morton St", "EMA", "", "Other", "Spring CERT class."))

ev("summer_nights", "single_department", "CS", D(2026, 6, 26),
   r("Community Safety", "Summer Night Lights - Oakhill Jackson", D(2026, 6, 26), "7:00 PM", "",
     "10:00 PM", "Jackson Park", "1400 12th St SE", "OCS", "", "Youth Program",
     "Late-night games, food and music for teens."))

ev("fireworks_presser", "joint_logged_by_each", "F P", D(2026, 6, 30),
   r("Fire", "Fireworks Safety Press Event", "6/30/2026", "10:00 AM", "", "10:30 AM", "Fire Station 1",
     "300 E 4th St", "CRJFD", "", "Safety Education",
     "Legal vs illegal fireworks; burn demo.", eid="F26-028"),
   r("Police", "Fireworks safety presser (w/ Fire)", D(2026, 6, 30), "10:00 AM", "", "10:30 AM",
     "Fire Station 1", "", "Fire", "Police", "Safety Education", "Capt. on enforcement."))


# ============================================================================= output
def fy_quarter(d):
    q = ((d.month - 7) % 12) // 3 + 1
    fy = d.year + 1 if d.month >= 7 else d.year
    return "FY%02d-Q%d" % (fy % 100, q)


def cell_text(v):
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, dt.time):
        return v.strftime("%H:%M")
    return str(v)


def build():
    # ---- workbook
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth = []
    rowref = {}  # key -> list of "Tab!row"
    for tab, (dept, headers) in TABS.items():
        ws = wb.create_sheet(tab)
        ws.append(headers)
        for c in ws[1]:
            c.font = Font(bold=True)
        canon = TAB_CANON[tab]
        assert len(canon) == len(headers)
        for i, (key, cells) in enumerate(ROWS[tab]):
            rownum = i + 2
            for j, f in enumerate(canon):
                v = cells[f]
                if v == "" or v is None:
                    continue
                c = ws.cell(row=rownum, column=j + 1, value=v)
                if isinstance(v, dt.date):
                    c.number_format = "m/d/yyyy"
                elif isinstance(v, dt.time):
                    c.number_format = "h:mm AM/PM"
            truth.append((tab, rownum, key or "", "no" if key is None else "yes"))
            if key:
                rowref.setdefault(key, []).append("%s!%d" % (tab, rownum))
        for col, w in zip("ABCDEFGHIJKLMNO", [10, 46, 14, 12, 12, 10, 34, 24, 18, 26, 18, 50, 10, 11, 40]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A2"
    fixed = dt.datetime(2026, 7, 1, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Cedar Rapids Junction"
    wb.save(os.path.join(HERE, "intake.xlsx"))

    # ---- truth.csv
    with open(os.path.join(HERE, "truth.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["tab", "row", "event_key", "valid"])
        for t in truth:
            w.writerow(t)

    # ---- figures, all computed from EVENTS
    def names(ds):
        return sorted(DEPT[d] for d in ds)

    def is_public(e):
        return any(c["vis"] == "Public" for _, c in e["rows"])

    def is_joint(e):
        return len(e["depts"]) >= 2

    def is_all(e):
        return e["depts"] == ALL

    months = OrderedDict()
    for k in range(12):
        y, m = (2025, 7 + k) if k < 6 else (2026, k - 5)
        months["%04d-%02d" % (y, m)] = {"events": 0, "joint_events": 0}
    quarters = OrderedDict(("FY26-Q%d" % q, {"events": 0, "joint_events": 0,
                                              "all_department_events": 0}) for q in range(1, 5))
    # (integrated into bench/data by the lead: months and quarters count joint events as the
    # project's default policy does, metrics.count_internal_joint: false, internal-only joint
    # work apart in internal_joint_by_month / internal_joint_by_quarter)
    internal_by_month, internal_by_quarter = OrderedDict((k, 0) for k in months), OrderedDict((k, 0) for k in quarters)
    for key, e in EVENTS.items():
        if e["cancelled"]:
            continue
        mk = e["start"].strftime("%Y-%m")
        qk = fy_quarter(e["start"])
        months[mk]["events"] += 1
        quarters[qk]["events"] += 1
        if is_joint(e) and is_public(e):
            months[mk]["joint_events"] += 1
            quarters[qk]["joint_events"] += 1
        elif is_joint(e):
            internal_by_month[mk] += 1
            internal_by_quarter[qk] += 1
        if is_all(e):
            quarters[qk]["all_department_events"] += 1

    pairs = []
    for key, refs in rowref.items():
        pairs.extend([list(p) for p in combinations(refs, 2)])

    families = OrderedDict()
    for fname, note in FAMILY_NOTES.items():
        keys = [k for k, e in EVENTS.items() if e["family"] == fname]
        families[fname] = {
            "note": note,
            "events": len(keys),
            "rows": sum(len(rowref[k]) for k in keys),
            "pairs": sum(len(rowref[k]) * (len(rowref[k]) - 1) // 2 for k in keys),
            "joint_events": sum(1 for k in keys if is_joint(EVENTS[k])),
            "event_keys": keys,
        }

    internal_titles = [c["title"] for e in EVENTS.values() if not is_public(e)
                       for _, c in e["rows"]]
    internal_row_titles = [c["title"] for e in EVENTS.values() if is_public(e)
                           for _, c in e["rows"] if c["vis"] != "Public"]
    internal_notes = [c["notes"] for tab in ROWS for _, c in ROWS[tab] if c.get("notes")]

    n_rows = len(truth)
    n_invalid = sum(1 for t in truth if t[3] == "no")
    exp = OrderedDict()
    exp["flavour"] = "cedar-rapids-junction-v53 (held-out)"
    exp["city"] = "Cedar Rapids Junction (invented)"
    exp["timezone"] = "America/Chicago"
    exp["fiscal_year"] = "FY26 = 2025-07-01 .. 2026-06-30"
    exp["tabs"] = {tab: DEPT[d] for tab, (d, _) in TABS.items()}
    exp["rows"] = n_rows
    exp["valid_rows"] = n_rows - n_invalid
    exp["invalid_rows"] = n_invalid
    exp["events"] = len(EVENTS)
    exp["joint_events"] = sum(1 for e in EVENTS.values() if is_joint(e))
    exp["joint_events_not_cancelled"] = sum(1 for e in EVENTS.values()
                                            if is_joint(e) and not e["cancelled"])
    exp["joint_events_excluding_internal"] = sum(1 for e in EVENTS.values()
                                                 if is_joint(e) and is_public(e))
    exp["internal_joint_events"] = [k for k, e in EVENTS.items() if is_joint(e) and not is_public(e)]
    exp["all_department_events"] = sum(1 for e in EVENTS.values() if is_all(e))
    exp["public_events"] = sum(1 for e in EVENTS.values() if is_public(e))
    exp["internal_events"] = sum(1 for e in EVENTS.values() if not is_public(e))
    exp["cancelled_events"] = sum(1 for e in EVENTS.values() if e["cancelled"])
    exp["multi_row_events"] = sum(1 for k in EVENTS if len(rowref[k]) > 1)
    exp["months"] = months
    exp["fiscal_quarters"] = quarters
    exp["internal_joint_by_month"] = internal_by_month
    exp["internal_joint_by_quarter"] = internal_by_quarter
    exp["internal_titles"] = internal_titles
    exp["internal_row_titles"] = internal_row_titles
    exp["internal_markers"] = internal_notes
    exp["duplicate_pairs"] = pairs
    exp["labels"] = ("truth.csv and duplicate_pairs name a sheet row as Tab!row (row 1 is the header). "
                     "Invalid rows have a blank event_key and valid=no. Counts: events, joint_events, "
                     "public_events and cancelled_events include cancelled events; months and "
                     "fiscal_quarters leave cancelled events out. joint = 2+ distinct departments take "
                     "part (also one named only as a partner or in text/notes). joint_events includes "
                     "internal-only joint work (internal_joint_events; months/quarters give "
                     "internal_joint_events so a scorer can subtract it under the project's default "
                     "count_internal_joint: false). public_events = events with at least one Public row.")
    exp["event_departments"] = OrderedDict((k, names(e["depts"])) for k, e in EVENTS.items()
                                           if is_joint(e))
    exp["event_family"] = OrderedDict((k, e["family"]) for k, e in EVENTS.items())
    exp["event_start"] = OrderedDict((k, e["start"].isoformat()) for k, e in EVENTS.items())
    exp["event_rows"] = OrderedDict((k, rowref[k]) for k in EVENTS)
    exp["cancelled_keys"] = [k for k, e in EVENTS.items() if e["cancelled"]]
    exp["all_department_keys"] = [k for k, e in EVENTS.items() if is_all(e)]
    exp["families"] = families
    with open(os.path.join(HERE, "expected.json"), "w") as fh:
        json.dump(exp, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return exp


if __name__ == "__main__":
    e = build()
    print("rows %d (invalid %d), events %d, joint %d (not cancelled %d, excl. internal %d), "
          "all-department %d, public %d, cancelled %d" % (
              e["rows"], e["invalid_rows"], e["events"], e["joint_events"],
              e["joint_events_not_cancelled"], e["joint_events_excluding_internal"],
              e["all_department_events"], e["public_events"], e["cancelled_events"]))
    for m, v in e["months"].items():
        print(" ", m, v)
    for q, v in e["fiscal_quarters"].items():
        print(" ", q, v)
