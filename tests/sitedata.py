"""Workbooks and helpers for the public-site tests (Flask test client and browser).

Every site is built the real way: a real .xlsx written with openpyxl, the real sync
(``run_sync``) publishing ``out/public`` and ``out/private``, and ``create_app`` reading
them. ``TODAY`` pins the site's "today" so the upcoming list is deterministic.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from werkzeug.serving import make_server

from public_feed.app import create_app
from sheets_sync.config import Config
from sheets_sync.model import CANONICAL_COLUMNS
from sheets_sync.pipeline import run_sync

TODAY = date(2025, 8, 1)
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
STAFF_TOKEN = "staff-token-0123456789abcdef-XYZ"
H = list(CANONICAL_COLUMNS)

# Internal markers from our own workbook (the dedupe-dev set adds its own).
INTERNAL_TITLE = "Command Staff Tabletop Exercise"
INTERNAL_CONTACT = "Lt. Marker 919-555-0123"
INTERNAL_NOTE = "NOTE-QUUX staging at the back lot"
PUBLIC_CONTACT = "Officer Hidden 919-555-0177"
PUBLIC_NOTE = "NOTE-PLUGH bring extra cones"


def row(**kw) -> list:
    """A row in :data:`H` order from ``title=..., start_date=...`` keywords."""
    key = {h: h.lower().replace(" ", "_").replace("(", "").replace(")", "") for h in H}
    return [kw.get(key[h]) for h in H]


def site_tabs() -> dict[str, list[list]]:
    """A varied calendar around :data:`TODAY`: joint, cancelled, postponed, all-day and
    multi-day, Spanish columns, audiences and languages, one internal event, one past event."""
    return {
        "Police": [H,
            row(title="National Night Out Block Party", start_date="8/5/2025", start_time="6pm",
                end_time="8pm", location="Walltown Park", address="1308 W Club Blvd, Durham, NC",
                partner_departments="Fire", event_type="National Night Out", visibility="Public",
                audience="All ages", language="English, Spanish",
                title_spanish="Fiesta de la Noche Nacional Contra el Crimen",
                description="Food, music and a fire truck to explore.",
                description_spanish="Comida, música y un camión de bomberos.",
                accessibility="Wheelchair accessible; ASL on request",
                registration_url="https://example.org/nno", contact=PUBLIC_CONTACT,
                internal_notes=PUBLIC_NOTE),
            row(title="Coffee with a Cop", start_date="8/7/2025", start_time="9am", end_time="10:30am",
                location="Cocoa Cinnamon", address="420 W Geer St", event_type="Community Meeting",
                visibility="Public", audience="Adults", language="English"),
            row(title="Cancelled Cookout", start_date="8/9/2025", start_time="5pm", end_time="7pm",
                location="Lyon Park", status="Cancelled", visibility="Public", event_type="Festival"),
            row(title=INTERNAL_TITLE, start_date="8/12/2025", start_time="14:00", end_time="16:00",
                partner_departments="Emergency Management", visibility="Internal",
                contact=INTERNAL_CONTACT, internal_notes=INTERNAL_NOTE),
            row(title="Spring Safety Walk", start_date="4/5/2025", start_time="10am", location="Old East Durham",
                visibility="Public", event_type="Safety Education"),
        ],
        "Fire": [H,
            row(title="Hands-only CPR Class", start_date="8/14/2025", start_time="6pm", end_time="8pm",
                location="Fire Station 1", address="139 E Morgan St", event_type="CPR Class",
                visibility="Public", audience="Adults; Teens", language="Spanish",
                title_spanish="Clase de RCP solo con las manos", registration_url="https://example.org/cpr"),
            row(title="Smoke Alarm Blitz", start_date="8/16/2025", end_date="8/17/2025",
                location="Northeast Central Durham", event_type="Smoke Alarm Install",
                partner_departments="Community Safety", visibility="Public", status="Postponed"),
        ],
        "Parks and Recreation": [H,
            row(title="Junior Fire Marshal Camp", start_date="8/20/2025", start_time="9am", end_time="noon",
                location="W.D. Hill Recreation Center", event_type="Youth Program",
                partner_departments="Fire", visibility="Public", audience="Ages 8-12"),
            row(title="Public Safety Day", start_date="9/20/2025", start_time="11am", end_time="3pm",
                partner_departments="Police; Fire; DCSD; 911; Emergency Management",
                location="Durham Central Park", event_type="Festival", visibility="Public",
                audience="All ages", language="English, Spanish"),
        ],
    }


#: Marker typed into every payload (so the test can find it on the page and in dialogs).
def payload(column: str) -> str:
    tag = column.replace(" ", "").replace("(", "").replace(")", "")
    return (f'<script>window.xss{tag}=1;alert("{tag}")</script>'
            f'<img src=x onerror="window.xssImg{tag}=1">'
            f'"><svg onload=alert(1)></script>XSS-{tag}')


#: Text columns a resident can see on some page (the rest are private or not displayed).
SHOWN_COLUMNS = ("Title", "Location", "Address", "Event Type", "Description", "Audience",
                 "Language", "Accessibility", "Title (Spanish)", "Description (Spanish)")
PRIVATE_COLUMNS = ("Contact", "Internal Notes")


def payload_tabs() -> dict[str, list[list]]:
    """Payloads in every text column of the sheet (plus ``javascript:`` as the registration
    URL, and an unknown department made of markup)."""
    def hostile(day: int, visibility: str = "Public", **extra):
        values = {h: payload(h) for h in SHOWN_COLUMNS + PRIVATE_COLUMNS}
        values.update({"Start Date": f"8/{day}/2025", "Start Time": "6pm", "End Time": "8pm",
                       "Visibility": visibility, "Registration URL": 'javascript:alert("reg")',
                       "Partner Departments": '<b onmouseover=alert(1)>Fire</b>',
                       "Lead Department": "Police", "Event ID": payload("Event ID") + str(day),
                       "Assistance Wanted": payload("Assistance Wanted"),
                       "Expected Attendance": "<script>1</script>", "Repeats": ""})
        values.update(extra)
        return [values.get(h) for h in H]
    return {"Police": [H, hostile(6), hostile(7, status="Cancelled"),
                       hostile(8, **{"Title": payload("Title") + " second"})]}


def big_tabs(n: int = 2000) -> dict[str, list[list]]:
    """``n`` distinct public events over ~8 months from :data:`TODAY` (a busy city's year)."""
    depts = ["Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management",
             "Parks and Recreation"]
    types = ["National Night Out", "CPR Class", "Town Hall", "Open House", "Safety Education"]
    tabs: dict[str, list[list]] = {d: [H] for d in depts}
    for i in range(n):          # eight a day, 90 minutes apart: no two are the same event
        d = depts[i % len(depts)]
        day = TODAY + timedelta(days=i // 8)
        start = datetime(2000, 1, 1, 8) + timedelta(minutes=90 * (i % 8))
        tabs[d].append(row(title=f"{types[i % 5]} #{i:04d} at Block {i * 13 % 997}",
                           start_date=day.isoformat(), start_time=f"{start:%H:%M}",
                           end_time=f"{start + timedelta(hours=1):%H:%M}",
                           location=f"Site {i} Community Room", address=f"{100 + i} Main St",
                           event_type=types[i % 5], visibility="Public",
                           partner_departments=depts[(i + 1) % 6] if i % 9 == 0 else None))
    return tabs


def busy_site_tabs(n: int) -> dict[str, list[list]]:
    """:func:`site_tabs` plus a weekly Fire CPR class (an RRULE) and :func:`big_tabs` ``n``."""
    tabs = site_tabs()
    tabs["Fire"].append(row(title="Hands-only CPR, every Tuesday", start_date="8/5/2025", start_time="6pm",
                            end_time="7pm", location="Station 1", event_type="CPR Class", visibility="Public",
                            repeats="weekly until 12/16/2025"))
    for tab, rows in big_tabs(n).items():
        tabs.setdefault(tab, [H]).extend(rows[1:])
    return tabs


def build_site(config: Config, tabs: dict[str, list[list]], *, now: datetime = NOW) -> Config:
    """Write ``tabs`` to the config's workbook and run the real sync; returns the config."""
    from tests.conftest import write_workbook
    write_workbook(Path(config.source.workbook), tabs)
    run_sync(config, now=now)
    return config


def make_app(config: Config, **extra):
    settings = {"SAFETY_EVENTS_CONFIG_OBJ": config, "TESTING": True, "STAFF_TOKEN": STAFF_TOKEN,
                "SAFETY_EVENTS_TODAY": TODAY}
    settings.update(extra)
    return create_app(settings)


@contextmanager
def serve(app) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


# -- fixtures shared by tests/e2e and tests/browser (registered in tests/conftest.py) --------
import pytest  # noqa: E402

from sheets_sync.config import config_from_dict  # noqa: E402


def fresh_config(tmp: Path) -> Config:
    from tests.conftest import base_config_dict
    return config_from_dict(base_config_dict(tmp), base_dir=tmp)


@pytest.fixture(scope="session")
def site_config(tmp_path_factory) -> Config:
    """The varied calendar of :func:`site_tabs`, synced once per session."""
    return build_site(fresh_config(tmp_path_factory.mktemp("site")), site_tabs())


@pytest.fixture(scope="session")
def payload_config(tmp_path_factory) -> Config:
    """Script/HTML payloads in every text column, synced once per session."""
    return build_site(fresh_config(tmp_path_factory.mktemp("payload")), payload_tabs())


@pytest.fixture(scope="session")
def big_config(tmp_path_factory) -> Config:
    """2,000 public events, synced once per session (the sync takes ~20 s here)."""
    return build_site(fresh_config(tmp_path_factory.mktemp("big")), big_tabs(2000))


@pytest.fixture(scope="session")
def empty_config(tmp_path_factory) -> Config:
    """A sheet with headers and no rows: the sync publishes an empty calendar."""
    return build_site(fresh_config(tmp_path_factory.mktemp("empty")), {"Police": [H]})
