"""A department as staff type it in Lead/Partner Departments when it is not a configured name
or alias: a typo or a short form. Pure.

:func:`guess` is asked only for a fragment :func:`sheets_sync.parsing.parse_partners` could not
read (the columns hold departments, so a near spelling there means one); the caller warns on
every guess, naming what it read, so a wrong guess is seen and fixed by adding an alias.

- **Typo**: rapidfuzz ratio ≥ 85 against one department's names and aliases, or one edit or a
  swap of two letters away from one of five or more letters ("Polce", "Comunity Safety",
  "Polcie": v31 D5, v32 C11).
- **Short form** (issue 1's "the way staff really type", v33's leftovers):

  - the *initials* of a department's name, with or without a "Department" after it, or of its
    Spanish name: "PD" (Police Department), "FD", "CSD", "P&R", "P.D.";
  - each word *shortened* from the next word of one of its names or aliases (each also with
    "Department" after it) or its Spanish name, or the initials of the next words, every word of that name
    covered: "Comm Safety", "Emerg. Mgmt", "Police Dept", "Parks & Rec Dept", "Greenville PD"
    beside the alias "Greenville Police" (a
    shortened word keeps the word's first letter and the rest of its letters in order, and
    has three letters or more: "Mgmt" ⊂ "Management");
  - the Spanish name's first words where an alias is the English name's first words
    ("Parques" beside the alias "Parks" for "Parks and Recreation");
  - the initials of every word of the name and "Department", joining words too ("PARD": Parks
    and Recreation Department), and a name's last words shortened, ending in "Dept" or
    "Department" ("Rec Dept", "Safety Dept");
  - "Dispatch" for the one department of the 911 kind (:func:`sheets_sync.units.department_kind`);
  - short forms typed with no separator between them, each one department ("EM CS").

A guess counts only when exactly one department fits; names come before aliases for initials
(an alias "Parks Department" would otherwise make "PD" two departments).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Optional, Sequence

from rapidfuzz import fuzz as rf_fuzz, process as rf_process
from rapidfuzz.distance import DamerauLevenshtein

from .model import unaccented
from .parsing import parse_partners

#: words a name's initials and shortened words skip ("Parks and Recreation" → "P&R", "PR")
_JOINING = frozenset("and y of the de del la las los for & e".split())
TYPO = "a typo?"
SHORT_FORM = "a short form"


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z0-9]+", unaccented(text.lower())) if w not in _JOINING)


def _shortens(short: str, word: str) -> bool:
    """``short`` is ``word`` or a shortening of it: its first letter, then some of its other
    letters in order, three letters or more ("comm" ← "community", "mgmt" ← "management")."""
    if short == word:
        return True
    if len(short) < 3 or len(short) >= len(word) or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


def _covers(typed: Sequence[str], words: Sequence[str]) -> bool:
    """Each typed word shortens the next word of ``words`` or is the initials of the next two
    or more ("Durham PD" ← "Durham Police Department"), and every word is covered."""
    if not typed or not words:
        return not typed and not words
    head, rest = typed[0], typed[1:]
    if _shortens(head, words[0]) and _covers(rest, words[1:]):
        return True
    k = len(head)
    return (2 <= k <= len(words) and head.isalpha() and head == "".join(w[0] for w in words[:k])
            and _covers(rest, words[k:]))


#: ``(name, aliases, name_es, kind)`` per configured department (:func:`department_forms`)
Forms = tuple[tuple[str, tuple[str, ...], str, Optional[str]], ...]


@lru_cache(maxsize=16)
def _forms(departments: Forms
           ) -> tuple[dict[str, set[str]], dict[str, set[str]], tuple[tuple[tuple[str, ...], str], ...],
                      dict[str, set[str]]]:
    """``(initials of names, initials of aliases, (words, department) of every spelling,
    Spanish leading words)`` for ``(name, aliases, name_es, kind)`` per department."""
    by_name: dict[str, set[str]] = {}
    by_alias: dict[str, set[str]] = {}
    spellings = []
    spanish: dict[str, set[str]] = {}
    for name, aliases, name_es, _kind in departments:
        for text, table in ((name, by_name), (f"{name} department", by_name), (name_es, by_name),
                            *((a, by_alias) for a in aliases)):
            words = [w for w in _words(text) if not w[0].isdigit()]
            if len(words) >= 2:
                table.setdefault("".join(w[0] for w in words), set()).add(name)
        every = re.findall(r"[a-z]+", unaccented(f"{name} department".lower()))
        if len(every) > len(_words(f"{name} department")):       # "pard", joining words too
            by_name.setdefault("".join(w[0] for w in every), set()).add(name)
        for text in (name, f"{name} department", name_es, *aliases, *(f"{a} department" for a in aliases)):
            if _words(text):
                spellings.append((_words(text), name))
        english, es = _words(name), _words(name_es)
        for alias in aliases:
            lead = _words(alias)
            if lead and len(lead) < len(english) == len(es) and english[:len(lead)] == lead:
                spanish.setdefault(" ".join(es[:len(lead)]), set()).add(name)
    return by_name, by_alias, tuple(spellings), spanish


def _one(found: set[str] | None) -> str | None:
    return next(iter(found)) if found and len(found) == 1 else None


def short_form(fragment: str, departments: Forms) -> str | None:
    """The one department ``fragment`` is a short form of (module docstring), else ``None``.
    ``departments``: ``(name, aliases, name_es, kind)`` each (:func:`department_forms`)."""
    by_name, by_alias, spellings, spanish = _forms(departments)
    typed = _words(fragment)
    if not typed:
        return None
    letters = typed[0] if len(typed) == 1 else "".join(typed) if all(len(w) == 1 for w in typed) else ""
    if 2 <= len(letters) <= 5 and letters.isalpha():                  # "PD", "P&R", "P.D."
        if found := _one(by_name.get(letters)) or _one(by_alias.get(letters)):
            return found
    if found := _one(spanish.get(" ".join(typed))):                   # "Parques"
        return found
    if found := _one({department for words, department in spellings if _covers(typed, words)}):
        return found
    if len(typed) >= 2 and typed[-1] in _DEPARTMENT_WORDS:           # "Rec Dept": a name's last words
        return _one({department for words, department in spellings
                     if any(_covers(typed, words[i:]) for i in range(1, len(words) - 1))})
    if " ".join(typed) in _DISPATCH:
        return _one({name for name, _aliases, _es, kind in departments if kind == "emergency_communications"})
    if _APPARATUS.fullmatch(fragment.strip()):                        # "E-14", "M3", "L2" alone in the column
        return _one({name for name, _aliases, _es, kind in departments if kind == "fire"})
    return None


#: a fire engine, medic, ladder or truck by its letter and number: in a column of
#: departments it can be nothing else ("E-14, M3" in Parks' Partner Departments, v59); in text it
#: can (booths E1–E14, a BMW M3, sizes M and L2: a README-only check), where a unit word follows
#: it or it counts for nothing (:data:`sheets_sync.units.DEFAULT_UNITS`)
_APPARATUS = re.compile(r"[EMLT]-?(?!911)\d{1,3}", re.I)
#: the words that end a department's name as staff shorten it ("Rec Dept")
_DEPARTMENT_WORDS = frozenset({"dept", "depts", "department", "departments"})
#: what staff call the 911 centre in the column of departments
_DISPATCH = frozenset({"dispatch", "dispatch center", "dispatch centre", "e911", "e 911",   # (E911: Enhanced 911)
                       "911", "9 1 1", "911 center", "911 centre"})


def typo(fragment: str, lookup: dict[str, str]) -> str | None:
    """The one department ``fragment`` (lower case) misspells (module docstring), else ``None``;
    ``lookup``: lower-cased name/alias → department (``Config.department_lookup()``)."""
    if len(fragment) == 4:      # two letters swapped in a short name ("Fier": a fresh helper's set)
        return _one({lookup[k] for k in lookup if len(k) == 4 and sorted(k) == sorted(fragment)
                     and DamerauLevenshtein.distance(fragment, k) == 1})
    if len(fragment) < 5:
        return None
    close = {lookup[k] for k, score, _ in rf_process.extract(fragment, list(lookup), scorer=rf_fuzz.ratio,
                                                              score_cutoff=85, limit=None)}
    close |= {lookup[k] for k in lookup if len(k) >= 5 and DamerauLevenshtein.distance(fragment, k) <= 1}
    return _one(close)


def guess(fragment: str, lookup: dict[str, str],
          departments: Forms) -> tuple[str, str] | None:
    """``(department, how)`` for a fragment Lead/Partner Departments could not read: ``how`` is
    :data:`SHORT_FORM` or :data:`TYPO`; ``None`` when no one department fits. ``lookup``:
    :meth:`Config.department_lookup`; ``departments``: :func:`department_forms`."""
    if found := short_form(fragment, departments):
        return found, SHORT_FORM
    if found := typo(fragment.lower(), lookup):
        return found, TYPO
    return None


#: where a note after a fragment begins ("PD (pending)", "FD - maybe", "PD?")
_NOTE = re.compile(r"\s*(?:[(\[?:]|\s-\s|-(?=\s*(?:yes|confirmed|si)\b))")


def after_home(fragment: str, home: frozenset,
               departments: Forms) -> tuple[str, str] | None:
    """``(department, SHORT_FORM)`` for a short form typed right after the city's initials or
    one-word name, with no space ("HFPD" in Harbor Falls: "HF" + "PD"; an adversarial helper's
    check), else ``None``; ``home``: :func:`~.mentions.home_words` of the site's title. At least
    two letters must follow the city's."""
    word = fragment.lower()
    if not word.isalpha():
        return None
    for city in sorted(home, key=len, reverse=True):
        rest = word[len(city):] if word.startswith(city) else ""
        if len(rest) >= 2 and (found := short_form(rest, departments)):
            return found, SHORT_FORM
    return None


