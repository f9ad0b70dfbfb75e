"""Millbrook (invented college town, America/Chicago; home of Millbrook University) — a labelled
joint-event test set for safety-events, FY26 (July 2025 – June 2026).

The intake workbook holds six department tabs plus ONE shared planning tab, "Joint Events Planner",
where any department (or the City Manager's office) adds a row for an event several departments
plan together, with a free-typed "Departments" column ("PD/FD", "all depts", "everyone except 911",
"PD (lead), FD, CS").  Departments also log their own part in their own tab.  Titles, places and
habits are drawn from the real Bloomington, IN (Indiana University town) city and parks calendars
and the King County community-events CSV in shared/realdata.  Campus life drives the year:
move-in week, football game days, homecoming, finals, Little 500, student-run events, and the
Millbrook University Police Department (MUPD), which is NOT the city's Police.

Writes intake.xlsx, truth.csv (tab,row,event_key,valid) and expected.json (events, months,
fiscal_quarters, families, event_departments, ...).  No randomness: every row is written by hand.
"""
import csv, json, datetime as dt
from collections import defaultdict, OrderedDict
from pathlib import Path
import openpyxl

HERE = Path(__file__).resolve().parent
D = dt.date
ALL = ["Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management", "Parks and Recreation"]
TABS = {"P": "Police", "F": "Fire", "C": "Community Safety", "E": "Emergency Communications",
        "M": "Emergency Management", "K": "Parks and Recreation", "J": "Joint Events Planner"}
DEPT_HDR = ["Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address", "Lead Department",
            "Partner Departments", "Event Type", "Description", "Visibility", "Status", "Internal Notes"]
FIRE_HDR = ["Event Name", "Date", "Time", "End Date", "End Time", "Venue", "Address", "Lead Department",
            "Partners", "Type", "Description", "Visibility", "Status", "Notes"]
PLAN_HDR = ["Event", "Date", "Time", "End Time", "Where", "Address", "Added By", "Departments", "Notes",
            "Visibility", "Status"]
# canonical -> header in that tab
FIRE_MAP = dict(zip(DEPT_HDR, FIRE_HDR))
PLAN_MAP = {"Title": "Event", "Start Date": "Date", "Start Time": "Time", "End Time": "End Time", "Location": "Where",
            "Address": "Address", "Lead Department": "Added By", "Partner Departments": "Departments",
            "Internal Notes": "Notes", "Visibility": "Visibility", "Status": "Status", "Description": "Notes"}

rows = []      # dicts: tab letter, key, cells (canonical names)
events = {}    # key -> dict(date, depts, family, cancelled, internal, title)

def ev(key, date, depts, family, title, cancelled=False, internal=False):
    events[key] = dict(date=date, depts=sorted(set(depts)), family=family, cancelled=cancelled,
                       internal=internal, title=title)

def row(tab, key, title, date, start=None, end=None, loc=None, addr=None, lead=None, partners=None,
        etype=None, desc=None, vis="Public", status=None, notes=None, end_date=None, valid=True):
    rows.append(dict(tab=tab, key=key, valid=valid, cells={
        "Title": title, "Start Date": date, "Start Time": start, "End Date": end_date, "End Time": end,
        "Location": loc, "Address": addr, "Lead Department": lead, "Partner Departments": partners,
        "Event Type": etype, "Description": desc, "Visibility": vis, "Status": status, "Internal Notes": notes}))

# ---------------------------------------------------------------- joint events
FAIR = "Millbrook County Fairgrounds"; FAIR_A = "5700 W Airport Rd, Millbrook"
ev("J01", D(2025,7,4), ALL, "all_department", "4th of July Fireworks")
row("J","J01","4th of July Fireworks & Concert",D(2025,7,4),"6pm","10pm",FAIR,FAIR_A,"J. Alvarez, City Mgr Office","All departments (see notes)",notes="Parks hosts, PD traffic, Fire standby for the show, OEM + 911 in the mobile command post, CS cooling tent")
row("K","J01","Independence Day Celebration",D(2025,7,4),"6:00 PM","10:30 PM","Fairgrounds",FAIR_A,"Parks and Recreation",None,"Festival","Live music from the Millbrook Community Band, food trucks, fireworks at dusk.")
row("P","J01","July 4th traffic detail - fairgrounds",D(2025,7,4),"5pm","11pm","Millbrook Co. Fairgrounds","5700 W. Airport Road","Police",None,"Other","Road closures on Airport Rd after the fireworks.",vis="Internal")
row("F","J01","Fireworks standby - Engine 7 & Medic 2",D(2025,7,4),"8:30 PM","10:30 PM","Fairgrounds - east lot",FAIR_A,"Fire",None,"Other",None,vis="Internal")
row("M","J01","OEM / 911 mobile command post - fireworks",D(2025,7,4),"5:30pm","11pm",FAIR,None,"OEM","911","Other","MCP parked by the grandstand.",vis="Internal")
row("E","J01","Dispatch in mobile command - July 4",D(2025,7,4),"5:30 PM","11 PM","Fairgrounds (MCP)",None,"Emergency Communications","Emergency Management","Other",None,vis="Internal")
row("C","J01","Cooling tent at fireworks",D(2025,7,4),"5-9p",None,"Millbrook County Fairgrounds",None,"Community Safety",None,"Safety Education","Water, shade and a HEART outreach worker on hand.")

ev("J02", D(2025,7,12), ["Parks and Recreation","Fire"], "partner_in_text_only", "Stay Cool Day")
row("K","J02","Stay Cool Day at Bryan Park Pool - FREE Admission",D(2025,7,12),"12:00 PM","5:00 PM","Bryan Park Pool","1020 S Woodlawn Ave","Parks and Recreation",None,"Recreation Program","Free admission all afternoon. Fire will bring a truck and spray the lawn at 2.")

