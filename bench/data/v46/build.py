"""Labelled intake set for Bloomington, Indiana (FY26: Jul 2025 - Jun 2026, America/Indiana/Indianapolis).

Six department tabs typed the way city staff type: real Bloomington titles and places (Switchyard Park,
Peoples Park, Banneker Community Center, Frank Southern Ice Arena, Twin Lakes, Showers Common/City Hall,
Monroe County Public Library) from shared/realdata (Bloomington department and parks calendars), Pittsburgh-style
National Night Out registrations, joint events logged once per department, traps (IU Police, Monroe Fire Protection
District, hedged partners), and a few invalid rows. Writes intake.xlsx, truth.csv, expected.json.
No randomness.
"""
import csv, json, datetime as dt
from collections import defaultdict
from pathlib import Path
import openpyxl

HERE = Path(__file__).resolve().parent
ALL = ["Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management", "Parks and Recreation"]
D = dict(P="Police", F="Fire", C="Community Safety", D="Emergency Communications", M="Emergency Management", K="Parks and Recreation")
TABS = {"P": "Police", "F": "Fire", "C": "Community Safety", "D": "911 Emergency Communications",
        "M": "Emergency Management", "K": "Parks and Recreation"}
STD = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
       "Lead Department", "Partner Departments", "Event Type", "Description", "Visibility", "Status", "Internal Notes"]
ALIAS911 = ["Event ID", "Event Title", "Event Date", "Time", "End", "End Time", "Place", "Address", "Host Department",
            "Partner Depts", "Category", "Description", "Visibility", "Status", "Staff Notes"]
FIELDS = ["id", "title", "date", "time", "end_date", "end_time", "loc", "addr", "lead", "partners", "type", "desc", "vis", "status", "notes"]

EVENTS = {}   # key -> dict(date, depts, cancelled, internal, family)
ROWS = defaultdict(list)  # tab letter -> list of (key or None, fields)


def E(key, family, date, depts, cancelled=False, internal=False):
    EVENTS[key] = dict(date=date, depts=sorted(D[c] for c in depts), cancelled=cancelled, internal=internal, family=family)


def R(tab, key, title, date, time="", end_time="", loc="", addr="", lead=None, partners="", type="", desc="",
      vis="Public", status="", notes="", end_date="", id=""):
    f = dict(id=id, title=title, date=date, time=time, end_date=end_date, end_time=end_time, loc=loc, addr=addr,
             lead=D[tab] if lead is None else lead, partners=partners, type=type, desc=desc, vis=vis, status=status, notes=notes)
    ROWS[tab].append((key, f))


d = dt.date
# ---------------- joint events ----------------
E("B001", "coverage_and_units", d(2025, 7, 4), "PFK")
R("K", "B001", "4th of July Parade", "7/4/2025", "10:00 AM", "12:00 PM", "Kirkwood Ave & Indiana Ave", type="Festival",
  desc="Annual Independence Day parade down Kirkwood to the Courthouse square.")
R("P", "B001", "July 4th parade - traffic ctrl / road closures", "7/4/2025", "9:00 AM", "12:30 PM", "Downtown parade route (Kirkwood)",
  type="Other", desc="Road closures Kirkwood from Indiana to Walnut.", vis="Internal")
R("F", "B001", "BFD apparatus in July 4 parade", "07/04/2025", "10a-noon", "", "Kirkwood Ave", partners="", type="Festival",
  desc="Ladder 1 and Engine 1 ride in the parade.")

E("B002", "different_titles_per_department", d(2025, 7, 12), "KFPD")
R("K", "B002", "Touch a Truck", "7/12/2025", "10:00 AM", "1:00 PM", "Switchyard Park", "1601 S Rogers St, Bloomington, IN 47403",
  type="Youth Program", desc="Climb in, honk horns, meet the people who drive the city's big machines.")
R("F", "B002", "Engine 4 @ Touch-a-Truck", "7/12/2025", "10:15 AM", "12:30 PM", "1601 S Rogers St", type="Safety Education")
R("P", "B002", "Touch A Truck - BPD display", "7/12/2025", "10am", "1pm", "Switchyard Pk", type="Safety Education",
  desc="Cruiser and motor unit on display.")
R("D", "B002", "Dispatch info table", "7/12/2025", "10:00 AM", "12:00 PM", "Switchyard Park pavilion", partners="",
  type="Safety Education", desc="Our table at Touch a Truck - when to call 911, text-to-911.")

