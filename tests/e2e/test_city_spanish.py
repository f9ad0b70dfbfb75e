"""Issue 15: any city gets a complete Spanish site. The site title, department names, event
types and audiences come from config.yaml (``site.title_es``, ``departments[].name_es``,
``site.terms_es``), so a non-Durham city's Spanish pages carry no English interface text."""
from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup

from sheets_sync.config import config_from_dict
from tests.conftest import ROOT, base_config_dict
from tests.sitedata import build_site, make_app

CATALOGUE = ROOT / "public_feed" / "translations" / "es" / "LC_MESSAGES" / "messages.po"
H = ["Title", "Title (Spanish)", "Start Date", "Start Time", "End Time", "Location", "Address",
     "Lead Department", "Partner Departments", "Event Type", "Audience", "Language", "Visibility",
     "Description", "Description (Spanish)"]
CITY = {  # English (as the sheet and config spell it) → Spanish (config)
    "Riverton Neighborhood Safety Calendar": "Calendario de Seguridad Vecinal de Riverton",
    "Sheriff's Office": "Oficina del Alguacil",
    "Rescue Squad": "Escuadrón de Rescate",
    "Car Seat Check": "Revisión de sillas de auto",
    "Block Party": "Fiesta de cuadra",
    "Families": "Familias",
}


def riverton(tmp_path):
    data = base_config_dict(tmp_path)
    data["departments"] = [
        {"name": "Sheriff's Office", "name_es": CITY["Sheriff's Office"], "aliases": ["RSO"]},
        {"name": "Rescue Squad", "name_es": CITY["Rescue Squad"], "aliases": ["RRS"]}]
    data["event_types"] = ["Car Seat Check", "Block Party"]
    data.pop("coordination", None)      # the sample's is Durham's departments' (config checks them)
    data["site"] = {**data["site"], "title": "Riverton Neighborhood Safety Calendar",
                    "title_es": CITY["Riverton Neighborhood Safety Calendar"],
                    "terms_es": {"Car Seat Check": CITY["Car Seat Check"], "Block Party": CITY["Block Party"],
                                 "Families": CITY["Families"]}}
    data["timezone"] = "America/Chicago"
    config = config_from_dict(data, base_dir=tmp_path)
    return build_site(config, {
        "Sheriff's Office": [H,
            ["Car seat safety check", "Revisión gratuita de sillas de auto", "8/12/2025", "10am", "1pm",
             "Riverton Library", "12 Elm St", "", "Rescue Squad", "Car Seat Check", "Families", "Spanish",
             "Public", "x", "Traiga la silla y el auto."],
            ["Summer block party", "Fiesta de verano en la cuadra", "8/20/2025", "5pm", "8pm",
             "Oak Park", "40 Oak Ave", "", "", "Block Party", "Families", "Spanish", "Public", "x",
             "Música y comida."]],
        "Rescue Squad": [H,
            ["Weekly CPR", "RCP semanal", "8/11/2025", "6pm", "7pm", "Station 2", "9 Pine Rd", "", "",
             "Car Seat Check", "Families", "Spanish", "Public", "x", "Cada lunes.",
             ]],
    })


def interface_english() -> list[str]:
    """Every interface string the catalogue translates to something else (English msgids)."""
    with CATALOGUE.open("rb") as f:
        catalogue = read_po(f)
    out = []
    for m in catalogue:
        if not m.id or not m.string:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for english in ids:
            if english not in strings:
                out.append(english)
    return out


def visible_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    for tag in soup.find_all(lambda t: t.name != "html" and t.get("lang", "es") != "es"):
        tag.decompose()          # marked as another language on purpose: the "English" switch
    attrs = [v for t in soup.find_all(True) for k, v in t.attrs.items()
             if k in ("title", "alt", "aria-label", "placeholder", "content") and isinstance(v, str)]
    return " ".join([soup.get_text(" "), *attrs])


def english_found(text: str, phrases) -> list[str]:
    found = []
    for phrase in phrases:
        # a phrase with placeholders: look for its literal parts of two words or more
        for part in re.split(r"%\(\w+\)[sd]|%[sd]", phrase):
            part = part.strip(" .,:;()–—")
            if len(part.split()) >= 2 or (len(part) >= 5 and " " not in part):
                if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text):
                    found.append(part)
    return found


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return make_app(riverton(tmp_path_factory.mktemp("riverton"))).test_client()


@pytest.mark.parametrize("path", ["/?lang=es", "/month/2025-08?lang=es", "/embed?lang=es",
                                  "/?department=sheriff-s-office&lang=es", "/?department=nope&lang=es",
                                  "/?type=car-seat-check&joint=1&lang=es", "EVENT"])
def test_spanish_pages_have_no_english_interface_text(client, path):
    if path == "EVENT":
        uid = client.get("/events.json").get_json()["events"][0]["uid"]
        path = f"/events/{uid}?lang=es"
    r = client.get(path)
    assert r.status_code in (200, 404)
    text = visible_text(r.get_data(as_text=True))
    assert english_found(text, interface_english()) == []
    for english, spanish in CITY.items():
        assert not re.search(rf"(?<!\w){re.escape(english)}(?!\w)", text), (english, path)
    assert CITY["Riverton Neighborhood Safety Calendar"] in text


def test_spanish_names_from_config_shown(client):
    text = visible_text(client.get("/?lang=es").get_data(as_text=True))
    for spanish in CITY.values():
        assert spanish in text
    english = visible_text(client.get("/?lang=en").get_data(as_text=True))
    assert "Riverton Neighborhood Safety Calendar" in english and "Sheriff's Office" in english
    assert "Oficina del Alguacil" not in english
