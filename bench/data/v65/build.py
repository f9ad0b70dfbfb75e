"""Labelled intake set v65: the City of Harlow Bend (invented; America/Chicago), fiscal year
starting in October (fiscal_year_start_month 10: FY26 = Oct 2025 - Sep 2026).

Habit under test: BUSY DAYS FULL OF LOOKALIKES. The days the departments are busiest are built
around many events that look alike at once, only some of them the same event logged twice:
  * National Night Out (Tue 10/7/2025, Texas-style October NNO): 23 block parties, Police and
    Fire logging the ones they visit (an address, a park, or just the neighbourhood's name),
    Parks the ones in parks, Community Safety / 911 / OEM a few; two parties in one
    neighbourhood, one engine visiting two parties back to back;
  * a "Sound the Alarm" smoke-alarm blitz (Sat 4/25/2026): Fire crews and Community Safety / CERT
    volunteers in several neighbourhoods, same title and hours, some paired, some not;
  * one venue, several events on one day (Hazelwood Community Center, Sat 2/7/2026; Brookline
    Branch Library, Wed 3/11/2026);
  * one class title at several stations / branches in one week (Hands-Only CPR 6/9-6/13, two on
    one Saturday; Stop the Bleed at two branch libraries);
  * a festival with departments' booths next to an unrelated game in the same park (9/19/2026);
  * back-to-back sessions ("9am group", "11am group") that staff call separate events, with one
    department logging both in one row;
  * ordinary joint events on ordinary days, each tab typed its own way.
Names, places and times drawn from shared/realdata (Pittsburgh NNO 2025 registrations: party
names, streets, neighbourhoods, hour ranges; Durham / Bloomington programme titles: Sound the
Alarm, Coffee with a Cop, Stop the Bleed, Telecommunicators Week, CERT).

Writes intake.xlsx, truth.csv (tab,row,event_key,valid), expected.json (scorer's fields),
config.yaml and NOTES.md. Deterministic (random.seed(65)). Run from the project folder:
    .venv/bin/python bench/data/v65/build.py
"""
import csv
import datetime as dt
import json
import random
import re
from collections import defaultdict
from pathlib import Path

import openpyxl

random.seed(65)
HERE = Path(__file__).resolve().parent

P, F, CS, EC, EM, PR = ("Police", "Fire", "Community Safety", "911 Emergency Communications",
                        "Emergency Management", "Parks and Recreation")
DEPT = {P: "Police", F: "Fire", CS: "Community Safety", EC: "Emergency Communications",
        EM: "Emergency Management", PR: "Parks and Recreation"}
TABS = [P, F, CS, EC, EM, PR]
CANON = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location", "Address",
         "Lead Department", "Partner Departments", "Event Type", "Description", "Audience", "Visibility",
         "Status", "Contact", "Internal Notes"]
# The 911 tab: its own header names (covered by source.column_aliases) and no End Time column:
# its clerk types the hours as one range in "Time".
HDR_911 = {"Title": "Event Title", "Start Date": "Event Date", "Start Time": "Time", "Location": "Place",
           "Lead Department": "Host Department", "Partner Departments": "Partner Depts",
           "Event Type": "Category", "Internal Notes": "Staff Notes", "Contact": "Point of Contact"}
COLS_911 = [c for c in CANON if c not in ("End Time", "Event ID", "Address", "Audience")]
KEYMAP = {"T": "Title", "D": "Start Date", "S": "Start Time", "ED": "End Date", "E": "End Time",
          "L": "Location", "A": "Address", "LD": "Lead Department", "PD": "Partner Departments",
          "TY": "Event Type", "DS": "Description", "AU": "Audience", "V": "Visibility", "ST": "Status",
          "C": "Contact", "N": "Internal Notes", "ID": "Event ID"}
LEAD = {P: "HBPD", F: "HBFD", CS: "CSD", EC: "911", EM: "OEM", PR: "Parks & Rec"}

EVENTS = []   # dicts: key, fam, depts, day, cancelled, internal, rows=[(tab, fields)]
INVALID = []  # (tab, fields)
_n = [0]


def d(s):
    return dt.date.fromisoformat(s)


# ------------------------------------------------------------------ each tab's typing habits
def _hm(s):
    h, m = (int(x) for x in s.split(":"))
    return h, m


def _is_clock(v):
    return isinstance(v, str) and re.fullmatch(r"\d\d:\d\d", v) is not None


def t_police(s):          # 6:00 PM
    h, m = _hm(s)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def t_fire(s):            # 1800 (24-hour, quarter hours)
    h, m = _hm(s)
    return f"{h:02d}{m:02d}"


def t_cs(s):              # 6p / 5:30p
    h, m = _hm(s)
    hh = (h - 1) % 12 + 1
    return f"{hh}{'' if m == 0 else f':{m:02d}'}{'a' if h < 12 else 'p'}"


def t_parks(s):           # 9am / 6:30pm
    h, m = _hm(s)
    hh = (h - 1) % 12 + 1
    return f"{hh}{'' if m == 0 else f':{m:02d}'}{'am' if h < 12 else 'pm'}"


def range_911(s, e):      # 6-8 PM, 6:30-8 PM, 10 AM-2 PM
    def part(x):
        h, m = _hm(x)
        return f"{(h - 1) % 12 + 1}{'' if m == 0 else f':{m:02d}'}", ("AM" if h < 12 else "PM")
    (a, pa), (b, pb) = part(s), part(e)
    return f"{a}-{b} {pb}" if pa == pb else f"{a} {pa}-{b} {pb}"


def date_for(tab, day):
    if tab == P:
        return f"{day.month}/{day.day}/{day.year}"
    if tab == CS:
        return f"{day.strftime('%a')} {day.month}/{day.day}/{day.year}"
    if tab == EC:
        return day.isoformat()
    if tab == EM:
        return f"{day.strftime('%b')} {day.day}, {day.year}"
    return day                     # Fire and Parks: real date cells


TIMEF = {P: t_police, F: t_fire, CS: t_cs, EM: t_police, PR: t_parks}


