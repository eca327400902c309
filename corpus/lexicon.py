"""Entity lexicon of the sample corpus: surface forms -> (label, canonical name).

The ground truth's ``entities`` are found by matching these surface forms in each
document's text (see ``corpus.truth``); a mention the lexicon cannot express is marked in
the source with ``{{surface|LABEL|canonical}}``.  The same vocabularies feed the scale
generator (``corpus.generate``).

Canonical names: agencies by their official name in ../shared/data/myndigheter
(civictechsweden/myndighetsdata, CC0), e.g. ``Skolverket`` -> ``Statens skolverk``,
``polisen`` -> ``Polismyndigheten``; parties by their current full name (``FP`` ->
``Liberalerna``); council bodies by their full name (``KSAU`` -> ``Kommunstyrelsens
arbetsutskott``); measures in lower case (``SSP`` excepted); persons by full name.
The lexicon itself is the project's own work (MIT, like the repository).
"""

from __future__ import annotations

import re
from functools import cache

# Swedish inflectional endings that may follow a listed stem (definite, plural, genitive).
_SUFFIX = r"(?:en|et|na|n|t|ar|arna|er|erna|or|orna|s|ens|ets|nas|ns|arnas|ernas|ornas)?"

DISTRICTS: dict[str, list[str]] = {
    name: [name]
    for name in (
        "Gottsunda",
        "Valsätra",
        "Stenhagen",
        "Gränby",
        "Sävja",
        "Storvreta",
        "Eriksberg",
        "Flogsta",
        "Kvarngärdet",
        "Salabacke",
        "Årsta",
        "Luthagen",
        "Svartbäcken",
        "Nyby",
        "Gamla Uppsala",
        "Björklinge",
        "Vattholma",
        "Gunsta",
        "Länna",
        "Almunge",
        "Skyttorp",
        "Järlåsa",
        "Rosendal",
        "Ulleråker",
        "Kungsängen",
        "Boländerna",
        "Fyrislund",
        "Bergsbrunna",
        "Vänge",
        "Bälinge",
        "Sunnersta",
        "Norby",
        "Löten",
        "Tunabackar",
        "Fålhagen",
        "Eriksdal",
        "Håga",
        "Librobäck",
        "Östra Fyrislund",
        "Gränbystaden",
    )
}
# "Gränbystaden" is the shopping area in Gränby; folded into the district.
DISTRICTS["Gränby"].append("Gränbystaden")
del DISTRICTS["Gränbystaden"]
DISTRICTS["Östra Fyrislund"] = ["Östra Fyrislund"]
DISTRICTS["Läby"] = ["Läby"]
DISTRICTS["Ramsta"] = ["Ramsta"]
DISTRICTS["Södra staden"] = ["Södra staden"]
# The city centre ("city" in Uppsala speech) is treated as a district of its own.
DISTRICTS["Centrala Uppsala"] = [
    "centrala Uppsala",
    "Centrala Uppsala",
    "city",
    "stadskärnan",
    "Stadskärnan",
]

