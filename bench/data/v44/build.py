#!/usr/bin/env python3
"""v44: a fresh labelled intake set (Durham NC / Bloomington IN / NYC-permit places), FY26.

Written by a third fresh helper on 2026-12-07 and measured as a held-out set before any fix
(see ``bench/cases.py``). Run: ``python bench/data/v44/build.py``.
Writes intake.xlsx, truth.csv, expected.json beside this file. Truth follows the
dedupe-dev2 conventions (multi-day = one event; rain date = one event on the new date;
free-text / unit partners count; double submission = one; accepted assistance offer counts).
"""
import csv, json
from collections import defaultdict
from pathlib import Path
import openpyxl

HERE = Path(__file__).resolve().parent
HEAD = ['Event ID', 'Title', 'Start Date', 'Start Time', 'End Date', 'End Time', 'Location', 'Address',
        'Lead Department', 'Partner Departments', 'Event Type', 'Description', 'Audience', 'Visibility',
        'Status', 'Assistance Wanted', 'Registration URL', 'Expected Attendance', 'Actual Attendance',
        'Language', 'Accessibility', 'Contact', 'Internal Notes', 'Repeats']
EC_HEAD = ['Event ID', 'Event Title', 'Event Date', 'Start Time', 'End', 'End Time', 'Place', 'Address',
           'Host Department', 'Partner Depts', 'Category', 'Description', 'Audience', 'Visibility', 'Status',
           'Assistance Wanted', 'Registration Link', 'Expected Attendance', 'Actual Attendance', 'Language',
           'Accessibility', 'Point of Contact', 'Staff Notes', 'Repeats']
PO, FI, CS, EC, EM, PR = ('Police', 'Fire', 'Community Safety', '911 Emergency Communications',
                          'Emergency Management', 'Parks and Recreation')
DEPT = {PO: 'Police', FI: 'Fire', CS: 'Community Safety', EC: 'Emergency Communications',
        EM: 'Emergency Management', PR: 'Parks and Recreation'}
TABS = [PO, FI, CS, EC, EM, PR]
KEYS = dict(id='Event ID', t='Title', d='Start Date', s='Start Time', ed='End Date', et='End Time',
            loc='Location', addr='Address', lead='Lead Department', p='Partner Departments', ty='Event Type',
            de='Description', vis='Visibility', st='Status', c='Contact', n='Internal Notes', rep='Repeats')

rows = {t: [] for t in TABS}
truth = []            # (tab,row,key,valid)
events = {}           # key -> dict(date, depts, cancelled, family, note)
families = defaultdict(lambda: {"note": "", "event_keys": []})


def R(tab, **f):
    f.setdefault('vis', 'Public'); f.setdefault('ty', 'Outreach')
    rows[tab].append(f)
    return (tab, len(rows[tab]) + 1)


def E(key, date, depts, fam, rws, cancelled=False, note=''):
    events[key] = dict(date=date, depts=sorted(set(depts)), cancelled=cancelled, family=fam, note=note)
    families[fam]["event_keys"].append(key)
    for tab, r in rws:
        truth.append((tab, r, key, 'yes'))


def BAD(tab, **f):
    tab, r = R(tab, **f)
    truth.append((tab, r, '', 'no'))