E("B005a", "nno_visit", d(2025, 8, 5), "PF")
E("B005b", "nno_parties", d(2025, 8, 5), "P")
E("B005c", "nno_twin_addresses", d(2025, 8, 5), "P")
E("B005d", "nno_twin_addresses", d(2025, 8, 5), "PF")
E("B005e", "nno_parties", d(2025, 8, 5), "P")
E("B005f", "nno_parties", d(2025, 8, 5), "P")
R("P", "B005a", "Prospect Hill NNO", "8/5/2025", "6 PM", "8 PM", "700 W 4th St", type="National Night Out",
  desc="Prospect Hill Neighborhood Assn block party. Games, cookout.")
R("P", "B005b", "Elm Heights NNO Block Party", "8/5/2025", "5:30 PM", "8 PM", "1100 E Wylie St", type="National Night Out")
R("P", "B005c", "NNO - 412 N Fess Ave", "8/5/2025", "6 PM", "8:30 PM", "412 N Fess Ave", type="National Night Out",
  desc="Potluck, chalk art")
R("P", "B005d", "NNO - 412 S Fess Ave", "8/5/2025", "6 PM", "8:30 PM", "412 S Fess Ave", type="National Night Out",
  desc="Pizza party, kids games")
R("P", "B005e", "Bryan Park Neighbors NNO", "8/5/2025", "5 PM", "7:30 PM", "Bryan Park shelter, 1001 S Henderson St",
  type="National Night Out")
R("P", "B005f", "McDoel Gardens National Night Out", "8/5/2025", "6 PM", "8 PM", "1000 block of S Morton St", type="National Night Out")
R("F", "B005a", "Engine 1 drop-by - Prospect Hill", "8/5/2025", "6:30 PM", "7:00 PM", "W 4th St & S Jackson St",
  type="National Night Out")
R("F", "B005d", "Ladder 1 visit 412 S. Fess", "8/5/2025", "7 PM", "7:30 PM", "412 S Fess", type="National Night Out")

E("B006", "different_titles_per_department", d(2025, 8, 9), "KPC")
R("K", "B006", "Back to School Bash", "8/9/2025", "11:00 AM", "2:00 PM", "Banneker Community Center", "930 W 7th St",
  type="Youth Program", desc="Free school supplies, haircuts, games.")
R("P", "B006", "Backpack giveaway w/ BPD officers", "8/9/2025", "11am", "1pm", "930 W. 7th St.", type="Youth Program")
R("C", "B006", "CARE team info table @ Back-to-School Bash", "8/9/2025", "11:30 AM", "1:30 PM", "Banneker CC", type="Youth Program")

E("B007", "multi_day_range_vs_day_rows", d(2025, 8, 30), "PF")
R("P", "B007", "4th St Fest security", "Aug 30-31, 2025", "9a-6p", "", "E 4th St (Grant to Dunn)", type="Festival",
  desc="Officers posted both days of the Fourth Street Festival of the Arts & Crafts.", vis="Internal")
R("F", "B007", "4th Street Festival - EMS tent", "8/30/2025", "10:00 AM", "5:00 PM", "E 4th St & S Grant St", type="Festival")
R("F", "B007", "4th Street Festival - EMS tent", "8/31/2025", "10:00 AM", "5:00 PM", "E 4th St & S Grant St", type="Festival")

E("B008", "all_department_flagship", d(2025, 9, 13), "PFCDMK")
R("M", "B008", "Be Ready Monroe County - Preparedness Fair", "9/13/2025", "10:00 AM", "2:00 PM", "Monroe County Public Library",
  "303 E Kirkwood Ave, Bloomington, IN 47408", partners="Fire, Police, 911, Community Safety", type="Safety Education",
  desc="National Preparedness Month fair. Parks & Rec will run the kids' zone on the lawn.")
R("F", "B008", "Extinguisher demo - prep fair", "9/13/2025", "10:00 AM", "2:00 PM", "MCPL parking lot", type="Safety Education")
R("P", "B008", "BPD booth @ Preparedness Fair", "9/13/2025", "10:30 AM", "1:30 PM", "Monroe Co Public Library", type="Safety Education")
R("D", "B008", "Text-to-911 info kiosk", "Sat 9/13", "10a-2p", "", "303 E. Kirkwood Ave", type="Safety Education",
  desc="Preparedness fair at the library")
R("C", "B008", "CARE navigators table - Be Ready fair", "9/13/2025", "10:00 AM", "2:00 PM", "Library (downtown)", type="Safety Education")

