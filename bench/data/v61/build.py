#!/usr/bin/env python3
"""Ashford Lake (invented mid-size city, America/Denver, FY26 = Oct 2025 - Sep 2026) labelled intake.

Writes intake.xlsx (six department tabs typed the way staff type: terse generic titles such as
"Outreach", "Booth", "Presentation", "Tabling", "Standby", "Event support", "Community mtg", with the
venue / host event / audience only in Location, Description or Internal Notes), truth.csv
(tab,row,event_key,valid) and expected.json (events, joint events, months, fiscal quarters,
event_departments, families) in the format of shared/dedupe-dev2, for score.py.

Titles, places and habits drawn from the Bloomington IN city calendars (library, Switchyard-like
park, animal shelter, City Hall rooms, Farmers Market), King County Sheriff community events
(precinct picnics, Delridge-style community center, citizens academy, explorers) and Durham
(egg hunts, kids fun fest, fall festival, night out). No randomness: every row is written by hand.
"""
import csv
import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
D = dt.date

TABS = ["Police", "Fire", "Community Safety", "911 Emergency Communications",
        "Emergency Management", "Parks and Recreation"]
P, F, CS, E911, EM, PR = TABS
DEPT = {P: "Police", F: "Fire", CS: "Community Safety", E911: "Emergency Communications",
        EM: "Emergency Management", PR: "Parks and Recreation"}
HEAD = ["Event ID", "Title", "Start Date", "Start Time", "End Date", "End Time", "Location",
        "Address", "Lead Department", "Partner Departments", "Event Type", "Description",
        "Audience", "Visibility", "Status", "Internal Notes"]
# the 911 tab was set up by someone else: other header names (all in source.column_aliases)
HEAD_911 = ["Event ID", "Event Title", "Date", "Time", "End Date", "End Time", "Place",
            "Address", "Dept", "Partners", "Type", "Description", "Audience", "Visibility",
            "Status", "Notes"]
FIELDS = ["id", "title", "date", "time", "end_date", "end", "loc", "addr", "lead", "partners",
          "etype", "desc", "aud", "vis", "status", "notes"]

EVENTS = []   # (key, true_date, depts, family, cancelled, internal_only, note)
ROWS = []     # (tab, sortdate, cells dict, key or None for invalid)
WEEKDAY = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def E(key, date, depts, family, rows, cancelled=False, internal=False, dow=None, note=""):
    if dow:
        assert date.weekday() == WEEKDAY[dow], (key, date, dow)
    EVENTS.append((key, date, sorted(set(depts)), family, cancelled, internal, note))
    for tab, cells in rows:
        cells.setdefault("vis", "Public")
        cells.setdefault("status", "Scheduled")
        ROWS.append((tab, cells.pop("_sort", date), cells, key))


def R(tab, title, date, **kw):
    kw["title"] = title
    kw["date"] = date
    return (tab, kw)


def BAD(tab, sortdate, **kw):
    kw.setdefault("vis", "Public")
    ROWS.append((tab, sortdate, kw, None))


# ---------------------------------------------------------------- joint events, in date order
E("j01_station1_open_house", D(2025, 10, 4), ["Fire", "Emergency Communications", "Police"],
  "different_titles_per_department", dow="Sat", rows=[
      R(F, "Open House", D(2025, 10, 4), time="10am", end="2pm", loc="Station 1", addr="300 E 4th St",
        lead="ALFD", etype="Open House", desc="Fire Prevention Week open house. Engine tours, smoke house, Sparky."),
      R(E911, "Dispatch display", D(2025, 10, 4), time="10:30", end="1:00", loc="Fire Station 1",
        lead="911", etype="Safety Education", desc="Text-to-911 table and the mobile dispatch console."),
      R(P, "McGruff visit", D(2025, 10, 4), time="11:00 AM", end="12:00 PM", loc="FS1 - 300 E. 4th Street",
        lead="ALPD", desc="McGruff + 2 officers at Fire's open house", aud="Kids")])

E("j02_millcreek_assembly", D(2025, 10, 8), ["Fire", "Police"], "partner_named_only_in_text", dow="Wed", rows=[
    R(F, "Presentation", D(2025, 10, 8), time="9:30am", end="10:30am", loc="Mill Creek Elem - gym",
      lead="Fire", desc="Fire prevention wk assembly K-5. School resource officer from PD will co-present on 911 & stranger safety.",
      aud="Students")])

E("j03_walmart_safety_day", D(2025, 10, 11), ["Police", "Fire", "Community Safety"],
  "different_titles_per_department", dow="Sat", rows=[
      R(P, "Booth", D(2025, 10, 11), time="10am", end="1pm", loc="Walmart (E Covenanter)",
        lead="ALPD", desc="Car seat checks + ID kits", notes="Walmart's community safety day - store mgr Dana"),
      R(F, "Safety day", D(2025, 10, 11), time="10:00", end="14:00", loc="", addr="2700 E Covenanter Dr",
        lead="Fire", desc="Engine on display, extinguisher demo"),
      R(CS, "Tabling", D(2025, 10, 11), time="10:30am", end="1pm", loc="Eastside Walmart",
        lead="Community Safety", desc="Narcan + resource cards", notes="at the Eastside Walmart for their safety day")])

E("j04_lakeshore_hoa_annual", D(2025, 10, 16), ["Police", "Emergency Management"],
  "different_titles_per_department", dow="Thu", rows=[
      R(P, "Community mtg", D(2025, 10, 16), time="7pm", end="8:30pm", loc="Lakeshore Clubhouse",
        lead="ALPD", desc="HOA annual mtg - crime stats, package theft", aud="Residents"),
      R(EM, "Presentation", D(2025, 10, 16), time="7:15 PM", end="8:00 PM", loc="Lakeshore HOA clubhouse",
        addr="1840 Shoreline Dr", lead="OEM", desc="Go-kit / AL Alert signup talk at the HOA's annual meeting")])