# ---------------- background single-department events ----------------
bg = [
    (PR, 'Daytime Yoga', '2025-07-09', '10:00 AM', '11:00 AM', 'I.R. Holmes, Sr. Recreation Center at Campus Hills', '2000 S Alston Ave'),
    (PR, 'Line Dance (PM)', '2025-11-05', '6:00 PM', '7:30 PM', 'Edison Johnson Recreation Center - Dance Room', '500 W Murray Ave'),
    (PR, 'Discovering West Point on the Eno: Historic Walking Tour', '2025-10-19', '2:00 PM', '3:30 PM', 'West Point on the Eno - McCown-Mangum House', '5101 N Roxboro St'),
    (PR, 'Fun Friday for Home Schoolers', '2026-01-16', '1:00 PM', '3:00 PM', 'W.D. Hill Recreation Center', '1308 Fayetteville St'),
    (PR, 'Giggles and Glaze', '2026-02-07', '10:00 AM', '12:00 PM', 'Edison Johnson Recreation Center', '500 W Murray Ave'),
    (PR, 'Sunset Spring Equinox Hike', '2026-03-20', '6:30 PM', '8:00 PM', 'Spruce Pine Lodge', '2235 Bahama Rd'),
    (PR, 'Bark in the Park', '2025-09-27', '9:00 AM', '12:00 PM', 'Bryan Park', '1001 S Henderson St'),
    (PR, 'Adoption Event at Karst Farm Park', '2026-05-02', '11:00 AM', '2:00 PM', 'Karst Farm Park', '2450 S Endwright Rd'),
    (PO, 'Identity Theft & Scams Seminar', '2025-07-17', '10:30 AM', '12:00 PM', 'Holton Career and Resource Center', '401 N Driver St'),
    (PO, 'Community Police Academy - Session 1', '2026-04-07', '6:00 PM', '9:00 PM', 'DPD Headquarters', '602 E Main St'),
    (PO, 'Bike Registration Day', '2025-08-23', '9:00 AM', '1:00 PM', 'Durham Station', '515 W Pettigrew St'),
    (PO, 'Business Crime Prevention Workshop', '2026-03-11', '8:30 AM', '10:00 AM', 'DPD Headquarters', '602 E Main St'),
    (FI, 'Remembering When - Falls & Fire Safety for Seniors', '2025-11-13', '10:00 AM', '11:30 AM', 'Durham Center for Senior Life', '406 Rigsbee Ave'),
    (FI, 'E.D.I.T.H. Home Escape Map Workshop', '2026-01-24', '11:00 AM', '12:00 PM', 'Fire Station 1', '139 E Morgan St'),
    (FI, 'Start Safe Preschool Visit', '2026-02-19', '9:30 AM', '10:30 AM', 'Eastway Elementary School (Cafeteria)', '610 N Alston Ave'),
    (CS, 'Care Navigation Info Session', '2025-09-16', '5:30 PM', '7:00 PM', 'Holton Career and Resource Center', '401 N Driver St'),
    (CS, 'Disparity Study Community Forum', '2026-03-03', '6:00 PM', '8:00 PM', 'Holton Career and Resource Center', '401 N Driver St'),
    (EC, 'Text-to-911 Demo for Deaf & Hard of Hearing Residents', '2025-10-22', '4:00 PM', '5:30 PM', 'Durham County Main Library', '300 N Roxboro St'),
    (EC, 'Dispatcher Career Info Night', '2026-05-13', '6:00 PM', '7:30 PM', 'Holton Career and Resource Center', '401 N Driver St'),
    (EM, 'Winter Weather Readiness Briefing', '2025-12-03', '6:00 PM', '7:00 PM', 'Durham County Main Library', '300 N Roxboro St'),
    (EM, 'Flood Insurance 101', '2026-04-29', '6:00 PM', '7:30 PM', 'South Regional Library', '4505 S Alston Ave'),
    (EM, 'CERT Refresher Drill', '2025-08-16', '9:00 AM', '12:00 PM', 'Spruce Pine Lodge', '2235 Bahama Rd'),
]
for i, (tab, t, d, s, e, loc, addr) in enumerate(bg):
    k = f'BG{i:02d}'
    E(k, d, [DEPT[tab]], 'background_single', [R(tab, t=t, d=d, s=s, et=e, loc=loc, addr=addr, lead=DEPT[tab])])
# internal single
E('BG90', '2025-10-06', ['Fire'], 'background_single',
  [R(FI, t='Internal: Captains Staffing Meeting', d='2025-10-06', s='7:30 AM', et='8:30 AM', loc='Fire Station 1', addr='139 E Morgan St',
     lead='Fire', vis='Internal', c='B/C Harris 919-555-0142', n='Staff only')])

# ---------------- weekly class with one guest visit (Parks Daytime Yoga, 4 weeks; CS guest week 3) -------
for w, d in enumerate(['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25']):
    rr = [R(PR, t='Daytime Yoga', d=d, s='10:00 AM', et='11:00 AM', loc='I.R. Holmes Sr. Rec Center - Multi Purpose Room',
            addr='2000 S Alston Ave', lead='Parks and Recreation', ty='Recreation Program')]
    deps = ['Parks and Recreation']
    if w == 2:
        rr.append(R(CS, t='Stress & crisis resources mini-talk', d='3/18/26', s='10:15', et='10:45', loc='Campus Hills rec center',
                    lead='Community Safety', de='Care navigator drops in to the morning yoga group'))
        deps.append('Community Safety')
    E(f'YOGA{w}', d, deps, 'weekly_class_guest_visit', rr)

# ---------------- different titles per department ----------------
E('J01', '2026-05-16', ['Parks and Recreation', 'Police', 'Fire'], 'different_titles_per_department', [
    R(PR, t='Bimbe Cultural Arts Festival', d='2026-05-16', s='11:00 AM', et='6:00 PM', loc='Rock Quarry Park', addr='701 Stadium Drive',
      lead='Parks and Recreation', ty='Festival'),
    R(PO, t='Traffic & safety booth - Bimbe', d='5/16/2026', s='12pm', et='5pm', loc='Rock Quarry Pk', addr='701 Stadium Dr',
      lead='DPD'),
    R(FI, id='F-26-0311', t='Engine 6 static display', d='Sat May 16 2026', s='1:00 PM', et='3:00 PM', addr='701 Stadium Drive, Durham NC 27704',
      lead='Fire'),
])
E('J02', '2025-09-20', ['Parks and Recreation', 'Emergency Communications'], 'different_titles_per_department', [
    R(PR, t='Blooming Neighborhoods Celebration', d='2025-09-20', s='2:00 PM', et='6:00 PM', loc='Switchyard Park', addr='1601 S Rogers St',
      lead='Parks and Recreation', ty='Festival'),
    R(EC, t='Text-to-911 info table', d='Sept 20, 2025', s='3 PM', et='5 PM', loc='Switchyard Park Pavilion', lead='911 Center'),
])

