#!/usr/bin/env python3
"""Build the Millbrook Falls held-out labelled set (v55, FY26) for safety-events.

Writes intake.xlsx, truth.csv, expected.json and config.yaml beside this script, from the rows
written out below. Deterministic: the only randomness (the Google Form's submission timestamps)
comes from random.Random(55); every figure in expected.json is computed from the event list
(EVENTS), never typed by hand and never taken from running the tool.

Millbrook Falls is an invented city (America/Chicago, fiscal year July-June, FY26 = Jul 2025 -
Jun 2026) in Monroe County. Its venues and street addresses are borrowed from the real
Bloomington IN calendars in shared/realdata (Switchyard Park, Bryan Park, Banneker Community
Center, Twin Lakes Recreation Center, Allison Jukebox Community Center, Monroe County Public
Library, Frank Southern Ice Arena, Griffy Lake, Mills Pool, Showers Common / City Hall McCloskey
Room ...), its National Night Out block parties from the real Pittsburgh NNO 2025 registrations,
and its programme names from the real Durham and Bloomington feeds (Remembering When, Sound the
Alarm, Junior Fire Marshal, Building Safer Communities, Fitness with a Firefighter, Canopy of
Lights, Daytime Yoga, Canine Field Day ...).

The new habit: the city collects events partly through a shared Google Form. Its responses tab
("Form Responses 1") holds submissions from every department with the form's own columns; Police
and Fire still keep their own tabs, and many of their events were also submitted through the
form by a partner. Run with: python build.py (from this folder)
"""
import csv
import datetime as dt
import itertools
import json
import os
import random
from collections import OrderedDict

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------
# Tabs, departments, headers
# ----------------------------------------------------------------------------------------
P, F, FR = "Police", "Fire", "Form Responses 1"
TABS = [P, F, FR]
DEPT = {  # short code -> department name in config.yaml
    "P": "Police", "F": "Fire", "CS": "Community Safety", "T": "Emergency Communications",
    "EM": "Emergency Management", "PR": "Parks and Recreation",
}
TAB_DEPT = {P: "P", F: "F"}  # the form tab is no department's: each row's is its Submitting Department
ALL6 = sorted(DEPT.values())

# The Google Form's answer options, as the form shows them (Submitting Department dropdown and
# the "Other departments participating" checkboxes; the checkboxes add "None" and "Other:").
FORM_NAME = {"P": "Police", "F": "Fire", "CS": "Community Safety",
             "T": "Emergency Communications (911)", "EM": "Emergency Management",
             "PR": "Parks and Recreation"}
EMAIL = {  # "Collect email addresses" is on: Google writes the signed-in account
    "P": "mpd.community@millbrookfalls.example", "F": "fire.crr@millbrookfalls.example",
    "CS": "communitysafety@millbrookfalls.example", "T": "ecc.training@millbrookfalls.example",
    "EM": "oem@millbrookfalls.example", "PR": "parks.events@millbrookfalls.example",
}
EMAIL_ALT = {  # a second person in some departments submits from their own account
    "PR": "d.whitfield@millbrookfalls.example", "CS": "r.okafor@millbrookfalls.example",
    "EM": "cert.coordinator@millbrookfalls.example",
}

FORM_HEADERS = ["Timestamp", "Email Address", "Event Name", "Event Date", "Start Time", "End Time",
                "Location / Address", "Submitting Department",
                "Other departments participating (check all that apply)", "Open to the public?",
                "Description", "Anything else we should know?"]
HEADERS = {
    # Police: short headers of its own ("Date", "Partner Depts", "Notes"), no Address column
    P: ["Title", "Date", "Start Time", "End Time", "Location", "Partner Depts", "Event Type",
        "Description", "Visibility", "Status", "Notes"],
    # Fire: the canonical intake headers, with Event IDs
    F: ["Event ID", "Title", "Start Date", "Start Time", "End Time", "End Date", "Location",
        "Address", "Lead Department", "Partner Departments", "Event Type", "Description",
        "Visibility", "Status", "Internal Notes"],
    # the Google Form's responses tab: the form's own question titles, unchanged
    FR: FORM_HEADERS,
}
KEYS = {
    P: ["title", "date", "time", "end_time", "loc", "partners", "etype", "desc", "vis", "status",
        "notes"],
    F: ["eid", "title", "date", "time", "end_time", "end_date", "loc", "addr", "lead", "partners",
        "etype", "desc", "vis", "status", "notes"],
    FR: ["ts", "email", "title", "date", "time", "end_time", "loc", "lead", "partners", "vis",
         "desc", "notes"],
}
# The coordinator pasted the responses submitted from this instant on into the shared workbook
# "as values" from the live Google Sheet, so they arrived as text exactly as Sheets shows them
# ("1/9/2026 10:41:07", "3/7/2026", "10:00:00 AM"); earlier responses came with the .xlsx
# download, as typed cells shown in the same formats.
FORM_TEXT_FROM = dt.datetime(2026, 1, 5)


class Row:
    _seq = itertools.count()

    def __init__(self, tab, title, date, time="", end_time="", end_date=None, loc="", addr="",
                 lead="", partners="", etype="", desc="", vis="Public", status="", notes="",
                 eid="", dept=None, ts=None, after=None, email="", date_text=None, sort_date=None,
                 late=False):
        assert tab in TABS, tab
        self.tab, self.title, self.date, self.time = tab, title, date, time
        self.end_time, self.end_date, self.loc, self.addr = end_time, end_date, loc, addr
        self.lead, self.partners, self.etype, self.desc = lead, partners, etype, desc
        self.vis, self.status, self.notes, self.eid = vis, status, notes, eid
        self.dept = dept or TAB_DEPT.get(tab)
        self.ts, self.after, self.email = ts, after, email
        self.date_text, self.sort_date, self.late = date_text, sort_date, late
        self.seq = next(Row._seq)
        self.key = None
        self.valid = True
        self.rownum = None
        self.why = ""

    def ref(self):
        return f"{self.tab}!{self.rownum}"

    def public(self):
        return self.vis in ("Public", "Yes")


def PO(title, date, start, end, loc, partners="", etype="", desc="", vis="Public", status="",
       notes="", dayname=False, date_text=None, sort_date=None, late=False):
    """A Police tab row: text dates m/d/yyyy (some with the day's name), times as typed."""
    if date and date_text is None:
        d = dt.date.fromisoformat(date)
        date_text = (f"{d:%a} " if dayname else "") + f"{d.month}/{d.day}/{d.year}"
    return Row(P, title, date, start, end, loc=loc, partners=partners, etype=etype, desc=desc,
               vis=vis, status=status, notes=notes, date_text=date_text, sort_date=sort_date,
               late=late)


def FI(eid, title, date, start, end, loc, addr="", partners="", etype="", desc="", vis="Public",
       status="Scheduled", notes="", end_date=None, lead="MFFD", sort_date=None):
    """A Fire tab row: Event IDs, date cells, 24-hour times typed as text."""
    return Row(F, title, date, start, end, end_date=end_date, loc=loc, addr=addr, lead=lead,
               partners=partners, etype=etype, desc=desc, vis=vis, status=status, notes=notes,
               eid=eid, sort_date=sort_date)


def Q(dept, title, date, start, end, loc, other="None", public="Yes", desc="", anything="",
      ts=None, after=None, email=None):
    """A Google Form response. start/end are 24-hour "HH:MM" (written as the form writes times)."""
    return Row(FR, title, date, start, end, loc=loc, lead=FORM_NAME[dept], partners=other,
               vis=public, desc=desc, notes=anything, dept=dept, ts=ts, after=after,
               email=email or EMAIL[dept])


EVENTS = []      # dicts: key, family, day, depts, rows, cancelled
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
# Places (real names and addresses from shared/realdata, moved to Millbrook Falls)
# ----------------------------------------------------------------------------------------
SWITCHYARD = ("Switchyard Park", "1601 S Rogers St")
PEOPLES = ("Peoples Park", "501 E Kirkwood Ave")
BRYAN = ("Bryan Park", "1001 S Henderson St")
BANNEKER = ("Banneker Community Center", "930 W 7th St")
TWINLAKES = ("Twin Lakes Recreation Center", "1700 W Bloomfield Rd")
ALLISON = ("Allison Jukebox Community Center", "351 S Washington St")
LIBRARY = ("Monroe County Public Library", "303 E Kirkwood Ave")
ICE = ("Frank Southern Ice Arena", "2100 S Henderson St")
GRIFFY = ("Griffy Lake Boathouse", "3300 N Headley Rd")
GRIFFY_NP = ("Griffy Lake Nature Preserve", "3400 N Headley Rd")
MILLS = ("Mills Pool", "1100 W 14th St")
BRYANPOOL = ("Bryan Park Pool", "1020 S Woodlawn Ave")
BUTLER = ("Rev. Ernest D. Butler Park", "812 W 9th St")
WINSLOW_WOODS = ("Winslow Woods Park", "2120 S Highland Ave")
WINSLOW_SC = ("Winslow Sports Complex", "2800 S Highland Ave")
FERGUSON = ("Ferguson Dog Park", "4300 N Stone Mill Rd")
SHOWERS = ("Showers Common", "401 N Morton St")
CITYHALL = ("City Hall", "401 N Morton St")
CONVENTION = ("Monroe Convention Center", "302 S College Ave")
FAIRGROUNDS = ("Monroe County Fairgrounds", "5700 W Airport Rd")
HOPEWELL = ("Hopewell Commons", "Hopewell Commons")
ROSEHILL = ("Rose Hill Cemetery", "1100 W 4th St")
# the city's own buildings (invented)
STA1 = ("Fire Station 1", "300 E 4th St")
STA4 = ("Fire Station 4", "3410 S Walnut St")
PDHQ = ("Police Headquarters", "220 E 3rd St")
ECC = ("Emergency Communications Center", "214 W 7th St")
EOC = ("Emergency Operations Center", "3600 W 3rd St")
COFFEE = ("Millbrook Coffee Co.", "210 N Walnut St")


def at(place, sep=", "):
    return f"{place[0]}{sep}{place[1]}"