E("j05_drug_take_back", D(2025, 10, 18), ["Police", "Community Safety"], "different_titles_per_department",
  dow="Sat", rows=[
      R(P, "Take back day", D(2025, 10, 18), time="10a", end="2p", loc="Kroger - W 3rd St", lead="Police",
        desc="DEA Rx take back, drive-thru lane"),
      R(CS, "Tabling", D(2025, 10, 18), time="10am", end="12pm", loc="Kroger (W 3rd)", lead="CS",
        desc="naloxone kits and fentanyl test strips", notes="riding along w/ PD's take back")])

E("j06_coffee_cop", D(2025, 10, 22), ["Police", "Community Safety"], "different_titles_per_department",
  dow="Wed", rows=[
      R(P, "Coffee w/ a Cop", D(2025, 10, 22), time="8", end="10am", loc="Bean There, 45 Main St", lead="ALPD"),
      R(CS, "Outreach", D(2025, 10, 22), time="8:30 AM", end="10:00 AM", loc="Bean There coffee",
        lead="Community Safety", desc="Rosa + Kev from CS joining coffee w/ cop")])

E("j07_trunk_or_treat", D(2025, 10, 25), ["Parks and Recreation", "Police", "Fire"],
  "different_titles_per_department", dow="Sat", rows=[
      R(PR, "Trunk or Treat", D(2025, 10, 25), time="4pm", end="7pm", loc="Railyard Park",
        addr="1601 S Rogers St", lead="Parks & Rec", etype="Festival", aud="Families"),
      R(P, "Event support", D(2025, 10, 25), time="3:30 PM", end="7:30 PM", loc="Railyard Pk", lead="ALPD",
        desc="traffic + parking for Parks trunk or treat"),
      R(F, "E7 standby", D(2025, 10, 25), time="4-6p", loc="1601 S Rogers", lead="Engine 7",
        desc="Engine 7 crew handing out candy")])

E("j08_senior_911_talk", D(2025, 10, 30), ["Emergency Communications", "Community Safety"],
  "partner_in_column_only", dow="Thu", rows=[
      R(E911, "Presentation", D(2025, 10, 30), time="noon", end="1pm", loc="Senior Center",
        addr="1555 S Henderson St", lead="911", partners="Community Safety",
        desc="When to call 911 vs 988, seniors lunch")])

E("j09_pine_hollow_canvass", D(2025, 11, 1), ["Fire", "Community Safety"], "double_entry_and_address",
  dow="Sat", rows=[
      R(F, "Outreach", D(2025, 11, 1), time="9am", end="1pm", loc="Pine Hollow mobile home park",
        lead="Fire", desc="smoke alarm installs door to door"),
      R(F, "outreach", D(2025, 11, 1), time="9:00 AM", end="1:00 PM", loc="Pine Hollow",
        lead="ALFD", desc="smoke alarms", notes="dup? Jen may have entered this too"),
      R(CS, "Door knocking", D(2025, 11, 1), time="9:30am", end="12:30pm", loc="Pine Hollow MHP",
        addr="4400 W Vernal Pike", lead="Community Safety", desc="canvass w/ Fire, resource flyers")])

E("j10_library_scams", D(2025, 11, 8), ["Police", "Emergency Management"], "busy_venue_same_day",
  dow="Sat", rows=[
      R(P, "Presentation", D(2025, 11, 8), time="10:30am", end="11:30am", loc="Library Aud.",
        lead="ALPD", desc="scam prevention for seniors (AARP chapter)"),
      R(EM, "Presentation", D(2025, 11, 8), time="10:30 AM", end="11:30 AM",
        loc="ALPL Main - Auditorium", lead="EM", desc="emergency alert scams + AL Alert, same session as PD")])

E("j11_hillcrest_mtg", D(2025, 11, 13), ["Community Safety", "Police"], "different_titles_per_department",
  dow="Thu", rows=[
      R(CS, "Community mtg", D(2025, 11, 13), time="6pm", end="7:30pm", loc="Hillcrest CC", lead="CS",
        desc="Hillcrest neighbors - car break-ins"),
      R(P, "Community mtg", D(2025, 11, 13), time="6-7:30p", loc="Hillcrest Community Center",
        addr="4501 Hillcrest Way SW", lead="ALPD", desc="Beat 4 officers")])

E("j12_rotary_lunch", D(2025, 11, 18), ["Emergency Management", "Emergency Communications"],
  "cc_abbreviation", dow="Tue", rows=[
      R(EM, "Presentation", D(2025, 11, 18), time="noon", end="1pm", loc="Lakeview CC", lead="OEM",
        desc="Rotary lunch - winter readiness", notes="Lakeview Country Club, upstairs room"),
      R(E911, "Presentation", D(2025, 11, 18), time="12-1", loc="Lakeview Country Club", lead="911",
        desc="Rotary; w/ OEM")])

E("j13_turkey_trot", D(2025, 11, 27), ["Parks and Recreation", "Police", "Fire"], "different_titles_per_department",
  dow="Thu", rows=[
      R(PR, "Turkey Trot 5K", D(2025, 11, 27), time="8am", end="10am", loc="Railyard Park", lead="Parks"),
      R(P, "Event support", D(2025, 11, 27), time="7am", end="10:30am", loc="Railyard Park / S Rogers St",
        lead="ALPD", desc="road closures for the trot"),
      R(F, "Standby", D(2025, 11, 27), time="7:30", end="10:30", loc="Railyard Pk", lead="Medic 2",
        desc="Medic 2 at finish")])