# ---------------- partners in free text, many ways ----------------
E('P01', '2025-10-01', ['Police', 'Parks and Recreation'], 'partner_free_text', [
    R(PO, t='Coffee with a Cop', d='10/1/2025', s='8:00 AM', et='10:00 AM', loc='Beyu Caffe', addr='341 W Main St', lead='Police',
      de="Parks folks joining us w/ free kids' activity kits")])
E('P02', '2026-04-20', ['Community Safety', 'Emergency Communications'], 'partner_free_text', [
    R(CS, id='CS26-0412', t='HEART Open House', d='April 20, 2026', s='4:00 PM', et='7:00 PM', loc='Community Safety Dept. offices',
      addr='807 E Main St', lead='DCSD', de='911 telecommunicators will give tours of the call-diversion desk.')])
E('P03', '2026-03-14', ['Fire'], 'partner_free_text_negated', [
    R(FI, id='F-26-0208', t='Sound the Alarm - free smoke alarm installs', d='3/14/2026', s='9:00 AM', et='2:00 PM', loc='Walltown neighborhood',
      addr='1308 W Club Blvd', lead='Fire', de='With the American Red Cross. Police were invited but declined this year.')])
E('P04', '2025-11-08', ['Parks and Recreation'], 'partner_free_text_negated', [
    R(PR, t='Weekend Nature Walk', d='11/8/2025', s='9:00 AM', et='10:30 AM', loc='West Point on the Eno', addr='5101 N Roxboro St',
      lead='Parks and Recreation', de='Maybe Emergency Management will bring a CERT go-bag demo? not confirmed')],
  note='debatable: hedge/question, labelled NOT joint')
E('P05', '2026-05-21', ['Police'], 'partner_free_text_negated', [
    R(PO, t='Community Police Academy Graduation', d='2026-05-21', s='6:00 PM', et='7:30 PM', loc='DPD Headquarters', addr='602 E Main St',
      lead='Police', de='No fire dept. this year (they had a conflict).')])
E('P06', '2026-04-04', ['Parks and Recreation'], 'partner_free_text_negated', [
    R(PR, t='Egg Hunt - Campus Hills Park', d='4/4/2026', s='10:00 AM', et='12:00 PM', loc='Campus Hills Park', addr='2000 S Alston Ave',
      lead='Parks and Recreation', de='Fire Dept not attending (staffing). Police TBD?')],
  note='debatable: "Police TBD?" labelled NOT joint')
E('P07', '2026-03-26', ['Community Safety', 'Police', 'Parks and Recreation'], 'partner_free_text', [
    R(CS, id='CS26-0377', t='City-County Community Conversation on Violence Reduction Plan (w/ DPD + P&R)', d='3/26/2026', s='6:00 PM',
      et='8:00 PM', loc='Holton Career & Resource Center', addr='401 N. Driver Street', lead='Community Safety')])
E('P08', '2025-07-29', ['Emergency Management', 'Fire', 'Police', 'Emergency Communications'], 'partner_abbreviations', [
    R(EM, t='Hurricane Season Prep Workshop', d='7/29/2025', s='6:00 PM', et='8:00 PM', loc='Durham County Main Library', addr='300 N Roxboro St',
      lead='Emergency Management', p='FD, PD, dispatch')])
E('P09', '2025-08-12', ['Police', 'Fire', 'Parks and Recreation'], 'partner_misspelled', [
    R(PO, t='Back to School Bash', d='8/12/2025', s='4:00 PM', et='7:00 PM', loc='W.D. Hill Recreation Center', addr='1308 Fayetteville St',
      lead='Police', p='Fire Deparment, Parks and Recration')])
E('P10', '2025-10-28', ['Police', 'Community Safety', 'Emergency Communications'], 'partner_units_nicknames', [
    R(PO, t='Crisis Response in the Bull City: Town Hall', d='Oct 28 2025', s='6:30 PM', et='8:00 PM', loc='Holton Career and Resource Center',
      addr='401 N Driver St', lead='DPD', p='HEART team; DECC')])
E('P11', '2026-04-11', ['Parks and Recreation', 'Emergency Management', 'Fire'], 'partner_list_and', [
    R(PR, t='Durham Creek Week Cleanup', d='4/11/2026', s='9:00 AM', et='12:00 PM', loc='Ellerbe Creek Trail', addr='Ellerbe Creek Trail at Club Blvd',
      lead='Parks and Recreation', p='Emergency Mgmt and Fire')])
