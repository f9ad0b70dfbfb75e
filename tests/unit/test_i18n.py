"""The Spanish catalogue is complete, and the committed .mo is the compiled .po."""
from __future__ import annotations

import io

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from tests.conftest import ROOT

TRANSLATIONS = ROOT / "public_feed" / "translations"
PO = TRANSLATIONS / "es" / "LC_MESSAGES" / "messages.po"
MO = TRANSLATIONS / "es" / "LC_MESSAGES" / "messages.mo"


def _extracted() -> set[str]:
    method_map = [("**/templates/**.html", "jinja2"), ("**.py", "python")]
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "lazy_gettext": None}
    found = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(
            str(ROOT / "public_feed"), method_map, keywords=keywords):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def test_every_interface_string_has_a_spanish_translation():
    catalog = read_po(PO.open("rb"), locale="es")
    translated = {}
    for m in catalog:
        if m.id:
            key = m.id[0] if isinstance(m.id, tuple) else m.id
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            translated[key] = all(strings) and not m.fuzzy
    extracted = _extracted()
    assert len(extracted) > 80
    missing = sorted(s for s in extracted if not translated.get(s))
    assert missing == [], f"untranslated (run scripts/i18n.sh and translate): {missing}"


def test_committed_mo_matches_the_po():
    po = read_po(PO.open("rb"), locale="es")
    mo = read_mo(MO.open("rb"))
    def norm(v):
        return tuple(v) if isinstance(v, (list, tuple)) else v
    as_po = {norm(m.id): norm(m.string) for m in po if m.id}
    as_mo = {norm(m.id): norm(m.string) for m in mo if m.id}
    assert as_mo == as_po, "public_feed .mo is stale: run scripts/i18n.sh (pybabel compile)"
    buf = io.BytesIO()
    write_mo(buf, po)
    assert buf.getvalue() == MO.read_bytes()


def test_placeholders_survive_translation():
    import re
    for m in read_po(PO.open("rb"), locale="es"):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = set(re.findall(r"%\(\w+\)[sd]", " ".join(ids)))
        for s in strings:
            assert set(re.findall(r"%\(\w+\)[sd]", s)) == wanted, (m.id, s)
