"""Text as staff meant it: HTML pasted into a cell becomes plain text, and mojibake from
exported files is repaired. Pure; the one place sheet text gets this treatment
(:func:`staff_text`), so feeds, ``events.json`` and JSON-LD all carry the same plain text and
the pages escape it.

* **HTML → plain text** (:func:`html_to_text`): only a cell that holds real HTML tags
  (``<b>``, ``<br>``, ``<a href>``, ``<p>`` …) or character references (``&amp;``) is
  converted, with Beautiful Soup's ``html.parser``: line breaks (``<br>``, paragraphs, list
  items) are kept as line breaks, a link keeps its address as text (``Register (https://…)``),
  every other tag is dropped and references decoded. ``5 < 6`` stays as typed.
* **Mojibake** (:func:`repair_mojibake`): text that was UTF-8 decoded as Windows-1252 or
  Latin-1, once or more (``CafÃ©`` → ``Café``, ``Ã¢â‚¬â€œ`` → ``–``), repaired by
  :func:`ftfy.fix_encoding`, which changes text only when its badness heuristic finds an
  unambiguous encoding mix-up; other text (real accents, curly quotes) is left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_FORMATTING = frozenset("a b i u s em strong br p div span ul ol li h1 h2 h3 h4 h5 h6 font small big "
                        "table tbody thead tr td th blockquote pre code sup sub hr "
                        # also pasted for real: definition lists and <wbr> (city sites), Google
                        # Calendar's <html-blob> wrapper, Word's <o:p>, a whole <html><body>
                        "dl dt dd wbr html-blob o:p html body center strike del ins mark".split())
_ANY_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9:-]*)(?![a-zA-Z0-9:-])[^<>]*>")
_TAG = re.compile(r"</?\s*(?:" + "|".join(map(re.escape, sorted(_FORMATTING, key=len, reverse=True))) + r")"
                  r"(?:\s+[a-zA-Z-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s'\"<>]+))*\s*/?>", re.IGNORECASE)
_REF = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_BLOCK = ("p", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol",
          "table", "hr", "dl", "dt", "dd")


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds an HTML tag of the common formatting set (``<b>``, ``<br>``,
    ``<a href="…">``, ``<p>`` …) or a character reference, and no other tag; ``"5 < 6 > 3"``,
    ``"Fish & Chips"``, ``"Bring <your> kids"`` and a cell with ``<script>`` or ``<img>`` (not
    formatting staff paste; left exactly as typed, and escaped on the pages) do not."""
    names = {m.group(1).lower() for m in _ANY_TAG.finditer(text)}
    if names - _FORMATTING:
        return False
    return bool(_TAG.search(text) or _REF.search(text))


def html_to_text(text: str) -> str:
    """Plain text of an HTML fragment (see the module docstring); text that is not HTML
    (:func:`looks_like_html`) is returned unchanged. Lines are trimmed, runs of spaces become
    one, at most one blank line is kept between paragraphs."""
    if not looks_like_html(text):
        return text
    from bs4 import BeautifulSoup            # only when a cell holds HTML
    soup = BeautifulSoup(text, "html.parser")
    for a in soup.find_all("a"):
        label, href = a.get_text(" ", strip=True), (a.get("href") or "").strip()
        keep = href and re.match(r"(?:https?:|mailto:|tel:)", href, re.I) and href not in label
        a.replace_with(f"{label} ({href.removeprefix('mailto:')})" if keep and label else
                       (href if keep else label))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for li in soup.find_all("li"):
        li.insert(0, "• ")
        li.insert_after("\n")
    for block in soup.find_all(_BLOCK):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = [" ".join(line.split()) for line in soup.get_text().replace("\xa0", " ").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def repair_mojibake(text: str) -> str:
    """``text`` with mojibake repaired by :func:`ftfy.fix_encoding` (unchanged when there is
    none, or when ftfy cannot tell for sure)."""
    if text.isascii():
        return text
    import ftfy
    return ftfy.fix_encoding(text)


@dataclass(frozen=True)
class Cleaned:
    """One cell's published text and what was done to it."""
    text: str
    repaired: bool = False      # mojibake was repaired (worth a Validation line)
    had_html: bool = False      # HTML was converted to plain text


def staff_text(raw: str) -> Cleaned:
    """A cell's trimmed text → its published plain text: mojibake repaired first (so a
    garbled ``&`` or ``<`` is seen right), then HTML converted."""
    fixed = repair_mojibake(raw)
    plain = html_to_text(fixed)
    return Cleaned(plain, fixed != raw, plain != fixed)