E('P12', '2026-01-20', ['Police'], 'partner_none_words', [
    R(PO, t='Neighborhood Watch Kickoff - Old West Durham', d='1/20/2026', s='7:00 PM', et='8:00 PM', loc='Lyon Park Community Center',
      addr='1309 Halley St', lead='Police', p='N/A')])
E('P13', '2025-10-18', ['Fire'], 'partner_none_words', [
    R(FI, id='F-26-0150', t='Station 1 Open House', d='10/18/2025', s='10:00 AM', et='2:00 PM', loc='Fire Station 1', addr='139 E Morgan St',
      lead='Fire', p='none (Police unable)')],
  note='debatable-ish: "none (Police unable)" labelled NOT joint')
E('P14', '2025-11-14', ['Parks and Recreation', 'Police'], 'partner_person_title', [
    R(PR, t='Home School Open Gym', d='11/14/2025', s='10:00 AM', et='12:00 PM', loc='I.R. Holmes, Sr. Recreation Center - Gymnasium',
      addr='2000 S Alston Ave', lead='Parks and Recreation', de='Officer Jenkins (DPD Community Resource Unit) stopping by ~11 to shoot hoops w/ kids')])
E('P15', '2025-11-20', ['Fire'], 'partner_free_text_negated', [
    R(FI, t='Remembering When - Senior Center visit', d='11/20/2025', s='1:00 PM', et='2:00 PM', loc='Durham Center for Senior Life',
      addr='406 Rigsbee Ave', lead='Fire', p='Police?')],
  note='debatable: Partner column "Police?" (question) labelled NOT joint')
E('P16', '2025-09-09', ['Emergency Communications', 'Fire', 'Police'], 'units_instead_of_departments', [
    R(EC, t='911 Center Tour + Truck Visit for Cub Scouts', d='9/9/2025', s='6:00 PM', et='7:30 PM', loc='Durham Emergency Communications Center',
      addr='2008 E Club Blvd', lead='DECC', p='Ladder 4, Beat 212')])

# ---------------- department words inside names of people / teams (NOT joint) ----------------
E('N01', '2025-12-01', ['Community Safety'], 'dept_word_in_name', [
    R(CS, t='Rosa Parks Day Community Breakfast', d='12/1/2025', s='8:00 AM', et='9:30 AM', loc='Holton Career and Resource Center',
      addr='401 N Driver St', lead='Community Safety', de='Remembering Rosa Parks; breakfast and a talk on community safety.')])
E('N02', '2026-02-12', ['Police'], 'dept_word_in_name', [
    R(PO, t='PAL Hoops Night vs. Durham Firebirds AAU', d='2/12/2026', s='6:00 PM', et='8:00 PM', loc='Walltown Park Recreation Center',
      addr='1308 W Club Blvd', lead='Police', de='Firebirds AAU coaches run drills with PAL kids')])
E('N03', '2025-10-31', ['Parks and Recreation'], 'dept_word_in_name', [
    R(PR, t='"Emergency Exit" Teen Escape Room Night', d='10/31/2025', s='6:00 PM', et='9:00 PM', loc='Edison Johnson Recreation Center',
      addr='500 W Murray Ave', lead='Parks and Recreation', de='Halloween escape-room theme night; volunteers from the Fire Dancers of Durham troupe perform.')])

# ---------------- time styles and setup time ----------------
E('T01', '2025-08-05', ['Police', 'Fire'], 'time_styles', [
    R(PO, t='National Night Out Kickoff Rally', d='8/5/2025', s='5:30-8:30 PM', loc='Durham Central Park', addr='501 Foster St', lead='Police',
      ty='National Night Out'),
    R(FI, t='NNO kickoff rally', d='Tue Aug 5', s='17:30ish', et='8:30p', addr='501 Foster St.', lead='Fire', ty='National Night Out'),
])
E('T02', '2026-04-18', ['Parks and Recreation', 'Emergency Management'], 'setup_time', [
    R(PR, t='Earth Day Festival', d='4/18/2026', s='11:00 AM', et='4:00 PM', loc='West Point on the Eno', addr='5101 N Roxboro St',
      lead='Parks and Recreation', ty='Festival'),
    R(EM, t='Earth Day Fest - CERT preparedness booth (setup)', d='2026-04-18', s='8:45 AM', et='4:00 PM', addr='5101 N. Roxboro Street',
      lead='Emergency Management'),
])
E('T03', '2025-07-24', ['Community Safety', 'Police'], 'time_words', [
    R(CS, id='CS26-0031', t='Teen Summer Safety Night', d='July 24th', s='six thirty pm', et='8:30 PM', loc='W.D. Hill Recreation Center',
      addr='1308 Fayetteville St', lead='Community Safety'),
    R(PO, t='Teen Summer Safety Nite', d='7/24/2025', s='6:30pm', et='8:30pm', loc='WD Hill Rec Ctr', lead='Police'),
])
E('T04', '2025-12-13', ['Fire', 'Parks and Recreation'], 'time_range_one_cell', [
    R(FI, id='F-26-0177', t='Holiday Toy Drive & Fire Truck Pull', d='12/13/2025', s='10am - 1pm', loc='Durham Central Park', addr='501 Foster St',
      lead='Fire'),
    R(PR, t='Toy Drive Truck Pull', d='Saturday, December 13, 2025', s='10:00', et='13:00', loc='Central Park pavilion (Foster St)', lead='Parks'),
])
E('T05', '2026-02-21', ['Police', 'Emergency Communications'], 'time_noonish', [
    R(PO, t='Chili Cook-off for Neighborhood Watch Captains', d='2/21/2026', s='noon', et='2 ish', loc='Lyon Park Community Center',
      addr='1309 Halley St', lead='Police'),
    R(EC, t='Chili cookoff - NW captains', d='02-21-2026', s='12:00 PM', et='2:00 PM', loc='Lyon Park Comm. Ctr.', lead='911 Center'),
])