def r(tab, **kw):
    f = {KEYMAP[k]: v for k, v in kw.items()}
    f.setdefault("Visibility", "Public")
    f.setdefault("Lead Department", LEAD[tab])
    day = f["Start Date"]
    if isinstance(day, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        f["_day"] = d(day)
        f["Start Date"] = date_for(tab, d(day))
    if isinstance(f.get("End Date"), str) and re.fullmatch(r"\d{4}-\d\d-\d\d", f["End Date"]):
        f["End Date"] = date_for(tab, d(f["End Date"]))
    s, e = f.get("Start Time"), f.get("End Time")
    if tab == EC:
        if _is_clock(s):
            f["Start Time"] = range_911(s, e) if _is_clock(e) else t_police(s)
        f.pop("End Time", None)
    else:
        if _is_clock(s):
            f["Start Time"] = TIMEF[tab](s)
        if _is_clock(e):
            f["End Time"] = TIMEF[tab](e)
    return (tab, f)


def ev(fam, depts, day, rows, cancelled=False, internal=False, note=""):
    _n[0] += 1
    key = f"H{_n[0]:03d}"
    EVENTS.append(dict(key=key, fam=fam, depts=sorted({DEPT.get(x, x) for x in depts}), day=d(day),
                       cancelled=cancelled, internal=internal, note=note, rows=rows))
    return key


# ================================================================== 1. National Night Out, Tue 10/7/2025
N = "2025-10-07"
NT = "National Night Out"
# 1 Tweed St (Sheraden) - Police + Fire, both at the address
ev("nno_block_parties", [P, F], N, [
    r(P, T="NNO - Tweed St block party", D=N, S="18:30", E="19:30", L="1223 Tweed St", TY=NT),
    r(F, T="E9 NNO visit", D=N, S="19:00", E="19:45", L="1223 Tweed Street", TY=NT,
      DS="Engine 9 crew - truck tour for the kids at the Tweed St. Annual NNO Block Party")])
# 2 Sheraden UMC cookout, same neighbourhood, same engine an hour earlier - Fire only
ev("nno_block_parties", [F], N, [
    r(F, T="E9 NNO - Sheraden UMC cookout", D=N, S="17:15", E="18:00", L="Sheraden", A="2948 Chartiers Ave",
      TY=NT, DS="Sheraden United Methodist Church NNO, cook out and fellowship")])
# 3 Drill Way (Carrick): Police neighbourhood only, Fire the address; visits back to back
ev("nno_block_parties", [P, F], N, [
    r(P, T="NNO - Carrick (Drill Way)", D=N, S="18:00", E="19:00", L="Carrick", TY=NT),
    r(F, T="Drill Way block party - E6", D=N, S="19:30", E="20:15", L="Behind 129 Stewart Ave (Drill Way)", TY=NT)])
# 4 Greenfield at Bud Hammer Field (a park): Parks hosts, Police (neighbourhood), Fire (park short)
ev("nno_block_parties", [PR, P, F], N, [
    r(PR, T="Greenfield Community NNO", D=N, S="17:30", E="19:30", L="Bud Hammer Field",
      A="Bigelow Blvd & Bristol St", TY=NT, DS="BBQ, food trucks, music & crafts"),
    r(P, T="NNO - Greenfield", D=N, S="18:00", E="19:00", L="Greenfield", TY=NT),
    r(F, T="Greenfield NNO - Medic 2 + E12", D=N, S="18:00", E="19:30", L="Bud Hammer Fld", TY=NT)])
# 5 Arlington - Police only
ev("nno_block_parties", [P], N, [
    r(P, T="NNO - Arlington Ave", D=N, S="19:00", E="19:30", L="2319 Arlington Ave", TY=NT)])
# 6 Central Northside - Police + Community Safety (block range typed two ways)
ev("nno_block_parties", [P, CS], N, [
    r(P, T="NNO Central Northside", D=N, S="17:30", E="18:30", L="1400 blk Arch St", TY=NT),
    r(CS, T="Central Northside National Night Out - HEART table", D=N, S="4:30 - 7 PM",
      L="1400 Block of Arch Street", TY=NT, DS="DJ, live music, lawn games; HEART responders info table")])
# 7 Perry Hilltop - Fire only
ev("nno_block_parties", [F], N, [
    r(F, T="E11 NNO - Perry Hilltop", D=N, S="17:00", E="17:45", L="2435 Wilson Ave", TY=NT)])
# 8 Arcola Way NNO at Catalano Park - Parks only
ev("nno_block_parties", [PR], N, [
    r(PR, T="Arcola Way NNO Block Party", D=N, S="17:00", E="20:00", L="Catalano Park",
      A="1130 Spring Garden Ave", TY=NT, DS="music, food, temp tattoos, games")])
# 9 Homewood at Baxter Park - Parks, Police (neighbourhood + park in the text), Community Safety
ev("nno_block_parties", [PR, P, CS], N, [
    r(PR, T="Homewood's National Night Out", D=N, S="14:00", E="22:00", L="Baxter Park",
      A="7618 Frankstown Ave", TY=NT, DS="musical, kids' fun, vendors"),
    r(P, T="NNO - Homewood", D=N, S="17:00", E="19:00", L="Homewood", TY=NT,
      DS="Zone 5 officers at the Baxter Park party"),
    r(CS, T="HEART team at Homewood NNO", D=N, S="17:00", E="20:00", L="Baxter Pk", TY=NT)])
# 9b a second Homewood party the same evening - 911 only
ev("nno_block_parties", [EC], N, [
    r(EC, T="Crusade Against Crime (Homewood) - 911 kiosk", D=N, S="17:00", E="21:00", L="Mohler St", TY=NT)])
# 10 Oak Hill Apartments - Police only
ev("nno_block_parties", [P], N, [
    r(P, T="NNO - Oak Hill Apts", D=N, S="16:00", E="17:00", L="475 Garner Ct", TY=NT)])
# 11 Brookline - Police (address) + Fire (neighbourhood, street in the text)
ev("nno_block_parties", [P, F], N, [
    r(P, T="NNO - Brookline", D=N, S="18:30", E="19:30", L="1399 Oakridge St", TY=NT),
    r(F, T="E8 Brookline NNO", D=N, S="19:00", E="20:00", L="Brookline", TY=NT, DS="Oakridge St party")])
# 12 Beechview - the same engine right after Brookline - Fire only
ev("nno_block_parties", [F], N, [
    r(F, T="E8 NNO - Beechview", D=N, S="20:15", E="21:00", L="1541 Beechview Ave (transit lot)", TY=NT,
      DS="Beechview's Annual NNO Against Crime Party")])
# 13 Lincoln Ave - Police only, neighbourhood name
ev("nno_block_parties", [P], N, [
    r(P, T="NNO - Lincoln-Lemington", D=N, S="17:30", E="18:15", L="Lincoln-Lemington", TY=NT)])
# 14 Southside Flats NNO (49 S 22nd) - Police + Fire
ev("nno_block_parties", [P, F], N, [
    r(P, T="NNO Southside Flats", D=N, S="18:00", E="19:00", L="49 S. 22nd St", TY=NT),
    r(F, T="Southside Flats NNO", D=N, S="18:30", E="19:15", L="49 South 22nd Street", TY=NT, DS="E1")])
# 14b Morse Gardens (same neighbourhood, another address) - Community Safety only
ev("nno_block_parties", [CS], N, [
    r(CS, T="Morse Gardens Tenant Council NNO", D=N, S="16:30", E="19:30", L="2416 Sarah St", TY=NT,
      DS="Southside Flats - band, dancing, games")])
# 15 Ammons Pool - Parks + 911
ev("nno_block_parties", [PR, EC], N, [
    r(PR, T="NNO Fun Night @ Ammons Pool", D=N, S="17:00", E="20:00", L="Ammons Pool",
      A="2217 Bedford Ave", TY=NT, DS="Swimming, giveaways, bounce house"),
    r(EC, T="911 kiosk - NNO Fun Night", D=N, S="17:00", E="19:00", L="Ammons Pool", TY=NT)])
# 16 Squirrel Hill South - Community Safety only
ev("nno_block_parties", [CS], N, [
    r(CS, T="Squirrel Hill South NNO", D=N, S="18:00", E="20:00", L="Anita & Fernwald Sts", TY=NT)])
# 17 Morningside - cancelled, Police only
ev("nno_cancelled", [P], N, [
    r(P, T="NNO - Morningside **CANCELLED**", D=N, S="18:00", E="20:00", L="Morningside", TY=NT)],
   cancelled=True)
# 18 Elliott - Fire (street) + Police (neighbourhood, street in the text)
ev("nno_block_parties", [F, P], N, [
    r(F, T="E10 NNO visit - Lorenz Ave", D=N, S="18:00", E="19:00", L="Lorenz Ave (Chartiers to Lakewood)", TY=NT),
    r(P, T="NNO - Elliott", D=N, S="17:00", E="18:30", L="Elliott", TY=NT, DS="Lorenz Ave party")])
# 19 / 20 two Larimer parties on one avenue: 100 Larimer (Police only), 200 Larimer (Fire + CS)
ev("nno_block_parties", [P], N, [
    r(P, T="Community & Law Enforcement Fun (NNO)", D=N, S="16:00", E="18:00", L="100 Larimer Ave", TY=NT)])
ev("nno_block_parties", [F, CS], N, [
    r(F, T="E5 - Avenue of Hope NNO", D=N, S="17:00", E="17:45", L="200 Larimer Ave", TY=NT),
    r(CS, T="Larimer NNO (Avenue of Hope)", D=N, S="16:00", E="19:30", L="Larimer", TY=NT,
      DS="fun food and friendship")])
# 21 Greater Hazelwood - OEM's CERT table only
ev("nno_block_parties", [EM], N, [
    r(EM, T="CERT info table - Greater Hazelwood NNO", D=N, S="17:30", E="19:30", L="4915 Second Ave", TY=NT)])
# other things the same evening (not NNO)
ev("busy_day_other", [PR], N, [
    r(PR, T="Tuesday Night Pickleball League", D=N, S="18:00", E="20:00", L="Riverview Park - Courts",
      A="159 Riverview Ave", TY="Recreation Program")])
ev("busy_day_other", [EM], N, [
    r(EM, T="CERT monthly meeting", D=N, S="18:30", E="20:00", L="EOC Training Room", A="60 Justice Way",
      TY="Community Meeting")])
ev("busy_day_other", [EC], N, [
    r(EC, T="Dispatcher academy graduation", D=N, S="14:00", E="15:00", L="911 Center, 700 Grant St",
      TY="Other")])

# ================================================================== 2. Sound the Alarm blitz, Sat 4/25/2026
B = "2026-04-25"
SA = "Smoke Alarm Install"
ev("smoke_blitz", [F], B, [r(F, T="Sound the Alarm - Beltzhoover (E2)", D=B, S="09:00", E="13:00", L="Beltzhoover", TY=SA)])
ev("smoke_blitz", [F, CS], B, [
    r(F, T="Sound the Alarm - Carrick (E6)", D=B, S="09:00", E="13:00", L="Carrick", TY=SA),
    r(CS, T="Smoke alarm volunteers - Carrick", D=B, S="09:00", E="12:30", L="Carrick (Brownsville Rd)", TY=SA)])
ev("smoke_blitz", [F, CS], B, [
    r(F, T="Sound the Alarm - Hazelwood (T1)", D=B, S="09:00", E="13:00", L="Hazelwood - Second Ave blocks", TY=SA),
    r(CS, T="Smoke alarm volunteers - Hazelwood", D=B, S="09:00", E="12:30", L="Hazelwood", TY=SA)])
ev("smoke_blitz", [F], B, [r(F, T="Sound the Alarm - Sheraden (E9)", D=B, S="09:00", E="13:00", L="Sheraden", TY=SA)])
ev("smoke_blitz", [F, EM], B, [
    r(F, T="Sound the Alarm - East Liberty (E5)", D=B, S="09:00", E="13:00", L="East Liberty", TY=SA),
    r(EM, T="CERT smoke alarm canvass", D=B, S="09:00", E="12:00", L="East Liberty", TY=SA,
      DS="CERT volunteers door to door with the engine crew")])
ev("smoke_blitz", [CS], B, [
    r(CS, T="Smoke alarm volunteers - Lincoln Place", D=B, S="09:00", E="12:30", L="Lincoln Place", TY=SA)])
ev("busy_day_other", [PR], B, [
    r(PR, T="Spring Soccer Opening Day", D=B, S="09:00", E="12:00", L="Carrick Park - Fields 1-3",
      A="1600 Brownsville Rd", TY="Recreation Program")])
ev("busy_day_other", [P], B, [
    r(P, T="Drug Take Back Day", D=B, S="10:00", E="14:00", L="Zone 3 Station, 830 E Warrington Ave",
      TY="Safety Education")])

# ================================================================== 3. one venue, several events: Hazelwood CC, Sat 2/7/2026
H = "2026-02-07"
ev("venue_day", [F, PR], H, [
    r(F, T="Hands-Only CPR", D=H, S="09:00", E="11:00", L="Hazelwood Comm Ctr", TY="CPR Class"),
    r(PR, T="CPR class (Fire) - multipurpose rm", D=H, S="09:00", E="11:00",
      L="Hazelwood Community Center - Multipurpose Room", A="5007 Second Ave", TY="CPR Class")])
ev("venue_day", [P, CS], H, [
    r(P, T="Senior Safety & Scams Talk", D=H, S="12:00", E="13:00", L="Hazelwood Community Center",
      A="5007 Second Ave", TY="Safety Education"),
    r(CS, T="Seniors lunch - scam calls + HEART", D=H, S="12:00", E="13:00", L="Hazelwood Comm. Center",
      TY="Safety Education")])
ev("venue_day", [PR], H, [
    r(PR, T="Open gym - youth basketball", D=H, S="14:00", E="16:00", L="Hazelwood Community Center - Gym",
      A="5007 Second Ave", TY="Recreation Program")])
ev("internal_joint", [P, PR], H, [
    r(P, T="Town hall walk-through (staff)", D=H, S="16:30", E="17:30", L="Hazelwood Community Center",
      V="Internal", TY="Other"),
    r(PR, T="Town hall setup", D=H, S="16:30", E="17:30", L="Hazelwood Community Center - Multipurpose Room",
      V="Internal", TY="Other")], internal=True)
ev("all_department", [P, F, CS, EC, EM, PR], H, [
    r(P, T="Hazelwood Community Town Hall", D=H, S="18:30", E="20:00", L="Hazelwood Community Center",
      A="5007 Second Ave", PD="Fire, CSD, 911, OEM, Parks", TY="Town Hall"),
    r(F, T="Hazelwood town hall", D=H, S="18:30", E="20:00", L="Hazelwood CC", TY="Town Hall"),
    r(CS, T="Town Hall - Hazelwood", D=H, S="18:30", E="20:00", L="Hazelwood Community Center", TY="Town Hall"),
    r(EC, T="Hazelwood Town Hall (911 Q&A)", D=H, S="18:30", E="20:00", L="Hazelwood Community Ctr", TY="Town Hall"),
    r(EM, T="Hazelwood Community Town Hall", D=H, S="18:30", E="20:00", L="HCC", TY="Town Hall"),
    r(PR, T="Community Town Hall", D=H, S="18:30", E="20:00", L="Hazelwood Community Center - Multipurpose Room",
      A="5007 Second Ave", TY="Town Hall")])

# ---------------------------------------------------------------- Brookline Branch Library, Wed 3/11/2026
L = "2026-03-11"
ev("venue_day", [F], L, [
    r(F, T="Storytime with a Firefighter", D=L, S="10:30", E="11:15", L="Brookline Library",
      A="708 Brookline Blvd", TY="Youth Program")])
ev("venue_day", [EM, CS], L, [
    r(EM, T="Preparedness for Older Adults", D=L, S="13:00", E="14:30",
      L="Brookline Branch Library - Meeting Room", A="708 Brookline Blvd", TY="Safety Education"),
    r(CS, T="Older adults prep workshop (w/ OEM)", D=L, S="13:00", E="14:30", L="Brookline Library",
      TY="Safety Education")])
ev("venue_day", [P], L, [
    r(P, T="Zone 6 Community Meeting", D=L, S="18:00", E="19:30", L="Brookline Branch Library",
      A="708 Brookline Blvd", TY="Community Meeting")])

# ================================================================== 4. one class title, several stations in one week
CP = "CPR Class"
ev("same_title_week", [F], "2026-06-09", [
    r(F, T="Hands-Only CPR", D="2026-06-09", S="18:00", E="20:00", L="Fire Station 2", A="415 Carson St", TY=CP)])
ev("same_title_week", [F, CS], "2026-06-11", [
    r(F, T="Hands-Only CPR", D="2026-06-11", S="18:00", E="20:00", L="Fire Station 5", A="5990 Penn Ave", TY=CP),
    r(CS, T="CPR night at Fire Sta 5 - HEART co-teaching", D="2026-06-11", S="18:00", E="20:00",
      L="5990 Penn Ave", TY=CP)])
ev("same_title_week", [F], "2026-06-13", [
    r(F, T="Hands-Only CPR", D="2026-06-13", S="10:00", E="12:00", L="Fire Station 8", A="1340 Brookline Blvd", TY=CP)])
ev("same_title_week", [F, EC], "2026-06-13", [
    r(F, T="Hands-Only CPR", D="2026-06-13", S="10:00", E="12:00", L="Fire Station 3", A="2100 Murray Ave", TY=CP),
    r(EC, T="Hands-Only CPR (T-CPR demo)", D="2026-06-13", S="10:00", E="12:00", L="Sta 3, Murray Ave", TY=CP,
      DS="dispatcher-assisted CPR demo with the crew")])
ev("same_title_week", [EM], "2026-05-11", [
    r(EM, T="Stop the Bleed", D="2026-05-11", S="18:00", E="19:30", L="Carrick Branch Library",
      A="1811 Brownsville Rd", TY="Safety Education")])
ev("same_title_week", [EM, P], "2026-05-13", [
    r(EM, T="Stop the Bleed", D="2026-05-13", S="18:00", E="19:30", L="Beechview Branch Library",
      A="1910 Broadway Ave", TY="Safety Education"),
    r(P, T="Stop the Bleed - Beechview Library", D="2026-05-13", S="18:00", E="19:30", L="Beechview Library",
      TY="Safety Education", DS="Zone 6 officers co-teaching tourniquet station")])

# ================================================================== 5. festival day, Sat 9/19/2026, Riverview Park
FE = "2026-09-19"
ev("festival_booths", [PR, P, F, EM], FE, [
    r(PR, T="Riverview Fall Festival", D=FE, S="11:00", E="17:00", L="Riverview Park - Great Lawn",
      A="159 Riverview Ave", TY="Festival"),
    r(P, T="PD booth - Fall Fest", D=FE, S="11:00", E="16:00", L="Riverview Park", TY="Festival"),
    r(F, T="Engine 12 touch-a-truck", D=FE, S="12:00", E="14:00", L="Riverview Park Great Lawn", TY="Festival"),
    r(EM, T="Ready kit booth @ Fall Festival", D=FE, S="11:00", E="15:00", L="Riverview Pk", TY="Festival")])
ev("festival_unrelated", [PR], FE, [
    r(PR, T="Youth Soccer - Fall League games", D=FE, S="09:00", E="14:00", L="Riverview Park - Field 2",
      A="159 Riverview Ave", TY="Recreation Program")])
ev("festival_unrelated", [CS], FE, [
    r(CS, T="Walk & Talk - Riverview Park", D=FE, S="09:00", E="10:00", L="Riverview Park - Trailhead",
      TY="Community Meeting")])

# ================================================================== 6. back-to-back sessions, one department logs both in one row
NA = "2026-03-21"
k1 = ev("sessions_one_row", [CS, F], NA, [
    r(CS, T="Narcan training - 9am group", D=NA, S="09:00", E="10:30", L="Knoxville Rec Center",
      A="322 Knox Ave", TY="Safety Education"),
    r(F, T="Narcan trainings w/ CSD (both groups)", D=NA, S="09:00", E="12:30", L="Knoxville Rec Ctr",
      TY="Safety Education", DS="Medic 3 co-teaching both sessions")])
ev("sessions_one_row", [CS, F], NA, [
    r(CS, T="Narcan training - 11am group", D=NA, S="11:00", E="12:30", L="Knoxville Rec Center",
      A="322 Knox Ave", TY="Safety Education")],
   note="Fire takes part through the one Fire row labelled with the 9am group (README silent)")
CR = "2026-05-30"
ev("sessions_one_row", [EM, EC], CR, [
    r(EM, T="CERT refresher - 9am group", D=CR, S="09:00", E="10:30", L="EOC Training Room",
      A="60 Justice Way", PD="911", TY="Safety Education"),
    r(EC, T="CERT refresher - dispatch module (both groups)", D=CR, S="09:00", E="12:30", L="EOC",
      TY="Safety Education")])
ev("sessions_one_row", [EM, EC], CR, [
    r(EM, T="CERT refresher - 11am group", D=CR, S="11:00", E="12:30", L="EOC Training Room",
      A="60 Justice Way", PD="911", TY="Safety Education")])

# ================================================================== 7. ordinary joint events, ordinary days
ev("ordinary_joint", [F, EC, P], "2025-10-11", [
    r(F, T="Fire Prevention Week Open House", D="2025-10-11", S="10:00", E="14:00", L="Fire Station 1",
      A="200 Ross St", TY="Open House"),
    r(EC, T="Open house - 911 dispatch display", D="2025-10-11", S="10:00", E="14:00", L="Fire Station 1",
      TY="Open House"),
    r(P, T="FPW open house - K9", D="2025-10-11", S="11:00", E="12:00", L="200 Ross St", TY="Open House")])
ev("same_title_other_place", [F], "2025-10-11", [
    r(F, T="Fire Prevention Week Open House", D="2025-10-11", S="10:00", E="14:00", L="Fire Station 5",
      A="5990 Penn Ave", TY="Open House")])
ev("ordinary_joint", [F, CS], "2025-11-15", [
    r(F, T="Smoke alarm installs - Knoxville", D="2025-11-15", S="09:00", E="12:00", L="Knoxville", TY=SA),
    r(CS, T="Knoxville smoke alarm door knock", D="2025-11-15", S="09:00", E="12:00",
      L="Knoxville (Knox Ave blocks)", TY=SA)])
ev("ordinary_joint", [P, CS, EC], "2025-11-18", [
    r(P, T="Zone 5 Town Hall", D="2025-11-18", S="18:30", E="20:00", L="Homewood Coliseum",
      A="7141 Frankstown Ave", PD="CSD, 911", TY="Town Hall"),
    r(CS, T="Zone 5 town hall - HEART Q&A", D="2025-11-18", S="18:30", E="20:00", L="7141 Frankstown Ave",
      TY="Town Hall"),
    r(EC, T="Town hall (Zone 5)", D="2025-11-18", S="18:30", E="20:00", L="Homewood Coliseum", TY="Town Hall")])
ev("ordinary_joint", [PR, F, P], "2025-12-06", [
    r(PR, T="Holiday Toy Drive", D="2025-12-06", S="10:00", E="14:00", L="Ammons Rec Center",
      A="2217 Bedford Ave", TY="Festival"),
    r(F, T="Toy drive - Ammons (E4)", D="2025-12-06", S="10:00", E="12:00", L="Ammons Rec Ctr", TY="Festival"),
    r(P, T="Holiday Toy Drive - Ammons", D="2025-12-06", S="11:00", E="14:00", L="2217 Bedford Ave", TY="Festival")])
ev("ordinary_joint", [PR, CS, P], "2026-01-19", [
    r(PR, T="MLK Day of Service", D="2026-01-19", S="09:00", E="12:00", L="Baxter Park",
      A="7618 Frankstown Ave", PD="CSD, HBPD", TY="Other"),
    r(CS, T="MLK Day of Service - Baxter Park cleanup", D="2026-01-19", S="09:00", E="12:00", L="Baxter Park",
      TY="Other"),
    r(P, T="MLK Day of Service", D="2026-01-19", S="09:00", E="11:00", L="Baxter Pk", TY="Other")])
ev("ordinary_joint", [P, PR], "2026-02-21", [
    r(P, T="Youth & Police Forum", D="2026-02-21", S="13:00", E="15:00", L="Homewood Coliseum",
      A="7141 Frankstown Ave", TY="Youth Program"),
    r(PR, T="Youth forum w/ HBPD", D="2026-02-21", S="13:00", E="15:00", L="Homewood Coliseum",
      TY="Youth Program")])
ev("ordinary_joint", [EM, EC], "2026-03-03", [
    r(EM, T="Severe Weather Awareness Night", D="2026-03-03", S="18:00", E="19:30", L="EOC Training Room",
      A="60 Justice Way", TY="Safety Education"),
    r(EC, T="Severe weather night - when to call 911", D="2026-03-03", S="18:00", E="19:30",
      L="EOC Training Rm", TY="Safety Education")])
ev("ordinary_joint", [EC, F], "2026-04-14", [
    r(EC, T="Telecommunicators Week Open House", D="2026-04-14", S="16:00", E="18:00",
      L="911 Center, 700 Grant St", TY="Open House"),
    r(F, T="E1 at 911 open house", D="2026-04-14", S="16:30", E="17:30", L="700 Grant St", TY="Open House")])
ev("ordinary_joint", [P, PR], "2026-04-18", [
    r(P, T="Bike Rodeo", D="2026-04-18", S="10:00", E="12:00", L="Riverview Park - Lower Lot", TY="Youth Program"),
    r(PR, T="Kids Bike Rodeo", D="2026-04-18", S="10:00", E="12:00", L="Riverview Park - Lower Lot",
      A="159 Riverview Ave", TY="Youth Program")])
ev("cancelled_joint", [PR, F], "2026-05-16", [
    r(PR, T="Touch a Truck", D="2026-05-16", S="10:00", E="13:00", L="Carrick Park", A="1600 Brownsville Rd",
      ST="Cancelled", TY="Festival", N="rain"),
    r(F, T="Touch-a-truck E6", D="2026-05-16", S="10:00", E="12:00", L="Carrick Park", ST="Rained out",
      TY="Festival")], cancelled=True)
ev("ordinary_joint", [EM, CS, PR], "2026-05-28", [
    r(EM, T="Flood & Hurricane Prep Town Hall", D="2026-05-28", S="18:00", E="19:30",
      L="Carrick Senior Center", A="1805 Brownsville Rd", TY="Town Hall"),
    r(CS, T="Flood prep town hall", D="2026-05-28", S="18:00", E="19:30", L="Carrick Sr Ctr", TY="Town Hall"),
    r(PR, T="Hurricane prep town hall (senior ctr)", D="2026-05-28", S="18:00", E="19:30",
      L="Carrick Senior Center", TY="Town Hall")])
ev("ordinary_joint", [PR, P, CS], "2026-06-19", [
    r(PR, T="Juneteenth Celebration", D="2026-06-19", S="12:00", E="18:00", L="Baxter Park",
      A="7618 Frankstown Ave", TY="Festival"),
    r(P, T="Juneteenth - Zone 5 booth", D="2026-06-19", S="12:00", E="16:00", L="Baxter Park", TY="Festival"),
    r(CS, T="Juneteenth Celebration", D="2026-06-19", S="12:00", E="18:00", L="Baxter Pk", TY="Festival")])
ev("ordinary_joint", [PR, P, F], "2026-07-04", [
    r(PR, T="Independence Day Fireworks", D="2026-07-04", S="18:00", E="22:30", L="Riverview Park - Great Lawn",
      A="159 Riverview Ave", TY="Festival"),
    r(P, T="July 4 traffic detail", D="2026-07-04", S="17:00", E="23:00", L="Riverview Ave", V="Internal",
      TY="Other", DS="Road closures around Parks' fireworks"),
    r(F, T="Fireworks standby - E12 / Medic 2", D="2026-07-04", S="19:00", E="22:30", L="Riverview Park",
      TY="Festival")])
ev("ordinary_joint", [PR, F], "2026-07-25", [
    r(PR, T="Water Safety Day", D="2026-07-25", S="11:00", E="14:00", L="Ammons Pool", A="2217 Bedford Ave",
      TY="Safety Education"),
    r(F, T="Water safety day - Ammons Pool", D="2026-07-25", S="11:00", E="13:00", L="Ammons Pool",
      TY="Safety Education")])
ev("multi_day", [PR, P, F], "2026-07-30", [
    r(PR, T="Harlow Bend Summer Fair", D="2026-07-30", ED="2026-08-01", S="10:00", E="21:00",
      L="Harlow Bend Fairgrounds", A="4400 Fair Ave", TY="Festival"),
    r(P, T="Summer Fair detail", D="2026-07-31", S="12:00", E="21:00", L="Fairgrounds", TY="Festival"),
    r(F, T="First aid tent - Summer Fair", D="2026-08-01", S="10:00", E="16:00", L="HB Fairgrounds",
      TY="Festival")])
ev("ordinary_joint", [PR, P, CS, F], "2026-08-08", [
    r(PR, T="Back to School Bash", D="2026-08-08", S="11:00", E="14:00", L="Homewood Coliseum",
      A="7141 Frankstown Ave", TY="Youth Program"),
    r(P, T="Back to School Bash", D="2026-08-08", S="11:00", E="14:00", L="Homewood Coliseum", TY="Youth Program"),
    r(CS, T="B2S Bash - backpacks", D="2026-08-08", S="11:00", E="14:00", L="7141 Frankstown Ave",
      TY="Youth Program"),
    r(F, T="Back to School Bash (E5)", D="2026-08-08", S="12:00", E="13:00", L="Homewood Coliseum",
      TY="Youth Program")])
ev("all_department", [EM, F, P, CS, EC, PR], "2026-09-12", [
    r(EM, T="Ready Harlow Bend Preparedness Fair", D="2026-09-12", S="10:00", E="14:00",
      L="Carrick High School - Gym", A="125 Parkfield St", TY="Festival"),
    r(F, T="Extinguisher demo - Prep Fair", D="2026-09-12", S="10:00", E="14:00", L="Carrick HS", TY="Festival"),
    r(P, T="Prep fair - PD table", D="2026-09-12", S="10:00", E="13:00", L="Carrick High School",
      A="125 Parkfield St", TY="Festival"),
    r(CS, T="Ready HB Fair", D="2026-09-12", S="10:00", E="14:00", L="Carrick HS gym", TY="Festival"),
    r(EC, T="Prep fair 911 kiosk", D="2026-09-12", S="10:00", E="14:00", L="Carrick High School", TY="Festival"),
    r(PR, T="Preparedness Fair (Carrick HS)", D="2026-09-12", S="10:00", E="14:00", L="125 Parkfield St",
      TY="Festival")])
ev("ordinary_joint", [F, P, EC], "2026-09-11", [
    r(F, T="9/11 Remembrance Ceremony", D="2026-09-11", S="08:30", E="09:30", L="Fire Station 1",
      A="200 Ross St", TY="Other"),
    r(P, T="9/11 remembrance", D="2026-09-11", S="08:30", E="09:30", L="200 Ross St", TY="Other"),
    r(EC, T="Remembrance ceremony - 9/11", D="2026-09-11", S="08:30", E="09:30", L="Fire Station 1", TY="Other")])

# ================================================================== 8. single events (background, several lookalikes)
singles = [
    (P, "Coffee with a Cop", "2025-10-22", "08:00", "10:00", "Bloomfield Coffee Co, 4767 Liberty Ave"),
    (PR, "Fall Pickleball Clinic", "2025-10-18", "09:00", "11:00", "Riverview Park - Courts"),
    (P, "Trunk or Treat - Zone 1", "2025-10-25", "17:00", "19:00", "Zone 1 Station lot, 1501 Brighton Rd"),
    (PR, "Halloween Hayride", "2025-10-31", "18:00", "20:00", "Riverview Park - Lower Lot"),
    (CS, "Community listening session - Larimer", "2025-11-08", "10:00", "11:30", "Larimer Library"),
    (F, "Turkey fryer safety demo", "2025-11-22", "11:00", "12:00", "Fire Station 1, 200 Ross St"),
    (EM, "CERT graduation", "2025-12-03", "18:30", "20:00", "EOC Training Room"),
    (EM, "Winter weather prep talk", "2025-12-10", "18:00", "19:00", "Carrick Senior Center"),
    (P, "Shop with a Cop", "2025-12-13", "08:00", "11:00", "East Liberty Target, 6231 Penn Ave"),
    (CS, "Holiday resource fair", "2025-12-17", "15:00", "18:00", "Homewood Coliseum"),
    (PR, "Winter open gym", "2026-01-10", "10:00", "13:00", "Ammons Rec Center"),
    (EC, "911 for kids - Brookline Elementary", "2026-01-14", "09:30", "10:30", "Brookline Elementary"),
    (F, "Hands-Only CPR", "2026-01-24", "10:00", "12:00", "Fire Station 2, 415 Carson St"),
    (EM, "CERT Basic - night 1", "2026-01-27", "18:00", "21:00", "EOC Training Room"),
    (CS, "Narcan training", "2026-02-12", "17:30", "19:00", "Larimer Library"),
    (F, "Hands-Only CPR", "2026-02-25", "18:00", "20:00", "Fire Station 2, 415 Carson St"),
    (P, "Citizens Police Academy - night 1", "2026-03-26", "18:00", "21:00", "HBPD HQ, 660 First Ave"),
    (PR, "Spring Egg Hunt", "2026-04-04", "10:00", "12:00", "Riverview Park - Great Lawn"),
    (CS, "Earth Day cleanup - Larimer", "2026-04-22", "09:00", "12:00", "Larimer Ave & Meadow St"),
    (EC, "Dispatcher job fair", "2026-05-06", "16:00", "19:00", "911 Center, 700 Grant St"),
    (P, "Coffee with a Cop", "2026-05-20", "08:00", "10:00", "Beechview Diner, 1620 Broadway Ave"),
    (PR, "Pool Opening Day", "2026-06-06", "12:00", "18:00", "Ammons Pool"),
    (EM, "Hurricane season kickoff briefing", "2026-06-24", "18:00", "19:00", "EOC Training Room"),
    (P, "Coffee with a Cop", "2026-07-15", "08:00", "10:00", "Bloomfield Coffee Co, 4767 Liberty Ave"),
    (CS, "Cooling center outreach", "2026-07-18", "13:00", "17:00", "Homewood Coliseum"),
    (PR, "Movie in the Park", "2026-08-14", "20:00", "22:00", "Riverview Park - Great Lawn"),
    (P, "Coffee with a Cop", "2026-08-19", "08:00", "10:00", "Bloomfield Coffee Co, 4767 Liberty Ave"),
    (F, "Smoke alarm installs - Carrick", "2026-08-22", "09:00", "12:00", "Carrick"),
    (F, "Smoke alarm installs - Beechview", "2026-09-05", "09:00", "12:00", "Beechview"),
    (CS, "Recovery Month walk", "2026-09-26", "09:00", "11:00", "Riverview Park - Trailhead"),
]
for tab, t, day, s, e, loc in singles:
    ev("single_background", [tab], day, [r(tab, T=t, D=day, S=s, E=e, L=loc)])

# ================================================================== invalid rows (the README's errors: left out)
INVALID += [
    r(PR, T="", D="2026-06-06", S="09:00", E="11:00", L="Ammons Pool", DS="(title left blank)"),
    r(CS, T="Porch light walk", D="2/30/2026", S="6pm", E="8pm", L="Sheraden"),
    r(P, T="Explorer post meeting", D="2026-03-10", S="7", L="HBPD HQ"),
    r(EM, T="Shelter volunteer orientation", D="2026-06-17", S="17:00", E="15:00", L="EOC Training Room"),
]


# ------------------------------------------------------------------ write
def sort_key(item):
    tab, f = item[1]
    dd = f.get("_day") or item[2]
    return (dd, random.random())


per_tab = defaultdict(list)
for e in EVENTS:
    for tab, f in e["rows"]:
        per_tab[tab].append((e["key"], (tab, f), e["day"]))
for tab, f in INVALID:
    dd = f.get("_day") or dt.date(2026, 2, 28)
    per_tab[tab].append((None, (tab, f), dd))

wb = openpyxl.Workbook()
wb.remove(wb.active)
truth = []
row_of = {}
for tab in TABS:
    ws = wb.create_sheet(tab)
    cols = COLS_911 if tab == EC else CANON
    ws.append([HDR_911.get(c, c) if tab == EC else c for c in cols])
    items = sorted(per_tab[tab], key=sort_key)
    for i, (key, (_, f), _) in enumerate(items, start=2):
        vals = []
        for c in cols:
            v = f.get(c, "")
            vals.append(v if v != "" else None)
        ws.append(vals)
        for c in ("Start Date", "End Date"):
            if isinstance(f.get(c), dt.date):
                ws.cell(row=i, column=cols.index(c) + 1).number_format = "m/d/yyyy"
        truth.append((tab, i, key or "", "yes" if key else "no"))
        row_of[id(f)] = f"{tab}!{i}"
wb.save(HERE / "intake.xlsx")

with open(HERE / "truth.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["tab", "row", "event_key", "valid"])
    w.writerows(truth)

labels = defaultdict(list)
for tab, row, key, valid in truth:
    if valid == "yes":
        labels[key].append(f"{tab}!{row}")


def fy_quarter(day):            # fiscal year from October, named by the year it ends
    fy = day.year + 1 if day.month >= 10 else day.year
    q = ((day.month - 10) % 12) // 3 + 1
    return f"FY{fy % 100:02d}-Q{q}"


month_list = [f"2025-{m:02d}" for m in (10, 11, 12)] + [f"2026-{m:02d}" for m in range(1, 10)]
months = {m: {"events": 0, "joint_events": 0} for m in month_list}
quarters = {f"FY26-Q{q}": {"events": 0, "joint_events": 0, "all_department_events": 0} for q in range(1, 5)}
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
    if any(f.get("Visibility") == "Public" for _, f in e["rows"]):
        public += 1
    if e["cancelled"]:
        continue
    m = e["day"].strftime("%Y-%m")
    q = fy_quarter(e["day"])
    months[m]["events"] += 1
    quarters[q]["events"] += 1
    if joint and not e["internal"]:
        months[m]["joint_events"] += 1
        quarters[q]["joint_events"] += 1
    if len(e["depts"]) == 6 and not e["internal"]:
        quarters[q]["all_department_events"] += 1
pairs = sorted(sorted(p) for v in labels.values() for p in
               [(a, b) for i, a in enumerate(v) for b in v[i + 1:]])
expected = {
    "flavour": "v65 Harlow Bend", "rows": len(truth), "invalid_rows": sum(1 for t in truth if t[3] == "no"),
    "events": len(EVENTS), "joint_events": len(event_departments), "public_events": public,
    "cancelled_events": cancelled, "months": months, "fiscal_quarters": quarters,
    "duplicate_pairs": pairs, "event_departments": event_departments, "event_family": event_family,
    "families": dict(families),
    "notes": "joint_events counts cancelled and every-row-Internal joint events; months/quarters leave out "
             "cancelled events and count internal-only joint work as an event but not as joint "
             "(count_internal_joint: false). Fiscal year from October (FY26 = Oct 2025 - Sep 2026). "
             "Back-to-back sessions logged in one row by a partner: that row is labelled with the first "
             "session, and the later session still counts the partner (event_departments) - see NOTES.md.",
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=1, default=str))
print(f"rows {len(truth)}, events {len(EVENTS)}, joint {len(event_departments)}, "
      f"counted joint {sum(v['joint_events'] for v in months.values())}, pairs {len(pairs)}")


# ------------------------------------------------------------------ the city's config and the notes
CONFIG_YAML = r'''# safety-events configuration (every key is checked on load; problems are listed with their path)
timezone: America/Chicago
fiscal_year_start_month: 10         # Harlow Bend's fiscal year starts in October: FY26 = Oct 2025 – Sep 2026

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
    aliases: [HBPD, Harlow Bend Police, Harlow Bend Police Department, Police Department, PD]
    core: true
  - name: Fire
    name_es: Bomberos
    aliases: [HBFD, Harlow Bend Fire, Harlow Bend Fire Department, Fire Department, Fire Dept, FD]
    core: true
  - name: Community Safety
    name_es: Seguridad Comunitaria
    aliases: [CSD, HEART, Community Safety Department, Harlow Bend Community Safety]
    core: true
  - name: Emergency Communications
    name_es: Comunicaciones de Emergencia (911)
    aliases: ["911", "911 Emergency Communications", Emergency Communications Center, "911 Center", HB911, Dispatch]
    core: true
  - name: Emergency Management
    name_es: Manejo de Emergencias
    aliases: [OEM, Emergency Mgmt, Office of Emergency Management, CERT]
    core: true
  - name: Parks and Recreation
    name_es: Parques y Recreación
    aliases: [Parks, "Parks & Recreation", "Parks & Rec", Parks and Rec, P&R, HBPR, Parks Department]
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
  title: City of Harlow Bend Community Safety Events
  title_es: Eventos de Seguridad Comunitaria de Harlow Bend
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
  uid_domain: safety-events.harlowbend.example

matching:                           # duplicate detection; see "Duplicates and the Review tab" in README
  abbreviations:                    # title words staff shorten → what they stand for
    nno: National Night Out
    cpr: CPR First Aid
    hbpd: Police
    hbfd: Fire
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

NOTES_MD = r'''# Held-out set v65 — Harlow Bend: busy days full of lookalikes

Built by a fresh helper on 2026-12-08 with no sight of the tool's code (`build.py` rebuilds every
file, `random.seed(65)`; run `.venv/bin/python bench/data/v65/build.py` from the project folder).