E("B009", "rain_date_one_tab", d(2025, 9, 27), "PK")
R("P", "B009", "Kids Bike Rodeo", "9/27/2025", "10:00 AM", "12:00 PM", "Bryan Park", type="Safety Education",
  desc="Rain date - moved from 9/20. Helmet fitting, skills course.", notes="moved from 9/20 (storms)")
R("K", "B009", "Bike Safety Rodeo", "9/20/2025", "10:00 AM", "12:00 PM", "Bryan Park, 1001 S Henderson St", type="Safety Education",
  status="Postponed", desc="With BPD")

E("B011", "different_titles_per_department", d(2025, 10, 11), "FDP")
R("F", "B011", "BFD Open House - Fire Prevention Wk", "10/11/2025", "10:00 AM", "2:00 PM", "Fire Station 1", "300 E 4th St",
  partners="K-9 unit", type="Open House", desc="Station tours, Sparky, extinguisher lane.")
R("D", "B011", "Dispatch kiosk at Station 1 open house", "10/11/2025", "10:00 AM", "2:00 PM", "FS1", type="Open House")

E("B012a", "weekly_with_one_guest", d(2025, 10, 4), "KF")
E("B012b", "weekly_with_one_guest", d(2025, 10, 11), "K")
R("K", "B012a", "Bloomington Community Farmers' Market", "10/4/2025", "8:00 AM", "1:00 PM", "Showers Common", "401 N Morton St", type="Other")
R("K", "B012b", "Bloomington Community Farmers' Market", "10/11/2025", "8:00 AM", "1:00 PM", "Showers Common", "401 N Morton St", type="Other")
R("F", "B012a", "Fire Prevention booth - Farmers Mkt", "10/4/2025", "8:30 AM", "12:00 PM", "Showers Common", type="Safety Education")

E("B013", "hedged_partner", d(2025, 10, 25), "KF")
R("K", "B013", "Trick or Treat Trail", "10/25/2025", "4:00 PM", "6:00 PM", "Switchyard Park", "1601 S Rogers St", type="Festival",
  desc="Costumes welcome. Police invited, not confirmed.")
R("F", "B013", "Fire Safety tent at Trick-or-Treat Trail", "10/25/2025", "4pm", "6pm", "Switchyard", type="Safety Education")

E("B014", "coverage_and_units", d(2025, 11, 1), "KF")
R("K", "B014", "Bloomington Pumpkin Launch", "11/1/2025", "11:00 AM", "2:00 PM", "Twin Lakes Sports Park", "2350 W Bloomfield Rd", type="Festival")
R("F", "B014", "Standby - Pumpkin Launch", "11/1/2025", "10:30 AM", "2:30 PM", "Twin Lakes Sports Pk, 2350 W Bloomfield Rd", type="Other",
  vis="Internal")

E("B015", "kind_in_other_words", d(2025, 10, 18), "CK")
R("C", "B015", "Downtown Community Cleanup", "10/18/2025", "9:00 AM", "12:00 PM", "Peoples Park", type="Community Meeting")
R("K", "B015", "Litter pick-up (downtown)", "10/18/2025", "9am", "noon", "501 E Kirkwood Ave", type="Other")

for i, mo in enumerate([(7, 8), (8, 12), (9, 9), (10, 14), (11, 11), (12, 9)]):
    k = f"B016{'abcdef'[i]}"
    E(k, "weekly_with_one_guest", d(2025, *mo), "FC" if mo == (11, 11) else "F")
    R("F", k, "Hands-Only CPR", f"{mo[0]}/{mo[1]}/2025", "6:00 PM", "7:30 PM", "Fire Station 1", "300 E 4th St", type="CPR Class")
E("B016m", "morning_and_evening_same_day", d(2025, 11, 11), "F")
R("F", "B016m", "Hands-Only CPR (morning)", "11/11/2025", "10:00 AM", "11:30 AM", "Fire Station 1", "300 E 4th St", type="CPR Class")
R("C", "B016e", "CPR + Naloxone training", "11/11/2025", "6 PM", "7:30 PM", "Fire Station 1", type="CPR Class",
  desc="We teach the Narcan half of BFD's evening CPR class.")

E("B017", "different_titles_per_department", d(2025, 12, 13), "KF")
R("K", "B017", "Skate with Santa", "12/13/2025", "1:00 PM", "3:00 PM", "Frank Southern Ice Arena", "2100 S Henderson St", type="Recreation Program")
R("F", "B017", "Santa arrives on Ladder 1", "12/13/2025", "12:45 PM", "1:15 PM", "Frank Southern, 2100 S Henderson", type="Other")

