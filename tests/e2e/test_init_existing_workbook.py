"""`init` on a workbook that already exists (a city's own file, or one made by an earlier init
before a department was added): every dropdown reads the values of this config, from the
project's hidden Lists tab, and never from a tab of the city's that happens to be called Lists."""
from __future__ import annotations

import re

import openpyxl
import yaml

from tests.e2e.test_new_city import _cli


def dropdowns(ws) -> dict[str, str]:
    """{header: formula} of the list dropdowns of a tab."""
    header = {c.column_letter: c.value for c in ws[1]}
    out = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list":
            letter = re.match(r"[A-Z]+", str(dv.sqref)).group(0)
            out[header[letter]] = dv.formula1
    return out


def values(wb, formula: str) -> list:
    sheet, col, first, last = re.fullmatch(r"=(\w+)!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)", formula).groups()
    return [wb[sheet][f"{col}{r}"].value for r in range(int(first), int(last) + 1)]


def test_a_citys_own_workbook_gets_the_hidden_lists_tab(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Police"
    wb.active.append(["Event Name", "Date", "Time"])
    wb.active.append(["Coffee with a Cop", "8/9/2026", "9am"])
    wb.save(tmp_path / "ours.xlsx")
    _cli(tmp_path, "init", "--city", "Oakdale", "--timezone", "America/Chicago", "--no-input",
         "--workbook", "ours.xlsx", "--department", "Police", "--department", "Fire")
    wb = openpyxl.load_workbook(tmp_path / "ours.xlsx")
    assert wb["Lists"].sheet_state == "hidden"
    assert [c.value for c in wb["Police"][2]] == ["Coffee with a Cop", "8/9/2026", "9am"]   # left alone
    lead = dropdowns(wb["Fire"])["Lead Department"]
    assert values(wb, lead) == ["Police", "Fire"]
    assert "Lists" not in [str(s) for s in values(wb, dropdowns(wb["Fire"])["Visibility"])]
    assert values(wb, dropdowns(wb["Fire"])["Visibility"]) == ["Public", "Internal"]


def test_a_tab_of_the_city_called_lists_is_never_used_for_dropdowns(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Lists"
    for row in (["Phone list"], ["555-0100"], ["555-0101"], ["555-0102"]):
        wb.active.append(row)
    wb.save(tmp_path / "ours.xlsx")
    _cli(tmp_path, "init", "--city", "Oakdale", "--timezone", "America/Chicago", "--no-input",
         "--workbook", "ours.xlsx", "--department", "Police", "--department", "Fire")
    wb = openpyxl.load_workbook(tmp_path / "ours.xlsx")
    assert [c.value for c in wb["Lists"]["A"]] == ["Phone list", "555-0100", "555-0101", "555-0102"]
    for tab in ("Police", "Fire"):
        for formula in dropdowns(wb[tab]).values():
            assert "555" not in str(values(wb, formula)), (tab, formula)


def test_a_department_added_later_appears_in_every_dropdown(tmp_path):
    _cli(tmp_path, "init", "--city", "Oakdale", "--timezone", "America/Chicago", "--no-input",
         "--department", "Police", "--department", "Fire")
    config = yaml.safe_load((tmp_path / "config.yaml").read_text())
    config["departments"].append({"name": "Parks and Recreation", "aliases": ["Parks"]})
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    done = _cli(tmp_path, "init")
    assert "Created tabs: Parks and Recreation" in done.stdout
    wb = openpyxl.load_workbook(tmp_path / "intake.xlsx")
    for tab in ("Police", "Fire", "Parks and Recreation"):
        assert values(wb, dropdowns(wb[tab])["Lead Department"]) == ["Police", "Fire", "Parks and Recreation"]
        assert values(wb, dropdowns(wb[tab])["Partner Departments"]) == ["Police", "Fire", "Parks and Recreation"]
    assert values(wb, dropdowns(wb["Assistance Offers"])["Offering Department"]) == [
        "Police", "Fire", "Parks and Recreation"]
