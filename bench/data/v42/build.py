"""Build the v42 labelled intake (intake.xlsx, truth.csv, expected.json) in this folder.

Written by a fresh helper on 2026-12-07 with real place names, addresses and titles from
``../shared/realdata`` (Pittsburgh, Bloomington, King County, Durham); see ``bench/cases.py``.
Run: ``python bench/data/v42/build.py``."""
import csv, json, datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
from collections import defaultdict
import openpyxl

STD = ['Event ID','Title','Start Date','Start Time','End Date','End Time','Location','Address','Lead Department',
       'Partner Departments','Event Type','Description','Audience','Visibility','Status','Assistance Wanted',
       'Registration URL','Expected Attendance','Actual Attendance','Language','Accessibility','Contact','Internal Notes','Repeats']
EC = ['Event ID','Event Title','Event Date','Start Time','End','End Time','Place','Address','Host Department','Partner Depts',
      'Category','Description','Audience','Visibility','Status','Assistance Wanted','Registration Link','Expected Attendance',
      'Actual Attendance','Language','Accessibility','Point of Contact','Staff Notes','Repeats']
TABS = {'P':'Police','F':'Fire','C':'Community Safety','E':'Emergency Communications','M':'Emergency Management','R':'Parks and Recreation'}
KEYMAP = dict(id='Event ID', t='Title', d='Start Date', s='Start Time', ed='End Date', e='End Time', loc='Location', addr='Address',
              lead='Lead Department', part='Partner Departments', typ='Event Type', desc='Description', aud='Audience',
              vis='Visibility', st='Status', contact='Contact', notes='Internal Notes', es='Title (Spanish)')
ECMAP = {'Title':'Event Title','Start Date':'Event Date','End Date':'End','Location':'Place','Lead Department':'Host Department',
         'Partner Departments':'Partner Depts','Event Type':'Category','Contact':'Point of Contact','Internal Notes':'Staff Notes'}
DEPT = {'P':'Police','F':'Fire','C':'Community Safety','E':'Emergency Communications','M':'Emergency Management','R':'Parks and Recreation'}

EVENTS = []   # (key, family, depts, date(YYYY-MM-DD of counting), cancelled, rows[(tab, fields)], note)
def ev(key, fam, depts, date, rows, cancelled=False, note='', valid=True):
    EVENTS.append(dict(key=key, fam=fam, depts=sorted(DEPT[d] for d in depts), date=date, cancelled=cancelled,
                       rows=rows, note=note, valid=valid))
D = dt.datetime
# ---------------- background single-department events ----------------
ev('S01','single','R','2025-07-12',[('R',dict(t='Tai Chi Easy at Switchyard Park',d='07/12/2025',s='9am',e='10am',loc='Switchyard Park',addr='1601 S Rogers St',lead='Parks and Recreation',typ='Recreation Program',vis='Public',st='Scheduled'))])
ev('S02','single','P','2025-07-22',[('P',dict(t='Public Meeting on Future Police Headquarters',d='Jul 22, 2025',s='6:00 PM',e='7:30 PM',loc='City Hall, McCloskey Conference Room',addr='401 N Morton St',lead='Police',typ='Community Meeting',vis='Public'))])
ev('S03','single','P','2025-09-09',[('P',dict(t='Fingerprint Lab Presentation for Police Explorers',d=D(2025,9,9),s='6 p.m.',e='8 p.m.',loc='County Courthouse, Room 1A-42',addr='516 Third Avenue',lead='DPD',typ='Youth Program',vis='Public'))])
ev('S04','single','P','2025-10-14',[('P',dict(t='Women in Law Enforcement Career Fair',d='10/14/2025',s='10:00 AM',e='2:00 PM',loc='Criminal Justice Training Center',addr='19010 1st Avenue South',lead='Police',typ='Other',vis='Public',st='Confirmed'))])
ev('S05','single','F','2025-10-07',[('F',dict(id='F-26-0040',t='Remembering When: Falls and Fire Safety for Seniors',d='2025-10-07',s='10am',e='11:30am',loc='Hopewell Commons',lead='Fire',typ='Safety Education',vis='Public',st='Scheduled'))])
ev('S06','single','E','2026-04-14',[('E',dict(t='Telecommunicators Week Open House',d='Apr 14, 2026',s='1pm',e='4pm',loc='Emergency Communications Center',addr='2008 E Club Blvd',lead='DECC',typ='Open House',vis='Public'))])
ev('S07','single','M','2025-11-06',[('M',dict(t='Debris Contractor Coordination Call',d='11/6/2025',s='2:00 PM',e='3:00 PM',loc='EOC Conference Room',lead='Emergency Management',typ='Other',vis='Internal',contact='Planner on duty, 919-555-0190',notes='Staff only; not for the public calendar'))])
ev('S08','assistance_offer','CP','2025-08-19',[('C',dict(id='CS26-0102',t='R101: Renting in the City',d='Aug 19, 2025',s='5:30 PM',e='7 PM',loc='Monroe County Public Library - Southwest Branch',addr='890 W Gordon Pike',lead='Community Safety',typ='Community Meeting',vis='Public',st='Scheduled'))])
ev('S09','single','R','2025-10-25',[('R',dict(t='Bloomington Pumpkin Launch',d='Oct 25, 2025',s='11 a.m.',e='3 p.m.',loc='Lower Cascades Park',addr='2851 Old State Rd 37',lead='Parks and Recreation',typ='Festival',vis='Public'))])
ev('S10','single','M','2026-02-10',[('M',dict(t='CERT Basic Training Night 1',d='2026-02-10',s='6:30 PM',e='9:30 PM',loc='Durham County EOC',addr='2422 Broad St',lead='Emergency Management',typ='Safety Education',vis='Public'))])
ev('S11','single','F','2026-03-14',[('F',dict(id='F-26-0212',t='Sound the Alarm Install Day',d='March 14th, 2026',s='9:00 AM',e='1:00 PM',loc='Walltown neighborhood',lead='Fire',typ='Smoke Alarm Install',vis='Public',desc='Door-to-door smoke alarm installs with Red Cross volunteers.'))])
# ---- person / mascot / topic words that are NOT departments ----
ev('N01','surname_not_department','P','2025-11-18',[('P',dict(t='Self-Defense Basics for Seniors',d='11/18/2025',s='1 p.m.',e='3 p.m.',loc='Edison Johnson Recreation Center - Dance Room',addr='500 W Murray Ave',lead='Police',typ='Safety Education',vis='Public',desc='Taught by Officer Karen Parks. Questions? Call Officer Parks at 919-555-0142.',contact='Ofc. Karen Parks'))])
ev('N02','character_not_department','P','2026-01-17',[('P',dict(t='Story Time with McGruff and Ranger Rick',d='Jan 17, 2026',s='10:30 AM',e='11:15 AM',loc='Monroe County Public Library - Downtown',addr='303 E Kirkwood Ave',lead='Police',typ='Youth Program',vis='Public',desc='McGruff the Crime Dog and Ranger Rick read to kids ages 3-7.'))])
ev('N03','topic_not_partner','R','2025-10-09',[('R',dict(t='Fire Prevention Week Storytime',d='10/9/2025',s='10am',e='10:45am',loc='Bryan Park Playground',lead='Parks and Recreation',typ='Youth Program',vis='Public',desc='Stories and coloring about staying safe at home.'))])
ev('N04','surname_not_department','R','2026-05-02',[('R',dict(t='Canine Field Day',d='May 2, 2026',s='9 a.m.',e='noon',loc='Rock Quarry Park',addr='701 Stadium Drive',lead='Parks and Recreation',typ='Recreation Program',vis='Public',desc='Judging by Jenna Fireman of the kennel club. Leashes required.'))])
ev('N05','venue_is_fire_station','C','2026-02-24',[('C',dict(id='CS26-0188',t='Narcan Distribution Pop-Up',d='02/24/2026',s='4 p.m.',e='6 p.m.',loc='Fire Station 11 community room',addr='3000 Old Oxford Rd',lead='Community Safety',typ='Safety Education',vis='Public',desc='Free naloxone kits; meet our care team in the community room.'))],note='debatable: venue is a fire station')
ev('N06','hedge_tentative','R','2025-07-26',[('R',dict(t='Mills Pool Splash Day',d='7/26/2025',s='1 PM',e='4 PM',loc='Mills Pool',addr='1100 W 14th St',lead='Parks and Recreation',part='Fire (tentative)',typ='Recreation Program',vis='Public'))],note='debatable: tentative partner not counted')
ev('N07','hedge_declined_text','R','2025-09-27',[('R',dict(t='Griffy Lake Boathouse Open House',d='Sept. 27, 2025',s='10 AM',e='2 PM',loc='Griffy Lake Boathouse',addr='3400 N Headley Rd',lead='Parks and Recreation',typ='Open House',vis='Public',desc='Police were invited but could not make it this year; rangers will lead paddle demos.'))])
ev('N08','not_a_city_department','R','2025-08-23',[('R',dict(t='Back-to-School Bash',d='08/23/2025',s='11:00',e='14:00',loc='W.D. Hill Recreation Center',addr='1308 Fayetteville Street',lead='Parks and Recreation',part='County EMS',typ='Festival',vis='Public',desc='Free backpacks; County EMS ambulance tour.'))])
# ---------------- joint: different titles per department ----------------
ev('J01','different_titles','RFP','2025-09-20',[
 ('R',dict(t='Blooming Neighborhoods Celebration',d='09/20/2025',s='11:00 AM',e='3:00 PM',loc='Switchyard Park',addr='1601 S Rogers St',lead='Parks and Recreation',typ='Festival',vis='Public')),
 ('F',dict(id='F-26-0077',t='Engine 9 truck display',d='2025-09-20',s='12pm',e='2pm',loc='Switchyard Pk',lead='Fire',typ='Safety Education',vis='Public')),
 ('P',dict(t='Bike registration table',d='Sep 20, 2025',s='11 a.m.',e='3 p.m.',addr='1601 South Rogers Street',lead='Police',typ='Safety Education',vis='Public',desc='At the Blooming Neighborhoods Celebration.'))])
