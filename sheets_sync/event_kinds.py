"""Kinds of community safety event and the words staff name them by. Pure data.

Departments name one event in their own words: Police's "National Night Out" is Parks' "Block
Party" and Community Safety's "Community Cookout"; Parks' "Riverfront Cleanup" is Community
Safety's "Litter Pick-Up"; Fire's "Open House" is 911's "Station Tour". Titles that share no
word say nothing to a string comparison; that both name the same *kind* of event is evidence
that two rows at one place and hour are one event (:func:`sheets_sync.matching._title_level`;
verifiers v31 E11, v34 S1–S17, H1–H4).

:data:`BUILT_IN` maps a kind to the phrases that name it, in English and Spanish, as staff
type them in titles. A city adds its own words with ``matching.event_kinds`` in config.yaml
(a kind → more phrases; a new kind → its phrases). Phrases are matched as whole words after
the title's normalisation (case, accents, punctuation, abbreviations, the Spanish glossary and
stop words: ``matching.Normaliser.title``), so "Clean-Up" and "clean up" are one phrase.

Kinds are specific on purpose: formats shared by unrelated events ("class", "meeting",
"board") are no kind — a CPR class and a CPR instructors' meeting, or two boards' meetings at
City Hall, are different events.
"""
from __future__ import annotations

BUILT_IN: dict[str, tuple[str, ...]] = {
    "neighbourhood party": (
        "national night out", "night out against crime", "neighborhood night out", "block party",
        "block parties", "street party", "cookout", "cook out", "community picnic", "neighborhood picnic",
        "ice cream social", "summer social", "meet your neighbors", "noche nacional", "fiesta de cuadra",
        "fiesta del barrio", "fiesta vecinal"),
    "cleanup": (
        "cleanup", "clean up", "clean-up", "cleaning day", "litter", "trash pickup", "trash pick up",
        "trash grab", "spruce up", "spruce-up", "beautification", "beautify", "sweep", "graffiti removal",
        "adopt a street", "adopt a spot", "stewardship day", "limpieza", "recogida de basura"),
    "drug take-back": (
        "take back", "takeback", "drug disposal", "drug drop off", "prescription disposal",
        "prescription drug disposal", "medication disposal", "medicine disposal", "rx disposal",
        "pill drop", "sharps disposal", "medicine collection", "meds collection", "medication collection",
        "medicine cabinet", "devolucion de medicamentos"),
    "shredding": ("shred", "shredding", "shred day", "shred a thon", "document destruction"),
    "resource fair": (
        "resource fair", "resource expo", "resource day", "resource festival", "services fair",
        "services expo", "service fair", "service expo", "community services day", "feria de recursos"),
    "open house": (
        "open house", "station tour", "station tours", "precinct tour", "firehouse tour",
        "tour station", "open doors", "open station", "puertas abiertas", "casa abierta"),
    "smoke alarms": (
        "smoke alarm", "smoke alarms", "smoke detector", "smoke detectors", "sound alarm",
        "alarm install", "alarm installs", "alarma de humo", "alarmas de humo"),
    "car seats": (
        "car seat", "car seats", "carseat", "carseats", "child passenger safety", "booster seat",
        "booster seats", "sillas de auto", "asientos de seguridad"),
    "preparedness": (
        "preparedness", "emergency prep", "disaster prep", "be ready", "ready fair", "ready expo",
        "get ready", "go kit", "go-kit", "preparacion para emergencias", "preparados"),
    "vigil": ("vigil", "candlelight", "remembrance", "memorial service", "vigilia"),
    "bike safety": (
        "bike rodeo", "bicycle rodeo", "bike safety", "bicycle safety", "bike clinic",
        "bicycle clinic", "helmet fitting", "helmet giveaway", "bike helmet", "helmets",
        # (NYC's "Learn to Ride a Bike", a Police "Bike Rodeo" beside it: a fresh city's check)
        "learn to bike", "ride a bike", "ride a bicycle", "bike skills", "bicycle skills", "bike education",
        "cycling skills"),
    "fraud prevention": (
        "scam", "scams", "fraud", "identity theft", "estafas", "fraude"),
    "back to school": (
        "back to school", "backpack giveaway", "backpack drive", "backpack distribution",
        "school supply", "school supplies", "stuff bus", "regreso a clases"),
    "toy drive": (
        "toy drive", "toy giveaway", "toy distribution", "toys for tots", "stuff truck",
        "stuff cruiser", "blue santa", "holiday gift giveaway", "reparto de regalos", "juguetes"),
    "coffee with officers": (
        "coffee with cop", "coffee with cops", "coffee with police", "cops and coffee",
        "community coffee", "coffee and conversation"),
    "town hall": (
        "town hall", "community meeting", "community forum", "public forum", "listening session",
        "community conversation", "asamblea comunitaria", "reunion comunitaria"),
    "touch a truck": ("touch truck", "touch a truck", "big truck day", "meet trucks"),
    "movie night": ("movie night", "movie in park", "outdoor movie", "movies under stars", "film night",
                    "flicks", "noche de cine"),
    "halloween": ("trunk or treat", "halloween", "boo bash"),
    "egg hunt": ("egg hunt", "eggstravaganza", "easter"),
    "independence day": ("fourth july", "4th july", "july 4th", "independence day"),
    "health fair": ("health fair", "wellness fair", "health expo", "wellness expo", "wellness day",
                    "blood pressure", "feria de salud"),
    "job fair": ("job fair", "career fair", "hiring event", "career expo", "feria de empleo"),
    "community walk": ("community walk", "neighborhood walk", "safety walk", "outreach walk",
                       "walk and talk", "walkabout", "walk with cop", "peace walk", "walk block", "caminata"),
    "sports clinic": ("basketball clinic", "soccer clinic", "sports clinic", "football clinic", "hoops",
                      "clinica de futbol"),
}

#: kinds whose events one building holds several of at once, told apart by their topic: two
#: titles of such a kind each naming a topic of its own are not one event by their kind alone
#: ("Chief's Community Forum" / "Community Conversation: Flood Buyout", v39 C14)
TOPICAL = frozenset({"town hall"})
