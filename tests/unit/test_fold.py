"""public_feed.fold gives icalendar's own bytes (issue 17: the short cut changes no byte)."""
from datetime import datetime, timezone

import icalendar
from hypothesis import given, strategies as st

from public_feed.fold import component_bytes, line_bytes

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=200)


def _event(summary: str, location: str, description: str) -> icalendar.Event:
    ev = icalendar.Event()
    ev.add("UID", "x@example.org")
    ev.add("DTSTAMP", datetime(2026, 1, 2, 3, 4, tzinfo=timezone.utc))
    ev.add("SUMMARY", summary)
    ev.add("LOCATION", location)
    ev.add("DESCRIPTION", description)
    ev.add("CATEGORIES", [summary[:10] or "a", "b,c"])
    alarm = icalendar.Alarm()                 # a subcomponent: its lines are joined too
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", summary)
    ev.add_component(alarm)
    return ev


@given(TEXT, TEXT, TEXT)
def test_component_bytes_equal_icalendar(summary, location, description):
    ev = _event(summary, location, description)
    assert component_bytes(ev) == ev.to_ical()


def test_lines_at_the_fold_boundary():
    """RFC 5545 §3.1 folds at 75 octets: 74 stays one line, 75 and 76 fold; a two-octet
    character straddling the limit is moved whole; escaped text is counted escaped."""
    cal = icalendar.Calendar()
    for value in ("a" * 65, "a" * 66, "a" * 67, "é" * 33, "é" * 34, "a" * 64 + "é", "a,;" * 30):
        line = cal.content_line("SUMMARY", icalendar.vText(value))
        expected = line.to_ical()
        assert line_bytes(line) == expected
        octets = len(line.encode("utf-8"))
        assert (b"\r\n " in expected) == (octets >= 75), (value, octets)


@given(st.text(st.sampled_from("ab \\^,;:\"é—\U0001f692"), min_size=60, max_size=400))
def test_long_lines_fold_as_icalendar_folds_them(value):
    """Long lines of one- to four-octet characters, escapes ``\\`` and ``^`` at every
    position around each 74-octet cut."""
    from icalendar.parser import Contentline
    for line in (Contentline(value), icalendar.Calendar().content_line("DESCRIPTION", icalendar.vText(value))):
        assert line_bytes(line) == line.to_ical()


def test_an_escape_is_never_the_last_octet_of_a_piece():
    from icalendar.parser import Contentline
    line = Contentline("D:" + "a" * 71 + "\\n" + "b" * 80)      # the backslash is octet 74
    assert line_bytes(line) == b"D:" + b"a" * 71 + b"\r\n \\n" + b"b" * 72 + b"\r\n " + b"b" * 8


@given(st.lists(st.text(st.sampled_from("ab \\^,;:\"é—\U0001f692"), max_size=120), max_size=8))
def test_lines_bytes_are_icalendars_lines_joined(values):
    """Issue 17 (p17t): a VEVENT's lines encoded in one go are each line as icalendar folds
    it (``Contentline.to_ical()``), each followed by CRLF: ASCII and non-ASCII lines around
    the 75-octet cut."""
    from icalendar.parser import Contentline

    from public_feed.fold import lines_bytes
    assert lines_bytes(values) == b"".join(Contentline(v).to_ical() + b"\r\n" for v in values)


def test_lines_bytes_at_the_fold_boundary():
    from icalendar.parser import Contentline

    from public_feed.fold import lines_bytes
    values = ["a" * 74, "a" * 75, "é" * 37, "é" * 38, "a" * 73 + "é", "\U0001f692" * 19, ""]
    assert lines_bytes(values) == b"".join(Contentline(v).to_ical() + b"\r\n" for v in values)
    assert lines_bytes(["a" * 74]) == b"a" * 74 + b"\r\n"
    assert lines_bytes(["a" * 75]) == b"a" * 74 + b"\r\n a\r\n"