ev('J02','different_titles','RE','2026-03-07',[
 ('R',dict(t="Children's Expo",d='Mar 7, 2026',s='10 a.m.',e='2 p.m.',loc='Monroe County Fairgrounds',addr='5700 W Airport Rd',lead='Parks and Recreation',typ='Festival',vis='Public')),
 ('E',dict(t='911 Kids Kiosk',d='3/7/2026',s='10:30am',e='1:30pm',loc='Fairgrounds, 5700 West Airport Road',lead='911 Center',typ='Safety Education',vis='Public'))])
ev('J03','different_titles','CM','2025-09-13',[
 ('C',dict(id='CS26-0121',t='Neighborhood Resource Fair',d='9/13/2025',s='10am',e='1pm',loc='Holton Career and Resource Center',addr='401 N Driver Street',lead='Community Safety',typ='Festival',vis='Public')),
 ('M',dict(t='Go-kit giveaway table',d='09/13/2025',s='10:00',e='13:00',loc='Holton Career & Resource Ctr',lead='Emergency Management',typ='Safety Education',vis='Public'))])
# ---------------- partner named only in text ----------------
ev('J04','partner_in_text','PF','2025-10-01',[('P',dict(t='Coffee with a Cop at Upland Brewing',d='Oct 1, 2025',s='8 AM',e='10 AM',loc='Upland Brewing Co',addr='350 W 11th St',lead='Police',typ='Community Meeting',vis='Public',desc='Co-hosted with our friends at Durham Fire. Bring your questions!'))])
ev('J05','partner_in_text','RF','2026-01-24',[('R',dict(t='Winter Palooza',d='01/24/2026',s='1 p.m.',e='4 p.m.',loc='Rev. Ernest D. Butler Park',addr='812 W 9th St',lead='Parks and Recreation',typ='Festival',vis='Public',desc='Firefighters from Station 5 will judge the snow sculpture contest.'))])
ev('J06','partner_in_text','CE','2025-11-12',[('C',dict(id='CS26-0150',t='Understanding Crisis Lines: A Community Conversation',d='Nov 12, 2025',s='6pm',e='7:30pm',loc='Cowork',addr='213 South Rogers Street',lead='Community Safety',typ='Community Meeting',vis='Public',desc='911 telecommunicators join us to explain how calls get routed to the HEART team.'))])
ev('J07','partner_in_internal_notes','RF','2025-08-16',[('R',dict(t='Touch a Truck',d='Aug 16, 2025',s='10 AM',e='1 PM',loc='Campus Hills Park',addr='2000 S Alston Avenue',lead='Parks and Recreation',typ='Festival',vis='Public',notes='Fire confirmed Engine 7 and Ladder 2 for the whole morning.'))],note='partner only in Internal Notes')
ev('J08','mascot_sparky','RF','2025-10-11',[('R',dict(t='Fall Family Fun Day',d='10/11/2025',s='noon',e='4pm',loc='Olcott Park',lead='Parks and Recreation',typ='Festival',vis='Public',desc='Sparky the Fire Dog and the crew from Station 3 will be there with the truck!'))])
ev('J09','partner_in_text_spanish','CP','2026-04-18',[('C',dict(id='CS26-0233',t='Feria de Seguridad para Familias',es='',d='Apr 18, 2026',s='11am',e='2pm',loc='Eastway Elementary School (Cafeteria)',addr='610 N Alston Avenue',lead='Community Safety',typ='Safety Education',vis='Public',desc='Habrá agentes de la policía con regalos para los niños.'))])
# ---------------- partner column quirks: hedges, misspellings, abbreviations, teams ----------------
ev('J10','hedge_confirmed','RP','2025-07-19',[('R',dict(t='Bryan Park Pool Party',d='2025-07-19',s='2pm',e='5pm',loc='Bryan Park Pool',addr='1001 S Henderson St',lead='Parks and Recreation',part='Police (confirmed 7/10)',typ='Recreation Program',vis='Public'))])
ev('J11','misspelt_department','RP','2025-08-09',[('R',dict(t='Family Movie Night: Moana',d='08/09/2025',s='7:30 PM',e='10 PM',loc='Durham Central Park',addr='501 Foster Street',lead='Parks and Recreation',part='Polce',typ='Recreation Program',vis='Public'))])
ev('J12','misspelt_department','CM','2025-12-03',[('C',dict(id='CS26-0171',t='Winter Storm Ready Workshop',d='12/3/2025',s='6 PM',e='7:30 PM',loc='South Regional Library',addr='4505 Alston Ave',lead='Community Safety',part='Emergancy Managment',typ='Safety Education',vis='Public'))])
ev('J13','misspelt_department','FC','2026-01-29',[('F',dict(id='F-26-0170',t='Space Heater Safety Door Knock',d='Jan 29, 2026',s='3 PM',e='6 PM',loc='McDougald Terrace',addr='1101 Lawson St',lead='Fire',part='Comunity Saftey',typ='Smoke Alarm Install',vis='Public'))])
ev('J14','abbreviation_partner','RP','2026-06-06',[('R',dict(t='Youth Fishing Derby',d='June 6, 2026',s='8 AM',e='11 AM',loc='Sandy Creek Park - Picnic Shelter',addr='3510 Sandy Creek Road',lead='P&R',part='PD',typ='Youth Program',vis='Public'))])
ev('J15','abbreviation_partner','PFC','2025-11-01',[('P',dict(t='Trunk or Treat 10/31 rain-out makeup',d='11/01/2025',s='5 PM',e='7 PM',loc='Durham Armory',addr='212 Foster Street',lead='Police',part='FD / CSD',typ='Festival',vis='Public'))],note='debatable: CSD abbreviation')
ev('J16','team_name_partner','PF','2026-02-21',[('P',dict(t='Hoops for Heroes Charity Game',d='02/21/2026',s='6:00 PM',e='8:00 PM',loc='I.R. Holmes, Sr. Recreation Center - Gymnasium',addr='2000 S Alston Avenue',lead='Police',part='Engine Co. 12 team',typ='Festival',vis='Public',desc='Police All-Stars vs. the Engine Co. 12 team.'))])
ev('J17','team_name_partner','RC','2026-05-16',[('R',dict(t='Spring Block Party',d='May 16, 2026',s='2 PM',e='6 PM',loc='Campus Hills Park',addr='2000 S Alston Ave',lead='Parks and Recreation',part='HEART team',typ='Festival',vis='Public'))])
ev('J18','ampersand_and_911','RPFE','2026-04-25',[('R',dict(t='Earth Day Festival',d='Apr 25, 2026',s='',e='',loc='Durham Central Park',addr='501 Foster St',lead='Parks & Rec',part='Police & Fire, 911',typ='Festival',vis='Public'))])
ev('J19','all_departments_text','RPFCEM','2026-06-13',[('R',dict(t='Public Safety Day at Switchyard',d='06/13/2026',s='10 AM',e='3 PM',loc='Switchyard Park',addr='1601 S Rogers St',lead='Parks and Recreation',part='All public safety depts',typ='Festival',vis='Public'))],note='debatable wording')
ev('J20','two_leads_one_cell','RP','2026-03-21',[('R',dict(t='Neighborhood Cleanup Day',d='3/21/2026',s='9am',e='12pm',loc='Long Meadow Park',lead='Parks/Police',typ='Community Meeting',vis='Public'))])
# ---------------- units instead of departments ----------------
ev('J21','units','CP','2025-09-24',[('C',dict(id='CS26-0133',t='Youth Mental Health First Aid',d='Sep 24, 2025',s='1 PM',e='5 PM',loc='Hive',addr='2608 E 10th St',lead='Community Safety',part='SROs',typ='Safety Education',vis='Public'))])
ev('J22','units','RM','2025-10-18',[('R',dict(t='Weekend Nature Walk',d='10.18.2025',s='8:30 AM',e='10:30 AM',loc='West Point on the Eno',addr='5101 N Roxboro Street',lead='Park Rangers',part='CERT volunteers',typ='Recreation Program',vis='Public'))])
ev('J23','units','PE','2026-02-05',[('P',dict(t='Beat 312 Community Walk',d='Feb 5, 2026',s='5:30 PM',e='6:30 PM',loc='Lincoln Ave & Lemington',lead='Beat 312',part='dispatch',typ='Community Meeting',vis='Public'))],note='dispatch (singular, lower-case)')
ev('J24','units','FR','2025-07-30',[('F',dict(id='F-26-0021',t='Hydrant Sprinkler Day',d='07/30/2025',s='1:00 PM',e='3:00 PM',loc='Bud Hammer Field',addr='Bigelow & Bristol',lead='Ladder 4',part='rec center staff',typ='Youth Program',vis='Public'))])
# ---------------- setup time and time styles ----------------
ev('J25','setup_time','RF','2025-08-30',[
 ('R',dict(t='Shakespeare in the Park: Twelfth Night',d='08/30/2025',s='7pm',e='9:30pm',loc='Peoples Park',lead='Parks and Recreation',typ='Recreation Program',vis='Public')),
 ('F',dict(id='F-26-0050',t='Shakespeare in the Park - standby crew',d='Aug 30, 2025',s='4:45 PM',e='10 PM',loc='Peoples Park',lead='Fire',typ='Other',vis='Public',desc='Load-in and fire-watch standby for the stage lighting.'))])