E("j14_tree_lighting", D(2025, 12, 6), ["Parks and Recreation", "Fire"], "cancelled_in_host_tab_only",
  cancelled=True, dow="Sat", rows=[
      R(PR, "Tree lighting", D(2025, 12, 6), time="5:30pm", end="7pm", loc="City Hall plaza",
        addr="401 N Morton St", lead="Parks", status="Cancelled", notes="cancelled - high wind warning"),
      R(F, "Ladder 1", D(2025, 12, 6), time="5pm", end="7pm", loc="City Hall", lead="Fire",
        desc="L1 raises the star for the tree lighting")])

E("j15_nye_planning", D(2025, 12, 10), ["Police", "Emergency Management"], "internal_joint_work",
  internal=True, dow="Wed", rows=[
      R(P, "Planning mtg", D(2025, 12, 10), time="2pm", end="3pm", loc="EOC", lead="ALPD", vis="Internal",
        notes="NYE ops plan w/ OEM"),
      R(EM, "Planning", D(2025, 12, 10), time="2:00 PM", end="3:00 PM", loc="Emergency Operations Center",
        lead="EM", vis="Internal", notes="NYE IAP")])

E("j16_shop_with_cop", D(2025, 12, 13), ["Police", "Parks and Recreation"], "different_titles_per_department",
  dow="Sat", rows=[
      R(P, "Outreach", D(2025, 12, 13), time="8am", end="11am", loc="Target - W 3rd", lead="ALPD",
        desc="shop w/ a cop, B&G club kids"),
      R(PR, "Youth event", D(2025, 12, 13), time="8:15", end="11", loc="Target", addr="3600 W 3rd St",
        lead="Parks & Rec", desc="rec staff chaperone Boys & Girls Club kids", aud="Youth")])

E("j17_first_night", D(2025, 12, 31), ["Parks and Recreation", "Police", "Fire", "Emergency Management"],
  "overnight_and_internal_staffing", dow="Wed", rows=[
      R(PR, "First Night", D(2025, 12, 31), time="9pm", end="12:30am", loc="Lakefront Park",
        addr="1200 Shoreline Dr", lead="Parks", etype="Festival", desc="fireworks at midnight"),
      R(P, "Event support", D(2025, 12, 31), time="8pm", end="1am", loc="Lakefront Pk", lead="ALPD",
        desc="traffic/crowd"),
      R(F, "Standby", D(2025, 12, 31), time="10p-1a", loc="Lakefront Park - fireworks barge", lead="Fire"),
      R(EM, "EOC monitoring", D(2025, 12, 31), time="8 PM", end="2 AM", loc="EOC", lead="EM",
        vis="Internal", notes="partial activation for Parks' First Night fireworks")])

E("j18_cert_fire_module", D(2026, 1, 22), ["Emergency Management", "Fire"], "weekly_series_one_guest",
  dow="Thu", rows=[
      R(EM, "CERT class", D(2026, 1, 22), time="6pm", end="9pm", loc="EOC training rm", lead="EM",
        desc="CERT basic wk 3 - fire safety & suppression"),
      R(F, "Class", D(2026, 1, 22), time="6:30pm", end="8:30pm", loc="Emergency Ops Center - training room",
        lead="Fire", desc="teaching extinguisher module for OEM's CERT academy")])

E("j19_winter_prep_talk", D(2026, 1, 10), ["Emergency Management", "Emergency Communications"],
  "last_years_year_in_january", dow="Sat", rows=[
      R(EM, "Presentation", "1/10/2025", time="10am", end="11:30am", loc="Main Library - Aud",
        lead="OEM", desc="winter weather prep"),
      R(E911, "Presentation", D(2026, 1, 10), time="10:00", end="11:30", loc="ALPL auditorium", lead="911",
        desc="text-to-911 demo at EM's winter prep talk")])

E("j20_mlk_day", D(2026, 1, 19), ["Parks and Recreation", "Community Safety", "Police"],
  "last_years_year_in_january", dow="Mon", rows=[
      R(PR, "Day of Service", D(2026, 1, 19), time="9am", end="1pm", loc="Hillcrest CC", lead="Parks"),
      R(CS, "Volunteer", "1/19/25", time="9:30", end="12", loc="Hillcrest Community Ctr",
        lead="Community Safety", desc="MLK day of service, care kits"),
      R(P, "Outreach", D(2026, 1, 19), time="10am", end="12pm", loc="Hillcrest CC", lead="ALPD",
        desc="MLK service day - officers packing kits")])

E("j21_town_hall", D(2026, 1, 29), ["Police", "Community Safety"], "different_titles_per_department",
  dow="Thu", rows=[
      R(P, "Town hall", D(2026, 1, 29), time="6pm", end="7:30pm", loc="City Hall - Council Chambers",
        lead="ALPD", desc="Chief's quarterly town hall"),
      R(CS, "Community mtg", D(2026, 1, 29), time="6:00 PM", end="7:30 PM", loc="", addr="401 N Morton St",
        lead="CS", desc="HEART presents at the Chief's town hall")])

E("j22_chili_cookoff", D(2026, 2, 7), ["Fire", "Police"], "busy_venue_same_day", dow="Sat", rows=[
    R(F, "Chili cook-off", D(2026, 2, 7), time="11am", end="2pm", loc="Lakeview Mall", lead="Fire",
      desc="Guns & Hoses chili cook-off for the burn camp"),
    R(P, "Guns n Hoses", D(2026, 2, 7), time="11:00", end="2:00", loc="Lakeview Mall - center ct",
      lead="ALPD", partners="Fire")])

