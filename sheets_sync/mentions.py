"""Departments named in free text (Title, Description) as taking part. Pure.

Staff often leave Partner Departments blank and write the partner into the text instead:
"Co-hosted with Durham Police patrol officers", "w/ Durham Fire", "Tower 31 joins us".
:func:`text_mentions` finds those, and only those; the validation step adds each department
found to the row's ``text_partners`` with a Validation warning (never silently).

A department counts as named in text when the text has

1. one of its numbered **units** (``Config.department_units()``: "Engine 7", "Beat 214"),
   anywhere; a unit named by its people ("firefighters", "dispatchers", "care navigators")
   only with a cue as in 3 ("learn what dispatchers do" is about them, not with them), or
   after its service's number ("911 dispatchers", "988 crisis counselors") unless words
   before it make the text about them ("learn what 911 dispatchers do"); or
2. a **distinctive** name or alias: several words, one of them beyond the department's own
   name ("Durham Police", "Police Department", "911 Center", "Parks and Rec"); or
3. any name or alias with a **cue** of taking part: after "with", "w/", "co-hosted with",
   "together with", "alongside", "joined by", "in partnership with", "hosted by", "help from"
   ... (and the names listed after it: "with Police and Fire"), "installed by", "read by",
   "hear from", or before "joins", "drop(s) in", "stops by", "teaches", "leads", "visits" ...
   or "will" and any verb ("will be flipping pancakes"); in Spanish "con", "con la
   participación de", "junto con", "habrá agentes de", and a verb's future tense ("traerán",
   "regalarán"); or two departments **playing each other** ("Cops vs. Firefighters", "Police v.
   Fire", "Guns & Hoses", "Battle of the Badges"), or a department's people against anyone ("Kids
   vs. Cops Kickball"), or a fundraiser named for them ("Tip-A-Cop"). A one-word name (Fire,
   Parks, HEART, DFD, and a department's initials with
   "Department": PD, FD) counts only this way and only written with a capital — "police",
   "sheriff", "bomberos" and "policía" in any case — so "play with fire" is not the Fire
   department.

None counts in a sentence saying the department will not, or may not, come, or came before
(:data:`_NOT_TAKING_PART`), nor when another sentence of the text says so of it ("Walk with
DPD. UPDATE: DPD had to cancel.").

In cases 2 and 3 the name must not be the first word of a longer name: a following word
such as "Safety", "Training" or "Day" means a thing named after the department ("Fire Safety
Door Knock", "Police Training Academy", "Community Safety Day"), not the department.

Nor does a name after **another public body's** name: a kind of body always another's
("University of Pittsburgh Police", "Port Authority Police", "Regional Transit Police"), or,
with none of the city's own words (its aliases, the site's title), a county, state, township
or volunteer company ("Allegheny County Police", "Bellevue Volunteer Fire Company"), a town
opened by "Mt." or "Ft." ("Mt. Lebanon firefighters") or initials ("UNC Police"); that body's
people later in the sentence are its own ("Allegheny County Police will do a K9 demo") unless
the city's department is named between ("… will join Pittsburgh Police for a K9 demo"). A
town's plain name is not read so: "Squirrel Hill firefighters" are the city's own.

Nor does a unit or name that is part of a **business, charity or place name**: followed, after
at most three more capitalised name words that are not cue or role words, by a capitalised
organisation word (:data:`ORG_WORDS`: "Engine 7 Brewing", "Station 9 Bar & Grill", "Ladder 3
Coffee Co", "with the Rangers Hockey Club") — unless an event word follows it: "Engine 7 Pizza
Night", "Beat 214 Coffee Hour" are the unit's events. "Rescue", "Sanctuary" and "Shelter" are such words
after a dog unit that a name word begins ("Korean K9 Rescue" is a dog charity; "K9 Rescue Demo"
and "Rescue 22" stay units). A unit
written as a venue ("at Engine 7 Brewing", "at the Old Station 4") is a place: see
:func:`name_words_before` and ``validate._text_partners``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Collection, Mapping, Sequence

from .parsing import DISOWNING
from .units import find_spans

#: the ranks a person's name is typed after ("Sgt. Lee", "Officer Karen Parks")
_PERSON_RANKS = "chief|sgt|sergeant|officer|ofc|capt|captain|lt|lieutenant|detective|det|firefighter"
_DET = (r"(?:(?:the|our|your|a|an|some|local|area|neighbou?rhood|members of|staff from|friends (?:from|at)|"
        r"folks from|partners (?:from|at)|"
        r"office of(?: the)?|"                                           # ("the Office of Emergency Management")
        r"(?:city|town|county|village) of [\w'’-]+|(?-i:[A-Z][a-z]+)|"   # (a city's name: "a Durham firefighter")
        # in Spanish: "del Departamento de Policía", "agentes de la Policía" (v37 T12, T13)
        r"el|la|los|las|del|al|nuestr[oa]s?|(?:departamento|cuerpo|agentes|oficiales|personal|miembros|equipo|"
        r"jef[ea]|capit(?:[aá]n|ana)|sargent[oa]|teniente|comandante)"
        r" de(?:l| la| los)?)\s+)*")
_CUE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:co-?host(?:ed|ing|s)? (?:with|by)|(?:co-)?hosted (?:with|by)|in (?:partnership|"
    r"cooperation|collaboration) with|partner(?:ing|ed|s)? with|teaming up with|teamed up with|"
    r"together with|along with|alongside|joined by|presented by|led by|sponsored by|organi[sz]ed by|"
    r"(?:help|support|volunteers|staff) from|featuring|"
    # (not where people sign up: "register with Parks at …", a fresh city's check)
    r"(?<!register )(?<!registration )(?<!sign up )(?<!signup )(?<!enroll )(?<!rsvp )(?<!registered )"
    r"(?<!online )(?<!check in )with|"
    # Spanish: "con la participación del …", "junto con …", "habrá agentes de la Policía"
    r"con la (?:participaci[oó]n|colaboraci[oó]n|presencia|ayuda) de(?:l| la)?|en (?:colaboraci[oó]n|"
    r"coordinaci[oó]n|alianza|asociaci[oó]n) con|junto (?:con|a)|acompañad[oa]s? (?:por|de)|"
    r"(?:organizad|patrocinad|presentad)[oa] por|con|habr[aá]|"
    # done by them, or heard from them: "installed by LFD", "read by a firefighter", "hear from a
    # police officer" (v41 E9-E14)
    r"(?:installed|read|taught|run|staffed|provided|brought to you|served|given|offered|performed|"
    r"demonstrated|conducted|facilitated|moderated|cooked|grilled|donated|fitted|judged|checked|inspected|"
    r"supervised|refereed|umpired|collected|handed out|signed|closed|blocked|escorted|patrolled|secured|"
    r"guarded|directed) by|(?:demonstration|demo|presentation|talk|performance|remarks|briefing|training|"
    r"tour|display|lesson|workshop)s?\s+by|(?:hear|learn) from|"
    # a thing given or a ceremony done by them: "Fire truck tours courtesy of Cedar Rapids Fire",
    # "presentation of the colors by the … Police and Fire Departments" (a helper's check)
    r"courtesy of|(?:of|post|posting|present|presenting|presents)\s+the\s+colou?rs\s+by|"
    # the people who teach or speak: "Instructors include members of Mill Creek Fire" (a fresh
    # city's check)
    r"(?:instructors|speakers|presenters|panelists|trainers|guests)\s+(?:include|includes|are|will\s+be)|"
    # a guest billed: "Will also feature Police Chief Ruiz", "Special guest: Fire Chief Lee", "a
    # visit from Durham firefighters" (a helper's check)
    r"feature[sd]?|special guests?\s*:?|guest speakers?\s*:?|(?:a\s+)?visits?\s+from|"
    # the people taking part named by whom they come from, a panel's names, a partnership's
    # members: "Telecommunicators from Central Dispatch will co-present", "Learn CPR from
    # Bloomington firefighters", "Speakers: Chief Diaz (BPD) and Fire Chief Moore", "a
    # partnership between Parks and Recreation, Community Safety, and …" (a fresh city's check)
    r"(?:officers|firefighters|deputies|paramedics|telecommunicators|dispatchers|staff|members|crews?|teams?|"
    r"volunteers|instructors|trainers|experts|representatives|reps|speakers|presenters|navigators)\s+from|"
    r"(?:learn|hear|get)\s+(?!more\b|details\b|info\b|information\b|what\b|how\b|why\b|when\b|where\b)"
    r"(?:[\w'’-]+\s+){1,3}?from|(?:speakers?|presenters?|panel(?:ists)?|instructors?)\s*:|"
    r"(?:a\s+)?(?:joint\s+)?(?:partnership|collaboration|cooperation|joint\s+effort)\s+(?:between|of|among)|"
    # "A joint event of Parks and Police" (a fresh city's check)
    r"joint\s+(?:event|program|programme|initiative|project|activity)\s+(?:of|between|by|with|from)|"
    r"(?:talk|chat|visit) with|"
    # a person by rank and name, the department after it: "Sgt. Lee (LPD) will engrave bikes",
    # "Keynote: Chief Ruiz, LPD" (v41 E7, E8)
    # (not a contact line: "Questions? Contact Ofc. Ramos, Durham PD")
    r"(?<!contact )(?<!contact: )(?<!call )(?<!email )(?<!e-mail )(?<!rsvp to )(?<!questions to )"
    rf"(?:{_PERSON_RANKS}|deputy|marshal|commander|director)\.?\s+"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s*[(,])"
    # a fundraiser named for them: "Tip-A-Cop", "Dunk-a-Firefighter" (v41 E18), "Tip a Cop"
    r"|(?<!\w)[a-z]+-an?-|(?<!\w)(?:tip|dunk|pie|soak|hug|kiss|lunch with|dine with)\s+an?\s+"
    r"|(?<!\w)w/|(?<!\w)(?:co-?hosts?|partners?|"
    r"with|w)\s*(?::|\s[-\u2013\u2014]|[\u2013\u2014])|"
    # … with a few words before the colon: "Partners this year:", "Partners for this event:" (a
    # fourth helper's check)
    r"(?<!\w)(?:co-?hosts?|partners?)(?:\s+[\w'\u2019]+){1,3}\s*:|(?:^|[.!?:;]\s*)(?:come\s+(?:and\s+)?)?(?:join|meet)|"
    # … in Spanish: "¡conoce a los bomberos de Lakewood!" (v41 B8)
    r"(?:^|[.!?:;,]\s*)¡?\s*(?:conoce|conozca|conozcan|conocer|saluda|saluden)\s+a|"
    # … or said to do the same as one named before: "Police will be there, and so will Fire"
    r"(?:^|[.!?:;,]\s*)(?:and\s+)?so\s+(?:will|does|do|is|are|did))\s*" + _DET + r"$", re.I)
#: what joins the names of a list ("Police, Fire, and Parks": the serial comma too; "LPD + LFD";
#: Spanish "y"/"e": "con Seguridad Comunitaria y Bomberos", v41 E15, B14)
_ROLE = (r"(?:staff|teams?|crews?|officers?|deputy|deputies|members|personnel|volunteers|reps|representatives|folks|"
         r"guys|"     # ("Fire guys are joining us this year too": v51, held out)
         r"(?:outreach\s+)?workers|navigators|responders|"
         r"paramedics?|medics?|emts?|lifeguards?|firefighters?|rangers?|instructors?|"
         # (its ceremonial units: "BFD honor guard will present the colors", a fresh helper's set)
         r"(?:honou?r|colou?r)\s+guards?)")
#: (the earlier name may have its role word: "hear from a police officer, a firefighter", v41 E11)
#: (… or a rank, or a bracket closing it: "BPD Chief and the Central Dispatch director", "Chief
#: Diaz (BPD) and Fire Chief Moore"; or an aside in brackets of its own: "Partners: Police
#: (confirmed), Fire (tentative)", :data:`_ASIDE`)
_LIST_AFTER_CUE = re.compile(rf"^(?:'s)?\)?(?:\s+(?:{_ROLE}|chief|director|commander|captain|marshal))?"
                             r"(?:\s*\([^()]{1,60}\))?\s*"
                             r"(?:,\s*(?:and|&|plus|or|y|e)?|and|&|/|\+|plus|or|y|e)\s*" + _DET + r"$", re.I)
#: a rank after a department's name, and the person's name after it ("Police Chief Harris will
#: answer questions", "Fire Marshal will talk": v37 T14, T15)
_RANK = (r"(?:chief|marshal|captain|lieutenant|sergeant|commander|director|inspector|officer|detective|"
         r"(?:ofc|sgt|lt|capt|det)\.?)"     # ("SRO Ofc. Diaz will talk": a helper's check)
         r"(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}")
#: a rank "of" the department before it, in Spanish, the person's name after it: "El Jefe de
#: Policía Okafor responderá preguntas" (v41 B7)
_RANK_OF = re.compile(r"\b(?:jef[ea]|capit(?:[aá]n|ana)|sargent[oa]|teniente|comandante|subjef[ea])\s+de(?:l| la| los)?\s+$",
                      re.I)
#: a city's name after the department's, in Spanish: "La Policía de Lakewood estará presente" (v41 B3)
_OF_CITY = r"(?:\s+de\s+(?-i:[A-Z])[\w'’-]+)?"
#: a possessive and the name of the department's own unit after it, in capitals: "Riverton PD's
#: Community Engagement Unit will walk with us" (a fresh city's check: not counted); or in
#: lower case ending in a unit's word: "a sergeant from BPD's west district will join us" (a
#: fresh helper's set)
_ITS_UNIT = (r"['’]s(?:(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}|(?:\s+[\w-]+){0,2}\s+(?:district|unit|team|"
             r"division|squad|guard|crew|bureau|office|section|patrol|precinct|station)s?)")
#: a numbered part of a department after its name: "District 3", "Precinct 5", "Station 12"
_NUMBERED_PART = r"(?:\s+(?:district|precinct|beat|zone|division|station|sector|battalion|company)\s*#?\d{1,3})"
#: ... or a named one: "West District", "North Precinct" (a fresh helper's set, v55: "Lt. Harris from
#: MPD West District will present crime stats" had counted nothing)
_PART = (rf"(?:{_NUMBERED_PART}|\s+(?-i:[A-Z])[\w'’-]*\s+(?:district|precinct|division|sector|substation)"
         r"(?!\s+(?-i:[A-Z])))")
_CUE_AFTER = re.compile(
    # (a fresh city's check: "Fire is bringing a truck", "Fire and Police are teaming up", "Fire &
    # Police attending" had counted nothing)
    # (… or a numbered part of it, then its people: "PAPD District 3 Lt. will present crime
    # stats", "Community Safety outreach team door-knocking with us": a fresh helper's set)
    rf"^(?:{_ITS_UNIT})?{_OF_CITY}{_PART}?\s*(?:(?:(?-i:[a-z])[\w-]*\s+){{0,2}}{_ROLE}\s+|{_RANK}\s+)?"
    r"(?:(?:will|to|also|again|is|are|be|both|all)\s+)*"
    r"(?:joins?|joined|joining|[\w-]+ing\s+(?:with|alongside)\s+us\b|"
    r"staff(?:s|ing)?|serv(?:e|es|ing)|runs?|running|provid(?:e|es|ing)|offer(?:s|ing)?|attend(?:s|ing)?|"
    r"participat(?:e|es|ing)|coming|arriving|walks?\s+with|walking\s+with|(?:hop|swing|come|pop)(?:s|ping|ing)?\s+by|"
    r"drops?\s+(?:in|by)|dropping\s+(?:in|by)|stops?\s+by|stopping\s+by|teach(?:es)?|teaching|leads?|"
    r"leading|co-?hosts?|co-?hosting|hosts?|hosting|visits?|visiting|brings?|bringing|helps?|"
    r"demonstrates?|shows?|partners?|explains?|explaining|presents?|presenting|talks?|answers?|"
    r"team(?:s|ing|ed)?\s+up|(?:hand|giv|pass)(?:s|es|e|ing)?\s+out|"
    # … or what it did, logged after the event ("PD came along", "Officers Diaz and Kim from PD
    # stopped by", "Dispatch brought the 911 trailer": v56, after-action logs)
    r"came(?:\s+(?:along|by|out|over|through))?|showed\s+up|(?:stopp|dropp|popp)ed\s+(?:by|in)|swung\s+by|"
    r"attended|participated|visited|brought|helped|led|taught|demo(?:ed|'d)|demonstrated|explained|"
    r"presented|talked|answered|(?:handed|gave|passed)\s+out|walked|staffed|served|provided|offered|"
    r"set\s+up|(?:was|were)\s+(?:there|on\s+hand|on\s+site)|"
    # ("Fire Marshal gave a talk", "E14 crew did a truck tour": a README-only check)
    r"(?:gave|did|ran|held)\s+(?:a|an|the|two|three|its|their)(?=\s+(?!call\b|no\b|no-show\b)\w)|"
    r"(?:will\s+be\s+)?(?:there|on\s+hand|on\s+site)|"
    # said short, after another department's no: "…, but Police will.", "Police and Parks still
    # on" (a helper's check)
    r"will(?=\s*(?:[.!]|$))|still\s+(?:on|in|coming|going|confirmed|attending|participating)|"
    # … or said to do the same: "Police will be here. Fire, too.", "Fire will too", "Parks as well"
    r"(?:will\s+|(?:is|are)\s+(?:coming|joining|attending|there)\s+)?,?\s*(?:too|as\s+well)(?=\s*(?:[.!]|$))|"
    # confirmed, or there with a booth of its own: "Police confirmed", "Stop by the Police booth"
    r"(?:has\s+|have\s+)?confirmed|(?:department\s+)?(?:booth|(?-i:table|tent|exhibit))s?|"
    # Spanish: "Los bomberos traerán un camión", "la Policía participará"
    r"(?:traer|estar|participar|vendr|visitar|acompañar|enseñar|ensenar|dar|ofrecer|hablar|conversar|"
    r"unir)(?:[aá]n?)|traen?|participan?|visitan?)(?!\w)",
    re.I)
_ROLE_AFTER = re.compile(rf"^(?:'s)?\s+{_ROLE}(?!\w)", re.I)
#: what joins the two sides of a contest between departments ("Cops vs. Firefighters", "Police v
#: Fire"): both take part, whatever the case of a one-word name (v41 E17; "Fire vs. Ice" names
#: one department only, so no contest)
_VS = r"(?:vs\.?|v\.|versus|against|take on|takes on)\s*(?:the\s+)?"
_VERSUS = re.compile(r"\s*" + _VS, re.I)
#: … or before a department's people, whoever plays them ("Kids vs. Cops Kickball"; not before a
#: one-word name: "Ice vs. Fire")
_VERSUS_BEFORE = re.compile(r"(?<!\w)" + _VS + "$", re.I)
#: … or, after a department's people, anyone they play or what they do at the event ("Cops vs.
#: Kids", "Officers wait tables", "Firefighters cook breakfast"): only after people (a unit),
#: never a one-word name ("Parks play area")
_PEOPLE_AFTER = re.compile(r"^(?:'s)?\s*(?:" + _VS + r"(?=\w)|(?:(?:will|to)\s+)?(?:cook|grill|flip|wait|read|play|"
                           r"race|bake|scoop|serv|dunk|judg|coach|umpir|referee|sing|danc|compet|collect|fit|"
                           r"hand(?:s|ing)? out|giv(?:e|es|ing) out|pass(?:es|ing)? out|sign)(?:e|es|s|ing|ed)?"
                           r"(?!\w))", re.I)
#: … and before or after a department's name that is no everyday word — its initials or a name
#: of two words or more ("DPD vs. DSO Softball", "Teachers vs. Durham Police") — or a one-word
#: name after a team of people ("Teachers vs. Police Basketball"; not "Ice vs. Fire")
_VS_AFTER = re.compile(r"(?:'s)?\s*" + _VS + r"(?=\w)", re.I)
_TEAM_VS_BEFORE = re.compile(r"(?<![\w'’])(?-i:[A-Z])[a-z]{2,}s\s+" + _VS + "$", re.I)


def _plays_by_name(spelling: str) -> bool:
    """Whether a department's name ``spelling`` names it on a contest's side alone: its
    initials (all capitals) or two words or more."""
    return (spelling.isupper() and len(spelling) >= 2) or len(spelling.split()) >= 2


#: a contest said not to be held ("No Cops vs. Firefighters game this year")
_NO_CONTEST = re.compile(r"\b(?:no|without|never)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,2}(?:vs\.?|v\.|versus)\s*"
                         r"(?:the\s+)?$", re.I)
#: the names under which police and firefighters play each other for charity (v41 E16): both
#: departments take part, as the city's config spells them (``police``, ``fire``)
_CONTESTS = re.compile(r"\bguns\s*(?:&|and|n|'n'?|n')\s*hoses\b|\bbattle of the badges\b|\bbadge bowl\b|"
                       # "Lakewood's finest vs. Lakewood's bravest" (the police's and firefighters' nicknames)
                       r"\b(?:(?-i:[A-Z])[\w'’]+\s+)?(?:finest|bravest)\s+(?:vs\.?|v\.|versus|against)\s+(?:the\s+)?(?:[\w'’]+\s+)?"
                       r"(?:bravest|finest)\b", re.I)
#: a question word right before the name: the clause is about them ("learn what 911
#: dispatchers will ask you", v32 C23), not them doing something
_WH_BEFORE = re.compile(r"\b(?:what|how|when|where|why|who|which)\s+(?:(?:the|our|your|a|an)\s+)?"
                        r"(?:\d{3}\s+)?$", re.I)
_SPANISH_FUTURE = re.compile(r"[a-záéíóúñ]+(?:ar|er|ir)án?", re.I)   # ("harán", "estará"; "para" is no verb)
#: … or before what it will do, whatever the verb ("Lakewood firefighters will be flipping
#: pancakes", "OEM will hand out weather radios": v41 E9, E12; "will not" is a no, below), in
#: Spanish too ("Agentes de la Policía regalarán cascos", "responderá": its future tense)
_WILL_AFTER = re.compile(rf"^(?:{_ITS_UNIT})?{_OF_CITY}{_PART}?\s*(?:(?:{_ROLE}|{_RANK})\s+)?"
                         r"(?:(?:will|'ll|are going to|is going to)\s+"
                         # (not a club's officers chosen: "Officers will be elected for 2027")
                         r"(?!not\b|never\b|no\b|be\s+(?:elected|appointed|nominated|chosen|named|installed|"
                         # (Spanish, after a rank's person: "El Jefe de Policía Okafor responderá", v41 B7)
                         r"voted)\b)(?:be\s+(?:in|at|on)\b|(?:be\s+)?(?:do|co-[a-z]+|[a-z]{3,}))|"
                         # ("will do demos", "will co-present", "will be in the water": a fresh city's check)
                         r"(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}" + _SPANISH_FUTURE.pattern
                         + r")(?!\w)", re.I)
#: sayings and games that name no department: "Playing with Fire", "Cooking with Fire" (a
#: helper's check: Fire added as a partner), "Cops vs. Robbers Laser Tag"
_NO_DEPARTMENT = re.compile(r"\b(?:play(?:s|ing|ed)?|cook(?:s|ing|ed)?|fight(?:s|ing)?|fought|danc(?:e|es|ing|ed)|"
                            r"fuel(?:s|ing|ed)?)\s+with\s+fire\b|"
                            r"\b(?:cops?|police)\s*(?:vs\.?|v\.|versus|and|&|n|'n'?)\s*robbers?\b|"
                            r"\brobbers?\s*(?:vs\.?|v\.|versus|and|&|n|'n'?)\s*(?:cops?|police)\b|"
                            # a costume: "Dress up as a police officer", "dress as your favorite firefighter"
                            r"\b(?:dress(?:ed|es|ing)?(?:\s+up)?|costumes?)\s+(?:as|like|of)\b[^.!?;]*|"
                            # another body's police, in lower case too ("school district police officers
                            # will direct traffic": a README-only check counted the city's Police)
                            r"\b(?:school(?:\s+district)?|schools|campus|university|college|transit|airport|"
                            r"housing\s+authority)\s+(?:police|public\s+safety)(?:\s+(?:officers?|department|dept|"
                            r"personnel|staff))?\b", re.I)
#: Words that may follow a department's name when the name means the department.
_FOLLOW_OK = frozenset("""
and or at on in for to from with will is are was were who this again as by plus also all both each together
join joins joined joining drop drops dropping stop stops stopping teach teaches teaching lead leads
leading host hosts hosting co-host co-hosts co-hosting cohost cohosts visit visits visiting bring
brings bringing help helps partner partners demonstrate demonstrates show shows
staff team teams crew crews officer officers deputy deputies personnel members volunteers unit units reps
paramedic paramedics medic medics emt emts lifeguard lifeguards firefighter firefighters ranger rangers
instructor instructors honor honour
representatives folks colleagues employees leadership chief captain lieutenant sergeant marshal
director commander inspector
de del y e o con para en que se a al traerá traerán traera traeran trae traen estará estarán estara estaran
participará participarán participara participaran participa participan vendrá vendrán vendra vendran
visitará visitarán visitara visitaran visita visitan acompañará acompañarán enseñará enseñarán darán dará
ofrecerá ofrecerán hablará hablarán conversará conversarán unirá unirán
""".split())
_ANY_CASE = frozenset({"police", "sheriff", "bomberos", "policía", "policia"})
#: Capitalised words that end a business, charity or place name ("Engine 7 Brewing").
ORG_WORDS = frozenset("""
brewing brewery brewers brewhouse taproom pub tavern bar saloon grill grille pizza pizzeria cafe
café coffee roasters bakery diner kitchen eatery bistro restaurant deli bbq burgers tacos cantina
co co. company llc inc inc. ltd corp corp. shop store outfitters market boutique gym fitness crossfit
studio studios motors auto garage club society foundation league association fund charity
band records tattoo salon barbershop apartments lofts hotel inn
""".split())
#: a union local or a lodge after the name: "Firefighters Local 2231", "Police Lodge 7" (a
#: fresh city's check: the union's sponsorship had counted the Fire department)
_UNION_LOCAL = re.compile(r"(?:['\u2019]s)?\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,2}(?:Local|Lodge)\s+"
                          r"(?:No\.?\s*|#\s*)?\d+", re.I)
#: Extra organisation words after a dog unit: "Korean K9 Rescue" is a dog charity.
_DOG_ORG_WORDS = frozenset({"rescue", "rescues", "sanctuary", "shelter"})
_DOG_UNIT = re.compile(r"k-?9|canine|dog", re.I)
#: After an organisation word, words that make it an event of the unit ("Engine 7 Pizza Night",
#: "Beat 214 Coffee Hour", "Coffee with Officers"), not a business's name.
_EVENT_AFTER = re.compile(r"\s+(?:party|parties|night|social|hour|break|chat|breakfast|brunch|lunch|dinner|"
                          r"picnic|cookout|fundraiser|day|time|with|w/)(?!\w)", re.I)
_NAME_WORD = re.compile(r"\s+(?:&\s+)?([A-Z][\w'’-]*)")


#: a service's phone number opening a unit or right before it ("911 dispatchers", "911 dispatch",
#: "988 crisis counselors", "911 telecommunicators")
_SERVICE = re.compile(r"(?:911|988|311)\b")
_SERVICE_BEFORE = re.compile(r"(?<![\w-])(?:911|988|311)\s+$")
#: words that make the text about the people or service that follow, not with them ("learn what
#: 911 dispatchers do", "Learn how 911 dispatch works", "a thank-you card for our 911 dispatchers")
_ABOUT = re.compile(r"(?:\b(?:learn(?:s|ing)?|find out|discover|see|know|explain(?:s|ing)?|understand(?:ing)?)"
                    r"\s+(?:what|how|why|where|when|about)|\babout|\bwhat|\bhow|"
                    r"(?<!partnership )(?<!collaboration )(?<!cooperation )(?<!effort )\bbetween|"
                    r"\brole of|\bwork of|\bfor|"
                    r"\b(?:deliver(?:ed|ing)?|send|sent|give|given|donat(?:e|ed|ing)|mail(?:ed)?|letters?|notes?|"
                    r"cards?|messages?) to|\bwhere|\b(?:families|children|kids|spouses|memory|honou?r) of|"
                    r"\bthank(?:s|ing)?|\bhonou?r(?:s|ing)?|\bcelebrat(?:e|es|ing)|\bappreciat(?:e|es|ing)|"
                    # "songs about community helpers like police officers and firefighters" (v41 E19)
                    r"\b(?:helpers|heroes|jobs|careers|workers|professions)\s+(?:like|such as|including)|"
                    # what comes from them, not they: "Learn what to expect from police officers during a
                    # traffic stop", "Kids read letters from police officers" (a helper's check)
                    r"\bwhat to expect (?:from|when stopped by)|\b(?:letters?|notes?|cards?|videos?|messages?) from)"
                    # (a town's name too: "for Westbrook police officers")
                    r"\s+(?:(?:the|our|your|local|county|city)\s+|(?-i:[A-Z])[\w'’-]*\s+)*"
                    # earlier items of the list it is in: "cards for police officers and 911 dispatchers",
                    # "learn what police officers, firefighters and 911 dispatchers do" (v37 T28)
                    # ("for Mill Creek police officers, firefighters and 911 dispatchers": four words)
                    r"(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+(?:,\s+(?:(?:and|&|or)\s+)?|\s+(?:and|&|or)\s+)){0,4}$", re.I)


#: words after them that say the service answers from afar, not at the event ("988 crisis
#: counselors are available 24/7 by phone or text": v30 D16)
_REMOTE_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:24/7|24 hours|around the clock|any ?time|by (?:phone|text|"
                           r"calling|chat)|(?:on|over) the phone|hotline)\b", re.I)


def _counts_anywhere(text: str, start: int, spelling: str) -> bool:
    """Rule 1: a unit spelled with its number ("Tower 31", "Beat 214"), or a precinct by its part
    of town ("Southwest Precinct"), counts anywhere. A
    service's number with its people or centre ("911 dispatchers", "Taught by 911
    dispatchers", "911 telecommunicators read picture books", "988 crisis counselors") is the
    service taking part too, but not after words that make the text about it ("learn what 911
    dispatchers do", "Learn how 911 dispatch works": fresh verifiers' v29 D5 and v30 D8), nor
    when words after it say it answers from afar ("are available 24/7 by phone")."""
    before = _SERVICE_BEFORE.search(text, 0, start)
    if before is None and not _SERVICE.match(spelling):
        return any(c.isdigit() for c in spelling) or bool(MASCOTS.match(spelling) or _PRECINCT.search(spelling))
    return not (_ABOUT.search(text, 0, before.start() if before else start)
                or _REMOTE_AFTER.match(text, start + len(spelling)))


#: a police precinct named by its part of town counts as a numbered unit does ("Southwest Precinct
#: Community Picnic" is the precinct's, v41 E1; built-in units)
_PRECINCT = re.compile(r"precinct$", re.I)
#: a department's mascot, which a costumed officer or firefighter plays: named, it is there
#: ("McGruff the Crime Dog will be hopping by", "Sparky the Fire Dog": v37 T1, T2; built-in units)
MASCOTS = re.compile(r"(?:mcgruff|sparky)\b", re.I)


@dataclass(frozen=True)
class Mention:
    """A department named in text as taking part: ``snippet`` is the words that say so."""
    department: str
    snippet: str
    start: int
    end: int


#: the department's own people described in lower-case words after its name: "w/ Parks & Rec
#: senior programs staff", "with Police traffic unit officers" (a helper's check: not read); a
#: name's own capitalised words stay a longer name ("Police Training Academy")
_OWN_PEOPLE_AFTER = re.compile(rf"(?:\s+(?-i:[a-z])[\w-]*){{1,3}}\s+{_ROLE}(?!\w)", re.I)


#: … or its own unit's name in capitals ending in a word such as Unit or Team: "(DPD Community
#: Resource Unit)" (a third helper's check)
_OWN_UNIT_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*){1,3}\s+(?-i:Unit|Team|Division|Bureau|Section|Squad|Detail)\b|"
                             # … or its own people's programme right after its name: "w/ CRJPD Explorers
                             # (Ofc. Diaz bringing 10 cadets)", "Fire Cadets", "Police Honor Guard" (a fresh
                             # helper's set: not read)
                             r"(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s+(?-i:Explorers?|Cadets?|Reserves|Auxiliary|Chaplains?|"
                             r"Hono(?:u)?r Guard)\b")


def _used_as_name(text: str, end: int, next_span_start: int | None) -> bool:
    """False when the word after ``text[:end]`` makes it part of a longer name; a possessive
    names what is the department's own ("Officers from BPD's Downtown Resource Team")."""
    if next_span_start is not None and text[end:next_span_start].strip() == "":
        return True  # "Community Safety care navigators": the next words are a unit
    if text.startswith(("'s ", "\u2019s "), end) or _OWN_PEOPLE_AFTER.match(text, end) \
            or _OWN_UNIT_AFTER.match(text, end):
        return True
    m = re.match(r"(?:'s)?\s*([A-Za-z][\w-]*)", text[end:])
    return m is None or m.group(1).lower() in _FOLLOW_OK or bool(_SPANISH_FUTURE.fullmatch(m.group(1))) \
        or _CUE_AFTER.match(text[end:]) is not None \
        or _WILL_AFTER.match(text[end:]) is not None      # (taking part: "Police attending", "… workers will")


#: a rank or title, and perhaps a given name, before a surname ("Officer Karen Parks", "Sgt. Parks")
_TITLE_BEFORE = re.compile(rf"(?<![\w.])(?:{_PERSON_RANKS}|trooper|mr|mrs|ms|miss|mx|dr|coach|professor|prof)\.?\s+"
                           r"(?:(?-i:[A-Z])[\w'\u2019-]+\s+|(?-i:[A-Z])\.\s+)?$", re.I)
#: … where a rank after the name makes it the department's ("Deputy Fire Chief", "Chief Fire Marshal")
_RANK_AFTER = re.compile(rf"\s+(?:{_RANK}|{_ROLE}|officer|officers|department|dept)\b", re.I)


def _a_persons_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a department's one-word name, is a person's surname after a rank
    or title and perhaps a given name ("Taught by Officer Karen Parks", "Sgt. Parks will lead
    the walk": a helper's check counted Parks and Recreation), not before a rank or role word
    ("Chief Fire Marshal Ruiz", "Deputy Police Chief")."""
    return (len(text[start:end].split()) == 1 and text[start:start + 1].isupper()
            and _TITLE_BEFORE.search(text, 0, start) is not None and not _RANK_AFTER.match(text, end))


#: what follows a sports team's name: an age group, a club's letters, a sport ("Renton Rangers U10",
#: "Kent Firefighters FC", "Auburn Rangers Youth Soccer")
_TEAM_AFTER = re.compile(r"\s+(?:(?-i:U-?\d{1,2}|\d{1,2}U|FC|SC|AC)|(?:jrs?\.?|juniors|youth|club|league|"
                         r"softball|baseball|basketball|soccer|hockey|football|lacrosse|volleyball)\b)", re.I)
_TEAM_PLACE_BEFORE = re.compile(r"(?<![\w.])(?-i:[A-Z])[\w'\u2019-]+\s+$")


def _a_team(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a unit named by its people in capitals and no number ("Rangers"), is a
    sports team's name: a capitalised name word before it and a team's mark after it ("Youth
    Soccer Clinic with the Renton Rangers U10": a helper's check counted Parks' rangers)."""
    spelling = text[start:end]
    return spelling[:1].isupper() and not any(c.isdigit() for c in spelling) \
        and _TEAM_PLACE_BEFORE.search(text, 0, start) is not None and _TEAM_AFTER.match(text, end) is not None


def _in_org_name(text: str, start: int, end: int, lookup: Mapping[str, str]) -> bool:
    """True when ``text[start:end]`` is part of a business, charity or place name: up to three
    capitalised name words that are not cue or role words, then an organisation word not
    followed by an event word (:data:`ORG_WORDS`; :data:`_DOG_ORG_WORDS` too after a dog unit
    that a name word other than a department's precedes: "Korean K9 Rescue", not "K9 Rescue
    Demo")."""
    if _UNION_LOCAL.match(text, end):
        return True                                     # "Mill Creek Firefighters Local 2231"
    org = ORG_WORDS
    if _DOG_UNIT.search(text[start:end]):
        before = text[name_words_before(text, start):start].split()
        if before and not any(w.lower() in lookup for w in before):
            org = ORG_WORDS | _DOG_ORG_WORDS
    pos = end
    for _ in range(4):
        m = _NAME_WORD.match(text, pos)
        if m is None:
            return False
        word = m.group(1).lower()
        if word in org:
            return _EVENT_AFTER.match(text, m.end()) is None
        if word in _FOLLOW_OK or _CUE_AFTER.match(text[m.start():]):
            return False
        if text.startswith(".", m.end()):
            return False                                # a sentence ends: "Engine 7 Rocks. Coffee"
        pos = m.end()
    return False


def name_words_before(text: str, start: int) -> int:
    """Where the capitalised name words (at most three, none a cue word such as "With")
    written right before ``text[start:]`` begin: ``start`` when there are none. "Adoption day
    at Korean K9 Rescue" with ``start`` at "K9" → the index of "Korean"."""
    words = list(re.finditer(r"(?<![\w'’.-])[A-Z][\w'’-]*\s+", text[:start]))
    begin = start
    for m in reversed(words[-3:]):
        if m.end() != begin or m.group().strip().lower() in _FOLLOW_OK or _CUE_BEFORE.search(text[:m.end()]):
            break
        begin = m.start()
    return begin


def spaced(text: str) -> str:
    """``text`` as :func:`text_mentions` reads it: white space runs made one space, ends stripped."""
    return re.sub(r"\s+", " ", text or "").strip()


def cued(text: str, start: int) -> bool:
    """``text[:start]`` ends with a cue of taking part ("with", "w/", "co-hosted by", ...,
    rule 3 of the module docstring): what follows is named as a partner."""
    return _CUE_BEFORE.search(text[:start]) is not None


#: a sentence saying a department will not, or may not, take part, or did so before: "Engine 9
#: can no longer attend", "We have asked Engine 12 to attend; not confirmed yet", "No police on
#: site", "Last year GPD joined us" (v37 T21–T23, T27): its mentions do not count
_NOT_TAKING_PART = re.compile(
    r"\b(?:can(?:no|'|\u2019)?t|cannot|can no longer|no longer|won(?:'|\u2019)?t|will not|unable to|"
    r"not (?:be )?(?:attending|coming|available|confirmed|joining|participating|able)|not yet|"
    # "This event is not sponsored by the Durham Police Department" (a helper's check)
    r"not (?:be )?(?:sponsored|affiliated|endorsed|organi[sz]ed|hosted|run|associated|supported)|"
    r"declined|backed out|pulled out|cancell?ed|canceled|(?:have|has|we|was|were) asked|awaiting|"
    r"tentative(?:ly)?|(?<!like )(?<!as )last (?:year|month|time|summer|spring|fall|winter)|previously|"
    # a hedge after the sentence, and people no longer serving ("… will present crime stats -
    # pending", "… door-knocking with us (TBD)", "Retired RPD officers will grill", "Former Fire
    # Chief Ruiz will speak": a README-only check had each counted)
    r"pending|unconfirmed|on hold|to be confirmed|probably|(?:un)?likely|not sure|unsure|"
    r"(?<=[-\u2013\u2014(\[,] )(?:tbd|tbc|tba)|(?<=[-\u2013\u2014(\[])(?:tbd|tbc|tba)|if available|"
    r"retired|former|ex(?=-)|"
    r"in the past|could(?:n(?:'|\u2019)?t| not)|had to (?:cancel|leave|withdraw)|called away|"
    r"(?:was|were) supposed to|"     # ("Engine 9 was supposed to come but got called to a fire": README-only check)
    r"(?:weeks?|days?|months?|years?) ago|"
    # wished for, asked about, or at another event ("Hoping Fire is bringing a truck", "Asked if
    # Fire is bringing a truck", "Police are hosting a separate event the same day", "Police are
    # attending a conference that week", "Fire is staffing the fireworks downtown instead": an
    # adversarial helper's check)
    # (a hope as a verb, not a name: "Hope Valley Safety Fair, co-hosted with Police")
    r"hoping|hopefully|(?:we|i|they|you|to) hope|hopes? (?:that|to|for)|asked (?:if|whether)|"

    r"asking (?:if|whether)|wondering|instead|elsewhere|"
    r"(?:a |another |their own )?separate (?:event|program|activity)|another event|a conference|"
    # reached from afar: "DPD's Community Engagement Unit will take calls at 919-…", "will answer
    # emails at …" (a helper's check: a contact line, as "Contact Ofc. Ramos, DPD" is)
    r"(?:take|takes|taking|answer|answers|answering|return|returns)\s+(?:phone\s+)?(?:calls|e-?mails|messages|"
    r"voice ?mails?)|"
    # in Spanish (v41 B15, B16, B20): "el año pasado", "(pendiente de confirmar)", "no podrán asistir"
    r"(?:el )?año pasado|pendiente|por confirmar|sin confirmar|no (?:podr[aá]n?|pudo|pudieron|vendr[aá]n?|"
    r"asistir[aá]n?|participar[aá]n?|va|van)|se cancel[oó]|cancelad[oa]s?)(?!\w)", re.I)
#: "perhaps" before the name in its sentence ("Maybe Fire will bring a truck"; not "Fire will bring a
#: truck, maybe two")
_PERHAPS = re.compile(r"\b(?:maybe|perhaps|possibly|tal vez|quiz[aá]s?)\b", re.I)
_NO_BEFORE = re.compile(r"\b(?:no|without|never|neither|nor)\s+(?:the\s+)?$", re.I)
#: a name ending in an abbreviation ("Police Dept.", "Fire Dpt."), whose period ends no
#: sentence where the text goes on after a comma or in lower case ("The Police Dept. will hand
#: out gun locks", "Fire Dept., Police Dept. and Parks"; not "…by the Police Dept. Fire will not attend")
_ABBREVIATED = re.compile(r"\b(?:dept|depts|dpt)$", re.I)
#: "Rescue" joined to a department's name, as a fire department is often named ("Cedar Rapids
#: Fire-Rescue will demo": a helper's check; another town's "Eastside Fire & Rescue" is told by
#: :data:`_BODY_SUFFIX`)
_RESCUE = re.compile(r"\s*(?:[-\u2010\u2011]|&|and)?\s*rescue\b", re.I)
_ABBREVIATION_GOES_ON = re.compile(r"\.(?=,|\s+(?-i:[a-z]))")
_DISOWNING = re.compile(DISOWNING, re.I)
#: what turns a sentence to its other side ("Fire can't make it, but Police will be there")
#: (not one going on of the same subject: "Planned with DPD, but they could not attend")
_CONTRAST = re.compile(r"\b(?:but|however|whereas)\b(?!\s*,?\s*(?:they|it|he|she|we|those|these|them)\b)", re.I)
_CLAUSE_BREAK = re.compile(r",|\bbut\b|\bhowever\b|\bthough\b|\bwhile\b", re.I)
_AUXILIARY = (r"(?:will|won['\u2019]?t|can|can['\u2019]?t|cannot|could|would|should|may|might|must|is|isn['\u2019]?t|"
              r"are|aren['\u2019]?t|was|were|has|have|had|does|doesn['\u2019]?t|do|don['\u2019]?t|did|didn['\u2019]?t)")
#: a comma opening a clause of another subject, named in capitals, with its own verb: "Fire
#: Station 4 crew will attend, Police will not" (an adversarial helper's check: the second
#: clause's "not" had denied Fire too); :func:`_in_a_no` breaks there only where the clause
#: before it has a verb of its own, so "Fire, Police will not attend" still denies both
_NEW_SUBJECT = re.compile(r",\s*(?:and\s+|while\s+)?(?=(?:the\s+)?(?-i:[A-Z])[\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,3}?"
                          rf"\s+{_AUXILIARY}\b)", re.I)
_OWN_VERB = re.compile(rf"\b{_AUXILIARY}\b", re.I)
#: (not the period of "vs." or "v.": "Last year's Cops vs. Firefighters game" is one sentence;
#: nor of "Dept." before a word in lower case: "The Police Dept. will not attend"; nor of a
#: person's abbreviated title or rank: "DPD District 3 Lt. Harris will attend - pending", a
#: README-only check, had the hedge read as another sentence's)
_SENTENCE_END = re.compile(r"(?:(?<!\bvs)(?<!\bv)(?<!\bdept)(?<!\bdepts)(?<!\bdpt)(?:[!?;]|"
                           r"(?<!\blt)(?<!\bsgt)(?<!\bcapt)(?<!\bofc)(?<!\bdet)(?<!\bcpl)(?<!\bcmdr)(?<!\binsp)"
                           r"(?<!\bdep)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bjr)(?<!\bsr)\.)|"
                           r"(?:(?<=\bdept)|(?<=\bdepts)|(?<=\bdpt))\.(?!,?\s+(?-i:[a-z])))(?:\s|$)", re.I)


#: a question asked of a named subject: "Is Fire bringing a truck?", "Will Police attend?"
#: (an adversarial helper's check; not an invitation: "Have questions for Police?")
_ASKS = re.compile(r"\s*[\"\u201c']?(?:is|are|will|would|can|could|does|do|did|should|shall|may|might|has|have)"
                   r"\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def _in_a_no(text: str, m: "Mention") -> bool:
    """``m``'s sentence says the department will not, or may not, take part, or did before
    (:data:`_NOT_TAKING_PART`), or the name follows "no"/"without" ("No police on site"), or
    follows words saying the row is no part of another event (:data:`~.parsing.DISOWNING`:
    "Separate table, not part of Coffee with a Cop"; not "Officers will staff a booth separate
    from the main stage")."""
    if _NO_BEFORE.search(text, 0, m.start):
        return True
    begin, stop = _sentence(text, m.start, m.end)
    if _PERHAPS.search(text, begin, m.start):
        return True         # "Maybe Emergency Management will bring a go-bag demo?" (a third helper's check)
    # (in the words' own clause: "Not part of the Lantern Walk, but Fire will join us" names Fire)
    if any(not _CLAUSE_BREAK.search(text, d.end(), m.start) for d in _DISOWNING.finditer(text, begin, m.start)):
        return True
    return any(not _anothers_aside(text, m, no.start(), begin)
               for no in _NOT_TAKING_PART.finditer(text, *_clause(text, m, begin, stop)))


#: words in brackets: an aside on the name written right before them
_ASIDE = re.compile(r"\(([^()]*)\)")
_ITEM_BREAK = re.compile(r"[,;&/+]|\band\b|\bor\b", re.I)


def _anothers_aside(text: str, m: "Mention", at: int, begin: int) -> bool:
    """``text[at]`` stands in brackets that are an aside on another name than ``m``'s: after the
    list item that follows ``m`` ("Police (confirmed), Fire (tentative)": the hedge is Fire's
    only), or after one before it, the brackets not opening the sentence (which ``begin``
    starts; "(Tentative) Fire and Police" hedges both)."""
    aside = next((a for a in _ASIDE.finditer(text, begin) if a.start() < at < a.end()), None)
    if aside is None or aside.start() <= m.start < aside.end():
        return False
    if aside.start() >= m.end:
        return _ITEM_BREAK.search(text, m.end, aside.start()) is not None
    return bool(text[begin:aside.start()].strip())


def _clause(text: str, m: "Mention", begin: int, stop: int) -> tuple[int, int]:
    """``(begin, stop)`` of the clause holding ``m`` in its sentence (``begin``, ``stop``): from
    the last word turning the sentence before it (:data:`_CONTRAST`: "Fire won't attend, but
    Police will" names Police; a helper's check), or comma opening another subject's clause with
    its own verb (:data:`_NEW_SUBJECT`), to the next."""
    begin = max((c.end() for c in _CONTRAST.finditer(text, begin, m.start)), default=begin)
    stop = next((c.start() for c in _CONTRAST.finditer(text, m.end, stop)), stop)
    begin = max((c.end() for c in _NEW_SUBJECT.finditer(text, begin, stop)
                 if c.start() < m.start and _OWN_VERB.search(text, begin, c.start())), default=begin)
    stop = next((c.start() for c in _NEW_SUBJECT.finditer(text, m.end, stop)
                 if _OWN_VERB.search(text, begin, c.start())), stop)
    return begin, stop


#: the department asked, awaited or only told, right before its name: "Requested Fire to bring a
#: truck", "Asked Police to attend", "Waiting to hear back from Police", "Permit on file with the
#: Police Department"; … or after it: "Emergency Management will be notified if lightning …" (a
#: helper's check: each had counted)
_ASKED_BEFORE = re.compile(r"\b(?:requested|asked|invited|inviting|waiting (?:to hear )?(?:back )?(?:from|on|for)|"
                           r"heard back from|(?:on file|filed) with|notify|notified)\s+(?:the\s+)?$", re.I)
#: … a few words of its own, after a name that opens it (not "Fire will bring a truck (questions?
#: call …)" nor "Fire will demo extinguishers - what should you do in a kitchen fire?": a fresh
#: helper's check, where those had counted nothing)
_SHORT_QUESTION = re.compile(r"(?:\s+[\w'\u2019,-]+){0,6}\s*", re.I)
#: a department's person in a supposed case, not at the event: "Learn what to do if a police
#: officer pulls you over" (an adversarial helper's check: it counted Police)
_SUPPOSED_BEFORE = re.compile(r"\b(?:if|in case|whenever|unless|should)\s+(?:a|an|any)\s+$", re.I)
_TOLD_AFTER = re.compile(r"\s+(?:will|to|has|have|is|are)\s+(?:been\s+|be\s+)?notified\b", re.I)


def _asked(text: str, m: "Mention") -> bool:
    """``m``'s sentence asks whether the department will take part (:data:`_ASKS`, or a
    question the name opens: "Police attending?"), or the name is asked, awaited or told
    (:data:`_ASKED_BEFORE`, :data:`_TOLD_AFTER`), or supposed (:data:`_SUPPOSED_BEFORE`); unlike
    :func:`_in_a_no`, that denies nothing another sentence says ("Fire will bring a truck. Is
    Fire bringing the ladder truck too?" names Fire)."""
    if _ASKED_BEFORE.search(text, 0, m.start) or _TOLD_AFTER.match(text, m.end) or \
            _SUPPOSED_BEFORE.search(text, 0, m.start):
        return True
    begin, stop = _sentence(text, m.start, m.end)
    return text.startswith("?", stop) and (
        _ASKS.match(text, begin) is not None
        or (not text[begin:m.start].strip(" \"'\u201c")        # (a question the name opens: "Fire bringing a
            and _SHORT_QUESTION.fullmatch(text, m.end, stop) is not None))   # truck?")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """``(begin, stop)`` of the sentence holding ``text[start:end]`` (:data:`_SENTENCE_END`):
    ``stop`` is where its closing mark stands, or the text's length."""
    begin = max((e.end() for e in _SENTENCE_END.finditer(text, 0, start)), default=0)
    close = _SENTENCE_END.search(text, end)
    return begin, close.start() if close else len(text)


#: words naming the kind of another public body before a department's name: always another
#: body's ("University of Pittsburgh Police", "Pittsburgh Regional Transit Police", "Port
#: Authority Police"), or unless a word of the city's or the department's own names is there
#: ("Allegheny County Police", "Bellevue Volunteer Fire Company"; not "Durham County Sheriff")
_BODY_KINDS = frozenset("""university univ college campus school schools isd transit authority housing hospital
airport township""".split())
_PLACE_BODY_KINDS = frozenset("""county state borough village regional volunteer volunteers metro
capitol federal tribal u.s us""".split())
#: a town named as one right before a department's name ("the Town of Brookfield Fire Department",
#: "City of Raleigh firefighters"; the city's own name there is its own: "City of Durham")
_TOWN_OF = re.compile(r"\b(?:town|city|village|borough|township)\s+of\s+((?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,3})$",
                      re.I)
#: the abbreviations that open a town's name ("Mt. Lebanon firefighters")
_TOWN_OPENING = re.compile(r"(?:mt|ft|pt|mount|fort)\.?$", re.I)
#: a name typed in capitals, two to five letters: another body's initials ("UNC Police", "CMU Police")
_INITIALS = re.compile(r"[A-Z]{2,5}$")
#: what after a department's name makes it a body's formal name, never the city's department
#: unless the city's own words are there ("North Highline Fire District", "Eastside Fire &
#: Rescue", "Renton Regional Fire Authority", "Tukwila PD": a fresh city's check in King County)
_BODY_SUFFIX = re.compile(r"\s*(?:(?:&|and)\s*rescue|(?:protection\s+)?district|authority)\b", re.I)
_SHORT_FORM = re.compile(r"[PF]D")
#: a department's formal name ("Fire Department", "Police Dept.", "PD") in a Partner Departments item
_FORMAL = re.compile(r"(?:\b(?:department|dept)\.?|\b[PF]D)$", re.I)
_FORMAL_AFTER = re.compile(r"\s+(?:department|dept)\b", re.I)
#: words naming a part of the city's own department, never a town: "Southwest Precinct Police"
_OWN_PARTS = frozenset("""precinct precincts district zone sector division station beat battalion unit squad
bureau team shift platoon company patrol detail""".split())
#: words that may open the capitalised words before a name without naming another body
_LEAD_WORDS = frozenset("""the our your their its this that a an with join meet come see and or by from for at
local city town area all both each every some many""".split())


def _qualifier(text: str, start: int) -> list[str]:
    """The capitalised words written right before ``text[start:]`` ("of" and "the" between
    them: "University of", "Port Authority", "Mt. Lebanon"), leading cue and article words
    dropped (:data:`_LEAD_WORDS`)."""
    found = list(re.finditer(r"[\w'\u2019.-]+", text[:start]))
    words: list[re.Match] = []
    end = start
    for m in reversed(found):
        w = m.group()
        if text[m.end():end].strip() or len(words) >= 6 or (w.endswith(".") and len(w) > 5):
            break           # (a sentence ends: "Meet at Central Library. Engine 4 joins us.")
        if w[:1].isupper() or w.lower() in ("of", "the"):
            words.append(m)
            end = m.start()
        else:
            break
    words.reverse()
    while words and (words[0].group().lower().rstrip(".") in _LEAD_WORDS or words[0].group().lower() == "of"
                     or _CUE_BEFORE.search(text[:words[0].end()])):
        words.pop(0)
    return [m.group() for m in words] if any(w.group()[:1].isupper() for w in words) else []


def _another_body(text: str, m: "Mention", own: frozenset) -> bool:
    """``m`` names a department of another public body: the capitalised words before it
    (:func:`_qualifier`) name a kind of body that is always another's (:data:`_BODY_KINDS`:
    "University of Pittsburgh Police"), or, naming none of the city's or the department's own
    words (``own``, folded), a kind of public place's body (:data:`_PLACE_BODY_KINDS`: "Allegheny
    County Police"), a town opened by an abbreviation ("Mt. Lebanon firefighters") or initials
    ("UNC Police"), or a name the body's own form follows (:data:`_BODY_SUFFIX`: "North
    Highline Fire District", "Eastside Fire & Rescue"; "Tukwila PD"). A fresh city's check: each
    had counted the city's Police or Fire as a partner of a Parks event. A town's plain name is
    not read so: "Carrboro Fire Department" may be another town's, but "Squirrel Hill
    firefighters" are the city's own, and a title's capitals ("Annual Fire Department Open
    House") name no town."""
    named = [w for w in _qualifier(text, m.start) if w[:1].isupper()]
    folded = {w.lower().strip(".'\u2019") for w in named}
    if (folded & _BODY_KINDS) - own:       # ("Bloomington Township Fire"; not in a township's own config)
        return True
    if (town := _TOWN_OF.search(text, 0, m.start)) and not {w.lower() for w in town.group(1).split()} & own:
        return True                        # ("the Town of Brookfield Fire Department": a fresh city's check)
    if not named or folded & own:          # (not "of": "Bureau of Police")
        return False
    return bool(folded & _PLACE_BODY_KINDS) or bool(_TOWN_OPENING.match(named[0])) or (
        len(named) == 1 and _INITIALS.fullmatch(named[0]) is not None) or \
        bool(_BODY_SUFFIX.match(text, m.end)) or _SHORT_FORM.fullmatch(text, m.start, m.end) is not None


def text_mentions(text: str, lookup: Mapping[str, str],
                  units: Mapping[str, Sequence[re.Pattern[str]]] | None = None,
                  home: frozenset = frozenset()) -> list[Mention]:
    """Every department ``text`` names as taking part (rules in the module docstring), in
    order of appearance; a department may appear more than once. ``lookup``: lower-cased
    names/aliases → department (``Config.department_lookup()``); ``units``:
    ``Config.department_units()``; ``home``: folded words naming the city itself (its name),
    which may stand before a department's name ("Pittsburgh firefighters") where another
    body's may not (:func:`_another_body`). Offsets (``start``, ``end``) are in ``text`` with
    its runs of white space made one space and its ends stripped (:func:`spaced`)."""
    text = spaced(text)
    if not text:
        return []
    spans = find_spans(text, lookup, units)
    found = _text_mentions(text, lookup, spans)
    if not found:
        return found
    own = _own_words(lookup, home)
    # another body's department named in the text, and the department not named otherwise: its
    # people and unnumbered units there are that body's ("Allegheny County Police will do a K9
    # demo", "A K9 unit from the Allegheny County Police", "Hosted by University of Pittsburgh
    # Police; officers will grill"; not "Pittsburgh Police and Allegheny County Police will do
    # a K9 demo": a second helper's check)
    others = _named_as_bodies(text, spans, own, home)
    # (a unit right after another body's name is that body's: "North Highline Fire District Engine 18")
    ends = {_body_end(text, b) for a, b, department, how in spans if how != "unit" and department in others}
    names_end = {b for _, b, _, _ in spans}
    return [m for m in found if not (_another_body(text, m, own.get(m.department, home))
                                     and not _right_after(text, m.start, names_end))
            and not (m.department in others and not _NUMBERED.search(text, m.start, m.end)
                     and not _NUMBER_BEFORE.search(text, 0, m.start))
            and not _right_after(text, m.start, ends)]


def _right_after(text: str, start: int, ends: Collection[int]) -> bool:
    """Only spaces lie between one of ``ends`` and ``start`` in ``text``: the name at ``start``
    follows another name directly ("PD FD", "… Fire District Engine 18")."""
    return bool(ends) and len(text[:start].rstrip()) in ends


def _body_end(text: str, end: int) -> int:
    """Where another body's name ending at ``end`` ends with its form (:data:`_BODY_SUFFIX`)."""
    suffix = _BODY_SUFFIX.match(text, end)
    return suffix.end() if suffix else end


def other_bodies(text: str, lookup: Mapping[str, str], units: Mapping[str, Sequence[re.Pattern[str]]] | None = None,
                 home: frozenset = frozenset()) -> set[str]:
    """The departments ``text`` names only as another public body's ("Hosted by Allegheny County
    Police": ``{"Police"}``); arguments as :func:`text_mentions`. A row's other cells then name
    that body's people, not the city's: Title "Coffee with a Cop" beside that description is no
    Police partner (:func:`numbered`: a numbered unit still is the city's)."""
    text = spaced(text)
    spans = find_spans(text, lookup, units) if text else ()
    return _named_as_bodies(text, spans, _own_words(lookup, home), home) if spans else set()


#: a clause saying, in so many words, that the department it names is out of the event (not a
#: hope, a question or last year's: :data:`_NOT_TAKING_PART` holds those too): "Fire had to back
#: out (staffing)", "Police can't make it", "Parks declined", "Fire is no longer coming"
_OUT = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:backed|pulled|dropped)\s+out\b|\b(?:back|pull|drop)(?:s|ing)?\s+out\b|"
    r"\bwithdr(?:ew|awn)\b|\bhad\s+to\s+(?:cancel|back\s+out|pull\s+out|withdraw|drop\s+out|bow\s+out)\b|"
    r"\b(?:can(?:no|'|\u2019)?t|cannot|could(?:n(?:'|\u2019)?t|\s+not)|unable\s+to|"
    r"(?:is|are|was|were)\s+not\s+able\s+to)\s+"
    r"(?:make\s+it|attend|come|join|participate|staff\s+it|be\s+there)\b|"
    r"\b(?:won(?:'|\u2019)t|will\s+not|no\s+longer|(?:is|are)\s+not)\s+(?:be\s+)?"
    r"(?:attending|coming|joining|participating|there|making\s+it|available|able\s+to\s+(?:attend|come|make\s+it))\b|"
    r"\bdeclined\b(?!\s+to\s+(?!attend|participate|join|come)\w)|"
    # ("Fire is out, Police is in", "FD said no this time", "Checked Fire by mistake", "Fire might
    # not make it", "Both Fire and Police cancelled on us": a README-only check)
    r"\b(?:is|are)\s+out(?=\s*(?:[.,;!)\-\u2013\u2014]|$|this\s+time|for\s+this))|"
    r"\bsaid\s+no(?:\s+(?:this\s+time|thanks|thank\s+you))?(?=\s*(?:[.,;!)]|$))|"
    r"\b(?:checked|ticked|selected|marked|added|listed|included|clicked)\b[^.;]{0,40}"
    r"\bby\s+mistake\b|\bnot\s+(?:a\s+)?part\s+of\s+(?:this|it|the\s+event)\b|"
    r"\b(?:might|may)\s+not\s+(?:make\s+it|come|attend|be\s+there|participate|join)\b|"
    r"\bcancell?ed\s+on\s+us\b|"
    # ("No word from Fire yet", "haven't heard back from Parks": a second README-only check)
    r"\bno\s+word\s+(?:yet\s+)?from\b|\bha(?:ve|s)(?:n(?:'|\u2019)?t|\s+not)\s+heard\s+(?:back\s+)?from\b|"
    r"\bstill\s+waiting\s+(?:on|for|to\s+hear(?:\s+back)?\s+from)\b|"
    # ("Fire: no crew available", "Parks short-staffed that day": stop 53's helpers)
    r"\bno\s+(?:crews?|staff(?:ing)?|units?|engines?|officers?|personnel|coverage|one)\s+(?:is\s+|are\s+)?"
    r"(?:available|free|to\s+spare|that\s+day|that\s+night)\b|\bshort[\s-]?(?:staffed|handed)\b|"
    # (called to an emergency instead: "Fire was invited but got a call", "got called out before
    # it started", "(on a call)": v56's after-action logs)
    r"\bgot\s+(?:a\s+|another\s+)?call\b|\bgot\s+called\s+(?:out|away)\b|\bcalled\s+away\b|"
    r"\b(?:was|were|is|are)\s+on\s+a\s+call\b|\bon\s+a\s+call\)|"      # (each opens with \b: issue 17, 3× faster)
    r"\bnot\s+enough\s+(?:crews?|staff(?:ing)?|people|personnel|officers?)\b|"
    # ("EM can't spare anyone that weekend", "Dispatch couldn't get coverage", "Police is a no-go",
    # "Fire unavailable", "Parks may not have anyone": a README-only check)
    r"\b(?:can(?:no|'|\u2019)?t|cannot|could(?:n(?:'|\u2019)?t|\s+not))\s+(?:spare|get\s+coverage|staff|cover)\b|"
    r"\b(?:is|are)\s+a\s+no[\s-]?go\b|\bunavailable\b|"
    r"\b(?:may|might)\s+not\s+have\s+(?:anyone|anybody|staff|a\s+crew)\b|"
    r"\bnot\s+sure\s+(?:they|we|he|she|it)\s+can\s+(?:make\s+it|come|attend|be\s+there)\b",
    re.I)
#: ... or a wish turned down in its sentence: "Fire would like to but no crew available" (stop
#: 53's helpers: Fire was counted), "Parks would love to help, but the rec center is booked"
_WISH_BUT = re.compile(r"\bwould\s+(?:like|love|want)\s+to\b[^.;]{0,40}?\bbut\b", re.I)
#: ... or a note right after its name that it is not confirmed: "Police confirmed. Fire TBD."
_UNCONFIRMED = r"tbd|tbc|tba|pending|tentative|unconfirmed|not\s+(?:yet\s+)?confirmed"
_HELD_AFTER = re.compile(r"\s*(?:[-\u2013\u2014:(]\s*)?(?:" + _UNCONFIRMED + r"|out(?=\s*(?:[.,;!)]|$)))(?!\w)"
                         r"(?!\s+(?:on\s+|about\s+|as\s+to\s+)?(?:which|what|who|"
                         r"how|when|exact|time|hours|units?|engines?|trucks?|crews?|officers?)\b)", re.I)
#: ... not of a time before this one: "Fire backed out of last year's event but is confirmed this year"
_BEFORE_NOW = re.compile(r"\blast\s+(?:year|time|month|summer|spring|fall|winter)|\bprevious(?:ly)?\b|"
                         r"\bin\s+the\s+past\b|\b(?:years?|months?|weeks?)\s+ago\b", re.I)
#: (what :func:`said_out` looks for first: most notes hold neither)
#: ... or said right after a "but" that goes on of it: "Fire was invited but got a call" (v56)
_THEN_OUT = re.compile(r"[\s,]*(?:" + _OUT.pattern + r")", re.I)
_SAYS_OUT = re.compile(_OUT.pattern + r"|" + _WISH_BUT.pattern + r"|\b(?:" + _UNCONFIRMED + r"|out)\b", re.I)


def said_out(text: str, lookup: Mapping[str, str], units: Mapping[str, Sequence[re.Pattern[str]]] | None = None,
             home: frozenset = frozenset()) -> dict[str, str]:
    """``{department: the clause saying so}`` for each department ``text`` says is out of the
    event in so many words (:data:`_OUT`, in the clause naming it, or a note right after its
    name that it is not confirmed, :data:`_HELD_AFTER`: "Fire TBD"; "Fire had to back out
    (staffing) - leaving them checked in case it changes", a fresh helper's set, v55) and names
    nowhere as taking part (:func:`text_mentions`: "Fire can't bring the ladder, but
    firefighters will hand out stickers" names Fire); arguments as :func:`text_mentions`."""
    text = spaced(text)
    if not _SAYS_OUT.search(text):          # (issue 17: most notes say no such thing)
        return {}
    spans = find_spans(text, lookup, units)
    out: dict[str, str] = {}
    for start, end, department, _ in spans:
        if department in out:
            continue
        sentence = _sentence(text, start, end)
        begin, stop = _clause(text, Mention(department, "", start, end), *sentence)
        wished = (wish := _WISH_BUT.search(text, begin, sentence[1])) is not None and wish.start() < stop
        then = _CONTRAST.match(text, stop) if stop < sentence[1] else None
        wished = wished or (then is not None and _THEN_OUT.match(text, then.end(), sentence[1]) is not None)
        if (_OUT.search(text, begin, stop) or _HELD_AFTER.match(text, end) or wished) \
                and not _BEFORE_NOW.search(text, begin, stop):
            out[department] = text[begin:sentence[1] if wished else stop].strip()     # (what turned it down too)
    if out:
        for m in text_mentions(text, lookup, units, home):
            out.pop(m.department, None)
    return out


def numbered(mention: Mention) -> bool:
    """``mention`` names a unit by its number ("Engine 7", "Zone 4 officers"; not "K9")."""
    return bool(_NUMBERED.search(mention.snippet))


def home_words(title: str) -> frozenset[str]:
    """The folded words naming the city in its site's ``title`` (the ``home`` of
    :func:`text_mentions`): its capitalised words ("Harbor Falls Community Safety Events" →
    harbor, falls, ...), the initials of each two or three of them in a row ("hf": "HF Fire,
    HF Parks" are the city's own, a fresh city's check; initials before a name otherwise make it
    another body's, "UNC Police"), and the first letter of the city's name ("d": "DFD" is Durham's
    Fire, :func:`~.department_names.home_initials`, where the city set up with ``init --city``
    has no such alias: a fresh city's check)."""
    words = [w.lower() for w in re.findall(r"[A-Z][\w'\u2019-]+", title)]
    initials = {"".join(w[0] for w in words[i:i + n]) for n in (2, 3) for i in range(len(words) - n + 1)}
    # … and the first letter of its name, as "DPD", "DFD" in Durham ("City of Lakewood …": Lakewood's)
    name = next((w for w in words if w not in _BEFORE_CITY_NAME), "")
    return frozenset(words) | initials | ({name[0]} if name[:1].isalpha() else set())


#: title words that stand before a city's name ("City of Lakewood Community Safety Events")
_BEFORE_CITY_NAME = frozenset({"city", "town", "county", "village", "township", "borough", "the", "of"})


def _own_words(lookup: Mapping[str, str], home: frozenset) -> dict[str, frozenset]:
    """Department → the folded words of its names and aliases and of the city's name (``home``)."""
    own: dict[str, frozenset] = {}
    for name, department in lookup.items():
        own[department] = own.get(department, home) | frozenset(name.split())
    return own


def _named_as_bodies(text: str, spans: Sequence[tuple], own: Mapping[str, frozenset], home: frozenset) -> set[str]:
    """The departments whose every name in ``text`` (``spans`` not units) is another body's
    (:func:`_another_body`)."""
    names: dict[str, list[bool]] = {}
    names_end = {b for _, b, _, _ in spans}
    for a, b, department, how in spans:
        if how != "unit":
            # (not after another department's name, a list typed without commas: "PD FD & 911")
            names.setdefault(department, []).append(not _right_after(text, a, names_end) and _another_body(
                text, Mention(department, "", a, b), own.get(department, home)))
    return {department for department, foreign in names.items() if all(foreign)}


def named_as_bodies(text: str, lookup: Mapping[str, str], home: frozenset = frozenset()) -> set[str]:
    """The departments a Partner Departments cell names only as another public body's
    ("Allegheny County Police", "University of Pittsburgh Police", also with the body after it:
    "Police (Allegheny County)", "Police - Allegheny County K9": helpers' checks, each counted
    the city's department); ``lookup``, ``home``: as :func:`text_mentions`. Each item of the
    list is read on its own."""
    own = _own_words(lookup, home)
    seen: dict[str, list[bool]] = {}
    for item in _ITEMS.split(spaced(text)):
        spans = [s for s in find_spans(item, lookup, None) if s[3] != "unit"]
        bodies = _named_as_bodies(item, spans, own, home)
        names_end = {b for _, b, _, _ in spans}
        words = {w.lower().strip(".()-'\u2019") for w in item.split()}
        for a, b, department, _ in spans:
            mine = own.get(department, home)
            # ("Police (Allegheny County)"; not "Durham County Emergency Management Office" in Durham)
            after = bool(words & (_BODY_KINDS | _PLACE_BODY_KINDS) - mine) and not (
                words & mine - set(department.lower().split()))
            # a town's name before it, in the column of department names: two words, or one with
            # the department's formal name ("North Highline Fire", "Tukwila Fire Department"; not
            # "Pittsburgh Police" with the city's own words, nor "Zone 6 Police")
            named = [w for w in _qualifier(item, a) if w[:1].isupper()] \
                if not _right_after(item, a, names_end) else []     # ("PD FD": two names, no comma)
            folded = {w.lower().strip(".'\u2019") for w in named}
            town = bool(named) and not folded & (mine | _OWN_PARTS) and (
                len(named) >= 2 or bool(_FORMAL.search(item, a, b)) or bool(_FORMAL_AFTER.match(item, b)))
            seen.setdefault(department, []).append(department in bodies or after or town)
    return {department for department, foreign in seen.items() if all(foreign)}


#: what separates the items of a Partner Departments list
_ITEMS = re.compile(r"\s*(?:[,;+]|\band\b(?!\s*rescue\b)|&(?!\s*rescue\b))\s*", re.I)   # ("Fire & Rescue" whole)


#: a unit's own number ("Engine 7", not the 9 of "K9"), or its people after a numbered unit's
#: name the units do not know ("Zone 4 officers")
_NUMBERED = re.compile(r"(?<![A-Za-z])\d")
_NUMBER_BEFORE = re.compile(r"\b[A-Z][a-z]+ \d{1,3} $")


#: "joint" right before a list of names ("A joint Parks & Police event"), and what joins them
_JOINT_BEFORE = re.compile(r"(?<!\w)joint\s+(?:the\s+)?$", re.I)
#: … or a partnership after the list ("A Parks & Police partnership": a helper's check)
_JOINT_AFTER = re.compile(r"\s+(?:partnership|collaboration|team-?up)\b", re.I)
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*[&/+]\s*)", re.I)


