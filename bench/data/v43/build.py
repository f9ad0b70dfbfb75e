#!/usr/bin/env python3
"""Build the v43 labelled intake set (Seattle / King County places, FY26) in this folder.

Written by a second fresh helper on 2026-12-07 with places and titles from ``../shared/realdata``;
see ``bench/cases.py``. Writes intake.xlsx, truth.csv, expected.json.
Run: ``python bench/data/v43/build.py`` (needs openpyxl)
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import random
from collections import defaultdict
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
P, F, CS, EC, EM, PR = ("Police", "Fire", "Community Safety", "Emergency Communications",
                        "Emergency Management", "Parks and Recreation")
ALL6 = [P, F, CS, EC, EM, PR]
TABS = [P, F, CS, EC, EM, PR]
STD = ['Event ID', 'Title', 'Start Date', 'Start Time', 'End Date', 'End Time', 'Location', 'Address',
       'Lead Department', 'Partner Departments', 'Event Type', 'Description', 'Audience', 'Visibility',
       'Status', 'Assistance Wanted', 'Registration URL', 'Expected Attendance', 'Actual Attendance',
       'Language', 'Accessibility', 'Contact', 'Internal Notes', 'Repeats']
EC_HDR = ['Event ID', 'Event Title', 'Event Date', 'Start Time', 'End', 'End Time', 'Place', 'Address',
          'Host Department', 'Partner Depts', 'Category', 'Description', 'Audience', 'Visibility', 'Status',
          'Assistance Wanted', 'Registration Link', 'Expected Attendance', 'Actual Attendance', 'Language',
          'Accessibility', 'Point of Contact', 'Staff Notes', 'Repeats']
KEYMAP = {'id': 'Event ID', 't': 'Title', 'd': 'Start Date', 'st': 'Start Time', 'ed': 'End Date',
          'et': 'End Time', 'loc': 'Location', 'addr': 'Address', 'lead': 'Lead Department',
          'part': 'Partner Departments', 'type': 'Event Type', 'desc': 'Description', 'aud': 'Audience',
          'vis': 'Visibility', 'status': 'Status', 'notes': 'Internal Notes', 'es': 'Title (Spanish)',
          'contact': 'Contact'}
WD = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONF = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
        'October', 'November', 'December']


def D(m, d):
    return dt.date(2025 if m >= 7 else 2026, m, d)


def us(x): return f"{x.month}/{x.day}/{x.year}"
def iso(x): return x.isoformat()
def txt(x): return f"{MON[x.month-1]} {x.day}, {x.year}"
def longd(x): return f"{WD[x.weekday()]}, {MONF[x.month-1]} {x.day}, {x.year}"
def cell(x): return dt.datetime(x.year, x.month, x.day)
def serial(x): return (x - dt.date(1899, 12, 30)).days
def wdus(x): return f"{WD[x.weekday()][:3]} {us(x)}"


EVENTS = []   # dicts: key, family, date, depts, cancelled, rows=[(tab, {cells})], note
ASSIST = []   # rows of the Assistance Offers tab


def ev(key, family, date, depts, rows, cancelled=False, note=None):
    for tab, r in rows:
        r.setdefault('vis', 'Public')
    EVENTS.append(dict(key=key, family=family, date=date, depts=sorted(set(depts)), rows=rows,
                       cancelled=cancelled, note=note))


INVALID = []  # (tab, cells)

# ---------------------------------------------------------------- background single-department events
bg = [
    (P, D(7, 9), dict(t='Maple Valley Citizens Academy (Week 1)', st='6:30 PM', et='9 PM', loc='Lake Wilderness Lodge',
                      addr='22500 SE 248th Street, Maple Valley', type='Safety Education')),
    (P, D(7, 16), dict(t='Maple Valley Citizens Academy (Week 2)', st='6:30 PM', et='9 PM', loc='Lake Wilderness Lodge',
                       addr='22500 SE 248th Street, Maple Valley', type='Safety Education')),
    (P, D(9, 18), dict(t='Science on Patrol', st='2pm', et='3:15pm', loc='Cedar Heights Middle School',
                       addr='19640 SE 272nd Street', type='Youth Program')),
    (F, D(8, 20), dict(t='Hands-Only CPR (evening)', st='6pm', et='7:30pm', loc='Fire Station 2', addr='2320 4th Ave',
                       type='CPR Class')),
    (F, D(10, 8), dict(t='Fire Prevention Week Open House', st='10:00 AM', et='2:00 PM', loc='Fire Station 10',
                       addr='400 S Washington St', type='Open House')),
    (CS, D(9, 10), dict(t='Suicide Prevention QPR Training', st='1 p.m.', et='3 p.m.', loc='Yesler Community Center',
                        addr='917 E Yesler Way', type='Safety Education')),
    (CS, D(11, 5), dict(t='Violence Interruption Info Session', st='5:30 PM', et='7 PM',
                        loc='Chinatown-International District Community Center', addr='719 8th Ave S',
                        type='Community Meeting')),
    (EC, D(10, 22), dict(t='When to Call 911 (Seniors)', st='10am', et='11am', loc='Bitter Lake Community Center',
                         addr='13035 Linden Ave N', type='Safety Education')),
    (EC, D(2, 11), dict(t='911 Telecommunicator Career Night', st='6pm', et='7:30pm', loc='Northgate Community Center',
                        addr='10510 5th Ave NE', type='Other')),
    (EM, D(9, 27), dict(t='Earthquake Ready Workshop', st='10:00', et='12:00', loc='Lake City Community Center',
                        addr='12531 28th Ave NE', type='Safety Education')),
    (EM, D(3, 14), dict(t='Two Weeks Ready Kit Building', st='1 PM', et='3 PM', loc='Meadowbrook Community Center',
                        addr='10517 35th Ave NE', type='Safety Education')),
    (PR, D(10, 7), dict(t='Line Dance (AM)', st='10am', et='11am', loc='Rainier Community Center',
                        addr='4600 38th Ave S', type='Recreation Program')),
    (PR, D(10, 7), dict(t='Line Dance (PM)', st='6pm', et='7pm', loc='Rainier Community Center',
                        addr='4600 38th Ave S', type='Recreation Program')),
    (PR, D(4, 18), dict(t='Earth Day Festival', st='11am', et='3pm', loc='Magnuson Park', addr='7400 Sand Point Way NE',
                        type='Festival')),
    (PR, D(3, 13), dict(t='Friday the 13th Kids Fun Fest', st='5pm', et='8pm', loc='Van Asselt Community Center',
                        addr='2820 S Myrtle St', type='Festival')),
    (PR, D(5, 2), dict(t='Weekend Nature Walk', st='9 AM', et='10:30 AM', loc='Discovery Park',
                       addr='3801 Discovery Park Blvd', type='Recreation Program')),
    (P, D(2, 26), dict(t='Women in Law Enforcement Career Fair', st='10am', et='2pm',
                       loc='Washington State Criminal Justice Training Center', addr='19010 1st Avenue South, Burien',
                       type='Other')),
    (F, D(1, 21), dict(t='Apparatus Bay Tour for Scouts', st='6:30 PM', et='7:30 PM', loc='Fire Station 33',
                       addr='9645 Renton Ave S', type='Youth Program')),
    (P, D(1, 14), dict(t='Block Watch Captains Meeting', st='7 PM', et='8:30 PM', loc='Southwest Precinct',
                       addr='2300 SW Webster St', type='Community Meeting')),
    (CS, D(4, 9), dict(t='Narcan Distribution Pop-Up', st='3pm', et='6pm', loc='Westlake Park', addr='401 Pine St',
                       type='Other')),
]
for i, (tab, date, r) in enumerate(bg, 1):
    r.setdefault('d', us(date) if i % 3 else txt(date))
    ev(f"V{i:03d}", 'background_single', date, [tab], [(tab, r)])

# weekly class series (Parks), with one joint week (Fire guest talk)
for j, date in enumerate([D(2, 3), D(2, 10), D(2, 17), D(2, 24)]):
    key = f"V0{30 + j}"
    rows = [(PR, dict(t='Senior Fitness Hour', d=us(date), st='10:00 AM', et='11:00 AM',
                      loc='Bitter Lake Community Center', addr='13035 Linden Ave N', type='Recreation Program'))]
    depts = [PR]
    fam = 'background_weekly'
    if j == 2:
        rows.append((F, dict(t='Fall prevention talk @ Bitter Lake seniors class', d=wdus(date), st='10:15am',
                             et='10:45am', loc='Bitter Lake CC', type='Safety Education',
                             desc='Medic 31 crew, 30 min talk during the fitness hour')))
        depts.append(F)
        fam = 'weekly_class_guest_visit'
    ev(key, fam, date, depts, rows)

# ---------------------------------------------------------------- partner named only in free text (really takes part)
ev('V101', 'text_partner_nicknames', D(7, 26), [P, F, EC], [(P, dict(
    t='Southwest Precinct Community Picnic', d=us(D(7, 26)), st='11am', et='3pm', loc='Delridge Community Center',
    addr='4501 Delridge Way SW', type='Community Meeting',
    desc='The FD is bringing Engine 11 and the 911 folks will have their text-to-911 kiosk.'))])
ev('V102', 'text_partner_nicknames', D(8, 22), [PR, P, F], [(PR, dict(
    t='Movie Night at Ballard Commons', d=iso(D(8, 22)), st='7:30pm', et='10pm', loc='Ballard Commons Park',
    addr='5701 22nd Avenue NW', type='Recreation Program',
    desc='PD and FD both confirmed for a meet-and-greet before the film.'))])
ev('V103', 'text_partner_nicknames', D(9, 4), [CS, F], [(CS, dict(
    t='Overdose Response Drop-In', d=us(D(9, 4)), st='4 PM', et='6 PM', loc='Judkins Park', addr='2150 S Norman St',
    type='Safety Education', desc='EMS crews from Medic 10 will demo naloxone and answer questions.'))],
   note='EMS written as the partner; Medic 10 is a fire unit (fire-based EMS)')
ev('V104', 'text_partner_nicknames', D(10, 15), [F, EC], [(F, dict(
    t='Hands-Only CPR at Lake City', d=us(D(10, 15)), st='6pm', et='7:30pm', loc='Lake City Community Center',
    addr='12531 28th Ave NE', type='CPR Class', desc='Co-taught w/ the dispatch team from the 911 center.'))])
ev('V105', 'text_partner_nicknames', D(11, 12), [EC, P, F], [(EC, dict(
    t='Text-to-911 Demo Night', d=us(D(11, 12)), st='6 PM', et='8 PM', loc='Miller Community Center',
    addr='330 19th Ave E', type='Safety Education', desc='Cops and firefighters will be there too - bring the kids.'))])
ev('V106', 'text_partner_list_abbrev', D(8, 9), [PR, P, F, EM], [(PR, dict(
    t='Green Lake Lap for Safety', d=us(D(8, 9)), st='8am', et='11am', loc='Green Lake Community Center',
    addr='7201 E Green Lake Dr N', type='Recreation Program', part='police dept., fire dept, emerg mgmt'))])
ev('V107', 'text_partner_misspelt', D(9, 16), [P, CS], [(P, dict(
    t='Coffee with a Cop - Othello', d=us(D(9, 16)), st='8:30 AM', et='10 AM', loc='Othello Park',
    addr='4351 S Othello St', type='Community Meeting', part='Comunity Safty'))])
ev('V108', 'text_partner_list_abbrev', D(12, 6), [EM, PR, CS], [(EM, dict(
    t='Winter Storm Prep Night', d=us(D(12, 6)), st='5pm', et='7pm', loc='Hiawatha Community Center',
    addr='2700 California Ave SW', type='Safety Education', part='Parks & Rec (hosting the room), HEART team'))])
ev('V109', 'text_partner_nicknames', D(1, 24), [CS, P, PR, EC], [(CS, dict(
    t='Rainier Beach Resource Fair', d=us(D(1, 24)), st='11:00 AM', et='2:00 PM',
    loc='Rainier Beach Community Center', addr='8825 Rainier Ave S', type='Festival',
    part='PD; Parks and Rec; the 911 folks'))])
ev('V110', 'text_partner_person', D(10, 11), [F, P], [(F, dict(
    t='Station 10 Family Day', d=us(D(10, 11)), st='11am', et='2pm', loc='Fire Station 10', addr='400 S Washington St',
    type='Open House', desc='Officer Okafor from PD will run the junior badge table.'))])
ev('V111', 'text_partner_units', D(5, 9), [PR, P], [(PR, dict(
    t='Bike Rodeo at Jefferson Park', d=us(D(5, 9)), st='10am', et='1pm', loc='Jefferson Park',
    addr='3801 Beacon Ave S', type='Youth Program', part='police bike patrol'))])
ev('V112', 'text_partner_units', D(3, 5), [EC, F], [(EC, dict(
    t='Kids Meet a Dispatcher', d=us(D(3, 5)), st='3:30pm', et='4:30pm', loc='South Park Community Center',
    addr='8319 8th Ave S', type='Youth Program', part='Fire Dept (Engine 26 crew)'))])
ev('V113', 'text_partner_misspelt', D(10, 31), [P, F, PR], [(P, dict(
    t='Safe Trick-or-Treat on Alki', d=us(D(10, 31)), st='4pm', et='7pm', loc='Alki Beach Park',
    addr='1702 Alki Ave SW', type='Festival', part='FD, Prks'))])
ev('V114', 'text_partner_nicknames', D(6, 6), [P, F], [(P, dict(
    t='Kids Safety Day at Occidental Square', d=us(D(6, 6)), st='10am', et='1pm', loc='Occidental Square',
    addr='S Main Street and Occidental Avenue S', type='Safety Education', part='Fire + EMS'))])
ev('V115', 'text_partner_nicknames', D(4, 25), [PR, P, F], [(PR, dict(
    t='Guns & Hoses Charity Softball', d=us(D(4, 25)), st='1 PM', et='4 PM', loc='Magnuson Park',
    addr='7400 Sand Point Way NE', type='Festival', desc='Annual police vs. fire charity softball game; '
    'concessions by the Magnuson Park crew.'))], note='debatable: police and fire teams playing is participation')
ev('V116', 'text_partner_nicknames', D(2, 21), [CS, EM], [(CS, dict(
    t='Community Preparedness Chat', d=us(D(2, 21)), st='10:30am', et='noon', loc='Delridge Community Center',
    addr='4501 Delridge Way SW', type='Community Meeting',
    desc='Our friends at the OEM will hand out go-bags and walk through the alert sign-up.'))])
ev('V117', 'text_partner_nicknames', D(5, 20), [F, P], [(F, dict(
    t='Pancake Breakfast', d=us(D(5, 20)), st='8 AM', et='11 AM', loc='Fire Station 33', addr='9645 Renton Ave S',
    type='Festival', desc='The guys from the Southwest Precinct are flipping pancakes with us this year!'))])

# ---------------------------------------------------------------- department words that are NOT a taking part
neg = [
    ('V201', P, D(9, 24), 'text_negative_name_or_team', dict(
        t='Fireside Chat with the Chief', st='6:30 PM', et='8 PM', loc='Garfield Community Center',
        addr='2323 E Cherry St', type='Community Meeting',
        desc='An informal evening conversation with the Chief of Police about neighborhood priorities.')),
    ('V202', CS, D(2, 4), 'text_negative_name_or_team', dict(
        t='Rosa Parks Day Story Hour', st='11am', et='noon', loc='Seattle Central Library', addr='1000 4th Ave',
        type='Youth Program', desc='Readings about Rosa Parks for families; hosted by our outreach staff.')),
    ('V203', P, D(8, 13), 'text_negative_name_or_team', dict(
        t='Youth Soccer Clinic with the Renton Rangers U10', st='5pm', et='6:30pm', loc='Ridgewood Elementary',
        addr='18030 162nd Pl SE, Renton', type='Youth Program',
        desc='Officers coach drills with the Renton Rangers youth soccer club.')),
    ('V204', PR, D(7, 17), 'text_negative_question_hedge', dict(
        t='Summer Camp Info Night', st='6pm', et='7pm', loc='Van Asselt Community Center', addr='2820 S Myrtle St',
        type='Recreation Program', desc='Is the FD bringing a truck this year? Still waiting to hear back.')),
    ('V205', PR, D(4, 4), 'text_negative_declined', dict(
        t='Egg Hunt - Jefferson Park', st='10 AM', et='noon', loc='Jefferson Park', addr='3801 Beacon Ave S',
        type='Festival', desc='Fire declined this year; no PD needed for a park this size.')),
    ('V206', F, D(11, 15), 'text_negative_question_hedge', dict(
        t='Smoke Alarm Blitz - South Park', st='9am', et='1pm', loc='South Park neighborhood',
        addr='8319 8th Ave S', type='Smoke Alarm Install', part='Police?')),
    ('V207', CS, D(12, 10), 'text_negative_question_hedge', dict(
        t='Community Listening Session', st='6 PM', et='7:30 PM', loc='Yesler Community Center',
        addr='917 E Yesler Way', type='Community Meeting',
        desc="Hoping the 911 folks can join us - nothing confirmed.")),
    ('V208', EC, D(4, 16), 'text_negative_name_or_team', dict(
        t='Dispatcher Appreciation Lunch', st='11:30am', et='1pm', loc='Seattle Central Library',
        addr='1000 4th Ave', type='Other', desc='Thank-you lunch for our telecommunicators, sponsored by the Police Guild.')),
    ('V209', P, D(3, 19), 'text_negative_name_or_team', dict(
        t='Catalytic Converter Etching with Det. Chris Parks', st='4pm', et='6pm', loc='North Precinct',
        addr='10049 College Way N', type='Safety Education')),
    ('V210', PR, D(7, 25), 'text_negative_name_or_team', dict(
        t='Firefly Night Hike', st='8:30 PM', et='10 PM', loc='Lake Wilderness Lodge',
        addr='22500 SE 248th Street, Maple Valley', type='Recreation Program')),
    ('V211', F, D(1, 28), 'text_negative_declined', dict(
        t='Fire Extinguisher Training', st='6pm', et='7pm', loc='Fire Station 2', addr='2320 4th Ave',
        type='Safety Education', desc='Last year PD co-hosted this; this year it is Fire only.')),
    ('V212', CS, D(3, 25), 'text_negative_declined', dict(
        t='Crisis Line Volunteer Training', st='9am', et='4pm', loc='Yesler Community Center',
        addr='917 E Yesler Way', type='Other', desc='Not affiliated with the 911 center - these calls go to 988.')),
    ('V213', EM, D(10, 4), 'text_negative_name_or_team', dict(
        t='CERT Basic Training Session 1', st='9am', et='3pm', loc='Lake City Community Center',
        addr='12531 28th Ave NE', type='Safety Education',
        desc='Instructor: Sam Lee, retired firefighter and longtime CERT volunteer.')),
    ('V214', P, D(11, 19), 'text_negative_name_or_team', dict(
        t='Police Explorers Monthly Meeting', st='6 PM', et='7:30 PM', loc='Southwest Precinct',
        addr='2300 SW Webster St', type='Youth Program',
        desc='Explorers will tour the fire academy next month.')),
    ('V215', PR, D(6, 13), 'text_negative_declined', dict(
        t='Juneteenth Family Picnic', st='noon', et='4pm', loc='Judkins Park', addr='2150 S Norman St',
        type='Festival', part='Police (pending)')),
    ('V216', P, D(12, 13), 'text_negative_declined', dict(
        t='Shop with a Cop', st='8 AM', et='11 AM', loc='Target Northgate', addr='302 NE Northgate Way',
        type='Youth Program', part='FD - not needed this year')),
    ('V217', F, D(6, 17), 'text_negative_question_hedge', dict(
        t='Wildfire Smoke Ready Talk', st='6:30pm', et='7:30pm', loc='Hiawatha Community Center',
        addr='2700 California Ave SW', type='Safety Education',
        desc='Maybe the emergency mgmt office can send someone? Will ask.')),
    ('V218', PR, D(8, 30), 'text_negative_name_or_team', dict(
        t='Seattle Fire FC Youth Watch Party', st='5pm', et='8pm', loc='Cal Anderson Park',
        addr='1635 11th Ave', type='Recreation Program',
        desc='Outdoor screening of the Fire FC youth academy final; bring a blanket.')),
]
for key, tab, date, fam, r in neg:
    r.setdefault('d', us(date))
    ev(key, fam, date, [tab], [(tab, r)],
       note=('debatable: union sponsor, not the department' if key == 'V208' else
             'debatable: retired firefighter as CERT instructor' if key == 'V213' else None))

# ---------------------------------------------------------------- titles differ per department (drop-bys / parts)
ev('V301', 'titles_differ_dropby', D(8, 16), [PR, F, P], [
    (PR, dict(t='Rainier Beach Summer Fest', d=us(D(8, 16)), st='12:00 PM', et='5:00 PM',
              loc='Rainier Beach Community Center', addr='8825 Rainier Ave S', type='Festival')),
    (F, dict(id='F-26-0112', t='Engine 33 visit', d=iso(D(8, 16)), st='1pm', et='2pm', loc='Rainier Beach Community Ctr',
             type='Other', lead='Fire Dept')),
    (P, dict(t='Recruiting table', d=txt(D(8, 16)), st='12pm', et='4pm', addr='8825 Rainier Ave. South',
             type='Other', desc='Recruiting at the Summer Fest'))])
ev('V302', 'titles_differ_dropby', D(9, 20), [CS, P, EC], [
    (CS, dict(id='CS26-041', t='Othello Night Market', d=us(D(9, 20)), st='6pm', et='10pm', loc='Othello Park',
              addr='4351 S Othello St', type='Festival')),
    (P, dict(t='Foot patrol - night mkt', d=us(D(9, 20)), st='1800', et='2200', loc='Othello Pk', type='Other',
             vis='Internal', notes='2 officers, overtime')),
    (EC, dict(t='Text-to-911 info table', d=us(D(9, 20)), st='7pm', et='9pm',
              loc='Othello Park, 4351 S Othello St', type='Safety Education'))],
   note='Police row is an internal staffing row for a public event')
ev('V303', 'titles_differ_dropby', D(10, 18), [EM, PR], [
    (EM, dict(t='Ready Ballard Preparedness Fair', d=us(D(10, 18)), st='10am', et='2pm', loc='Ballard Commons Park',
              addr='5701 22nd Avenue NW', type='Festival')),
    (PR, dict(t='Kids zone & bounce house', d=us(D(10, 18)), st='10 AM', et='2 PM', loc='Ballard Commons',
              type='Recreation Program'))])
ev('V304', 'titles_differ_dropby', D(7, 19), [PR, F], [
    (PR, dict(t='Hiawatha Neighborhood Block Party', d=us(D(7, 19)), st='5pm', et='8pm',
              loc='Hiawatha Playfield', addr='2700 California Ave SW', type='Festival')),
    (F, dict(t='Ladder 11 walk-through @ 2700 California SW', d=us(D(7, 19)), st='6:15pm', et='6:45pm',
             type='Other'))])
ev('V305', 'titles_differ_dropby', D(5, 16), [PR, EC, CS], [
    (PR, dict(t='Canine Field Day', d=us(D(5, 16)), st='9 AM', et='1 PM', loc='Magnuson Park Off-Leash Area',
              addr='7400 Sand Point Way NE', type='Recreation Program')),
    (EC, dict(t='Pet-owner Smart911 sign-ups', d=us(D(5, 16)), st='10:00', et='12:00', loc='Magnuson Park',
              type='Safety Education')),
    (CS, dict(id='CS26-118', t='HEART outreach tent', d=us(D(5, 16)), st='9:30am', et='12:30pm',
              loc='Magnuson Pk (dog park)', type='Other'))])

# ---------------------------------------------------------------- dates and times typed oddly
ev('V401', 'dates_times_odd', D(9, 13), [P, PR], [
    (P, dict(t='Bike Safety Rodeo', d=wdus(D(9, 13)), st='10a-1p', loc='Delridge Playfield',
             addr='4458 Delridge Way SW', type='Youth Program')),
    (PR, dict(t='Bike Rodeo', d='September 13th', st='10:00-13:00', loc='Delridge Playfield',
              type='Youth Program'))], note='Parks date typed as "September 13th" (no year)')
ev('V402', 'dates_times_odd', D(10, 16), [F, CS], [
    (F, dict(id='F-26-0230', t='Home Fire Safety Visits - Yesler Terrace', d=serial(D(10, 16)), st='9am', et='noon',
             loc='Yesler Community Center', addr='917 E Yesler Way', type='Smoke Alarm Install')),
    (CS, dict(id='CS26-066', t='Home fire safety visits (Yesler Terrace)', d=str(serial(D(10, 16))), st='9:00 AM',
              et='12:00 PM', loc='Yesler CC', type='Smoke Alarm Install'))],
   note='Excel serial typed as a number (Fire) and as text (CS)')
ev('V403', 'dates_times_odd', D(10, 24), [EC, EM], [
    (EC, dict(t='Power Outage Preparedness Talk', d=f"Thursday {us(D(10, 24))}", st='6pm', et='7pm',
              loc='Northgate Community Center', addr='10510 5th Ave NE', type='Safety Education')),
    (EM, dict(t='Power outage prep talk', d=txt(D(10, 24)), st='6:00 PM', et='7:00 PM',
              loc='Northgate CC', type='Safety Education'))], note='10/24/2025 is a Friday; the weekday is wrong')
ev('V404', 'dates_times_odd', D(11, 8), [PR, P], [
    (PR, dict(t='Veterans Day Community Lunch', d='8 Nov 2025', st='noon-ish', et='2pm',
              loc='Garfield Community Center', addr='2323 E Cherry St', type='Festival')),
    (P, dict(t='Veterans Day Community Lunch', d=us(D(11, 8)), st='12:00 PM', et='2:00 PM',
             loc='Garfield CC', type='Festival'))])
ev('V405', 'dates_times_odd', D(12, 3), [F, EC], [
    (F, dict(t='Holiday Lights Fire Safety Demo', d=us(D(12, 3)), st='1830', et='2000', loc='Fire Station 2',
             addr='2320 4th Ave', type='Safety Education')),
    (EC, dict(t='Holiday Lights Fire Safety Demo', d=us(D(12, 3)), st='6:30 pm', et='8 pm',
              loc='Station 2, 2320 4th Ave', type='Safety Education'))])
ev('V406', 'dates_times_odd', D(1, 10), [CS, PR], [
    (CS, dict(t='Teen Late Night Kickoff', d=us(D(1, 10)), st='7-10pm', loc='Rainier Community Center',
              addr='4600 38th Ave S', type='Youth Program')),
    (PR, dict(t='Late Night kickoff (teens)', d='Jan. 10', st='19:00', et='22:00', loc='Rainier CC',
              type='Youth Program'))], note='Parks date typed without year')
ev('V407', 'dates_times_odd', D(2, 7), [P, EC], [
    (P, dict(t='Senior Scam Awareness', d='2026.02.07', st='10 in the morning', et='11:30', loc='Bitter Lake Community Center',
             addr='13035 Linden Ave N', type='Safety Education')),
    (EC, dict(t='Scam awareness for seniors', d=us(D(2, 7)), st='10:00 AM', et='11:30 AM', loc='Bitter Lake CC',
              type='Safety Education'))], note='Police typed date with dots and time in words')
ev('V408', 'dates_times_odd', D(3, 21), [EM, F], [
    (EM, dict(t='Spring Flood Sandbag Demo', d='03/21/26', st='9:00 AM', et='11:00 AM', loc='Lake Wilderness Lodge',
              addr='22500 SE 248th Street, Maple Valley', type='Safety Education')),
    (F, dict(t='Sandbagging demo', d=us(D(3, 21)), st='9 am', et='11 am', loc='Lake Wilderness Lodge',
             type='Safety Education'))])
ev('V409', 'dates_times_odd', D(4, 22), [P, CS], [
    (P, dict(t='Drug Take Back Day', d=us(D(4, 22)), st='10AM to 2PM', loc='North Precinct', addr='10049 College Way N',
             type='Other')),
    (CS, dict(t='Prescription Drug Take-Back', d=longd(D(4, 22)), st='10:00 AM', et='2:00 PM',
              addr='10049 College Way North', type='Other'))])

# ---------------------------------------------------------------- addresses written differently
ev('V501', 'address_variants', D(8, 6), [P, CS], [
    (P, dict(t='Delridge Safety Walk', d=us(D(8, 6)), st='6pm', et='7:30pm', loc='Delridge Community Center',
             addr='4501 Delridge Way SW', type='Community Meeting')),
    (CS, dict(t='Delridge safety walk', d=us(D(8, 6)), st='6pm', et='7:30pm',
              loc='4501 Delridge Wy S.W., Seattle WA 98106', type='Community Meeting'))])
ev('V502', 'address_variants', D(2, 19), [P, EC], [
    (P, dict(t='AFIS Presentation for SeaTac Explorers', d=us(D(2, 19)), st='10am', et='noon',
             loc='King County Courthouse, Room 1A-42', addr='516 Third Avenue', type='Youth Program')),
    (EC, dict(t='AFIS presentation - SeaTac Explorers', d=us(D(2, 19)), st='10am', et='12pm',
              loc='516 3rd Ave, Rm 1A-42', type='Youth Program'))])
ev('V503', 'address_variants', D(9, 6), [EM, PR], [
    (EM, dict(t='Lake Safety Day', d=us(D(9, 6)), st='11am', et='3pm', loc='Lake Wilderness Lodge',
              addr='22500 Southeast 248th St., Maple Valley, WA 98038', type='Safety Education')),
    (PR, dict(t='Lake Safety Day', d=us(D(9, 6)), st='11am', et='3pm', loc='Lake Wilderness Park',
              addr='22500 SE 248th Street', type='Safety Education'))])
ev('V504', 'address_variants', D(8, 23), [P, F], [
    (P, dict(t='Pioneer Square Community Picnic', d=us(D(8, 23)), st='4pm', et='7pm', loc='Occidental Square',
             addr='S Main Street and Occidental Avenue S', type='Festival')),
    (F, dict(t='Pioneer Sq community picnic', d=us(D(8, 23)), st='4pm', et='7pm',
             loc='Occidental Ave S & S Main St', type='Festival'))])
ev('V505', 'address_variants', D(7, 12), [P, PR], [
    (P, dict(t='East Precinct Community Picnic', d=us(D(7, 12)), st='1 PM', et='4 PM',
             loc='12th Avenue between Pike and Pine', type='Festival')),
    (PR, dict(t='East Precinct Picnic', d=us(D(7, 12)), st='1 PM', et='4 PM', loc='12th Ave & E Pike St',
              type='Festival'))])
ev('V506', 'address_variants', D(11, 22), [CS, PR], [
    (CS, dict(t='Thanksgiving Food Box Giveaway', d=us(D(11, 22)), st='10am', et='1pm', loc='Garfield Community Center',
              type='Other')),
    (PR, dict(t='Thanksgiving food box giveaway', d=us(D(11, 22)), st='10am', et='1pm', addr='2323 E Cherry St',
              type='Other'))], note='venue in one row, street address in the other (sheet elsewhere gives both)')
ev('V507', 'address_variants', D(1, 31), [EC, PR], [
    (EC, dict(t='Winter Safety Bingo', d=us(D(1, 31)), st='2pm', et='4pm', loc='98118', type='Recreation Program')),
    (PR, dict(t='Winter Safety Bingo', d=us(D(1, 31)), st='2pm', et='4pm', loc='Rainier Community Center',
              addr='4600 38th Ave S, Seattle 98118', type='Recreation Program'))], note='ZIP only as the place')
ev('V508', 'address_variants', D(6, 20), [PR, F], [
    (PR, dict(t='Green Lake Water Safety Day', d=us(D(6, 20)), st='11:00 AM', et='3:00 PM',
              loc='Green Lake Community Center', addr='7201 E Green Lake Dr N', type='Safety Education')),
    (F, dict(t='Water safety day - Green Lake', d=us(D(6, 20)), st='11 AM', et='3 PM', addr='7201 Green Lake Drive',
             type='Safety Education'))])
ev('V509', 'address_variants', D(3, 28), [EM, CS], [
    (EM, dict(t='Neighborhood Hub Drill', d=us(D(3, 28)), st='10am', et='1pm', loc='Magnuson Park Hangar 30',
              type='Safety Education')),
    (CS, dict(t='Hub drill', d=us(D(3, 28)), st='10am', et='1pm', loc='Hangar 30', addr='6310 NE 74th St, Suite 109E',
              type='Safety Education'))])
ev('V510', 'address_variants', D(5, 27), [P, F], [
    (P, dict(t='Fairwood Neighborhood Safety Fair', d=us(D(5, 27)), st='5pm', et='7pm', loc='Ridgewood Elementary',
             addr='18030 162nd Pl SE, Renton, WA 98058', type='Festival')),
    (F, dict(t='Fairwood Safety Fair', d=us(D(5, 27)), st='5pm', et='7pm', addr='18030 162nd Place Southeast',
             type='Festival'))])

# ---------------------------------------------------------------- multi-day events
ev('V601', 'multi_day', D(8, 2), [PR, P], [
    (PR, dict(t='Rainier Valley Heritage Festival', d=us(D(8, 2)), ed=us(D(8, 3)), st='10am', et='6pm',
              loc='Judkins Park', addr='2150 S Norman St', type='Festival')),
    (P, dict(t='Heritage Fest traffic detail - Day 1', d=us(D(8, 2)), st='9am', et='7pm', loc='Judkins Park',
             type='Other')),
    (P, dict(t='Heritage Fest traffic detail - Day 2', d=us(D(8, 3)), st='9am', et='7pm', loc='Judkins Park',
             type='Other'))])
ev('V602', 'multi_day', D(1, 20), [EM, EC], [
    (EM, dict(t='Regional Preparedness Expo', d=us(D(1, 20)), ed='Jan 22', st='9 AM', et='4 PM',
              loc='Seattle Central Library', addr='1000 4th Ave', type='Festival')),
    (EC, dict(t='Preparedness Expo - day 1', d=us(D(1, 20)), st='9am', et='4pm', loc='Central Library', type='Festival')),
    (EC, dict(t='Preparedness Expo - day 2', d=us(D(1, 21)), st='9am', et='4pm', loc='Central Library', type='Festival')),
    (EC, dict(t='Preparedness Expo - day 3', d=us(D(1, 22)), st='9am', et='4pm', loc='Central Library', type='Festival'))])
ev('V603', 'multi_day', D(5, 30), [PR, F], [
    (PR, dict(t='Magnuson Spring Camp-Out', d='5/30-5/31/2026', st='3pm', et='11am', loc='Magnuson Park',
              addr='7400 Sand Point Way NE', type='Recreation Program')),
    (F, dict(t='Camp-out fire pit safety', d=us(D(5, 30)), st='6pm', et='8pm', loc='Magnuson Park', type='Other')),
    (F, dict(t='Camp-out fire pit safety (Sun)', d=us(D(5, 31)), st='8am', et='9am', loc='Magnuson Park',
             type='Other'))], note='date range typed in one Start Date cell')

# ---------------------------------------------------------------- rain dates, varied wording
ev('V701', 'rain_date', D(8, 29), [PR, P], [
    (PR, dict(t='Movie in the Park (rain date from 8/22)', d=us(D(8, 29)), st='8pm', et='10pm',
              loc='Jefferson Park', addr='3801 Beacon Ave S', type='Recreation Program')),
    (P, dict(t='Movie in the Park', d=us(D(8, 22)), st='8pm', et='10pm', loc='Jefferson Park', type='Recreation Program',
             status='Postponed'))])
ev('V702', 'rain_date', D(9, 7), [P, PR], [
    (P, dict(t='Ice Cream Social - RAINED OUT, new date 9/7', d=us(D(8, 31)), st='2pm', et='4pm', loc='Othello Park',
             addr='4351 S Othello St', type='Festival')),
    (PR, dict(t='Ice Cream Social', d=us(D(9, 7)), st='2pm', et='4pm', loc='Othello Park', type='Festival'))])
ev('V703', 'rain_date', D(10, 25), [CS, F], [
    (CS, dict(t='Fall Harvest Safety Fair', d=us(D(10, 25)), st='11am', et='2pm', loc='Van Asselt Community Center',
              addr='2820 S Myrtle St', type='Festival', desc='Rain date Sun 10/26 if the weather is bad.')),
    (F, dict(t='Harvest safety fair - Engine 30', d=us(D(10, 25)), st='11am', et='1pm', loc='Van Asselt CC',
             type='Other'))], note='rain date is only a plan; event held on 10/25')
ev('V704', 'rain_date', D(6, 27), [F, EC], [
    (F, dict(t='Touch-a-Truck (weather: pushed to Sat 6/27)', d=us(D(6, 20)), st='10am', et='1pm',
             loc='Fire Station 33', addr='9645 Renton Ave S', type='Festival')),
    (EC, dict(t='Touch a Truck', d=us(D(6, 27)), st='10am', et='1pm', loc='Station 33', type='Festival'))])

# ---------------------------------------------------------------- double entries / event ids
ev('V801', 'double_entry', D(9, 30), [F], [
    (F, dict(id='F-26-0201', t='Smoke Alarm Install - Lake City', d=us(D(9, 30)), st='9am', et='1pm',
             loc='Lake City Community Center', addr='12531 28th Ave NE', type='Smoke Alarm Install')),
    (F, dict(id='F-26-0202', t='Smoke Alarm Instal - Lake City', d=us(D(9, 30)), st='9:00 AM', et='1:00 PM',
             loc='Lake City CC', type='Smoke Alarm Install'))])
ev('V802', 'double_entry', D(12, 17), [CS, F], [
    (CS, dict(id='CS26-090', t='Winter Warmth Clothing Drive', d=us(D(12, 17)), st='3pm', et='6pm',
              loc='Yesler Community Center', addr='917 E Yesler Way', type='Other', part='Fire')),
    (CS, dict(id='CS26-091', t='Winter Warmth Clothing Drive', d=iso(D(12, 17)), st='3pm', et='6pm',
              loc='Yesler Community Center', type='Other', part='Fire')),
    (F, dict(id='F-26-0377', t='Winter warmth drive', d=us(D(12, 17)), st='3pm', et='6pm', loc='Yesler CC',
             type='Other'))])
ev('V803', 'double_entry', D(4, 11), [PR], [
    (PR, dict(t='Spring Cleanup at Alki', d=us(D(4, 11)), st='9am', et='noon', loc='Alki Beach Park',
              addr='1702 Alki Ave SW', type='Other')),
    (PR, dict(t='Spring Clean-up at Alki', d=us(D(4, 11)), st='9:30am', et='12pm', loc='Alki Beach',
              type='Other'))])

# ---------------------------------------------------------------- cancellations
ev('V901', 'cancelled_varied', D(7, 30), [PR, P], [
    (PR, dict(t='CANCELED - Alki Beach Bonfire Night', d=us(D(7, 30)), st='7pm', et='10pm', loc='Alki Beach Park',
              addr='1702 Alki Ave SW', type='Recreation Program')),
    (P, dict(t='Alki bonfire night', d=us(D(7, 30)), st='7pm', et='10pm', loc='Alki Beach', type='Recreation Program',
             status='Called off'))], cancelled=True)
ev('V902', 'cancelled_varied', D(11, 29), [P], [
    (P, dict(t='Winter Coat Drive (called off - no volunteers)', d=us(D(11, 29)), st='10am', et='2pm',
             loc='Southwest Precinct', addr='2300 SW Webster St', type='Other'))], cancelled=True)
ev('V903', 'cancelled_varied', D(5, 23), [PR, F], [
    (PR, dict(t='Canceled: Disc Golf Safety Day', d=us(D(5, 23)), st='10am', et='2pm', loc='Jefferson Park',
              addr='3801 Beacon Ave S', type='Recreation Program')),
    (F, dict(t='Disc golf safety day - Engine 13', d=us(D(5, 23)), st='11am', et='noon', loc='Jefferson Park',
             type='Other'))], cancelled=True, note='debatable: only the host marked it cancelled')
ev('V904', 'cancelled_varied', D(1, 17), [EC], [
    (EC, dict(t='911 Kids Camp *** CANCELLED ***', d=us(D(1, 17)), st='9am', et='noon',
              loc='Northgate Community Center', addr='10510 5th Ave NE', type='Youth Program'))], cancelled=True)

# ---------------------------------------------------------------- all-day vs timed
ev('V1001', 'all_day_vs_timed', D(9, 11), [EM, P, F, EC], [
    (EM, dict(t='9/11 Remembrance & Preparedness Day', d=us(D(9, 11)), st='All Day', loc='Westlake Park',
              addr='401 Pine St', type='Safety Education', part='Police, Fire, 911')),
    (F, dict(t='9/11 Remembrance', d=us(D(9, 11)), st='8:30am', et='10am', loc='Westlake Park', type='Other'))])
ev('V1002', 'all_day_vs_timed', D(3, 7), [PR, CS], [
    (PR, dict(t='Rec Center Open House', d=us(D(3, 7)), loc='Miller Community Center', addr='330 19th Ave E',
              type='Open House')),
    (CS, dict(t='Open house - Miller CC', d=us(D(3, 7)), st='11 AM', et='3 PM', loc='Miller CC', type='Open House'))])

# ---------------------------------------------------------------- same place / same title, different events (stay apart)
ev('V1101', 'same_place_different_events', D(11, 6), [CS], [
    (CS, dict(t='Youth Violence Prevention Circle', d=us(D(11, 6)), st='6pm', et='8pm',
              loc='Garfield Community Center, Room 2', addr='2323 E Cherry St', type='Youth Program'))])
ev('V1102', 'same_place_different_events', D(11, 6), [PR], [
    (PR, dict(t='Teen Open Gym Night', d=us(D(11, 6)), st='6pm', et='9pm', loc='Garfield Community Center Gym',
              addr='2323 E Cherry St', type='Recreation Program'))])
ev('V1103', 'same_title_different_place', D(10, 1), [P], [
    (P, dict(t='Coffee with a Cop', d=us(D(10, 1)), st='8am', et='9:30am', loc='Starbucks Ballard',
             addr='5300 Ballard Ave NW', type='Community Meeting'))])
ev('V1104', 'same_title_different_place', D(10, 1), [P], [
    (P, dict(t='Coffee with a Cop', d=us(D(10, 1)), st='8am', et='9:30am', loc='Starbucks Columbia City',
             addr='4901 Rainier Ave S', type='Community Meeting'))])
ev('V1105', 'same_title_different_place', D(2, 14), [F], [
    (F, dict(t='Smoke Alarm Installs', d=us(D(2, 14)), st='9am', et='1pm', loc='South Park',
             addr='8319 8th Ave S', type='Smoke Alarm Install'))])
ev('V1106', 'same_title_different_place', D(2, 14), [F, CS], [
    (F, dict(t='Smoke Alarm Installs', d=us(D(2, 14)), st='9am', et='1pm', loc='Lake City',
             addr='12531 28th Ave NE', type='Smoke Alarm Install', part='Community Safety'))])

# ---------------------------------------------------------------- National Night Out (Aug 5 2025)
NNO = D(8, 5)
parties = [
    ('V1201', '1220 NE 80th St', 'NE 80th Street Block Party'),
    ('V1202', '1220 NW 80th St', 'NW 80th St NNO'),
    ('V1203', '4712 S Holly St', 'Holly St Night Out'),
    ('V1204', '4716 S Holly St', 'Holly Street NNO Potluck'),
    ('V1205', '2310 NW 64th St', 'Sunset Hill NNO'),
    ('V1206', '3400 Beacon Ave S', 'Beacon Hill Night Out'),
    ('V1207', '6012 37th Ave SW', 'Fauntleroy Block Party'),
    ('V1208', '8512 Dayton Ave N', 'Greenwood NNO Gathering'),
    ('V1209', '1533 E Madison St', 'Madison Valley Night Out'),
    ('V1210', '10210 Wallingford Ave N', 'Licton Springs Block Party'),
]
visits = {
    'V1202': (F, dict(t='Engine 18 visit', d=us(NNO), st='7:15pm', et='7:45pm', loc='1220 NW 80th Street',
                      type='National Night Out')),
    'V1204': (F, dict(t='Medic 28 stop @ 4716 S Holly', d=us(NNO), st='6:30 PM', et='7 PM',
                      type='National Night Out')),
    'V1206': (F, dict(t='Engine 13 drop-by - Beacon Hill party', d=us(NNO), st='7pm', et='7:30pm',
                      loc='Beacon Ave S & S Spokane St', type='National Night Out')),
    'V1209': (EC, dict(t='Dispatch meet & greet', d=us(NNO), st='6:45pm', et='7:15pm', loc='Madison Valley',
                       type='National Night Out')),
    'V1208': (PR, dict(t='Rec staff games table - Greenwood', d=us(NNO), st='6pm', et='8pm',
                       addr='8512 Dayton Ave. North', type='National Night Out')),
}
for key, addr, title in parties:
    rows = [(P, dict(t=title, d=us(NNO) if key[-1] in '13579' else cell(NNO), st='6pm', et='9pm', addr=addr,
                     type='National Night Out'))]
    depts = [P]
    fam = 'nno_party'
    if key in visits:
        rows.append(visits[key])
        depts.append(visits[key][0])
        fam = 'nno_dropby'
    ev(key, fam, NNO, depts, rows,
       note=('twin address: same number on NE/NW 80th; Fire visits NW only' if key in ('V1201', 'V1202') else
             'next-door houses; medic visits 4716' if key in ('V1203', 'V1204') else
             'drop-by named by cross street' if key == 'V1206' else
             'drop-by named by neighbourhood only' if key == 'V1209' else None))

# ---------------------------------------------------------------- Spanish-only title
ev('V1301', 'spanish_title', D(6, 10), [PR, CS], [
    (PR, dict(t='Family Health & Safety Fair', d=us(D(6, 10)), st='4pm', et='7pm', loc='South Park Community Center',
              addr='8319 8th Ave S', type='Festival')),
    (CS, dict(id='CS26-140', es='Feria Familiar de Salud y Seguridad', t='Feria Familiar de Salud y Seguridad',
              d=us(D(6, 10)), st='4pm', et='7pm', loc='South Park CC', type='Festival', lang='Spanish'))])

# ---------------------------------------------------------------- all-department flagships
ev('V1401', 'all_department', D(8, 2 + 28), [P, F, CS, EC, EM, PR], [  # Aug 30 -> fixed below
], note=None)
EVENTS.pop()
ev('V1401', 'all_department', D(9, 27 - 1), [P, F, CS, EC, EM, PR], [
    (PR, dict(id='PR-26-014', t='Public Safety Day at Seattle Center', d=us(D(9, 26)), st='10am', et='4pm',
              loc='Seattle Center Fisher Pavilion', addr='305 Harrison St', type='Festival')),
    (P, dict(t='Public Safety Day - K9 demo', d=us(D(9, 26)), st='11am', et='11:45am', loc='Fisher Pavilion',
             type='Other')),
    (F, dict(id='F-26-0260', t='Public Safety Day', d=txt(D(9, 26)), st='10 AM', et='4 PM',
             loc='Seattle Ctr - Fisher Pavilion', type='Festival')),
    (CS, dict(id='CS26-060', t='Public Safety Day - HEART booth', d=us(D(9, 26)), st='10am', et='3pm',
              loc='Fisher Pavilion, 305 Harrison Street', type='Other')),
    (EC, dict(t='911 Safety Day kiosk', d=us(D(9, 26)), st='All day', loc='Seattle Center', type='Other')),
], note='EM takes part only through an accepted assistance offer on PR-26-014')
ASSIST.append(('PR-26-014', 'OEM', 'Go-kit giveaway table and 4 CERT volunteers', 'Accepted'))
ASSIST.append(('PR-26-014', 'Police', 'Extra bike officers', 'Declined'))
ev('V1402', 'all_department', D(4, 30), [P, F, CS, EC, EM, PR], [
    (EM, dict(t='Cascadia Ready Community Day', d=us(D(4, 30)), st='4pm', et='8pm', loc='Rainier Beach Community Center',
              addr='8825 Rainier Ave S', type='Festival',
              part='All departments')),
    (PR, dict(t='Cascadia Ready day (RBCC gym)', d=us(D(4, 30)), st='3pm', et='8pm', loc='Rainier Beach CC',
              type='Festival', vis='Internal', notes='setup from 3')),
])
ev('V1403', 'all_department', D(12, 11), [P, F, CS, EC, EM, PR], [
    (P, dict(t='Holiday Toy Drive Kickoff', d=us(D(12, 11)), st='5:30 PM', et='7:30 PM', loc='Westlake Park',
             addr='401 Pine St', type='Festival',
             desc='With the fire dept, HEART, our 911 dispatchers, the emergency mgmt team and Parks & Rec '
                  'all collecting toys.'))], note='all partners only in description as a list')

# ---------------------------------------------------------------- invalid rows
INVALID.append((PR, dict(t='', d=us(D(9, 3)), st='5pm', loc='Judkins Park', type='Other')))
INVALID.append((P, dict(t='Bike patrol ride-along info', d='TBD', st='6pm', loc='North Precinct', type='Other')))


# ---------------------------------------------------------------- write workbook
def header_for(tab):
    if tab == EC:
        return EC_HDR
    h = list(STD)
    if tab == CS:
        h.append('Title (Spanish)')
    return h


def main():
    rng = random.Random(43)
    pertab = defaultdict(list)
    for e in EVENTS:
        for tab, r in e['rows']:
            pertab[tab].append((e['key'], r, 'yes'))
    for tab, r in INVALID:
        r.setdefault('vis', 'Public')
        pertab[tab].append(('INVALID', r, 'no'))
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth = []
    for tab in TABS:
        ws = wb.create_sheet(tab)
        hdr = header_for(tab)
        ws.append(hdr)
        rows = pertab[tab]
        rng.shuffle(rows)
        for i, (key, r, valid) in enumerate(rows, start=2):
            vals = {}
            for k, v in r.items():
                if k == 'lang':
                    vals['Language'] = v
                    continue
                vals[KEYMAP[k]] = v
            vals.setdefault('Audience', 'All ages')
            out = []
            for col_i, col in enumerate(STD if tab != EC else STD):
                out.append(vals.get(col))
            if tab == CS:
                out.append(vals.get('Title (Spanish)'))
            ws.append(out)
            c = ws.cell(row=i, column=3)
            if isinstance(c.value, dt.datetime):
                c.number_format = 'yyyy-mm-dd'
            truth.append((tab, i, key if valid == 'yes' else '', valid))
    wa = wb.create_sheet('Assistance Offers')
    wa.append(['Event UID or Event ID', 'Offering Department', 'What We Can Bring', 'Status'])
    for a in ASSIST:
        wa.append(list(a))
    wb.save(HERE / 'intake.xlsx')
    with open(HERE / 'truth.csv', 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['tab', 'row', 'event_key', 'valid'])
        for t in sorted(truth, key=lambda x: (x[2] or 'ZZ', x[0], x[1])):
            w.writerow(t)

    # expected figures
    def month(d): return f"{d.year}-{d.month:02d}"

    def fq(d):
        fy = d.year + 1 if d.month >= 7 else d.year
        q = (d.month - 7) % 12 // 3 + 1
        return f"FY{fy % 100:02d}-Q{q}"
    months = {f"{y}-{m:02d}": {"events": 0, "joint_events": 0}
              for y, m in [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 7)]}
    quarters = {f"FY26-Q{q}": {"events": 0, "joint_events": 0, "all_department_events": 0} for q in range(1, 5)}
    for e in EVENTS:
        if e['cancelled']:
            continue
        j = len(e['depts']) >= 2
        months[month(e['date'])]['events'] += 1
        months[month(e['date'])]['joint_events'] += j
        q = quarters[fq(e['date'])]
        q['events'] += 1
        q['joint_events'] += j
        q['all_department_events'] += set(e['depts']) >= set(ALL6)
    fams = defaultdict(list)
    for e in EVENTS:
        fams[e['family']].append(e)
    families = {}
    for f, es in sorted(fams.items()):
        nrows = sum(len(e['rows']) for e in es)
        npairs = sum(len(e['rows']) * (len(e['rows']) - 1) // 2 for e in es)
        families[f] = {"note": "; ".join(f"{e['key']}: {e['note']}" for e in es if e['note']),
                       "events": len(es), "rows": nrows, "pairs": npairs,
                       "joint_events": sum(1 for e in es if len(e['depts']) >= 2),
                       "event_keys": [e['key'] for e in es]}
    expected = {
        "flavour": "v43", "rows": sum(len(e['rows']) for e in EVENTS) + len(INVALID),
        "assistance_offer_rows": len(ASSIST), "invalid_rows": len(INVALID),
        "events": len(EVENTS), "joint_events": sum(1 for e in EVENTS if len(e['depts']) >= 2),
        "cancelled_events": sum(1 for e in EVENTS if e['cancelled']),
        # (an event shows on the public calendar when one of its rows is not Internal)
        "public_events": sum(any(r.get('vis') != 'Internal' for _, r in e['rows']) for e in EVENTS),
        "months": months, "fiscal_quarters": quarters, "calendar_sources": [],
        "event_departments": {e['key']: e['depts'] for e in EVENTS if len(e['depts']) >= 2},
        "event_family": {e['key']: e['family'] for e in EVENTS},
        "event_dates": {e['key']: e['date'].isoformat() for e in EVENTS},
        "notes": {e['key']: e['note'] for e in EVENTS if e['note']},
        "families": families,
    }
    (HERE / 'expected.json').write_text(json.dumps(expected, indent=1))
    print(f"rows {expected['rows']}, events {expected['events']}, joint {expected['joint_events']}, "
          f"cancelled {expected['cancelled_events']}, pairs "
          f"{sum(v['pairs'] for v in families.values())}")


if __name__ == '__main__':
    main()