E("j23_cpr_911_guest", D(2026, 2, 10), ["Fire", "Emergency Communications"], "weekly_series_one_guest",
  dow="Tue", rows=[
      R(F, "Hands-only CPR", D(2026, 2, 10), time="10am", end="11:30am", loc="Senior Ctr", lead="Fire",
        desc="Feb CPR series, wk 2"),
      R(E911, "Presentation", D(2026, 2, 10), time="10:30", end="11:00", loc="Senior Center",
        addr="1555 S Henderson", lead="911", desc="guest spot in Fire's CPR class - what dispatch asks")])

E("j24_citizens_academy_grad", D(2026, 2, 21), ["Police", "Fire"], "weekday_right_date_wrong",
  dow="Sat", rows=[
      R(P, "Graduation", "Sat 2/20/2026", time="10am", end="noon", loc="ALPD HQ", addr="220 E 3rd St",
        lead="ALPD", desc="Citizens Academy class 14 graduation"),
      R(F, "Citizens Academy grad", D(2026, 2, 21), time="10:00 AM", end="11:00 AM",
        loc="Police Headquarters", lead="Fire", desc="Chief Ortiz handing out certificates for the fire night")])

E("j25_kids_911_day", D(2026, 3, 3), ["Emergency Communications", "Fire"], "different_titles_per_department",
  dow="Tue", rows=[
      R(E911, "Presentation", D(2026, 3, 3), time="9am", end="10am", loc="Mill Creek Elementary", lead="911",
        desc="kids 911 day, 1st grade"),
      R(F, "Sparky visit", D(2026, 3, 3), time="9:00", end="10:00", loc="Mill Creek Elem - cafeteria",
        lead="Fire")])

E("j26_alhs_parent_night", D(2026, 3, 14), ["Police", "Community Safety"], "weekday_right_date_wrong",
  dow="Sat", rows=[
      R(P, "Presentation", D(2026, 3, 14), time="9am", end="11am", loc="ALHS auditorium", lead="ALPD",
        desc="parent workshop: vaping & social media"),
      R(CS, "Presentation", "Sat 3/13", time="9:15am", end="11am",
        loc="Ashford Lake High School - auditorium", addr="1200 N Kinser Pike", lead="CS",
        desc="co-presenting w/ PD, parent workshop")])

E("j27_creek_cleanup", D(2026, 3, 21), ["Parks and Recreation", "Community Safety"], "corner_vs_trailhead",
  dow="Sat", rows=[
      R(PR, "Cleanup", D(2026, 3, 21), time="9am", end="12pm", loc="Bryan Creek trail - Henderson St trailhead",
        lead="Parks"),
      R(CS, "Neighborhood cleanup", D(2026, 3, 21), time="9:00", end="12:00", loc="Henderson & Hillside",
        lead="Community Safety", desc="creek cleanup w/ Parks, gloves and bags from Parks")])

E("j28_egg_hunt", D(2026, 4, 4), ["Parks and Recreation", "Police"], "rain_date_in_one_tab_only",
  dow="Sat", rows=[
      R(PR, "Egg hunt", D(2026, 4, 4), time="10am", end="12pm", loc="Campus Hills Park", lead="Parks",
        notes="moved from 3/28 due to rain", _sort=D(2026, 3, 28)),
      R(P, "Event support", D(2026, 3, 28), time="9:30am", end="12pm", loc="Campus Hills Pk", lead="ALPD",
        status="Postponed", desc="egg hunt parking")])

E("j29_county_fair", D(2026, 4, 3), ["Parks and Recreation", "Police", "Fire", "Emergency Communications"],
  "date_range_partner_one_day", dow="Fri", rows=[
      R(PR, "County fair", "Apr 3-5", time="10am", end="9pm", loc="Westwood County Fairgrounds",
        addr="5700 W Airport Rd", lead="Parks", etype="Festival", _sort=D(2026, 4, 3)),
      R(P, "Event support", D(2026, 4, 3), end_date=D(2026, 4, 5), time="9am", end="10pm",
        loc="Fairgrounds", lead="ALPD", desc="fair detail, 2 officers/shift"),
      R(F, "Booth", D(2026, 4, 4), time="10", end="6pm", loc="Westwood Fairgrounds", lead="Fire",
        desc="fire safety trailer at the fair"),
      R(E911, "Tabling", D(2026, 4, 5), time="noon", end="4pm", loc="fairgrounds - expo hall", lead="911",
        desc="county fair, Sunday only")])

E("j30_dispatch_open_house", D(2026, 4, 16), ["Emergency Communications", "Emergency Management"],
  "double_entry_and_address", dow="Thu", rows=[
      R(E911, "Open House", D(2026, 4, 16), time="4pm", end="7pm", loc="ECC", addr="3400 S Walnut St",
        lead="911", desc="Telecommunicators week open house"),
      R(E911, "Open house - dispatch center", D(2026, 4, 16), time="4-7pm", loc="3400 S Walnut",
        lead="ALECC", notes="entered again by Sam, sorry"),
      R(EM, "Tours", D(2026, 4, 16), time="4:30pm", end="6:30pm", loc="EOC (ECC building)", lead="EM",
        desc="EOC tours during 911's open house")])

E("j31_safety_day", D(2026, 4, 18), ["Police", "Fire", "Community Safety", "Emergency Communications",
                                      "Emergency Management", "Parks and Recreation"],
  "all_department", dow="Sat", rows=[
      R(P, "Safety Day", D(2026, 4, 18), time="10am", end="3pm", loc="Railyard Park", addr="1601 S Rogers St",
        lead="ALPD", etype="Festival", desc="Ashford Lake Safety Day"),
      R(F, "E3/L1 display", D(2026, 4, 18), time="10:00", end="15:00", loc="Railyard Pk", lead="Fire"),
      R(CS, "Booth", D(2026, 4, 18), time="10:30am", end="2:30pm", loc="Railyard Park", lead="CS"),
      R(E911, "Dispatch trailer", D(2026, 4, 18), time="10am", end="2pm", loc="Railyard Park - south lot",
        lead="911"),
      R(EM, "Tabling", D(2026, 4, 18), time="10am", end="3pm", loc="1601 S Rogers St", lead="OEM",
        desc="go-kits, AL Alert signup"),
      R(PR, "Event support", D(2026, 4, 18), time="7am", end="5pm", loc="Railyard Park", lead="Parks",
        vis="Internal", notes="set-up crew, tents + tables for PD's safety day")])