# ========================================================================================
# FY26 Q1: July - September 2025
# ========================================================================================
ev("2025-07-04-fireworks-switchyard", "setup_and_standby_hours", "2025-07-04", ["PR", "P", "F"], [
    Q("PR", "4th of July Fireworks at Switchyard Park", "2025-07-04", "18:00", "22:00",
      at(SWITCHYARD), other="Police, Fire",
      desc="Food trucks from 6, fireworks at dusk (about 9:15). No personal fireworks in the park.",
      anything="Rogers St closed from 7pm, MPD is doing the detail."),
    PO("July 4th fireworks - crowd/traffic detail", "2025-07-04", "7pm", "11pm", "Switchyard Park",
       partners="Parks", etype="Festival", vis="Internal",
       desc="Rogers St closure, crowd control at the park exits after the show"),
    FI("FPE-25-071", "Fireworks standby - Switchyard Pk", "2025-07-04", "19:30", "22:30",
       SWITCHYARD[0], SWITCHYARD[1], partners="Parks & Rec", etype="Festival", vis="Internal",
       desc="Engine 1 + Medic 5 standby for the city fireworks show.",
       notes="Shoot site inspection w/ the pyro vendor at 1800."),
])
ev("2025-07-10-daytime-yoga-peoples-park", "background_single", "2025-07-10", ["PR"], [
    Q("PR", "Daytime Yoga", "2025-07-10", "09:00", "10:00", at(PEOPLES), other="",
      desc="All levels, bring a mat. Free."),
])
ev("2025-07-12-smoke-alarm-canvass-hopewell", "form_and_tab_same_event", "2025-07-12", ["F", "CS"], [
    FI("CRR-25-014", "SA canvass - Hopewell", "2025-07-12", "09:00", "12:00", "Hopewell neighborhood",
       "Hopewell Commons", partners="Community Safety", etype="Smoke Alarm Install",
       desc="Door-to-door smoke alarm checks and free installs. Meet at Hopewell Commons."),
    Q("CS", "Door knocking with Fire - Hopewell", "2025-07-12", "09:00", "12:00", "Hopewell Commons",
      other="Fire",
      desc="Care navigators going door to door with the smoke alarm crews, leaving resource info."),
])
ev("2025-07-15-coffee-with-a-cop-millbrook-coffee", "same_department_tab_and_form", "2025-07-15", ["P"], [
    PO("Coffee w/ a Cop", "2025-07-15", "8am", "10am", "Millbrook Coffee Co.",
       etype="Community Meeting", desc="Meet your West District officers. Coffee's on us.",
       dayname=True),
    Q("P", "Coffee with a Cop - Millbrook Coffee Co.", "2025-07-15", "08:00", "10:00", at(COFFEE),
      other="None", desc="Informal meet and greet with officers, no agenda."),
])
ev("2025-07-16-cto-refresher", "background_single", "2025-07-16", ["T"], [
    Q("T", "CTO refresher (internal)", "2025-07-16", "13:00", "17:00",
      "ECC training room, 214 W 7th St", other="None", public="No",
      desc="Communications training officers annual refresher."),
])
ev("2025-07-22-violence-reduction-conversation-banneker", "form_partner_only_in_anything_else",
   "2025-07-22", ["CS", "P"], [
    Q("CS", "Community Conversation on Violence Reduction", "2025-07-22", "18:00", "19:30",
      at(BANNEKER), other="None",
      desc="Westside residents talk with the Community Safety Department about the city's violence "
           "reduction plan. Dinner provided.",
      anything="Lt. Harris from MPD West District will present crime stats and take questions."),
])
ev("2025-07-26-bike-rodeo-bryan-park", "form_and_tab_same_event", "2025-07-26", ["P", "PR"], [
    PO("Bike Rodeo", "2025-07-26", "10am", "1pm", "Bryan Park", partners="Parks",
       etype="Youth Program", desc="Bike Patrol runs the skills course. Free helmets while they last."),
    Q("PR", "Kids Bike Safety Rodeo", "2025-07-26", "10:00", "13:00", at(BRYAN), other="Police",
      desc="Ages 5-12, bring your own bike and helmet if you have one."),
])
ev("2025-07-28-jr-fire-marshal-camp", "multi_day_tab_range_form_first_day", "2025-07-28", ["F", "PR"], [
    FI("CRR-25-019", "Junior Fire Marshal Camp", "2025-07-28", "09:00", "12:00", TWINLAKES[0],
       TWINLAKES[1], partners="Parks and Rec", etype="Youth Program", end_date="2025-07-31",
       desc="4-day course, ages 11-15, Mon-Thu mornings."),
    Q("PR", "Jr. Fire Marshal Camp (Mon-Thu)", "2025-07-28", "09:00", "12:00", TWINLAKES[0],
      other="Fire",
      desc="Runs 7/28 through 7/31, mornings. Fire Dept teaches, we host + snacks."),
])

# --- National Night Out, Tue Aug 5 2025 (Q1 all-department flagship + block parties) -------
ev("2025-08-05-nno-switchyard-kickoff", "all_department_flagship", "2025-08-05", "ALL", [
    PO("NNO KICKOFF - SWITCHYARD PARK", "2025-08-05", "5pm", "8pm", "Switchyard Park pavilion",
       partners="Fire, Parks", etype="National Night Out", dayname=True,
       desc="Chief's kickoff at 5:30, K-9 demo at 6, then the Chief's tour of the block parties."),
    FI("FPE-25-082", "NNO - Engine 1/Ladder 3 display", "2025-08-05", "17:00", "19:00",
       SWITCHYARD[0], SWITCHYARD[1], lead="MPD", partners="MFFD", etype="National Night Out",
       desc="Apparatus display + Sparky at the city kickoff."),
    Q("PR", "National Night Out at Switchyard Park", "2025-08-05", "17:00", "20:00",
      "Switchyard Park Pavilion, 1601 S Rogers St", other="Police, Fire, Community Safety",
      desc="City kickoff for National Night Out: games, bounce house, food trucks, meet your "
           "first responders.",
      anything="CERT volunteers from Emergency Management are running the cooling tent."),
    Q("CS", "Crisis Response Team table - NNO kickoff", "2025-08-05", "17:00", "19:30",
      SWITCHYARD[0], other="Police, Parks and Recreation",
      desc="When to call the crisis line vs 911, giveaways."),
    Q("T", "Text-to-911 demo at National Night Out", "2025-08-05", "17:00", "19:00",
      "Switchyard Park Pavilion", other="None",
      desc="Dispatchers showing kids how to call and text 911."),
])
NNO = "2025-08-05"
ev("2025-08-05-nno-arlington-ave", "nno_block_party", NNO, ["P"], [
    PO("NNO - Arlington Ave block party", NNO, "6pm", "8pm", "2319 Arlington Ave",
       etype="National Night Out", desc="Kids games & food. Rain: 2400 Elsie St."),
])
ev("2025-08-05-nno-muldowney-ave", "nno_block_party_visit", NNO, ["P", "F"], [
    PO("NNO - 31st Ward / Muldowney", NNO, "6pm", "8pm", "1202 Muldowney Ave",
       etype="National Night Out", desc="Free root beer, crafts and games"),
    FI("FPE-25-083", "Engine 12 visit - Muldowney Ave block party", NNO, "18:30", "19:15",
       "1202 Muldowney Ave", etype="National Night Out", desc="Touch-a-truck, junior firefighter stickers"),
])
ev("2025-08-05-nno-wilson-ave", "nno_block_party", NNO, ["P"], [
    PO("National Night Out in Perry Hilltop", NNO, "5pm", "7:30pm", "2435 Wilson Ave",
       etype="National Night Out", desc="Food, face painting, basketball"),
])
ev("2025-08-05-nno-brownsville-rd", "nno_block_party_visit", NNO, ["P", "F"], [
    PO("NNO On Brownsville Rd", NNO, "6:30pm", "8:30pm", "1529 Brownsville Rd",
       etype="National Night Out", desc="Block Watch + first responders"),
    FI("FPE-25-084", "Touch a truck - Brownsville Rd NNO (Engine 4)", NNO, "19:00", "20:00",
       "Brownsville Rd block party", "1529 Brownsville Road", etype="National Night Out"),
])
ev("2025-08-05-nno-lincoln-ave", "nno_block_party", NNO, ["P"], [
    PO("Lincoln Ave NNO", NNO, "5:30pm", "7pm", "1551 Lincoln Ave", etype="National Night Out",
       desc="Fellowship, food & games"),
])
ev("2025-08-05-nno-abbott-st", "nno_block_party", NNO, ["P"], [
    PO("Park Place NNO", NNO, "5pm", "8pm", "7720 Abbott St", etype="National Night Out",
       desc="Children's games, music"),
])
ev("2025-08-05-nno-california-ave", "nno_block_party", NNO, ["P"], [
    PO("NNO Celebration - California Ave", NNO, "5pm", "7pm", "3830 California Ave",
       etype="National Night Out", desc="Church lot. Rain location: inside the church building."),
])
ev("2025-08-05-nno-shadyside-ln", "nno_block_party", NNO, ["P"], [
    PO("Shadyside Lane cul-de-sac NNO", NNO, "6pm", "8:30pm", "2 Shadyside Ln",
       etype="National Night Out", desc="Pizza party"),
])
ev("2025-08-05-nno-butler-park", "nno_block_party_visit", NNO, ["P", "F", "PR"], [
    PO("NNO - Butler Park", NNO, "5pm", "8pm", "Butler Park", partners="Parks",
       etype="National Night Out"),
    FI("FPE-25-085", "Medic 5 @ Butler Park NNO", NNO, "18:00", "19:00", BUTLER[0], BUTLER[1],
       etype="National Night Out", desc="Ambulance tours, hands-only CPR demo"),
    Q("PR", "NNO Block Party - Butler Park", NNO, "17:00", "20:00", at(BUTLER), other="Police, Fire",
      desc="Cookout, DJ, splash pad open late."),
])
ev("2025-08-05-nno-arch-st", "nno_block_party_visit", NNO, ["P", "CS"], [
    PO("NNO - 1400 blk Arch St", NNO, "5:30pm", "7:30pm", "1400 Block of Arch Street",
       etype="National Night Out", desc="DJ, live music, lawn games"),
    Q("CS", "Crisis Response Team at the Arch St NNO", NNO, "17:30", "19:30", "1400 block Arch St",
      other="Police", desc="Info table + care navigators."),
])
ev("2025-08-05-nno-winslow-woods-ice-cream", "form_partner_only_in_anything_else", NNO, ["PR", "F"], [
    Q("PR", "NNO Ice Cream Social - Winslow Woods Park", NNO, "18:00", "20:00", at(WINSLOW_WOODS),
      other="None", desc="Free ice cream, lawn games, neighborhood association tables.",
      anything="Engine 7 is coming by around 7."),
])
ev("2025-08-09-back-to-school-bash-banneker", "form_and_tab_same_event", "2025-08-09",
   ["PR", "P", "CS"], [
    Q("PR", "Back to School Bash", "2025-08-09", "10:00", "13:00", at(BANNEKER),
      other="Police, Community Safety",
      desc="Free backpacks and school supplies, haircuts, DJ.", email=EMAIL_ALT["PR"]),
    PO("Backpack giveaway @ Banneker", "2025-08-09", "10am", "1pm", "Banneker CC",
       partners="Parks, CS", etype="Youth Program", desc="SROs handing out backpacks"),
])
ev("2025-08-14-movie-in-the-park-switchyard", "same_place_same_evening_apart", "2025-08-14", ["PR"], [
    Q("PR", "Movie in the Park: Inside Out 2", "2025-08-14", "19:30", "22:00", at(SWITCHYARD),
      other="None", desc="Pre-show games at 7:30, movie at dusk. Bring a blanket."),
])
ev("2025-08-14-community-walk-switchyard", "same_place_same_evening_apart", "2025-08-14", ["CS", "P"], [
    Q("CS", "Community Safety Walk - Switchyard Park & B-Line", "2025-08-14", "18:30", "20:00",
      at(SWITCHYARD), other="Police",
      desc="Walk the B-Line with care navigators and West District officers. Meet at the pavilion.",
      email=EMAIL_ALT["CS"]),
])
ev("2025-08-16-fill-the-boot", "background_single", "2025-08-16", ["F"], [
    FI("FPE-25-090", "Fill the Boot - MDA", "2025-08-16", "10:00", "14:00",
       "College Ave & Kirkwood Ave", etype="Other", desc="Annual MDA boot drive downtown."),
])
ev("2025-08-20-engine-12-pump-test", "background_single", "2025-08-20", ["F"], [
    FI("FPE-25-091", "E12 annual pump test", "2025-08-20", "08:00", "11:00", GRIFFY[0], GRIFFY[1],
       etype="Other", vis="Internal", notes="Drafting from the lake. Out of service 0800-1100."),
])
canine1 = Q("PR", "Canine Field Day", "2025-08-23", "09:00", "12:00", at(FERGUSON), other="None",
            desc="Agility course, microchip clinic, dog treats.")
