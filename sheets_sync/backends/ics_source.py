"""Calendar-file source: a department's exported ``.ics`` becomes an intake-shaped tab.

Real exports are messy (see ``shared/realdata/SOURCES.md``): HTML inside LOCATION, bare
numeric UIDs, Windows or display-string TZIDs with no VTIMEZONE, no UID at all, series
exploded into separate VEVENTs. Each VEVENT becomes one row with canonical columns, so the
same parsing and validation path serves sheets and calendars alike.

Recurring events (RRULE/RDATE with EXDATE and RECURRENCE-ID overrides) are expanded with
:mod:`recurring_ical_events` inside the feed window, one row per occurrence, so every
instant is kept exactly. TZIDs that are not IANA names are mapped through icalendar's
Windows-zone table; a TZID that still cannot be resolved is read in the configured zone.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from ..model import CANONICAL_COLUMNS, RawTab, RowIssue, Severity
from ..moved import described_move, moved_note
from ..parsing import strip_controls, strip_html, title_status, without_mail_prefix
from ..recurrence import RepeatError, check_rrule_parts
from . import SourceError

HEADER = CANONICAL_COLUMNS + ("External UID",)
#: Most rows one series (one UID) may expand to inside the feed window, and one file in all.
#: Beyond them the rest is left out with a Validation warning (issue 16: unbounded work).
MAX_SERIES_OCCURRENCES = 1000
MAX_FILE_OCCURRENCES = 20000


def _tzid_to_zone(tzid: str, default_tz):
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    try:
        return ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
        name = WINDOWS_TO_OLSON.get(tzid)
        if name is None:  # "(UTC-05:00) Eastern Time (US & Canada)" display strings
            from ..zones import display_zone
            name = display_zone(tzid)
        if name:
            return ZoneInfo(name)
    except (ImportError, ZoneInfoNotFoundError, ValueError):
        pass
    return default_tz


def _calendar_zone(cal, tz, title: str) -> list[RowIssue]:
    """Google's calendar-wide ``X-WR-TIMEZONE`` made an IANA key (a Windows name is mapped
    like a TZID); an unknown one (``Mars/Olympus``) made ``recurring_ical_events`` (through
    ``x_wr_timezone``) abort the whole sync, so it is dropped — floating times are then read in
    the city's zone — with a warning on the calendar's row 1 (issue 16)."""
    value = cal.get("X-WR-TIMEZONE")
    if value is None:
        return []
    name = str(value).strip()
    zone = _tzid_to_zone(name, None) if name else None
    if zone is not None and getattr(zone, "key", None) == name:
        return []
    del cal["X-WR-TIMEZONE"]
    if zone is not None and getattr(zone, "key", None):
        cal.add("X-WR-TIMEZONE", zone.key)
        return []
    return [RowIssue(title, 1, "(calendar)", strip_controls(name)[:200],
                     f"X-WR-TIMEZONE {name[:80]!r} is not a time zone; times written without a zone "
                     f"are read in the city's time zone ({getattr(tz, 'key', tz)})",
                     "check this calendar's event times, or export it again with a standard time "
                     "zone (e.g. America/New_York)", Severity.WARNING)]


def _outside_window(cal, start: date, end: date, title: str) -> list[RowIssue]:
    """A warning on the calendar's row 1 when the file holds events and none in the window read
    (a new city's check: last year's export read as nothing, with no word, while ``doctor``
    counted its events)."""
    held = len(cal.walk("VEVENT"))
    if not held:
        return []
    return [RowIssue(title, 1, "(calendar)", f"{held} events",
                     f"the file holds {held} event{'s' * (held != 1)} but none from {start:%Y-%m-%d} to "
                     f"{end - timedelta(days=1):%Y-%m-%d}, the dates the feed shows (feed.past_days and "
                     "feed.future_days in config.yaml); none was read",
                     "export the calendar's current events, or raise feed.past_days to publish older ones",
                     Severity.WARNING)]


def _charset_note(charset: str | None, title: str) -> list[RowIssue]:
    """A warning on the calendar's row 1 when its file was not UTF-8 and was read as
    Windows-1252 (:func:`as_utf8`), which a wrong guess could garble; none for a Unicode form
    read by its byte-order mark, which is exact."""
    if charset != "Windows-1252":
        return []
    return [RowIssue(title, 1, "(calendar)", charset,
                     "the file is not UTF-8, the character set calendar files use; it was read as "
                     "Windows-1252, so accented letters and curly quotes may come out wrong",
                     "check this calendar's accented letters on the site, and export the calendar "
                     "again saved as UTF-8", Severity.WARNING)]


def _local(value, component_prop, tz):
    """A DTSTART/DTEND value → date or aware datetime in the configured timezone."""
    if isinstance(value, datetime):
        if component_prop is not None and str(component_prop.params.get("VALUE", "")).upper() == "DATE":
            return value.date()   # CivicPlus writes DATE values with a TZID; they stay all-day
        if value.tzinfo is None:
            tzid = component_prop.params.get("TZID") if component_prop is not None else None
            zone = _tzid_to_zone(str(tzid), tz) if tzid else tz
            value = value.replace(tzinfo=zone)
        return value.astimezone(tz)
    return value


def _normalise_times(cal, tz) -> None:
    """Fix two export quirks before expansion (which drops the parameters that tell them):
    CivicPlus writes ``DTSTART;TZID=America/New_York;VALUE=DATE:20220312``, which icalendar
    reads as a midnight date-time — it becomes a date again (R9); Outlook writes TZIDs such as
    ``"(GMT+10:00) Canberra, Melbourne, Sydney"`` with no VTIMEZONE, which icalendar leaves
    naive — the value is placed in the zone the TZID names (:func:`_tzid_to_zone`)."""
    for ev in cal.walk("VEVENT"):
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            prop = ev.get(name)
            if prop is None or not isinstance(prop.dt, datetime):
                continue
            if str(prop.params.get("VALUE", "")).upper() == "DATE":
                del ev[name]
                ev.add(name, prop.dt.date())
            elif prop.dt.tzinfo is None and prop.params.get("TZID"):
                del ev[name]
                ev.add(name, prop.dt.replace(tzinfo=_tzid_to_zone(str(prop.params["TZID"]), tz)))
                ev[name].params.pop("TZID", None)


def calendar_tab_title(path: Path | str) -> str:
    """The tab title a calendar file is read under (its file name): Validation lines and the
    record name the file by it."""
    return Path(path).name


class CalendarUnreadable(SourceError):
    """A calendar file that is not a whole iCalendar file: ``problem`` says in plain words what
    is wrong and what to do, ``detail`` is the parser's own message, short and printable
    (``""`` when the parser read the file anyway). ``str()``: ``"<name>: <problem> (parser:
    <detail>)"``."""

    def __init__(self, name: str, problem: str, detail: str = ""):
        self.name, self.problem, self.detail = name, problem, detail
        super().__init__(f"{name}: {problem}" + (f" (parser: {detail})" if detail else ""))