E("B018", "different_titles_per_department", d(2026, 1, 20), "CP")
R("C", "B018", "Traveling Town Hall - public safety", "1/20/2026", "6:00 PM", "7:30 PM", "Banneker Community Center", type="Town Hall")
R("P", "B018", "Town Hall w/ Mayor Thomson (Chief attending)", "1/20/2026", "6pm", "7:30pm", "930 W. 7th St.", type="Town Hall")

E("B019", "cancelled_one_tab_only", d(2026, 2, 10), "PC", cancelled=True)
R("P", "B019", "Public Mtg - Future Police HQ", "2/10/2026", "6:00 PM", "8:00 PM", "City Hall McCloskey Room #135", type="Community Meeting",
  status="Cancelled")
R("C", "B019", "Future Police HQ public meeting", "2/10/2026", "6 PM", "8 PM", "McCloskey Rm 135, City Hall", type="Community Meeting")

E("B020", "moved_date", d(2026, 1, 22), "CP")
R("C", "B020", "Hopewell Nbhd Safety Mtg", "1/22/2026", "6:00 PM", "7:30 PM", "Hopewell Commons", type="Community Meeting")
R("P", "B020", "Hopewell neighborhood mtg", "1/15/2026", "6:30 PM", "7:30 PM", "Hopewell Commons", type="Community Meeting",
  status="Moved to 1/22")

E("B021", "different_titles_per_department", d(2026, 3, 3), "MD")
R("M", "B021", "SKYWARN Storm Spotter Trng", "3/3/2026", "6:30 PM", "9:00 PM", "Monroe County Public Library, Rm 2A", type="Safety Education",
  desc="NWS Indianapolis instructor.")
R("D", "B021", "Spotter class (NWS) - how to report to dispatch", "3/3/2026", "7:00 PM", "7:30 PM", "MCPL, 303 E Kirkwood Ave, Room 2A",
  type="Safety Education")

E("B022", "internal_joint", d(2026, 3, 18), "MD", internal=True)
R("M", "B022", "EOC tornado drill", "3/18/2026", "10:15 AM", "11:00 AM", "Monroe County EOC", vis="Internal", type="Other")
R("D", "B022", "Tornado drill - CEDC", "3/18/2026", "10:15 AM", "10:45 AM", "Monroe County EOC", vis="Internal", type="Other",
  notes="statewide drill, EOC coordinates")

E("B023", "all_department_flagship", d(2026, 5, 16), "PFCDMK")
R("K", "B023", "Public Safety Day at Switchyard Park", "5/16/2026", "10:00 AM", "2:00 PM", "Switchyard Park", "1601 S Rogers St",
  type="Festival")
R("P", "B023", "BPD @ Safety Day (K9, motors)", "5/16/2026", "9:30a-2p", "", "Switchyard Park", type="Festival")
R("F", "B023", "Engine 3 & Tower 1 - Public Safety Day", "5/16/2026", "10ish", "2 PM", "1601 S Rogers", type="Festival")
R("D", "B023", "911 kids' call simulator - Safety Day", "5/16/2026", "10:00 AM", "1:00 PM", "Switchyard Park pavilion", type="Safety Education")
R("C", "B023", "CARE tent - Public Safety Day", "5/16/2026", "10:00 AM", "2:00 PM", "Switchyard", type="Festival")
R("M", "B023", "Go-kit giveaway (Safety Day)", "5/16/2026", "11:00 AM", "1:00 PM", "Switchyard Park Pavilion", type="Safety Education")

E("B024", "different_titles_per_department", d(2026, 4, 11), "KPF")
R("K", "B024", "Children's Expo", "4/11/2026", "10:00 AM", "2:00 PM", "Twin Lakes Recreation Center", "1700 W Bloomfield Rd", type="Youth Program")
R("P", "B024", "Car seat checks @ Kids Expo", "4/11/2026", "10:00 AM", "1:00 PM", "Twin Lakes Rec Ctr", type="Safety Education")
R("F", "B024", "Sparky + smoke alarm sign-up", "4/11/2026", "10:00 AM", "2:00 PM", "1700 W. Bloomfield Rd", type="Safety Education")

