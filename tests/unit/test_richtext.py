"""Sheet text as staff meant it (issue 15): HTML → plain text, mojibake repaired."""
from __future__ import annotations

import pytest

from sheets_sync.richtext import html_to_text, looks_like_html, repair_mojibake, staff_text


@pytest.mark.parametrize("text", ["5 < 6 > 3", "Fish & Chips", "Bring <your> kids", "a<b and c>d", "R&D"])
def test_not_html_left_alone(text):
    assert not looks_like_html(text)
    assert html_to_text(text) == text
    assert staff_text(text).text == text and not staff_text(text).had_html


def test_line_breaks_and_links_kept():
    text = ('<b>Free</b> CPR class<br>Bring water<br/>Register <a href="https://example.org/r?a=1&amp;b=2">'
            'here</a> or <a href="mailto:cpr@example.org">email us</a>')
    assert html_to_text(text) == ("Free CPR class\nBring water\n"
                                  "Register here (https://example.org/r?a=1&b=2) or email us (cpr@example.org)")


def test_paragraphs_lists_and_references():
    text = "<p>First&nbsp;part</p><p>Tom &amp; Jerry &lt;3</p><ul><li>one</li><li>two</li></ul>end"
    assert html_to_text(text) == "First part\n\nTom & Jerry <3\n\n• one\n• two\n\nend"


def test_link_whose_text_is_the_address_is_not_doubled():
    assert html_to_text('<a href="https://x.org/a">https://x.org/a</a>') == "https://x.org/a"


def test_script_and_unknown_scheme_do_not_survive_as_markup():
    out = html_to_text('<b>Hi</b><a href="javascript:alert(1)">click</a>')
    assert out == "Hiclick" and "javascript" not in out


@pytest.mark.parametrize("garbled,meant", [
    ("Safety Fair Ã¢â‚¬â€œ Walltown", "Safety Fair – Walltown"),        # UTF-8 read as cp1252 twice
    ("CafÃ© con la PolicÃ\xada", "Café con la Policía"),               # once
    ("The Ã¢â‚¬Å“bestÃ¢â‚¬\x9d day", "The “best” day"),
])
def test_mojibake_repaired(garbled, meant):
    assert repair_mojibake(garbled) == meant
    cleaned = staff_text(garbled)
    assert cleaned.text == meant and cleaned.repaired


@pytest.mark.parametrize("text", ["Policía y Bomberos — “juntos”", "naïve façade", "Ñandú 🚒", "plain"])
def test_real_accents_untouched(text):
    assert repair_mojibake(text) == text and not staff_text(text).repaired


@pytest.mark.parametrize("text", ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>',
                                  '<b>hi</b><iframe src="https://x"></iframe>'])
def test_cells_with_other_tags_kept_as_typed(text):
    assert not looks_like_html(text) and staff_text(text).text == text


# Real pastes (v3 verification): Google Calendar exports wrap text in <html-blob> (Bloomington's
# calendar in ../shared/realdata), city sites use definition lists and <wbr>, and Word's HTML
# carries <o:p>. These are formatting too: the cell must become plain text, not be published raw.
@pytest.mark.parametrize("text,meant", [
    ("<html-blob>Free admission. Bring your own seating.</html-blob><br><html-blob><br></html-blob>"
     "<br><html-blob>Celebrate national Hispanic Heritage Month.</html-blob>",
     "Free admission. Bring your own seating.\n\nCelebrate national Hispanic Heritage Month."),
    ("<h3>Winter Fitness</h3><dl><dt>When</dt><dd>Mondays</dd></dl><p><strong>Free</strong></p>",
     "Winter Fitness\n\nWhen\n\nMondays\n\nFree"),
    ("Join: https://bloomington.zoom.us/j/<wbr>83600242699", "Join: https://bloomington.zoom.us/j/83600242699"),
    ("<p class=MsoNormal>Bring water<o:p></o:p></p><p class=MsoNormal>Wear shoes<o:p></o:p></p>",
     "Bring water\n\nWear shoes"),
])
def test_real_pasted_formatting_becomes_plain_text(text, meant):
    assert looks_like_html(text)
    assert html_to_text(text) == meant