_CUT = "it may have been cut short while downloading or exporting; export it again"
_LINE = re.compile(rb"^(BEGIN|END):([^\r\n]*)", re.MULTILINE | re.IGNORECASE)


def cut_short(data: bytes) -> str | None:
    """What is wrong, in plain words, with a file that starts as an iCalendar file
    (``BEGIN:VCALENDAR``) but is not whole — it ends inside an event or before
    ``END:VCALENDAR``, or a component is ended out of order (``END:VEV``) — else ``None``
    (a whole file, or no calendar at all). Read from the ``BEGIN``/``END`` lines alone, so a
    file the parser accepts leniently (a cut ``END:VCALEN``, a mangled ``END:VEVENT``) is
    caught too. An empty file is cut short too. Pure; one pass over the file."""
    if not data.strip():
        return f"the file is empty \u2014 {_CUT}"
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].upper().startswith(b"BEGIN:VCALENDAR"):
        return None
    stack: list[tuple[str, int]] = []          # (component, line it began on)
    line, counted = 1, 0
    for match in _LINE.finditer(data):
        line += data.count(b"\n", counted, match.start())
        counted = match.start()
        name = match[2].strip().upper().decode("ascii", "replace")
        if match[1].upper() == b"BEGIN":
            stack.append((name, line))
        elif stack and name == stack[-1][0]:
            stack.pop()
        elif not data[match.end():].strip():
            break                               # the last line is itself cut short (END:VCALEN)
        else:
            return (f"line {line} reads END:{name} where END:{stack[-1][0] if stack else 'nothing'} "
                    f"was expected, so the file is damaged; {_CUT}")
    event = next((at for name, at in reversed(stack) if name == "VEVENT"), None)
    if event is not None:
        return (f"the file ends in the middle of an event (the one begun on line {event}), "
                f"before END:VCALENDAR \u2014 {_CUT}")
    return f"the file ends before END:VCALENDAR \u2014 {_CUT}" if stack else None