# ---------------- addresses written differently ----------------
E('A01', '2025-09-13', ['Police', 'Community Safety'], 'address_variants', [
    R(PO, t='Walltown Safety Walk', d='9/13/2025', s='10:00 AM', et='11:30 AM', addr='1308 W Club Blvd', lead='Police'),
    R(CS, t='Walltown Safety Walk', d='9/13/2025', s='10:00 AM', et='11:30 AM', addr='1308 West Club Boulevard, Durham, NC 27705',
      lead='Community Safety'),
])
E('A02', '2026-01-29', ['Police', 'Emergency Management'], 'address_suite', [
    R(PO, t='Active Threat Awareness for Faith Leaders', d='1/29/2026', s='9:00 AM', et='11:00 AM', loc='DPD HQ Training Room',
      addr='602 E Main St Ste 100', lead='Police'),
    R(EM, t='Active Threat Awareness (faith leaders)', d='1/29/2026', s='9:00 AM', et='11:00 AM', addr='602 East Main Street', lead='EM'),
])
E('A03', '2025-10-04', ['Fire', 'Community Safety'], 'address_cross_streets', [
    R(FI, t='Fayetteville St Block Safety Fair', d='10/4/2025', s='1:00 PM', et='4:00 PM', addr='Fayetteville St & Umstead St', lead='Fire'),
    R(CS, t='Block Safety Fair', d='10/4/2025', s='1:00 PM', et='4:00 PM', addr='Umstead at Fayetteville', lead='Community Safety'),
])
E('A04', '2025-08-30', ['Parks and Recreation', 'Police'], 'venue_vs_address', [
    R(PR, t='Peoples Park Back-to-Campus Concert', d='8/30/2025', s='7:00 PM', et='9:30 PM', loc='Peoples Park', lead='Parks and Recreation'),
    R(PO, t='Peoples Park concert - foot patrol', d='8/30/2025', s='6:30 PM', et='10:00 PM', addr='501 E Kirkwood Ave', lead='Police'),
])
E('A05', '2026-06-06', ['Parks and Recreation', 'Fire'], 'venue_vs_address', [
    R(PR, t='Movies Under the Stars', d='6/6/2026', s='8:30 PM', et='10:30 PM', loc='Bryan Park', addr='1001 S Henderson St',
      lead='Parks and Recreation'),
    R(FI, t='Movies under the stars - Medic 3 standby', d='6/6/2026', s='8:00 PM', et='10:30 PM', addr='1001 South Henderson Street',
      lead='Fire'),
])

# ---------------- multi-day ----------------
jfm = [R(FI, id='F-26-0330', t='Junior Fire Marshal Camp (ages 11-15)', d='6/22/2026', ed='6/25/2026', s='9:00 AM', et='3:00 PM',
         loc='W.D. Hill Recreation Center', addr='1308 Fayetteville St', lead='Fire', p='Parks & Rec + NC OSFM', ty='Youth')]
for i, d in enumerate(['6/22/2026', '6/23/2026', '6/24/2026', '6/25/2026']):
    jfm.append(R(PR, t=f'Jr. Fire Marshal Camp - Day {i + 1}', d=d, s='9am', et='3pm', loc='WD Hill Rec Center', addr='1308 Fayetteville Street',
                 lead='Parks and Recreation', ty='Youth'))
E('M01', '2026-06-22', ['Fire', 'Parks and Recreation'], 'multi_day_split_by_day', jfm)
cert = [R(EM, t='CERT Basic Training (3 days)', d='1/30/2026', ed='2/1/2026', s='8:00 AM', et='5:00 PM', loc='Spruce Pine Lodge',
          addr='2235 Bahama Rd', lead='Emergency Management', ty='Training')]