ev("J03", D(2025,7,19), ["Parks and Recreation","Fire","Police"], "partner_part_titles", "Touch a Truck")
row("K","J03","Touch a Truck",D(2025,7,19),"10:00 AM","1:00 PM","Switchyard Park","1601 S Rogers St","Parks and Recreation",None,"Festival","Climb in the big trucks! Quiet hour 10-11 (no horns).")
row("F","J03","Engine 3 at Touch-a-Truck",D(2025,7,19),"10:30a","12p","Switchyard Pk","1601 S. Rogers Street","Fire",None,"Safety Education")
row("P","J03","Touch a Truck - patrol car & K9",D(2025,7,19),"10am","noon","Switchyard Park, 1601 S Rogers St",None,"Police",None,"Safety Education")

ev("J43", D(2025,7,21), ["Parks and Recreation","Fire"], "date_range_and_one_day_part", "Millbrook County Fair")
row("K","J43","Millbrook County Fair",D(2025,7,21),None,None,FAIR,FAIR_A,"Parks and Recreation",None,"Festival","4-H barns, midway, grandstand shows nightly.",end_date=D(2025,7,26))
row("F","J43","Fair EMS standby",D(2025,7,24),"5pm","10pm","Fairgrounds",FAIR_A,"Fire",None,"Other","Medic 2 on the midway for the demolition derby night.")

NNO_DATE = D(2025,8,5)
ev("J04", NNO_DATE, ["Police","Fire","Community Safety","Parks and Recreation"], "planner_departments_typed", "NNO Kickoff")
row("J","J04","NNO Kickoff - Central Park",NNO_DATE,"5pm","8pm","Millbrook Central Park",None,"Parks","PD (lead), FD, CS",notes="Kickoff before crews fan out to the block parties. Chief speaks at 5:30.")
row("P","J04","National Night Out Kickoff",NNO_DATE,"5:00 PM","8:00 PM","Millbrook Central Park","200 W Kirkwood Ave","Police",None,"National Night Out","Meet your officers, free hot dogs, McGruff.")
row("K","J04","NNO kickoff @ Central Pk",NNO_DATE,"5-8p",None,"Central Park pavilion",None,"Parks and Recreation","Police","National Night Out")
ev("J05", NNO_DATE, ["Police","Fire"], "nno_block_parties", "NNO Oak Hill")
row("P","J05","NNO - Oak Hill Block Party",NNO_DATE,"6:00 PM","9:00 PM",None,"1412 E Oak Hill Dr","Police",None,"National Night Out","Oak Hill Neighborhood Assn cookout, bounce house.")
row("F","J05","Engine 7 visit - Oak Hill NNO",NNO_DATE,"7pm","7:30pm",None,"1412 E. Oak Hill Drive","Fire",None,"National Night Out")
for k,t,a,s,e in [("S01","NNO - Prospect Hill","600 W 3rd St","6pm","8:30pm"),("S02","National Night Out - Elm Heights","1100 S Jordan Ave","6:00 PM","9:00 PM"),("S03","NNO Block Party - Maple Court","220 N Maple Ct","5:30 PM","8 PM")]:
    ev(k, NNO_DATE, ["Police"], "nno_block_parties", t)
    row("P",k,t,NNO_DATE,s,e,None,a,"Police",None,"National Night Out","Neighborhood block party; officers stopping by.")

ev("J06", D(2025,8,9), ["Parks and Recreation","Community Safety","Police"], "partner_part_titles", "Back to School Bash")
row("K","J06","Back to School Bash",D(2025,8,9),"11:00 AM","2:00 PM","Banneker Community Center","930 W 7th St","Parks and Recreation",None,"Youth Program","Backpacks, haircuts, games.")
row("C","J06","B2S backpack giveaway - Banneker",D(2025,8,9),"11am","2pm","Banneker CC",None,"Community Safety",None,"Youth Program")
row("P","J06","Ofc. Reyes @ back to school bash",D(2025,8,9),"noon","1pm","Banneker Comm. Center","930 W. 7th Street","Police",None,"Youth Program")

MOVE = D(2025,8,20)
ev("J07", MOVE, ["Police","Fire","Emergency Communications"], "campus_semester", "Move-In Safety Fair")
row("J","J07","Move-In Safety Fair",MOVE,"10am","2pm","Dunn Meadow (MU campus)",None,"PD","PD/FD/911",notes="MU move-in week. MUPD runs the fair; city departments have tables.")
row("P","J07","Move in week safety table",MOVE,"10:00 AM","2:00 PM","Dunn Mdw, MU campus",None,"Police",None,"Safety Education","MUPD is hosting; city PD has a table on rental safety and parties.")
row("F","J07","Engine 3 @ move-in fair",MOVE,"11-1",None,"Dunn Meadow",None,"Fire",None,"Safety Education","Smoke alarms in off-campus rentals.")
row("E","J07","Text-to-911 booth – move-in",MOVE,"10ish","2pm","Dunn Meadow",None,"Emergency Communications",None,"Safety Education")

ev("J08", D(2025,8,21), ["Community Safety","Police"], "campus_semester", "Welcome Week Block Party")
row("C","J08","Welcome Week Block Party (student govt)",D(2025,8,21),"7pm","11pm","Kirkwood Ave & Dunn St",None,"Community Safety",None,"Festival","Student Government's street party; HEART outreach table w/ PD. Fire invited, not confirmed.")
row("P","J08","Welcome Wk block party - Kirkwood/Dunn",D(2025,8,21),"7:00 PM","12:00 AM","Kirkwood and Dunn",None,"Police",None,"Other","Two bike officers assigned.",vis="Internal")