def _parser_said(exc: Exception) -> str:
    """The parser's message, short: its first line, printable, without the file's bytes it
    quotes, at most 80 characters."""
    said = re.split(r":\s*b['\"]", str(exc).split("\n", 1)[0], maxsplit=1)[0]
    said = "".join(c if c.isprintable() else "?" for c in said).strip()
    return said[:79] + "\u2026" if len(said) > 80 else said


#: byte-order marks of the Unicode forms other than UTF-8 ("Unicode" in Windows' Save As),
#: longest first (UTF-32's little-endian mark begins with UTF-16's)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def as_utf8(data: bytes) -> tuple[bytes, str | None]:
    """The bytes of a calendar file in UTF-8, the character set RFC 5545 (3.1.4) prescribes,
    and ``None``, or the name of the one it was read in instead: UTF-16 or UTF-32 with a
    byte-order mark (an export saved as "Unicode": it had been refused as "not an iCalendar
    file"), UTF-16 without one (told by its opening ``BEGIN:VCALENDAR``) or, when the bytes
    are not UTF-8, Windows-1252, the code page an export re-saved
    on a US Windows machine uses (a fresh city's check: every accented letter had been
    published as U+FFFD with no word). Undecodable bytes become U+FFFD."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").encode("utf-8"), codec.upper()
    for codec in ("utf-16-le", "utf-16-be"):       # … or none ("B\0E\0G\0I\0N\0:…": a fresh helper's check)
        if data[:30].replace(b"\0", b"").upper().startswith(b"BEGIN:VCALENDAR") and b"\0" in data[:30]:
            text = data.decode(codec, errors="replace")
            if text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
                return text.encode("utf-8"), "UTF-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace").encode("utf-8"), "Windows-1252"
    return data, None


def parse_calendar(data: bytes, name: str):
    """The bytes of a ``.ics`` file named ``name`` → its ``icalendar.Calendar``, read as UTF-8
    or in the character set :func:`as_utf8` finds. Raises :class:`CalendarUnreadable` when
    the file is cut short or damaged (:func:`cut_short`, even when the parser would accept
    it) or is not iCalendar at all."""
    return _parsed(as_utf8(data)[0], name)


def _parsed(data: bytes, name: str):
    """:func:`parse_calendar` of bytes already in UTF-8."""
    import icalendar
    problem = cut_short(data)
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        raise CalendarUnreadable(name, problem or "this is not an iCalendar file (a web page or another "
                                 "file saved as .ics?); export the calendar again as .ics",
                                 _parser_said(exc) or type(exc).__name__) from None
    if problem:
        raise CalendarUnreadable(name, problem)
    return cal


def _invitee(prop) -> tuple[str, str]:
    """An ORGANIZER's or ATTENDEE's ``(common name, address)``: its CN parameter (quotes
    stripped) and its ``mailto:`` value."""
    params = getattr(prop, "params", {})
    return str(params.get("CN", "")).strip().strip('"'), str(prop)


def _invited(ev, department: str, who) -> tuple[str, str, list[tuple[str, str, str]]]:
    """``(lead, partners, read)`` an invitation says (RFC 5545 §3.8.4.3 ORGANIZER, §3.8.4.1
    ATTENDEE with PARTSTAT=ACCEPTED), each read by ``who`` (``(common name, address)`` → a
    configured department, or ``None``: :func:`sheets_sync.invitees.invitee_reader`): an event
    another department organised is that department's, the calendar's own department taking
    part; an attendee that accepted takes part. An attendee that declined, has not answered
    (NEEDS-ACTION, the default) or answered TENTATIVE does not, nor a room or a resource booked
    for it (``CUTYPE``: rooms accept by themselves), nor one copied for information
    (``ROLE=NON-PARTICIPANT``). ``read``: ``(column, name, department)`` for
    each department so read, for the Validation tab (a fresh helper's Outlook set, v58: Fire's
    accepted invitation to Emergency Management's workshop had been left out of the count)."""
    if who is None:
        return department, "", []
    read: list[tuple[str, str, str]] = []
    organizer = ev.get("ORGANIZER")
    lead = department
    if organizer is not None and (found := who(*(named := _invitee(organizer)))) and found != department:
        lead = found
        read.append(("Lead Department", named[0] or named[1], found))
    attendees = ev.get("ATTENDEE")
    partners: list[str] = []
    for person in (attendees if isinstance(attendees, list) else [attendees] if attendees is not None else []):
        params = getattr(person, "params", {})
        if str(params.get("PARTSTAT", "")).upper() != "ACCEPTED" or \
                str(params.get("CUTYPE", "")).upper() in ("ROOM", "RESOURCE") or \
                str(params.get("ROLE", "")).upper() == "NON-PARTICIPANT":
            continue        # (a room, a resource, or one copied for information only)
        found = who(*(named := _invitee(person)))
        if found and found not in (lead, department) and found not in partners:
            partners.append(found)
            read.append(("Partner Departments", named[0] or named[1], found))
    return lead, ", ".join(partners), read


def _invitation_notes(title: str, rows: list, read_of: dict) -> list[RowIssue]:
    """One warning per department an invitation made a row's lead or partner (:func:`_invited`),
    naming the organizer or attendee it was read from, on the row's number in the tab (rows in
    date order from 2)."""
    notes = []
    for n, r in enumerate(rows, 2):
        for column, name, found in read_of.get(id(r), ()):
            role = "organizer" if column == "Lead Department" else "attendee, accepted,"
            notes.append(RowIssue(
                title, n, column, strip_controls(name)[:200],
                f"{found} is counted as taking part: the invitation's {role} is {name!r}",
                f"nothing to do if {found} takes part; if {name!r} is not {found}, take it off the invitation "
                "in the calendar program", Severity.WARNING))
    return notes


def read_calendar(path: Path, department: str, tz, *, visibility: str = "Public",
                  event_type: str = "", window: tuple[date, date] | None = None, who=None) -> RawTab:
    """Read one ``.ics`` export into a :class:`RawTab` titled ``"<file name>"``.

    ``window`` bounds recurrence expansion (inclusive start, exclusive end dates). ``who``:
    ``(common name, address)`` → the configured department it stands for, or ``None``
    (:func:`sheets_sync.invitees.invitee_reader`); with it, an event's ORGANIZER and accepted
    ATTENDEEs give its Lead and Partner Departments (:func:`_invited`), each with a warning.
    Raises :class:`SourceError` when the file is missing, :class:`CalendarUnreadable` when
    it is cut short, damaged or not iCalendar (:func:`parse_calendar`).
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read calendar file {path}: {exc.strerror}; "
                          "check source.calendars in config.yaml") from None
    data, charset = as_utf8(data)
    cal = _parsed(data, f"calendar file {path}")
    start, end = window or (date(1970, 1, 1), date(2100, 1, 1))
    title = calendar_tab_title(path)
    broken = [*_charset_note(charset, title), *_calendar_zone(cal, tz, title), *_drop_unreadable_times(cal, title)]
    broken += _reversed_times(cal, title) + _ends_before_start(cal, title)
    _normalise_times(cal, tz)
    rejected = _reject_bad_rules(cal)
    _mark_missing_uids(cal)
    occurrences, notes = _bounded_occurrences(cal, start, end, title)
    if window is not None and not occurrences:
        notes.extend(_outside_window(cal, start, end, title))
    notes = [*broken, *notes]
    from collections import Counter
    uid_counts = Counter(_uid(ev) for ev in occurrences)
    # UID-less events of one title and start (two story times at two parks): their stand-in UIDs
    # take their place too, or the matcher would read them as one calendar event (a helper's check)
    uidless = Counter(_same_start(ev) for ev in occurrences if not _uid(ev))
    private = _private_uids(cal)
    rows = []
    read_of: dict[int, list] = {}       # id of a row → what its invitation said (:func:`_invited`)
    for ev in (*occurrences, *rejected):
        dtstart = ev.get("DTSTART")
        if dtstart is None:
            continue
        s = _local(dtstart.dt, dtstart, tz)
        dtend = ev.get("DTEND")
        e = _local(dtend.dt, dtend, tz) if dtend is not None else None
        if e is None and ev.get("DURATION") is not None:
            e = s + ev["DURATION"].dt
        if _outlook_all_day(ev, s, e):      # midnight to midnight, flagged all-day by Outlook/Exchange
            s, e = s.date(), e.date()
        all_day = not isinstance(s, datetime)
        if all_day and isinstance(e, date) and not isinstance(e, datetime):
            e = e - timedelta(days=1)  # the intake End Date is inclusive
            if e < s:
                e = s
        uid = exported = _uid(ev)
        summary = without_mail_prefix(strip_html(str(ev.get("SUMMARY", ""))), calendar=True)
        if not uid:  # no UID at all (OWA exports): derive one from what does not change
            where = f"|{ev.get('LOCATION', '')}" if uidless[_same_start(ev)] > 1 else ""
            uid = "nouid-" + hashlib.sha1(f"{summary}|{s.isoformat()}{where}".encode()).hexdigest()[:16]
        recurrence = ev.get("RECURRENCE-ID")
        # one UID, several occurrences: each occurrence is keyed by its original start
        occurrence_key = ""
        if uid_counts[exported] > 1 or recurrence is not None:
            original = _local(recurrence.dt, recurrence, tz) if recurrence is not None else s
            occurrence_key = original.isoformat()
        status = str(ev.get("STATUS", "")).upper()
        # "CANCELED: Public Meeting" or "POSTPONED Movie in the Park" with STATUS:CONFIRMED
        summary, marked = title_status(summary)
        day = s if all_day else s.date()
        description = strip_html(str(ev.get("DESCRIPTION", "")))
        marked = marked or ("Postponed" if moved_note(summary, day) or described_move(description, day) else "")
        if marked and status != "CANCELLED":     # ("MOVED TO OCT 10 - Trick or Treat Trail" on 11/22)
            status = marked.upper()
        lead, partners, read = _invited(ev, department, who)
        values = {
            "Event ID": "",
            "Title": summary,
            "Start Date": s if all_day else s.replace(tzinfo=None),
            "Start Time": None if all_day else s.time(),
            "End Date": (e if all_day else e.replace(tzinfo=None)) if e is not None else None,
            "End Time": None if (all_day or e is None) else e.time(),
            "Location": strip_html(str(ev.get("LOCATION", ""))).strip(" -"),
            "Description": description,
            "Lead Department": lead,
            "Partner Departments": partners or None,
            "Visibility": "Internal" if (_is_private(ev) or str(ev.get("UID", "")).strip() in private) else visibility,
            "Status": {"CANCELLED": "Cancelled", "POSTPONED": "Postponed", "TENTATIVE": "Tentative"}.get(status, "Scheduled"),
            "Event Type": event_type,
            "Registration URL": str(ev.get("URL", "")) if str(ev.get("URL", "")).startswith("http") else "",
            "External UID": f"{uid}#{occurrence_key}" if occurrence_key else uid,
            "Repeats": ev.get("X-REJECTED-RRULE"),
        }
        rows.append(tuple(values.get(c) for c in HEADER))
        if read:
            read_of[id(rows[-1])] = read
    rows.sort(key=lambda r: (str(r[HEADER.index("Start Date")]), str(r[1])))
    notes += _invitation_notes(title, rows, read_of)
    return RawTab(title, HEADER, tuple(rows), department=department, notes=tuple(notes))


def _is_private(ev) -> bool:
    """Any ``CLASS`` but ``PUBLIC`` (RFC 5545 §3.8.1.3: PRIVATE, CONFIDENTIAL, and an x-name or
    value not recognised "MUST" be treated as PRIVATE), or Outlook's own marker
    ``X-MICROSOFT-CDO-SENSITIVITY`` 2 / Private or 3 / Confidential (Outlook's OlSensitivity /
    PidTagSensitivity), written without a CLASS line by some exports."""
    cls = str(ev.get("CLASS", "")).strip().upper()
    sensitivity = str(ev.get("X-MICROSOFT-CDO-SENSITIVITY", "")).strip().upper()
    return (cls not in {"", "PUBLIC"}
            or sensitivity in {"2", "3", "PRIVATE", "CONFIDENTIAL", "COMPANY CONFIDENTIAL"})


#: the placeholder UID of an event exported without one, while its occurrences are found
_NO_UID = "\x00no-uid-"


def _mark_missing_uids(cal) -> None:
    """Give each VEVENT without a UID (Outlook Web App exports) a placeholder of its own
    (:data:`_NO_UID`), read back as blank by :func:`_uid`: occurrences are grouped by UID, so two
    such events starting at one instant had been one, the other silently lost (a fresh city's
    check)."""
    for k, event in enumerate(cal.walk("VEVENT")):
        if not str(event.get("UID", "")).strip():
            event["UID"] = f"{_NO_UID}{k}"


def _same_start(ev) -> tuple[str, str]:
    """An event's SUMMARY and DTSTART as exported."""
    return str(ev.get("SUMMARY", "")), str(ev["DTSTART"].dt) if ev.get("DTSTART") is not None else ""


def _uid(ev) -> str:
    """An occurrence's UID as exported: blank for one given a placeholder (:func:`_mark_missing_uids`)."""
    uid = str(ev.get("UID", "")).strip()
    return "" if uid.startswith(_NO_UID) else uid


def _outlook_all_day(ev, start, end) -> bool:
    """An all-day event as Outlook and Exchange write it: ``X-MICROSOFT-CDO-ALLDAYEVENT:TRUE`` on
    a timed DTSTART and DTEND at midnight (a fresh city's check: published as a timed event at
    00:00). Whole days, as a ``VALUE=DATE`` event is."""
    return str(ev.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).strip().upper() == "TRUE" and \
        isinstance(start, datetime) and isinstance(end, datetime) and end > start and \
        start.time() == end.time() == datetime.min.time()


def _private_uids(cal) -> set[str]:
    """UIDs of which any VEVENT in the file is marked private (:func:`_is_private`). A moved
    occurrence (``RECURRENCE-ID``) often carries no CLASS of its own (Outlook, Google): it is
    part of its series (RFC 5545 §3.8.4.4, one UID), so a private series keeps every one of its
    occurrences private — privacy is never lost to an override that leaves CLASS out."""
    return {str(ev.get("UID", "")).strip() for ev in cal.walk("VEVENT") if _is_private(ev)} - {""}


def _drop_unreadable_times(cal, title: str) -> list[RowIssue]:
    """Take every VEVENT whose DTSTART, DTEND, RECURRENCE-ID or DURATION cannot be read
    (``DTSTART:garbage``, a 30 February) out of ``cal``, with one Validation warning each
    naming it: one broken event must not stop the whole file (issue 16)."""
    notes = []
    for ev in list(cal.walk("VEVENT")):
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID", "DURATION"):
            prop = ev.get(name)
            try:
                if prop is not None:
                    prop.dt
            except Exception:      # icalendar raises its own errors, ValueError, TypeError...
                for parent in cal.walk():
                    if ev in parent.subcomponents:
                        parent.subcomponents.remove(ev)
                raw = prop.to_ical().decode("utf-8", "replace") if hasattr(prop, "to_ical") else str(prop)
                notes.append(RowIssue(
                    title, 1, "(calendar)", strip_controls(f"{ev.get('SUMMARY', '')} (UID "
                                                           f"{ev.get('UID', '')}): {name}:{raw}")[:200], f"the event's {name} is not a date or time this tool can "
                    "read; the event is left out", "correct the event in the calendar it comes from",
                    Severity.WARNING))
                break
        for name in ("EXDATE", "RDATE"):   # recurring_ical_events' skip_bad_series dropped the
            props = ev.get(name)           # whole series, silently, for one unreadable EXDATE
            for prop in (props if isinstance(props, list) else [props] if props is not None else []):
                try:
                    prop.dts
                except Exception:
                    del ev[name]
                    raw = prop.to_ical().decode("utf-8", "replace") if hasattr(prop, "to_ical") else str(prop)
                    notes.append(RowIssue(
                        title, 1, "(calendar)", strip_controls(f"{ev.get('SUMMARY', '')} (UID "
                                                               f"{ev.get('UID', '')}): {name}:{raw}")[:200],
                        f"the series' {name} is not a list of dates this tool can read; it is ignored "
                        f"(the series is published {'without those exceptions' if name == 'EXDATE' else 'without those extra dates'})",
                        "correct the series in the calendar it comes from", Severity.WARNING))
                    break
    return notes


def _reversed_times(cal, title: str) -> list[RowIssue]:
    """A VEVENT whose DTEND is before its DTSTART (or whose DURATION is negative) is published
    by ``recurring_ical_events`` with the two swapped, so it starts at the typed end: a
    warning names it instead of moving the start without a word (issue 16)."""
    notes = []
    for ev in cal.walk("VEVENT"):
        start, end, duration = ev.get("DTSTART"), ev.get("DTEND"), ev.get("DURATION")
        try:
            if start is None:
                continue
            s = start.dt
            if end is not None:
                e = end.dt
                if type(s) is not type(e) or (isinstance(s, datetime) and (s.tzinfo is None) != (e.tzinfo is None)):
                    continue
                reversed_ = e < s
                raw = f"DTSTART:{start.to_ical().decode()} DTEND:{end.to_ical().decode()}"
            elif duration is not None:
                reversed_ = duration.dt < timedelta(0)
                raw = f"DTSTART:{start.to_ical().decode()} DURATION:{duration.to_ical().decode()}"
            else:
                continue
        except Exception:          # unreadable values are _drop_unreadable_times' business
            continue
        if reversed_:
            notes.append(RowIssue(
                title, 1, "(calendar)", strip_controls(f"{ev.get('SUMMARY', '')} (UID {ev.get('UID', '')}): "
                                                       f"{raw}")[:200],
                "the event ends before it starts; it is published with start and end swapped",
                "correct the event's start and end in the calendar it comes from", Severity.WARNING))
    return notes


def _ends_before_start(cal, title: str) -> list[RowIssue]:
    """A repeating VEVENT whose RRULE ``UNTIL`` is before its ``DTSTART`` has no occurrence
    (RFC 5545 §3.3.10: the set is undefined when DTSTART does not fit the rule; the expander
    yields none), so the series would vanish without a word: one warning names it."""
    notes = []
    for ev in cal.walk("VEVENT"):
        start, rule = ev.get("DTSTART"), ev.get("RRULE")
        rules = rule if isinstance(rule, list) else [rule] if rule is not None else []
        if start is None or not rules or ev.get("RDATE") is not None:
            continue
        s = start.dt
        for r in rules:
            try:
                until = r.get("UNTIL", [None])[0]
                if until is None:
                    continue
                if isinstance(s, datetime) != isinstance(until, datetime):
                    s_day = s.date() if isinstance(s, datetime) else s
                    u_day = until.date() if isinstance(until, datetime) else until
                    ended = u_day < s_day
                elif isinstance(s, datetime) and (s.tzinfo is None) != (until.tzinfo is None):
                    ended = until.replace(tzinfo=None) < s.replace(tzinfo=None)
                else:
                    ended = until < s
            except Exception:      # an unreadable rule is _reject_bad_rules' business
                continue
            if ended:
                notes.append(RowIssue(
                    title, 1, "(calendar)", strip_controls(
                        f"{ev.get('SUMMARY', '')} (UID {ev.get('UID', '')}): DTSTART:{start.to_ical().decode()} "
                        f"RRULE:{r.to_ical().decode()}")[:200],
                    "the series ends (UNTIL) before it starts (DTSTART), so it has no occurrence "
                    "and nothing of it is published",
                    "correct the series' end or start in the calendar it comes from", Severity.WARNING))
                break
    return notes


def _reject_bad_rules(cal) -> list:
    """Take every VEVENT whose RRULE breaks :func:`check_rrule_parts` (``FREQ=MINUTELY``,
    ``BYMONTH=13``) out of ``cal`` before expansion, and return those VEVENTs unexpanded with
    ``X-REJECTED-RRULE`` set to ``"RRULE:<value>"``: each becomes one row whose Repeats cell
    the validation step rejects with a Validation line, as for a sheet row."""
    rejected = []
    for ev in list(cal.walk("VEVENT")):
        rules = ev.get("RRULE")
        for rule in (rules if isinstance(rules, list) else [rules] if rules is not None else []):
            value = rule.to_ical().decode("utf-8", "replace")
            try:
                check_rrule_parts(value)
            except RepeatError:
                for parent in cal.walk():
                    if ev in parent.subcomponents:
                        parent.subcomponents.remove(ev)
                ev.add("X-REJECTED-RRULE", f"RRULE:{value}")
                rejected.append(ev)
                break
    return rejected


def _bounded_occurrences(cal, start: date, end: date, title: str) -> tuple[list, list[RowIssue]]:
    """Occurrences of ``cal`` starting in ``[start, end)``, at most
    :data:`MAX_SERIES_OCCURRENCES` per UID and :data:`MAX_FILE_OCCURRENCES` in all, with one
    Validation warning (row 1 of the calendar's tab) for each series or file cut short."""
    from collections import Counter
    per_uid: Counter = Counter()
    out, notes, capped = [], [], set()
    for ev in _lazy_between(cal, start, end):
        uid = str(ev.get("UID", "")).strip()
        per_uid[uid] += 1
        if per_uid[uid] > MAX_SERIES_OCCURRENCES:
            if uid not in capped:
                capped.add(uid)
                notes.append(RowIssue(
                    title, 1, "(calendar)", strip_controls(f"{ev.get('SUMMARY', '')} (UID {uid})")[:200],
                    f"this series has more than {MAX_SERIES_OCCURRENCES} occurrences in the feed "
                    "window; the later ones are left out",
                    "give the series an end (UNTIL or COUNT) in the calendar it comes from",
                    Severity.WARNING))
            continue
        if len(out) >= MAX_FILE_OCCURRENCES:
            notes.append(RowIssue(
                title, 1, "(calendar)", f"{len(out)} occurrences",
                f"the file has more than {MAX_FILE_OCCURRENCES} occurrences in the feed window; "
                "the rest are left out", "export a shorter date range or split the calendar",
                Severity.WARNING))
            break
        out.append(ev)
    return out, notes


def _lazy_between(cal, start: date, end: date, step: timedelta = timedelta(days=31)):
    """Occurrences overlapping ``[start, end)``, queried one month at a time so the caller can
    stop early (``between`` over the whole window would build every occurrence first, and
    the lazy ``after`` re-expands each series for every quarter hour). An occurrence that
    spans two months is yielded once."""
    import recurring_ical_events
    query = recurring_ical_events.of(cal, skip_bad_series=True)
    seen: set = set()
    lo = start
    while lo < end:
        hi = min(lo + step, end)
        for ev in query.between(lo, hi):
            key = (str(ev.get("UID", "")), str(ev["DTSTART"].dt), str(ev.get("RECURRENCE-ID", "")))
            if key not in seen:
                seen.add(key)
                yield ev
        lo = hi