E("j32_maple_ridge_moved", D(2026, 4, 30), ["Police", "Community Safety"], "moved_date_note",
  dow="Thu", rows=[
      R(P, "Community mtg", D(2026, 4, 30), time="7pm", end="8pm", loc="Maple Ridge clubhouse", lead="ALPD",
        notes="moved from 4/23 at HOA's request", desc="Maple Ridge HOA"),
      R(CS, "Community mtg", D(2026, 4, 23), time="7pm", end="8pm", loc="Maple Ridge HOA clubhouse",
        lead="Community Safety", desc="Maple Ridge HOA w/ PD")])

E("j33_bike_rodeo", D(2026, 5, 2), ["Police", "Parks and Recreation"], "different_titles_per_department",
  dow="Sat", rows=[
      R(P, "Bike rodeo", D(2026, 5, 2), time="10am", end="12pm", loc="Mill Creek Elem parking lot", lead="ALPD"),
      R(PR, "Youth event", D(2026, 5, 2), time="10:00", end="12:00", loc="Mill Creek Elementary", lead="Parks",
        desc="helmet giveaway at PD's bike rodeo")])

E("j34_touch_a_truck", D(2026, 5, 9), ["Parks and Recreation", "Fire", "Police"], "busy_venue_same_day",
  dow="Sat", rows=[
      R(PR, "Touch-a-Truck", D(2026, 5, 9), time="10am", end="1pm", loc="Lakeview Mall parking lot (north)",
        lead="Parks", aud="Families"),
      R(F, "E7 at touch a truck", D(2026, 5, 9), time="10:00", end="13:00", loc="Lakeview Mall", lead="Engine 7"),
      R(P, "K9 demo", D(2026, 5, 9), time="11am", end="11:30am", loc="Lakeview Mall north lot", lead="ALPD")])

E("j35_run_for_lake", D(2026, 5, 23), ["Parks and Recreation", "Fire", "Police"],
  "different_titles_per_department", dow="Sat", rows=[
      R(PR, "Run for the Lake 10K", D(2026, 5, 23), time="7am", end="10am", loc="Lakefront Park", lead="Parks"),
      R(F, "CPR tent at Lakefront 10K", D(2026, 5, 23), time="6:45am", end="10am",
        loc="Lakefront Pk - finish line", lead="Fire"),
      R(P, "Traffic control", D(2026, 5, 23), time="6am", end="10am", loc="Shoreline Dr", lead="ALPD",
        desc="course closures for the 10K")])

E("j36_pool_safety", D(2026, 6, 13), ["Parks and Recreation", "Fire"], "different_titles_per_department",
  dow="Sat", rows=[
      R(PR, "Water safety", D(2026, 6, 13), time="1pm", end="4pm", loc="Bryan Pool", lead="Parks"),
      R(F, "Presentation", D(2026, 6, 13), time="1:30pm", end="3pm", loc="Bryan Park pool", lead="Fire",
        desc="dive team demo")])

E("j37_camp_sro_visit", D(2026, 6, 17), ["Parks and Recreation", "Police"], "weekly_series_one_guest",
  dow="Wed", rows=[
      R(PR, "Summer camp", D(2026, 6, 17), time="9am", end="3pm", loc="Hillcrest CC", lead="Parks",
        desc="Camp Hillcrest wk 2"),
      R(P, "SRO visit", D(2026, 6, 17), time="10am", end="11am", loc="Hillcrest Community Center",
        lead="ALPD", desc="SRO visit - Parks summer camp")])

E("j38_juneteenth", D(2026, 6, 20), ["Parks and Recreation", "Community Safety", "Police"],
  "time_styles", dow="Sat", rows=[
      R(PR, "Juneteenth", D(2026, 6, 20), time="5pm", end="9pm", loc="Hillcrest CC", lead="Parks",
        etype="Festival"),
      R(CS, "Booth", D(2026, 6, 20), time="5-8p", loc="Hillcrest Community Center - lawn", lead="CS"),
      R(P, "Outreach", D(2026, 6, 20), time="6ish", loc="Hillcrest CC", lead="ALPD",
        desc="Beat 4 + bike unit at Juneteenth")])

E("j39_july4", D(2026, 7, 4), ["Parks and Recreation", "Fire", "Police", "Emergency Management",
                                "Community Safety"], "five_not_six", dow="Sat", rows=[
    R(PR, "4th of July", D(2026, 7, 4), time="6pm", end="10:30pm", loc="Lakefront Park", lead="Parks",
      etype="Festival", desc="concert + fireworks ~9:45"),
    R(F, "Standby", D(2026, 7, 4), time="9-11p", loc="Lakefront Pk", lead="Fire"),
    R(P, "Event support", D(2026, 7, 4), time="5pm", end="11:59pm", loc="Shoreline Dr / Lakefront",
      lead="ALPD"),
    R(EM, "EOC monitoring", D(2026, 7, 4), time="6pm", end="midnight", loc="EOC", lead="EM", vis="Internal",
      notes="monitoring for July 4th at Lakefront"),
    R(CS, "Booth", D(2026, 7, 4), time="6pm", end="10pm", loc="Lakefront Park", lead="CS",
      desc="lost kids / cooling tent")])