ev("2025-08-23-canine-field-day-cancelled", "form_cancellation_submission", "2025-08-23", ["PR"], [
    canine1,
    Q("PR", "CANCELLED - Canine Field Day 8/23", "2025-08-23", "09:00", "12:00", at(FERGUSON),
      other="None", desc="Cancelled.",
      anything="Heat advisory - we're cancelling this one. Please take it off the calendar.",
      ts=dt.datetime(2025, 8, 22, 7, 12, 40)),
], cancelled=True)
ev("2025-08-28-care-navigation-info-session", "background_single", "2025-08-28", ["CS"], [
    Q("CS", "Care Navigation: what happens after you call", "2025-08-28", "17:30", "18:30",
      at(LIBRARY), other="None", desc="How follow-up care navigation works, Q&A."),
])

# --- CERT Basic Training, four Wednesdays (EM submits each week through the form) -----------
for wk, day in [(1, "2025-09-03"), (2, "2025-09-10"), (3, "2025-09-17"), (4, "2025-09-24")]:
    topic = {1: "Disaster preparedness, CERT organization", 2: "Disaster medical operations",
             3: "Fire safety and utility controls", 4: "Light search & rescue, final exercise"}[wk]
    first = Q("EM", f"CERT Basic Training - Week {wk}", day, "18:00", "21:00", at(EOC),
              other="Fire" if wk == 3 else "None", desc=topic,
              email=EMAIL_ALT["EM"])
    rows, depts, fam = [first], ["EM"], "weekly_series"
    if wk == 2:  # the form submitted twice (double click): the same answers 6 seconds apart
        rows.append(Q("EM", f"CERT Basic Training - Week {wk}", day, "18:00", "21:00", at(EOC),
                      other="None", desc=topic, email=EMAIL_ALT["EM"],
                      after=(first, dt.timedelta(seconds=6))))
        fam = "form_double_submission"
    if wk == 3:
        rows.append(FI("FPE-25-095", "CERT class - fire suppression segment", day, "18:00", "21:00",
                       "EOC", EOC[1], lead="Emergency Mgmt", partners="MFFD", etype="Safety Education",
                       desc="Engine 2 crew teaching extinguisher use + small fire suppression."))
        depts, fam = ["EM", "F"], "weekly_series_visit"
    ev(f"{day}-cert-basic-wk{wk}", fam, day, depts, rows)

# --- Citizens Police Academy, six Tuesdays at Police HQ (Police tab) ------------------------
for wk, day in [(1, "2025-09-09"), (2, "2025-09-16"), (3, "2025-09-23"), (4, "2025-09-30"),
                (5, "2025-10-07"), (6, "2025-10-14")]:
    title = f"Citizens Police Academy - Wk {wk}"
    desc = {1: "Welcome, Chief's intro", 2: "Patrol ops + traffic stops", 3: "",
            4: "Investigations, crime scene", 5: "", 6: "Graduation - families welcome"}[wk]
    loc, depts, fam = "HQ training room", ["P"], "weekly_series"
    rows = []
    if wk == 3:
        title, loc = "Citizens Police Academy - Wk 3 (911 center tour)", "911 center"
        desc = "Class meets at the 911 center tonight."
        rows.append(Q("T", "Citizens Academy - 911 Center tour", day, "18:00", "20:30", at(ECC),
                      other="Police", desc="Tour of the dispatch floor for the Citizens Police Academy class.",
                      public="No"))
        depts, fam = ["P", "T"], "weekly_series_visit"
    if wk == 5:
        desc = "Fire ops night: Engine 1 crew will demo vehicle extrication in the HQ lot."
        depts, fam = ["P", "F"], "weekly_series_partner_in_text"
    rows.insert(0, PO(title, day, "6pm", "9pm", loc, etype="Safety Education", desc=desc))
    ev(f"{day}-citizens-police-academy-wk{wk}", fam, day, depts, rows)

ev("2025-09-06-fiesta-del-otono-switchyard", "form_partner_backed_out_checkbox_kept", "2025-09-06",
   ["PR", "P", "CS"], [
    Q("PR", "La Fiesta del Otoño", "2025-09-06", "12:00", "18:00", at(SWITCHYARD),
      other="Police, Fire, Community Safety",
      desc="Latin music, food vendors, kids' crafts. Bilingual resource tables.",
      anything="Fire had to back out (staffing) - leaving them checked in case it changes.",
      email=EMAIL_ALT["PR"]),
    PO("Fiesta del Otono - Switchyard", "2025-09-06", "12pm", "6pm", "Switchyard Park",
       partners="Parks", etype="Festival", desc="Bilingual officers at the MPD tent"),
    Q("CS", "Community Safety table - La Fiesta del Otono", "2025-09-06", "12:00", "18:00",
      SWITCHYARD[0], other="Parks and Recreation, Police",
      desc="Spanish-speaking care navigators, resource cards."),
])
ev("2025-09-11-patriot-day-ceremony", "joint_in_partner_column", "2025-09-11", ["F", "P"], [
    FI("FPE-25-097", "Patriot Day Remembrance Ceremony", "2025-09-11", "08:30", "09:30", STA1[0],
       STA1[1], partners="Police", etype="Other",
       desc="Joint MFFD/MPD honor guard, bell ceremony at 8:46."),
    PO("9/11 ceremony - honor guard", "2025-09-11", "8:30am", "9:30am", "Fire HQ (Station 1)",
       partners="Fire", etype="Other", dayname=True),
])
ev("2025-09-13-preparedness-fair-library", "form_checkbox_not_a_department", "2025-09-13", ["EM", "F"], [
    Q("EM", "National Preparedness Month Fair", "2025-09-13", "10:00", "14:00", at(LIBRARY),
      other="Fire, Red Cross",
      desc="Build-a-kit demo, NOAA weather radios, smoke alarm sign-ups, kids' activities."),
])
ev("2025-09-18-neighborhood-safety-conversation", "form_other_alias", "2025-09-18", ["CS", "P"], [
    Q("CS", "Community Conversation: Neighborhood Safety", "2025-09-18", "18:00", "19:30",
      "Banneker Community Center - Multipurpose Room, 930 W 7th St", other="Other: MPD",
      desc="Westside residents' questions about traffic and safety; officers will answer questions."),
])
ev("2025-09-18-teen-open-gym-banneker", "same_place_same_evening_apart", "2025-09-18", ["PR"], [
    Q("PR", "Teen Open Gym", "2025-09-18", "18:00", "20:00", "Banneker Community Center gym",
      other="None", desc="Ages 13-18, basketball and games. Free.", email=EMAIL_ALT["PR"]),
])
ev("2025-09-20-downtown-cleanup", "form_two_departments", "2025-09-20", ["PR", "CS"], [
    Q("PR", "Downtown Community Cleanup", "2025-09-20", "09:00", "12:30", at(SHOWERS),
      other="Community Safety", desc="Gloves, bags and grabbers provided. Meet at Showers Common."),
    Q("CS", "Litter pick-up downtown (w/ Parks)", "2025-09-20", "09:00", "12:00", SHOWERS[1],
      other="Parks and Recreation", desc="Our youth crew is volunteering."),
])
ev("2025-09-25-telecommunicator-hiring-info", "background_single", "2025-09-25", ["T"], [
    Q("T", "Telecommunicator Hiring Info Session", "2025-09-25", "18:00", "19:00", at(ECC),
      other="None", desc="Now hiring 911 telecommunicators. Tour of the floor after."),
])
ev("2025-09-27-station-4-pancake-breakfast", "background_single", "2025-09-27", ["F"], [
    FI("FPE-25-099", "Station 4 Pancake Breakfast", "2025-09-27", "08:00", "11:00", STA4[0], STA4[1],
       etype="Open House", desc="Pancakes, station tours. Donations go to the burn camp."),
])

