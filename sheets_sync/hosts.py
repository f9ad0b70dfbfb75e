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
_ENDS = frozenset("""at on in into to for from and or with this that next tomorrow today tonight near by
    is are was were will as so but because if when where while since until after before again also""".split())
#: a negation just before the department's name: "not Parks' touch-a-truck", "separate from
#: Fire's open house", "independent of PD's forum" (v61: a booth inside the mall had joined the
#: truck show in its lot)
_NOT = re.compile(r"(?:\b(?:not|no|never|nor|separate from|independent of|apart from|instead of|unlike|"
                  r"other than|rather than)|n[’']t)(?:\s+(?:part of|at|for|with|from|the|a|an|of|in))*\s+"
                  r"(?:[\w&.-]+\s+){0,3}[\w&.-]*$", re.I)
#: words before the possessive that a department's name may span (at most)
_NAME_WORDS = 4


def named_hosts(texts: Iterable[str], names: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """``(department, words)`` for each phrase of ``texts`` naming an event by its department's
    possessive: the department's name or alias (``names``: lower-cased spelling → department,
    as :func:`sheets_sync.validate.parse_tabs` reads text) ending just before ``'s`` (or ``'``
    after an s), and the words after it up to one that ends a name (:data:`_ENDS`) or a
    punctuation mark, lower-cased: ``("at OEM's prep fair. Bring",)`` → ``(("Emergency
    Management", "prep fair"),)``. A possessive that names no department ("the Chief's town
    hall", "Kim's") is no such phrase."""
    found: list[tuple[str, str]] = []
    for text in texts:
        if not text or ("'" not in text and "’" not in text):
            continue
        for m in _POSSESSIVE.finditer(text):
            department = _department_before(text[:m.start()], names)
            after = _AFTER.match(text, m.end())
            if department is None or after is None or _NOT.search(text[max(0, m.start() - 60):m.start()]):
                continue
            words = []
            for word in after.group(1).split():
                if word.lower() in _ENDS:
                    break
                words.append(word.lower())
            if words and (department, " ".join(words)) not in found:
                found.append((department, " ".join(words)))
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