E("j40_cooling_center", D(2026, 7, 15), ["Community Safety", "Parks and Recreation"],
  "different_titles_per_department", dow="Wed", rows=[
      R(CS, "Outreach", D(2026, 7, 15), time="11am", end="7pm", loc="Cooling center - Senior Ctr", lead="CS"),
      R(PR, "Cooling center", D(2026, 7, 15), time="11am", end="7pm", loc="Senior Center",
        addr="1555 S Henderson St", lead="Parks")])

E("j41_hoops", D(2026, 7, 18), ["Parks and Recreation", "Police"], "busy_venue_same_day", dow="Sat", rows=[
    R(PR, "Teen night", D(2026, 7, 18), time="6pm", end="9pm", loc="Hillcrest CC - gym", lead="Parks",
      aud="Teens"),
    R(P, "Hoops", D(2026, 7, 18), time="6-9p", loc="Hillcrest gym", lead="ALPD", desc="hoops w/ cops")])

E("j42_park_walk", D(2026, 7, 23), ["Community Safety", "Parks and Recreation", "Police"],
  "different_titles_per_department", dow="Thu", rows=[
      R(CS, "Community mtg", D(2026, 7, 23), time="7pm", end="8:30pm", loc="Railyard Park pavilion", lead="CS",
        desc="neighbors' concerns about the park after dark"),
      R(PR, "Walk", D(2026, 7, 23), time="7:00", end="8:30", loc="Railyard Pk - pavilion", lead="Parks"),
      R(P, "Community walk", D(2026, 7, 23), time="7:15pm", end="8:30pm", loc="Railyard Park", lead="ALPD",
        desc="Beat 2")])

E("j43_nno_maple_north", D(2026, 8, 4), ["Police", "Fire"], "nno", dow="Tue", rows=[
    R(P, "Block party", D(2026, 8, 4), time="6pm", end="9pm", loc="1210 N Maple Ridge Dr", lead="ALPD",
      etype="National Night Out"),
    R(F, "Engine 3 drop-by", D(2026, 8, 4), time="6:30pm", end="7pm", loc="1210 N. Maple Ridge", lead="Fire")])

E("j44_nno_hillcrest", D(2026, 8, 4), ["Parks and Recreation", "Community Safety"], "nno", dow="Tue", rows=[
    R(PR, "NNO", D(2026, 8, 4), time="5:30pm", end="8:30pm", loc="Hillcrest CC", lead="Parks",
      desc="Night Out at Hillcrest. HEART team will have a table.")])

E("j45_back_to_school", D(2026, 8, 8), ["Community Safety", "Police", "Fire", "Parks and Recreation",
                                         "Emergency Communications", "Emergency Management"],
  "all_department", dow="Sat", rows=[
      R(CS, "Back to school", D(2026, 8, 8), time="10am", end="2pm", loc="ALHS", lead="Community Safety",
        etype="Festival", desc="backpacks, haircuts, immunizations. OEM will hand out go-bags."),
      R(P, "Backpack giveaway", D(2026, 8, 8), time="10:00", end="2:00", loc="Ashford Lake High School parking lot",
        lead="ALPD"),
      R(F, "Booth", D(2026, 8, 8), time="10am", end="1pm", loc="AL High", lead="Fire"),
      R(PR, "Event support", D(2026, 8, 8), time="9am", end="2pm", loc="ALHS - front lot", lead="Parks",
        desc="bounce house + rec staff"),
      R(E911, "Tabling", D(2026, 8, 8), time="10-1", loc="Ashford Lake High", lead="911",
        desc="911 for kids table")])

E("j46_lakeshore_quarterly", D(2026, 8, 20), ["Emergency Management", "Police"], "partner_row_day_off",
  dow="Thu", rows=[
      R(EM, "Community mtg", D(2026, 8, 20), time="7pm", end="8pm", loc="Lakeshore HOA", lead="OEM",
        desc="CERT recruitment at HOA quarterly"),
      R(P, "Community mtg", D(2026, 8, 21), time="7pm", end="8:30pm", loc="Lakeshore clubhouse", lead="ALPD",
        desc="Lakeshore HOA quarterly mtg (Thurs)")])

E("j47_senior_fall_prev", D(2026, 9, 3), ["Fire", "Emergency Management"], "different_titles_per_department",
  dow="Thu", rows=[
      R(F, "Presentation", D(2026, 9, 3), time="10am", end="11am", loc="Senior Center", lead="Fire",
        desc="fall prevention"),
      R(EM, "Presentation", D(2026, 9, 3), time="10:30", end="11:00", loc="1555 S Henderson St", lead="EM",
        desc="go-kits for seniors, after Fire's fall prevention talk")])

E("j48_prep_fair", D(2026, 9, 12), ["Emergency Management", "Fire", "Emergency Communications"],
  "busy_venue_same_day", dow="Sat", rows=[
      R(EM, "Preparedness fair", D(2026, 9, 12), time="10am", end="2pm", loc="Main Library", lead="OEM",
        desc="National Preparedness Month"),
      R(F, "Booth", "9/12/2026 10a-2p", loc="ALPL", lead="Fire", desc="extinguisher demo at OEM's prep fair"),
      R(E911, "Tabling", D(2026, 9, 12), time="10:30", end="1:30", loc="Library - lobby", lead="911")])

E("j49_fall_fest", D(2026, 9, 19), ["Parks and Recreation", "Fire", "Police"], "partner_named_only_in_text",
  dow="Sat", rows=[
      R(PR, "Fall festival", D(2026, 9, 19), time="noon", end="5pm", loc="Railyard Park", lead="Parks",
        etype="Festival", desc="hayrides, pie contest. Fire will bring a truck; w/ PD bike patrol.")])