E("B025", "partner_in_text", d(2026, 4, 24), "KCP")
R("K", "B025", "50+ Expo", "4/24/2026", "9:00 AM", "1:00 PM", "Monroe County Fairgrounds", "5700 W Airport Rd", type="Other")
R("C", "B025", "Fraud prevention table @ 50+ Expo", "4/24/2026", "9:00 AM", "12:00 PM", "Monroe Co Fairgrounds", type="Safety Education",
  desc="A BPD detective will talk about phone and gift-card scams at our table.")

E("B026", "kind_in_other_words", d(2026, 4, 25), "PC")
R("P", "B026", "Rx Drug Take Back", "4/25/2026", "10:00 AM", "2:00 PM", "BPD HQ", "220 E 3rd St", type="Other")
R("C", "B026", "Prescription Disposal Day", "4/25/2026", "10:00 AM", "2:00 PM", "Bloomington Police Department, 220 E. 3rd Street", type="Other")

E("B027a", "same_title_different_place", d(2025, 7, 25), "K")
E("B027b", "same_title_different_place", d(2025, 7, 25), "KF")
R("K", "B027a", "Stay Cool Day at Bryan Park Pool - FREE Admission", "7/25/2025", "1:00 PM", "5:00 PM", "Bryan Park Pool", "1020 S Woodlawn Ave", type="Recreation Program")
R("K", "B027b", "Stay Cool Day at Mills Pool - FREE Admission", "7/25/2025", "1:00 PM", "5:00 PM", "Mills Pool", "1100 W 14th St", type="Recreation Program")
R("F", "B027b", "Engine 2 spray-down at Mills Pool", "7/25/2025", "2:00 PM", "3:00 PM", "1100 W 14th St", type="Other")

E("B028a", "same_venue_same_evening", d(2026, 2, 4), "K")
E("B028b", "same_venue_same_evening", d(2026, 2, 4), "CP")
R("K", "B028a", "Teen Night - gym", "2/4/2026", "6:00 PM", "8:30 PM", "Banneker Community Center", "930 W 7th St", type="Youth Program")
R("C", "B028b", "Westside Neighborhood Safety Meeting", "2/4/2026", "6:00 PM", "7:30 PM", "Banneker Community Center, Room B", type="Community Meeting",
  desc="Neighbors + a sergeant from BPD's west district will join us.")

E("B029", "partner_in_text", d(2026, 6, 5), "KP")
R("K", "B029", "Hudsucker Posse at Peoples Park", "6/5/2026", "7:00 PM", "9:00 PM", "Peoples Park", "501 E Kirkwood Ave", type="Festival",
  desc="Bluegrass on the lawn. BPD bike officers will hand out free bike lights.")

E("B034", "cancelled_logged_twice", d(2026, 6, 20), "KP", cancelled=True)
R("K", "B034", "Glow in the Park", "6/20/2026", "8:00 PM", "10:00 PM", "Switchyard Park", "1601 S Rogers St", type="Festival", status="Cancelled - storms")
R("P", "B034", "Glow in the Park - crowd ctrl CANCELLED", "6/20/2026", "7:30 PM", "10:30 PM", "Switchyard Park", type="Other", vis="Internal")

E("B035", "double_entry_same_tab", d(2025, 8, 16), "K")
R("K", "B035", "Pickleball 101 clinic", "8/16/2025", "9:00 AM", "11:00 AM", "Bryan Park tennis courts", type="Recreation Program")
R("K", "B035", "Pickelball 101 Clinic", "8/16/2025", "9:00 AM", "11:00 AM", "Bryan Park courts, 1001 S Henderson St", type="Recreation Program")
E("B035j", "double_entry_same_tab", d(2026, 4, 18), "FC")
R("F", "B035j", "Sound the Alarm - Broadview", "4/18/2026", "9:00 AM", "1:00 PM", "Broadview neighborhood", "2100 S Rockport Rd",
  type="Smoke Alarm Install", desc="Door-to-door smoke alarm installs with Red Cross volunteers.")
R("F", "B035j", "Sound The Alarm Broadview (smoke detectors)", "4/18/2026", "9am", "1pm", "S Rockport Rd", type="Smoke Alarm Install")
R("C", "B035j", "Smoke detector installs w/ BFD", "4/18/2026", "9:30 AM", "12:30 PM", "Broadview", type="Smoke Alarm Install")