AGENCIES: dict[str, list[str]] = {
    "Polismyndigheten": [
        "Polismyndigheten",
        "polismyndigheten",
        "Polisen",
        "polisen",
        "polis",
        "Polis",
        "lokalpolisområde Uppsala",
        "Lokalpolisområde Uppsala",
        "lokalpolisområdet",
    ],
    "Länsstyrelsen i Uppsala län": [
        "Länsstyrelsen i Uppsala län",
        "länsstyrelsen i Uppsala län",
        "Länsstyrelsen",
        "länsstyrelsen",
    ],
    "Brottsförebyggande rådet": ["Brottsförebyggande rådet", "brottsförebyggande rådet", "Brå"],
    "Trafikverket": ["Trafikverket"],
    "Statens skolverk": ["Skolverket", "Statens skolverk"],
    "Statens skolinspektion": ["Skolinspektionen"],
    "Region Uppsala": ["Region Uppsala"],
    "Säkerhetspolisen": ["Säkerhetspolisen", "säkerhetspolisen", "Säpo"],
    "Skatteverket": ["Skatteverket", "Skattemyndigheten"],
    "Försäkringskassan": ["Försäkringskassan", "Försäkringskassa"],
    "Arbetsförmedlingen": ["Arbetsförmedlingen", "Arbetsförmedling"],
    "Socialstyrelsen": ["Socialstyrelsen"],
    "Boverket": ["Boverket"],
    "Migrationsverket": ["Migrationsverket"],
    "Kriminalvården": ["Kriminalvården"],
    "Ekobrottsmyndigheten": ["Ekobrottsmyndigheten"],
    "Åklagarmyndigheten": ["Åklagarmyndigheten"],
    "Myndigheten för samhällsskydd och beredskap": [
        "Myndigheten för samhällsskydd och beredskap",
        "MSB",
    ],
    "Folkhälsomyndigheten": ["Folkhälsomyndigheten"],
    "Inspektionen för vård och omsorg": ["Inspektionen för vård och omsorg", "IVO"],
    "Statens institutionsstyrelse": ["Statens institutionsstyrelse", "SiS"],
    "Transportstyrelsen": ["Transportstyrelsen"],
    "Kronofogdemyndigheten": ["Kronofogden", "Kronofogdemyndigheten"],
    "Integritetsskyddsmyndigheten": ["Integritetsskyddsmyndigheten", "Datainspektionen"],
    "Uppsala universitet": ["Uppsala universitet"],
    "Förvaltningsrätten i Uppsala": ["Förvaltningsrätten i Uppsala", "förvaltningsrätten"],
}

COUNCIL_BODIES: dict[str, list[str]] = {
    "Kommunfullmäktige": ["Kommunfullmäktige", "kommunfullmäktige", "fullmäktige", "Fullmäktige"],
    "Kommunstyrelsen": ["Kommunstyrelsen", "kommunstyrelsen"],
    "Kommunstyrelsens arbetsutskott": [
        "Kommunstyrelsens arbetsutskott",
        "kommunstyrelsens arbetsutskott",
        "KSAU",
    ],
    "Gatu- och samhällsmiljönämnden": [
        "Gatu- och samhällsmiljönämnden",
        "gatu- och samhällsmiljönämnden",
    ],
    "Socialnämnden": ["Socialnämnden", "socialnämnden"],
    "Utbildningsnämnden": ["Utbildningsnämnden", "utbildningsnämnden"],
    "Äldrenämnden": ["Äldrenämnden", "äldrenämnden"],
    "Kulturnämnden": ["Kulturnämnden", "kulturnämnden"],
    "Plan- och byggnadsnämnden": ["Plan- och byggnadsnämnden", "plan- och byggnadsnämnden"],
    "Idrotts- och fritidsnämnden": ["Idrotts- och fritidsnämnden", "idrotts- och fritidsnämnden"],
    "Omsorgsnämnden": ["Omsorgsnämnden", "omsorgsnämnden"],
    "Arbetsmarknadsnämnden": ["Arbetsmarknadsnämnden", "arbetsmarknadsnämnden"],
    "Uppsalahem": ["Uppsalahem"],
    "Uppsala Vatten": ["Uppsala Vatten"],
    "Stadsbyggnadsförvaltningen": ["Stadsbyggnadsförvaltningen", "stadsbyggnadsförvaltningen"],
    "Kommunledningskontoret": ["Kommunledningskontoret", "kommunledningskontoret"],
    "Socialförvaltningen": ["Socialförvaltningen", "socialförvaltningen"],
    "Vård- och omsorgsförvaltningen": [
        "Vård- och omsorgsförvaltningen",
        "vård- och omsorgsförvaltningen",
    ],
    "Hemtjänsten": ["Hemtjänsten", "hemtjänsten"],
    "Utbildningsförvaltningen": ["Utbildningsförvaltningen", "utbildningsförvaltningen"],
    "Socialtjänsten": ["Socialtjänst", "socialtjänst"],
    "Räddningstjänsten": ["Räddningstjänst", "räddningstjänst"],
    "Skolfastigheter": ["Skolfastigheter"],
    "Uppsala kommun Sport- och rekreationsfastigheter": [
        "Uppsala kommun Sport- och rekreationsfastigheter",
        "Sportfastigheter",
    ],
}

