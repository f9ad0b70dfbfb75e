"""Who gets what (sheets_sync.digest.make_digest) on a hand-built board, and the config checks
of the coordination section."""
from __future__ import annotations

import pytest

from sheets_sync.config import ConfigError, config_from_dict
from sheets_sync.digest import make_digest, may_see_private, render_text
from tests.conftest import base_config_dict


def ev(uid, lead, depts, **kw):
    return {"uid": uid, "title": f"Event {uid}", "start": "2025-09-10T18:00:00-04:00", "end": "", "all_day": False,
            "location": "", "address": "", "lead": lead, "departments": depts, "joint": len(depts) > 1,
            "wanted": "", "contact": kw.get("contact", ""), "internal_notes": kw.get("notes", ""), "sources": []}


def req(uid, lead, depts, state, matches):
    return {"uid": uid, "title": f"Event {uid}", "start": "2025-09-12", "lead": lead, "wanted": "help",
            "state": state, "offers": [], "departments": depts, "matches": matches}


BOARD = {
    "week": "2025-W36", "today": "2025-09-01", "until": "2025-09-22",
    "months": [{"month": "2025-09", "joint_events": 1, "target": 2, "gap": 1, "titles": []}],
    "events": [ev("p1", "Police", ["Police"], contact="C-P1", notes="N-P1"),
               ev("f1", "Fire", ["Fire", "Police"], contact="C-F1"),
               ev("k1", "Parks", ["Parks"])],
    "requests": [req("r1", "Police", ["Police"], "open", {"Parks": ["bounce house"]}),
                 req("r2", "Police", ["Police"], "open", {"Fire": ["CPR demo"]}),
                 req("r3", "Parks", ["Parks", "Fire"], "accepted", {}),
                 req("r4", "Fire", ["Fire"], "offer pending", {})],
    "open_offers": [{"uid": "r4", "title": "Event r4", "start": "2025-09-12", "department": "Police",
                     "bring": "officers", "status": "Offered", "source": "Assistance Offers!2", "lead": "Fire"}],
    "problems": [{"tab": "Fire", "row": 3, "column": "Start Time", "value": "x", "problem": "p", "action": "a",
                  "severity": "error", "department": "Fire", "cell": "D3", "link": ""},
                 {"tab": "Assistance Offers", "row": 2, "column": "Status", "value": "x", "problem": "p",
                  "action": "a", "severity": "error", "department": "", "cell": "D2", "link": ""}],
    "review": [{"key": "k", "a": {"source": "Fire!3", "title": "t"}, "b": {"source": "Parks!4", "title": "t"},
                "says": "review", "stake": "", "departments": ["Fire", "Parks"]}],
    "suggestions": [{"uid": "k1", "title": "Event k1", "start": "2025-09-15", "department": "Parks",
                     "partners": [["Fire", 2]], "examples": []}],
    "clashes": [{"kind": "double-booked", "uids": ["p1", "f1"], "titles": ["a", "b"], "start": "2025-09-10T18:00",
                 "departments": ["Police"], "detail": "d"}],
}


def test_fire_gets_what_it_must_act_on():
    d = make_digest(BOARD, "Fire")
    assert [e["uid"] for e in d.upcoming] == ["p1", "k1"]              # others' events, not its own f1
    assert [r["uid"] for r in d.requests] == ["r2", "r1"]               # matching Fire first; r3 accepted, r4 its own
    assert d.requests[0]["yours"] == ["CPR demo"] and d.requests[1]["yours"] == []
    assert [o["uid"] for o in d.awaiting] == ["r4"]                     # an offer to its event
    assert [p["tab"] for p in d.problems] == ["Fire"]
    assert len(d.review) == 1 and len(d.suggestions) == 1 and d.clashes == ()
    assert all(e["contact"] == "" and e["internal_notes"] == "" for e in d.upcoming)


def test_police_and_coordinators():
    police = make_digest(BOARD, "Police")
    assert [e["uid"] for e in police.upcoming] == ["f1", "k1"] and police.upcoming[0]["you_take_part"]
    assert [r["uid"] for r in police.requests] == ["r4"] and police.awaiting == ()
    assert police.problems == () and police.review == () and len(police.clashes) == 1
    coord = make_digest(BOARD, "Coordinators")
    assert len(coord.upcoming) == 3 and len(coord.requests) == 4 and len(coord.problems) == 2
    assert "## Coming up\n" in render_text(coord)


def test_private_fields_need_every_other_department():
    f1 = BOARD["events"][1]                                             # Fire + Police
    assert not may_see_private(f1, "Parks", {"Fire": ["Parks"]})         # Police has not shared
    assert may_see_private(f1, "Parks", {"Fire": ["Parks"], "Police": ["Parks"]})
    assert may_see_private(f1, "Police", {"Fire": ["Police"]})           # its own part needs no sharing
    d = make_digest(BOARD, "Fire", {"Police": ["Fire"]})
    assert d.upcoming[0]["contact"] == "C-P1" and d.upcoming[0]["internal_notes"] == "N-P1"


def test_coordination_config_names_are_checked_together(tmp_path):
    data = base_config_dict(tmp_path)
    data["coordination"] = {"capabilities": {"Fyre": ["x"], "DFD": ["engine"]},
                            "share_private_with": {"Police": ["Coordinators", "Nobody"]},
                            "digest": {"time": "8am", "recipients": {"Polis": ["a@b"]},
                                       "teams_webhook_env": {"Coordinators": "T", "Ghost": "G"}}}
    with pytest.raises(ConfigError) as err:
        config_from_dict(data, base_dir=tmp_path)
    assert sorted(err.value.problems) == sorted([
        "coordination.digest.time: '8am' is not a 24-hour time; use HH:MM, e.g. 08:00 or 16:30",
        "coordination.capabilities.Fyre: 'Fyre' is not a configured department or alias",
        "coordination.share_private_with.Police.1: 'Nobody' is not a configured department or alias",
        "coordination.digest.recipients.Polis: 'Polis' is not a configured department or alias",
        "coordination.digest.teams_webhook_env.Ghost: 'Ghost' is not a configured department or alias",
    ])


def test_a_cancelled_event_says_so():
    board = {**BOARD, "events": [{**BOARD["events"][2], "status": "Cancelled"}]}
    assert "- 2025-09-10 18:00 Event k1 — Parks (CANCELLED)" in render_text(make_digest(board, "Fire"))