ev("J41", D(2025,8,28), ["Community Safety","Emergency Communications","Police"], "campus_semester", "Involvement Fair")
row("J","J41","Involvement Fair (student orgs) – public safety tables",D(2025,8,28),"4pm","7pm","IMU Alumni Hall",None,"CS","CS, 911, PD",notes="Student org fair in the Union; we get three tables in a row.")
row("E","J41","911 table IMU Involvement Fair",D(2025,8,28),"4-7pm",None,"Millbrook Memorial Union, Alumni Hall","900 E 7th St","Emergency Communications",None,"Safety Education")
row("P","J41","Involvement Fair table",D(2025,8,28),"4:00 PM","7:00 PM","Memorial Union",None,"Police",None,"Other","Recruiting + rental safety flyers",vis="Internal")

ev("J09", D(2025,9,6), ["Emergency Management","Police","Emergency Communications"], "internal_joint_work", "Game Day Unified Command briefing", internal=True)
row("M","J09","Game Day Unified Command - MU vs Ball State",D(2025,9,6),"8:00 AM","9:00 AM","Millbrook EOC","401 N Morton St, 3rd floor","Emergency Management","Police, 911","Other","Home opener briefing.",vis="Internal")
row("P","J09","Game day briefing at EOC",D(2025,9,6),"8am","9am","EOC (City Hall 3rd fl)",None,"Police",None,"Other",vis="Internal")
row("E","J09","Game day briefing (911 supv attend)",D(2025,9,6),"8:00","9:00","EOC",None,"Emergency Communications",None,"Other",vis="Internal")

ev("J10", D(2025,9,13), ["Fire","Community Safety"], "campus_semester", "Tailgate Safety Tent")
row("F","J10","Tailgate safety tent - Stadium Lot 3",D(2025,9,13),"9am","1pm","Memorial Stadium Lot 3",None,"Fire",None,"Safety Education","Grill and fire-pit safety before kickoff.")
row("C","J10","Harm reduction tent @ tailgate",D(2025,9,13),"9:00 AM","1:00 PM","Stadium Lot 3 (17th & Fee Ln)",None,"Community Safety",None,"Safety Education","Narcan, water, ride-home info.")

ev("J35", D(2025,9,18), ["Police","Community Safety"], "planner_added_by_non_department", "Community Conversation - campus safety")
row("J","J35","Community Conversation - campus area safety",D(2025,9,18),"6pm","7:30pm","City Hall McCloskey Room #135","401 N Morton St","Mayor's office (Kim)","Police + CS",notes="MUPD Chief will attend and answer questions too.")
row("P","J35","Town hall - campus area safety",D(2025,9,18),"6:00 PM","7:30 PM","City Hall, Rm 135",None,"Police",None,"Town Hall")
row("C","J35","Campus Safety Community Conversation",D(2025,9,18),"6-7:30p",None,"McCloskey Room",None,"Community Safety",None,"Town Hall")

EXPO = D(2025,9,27); TL = "Twin Lakes Recreation Center"; TLA = "1700 W Bloomfield Rd"
ev("J11", EXPO, ALL, "all_department", "Millbrook Safety Expo")
row("J","J11","Safety Expo 2025",EXPO,"10am","3pm",TL,TLA,"J. Alvarez, City Mgr Office","all depts")
row("K","J11","Millbrook Safety Expo",EXPO,"10:00 AM","3:00 PM","Twin Lakes Rec Center","1700 W. Bloomfield Road","Parks and Recreation",None,"Festival","Gym and parking lot. Bounce house, demos, giveaways.")
row("P","J11","Safety Expo - K9 demo",EXPO,"11:00 AM","11:30 AM","Twin Lakes Recreation Ctr",None,"Police",None,"Safety Education")
row("F","J11","CPR tent at Safety Expo",EXPO,"10am","3pm","Twin Lakes parking lot",TLA,"Fire",None,"CPR Class","Hands-only CPR every half hour.")
row("C","J11","HEART info table - expo",EXPO,"10-3",None,"Twin Lakes",None,"Community Safety",None,"Safety Education")
row("E","J11","911 kiosk - Safety Expo",EXPO,"10:00 AM","2:00 PM","Twin Lakes Recreation Center",None,"Emergency Communications",None,"Safety Education")
# typed on the wrong day: day name says Saturday (the expo), the date is the Friday before
row("M","J11","Go-kit giveaway @ Twin Lakes",D(2025,9,26),"10am","2pm","Twin Lakes Rec",None,"Emergency Management",None,"Safety Education","Free go-kits while they last (expo).")
ev("S04", D(2025,9,11), ["Emergency Management","Police","Fire","Community Safety","Emergency Communications","Parks and Recreation"], "internal_joint_work", "Safety Expo planning", internal=True)
row("J","S04","Safety Expo planning mtg",D(2025,9,11),"2pm","3pm","City Hall McCloskey Room #135",None,"OEM","all depts",notes="Final walk-through of the expo plan. Staff only.",vis="Internal")

ev("J12", D(2025,10,4), ["Fire","Police","Emergency Communications"], "partner_part_titles", "Fire Prevention Open House")
row("F","J12","Fire Prevention Week Open House",D(2025,10,4),"10:00 AM","2:00 PM","Fire Station 1","300 E 4th St","Fire",None,"Open House","Sparky, the ladder truck, kitchen fire demo.")
row("P","J12","McGruff visit - FS1 open house",D(2025,10,4),"11am","12pm","FS1",None,"Police",None,"Open House")
row("E","J12","Dispatch tour table @ Station 1",D(2025,10,4),"10a-2p",None,"Station 1, 300 E. 4th Street",None,"Emergency Communications",None,"Open House")