MEASURES: dict[str, list[str]] = {
    "kameraövervakning": [
        "kameraövervakning",
        "Kameraövervakning",
        "övervakningskamera",
        "kamerabevakning",
        "trygghetskamera",
    ],
    "lokalt poliskontor": [
        "lokalt poliskontor",
        "lokala poliskontoret",
        "lokala poliskontor",
        "Lokalt poliskontor",
        "poliskontor",
        "polisstation",
    ],
    "trygghetsvakter": ["trygghetsvakt", "Trygghetsvakt"],
    "fältassistenter": ["fältassistent", "Fältassistent"],
    "grannsamverkan": ["grannsamverkan", "Grannsamverkan"],
    "medborgarlöfte": ["medborgarlöfte", "Medborgarlöfte"],
    "SSP": ["SSP"],
    "handlingsplan för ökad trygghet": [
        "handlingsplan för ökad trygghet",
        "handlingsplanen för ökad trygghet",
        "Handlingsplan för ökad trygghet",
        "trygghetsplan",
    ],
    "samverkansavtal": ["samverkansavtal", "Samverkansavtal"],
    "trygghetsvandring": ["trygghetsvandring", "Trygghetsvandring"],
    "belysning": ["belysning", "Belysning", "gatubelysning", "Gatubelysning"],
    "ordningsvakter": ["ordningsvakt", "Ordningsvakt"],
    "områdespoliser": ["områdespolis", "Områdespolis"],
    "Bostad först": ["Bostad först", "bostad först"],
    "nattvandring": ["nattvandring", "nattvandrare", "Nattvandrare"],
    "skolskjuts": ["skolskjuts", "Skolskjuts"],
    "förskoleplatser": ["förskoleplats", "Förskoleplats"],
    "cykelväg": ["cykelväg", "Cykelväg", "gång- och cykelväg", "Gång- och cykelväg"],
    "simhall": ["simhall", "Simhall"],
    "platsgaranti i äldreboende": ["platsgaranti", "Platsgaranti"],
    "sommarjobb för unga": ["sommarjobb", "Sommarjobb", "feriejobb", "Feriejobb"],
    "trygghetsmätning": ["trygghetsmätning", "Trygghetsmätning", "trygghetsundersökning"],
    "lokal lägesbild": [
        "lokal lägesbild",
        "lokala lägesbilden",
        "lokala lägesbilder",
        "lokala lägesbild",
    ],
    "fritidsgårdar": ["fritidsgård", "Fritidsgård"],
    "polisiär närvaro": ["polisiär närvaro", "polisiära närvaron", "polisnärvaro", "Polisnärvaro"],
    "avhopparverksamhet": ["avhopparverksamhet", "avhopparprogram"],
    "akutboende": ["akutboende", "Akutboende", "härbärge", "Härbärge"],
    "vräkningsförebyggande arbete": ["vräkningsförebyggande", "Vräkningsförebyggande"],
}

PARTIES: dict[str, list[str]] = {
    "Socialdemokraterna": ["Socialdemokraterna", "socialdemokraterna", "(S)", "S-"],
    "Moderaterna": ["Moderaterna", "moderaterna", "(M)"],
    "Liberalerna": ["Liberalerna", "liberalerna", "Folkpartiet", "(L)", "(FP)"],
    "Centerpartiet": ["Centerpartiet", "centerpartiet", "(C)"],
    "Kristdemokraterna": ["Kristdemokraterna", "kristdemokraterna", "(KD)"],
    "Vänsterpartiet": ["Vänsterpartiet", "vänsterpartiet", "(V)"],
    "Miljöpartiet": ["Miljöpartiet", "miljöpartiet", "(MP)"],
    "Sverigedemokraterna": ["Sverigedemokraterna", "sverigedemokraterna", "(SD)"],
}

PARTY_ABBREVIATIONS: dict[str, str] = {
    "S": "Socialdemokraterna",
    "M": "Moderaterna",
    "L": "Liberalerna",
    "FP": "Liberalerna",
    "C": "Centerpartiet",
    "KD": "Kristdemokraterna",
    "V": "Vänsterpartiet",
    "MP": "Miljöpartiet",
    "SD": "Sverigedemokraterna",
}

