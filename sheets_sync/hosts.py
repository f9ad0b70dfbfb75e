"""The event a row's words say it is part of, by its host department's name: "extinguisher demo
at OEM's prep fair", "EOC tours during 911's open house", "traffic for Parks' Turkey Trot",
"escorting Fire's Santa run into the mall". Pure.

Staff who title a row by what they do there ("Booth", "Traffic", "Talk") often say whose event
it is only so; two held-out sets (v61, v62) had such rows left apart from the host's own row,
most at a place typed another way ("ALPL" for "Main Library", the EOC for a fireworks night it
watched). :func:`named_hosts` reads the phrases; the matcher
(:func:`sheets_sync.matching.hosted_by`) ties the row to the host department's row of that day
whose words hold the event's.
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping

#: a possessive ending a department's name: "OEM's", "911’s", "Parks'"
_POSSESSIVE = re.compile(r"(?:'s|’s|(?<=s)'|(?<=s)’)(?=\s)")
#: the words that may name the event after it, up to six, until a word that ends a name
_AFTER = re.compile(r"\s+((?:[^\W_][\w&’'-]*)(?:\s+[^\W_][\w&’'-]*){0,5})")
_ENDS = frozenset("""at on in into to for from this that next tomorrow today tonight near by is are was were
    will as so but because if when where while since until after before again also already has have had""".split())
#: a denial just before the department's name: "not Parks' touch-a-truck", "not at Parks' thing",
#: "separate from Fire's open house", "independent of PD's forum" (v61: a booth inside the mall
#: had joined the truck show in its lot; a README-only check: a table "Not at Parks' thing")
_NOT = re.compile(r"(?:\b(?:not|no|never|nor|separate from|independent of|apart from)|n[’']t)"
                  r"(?:\s+(?:part of|at|for|with|from|the|a|an|of|in))*\s+(?:[\w&.-]+\s+){0,3}[\w&.-]*$", re.I)
#: words just before it that place the row beside the event, not in it: "after PD's Coffee with
#: a Cop wraps up", "unlike Fire's open house", "next to Parks' camp" (a README-only check)
_BESIDE = re.compile(r"\b(?:after|before|following|once|until|unlike|instead of|rather than|other than|"
                     r"next to|near|beside|across from|besides)\s+(?:the\s+)?(?:[\w&.-]+\s+){0,3}[\w&.-]*$", re.I)
#: … or words after it that do: "Parks' Pumpkin Launch is across town", "… is next door"
_ELSEWHERE = re.compile(r"\s*(?:(?:is|are|was|'s)\s+)?(?:across town|elsewhere|somewhere else|next door|nearby|"
                        r"down the (?:street|road|hall)|a block away|upstairs|downstairs|in the next room|"
                        r"(?:already )?has\b)", re.I)
#: … or later in the text that deny it: "Police's Shop with a Cop is inside; not connected"
_UNRELATED = re.compile(r"\b(?:not connected|unconnected|unrelated|not related|not (?:a )?part of (?:it|that|theirs)|"
                        r"not (?:with|joining|in) (?:them|it|that)|separate (?:event|thing|program)|"
                        r"(?:we're|we are|we aren't|we're not|we are not) not (?:in|at|part of) it)\b", re.I)
#: a row about the event rather than at it: "Planning mtg for Parks' Turkey Trot"
_ABOUT = re.compile(r"\b(?:plan(?:ning)?|prep(?:aration)? (?:mtg|meeting)|debrief|after[- ]action|briefing|"
                    r"walk ?-?through|coordination|logistics|sync|hotwash)\b", re.I)
#: words before the possessive that a department's name may span (at most)
_NAME_WORDS = 4

#: what a phrase says of the row and the event it names (:func:`named_hosts`)
AT, NOT_AT = "at", "not at"


def named_hosts(texts: Iterable[str], names: Mapping[str, str]) -> tuple[tuple[str, str, str], ...]:
    """``(department, words, said)`` for each phrase of ``texts`` naming an event by its
    department's possessive: the department's name or alias (``names``: lower-cased spelling →
    department, as :func:`sheets_sync.validate.parse_tabs` reads text) ending just before ``'s``
    (or ``'`` after an s), and the words after it up to one that ends a name (:data:`_ENDS`) or a
    punctuation mark, lower-cased; ``said`` is :data:`AT` (the row is part of it: ``"at OEM's
    prep fair. Bring"`` → ``("Emergency Management", "prep fair", "at")``) or :data:`NOT_AT` (it
    is not: "not at Parks' thing", :data:`_NOT`). None for a possessive that names no department
    ("the Chief's town hall", "Kim's"), a phrase placing the row beside the event ("after PD's
    Coffee with a Cop", "Parks' Pumpkin Launch is across town": :data:`_BESIDE`,
    :data:`_ELSEWHERE`), nor in a text about planning it ("Planning mtg for Parks' Turkey Trot")."""
    found: list[tuple[str, str, str]] = []
    for text in texts:
        if not text or ("'" not in text and "’" not in text):
            continue
        for m in _POSSESSIVE.finditer(text):
            department = _department_before(text[:m.start()], names)
            after = _AFTER.match(text, m.end())
            if department is None or after is None:
                continue
            before = text[max(0, m.start() - 60):m.start()]
            words = []
            for word in after.group(1).split():
                if word.lower() in _ENDS:
                    break
                words.append(word.lower())
            rest = text[after.start(1) + len(" ".join(words)):] if words else ""
            said = NOT_AT if _NOT.search(before) or _UNRELATED.search(rest) else AT
            if said == AT and (_BESIDE.search(before) or _ELSEWHERE.match(rest) or _ABOUT.search(text)):
                continue
            if words and (department, " ".join(words), said) not in found:
                found.append((department, " ".join(words), said))
    return tuple(found)


def _department_before(text: str, names: Mapping[str, str]) -> str | None:
    """The department whose name ends ``text`` (its last one to :data:`_NAME_WORDS` words, the
    longest that is a name), or ``None``."""
    words = re.findall(r"[\w&.-]+", text)[-_NAME_WORDS:]
    for k in range(len(words)):
        department = names.get(" ".join(words[k:]).lower())
        if department is not None:
            return department
    return None
