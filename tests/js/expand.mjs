// Expand every VEVENT of an iCalendar file with Mozilla's ical.js (Thunderbird's parser).
// Usage: node expand.mjs FILE.ics FROM TO   (FROM/TO: UTC, e.g. 2025-08-15T00:00:00Z)
// Prints JSON: [{"uid", "start", "end", "floating"}] for occurrences starting in [FROM, TO):
// timed values in UTC as YYYYMMDDTHHMMSSZ, dates as YYYYMMDD. VTIMEZONEs of the file are
// registered first; a TZID without one stays floating and is reported ("floating": true).
import fs from "node:fs";
import ICAL from "ical.js";

const [file, fromText, toText] = process.argv.slice(2);
const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
for (const vtz of root.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
}
const from = ICAL.Time.fromDateTimeString(fromText.replace(/Z$/, ""));
from.zone = ICAL.Timezone.utcTimezone;
const to = ICAL.Time.fromDateTimeString(toText.replace(/Z$/, ""));
to.zone = ICAL.Timezone.utcTimezone;

const pad = (n, w = 2) => String(n).padStart(w, "0");
function show(t) {
  if (t.isDate) return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`;
  const u = t.convertToZone(ICAL.Timezone.utcTimezone);
  return `${pad(u.year, 4)}${pad(u.month)}${pad(u.day)}T${pad(u.hour)}${pad(u.minute)}${pad(u.second)}Z`;
}
const floating = (t) => !t.isDate && t.zone === ICAL.Timezone.localTimezone;
function inWindow(t) {
  const u = t.isDate ? t : t.convertToZone(ICAL.Timezone.utcTimezone);
  if (t.isDate) {
    const d = `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`;
    return d >= show(from).slice(0, 8) && d < show(to).slice(0, 8);
  }
  return u.compare(from) >= 0 && u.compare(to) < 0;
}

const masters = new Map();
const exceptions = [];
for (const vevent of root.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  if (event.isRecurrenceException()) exceptions.push(event);
  else masters.set(event.uid, event);
}
for (const ex of exceptions) {
  if (masters.has(ex.uid)) masters.get(ex.uid).relateException(ex);
}
const out = [];
for (const [uid, event] of masters) {
  if (!event.isRecurring()) {
    if (inWindow(event.startDate)) {
      out.push({ uid, start: show(event.startDate), end: show(event.endDate),
                 floating: floating(event.startDate) });
    }
    continue;
  }
  const it = event.iterator();
  for (let next = it.next(); next; next = it.next()) {
    const details = event.getOccurrenceDetails(next);
    const start = details.startDate;
    const u = start.isDate ? start : start.convertToZone(ICAL.Timezone.utcTimezone);
    if (!start.isDate && u.compare(to) >= 0) break;
    if (start.isDate && show(start) >= show(to).slice(0, 8)) break;
    if (inWindow(start)) {
      out.push({ uid, start: show(start), end: show(details.endDate), floating: floating(start) });
    }
  }
}
process.stdout.write(JSON.stringify(out));