# ========================================================================================
# FY26 Q2: October - December 2025
# ========================================================================================
ev("2025-10-04-nature-walk-griffy", "background_single", "2025-10-04", ["PR"], [
    Q("PR", "Weekend Nature Walk - Griffy Lake", "2025-10-04", "10:00", "11:30", at(GRIFFY_NP),
      other="None", desc="Naturalist-led walk, 1.5 miles."),
])
ev("2025-10-11-station-1-open-house", "form_and_tab_same_event", "2025-10-11", ["F", "T"], [
    FI("FPE-25-104", "Fire Prevention Week Open House - Sta 1", "2025-10-11", "10:00", "14:00",
       STA1[0], STA1[1], etype="Open House",
       desc="Station tours, smoke house trailer, kids' hose spray."),
    Q("T", "Kids' 911 table at the Fire Station 1 open house", "2025-10-11", "10:00", "14:00",
      at(STA1), other="Fire", desc="Practice 911 calls on the demo phones."),
])
ev("2025-10-16-crisis-response-open-house", "form_checkbox_partner", "2025-10-16", ["CS", "T"], [
    Q("CS", "Crisis Response Open House", "2025-10-16", "16:00", "18:00",
      "Community Safety Dept, City Hall Suite 150, 401 N Morton St",
      other="Emergency Communications (911)",
      desc="Meet the crisis response teams and the crisis call diversion clinicians who work "
           "inside the 911 center."),
])
ev("2025-10-18-fall-resource-fair-banneker", "form_two_departments", "2025-10-18", ["CS", "PR"], [
    Q("CS", "Fall Resource Fair", "2025-10-18", "11:00", "14:00", at(BANNEKER),
      other="Parks and Recreation", desc="Housing, utilities, food pantry and job resources."),
    Q("PR", "Resource Fair at Banneker (Community Safety's event)", "2025-10-18", "11:00", "14:00",
      BANNEKER[0], other="Community Safety",
      desc="We're providing the gym + tables and running kids' games."),
])
ev("2025-10-21-coffee-with-a-cop", "background_single", "2025-10-21", ["P"], [
    PO("Coffee w/ a Cop", "2025-10-21", "8am", "10am", "Millbrook Coffee Co.",
       etype="Community Meeting", dayname=True),
])
ev("2025-10-23-east-district-mtg-cancelled", "joint_cancelled", "2025-10-23", ["P", "CS"], [
    PO("East District community meeting", "2025-10-23", "6:30pm", "8pm", "Allison Jukebox CC",
       partners="CS", etype="Community Meeting", status="Cancelled",
       desc="Quarterly East District meeting with the district commander."),
    Q("CS", "Crisis Response Team at the East District meeting", "2025-10-23", "18:30", "20:00",
      at(ALLISON), other="Police", desc="Resource table at MPD's district meeting."),
], cancelled=True)
ev("2025-10-25-drug-take-back", "background_single", "2025-10-25", ["P"], [
    PO("Drug Take Back Day", "2025-10-25", "10am", "2pm", "Police HQ lobby", etype="Other",
       desc="Drop off unused medications, no questions asked."),
])
ev("2025-10-31-trunk-or-treat-twin-lakes", "all_department_flagship", "2025-10-31", "ALL", [
    Q("PR", "Trunk or Treat", "2025-10-31", "17:00", "19:30", at(TWINLAKES),
      other="Police, Fire, Community Safety, Emergency Management",
      desc="Decorated trunks, candy, costume parade at 6."),
    PO("Trunk or treat - Twin Lakes (patrol cars)", "2025-10-31", "5pm", "7:30pm",
       "Twin Lakes rec center lot", partners="Parks", etype="Festival", dayname=True),
    FI("FPE-25-110", "Trunk-or-Treat - Engine 3 & Ladder 3", "2025-10-31", "17:00", "19:30",
       TWINLAKES[0], TWINLAKES[1], partners="Parks & Rec", etype="Festival"),
    Q("EM", "CERT trunk - Twin Lakes Trunk or Treat", "2025-10-31", "17:00", "19:30",
      "Twin Lakes Rec Center", other="Parks and Recreation",
      desc="Glow sticks and flashlight safety.",
      anything="The 911 center is bringing a trunk too - they asked me to put them on here."),
])
ev("2025-11-06-listening-session-hopewell", "form_checkbox_not_a_department", "2025-11-06", ["CS"], [
    Q("CS", "Neighborhood Listening Session - Hopewell", "2025-11-06", "18:00", "19:30",
      "Hopewell Commons", other="Other: County Sheriff",
      desc="Residents near the county line: what would make the neighborhood feel safer?",
      email=EMAIL_ALT["CS"]),
])
ev("2025-11-08-smoke-alarm-blitz-prospect-hill", "joint_in_partner_column", "2025-11-08", ["F", "EM"], [
    FI("CRR-25-031", "Smoke alarm install blitz - Prospect Hill", "2025-11-08", "09:00", "13:00",
       "Prospect Hill (meet at Rose Hill Cemetery lot)", ROSEHILL[1], partners="Red Cross, CERT",
       etype="Smoke Alarm Install", desc="Change your clock, check your alarm. Door to door."),
])
ev("2025-11-13-west-district-mtg", "background_single", "2025-11-13", ["P"], [
    PO("West District community meeting", "2025-11-13", "6:30pm", "8pm", "Banneker CC",
       etype="Community Meeting"),
])
ev("2025-11-15-winter-weather-workshop", "form_partner_declined_in_anything_else", "2025-11-15", ["EM"], [
    Q("EM", "Winter Weather Preparedness Workshop", "2025-11-15", "10:00", "11:30", at(LIBRARY),
      other="None", desc="Home heating safety, winter car kits, power outage planning.",
      anything="asked Fire but they can't make it"),
])
ev("2025-11-20-cto-meeting", "background_single", "2025-11-20", ["T"], [
    Q("T", "CTO meeting (internal)", "2025-11-20", "14:00", "15:30", "ECC conference room",
      other="None", public="No"),
])
ev("2025-11-27-turkey-trot-bryan-park", "setup_and_standby_hours", "2025-11-27", ["PR", "P", "F"], [
    Q("PR", "Thanksgiving Turkey Trot 5K", "2025-11-27", "08:00", "10:00", at(BRYAN),
      other="Police, Fire", desc="5K run/walk, kids' dash at 9:30. Register at the rec center."),
    PO("Turkey Trot - traffic control", "2025-11-27", "7am", "10:30am", "Bryan Park / Henderson St",
       partners="Parks", etype="Other", vis="Internal", notes="OT detail, 4 officers"),
    FI("FPE-25-118", "Turkey Trot medic standby", "2025-11-27", "07:30", "10:00", BRYAN[0],
       BRYAN[1], etype="Other", vis="Internal", desc="Medic 5 at the finish line."),
])
ev("2025-12-05-canopy-of-lights", "form_and_tab_same_event", "2025-12-05", ["PR", "F"], [
    Q("PR", "Canopy of Lights", "2025-12-05", "18:00", "20:00", at(SHOWERS), other="Fire",
      desc="Tree lighting downtown. Santa arrives on a fire truck at 6:30!"),
    FI("FPE-25-121", "Ladder 3 - Santa arrival @ Canopy of Lights", "2025-12-05", "18:15", "19:00",
       SHOWERS[0], SHOWERS[1], partners="Parks", etype="Festival"),
])
ev("2025-12-06-shop-with-a-cop", "background_single", "2025-12-06", ["P"], [
    PO("Shop with a Cop", "2025-12-06", "8am", "11am", "Meijer - W 3rd St", etype="Youth Program",
       desc="Officers shop with 40 kids for holiday gifts."),
])
ev("2025-12-10-holiday-safety-talk-allison", "form_and_tab_same_event", "2025-12-10", ["F", "PR"], [
    FI("CRR-25-036", "Holiday fire safety talk - seniors", "2025-12-10", "13:00", "14:00",
       "Allison Jukebox Comm Ctr", ALLISON[1], partners="Parks & Rec", etype="Safety Education",
       desc="Space heaters, candles, cooking. Free smoke alarm sign-ups."),
    Q("PR", "Senior Lunch & Learn: Holiday Fire Safety", "2025-12-10", "12:30", "14:00", at(ALLISON),
      other="Fire", desc="Lunch at 12:30, Fire Dept talk at 1. Call the senior center to RSVP.",
      email=EMAIL_ALT["PR"]),
])
ev("2025-12-13-toy-drive-station-4", "background_single", "2025-12-13", ["F"], [
    FI("FPE-25-124", "Toy drive drop-off day - Sta 4", "2025-12-13", "09:00", "15:00", STA4[0],
       STA4[1], etype="Other"),
])
ev("2025-12-16-eoc-activation-drill", "background_single", "2025-12-16", ["EM"], [
    Q("EM", "EOC activation drill (internal)", "2025-12-16", "08:00", "12:00", at(EOC),
      other="None", public="No", desc="Level 2 activation drill, section chiefs only."),
])