for d, what in [('1/30/2026', 'day 1 - disaster prep'), ('1/31/2026', 'day 2 - fire suppression'), ('2/1/2026', 'day 3 - drill')]:
    cert.append(R(FI, t=f'CERT class {what}', d=d, s='8am', et='5pm', loc='Spruce Pine Lodge', lead='Fire', ty='Training'))
E('M02', '2026-01-30', ['Emergency Management', 'Fire'], 'multi_day_split_by_day', cert, note='spans a month boundary')
E('M03', '2025-07-11', ['Parks and Recreation', 'Police'], 'multi_day_range_one_cell', [
    R(PR, t='Summer Youth Sports Weekend', d='July 11-13, 2025', s='9:00 AM', et='5:00 PM', loc='Karst Farm Park', addr='2450 S Endwright Rd',
      lead='Parks and Recreation'),
    R(PO, t='Summer Youth Sports Weekend - PAL', d='7/11/2025', ed='7/13/2025', s='9:00 AM', et='5:00 PM', loc='Karst Farm Park', lead='Police'),
])

# ---------------- rain dates ----------------
E('R01', '2025-08-23', ['Parks and Recreation', 'Police'], 'rain_date_one_tab', [
    R(PR, t='Movies Under the Stars: Moana', d='8/23/2025', s='8:00 PM', et='10:00 PM', loc='Durham Central Park', addr='501 Foster St',
      lead='Parks and Recreation', de='Moved from Fri 8/22 (storms).'),
    R(PO, t='Movie night - Central Park', d='8/22/2025', s='8:00 PM', et='10:00 PM', addr='501 Foster St', lead='Police', st='Postponed'),
])
E('R02', '2025-07-26', ['Police', 'Fire'], 'rain_date_mentioned_not_used', [
    R(PO, t='Crayons2Calculators Fill That Bus!', d='7/26/2025', s='9:00 AM', et='1:00 PM', loc='Northgate Mall lot', addr='1058 W Club Blvd',
      lead='Police', de='Rain date 7/27'),
    R(FI, t='Fill That Bus school supply drive', d='7/26/2025', s='9:00 AM', et='1:00 PM', addr='1058 W. Club Blvd.', lead='Fire',
      de='rain date Sunday'),
])
E('R03', '2025-09-07', ['Parks and Recreation', 'Community Safety'], 'rain_date_one_tab', [
    R(PR, t='Bimbe Weekday Event: Community Block Party (RAIN DATE)', d='9/7/2025', s='3:00 PM', et='6:00 PM', loc='Lyon Park', addr='1309 Halley St',
      lead='Parks and Recreation'),
    R(CS, t='Community Block Party - HEART table', d='9/6/2025', s='3:00 PM', et='6:00 PM', loc='Lyon Park', lead='Community Safety'),
])

# ---------------- double entries ----------------
E('D01', '2026-04-14', ['Emergency Communications', 'Police'], 'double_entry', [
    R(EC, t='Telecommunicators Week Open House', d='4/14/2026', s='1:00 PM', et='4:00 PM', loc='Durham Emergency Communications Center',
      addr='2008 E Club Blvd', lead='DECC', p='DPD'),
    R(EC, t='Telecommunicator Week Open House (resubmitted)', d='4/14/2026', s='1:00 PM', et='4:00 PM', loc='DECC', addr='2008 E. Club Blvd.',
      lead='DECC', p='Police'),
])
E('D02', '2026-02-28', ['Fire'], 'double_submission_new_event_id', [
    R(FI, id='F-26-0240', t='Smoke Alarm Canvass - East End', d='2/28/2026', s='9:00 AM', et='12:00 PM', loc='East End Park', addr='1110 Holloway St',
      lead='Fire'),
    R(FI, id='F-26-0241', t='Smoke Alarm Canvas - East End', d='2/28/2026', s='9:00 AM', et='12:00 PM', loc='East End Park', addr='1110 Holloway St',
      lead='Fire'),
])

# ---------------- cancellations ----------------
E('C01', '2026-02-10', ['Police', 'Community Safety'], 'cancelled_logged_twice', [
    R(PO, t='CANCELED: Public Meeting on Future Police Headquarters', d='2/10/2026', s='6:00 PM', et='7:30 PM', loc='City Hall',
      addr='401 N Morton St', lead='Police'),
    R(CS, t='Public Meeting on Future Police HQ', d='2/10/2026', s='6:00 PM', et='7:30 PM', loc='City Hall', addr='401 N Morton St',
      lead='Community Safety', st='Cancelled'),
], cancelled=True)
E('C02', '2025-09-28', ['Parks and Recreation'], 'cancelled_in_title', [
    R(PR, t='Canine Field Day - CANCELLED (heat advisory)', d='9/28/2025', s='9:00 AM', et='12:00 PM', loc='Solite Park',
      addr='4704 Fayetteville Rd', lead='Parks and Recreation')], cancelled=True)