ev("J13", D(2025,10,11), ["Police","Fire"], "campus_semester", "Homecoming Parade")
row("J","J13","MU Homecoming Parade",D(2025,10,11),"6pm","7:30pm","Kirkwood Ave (Indiana to Walnut)",None,"Fire - Lt. Ortiz","PD/FD")
row("P","J13","Homecoming Parade traffic control",D(2025,10,11),"5:00 PM","8:00 PM","Kirkwood Ave",None,"Police",None,"Other","Kirkwood closed Indiana to Walnut 5-8.")
row("F","J13","HC parade - Ladder 1 in parade",D(2025,10,11),"6pm",None,"Kirkwood Avenue",None,"Fire",None,"Other")

ev("J42", D(2025,10,18), ["Fire","Parks and Recreation"], "cancelled_in_one_tab_only", "Fall Fire Safety Fest", cancelled=True)
row("F","J42","Fall Fire Safety Fest",D(2025,10,18),"1:00 PM","4:00 PM","Fire Station 2","1200 W 11th St","Fire","Parks","Festival","Hay rides, smoke trailer.",status="Cancelled - staffing")
row("K","J42","Fire Safety Fest - hay rides",D(2025,10,18),"1pm","4pm","Fire Stn 2, 1200 W 11th",None,"Parks and Recreation",None,"Festival",status="Scheduled")

ev("J14", D(2025,10,26), ["Parks and Recreation","Police","Fire"], "rain_date_move", "Trick or Treat Trail")
row("J","J14","Trick or Treat Trail",D(2025,10,25),"4pm","7pm","Bryan Park",None,"Parks","Parks + Police + Fire")
row("K","J14","Trick or Treat Trail",D(2025,10,25),"4:00 PM","7:00 PM","Bryan Park","1001 S Henderson St","Parks and Recreation",None,"Festival",status="Rained out, moved to 10/26")
row("K","J14","Trick or Treat Trail (rain date)",D(2025,10,26),"4:00 PM","7:00 PM","Bryan Park","1001 S Henderson St","Parks and Recreation",None,"Festival","Moved from Sat 10/25 because of storms.")
row("F","J14","Engine 5 at Trick or Treat Trail",D(2025,10,25),"4:30pm","6pm","Bryan Park",None,"Fire",None,"Festival")
row("P","J14","Trick-or-Treat Trail - PD candy table",D(2025,10,26),"4pm","7pm","Bryan Pk",None,"Police",None,"Festival","Moved w/ Parks to Sunday.")

ev("J16", D(2025,11,8), ["Fire","Emergency Management"], "address_vs_venue", "Sound the Alarm")
row("F","J16","Sound the Alarm - Crestmont installs 9am-2pm",D(2025,11,8),None,None,"Crestmont Community Center","1001 N Summit St","Fire",None,"Smoke Alarm Install","Door-to-door smoke alarm installs with the Red Cross.")
row("M","J16","CERT volunteers - smoke alarm canvass Crestmont",D(2025,11,8),"9:00 AM","1:00 PM","Crestmont Comm Ctr, 1001 N. Summit Street",None,"Emergency Management",None,"Smoke Alarm Install")

ev("J17", D(2025,11,15), ["Parks and Recreation","Police","Fire"], "coverage_rows", "Turkey Trot")
row("K","J17","Thanksgiving Turkey Trot 5K",D(2025,11,15),"8:00 AM","10:00 AM","Switchyard Park","1601 S Rogers St","Parks and Recreation",None,"Recreation Program")
row("P","J17","Turkey Trot 5K road closures",D(2025,11,15),"7am","10am","Switchyard Park",None,"Police",None,"Other",vis="Internal")
row("F","J17","Medic 2 standby - Trot",D(2025,11,15),"7:30 AM","10 AM","Switchyard",None,"Fire",None,"Other",vis="Internal")

ev("J36", D(2025,11,20), ["Emergency Management","Emergency Communications"], "online_event", "Holiday Travel Safety Webinar")
row("M","J36","Holiday Travel Safety Webinar",D(2025,11,20),"noon","1pm","Zoom",None,"Emergency Management","911","Safety Education","Winter driving kits, road conditions, when to call.")
row("E","J36","911 webinar - holiday travel",D(2025,11,20),"12:00 PM","1:00 PM","Online (Zoom)",None,"Emergency Communications",None,"Safety Education")

ev("J19", D(2025,12,8), ["Community Safety","Parks and Recreation"], "campus_semester", "Finals Week Study Break")
row("C","J19","Finals Week De-Stress Study Break",D(2025,12,8),"7pm","10pm","Wells Library lobby, MU campus",None,"Community Safety",None,"Other","Snacks, therapy dogs, crisis line info every night of finals.",end_date=D(2025,12,11))
row("K","J19","Finals De-Stress Pop-Up",D(2025,12,9),"7-9pm",None,"Wells Library",None,"Parks and Recreation",None,"Recreation Program","Board games + cocoa with CS.")

ev("J46", D(2026,1,10), ["Community Safety","Emergency Management"], "both_rows_name_each_other", "Warming Center Volunteer Orientation")
row("C","J46","Warming Center Volunteer Orientation",D(2026,1,10),"10am","12pm","First United Methodist","219 E 4th St","Community Safety","Emergency Management","Community Meeting")
row("M","J46","CERT warming center training",D(2026,1,10),"10:00 AM","12:00 PM","First United Methodist Church","219 E. 4th Street","Emergency Management","Community Safety","Community Meeting")

ev("J20", D(2026,1,19), ["Parks and Recreation","Community Safety"], "hedged_partner_in_planner", "MLK Day of Service")
row("J","J20","MLK Day of Service",D(2026,1,19),"9am","12pm","Banneker Community Center","930 W 7th St","Parks","Parks, CS, Fire (tentative)")
row("K","J20","MLK Day of Service",D(2026,1,19),"9:00 AM","12:00 PM","Banneker Community Center",None,"Parks and Recreation","Community Safety","Community Meeting")

