"""Labelled intake set v64: the City of Quillmont (invented; America/Chicago), fiscal year
October-September (fiscal_year_start_month 10: FY26 = Oct 2025 - Sep 2026).

Habit under test: **the sheet's own layout, as staff keep it.** Each department tab is laid out
for people: month heading rows and blank spacer rows between months, a header row pasted again
part way down (last quarter's block), a second header line under the first ("(mm/dd/yyyy)",
"(optional)"), an instructions row at the very top of one tab (above the header), a date typed
once for several rows of one day (the cells below blank, or a ditto mark: " 〃 same ditto -"-),
a time range typed once for a block, continuation rows (the rest of a row's notes, or another
department's part, typed in the row below: Title blank / "(cont.)" / "+" / "↳ Fire: engine
visit"), a TOTAL / count row and a "Notes:" row at the end, one tab (Parks) keeping cancelled
events with an "X" in a column of its own or a "CANCELLED - " prefix, one tab (Police) sorted
newest first.  Ordinary joint events otherwise: National Night Out, smoke alarm installs, CPR
classes, town halls, fairs; two all-department events.

Titles, places and kinds of events drawn from ../shared/realdata (Pittsburgh NNO 2025 block
party list, Durham and Bloomington city calendars: Coffee with a Cop, Sound the Alarm style
installs, Telecommunicators Week open house, CERT class, Remembering When, town halls).

Writes intake.xlsx, truth.csv (tab,row,event_key,valid), expected.json, config.yaml.
valid: yes = a row of the event (as a city manager reads the sheet), no = an invalid row (as
the README defines invalid: no readable date / time), layout = a heading, spacer, repeated
header, instructions, total or notes row.  Deterministic (random.seed(64)).
Run from the project folder:  .venv/bin/python bench/data/v64/build.py
"""
import csv
import datetime as dt
import io
import json
import random
import zipfile
from collections import defaultdict
from pathlib import Path

import openpyxl