def _joint_list(text: str, spans: Sequence[tuple]) -> dict[int, tuple[int, int]]:
    """Index into ``spans`` → ``(start, end)`` of the whole list, "joint" included, for two
    names or more joined as a list right after "joint" or before "partnership" (:data:`_JOINT_AFTER`):
    each takes part whatever word follows ("A joint Parks & Police event", "Joint Police and
    Fire training", "A Parks & Police partnership"; helpers' checks); one name there is no list
    ("the joint Police Athletic League game")."""
    found: dict[int, tuple[int, int]] = {}
    for i, (start, _end, _department, _how) in enumerate(spans):
        if i in found:
            continue
        last = i
        while last + 1 < len(spans) and _JOINED.fullmatch(text, spans[last][1], spans[last + 1][0]):
            last += 1
        if last == i:
            continue
        if cue := _JOINT_BEFORE.search(text, 0, start):
            found.update(dict.fromkeys(range(i, last + 1), (cue.start(), spans[last][1])))
        elif cue := _JOINT_AFTER.match(text, spans[last][1]):
            found.update(dict.fromkeys(range(i, last + 1), (start, cue.end())))
    return found


def _text_mentions(text: str, lookup: Mapping[str, str], spans: Sequence[tuple]) -> list[Mention]:
    """:func:`text_mentions` before other bodies' names are told apart; ``spans``: the names
    and units ``text`` holds (:func:`~.units.find_spans`)."""
    out: list[Mention] = []
    cued_until = -1   # end of the last mention that followed a cue (for "with Police and Fire")
    uncued: list[Mention] = []   # names without a cue yet, for a list a cue after covers whole

    def listed_before(start: int) -> list[Mention]:
        """The uncued names joined as a list to a name at ``start`` that a cue or role word
        follows: "Police, Fire and Parks staff will be on hand" names all three."""
        found = []
        while uncued and _LIST_AFTER_CUE.match(text[uncued[-1].end:start]):
            found.insert(0, uncued.pop())
            start = found[0].start
        uncued.clear()
        return found

    joint = _joint_list(text, spans)
    for i, (start, end, department, how) in enumerate(spans):
        spelling = text[start:end]
        next_start = spans[i + 1][0] if i + 1 < len(spans) else None
        if _in_org_name(text, start, end, lookup):
            continue                                    # "Engine 7 Brewing", "Korean K9 Rescue"
        if how != "unit" and _a_persons_name(text, start, end):
            continue                                    # "Officer Karen Parks", "Sgt. Parks will lead"
        if how == "unit" and _a_team(text, start, end):
            continue                                    # "with the Renton Rangers U10"
        if i in joint:
            out.append(Mention(department, text[slice(*joint[i])], start, end))   # "A joint Parks & Police event"
            continue
        if how == "unit" and _counts_anywhere(text, start, spelling):
            out.append(Mention(department, spelling, start, end))      # "Tower 31", "Beat 214"
            if cued(text, start) or (cued_until >= 0 and _LIST_AFTER_CUE.match(text[cued_until:start])):
                cued_until = end        # (a list goes on past it: "With Fire, our 911 dispatchers and Parks")
            continue
        versus = None if _NO_CONTEST.search(text[:start]) else (   # "Kids vs. Cops Kickball", not "No kids vs. cops …"
            _VERSUS_BEFORE.search(text[:start]) if how == "unit" or _plays_by_name(spelling)
            else _TEAM_VS_BEFORE.search(text[:start]))
        # (a side of a contest whatever follows it: "Teachers vs. Police Basketball")
        if how != "unit" and not (versus or _used_as_name(text, end, next_start) or _RANK_OF.search(text, 0, start)
                                  or (_plays_by_name(spelling) and _VS_AFTER.match(text, end))):
            continue
        before = _CUE_BEFORE.search(text[:start]) or versus
        listed = cued_until >= 0 and _LIST_AFTER_CUE.match(text[cued_until:start])
        # (the period of an abbreviated name is no sentence's end: "The Police Dept. will hand out")
        cont = end + 1 if _ABBREVIATED.search(spelling) and _ABBREVIATION_GOES_ON.match(text, end) else end
        cont = rescue.end() if (rescue := _RESCUE.match(text, cont)) else cont   # ("… Fire-Rescue will demo")
        after = _CUE_AFTER.match(text[cont:]) or (
            None if _WH_BEFORE.search(text, 0, start) else _WILL_AFTER.match(text[cont:])
            or (_PEOPLE_AFTER.match(text[cont:]) if how == "unit" else
                _VS_AFTER.match(text[cont:]) if _plays_by_name(spelling) else None))
        one_word = len(re.findall(r"[\w']+", spelling)) == 1
        capital_ok = (how == "unit" or not one_word or spelling[:1].isupper() or spelling[:1].isdigit()
                      or spelling.lower() in _ANY_CASE)
        if (before or listed or after) and capital_ok:
            if before:
                snippet = text[before.start():end]
            elif listed:
                snippet = text[start:end]
            else:
                snippet = text[start:cont + after.end()]
            if not (before or listed):
                out.extend(listed_before(start))
            out.append(Mention(department, snippet.strip(), start, end))
            if before or listed:
                cued_until = end
        elif capital_ok and (role := _ROLE_AFTER.match(text[cont:])):
            out.extend(listed_before(start))
            out.append(Mention(department, text[start:cont + role.end()], start, end))
        elif capital_ok:           # (its end past an abbreviation's period: "Police Dept. and Fire Dept. will")
            uncued.append(Mention(department, spelling, start, cont))
    # a name in a text about the people it names ("cards for our firefighters and police
    # officers", v37 M11; a numbered unit is there: "see what Engine 7 can do") or in a
    # sentence saying they will not come
    # … or where another sentence says so of the same department ("Walk with LPD. UPDATE: LPD
    # had to cancel.", v41 N19, N21)
    for (start, end, department, _), (after, last, other, _) in zip(spans, spans[1:]):
        # "Cops vs. Firefighters" (not "No Cops vs. Firefighters game this year")
        if _VERSUS.fullmatch(text, end, after) \
                and not _in_a_no(text, Mention(department, "", start, end)):
            out.extend(Mention(d, text[start:last], a, b) for d, a, b in ((department, start, end),
                                                                         (other, after, last)))
    for m in _CONTESTS.finditer(text):
        out.extend(Mention(d, m.group(0), m.start(), m.end())
                   for d in dict.fromkeys(lookup.get(k) for k in ("police", "fire")) if d)
    # (a later clause turned by "but" or "however" speaks last: "Fire will NOT have a truck, but
    # firefighters will hand out stickers" names Fire; "Walk with LPD. UPDATE: LPD had to
    # cancel." does not)
    denials: dict[str, list[int]] = {}
    for start, end, department, _ in spans:
        if _in_a_no(text, Mention(department, "", start, end)):
            denials.setdefault(department, []).append(end)
    sayings = [(m.start(), m.end()) for m in _NO_DEPARTMENT.finditer(text)]
    if sayings:
        out = [m for m in out if not any(a <= m.start < b for a, b in sayings)]
    return [m for m in out if not _denied_before(text, m, denials.get(m.department, ())) and not _in_a_no(text, m)
            and not _asked(text, m)
            and not _let_in(text, m) and (
        any(c.isdigit() for c in m.snippet) or not _ABOUT.search(text, 0, _list_start(text, m, out)))]