ev('J26','time_range_in_one_cell','PR','2025-09-06',[
 ('P',dict(t='Bimbe Weekday Event: Community Block Party',d='09/06/2025',s='5:30-8 PM',e='',loc='Rock Quarry Park',addr='701 Stadium Dr',lead='Police',part='Parks',typ='Festival',vis='Public')),
 ('R',dict(t='Bimbe Community Block Party',d='Sep 6, 2025',s='17:30',e='20:00',loc='Rock Quarry Park',addr='701 Stadium Drive',lead='DPR',typ='Festival',vis='Public'))])
ev('J27','time_styles','CE','2025-12-09',[
 ('C',dict(id='CS26-0177',t='Text-to-911 Demo for Deaf and Hard of Hearing Residents',d='Dec 9, 2025',s='6p',e='7:30p',loc='Bethesda Park Community Room',addr='1814 Ellis Rd',lead='Community Safety',typ='Safety Education',vis='Public')),
 ('E',dict(t='Text to 911 demo (DHH)',d='2025-12-09',s='1800',e='1930',loc='Bethesda Park',addr='1814 Ellis Road',lead='Emergency Communications',typ='Safety Education',vis='Public'))])
ev('J28','time_styles_ish','PF','2026-05-21',[
 ('P',dict(t='Police Week Cookout',d='5/21/2026',s='11:30ish',e='1:30',loc='Police Headquarters',addr='602 E Main St',lead='Police',typ='Festival',vis='Public')),
 ('F',dict(id='F-26-0301',t='Police Week cookout - Engine 1 grill team',d='May 21, 2026',s='10:00 AM',e='2:00 PM',loc='DPD HQ, 602 East Main Street',lead='Fire',typ='Festival',vis='Public'))])
# ---------------- rain date in one tab only ----------------
ev('J29','rain_date','RP','2025-09-28',[
 ('R',dict(t='Evening with the Community Band',d='Sep 28, 2025',s='6 PM',e='8 PM',loc='Waldron, Hill and Buskirk Park',addr='331 S Washington St',lead='Parks and Recreation',typ='Recreation Program',vis='Public',desc='Moved from 9/27 because of rain.')),
 ('P',dict(t='Evening w/ the Community Band - bike patrol',d='09/27/2025',s='6 PM',e='8 PM',loc='Buskirk Park',lead='Police',typ='Other',vis='Public',st='Postponed'))])
ev('J30','rain_date','CF','2026-05-09',[
 ('C',dict(id='CS26-0250',t='Safe Streets Walk & Talk',d='May 9, 2026',s='10am',e='noon',loc='Lorenz Ave (Chartiers to Lakewood)',lead='Community Safety',typ='Community Meeting',vis='Public',desc='RAIN DATE - was May 2.')),
 ('F',dict(id='F-26-0290',t='Safe Streets Walk and Talk',d='May 2, 2026',s='10am',e='12pm',loc='Lorenz Avenue',lead='Fire',typ='Community Meeting',vis='Public'))])