# ========================================================================================
# FY26 Q3: January - March 2026
# ========================================================================================
ev("2026-01-10-cert-basic-winter-day1", "background_single", "2026-01-10", ["EM"], [
    Q("EM", "CERT Basic Training - winter session, day 1", "2026-01-10", "09:00", "16:00", at(EOC),
      other="None", desc="Saturday session 1 of 3. Registration required.",
      email=EMAIL_ALT["EM"]),
])
ev("2025-10-08-line-dance-twin-lakes", "background_single", "2025-10-08", ["PR"], [
    Q("PR", "Line Dance (PM)", "2025-10-08", "18:00", "19:00", at(TWINLAKES), other="",
      desc="Beginner-friendly line dance class."),
])
ev("2026-01-14-home-school-open-gym", "background_single", "2026-01-14", ["PR"], [
    Q("PR", "Home School Open Gym", "2026-01-14", "10:00", "12:00", "Banneker Community Center gym",
      other="None", desc="Open gym for home school families."),
])
ev("2026-01-19-mlk-day-of-service-banneker", "form_and_tab_same_event", "2026-01-19",
   ["PR", "P", "CS"], [
    Q("PR", "MLK Day of Service", "2026-01-19", "09:00", "13:00", at(BANNEKER),
      other="Police, Community Safety", desc="Volunteer projects around the Westside, lunch at noon."),
    PO("MLK Day of Service", "2026-01-19", "9am", "1pm", "Banneker", partners="Parks",
       etype="Other", desc="Explorers + officers volunteering"),
])
ev("2026-01-22-building-safer-communities-city-hall", "form_and_tab_same_event", "2026-01-22",
   ["CS", "P"], [
    Q("CS", "Building Safer Communities: Community Learning Session", "2026-01-22", "18:00", "19:30",
      "City Hall - McCloskey Conference Room (Rm 135), 401 N Morton St", other="Police",
      desc="Community learning session on the violence reduction plan."),
    PO("Violence reduction community session - City Hall Rm 135", "2026-01-22", "6pm", "7:30pm",
       "City Hall McCloskey Room", partners="Community Safety", etype="Community Meeting"),
])
ev("2026-01-24-ice-rescue-training", "background_single", "2026-01-24", ["F"], [
    FI("FPE-26-004", "Ice rescue trng - Griffy Lake", "2026-01-24", "08:00", "12:00", GRIFFY[0],
       GRIFFY[1], etype="Other", vis="Internal", notes="Rescue 1 + Engine 7 crews. Dry suits."),
])
ev("2026-01-29-winter-storm-tabletop", "background_single", "2026-01-29", ["EM"], [
    Q("EM", "Winter storm tabletop exercise", "2026-01-29", "13:00", "16:00", at(EOC), other="None",
      public="No", desc="Internal tabletop for department liaisons."),
])
ev("2026-02-05-naloxone-training", "background_single", "2026-02-05", ["CS"], [
    Q("CS", "Naloxone (Narcan) training", "2026-02-05", "17:30", "18:30", at(LIBRARY), other="None",
      desc="Free kits for everyone who attends."),
])
ev("2026-02-07-skate-with-a-cop", "form_and_tab_same_event", "2026-02-07", ["P", "PR"], [
    PO("Skate w/ a Cop", "2026-02-07", "1pm", "3pm", "Frank Southern", etype="Youth Program",
       dayname=True),
    Q("PR", "Skate with MPD", "2026-02-07", "13:00", "15:00", at(ICE), other="Police",
      desc="Free skate + rentals. Officers on the ice!"),
])
ev("2026-02-12-telecommunicator-hiring-info", "background_single", "2026-02-12", ["T"], [
    Q("T", "Telecommunicator Hiring Info Session", "2026-02-12", "18:00", "19:00", at(ECC),
      other="None", desc="Now hiring 911 telecommunicators."),
])
ev("2026-02-14-daddy-daughter-dance", "form_partner_declined_in_anything_else", "2026-02-14", ["PR"], [
    Q("PR", "Daddy Daughter Dance", "2026-02-14", "18:00", "20:30", at(TWINLAKES), other="None",
      desc="DJ, photo booth, light dinner. Registration required.",
      anything="Last year Fire brought Sparky, not this year (they have a conflict)."),
])
ev("2026-02-19-coffee-with-a-cop-cancelled", "background_cancelled", "2026-02-19", ["P"], [
    PO("Coffee w/ a Cop", "2026-02-19", "8am", "10am", "Millbrook Coffee Co.",
       etype="Community Meeting", status="Cancelled - weather"),
], cancelled=True)
ev("2026-02-21-hands-only-cpr", "background_single", "2026-02-21", ["F"], [
    FI("FPE-26-011", "Hands-only CPR class", "2026-02-21", "10:00", "11:30", STA1[0], STA1[1],
       etype="CPR Class", desc="Free, 90 minutes, no certification."),
])
ev("2026-03-07-severe-weather-expo", "all_department_flagship", "2026-03-07", "ALL", [
    Q("EM", "Severe Weather Preparedness Expo", "2026-03-07", "10:00", "14:00", at(CONVENTION),
      other="Police, Fire, Community Safety, Emergency Communications (911), Parks and Recreation",
      desc="Tornado safety, NOAA radio programming, go-kits, storm shelter info."),
    FI("FPE-26-014", "Severe Wx Expo - CRR booth", "2026-03-07", "10:00", "14:00", CONVENTION[0],
       CONVENTION[1], lead="EM", etype="Safety Education"),
    PO("Severe weather expo - PD table", "2026-03-07", "10am", "2pm", "Convention Center",
       partners="EM", etype="Safety Education"),
    Q("T", "911 booth - Severe Weather Expo", "2026-03-07", "10:00", "14:00", "Monroe Convention Ctr",
      other="Emergency Management", desc="What to expect when you call 911 during a storm."),
])
ev("2026-03-11-tcpr-recert", "background_single", "2026-03-11", ["T"], [
    Q("T", "T-CPR recert (internal)", "2026-03-11", "09:00", "11:00", "ECC training room",
      other="None", public="No"),
])
ev("2026-03-14-sound-the-alarm", "form_and_tab_same_event", "2026-03-14", ["F", "EM"], [
    FI("CRR-26-007", "Sound the Alarm - Broadview", "2026-03-14", "09:00", "13:00", WINSLOW_SC[0],
       WINSLOW_SC[1], partners="Red Cross", etype="Smoke Alarm Install",
       desc="Install event with the American Red Cross. CERT volunteers from Emergency Management "
            "will help with installs."),
    Q("EM", "CERT volunteers - Sound the Alarm installs", "2026-03-14", "09:00", "13:00",
      "Broadview neighborhood (meet at Winslow Sports Complex, 2800 S Highland Ave)",
      other="Fire, Red Cross", desc="CERT teams A and B installing alarms with Fire + Red Cross.",
      email=EMAIL_ALT["EM"]),
])
ev("2026-03-18-senior-scam-awareness", "same_place_same_day_apart", "2026-03-18", ["P"], [
    PO("Scam awareness for seniors", "2026-03-18", "10am", "11am", "Allison Jukebox CC",
       etype="Safety Education", desc="Phone and gift card scams, how to report."),
])
ev("2026-03-18-remembering-when", "same_place_same_day_apart", "2026-03-18", ["F", "PR"], [
    Q("F", "Remembering When: fall & fire safety for older adults", "2026-03-18", "13:00", "14:30",
      at(ALLISON), other="Parks and Recreation",
      desc="Fire & falls prevention program, held with the senior center staff."),
])
ev("2026-03-26-flood-insurance-night", "background_single", "2026-03-26", ["EM"], [
    Q("EM", "Flood Insurance Info Night", "2026-03-26", "18:00", "19:30", at(LIBRARY), other="None",
      desc="Do you need flood insurance? NFIP basics and the new flood maps."),
])
ev("2026-03-28-egg-hunt-bryan-park", "form_partner_only_in_anything_else", "2026-03-28", ["PR", "F"], [
    Q("PR", "Spring Egg Hunt", "2026-03-28", "10:00", "12:00", at(BRYAN), other="None",
      desc="Ages 2-10 by age group. Bring a basket.", anything="Engine 12 is coming"),
])

# ========================================================================================
# FY26 Q4: April - June 2026
# ========================================================================================
ev("2026-04-09-crisis-line-info-night", "background_single", "2026-04-09", ["CS"], [
    Q("CS", "988 & crisis line info night", "2026-04-09", "18:00", "19:00", at(LIBRARY),
      other="None", desc="What happens when you call 988."),
])
ev("2026-04-11-pet-expo-switchyard", "background_single", "2026-04-11", ["PR"], [
    Q("PR", "Pet Expo at Switchyard Park Pavillion", "2026-04-11", "11:00", "15:00", at(SWITCHYARD),
      other="None", desc="Adoptable dogs, vendors, microchip clinic."),
])
ev("2026-04-14-npstw-open-house", "form_and_tab_same_event", "2026-04-14", ["T", "P"], [
    Q("T", "National Public Safety Telecommunicators Week Open House", "2026-04-14", "15:00", "18:00",
      at(ECC), other="None", desc="Tour the 911 center and meet the telecommunicators."),
    PO("911 center open house - PD recruiting table", "2026-04-14", "3pm", "6pm", "911 center",
       partners="911", etype="Open House"),
])
ev("2026-04-18-earth-day-festival", "form_two_departments", "2026-04-18", ["PR", "EM"], [
    Q("PR", "Earth Day Festival", "2026-04-18", "11:00", "15:00", at(SWITCHYARD),
      other="Emergency Management", desc="Music, vendors, tree giveaway."),
    Q("EM", "Preparedness table at Earth Day Fest", "2026-04-18", "11:00", "15:00", SWITCHYARD[0],
      other="Parks and Recreation", desc="Go-kit checklists, weather radio raffle."),
])
ev("2026-04-22-live-burn-training", "background_single", "2026-04-22", ["F"], [
    FI("FPE-26-020", "Live burn trng - acquired structure", "2026-04-22", "08:00", "16:00",
       "2200 blk W 3rd St", etype="Other", vis="Internal"),
])
ev("2026-04-25-drug-take-back", "background_single", "2026-04-25", ["P"], [
    PO("Drug Take Back Day", "2026-04-25", "10am", "2pm", "Police HQ lobby", etype="Other"),
])
ev("2026-05-07-listening-session-westside", "background_single", "2026-05-07", ["CS"], [
    Q("CS", "Neighborhood Listening Session - Westside", "2026-05-07", "18:00", "19:30", at(BANNEKER),
      other="None"),
])
ev("2026-05-09-bike-registration", "background_single", "2026-05-09", ["P"], [
    PO("Bike registration + safety check", "2026-05-09", "10am", "1pm", "Peoples Park",
       etype="Safety Education", desc="Register your bike's serial number with MPD."),
])
ev("2026-05-15-peace-officers-memorial", "background_single", "2026-05-15", ["P"], [
    PO("Peace Officers Memorial ceremony", "2026-05-15", "11am", "12pm", "Police HQ flagpole",
       etype="Other"),
])
ev("2026-05-16-touch-a-truck-fairgrounds", "all_department_flagship", "2026-05-16", "ALL", [
    FI("CRR-26-015", "Touch-a-Truck & Public Safety Day", "2026-05-16", "10:00", "14:00",
       FAIRGROUNDS[0], FAIRGROUNDS[1], partners="All departments", etype="Festival",
       desc="Apparatus from every department, kids' passport stamps."),
    PO("Touch a Truck - K9 demo + patrol cars", "2026-05-16", "10am", "2pm", "Fairgrounds",
       partners="Fire", etype="Festival", dayname=True),
    Q("PR", "Touch-a-Truck at the Fairgrounds", "2026-05-16", "09:00", "14:00", at(FAIRGROUNDS),
      other="Fire, Police", desc="Parks bringing mowers, the bucket truck and the bounce house.",
      email=EMAIL_ALT["PR"]),
    Q("CS", "Crisis Response Team van + table at Touch-a-Truck", "2026-05-16", "10:00", "14:00",
      at(FAIRGROUNDS), other="Fire"),
    Q("EM", "EM mobile command post - Touch a Truck", "2026-05-16", "10:00", "14:00", "Fairgrounds",
      other="Fire", anything="Dispatch is staffing the MCP radio console with us."),
])
ev("2026-05-21-west-district-mtg", "background_single", "2026-05-21", ["P"], [
    PO("West District community meeting", "2026-05-21", "6:30pm", "8pm", "Banneker CC",
       etype="Community Meeting"),
])
ev("2026-05-23-bryan-pool-opening", "background_single", "2026-05-23", ["PR"], [
    Q("PR", "Bryan Park Pool opening day", "2026-05-23", "12:00", "18:00", at(BRYANPOOL),
      other="None", desc="Free admission opening day."),
])
for wk, day in [(1, "2026-06-04"), (2, "2026-06-11"), (3, "2026-06-18"), (4, "2026-06-25")]:
    rows = [FI(f"FPE-26-03{wk}", "Fitness w/ a Firefighter", day, "18:00", "19:00",
               "Twin Lakes Rec Center", TWINLAKES[1], partners="Parks", etype="Recreation Program",
               desc="Firefighter-led workout, all fitness levels.")]
    fam = "weekly_series_partner_column"
    if wk == 1:
        rows.append(Q("PR", "Fitness with a Firefighter (Thursdays in June)", day, "18:00", "19:00",
                      TWINLAKES[0], other="Fire",
                      desc="Every Thursday 6/4 - 6/25. Workout led by MFFD firefighters in the "
                           "Twin Lakes gym."))
        fam = "weekly_series_visit"
    ev(f"{day}-fitness-with-a-firefighter-wk{wk}", fam, day, ["F", "PR"], rows)
