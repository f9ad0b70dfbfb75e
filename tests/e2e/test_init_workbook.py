"""`safety-events init` on a local workbook: one tab per department, headers, dropdowns."""
import openpyxl
import yaml
from click.testing import CliRunner

from sheets_sync.cli import main
from sheets_sync.model import CANONICAL_COLUMNS


def test_init_creates_template_and_is_idempotent(tmp_path, config_dict):
    config_path = tmp_path / "config.yaml"
    config_path.write_text(yaml.safe_dump(config_dict))
    intake = tmp_path / "new.xlsx"
    result = CliRunner().invoke(main, ["init", "--config", str(config_path), "--workbook", str(intake)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Created tabs: Police, Fire, Community Safety")
    wb = openpyxl.load_workbook(intake)
    assert [n for n in wb.sheetnames if n != "Lists"] == [
        "Police", "Fire", "Community Safety", "Emergency Communications", "Emergency Management",
        "Parks and Recreation", "Assistance Offers"]
    ws = wb["Fire"]
    assert tuple(c.value for c in ws[1]) == CANONICAL_COLUMNS
    assert ws.freeze_panes == "A2"
    ranges = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    lead_col = openpyxl.utils.get_column_letter(CANONICAL_COLUMNS.index("Lead Department") + 1)
    assert f"{lead_col}2:{lead_col}1000" in ranges
    lists = wb["Lists"]
    assert [c.value for c in lists["A"]][:7] == ["Lead Department", "Police", "Fire", "Community Safety",
                                                 "Emergency Communications", "Emergency Management",
                                                 "Parks and Recreation"]
    # staff type a row; init again leaves it alone
    ws.append(["", "CPR Class"])
    wb.save(intake)
    again = CliRunner().invoke(main, ["init", "--config", str(config_path), "--workbook", str(intake)])
    assert again.exit_code == 0 and "already exist" in again.output
    assert openpyxl.load_workbook(intake)["Fire"]["B2"].value == "CPR Class"
    # and a sync reads the template as intake tabs
    sync = CliRunner().invoke(main, ["check", "--config", str(config_path), "--workbook", str(intake), "--json"])
    assert sync.exit_code == 0, sync.output
    assert '"rows_rejected": 1' in sync.output   # the CPR row has no Start Date
    assert '"skipped_tabs": []' in sync.output   # the hidden Lists tab is the template's own