# ---------------- address written differently ----------------
ev('J31','address_differently','RP','2025-10-04',[
 ('R',dict(t='Frick Park Fall Hike',d='10/04/2025',s='9 AM',e='11 AM',loc='Riverview Trail',addr='2466 Beechwood Blvd.',lead='Parks and Recreation',typ='Recreation Program',vis='Public')),
 ('P',dict(t='Frick Park Fall Hike',d='Oct 4, 2025',s='9:00 AM',e='11:00 AM',addr='2466 Beechwood Boulevard, Pittsburgh, PA 15217',lead='Police',typ='Recreation Program',vis='Public'))])
ev('J32','address_differently','FR','2026-04-11',[
 ('F',dict(id='F-26-0260',t='Junior Fire Marshal Kickoff',d='04/11/2026',s='10am',e='noon',addr='2851 Old SR 37',lead='Fire',typ='Youth Program',vis='Public')),
 ('R',dict(t='Junior Fire Marshal Kick-off',d='Apr 11, 2026',s='10 a.m.',e='12 p.m.',loc='Lower Cascades Park',addr='2851 Old State Road 37',lead='Parks and Recreation',typ='Youth Program',vis='Public'))])
ev('J33','address_differently','PC','2025-11-22',[
 ('P',dict(t='Southside Flats Safety Walk',d='11/22/2025',s='2 PM',e='4 PM',addr='49 S. 22nd St, 15203',lead='Police',typ='Community Meeting',vis='Public')),
 ('C',dict(id='CS26-0166',t='Southside Flats Safety Walk',d='Nov 22, 2025',s='2 PM',e='4 PM',addr='49 South 22nd Street',lead='Community Safety',typ='Community Meeting',vis='Public'))])
# ---------------- venue in one row, address in the other ----------------
ev('J34','venue_vs_address','RC','2026-01-10',[
 ('R',dict(t='Toy Time at the Jukebox',d='Jan 10, 2026',s='10 AM',e='12 PM',loc='Allison Jukebox Community Center',lead='Parks and Recreation',typ='Youth Program',vis='Public')),
 ('C',dict(id='CS26-0180',t='Toy Time - care navigator table',d='01/10/2026',s='10:00',e='12:00',addr='351 S Washington St',lead='Community Safety',typ='Youth Program',vis='Public'))])
# ---------------- title typos / whitespace / emoji ----------------
ev('J35','title_typos','FP','2025-12-13',[
 ('F',dict(id='F-26-0180',t='Holiday Toy Drive Drop-off',d='Dec 13, 2025',s='9 AM',e='1 PM',loc='Fire Station 1',addr='139 E Morgan St',lead='Fire',part='Police',typ='Other',vis='Public')),
 ('P',dict(t='Holiday Toy Drive Dropoff',d='12/13/2025',s='9 AM',e='1 PM',loc='Fire Station 1',addr='139 E. Morgan St.',lead='Police',part='Fire',typ='Other',vis='Public'))])
ev('J36','whitespace_emoji','RF','2026-03-28',[
 ('R',dict(t='🐣 Egg Hunt - Campus Hills Park 🐣',d='3/28/2026',s='10 AM',e='11:30 AM',loc='Campus Hills Park',addr='2000 S Alston Avenue',lead='Parks and Recreation',typ='Recreation Program',vis='Public')),
 ('F',dict(id='F-26-0245',t='  Egg Hunt   Campus Hills  ',d='03/28/2026',s=' 10:00 AM ',e='11:30 AM',loc='Campus  Hills Park',lead='Fire',typ='Recreation Program',vis='Public'))])
ev('J37','title_typos','PR','2026-05-30',[
 ('P',dict(t='Bike Rodeo at Switchyard',d='May 30, 2026',s='9 AM',e='12 PM',loc='Switchyard Park',lead='Police',typ='Youth Program',vis='Public')),
 ('R',dict(t='Bike Rodoe at Swtichyard',d='05/30/2026',s='9am',e='noon',loc='Switchyard Park',addr='1601 S Rogers St',lead='Parks and Recreation',typ='Youth Program',vis='Public'))])
# ---------------- Spanish-only title ----------------
ev('J38','spanish_only','MC','2026-03-04',[
 ('M',dict(t='Tornado Preparedness Workshop',d='03/04/2026',s='6:30 PM',e='8 PM',loc='Holton Career and Resource Center',addr='401 N Driver Street',lead='Emergency Management',typ='Safety Education',vis='Public')),
 ('C',dict(id='CS26-0205',t='Taller de Preparación para Tornados',d='Mar 4, 2026',s='6:30 PM',e='8:00 PM',loc='Holton Career and Resource Center',lead='Seguridad Comunitaria',typ='Safety Education',vis='Public',aud='Familias'))])
ev('J39','spanish_only','RC','2025-07-17',[
 ('R',dict(t='Kids Water Games Afternoon',d='07/17/2025',s='2 PM',e='4 PM',loc='Twin Lakes - Picnic Shelter',addr='439 Chandler Road',lead='Parks and Recreation',typ='Recreation Program',vis='Public')),
 ('C',dict(id='CS26-0090',t='Tarde de Juegos de Agua para Niños',d='Jul 17, 2025',s='2 p.m.',e='4 p.m.',loc='Twin Lakes Park',lead='Community Safety',typ='Recreation Program',vis='Public'))])
# ---------------- multi-day split by day ----------------
ev('J40','multi_day','RP','2025-09-13',[
 ('R',dict(t='Bimbe Cultural Arts Festival',d='Sep 13, 2025',ed='Sep 14, 2025',s='11 AM',e='7 PM',loc='Rock Quarry Park',addr='701 Stadium Drive',lead='Parks and Recreation',typ='Festival',vis='Public')),
 ('P',dict(t='Bimbe Festival - Day 1 traffic & patrol',d='09/13/2025',s='10 AM',e='8 PM',loc='Rock Quarry Park',lead='Police',typ='Festival',vis='Public')),
 ('P',dict(t='Bimbe Festival - Day 2 traffic & patrol',d='09/14/2025',s='10 AM',e='8 PM',loc='Rock Quarry Park',lead='Police',typ='Festival',vis='Public'))])
ev('J41','multi_day','MF','2026-01-31',[
 ('M',dict(t='CERT Weekend Academy',d='Jan 31, 2026',ed='Feb 1, 2026',s='8:30 AM',e='4:30 PM',loc='Spruce Pine Lodge',addr='2235 Bahama Road',lead='Emergency Management',typ='Safety Education',vis='Public')),
 ('F',dict(id='F-26-0190',t='CERT Academy Sat - fire suppression module',d='01/31/2026',s='1 PM',e='4:30 PM',loc='Spruce Pine Lodge',lead='Fire',typ='Safety Education',vis='Public')),
 ('F',dict(id='F-26-0191',t='CERT Academy Sun - search & rescue module',d='02/01/2026',s='8:30 AM',e='noon',loc='Spruce Pine Lodge',lead='Fire',typ='Safety Education',vis='Public'))])