cpa = [(2, 5), (2, 12), (2, 19), (2, 26), (3, 5)]
for i, (m, dd) in enumerate(cpa):
    k = f"B036{'abcde'[i]}"
    E(k, "series_partner_other_place", d(2026, m, dd), "PD" if (m, dd) == (2, 26) else "P")
    R("P", k, f"Citizens Police Academy - wk {i + 1}", f"{m}/{dd}/2026", "6:30 PM", "9:00 PM", "Police HQ", "220 E 3rd St", type="Safety Education")
R("D", "B036d", "Dispatch center tour - Citizens Academy class", "2/26/2026", "7:00 PM", "8:00 PM", "CEDC", "301 N College Ave",
  type="Safety Education", desc="CPA week 4 visits the dispatch floor.")

E("B041", "spanish_title", d(2025, 9, 28), "KC")
R("K", "B041", "La Fiesta del Otoño", "9/28/2025", "12:00 PM", "5:00 PM", "Switchyard Park", "1601 S Rogers St", type="Festival")
R("C", "B041", "Mesa informativa de seguridad - Fiesta del Otoño", "9/28/2025", "1:00 PM", "4:00 PM", "Switchyard Park", type="Safety Education")

E("B043", "all_day_vs_timed", d(2026, 1, 24), "MF")
R("M", "B043", "CERT Basic Training", "1/24/2026", "", "", "Monroe County EOC", "119 W 7th St", type="Safety Education")
R("F", "B043", "CERT class - fire suppression module", "1/24/2026", "1:00 PM", "3:00 PM", "Monroe Co. EOC, 119 W 7th St", type="Safety Education")

E("B045", "time_styles", d(2026, 6, 19), "KCP")
R("K", "B045", "Juneteenth Celebration", "6/19/2026", "noon", "6 PM", "Rev. Ernest D. Butler Park", "812 W 9th St", type="Festival")
R("C", "B045", "Juneteenth - CARE team table", "6/19/2026", "12-4p", "", "Butler Park", type="Festival")
R("P", "B045", "Juneteenth @ Butler Pk (community officers)", "6/19/2026", "12 noon", "", "812 W. 9th", type="Festival")

E("B047a", "same_park_same_day_two_joint", d(2026, 6, 6), "KF")
E("B047b", "same_park_same_day_two_joint", d(2026, 6, 6), "KP")
R("K", "B047a", "Run Club at Switchyard Park", "6/6/2026", "8:00 AM", "9:00 AM", "Switchyard Park", "1601 S Rogers St", type="Recreation Program")
R("F", "B047a", "Fitness with a Firefighter - run club", "6/6/2026", "8:15 AM", "9:00 AM", "Switchyard", type="Recreation Program")
R("K", "B047b", "Switchyard Park Concert Series", "6/6/2026", "7:00 PM", "9:00 PM", "Switchyard Park", "1601 S Rogers St", type="Festival")
R("P", "B047b", "Officers on site - concert", "6/6/2026", "6:30 PM", "9:30 PM", "Switchyard Park bandshell", type="Other", vis="Internal")

E("B049", "partner_in_text", d(2026, 5, 13), "PF")
R("P", "B049", "Police Week Memorial Ceremony", "5/13/2026", "11:00 AM", "12:00 PM", "Monroe County Courthouse lawn", type="Other",
  desc="BFD honor guard will present the colors.")

E("B050", "different_titles_per_department", d(2025, 9, 11), "FP")
R("F", "B050", "9/11 Remembrance Ceremony", "9/11/2025", "8:30 AM", "9:30 AM", "Fire Station 1", "300 E 4th St", type="Other")
R("P", "B050", "9/11 ceremony - BPD honor guard", "9/11/2025", "8:30 AM", "9:15 AM", "300 E 4th St", type="Other")

E("B054a", "same_title_same_time_different_place", d(2025, 10, 16), "C")
E("B054b", "same_title_same_time_different_place", d(2025, 10, 16), "P")
R("C", "B054a", "Neighborhood Safety Walk", "10/16/2025", "6:00 PM", "7:00 PM", "Near West Side - meet at Butler Park", type="Community Meeting")
R("P", "B054b", "Neighborhood safety walk", "10/16/2025", "6:00 PM", "7:00 PM", "S Rockport Rd & W Country Club Dr", type="Community Meeting")

E("B038f", "partner_in_text", d(2026, 3, 18), "PC")
for i, (m, dd, y) in enumerate([(7, 16, 2025), (9, 17, 2025), (11, 19, 2025), (1, 21, 2026), (3, 18, 2026), (5, 20, 2026)]):
    k = "B038f" if (m, dd) == (3, 18) else f"B038{'abcdeg'[i]}"
    if k != "B038f":
        E(k, "background", d(y, m, dd), "P")
    R("P", k, "Coffee with a Cop", f"{m}/{dd}/{y}", "8:00 AM", "9:30 AM", "Hive", "2608 E 10th St", type="Community Meeting",
      desc="CARE navigators joining us this month." if k == "B038f" else "Free coffee, no agenda.")

