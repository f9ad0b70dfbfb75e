"""Staff coordination pages (behind the staff token) through the Flask test client, over a real
sync: a department's Validation problems with the cell, review questions side by side, the
assistance board; never a contact or an internal note."""
from __future__ import annotations

import html as html_lib
import re
from datetime import datetime, timezone

from public_feed.app import create_app
from sheets_sync.pipeline import run_sync
from tests.e2e.test_review_decisions import H, intake

NOW = datetime(2025, 10, 1, 12, tzinfo=timezone.utc)
TOKEN = "staff-token-0123456789abcdef-XYZ"
HC = H + ["Assistance Wanted", "Contact", "Internal Notes"]


def _tabs():
    tabs = intake()
    tabs = {name: [HC] + [r + [None, None, None] for r in rows[1:]] for name, rows in tabs.items()}
    tabs["Police"].append(["Bike Rodeo", "10/16/2025", "25 o'clock", "", "Central Park", "", "Public", "",
                           None, "Sgt. Hidden 919-555-0100", "NOTE-STAFFPAGE-SECRET"])
    tabs["Police"].append(["Youth Safety Fair", "10/18/2025", "11am", "2pm", "Durham Armory", "", "Public", "",
                           "a fire engine for the kids", None, None])
    return tabs


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", html)))


def test_department_page_problems_review_and_assistance(config, make_workbook):
    make_workbook(_tabs())
    summary = run_sync(config, now=NOW)
    assert summary["review_pairs"] == 1
    app = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "STAFF_TOKEN": TOKEN, "TESTING": True})
    client = app.test_client()
    police = client.get(f"/staff/{TOKEN}/board/police")
    assert police.status_code == 200
    assert police.headers["Referrer-Policy"] == "no-referrer" and "no-store" in police.headers["Cache-Control"]
    html = police.get_data(as_text=True)
    text = _text(html)
    # the bad start time: Police row 5, column C (Start Time is the 3rd header)
    assert "Police!C5 Start Time 25 o'clock" in text
    # the review question: both rows side by side, with the two dates
    table = html.split('<table class="side review">', 1)[1].split("</table>", 1)[0]
    assert re.search(r"<th scope=\"col\">Fire!3</th><th scope=\"col\">Police!3</th>", table)
    assert "<td>2025-10-04 10:00</td><td>2025-10-11 10:00</td>" in table
    # Police's own request is on the board, not offered to itself
    assert "Youth Safety Fair" in text and "a fire engine for the kids" in text
    fire = _text(client.get(f"/staff/{TOKEN}/board/fire").get_data(as_text=True))
    assert "Fire!3" in fire and "Youth Safety Fair" in fire and "Police!C5" not in fire
    parks = client.get(f"/staff/{TOKEN}/board/parks-and-recreation").get_data(as_text=True)
    assert 'class="side review"' not in parks
    everything = client.get(f"/staff/{TOKEN}/board").get_data(as_text=True)
    assert "Police!C5" in _text(everything) and 'class="side review"' in everything
    for page in (html, fire, parks, everything):
        assert "919-555-0100" not in page and "NOTE-STAFFPAGE-SECRET" not in page


def test_staff_board_needs_the_token(config, make_workbook):
    make_workbook(_tabs())
    run_sync(config, now=NOW)
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "STAFF_TOKEN": TOKEN, "TESTING": True}).test_client()
    assert client.get("/staff/wrong-token-0123456789abcdef/board").status_code == 404
    assert client.get("/staff/wrong-token-0123456789abcdef/board/police").status_code == 404
    assert client.get(f"/staff/{TOKEN}/board/no-such-department").status_code == 404


def test_before_any_sync_the_page_says_what_to_do(config):
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "STAFF_TOKEN": TOKEN, "TESTING": True}).test_client()
    answer = client.get(f"/staff/{TOKEN}/board")
    assert answer.status_code == 503 and "Run <code>safety-events sync</code>" in answer.get_data(as_text=True)


def test_a_renamed_departments_page_keeps_its_address(config_dict, make_workbook, tmp_path):
    """Fire renamed "Departamento de Bomberos", its old name kept in aliases (README, "Renaming a
    department keeps its feed address"): a bookmarked /staff/<token>/board/fire answers 301 to
    the new page; without the token it is still a 404."""
    from sheets_sync.config import config_from_dict
    make_workbook(_tabs())
    fire = next(d for d in config_dict["departments"] if d["name"] == "Fire")
    fire["name"], fire["aliases"] = "Departamento de Bomberos", [*fire.get("aliases", []), "Fire"]
    config = config_from_dict(config_dict, base_dir=tmp_path)
    run_sync(config, now=NOW)
    client = create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "STAFF_TOKEN": TOKEN, "TESTING": True}).test_client()
    moved = client.get(f"/staff/{TOKEN}/board/fire")
    assert moved.status_code == 301
    assert moved.headers["Location"].endswith(f"/staff/{TOKEN}/board/departamento-de-bomberos")
    assert "no-store" in moved.headers["Cache-Control"]
    page = client.get(f"/staff/{TOKEN}/board/departamento-de-bomberos")
    assert page.status_code == 200 and "Fire!3" in _text(page.get_data(as_text=True))
    assert client.get("/staff/wrong-token-0123456789abcdef/board/fire").status_code == 404
    assert client.get(f"/staff/{TOKEN}/board/no-such-department").status_code == 404