**The city.** Harlow Bend is invented (`America/Chicago`; fiscal year from October,
`fiscal_year_start_month: 10`, so FY26 = Oct 2025 – Sep 2026; National Night Out held Texas-style
on the first Tuesday of October). Party names, streets, neighbourhoods and hour ranges come from
the Pittsburgh NNO 2025 registrations in `shared/realdata`; programme titles (Sound the Alarm,
Coffee with a Cop, Stop the Bleed, Telecommunicators Week, CERT) from the Durham and Bloomington
calendars. Six tabs, each typed its own way: Police `10/7/2025`, `6:00 PM`, places often just
the neighbourhood; Fire date cells, `1800`, unit prefixes (`E9`, `T1`, `Medic 2`); Community
Safety `Tue 10/7/2025`, `5:30p`; 911 its own headers (`Event Title`, `Event Date`, `Time`,
`Place`, …), ISO dates and the hours as one range (`6:30-8 PM`, no End Time column);
Emergency Management `Oct 7, 2025`; Parks date cells, `9am`, `Park - Pavilion` places with an
Address.

**The habit: busy days full of lookalikes.**
- NNO, Tue 10/7/2025 (`nno_block_parties`): 23 block parties (one cancelled), 12 of them logged
  by two or three departments. Police and Fire log the ones they visit, at an address, a park or
  only the neighbourhood's name; Parks the ones in parks; Community Safety, 911 and OEM a few.
  Two parties on one avenue (100 / 200 Larimer Ave), two in Homewood, two in Sheraden and two in
  Southside Flats; Engine 8 visits Brookline then Beechview back to back; three non-NNO events
  that evening (`busy_day_other`).