# ---------------- traps: single department ----------------
E("B030", "other_agency_police", d(2026, 3, 10), "K")
R("K", "B030", "Coffee & conversation with IUPD", "3/10/2026", "10:00 AM", "11:00 AM", "Allison Jukebox Community Center", "351 S Washington St",
  type="Community Meeting", desc="Officers from the Indiana University Police Department will answer questions.")
E("B031", "other_agency_fire", d(2026, 6, 13), "K")
R("K", "B031", "Griffy Lake water safety day", "6/13/2026", "10:00 AM", "1:00 PM", "Griffy Lake Boathouse", "3400 N Headley Rd",
  type="Safety Education", desc="Monroe Fire Protection District will bring their water rescue boat.")
E("B032", "hedged_partner", d(2026, 1, 10), "K")
R("K", "B032", "Twin Lakes Rec Center Open House", "1/10/2026", "10:00 AM", "1:00 PM", "Twin Lakes Recreation Center", "1700 W Bloomfield Rd",
  partners="Fire (invited, not confirmed)", type="Open House")
E("B033", "negated_partner", d(2025, 10, 30), "K")
R("K", "B033", "Skate & Scare", "10/30/2025", "6:00 PM", "8:00 PM", "Frank Southern Ice Arena", "2100 S Henderson St", type="Recreation Program",
  desc="Costume skate. No police this year - arena staff will manage the lot.")

# ---------------- background ----------------
for i, dd in enumerate([10, 17, 24]):
    k = f"B003{'abc'[i]}"; E(k, "background", d(2025, 7, dd), "K")
    R("K", k, "Shakespeare in the Park", d(2025, 7, dd), "7:00 PM", "9:00 PM", "Waldron, Hill and Buskirk Park", "331 S Washington St", type="Festival")
for i, dd in enumerate([2, 9, 16, 23, 30]):
    k = f"B004{'abcde'[i]}"; E(k, "weekly_with_one_guest", d(2025, 9, dd), "KF" if dd == 16 else "K")
    R("K", k, "Tai Chi Easy at Switchyard Park", d(2025, 9, dd), "9:00 AM", "10:00 AM", "Switchyard Park", "1601 S Rogers St", type="Recreation Program")
R("F", "B004c", "Fall prevention talk - Tai Chi group", "9/16/2025", "9:15 AM", "9:45 AM", "Switchyard Park", type="Safety Education")
for i, dd in enumerate([5, 12, 19, 26]):
    k = f"B037{'abcd'[i]}"; E(k, "background", d(2026, 1, dd), "K")
    R("K", k, "Walking with Ease", d(2026, 1, dd), "10:00 AM", "11:00 AM", "Allison Jukebox Community Center", "351 S Washington St", type="Recreation Program")
E("B039a", "background_internal", d(2025, 7, 30), "P")
R("P", "B039a", "Shift briefing - NNO assignments", "7/30/2025", "2:00 PM", "3:00 PM", "Police HQ", vis="Internal", notes="Lt. on call ext. 3301")
E("B039b", "background_internal", d(2025, 11, 5), "F")
R("F", "B039b", "Captains' meeting", "11/5/2025", "9:00 AM", "11:00 AM", "Fire Station 1", vis="Internal")
E("B039c", "background_internal", d(2026, 4, 8), "M")
R("M", "B039c", "Debris Mgmt Plan Review", "4/8/2026", "1:00 PM", "3:00 PM", "Monroe County EOC", vis="Internal")
E("B040", "background_cancelled", d(2025, 8, 22), "K", cancelled=True)
R("K", "B040", "Movie in the Park - CANCELLED", "8/22/2025", "8:30 PM", "10:30 PM", "Bryan Park", type="Festival")
E("B042", "background", d(2026, 4, 14), "D")
R("D", "B042", "NPSTW open house - dispatch floor tours", "4/14/2026", "4:00 PM", "6:00 PM", "CEDC", "301 N College Ave", type="Open House")
E("B042b", "background", d(2025, 11, 6), "D")
R("D", "B042b", "Text-to-911 outreach", "11/6/2025", "5:30 PM", "7:00 PM", "Monroe County Public Library - Southwest Branch", "890 W Gordon Pike", type="Safety Education")
E("B044", "background", d(2025, 11, 18), "M")
R("M", "B044", "Winter weather prep workshop", "11/18/2025", "6:00 PM", "7:30 PM", "Twin Lakes Recreation Center", type="Safety Education")
E("B046", "background", d(2025, 12, 6), "K")
R("K", "B046", "Winter Palooza", d(2025, 12, 6), "4:00 PM", "7:00 PM", "Switchyard Park", "1601 S Rogers St", type="Festival")
E("B048", "background", d(2026, 3, 21), "F")
R("F", "B048", "Station 5 open house", "3/21/2026", "11:00 AM", "2:00 PM", "Fire Station 5", "1987 S Henderson St", type="Open House")
E("B051", "background", d(2026, 5, 2), "C")
R("C", "B051", "Blooming Neighborhoods Celebration", "5/2/2026", "2:00 PM", "5:00 PM", "Showers Common", "401 N Morton St", type="Festival")

