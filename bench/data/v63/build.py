"""Labelled intake set v63: the City of Wexley (invented; America/Denver), fiscal year starting
in October (fiscal_year_start_month 10: FY26-Q2 = Jan-Mar 2026 ... FY27-Q1 = Oct-Dec 2026).

Habit under test: SERIES, RANGES AND SESSIONS. One department logs a recurring programme or a
multi-day event as ONE row - a `Repeats` rule, a date range in the Start Date cell
("Oct 4-10, 2026"), a Start/End Date pair, or only recurrence words in the title ("CPR Saturdays
in May", "Summer Safety Camp 6/15-6/19", "(Wednesdays in July)") - while a partner logs only the
session(s) it joined as ordinary dated rows, or both log the series differently. Also: AM/PM
sessions against one all-day row, rain dates and moves typed as a second row, events past
midnight (NYE, a 10pm-2am outreach shift typed on the next calendar day), times in many
conventions, same-programme sessions on nearby dates that are different events, and
same-day same-venue different events. Six tabs; the 911 tab has its own header names.

Names, programmes and times drawn from ../shared/realdata (Bloomington parks programmes:
Walking with Ease, Tai Chi Easy, Touch a Truck, Trick or Treat Trail, Line Dance (AM)/(PM),
Movie in the Park moves; Durham: Coffee with a Cop, CERT; Pittsburgh NNO block parties).

Writes intake.xlsx, truth.csv (tab,row,event_key,valid), expected.json, config.yaml.
Deterministic (random.seed(63)). Run from the project folder:
    .venv/bin/python bench/data/v63/build.py
"""
import csv
import datetime as dt
import json
import random
from collections import defaultdict
from pathlib import Path

import openpyxl

random.seed(63)
HERE = Path(__file__).resolve().parent

P, F, CS, EC, EM, PR = ("Police", "Fire", "Community Safety", "911 Emergency Communications",
                        "Emergency Management", "Parks and Recreation")
DEPT = {P: "Police", F: "Fire", CS: "Community Safety", EC: "Emergency Communications",
        EM: "Emergency Management", PR: "Parks and Recreation"}
ALL6 = [P, F, CS, EC, EM, PR]
TABS = [P, F, CS, EC, EM, PR]
CANON = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
         "Lead Department", "Partner Departments", "Event Type", "Description", "Audience", "Visibility",
         "Status", "Repeats", "Contact", "Internal Notes"]
# the 911 tab uses its own header names (all covered by source.column_aliases in config.yaml)
HDR_911 = {"Title": "Event Title", "Start Date": "Event Date", "Start Time": "Time", "Location": "Place",
           "Lead Department": "Host Department", "Partner Departments": "Partner Depts",
           "Event Type": "Category", "Internal Notes": "Staff Notes", "Contact": "Point of Contact"}
KEYMAP = {"T": "Title", "D": "Start Date", "S": "Start Time", "ED": "End Date", "E": "End Time",
          "L": "Location", "A": "Address", "LD": "Lead Department", "PD": "Partner Departments",
          "TY": "Event Type", "DS": "Description", "AU": "Audience", "V": "Visibility", "ST": "Status",
          "R": "Repeats", "C": "Contact", "N": "Internal Notes", "ID": "Event ID"}

EVENTS = []   # key, fam, depts, sessions [(date, depts)], cancelled, internal, rows
INVALID = []  # (tab, fields, sort date)
_n = [0]


def d(s):
    return dt.date.fromisoformat(s)