ev("J21", D(2026,1,24), ["Emergency Management","Emergency Communications"], "partner_part_titles", "Winter Weather Prep Workshop")
row("M","J21","Winter Weather Prep Workshop",D(2026,1,24),"1:00 PM","3:00 PM","Monroe County Public Library, Rm 1B","303 E Kirkwood Ave","Emergency Management",None,"Safety Education")
row("E","J21","When to call 911 talk - winter prep",D(2026,1,24),"2pm","2:30pm","MCPL Room 1B",None,"Emergency Communications",None,"Safety Education")

ev("J22", D(2026,2,7), ["Parks and Recreation","Fire"], "odd_times", "Polar Plunge")
row("K","J22","Polar Plunge",D(2026,2,7),"11:00 AM","1:00 PM","Griffy Lake Boathouse","3400 N Headley Rd","Parks and Recreation",None,"Festival","Benefits Special Olympics. Costumes encouraged.")
row("F","J22","Water rescue team - Polar Plunge",D(2026,2,7),"11ish","1pm","Griffy Lake",None,"Fire",None,"Other")

COFFEE = ("Coffee with a Cop","Hopscotch Coffee","235 W Dodds St")
for i,dd in enumerate([D(2025,8,14),D(2025,9,11),D(2025,10,9),D(2025,11,13),D(2026,1,8),D(2026,2,12),D(2026,3,12)]):
    k = "J23" if dd == D(2026,2,12) else f"S1{i}"
    if k == "J23":
        ev(k, dd, ["Police","Community Safety"], "series_partner_one_session", "Coffee with a Cop (Feb)")
    else:
        ev(k, dd, ["Police"], "series_partner_one_session", f"Coffee with a Cop {dd}")
    row("P",k,"Coffee with a Cop",dd,"8:00 AM","9:30 AM","Hopscotch Coffee","235 W Dodds St","Police",None,"Community Meeting","Monthly, second Thursday.")
row("C","J23","HEART staff at Coffee w/ a Cop",D(2026,2,12),"8am","9:30am","Hopscotch Coffee (Dodds St)",None,"Community Safety",None,"Community Meeting")

ev("J37", D(2026,2,21), ["Parks and Recreation","Police"], "partner_part_titles", "Black History Month Community Day")
row("K","J37","Black History Month Community Day",D(2026,2,21),"12:00 PM","4:00 PM","Banneker Community Center","930 W 7th St","Parks and Recreation",None,"Festival")
row("P","J37","Officer booth - Banneker BHM day",D(2026,2,21),"1pm","3pm","Banneker CC",None,"Police",None,"Other")

ev("J47", D(2026,3,3), ["Police","Emergency Communications"], "campus_semester", "Spring Break Travel Safety")
row("P","J47","Spring Break Travel Safety talk",D(2026,3,3),"7:00 PM","8:00 PM","IMU Frangipani Room","900 E 7th St","Police",None,"Safety Education","For MU students heading out of town.")
row("E","J47","911 - spring break talk, IMU",D(2026,3,3),"7-8p",None,"Memorial Union - Frangipani Rm",None,"Emergency Communications",None,"Safety Education")

for dd in [D(2026,3,7),D(2026,3,14),D(2026,3,21)]:
    k = "J24" if dd == D(2026,3,14) else f"S2{dd.day}"
    ev(k, dd, ["Emergency Management","Fire"] if k=="J24" else ["Emergency Management"], "series_partner_one_session", f"CERT Basic {dd}")
    row("M",k,"CERT Basic Training",dd,"9:00 AM","12:00 PM","Fire Station 1","300 E 4th St","Emergency Management",None,"Safety Education","3-Saturday course; attend all three.")
row("F","J24","Fire suppression module - CERT class",D(2026,3,14),"9-12",None,"FS1",None,"Fire",None,"Safety Education")

ev("J25", D(2026,3,28), ["Emergency Management","Emergency Communications"], "hedged_partner_in_planner", "Severe Weather Awareness Fair")
row("J","J25","Severe Wx Awareness Fair",D(2026,3,28),"10am","2pm","College Mall (center court)","2894 E 3rd St","OEM","EM, 911, Police?")
row("M","J25","Severe Weather Awareness Fair",D(2026,3,28),"10:00 AM","2:00 PM","College Mall","2894 E 3rd St","Emergency Management",None,"Safety Education","NOAA radios programmed free. Police asked to attend, waiting to hear back.")
row("E","J25","911 kiosk - severe wx fair",D(2026,3,28),"10a-2p",None,"College Mall center court",None,"Emergency Communications",None,"Safety Education")

ev("J39", D(2026,4,4), ["Parks and Recreation","Fire"], "hedged_partner_in_column", "Egg Hunt")
row("K","J39","Spring Egg Hunt",D(2026,4,4),"10:00 AM","12:00 PM","Bryan Park","1001 S Henderson St","Parks and Recreation","Fire, Police (unable to attend)","Recreation Program")
row("F","J39","Engine 5 at egg hunt",D(2026,4,4),"10am","11am","Bryan Park",None,"Fire",None,"Recreation Program")

ev("J26", D(2026,4,14), ["Emergency Communications","Police"], "partner_part_titles", "Telecommunicators Week Open House")
row("E","J26","Telecommunicators Week Open House",D(2026,4,14),"4:00 PM","7:00 PM","Central Emergency Dispatch Center","3 Public Safety Way","Emergency Communications",None,"Open House","Sit at a console, meet the people who answer 911.")
row("P","J26","Chief's visit - 911 center open house",D(2026,4,14),"5pm","6pm","Dispatch Center",None,"Police",None,"Open House")