# ---------------- invalid rows ----------------
ROWS["P"].append((None, dict(id="", title="", date="10/2/2025", time="6pm", end_date="", end_time="", loc="Hive", addr="", lead="Police",
                             partners="", type="", desc="", vis="Public", status="", notes="")))
ROWS["K"].append((None, dict(id="", title="Spring Ice Show", date="TBD", time="", end_date="", end_time="", loc="Frank Southern Ice Arena",
                             addr="", lead="Parks and Recreation", partners="", type="", desc="", vis="Public", status="", notes="")))
ROWS["F"].append((None, dict(id="", title="Smoke alarm install - Crestmont", date="2/21/2026", time="6", end_date="", end_time="",
                             loc="Crestmont", addr="", lead="Fire", partners="", type="", desc="", vis="Public", status="", notes="")))


def main():
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    truth = []
    for t in "PFCDMK":
        ws = wb.create_sheet(TABS[t])
        hdr = ALIAS911 if t == "D" else STD
        ws.append(hdr)
        for i, (key, f) in enumerate(ROWS[t], start=2):
            ws.append([f[x] for x in FIELDS])
            truth.append(dict(tab=TABS[t], row=i, event_key=key or "", valid="yes" if key else "no"))
    wb.save(HERE / "intake.xlsx")
    with open(HERE / "truth.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, ["tab", "row", "event_key", "valid"]); w.writeheader(); w.writerows(truth)
    used = {r["event_key"] for r in truth if r["event_key"]}
    assert used == set(EVENTS), (used ^ set(EVENTS))
    months, quarters = defaultdict(lambda: dict(events=0, joint_events=0)), defaultdict(lambda: dict(events=0, joint_events=0, all_department_events=0))
    for k, e in EVENTS.items():
        if e["cancelled"]:
            continue
        m = e["date"].strftime("%Y-%m"); q = f"FY{(e['date'].year + (1 if e['date'].month >= 7 else 0)) % 100:02d}-Q{((e['date'].month - 7) % 12) // 3 + 1}"
        joint = len(e["depts"]) >= 2 and not e["internal"]
        months[m]["events"] += 1; months[m]["joint_events"] += joint
        quarters[q]["events"] += 1; quarters[q]["joint_events"] += joint
        quarters[q]["all_department_events"] += set(e["depts"]) == set(ALL)
    fams = defaultdict(list)
    for k, e in EVENTS.items():
        fams[e["family"]].append(k)
    joint_keys = {k: e["depts"] for k, e in EVENTS.items() if len(e["depts"]) >= 2 and not e["internal"]}
    exp = dict(flavour="bloomington-fresh", rows=len(truth), invalid_rows=sum(r["valid"] == "no" for r in truth),
               events=len(EVENTS), joint_events=len(joint_keys),
               cancelled_events=sum(e["cancelled"] for e in EVENTS.values()),
               months=dict(sorted(months.items())), fiscal_quarters=dict(sorted(quarters.items())),
               calendar_sources=[], event_departments=joint_keys,
               event_family={k: e["family"] for k, e in EVENTS.items()},
               families={f: dict(note=f, events=len(ks), event_keys=sorted(ks)) for f, ks in sorted(fams.items())})
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1))
    print(len(truth), "rows;", len(EVENTS), "events;", len(joint_keys), "joint;", sum(v["joint_events"] for v in months.values()), "joint counted")


if __name__ == "__main__":
    main()
