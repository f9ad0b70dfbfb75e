#!/usr/bin/env python3
"""Cedar Ridge, WA (invented King County city, America/Los_Angeles) -- labelled held-out set v57x.

FY26 (July 2025 - June 2026). Three departments type in intake.xlsx tabs (Police, Fire,
911 Emergency Communications); three keep calendars exported as .ics (Emergency Management:
Outlook/Exchange with Windows zone "Pacific Standard Time"; Community Safety: Outlook 365;
Parks and Recreation: Apple Calendar / iCloud). Titles and places drawn on King County's AFIS
community-events list (precinct picnics, citizens academy, Science on Patrol, career fair,
Lake Wilderness Lodge, Ridgewood Elementary, Cedar Heights MS, Delridge CC ...), calendar habits on
Office-2012-owa.ics and tentative-apple-calendar.ics.

Writes intake.xlsx, calendars/*.ics, truth.csv, expected.json (dedupe-dev2 format).
Deterministic (random.Random(57) only for Outlook UIDs).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import random
from collections import defaultdict
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parent
RNG = random.Random(57)
D = dt.date

HEAD = ['Event ID', 'Title', 'Start Date', 'Start Time', 'End Date', 'End Time', 'Location', 'Address',
        'Lead Department', 'Partner Departments', 'Event Type', 'Description', 'Audience', 'Visibility',
        'Status', 'Assistance Wanted', 'Registration URL', 'Expected Attendance', 'Actual Attendance',
        'Language', 'Accessibility', 'Contact', 'Internal Notes', 'Repeats']
# 911 keeps its own header spellings (all in config.yaml column_aliases)
HEAD_911 = ['Event ID', 'Event Title', 'Event Date', 'Start Time', 'End', 'End Time', 'Place', 'Address',
            'Host Department', 'Partner Depts', 'Category', 'Description', 'Audience', 'Visibility',
            'Status', 'Assistance Wanted', 'Registration Link', 'Expected Attendance', 'Actual Attendance',
            'Language', 'Accessibility', 'Point of Contact', 'Staff Notes', 'Repeats']
KEYMAP = {'id': 'Event ID', 'title': 'Title', 'date': 'Start Date', 'start': 'Start Time', 'end_date': 'End Date',
          'end': 'End Time', 'loc': 'Location', 'addr': 'Address', 'lead': 'Lead Department',
          'partners': 'Partner Departments', 'type': 'Event Type', 'desc': 'Description', 'aud': 'Audience',
          'vis': 'Visibility', 'status': 'Status', 'contact': 'Contact', 'notes': 'Internal Notes',
          'repeats': 'Repeats'}

P, F, CS, EC, EM, PR = ('Police', 'Fire', 'Community Safety', '911 Emergency Communications',
                       'Emergency Management', 'Parks and Recreation')
ALL6 = {P, F, CS, EC, EM, PR}
TABS = ['Police', 'Fire', '911 Emergency Communications']

EVENTS = {}            # key -> dict(date, depts, fam, cancelled, internal, title)
TRUTH = []             # (tab, row, key, valid)
ROWS = defaultdict(list)
CAL = defaultdict(list)   # file -> VEVENT texts
CAL_FILES = {'em_outlook.ics': EM, 'community_safety_o365.ics': CS, 'parks_icloud.ics': PR}
FAMILY_NOTES = {}
_n = [0]


def ev(date, depts, fam, title, cancelled=False, internal=False, key=None):
    _n[0] += 1
    key = key or f"CR{_n[0]:03d}"
    EVENTS[key] = dict(date=date, depts=set(depts), fam=fam, title=title, cancelled=cancelled, internal=internal)
    return key


def row(tab, key, valid='yes', **f):
    ROWS[tab].append({KEYMAP[k]: v for k, v in f.items()})
    TRUTH.append((tab, len(ROWS[tab]) + 1, key, valid))


# ---------------------------------------------------------------- calendars
def uid_outlook():
    return "040000008200E00074C5B7101A82E00800000000" + "".join(RNG.choice("0123456789ABCDEF") for _ in range(48))


def uid_apple():
    h = "".join(RNG.choice("0123456789ABCDEF") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode()
    if len(b) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        c = ch.encode()
        if len(cur) + len(c) > (75 if not out else 74):
            out.append(cur.decode())
            cur = b""
        cur += c
    out.append(cur.decode())
    return "\r\n ".join(out)


def fmt(t):
    return t.strftime("%Y%m%dT%H%M%S")


def vevent(file, key, summary, start, end=None, *, uid=None, allday=False, location=None, desc=None,
           status=None, cls=None, rrule=None, exdate=None, recid=None, organizer=None, attendees=(),
           extra=(), label=True, occurrences=None):
    """start/end: datetime (local) or date (allday). Returns uid. Labels truth unless label=False."""
    outlook = file != 'parks_icloud.ics'
    uid = uid or (uid_outlook() if outlook else uid_apple())
    tz = 'Pacific Standard Time' if outlook else 'America/Los_Angeles'
    L = ["BEGIN:VEVENT"]
    if outlook:
        L.append(f"SUMMARY:{esc(summary)}")
    if allday:
        if outlook:   # Outlook: midnight to midnight + ALLDAYEVENT TRUE (some exports), VALUE=DATE (others)
            L.append(f"DTSTART;VALUE=DATE:{start:%Y%m%d}")
            L.append(f"DTEND;VALUE=DATE:{(end or start + dt.timedelta(days=1)):%Y%m%d}")
        else:
            L.append(f"DTSTART;VALUE=DATE:{start:%Y%m%d}")
            L.append(f"DTEND;VALUE=DATE:{(end or start + dt.timedelta(days=1)):%Y%m%d}")
    else:
        L.append(f"DTSTART;TZID={tz}:{fmt(start)}")
        L.append(f"DTEND;TZID={tz}:{fmt(end or start + dt.timedelta(hours=2))}")
    if rrule:
        L.append(f"RRULE:{rrule}")
    for x in exdate or ():
        L.append(f"EXDATE;TZID={tz}:{fmt(x)}")
    if recid:
        L.append(f"RECURRENCE-ID;TZID={tz}:{fmt(recid)}")
    L.append(f"UID:{uid}")
    if not outlook:
        L.append(f"SUMMARY:{esc(summary)}")
    if organizer:
        L.append(f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}")
    for cn, mail, stat in attendees:
        L.append(f"ATTENDEE;CN=\"{cn}\";CUTYPE=INDIVIDUAL;PARTSTAT={stat};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{mail}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    if desc:
        L.append(f"DESCRIPTION:{esc(desc)}")
    L.append(f"CLASS:{cls or 'PUBLIC'}")
    if outlook:
        L += ["PRIORITY:5", "DTSTAMP:20250620T161500Z", "TRANSP:OPAQUE"]
    else:
        L += ["DTSTAMP:20250620T161500Z", "CREATED:20250601T101010Z", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]
    L.append(f"STATUS:{status or 'CONFIRMED'}")
    L.append("SEQUENCE:0")
    if outlook:
        L += ["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
              f"X-MICROSOFT-CDO-ALLDAYEVENT:{'TRUE' if allday else 'FALSE'}", "X-MICROSOFT-CDO-IMPORTANCE:1",
              f"X-MICROSOFT-CDO-INSTTYPE:{'3' if recid else ('1' if rrule else '0')}"]
    L += list(extra)
    L.append("END:VEVENT")
    CAL[file].append("\r\n".join(fold(x) for x in L))
    if label and key is not None:
        TRUTH.append((f"calendar:{uid}", "", key, 'yes'))
    return uid


VTZ_PST = """BEGIN:VTIMEZONE\r\nTZID:Pacific Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r
TZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r
BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE"""
VTZ_LA = """BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0800\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nDTSTART:20070311T020000\r\nTZNAME:PDT\r\nTZOFFSETTO:-0700\r
END:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:-0700\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r
DTSTART:20071104T020000\r\nTZNAME:PST\r\nTZOFFSETTO:-0800\r\nEND:STANDARD\r\nEND:VTIMEZONE"""


def T(d, h, m=0):
    return dt.datetime(d.year, d.month, d.day, h, m)


TEAMS = "Microsoft Teams Meeting; https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2YTk4ZGQt%40thread.v2/0"
M_FIRE = ("Fire Outreach", "fire-outreach@cedarridge.gov")
M_PD = ("CRPD Community Engagement", "police-community@cedarridge.gov")
M_911 = ("911 Public Education", "911-pubed@cedarridge.gov")
M_EM = ("Emergency Management", "oem@cedarridge.gov")
M_CS = ("Community Safety", "communitysafety@cedarridge.gov")
M_PR = ("Parks Programs", "parks-programs@cedarridge.gov")

# places (King County AFIS list, given to Cedar Ridge)
LODGE = ("Lake Wilderness Lodge", "22500 SE 248th St")
CHMS = ("Cedar Heights Middle School", "19640 SE 272nd St")
RIDGE = ("Ridgewood Elementary", "18030 162nd Pl SE")
DELR = ("Delridge Community Center", "4501 Delridge Way SW")
COMMONS = ("Cedar Ridge Commons Park", "5701 22nd Ave NW")
JUST = ("Cedar Ridge Justice Center, Room 1A-42", "516 Third Avenue")
TOWNSQ = ("Occidental Square", "S Main St and Occidental Ave S")

# =====================================================================================  JULY 2025
k = ev(D(2025, 7, 12), {P, F, PR}, 'different_titles_per_department', 'Southwest Precinct Community Picnic')
row('Police', k, title='Southwest Precinct Community Picnic', date='7/12/2025', start='11am', end='3pm',
    loc=DELR[0], addr=DELR[1], lead='CRPD', type='Community Meeting', vis='Public', status='Scheduled',
    desc='Annual picnic hosted by the Southwest Precinct. Free hot dogs, K-9 demo at 1.')
row('Fire', k, title='Engine 74 @ SW Precinct picnic', date='2025-07-12', start='11:30', end='1:30 PM',
    addr='4501 Delridge Wy SW', lead='Fire', type='Other', vis='Public')
vevent('parks_icloud.ics', k, 'Delridge CC - picnic shelter reserved (SW Precinct picnic)', T(D(2025, 7, 12), 10),
       T(D(2025, 7, 12), 16), location='Delridge Community Center, 4501 Delridge Way SW, Cedar Ridge, WA 98106',
       desc='Shelter + lawn reserved for CRPD picnic. Rec staff running lawn games.')

k = ev(D(2025, 7, 19), {PR, F}, 'different_titles_per_department', 'Kids Water Safety Day')
vevent('parks_icloud.ics', k, 'Kids Water Safety Day', T(D(2025, 7, 19), 10), T(D(2025, 7, 19), 14),
       location='Lake Wilderness Park Beach\n22500 SE 248th St, Cedar Ridge WA',
       desc='Life jacket fitting, swim tests, and a water rescue demo.')
row('Fire', k, title='Rescue 74 water rescue demo', date='7/19/2025', start='11 AM', end='12 PM',
    loc='Lake Wilderness beach', lead='Fire', vis='Public', type='Safety Education')

# Cedar Ridge Days: 3-day festival (Parks all-day calendar event, Police day rows, Fire range row)
k = ev(D(2025, 7, 25), {PR, P, F}, 'multi_day_split_by_day', 'Cedar Ridge Days')
vevent('parks_icloud.ics', k, 'Cedar Ridge Days', D(2025, 7, 25), D(2025, 7, 28), allday=True,
       location='Cedar Ridge Commons Park', desc='Three days of music, food trucks, carnival rides and the Saturday parade.')
for d in (25, 26, 27):
    row('Police', k, title='Cedar Ridge Days traffic detail', date=f'7/{d}/2025', start='10:00 AM', end='10:00 PM',
        loc='Commons Park', addr='5701 22nd Ave NW', lead='Police', vis='Internal', type='Other',
        notes='OT detail, 4 officers per shift')
row('Fire', k, title='Cedar Ridge Days - first aid tent', date='Jul 25-27, 2025', start='noon', end='8pm',
    loc='Cedar Ridge Commons Park', lead='CRFD', vis='Public', type='Festival')

k = ev(D(2025, 7, 30), {CS}, 'hedged_or_negated_partner', 'Community Conversation: Summer Safety')
vevent('community_safety_o365.ics', k, 'Community Conversation: Summer Safety', T(D(2025, 7, 30), 18),
       T(D(2025, 7, 30), 19, 30), location='Delridge Community Center - Multipurpose Room',
       desc='<html><body><p>Neighbors talk summer safety with Community Safety staff.&nbsp;</p>'
            '<p>Fire invited, not confirmed.</p></body></html>',
       organizer=M_CS, attendees=[("CRPD Community Engagement", M_PD[1], "DECLINED")])

k = ev(D(2025, 7, 8), {P}, 'background', 'Coffee with a Cop (Fred Meyer)')
row('Police', k, title='Coffee with a Cop', date='7/8/2025', start='8:00 AM', end='9:30 AM',
    loc='Starbucks - Fred Meyer', addr='25250 164th Ave SE', lead='Police', vis='Public', type='Community Meeting')
k = ev(D(2025, 7, 8), {P}, 'same_title_same_time_different_place', 'Coffee with a Cop (Kent Kangley)')
row('Police', k, title='Coffee with a Cop', date='7/8/2025', start='8:00 AM', end='9:30 AM',
    loc='Starbucks', addr='26300 Kent Kangley Rd', lead='Police', vis='Public', type='Community Meeting')
k = ev(D(2025, 7, 15), {P}, 'background', 'Patrol shift briefing', internal=True)
row('Police', k, title='South Precinct shift briefing - new SOPs', date='7/15/2025', start='0600 hrs', end='0700 hrs',
    loc='Police HQ, Roll Call Room', lead='Police', vis='Internal', type='Other')
k = ev(D(2025, 7, 22), {EC}, 'background', 'Dispatch center tour - Girl Scouts')
row('911 Emergency Communications', k, title='Dispatch Center Tour - Girl Scout Troop 4411', date='7/22/2025',
    start='10am', end='11am', loc='Cedar Ridge 911 Center', addr='21630 11th Ave SE', lead='911', vis='Public',
    type='Youth Program')
k = ev(D(2025, 7, 17), {EM}, 'background', 'EOC staff meeting', internal=True)
vevent('em_outlook.ics', k, 'EOC staff meeting (monthly)', T(D(2025, 7, 17), 9), T(D(2025, 7, 17), 10),
       location='City Hall - Conf Rm 2B (EOC)', cls='PRIVATE', organizer=M_EM)

# =====================================================================================  AUGUST 2025
NNO = D(2025, 8, 5)
k = ev(NNO, {P, F}, 'nno_visit_same_address', 'NNO Fairwood block party')
row('Police', k, title='NNO - Fairwood Block Party', date='8/5/2025', start='6pm', end='9pm',
    addr='18030 162nd Pl SE', lead='Police', vis='Public', type='National Night Out')
row('Fire', k, title='Engine 73 NNO drop-by', date='8/5/2025', start='6:30 PM', end='7:00 PM',
    addr='18030 162nd Place SE, Cedar Ridge WA 98058', lead='Fire', vis='Public', type='National Night Out')
k = ev(NNO, {P}, 'nno_twin_addresses', 'NNO 1200 SE 240th')
row('Police', k, title='NNO block party', date='8/5/2025', start='6pm', end='9pm', addr='1200 SE 240th St',
    lead='Police', vis='Public', type='National Night Out')
k = ev(NNO, {P}, 'nno_twin_addresses', 'NNO 1200 SW 240th')
row('Police', k, title='NNO block party', date='8/5/2025', start='6pm', end='9pm', addr='1200 SW 240th St',
    lead='Police', vis='Public', type='National Night Out')
k = ev(NNO, {P, F}, 'nno_visit_place_elsewhere', 'NNO SE 262nd Pl cul-de-sac')
row('Police', k, title='NNO Cul-de-sac Party', date='8/5/2025', start='5:30pm', end='8:30pm', addr='13620 SE 262nd Pl',
    lead='Police', vis='Public', type='National Night Out')
row('Fire', k, title='Engine 74 visit - NNO', date='8/5/2025', start='7pm', end='7:30pm',
    loc='SE 262nd Pl & 136th Ave SE', lead='Fire', vis='Public', type='National Night Out')
k = ev(NNO, {P}, 'background', 'NNO Maple Glen')
row('Police', k, title='Night Out - Maple Glen HOA', date='8/5/2025', start='6-8p', addr='24115 SE 216th St',
    lead='Police', vis='Public', type='National Night Out')
k = ev(NNO, {PR, EC, P}, 'different_titles_per_department', 'NNO at Commons Park')
vevent('parks_icloud.ics', k, 'National Night Out at the Commons', T(NNO, 17), T(NNO, 21),
       location='Cedar Ridge Commons Park, 5701 22nd Ave NW',
       desc='Bounce house, free popsicles. Officers from CRPD will be on hand all evening.',
       organizer=M_PR, attendees=[("CRPD Community Engagement", M_PD[1], "ACCEPTED")])
row('911 Emergency Communications', k, title='911 kiosk - Night Out @ Commons', date='8/5/2025', start='6ish',
    end='8pm', loc='Commons Park', lead='911', vis='Public', type='National Night Out')

k = ev(D(2025, 8, 16), {PR, P, F}, 'title_typos', 'Back to School Bash')
vevent('parks_icloud.ics', k, 'Back to School Bash', T(D(2025, 8, 16), 11), T(D(2025, 8, 16), 15),
       location='Ridgewood Elementary\n18030 162nd Pl SE\nCedar Ridge WA 98058',
       desc='Free backpacks and school supplies while they last!')
row('Police', k, title='B2S Bash - bike rodeo', date='8/16/2025', start='11:30 AM', end='2:00 PM',
    loc='Ridgewood Elem', lead='Police', vis='Public', type='Youth Program')
row('Fire', k, title='Back to Schol Bash', date='8/16/2025', start='11am', end='3pm', addr='18030 162nd Pl SE',
    lead='Fire', vis='Public', type='Festival')

k = ev(D(2025, 8, 23), {P, CS}, 'different_titles_per_department', 'Fairwood 50th Anniversary')
row('Police', k, title='Fairwood 50th Anniv.', date='Sat 8/23/2025', start='1pm', end='4pm', loc='Ridgewood Elementary',
    addr='18030 162nd Pl SE', lead='Police', vis='Public', type='Festival')
vevent('community_safety_o365.ics', k, 'Fairwood 50th - care navigator table', T(D(2025, 8, 23), 13, 30),
       T(D(2025, 8, 23), 15, 30), location='Ridgewood Elementary (field)', organizer=M_CS)

k = ev(D(2025, 8, 27), {EM, F}, 'partner_only_in_attendee', 'Wildfire Smoke Ready Workshop')
vevent('em_outlook.ics', k, 'Wildfire Smoke Ready Workshop', T(D(2025, 8, 27), 18, 30), T(D(2025, 8, 27), 20),
       location='Cedar Ridge Library - Meeting Room A',
       desc='Build a box-fan air filter\\, learn about smoke alerts.\n\n<br>Bring a 20" box fan if you have one.',
       organizer=M_EM, attendees=[("Fire Outreach", M_FIRE[1], "ACCEPTED")])

k = ev(D(2025, 8, 29), {PR}, 'background', 'Outdoor Movie Night (cancelled)', cancelled=True)
vevent('parks_icloud.ics', k, 'Canceled: Outdoor Movie Night - Moana', T(D(2025, 8, 29), 20, 30), T(D(2025, 8, 29), 22, 30),
       location='Cedar Ridge Commons Park', status='CANCELLED')
k = ev(D(2025, 8, 12), {F}, 'background', 'Fire officer development', internal=True)
row('Fire', k, title='Officer development day', date='8/12/2025', start='8a', end='4p', loc='Station 71 training room',
    lead='Fire', vis='Internal', type='Other')

# =====================================================================================  SEPTEMBER 2025
k = ev(D(2025, 9, 13), ALL6, 'all_department_flagship', 'Cedar Ridge Preparedness Fair')
vevent('em_outlook.ics', k, 'Cedar Ridge Preparedness Fair', T(D(2025, 9, 13), 10), T(D(2025, 9, 13), 14),
       location='Lake Wilderness Lodge, 22500 SE 248th St, Cedar Ridge, WA 98038',
       desc='National Preparedness Month kickoff. Go-kits\\, CERT sign-up\\, earthquake simulator.',
       organizer=M_EM, attendees=[("Fire Outreach", M_FIRE[1], "ACCEPTED"), ("911 Public Education", M_911[1], "ACCEPTED")])
row('Police', k, title='Prep Fair - K9 demo', date='9/13/2025', start='noon', end='12:45', loc='Lake Wilderness Lodge lawn',
    lead='Police', vis='Public', type='Safety Education')
row('Fire', k, title='Preparedness Fair', date='9/13/2025', start='10ish', end='2 PM', loc='Lake Wilderness Lodge',
    lead='Fire', partners='EM', vis='Public', type='Safety Education', desc='Smoke trailer + extinguisher lane')
row('911 Emergency Communications', k, title='Text-to-911 booth @ Prep Fair', date='9/13/2025', start='10:00 AM',
    end='2:00 PM', addr='22500 SE 248th St', lead='911', vis='Public', type='Safety Education')
vevent('community_safety_o365.ics', k, 'Updated: Preparedness Fair - HEART table', T(D(2025, 9, 13), 10), T(D(2025, 9, 13), 14),
       location='Lake Wilderness Lodge', organizer=M_CS)
vevent('parks_icloud.ics', k, 'Lodge rental - Preparedness Fair (OEM)', D(2025, 9, 13), allday=True,
       location='Lake Wilderness Lodge', desc='Lodge + lawn held all day for OEM.')

# Citizens Academy: weekly Thursday rows in Police tab; 911 teaches session 3
CA_DATES = [D(2025, 9, 4), D(2025, 9, 11), D(2025, 9, 18), D(2025, 9, 25), D(2025, 10, 2), D(2025, 10, 9)]
for i, d in enumerate(CA_DATES, 1):
    joint = (i == 3)
    k = ev(d, {P, EC} if joint else {P}, 'weekly_class_with_one_guest_visit', f'Citizens Academy wk {i}')
    row('Police', k, title=f'Cedar Ridge Citizens Academy - Wk {i}', date=f'{d.month}/{d.day}/{d.year}',
        start='6:30 PM', end='9:00 PM', loc=JUST[0], addr=JUST[1], lead='Police', vis='Public', type='Safety Education',
        aud='Adults (registered)')
    if joint:
        row('911 Emergency Communications', k, title='CA wk 3 - dispatch session', date='9/18/2025', start='6:30pm',
            end='8pm', loc='516 3rd Ave, Rm 1A-42', lead='911', vis='Public', type='Safety Education',
            desc='Two telecommunicators present call-taking basics to the citizens academy class.')

k = ev(D(2025, 9, 20), {PR, F, P}, 'different_titles_per_department', 'Touch a Truck')
vevent('parks_icloud.ics', k, 'Touch a Truck', T(D(2025, 9, 20), 10), T(D(2025, 9, 20), 13),
       location='Cedar Ridge Commons Park - parking lot', desc='Climb on fire engines, patrol cars, dump trucks and more.')
row('Fire', k, title='Ladder 71 - touch a truck', date='9/20/2025', start='10 AM', end='1 PM', loc='Commons Park lot',
    lead='Fire', vis='Public', type='Youth Program')
row('Police', k, title='Touch-a-Truck (patrol car + SWAT van)', date='9/20/2025', start='10:15am', end='12:45pm',
    addr='5701 22nd Ave NW', lead='Police', vis='Public', type='Youth Program')

k = ev(D(2025, 9, 24), {CS, P}, 'partner_named_only_in_text', 'Skyway Neighborhood Safety Walk')
vevent('community_safety_o365.ics', k, 'FW: Skyway Neighborhood Safety Walk', T(D(2025, 9, 24), 18), T(D(2025, 9, 24), 19, 30),
       location='S 129th St and 84th Ave S',
       desc='Meet at the corner by the bus shelter.\n\n-----Original Message-----\nFrom: Sgt. Program Coordinator '
            '<police-community@cedarridge.gov>\nSent: Monday\\, September 8\\, 2025 2:14 PM\nTo: Community Safety\n'
            'Subject: RE: Skyway walk\n\nCount us in - PD will walk with you\\, two officers from South Precinct.',
       organizer=M_CS)
row('Police', k, title='Skyway walk w/ CS', date='9/24/2025', start='6pm', end='7:30pm', loc='84th Ave S / S 129th St',
    lead='Police', vis='Public', type='Community Meeting')

k = ev(D(2025, 9, 9), {F}, 'background', 'CPR / AED class Sept')
row('Fire', k, title='Hands-Only CPR & AED', date='9/9/2025', start='6:30 PM', end='8:30 PM', loc='Fire Station 71',
    addr='17820 SE 256th St', lead='Fire', vis='Public', type='CPR Class')
k = ev(D(2025, 9, 30), {EC}, 'background', 'QA review', internal=True)
row('911 Emergency Communications', k, title='Call QA review - Sept', date='9/30/2025', start='2pm', end='3:30pm',
    loc='911 Center training rm', lead='911', vis='Internal', type='Other')

# =====================================================================================  OCTOBER 2025
k = ev(D(2025, 10, 4), {F, EC}, 'different_titles_per_department', 'Station 72 Open House')
row('Fire', k, title='Fire Station 72 Open House', date='10/4/2025', start='10am', end='2pm', loc='Fire Station 72',
    addr='20900 SE 256th St', lead='Fire', vis='Public', type='Open House',
    desc='Fire Prevention Week open house: engine tours, smoke trailer, Sparky. No police this year (they have the Oktoberfest detail).')
row('911 Emergency Communications', k, title='911 kiosk - Stn 72 open house', date='10/4/2025', start='10:30am',
    end='1:30pm', loc='Station 72 apparatus bay', lead='911', vis='Public', type='Open House')

# rain date: Parks moved its festival 10/11 -> 10/18 in its calendar; Police marked its row Postponed; Fire left 10/11
k = ev(D(2025, 10, 18), {PR, P, F}, 'rain_date_in_one_source_only', 'Fall Harvest Festival')
vevent('parks_icloud.ics', k, 'Fall Harvest Festival', T(D(2025, 10, 18), 11), T(D(2025, 10, 18), 16),
       location='Cedar Ridge Commons Park',
       desc='<p>Rescheduled from Sat 10/11 due to the wind storm forecast.</p><p>Pumpkin patch, cider, hay maze.</p>')
row('Police', k, title='Harvest Festival', date='10/11/2025', start='11am', end='4pm', loc='Commons Park', lead='Police',
    partners='Parks', vis='Public', status='Postponed', type='Festival', desc='Rained out - moved to 10/18')
row('Fire', k, title='Harvest Fest - smoke trailer', date='10/11/2025', start='11:30 AM', end='3:30 PM',
    loc='Cedar Ridge Commons Park', lead='Fire', vis='Public', type='Safety Education')

k = ev(D(2025, 10, 16), {EM, EC}, 'different_titles_per_department', 'Great ShakeOut demo')
vevent('em_outlook.ics', k, 'Great ShakeOut - Drop, Cover, Hold On demo', T(D(2025, 10, 16), 10), T(D(2025, 10, 16), 11),
       location='Cedar Ridge Library, 17009 SE 256th St', organizer=M_EM)
row('911 Emergency Communications', k, title='ShakeOut - 911 table', date='10/16/2025', start='10:00', end='11:30',
    loc='Cedar Ridge Library', lead='911', vis='Public', type='Safety Education')

k = ev(D(2025, 10, 31), {PR, P, F}, 'setup_time_and_time_styles', 'Trunk or Treat')
vevent('parks_icloud.ics', k, 'Trunk or Treat', T(D(2025, 10, 31), 17), T(D(2025, 10, 31), 19),
       location='Cedar Ridge Commons Park - parking lot')
row('Police', k, title='Trunk-or-Treat', date='10/31/2025', start='4:45 PM', end='7 PM', loc='Commons Park parking lot',
    lead='Police', vis='Public', type='Festival', desc='Candy from patrol cars. Setup at 4:45.')
row('Fire', k, title='Truck or Treat - Engine 71', date='10/31/2025', start='5-7pm', loc='5701 22nd Ave NW',
    lead='Fire', vis='Public', type='Festival')

k = ev(D(2025, 10, 25), {P}, 'background', 'Drug Take Back Day (Oct)')
row('Police', k, title='Drug Take Back Day', date='10/25/2025', start='10am', end='2pm', loc='Police HQ lobby',
    addr='21630 11th Ave SE', lead='Police', vis='Public', type='Safety Education')

# =====================================================================================  NOVEMBER 2025
k = ev(D(2025, 11, 8), {PR, P}, 'coverage_detail', 'Veterans Day Parade')
vevent('parks_icloud.ics', k, 'Veterans Day Parade', T(D(2025, 11, 8), 11), T(D(2025, 11, 8), 12, 30),
       location='Main Ave S between S 2nd St and S 6th St')
row('Police', k, title='Parade traffic ctrl', date='11/8/2025', start='10:00 AM', end='1:00 PM',
    loc='Main Ave S btwn 2nd & 6th', lead='Police', vis='Internal', type='Other')

k = ev(D(2025, 11, 15), {CS, F}, 'partner_named_only_in_text', 'Naloxone Training')
vevent('community_safety_o365.ics', k, 'Naloxone Training', T(D(2025, 11, 15), 10), T(D(2025, 11, 15), 12),
       location='Cedar Ridge Library - Meeting Room B',
       desc='<div><span style="font-family:Calibri">Free Narcan kits.</span></div><div>Fire paramedics will co-teach '
            'the hands-on part.</div>', organizer=M_CS)

k = ev(D(2025, 11, 20), {F}, 'double_entry_same_tab', 'CPR/AED class Nov')
for _ in range(2):
    row('Fire', k, title='CPR/AED Class', date='11/20/2025', start='6:30 PM', end='8:30 PM', loc='Fire Station 71',
        addr='17820 SE 256th St', lead='Fire', vis='Public', type='CPR Class')

k = ev(D(2025, 11, 22), {PR, P, F}, 'coverage_detail', 'Turkey Trot 5K')
vevent('parks_icloud.ics', k, 'Turkey Trot 5K', T(D(2025, 11, 22), 8), T(D(2025, 11, 22), 11),
       location='Lake Wilderness Park, 22500 SE 248th St')
row('Police', k, title='Turkey Trot - road closures', date='11/22/2025', start='7:30 AM', end='11:30 AM',
    loc='Lake Wilderness Park', lead='Police', vis='Internal', type='Other')
row('Fire', k, title='Medic 71 standby - Turkey Trot 5K', date='11/22/2025', start='7:45am', end='11am',
    addr='22500 SE 248th St', lead='Fire', vis='Internal', type='Other')
# CS's own part cancelled: same event, CS does not take part
vevent('community_safety_o365.ics', k, 'Canceled: Turkey Trot resource table', T(D(2025, 11, 22), 8), T(D(2025, 11, 22), 11),
       location='Lake Wilderness Park', status='CANCELLED', organizer=M_CS)

k = ev(D(2025, 11, 12), {EC}, 'same_building_different_rooms', 'Telecommunicator hiring info session')
row('911 Emergency Communications', k, title='Telecommunicator Hiring Info Session', date='11/12/2025', start='6pm',
    end='7:30pm', loc='City Hall - Conf Rm 2B', lead='911', vis='Public', type='Other')
k = ev(D(2025, 11, 12), {CS}, 'same_building_different_rooms', 'Community Conversation: Budget')
vevent('community_safety_o365.ics', k, 'Community Conversation: Safety Budget', T(D(2025, 11, 12), 18), T(D(2025, 11, 12), 19, 30),
       location='City Hall - Council Chambers', organizer=M_CS)

# =====================================================================================  DECEMBER 2025
k = ev(D(2025, 12, 6), {PR, F}, 'different_titles_per_department', 'Holiday Tree Lighting')
vevent('parks_icloud.ics', k, 'Holiday Tree Lighting', T(D(2025, 12, 6), 17), T(D(2025, 12, 6), 19),
       location='Occidental Square (S Main St & Occidental Ave S)')
row('Fire', k, title='Santa arrives on Ladder 71 - tree lighting', date='12/6/2025', start='5:15 PM', end='6 PM',
    loc='S Main St and Occidental Ave S', lead='Fire', vis='Public', type='Festival')

k = ev(D(2025, 12, 13), {P}, 'hedged_or_negated_partner', 'Shop with a Cop')
row('Police', k, title='Shop with a Cop', date='12/13/2025', start='8:00 AM', end='11:00 AM', loc='Fred Meyer',
    addr='25250 164th Ave SE', lead='Police', partners='Fire (invited, not confirmed)', vis='Public', type='Youth Program')

k = ev(D(2025, 12, 10), {EM, CS}, 'online_meeting_two_calendars', 'Winter Storm Prep Town Hall')
vevent('em_outlook.ics', k, 'Winter Storm Prep Town Hall', T(D(2025, 12, 10), 18), T(D(2025, 12, 10), 19),
       location=TEAMS, desc='Power outages\\, warming centers\\, chains. Join on Teams.', organizer=M_EM,
       attendees=[("Community Safety", M_CS[1], "ACCEPTED")])
vevent('community_safety_o365.ics', k, 'Updated: Winter Storm Prep Town Hall', T(D(2025, 12, 10), 18), T(D(2025, 12, 10), 19),
       location='Microsoft Teams Meeting', desc='Care navigators will cover warming center rides.', organizer=M_EM)

k = ev(D(2025, 12, 20), {F, P}, 'partner_named_only_in_text', 'Toy Drive drop-off')
row('Fire', k, title='Toys for Tots drop-off', date='12/20/2025', start='10am', end='3pm', loc='Station 71',
    addr='17820 SE 256th St', lead='Fire', vis='Public', type='Other',
    desc='Drop new unwrapped toys at Station 71. Officers from CRPD will help load the trailer at 2.')

k = ev(D(2025, 12, 3), {PR}, 'background', 'Pool closed notice')
vevent('parks_icloud.ics', k, 'Aquatic Center CLOSED - maintenance', D(2025, 12, 1), D(2025, 12, 8), allday=True,
       location='Cedar Ridge Aquatic Center')

# =====================================================================================  JANUARY 2026
k = ev(D(2026, 1, 10), {P, EC}, 'different_titles_per_department', 'Women in Law Enforcement Career Fair')
row('Police', k, title='Women in Law Enforcement Fields Career Fair', date='1/10/2026', start='10am', end='2pm',
    loc='Washington State Criminal Justice Training Center', addr='19010 1st Avenue South', lead='Police', vis='Public',
    type='Other')
row('911 Emergency Communications', k, title='Telecommunicator recruiting table - career fair', date='1/10/2026',
    start='10:30 AM', end='1:30 PM', loc='WSCJTC', addr='19010 1st Ave S', lead='911', vis='Public', type='Other')

k = ev(D(2026, 1, 19), {PR, CS}, 'venue_in_one_row_address_in_other', 'MLK Day of Service')
vevent('parks_icloud.ics', k, 'MLK Day of Service - park cleanup', T(D(2026, 1, 19), 9), T(D(2026, 1, 19), 12),
       location='Lake Wilderness Park')
vevent('community_safety_o365.ics', k, 'MLK Service Day clean-up', T(D(2026, 1, 19), 9, 30), T(D(2026, 1, 19), 12),
       location='22500 SE 248th St', organizer=M_CS)

k = ev(D(2026, 1, 24), {EM, CS}, 'internal_joint', 'Warming center staffing briefing', internal=True)
vevent('em_outlook.ics', k, 'Warming Center staffing briefing', T(D(2026, 1, 24), 9), T(D(2026, 1, 24), 10),
       location='City Hall - Conf Rm 2B (EOC)', cls='PRIVATE', organizer=M_EM,
       attendees=[("Community Safety", M_CS[1], "ACCEPTED")])
vevent('community_safety_o365.ics', k, 'Warming Center Staffing Briefing', T(D(2026, 1, 24), 9), T(D(2026, 1, 24), 10),
       location='City Hall - Conf Rm 2B', cls='PRIVATE', organizer=M_EM)

# host cancelled in Outlook, partner's row still Scheduled
k = ev(D(2026, 1, 31), {EM, F}, 'cancelled_copy_in_one_source', 'Generator Safety Workshop', cancelled=True)
vevent('em_outlook.ics', k, 'Canceled: Generator Safety Workshop', T(D(2026, 1, 31), 10), T(D(2026, 1, 31), 11, 30),
       location='Fire Station 71 - Community Room', status='CANCELLED', organizer=M_EM,
       desc='This meeting has been canceled (low registration).')
row('Fire', k, title='Generator safety demo - Engine 72', date='1/31/2026', start='10:00 AM', end='11:30 AM',
    loc='Station 71 community room', lead='Fire', vis='Public', type='Safety Education', status='Scheduled')

k = ev(D(2026, 1, 13), {F}, 'background', 'CPR Jan')
row('Fire', k, title='Hands-Only CPR & AED', date='1/13/2026', start='6:30 PM', end='8:30 PM', loc='Fire Station 71',
    addr='17820 SE 256th St', lead='Fire', vis='Public', type='CPR Class')

# =====================================================================================  FEBRUARY 2026
k = ev(D(2026, 2, 11), {P, EC}, 'setup_time_and_time_styles', 'Science on Patrol')
row('Police', k, title='Science on Patrol', date='Wed 2/11/2026', start='3:00 PM', end='4:30 PM', loc=CHMS[0],
    addr=CHMS[1], lead='Police', vis='Public', type='Youth Program', desc='Forensics for middle schoolers: fingerprints, AFIS.')
row('911 Emergency Communications', k, title='Science on Patrol - 911 demo', date='2/11/2026', start='3:15-4p',
    loc='Cedar Hts MS', lead='911', vis='Public', type='Youth Program')

k = ev(D(2026, 2, 21), {PR, F, CS}, 'different_titles_per_department', 'Black History Month Family Festival')
vevent('parks_icloud.ics', k, 'Black History Month Family Festival', T(D(2026, 2, 21), 12), T(D(2026, 2, 21), 16),
       location='Delridge Community Center, 4501 Delridge Way SW')
row('Fire', k, title='CPR tent at BHM festival', date='2/21/2026', start='1pm', end='3pm', loc='Delridge CC gym',
    lead='Fire', vis='Public', type='CPR Class')
vevent('community_safety_o365.ics', k, 'Tentative: BHM Family Festival - resource table', T(D(2026, 2, 21), 12), T(D(2026, 2, 21), 16),
       location='Delridge Community Center', status='TENTATIVE', organizer=M_CS)

k = ev(D(2026, 2, 9), {CS, P}, 'internal_joint', 'CIT training week', internal=True)
vevent('community_safety_o365.ics', k, 'Crisis Intervention Team (CIT) 40-hr training', D(2026, 2, 9), D(2026, 2, 14),
       allday=True, location='Police HQ Training Room', cls='PRIVATE', organizer=M_CS)
row('Police', k, title='CIT training (40 hr)', date='2/9/2026', end_date='2/13/2026', loc='Police HQ Training Room',
    lead='Police', partners='Community Safety', vis='Internal', type='Other')


# =====================================================================================  MARCH 2026
k = ev(D(2026, 3, 7), {F, CS}, 'event_kind_synonyms', 'Sound the Alarm Fairwood')
row('Fire', k, title='Sound the Alarm - smoke alarm installs', date='3/7/2026', start='9am-2pm', loc='Fairwood neighborhood',
    addr='Meet at Ridgewood Elementary, 18030 162nd Pl SE', lead='Fire', partners='Community Safety', vis='Public',
    type='Smoke Alarm Install')
vevent('community_safety_o365.ics', k, 'Home safety canvass - Fairwood', T(D(2026, 3, 7), 9), T(D(2026, 3, 7), 13),
       location='Ridgewood Elementary (meet-up)', organizer=M_CS, attendees=[("Fire Outreach", M_FIRE[1], "ACCEPTED")])
k = ev(D(2026, 3, 7), {CS}, 'same_title_same_time_different_place', 'Home safety canvass - Skyway')
vevent('community_safety_o365.ics', k, 'Home safety canvass - Skyway', T(D(2026, 3, 7), 9), T(D(2026, 3, 7), 13),
       location='Skyway Library', organizer=M_CS)

# CERT two-day all-day in EM calendar; Fire teaches day 1 afternoon
k = ev(D(2026, 3, 14), {EM, F}, 'multi_day_split_by_day', 'CERT Basic Training weekend')
vevent('em_outlook.ics', k, 'CERT Basic Training (2 days)', D(2026, 3, 14), D(2026, 3, 16), allday=True,
       location='Fire Station 71 Training Room, 17820 SE 256th St', organizer=M_EM,
       desc='Day 1: disaster prep\\, fire suppression. Day 2: light search & rescue\\, triage.')
row('Fire', k, title='CERT - fire suppression module', date='3/14/2026', start='1pm', end='4pm', loc='Station 71',
    lead='Fire', vis='Public', type='Safety Education')

k = ev(D(2026, 3, 21), {EM, EC}, 'different_titles_per_department', 'Earthquake Ready Neighborhoods')
vevent('em_outlook.ics', k, 'Updated: Earthquake Ready Neighborhoods', T(D(2026, 3, 21), 10), T(D(2026, 3, 21), 12),
       location='Cedar Ridge Library - Meeting Room A', organizer=M_EM)
row('911 Emergency Communications', k, title='Quake ready mtg - when to call 911 talk', date='3/21/2026', start='10:30am',
    end='11am', loc='Library Mtg Rm A', lead='911', vis='Public', type='Safety Education')

k = ev(D(2026, 3, 28), {PR, P}, 'different_titles_per_department', 'Spring Egg Hunt')
vevent('parks_icloud.ics', k, 'Spring Eggstravaganza', T(D(2026, 3, 28), 10), T(D(2026, 3, 28), 12),
       location='Cedar Ridge Commons Park')
row('Police', k, title='Egg hunt - officer presence', date='3/28/2026', start='9:45 AM', end='12:15 PM', loc='Commons Park',
    lead='Police', vis='Internal', type='Other')

# Parks weekly series (Apple): Senior Walking Club, Tuesdays 3/3-4/28, EXDATE 3/24, 4/7 moved to Wed 4/8; Fire on 4/14
SERIES_UID = "8E1C5D2A-77B3-4F0E-9C1B-3D2A5E6F7A80"
sdates = [D(2026, 3, 3) + dt.timedelta(weeks=i) for i in range(9)]
for d in sdates:
    if d == D(2026, 3, 24):
        continue
    joint = d == D(2026, 4, 14)
    k = ev(d if d != D(2026, 4, 7) else D(2026, 4, 8), {PR, F} if joint else {PR}, 'calendar_recurring_series',
           f'Senior Walking Club {d}')
    TRUTH.append((f"calendar:{SERIES_UID}@{d.isoformat()}", "", k, 'yes'))
    if joint:
        row('Fire', k, title='Walking Club - heart health talk w/ Medic 71', date='4/14/2026', start='10:00 AM',
            end='10:30 AM', loc='Lake Wilderness trailhead', lead='Fire', vis='Public', type='Safety Education')
vevent('parks_icloud.ics', None, 'Senior Walking Club', T(D(2026, 3, 3), 10), T(D(2026, 3, 3), 11), uid=SERIES_UID,
       rrule='FREQ=WEEKLY;UNTIL=20260428T170000Z;BYDAY=TU', exdate=[T(D(2026, 3, 24), 10)],
       location='Lake Wilderness Park trailhead', desc='Easy 2-mile loop. All paces welcome.', label=False)
vevent('parks_icloud.ics', None, 'Senior Walking Club', T(D(2026, 4, 8), 10), T(D(2026, 4, 8), 11), uid=SERIES_UID,
       recid=T(D(2026, 4, 7), 10), location='Lake Wilderness Park trailhead',
       desc='Moved to Wednesday this week (trail crew on Tuesday).', label=False)

# =====================================================================================  APRIL 2026
k = ev(D(2026, 4, 25), {P, F}, 'different_titles_per_department', 'Drug Take Back Day (Apr)')
row('Police', k, title='Drug Take Back Day', date='4/25/2026', start='10am', end='2pm', loc='Cedar Ridge Police HQ',
    addr='21630 11th Ave SE', lead='Police', vis='Public', type='Safety Education')
row('Fire', k, title='Rx take back - sharps collection', date='4/25/2026', start='10:00', end='14:00', loc='CRPD HQ',
    lead='Fire', vis='Public', type='Safety Education')

k = ev(D(2026, 4, 18), {PR}, 'same_title_same_time_different_place', 'Earth Day Park Cleanup (Commons)')
vevent('parks_icloud.ics', k, 'Earth Day Park Cleanup', T(D(2026, 4, 18), 9), T(D(2026, 4, 18), 12),
       location='Cedar Ridge Commons Park')
k = ev(D(2026, 4, 18), {CS}, 'same_title_same_time_different_place', 'Earth Day Cleanup (Skyway Park)')
vevent('community_safety_o365.ics', k, 'Earth Day Cleanup', T(D(2026, 4, 18), 9), T(D(2026, 4, 18), 12),
       location='Skyway Park, 12100 84th Ave S', organizer=M_CS)

# =====================================================================================  MAY 2026
k = ev(D(2026, 5, 2), {P, PR}, 'event_kind_synonyms', 'Bike Rodeo')
row('Police', k, title='Bike Rodeo', date='5/2/2026', start='10 AM', end='1 PM', loc='Cedar Heights MS parking lot',
    addr='19640 SE 272nd St', lead='Police', vis='Public', type='Youth Program')
vevent('parks_icloud.ics', k, 'Bicycle Safety Clinic', T(D(2026, 5, 2), 10), T(D(2026, 5, 2), 13),
       location='Cedar Heights Middle School, 19640 SE 272nd St')

k = ev(D(2026, 5, 16), ALL6, 'all_department_flagship', 'Public Safety Open House')
row('Police', k, title='Public Safety Open House', date='5/16/2026', start='10am', end='3pm', loc='Cedar Ridge Public Safety Building',
    addr='21630 11th Ave SE', lead='Police', partners='Fire, 911, OEM, Community Safety, Parks', vis='Public', type='Open House')
row('Fire', k, title='PS Open House - extrication demo', date='5/16/2026', start='11am', end='12pm', addr='21630 11th Ave SE',
    lead='Fire', vis='Public', type='Open House')
row('911 Emergency Communications', k, title='Public Safety Open House - dispatch floor tours', date='5/16/2026', start='10:00 AM',
    end='3:00 PM', loc='Public Safety Bldg', lead='911', vis='Public', type='Open House')
vevent('em_outlook.ics', k, 'FW: Public Safety Open House - EM go-kit table', T(D(2026, 5, 16), 10), T(D(2026, 5, 16), 15),
       location='Public Safety Building lobby', organizer=M_PD,
       desc='________________________________\nFrom: CRPD Community Engagement\nSent: Tuesday\\, April 14\\, 2026\n'
            'Subject: Public Safety Open House\n\nPlease hold 10-3 for your table.')
vevent('community_safety_o365.ics', k, 'Public Safety Open House', T(D(2026, 5, 16), 10), T(D(2026, 5, 16), 15),
       location='21630 11th Ave SE', organizer=M_PD)
vevent('parks_icloud.ics', k, 'Bounce house - Public Safety Open House', T(D(2026, 5, 16), 10), T(D(2026, 5, 16), 15),
       location='Public Safety Building parking lot')

k = ev(D(2026, 5, 30), {F, P}, 'partner_named_only_in_text', 'Station 73 Pancake Breakfast')
row('Fire', k, title='Station 73 Pancake Breakfast', date='5/30/2026', start='8am', end='11am', loc='Fire Station 73',
    addr='24500 156th Ave SE', lead='Fire', vis='Public', type='Community Meeting', desc='Firefighters flip pancakes w/ PD.')
row('Police', k, title='Pancake bfast @ Stn 73', date='5/30/2026', start='8:30', end='10:30', loc='Station 73',
    lead='Police', vis='Public', type='Community Meeting')

k = ev(D(2026, 5, 20), {P}, 'background', 'Click It or Ticket kickoff')
row('Police', k, title='Click It or Ticket kickoff', date='5/20/2026', start='9am', end='10am', loc='Police HQ',
    addr='21630 11th Ave SE', lead='Police', vis='Public', type='Safety Education')

# Parks' own event both in its calendar and typed in its (otherwise empty) tab
k = ev(D(2026, 5, 9), {PR}, 'same_department_tab_and_calendar', 'Youth Fishing Derby')
vevent('parks_icloud.ics', k, 'Youth Fishing Derby', T(D(2026, 5, 9), 8), T(D(2026, 5, 9), 11),
       location='Lake Wilderness Park - fishing pier')
row('Parks and Recreation', k, title='Youth Fishing Derby', date='5/9/2026', start='8:00 AM', end='11:00 AM',
    loc='Lake Wilderness Park pier', lead='Parks', vis='Public', type='Youth Program')

# =====================================================================================  JUNE 2026
k = ev(D(2026, 6, 20), {PR, CS, P}, 'coverage_detail', 'Juneteenth Festival')
vevent('parks_icloud.ics', k, 'Juneteenth Festival', T(D(2026, 6, 20), 12), T(D(2026, 6, 20), 18),
       location='Occidental Square')
vevent('community_safety_o365.ics', k, 'Juneteenth - HEART info table', T(D(2026, 6, 20), 12), T(D(2026, 6, 20), 17),
       location='Occidental Sq', organizer=M_CS)
row('Police', k, title='Juneteenth fest security', date='6/20/2026', start='11:30 AM', end='6:30 PM',
    loc='S Main St & Occidental Ave S', lead='Police', vis='Internal', type='Other')

k = ev(D(2026, 6, 13), {F, PR}, 'different_titles_per_department', 'Life jacket giveaway')
row('Fire', k, title='Life jacket giveaway', date='6/13/2026', start='noon', end='3pm', loc='Lake Wilderness beach',
    lead='Fire', vis='Public', type='Safety Education')
vevent('parks_icloud.ics', k, 'Beach Opening Day', T(D(2026, 6, 13), 11), T(D(2026, 6, 13), 17),
       location='Lake Wilderness Park Beach', desc='Lifeguards on duty starting today. Fire will hand out free life jackets at noon.')

k = ev(D(2026, 6, 27), {PR}, 'hedged_or_negated_partner', 'Pride in the Park')
vevent('parks_icloud.ics', k, 'Pride in the Park', T(D(2026, 6, 27), 12), T(D(2026, 6, 27), 17),
       location='Cedar Ridge Commons Park', desc='Community-run. No police this year at the organizers\' request.')

k = ev(D(2026, 6, 9), {F}, 'background', 'CPR June')
row('Fire', k, title='Hands-Only CPR & AED', date='6/9/2026', start='6:30 PM', end='8:30 PM', loc='Fire Station 71',
    addr='17820 SE 256th St', lead='Fire', vis='Public', type='CPR Class')
k = ev(D(2026, 6, 3), {EC}, 'background', 'Text-to-911 awareness')
row('911 Emergency Communications', k, title='Text-to-911 awareness table', date='6/3/2026', start='noon', end='2pm',
    loc='Cedar Ridge Library', lead='911', vis='Public', type='Safety Education')
k = ev(D(2026, 6, 16), {EM}, 'background', 'EOC staff meeting Jun', internal=True)
vevent('em_outlook.ics', k, 'EOC staff meeting (monthly)', T(D(2026, 6, 16), 9), T(D(2026, 6, 16), 10),
       location='City Hall - Conf Rm 2B (EOC)', cls='PRIVATE', organizer=M_EM)

# ---- more background / own situations
k = ev(D(2025, 10, 8), {CS}, 'hedged_or_negated_partner', 'Skyway Community Conversation')
vevent('community_safety_o365.ics', k, 'FW: Skyway Community Conversation', T(D(2025, 10, 8), 18), T(D(2025, 10, 8), 19, 30),
       location='Skyway Library - Community Room',
       desc='PD can\'t make it this time\\, they have a staffing shortage.\n\n-----Original Message-----\nFrom: Community Safety\n'
            'Sent: Friday\\, September 26\\, 2025\nSubject: Skyway conversation\n\nLast year PD sent two officers - can they come again?',
       organizer=M_CS)
k = ev(D(2026, 4, 22), {EM}, 'background', 'Make a Kit workshop')
vevent('em_outlook.ics', k, 'Make a Kit, Make a Plan', T(D(2026, 4, 22), 18), T(D(2026, 4, 22), 19, 30),
       location='Cedar Ridge Library - Meeting Room A', organizer=M_EM)
k = ev(D(2026, 2, 25), {CS}, 'background', 'Care navigator office hours')
vevent('community_safety_o365.ics', k, 'Care Navigator drop-in hours', T(D(2026, 2, 25), 13), T(D(2026, 2, 25), 16),
       location='Delridge Community Center - Room 3', organizer=M_CS)
k = ev(D(2025, 8, 9), {PR}, 'background', 'Summer concert')
vevent('parks_icloud.ics', k, 'Concerts at the Commons: The Bellevue Big Band', T(D(2025, 8, 9), 18, 30), T(D(2025, 8, 9), 20),
       location='Cedar Ridge Commons Park - bandshell')
k = ev(D(2025, 11, 1), {P}, 'background', 'AFIS Presentation for Explorers')
row('Police', k, title='AFIS Presentation for Cedar Ridge Explorers', date='11/1/2025', start='6:00 PM', end='7:30 PM',
    loc=JUST[0], addr=JUST[1], lead='Police', vis='Public', type='Youth Program')
k = ev(D(2026, 1, 17), {P}, 'background', 'Coffee w/ a Cop cancelled', cancelled=True)
row('Police', k, title='Coffee w/ a Cop', date='1/17/2026', start='8am', end='9:30am', loc='Starbucks - Fred Meyer',
    addr='25250 164th Ave SE', lead='Police', vis='Public', status='Cancelled', type='Community Meeting',
    notes='snow - called off')
k = ev(D(2026, 3, 11), {EC}, 'background', 'Dispatch center tour - Scouts Mar')
row('911 Emergency Communications', k, title='Dispatch Center Tour - Cub Scout Pack 490', date='3/11/2026', start='6:30pm',
    end='7:30pm', loc='Cedar Ridge 911 Center', addr='21630 11th Ave SE', lead='911', vis='Public', type='Youth Program')
k = ev(D(2025, 12, 4), {EM}, 'background', 'Tentative: Winter Ready Radio Show')
vevent('em_outlook.ics', k, 'Tentative: Winter Ready call-in show (KCRW 1340)', T(D(2025, 12, 4), 12), T(D(2025, 12, 4), 13),
       location='KCRW studio', status='TENTATIVE', organizer=M_EM)

# ---- added: moved (not weather) date, block face, morning/afternoon sessions
k = ev(D(2026, 4, 15), {P, CS}, 'moved_date_in_one_source', 'Coffee with a Cop - Delridge (moved)')
row('Police', k, title='Coffee with a Cop - Delridge', date='4/15/2026', start='9am', end='10:30am', loc=DELR[0],
    addr=DELR[1], lead='Police', vis='Public', type='Community Meeting', desc='Moved from 4/8 (spring break).')
vevent('community_safety_o365.ics', k, 'Coffee w/ a Cop - care navigators joining', T(D(2026, 4, 8), 9), T(D(2026, 4, 8), 10, 30),
       location='Delridge CC lobby', organizer=M_PD)
k = ev(D(2025, 8, 2), {P, EC}, 'block_face', 'East Precinct Community Picnic')
row('Police', k, title='East Precinct Community Picnic', date='8/2/2025', start='1 PM', end='4 PM',
    loc='12th Avenue between Pike and Pine', lead='Police', vis='Public', type='Community Meeting')
row('911 Emergency Communications', k, title='911 kiosk - East Precinct picnic', date='8/2/2025', start='1:30pm', end='3:30pm',
    loc='12th Ave & Pike St', lead='911', vis='Public', type='Community Meeting')
for h, lab in ((10, 'AM'), (14, 'PM')):
    k = ev(D(2026, 1, 28), {EM, F}, 'morning_and_afternoon_sessions_joint', f'Stop the Bleed {lab}')
    vevent('em_outlook.ics', k, 'Stop the Bleed', T(D(2026, 1, 28), h), T(D(2026, 1, 28), h + 1, 30),
           location='Cedar Ridge Library - Meeting Room A', organizer=M_EM)
    row('Fire', k, title='Stop the Bleed (AM)' if h == 10 else 'STB pm session', date='1/28/2026',
        start='10am' if h == 10 else '2pm', end='11:30am' if h == 10 else '3:30pm', loc='Library Mtg Rm A',
        lead='Fire', partners='OEM', vis='Public', type='Safety Education')

# invalid rows
row('Police', 'INVALID', valid='no', title=None, date='9/6/2025', start='6pm', loc='Commons Park', lead='Police', vis='Public')
row('Fire', 'INVALID', valid='no', title='Smoke alarm blitz', date='sometime in Oct', start='9am', lead='Fire', vis='Public')
row('911 Emergency Communications', 'INVALID', valid='no', title='911 Kids Day', date='4/4/2026', start='7:75 pm',
    loc='Library', lead='911', vis='Public')

# ---------------------------------------------------------------- write workbook
wb = openpyxl.Workbook()
wb.remove(wb.active)
for tab in TABS + ['Parks and Recreation', 'Community Safety', 'Emergency Management']:
    ws = wb.create_sheet(tab)
    head = HEAD_911 if tab == '911 Emergency Communications' else HEAD
    ws.append(head)
    for r in ROWS.get(tab, []):
        ws.append([r.get(HEAD[i]) for i in range(len(head))])
ws = wb.create_sheet('Assistance Offers')
ws.append(['Event UID or Event ID', 'Offering Department', 'What We Can Bring', 'Status'])
wb.save(OUT / 'intake.xlsx')

(OUT / 'calendars').mkdir(exist_ok=True)
CALNAMES = {'em_outlook.ics': ('Microsoft Exchange Server 2010', 'Emergency Management - Public Events', VTZ_PST),
            'community_safety_o365.ics': ('Microsoft Exchange Server 2010', 'Community Safety Outreach', VTZ_PST),
            'parks_icloud.ics': ('-//Apple Inc.//macOS 14.5//EN', 'Parks Community Events', VTZ_LA)}
for f, evs in CAL.items():
    prod, name, vtz = CALNAMES[f]
    head = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", f"PRODID:{prod}", "VERSION:2.0", f"X-WR-CALNAME:{name}"]
    if f == 'parks_icloud.ics':
        head += ["X-WR-TIMEZONE:America/Los_Angeles", "CALSCALE:GREGORIAN"]
    txt = "\r\n".join(head + [vtz] + evs + ["END:VCALENDAR"]) + "\r\n"
    (OUT / 'calendars' / f).write_bytes(txt.encode())

# ---------------------------------------------------------------- truth + expected
with open(OUT / 'truth.csv', 'w', newline='') as fh:
    w = csv.writer(fh)
    w.writerow(['tab', 'row', 'event_key', 'valid'])
    for t in TRUTH:
        w.writerow(t)

months = {}
d0 = D(2025, 7, 1)
for i in range(12):
    m = f"{(d0.year + (d0.month - 1 + i) // 12)}-{((d0.month - 1 + i) % 12) + 1:02d}"
    months[m] = {'events': 0, 'joint_events': 0}
quarters = {f"FY26-Q{q}": {'events': 0, 'joint_events': 0, 'all_department_events': 0} for q in (1, 2, 3, 4)}
for key, e in EVENTS.items():
    if e['cancelled']:
        continue
    m = f"{e['date'].year}-{e['date'].month:02d}"
    q = f"FY26-Q{(((e['date'].month - 7) % 12) // 3) + 1}"
    months[m]['events'] += 1
    quarters[q]['events'] += 1
    if len(e['depts']) >= 2 and not e['internal']:
        months[m]['joint_events'] += 1
        quarters[q]['joint_events'] += 1
    if e['depts'] == ALL6:
        quarters[q]['all_department_events'] += 1
labelled = {k for _, _, k, v in TRUTH if v == 'yes'}
assert labelled == set(EVENTS), (labelled ^ set(EVENTS))
fam = defaultdict(list)
for key, e in EVENTS.items():
    fam[e['fam']].append(key)
by_key = defaultdict(list)
for t in TRUTH:
    if t[3] == 'yes':
        by_key[t[2]].append(t)
expected = {
    'flavour': 'v57x-cedar-ridge',
    'rows': sum(len(v) for v in ROWS.values()),
    'calendar_events': sum(len(v) for v in CAL.values()),
    'invalid_rows': sum(1 for t in TRUTH if t[3] == 'no'),
    'events': len(EVENTS),
    'joint_events': sum(1 for e in EVENTS.values() if len(e['depts']) >= 2 and not e['internal']),
    'cancelled_events': sum(1 for e in EVENTS.values() if e['cancelled']),
    'months': months, 'fiscal_quarters': quarters,
    'calendar_sources': [{'file': f'calendars/{f}', 'department': d, 'visibility': 'Public'} for f, d in CAL_FILES.items()],
    'event_departments': {k: sorted(e['depts']) for k, e in EVENTS.items() if len(e['depts']) >= 2 and not e['internal']},
    'event_titles': {k: e['title'] for k, e in EVENTS.items()},
    'families': {f: {'note': f, 'events': len(ks), 'event_keys': sorted(ks),
                     'rows': sum(len(by_key[k]) for k in ks)} for f, ks in sorted(fam.items())},
}
(OUT / 'expected.json').write_text(json.dumps(expected, indent=1, default=str))
print(f"rows {expected['rows']} + calendar VEVENTs {expected['calendar_events']}; events {expected['events']}, "
      f"joint {expected['joint_events']}, joint not cancelled {sum(v['joint_events'] for v in months.values())}")