def ev(fam, depts, day, rows, cancelled=False, internal=False, sessions=None, note=""):
    """One true (combined) event. `sessions`: [(iso day, [depts holding that session])] for a
    series counted once per session (the README's rule for a series); default one session on
    `day` with every department of the event (a one-day or multi-day event counts once)."""
    _n[0] += 1
    key = f"W{_n[0]:03d}"
    depts = sorted({DEPT.get(x, x) for x in depts})
    if sessions is None:
        sessions = [(day, depts)]
    sessions = [(d(s), sorted({DEPT.get(x, x) for x in ds})) for s, ds in sessions]
    EVENTS.append(dict(key=key, fam=fam, depts=depts, day=d(day), sessions=sessions,
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
    if isinstance(f.get("End Date"), str) and len(f["End Date"]) == 10 and f["End Date"][4] == "-":
        f["End Date"] = d(f["End Date"])
    return (tab, f)


def wk(day, dow):
    assert d(day).strftime("%a") == dow, (day, d(day).strftime("%a"), dow)
    return day


def weekly(first, until, step=7):
    out, x = [], d(first)
    while x <= d(until):
        out.append(x.isoformat())
        x += dt.timedelta(days=step)
    return out


def inv(tab, sort_day, **kw):
    INVALID.append((r(tab, **kw), d(sort_day)))


# venues (invented)
LIB = ("Wexley Public Library - Community Room A", "215 Canal St")
LIB_OAK = ("Wexley Public Library - Oak Room", "215 Canal St")
HOL = ("Hollins Rec Center", "88 Hollins Ave")
MILL = ("Millrace Park", "400 Millrace Dr")
CAFE = ("Kettle & Crumb Cafe", "19 Canal St")
FAIR = ("Wexley County Fairgrounds - Safety Village", "3100 Fair Rd")
TRC = ("Wexley Public Safety Training Center", "2900 Quarry Rd")
POOL = ("Ridgeview Aquatic Center", "500 Ridgeview Rd")
PLAZA = ("City Hall Plaza", "100 Main St")
SEN = ("Aster Street Senior Center", "41 Aster St")
WHS = ("Wexley High School - Commons", "700 Scholar Way")
EOC = ("Emergency Operations Center", "2900 Quarry Rd, Bldg B")

CONFIG = r"""# safety-events configuration (every key is checked on load; problems are listed with their path)
timezone: America/Denver
fiscal_year_start_month: 10         # Wexley's fiscal year starts in October: FY27 = Oct 2026 – Sep 2027

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
    aliases: [WPD, Wexley Police, Wexley Police Department, Police Department, PD]
    core: true
  - name: Fire
    name_es: Bomberos
    aliases: [WFD, Wexley Fire, Wexley Fire Department, Fire Department, Fire Dept, FD]
    core: true
  - name: Community Safety
    name_es: Seguridad Comunitaria
    aliases: [CSD, HEART, Community Safety Department, Wexley Community Safety]
    core: true
  - name: Emergency Communications
    name_es: Comunicaciones de Emergencia (911)
    aliases: ["911", "911 Emergency Communications", Emergency Communications Center, "911 Center", Wexley 911, Dispatch]
    core: true
  - name: Emergency Management
    name_es: Manejo de Emergencias
    aliases: [OEM, Emergency Mgmt, Wexley Emergency Management, CERT]
    core: true
  - name: Parks and Recreation
    name_es: Parques y Recreación
    aliases: [Parks, "Parks & Recreation", "Parks & Rec", Parks and Rec, P&R, WPR, Parks Department]
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
  title: City of Wexley Community Safety Events
  title_es: Eventos de Seguridad Comunitaria de Wexley
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
  uid_domain: safety-events.wexley.example

matching:                           # duplicate detection; see "Duplicates and the Review tab" in README
  abbreviations:                    # title words staff shorten → what they stand for
    nno: National Night Out
    cpr: CPR First Aid
    wpd: Police
    wfd: Fire
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
"""

# ============================================================ SERIES, RANGES AND SESSIONS (the habit)
# S1. Police's monthly Coffee with a Cop as ONE row with a Repeats rule; Community Safety logs only
#     the two sessions HEART joined (3/3, 4/7) as ordinary rows. One combined event (the series);
#     12 sessions counted, joint on 3/3 and 4/7 only.
cwc = [wk(x, "Tue") for x in ["2026-01-06", "2026-02-03", "2026-03-03", "2026-04-07", "2026-05-05",
                              "2026-06-02", "2026-07-07", "2026-08-04", "2026-09-01", "2026-10-06",
                              "2026-11-03", "2026-12-01"]]
ev("series_repeats_partner_sessions", [P, CS], cwc[0], [
    r(P, T="Coffee with a Cop", D=cwc[0], S="8:00 AM", E="9:30 AM", L=CAFE[0], A=CAFE[1],
      R="first Tuesday of each month until 12/1/2026", TY="Community Meeting",
      DS="Coffee w/ a Cop - 1st Tue monthly. Meet your beat officers, no agenda."),
    r(CS, T="Coffee w/ a Cop", D="2026-03-03", S="8am", E="9:30am", L="Kettle & Crumb",
      DS="HEART care navigators joining PD's monthly coffee"),
    r(CS, T="Coffee w/ a Cop", D="2026-04-07", S="0800 hrs", E="0930 hrs", L="Kettle and Crumb, Canal St",
      DS="HEART again at the 1st-Tuesday coffee")],
   sessions=[(x, [P, CS] if x in ("2026-03-03", "2026-04-07") else [P]) for x in cwc])
# same programme name, another cafe, two weeks later: a different event
ev("same_name_nearby_apart", [P], "2026-03-17", [
    r(P, T="Coffee with a Cop", D=wk("2026-03-17", "Tue"), S="8:00 AM", E="9:30 AM", L="Brew Haus",
      A="880 Larch St", TY="Community Meeting", DS="Beat 4 officers - extra east-side coffee")])

# S2. "CPR Saturdays in May": Parks types the series as one row 5/2 to 5/30 (an End Date, words in the
#     title, no Repeats); Fire logs the two Saturdays its instructors taught. 5 sessions, 2 joint.
cpr_sats = [wk(x, "Sat") for x in weekly("2026-05-02", "2026-05-30")]
ev("series_title_words_partner_sessions", [PR, F], "2026-05-02", [
    r(PR, T="CPR Saturdays in May", D="2026-05-02", ED="2026-05-30", S="9am-noon", L=HOL[0], A=HOL[1],
      TY="CPR Class", DS="Hands-only CPR + AED basics, every Saturday in May. Free, drop in."),
    r(F, T="CPR class - Hollins", D="5/9/2026", S="9:00", E="12", L="Hollins Rec Ctr",
      DS="Fire instructors for Parks' CPR Saturdays", TY="CPR Class"),
    r(F, T="CPR class - Hollins", D="5/16/2026", S="9:00 AM", E="12:00 PM", L="Hollins Rec Ctr",
      DS="2nd Saturday we teach for Parks", TY="CPR Class")],
   sessions=[(x, [PR, F] if x in ("2026-05-09", "2026-05-16") else [PR]) for x in cpr_sats])

# S3. Walking with Ease: Community Safety types a Repeats rule ("every Wed in July"), Parks types the
#     same programme as a Start/End Date pair with the weekday in the title. Both hold every session.
wwe = [wk(x, "Wed") for x in weekly("2026-07-01", "2026-07-29")]
ev("series_both_typed_differently", [CS, PR], "2026-07-01", [
    r(CS, T="Walking with Ease", D="2026-07-01", S="9:00 AM", E="10:00 AM", L="Millrace Park - north trailhead",
      A=MILL[1], R="every Wednesday until 7/29/2026", TY="Recreation Program",
      DS="Arthritis Foundation walking program, co-led w/ Parks & Rec"),
    r(PR, T="Walking w/ Ease (Wednesdays in July)", D="7/1/2026", ED="7/29/2026", S="9a-10a",
      L="Millrace Pk N trailhead", TY="Recreation Program", DS="every Wed in July w/ HEART")],
   sessions=[(x, [CS, PR]) for x in wwe])

# S4. Midnight Basketball: Parks weekly on Fridays 10pm-1am (past midnight) as one Repeats row;
#     Police logs the one Friday its officers played. 4 sessions, 1 joint.
mb = [wk(x, "Fri") for x in weekly("2026-07-10", "2026-07-31")]
ev("series_past_midnight_partner_session", [PR, P], "2026-07-10", [
    r(PR, T="Midnight Basketball", D="2026-07-10", S="10pm", E="1am", L="Hollins Rec Center - Gym", A=HOL[1],
      R="every Friday until 7/31/2026", TY="Youth Program", DS="Ages 15-19. Doors 9:45."),
    r(P, T="Midnight Basketball - officers vs teens", D="7/17/2026", S="10pm-1am", L="Hollins gym",
      TY="Youth Program", DS="4 officers on the court")],
   sessions=[(x, [PR, P] if x == "2026-07-17" else [PR]) for x in mb])

# S5. Water Safety Saturdays: both tabs type a Repeats rule, differing only in the end (Parks to 8/29,
#     Fire "weekly x3"): 5 sessions, joint on the three Fire's rule holds.
wss = [wk(x, "Sat") for x in weekly("2026-08-01", "2026-08-29")]
ev("series_two_rules_different_end", [PR, F], "2026-08-01", [
    r(PR, T="Water Safety Saturdays", D="2026-08-01", S="11:00 AM", E="1:00 PM", L=POOL[0], A=POOL[1],
      R="weekly until 8/29/2026", TY="Safety Education", DS="Swim tests, life-jacket fitting."),
    r(F, T="Water Safety Saturdays", D="8/1/2026", S="11am-1pm", L="Ridgeview pool", R="weekly x3",
      TY="Safety Education", DS="Dive rescue team demo, first three Saturdays")],
   sessions=[(x, [PR, F] if x <= "2026-08-15" else [PR]) for x in wss])

# S6. Summer Safety Camp 6/15-6/19: the range is ONLY in Parks' title (Start Date 6/15, no End Date);
#     Fire and Police log their one visit each on 6/17 and 6/18. One (multi-day) event, joint.
ev("range_in_title_partner_days", [PR, F, P], "2026-06-15", [
    r(PR, T="Summer Safety Camp 6/15-6/19", D=wk("2026-06-15", "Mon"), S="9a-3p", L=HOL[0], A=HOL[1],
      TY="Youth Program", DS="Week-long day camp, ages 8-12: bikes, water, fire, 911."),
    r(F, T="Engine 4 visit - Safety Camp", D="2026-06-17", S="10-11:30", L="Hollins Rec Ctr",
      DS="truck tour + stop drop roll for Parks' camp"),
    r(P, T="K9 demo @ safety camp", D="6/18/2026", S="1:00 PM", E="2:00 PM", L="88 Hollins Ave",
      DS="K-9 unit for the summer safety camp kids")])
# same venue, inside the camp's days and hours: a different event
ev("same_venue_same_day_apart", [CS], "2026-06-17", [
    r(CS, T="Care navigator office hours", D="2026-06-17", S="1:00 PM", E="4:00 PM", L="Hollins Rec Center - Room 2",
      A=HOL[1], TY="Community Meeting", DS="Walk-in help with benefits and housing. Not part of camp.")])

# S7. Youth Fire Academy: Fire types the range in the Start Date cell, Parks a Start/End Date pair.
ev("range_in_date_cell_vs_end_date", [F, PR], "2026-07-20", [
    r(F, T="Youth Fire Academy", D="Jul 20-24, 2026", S="8:30a-12:30p", L=TRC[0], A=TRC[1],
      TY="Youth Program", DS="Five mornings: hose lines, search, CPR. Ages 14-17."),
    r(PR, T="Youth Fire Academy - rec staff chaperones", D="7/20/2026", ED="7/24/2026", S="8:30 AM",
      E="12:30 PM", L="Training Center, 2900 Quarry Rd", TY="Youth Program",
      DS="2 rec leaders each morning with the academy kids")])

# S8. Fire Prevention Week Oct 4-10: Fire's range in the date cell, 911's Start/End Date pair.
ev("range_in_date_cell_vs_end_date", [F, EC], "2026-10-04", [
    r(F, T="Fire Prevention Week", D="Oct 4-10, 2026", L="All fire stations", TY="Safety Education",
      DS="Fire Prevention Week Oct 4-10: station visits, smoke alarm checks."),
    r(EC, T="Fire Prevention Week", D="10/4/2026", ED="10/10/2026", S="all day", L="Citywide",
      DS="911 center posts + text-to-911 reminders all week with WFD")])
# an open house held on the week's last day by Fire with Parks: a different event
ev("same_name_nearby_apart", [F, PR], "2026-10-10", [
    r(F, T="Station 3 Open House", D=wk("2026-10-10", "Sat"), S="10:00 AM", E="2:00 PM", L="Fire Station 3",
      A="1200 Garnet St", TY="Open House", DS="Part of Fire Prevention Week. Engine rides, Sparky."),
    r(PR, T="Open house craft table", D="10/10/2026", S="10am-2pm", L="Fire Sta. 3, Garnet St",
      DS="kids' fire-hat craft at Fire's station open house")])

# S9. Severe Weather Awareness Week: EM's range in the date cell, 911's Start/End pair; all day.
ev("range_in_date_cell_vs_end_date", [EM, EC], "2026-03-23", [
    r(EM, T="Severe Weather Awareness Week", D="3/23/2026 - 3/27/2026", L="Citywide",
      TY="Safety Education", DS="Siren test Wed, daily tips, free weather radios at the library."),
    r(EC, T="Severe Weather Awareness Wk", D="3/23/2026", ED="3/27/2026", L="Citywide",
      DS="text-to-911 demo posts with OEM")])

# S10. County Fair Safety Village Aug 6-9: all six departments, each typing the days its own way.
ev("multi_day_all_department", ALL6, "2026-08-06", [
    r(P, T="Safety Village @ County Fair", D="Aug 6-9, 2026", S="10am-8pm", L=FAIR[0], A=FAIR[1],
      TY="Festival", DS="Four days at the fair: kids ID kits, cruiser, bike engraving."),
    r(F, T="County Fair Safety Village", D="2026-08-06", ED="2026-08-09", S="10:00 AM", E="8:00 PM",
      L="Fairgrounds Safety Village", TY="Festival"),
    r(PR, T="Safety Village - Parks tent", D="8/6/2026 - 8/9/2026", S="10-8", L="Wexley Co. Fairgrounds"),
    r(CS, T="HEART table - Safety Village", D="8/8/2026", S="noon", E="6pm", L="County Fair Safety Village",
      DS="Saturday only"),
    r(EC, T="Safety Village - 911 kiosk", D="8/7/2026", S="10:00-16:00", L="Fairgrounds, 3100 Fair Rd",
      DS="Friday: call-taker kiosk at the fair's safety village"),
    r(EM, T="Safety Village go-kit booth", D="8/6/2026 - 8/7/2026", S="10am", E="8pm", L="Safety Village (fair)")])

# S11. One event typed as AM and PM sessions by Fire and as one all-day row by Community Safety.
ev("am_pm_sessions_vs_all_day", [F, CS], "2026-03-14", [
    r(F, T="Hands-Only CPR Day - AM session", D=wk("2026-03-14", "Sat"), S="9:00 AM", E="11:30 AM",
      L=LIB[0], A=LIB[1], TY="CPR Class"),
    r(F, T="Hands-Only CPR Day - PM session", D="2026-03-14", S="1:00 PM", E="3:30 PM", L=LIB[0], A=LIB[1],
      TY="CPR Class"),
    r(CS, T="Hands-Only CPR Day", D="3/14/2026", S="all day", L="Library Comm Rm A",
      DS="Fire teaching two sessions; HEART tabling with Narcan kits")])
ev("same_venue_same_day_apart", [PR], "2026-03-14", [
    r(PR, T="Seed Library Swap", D="2026-03-14", S="10:00 AM", E="1:00 PM", L=LIB_OAK[0], A=LIB_OAK[1],
      TY="Recreation Program")])

# S12. Rain date typed as a second row (not used: the egg hunt was held on 4/4).
ev("rain_date_second_row", [PR, P], "2026-04-04", [
    r(PR, T="Spring Egg Hunt", D=wk("2026-04-04", "Sat"), S="10:00 AM", E="12:00 PM", L="Millrace Park - Great Lawn",
      A=MILL[1], TY="Youth Program"),
    r(PR, T="Spring Egg Hunt - RAIN DATE", D="2026-04-11", S="10:00 AM", E="12:00 PM",
      L="Millrace Park - Great Lawn", A=MILL[1], TY="Youth Program"),
    r(P, T="Officers at egg hunt", D="4/4/2026", S="10am", E="noon", L="Millrace Park",
      DS="Beat 2 officers + McGruff at Parks' egg hunt")])

# S13. A move typed as a second row: Movie in the Park rained out 8/28, moved to 9/4; Police's row
#      stays on 8/28 (Scheduled). One event, held and counted 9/4 (September).
ev("move_second_row_cross_month", [PR, P], "2026-09-04", [
    r(PR, T="Movie in the Park - RAINED OUT, moved to 9/4", D=wk("2026-08-28", "Fri"), S="8:00 PM", E="10:00 PM",
      L="Millrace Park - Great Lawn", A=MILL[1], TY="Recreation Program"),
    r(PR, T="Movie in the Park", D=wk("2026-09-04", "Fri"), S="8:00 PM", E="10:00 PM",
      L="Millrace Park - Great Lawn", A=MILL[1], TY="Recreation Program", DS="Rain date for 8/28."),
    r(P, T="Movie night patrol", D="8/28/2026", S="1930 hrs", E="2215 hrs", L="Millrace Park",
      DS="2 officers at Parks' movie in the park", N="will re-staff whatever date Parks reschedules to")])

# S14. Past midnight: late-night outreach 10pm-2am on Friday 8/14; Police types its part on
#      Saturday 8/15 from midnight. One event.
ev("past_midnight_next_day_row", [CS, P], "2026-08-14", [
    r(CS, T="Late Night Outreach - Downtown", D=wk("2026-08-14", "Fri"), S="10pm-2am", L="Larch St & 2nd Ave",
      TY="Community Meeting", DS="HEART outreach walk, bar close"),
    r(P, T="Downtown late-night detail w/ HEART", D="8/15/2026", S="12:00 AM", E="2:00 AM",
      L="Larch & 2nd", DS="walking w/ HEART outreach team (Fri night shift)")])

# S15. New Year's Eve past midnight, three departments.
ev("past_midnight_nye", [PR, P, F], "2026-12-31", [
    r(PR, T="New Year's Eve Family Countdown", D="2026-12-31", S="8:00 PM", E="12:30 AM", L=PLAZA[0], A=PLAZA[1],
      TY="Festival", DS="Early 'midnight' at 9 for kids, real countdown at 12."),
    r(P, T="NYE countdown detail", D="12/31/2026", S="10pm-2am", L="City Hall Plaza", V="Internal",
      N="road closure Main St 10p-2a"),
    r(F, T="NYE standby - Medic 1", D="12/31/2026", S="11pm", E="1am", L="City Hall Plaza",
      DS="Medic 1 standing by at Parks' countdown")])

# S16. Recurrence words typed IN the date cell: an error by the README (row left out); Police's row
#      on one session names Parks taking part, so it is still a joint event of its own.
inv(PR, "2026-07-01", T="Tai Chi Easy on the lawn", D="every Wed in July", S="8:30-9:30a",
    L="Hollins Rec Center - east lawn", A=HOL[1], TY="Recreation Program")
ev("series_row_unreadable_partner_session", [P, PR], "2026-07-08", [
    r(P, T="Tai Chi Easy w/ Parks", D=wk("2026-07-08", "Wed"), S="8:30 AM", E="9:30 AM", L="Hollins Rec lawn",
      DS="Parks & Rec instructors lead; two of our officers join the class")])

# S17. CERT Basic Training typed one row per Saturday: Day 1 and Day 2 are different events; Fire's
#      row joins Day 2 only.
ev("same_name_nearby_apart", [EM], "2026-01-31", [
    r(EM, T="CERT Basic Training - Day 1", D=wk("2026-01-31", "Sat"), S="8:00 AM", E="4:00 PM", L=TRC[0],
      A=TRC[1], TY="Safety Education")])
ev("same_name_nearby_apart", [EM, F], "2026-02-07", [
    r(EM, T="CERT Basic Training - Day 2", D=wk("2026-02-07", "Sat"), S="8:00 AM", E="4:00 PM", L=TRC[0],
      A=TRC[1], TY="Safety Education"),
    r(F, T="CERT Day 2 (fire suppression)", D="2/7/2026", S="1300 hrs", E="1600 hrs", L="Training Ctr",
      DS="extinguisher + suppression module for OEM's CERT class")])

# S18. Citizens Police Academy weeks typed as rows: week 3 and week 4 are different events; 911 joins wk 4.
ev("same_name_nearby_apart", [P], "2026-04-16", [
    r(P, T="Citizens Police Academy - Week 3", D=wk("2026-04-16", "Thu"), S="6:00 PM", E="9:00 PM",
      L="WPD HQ - Community Room", A="101 Main St", TY="Safety Education")])
ev("same_name_nearby_apart", [P, EC], "2026-04-23", [
    r(P, T="Citizens Police Academy - Week 4", D=wk("2026-04-23", "Thu"), S="6:00 PM", E="9:00 PM",
      L="Wexley 911 Center", A=TRC[1], TY="Safety Education", DS="Week 4 meets at the 911 center"),
    r(EC, T="Citizens Police Academy - dispatch night", D="4/23/2026", S="18:00-21:00", L="911 Center",
      DS="sit-alongs on the floor")])

# S19. Hands-Only CPR monthly classes typed as rows: each month a different event.
for day in ["2026-02-11", "2026-04-08", "2026-09-09"]:
    ev("same_name_nearby_apart", [F], day, [
        r(F, T="Hands-Only CPR", D=wk(day, "Wed"), S="6-8p", L=LIB[0], A=LIB[1], TY="CPR Class")])

# S20. Line Dance (AM) and (PM): two standing weekly classes typed as ranges (Mondays in Feb),
#      single department each: the AM and PM series are different events.
ld = [wk(x, "Mon") for x in weekly("2026-02-02", "2026-02-23")]
ev("series_single_dept", [PR], "2026-02-02", [
    r(PR, T="Line Dance (AM) - Mondays in Feb", D="2026-02-02", ED="2026-02-23", S="10:00 AM", E="11:00 AM",
      L=SEN[0], A=SEN[1], TY="Recreation Program")], sessions=[(x, [PR]) for x in ld])
ev("series_single_dept", [PR], "2026-02-02", [
    r(PR, T="Line Dance (PM)", D="2026-02-02", S="6:00 PM", E="7:00 PM", L=SEN[0], A=SEN[1],
      R="every Monday until 2/23/2026", TY="Recreation Program")], sessions=[(x, [PR]) for x in ld])

# S21. Touch a Truck at Millrace Park (joint) and a Touch a Truck at the library the next day (Parks).
ev("same_name_nearby_apart", [PR, F, P], "2026-05-09", [
    r(PR, T="Touch a Truck", D=wk("2026-05-09", "Sat"), S="10:00 AM", E="1:00 PM", L="Millrace Park - Lot B",
      A=MILL[1], TY="Youth Program"),
    r(F, T="Engine 5 at Touch a Truck", D="5/9/2026", S="10am", E="1pm", L="Millrace Pk lot B"),
    r(P, T="Touch a Truck - cruiser + K9", D="5/9/2026", S="10:30 AM", E="12:00 PM", L="Millrace Park")])
ev("same_name_nearby_apart", [PR], "2026-05-10", [
    r(PR, T="Touch a Truck", D=wk("2026-05-10", "Sun"), S="1:00 PM", E="3:00 PM", L="Wexley Public Library - back lot",
      A=LIB[1], TY="Youth Program", DS="Library's own mini truck day - bookmobile + street sweeper")])

# ============================================================ other joint events (one day each)
ev("joint_one_day", [PR, F], "2026-01-17", [
    r(PR, T="Winter Fest on the Ice", D=wk("2026-01-17", "Sat"), S="noon", E="4:00 PM", L="Millrace Park - skating pond",
      A=MILL[1], TY="Festival"),
    r(F, T="Ice safety demo - Winter Fest", D="1/17/2026", S="1300 hrs", E="1400 hrs", L="Millrace pond",
      DS="ice rescue team demo at Parks' winter fest")])
ev("joint_one_day", [CS, P], "2026-02-19", [
    r(CS, T="Black History Month Community Forum", D="2026-02-19", S="6-8p", L=HOL[0], A=HOL[1],
      TY="Town Hall", DS="Panel w/ Chief Alvarez (WPD) and HEART staff"),
    r(P, T="BHM community forum", D="2/19/2026", S="6:00 PM", E="8:00 PM", L="Hollins Rec Center",
      DS="Chief on the panel")])
ev("joint_one_day", [F, CS], "2026-02-28", [
    r(F, T="Smoke Alarm Install Blitz - Eastside", D=wk("2026-02-28", "Sat"), S="9am-2pm", L="Fire Station 3",
      A="1200 Garnet St", TY="Smoke Alarm Install"),
    r(CS, T="Door knocking w/ Fire", D="2/28/2026", S="9:00 AM", E="1:00 PM", L="Station 3 (Garnet St)",
      DS="HEART canvass alongside the smoke alarm blitz")])
ev("joint_one_day", [EC, P], "2026-04-15", [
    r(EC, T="Telecommunicators Week Open House", D="2026-04-15", S="4:00 PM", E="7:00 PM", L="Wexley 911 Center",
      A=TRC[1], TY="Open House"),
    r(P, T="K9 demo - 911 open house", D="4/15/2026", S="5pm", E="6pm", L="2900 Quarry Rd",
      DS="for Dispatch's telecommunicators week open house")])
ev("joint_one_day", [PR, CS], "2026-04-18", [
    r(PR, T="Earth Day Park Cleanup", D=wk("2026-04-18", "Sat"), S="9:00 AM", E="12:00 PM", L="Millrace Park - Pavilion 2",
      A=MILL[1], TY="Other"),
    r(CS, T="Earth Day cleanup volunteers", D="4/18/2026", S="9-12", L="Millrace Pav 2",
      DS="HEART crew at Parks' cleanup")])
ev("joint_one_day", [P, F], "2026-05-30", [
    r(P, T="Bike Rodeo", D=wk("2026-05-30", "Sat"), S="10:00 AM", E="1:00 PM", L="Wexley High School - north lot",
      A=WHS[1], TY="Youth Program"),
    r(F, T="Helmet fitting at bike rodeo", D="5/30/2026", S="10am (2 hrs)", L="WHS north lot",
      DS="at PD's bike rodeo")])
ev("joint_one_day", [PR, F], "2026-06-06", [
    r(PR, T="Pool Opening Day", D=wk("2026-06-06", "Sat"), S="11:00 AM", E="5:00 PM", L=POOL[0], A=POOL[1],
      TY="Recreation Program"),
    r(F, T="Medic standby - pool opening", D="6/6/2026", L="Ridgeview Aquatic Ctr", DS="Medic 2, all day")])
ev("joint_one_day", [EM, F], "2026-06-10", [
    r(EM, T="Wildfire Ready Workshop", D="2026-06-10", S="6:00 PM", E="7:30 PM", L=LIB_OAK[0], A=LIB_OAK[1],
      TY="Safety Education"),
    r(F, T="Defensible space talk", D="6/10/2026", S="18:00-19:30", L="Library Oak Rm",
      DS="at OEM's wildfire workshop")])
ev("joint_one_day", [PR, P], "2026-06-19", [
    r(PR, T="Juneteenth Celebration", D="2026-06-19", S="12:00 PM", E="6:00 PM", L=PLAZA[0], A=PLAZA[1],
      TY="Festival"),
    r(P, T="Juneteenth traffic", D="6/19/2026", S="11:30am", E="6:30pm", L="Main St", V="Internal",
      N="Main St closure for Parks' Juneteenth")])
ev("joint_one_day", [PR, P, F], "2026-07-04", [
    r(PR, T="Independence Day Fireworks", D="2026-07-04", S="6:00 PM", E="10:30 PM", L="Millrace Park - Great Lawn",
      A=MILL[1], TY="Festival"),
    r(P, T="July 4th detail", D="7/4/2026", S="1800 hrs", E="2330 hrs", L="Millrace Park"),
    r(F, T="Fireworks standby - Engine 2", D="7/4/2026", S="8pm", E="11pm", L="Millrace Park")])
# National Night Out (Tue 8/4): a kickoff and block parties at their own addresses
ev("joint_one_day", [P, F, CS], "2026-08-04", [
    r(P, T="National Night Out Kickoff", D=wk("2026-08-04", "Tue"), S="5:00 PM", E="8:00 PM", L=PLAZA[0], A=PLAZA[1],
      TY="National Night Out"),
    r(F, T="NNO kickoff - Ladder 1", D="8/4/2026", S="5pm", E="7pm", L="City Hall Plaza"),
    r(CS, T="NNO kickoff table", D="8/4/2026", S="5-8p", L="100 Main St")])
ev("nno_block_party", [P, F], "2026-08-04", [
    r(P, T="NNO - Aster Street Block Party", D="2026-08-04", S="6:00 PM", E="9:00 PM", L="Aster St (400 block)",
      TY="National Night Out"),
    r(F, T="Engine 3 drop-by - Aster St NNO", D="8/4/2026", S="7:30 PM", E="8:00 PM", L="400 Aster St")])
ev("nno_block_party", [P], "2026-08-04", [
    r(P, T="NNO - Garnet Court Block Party", D="2026-08-04", S="6:00 PM", E="9:00 PM", L="Garnet Ct cul-de-sac",
      TY="National Night Out")])
ev("nno_block_party", [P], "2026-08-04", [
    r(P, T="NNO - Larch Terrace Block Party", D="2026-08-04", S="5:30 PM", E="8:30 PM", L="Larch Terrace Apts courtyard",
      A="1410 Larch St", TY="National Night Out")])
ev("joint_one_day", [P, PR], "2026-09-12", [
    r(P, T="Bike Safety Day", D=wk("2026-09-12", "Sat"), S="9:00 AM", E="12:00 PM", L="Millrace Park - Lot B",
      A=MILL[1], TY="Youth Program", DS="with Parks & Rec bike mechanics"),
    r(PR, T="Bike Safety Day - bike repair tent", D="9/12/2026", S="9a-12p", L="Millrace Park")])
ev("joint_one_day", [CS, P], "2026-09-16", [
    r(CS, T="Senior Scam & Safety Talk", D="2026-09-16", S="1:30pm (2 hrs)", L=SEN[0], A=SEN[1],
      TY="Safety Education"),
    r(P, T="Scam talk - senior center", D="9/16/2026", S="1:30 PM", E="3:30 PM", L="Aster St Senior Ctr",
      DS="detective from Financial Crimes joins HEART's talk")])
ev("joint_one_day", [PR, F, CS], "2026-09-26", [
    r(PR, T="Fall Family Fest", D=wk("2026-09-26", "Sat"), S="11:00 AM", E="4:00 PM", L="Millrace Park - Great Lawn",
      A=MILL[1], TY="Festival"),
    r(F, T="Fall Fest - Engine 5", D="9/26/2026", S="noon", E="2pm", L="Millrace Park"),
    r(CS, T="Fall Family Fest info table", D="9/26/2026", S="11am-4pm", L="Millrace Pk")])
ev("joint_one_day", [PR, P, F], "2026-10-31", [
    r(PR, T="Trick or Treat Trail", D="2026-10-31", S="4:00 PM", E="7:00 PM", L="Millrace Park - river trail",
      A=MILL[1], TY="Youth Program"),
    r(P, T="Trick or Treat Trail - candy stop", D="10/31/2026", S="4-7p", L="Millrace Park trail"),
    r(F, T="Trunk at Trick or Treat Trail", D="10/31/2026", S="4pm", E="6pm", L="Millrace Park")])
ev("joint_one_day", [PR, P], "2026-11-26", [
    r(PR, T="Turkey Trot 5K", D=wk("2026-11-26", "Thu"), S="8:00 AM", E="10:00 AM", L="Millrace Park - Pavilion 2",
      A=MILL[1], TY="Recreation Program"),
    r(P, T="Turkey Trot road closures", D="11/26/2026", S="7:30 AM", E="10:30 AM", L="Millrace Dr",
      DS="traffic for Parks' Turkey Trot")])
ev("joint_one_day", [F, P], "2026-12-05", [
    r(F, T="Holiday Toy Drive", D=wk("2026-12-05", "Sat"), S="10:00 AM", E="2:00 PM", L="Fire Station 3",
      A="1200 Garnet St", TY="Other"),
    r(P, T="Toy drive - Station 3", D="12/5/2026", S="10am-2pm", L="Fire Sta 3", DS="cruiser stuffing at Fire's toy drive")])

ev("joint_one_day", [PR, CS], "2026-01-19", [
    r(PR, T="MLK Day of Service", D=wk("2026-01-19", "Mon"), S="9:00 AM", E="1:00 PM", L=HOL[0], A=HOL[1],
      TY="Other", DS="Care-kit packing and park cleanup."),
    r(CS, T="MLK Day of Service - care kits", D="1/19/2026", S="9am-1pm", L="Hollins Rec",
      DS="HEART packing care kits at Parks' day of service")])

# ============================================================ all-department event #2 (one day)
ev("all_department_one_day", ALL6, "2026-11-14", [
    r(EM, T="Winter Preparedness Expo", D=wk("2026-11-14", "Sat"), S="10:00 AM", E="2:00 PM", L=WHS[0], A=WHS[1],
      TY="Safety Education", DS="Every city safety department under one roof."),
    r(P, T="Winter Prep Expo", D="11/14/2026", S="10-2", L="Wexley High School"),
    r(F, T="Winter Preparedness Expo - space heater demo", D="11/14/2026", S="10:00 AM", E="2:00 PM", L="WHS Commons"),
    r(CS, T="Winter Prep Expo - HEART table", D="11/14/2026", S="10a-2p", L="Wexley HS commons"),
    r(EC, T="Winter Preparedness Expo", D="11/14/2026", S="10am (4 hrs)", L="700 Scholar Way"),
    r(PR, T="Expo kids corner", D="11/14/2026", S="noon", E="2pm", L="WHS Commons",
      DS="crafts + warming-center info at OEM's winter expo")])

# ============================================================ cancelled (2) and internal-only (1)
ev("cancelled_single", [P], "2026-05-23", [
    r(P, T="Shred Day", D=wk("2026-05-23", "Sat"), S="9:00 AM", E="12:00 PM", L="City Hall lot", A=PLAZA[1],
      TY="Other", ST="Cancelled")], cancelled=True)
ev("cancelled_joint", [PR, F], "2026-11-07", [
    r(PR, T="Harvest Hayride", D=wk("2026-11-07", "Sat"), S="5:00 PM", E="8:00 PM", L="Millrace Park - Great Lawn",
      A=MILL[1], TY="Recreation Program", ST="Called off"),
    r(F, T="Hayride - Engine 6", D="11/7/2026", S="5pm", E="7pm", L="Millrace Park", DS="at Parks' hayride")],
   cancelled=True)
ev("internal_joint", [EM, EC], "2026-03-31", [
    r(EM, T="Flood TTX", D="2026-03-31", S="9:00 AM", E="12:00 PM", L=EOC[0], A=EOC[1], V="Internal", TY="Other"),
    r(EC, T="Tabletop exercise - flood", D="3/31/2026", S="9am-12pm", L="EOC Bldg B", V="Internal")],
   internal=True)

# ============================================================ single-department background
singles = [
    (EM, "Sandbag station open", "2026-01-10", "8:00 AM", "4:00 PM", "Public Works yard, 950 Mill St", "Public"),
    (CS, "Community Listening Session - Northside", "2026-01-22", "6:00 PM", "7:30 PM", "Hollins Rec Center - Room 2", "Public"),
    (PR, "Daddy-Daughter Dance", "2026-02-14", "6:00 PM", "8:30 PM", "Hollins Rec Center - Gym", "Public"),
    (EC, "Dispatch tour day", "2026-02-24", "10:00 AM", "2:00 PM", "Wexley 911 Center", "Public"),
    (F, "Station 1 pancake breakfast", "2026-03-07", "8:00 AM", "11:00 AM", "Fire Station 1", "Public"),
    (P, "Self-defense class for women", "2026-03-21", "10:00 AM", "1:00 PM", "WPD HQ - Community Room", "Public"),
    (CS, "Narcan training", "2026-04-21", "5:30 PM", "7:00 PM", "Wexley Public Library - Study Room 2", "Public"),
    (EM, "Ready Kids storytime", "2026-04-25", "10:30 AM", "11:15 AM", "Wexley Public Library - Children's Room", "Public"),
    (PR, "Youth Soccer Opening Day", "2026-05-16", "9:00 AM", "1:00 PM", "Millrace Park - Fields 1-4", "Public"),
    (EC, "911 for Kids - Garnet Elementary", "2026-05-20", "9:30 AM", "10:30 AM", "Garnet Elementary, 14 Garnet St", "Public"),
    (P, "Explorer Post open house", "2026-06-03", "6:00 PM", "7:30 PM", "WPD HQ - Community Room", "Public"),
    (EM, "Heat relief center", "2026-06-24", "12:00 PM", "8:00 PM", "Hollins Rec Center - Gym", "Public"),
    (CS, "Narcan training", "2026-07-15", "5:30 PM", "7:00 PM", "Wexley Public Library - Study Room 2", "Public"),
    (F, "Dive team public demo", "2026-07-28", "7:00 PM", "8:00 PM", "Lake Wexley boat ramp", "Public"),
    (P, "Back-to-School Backpack Giveaway", "2026-08-15", "10:00 AM", "1:00 PM", "WPD HQ parking lot", "Public"),
    (EC, "Text-to-911 demo at the library", "2026-08-20", "4:00 PM", "5:00 PM", "Wexley Public Library - Oak Room", "Public"),
    (EM, "CERT refresher", "2026-09-19", "8:00 AM", "12:00 PM", "Wexley Public Safety Training Center", "Public"),
    (PR, "Dog Days Pool Swim", "2026-09-07", "11:00 AM", "3:00 PM", "Ridgeview Aquatic Center", "Public"),
    (CS, "Community Listening Session - Eastside", "2026-10-20", "6:00 PM", "7:30 PM", "Fire Station 3 - community room", "Public"),
    (P, "Drug Take Back Day", "2026-10-24", "10:00 AM", "2:00 PM", "WPD HQ lobby", "Public"),
    (F, "Chili cook-off fundraiser", "2026-10-17", "11:00 AM", "3:00 PM", "Fire Station 1", "Public"),
    (EM, "Generator safety talk", "2026-11-18", "6:00 PM", "7:00 PM", "Wexley Public Library - Oak Room", "Public"),
    (EC, "Holiday 911 safety tips Q&A", "2026-12-10", "6:00 PM", "7:00 PM", "Aster Street Senior Center", "Public"),
    (P, "Shop with a Cop", "2026-12-12", "8:00 AM", "11:00 AM", "Larch St Target", "Public"),
    (EM, "Warming center open", "2026-12-19", "8pm", "8am", "Hollins Rec Center - Gym", "Public"),
    (PR, "Skate with Santa", "2026-12-19", "1:00 PM", "3:00 PM", "Millrace Park - skating pond", "Public"),
    (F, "Station 2 open house", "2026-01-24", "TBD", "", "Fire Station 2, 77 Birch Rd", "Public"),
    (CS, "HEART ride-along info night", "2026-03-26", "6:30 PM", "7:30 PM", "Hollins Rec Center - Room 2", "Public"),
    (PR, "Tai Chi Easy - Saturdays", "2026-04-11", "9:00 AM", "10:00 AM", "Hollins Rec Center - east lawn", "Public"),
    (EM, "Preparedness Month kickoff", "2026-09-02", "noon", "1pm", "City Hall Plaza", "Public"),
    (PR, "Pickleball clinic", "2026-03-28", "9:00 AM", "11:00 AM", "Hollins Rec Center - Gym", "Public"),
    (P, "Neighborhood Watch training", "2026-05-12", "6:30 PM", "8:00 PM", "WPD HQ - Community Room", "Public"),
    (F, "Ladder 1 school visit - Birch Elementary", "2026-10-14", "9:00 AM", "10:00 AM", "Birch Elementary, 9 Birch Rd", "Public"),
    (CS, "Youth violence prevention circle", "2026-11-10", "5:00 PM", "6:30 PM", "Hollins Rec Center - Room 2", "Public"),
    (PR, "Glow in the Park", "2026-10-23", "6:30 PM", "9:00 PM", "Millrace Park - Great Lawn", "Public"),
    (EC, "Dispatcher career fair booth", "2026-03-10", "10:00 AM", "2:00 PM", "Wexley Community College gym", "Public"),
    (F, "Fire Explorer post meeting", "2026-06-23", "6:00 PM", "8:00 PM", "Fire Station 1", "Public"),
    (PR, "Little Explorers nature hour", "2026-08-12", "10:00 AM", "11:00 AM", "Millrace Park - nature center", "Public"),
]
for tab, t, day, s, e, loc, vis in singles:
    ev("single_background", [tab], day, [r(tab, T=t, D=day, S=s, E=e, L=loc, V=vis)])

# ============================================================ invalid rows (the README says: error, row left out)
inv(F, "2026-05-05", T="", D="2026-05-05", S="9:00 AM", L="Fire Station 2", DS="(title left blank)")
inv(PR, "2026-06-01", T="Fall Festival planning", D="TBD", L="Hollins Rec Center")
inv(P, "2026-06-02", T="Explorer post meeting", D="2026-06-02", S="6", L="WPD HQ")
inv(CS, "2026-09-22", T="Porch light campaign", D="2026-09-22", S="5pm", E="3pm", L="Eastside")


# ============================================================ write
def sort_date(f, fallback):
    v = f.get("Start Date")
    if isinstance(v, dt.date):
        return v
    try:
        return dt.datetime.strptime(str(v), "%m/%d/%Y").date()
    except ValueError:
        return fallback


per_tab = defaultdict(list)
for e in EVENTS:
    for tab, f in e["rows"]:
        per_tab[tab].append((e["key"], f, sort_date(f, e["day"])))
for (tab, f), day in INVALID:
    per_tab[tab].append((None, f, sort_date(f, day)))

wb = openpyxl.Workbook()
wb.remove(wb.active)
truth = []
for tab in TABS:
    ws = wb.create_sheet(tab)
    ws.append([HDR_911.get(c, c) if tab == EC else c for c in CANON])
    items = sorted(per_tab[tab], key=lambda it: (it[2], random.random()))
    for i, (key, f, _) in enumerate(items, start=2):
        ws.append([f.get(c) if f.get(c, "") != "" else None for c in CANON])
        for c in ("Start Date", "End Date"):
            if isinstance(f.get(c), dt.date):
                ws.cell(row=i, column=CANON.index(c) + 1).number_format = "m/d/yyyy"
        truth.append((tab, i, key or "", "yes" if key else "no"))
wb.save(HERE / "intake.xlsx")

with open(HERE / "truth.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["tab", "row", "event_key", "valid"])
    w.writerows(truth)

(HERE / "config.yaml").write_text(CONFIG)


def fq(day):   # fiscal year starting in October, named by the year it ends (FY27 = Oct 2026 - Sep 2027)
    fy = day.year + 1 if day.month >= 10 else day.year
    return f"FY{fy % 100:02d}-Q{(day.month - 10) % 12 // 3 + 1}"


labels = defaultdict(list)
for tab, row, key, valid in truth:
    if valid == "yes":
        labels[key].append(f"{tab}!{row}")
months = {f"2026-{m:02d}": {"events": 0, "joint_events": 0} for m in range(1, 13)}
quarters = {q: {"events": 0, "joint_events": 0, "all_department_events": 0}
            for q in ["FY26-Q2", "FY26-Q3", "FY26-Q4", "FY27-Q1"]}
event_departments, event_family = {}, {}
families = defaultdict(lambda: {"events": 0, "event_keys": [], "rows": [], "pairs": 0})
event_sessions = {}
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
    if len(e["depts"]) >= 2:
        event_departments[k] = e["depts"]
    if len(e["sessions"]) > 1:
        event_sessions[k] = {s.isoformat(): ds for s, ds in e["sessions"]}
    if e["cancelled"]:
        cancelled += 1
    if any(f.get("Visibility") == "Public" for _, f in e["rows"]):
        public += 1
    if e["cancelled"]:
        continue
    for s, ds in e["sessions"]:
        m, q = s.strftime("%Y-%m"), fq(s)
        months[m]["events"] += 1
        quarters[q]["events"] += 1
        if len(ds) >= 2 and not e["internal"]:
            months[m]["joint_events"] += 1
            quarters[q]["joint_events"] += 1
        if len(ds) == 6 and not e["internal"]:
            quarters[q]["all_department_events"] += 1
pairs = sorted(sorted(p) for v in labels.values() for p in
               [(a, b) for i, a in enumerate(v) for b in v[i + 1:]])
counted_joint = sum(v["joint_events"] for v in months.values())
expected = {
    "flavour": "v63 Wexley", "rows": len(truth), "invalid_rows": sum(1 for t in truth if t[3] == "no"),
    "events": len(EVENTS), "joint_events": len(event_departments), "public_events": public,
    "cancelled_events": cancelled, "counted_joint_events": counted_joint,
    "counted_sessions": sum(v["events"] for v in months.values()),
    "months": months, "fiscal_quarters": quarters,
    "duplicate_pairs": pairs, "event_departments": event_departments, "event_family": event_family,
    "event_sessions": event_sessions,
    "families": dict(families),
    "notes": "events / joint_events / public_events / cancelled_events count combined events (event keys: a "
             "series or a multi-day event is one key; joint_events includes cancelled and every-row-Internal "
             "joint events). months / fiscal_quarters count what a city manager counts per month: a series "
             "(a Repeats rule, or a programme of separate dated sessions typed as one row with recurrence "
             "words) once per session, joint on the sessions where two or more departments took part "
             "(event_sessions lists them); a continuous multi-day event (camp, fair, awareness week) once, in "
             "its first day's month; cancelled events left out; internal-only joint work counted as an event "
             "but not as joint (count_internal_joint: false). counted_joint_events = sum of the months' "
             "joint_events. Fiscal year starts in October (FY27-Q1 = Oct-Dec 2026).",
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=1, default=str))
print(f"rows {len(truth)}, invalid {expected['invalid_rows']}, events {len(EVENTS)}, "
      f"joint {len(event_departments)}, counted joint {counted_joint}, "
      f"sessions {expected['counted_sessions']}, pairs {len(pairs)}")