- Sound the Alarm blitz, Sat 4/25/2026 (`smoke_blitz`): five Fire crews and four volunteer rows
  (Community Safety, CERT), same title and hours, six neighbourhoods, three paired.
- One venue, several events (`venue_day`): Hazelwood Community Center 2/7/2026 — CPR (Fire +
  Parks), seniors' talk (Police + CS), open gym (Parks), an Internal set-up walk-through (Police +
  Parks, the set's one internal-only event) and the all-department town hall; Brookline Branch
  Library 3/11/2026 — storytime (Fire), older adults' prep (OEM + CS), Zone 6 meeting (Police).
- One title, several places (`same_title_week`): Hands-Only CPR at Stations 2, 5, 8 and 3 in one
  week (two on one Saturday), Thursday's with CS, Saturday's Station 3 with 911; Stop the Bleed at
  two branch libraries, one with Police.
- Festival (`festival_booths`, `festival_unrelated`): Riverview Fall Festival 9/19/2026 with
  Police's booth, Engine 12's touch-a-truck and OEM's kit booth (each labelled part of the
  festival, as the README's "partner's part of the other" says), next to Parks' youth soccer on
  Field 2 and a CS walk at the trailhead.
- Back-to-back sessions (`sessions_one_row`): CS's Narcan training "9am group" / "11am group"
  with Fire logging "both groups" in one row; OEM's CERT refresher 9am / 11am groups (both rows
  naming 911 as partner) with 911 logging its module for both in one row.
