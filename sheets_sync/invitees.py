"""Who a calendar invitation names: the department an ORGANIZER or ATTENDEE of an exported
meeting stands for (RFC 5545 §3.8.4.3, §3.8.4.1), read by its common name (``CN``) or its
mailbox's name against the configured departments. Pure.

A department's mailbox or team names it ("Fire Outreach", ``fire-outreach@…``, ``OEM``, "CRPD
Community Engagement" with CRPD an alias of Police, "Emergency Mgmt" as a short form); a person
does not — a name in Outlook's "Last, First" form ("Fire, Tom"), a mailbox written
``first.last@…`` ("parks.jane"), an address at a personal mail provider (``em@gmail.com``), a
name holding a two-letter alias among other words ("Em Hollis") — nor another public body
("Monroe County Fire Protection District", "IU Police Department":
:func:`sheets_sync.mentions.other_bodies`), the calendar itself ("Department Events") or a name
of two departments (a README-only check of v58's reading found each of these counted).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Mapping

from .department_names import department_forms, department_initials, department_words, guess, home_initials
from .mentions import home_words, other_bodies
from .model import unaccented

#: mail providers of people, never of a city department
PERSONAL_MAIL = frozenset("""gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com msn.com
    icloud.com me.com mac.com aol.com comcast.net proton.me protonmail.com""".split())


def _words(name: str) -> tuple[str, ...]:
    folded = unaccented(name.lower())
    for mark in "-_.&/()":
        folded = folded.replace(mark, " ")
    return tuple(w for w in folded.split() if w not in ("and", "of", "the"))


#: a room's or a building's mailbox ("Parks Admin Conf Rm", "Fire Station 3 Community Room"):
#: booked for the meeting, not taking part in it, whatever its CUTYPE says
_ROOM = re.compile(r"\b(?:room|rm|conf|conference|auditorium|boardroom|chambers|gym|lobby|kitchen|"
                   r"classroom|lab|suite|hall)\b", re.I)


#: the words a department's team or mailbox adds to its name ("Fire Outreach", "Police Community
#: Engagement", "911 Dispatch Supervisors", "EM Duty Officer", "DPD - District 2"); any other word
#: makes the name another thing's — a nonprofit ("Police Athletic League", "Police Foundation"), a
#: place or a thing ("Fire Station 1 Apparatus Bay", "Fire Safety House trailer"), a person
#: ("Fire Marshal Dana Ruiz"): a README-only check found each counted
_TEAM_WORDS = frozenset("""outreach community engagement education public information info events event
    relations affairs team teams staff unit units division office dept department departments admin
    administration prevention operations ops duty officer officers supervisor supervisors dispatch center
    centre district precinct station headquarters hq services service programs program coordinator
    coordinators planning preparedness communications comms desk line main general all
    volunteers cert""".split())


def named_department(name: str, lookup: Mapping[str, str], home: frozenset = frozenset()) -> str | None:
    """The one department ``name`` spells as a configured name or alias (``lookup``:
    :meth:`Config.department_lookup`): the whole name, or a word or two running of it — but an
    alias of two letters or fewer ("EM", "PD") only as the whole name, and none after a word
    that is not the city's own (``home``: :func:`sheets_sync.mentions.home_words`): "Ellettsville
    Fire Department", "Monroe County Emergency Management Agency" are other bodies' (a README-only
    check). ``None`` for none or two."""
    words = _words(name)
    whole = " ".join(words)
    if whole in lookup:
        return lookup[whole]
    spans = [(i, 1) for i, w in enumerate(words) if len(w) > 2 and w in lookup] + \
        [(i, 2) for i in range(len(words) - 1) if " ".join(words[i:i + 2]) in lookup]
    found = {lookup[" ".join(words[i:i + n])] for i, n in spans}
    if len(found) != 1:
        return None
    first = min(i for i, _ in spans)
    if any(w not in home and w not in lookup for w in words[:first]):
        return None         # another town's or county's: "Ellettsville Fire Department"
    covered = {k for i, n in spans for k in range(i, i + n)}
    if any(k not in covered and w not in _TEAM_WORDS and w not in home and w not in lookup and not w.isdigit()
           for k, w in enumerate(words)):
        return None         # a nonprofit, a place, a thing or a person so named
    return found.pop()


def invitee_reader(config) -> Callable[[str, str], str | None]:
    """``(common name, address) → department or None`` for ``config``'s departments (module
    doc); cached per name."""
    lookup = config.department_lookup()
    forms = department_forms(config.departments)
    units = config.department_units()
    home = home_words(config.site.title)
    initials = department_initials(forms)
    in_text = {**home_initials(home, initials), **initials, **department_words(lookup), **lookup}

    @lru_cache(maxsize=512)
    def who(cn: str, address: str) -> str | None:
        mailbox = address.split(":", 1)[-1] if address else ""
        local, _, domain = mailbox.partition("@")
        if domain.lower() in PERSONAL_MAIL:
            return None
        if "." in local:
            return None                     # first.last@…: a person, whatever the name shown
        if cn and "@" not in cn:
            if "," in cn or _ROOM.search(cn):
                return None                 # "Fire, Tom": Outlook's Last, First; a room's mailbox
            name = cn
        else:
            name = local
        found = named_department(name, lookup, home)
        if found is None and name.strip():
            guessed = guess(" ".join(_words(name)), lookup, forms)
            found = guessed[0] if guessed else None
        if found is not None and found in other_bodies(name, in_text, units, home):
            return None                     # another body's: "IU Police Department"
        return found

    return who