ev("2026-06-06-cops-and-bobbers-griffy", "form_and_tab_same_event", "2026-06-06", ["P", "PR"], [
    PO("Cops & Bobbers youth fishing", "2026-06-06", "8am", "11am", "Griffy Lake",
       partners="Parks", etype="Youth Program"),
    Q("PR", "Youth Fishing Derby (Cops & Bobbers)", "2026-06-06", "08:00", "11:00", at(GRIFFY),
      other="Police", desc="Ages 5-15, rods and bait provided."),
])
ev("2026-06-10-summer-camp-safety-day", "form_and_tab_same_event", "2026-06-10", ["PR", "P", "F"], [
    Q("PR", "Summer Camp Safety Day", "2026-06-10", "09:30", "11:30", at(TWINLAKES),
      other="Police, Fire", desc="Day campers rotate through police, fire and water safety stations."),
    PO("Safety day - Twin Lakes summer camp", "2026-06-10", "9:30am", "11:30am", "Twin Lakes rec ctr",
       partners="Parks", etype="Youth Program", desc="SRO unit + K-9"),
    FI("FPE-26-035", "Summer camp visit - Twin Lakes (Engine 3)", "2026-06-10", "10:00", "11:00",
       TWINLAKES[0], TWINLAKES[1], partners="Parks", etype="Youth Program"),
])
ev("2026-06-02-kids-911-day-library", "background_single", "2026-06-02", ["T"], [
    Q("T", "Kids' 911 Day at the Library", "2026-06-02", "10:30", "11:30", at(LIBRARY), other="None",
      desc="Story time and practice calls for ages 4-8."),
])
ev("2026-06-13-juneteenth-butler-park", "form_and_tab_same_event", "2026-06-13", ["PR", "P", "CS"], [
    Q("PR", "Juneteenth Celebration", "2026-06-13", "12:00", "17:00", at(BUTLER),
      other="Police, Community Safety", desc="Music, vendors, kids' zone."),
    PO("Juneteenth - Butler Park", "2026-06-13", "12pm", "5pm", "Butler Park", partners="Parks",
       etype="Festival"),
])
water1 = Q("PR", "Water Safety Day - Mills Pool", "2026-06-20", "13:00", "16:00", at(MILLS),
           other="Fire", desc="Swim tests, life jacket fitting, water rescue demo.")
ev("2026-06-20-water-safety-day-mills-pool", "form_resubmission_corrected_time", "2026-06-20",
   ["PR", "F"], [
    water1,
    Q("PR", "Water Safety Day at Mills Pool", "2026-06-20", "10:00", "13:00", at(MILLS),
      other="Fire", desc="Swim tests, life jacket fitting, water rescue demo.",
      anything="Resubmitting - my first one had the wrong time. It's 10-1, not 1-4.",
      after=(water1, dt.timedelta(days=2, hours=3, minutes=17, seconds=9))),
    FI("FPE-26-041", "Water rescue demo - Mills Pool (Rescue 1)", "2026-06-20", "10:30", "11:30",
       MILLS[0], MILLS[1], partners="Parks", etype="Safety Education"),
])
ev("2026-06-24-cert-refresher", "background_single", "2026-06-24", ["EM"], [
    Q("EM", "CERT refresher - triage", "2026-06-24", "18:00", "20:00", at(EOC), other="None",
      desc="For current CERT members."),
])
ev("2026-06-27-fireworks-safety-demo", "background_single", "2026-06-27", ["F"], [
    FI("FPE-26-044", "Fireworks safety demo", "2026-06-27", "11:00", "12:00", STA1[0], STA1[1],
       etype="Safety Education"),
])

# ----------------------------------------------------------------------------------------
# Invalid rows (no date; an impossible time)
# ----------------------------------------------------------------------------------------
bad(PO("Block captain walk-through", None, "6pm", "7pm", "Arch St", etype="Other",
       desc="date TBD - waiting on the block captains", sort_date="2025-07-31"), "no Start Date")
bad(PO("Neighborhood watch training", "2026-03-05", "6:75 PM", "8pm", "Allison Jukebox CC",
       etype="Safety Education"), "impossible Start Time 6:75 PM")
bad(FI("FPE-26-017", "Station 2 open house", "2026-04-04", "25:30", "", "Fire Station 2",
       "1200 N Walnut St", etype="Open House"), "impossible Start Time 25:30")
bad(Q("PR", "test submission - please ignore", None, "", "", "", other="", public="",
      ts=dt.datetime(2025, 5, 28, 16, 2, 51), email=EMAIL["PR"]), "no Event Date (a test response)")

FAMILIES = {
    "background_single": "One department's own event (public or internal), from a department tab or "
        "from the form. Stays one single-department event.",
    "background_cancelled": "A single-department event whose Status says 'Cancelled - weather'. One "
        "event, cancelled, not counted in months or quarters.",
    "all_department_flagship": "One event per quarter with all six departments: parts logged in the "
        "Police and Fire tabs and submitted through the form by the others; one department present "
        "only in a form row's checkbox answer, or only in 'Anything else we should know?' (CERT "
        "volunteers, 'the 911 center is bringing a trunk', 'Dispatch is staffing the MCP'). One event, "
        "all-department.",
    "nno_block_party": "A National Night Out block party logged by Police only (its own address). "
        "Stays apart from the flagship and the other parties.",
    "nno_block_party_visit": "A block party with a partner's drop-by (a Fire engine or medic for an "
        "hour, a Crisis Response Team table, Parks as host through the form). Merge with its own party "
        "only: joint.",
    "form_and_tab_same_event": "The same event in a department tab (Police or Fire) and in the form "
        "tab, submitted by a partner under its own title and place spelling. Merge: joint.",
    "form_two_departments": "Two departments each submitted the form for the same event (host and "
        "partner, different titles). Merge: joint.",
    "form_resubmission_corrected_time": "Parks submitted the form twice for one event: the second "
        "response corrects the start time (10-1, not 1-4) and says so in 'Anything else'. Fire's tab "
        "logs its demo inside the corrected hours. One event (the first response's hours are wrong), "
        "joint.",
    "form_double_submission": "The same response submitted twice six seconds apart (double click). "
        "One event.",
    "form_cancellation_submission": "Parks submitted the event, then a second response titled "
        "'CANCELLED - ... 8/23' the day before. One event, cancelled.",
    "form_partner_only_in_anything_else": "Checkbox answer 'None' (or blank), the partner named only "
        "in 'Anything else we should know?' ('Engine 12 is coming', 'Engine 7 is coming by around 7', "
        "'Lt. Harris from MPD West District will present'). Joint.",
    "form_partner_declined_in_anything_else": "A department named in 'Anything else' that is not "
        "coming ('asked Fire but they can't make it'; 'Last year Fire brought Sparky, not this year'). "
        "Single-department.",
    "form_partner_backed_out_checkbox_kept": "Parks' response checks Police, Fire and Community Safety "
        "but says in 'Anything else' that Fire had to back out (left checked 'in case it changes'). "
        "Fire does not take part; Police and Community Safety log their own parts. Joint without Fire.",
    "form_checkbox_not_a_department": "A checkbox answer with an option that is no city department "
        "('Fire, Red Cross'; 'Other: County Sheriff'). Only city departments count.",
    "form_other_alias": "The checkbox's 'Other:' answer holding a department alias ('Other: MPD'). "
        "Police counts: joint.",
    "form_checkbox_partner": "One form response whose checkbox names one partner. Joint.",
    "same_department_tab_and_form": "Police logged its Coffee with a Cop in its own tab and its "
        "outreach officer also submitted it through the form. One event, Police only (not joint).",
    "same_place_same_evening_apart": "Two different events at one place on one evening, both in the "
        "form tab (Switchyard Park: a movie and a safety walk; Banneker: a community conversation in "
        "the multipurpose room and teen open gym). Keep apart.",
    "same_place_same_day_apart": "Police's morning talk and Fire's (form) afternoon program at the "
        "same community center on one day. Keep apart.",
    "weekly_series": "A weekly class (CERT Basic, Citizens Police Academy): one event per week, "
        "single-department.",
    "weekly_series_visit": "The week of a series with a partner's own row (Fire's suppression segment "
        "at CERT week 3, 911's tour for the Academy, Parks' form response for Fitness week 1). Joint.",
    "weekly_series_partner_in_text": "The Academy week where Fire is named only in the description "
        "('Engine 1 crew will demo vehicle extrication'). Joint.",
    "weekly_series_partner_column": "Fitness with a Firefighter weeks 2-4: Fire's row names Parks in "
        "Partner Departments. Joint.",
    "joint_in_partner_column": "One tab row naming a partner in its partner column (CERT for EM beside "
        "Red Cross), or each department's own row of a ceremony. Joint.",
    "joint_cancelled": "Police cancelled its district meeting (Status Cancelled); the Community Safety "
        "form response for it still stands (a form answer cannot be edited by staff). One joint event, "
        "cancelled.",
    "setup_and_standby_hours": "A public Parks event (form) with Police traffic/crowd detail and Fire "
        "standby logged as Internal rows with longer hours. One event: joint.",
    "multi_day_tab_range_form_first_day": "Fire's row is a 4-day range (End Date); the form has no End "
        "Date question, so Parks' response gives the first day and says 'Runs 7/28 through 7/31'. One "
        "event.",
}