ev("J27", D(2026,4,18), ["Police","Fire","Community Safety","Emergency Management","Parks and Recreation"], "planner_departments_typed", "Spring Preparedness Fair")
row("J","J27","Spring Preparedness Fair",D(2026,4,18),"10am","2pm","Switchyard Park pavilion","1601 S Rogers St","OEM","everyone except 911")
row("M","J27","Spring Prep Fair",D(2026,4,18),"10:00 AM","2:00 PM","Switchyard Park Pavilion",None,"Emergency Management",None,"Safety Education","Go-kits, shelter-in-place demo.")
row("K","J27","Prep fair - Switchyard pavilion",D(2026,4,18),"10-2",None,"Switchyard Pk Pavillion",None,"Parks and Recreation",None,"Safety Education")

ev("J28", D(2026,4,25), ["Community Safety","Police"], "campus_semester", "Little 500")
row("C","J28","Safer Little 500 outreach tent",D(2026,4,25),"10:00 AM","4:00 PM","Bill Armstrong Stadium","1606 N Fee Ln","Community Safety",None,"Safety Education","With MUPD and MU Health. Water, Narcan, ride info.")
row("P","J28","Little 500 - traffic detail",D(2026,4,25),"11am","5pm","Bill Armstrong Stadium, 1606 N Fee Ln",None,"Police",None,"Other",vis="Internal")

ev("J29", D(2026,5,2), ["Police","Parks and Recreation"], "double_entry_same_tab", "Bike Rodeo")
row("P","J29","Bike Rodeo & helmet fitting",D(2026,5,2),"10:00 AM","12:00 PM","Bryan Park Basketball Courts","1001 S Henderson St","Police","Parks","Youth Program")
row("K","J29","Kids Bike Rodeo",D(2026,5,2),"10-12",None,"Bryan Park courts",None,"Parks and Recreation",None,"Youth Program")
row("P","J29","Bike Rodeo",D(2026,5,2),"10am","12pm","Bryan Park",None,"Police",None,"Youth Program",notes="dup? Sgt Kim may have entered this too")

ev("J30", D(2026,5,9), ["Fire","Emergency Management"], "address_vs_venue", "Public Safety Day at Farmers Market")
row("F","J30","Fire booth at Farmers Mkt",D(2026,5,9),"8:00 AM","12:00 PM","Bloomington Community Farmers' Market","401 N Morton St","Fire",None,"Safety Education")
row("M","J30","OEM table - farmers market",D(2026,5,9),"8am","noon","Showers Plaza",None,"Emergency Management",None,"Safety Education")

ev("J31", D(2026,5,16), ["Fire","Emergency Communications"], "partner_part_titles", "EMS Week Open House")
row("F","J31","EMS Week Open House - Station 3",D(2026,5,16),"11:00 AM","2:00 PM","Fire Station 3","2100 S Henderson St","Fire",None,"Open House")
row("E","J31","Dispatch at EMS week - Stn 3",D(2026,5,16),"11am","1pm","Stn 3",None,"Emergency Communications",None,"Open House")

ev("J32", D(2026,5,30), ["Parks and Recreation","Fire"], "partner_part_titles", "Drowning Prevention Day")
row("K","J32","Drowning Prevention Day at Mills Pool",D(2026,5,30),"12:00 PM","3:00 PM","Mills Pool","1100 W 14th St","Parks and Recreation",None,"Safety Education","Fire will be in the water for a rescue demo at 1.")
row("F","J32","Engine 9 - water rescue demo",D(2026,5,30),"1pm","2pm","Mills Pool",None,"Fire",None,"Safety Education")

ev("J48", D(2026,6,6), ["Parks and Recreation","Fire"], "partner_in_text_only", "Fitness with a Firefighter")
row("K","J48","Fitness with a Firefighter",D(2026,6,6),"9:00 AM","10:00 AM","Switchyard Park","1601 S Rogers St","Parks and Recreation",None,"Recreation Program","Firefighters from Station 3 lead the workout.")

ev("J34", D(2026,6,15), ["Parks and Recreation","Police","Fire"], "date_range_and_one_day_part", "Safety Town Camp")
row("K","J34","Safety Town Camp (ages 5-7)","6/15/2026 - 6/19/2026","9am","12pm",TL,TLA,"Parks and Recreation",None,"Youth Program","A week of safety lessons for kids entering kindergarten-2nd grade.")
row("P","J34","Safety Town - officer day",D(2026,6,16),"9:00 AM","12:00 PM","Twin Lakes Rec Center",None,"Police",None,"Youth Program")
row("F","J34","Safety Town fire day (Engine 2)",D(2026,6,18),"9-12",None,"Twin Lakes",None,"Fire",None,"Youth Program")

ev("J33", D(2026,6,19), ["Parks and Recreation","Community Safety","Police"], "coverage_rows", "Juneteenth Celebration")
row("K","J33","Juneteenth Celebration",D(2026,6,19),"4:00 PM","8:00 PM","Rev. Ernest D. Butler Park","812 W 9th St","Parks and Recreation",None,"Festival")
row("C","J33","Juneteenth - HEART resource table",D(2026,6,19),"4pm","8pm","Butler Park",None,"Community Safety",None,"Festival")
row("P","J33","Juneteenth festival security",D(2026,6,19),"3pm","9pm","Rev Ernest D Butler Park",None,"Police",None,"Other",vis="Internal")

# ---------------------------------------------------------------- single-department background
def single(k, tab, title, date, s, e, loc, addr, fam, desc=None, vis="Public", status=None, etype="Other", partners=None, notes=None, cancelled=False, end_date=None):
    dept = TABS[tab]
    ev(k, date, [dept], fam, title, cancelled=cancelled, internal=(vis=="Internal"))
    row(tab,k,title,date,s,e,loc,addr,dept,partners,etype,desc,vis,status,notes,end_date)

