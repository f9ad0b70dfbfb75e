"""Units: the words staff type for a part of a department instead of the department. Pure.

Staff write "Rescue 22", "Beat 312 officers", "Dispatchers" or "OEM" where a department is
meant. Each configured department has a list of unit patterns (``departments.N.units``):
regular expressions matched case-insensitively as whole words (a plain word is a pattern
too). When a department does not set ``default_units: false``, the built-in units of its
*kind* come first; the kind is recognised from its name, then its aliases (``Fire``,
``Durham Fire Department`` → fire), or set with ``departments.N.kind``.

A default pattern may switch case-insensitivity off for an acronym with ``(?-i:CERT)``, so
"cert" in "CPR cert class" is not Emergency Management. Numbers after a company or beat word
must stand alone (``Rescue 22``, not ``Rescue 5K``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

#: Words after which "officer(s)" means police officers: closed-class words (articles,
#: determiners, numbers, pronouns, prepositions, conjunctions), a few verbs events use ("meet
#: officers"), and words that describe police officers. After any other word ("Fire Prevention
#: Officer", "a hazmat officer", "animal services officers", "court officers") another kind of
#: officer is meant; at the start of the text, after punctuation or a number, police.
_BEFORE_POLICE_OFFICER = tuple("""a an the our their your his her its my this that these those
    two three four five six seven eight nine ten several some many few more extra additional all
    both each every any other and or with w by from for of to at in on plus including include
    includes also meet meets join joins thank thanks greet greets ask honor honour honoring see
    police patrol community neighborhood neighbourhood uniformed sworn plainclothes local
    friendly traffic bike bicycle motorcycle motor off-duty on-duty sheriff sheriff's sheriff’s
    sheriffs resource liaison""".split()) + ("law enforcement", "crime prevention")
_POLICE_OFFICER = ("(?:^|(?<=[^\\w\\s])|(?<=[^\\w\\s] )|(?<=\\d )|" +
                   "|".join(rf"(?<=\b{w} )" for w in _BEFORE_POLICE_OFFICER) + ")officers?")

#: A department's kind → the built-in units of that kind (regular expressions).
_NUMBER = r"\s*(?:No\.?\s*|#\s*)?\d{1,4}(?!\w)"
DEFAULT_UNITS: dict[str, tuple[str, ...]] = {
    "fire": (
        r"(?:fire )?(?:engine|(?<!food )truck|ladder|tower|rescue|squad|medic|battalion|company|quint)"
        r"(?: co(?:mpany|\.)?)?" + _NUMBER,
        # an engine, medic or ladder by its letter and number, typed in capitals, with a unit's word
        # after it ("E14 crew did a truck tour", v56, v59; not "unit": "the M3 unit owners"); alone,
        # in text, it may be a booth, a field, a car or a size (a README-only check: "booths E1
        # through E14", "BMW M3"); alone in a department column it is read by
        # :func:`sheets_sync.department_names.short_form`
        r"(?<!booth )(?<!table )(?<!court )(?<!courts )(?<!field )(?<!fields )(?<!lane )(?<!stall )"
        r"(?-i:[EML])-?(?!911)\d{1,3}(?= (?:crew|crews|company|apparatus|rig)\b)",
        # "Station 5", but not an activity, water or police station
        r"(?<!activity )(?<!water )(?<!craft )(?<!game )(?<!police )(?<!rest )(?<!aid )(?<!work )"
        r"(?<!radio )(?<!gas )(?<!learning )(?<!play )(?<!charging )(?<!art )(?<!train )(?<!bus )"
        r"station" + _NUMBER,
        r"estaci[oó]n(?: de bomberos)?" + _NUMBER,         # Spanish: "los paramédicos de la Estación 3" (v41 B6)
        r"fire ?fighters?", r"fire (?:companies|crews?)", r"fire company(?!\s*(?:No\.?\s*|#\s*)?\d)",
        r"Sparky(?: the Fire ?Dog)?",
    ),
    "police": (
        r"beat" + _NUMBER,
        # a police district, not a council or school district ("Residents of District 3")
        r"police district" + _NUMBER,
        r"district" + _NUMBER + r"(?: police)? (?:officers?|patrol(?: officers?)?|substation|command|units?|teams?)",
        r"(?:officers?|patrol|deputies) (?:from|of) (?:the )?(?:police )?district" + _NUMBER,   # (v37 T10)
        # a precinct or sector by its number: "3rd Precinct officers", "Officers from the 3rd
        # Precinct", "Sector 3 officers", "Precinct 5 community officers" (v41 E2-E4)
        r"(?:\d{1,2}(?:st|nd|rd|th) precinct|precinct" + _NUMBER + r"|sector" + _NUMBER + r")"
        r" (?:community |patrol )?(?:officers?|patrol|units?|teams?)",     # (not a voting precinct)
        r"(?:officers?|patrol) (?:from|of) (?:the )?\d{1,2}(?:st|nd|rd|th) precinct",
        # a precinct named by its part of town: "Southwest Precinct Community Picnic" (Seattle's
        # precincts, v41 E1); in Spanish, "Oficiales del Distrito 5" (v41 B5)
        r"(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown) precinct",
        r"(?:oficiales|agentes|polic[ií]as|patrullas?) del? (?:distrito|precinto)" + _NUMBER,
        r"school resource officers?", r"(?-i:SROs?)(?: units?)?", r"patrol officers?",
        r"co-?responder officers?", r"mounted (?:patrol|unit|officers?)", r"K-?9(?: units?| teams?)?",
        # "officer(s)" is a police officer only after a word that names no other kind of officer
        _POLICE_OFFICER,
        r"cops?",
        r"McGruff(?: the Crime Dog)?",          # the mascots a costumed officer or firefighter plays
    ),
    "emergency_communications": (
        r"dispatchers?", r"telecommunicators?", r"call[- ]?takers?",
        r"911 (?:cent(?:er|re)|call cent(?:er|re)|dispatch(?:ers)?|operators?)",
        # the people as staff call them: "the 911 folks", "the dispatch team" (a helper's check)
        r"911 (?:folks|team|staff|crew|people)", r"dispatch (?:team|staff|crew)",
    ),
    "emergency_management": (
        r"(?-i:OEM)", r"(?:county )?emergency (?:management )?office", r"(?:county )?(?-i:EM) office",
        r"emergency management office", r"(?-i:CERT)(?: teams?| volunteers?| members?)?",
        r"emerg(?:ency|\.)? (?:mgmt|mgt)\.?(?: office| team| staff)?",     # ("the emergency mgmt team")
        # an emergency management agency, as many states name the county's ("county EMA": a fourth helper's check)
        r"(?:county )?(?-i:EMA)", r"emergency management agency",
        r"emergency operations cent(?:er|re)", r"(?-i:EOC)",
    ),
    "community_safety": (
        r"care navigators?", r"crisis (?:responders?|counselors?|teams?)", r"HEART (?:team|teams|responders?|unit)",
        r"community responders?",
    ),
    "parks": (
        r"parks? rangers?", r"(?<!power )(?<!texas )(?<!forest )rangers?",
        r"rec(?:reation)? cent(?:er|re) staff",
    ),
}

#: How a department's kind is recognised from its name (then aliases); first match wins.
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    # (a 911 centre by another name: Linn County's "Joint Communications Agency", an "ECC", a "PSAP")
    ("emergency_communications", r"emergency communications|\b911\b|dispatch|communications cent(?:er|re)|"
                                 r"joint communications|communications agency|\bECC\b|\bPSAP\b"),
    ("emergency_management", r"emergency management|\bOEM\b"),
    ("community_safety", r"community safety|\bHEART\b|crisis response"),
    ("fire", r"\bfire\b"),
    ("police", r"\bpolice\b|\bsheriff|law enforcement"),
    ("parks", r"\bparks?\b|\brecreation\b"),
)
KINDS: tuple[str, ...] = tuple(k for k, _ in _KIND_WORDS)


def department_kind(name: str, aliases: Sequence[str] = ()) -> str | None:
    """Recognise a department's kind from its name, else its aliases; ``None`` when unknown.

    ``("Fire", [])`` → ``"fire"``; ``("DECC", ["911 Center"])`` → ``"emergency_communications"``.
    """
    for text in (name, " / ".join(aliases)):
        for kind, words in _KIND_WORDS:
            if re.search(words, text, re.I):
                return kind
    return None


@lru_cache(maxsize=64)      # (asked for each Partner Departments cell: issue 17)
def kind_of(name: str, aliases: tuple[str, ...]) -> str | None:
    """:func:`department_kind`, memoised (``aliases`` a tuple)."""
    return department_kind(name, aliases)


def unit_regex(pattern: str) -> re.Pattern[str]:
    """One unit pattern as a compiled case-insensitive whole-word regex; raises ``re.error``
    for an invalid pattern and ``ValueError`` for one that matches empty text."""
    compiled = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.I)
    if compiled.fullmatch("") or re.compile(pattern, re.I).fullmatch(""):
        raise ValueError("it matches empty text, so it would match everywhere")
    return compiled


def check_unit(pattern: str) -> str:
    """Validate one configured unit pattern (pydantic after-validator); returns it unchanged."""
    if not pattern.strip():
        raise ValueError("a unit cannot be blank")
    try:
        unit_regex(pattern)
    except re.error as exc:
        raise ValueError(f"{pattern!r} is not a valid pattern ({exc}); a plain word such as "
                         "'Engine \\d+' or 'dispatchers' works") from None
    return pattern


def units_for(name: str, aliases: Sequence[str], kind: str | None, units: Iterable[str],
              default_units: bool = True) -> tuple[str, ...]:
    """A department's unit patterns: the built-in ones of its kind (unless ``default_units`` is
    false) followed by its configured ``units``."""
    kind = kind or department_kind(name, aliases)
    built_in = DEFAULT_UNITS.get(kind or "", ()) if default_units else ()
    return tuple(dict.fromkeys((*built_in, *units)))


@lru_cache(maxsize=4096)
def _name_pattern(spelling: str) -> re.Pattern[str]:
    """A configured name/alias as whole words (compiled once per spelling)."""
    return re.compile(rf"(?<![\w]){re.escape(spelling)}(?![\w])")


def find_spans(text: str, lookup: Mapping[str, str],
               units: Mapping[str, Sequence[re.Pattern[str]]] | None = None
               ) -> list[tuple[int, int, str, str]]:
    """Non-overlapping department mentions in ``text``: ``[(start, end, department, how)]``
    sorted by start, ``how`` being ``"name"`` (a configured name/alias, whole words, any case)
    or ``"unit"``. Where mentions overlap the longest wins ("fire company" over "fire")."""
    found: list[tuple[int, int, str, str]] = []
    low = text.lower()
    for spelling, department in lookup.items():
        if not spelling or spelling not in low:     # the pattern needs the spelling verbatim
            continue
        for m in _name_pattern(spelling).finditer(low):
            found.append((m.start(), m.end(), department, "name"))
    for department, patterns in (units or {}).items():
        for pattern in patterns:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), department, "unit"))
    chosen: list[tuple[int, int, str, str]] = []
    for span in sorted(found, key=lambda s: (s[0] - s[1], s[0], s[3] != "name")):
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    return sorted(chosen)
