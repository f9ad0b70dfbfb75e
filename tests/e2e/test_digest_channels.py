"""The Teams card against the Adaptive Card schema, and the privacy rule of every digest.

The schema is Microsoft's own ``schemas/1.5.0/adaptive-card.json`` (github.com/microsoft/
AdaptiveCards, commit 644d933e), copied to ``tests/data/adaptive_cards/``; Teams renders 1.5.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

import jsonschema
import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.delivery import DeliveryError, post_teams, save_digests, send_digests
from sheets_sync.digest import adaptive_card, make_digest
from sheets_sync.pipeline import run_sync
from tests.conftest import ROOT, base_config_dict
from tests.e2e.cycle_helpers import cycle_workbook
from tests.e2e.mail_server import teams_receiver

SCHEMA = json.loads((ROOT / "tests/data/adaptive_cards/adaptive-card-1.5.schema.json").read_text())
MON = datetime(2025, 9, 1, 12, tzinfo=timezone.utc)
POLICE_MARKS = ("Sgt. Example 919-555-0199", "NOTE-XYZZY")         # Secret Planning Huddle (Police)
FIRE_MARKS = ("Capt. Fire 919-555-0111", "NOTE-FIRE-ONLY")


def _workbook():
    tabs = cycle_workbook()
    header = tabs["Fire"][0]
    row = dict.fromkeys(header)
    row.update({"Title": "Hydrant Check Walk", "Start Date": "9/10/2025", "Start Time": "3pm",
                "Location": "Station 1", "Partner Departments": "Police", "Visibility": "Internal",
                "Contact": FIRE_MARKS[0], "Internal Notes": FIRE_MARKS[1]})
    tabs["Fire"].append([row[h] for h in header])
    return tabs


def _config(tmp_path, **coordination):
    data = base_config_dict(tmp_path)
    data["coordination"] = {"capabilities": {"Fire": ["fire engine tour"]}, **coordination}
    return config_from_dict(data, base_dir=tmp_path)


def test_teams_cards_pass_the_adaptive_card_schema(tmp_path, make_workbook):
    make_workbook(_workbook())
    config = _config(tmp_path, digest={"teams_webhook_env": {"DFD": "TEAMS_FIRE", "Coordinators": "TEAMS_COORD"}})
    run_sync(config, now=MON)
    with teams_receiver(SCHEMA) as (url, received, errors):
        outcomes = send_digests(config, MON, env={"TEAMS_FIRE": url, "TEAMS_COORD": url})
        assert [(o.audience, o.channel, o.status) for o in outcomes] == [
            ("Fire", "teams", "sent"), ("Coordinators", "teams", "sent")]
        assert errors == [] and len(received) == 2
        fire_card = received[0]["attachments"][0]["content"]
        texts = " ".join(b.get("text", "") for b in fire_card["body"])
        assert "Youth Safety Fair" in texts and "you can bring: fire engine tour" in texts
        assert fire_card["version"] == "1.5"
        # the receiver's check can fail: a TextBlock without its required text is refused
        bad = {**fire_card, "body": [{"type": "TextBlock"}]}
        with pytest.raises(DeliveryError, match="answered 400"):
            post_teams(url, bad)
        assert len(errors) == 1 and "{'type': 'TextBlock'} is not valid" in errors[0]
        again = send_digests(config, MON, env={"TEAMS_FIRE": url, "TEAMS_COORD": url})
        assert {o.status for o in again} == {"already sent"} and len(received) == 2


def test_missing_webhook_variable_is_a_failure_with_its_name(tmp_path, make_workbook):
    make_workbook(_workbook())
    config = _config(tmp_path, digest={"teams_webhook_env": {"Fire": "TEAMS_FIRE"}})
    run_sync(config, now=MON)
    (outcome,) = send_digests(config, MON, env={})
    assert outcome.status == "failed" and "TEAMS_FIRE" in outcome.detail


def test_every_card_of_every_audience_is_valid(tmp_path, make_workbook):
    make_workbook(_workbook())
    config = _config(tmp_path)
    run_sync(config, now=MON)
    board = json.loads((config.out_dir / "private/board.json").read_text())
    for who in (*config.department_names, "Coordinators"):
        jsonschema.validate(adaptive_card(make_digest(board, who), "https://docs.example/sheet"), SCHEMA)


def _all_digest_text(config, folder) -> dict[str, str]:
    """Audience slug → every form of its digest (text, HTML, card) concatenated."""
    out: dict[str, str] = {}
    for path in save_digests(config, folder):
        slug = path.name.split(".")[0]
        out[slug] = out.get(slug, "") + path.read_text(encoding="utf-8")
    return out


def test_no_digest_shows_another_departments_contacts_or_notes(tmp_path, make_workbook):
    make_workbook(_workbook())
    config = _config(tmp_path)
    run_sync(config, now=MON)
    board = (config.out_dir / "private/board.json").read_text()
    assert all(m in board for m in POLICE_MARKS + FIRE_MARKS)    # the staff-only board holds them
    digests = _all_digest_text(config, tmp_path / "default")
    assert len(digests) == len(config.departments) + 1
    assert "Secret Planning Huddle" in digests["fire"] and "Hydrant Check Walk" in digests["police"]
    for slug, text in digests.items():
        for mark in POLICE_MARKS + FIRE_MARKS:
            assert mark not in text, (slug, mark)


def test_sharing_is_per_department_and_audience(tmp_path, make_workbook):
    make_workbook(_workbook())
    config = _config(tmp_path, share_private_with={"DPD": ["DFD"], "Fire": ["Coordinators"]})
    run_sync(config, now=MON)
    digests = _all_digest_text(config, tmp_path / "shared")
    for mark in POLICE_MARKS:
        assert mark in digests["fire"]                             # Police shares with Fire
        for slug in set(digests) - {"fire"}:
            assert mark not in digests[slug], (slug, mark)
    for mark in FIRE_MARKS:
        # Hydrant Check Walk is Fire's and Police's: coordinators see it only if Police shares too
        assert all(mark not in text for text in digests.values())


def test_a_department_without_recipients_is_named_not_silently_skipped(tmp_path, make_workbook):
    """Only Fire has an address: `digest --dry-run` and `digest` say that every other department's
    digest reaches nobody, naming the setting to add (it used to leave them out in silence)."""
    import yaml
    from click.testing import CliRunner

    from sheets_sync.cli import main
    from sheets_sync.delivery import unreached
    make_workbook(_workbook())
    data = base_config_dict(tmp_path)
    data["coordination"] = {"digest": {"recipients": {"DFD": ["fire@city.example"]},
                                       "coordinators": ["coord@city.example"]}}
    config = config_from_dict(data, base_dir=tmp_path)
    run_sync(config, now=MON)
    others = [d for d in config.department_names if d != "Fire"]
    assert others and unreached(config) == others
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    result = CliRunner().invoke(main, ["digest", "--config", str(path), "--dry-run"])
    assert result.exit_code == 0, result.output
    for name in others:
        assert f"{name}: no recipients — its digest is not sent" in result.output
    assert "Fire: no recipients" not in result.output and "Coordinators: no recipients" not in result.output
    data["coordination"]["digest"] = {}                  # nothing configured: nobody is "left out"
    assert unreached(config_from_dict(data, base_dir=tmp_path)) == []