#: Fictional persons of the sample corpus (full name -> party abbreviation or None).
#: None of them is a real politician; real titles (landshövding, rikspolischef) are used
#: with fictional names.
PERSONS: dict[str, str | None] = {
    "Karin Lindqvist": "M",
    "Anders Holmgren": "S",
    "Marie Sjöberg": "S",
    "Johan Ekström": "KD",
    "Elin Forsberg": "V",
    "Per-Olof Nyström": "SD",
    "Sara Bergkvist": "L",
    "Mikael Åström": "C",
    "Lena Wikström": "MP",
    "Henrik Dahl": "M",
    "Fatima Hassan": "S",
    "Olle Lundgren": "L",
    "Ingrid Palm": "KD",
    "Tobias Ek": "V",
    "Amanda Söderberg": "MP",
    "Gustav Engström": "SD",
    "Hanna Norling": "C",
    "Erik Blomqvist": "S",
    "Jonas Friberg": "M",
    "Maja Lindström": "V",
    "Ahmed Yusuf": "S",
    "Birgitta Hellström": None,
    "Stefan Carlsson": None,
    "Lars Öberg": None,
    "Kristina Vall": None,
    "Peter Rosén": None,
    "Annika Strand": None,
    "Magnus Torstensson": "S",
    "Helena Kjellberg": None,
    "Nils Grahn": None,
    "Camilla Wester": "L",
    "Rebecka Moberg": "MP",
    "David Lindahl": "KD",
    "Sofia Almqvist": "S",
    "Ulf Bengtsson": None,
    "Eva Hjort": None,
    "Linnea Sandberg": "C",
    "Robert Falk": "SD",
    "Jenny Axelsson": "V",
    "Thomas Viklund": None,
    "Gunnel Marklund": None,
    "Roger Lindfors": None,
    "Åsa Nordin": None,
    "Josefin Lund": None,
    "Malin Ekdahl": None,
    "Oskar Hjelm": None,
    "Leila Karimi": "S",
    "Björn Sundin": "M",
    "Ylva Granqvist": "C",
    "Pernilla Åberg": "M",
    "Kenneth Hedlund": None,
}


def _form_pattern(form: str, inflect: bool) -> str:
    escaped = re.escape(form)
    if form.startswith("("):
        return escaped
    tail = _SUFFIX if inflect else r"s?"
    return rf"(?<![\wÅÄÖåäö-]){escaped}{tail}(?![\wÅÄÖåäö])"


@cache
def _matchers() -> list[tuple[re.Pattern[str], str, str]]:
    entries: list[tuple[str, str, str, bool]] = []
    for label, table, inflect in (
        ("DISTRICT", DISTRICTS, False),
        ("AGENCY", AGENCIES, True),
        ("COUNCIL_BODY", COUNCIL_BODIES, True),
        ("MEASURE", MEASURES, True),
        ("PARTY", PARTIES, True),
    ):
        for canonical, forms in table.items():
            for form in forms:
                entries.append((form, label, canonical, inflect))
    for name in PERSONS:
        entries.append((name, "PERSON", name, False))
    entries.sort(key=lambda e: -len(e[0]))
    out = []
    for form, label, canonical, inflect in entries:
        if form == "S-":
            continue  # only used by the generator's party tags
        pattern = _form_pattern(form, inflect)
        # Measures are often the second part of a compound ("Gottsunda-kameran" is not
        # one, but "trygghetskameror" is): allow a lower-case prefix for measures.
        if label == "MEASURE" and form[0].islower():
            pattern = rf"(?<![\wÅÄÖåäö-])[a-zåäö]*{re.escape(form)}{_SUFFIX}(?![\wÅÄÖåäö])"
        out.append((re.compile(pattern), label, canonical))
    return out


def find_entities(text: str) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, label, canonical) matches, longest form first."""
    taken = [False] * (len(text) + 1)
    found: list[tuple[int, int, str, str]] = []
    for pattern, label, canonical in _matchers():
        for m in pattern.finditer(text):
            start, end = m.span()
            if label == "PARTY" and m.group().startswith("("):
                start, end = start + 1, end - 1
            if any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            found.append((start, end, label, canonical))
    found.sort()
    return found