def spelled_out(text: str, lookup: dict[str, str], units, departments: Sequence, home: frozenset = frozenset()
                ) -> tuple[str, tuple[tuple[str, str, str], ...], tuple]:
    """``(text, guesses, parsed)``: ``text`` (a Lead/Partner Departments cell) with each fragment
    :func:`parse_partners` leaves unknown but :func:`guess` reads replaced by the department's
    name, so a note beside it still holds it back ("PD (pending)"); ``guesses``: ``(as typed,
    department, how)`` for each, to warn about; ``parsed``: :func:`parse_partners` of the text
    returned. ``units``: ``Config.department_units()``; ``departments``: the configured ones;
    ``home``: the city's own words (:func:`after_home`)."""
    parsed = parse_partners(text, lookup, units)
    guesses = []
    forms = department_forms(departments)
    for fragment in parsed[1]:
        core = _NOTE.split(fragment, 1)[0].strip(" .")
        found = (guess(core, lookup, forms) or after_home(core, home, forms)) if core else None
        # (short forms typed one after another: "Police Fire 911 EM CS", a fresh city's check)
        each = [] if found or len(core.split()) < 2 else [short_form(w, forms) for w in core.split()]
        read = [(core, found)] if found else \
            [(w, (d, SHORT_FORM)) for w, d in zip(core.split(), each)] if each and all(each) else []
        for word, (department, how) in read:
            typed = re.search(r"(?<!\w)" + re.escape(word) + r"\.?(?!\w)", text, re.I)
            if typed is not None:
                text = text[:typed.start()] + department + text[typed.end():]
                guesses.append((typed.group(), department, how))
    return text, tuple(guesses), parse_partners(text, lookup, units) if guesses else parsed