# ---------------- same venue same evening, different events ----------------
ev('A01','same_venue_diff_events','R','2025-11-05',[('R',dict(t='Teen Open Gym Night',d='11/05/2025',s='6 PM',e='8 PM',loc='Edison Johnson Recreation Center - Gymnasium',addr='500 W Murray Ave',lead='Parks and Recreation',typ='Youth Program',vis='Public'))])
ev('A02','same_venue_diff_events','P','2025-11-05',[('P',dict(t='Neighborhood Watch Night',d='Nov 5, 2025',s='6 PM',e='7:30 PM',loc='Edison Johnson Recreation Center - Dance Room',addr='500 W Murray Ave',lead='Police',typ='Community Meeting',vis='Public'))])
ev('A03','same_venue_diff_events','C','2026-02-12',[('C',dict(id='CS26-0195',t='Family Resource Night',d='Feb 12, 2026',s='5:30 PM',e='7:30 PM',loc='I.R. Holmes, Sr. Recreation Center - Multi Purpose Room',addr='2000 S Alston Ave',lead='Community Safety',typ='Community Meeting',vis='Public'))])
ev('A04','same_venue_diff_events','R','2026-02-12',[('R',dict(t='Family Line Dance Night',d='02/12/2026',s='6 PM',e='8 PM',loc='I.R. Holmes, Sr. Recreation Center - Gymnasium',addr='2000 S Alston Ave',lead='Parks and Recreation',typ='Recreation Program',vis='Public'))])
# ---------------- same title same time different place ----------------
ev('A05','same_title_diff_place','F','2025-08-02',[('F',dict(id='F-26-0030',t='Touch a Truck',d='08/02/2025',s='10 AM',e='12 PM',loc='Rock Quarry Park',addr='701 Stadium Drive',lead='Fire',typ='Youth Program',vis='Public'))])
ev('A06','same_title_diff_place','R','2025-08-02',[('R',dict(t='Touch a Truck',d='Aug 2, 2025',s='10 AM',e='12 PM',loc='Solite Park - Picnic Shelter',addr='4704 Fayetteville Road',lead='Parks and Recreation',typ='Youth Program',vis='Public'))])
ev('A07','same_title_diff_place','P','2026-04-04',[('P',dict(t="Mayor's Traveling Town Hall",d='Apr 4, 2026',s='10 AM',e='11:30 AM',loc='Monroe County Public Library - Downtown',addr='303 E Kirkwood Ave',lead='Police',typ='Town Hall',vis='Public'))])
ev('A08','same_title_diff_place','C','2026-04-04',[('C',dict(id='CS26-0230',t="Mayor's Traveling Town Hall",d='04/04/2026',s='10 AM',e='11:30 AM',loc='Monroe County Public Library - Southwest Branch',addr='890 W Gordon Pike',lead='Community Safety',typ='Town Hall',vis='Public'))])
# ---------------- all day vs timed ----------------
ev('J42','all_day_vs_timed','RM','2025-10-19',[
 ('R',dict(t='Lake Griffy Cleanup',d='Oct 19, 2025',s='All Day',e='',loc='Griffy Lake Nature Preserve',lead='Parks and Recreation',typ='Community Meeting',vis='Public')),
 ('M',dict(t='Griffy Lake Cleanup - CERT',d='10/19/2025',s='9 AM',e='1 PM',loc='Griffy Lake Nature Preserve',addr='3400 N Headley Rd',lead='Emergency Management',typ='Community Meeting',vis='Public'))])
# ---------------- morning and afternoon sessions, each joint ----------------
ev('J43','am_pm_sessions','FR','2026-02-28',[
 ('F',dict(id='F-26-0230',t='Hands-Only CPR (AM)',d='02/28/2026',s='9 AM',e='11 AM',loc='W.D. Hill Recreation Center',addr='1308 Fayetteville St',lead='Fire',typ='CPR Class',vis='Public')),
 ('R',dict(t='Hands Only CPR - morning',d='Feb 28, 2026',s='9:00 AM',e='11:00 AM',loc='W.D. Hill Rec Center',lead='Parks and Recreation',typ='CPR Class',vis='Public'))])
ev('J44','am_pm_sessions','FR','2026-02-28',[
 ('F',dict(id='F-26-0231',t='Hands-Only CPR (PM)',d='02/28/2026',s='1 PM',e='3 PM',loc='W.D. Hill Recreation Center',addr='1308 Fayetteville St',lead='Fire',typ='CPR Class',vis='Public')),
 ('R',dict(t='Hands Only CPR - afternoon',d='Feb 28, 2026',s='1:00 PM',e='3:00 PM',loc='W.D. Hill Rec Center',lead='Parks and Recreation',typ='CPR Class',vis='Public'))])
# ---------------- cancelled logged twice ----------------
ev('J45','cancelled_twice','PF','2025-08-05',[
 ('P',dict(t='Saving Our Streets NNO',d='08/05/2025',s='12 PM',e='7 PM',addr='201 Chalfont St, 15210',lead='Police',part='Fire',typ='National Night Out',vis='Public',st='Cancelled')),
 ('F',dict(id='F-26-0025',t='CANCELLED - Saving Our Streets visit',d='Aug 5, 2025',s='5 PM',e='6 PM',addr='201 Chalfont',lead='Fire',typ='National Night Out',vis='Public'))],cancelled=True)
# ---------------- double submission ----------------
ev('J46','double_submission','FC','2026-06-20',[
 ('F',dict(id='F-26-0320',t='Summer Kickoff Hydrant Party',d='06/20/2026',s='2 PM',e='4 PM',loc='Southside Flats',addr='2416 Sarah St',lead='Fire',part='Community Safety',typ='Youth Program',vis='Public')),
 ('F',dict(id='F-26-0321',t='Summer Kickoff Hydrant Party',d='06/20/2026',s='14:00',e='16:00',loc='Southside Flats',addr='2416 Sarah Street',lead='Fire',part='Community Safety',typ='Youth Program',vis='Public'))])
ev('S12','double_submission_single','E','2025-10-22',[
 ('E',dict(t='Dispatch Center Tour for Scouts',d='10/22/2025',s='6:30 PM',e='7:30 PM',loc='Emergency Communications Center',addr='2008 E Club Blvd',lead='Emergency Communications',typ='Youth Program',vis='Public')),
 ('E',dict(t='Dispatch Center Tour for Scouts ',d='Oct 22, 2025',s='6:30pm',e='7:30pm',loc='Emergency Communications Center',lead='Emergency Communications',typ='Youth Program',vis='Public'))])
# ---------------- weekly class, one guest visit ----------------
for i,(day,guest) in enumerate([(4,False),(11,True),(18,False),(25,False)]):
    rows=[('R',dict(t='Walking with Ease',d=f'11/{day:02d}/2025',s='9:30 AM',e='10:30 AM',loc='Bryan Park',lead='Parks and Recreation',typ='Recreation Program',vis='Public'))]
    if guest:
        rows.append(('P',dict(t='Officer guest walker - Walking with Ease',d=f'Nov {day}, 2025',s='9:30 AM',e='10:30 AM',loc='Bryan Park',lead='Police',typ='Recreation Program',vis='Public')))
    ev(f'W{i+1}','weekly_guest','RP' if guest else 'R',f'2025-11-{day:02d}',rows)
