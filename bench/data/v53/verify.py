"""Checks: every truth row exists in the workbook at its row number and holds a title; every
non-blank workbook row is labelled; expected.json counts agree with truth.csv."""
import csv, json, os, openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
wb = openpyxl.load_workbook(os.path.join(HERE, "intake.xlsx"))
truth = list(csv.DictReader(open(os.path.join(HERE, "truth.csv"))))
exp = json.load(open(os.path.join(HERE, "expected.json")))
labelled = {(t["tab"], int(t["row"])) for t in truth}
assert len(labelled) == len(truth)
for t in truth:
    ws = wb[t["tab"]]
    r = int(t["row"])
    vals = [c.value for c in ws[r]]
    assert any(v not in (None, "") for v in vals), t
    title_col = 1 if ws[1][0].value == "Event ID" else 0
    assert vals[title_col], t
for ws in wb.worksheets:
    for r in range(2, ws.max_row + 1):
        if any(c.value not in (None, "") for c in ws[r]):
            assert (ws.title, r) in labelled, (ws.title, r)
keys = {t["event_key"] for t in truth if t["valid"] == "yes"}
assert len(keys) == exp["events"], (len(keys), exp["events"])
assert len(truth) == exp["rows"]
assert sum(t["valid"] == "no" for t in truth) == exp["invalid_rows"]
assert all(t["event_key"] == "" for t in truth if t["valid"] == "no")
assert set(exp["event_family"]) == keys
assert len(exp["event_departments"]) == exp["joint_events"]
assert sum(v["events"] for v in exp["months"].values()) == exp["events"] - exp["cancelled_events"]
assert sum(v["joint_events"] for v in exp["months"].values()) + sum(exp["internal_joint_by_month"].values()) \
    == exp["joint_events_not_cancelled"]
assert sum(v["all_department_events"] for v in exp["fiscal_quarters"].values()) == 4
for k, refs in exp["event_rows"].items():
    got = sorted("%s!%s" % (t["tab"], t["row"]) for t in truth if t["event_key"] == k)
    assert got == sorted(refs), k
print("ok: %d truth rows all present; %d events; sheets: %s" % (
    len(truth), len(keys), {ws.title: ws.max_row - 1 for ws in wb.worksheets}))