single("S30","F","Fill the Engine Toy Drive",D(2025,12,6),"10:00 AM","2:00 PM","Walmart (W 3rd St)","3313 W 3rd St","negated_or_hedged_partner","Drop off new toys at the engine. Police invited, not confirmed.")
single("S31","P","Shop with a Cop",D(2025,12,6),"8:00 AM","11:00 AM","Target, College Mall","2889 E 3rd St","negated_or_hedged_partner","Officers shop with kids from Banneker.")
single("S32","K","Winter Palooza",D(2025,12,13),"5:00 PM","8:00 PM","Switchyard Park","1601 S Rogers St","negated_or_hedged_partner","Lights, cocoa, ice sculptures. Fire invited - not confirmed yet.",etype="Festival")
single("S33","C","Halloween Safety Walk",D(2025,10,30),"5:30 PM","7:00 PM","Prospect Hill","600 W 3rd St","negated_or_hedged_partner","Walk the neighborhood with HEART. No police this year - by request of the neighborhood association.")
single("S34","C","Safe Ride launch",D(2025,9,20),"8:00 PM","10:00 PM","Sample Gates (Kirkwood & Indiana)",None,"student_run_not_a_department","Partnering with MU Student Government's Safe Ride program; launch party.")
single("S35","K","Bike Registration Day",D(2025,9,20),"11:00 AM","2:00 PM","Switchyard Park","1601 S Rogers St","university_police_not_city","Register your bike with MU Police Department; MUPD officers will engrave serial numbers.",etype="Safety Education")
single("S36","K","MUPD Safety Walk - Campus Lights Tour",D(2025,10,7),"8:00 PM","9:00 PM","Dunn Meadow",None,"university_police_not_city","University Police will lead the walk to check campus lighting; Parks brings flashlights.")
single("S37","F","CPR class",D(2025,10,15),"6:00 PM","8:00 PM","Fire Station 1","300 E 4th St","same_title_same_evening_two_places","Hands-only CPR + AED. Register online.",etype="CPR Class")
single("S38","K","CPR/AED class (Red Cross)",D(2025,10,15),"6:00 PM","8:00 PM",TL,TLA,"same_title_same_evening_two_places","Red Cross certification class.",etype="CPR Class")
for i,dd in enumerate([D(2025,9,2),D(2025,9,9),D(2025,9,16),D(2025,9,23)]):
    single(f"S4{i}","K","Tai Chi Easy at Switchyard Park",dd,"9:00 AM","10:00 AM","Switchyard Park","1601 S Rogers St","weekly_class",etype="Recreation Program")
for i,dd in enumerate([D(2026,2,3),D(2026,2,10),D(2026,2,17)]):
    single(f"S5{i}","P","Citizens Police Academy",dd,"6:00 PM","9:00 PM","Police HQ Training Room","220 E 3rd St","weekly_class","Week %d of 6." % (i+1),etype="Youth Program")
single("S53","F","Remembering When - senior fall & fire safety",D(2025,11,5),"10:00 AM","11:00 AM","Allison Jukebox Community Center","351 S Washington St","background")
single("S54","C","HEART Open House",D(2025,8,26),"4:00 PM","6:00 PM","Community Safety office","120 W 7th St","background","Meet the care navigators.",etype="Open House")
single("S55","E","Text-to-911 presentation",D(2025,10,21),"1:00 PM","2:00 PM","Tri-North Middle School","1000 W 15th St","background",etype="Safety Education")
single("S56","M","Debris Management Plan Review",D(2026,2,18),"1:00 PM","3:00 PM","EOC",None,"internal_single","Annual plan review.",vis="Internal")
single("S57","F","Engine company training - ice rescue",D(2026,1,27),"8:00 AM","12:00 PM","Griffy Lake",None,"internal_single",vis="Internal")
single("S58","K","Movie in the Park - CANCELLED",D(2025,8,15),"8:30 PM","10:30 PM","Bryan Park","1001 S Henderson St","cancelled_single","Inside Out 2.",cancelled=True)
single("S59","K","Frank Southern Ice Arena CLOSED",D(2025,12,24),None,None,"Frank Southern Ice Arena","2100 S Henderson St","background","Closed for the holiday.")
single("S60","K","General Admission Public Ice Skating",D(2025,12,27),"1:00 PM","3:00 PM","Frank Southern Ice Arena","2100 S Henderson St","background",etype="Recreation Program")
single("S61","P","Neighborhood Watch meeting - Elm Heights",D(2025,10,1),"7:00 PM","8:00 PM","Elm Heights Church","1100 S Jordan Ave","background",etype="Community Meeting")
single("S62","E","Dispatch ride-along orientation",D(2026,1,13),"6pm","7pm","Central Emergency Dispatch Center","3 Public Safety Way","background",vis="Internal")
single("S63","M","NWS SKYWARN spotter class",D(2026,3,10),"6:30 PM","8:30 PM","Monroe County Public Library","303 E Kirkwood Ave","background","Taught by the National Weather Service.",etype="Safety Education")
single("S64","C","Narcan training",D(2026,4,9),"5:30 PM","6:30 PM","Monroe County Public Library, Rm 2A","303 E Kirkwood Ave","background",etype="Safety Education")
single("S65","F","Smoke alarm blitz - Broadview",D(2026,5,23),"9:00 AM","1:00 PM","Broadview neighborhood",None,"background",etype="Smoke Alarm Install")
single("S66","P","Youth Basketball w/ Officers",D(2026,6,10),"6:00 PM","8:00 PM","Banneker Community Center","930 W 7th St","background","Open gym; MUPD officers join in.",etype="Youth Program")
single("S67","K","Shakespeare in the Park",D(2026,6,12),"7:00 PM","9:00 PM","Peoples Park","501 E Kirkwood Ave","background",etype="Recreation Program")
single("S68","E","911 Public Comment Listening Session",D(2025,11,18),"6:00 PM","7:00 PM","City Hall McCloskey Room #135","401 N Morton St","background",etype="Community Meeting")
single("S69","M","Hazard Mitigation Plan open house",D(2026,5,5),"5:00 PM","7:00 PM","City Hall Atrium","401 N Morton St","background",etype="Open House")
# football game day #2: Fire tailgate tent again (same title, different Saturday -> separate event)
single("S70","F","Tailgate safety tent - Stadium Lot 3",D(2025,10,25),"9am","1pm","Memorial Stadium Lot 3",None,"campus_semester","Grill and fire-pit safety before kickoff.")
# two game-day pub-crawl patrols by Police at two bars, same evening (must stay apart)
single("S71","P","Bar check - Kilroy's on Kirkwood",D(2025,10,11),"10pm","2am","Kilroy's","502 E Kirkwood Ave","two_places_same_evening",vis="Internal")
single("S72","P","Bar check - Upland Brewing",D(2025,10,11),"10pm","2am","Upland Brewing Co","350 W 11th St","two_places_same_evening",vis="Internal")