# ---------------- all-day vs timed ----------------
E('AD1', '2025-09-27', ['Emergency Management', 'Fire'], 'all_day_vs_timed', [
    R(EM, t='Durham County Preparedness Expo', d='9/27/2025', s='All Day', loc='Southpoint Mall - Center Court', addr='6910 Fayetteville Rd',
      lead='Emergency Management'),
    R(FI, t='Preparedness Expo - Safety House trailer', d='9/27/2025', s='10:00 AM', et='2:00 PM', loc='Southpoint Mall', lead='Fire'),
])

# ---------------- Spanish title ----------------
E('S01', '2025-10-25', ['Community Safety', 'Fire'], 'spanish_title', [
    R(CS, id='CS26-0190', t='Feria de Salud y Seguridad para Familias', d='10/25/2025', s='11:00 AM', et='2:00 PM', loc='Parque Lyon',
      addr='1309 Halley St', lead='Community Safety', de='Se habla español.'),
    R(FI, t='Family Health & Safety Fair', d='10/25/2025', s='11:00 AM', et='2:00 PM', loc='Lyon Park', addr='1309 Halley St', lead='Fire'),
])

# ---------------- same venue same evening, different events (stay apart) ----------------
E('V01', '2025-11-05', ['Community Safety'], 'same_venue_different_events', [
    R(CS, t='Neighborhood Safety Meeting - Campus Hills', d='11/5/2025', s='6:00 PM', et='7:30 PM',
      loc='I.R. Holmes, Sr. Recreation Center - Multi Purpose Room', addr='2000 S Alston Ave', lead='Community Safety')])
E('V02', '2025-11-05', ['Parks and Recreation'], 'same_venue_different_events', [
    R(PR, t='Family Line Dance Night', d='11/5/2025', s='6:00 PM', et='7:30 PM', loc='I.R. Holmes, Sr. Recreation Center - Gymnasium',
      addr='2000 S Alston Ave', lead='Parks and Recreation')])
# same title same time different place
E('V03', '2026-03-06', ['Police'], 'same_title_different_place', [
    R(PO, t='Coffee with a Cop', d='3/6/2026', s='8:00 AM', et='9:30 AM', loc='Beyu Caffe', addr='341 W Main St', lead='Police')])
E('V04', '2026-03-06', ['Police'], 'same_title_different_place', [
    R(PO, t='Coffee with a Cop', d='3/6/2026', s='8:00 AM', et='9:30 AM', loc='Cocoa Cinnamon', addr='420 W Geer St', lead='Police')])

# ---------------- NNO block parties + drop-bys ----------------
nno = [('Lakewood Neighbors NNO', '2100 Lakewood Ave'), ('NNO - Buchanan North', '500 N Buchanan Blvd'),
       ('NNO - Buchanan South', '500 S Buchanan Blvd'), ('Watts-Hillandale NNO cookout', '1000 Watts St'),
       ('NNO - Cleveland-Holloway', '500 N Elm St'), ('Old North Durham NNO', '800 N Mangum St')]
nrows = {k: [R(PO, t=t, d='8/5/2025', s='6:00 PM', et='9:00 PM', addr=a, lead='Police', ty='National Night Out')] for t, a in nno
         for k in [a]}
deps = {a: ['Police'] for _, a in nno}
# drop-bys: same address, different title
nrows['2100 Lakewood Ave'].append(R(FI, t='E-9 drop-by', d='8/5/2025', s='7:15 PM', et='7:45 PM', addr='2100 Lakewood Avenue', lead='Engine 9',
                                    ty='National Night Out'))
deps['2100 Lakewood Ave'].append('Fire')
nrows['500 S Buchanan Blvd'].append(R(FI, t='Truck 1 visit - block party', d='8/5/2025', s='6:30 PM', et='7:00 PM', addr='500 S. Buchanan Blvd.',
                                      lead='Fire', ty='National Night Out'))
deps['500 S Buchanan Blvd'].append('Fire')
nrows['1000 Watts St'].append(R(PR, t='Parks mobile rec van @ Watts St & Englewood', d='8/5/2025', s='6:00 PM', et='7:00 PM',
                                addr='Watts St / Englewood Ave', lead='Parks and Recreation', ty='National Night Out'))
deps['1000 Watts St'].append('Parks and Recreation')
nrows['800 N Mangum St'].append(R(EC, t='Dispatcher meet & greet - Old North Durham', d='8/5/2025', s='7:00 PM', et='7:30 PM',
                                  loc='Old North Durham neighborhood', lead='911 Center', ty='National Night Out'))
deps['800 N Mangum St'].append('Emergency Communications')
for i, (_, a) in enumerate(nno):
    E(f'NNO{i}', '2025-08-05', deps[a], 'nno_parties_and_dropbys', nrows[a])