# ----------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------
def assign_timestamps():
    """Give each form response its Timestamp: 8-40 days before the event, in office hours."""
    rng = random.Random(55)
    rows = [r for e in EVENTS for r in e["rows"] if r.tab == FR] + [r for r in INVALID if r.tab == FR]
    rows.sort(key=lambda r: r.seq)
    for r in rows:
        if r.ts is not None or r.after is not None:
            continue
        d = dt.date.fromisoformat(r.date)
        lead = rng.randint(8, 40)
        r.ts = dt.datetime(d.year, d.month, d.day, rng.randint(7, 16), rng.randint(0, 59),
                           rng.randint(0, 59)) - dt.timedelta(days=lead)
    for r in rows:
        if r.after is not None:
            base, delta = r.after
            r.ts = base.ts + delta
    for r in rows:
        assert r.ts is not None
        if r.date:
            assert r.ts.date() < dt.date.fromisoformat(r.date), (r.title, r.ts)


def check_events():
    keys = [e["key"] for e in EVENTS]
    assert len(keys) == len(set(keys)), "duplicate event key"
    for e in EVENTS:
        assert e["rows"], e["key"]
        assert e["family"] in FAMILIES, e["family"]
        for r in e["rows"]:
            assert DEPT[r.dept] in e["depts"], (e["key"], r.tab, r.title)
            assert r.date == e["day"].isoformat(), (e["key"], r.title)
        assert dt.date(2025, 7, 1) <= e["day"] <= dt.date(2026, 6, 30), e["key"]
        assert e["key"].startswith(e["day"].isoformat()), e["key"]


def gtime(hhmm):
    """'18:00' -> '6:00:00 PM', as Google Sheets shows a Forms time answer."""
    h, m = (int(x) for x in hhmm.split(":"))
    return f"{h % 12 or 12}:{m:02d}:00 {'AM' if h < 12 else 'PM'}"


def render(tab, key, r):
    v = getattr(r, key)
    if tab == P:
        if key == "date":
            return r.date_text
        return v if v not in ("", None) else None
    if tab == F:
        if key in ("date", "end_date"):
            if not v:
                return None
            d = dt.date.fromisoformat(v)
            return dt.datetime(d.year, d.month, d.day)
        return v if v not in ("", None) else None
    # the form tab
    text = r.ts >= FORM_TEXT_FROM
    if key == "ts":
        t = r.ts
        return f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}:{t.second:02d}" if text else t
    if key == "date":
        if not v:
            return None
        d = dt.date.fromisoformat(v)
        return f"{d.month}/{d.day}/{d.year}" if text else dt.datetime(d.year, d.month, d.day)
    if key in ("time", "end_time"):
        if not v:
            return None
        if text:
            return gtime(v)
        h, m = (int(x) for x in v.split(":"))
        return dt.time(h, m)
    return v if v not in ("", None) else None


def layout():
    """Order each tab's rows and number them: Police and Fire by date (late entries at the
    bottom), the form tab by Timestamp (Google appends each response)."""
    all_rows = [r for e in EVENTS for r in e["rows"]] + INVALID
    by_tab = {t: [] for t in TABS}
    for r in all_rows:
        by_tab[r.tab].append(r)
    for t in (P, F):
        normal = sorted((r for r in by_tab[t] if not r.late),
                        key=lambda r: (r.date or r.sort_date or "9999", r.seq))
        late = sorted((r for r in by_tab[t] if r.late), key=lambda r: r.seq)
        by_tab[t] = normal + late
    by_tab[FR].sort(key=lambda r: (r.ts, r.seq))
    for t in TABS:
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
                    c.number_format = "m/d/yyyy h:mm:ss" if k == "ts" else "m/d/yyyy"
                elif isinstance(c.value, dt.time):
                    c.number_format = "h:mm:ss AM/PM"
        for ci, h in enumerate(HEADERS[t], start=1):
            ws.column_dimensions[ws.cell(row=1, column=ci).column_letter].width = \
                min(40, max(12, len(h) + 2))
        ws.freeze_panes = "A2"
    fixed = dt.datetime(2026, 6, 30, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Millbrook Falls shared intake"
    wb.save(path)


def quarter(d):
    fy = d.year + 1 if d.month >= 7 else d.year
    q = (d.month - 7) % 12 // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"


def expected(by_tab):
    rows_total = sum(len(v) for v in by_tab.values())
    joint = [e for e in EVENTS if len(e["depts"]) >= 2]
    alldept = [e for e in EVENTS if e["depts"] == ALL6]
    public = [e for e in EVENTS if any(r.public() for r in e["rows"])]
    internal = [e for e in EVENTS if not any(r.public() for r in e["rows"])]
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
        refs = sorted((r.ref() for r in e["rows"]), key=lambda s: (s.split("!")[0], int(s.split("!")[1])))
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
        "note": "Rows a correct tool must reject and report (no date; an impossible time). They "
                "belong to no event (blank event_key in truth.csv).",
        "events": 0, "joint_events": 0, "rows": len(INVALID), "event_keys": [],
        "row_refs": [f"{r.ref()} ({r.why})" for r in sorted(INVALID, key=lambda r: (TABS.index(r.tab), r.rownum))],
    }
    return OrderedDict([
        ("flavour", "millbrook-falls-v55"),
        ("city", "Millbrook Falls (invented), America/Chicago, FY26 = July 2025 - June 2026, six core "
                 "departments; events collected partly through a shared Google Form"),
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
         sorted(r.title for e in public for r in e["rows"] if not r.public())),
        ("event_departments", OrderedDict((e["key"], e["depts"]) for e in joint)),
        ("event_family", OrderedDict((e["key"], e["family"]) for e in EVENTS)),
        ("event_dates", OrderedDict((e["key"], e["day"].isoformat()) for e in EVENTS)),
        ("duplicate_pairs", pairs),
        ("families", fam),
    ])