def _denied_before(text: str, m: "Mention", denial_ends: Sequence[int]) -> bool:
    """Some mention of ``m``'s department in a no (ending at one of ``denial_ends``) stands after
    ``m``, or before it with no word turning the text between them (:data:`_CONTRAST`: "Fire
    can't bring the truck, but firefighters will hand out stickers")."""
    return any(end > m.start or not _CONTRAST.search(text, end, m.start) for end in denial_ends)


#: what a text offers people rather than asks of them: "Firefighters, police officers and EMS
#: personnel get in free" (a fresh city's check: Fire and Police were counted as partners)
_LET_IN = re.compile(r"\b(?:get|gets|eat|eats|ride|rides|swim|swims|skate|skates|play|plays|enter|enters|"
                     r"(?:are|is|will be)\s+admitted|admitted)\s+(?:in\s+)?(?:for\s+)?(?:free|half[- ]price|"
                     r"at\s+no\s+(?:cost|charge))\b|\b(?:get|gets|receive|receives)\s+(?:a\s+)?(?:\d+\s*%\s+)?discount|"
                     r"\b(?:get|gets|receive|receives|save|saves)\s+\d+\s*%\s+off\b",
                     re.I)
#: words between them and that offer that make it someone else's ("Firefighters grill while kids eat free")
_OTHERS_LET_IN = re.compile(r"\b(?:will|'ll|while|but|kids|children|families|residents|everyone|guests|visitors|"
                            r"attendees|public|you|students|seniors|members)\b|[.;!?]", re.I)


#: the people's families after them: the text is about those ("stories from firefighters' families")
_THEIR_FAMILIES = re.compile(r"(?:'|’)s?\s+(?:famil(?:y|ies)|kids|children|spouses|widows|loved ones)\b", re.I)


def _let_in(text: str, m: "Mention") -> bool:
    """``m``'s people are offered free or cheaper entry a few words on (:data:`_LET_IN`): they
    are guests, not partners; or their families follow them (:data:`_THEIR_FAMILIES`)."""
    if _THEIR_FAMILIES.match(text, m.end):
        return True
    offer = _LET_IN.search(text, m.end, m.end + 80)
    return offer is not None and len(text[m.end:offer.start()].split()) <= 6 and \
        not _OTHERS_LET_IN.search(text, m.end, offer.start())


def _list_start(text: str, m: "Mention", found: Sequence["Mention"]) -> int:
    """Where the list holding ``m`` begins: the start of the earliest of ``found`` joined to it
    by list separators ("firefighters and police officers")."""
    start = m.start
    for other in sorted((o for o in found if o.end <= m.start), key=lambda o: -o.end):
        if other.end <= start and _LIST_AFTER_CUE.match(text[other.end:start]):
            start = other.start
    return start