# ---------------------------------------------------------------- invalid rows
rows.append(dict(tab="K", key="", valid=False, cells={"Title": None, "Start Date": D(2025,8,23), "Start Time": "10am", "Location": "Bryan Park", "Visibility": "Public"}))
rows.append(dict(tab="C", key="", valid=False, cells={"Title": "Community Listening Session (Eastside)", "Start Date": "TBD", "Start Time": "6pm", "Location": "TBD", "Visibility": "Public"}))
rows.append(dict(tab="E", key="", valid=False, cells={"Title": "Dispatch open house (spring)", "Start Date": "2/30/2026", "Start Time": "4pm", "Location": "Central Emergency Dispatch Center", "Visibility": "Public"}))

# ---------------------------------------------------------------- write the workbook
wb = openpyxl.Workbook(); wb.remove(wb.active)
order = ["Police","Fire","Community Safety","Emergency Communications","Emergency Management","Parks and Recreation","Joint Events Planner"]
sheets, hdrmap = {}, {}
for name in order:
    ws = wb.create_sheet(name)
    if name == "Fire": hdr, m = FIRE_HDR, FIRE_MAP
    elif name == "Joint Events Planner": hdr, m = PLAN_HDR, PLAN_MAP
    else: hdr, m = DEPT_HDR, dict(zip(DEPT_HDR, DEPT_HDR))
    ws.append(hdr); sheets[name] = ws; hdrmap[name] = (hdr, m)

def sortkey(r):
    d = r["cells"]["Start Date"]
    return d if isinstance(d, dt.date) else D(2026,6,15) if "6/15" in str(d) else D(2099,1,1)
truth = []
for name in order:
    hdr, m = hdrmap[name]
    mine = [r for r in rows if TABS[r["tab"]] == name]
    mine.sort(key=sortkey)
    for r in mine:
        c = dict(r["cells"])
        if name == "Joint Events Planner":
            c["Internal Notes"] = c.get("Internal Notes") or c.get("Description")
        vals = []
        for h in hdr:
            canon = [k for k, v in m.items() if v == h]
            canon = "Internal Notes" if "Internal Notes" in canon else (canon[0] if canon else None)
            vals.append(c.get(canon))
        sheets[name].append(vals)
        rn = sheets[name].max_row
        if name != "Joint Events Planner" and c.get("Start Date") == D(2025,9,26):
            sheets[name].cell(rn, 2).value = "Sat 9/26/2025"
        truth.append((name, rn, r["key"], "yes" if r["valid"] else "no"))
for ws in sheets.values():
    for col in ws.iter_cols(min_row=2):
        for cell in col:
            if isinstance(cell.value, dt.date): cell.number_format = "m/d/yyyy"
wb.save(HERE / "intake.xlsx")

with open(HERE / "truth.csv", "w", newline="") as f:
    w = csv.writer(f); w.writerow(["tab","row","event_key","valid"])
    for t in truth: w.writerow(t)

# ---------------------------------------------------------------- expected figures
def fq(d):
    fy = d.year + 1 if d.month >= 7 else d.year
    q = (d.month - 7) % 12 // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"
months = OrderedDict(); quarters = OrderedDict()
d0 = D(2025,7,1)
for i in range(12):
    mm = D(d0.year + (d0.month - 1 + i)//12, (d0.month - 1 + i) % 12 + 1, 1)
    months[mm.strftime("%Y-%m")] = {"events": 0, "joint_events": 0}
    quarters.setdefault(fq(mm), {"events": 0, "joint_events": 0, "all_department_events": 0})
joint_all = 0
for k, e in events.items():
    joint = len(e["depts"]) >= 2
    if joint: joint_all += 1
    if e["cancelled"]: continue
    m = e["date"].strftime("%Y-%m"); q = fq(e["date"])
    months[m]["events"] += 1; quarters[q]["events"] += 1
    if joint and not e["internal"]:
        months[m]["joint_events"] += 1; quarters[q]["joint_events"] += 1
        if set(ALL) <= set(e["depts"]): quarters[q]["all_department_events"] += 1
fam = defaultdict(list)
for k, e in events.items(): fam[e["family"]].append(k)
families = {f: {"note": f, "events": len(ks), "event_keys": sorted(ks)} for f, ks in sorted(fam.items())}
exp = {"flavour": "v60-millbrook", "rows": len(rows), "invalid_rows": sum(1 for r in rows if not r["valid"]),
       "events": len(events), "joint_events": joint_all,
       "cancelled_events": sum(1 for e in events.values() if e["cancelled"]),
       "months": months, "fiscal_quarters": quarters, "families": families,
       "event_departments": {k: e["depts"] for k, e in sorted(events.items()) if len(e["depts"]) >= 2},
       "event_titles": {k: e["title"] for k, e in sorted(events.items())}}
(HERE / "expected.json").write_text(json.dumps(exp, indent=1, default=str))
print("rows", len(rows), "events", len(events), "joint(incl cancelled/internal)", joint_all,
      "joint counted", sum(v["joint_events"] for v in months.values()))