# ----------------------------------------------------------------------------------------
# config.yaml: the project's config structure (as bench/data/v54/config.yaml), for this city
# ----------------------------------------------------------------------------------------
CONFIG = r'''# safety-events configuration (every key is checked on load; problems are listed with their path)
timezone: America/Chicago
fiscal_year_start_month: 7          # Millbrook Falls' fiscal year starts in July: FY26 = Jul 2025 – Jun 2026

departments:                        # core: counts toward the all-department measure
  # units: words or regular expressions (any case, whole words) for a unit of the department that
  # staff type instead of its name, in Lead/Partner Departments and in Title/Description. They are
  # added to the built-in units of the department's kind (fire, police, emergency_communications,
  # emergency_management, community_safety, parks: recognised from the name, or set `kind:`):
  # Fire: Engine/Truck/Ladder/Tower/Rescue/Squad/Medic/Battalion/Station/Company + number,
  # firefighters; Police: Beat N, Police District N, District N officers, school resource officers,
  # SRO, patrol/co-responder officers, officers, mounted patrol, K-9, cops; Emergency
  # Communications: dispatchers, telecommunicators, call-takers, 911 center; Emergency Management:
  # OEM, county emergency office, EM office, CERT, EOC; Community Safety: care navigators, crisis
  # responders, HEART team; Parks: park rangers, rangers, rec center staff.
  # `default_units: false` keeps only your own. For example:
  #   - name: Police
  #     units: ['PAL', 'Bike Unit', 'Beat \d+[A-Z]?']      # Police Athletic League, beats like 212B
  #   - name: Fire
  #     units: ['Fire Marshal''s Office', 'Hazmat \d+']        # (regular expressions: \d+ = a number)
  #
  # The shared Google Form ("Form Responses 1" tab) names departments by its answer options:
  # Police, Fire, Community Safety, "Emergency Communications (911)", Emergency Management,
  # "Parks and Recreation" (Submitting Department and the "Other departments participating"
  # checkboxes); the form's option for 911 is listed among that department's aliases.
  - name: Police
    name_es: Policía
    aliases: [MPD, MFPD, Millbrook Falls Police, Millbrook Falls Police Department, Police Department, Police Dept]
    units: ['Bike Patrol', 'K-9 Unit', 'West District officers', 'East District officers']
    core: true
  - name: Fire
    name_es: Bomberos
    aliases: [MFFD, Millbrook Falls Fire, Millbrook Falls Fire Department, Fire Department, Fire Dept]
    units: ['CRR', 'Fire Marshal''s Office']
    core: true
  - name: Community Safety
    name_es: Seguridad Comunitaria
    aliases: [CSD, Community Safety Department, Community Safety Dept, Millbrook Falls Community Safety]
    units: ['Crisis Response Team', 'CRT']
    core: true
  - name: Emergency Communications
    name_es: Comunicaciones de Emergencia (911)
    aliases: ["911", MFECC, ECC, "911 Center", Emergency Communications Center, "Emergency Communications (911)"]
    units: ['dispatch']
    core: true
  - name: Emergency Management
    name_es: Manejo de Emergencias
    aliases: [EM, OEM, Emergency Mgmt, Millbrook Falls Emergency Management, CERT]
    units: ['CERT volunteers', 'EOC staff']
    core: true
  - name: Parks and Recreation
    name_es: Parques y Recreación
    aliases: [Parks, "Parks & Rec", "Parks & Recreation", Parks and Rec, MFPR, "P&R", Parks Department]
    units: ['Rec Center staff', 'senior center staff']
    core: true

event_types:
  - National Night Out
  - Smoke Alarm Install
  - CPR Class
  - Town Hall
  - Open House
  - Community Meeting
  - Youth Program
  - Safety Education
  - Festival
  - Recreation Program
  - Other

targets:
  joint_events_per_month: 2
  all_department_events_per_quarter: 1

metrics:                            # the counting policy, printed on the Data Quality tab and the dashboard
  # An event whose every row is Internal (planning meeting, staff training) with two or more
  # departments is "internal joint work", not a joint community event; true counts it as joint.
  count_internal_joint: false
  joint_share_min_events: 4         # the joint-share chart shows a month only with this many events

source:
  kind: workbook                    # workbook | google
  workbook: intake.xlsx
  # kind: google
  # spreadsheet_key: 1AbC...        # the long id in the sheet's URL
  # credentials_file: /path/to/service-account.json   (or set GOOGLE_APPLICATION_CREDENTIALS)
  calendars: []                     # departments whose calendar lives elsewhere: exported .ics files
  column_aliases:                   # other header spellings staff use → canonical column
    # The "Form Responses 1" tab keeps the Google Form's own question titles (the form writes
    # them; renaming the sheet's headers would not survive the form's next response layout), so
    # each is mapped here. "Timestamp" is left unmapped (not an intake column).
    Title: [Event Name, Event Title, Event, Name]
    Start Date: [Date, Event Date, Start Date/Time, Start]
    End Date: [End Date/Time, End]
    Start Time: [Time]
    Location: [Venue, Place, Meeting Facility, Event Location, "Location / Address"]
    Lead Department: [Department, Dept, Lead, Lead Dept, Host Department, Event Agency, Submitting Department]
    Partner Departments: [Partners, Partner Depts, Other Departments, "Other departments participating (check all that apply)"]
    Visibility: ["Open to the public?"]
    Event Type: [Type, Category]
    Internal Notes: [Notes, Staff Notes, "Anything else we should know?"]
    Registration URL: [URL, Link, Registration Link]
    Contact: [Contact Name, Point of Contact, Email Address]

output:
  dir: out
  report_workbook: report.xlsx
  record: record.sqlite

feed:
  past_days: 4000                   # keep FY26 (Jul 2025 on) inside the window
  future_days: 800
  removed_grace_days: 30
  refresh_minutes: 60
  stale_after_minutes: 120
  max_removed_share: 0.2            # a sync removing/cancelling more than 20% of published events stops
  max_removed_floor: 5              # ... unless it is at most this many events

site:
  title: Millbrook Falls Community Safety Events
  title_es: Eventos de Seguridad Comunitaria de Millbrook Falls
  terms_es:                         # the sheet's event types and audiences on Spanish pages
    National Night Out: Noche Nacional Contra el Crimen (National Night Out)
    Smoke Alarm Install: Instalación de detectores de humo
    CPR Class: Clase de RCP
    Town Hall: Foro comunitario
    Open House: Puertas abiertas
    Community Meeting: Reunión comunitaria
    Youth Program: Programa juvenil
    Safety Education: Educación sobre seguridad
    Festival: Festival
    Recreation Program: Programa recreativo
    Other: Otro
    All ages: Todas las edades
  base_url: http://127.0.0.1:5000
  uid_domain: safety-events.millbrookfalls.example

matching:                           # duplicate detection; see "Duplicates and the Review tab" in README
  abbreviations:                    # title words staff shorten → what they stand for
    nno: National Night Out
    cpr: CPR First Aid
    mpd: Police
    mffd: Fire
    cert: Community Emergency Response Team
    "911": Emergency Communications
    comm: Community
    emerg: Emergency
    mtg: Meeting
    prep: Preparedness
    ctr: Center
    mkt: Market
    nbhd: Neighborhood
    nbrhd: Neighborhood
    assn: Association
    assoc: Association
    trng: Training
    fest: Festival
    wx: Weather
  translations:                     # Spanish title words → English, so both titles of one event match
    noche nacional contra el crimen: National Night Out
    noche nacional: National Night Out
    personas mayores: Senior
    adultos mayores: Senior
    alarmas de humo: Smoke Alarm
    alarma de humo: Smoke Alarm
    primeros auxilios: First Aid
    puertas abiertas: Open House
    regreso a clases: Back to School
    reunion comunitaria: Community Meeting
    asamblea comunitaria: Town Hall
    seguridad: Safety
    comunidad: Community
    comunitaria: Community
    comunitario: Community
    feria: Fair
    expo: Expo
    noche: Night
    taller: Workshop
    clase: Class
    reunion: Meeting
    vecindario: Neighborhood
    barrio: Neighborhood
    fiesta: Party
    prevencion: Prevention
    incendios: Fire
    bomberos: Fire
    policia: Police
    preparacion: Preparedness
    emergencias: Emergency
    emergencia: Emergency
    huracanes: Hurricane
    rcp: CPR
    limpieza: Cleanup
    salud: Health
    ingles: English
    huracan: Hurricane
    recursos: Resource
    jovenes: Youth
    juvenil: Youth
    dia: Day
    semana: Week
    caminata: Walk
    charla: Talk
  time_tolerance_minutes: 45        # starts this close count as the same time
  title_threshold: 85               # title similarity (0-100) for a confident merge
  attendance_margin: 0.25           # merged attendance reports further apart than 25% → warning

coordination:                       # issue 14: the coordination loop (digest, staff board)
  capabilities:                     # what each department can bring; matched to Assistance Wanted
    Police: [traffic control, K-9 demonstration, bike patrol, school resource officer visit]
    Fire: [fire engine tour, CPR demo, smoke alarm installs, fire extinguisher training]
    Community Safety: [crisis response info table, care navigation talk]
    Emergency Communications: [dispatch open house, when to call 911 talk]
    Emergency Management: [preparedness kits, CERT volunteers]
    Parks and Recreation: [bounce house, rec center space, youth games]
  share_private_with: {}            # e.g. {Police: [Fire, Coordinators]}: Police's Contact/Internal Notes in their digests
  clashes:
    large_attendance: 150           # expected attendance from which a public event is "large"
    distance_km: 1.0                # large events this close at the same hour clash (needs venues below)
    venues: {}                      # e.g. {"Switchyard Park": [39.1526, -86.5290]}
  digest:
    enabled: false                  # true: `safety-events schedule` sends it weekly
    weekday: monday
    time: "08:00"                   # local time from which the week's digest is due
    weeks_ahead: 3
    recipients: {}                  # e.g. {Fire: [fire-events@city.gov], Police: [mpd-community@city.gov]}
    coordinators: []                # they receive the all-department digest
    teams_webhook_env: {}           # e.g. {Fire: TEAMS_WEBHOOK_FIRE}: the env var holding the Workflows URL
    smtp:
      host: ""                      # e.g. smtp.office365.com
      port: 587
      security: starttls            # starttls | tls | none
      username: ""
      password_env: SAFETY_EVENTS_SMTP_PASSWORD   # the password lives in this environment variable
      sender: ""
# performance:                      # issue 17: the report workbook on a second core (README)
#   report_workers: 2               # 1 = the sync writes it itself; default 2 when it may use 2+ CPUs
#   parallel_min_events: 1000       # fewer combined events: no worker (it would cost more than it saves)
#   parse_workers: 2                # a forked copy parses part of the rows (Linux); 1 = one process
#   parse_min_rows: 2000            # fewer intake rows: one process parses them; null = never
'''


def verify(by_tab, exp):
    """Re-read what was written and check truth.csv and expected.json agree."""
    from openpyxl import load_workbook
    wb = load_workbook(os.path.join(HERE, "intake.xlsx"))
    assert wb.sheetnames == TABS, wb.sheetnames
    truth = list(csv.DictReader(open(os.path.join(HERE, "truth.csv"), newline="")))
    seen = set()
    for t in TABS:
        ws = wb[t]
        assert [c.value for c in ws[1]] == HEADERS[t], t
        data_rows = [i for i in range(2, ws.max_row + 1)
                     if any(c.value not in (None, "") for c in ws[i])]
        trows = [int(x["row"]) for x in truth if x["tab"] == t]
        assert trows == data_rows, (t, trows[:5], data_rows[:5])
        seen.update((t, n) for n in trows)
    assert len(seen) == len(truth) == exp["rows"]
    keys = {x["event_key"] for x in truth if x["valid"] == "yes"}
    assert len(keys) == exp["events"]
    assert sum(x["valid"] == "no" for x in truth) == exp["invalid_rows"]
    assert all(x["event_key"] == "" for x in truth if x["valid"] == "no")
    by_key = {}
    for x in truth:
        if x["event_key"]:
            by_key.setdefault(x["event_key"], []).append(f"{x['tab']}!{x['row']}")
    n_pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_key.values())
    assert n_pairs == len(exp["duplicate_pairs"])
    assert sum(m["events"] for m in exp["months"].values()) == exp["events"] - exp["cancelled_events"]
    assert sum(m["joint_events"] for m in exp["months"].values()) == exp["joint_events_not_cancelled"]
    assert sum(q["all_department_events"] for q in exp["fiscal_quarters"].values()) == \
        exp["all_department_events"]
    assert set(exp["event_departments"]) == {e["key"] for e in EVENTS if len(e["depts"]) >= 2}


def main():
    EVENTS.sort(key=lambda e: (e["day"], e["key"]))
    check_events()
    assign_timestamps()
    by_tab = layout()
    write_workbook(by_tab, os.path.join(HERE, "intake.xlsx"))
    with open(os.path.join(HERE, "truth.csv"), "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["tab", "row", "event_key", "valid"])
        for t in TABS:
            for r in by_tab[t]:
                w.writerow([t, r.rownum, r.key or "", "yes" if r.valid else "no"])
    exp = expected(by_tab)
    with open(os.path.join(HERE, "expected.json"), "w") as fh:
        json.dump(exp, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "config.yaml"), "w") as fh:
        fh.write(CONFIG)
    verify(by_tab, exp)
    print(f"rows {exp['rows']} {exp['rows_by_tab']}  events {exp['events']}  joint {exp['joint_events']} "
          f"(not cancelled {exp['joint_events_not_cancelled']})  all-dept {exp['all_department_events']}  "
          f"invalid {exp['invalid_rows']}  public {exp['public_events']}  internal {exp['internal_events']}  "
          f"cancelled {exp['cancelled_events']}")


if __name__ == "__main__":
    main()