- Ordinary days (`ordinary_joint`, `multi_day`, `all_department`, `cancelled_joint`,
  `single_background`): open houses, installs, town halls, toy drive, MLK day, Juneteenth,
  July 4th (Police's detail Internal), a three-day summer fair (one row with End Date plus
  Police's and Fire's rows on its 2nd and 3rd day), Back to School Bash, the all-department
  Preparedness Fair 9/12/2026, a rained-out Touch a Truck (both rows cancelled).

**Counts.** 173 data rows (4 invalid: a blank title, `2/30/2026`, a bare `7` with no End Time,
an end before an afternoon start), 104 true events, 44 with two or more departments of which 42
count (one cancelled, one every-row-Internal), 2 all-department events, 2 cancelled,
102 same-event row pairs. `expected.json` keeps v62's fields and meanings: its `joint_events`
(44) counts cancelled and internal-only joint events; the monthly / quarterly figures (42) do not.

**Labelling where the README is silent.**
- A row covering two back-to-back sessions ("Narcan trainings w/ CSD (both groups)", Fire!22;
  "CERT refresher - dispatch module (both groups)", 911 Emergency Communications!12). The README
  keeps sessions apart ("the `morning` and `after school` sessions of a class stay two events")
  but says nothing of one row spanning both, and a row can join only one event. Labelled: the
  row is in the first session's event (its start); a city manager counting joint events per
  month counts **both** sessions joint, so the 11am session (H053, H055) carries the spanning
  row's department in `event_departments` and in the month counts. For the CERT refresher the
  host rows name 911 as partner, so both sessions are joint by their columns anyway; for Narcan
  only the spanning row brings Fire, so the 11am session's joint status cannot be reached by any
  row-to-event merge (one joint event in 2026-03 no partition can find).