@lru_cache(maxsize=64)
def department_initials(departments: Forms) -> dict[str, str]:
    """Lower-cased initials of each department's name followed by "Department" ("pd" for the
    Police Department, "fd", "csd") → the department, where exactly one department has them:
    the short forms staff write a partner by in text ("Pancakes w/ PD & FD", v37 T9), read
    there only after a cue and in capitals (:mod:`sheets_sync.mentions`). ``departments``:
    :func:`department_forms`."""
    found: dict[str, set[str]] = {}
    for name, _aliases, _es, _kind in departments:
        words = [w for w in _words(f"{name} department") if not w[0].isdigit()]
        found.setdefault("".join(w[0] for w in words), set()).add(name)
        # a name of two words joined by "and" by its initials joined so: "P&R" (a third helper's check)
        if len(parts := re.split(r"\s+(?:and|&)\s+", name.strip(), flags=re.I)) == 2 \
                and all(len(p.split()) == 1 for p in parts):
            found.setdefault("&".join(p[0].lower() for p in parts), set()).add(name)
    return {initials: next(iter(names)) for initials, names in found.items() if len(names) == 1}


def home_initials(home: frozenset, initials: Mapping[str, str]) -> dict[str, str]:
    """The city's initials (its one- to three-letter ``home`` words, :func:`~.mentions.home_words`)
    glued to each department's (:func:`department_initials`): ``"crpd"`` → Police in Cedar Rapids,
    as its staff write the city's police in text ("CRPD officers will grill": a helper's check,
    read as another body's initials before). A configured spelling wins where the caller merges."""
    return {city + short: department for city in home if 1 <= len(city) <= 3 and city.isalpha()
            for short, department in initials.items()}


def department_words(lookup: Mapping[str, str]) -> dict[str, str]:
    """Each lower-cased name or alias in ``lookup`` (``Config.department_lookup()``) with
    "department(s)" or "dept" after it → its department, unless it already ends so: "durham
    police department", "fire departments" ("Police and Fire Departments") — how text names a
    partner whichever aliases the city configured (a helper's check: with the aliases ``init``
    writes, "Co-hosted with the Durham Police Department" had counted nothing, the name being
    the start of a longer one). A configured spelling wins."""
    out: dict[str, str] = {}
    for spelling, department in lookup.items():
        if not spelling.endswith(("department", "departments", "dept", "dept.")):
            for word in ("department", "departments", "dept"):
                out.setdefault(f"{spelling} {word}", department)
    return out


def department_forms(departments: Sequence) -> Forms:
    """``(name, aliases, name_es, kind)`` per configured department (hashable, for the cache);
    ``kind``: :attr:`~.config.Department.recognised_kind` (a helper's check: "Dispatch" was not
    read for a 911 centre renamed "Joint Communications" even with ``kind:
    emergency_communications`` set)."""
    return tuple((d.name, tuple(d.aliases), d.name_es, d.recognised_kind) for d in departments)