CONFIG = r'''# safety-events configuration (every key is checked on load; problems are listed with their path)
timezone: America/Chicago
fiscal_year_start_month: 10         # Quillmont's fiscal year starts in October: FY26 = Oct 2025 – Sep 2026

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
  - name: Police
    name_es: Policía
    aliases: [QPD, Quillmont Police, Quillmont Police Department, Police Department, PD]
    core: true
  - name: Fire
    name_es: Bomberos
    aliases: [QFD, Quillmont Fire, Quillmont Fire Department, Fire Department, Fire Dept, FD]
    core: true
  - name: Community Safety
    name_es: Seguridad Comunitaria
    aliases: [CSD, HEART, Community Safety Department, Quillmont Community Safety]
    core: true
  - name: Emergency Communications
    name_es: Comunicaciones de Emergencia (911)
    aliases: ["911", "911 Emergency Communications", Emergency Communications Center, "911 Center", Quillmont 911, Dispatch]
    core: true
  - name: Emergency Management
    name_es: Manejo de Emergencias
    aliases: [OEM, Emergency Mgmt, Quillmont Emergency Management, CERT]
    core: true
  - name: Parks and Recreation
    name_es: Parques y Recreación
    aliases: [Parks, "Parks & Recreation", "Parks & Rec", Parks and Rec, P&R, QPR, Parks Department]
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
  calendars: []
  column_aliases:                   # other header spellings staff use → canonical column
    Title: [Event Name, Event Title, Event, Name]
    Start Date: [Date, Event Date, Start Date/Time, Start]
    End Date: [End Date/Time, End]
    Start Time: [Time]
    Location: [Venue, Place, Meeting Facility, Event Location]
    Lead Department: [Department, Dept, Lead, Host Department, Event Agency]
    Partner Departments: [Partners, Partner Depts, Other Departments]
    Event Type: [Type, Category]
    Internal Notes: [Notes, Staff Notes]
    Registration URL: [URL, Link, Registration Link]
    Contact: [Contact Name, Point of Contact]

output:
  dir: out
  report_workbook: report.xlsx
  record: record.sqlite

feed:
  past_days: 800
  future_days: 800
  removed_grace_days: 30
  refresh_minutes: 60
  stale_after_minutes: 120
  max_removed_share: 0.2            # a sync removing/cancelling more than 20% of published events stops
  max_removed_floor: 5              # ... unless it is at most this many events

site:
  title: City of Quillmont Community Safety Events
  title_es: Eventos de Seguridad Comunitaria de Quillmont
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
  uid_domain: safety-events.quillmont.example

matching:                           # duplicate detection; see "Duplicates and the Review tab" in README
  abbreviations:                    # title words staff shorten → what they stand for
    nno: National Night Out
    cpr: CPR First Aid
    qpd: Police
    qfd: Fire
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
    Community Safety: [HEART info table, crisis response talk]
    Emergency Communications: [dispatch open house, when to call 911 talk]
    Emergency Management: [preparedness kits, CERT volunteers]
    Parks and Recreation: [bounce house, rec center space, youth games]
  share_private_with: {}            # e.g. {Police: [Fire, Coordinators]}: Police's Contact/Internal Notes in their digests
  clashes:
    large_attendance: 150           # expected attendance from which a public event is "large"
    distance_km: 1.0                # large events this close at the same hour clash (needs venues below)
    venues: {}                      # e.g. {"CCB Plaza": [35.9940, -78.8986]}
  digest:
    enabled: false                  # true: `safety-events schedule` sends it weekly
    weekday: monday
    time: "08:00"                   # local time from which the week's digest is due
    weeks_ahead: 3
    recipients: {}                  # e.g. {Fire: [fire-events@city.gov], Police: [dpd-community@city.gov]}
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

random.seed(64)
HERE = Path(__file__).resolve().parent

P, F, CS, EC, EM, PR = ("Police", "Fire", "Community Safety", "911 Emergency Communications",
                        "Emergency Management", "Parks and Recreation")
DEPT = {P: "Police", F: "Fire", CS: "Community Safety", EC: "Emergency Communications",
        EM: "Emergency Management", PR: "Parks and Recreation"}
TABS = [P, F, CS, EC, EM, PR]
ALL6 = [P, F, CS, EC, EM, PR]
KEYMAP = {"T": "Title", "D": "Start Date", "S": "Start Time", "ED": "End Date", "E": "End Time",
          "L": "Location", "A": "Address", "LD": "Lead Department", "PD": "Partner Departments",
          "TY": "Event Type", "DS": "Description", "AU": "Audience", "V": "Visibility", "ST": "Status",
          "N": "Internal Notes", "X": "X=cxl", "EA": "Expected Attendance"}

# Each tab's own columns, in the order staff keep them (header text as typed; 911 uses aliases).
COLUMNS = {
    P: ["Start Date", "Start Time", "End Time", "Title", "Location", "Address", "Partner Departments",
        "Event Type", "Visibility", "Status", "Description", "Internal Notes"],
    F: ["Title", "Start Date", "Start Time", "End Time", "Location", "Address", "Lead Department",
        "Partner Departments", "Event Type", "Visibility", "Status", "Expected Attendance", "Description",
        "Internal Notes"],
    CS: ["Start Date", "Title", "Start Time", "End Time", "Location", "Address", "Partner Departments",
         "Event Type", "Audience", "Visibility", "Description", "Internal Notes"],
    EC: ["Start Date", "Title", "Start Time", "End Time", "Location", "Partner Departments", "Event Type",
         "Visibility", "Description", "Internal Notes"],
    EM: ["Start Date", "Title", "Start Time", "End Date", "End Time", "Location", "Address",
         "Partner Departments", "Event Type", "Visibility", "Status", "Description", "Internal Notes"],
    PR: ["X=cxl", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
         "Partner Departments", "Event Type", "Audience", "Visibility", "Description", "Internal Notes"],
}
HEADER_TEXT = {EC: {"Start Date": "Date", "Title": "Event", "Start Time": "Time", "Location": "Place",
                    "Partner Depts": "Partner Depts", "Partner Departments": "Partner Depts",
                    "Event Type": "Category", "Internal Notes": "Staff Notes"}}

EVENTS = []    # dict(key, fam, depts, day, cancelled, internal, rows)
INVALID = []   # (tab, fields, nominal date)
_n = [0]


def d(s):
    return dt.date.fromisoformat(s)


def ev(fam, depts, day, rows, cancelled=False, internal=False, note=""):
    _n[0] += 1
    key = f"Q{_n[0]:03d}"
    depts = sorted({DEPT[x] for x in depts})
    for tab, f, conts in rows:
        assert DEPT[tab] in depts, (key, tab)
        f.setdefault("Start Date", d(day))
    EVENTS.append(dict(key=key, fam=fam, depts=depts, day=d(day), cancelled=cancelled, internal=internal,
                       note=note, rows=rows))
    return key


def r(tab, cont=(), **kw):
    """A data row of `tab`; cont = continuation rows typed under it (dicts of KEYMAP keys, plus
    DM = how its date cell is typed: 'blank' | 'ditto' | 'typed')."""
    f = {KEYMAP[k]: v for k, v in kw.items()}
    f.setdefault("Visibility", "Public")
    if isinstance(f.get("Start Date"), str) and len(f["Start Date"]) == 10 and f["Start Date"][4] == "-":
        f["Start Date"] = d(f["Start Date"])
    if isinstance(f.get("End Date"), str) and len(f["End Date"]) == 10 and f["End Date"][4] == "-":
        f["End Date"] = d(f["End Date"])
    return (tab, f, list(cont))


def c(**kw):
    dm = kw.pop("DM", "blank")
    f = {KEYMAP[k]: v for k, v in kw.items()}
    f["_dm"] = dm
    return f


# ====================================================================== places
RIVER = ("Riverside Park - Great Lawn", "500 River Rd")
REC = ("Quillmont Rec Center", "210 Maple Ave")
FS1 = ("Fire Station 1", "100 Main St")
FS3 = ("Fire Station 3", "2400 Cedar Ln")
QPDHQ = ("QPD Headquarters - Community Room", "300 Court St")
LIB = ("Quillmont Public Library - Meeting Room A", "45 Library Pl")
PLAZA = ("City Hall Plaza", "1 Civic Center Dr")
EOC = ("Emergency Operations Center - Training Room", "410 Depot St")
C911 = ("911 Center", "450 Depot St")
NCC = ("Northside Community Center", "15 N Oak St")
HARMON = ("Harmon Senior Center", "77 Harmon St")
LINCOLN = ("Lincoln Middle School", "1200 Lincoln Ave")
EASTGATE = ("Eastgate Elementary", "800 Eastgate Rd")
POOL = ("Riverside Pool", "520 River Rd")
GRIND = ("Daily Grind Coffee", "112 Main St")

# ====================================================================== October 2025 (FY26-Q1)
ev("all_department", ALL6, "2025-10-18", [
    r(PR, T="Quillmont Safety Fair", S="10:00 AM", E="2:00 PM", L=RIVER[0], A=RIVER[1], TY="Festival",
      AU="All ages", DS="Fall safety fair for families: touch-a-truck, go-kits, bike registration.",
      cont=[c(T="(cont.)", DS="bounce house + face painting; rec staff set up 9am", DM="blank")]),
    r(P, T="Safety Fair - bike registration booth", S="10:00 AM", E="2:00 PM", L="Riverside Park",
      TY="Safety Education"),
    r(F, T="Safety Fair - Engine 3 + smoke trailer", S="10:00 AM", E="2:00 PM", L="Riverside Park, 500 River Rd",
      TY="Safety Education"),
    r(CS, T="HEART info table @ Safety Fair", S="10am", E="2pm", L="Riverside Park", TY="Safety Education"),
    r(EC, T="911 kiosk - Safety Fair", S="10:00 AM", E="2:00 PM", L="Riverside Park", TY="Safety Education"),
    r(EM, T="Go-kit giveaway (Safety Fair)", S="10:00 AM", E="1:00 PM", L="Riverside Park - Great Lawn",
      TY="Safety Education"),
])
ev("joint_via_continuation", [F, P, EC], "2025-10-11", [
    r(F, T="Fire Prevention Week Open House", S="10:00 AM", E="1:00 PM", L=FS1[0], A=FS1[1], LD="Fire",
      TY="Open House", EA=300,
      cont=[c(T="↳ Police: K-9 demo 11am", DM="blank")]),
    r(EC, T="Dispatch table at FS1 open house", S="10:00 AM", E="1:00 PM", L="Fire Station 1", TY="Open House"),
])
CERT_ROWS = []
for i, day in enumerate(["2025-10-07", "2025-10-14", "2025-10-21", "2025-10-28"], start=1):
    # EM typed the class hours once, on the first session's row (time block)
    kw = dict(S="7:00 PM", E="9:00 PM") if i == 1 else dict(S="", E="")
    row = r(EM, T=f"CERT Basic Training - Wk {i}", L=EOC[0], A=EOC[1], TY="Safety Education", **kw)
    if i == 3:
        ev("series_session_partner", [EM, F], day, [
            row, r(F, T="CERT Day 3 (Fire Suppression)", S="7:00 PM", E="8:30 PM", L="EOC Training Rm", LD="Fire",
                   TY="Safety Education")])
    else:
        ev("series_session_single", [EM], day, [row])
ev("single", [P], "2025-10-08", [r(P, T="Coffee with a Cop", S="8:00 AM", E="10:00 AM", L=GRIND[0], A=GRIND[1],
                                   TY="Community Meeting")])
ev("single_same_day", [P], "2025-10-08", [r(P, T="Neighborhood Watch - Ward 1", S="6:30 PM", E="7:30 PM",
                                            L=LIB[0], A=LIB[1], TY="Community Meeting")])
ev("single", [CS], "2025-10-15", [r(CS, T="Narcan training", S="5:30 PM", E="7:00 PM", L=LIB[0], A=LIB[1],
                                    TY="Safety Education", AU="Adults")])
ev("joint_via_continuation", [PR, P, F], "2025-10-31", [
    r(PR, T="Trunk or Treat", S="5:00 PM", E="7:00 PM", L="Quillmont Rec Center - parking lot", A=REC[1],
      TY="Festival", AU="Families",
      cont=[c(T="↳ Police: candy + patrol car", DM="ditto")]),
    r(F, T="Trunk or Treat - Engine 3", S="5:00 PM", E="7:00 PM", L="Rec Center lot", LD="Fire", TY="Festival"),
])
ev("multi_day", [PR, P], "2025-10-25", [
    r(PR, T="Quillmont Fall Festival", S="11:00 AM", E="6:00 PM", ED="2025-10-26", L=RIVER[0], A=RIVER[1],
      TY="Festival", AU="All ages"),
    r(P, T="Fall Fest traffic detail", S="10:30 AM", E="6:30 PM", L="River Rd at Riverside Park",
      TY="Festival"),
    r(P, T="Fall Fest traffic detail", D="2025-10-26", S="10:30 AM", E="6:30 PM", L="River Rd at Riverside Park",
      TY="Festival"),
])
ev("single", [PR], "2025-10-04", [r(PR, T="Fall Soccer Jamboree", S="9:00 AM", E="1:00 PM",
                                    L="Riverside Park - Fields 1-4", A=RIVER[1], TY="Youth Program")])

# ====================================================================== November 2025
ev("joint_rows_each_tab", [CS, P], "2025-11-06", [
    r(CS, T="Community Safety Town Hall - Northside", S="6:30 PM", E="8:00 PM", L=NCC[0], A=NCC[1],
      TY="Town Hall", AU="Adults"),
    r(P, T="Town hall (Northside)", S="6:30 PM", E="8:00 PM", L="Northside CC", TY="Town Hall"),
])
ev("same_day_block", [F], "2025-11-08", [
    r(F, T="Smoke alarm installs - Eastgate", S="9:00 AM", E="1:00 PM", L="Eastgate neighborhood",
      A="Eastgate Rd & 3rd St", LD="Fire", TY="Smoke Alarm Install")])
ev("same_day_block", [F, CS], "2025-11-08", [
    r(F, T="Smoke alarm installs - Northside", S="9:00 AM", E="1:00 PM", L="Northside neighborhood",
      A="N Oak St & 5th St", LD="Fire", PD="Community Safety", TY="Smoke Alarm Install")])
ev("joint_via_continuation", [F, PR], "2025-11-08", [
    r(F, T="Smoke alarm installs - Harmon Sr Ctr", S="9:00 AM", E="1:00 PM", L=HARMON[0], A=HARMON[1], LD="Fire",
      TY="Smoke Alarm Install",
      cont=[c(T="+", DS="Parks: senior center staff door-knocking w/ crews", DM="blank")])])
ev("single", [P], "2025-11-12", [r(P, T="Citizens Police Academy - night 1", S="6:00 PM", E="9:00 PM",
                                   L=QPDHQ[0], A=QPDHQ[1], TY="Safety Education")])
ev("single", [EM], "2025-11-18", [r(EM, T="Winter weather prep talk", S="6:00 PM", E="7:00 PM", L=LIB[0],
                                    A=LIB[1], TY="Safety Education")])
ev("joint_rows_each_tab", [PR, P, F], "2025-11-27", [
    r(PR, T="Turkey Trot 5K", S="8:00 AM", E="10:30 AM", L=RIVER[0], A=RIVER[1], TY="Recreation Program"),
    r(P, T="Turkey Trot - road closures", S="7:00 AM", E="10:30 AM", L="River Rd loop", TY="Recreation Program"),
    r(F, T="Medic standby - Turkey Trot", S="7:30 AM", E="10:30 AM", L="Riverside Park", LD="Fire",
      TY="Recreation Program"),
])
ev("single", [CS], "2025-11-20", [r(CS, T="Care navigator office hours", S="1:00 PM", E="4:00 PM", L=LIB[0],
                                    A=LIB[1], TY="Community Meeting")])

# ====================================================================== December 2025
ev("joint_rows_each_tab", [P, CS], "2025-12-13", [
    r(P, T="Shop with a Cop", S="8:00 AM", E="11:00 AM", L="Quillmont Crossing - Target", A="2700 Commerce Dr",
      TY="Youth Program"),
    r(CS, T="Shop w/ a Cop - HEART volunteers", S="8:00 AM", E="11:00 AM", L="Target, Quillmont Crossing",
      TY="Youth Program"),
])
ev("joint_rows_each_tab", [F, P], "2025-12-06", [
    r(F, T="Holiday Toy Drive drop-off", S="10:00 AM", E="2:00 PM", L=FS3[0], A=FS3[1], LD="Fire", TY="Other"),
    r(P, T="Toy drive - Fire Sta 3", S="10:00 AM", E="2:00 PM", L="2400 Cedar Ln", TY="Other"),
])
ev("single", [PR], "2025-12-12", [r(PR, T="Holiday Lights Walk", S="5:00 PM", E="8:00 PM", L=RIVER[0], A=RIVER[1],
                                    TY="Recreation Program")])
ev("internal_single", [EC], "2025-12-09", [r(EC, T="CTO training", S="8:00 AM", E="5:00 PM", L="911 Center training rm",
                                            V="Internal", TY="Other")])
ev("internal_joint", [EM, F, EC], "2025-12-16", [
    r(EM, T="Winter storm tabletop exercise", S="9:00 AM", E="12:00 PM", L=EOC[0], A=EOC[1], V="Internal",
      TY="Other"),
    r(F, T="Tabletop (winter storm) @ EOC", S="9:00 AM", E="12:00 PM", L="EOC", LD="Fire", V="Internal", TY="Other"),
    r(EC, T="Winter storm TTX", S="9:00 AM", E="12:00 PM", L="EOC Training Room", V="Internal", TY="Other"),
], internal=True)
ev("single", [EM], "2025-12-03", [r(EM, T="Generator safety talk", S="6:00 PM", E="7:00 PM", L=LIB[0], A=LIB[1],
                                    TY="Safety Education")])
ev("single", [CS], "2025-12-18", [r(CS, T="Holiday community dinner", S="5:30 PM", E="7:30 PM", L=NCC[0], A=NCC[1],
                                    TY="Community Meeting")])

# ====================================================================== January 2026 (FY26-Q2)
ev("joint_via_continuation", [PR, CS, F], "2026-01-19", [
    r(PR, T="MLK Day of Service - park cleanup", S="9:00 AM", E="12:00 PM", L=RIVER[0], A=RIVER[1], TY="Other",
      cont=[c(T="↳ Fire: chili lunch for volunteers", S="12:00 PM", DM="blank")]),
    r(CS, T="MLK Day of Service", S="9:00 AM", E="12:00 PM", L="Riverside Park", TY="Other"),
])
ev("single", [F], "2026-01-10", [r(F, T="CPR class", S="9:00 AM", E="12:00 PM", L=FS1[0], A=FS1[1], LD="Fire",
                                   TY="CPR Class")])
ev("single", [P], "2026-01-22", [r(P, T="Neighborhood Watch - Ward 3", S="6:30 PM", E="7:30 PM", L=LIB[0],
                                   A=LIB[1], TY="Community Meeting")])
ev("joint_rows_each_tab", [F, PR], "2026-01-24", [
    r(F, T="Hands-Only CPR @ Rec Center", S="10:00 AM", E="11:00 AM", L=REC[0], A=REC[1], LD="Fire", TY="CPR Class"),
    r(PR, T="Hands-Only CPR (Fire)", S="10:00 AM", E="11:00 AM", L="Rec Center - Room 2", A=REC[1], TY="CPR Class"),
])
ev("single", [EM], "2026-01-27", [r(EM, T="CERT refresher", S="6:30 PM", E="8:30 PM", L=EOC[0], A=EOC[1],
                                    TY="Safety Education")])
ev("single", [CS], "2026-01-21", [r(CS, T="Narcan training", S="5:30 PM", E="7:00 PM", L=LIB[0], A=LIB[1],
                                    TY="Safety Education", AU="Adults")])
ev("single", [EC], "2026-01-29", [r(EC, T="911 for kids - Eastgate Elementary", S="9:30 AM", E="10:30 AM",
                                    L=EASTGATE[0], TY="Safety Education")])

# ====================================================================== February 2026
ev("joint_rows_each_tab", [CS, P], "2026-02-12", [
    r(CS, T="Black History Month Community Conversation", S="6:00 PM", E="8:00 PM", L=NCC[0], A=NCC[1],
      TY="Community Meeting"),
    r(P, T="BHM community conversation", S="6:00 PM", E="8:00 PM", L="Northside Community Ctr",
      TY="Community Meeting"),
])
ev("single", [PR], "2026-02-07", [r(PR, T="Daddy-Daughter Dance", S="6:00 PM", E="9:00 PM", L=REC[0], A=REC[1],
                                    TY="Recreation Program")])
ev("joint_via_continuation", [F, CS], "2026-02-21", [
    r(F, T="Smoke alarm installs - Westfield", S="9:00 AM", E="1:00 PM", L="Westfield neighborhood",
      A="Westfield Ave & 9th St", LD="Fire", TY="Smoke Alarm Install",
      cont=[c(T="", DS="+ CS care navigators joined (2), handed out resource cards", DM="blank")])])
ev("single", [P], "2026-02-11", [r(P, T="Coffee with a Cop", S="8:00 AM", E="10:00 AM", L=GRIND[0], A=GRIND[1],
                                   TY="Community Meeting")])
ev("joint_rows_each_tab", [EM, EC], "2026-02-24", [
    r(EM, T="Severe weather spotter class", S="6:30 PM", E="8:30 PM", L=EOC[0], A=EOC[1], TY="Safety Education"),
    r(EC, T="Spotter class - 911 segment", S="7:30 PM", E="8:00 PM", L="EOC", TY="Safety Education"),
])

# ====================================================================== March 2026
ev("joint_rows_each_tab", [EM, EC], "2026-03-03", [
    r(EM, T="Tornado drill demo - Severe Weather Awareness Week", S="10:00 AM", E="11:00 AM", L=EASTGATE[0],
      A=EASTGATE[1], TY="Safety Education"),
    r(EC, T="Tornado drill @ Eastgate", S="10:00 AM", E="11:00 AM", L="Eastgate Elementary", TY="Safety Education"),
])
ev("single", [PR], "2026-03-07", [r(PR, T="Youth basketball finals", S="9:00 AM", E="3:00 PM", L=REC[0], A=REC[1],
                                    TY="Youth Program")])
ev("joint_rows_each_tab", [PR, P, F], "2026-03-14", [
    r(PR, T="Shamrock Shuffle 5K", S="8:00 AM", E="10:30 AM", L="Main St & 1st St", TY="Recreation Program"),
    r(P, T="5K traffic control (Shamrock Shuffle)", S="7:00 AM", E="10:30 AM", L="Main St & 1st St",
      TY="Recreation Program"),
    r(F, T="Medic standby - Shamrock 5K", S="7:30 AM", E="10:30 AM", L="Main & 1st", LD="Fire",
      TY="Recreation Program"),
])
ev("single", [P], "2026-03-19", [r(P, T="Citizens Police Academy graduation", S="6:00 PM", E="8:00 PM",
                                   L=QPDHQ[0], A=QPDHQ[1], TY="Other")])
ev("joint_rows_each_tab", [F, CS], "2026-03-21", [
    r(F, T="CPR class", S="9:00 AM", E="12:00 PM", L=FS1[0], A=FS1[1], LD="Fire", TY="CPR Class"),
    r(CS, T="CPR class at FS1 - 4 HEART staff attending", S="9:00 AM", E="12:00 PM", L="Fire Station 1",
      TY="CPR Class"),
])
ev("single", [CS], "2026-03-26", [r(CS, T="Community listening session - Southside", S="6:00 PM", E="7:30 PM",
                                    L="Southside Library branch", A="900 S Elm St", TY="Community Meeting")])
ev("single_same_day", [CS], "2026-03-26", [r(CS, T="Care navigator office hours", S="1:00 PM", E="4:00 PM",
                                             L=LIB[0], A=LIB[1], TY="Community Meeting")])
ev("single", [F], "2026-03-28", [r(F, T="Smoke alarm installs - Southside", S="9:00 AM", E="1:00 PM",
                                   L="Southside neighborhood", A="S Elm St & 12th St", LD="Fire",
                                   TY="Smoke Alarm Install")])

# ====================================================================== April 2026 (FY26-Q3)
ev("joint_via_continuation", [PR, F, P], "2026-04-04", [
    r(PR, T="Spring Egg Hunt", S="10:00 AM", E="12:00 PM", L=RIVER[0], A=RIVER[1], TY="Festival", AU="Kids 2-10",
      cont=[c(T="↳ Police: McGruff + 2 officers", DM="ditto")]),
    r(F, T="Egg hunt - Engine 3 visit", S="10:00 AM", E="11:00 AM", L="Riverside Park", LD="Fire", TY="Festival"),
])
ev("joint_via_continuation", [EC, P, F], "2026-04-14", [
    r(EC, T="Telecommunicators Week open house", S="4:00 PM", E="7:00 PM", L=C911[0], TY="Open House",
      cont=[c(T="↳ Fire: engine on display", DM="blank")]),
    r(P, T="Open house @ 911 Center - PD table", S="4:00 PM", E="7:00 PM", L="911 Center, 450 Depot St",
      TY="Open House"),
])
ev("joint_rows_each_tab", [P, PR], "2026-04-25", [
    r(P, T="Bike Rodeo", S="10:00 AM", E="1:00 PM", L="Lincoln Middle School - parking lot", A=LINCOLN[1],
      TY="Youth Program"),
    r(PR, T="Bike rodeo (Lincoln MS)", S="10:00 AM", E="1:00 PM", L="Lincoln MS lot", TY="Youth Program"),
])
ev("single", [CS], "2026-04-15", [r(CS, T="Narcan training", S="5:30 PM", E="7:00 PM", L=LIB[0], A=LIB[1],
                                    TY="Safety Education", AU="Adults")])
ev("single", [F], "2026-04-18", [r(F, T="Station 1 blood drive", S="9:00 AM", E="2:00 PM", L=FS1[0], A=FS1[1],
                                   LD="Fire", TY="Other")])
ev("single", [EM], "2026-04-28", [r(EM, T="Flood preparedness talk", S="6:00 PM", E="7:00 PM", L=LIB[0], A=LIB[1],
                                    TY="Safety Education")])
ev("joint_rows_each_tab", [P, CS], "2026-04-30", [
    r(P, T="Town Hall: Downtown safety", S="6:00 PM", E="7:30 PM", L="City Hall - Council Chambers",
      A=PLAZA[1], TY="Town Hall"),
    r(CS, T="Downtown safety town hall", S="6:00 PM", E="7:30 PM", L="City Hall Council Chambers",
      TY="Town Hall"),
])

# ====================================================================== May 2026
ev("joint_rows_each_tab", [F, PR, CS, P], "2026-05-09", [
    r(F, T="Safe Kids Day", S="10:00 AM", E="2:00 PM", L=REC[0], A=REC[1], LD="Fire", TY="Safety Education",
      EA=400),
    r(PR, T="Safe Kids Day @ Rec Center", S="10:00 AM", E="2:00 PM", L="Rec Center", TY="Safety Education"),
    r(CS, T="Safe Kids Day - HEART table", S="10:00 AM", E="2:00 PM", L="Quillmont Rec Ctr", TY="Safety Education"),
    r(P, T="Safe Kids Day - car seat checks", S="10:00 AM", E="1:00 PM", L="Rec Center parking lot",
      TY="Safety Education"),
])
ev("single", [P], "2026-05-13", [r(P, T="Coffee with a Cop", S="8:00 AM", E="10:00 AM", L=GRIND[0], A=GRIND[1],
                                   TY="Community Meeting")])
ev("joint_via_continuation", [EM, F, PR], "2026-05-16", [
    r(EM, T="Emergency Preparedness Expo", S="9:00 AM", E="1:00 PM", L=LIB[0], A=LIB[1], TY="Safety Education",
      cont=[c(T="(cont.)", DS="Parks lending pavilion tables + 2 staff for setup", DM="ditto")]),
    r(F, T="Prep Expo - extinguisher demo", S="9:00 AM", E="1:00 PM", L="Quillmont Public Library", LD="Fire",
      TY="Safety Education"),
])
ev("cancelled_prefix", [PR], "2026-05-29", [
    r(PR, T="CANCELLED - Movie in the Park", S="8:00 PM", E="10:00 PM", L=RIVER[0], A=RIVER[1],
      TY="Recreation Program")], cancelled=True)
ev("single", [CS], "2026-05-20", [r(CS, T="Youth mentoring kickoff", S="4:00 PM", E="6:00 PM", L=NCC[0], A=NCC[1],
                                    TY="Youth Program")])
ev("single", [EC], "2026-05-07", [r(EC, T="911 for kids - Lincoln MS", S="9:30 AM", E="10:30 AM", L=LINCOLN[0],
                                    TY="Safety Education")])
ev("joint_rows_each_tab", [PR, P, F], "2026-05-25", [
    r(PR, T="Memorial Day ceremony", S="11:00 AM", E="12:00 PM", L="Veterans Plaza, Riverside Park", A=RIVER[1],
      TY="Other"),
    r(P, T="Memorial Day - honor guard", S="10:30 AM", E="12:00 PM", L="Veterans Plaza", TY="Other"),
    r(F, T="Memorial Day ceremony - ladder flag", S="10:30 AM", E="12:00 PM", L="Veterans Plaza", LD="Fire",
      TY="Other"),
])

# ====================================================================== June 2026
ev("joint_via_continuation", [PR, F], "2026-06-06", [
    r(PR, T="Pool opening day - water safety", S="12:00 PM", E="4:00 PM", L=POOL[0], A=POOL[1],
      TY="Recreation Program",
      cont=[c(T="↳ Fire: water rescue demo 2pm", S="2:00 PM", DM="blank")])])
ev("cancelled_x_column", [PR, P], "2026-06-18", [
    r(PR, T="Cops & Kids Kickball", S="6:00 PM", E="8:00 PM", L="Lincoln MS - ball field", A=LINCOLN[1],
      TY="Youth Program", X="X",
      cont=[c(T="↳ Police: 6 officers", DM="blank")])], cancelled=True)
ev("single", [P], "2026-06-09", [r(P, T="Citizens Police Academy - summer night 1", S="6:00 PM", E="9:00 PM",
                                   L=QPDHQ[0], A=QPDHQ[1], TY="Safety Education")])
ev("single", [F], "2026-06-13", [r(F, T="CPR class", S="9:00 AM", E="12:00 PM", L=FS1[0], A=FS1[1], LD="Fire",
                                   TY="CPR Class")])
ev("joint_rows_each_tab", [CS, PR, P], "2026-06-19", [
    r(CS, T="Juneteenth Celebration", S="12:00 PM", E="6:00 PM", L=PLAZA[0], A=PLAZA[1], TY="Festival"),
    r(PR, T="Juneteenth - games & stage", S="12:00 PM", E="6:00 PM", L="City Hall Plaza", TY="Festival"),
    r(P, T="Juneteenth celebration - officers on foot", S="11:30 AM", E="6:00 PM", L="City Hall Plaza",
      TY="Festival"),
])
ev("single", [EM], "2026-06-23", [r(EM, T="Heat safety talk - Harmon Sr Ctr", S="10:00 AM", E="11:00 AM",
                                    L=HARMON[0], A=HARMON[1], TY="Safety Education")])
ev("single", [CS], "2026-06-10", [r(CS, T="Narcan training", S="5:30 PM", E="7:00 PM", L=LIB[0], A=LIB[1],
                                    TY="Safety Education", AU="Adults")])
ev("joint_rows_each_tab", [PR, F], "2026-06-24", [
    r(PR, T="Summer Safety Camp - Fire Day", S="9:00 AM", E="3:00 PM", L=REC[0], A=REC[1], TY="Youth Program"),
    r(F, T="Camp visit - Engine 3", S="10:00 AM", E="11:00 AM", L="Rec Center", LD="Fire", TY="Youth Program"),
])

# ====================================================================== July 2026 (FY26-Q4)
ev("joint_rows_each_tab", [PR, P, F, EM], "2026-07-04", [
    r(PR, T="Fourth of July Fireworks", S="6:00 PM", E="10:00 PM", L=RIVER[0], A=RIVER[1], TY="Festival"),
    r(P, T="July 4th fireworks - traffic + patrol", S="5:00 PM", E="11:00 PM", L="Riverside Park", TY="Festival"),
    r(F, T="Fireworks standby (July 4th)", S="6:00 PM", E="10:30 PM", L="Riverside Park", LD="Fire",
      TY="Festival"),
    r(EM, T="July 4th fireworks - EM command post", S="5:30 PM", E="10:30 PM", L="Riverside Park - Great Lawn",
      TY="Festival"),
])
ev("single", [P], "2026-07-08", [r(P, T="Coffee with a Cop", S="8:00 AM", E="10:00 AM", L=GRIND[0], A=GRIND[1],
                                   TY="Community Meeting")])
ev("single", [PR], "2026-07-17", [r(PR, T="Dive-in Movie", S="8:00 PM", E="10:00 PM", L=POOL[0], A=POOL[1],
                                    TY="Recreation Program")])
ev("multi_day", [EM, CS], "2026-07-21", [
    r(EM, T="Cooling center open", S="12:00 PM", E="8:00 PM", ED="2026-07-23", L=NCC[0], A=NCC[1], TY="Other"),
    r(CS, T="Cooling center - care navigators", D="2026-07-22", S="12:00 PM", E="4:00 PM", L="Northside CC",
      TY="Other"),
])
ev("single", [F], "2026-07-11", [r(F, T="Smoke alarm installs - Eastgate", S="9:00 AM", E="1:00 PM",
                                   L="Eastgate neighborhood", A="Eastgate Rd & 3rd St", LD="Fire",
                                   TY="Smoke Alarm Install")])
ev("single", [CS], "2026-07-16", [r(CS, T="Community listening session - Eastside", S="6:00 PM", E="7:30 PM",
                                    L=NCC[0], A=NCC[1], TY="Community Meeting")])
ev("single", [EC], "2026-07-09", [r(EC, T="911 Center tours (summer camp)", S="10:00 AM", E="11:00 AM", L=C911[0],
                                    TY="Youth Program")])

# ====================================================================== August 2026
ev("all_department", ALL6, "2026-08-04", [
    r(P, T="National Night Out - City Hall Plaza kickoff", S="5:00 PM", E="8:00 PM", L=PLAZA[0], A=PLAZA[1],
      TY="National Night Out"),
    r(F, T="NNO kickoff - Engine 1 + Ladder 1", S="5:00 PM", E="8:00 PM", L="City Hall Plaza", LD="Fire",
      TY="National Night Out"),
    r(CS, T="NNO kickoff - HEART table", S="5:00 PM", E="8:00 PM", L="City Hall Plaza", TY="National Night Out"),
    r(EC, T="NNO kickoff - 911 kiosk", S="5:00 PM", E="8:00 PM", L="City Hall Plaza", TY="National Night Out"),
    r(EM, T="NNO kickoff - go-kit table", S="5:00 PM", E="8:00 PM", L="City Hall Plaza", TY="National Night Out"),
    r(PR, T="National Night Out kickoff", S="5:00 PM", E="8:00 PM", L="City Hall Plaza", A=PLAZA[1],
      TY="National Night Out"),
])
ev("nno_block_party", [P, F], "2026-08-04", [
    r(P, T="NNO - Maple Ave block party", S="6:00 PM", E="8:00 PM", L="1400 block Maple Ave",
      TY="National Night Out"),
    r(F, T="Engine 3 visit - Maple Ave NNO", S="6:30 PM", E="7:00 PM", L="1400 block Maple Ave", LD="Fire",
      TY="National Night Out"),
])
ev("nno_block_party", [P, F], "2026-08-04", [
    r(P, T="NNO - Eastgate Apartments", S="6:00 PM", E="8:00 PM", L="Eastgate Apartments courtyard",
      A="950 Eastgate Rd", TY="National Night Out",
      cont=[c(T="↳ Fire: engine visit", S="7:15 PM", DM="blank")])])
ev("nno_block_party", [P], "2026-08-04", [
    r(P, T="NNO - Cedar Ln cul-de-sac", S="6:00 PM", E="8:00 PM", L="2600 Cedar Ln", TY="National Night Out")])
ev("nno_block_party", [P, CS], "2026-08-04", [
    r(P, T="NNO - Northside CC cookout", S="5:30 PM", E="7:30 PM", L=NCC[0], A=NCC[1], TY="National Night Out"),
    r(CS, T="NNO cookout (Northside CC)", S="5:30 PM", E="7:30 PM", L="Northside Community Center",
      TY="National Night Out"),
])
ev("joint_rows_each_tab", [PR, P, CS], "2026-08-08", [
    r(PR, T="Back to School Bash", S="10:00 AM", E="1:00 PM", L=REC[0], A=REC[1], TY="Youth Program"),
    r(P, T="Back to School Bash - backpack giveaway", S="10:00 AM", E="1:00 PM", L="Rec Center", TY="Youth Program"),
    r(CS, T="Back to school bash - resource table", S="10:00 AM", E="1:00 PM", L="Quillmont Rec Center",
      TY="Youth Program"),
])
ev("single", [F], "2026-08-15", [r(F, T="CPR class", S="9:00 AM", E="12:00 PM", L=FS1[0], A=FS1[1], LD="Fire",
                                   TY="CPR Class")])
ev("internal_single", [EM], "2026-08-25", [r(EM, T="Preparedness Month planning", S="2:00 PM", E="3:00 PM",
                                             L=EOC[0], A=EOC[1], V="Internal", TY="Other")])

# ====================================================================== September 2026
ev("joint_rows_each_tab", [EM, EC, F], "2026-09-12", [
    r(EM, T="National Preparedness Month fair", S="10:00 AM", E="2:00 PM", L=LIB[0], A=LIB[1],
      TY="Safety Education"),
    r(EC, T="Prep Month fair - when to call 911", S="10:00 AM", E="2:00 PM", L="Quillmont Public Library",
      TY="Safety Education"),
    r(F, T="Preparedness fair - smoke alarm signups", S="10:00 AM", E="2:00 PM", L="Public Library", LD="Fire",
      TY="Safety Education"),
])
ev("single", [P], "2026-09-09", [r(P, T="Coffee with a Cop", S="8:00 AM", E="10:00 AM", L=GRIND[0], A=GRIND[1],
                                   TY="Community Meeting")])
ev("single", [PR], "2026-09-19", [r(PR, T="Fall Soccer Jamboree", S="9:00 AM", E="1:00 PM",
                                    L="Riverside Park - Fields 1-4", A=RIVER[1], TY="Youth Program")])
ev("joint_rows_each_tab", [F, P], "2026-09-11", [
    r(F, T="9/11 Remembrance ceremony", S="8:30 AM", E="9:30 AM", L=FS1[0], A=FS1[1], LD="Fire", TY="Other"),
    r(P, T="9/11 remembrance - honor guard", S="8:30 AM", E="9:30 AM", L="Fire Station 1", TY="Other"),
])
ev("single", [CS], "2026-09-16", [r(CS, T="Narcan training", S="5:30 PM", E="7:00 PM", L=LIB[0], A=LIB[1],
                                    TY="Safety Education", AU="Adults")])
ev("joint_rows_each_tab", [CS, PR, F], "2026-09-24", [
    r(CS, T="Senior safety day", S="10:00 AM", E="12:00 PM", L=HARMON[0], A=HARMON[1], TY="Safety Education",
      AU="Seniors"),
    r(PR, T="Senior safety day @ Harmon", S="10:00 AM", E="12:00 PM", L="Harmon Senior Ctr", TY="Safety Education"),
    r(F, T="Remembering When (fall prevention) - Senior safety day", S="10:30 AM", E="11:30 AM",
      L="Harmon Senior Center", LD="Fire", TY="Safety Education"),
])
ev("single", [F], "2026-09-26", [r(F, T="Smoke alarm installs - Northside", S="9:00 AM", E="1:00 PM",
                                   L="Northside neighborhood", A="N Oak St & 5th St", LD="Fire",
                                   TY="Smoke Alarm Install")])

# ====================================================================== more single events (background)
bg = [
    (P, "Explorer post open house", "2026-06-09", "7:00 PM", "8:30 PM", QPDHQ, "Youth Program"),
    (F, "Station 3 open house", "2025-10-11", "1:00 PM", "3:00 PM", FS3, "Open House"),
    (F, "Smoke alarm installs - Westfield", "2026-05-09", "9:00 AM", "1:00 PM",
     ("Westfield neighborhood", "Westfield Ave & 9th St"), "Smoke Alarm Install"),
    (F, "Station 1 pancake breakfast", "2026-08-15", "8:00 AM", "11:00 AM", FS1, "Other"),
    (EC, "Dispatcher job fair", "2026-09-12", "3:00 PM", "6:00 PM", C911, "Other"),
    (EM, "Stop the Bleed class", "2026-06-23", "6:00 PM", "8:00 PM", EOC, "Safety Education"),
    (PR, "Concert in the Park", "2026-07-17", "6:00 PM", "7:30 PM", ("Riverside Park - Bandshell", "500 River Rd"),
     "Recreation Program"),
]
for tab, t, day, s, e, place, ty in bg:
    kw = dict(LD="Fire") if tab == F else {}
    ev("single_background", [tab], day, [r(tab, T=t, S=s, E=e, L=place[0], A=place[1] if tab != EC else None,
                                           TY=ty, **kw)])

# ====================================================================== invalid rows (README: left out)
INVALID += [
    (F, {"Title": "Engine co. inspection open house", "Start Date": "TBD", "Start Time": "", "Location": FS3[0],
         "Lead Department": "Fire", "Visibility": "Public"}, d("2026-04-30")),
    (CS, {"Title": "Porch light campaign", "Start Date": "2/30/2026", "Start Time": "6pm", "Location": "Eastside",
          "Visibility": "Public"}, d("2026-02-27")),
    (PR, {"Title": "Pickleball clinic", "Start Date": d("2026-05-02"), "Start Time": "6", "Location": REC[0],
          "Visibility": "Public"}, d("2026-05-02")),
    (P, {"Title": "Explorer post meeting", "Start Date": d("2026-01-13"), "Start Time": "5pm", "End Time": "3pm",
         "Location": QPDHQ[0], "Visibility": "Public"}, d("2026-01-13")),
]

# ====================================================================== layout of each tab
MONTH = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
STYLE = {
    # newest first; "=== AUGUST 2026 ===" headings; dittos " 〃 same; a time range typed once per day block
    P: dict(desc=True, heading=lambda y, m: f"=== {MONTH[m].upper()} {y} ===", ditto=['"', "〃", "same"],
            time_block=True, total=None, notes=None),
    # plain month names in the Title column; the cells below a day's first row left blank; the day of
    # three installs typed in one merged cell; last quarter's block pasted with its header row; TOTAL + Notes
    F: dict(desc=False, heading=lambda y, m: MONTH[m], ditto=[""], time_block=True,
            merged_days={d("2025-11-08")}, repeat_header_before=(2026, 1),
            total=("TOTAL", "Expected Attendance"), notes="Notes: Engine 4 out of service Feb-Mar; use Engine 3 "
                                                         "for visits. Installs are 9-1 unless noted."),
    # a second header line under the first; headings "MARCH 2026"; ditto "same" / "ditto"
    CS: dict(desc=False, heading=lambda y, m: f"{MONTH[m].upper()} {y}", ditto=["same", "ditto"],
             second_header={"Start Date": "(mm/dd/yyyy)", "Start Time": "(e.g. 6:00 PM)", "Address": "(optional)",
                            "Partner Departments": "(optional)", "Audience": "(optional)"},
             total=None, notes=None),
    # an instructions row at the very top (header in row 2); headings "— Apr 2026 —"; ditto 〃
    EC: dict(desc=False, heading=lambda y, m: f"— {MONTH[m][:3]} {y} —", ditto=["〃"],
             instructions="INSTRUCTIONS: one row per event. Dates mm/dd/yyyy. Put other departments in "
                          "Partner Depts. Do not delete rows - ask the 911 PIO.",
             total=None, notes=None),
    # headings "April"; ditto -"- or blank; a count row at the end
    EM: dict(desc=False, heading=lambda y, m: MONTH[m], ditto=['-"-', ""], total=("Count: {n}", "Start Date"),
             notes=None),
    # an X column of its own for cancelled events; headings "=== MAY 2026 ==="; Notes + TOTAL rows
    PR: dict(desc=False, heading=lambda y, m: f"=== {MONTH[m].upper()} {y} ===", ditto=['"', ""],
             total=("TOTAL events: {n}", "Title"),
             notes="Notes: X in first column = cancelled. Movie nights move to Fridays in summer."),
}


groups = defaultdict(list)   # tab -> [(date, tiebreak, key, fields, conts)]
for e in EVENTS:
    for tab, f, conts in e["rows"]:
        # a row with continuation rows under it is the day's last (first in a newest-first tab), so a
        # merged day cell never spans a continuation row
        groups[tab].append((f["Start Date"], (bool(conts), random.random()), e["key"], f, conts))
for tab, f, nominal in INVALID:
    groups[tab].append((nominal, (False, random.random()), None, f, []))

wb = openpyxl.Workbook()
wb.remove(wb.active)
truth = []
layout_rows, cont_rows, ditto_rows, blanktime_rows, merged_rows = [], [], [], [], []
for tab in TABS:
    st = STYLE[tab]
    cols = COLUMNS[tab]
    ws = wb.create_sheet(tab)
    hdr = [HEADER_TEXT.get(tab, {}).get(col, col) for col in cols]
    rowno = 0

    def put(values, kind, key=None, valid=None):
        global rowno
        ws.append(values)
        rowno = ws.max_row
        for cell in ws[rowno]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"      # a heading typed as text ("=== MARCH 2026 ==="), not a formula
        if kind == "header":
            return rowno
        truth.append((tab, rowno, key or "", valid))
        if valid == "layout":
            layout_rows.append(f"{tab}!{rowno}")
        return rowno

    def blank():
        return [None] * len(cols)

    if st.get("instructions"):
        v = blank()
        v[0] = st["instructions"]
        put(v, "layout", valid="layout")
        put(hdr, "layout", valid="layout")        # the real header, in row 2
    else:
        put(hdr, "header")
    if st.get("second_header"):
        v = blank()
        for col, text in st["second_header"].items():
            v[cols.index(col)] = text
        put(v, "layout", valid="layout")
    items = sorted(groups[tab], key=lambda x: (x[0], x[1]), reverse=st["desc"])
    cur_month = None
    prev = None          # (date, start, end) of the previous data row written in this block
    n_data = 0
    merge_spans = {}
    for day, _, key, f, conts in items:
        ym = (day.year, day.month)
        if ym != cur_month:
            if cur_month is not None:
                put(blank(), "layout", valid="layout")             # spacer
            if st.get("repeat_header_before") == ym:
                put(list(hdr), "layout", valid="layout")            # last quarter's block pasted, header and all
            v = blank()
            v[0] = st["heading"](*ym)
            put(v, "layout", valid="layout")
            cur_month = ym
            prev = None
        vals = blank()
        for col in cols:
            val = f.get(col, "")
            vals[cols.index(col)] = val if val not in ("", None) else None
        same_day = prev is not None and isinstance(f.get("Start Date"), dt.date) and prev[0] == f["Start Date"]
        merged = day in st.get("merged_days", set())
        if same_day:
            if merged:
                vals[cols.index("Start Date")] = None      # the day's merged cell holds it (README: applies)
            else:
                mark = random.choice(st["ditto"])
                vals[cols.index("Start Date")] = mark or None
        if same_day and st.get("time_block") and (prev[1], prev[2]) == (f.get("Start Time"), f.get("End Time")):
            vals[cols.index("Start Time")] = None
            vals[cols.index("End Time")] = None
        rn = put(vals, "data", key, "yes" if key else "no")
        n_data += 1
        cell = ws.cell(row=rn, column=cols.index("Start Date") + 1)
        if isinstance(cell.value, dt.date):
            cell.number_format = "m/d/yyyy"
        if "End Date" in cols and isinstance(f.get("End Date"), dt.date):
            ws.cell(row=rn, column=cols.index("End Date") + 1).number_format = "m/d/yyyy"
        if same_day and key:
            (merged_rows if merged else ditto_rows).append(f"{tab}!{rn}")
        if merged:
            merge_spans.setdefault(day, []).append(rn)
        if key and vals[cols.index("Start Time")] is None:
            blanktime_rows.append(f"{tab}!{rn}")
        prev = (f.get("Start Date"), f.get("Start Time"), f.get("End Time")) if key else None
        for cf in conts:
            cv = blank()
            for col in cols:
                if col in cf and cf[col] not in ("", None):
                    cv[cols.index(col)] = cf[col]
            dm = cf["_dm"]
            if dm == "ditto":
                cv[cols.index("Start Date")] = random.choice([m for m in st["ditto"] if m] or ['"'])
            elif dm == "typed":
                cv[cols.index("Start Date")] = f["Start Date"]
            crn = put(cv, "data", key, "yes")
            cont_rows.append(f"{tab}!{crn}")
    if st.get("notes"):
        put(blank(), "layout", valid="layout")
        v = blank()
        v[cols.index("Title")] = st["notes"]
        put(v, "layout", valid="layout")
    if st.get("total"):
        text, col = st["total"]
        v = blank()
        if col == "Expected Attendance":
            v[cols.index("Title")] = text
            v[cols.index(col)] = n_data
        else:
            v[cols.index(col)] = text.format(n=n_data)
        put(v, "layout", valid="layout")
    for day, rns in merge_spans.items():
        col = cols.index("Start Date") + 1
        ws.merge_cells(start_row=min(rns), end_row=max(rns), start_column=col, end_column=col)
    ws.freeze_panes = "A2"
FIXED = dt.datetime(2026, 12, 7, 12, 0, 0)
wb.properties.creator = "Quillmont city staff"
wb.properties.created = FIXED
wb.properties.modified = FIXED
buf = io.BytesIO()
wb.save(buf)
# rewrite the zip with fixed entry times (openpyxl stamps "now"), so every build gives the same bytes
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
        zipfile.ZipFile(HERE / "intake.xlsx", "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/core.xml":
            import re
            data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2026-12-07T12:00:00Z<", data)
        zi = zipfile.ZipInfo(item.filename, date_time=(2026, 12, 7, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)

with open(HERE / "truth.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["tab", "row", "event_key", "valid"])
    w.writerows(truth)

# ====================================================================== expected figures, from the labels
labels = defaultdict(list)
for tab, row, key, valid in truth:
    if valid == "yes":
        labels[key].append(f"{tab}!{row}")
months = {}
for y, m in [(2025, 10), (2025, 11), (2025, 12)] + [(2026, i) for i in range(1, 10)]:
    months[f"{y}-{m:02d}"] = {"events": 0, "joint_events": 0}
quarters = {f"FY26-Q{q}": {"events": 0, "joint_events": 0, "all_department_events": 0} for q in range(1, 5)}


def fq(day):
    q = ((day.month - 10) % 12) // 3 + 1
    fy = day.year + 1 if day.month >= 10 else day.year
    return f"FY{fy % 100:02d}-Q{q}"


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
    if any(f.get("Visibility") == "Public" for _, f, _ in e["rows"]):
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
        if len(e["depts"]) == 6:
            quarters[q]["all_department_events"] += 1
pairs = sorted(sorted(p) for v in labels.values() for p in
               [(a, b) for i, a in enumerate(v) for b in v[i + 1:]])
cont_set = set(cont_rows)
pairs_wo_cont = [p for p in pairs if p[0] not in cont_set and p[1] not in cont_set]
readme_error_rows = sorted(set(cont_rows) | (set(ditto_rows) - set(merged_rows)))  # no title or no date
expected = {
    "flavour": "v64 Quillmont", "rows": sum(1 for t in truth if t[3] in ("yes", "no")),
    "invalid_rows": sum(1 for t in truth if t[3] == "no"),
    "events": len(EVENTS), "joint_events": len(event_departments), "public_events": public,
    "cancelled_events": cancelled, "months": months, "fiscal_quarters": quarters,
    "duplicate_pairs": pairs, "event_departments": event_departments, "event_family": event_family,
    "families": dict(families),
    "layout_rows": len(layout_rows), "layout_row_list": layout_rows,
    "continuation_rows": cont_rows, "ditto_date_rows": ditto_rows, "merged_date_rows": merged_rows,
    "time_block_rows": blanktime_rows,
    "duplicate_pairs_without_continuation_rows": pairs_wo_cont,
    "rows_the_readme_leaves_out": readme_error_rows,
    "tabs_the_readme_holds": {EC: "row 1 is an instructions row, the header is row 2 (README: header row 1; a "
                                  "header row lacking Title or Start Date holds the tab)"},
    "notes": "rows = data rows (valid yes/no; truth.csv also lists the layout rows, valid=layout). "
             "joint_events counts cancelled and every-row-Internal joint events; months/quarters leave out "
             "cancelled events and count internal-only joint work as an event but not as joint "
             "(count_internal_joint: false). Continuation rows and rows whose date is a ditto mark or "
             "blank are labelled as a city manager reads the sheet (part of the event above); the README "
             "reads them as errors (no title / no Start Date): see NOTES.md. Fiscal year starts in "
             "October (FY26 = Oct 2025 - Sep 2026).",
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=1, default=str, ensure_ascii=False))
(HERE / "config.yaml").write_text(CONFIG)
print(f"rows {expected['rows']} (+{len(layout_rows)} layout), invalid {expected['invalid_rows']}, "
      f"events {len(EVENTS)}, joint {len(event_departments)}, "
      f"counted joint {sum(v['joint_events'] for v in months.values())}, pairs {len(pairs)}, "
      f"continuation {len(cont_rows)}, ditto {len(ditto_rows)}")