# ---------------- National Night Out (Aug 5, 2025): parties logged by Police ----------------
NNO=[('Tweed St. Annual NNO Block Party','1223 Tweed Street','Sheraden','5:30 PM','9:30 PM'),
     ('Arlington National Night Out','2319 Arlington Ave','Arlington','6 PM','8 PM'),
     ('Greenfield Community NNO','Bud Hammer Field, Bigelow & Bristol','Greenfield','5:30 PM','7:30 PM'),
     ('Avenue of Hope NNO','200 Larimer Avenue','Larimer','4 PM','7:30 PM'),
     ('Community & Law Enforcement Fun','100 Larimer Avenue','Larimer','1 PM','8 PM'),
     ('Central Northside NNO','1400 Block of Arch Street','Mexican War Streets','5:30 PM','7:30 PM'),
     ('Southside Flats NNO','49 S. 22nd St','Southside Flats','6 PM','8 PM'),
     ('South Side Neighbors NNO','49 N. 22nd St','South Side','6 PM','8 PM'),
     ('Brookline NNO','1399 Oakridge St','Brookline','6 PM','9 PM'),
     ('Lincoln Avenue NNO','1551 Lincoln Ave.','Lincoln-Lemington','5:30 PM','7 PM'),
     ('Park Place NNO','7720 Abbott St','Park Place','5 PM','8 PM'),
     ('Zone 1 PSC NNO','1144 California Ave.','California-Kirkbride','4:15 PM','8 PM'),
     ('NNO Celebration','3830 California Ave.','Brighton Heights','5 PM','7 PM'),
     ('Holla NNO','3200 Block Mary Street','Southside Slopes','6 PM','9:30 PM'),
     ('Shadyside Lane Cul-de-sac NNO','2 Shadyside Lane','Shadyside','6 PM','8:30 PM'),
     ('Drill Way NNO Block Party','129 Stewart Avenue','Carrick','6 PM','9 PM')]
dropby={ # party index -> (fire row)
 3:('F',dict(id='F-26-0011',t='Engine 8 drop-by',d='08/05/2025',s='6:30 PM',e='7:15 PM',addr='200 Larimer Ave',lead='Fire',typ='National Night Out',vis='Public')),
 2:('F',dict(id='F-26-0012',t='NNO visit - Truck 17',d='Aug 5, 2025',s='6 PM',e='6:45 PM',loc='Bigelow Blvd at Bristol St',lead='Fire',typ='National Night Out',vis='Public')),
 6:('F',dict(id='F-26-0013',t='Engine 24 at 49 S 22nd St block party',d='2025-08-05',s='7pm',e='7:30pm',loc='South Side',lead='Fire',typ='National Night Out',vis='Public')),
 8:('F',dict(id='F-26-0014',t='NNO - Brookline visit',d='8/5/2025',s='7:00 PM',e='7:45 PM',loc='Brookline',lead='Fire',typ='National Night Out',vis='Public')),
 11:('C',dict(id='CS26-0101',t='Noche Nacional - mesa de recursos',d='Aug 5, 2025',s='5 PM',e='7 PM',addr='1144 California Avenue',lead='Community Safety',typ='National Night Out',vis='Public')),
 15:('E',dict(t='NNO drop by w/ 911 trailer',d='08/05/2025',s='7 PM',e='8 PM',loc='Drill Way (behind 129 Stewart Ave)',lead='911',typ='National Night Out',vis='Public')),
}
for i,(t,a,nb,s,e) in enumerate(NNO):
    rows=[('P',dict(t=t,d=D(2025,8,5) if i%2 else '08/05/2025',s=s,e=e,addr=a,lead='Police',typ='National Night Out',vis='Public',desc=f'{nb} block party.'))]
    dep='P'
    if i in dropby:
        rows.append(dropby[i]); dep+=dropby[i][0]
    ev(f'NNO{i+1:02d}','nno' + ('_visit' if i in dropby else ''),dep,'2025-08-05',rows)
# ---------------- more realistic variants ----------------
ev('J47','partner_col_with_count','RP','2026-06-27',[('R',dict(t='Juneteenth Community Cookout',d='06/27/2026',s='3pm',e='7pm',loc='Hillside Park',addr='1300 S Roxboro St',lead='Parks and Recreation',part='Police - 2 officers',typ='Festival',vis='Public'))])
ev('J48','partner_text_w_slash','ER','2026-05-13',[('E',dict(t='Know When to Call 911 - Senior Social',d='May 13, 2026',s='10 AM',e='11 AM',loc='Edgewood Senior Center',addr='2109 Ellerbe St',lead='911 Emergency Communications',typ='Safety Education',vis='Public',desc='w/ Parks & Rec senior programs staff'))])
ev('J49','date_typed_as_text','PC','2025-12-18',[
 ('P',dict(t='Holiday Safety Pop-Up',d='Thursday Dec 18th 2025',s='4pm',e='6pm',loc='Northgate Mall food court',addr='1058 W Club Blvd',lead='Police',typ='Safety Education',vis='Public')),
 ('C',dict(id='CS26-0184',t='Holiday Safety Pop Up',d='12/18/25',s='4:00 PM',e='6:00 PM',loc='Northgate Mall',lead='Community Safety',typ='Safety Education',vis='Public'))])
ev('J50','overnight_event','PE','2025-12-31',[('P',dict(t="New Year's Eve Safe Ride Send-off",d='12/31/2025',s='10 PM',e='1 AM',loc='Durham Station',addr='515 W Pettigrew St',lead='Police',part='911 Center',typ='Safety Education',vis='Public'))])
ev('J51','partner_in_title_only','MR','2026-01-14',[('M',dict(t='Warming Center Volunteer Orientation with Parks and Rec',d='01/14/2026',s='5:30 PM',e='7 PM',loc='Walltown Park Recreation Center',addr='1308 W Markham Ave',lead='Emergency Management',typ='Other',vis='Public'))])
ev('J52','lead_is_other_dept','FR','2025-07-08',[('R',dict(t='Junior Fire Marshal Camp Week',d='07/08/2025',s='9 AM',e='3 PM',loc='Sherwood Park Recreation Center',lead='Fire',typ='Youth Program',vis='Public',desc='Parks hosts the room; Fire runs the camp.'))],note='row in Parks tab, Lead = Fire: joint')

