"""Issue 16: Assistance Offers rows are counted as read, as they already were as rejected, so
Rows read = Rows accepted + Rows rejected holds with an offers tab too."""
from __future__ import annotations

from datetime import datetime, timezone

import openpyxl

from sheets_sync.pipeline import run_check, run_sync

H = ["Event ID", "Title", "Start Date", "Start Time", "Visibility"]
OFFERS = ["Event UID or Event ID", "Offering Department", "What We Can Bring", "Status"]
NOW = datetime(2025, 8, 1, 12, tzinfo=timezone.utc)
TABS = {
    "Police": [H, ["YSF-1", "Youth Safety Fair", "8/16/2025", "10am", "Public"],
               ["", "Coffee with a Cop", "8/9/2025", "9am", "Public"]],
    "Assistance Offers": [OFFERS,
                          ["YSF-1", "DFD", "Engine 5 and crew", "Accepted"],      # accepted
                          ["YSF-1", "Sanitation", "a truck", ""],                  # no such department
                          ["   ", "  ", None, " "],                                 # spaces only: not a row
                          ["NOPE-9", "Fire", "two instructors", ""]],              # no such event
}


def test_offer_rows_are_read_accepted_or_rejected(config, make_workbook):
    make_workbook(TABS)
    s = run_sync(config, now=NOW)
    # 2 intake rows + 3 offer rows (the spaces-only row is not one); 2 offer rows rejected
    assert (s["rows_read"], s["rows_accepted"], s["rows_rejected"]) == (5, 3, 2)
    quality = {row[0].value: row[1].value
               for row in openpyxl.load_workbook(config.report_path)["Data Quality"].iter_rows(min_row=2)}
    assert (quality["Rows read"], quality["Rows accepted"], quality["Rows rejected"]) == (5, 3, 2)


def test_check_counts_offer_rows_too(config, make_workbook):
    make_workbook(TABS)
    analysis, summary = run_check(config, now=NOW)
    # check previews the sync: the unknown department and the unknown event are both found
    assert (summary["rows_read"], summary["rows_accepted"], summary["rows_rejected"]) == (5, 3, 2)
    assert sorted(i.value for i in analysis.issues if i.tab == "Assistance Offers") == ["NOPE-9", "Sanitation"]


def test_offer_statuses_as_staff_type_them():
    """A helper's check: "Pending" was an error row. Each word staff use for a status reads as
    it (any case, a full stop or dash aside); a word that says none is still an error."""
    from sheets_sync.model import RawTab
    from sheets_sync.offers import parse_offer_rows
    typed = ["Pending", "proposed", "Approved", "Confirmed.", "yes", "Rejected", "not needed", "Not-Needed",
             "ACCEPTED", "", "maybe later"]
    tab = RawTab("Assistance Offers", OFFERS, [["YSF-1", "Fire", "a truck", t] for t in typed])
    rows, issues = parse_offer_rows(tab, {"fire": "Fire"})
    assert [r["status"] for r in rows] == ["Offered", "Offered", "Accepted", "Accepted", "Accepted", "Declined",
                                           "Declined", "Declined", "Accepted", "Offered"]
    assert [(i.row, i.value) for i in issues] == [(12, "maybe later")]


def test_an_offering_department_typed_as_a_unit_short_form_or_typo_is_read_with_a_warning(config):
    """A second helper's check: "OEM" (Emergency Management's built-in unit) in Offering
    Department was an error, so an all-department event lost its fifth department. A cell read
    as Partner Departments reads it names one department, with a warning; two, or none, are
    still errors."""
    from sheets_sync import department_names
    from sheets_sync.model import RawTab
    from sheets_sync.offers import parse_offer_rows
    lookup, units = config.department_lookup(), config.department_units()

    def read(text):
        return department_names.spelled_out(text, lookup, units, config.departments)[2][0]
    typed = ["OEM", "Polcie", "Engine 7", "Police and Fire", "Sanitation"]
    tab = RawTab("Assistance Offers", OFFERS, [["YSF-1", t, "help", "Accepted"] for t in typed])
    rows, issues = parse_offer_rows(tab, lookup, read)
    assert [(r["source"].row, r["department"]) for r in rows] == [(2, "Emergency Management"), (3, "Police"),
                                                                  (4, "Fire")]
    assert [(i.row, i.severity.value) for i in issues] == [(2, "warning"), (3, "warning"), (4, "warning"),
                                                           (5, "error"), (6, "error")]
    assert issues[0].problem == "'OEM' is read as Emergency Management"