E("j50_career_day", D(2026, 9, 24), ["Fire", "Police"], "different_titles_per_department", dow="Thu", rows=[
    R(F, "Visit", D(2026, 9, 24), time="9am", end="11am", loc="Tri-North Middle School", lead="Truck 1"),
    R(P, "Presentation", D(2026, 9, 24), time="9:30am", end="10:30am", loc="Tri-North MS", lead="ALPD",
      desc="8th grade career day")])

E("j51_pine_hollow_walk", D(2026, 6, 27), ["Community Safety", "Police"], "after_action_text",
  dow="Sat", rows=[
      R(CS, "Walk", D(2026, 6, 27), time="6pm", end="7:30pm", loc="Pine Hollow MHP", lead="CS",
        notes="a couple of ALPD officers swung by around 7 and walked the back loop with us")])

# ---------------------------------------------------------------- single-department background
def S(key, date, tab, family, cancelled=False, internal=False, dow=None, **kw):
    title = kw.pop("title")
    E(key, date, [DEPT[tab]], family, [R(tab, title, kw.pop("date", date), **kw)],
      cancelled=cancelled, internal=internal, dow=dow)


S("s01_parks_hillcrest_mtg", D(2025, 10, 16), PR, "same_evening_other_place", title="Community mtg",
  time="6pm", end="7pm", loc="Hillcrest CC", lead="Parks", desc="Hillcrest master plan input")
S("s02_library_kids_fire", D(2025, 11, 8), F, "busy_venue_same_day", title="Presentation", time="2pm",
  end="3pm", loc="Library Mtg Rm 1A", lead="Fire", desc="fire safety for kids, Sparky")
S("s03_library_cs_table", D(2025, 11, 8), CS, "busy_venue_same_day", title="Tabling", time="10am", end="1pm",
  loc="Main Library lobby", lead="CS", desc="housing navigator resource table")
S("s04_fire_toys", D(2025, 12, 4), F, "similar_purpose_other_place", title="Toy drive", time="9am", end="5pm",
  loc="Station 1", lead="Fire")
S("s05_police_cruiser", D(2025, 12, 4), P, "similar_purpose_other_place", title="Stuff the cruiser",
  time="10am", end="4pm", loc="Lakeview Mall", lead="ALPD", desc="toy drive")
S("s06_police_inservice", D(2025, 12, 10), P, "internal_single", internal=True, title="In-service",
  time="8am", end="5pm", loc="ALPD HQ", lead="ALPD", vis="Internal")
for i, d in enumerate([D(2026, 1, 8), D(2026, 1, 15), D(2026, 1, 29)]):
    S(f"s07_cert_{i}", d, EM, "weekly_series_one_guest", title="CERT class", time="6pm", end="9pm",
      loc="EOC training rm", lead="EM", desc="CERT basic")
for i, d in enumerate([D(2026, 2, 3), D(2026, 2, 17), D(2026, 2, 24)]):
    S(f"s08_cpr_{i}", d, F, "weekly_series_one_guest", title="Hands-only CPR", time="10am", end="11:30am",
      loc="Senior Ctr", lead="Fire", desc="Feb CPR series")
S("s09_mall_narcan", D(2026, 2, 7), CS, "busy_venue_same_day", title="Tabling", time="3:30pm", end="6pm",
  loc="Lakeview Mall - food court", lead="CS", desc="naloxone training table for mall walkers")
S("s10_em_oakhollow", D(2026, 2, 26), EM, "background", title="Presentation", time="7pm", end="8pm",
  loc="Oak Hollow HOA", lead="EM", desc="HOA annual mtg")
S("s11_alhs_track", D(2026, 3, 14), F, "busy_venue_same_day", title="Standby", time="10am", end="4pm",
  loc="ALHS football field", lead="Medic 4", desc="regional track meet")
S("s12_alhs_hoops", D(2026, 3, 14), PR, "busy_venue_same_day", title="Youth basketball", time="8am", end="5pm",
  loc="ALHS gym", lead="Parks", desc="spring youth league tournament")
S("s13_cs_senior_am", D(2026, 3, 19), CS, "same_dept_two_sessions", title="Presentation", time="10am",
  end="11am", loc="Senior Center", lead="CS", desc="Medicare fraud")
S("s14_cs_senior_pm", D(2026, 3, 19), CS, "same_dept_two_sessions", title="Presentation", time="1pm",
  end="2pm", loc="Senior Center", lead="CS", desc="grief support group intro")
S("s15_fire_st3_cancel", D(2026, 4, 25), F, "background", cancelled=True, title="Open house", time="10am",
  end="1pm", loc="Station 3", lead="Fire", status="Cancelled")
S("s16_mall_wellness", D(2026, 5, 9), EM, "busy_venue_same_day", title="Booth", time="10am", end="2pm",
  loc="Lakeview Mall - inside by Macy's", lead="OEM", desc="severe weather table",
  notes="mall's own health & wellness fair inside; not Parks' touch-a-truck")
S("s17_fishing_derby", D(2026, 5, 16), PR, "hedged_or_negated_partner", title="Fishing derby", time="8am",
  end="11am", loc="Lakefront Park - pier", lead="Parks",
  desc="Kids fishing derby. No police this year.", notes="Fire invited, not confirmed")
S("s18_cs_tabling_tbd", D(2026, 5, 20), CS, "hedged_or_negated_partner", title="Tabling", time="11am",
  end="1pm", loc="Farmers Mkt", lead="CS", desc="resource table. Police may stop by (TBD)")
for i, d in enumerate([D(2026, 6, 10), D(2026, 6, 24), D(2026, 7, 1)]):
    S(f"s19_camp_{i}", d, PR, "weekly_series_one_guest", title="Summer camp", time="9am", end="3pm",
      loc="Hillcrest CC", lead="Parks", desc="Camp Hillcrest")