# ================= batch 2: harder wording =================
ev('B01','officer_persona','RP','2025-07-15',[('R',dict(t='Officer Friendly Story Hour',d='07/15/2025',s='10:30 AM',e='11:15 AM',loc='Edgewood Senior Center',addr='2109 Ellerbe St',lead='Parks and Recreation',typ='Youth Program',vis='Public',desc='Officer Friendly visits story time with a patrol car for the kids to tour.'))],note='police officer named by role only')
ev('B02','sro_singular','RP','2025-08-20',[('R',dict(t='Back-to-School Bike Safety Check',d='Aug 20, 2025',s='4 PM',e='6 PM',loc='Bryan Park Basketball Courts',addr='1001 S Henderson St',lead='Parks and Recreation',typ='Safety Education',vis='Public',desc='SRO Ofc. Diaz will talk about bike safety and hand out helmets.'))])
ev('B03','hedge_may_in_text','R','2025-09-03',[('R',dict(t='Senior Trivia Afternoon',d='09/03/2025',s='2 PM',e='4 PM',loc='Allison Jukebox Community Center',addr='349 S Washington St',lead='Parks and Recreation',typ='Recreation Program',vis='Public',desc='Fire may stop by if available.'))],note='debatable: maybe-visit not counted')
ev('B04','dept_as_building','P','2025-10-28',[('P',dict(t='Bike Patrol Recruitment Info Session',d='10/28/2025',s='6 PM',e='7 PM',loc='Parks and Recreation Admin Building',addr='400 Cleveland St',lead='Police',typ='Community Meeting',vis='Public',desc='Meet in the lobby of the Parks and Recreation administration building.'))])
ev('B05','surname_not_department','F','2026-03-10',[('F',dict(id='F-26-0240',t='Home Escape Plan Workshop',d='3/10/2026',s='6 PM',e='7 PM',loc='Fire Station 1',addr='139 E Morgan St',lead='Fire',typ='Safety Education',vis='Public',desc='Officer Parks will lead the walk-through of E.D.I.T.H. drills.'))],note='Officer Parks is a fire prevention officer')
ev('B06','past_participation','R','2026-05-23',[('R',dict(t='Memorial Day Weekend Pool Opening',d='May 23, 2026',s='noon',e='6 PM',loc='Mills Pool',addr='1100 W 14th St',lead='Parks and Recreation',typ='Recreation Program',vis='Public',desc="Police came last year; this year it's just us and the lifeguards."))])
ev('B07','partner_person_with_dept','CP','2025-10-16',[('C',dict(id='CS26-0145',t='Violence Interruption Listening Session',d='10/16/2025',s='6 PM',e='8 PM',loc='Holton Career and Resource Center',addr='401 N Driver Street',lead='Community Safety',part='Sgt. Lee (DPD)',typ='Community Meeting',vis='Public'))])
ev('B08','partner_emoji','RF','2025-08-13',[('R',dict(t='Splash Pad Safety Day',d='08/13/2025',s='11 AM',e='1 PM',loc='Community Foundation Switchyard Plaza',addr='1601 S Rogers St',lead='Parks and Recreation',part='🚒 Fire ✅',typ='Recreation Program',vis='Public'))])
ev('B09','partner_fire_ems','RF','2026-04-08',[('R',dict(t='Lifeguard Recertification Open House',d='04/08/2026',s='5 PM',e='7 PM',loc='Mills Pool',addr='1100 W 14th St',lead='Parks and Recreation',part='Fire/EMS',typ='Open House',vis='Public'))])
ev('B10','partner_pal','RP','2026-01-08',[('R',dict(t='PAL Winter Hoops League Tip-Off',d='Jan 8, 2026',s='6 PM',e='8 PM',loc='W.D. Hill Recreation Center',addr='1308 Fayetteville Street',lead='Parks and Recreation',part='PAL',typ='Youth Program',vis='Public'))],note='debatable: PAL = Police Athletic League')
ev('B11','partner_conditional','RF','2025-09-01',[('R',dict(t='Labor Day Community Picnic',d='09/01/2025',s='11 AM',e='3 PM',loc='Hillside Park',addr='1300 S Roxboro St',lead='Parks and Recreation',part='Fire (if no calls)',typ='Festival',vis='Public'))],note='usual caveat: Fire crews always come subject to calls')
ev('B12','partner_not_needed','R','2026-02-14',[('R',dict(t="Valentine's Skate Night",d='02/14/2026',s='6 PM',e='8 PM',loc='Frank Southern Ice Arena',addr='2100 S Henderson St',lead='Parks and Recreation',part='Police - not needed this year',typ='Recreation Program',vis='Public'))])
# time styles on a second row of a joint event
ev('B13','time_range_24h_one_cell','CE','2026-01-21',[
 ('C',dict(id='CS26-0186',t='988 and 911: Which to Call',d='Jan 21, 2026',s='18:00-19:30',e='',loc='Dimension Mill',addr='642 N Madison St',lead='Community Safety',typ='Safety Education',vis='Public')),
 ('E',dict(t='988 vs 911 info night',d='01/21/2026',s='6:00 PM',e='7:30 PM',loc='Dimension Mill',lead='DECC',typ='Safety Education',vis='Public'))])
ev('B14','time_noon_to','RC','2025-07-24',[
 ('R',dict(t='Lunch in the Park',d='07/24/2025',s='Noon to 2',e='',loc='Olcott Park',lead='Parks and Recreation',typ='Recreation Program',vis='Public')),
 ('C',dict(id='CS26-0095',t='Lunch in the Park - resource table',d='Jul 24, 2025',s='12:00 PM',e='2:00 PM',loc='Olcott Park',lead='Community Safety',typ='Recreation Program',vis='Public'))])
ev('B15','time_with_words','MF','2025-09-17',[
 ('M',dict(t='Hurricane Season Prep Night',d='9/17/2025',s='approx. 6pm',e='8pm',loc='South Regional Library',addr='4505 S Alston Ave',lead='Emergency Management',typ='Safety Education',vis='Public')),
 ('F',dict(id='F-26-0070',t='Hurricane Prep Night - generator safety demo',d='Sep 17, 2025',s='6 PM',e='7 PM',loc='South Regional Library',lead='Fire',typ='Safety Education',vis='Public'))])
ev('B16','time_et_suffix','PC','2026-02-19',[
 ('P',dict(t='Community Conversation on Violence Reduction',d='02/19/2026',s='6pm ET',e='8pm ET',loc='Holton Career and Resource Center',addr='401 N Driver St',lead='Police',typ='Town Hall',vis='Public')),
 ('C',dict(id='CS26-0198',t='City-County Community Conversation on Violence Reduction',d='Feb 19, 2026',s='6 PM',e='8 PM',loc='Holton Career and Resource Center',lead='Community Safety',typ='Town Hall',vis='Public'))])
# dates typed oddly
ev('B17','date_no_year','FP','2026-03-19',[
 ('F',dict(id='F-26-0250',t='Spring Hydrant Flushing Info Table',d='Thu 3/19',s='4 PM',e='6 PM',loc='Northgate Mall',addr='1058 W Club Blvd',lead='Fire',typ='Safety Education',vis='Public')),
 ('P',dict(t='Spring Hydrant Flushing Info Table',d='03/19/2026',s='4 PM',e='6 PM',loc='Northgate Mall',lead='Police',typ='Safety Education',vis='Public'))],note='debatable validity: no year typed')
ev('B18','date_range_in_cell','RE','2025-10-10',[
 ('R',dict(t='Fall Fair of the Arts',d='Oct 10-12, 2025',s='10 AM',e='6 PM',loc='Waldron, Hill and Buskirk Park',addr='331 S Washington St',lead='Parks and Recreation',typ='Festival',vis='Public')),
 ('E',dict(t='Fair of the Arts - mobile comms unit',d='10/10/2025',s='10 AM',e='6 PM',loc='Buskirk Park',lead='911 Center',typ='Festival',vis='Public')),
 ('E',dict(t='Fair of the Arts - mobile comms unit',d='10/11/2025',s='10 AM',e='6 PM',loc='Buskirk Park',lead='911 Center',typ='Festival',vis='Public')),
 ('E',dict(t='Fair of the Arts - mobile comms unit',d='10/12/2025',s='10 AM',e='6 PM',loc='Buskirk Park',lead='911 Center',typ='Festival',vis='Public'))])
ev('B19','date_dmy_text','MC','2026-04-22',[
 ('M',dict(t='Earth Day Shelter-in-Place Drill',d='22-Apr-2026',s='10 AM',e='11 AM',loc='Durham County EOC',addr='2422 Broad St',lead='Emergency Management',typ='Safety Education',vis='Public',part='Community Safety'))])