# ---------------- all-department flagship ----------------
fl = [
    R(PO, id='PSD-2025', t='Public Safety Day 2025', d='10/11/2025', s='10:00 AM', et='3:00 PM', loc='Durham Central Park', addr='501 Foster St',
      lead='Police', p='all city public safety depts', ty='Festival'),
    R(FI, id='F-26-0160', t='Public Safety Day - apparatus row', d='10/11/2025', s='10:00 AM', et='3:00 PM', loc='Durham Central Park', lead='Fire'),
    R(CS, id='CS26-0161', t='Public Safety Day - HEART info table', d='10/11/2025', s='10:00', et='15:00', addr='501 Foster Street', lead='Community Safety'),
    R(EC, t='PSD: live 911 call demo', d='10/11/2025', s='11:00 AM', et='1:00 PM', loc='Central Park (Foster St)', lead='DECC'),
    R(EM, t='PSD staffing - EOC liaison', d='10/11/2025', s='7:00 AM', et='5:00 PM', loc='Durham Central Park', addr='501 Foster St',
      lead='Emergency Management', vis='Internal', n='staff only'),
]
E('FLAG', '2025-10-11', list(DEPT.values()), 'all_department_flagship', fl,
  note='Parks takes part only via the accepted assistance offer on PSD-2025')

# ---------------- invalid rows ----------------
BAD(PO, t='Block party TBD', d='TBD', s='6 PM', addr='1200 Alabama Ave', lead='Police')
BAD(PR, t='', d='', s='', loc='')  # half-filled row with only type/visibility? give description
rows[PR][-1]['de'] = 'see email from Tasha'
BAD(EC, t='Station tour', d='the 20th', s='10am', loc='DECC', lead='DECC')

# ---------------- write workbook ----------------
wb = openpyxl.Workbook()
wb.remove(wb.active)
for tab in TABS:
    ws = wb.create_sheet(tab)
    head = EC_HEAD if tab == EC else HEAD
    ws.append(head)
    for f in rows[tab]:
        vals = {KEYS[k]: v for k, v in f.items()}
        ws.append([vals.get(h, vals.get(HEAD[i])) for i, h in enumerate(head)])
ws = wb.create_sheet('Assistance Offers')
ws.append(['Event UID or Event ID', 'Offering Department', 'What We Can Bring', 'Status'])
ws.append(['PSD-2025', 'Parks & Rec', 'Bounce house, two picnic shelters and staff', 'Accepted'])
wb.save(HERE / 'intake.xlsx')

with open(HERE / 'truth.csv', 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['tab', 'row', 'event_key', 'valid'])
    for t in truth:
        w.writerow(t)


def fq(d):
    y, m = int(d[:4]), int(d[5:7])
    fy = y + 1 if m >= 7 else y
    return f'FY{fy % 100:02d}-Q{((m - 7) % 12) // 3 + 1}'


months = defaultdict(lambda: {'events': 0, 'joint_events': 0})
quarters = defaultdict(lambda: {'events': 0, 'joint_events': 0, 'all_department_events': 0})
for k, e in events.items():
    if e['cancelled']:
        continue
    j = len(e['depts']) >= 2
    m = e['date'][:7]
    months[m]['events'] += 1; months[m]['joint_events'] += j
    q = quarters[fq(e['date'])]
    q['events'] += 1; q['joint_events'] += j; q['all_department_events'] += len(e['depts']) == 6
by_key = defaultdict(list)
for t, r, k, v in truth:
    if v == 'yes':
        by_key[k].append(f'{t}!{r}')
fams = {}
for fam, v in families.items():
    fams[fam] = {'note': v['note'], 'events': len(v['event_keys']), 'event_keys': v['event_keys'],
                 'rows': sum(len(by_key[k]) for k in v['event_keys'])}
exp = {
    'rows': sum(len(r) for r in rows.values()), 'invalid_rows': sum(1 for t in truth if t[3] == 'no'),
    'events': len(events), 'joint_events': sum(len(e['depts']) >= 2 for e in events.values()),
    'cancelled_events': sum(e['cancelled'] for e in events.values()),
    # (an event shows on the public calendar when one of its rows is not Internal)
    'public_events': len({k for t, r, k, v in truth if v == 'yes' and rows[t][r - 2]['vis'] != 'Internal'}),
    'months': dict(sorted(months.items())), 'fiscal_quarters': dict(sorted(quarters.items())),
    'calendar_sources': [],
    'event_departments': {k: e['depts'] for k, e in events.items() if len(e['depts']) >= 2},
    'event_notes': {k: e['note'] for k, e in events.items() if e['note']},
    'families': fams,
}
(HERE / 'expected.json').write_text(json.dumps(exp, indent=1))
print(exp['rows'], 'rows;', exp['events'], 'events;', exp['joint_events'], 'joint;',
      sum(v['joint_events'] for v in months.values()), 'joint not cancelled')
