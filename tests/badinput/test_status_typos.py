"""A Status typed short or misspelt ("Cancel", "Cancelld", "Postpone") is read as the status it
names, with a warning saying so (a second fresh verifier's nit: "Cancel" was published as
Scheduled); a word naming none stays "unknown status; taken as Scheduled"."""
from __future__ import annotations

import pytest

from sheets_sync.config import config_from_dict
from sheets_sync.model import RawTab, Severity, Status
from sheets_sync.validate import parse_tab
from tests.conftest import base_config_dict

H = ("Title", "Start Date", "Start Time", "Visibility", "Status")


@pytest.mark.parametrize("typed,status,problem", [
    ("Cancel", Status.CANCELLED, "read as Cancelled"),
    ("Cancelld - rain", Status.CANCELLED, "read as Cancelled"),
    ("Postpone", Status.POSTPONED, "read as Postponed"),
    ("Moved", Status.SCHEDULED, "unknown status; taken as Scheduled"),
])
def test_a_misspelt_status_is_read_with_a_warning(tmp_path, typed, status, problem):
    config = config_from_dict(base_config_dict(tmp_path), base_dir=tmp_path)
    (row,), issues = parse_tab(RawTab("Police", H, (("Walk", "8/5/2025", "6pm", "Public", typed),)), config)
    assert row.status is status
    (warning,) = issues
    assert (warning.column, warning.value, warning.problem, warning.severity) == (
        "Status", typed, problem, Severity.WARNING)
