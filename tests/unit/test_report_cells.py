"""Text as the report workbook's cells hold it (:func:`sheets_sync.backends.xlsx_report.clean`):
openpyxl's rule — every C0 control character but tab, newline and carriage return removed —
checked against that rule written out character by character (issue 17, p17y: the search is
skipped for text with no unprintable character)."""
from __future__ import annotations

from hypothesis import given, seed, settings
from hypothesis import strategies as st

from sheets_sync.backends.xlsx_report import MAX_CHARS, clean


def _rule(text: str):
    kept = "".join(c for c in text if ord(c) >= 32 or c in "\t\n\r")
    return None if not text else kept[:MAX_CHARS]


@seed(17)
@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=0x40), st.sampled_from(
    ["\x7f", "\x85", "\xa0", "\u200b", "\u2028", "\ufeff", "é", "\U0001f692", "\udcff"])), max_size=30))
def test_text_loses_exactly_its_c0_controls(text):
    assert clean(text) == _rule(text)


def test_every_c0_control_and_its_neighbours():
    for code in range(0, 0xA1):
        text = f"a{chr(code)}b"
        assert clean(text) == _rule(text), hex(code)
    assert clean("\x01") == "" and clean("") is None                    # as before: text, then nothing
    assert clean("x" * (MAX_CHARS + 5)) == "x" * MAX_CHARS
    assert clean(b"caf\xc3\xa9\x07") == "café"