# same building, same evening, similar generic titles
ev('A09','same_venue_diff_events','R','2026-03-26',[('R',dict(t='Youth Basketball Night',d='03/26/2026',s='6 PM',e='8 PM',loc='Edison Johnson Recreation Center - Gymnasium',addr='500 W Murray Ave',lead='Parks and Recreation',typ='Youth Program',vis='Public'))])
ev('A10','same_venue_diff_events','P','2026-03-26',[('P',dict(t='Youth Safety Night',d='Mar 26, 2026',s='6 PM',e='8 PM',loc='Edison Johnson Recreation Center - Dance Room',addr='500 W Murray Ave',lead='Police',typ='Youth Program',vis='Public'))])
ev('A11','same_place_same_day_diff_time','C','2026-05-05',[('C',dict(id='CS26-0245',t='Community Meeting',d='05/05/2026',s='10 AM',e='11:30 AM',loc='Cowork',addr='213 South Rogers Street',lead='Community Safety',typ='Community Meeting',vis='Public'))])
ev('A12','same_place_same_day_diff_time','P','2026-05-05',[('P',dict(t='Community Meeting',d='May 5, 2026',s='6 PM',e='7:30 PM',loc='Cowork',addr='213 S Rogers St',lead='Police',typ='Community Meeting',vis='Public'))])
# NNO next-door twin with the Fire visit at the twin
ev('NNO17','nno_visit','PF','2025-08-05',[
 ('P',dict(t='Tweed St. Neighbors Cookout',d='08/05/2025',s='5:30 PM',e='8:30 PM',addr='1225 Tweed Street',lead='Police',typ='National Night Out',vis='Public',desc='Sheraden block party.')),
 ('F',dict(id='F-26-0015',t='Ladder 31 visit',d='08/05/2025',s='6:15 PM',e='7 PM',addr='1225 Tweed St',lead='Fire',typ='National Night Out',vis='Public'))])
ev('NNO18','nno_visit','PC','2025-08-05',[
 ('P',dict(t='Homewood National Night Out',d='08/05/2025',s='2 PM',e='10 PM',loc='Baxter Park',addr='7618 Frankstown Ave',lead='Police',typ='National Night Out',vis='Public')),
 ('C',dict(id='CS26-0103',t='HEART outreach at Baxter Park',d='Aug 5, 2025',s='5 PM',e='7 PM',loc='Baxter Park, 7618 Frankstown Ave, 15208',lead='HEART',typ='National Night Out',vis='Public'))])
# rain date worded differently
ev('B20','rain_date','RF','2025-10-26',[
 ('R',dict(t='Harvest Hayride',d='Oct 26, 2025',s='3 PM',e='6 PM',loc='Sandy Creek Park',addr='3510 Sandy Creek Road',lead='Parks and Recreation',typ='Festival',vis='Public',desc='Rescheduled due to weather (orig. 10/25).')),
 ('F',dict(id='F-26-0110',t='Harvest Hayride - fire safety wagon',d='10/25/2025',s='3 PM',e='6 PM',loc='Sandy Creek Park',lead='Fire',typ='Festival',vis='Public'))])
# cancelled, marked differently, with text in status
ev('B21','cancelled_twice','RC','2026-01-03',[
 ('R',dict(t='New Year Polar Plunge',d='01/03/2026',s='11 AM',e='1 PM',loc='Griffy Lake',addr='3400 N Headley Rd',lead='Parks and Recreation',part='Community Safety',typ='Festival',vis='Public',st='Canceled - ice')),
 ('C',dict(id='CS26-0185',t='Polar Plunge ** CANCELED **',d='Jan 3, 2026',s='11 AM',e='1 PM',loc='Griffy Lake',lead='Community Safety',typ='Festival',vis='Public'))],cancelled=True)
# assistance offer accepted (row + Assistance Offers tab) -> joint
# ---------------- invalid rows ----------------
INVALID=[('R',dict(t='Summer Concert Series (date TBD)',d='TBD',s='7 PM',e='9 PM',loc='Durham Central Park',lead='Parks and Recreation',typ='Recreation Program',vis='Public')),
         ('P',dict(t='',d='',s='',e='',loc='',addr='',lead='Police',typ='',vis='Public',desc='call Sgt. Ruiz back re: fall academy'))]

# ---------------- write workbook ----------------
wb=openpyxl.Workbook(); wb.remove(wb.active)
sheets={}
for code,name in TABS.items():
    ws=wb.create_sheet(name)
    hdr = EC if code=='E' else STD + (['Title (Spanish)'] if code=='C' else [])
    ws.append(hdr); sheets[code]=(ws,hdr)
truth=[]
allrows=[]
for e in EVENTS:
    for tab,f in e['rows']:
        allrows.append((tab,f,e['key'],'yes'))
for tab,f in INVALID:
    allrows.append((tab,f,'INVALID','no'))
# interleave deterministically so one event's rows are not adjacent
import random
random.Random(42).shuffle(allrows)
for tab,f,key,valid in allrows:
    ws,hdr=sheets[tab]
    vals={}
    for k,v in f.items():
        col=KEYMAP[k]
        if tab=='E': col=ECMAP.get(col,col)
        vals[col]=v
    if 'Audience' not in vals and 'Audience' in hdr: vals['Audience']='All ages'
    ws.append([vals.get(c) if vals.get(c) != '' else None for c in hdr])
    truth.append((TABS[tab], ws.max_row, key, valid))
ao=wb.create_sheet('Assistance Offers'); ao.append(['Event UID or Event ID','Offering Department','What We Can Bring','Status'])
ao.append(['CS26-0102','DPD','Two officers to answer tenant-safety questions','Accepted'])
ao.append(['F-26-0040','Parks','Chairs and a room','Pending'])
wb.save(HERE / 'intake.xlsx')
with open(HERE / 'truth.csv','w',newline='') as fh:
    w=csv.writer(fh); w.writerow(['tab','row','event_key','valid'])
    for r in sorted(truth): w.writerow(r)
# ---------------- expected.json ----------------
def fq(date):
    y,m=int(date[:4]),int(date[5:7]); fy=y+1 if m>=7 else y; q=((m-7)%12)//3+1
    return f'FY{fy%100:02d}-Q{q}'
months=defaultdict(lambda:{'events':0,'joint_events':0}); quarters=defaultdict(lambda:{'events':0,'joint_events':0,'all_department_events':0})
for e in EVENTS:
    if e['cancelled']: continue
    m=e['date'][:7]; j=len(e['depts'])>=2
    months[m]['events']+=1; months[m]['joint_events']+=j
    q=quarters[fq(e['date'])]; q['events']+=1; q['joint_events']+=j; q['all_department_events']+=len(e['depts'])==6
fams=defaultdict(lambda:{'note':'','events':0,'event_keys':[]})
for e in EVENTS:
    fams[e['fam']]['events']+=1; fams[e['fam']]['event_keys'].append(e['key'])
exp={'events':len(EVENTS),'joint_events':sum(len(e['depts'])>=2 for e in EVENTS),'months':dict(sorted(months.items())),
     'fiscal_quarters':dict(sorted(quarters.items())),'calendar_sources':[],
     'event_departments':{e['key']:e['depts'] for e in EVENTS if len(e['depts'])>=2},
     'event_meta':{e['key']:dict(fam=e['fam'],depts=e['depts'],date=e['date'],cancelled=e['cancelled'],note=e['note']) for e in EVENTS},
     'families':dict(fams),
     # the figures the benchmark's count lines compare with
     'invalid_rows':len(INVALID),
     'cancelled_events':sum(e['cancelled'] for e in EVENTS),
     'public_events':len(EVENTS)-sum(any(f.get('vis')=='Internal' for _,f in e['rows']) for e in EVENTS)}
json.dump(exp,open(HERE / 'expected.json','w'),indent=1,ensure_ascii=False)
print(len(EVENTS),'events',len(allrows),'rows',exp['joint_events'],'joint')