S("s20_hillcrest_nbhd", D(2026, 7, 18), CS, "busy_venue_same_day", title="Community mtg", time="6:30pm",
  end="8pm", loc="Hillcrest CC - Room B", lead="CS", desc="Hillcrest Neighborhood Assn")
for i, a in enumerate(["1210 S Maple Ridge Dr", "1214 N Maple Ridge Dr", "Oak Hollow Ct cul-de-sac",
                       "Lakeshore clubhouse", "Pine Hollow MHP office"]):
    S(f"s21_nno_{i}", D(2026, 8, 4), P, "nno", title="Block party", time="6pm", end="9pm", loc=a,
      lead="ALPD", etype="National Night Out")
S("s22_alhs_evening", D(2026, 8, 8), P, "busy_venue_same_day", title="Presentation", time="6pm", end="7pm",
  loc="ALHS library", lead="ALPD", desc="parents: school zone safety")
S("s23_library_parks", D(2026, 9, 12), PR, "busy_venue_same_day", title="Presentation", time="3pm",
  end="4:30pm", loc="Main Library Aud", lead="Parks", desc="parks master plan public mtg")
S("s24_library_beat1", D(2026, 9, 12), P, "busy_venue_same_day", title="Community mtg", time="6pm",
  end="7pm", loc="Main Library Rm 1A", lead="ALPD", desc="Beat 1 quarterly")
S("s25_picnic_hedged", D(2026, 9, 26), PR, "hedged_or_negated_partner", title="Community picnic",
  time="11am", end="2pm", loc="Bryan Park", lead="Parks", desc="Fire invited, not confirmed")
S("s26_911_rotary_other", D(2026, 2, 18), E911, "background", title="Presentation", time="noon", end="1pm",
  loc="Kiwanis - Hillcrest CC", lead="911", desc="Kiwanis lunch")
S("s27_em_siren_test", D(2025, 10, 1), EM, "background", title="Siren test", time="10am", end="10:15am",
  loc="citywide", lead="EM")
S("s28_fire_burn_ban", D(2025, 11, 20), F, "background", title="Presentation", time="7pm", end="8pm",
  loc="Westwood Grange hall", lead="Fire", desc="wildfire / defensible space")

# invalid rows (must be rejected)
BAD(P, D(2025, 11, 5), title="", date=D(2025, 11, 5), time="7pm", loc="Hillcrest CC", lead="ALPD")
BAD(F, D(2026, 1, 14), title="Station tour", date="TBD", time="4pm", loc="Station 3", lead="Fire")
BAD(PR, D(2026, 5, 30), title="Movie in the park", date="13/45/2026", time="8pm", loc="Bryan Park", lead="Parks")
BAD(CS, D(2026, 6, 3), title="Outreach", date=D(2026, 6, 3), time="5pm", end="3pm", loc="Pine Hollow", lead="CS")


# ---------------------------------------------------------------- write
def main():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth = []
    for tab in TABS:
        ws = wb.create_sheet(tab)
        ws.append(HEAD_911 if tab == E911 else HEAD)
        rows = sorted([r for r in ROWS if r[0] == tab], key=lambda r: r[1])
        for n, (_, _, cells, key) in enumerate(rows, start=2):
            ws.append([cells.get(f) for f in FIELDS])
            c = ws.cell(n, 3)
            if isinstance(c.value, dt.date):
                c.number_format = "m/d/yyyy"
            truth.append({"tab": tab, "row": n, "event_key": key or "", "valid": "no" if key is None else "yes"})
    wb.save(HERE / "intake.xlsx")
    with open(HERE / "truth.csv", "w", newline="") as f:
        w = csv.DictWriter(f, ["tab", "row", "event_key", "valid"])
        w.writeheader()
        w.writerows(truth)

    def quarter(d):
        fy = d.year + 1 if d.month >= 10 else d.year
        q = ((d.month - 10) % 12) // 3 + 1
        return f"FY{fy % 100:02d}-Q{q}"
    months = {f"{y}-{m:02d}": {"events": 0, "joint_events": 0}
              for y, m in [(2025, 10), (2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 10)]}
    quarters = {f"FY26-Q{q}": {"events": 0, "joint_events": 0, "all_department_events": 0} for q in range(1, 5)}
    fams = defaultdict(lambda: {"events": 0, "event_keys": []})
    event_departments = {}
    joint_incl = 0
    for key, d, depts, fam, canc, internal, note in EVENTS:
        fams[fam]["events"] += 1
        fams[fam]["event_keys"].append(key)
        joint = len(depts) >= 2 and not internal
        if joint:
            joint_incl += 1
        if canc:
            continue
        m = f"{d.year}-{d.month:02d}"
        months[m]["events"] += 1
        quarters[quarter(d)]["events"] += 1
        if joint:
            months[m]["joint_events"] += 1
            quarters[quarter(d)]["joint_events"] += 1
            event_departments[key] = depts
            if len(depts) == 6:
                quarters[quarter(d)]["all_department_events"] += 1
    exp = {"city": "Ashford Lake", "timezone": "America/Denver", "fiscal_year_start_month": 10,
           "rows": len(truth), "invalid_rows": sum(1 for t in truth if t["valid"] == "no"),
           "events": len(EVENTS), "joint_events": joint_incl,
           "cancelled_events": sum(1 for e in EVENTS if e[4]),
           "months": months, "fiscal_quarters": quarters, "event_departments": event_departments,
           "families": dict(fams), "calendar_sources": []}
    (HERE / "expected.json").write_text(json.dumps(exp, indent=1))
    print(f"rows {len(truth)} events {len(EVENTS)} joint(not cancelled, not internal) "
          f"{sum(v['joint_events'] for v in months.values())} all-dept "
          f"{sum(v['all_department_events'] for v in quarters.values())}")


if __name__ == "__main__":
    main()