- A multi-day fair with partners' rows on later days: one event, counted in July (first day).

## Held out, on a snapshot of 991dc40 (2026-12-08)

`PYTHONPATH=. .venv/bin/python -m sheets_sync.cli --config
bench/data/v65/config.yaml sync --out OUT --json` from that checkout; scored from
`report.xlsx` › `Combined Events` › `Sources` (pairs pending in Review count as not merged).

| precision | recall | joint counted (of 42) | months exact | all-dept quarters |
|---|---|---|---|---|
| 1.000 (76 of 76) | 0.745 (76 of 102) | 37 | 10 / 12 (2025-10: 7 of 11; 2026-03: 3 of 4) | 4 / 4 |

The tool made 118 events (true 104) and asked 20 pairs in Review; all 4 invalid rows rejected,
both cancellations read (`**CANCELLED**` in a title, `Rained out` in Status). Kept apart
correctly: all six blitz crews, the 23 NNO parties (no two parties merged, including the two on
Larimer Ave and Engine 8's two stops), the four same-week CPR classes and two Stop the Bleed
classes, the festival's neighbour soccer and walk, the library's three events and the community
centre's CPR / seniors' talk / open gym. Merged correctly: every festival booth, the three-day
fair, the Preparedness Fair's six rows, all ordinary joint events.

**No false merge.** **Missed pairs (26), by cause:**

1. **NNO: one row placed only by the neighbourhood's name** (7 pairs, neither merged nor asked;
   the other row has the address or the park; generic "NNO - <neighbourhood>" titles, and the
   street or park named only in the description, are not used as the place):
   Police!4 "NNO - Carrick (Drill Way)" / Fire!4 "Drill Way block party - E6" (Behind 129
   Stewart Ave); Police!13 "NNO - Greenfield" / Parks!2 "Greenfield Community NNO" (Bud Hammer
   Field) and / Fire!8 (Bud Hammer Fld); Police!9 "NNO - Homewood" (text: "at the Baxter Park
   party") / Parks!5 "Homewood's National Night Out" (Baxter Park) and / CS!3 "HEART team at
   Homewood NNO" (Baxter Pk); Police!11 "NNO - Brookline" (1399 Oakridge St) / Fire!3 "E8
   Brookline NNO" (Brookline, text "Oakridge St party"); Fire!10 "E10 NNO visit - Lorenz Ave" /
   Police!3 "NNO - Elliott" (text "Lorenz Ave party"). Three of these parties lose their joint
   status (Drill Way, Brookline, Elliott); Greenfield and Homewood stay joint but without Police.
2. **NNO: neighbourhood against address, asked** (1 pair, pending at +2.5, "places not
   comparable"): Community Safety!6 "Larimer NNO (Avenue of Hope)" (Larimer) / Fire!5 "E5 -
   Avenue of Hope NNO" (200 Larimer Ave) — the party's joint status lost.
3. **The all-department town hall on a busy venue day** (15 pairs: 14 pending in Review at
   +2.9 to +7.0, most "as likely one event as another kept apart from it", and Emergency
   Management!7 / Fire!18 neither merged nor asked): Police!24,
   Fire!18, Community Safety!12, 911!8, Emergency Management!7, Parks!12 stay six events. The
   count survives only because Police!24's Partner Departments names all five others. Checked on
   copies of the workbook (not kept): with the day's other four Hazelwood events removed, four of
   the six rows merge and Police's and Fire's still stay apart; removing only the Internal
   walk-through or only the open gym changes nothing. So it is the other bookings at the centre
   that day (Fire's CPR, Police's talk) that hold the town hall's rows apart.
4. **Internal set-up walk-through** (1 pair, pending at +2.9): Parks!15 "Town hall setup" /
   Police!23 "Town hall walk-through (staff)"; internal-only, so no count changes.
5. **A row spanning back-to-back sessions** (2 pairs, by this set's convention; the tool asks
   about the spanning row against **both** sessions, which is defensible): Community Safety!18
   "Narcan training - 9am group" / Fire!22 "… (both groups)"; 911!12 "CERT refresher - dispatch
   module (both groups)" / Emergency Management!14 "CERT refresher - 9am group". The Narcan 11am
   session (Community Safety!17) is counted single (2026-03 off by one); the CERT sessions stay
   joint through their Partner Departments.

Joint events missed (5): Drill Way, Brookline, Elliott and Avenue of Hope NNO parties (2025-10),
Narcan 11am group (2026-03). No event counted joint wrongly.

**README unclear or wrong (found building this set).**
- It says rows "merge at +3", but 12 of the town hall's pairs scored +3.9 to +7.0 and were only
  asked, with the verdict "as likely one event as another kept apart from it", which the README
  never describes (what counts as "another kept apart", and that it can hold back a six-row
  all-department event).
- Places: it lists venue, address, initials, rooms, and "a place naming many" (`All fire
  stations`), but not a neighbourhood name as the only place, which is how Police types most
  NNO visits; nor whether a street or park named in the Description counts as the place.
- One row covering back-to-back sessions ("both groups"): not covered (see labelling above).
- `joint_events` means two things: `sync --json` counts what the monthly figures count, while the
  held-out sets' `expected.json` (v62's fields, kept here) counts cancelled and internal-only
  joint events too.

## After the round's fixes (main, 2026-12-08)

`PYTHONPATH=. python bench/dedupe_accuracy.py --quick`: precision 1.000, recall 0.951, joint 39
of 42, months exact 10 of 12, all-department 2 of 2, 7 pairs asked (4 true).

- The town hall's six rows are one event: `HCC` and `Hazelwood CC` are one venue (initials
  against a name whose own short words are initials), so no pair of them is kept apart and the
  other links are no longer "as likely one event as another kept apart from it".
- Police's rows placed by the part of town: Greenfield joins Bud Hammer Field's party (the only
  place that evening whose rows name Greenfield); Homewood joins Baxter Park's (its notes name
  the park); Brookline joins 1399 Oakridge St ("Brookline" had taken Brookline Library's
  address from the sheet, so the rows were never compared); Avenue of Hope joins (both titles
  name the party, no other row does); Elliott is asked (its notes name Lorenz Ave).
- Left: Drill Way (Police 6–7 pm, Fire 7:30–8:15 pm: the visits' hours do not overlap); the two
  rows for both groups of a class are asked against each session; the internal set-up
  walk-through is asked.
'''

(HERE / "config.yaml").write_text(CONFIG_YAML)
(HERE / "NOTES.md").write_text(NOTES_MD)
