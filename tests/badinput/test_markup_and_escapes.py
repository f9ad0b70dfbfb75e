"""Issue 16 (verifier gap 6): Markdown emphasis removal strips only real emphasis pairs, the
.xlsx readers decode OOXML ``_xHHHH_`` escapes as ECMA-376 says (both reader paths alike),
and ``/updates.atom?lang=es`` answers like the rest of the site instead of 404."""
from __future__ import annotations

import zipfile
from datetime import datetime, timezone

import feedparser
import openpyxl
import pytest

from sheets_sync.backends.workbook import WorkbookBackend
from sheets_sync.parsing import clean_markup
from sheets_sync.pipeline import run_sync
from tests.sitedata import make_app


@pytest.mark.parametrize("text,expected", [
    ("Ctrl_x001B__x000B_", "Ctrl_x001B__x000B_"),        # literal text (Sheets): kept as typed
    ("snake__case", "snake__case"),
    ("__init__", "__init__"),
    ("https://fb.com/x?__tn__=q&__cft__[0]=A", "https://fb.com/x?__tn__=q&__cft__[0]=A"),
    ("a ** b", "a ** b"),                                  # a lone marker is not a pair
    ("Streets **CANCELLED** | 201", "Streets CANCELLED | 201"),
    ("**12 PM - 7 PM**", "12 PM - 7 PM"),
    ("Park __Rain date__ too", "Park Rain date too"),
])
def test_clean_markup_strips_only_emphasis_pairs(text, expected):
    assert clean_markup(text) == expected


TITLE_XML = "Walk Ctrl_x001B__x000B_ lit _x005F_x0041_ A_x0041_ snake__case"
#: ECMA-376 Part 1 §22.9.2.19: _x001B_ is ESC, _x000B_ VT, _x0041_ "A", _x005F_ an escaped "_".
TITLE_DECODED = "Walk Ctrl\x1b\x0b lit _x0041_ AA snake__case"


def escaped_workbook(path, zero_padded_id: bool):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Police"
    ws.append(["Event ID", "Title", "Start Date", "Start Time", "Visibility"])
    ws.append([456, "PLACEHOLDER", "8/5/2025", "6pm", "Public"])
    if zero_padded_id:                  # a format that sends the reader down the openpyxl path
        ws["A2"].number_format = "00000"
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    for name, data in parts.items():
        if b"PLACEHOLDER" in data:     # as written by a tool that escapes control characters
            parts[name] = data.replace(b"PLACEHOLDER", TITLE_XML.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("zero_padded_id", [False, True], ids=["calamine", "openpyxl"])
def test_both_readers_decode_ooxml_escapes(tmp_path, zero_padded_id):
    path = escaped_workbook(tmp_path / "intake.xlsx", zero_padded_id)
    (tab,) = WorkbookBackend(path).read_tabs()
    assert tab.rows[0][1] == TITLE_DECODED
    assert tab.rows[0][0] == ("00456" if zero_padded_id else 456)


def test_decoded_title_is_published_without_control_characters(config):
    escaped_workbook(config.path(config.source.workbook), zero_padded_id=True)
    run_sync(config, now=datetime(2025, 8, 1, 12, tzinfo=timezone.utc))
    feed = (config.out_dir / "public/calendar.ics").read_text()
    assert "SUMMARY:Walk Ctrl lit _x0041_ AA snake__case" in feed.replace("\r\n ", "")


def test_updates_feed_answers_with_lang_like_every_page(config, make_workbook):
    make_workbook({"Fire": [["Title", "Start Date", "Start Time", "Visibility"],
                            ["CPR Class", "9/10/2025", "6pm", "Public"]]})
    run_sync(config, now=datetime(2025, 9, 1, 12, tzinfo=timezone.utc))
    client = make_app(config, SAFETY_EVENTS_TODAY="2025-09-03").test_client()
    plain = client.get("/updates.atom")
    assert plain.status_code == 200
    for query in ("lang=es", "lang=en", "utm_source=newsletter"):
        r = client.get(f"/updates.atom?{query}")
        assert r.status_code == 200, query
        assert r.data == plain.data
        assert [e.title for e in feedparser.parse(r.data).entries] == \
            [e.title for e in feedparser.parse(plain.data).entries]
    assert client.get("/updates.atom?department=fire").status_code == 404
    ics = client.get("/departments/fire.ics")
    assert ics.status_code == 200 and client.get("/departments/fire.ics?lang=es").data == ics.data
    assert client.get("/departments/fire.ics?lang=es&utm_source=x").status_code == 200
    assert client.get("/departments/fire.ics?colour=red").status_code == 404
