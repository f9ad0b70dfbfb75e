"""A department's name is its intake tab's name: init refuses names no spreadsheet accepts or
that clash with the project's own tabs, all at once, and writes no config.yaml from them (so
running init again with better flags is not blocked by a half-made config)."""
from __future__ import annotations

import openpyxl
from sheets_sync.config import ConfigError, config_from_dict
from tests.e2e.test_new_city import _cli


def test_init_lists_every_bad_department_name_and_writes_nothing(tmp_path):
    done = _cli(tmp_path, "init", "--city", "Riverton", "--timezone", "America/Denver", "--no-input",
                "--department", "Fire/EMS", "--department", "Lists", "--department", "Validation",
                "--department", "Emergency Management and Homeland Security Office",
                "--department", "Police:PD", "--department", "Sheriff:PD", check=False)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    for found in ("departments.0.name: 'Fire/EMS' cannot be a tab name",
                  "departments.1.name: 'Lists' is the name of a tab",
                  "departments.2.name: 'Validation' is the name of a tab",
                  "departments.3.name: 'Emergency Management and Homeland Security Office' is 49 "
                  "characters",
                  "departments.5.aliases.0: 'PD' names both 'Police' and 'Sheriff'",
                  "nothing was written"):
        assert found in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []

    # the same city with good names: config and a tab per department (the Sheriff's apostrophe is fine)
    _cli(tmp_path, "init", "--city", "Riverton", "--timezone", "America/Denver", "--no-input",
         "--department", "Fire-EMS:Fire/EMS", "--department", "Emergency Management:EMHS",
         "--department", "Police:PD", "--department", "Sheriff's Office:SO")
    assert openpyxl.load_workbook(tmp_path / "intake.xlsx").sheetnames == [
        "Fire-EMS", "Emergency Management", "Police", "Sheriff's Office", "Assistance Offers", "Lists"]


def test_an_edited_config_reports_the_same_problems(tmp_path):
    data = {"source": {"kind": "workbook", "workbook": "intake.xlsx"}, "departments": [{"name": "Police/Fire"}, {"name": "combined events"}, {"name": "x" * 32}]}
    try:
        config_from_dict(data, base_dir=tmp_path, source="config.yaml")
    except ConfigError as exc:
        problems = exc.problems
    else:
        raise AssertionError("accepted")
    assert [p.split(":")[0] for p in problems] == ["departments.0.name", "departments.1.name",
                                                    "departments.2.name"], problems
