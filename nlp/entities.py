"""Entity recognition and canonicalisation: the ``km_entities`` spaCy component.

Writes ``doc.spans["entities"]``: one Span per mention, ``span.label_`` one of
DISTRICT, AGENCY, COUNCIL_BODY, MEASURE, PERSON, PARTY and ``span.kb_id_`` the canonical
name.  Sources of candidates:

- gazetteer aliases (nlp/gazetteer.py) through two PhraseMatchers: LOWER for lower-case
  aliases, ORTH for aliases with capitals (abbreviations, place names);
- measures (``data/measures.tsv``): word beginnings with Swedish inflections and compound
  continuations, compound heads, exact abbreviations and multi-word stems;
- party abbreviations in parentheses ("(S)", "(S, V och MP)"), multi-letter
  abbreviations anywhere ("KD", "SD:s"), and letter-hyphen compounds ("S-styret");
- district compounds ("Gottsundaområdet"); a district before torg, gata, väg, skola …
  is an address and dropped ("Vaksala torg 1");
- bodies by their head word, in any municipality ("grundskolenämnden", "Individ- och
  familjenämnden", "stadsledningskontoret"), where no gazetteer entry covers them;
- persons (nlp/persons.py);
- "nämnden" / "förvaltningen" without a name: the nearest body of that kind named before.

The document's municipality (``MunicipalityFinder``, from the names of Sweden's
municipalities in it): in a document of another municipality, or a Riksdag document that
does not name the configured one, the configured municipality's own aliases (districts,
bodies, local short forms such as "länsstyrelsen") are left out; "länsstyrelsen" and
"regionen" there are the ones named before in the document, else those of the other
municipality's county.

Overlaps are resolved by keeping the longest candidate (ties: the order above), so
mentions never overlap and never repeat.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.lookups import Table
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from nlp.gazetteer import Gazetteer, load_gazetteer
from nlp.persons import PersonFinder

SPAN_KEY = "entities"
LABEL_ORDER = ("COUNCIL_BODY", "AGENCY", "DISTRICT", "PARTY", "MEASURE", "PERSON")

#: Swedish inflection endings allowed after a measure stem ("kamer" + "orna").
INFLECTIONS = frozenset(
    {
        "",
        "a",
        "an",
        "ans",
        "ar",
        "arna",
        "arnas",
        "ars",
        "e",
        "en",
        "ena",
        "enas",
        "ens",
        "er",
        "erna",
        "ernas",
        "ers",
        "et",
        "ets",
        "n",
        "na",
        "nas",
        "ns",
        "or",
        "orna",
        "ornas",
        "ors",
        "s",
        "t",
        "ts",
        "ade",
        "ande",
    }
)
COMPOUND_STEM_MIN = 8  # stems this long may continue as a compound
#: word forms whose measure (or none) is remembered; the cache starts over when full
TOKEN_CACHE_SIZE = 200_000
#: party abbreviations that may stand outside parentheses (unambiguous in council text;
#: "Fp", "Kd", "Mp" are the mixed-case forms of older records)
FREE_PARTY_ABBREVIATIONS = frozenset(
    {"KD", "MP", "SD", "VPK", "KDS", "SAP", "FP", "Fp", "Kd", "Mp"}
)
#: nouns that make a following capital letter a label, not a party ("bilaga S", "punkt C:s")
LETTER_LABEL_NOUNS = frozenset(
    {
        "bilaga",
        "bilagan",
        "bilagorna",
        "avsnitt",
        "avsnittet",
        "punkt",
        "punkten",
        "kapitel",
        "kapitlet",
        "alternativ",
        "alternativet",
        "del",
        "delen",
        "fall",
        "fallet",
        "typ",
        "kategori",
        "kategorin",
        "zon",
        "zonen",
        "område",
        "området",
        "grupp",
        "gruppen",
        "nivå",
        "nivån",
        "klass",
        "klassen",
        "hus",
        "huset",
        "plan",
        "planet",
        "sal",
        "salen",
        "rum",
        "etapp",
        "etappen",
        "steg",
        "steget",
        "version",
        "modell",
        "scenario",
        "scenariot",
        "tabell",
        "tabellen",
        "figur",
        "figuren",
        "diagram",
        "diagrammet",
        "karta",
        "kartan",
        "person",
        "personen",
        "elev",
        "eleven",
        "företag",
        "företaget",
        "bolag",
        "bolaget",
        "skola",
        "skolan",
        "objekt",
        "vitamin",
        "storlek",
        "storlekarna",
        "lista",
        "listan",
        "linje",
        "linjen",
        "väg",
        "trappa",
        "ingång",
        "ingången",
        "entré",
        "port",
        "porten",
    }
)
#: what a party does in a council record: a party letter outside parentheses before one of
#: these verbs is the party ("att L nu röstar emot", "S och V yrkade bifall")
PARTY_VERBS = frozenset(
    {
        "röstar",
        "röstade",
        "yrkar",
        "yrkade",
        "föreslår",
        "föreslog",
        "reserverar",
        "reserverade",
        "motionerar",
        "motionerade",
        "kräver",
        "krävde",
        "driver",
        "drev",
        "vill",
        "ville",
        "anser",
        "ansåg",
        "menar",
        "tycker",
        "tyckte",
        "stöder",
        "stödjer",
        "stödde",
        "avstår",
        "avstod",
        "backar",
        "backade",
        "styr",
        "styrde",
        "regerar",
        "vann",
        "förlorade",
        "tappar",
        "tappade",
        "lovar",
        "lovade",
        "satsar",
        "satsade",
        "prioriterar",
        "prioriterade",
        "kritiserar",
        "kritiserade",
        "välkomnar",
        "välkomnade",
        "motsätter",
        "motsatte",
        "säger",
        "sa",
        "sade",
        "instämmer",
        "instämde",
        "deltar",
        "deltog",
    }
)
#: adverbs that may stand between the party and its verb ("L nu röstar")
PARTY_VERB_ADVERBS = frozenset(
    {"nu", "också", "även", "inte", "dock", "däremot", "redan", "fortfarande", "återigen", "ju"}
)
#: "S-ledda", "M-styret": a party letter before these word beginnings (not "C-uppsatsen")
PARTY_COMPOUND_HEADS = (
    "led",
    "styr",
    "politik",
    "grupp",
    "regering",
    "majoritet",
    "förslag",
    "kandidat",
    "kommunalråd",
    "ledamot",
    "ledamöter",
    "ordförande",
    "sympatisör",
    "väljare",
    "topp",
    "företrädare",
    "representant",
    "minister",
    "märkt",
    "budget",
    "motion",
    "kongress",
)
PARTY_LIST_WORDS = frozenset({",", "och", "/", "samt", "+", "&"})
#: heads of a one-word compound that names a district's area ("Gottsundaområdet")
AREA_HEADS = ("området", "områdets", "område", "områdes", "stadsdelen", "stadsdelens")
#: words after a district name that make it the name of a street, square, road, park or
#: school ("Vaksala torg 1", "Gottsunda skola"): an address, not the district (a village's
#: church, "vid Järlåsa kyrka", still places the text in the village)
STREET_HEADS = frozenset(
    {
        "torg",
        "torget",
        "gata",
        "gatan",
        "väg",
        "vägen",
        "allé",
        "allén",
        "gränd",
        "gränden",
        "stig",
        "stigen",
        "park",
        "parken",
        "skola",
        "skolan",
    }
)
#: generic body words resolved to the nearest named body of that kind
GENERIC_BODIES = {
    "nämnden": "nämnden",
    "nämndens": "nämnden",
    "förvaltningen": "förvaltningen",
    "förvaltningens": "förvaltningen",
}


def hyphen_compound_end(doc: Doc, i: int) -> int:
    """End of a compound written with a hyphen after an abbreviation ("SSP-arbetet",
    "SSP-samverkan"): the abbreviation, "-" and a lower-case word, with no space between."""
    if (
        i + 2 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].text[:1].islower()
        and doc[i + 2].is_alpha
    ):
        return i + 3
    return i + 1


#: head words of bodies found without a gazetteer (compounds: "grundskolenämnden")
GENERIC_BODY_HEADS = ("nämnden", "förvaltningen", "ledningskontoret", "byggnadskontoret")
GENERIC_BODY_ENDINGS = GENERIC_BODY_HEADS + tuple(h + "s" for h in GENERIC_BODY_HEADS)
#: first parts that make the compound something else than a municipal body
GENERIC_BODY_NOT_PREFIXES = {
    # state boards (hyresnämnden, ansvarsnämnden ...), boards of associations and sports
    # (disciplinnämnden) and generic words (facknämnden)
    "nämnden": frozenset(
        {
            "hyres",
            "arrende",
            "ansvars",
            "fack",
            "besvärs",
            "överklagande",
            "skatterätts",
            "prövnings",
            "etikprövnings",
            "disciplin",
            "tävlings",
            "pris",
        }
    ),
    # the activity, the state or a court's administration of an estate, not a body
    "förvaltningen": frozenset(
        {
            "stats",
            "kommun",
            "kapital",
            "skogs",
            "egendoms",
            "fond",
            "arvs",
            "bo",
            "dödsbo",
            "region",
            "tvångs",
            "konkurs",
        }
    ),
}
#: short forms of agencies that mean the one of the document's county
AGENCY_SHORT_FORMS = {
    "länsstyrelsen": "county",
    "länsstyrelsens": "county",
    "regionen": "region",
    "regionens": "region",
    "landstinget": "region",
    "landstingets": "region",
}


def _agency_kind(canonical: str) -> str | None:
    if canonical.startswith("Länsstyrelsen i "):
        return "county"
    if canonical.startswith("Region ") or canonical == "Västra Götalandsregionen":
        return "region"
    return None


def _first_part(text: str) -> bool:
    """The first part of a coordinated compound: "Individ-", "idrotts-"."""
    return len(text) > 2 and text.endswith("-") and text[:-1].isalpha()


class MunicipalityFinder:
    """Which municipality a document is about, from the names of Sweden's municipalities
    in it (``data/kommuner.tsv``).

    A name counts once per mention ("Västerås", "Göteborgs") and once more in
    "X kommun", "Xs stad", "kommunfullmäktige i X"; an ambiguous name (Mark, Lund) counts
    only in those.  The document is of another municipality when another one scores at
    least 2 and more than the configured one.  A Riksdag document (a reference such as
    "2019/20:123") is of the configured municipality only when it names it."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.home = gazetteer.home
        self.county = {name: county for name, (county, _) in gazetteer.municipalities.items()}
        #: first word of a name (and its genitive, in capitals too) -> [(rest, name, ambiguous)]
        self.forms: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
        names = {name: ambiguous for name, (_, ambiguous) in gazetteer.municipalities.items()}
        names.setdefault(self.home, False)
        for name, ambiguous in names.items():
            words = name.split(" ")
            last = words[-1]
            lasts = {last, last + "s"} if last[-1] not in "sxz" else {last}
            for form in lasts:
                full = words[:-1] + [form]
                for variant in (full, [w.upper() for w in full]):
                    self.forms.setdefault(variant[0], []).append(
                        (tuple(variant[1:]), name, ambiguous)
                    )

    @property
    def unambiguous_forms(self) -> frozenset[str]:
        """One-word forms of the unambiguous names ("Västerås", "Göteborgs")."""
        return frozenset(
            form
            for form, entries in self.forms.items()
            if any(not rest and not ambiguous for rest, _, ambiguous in entries)
        )

    def scores(self, words: Sequence[str]) -> dict[str, int]:
        """Score of each municipality named in a document (``words``: its token texts)."""
        score: dict[str, int] = {}
        n = len(words)
        for i, text in enumerate(words):
            entries = self.forms.get(text)
            if entries is None:
                continue
            for rest, name, ambiguous in entries:
                end = i + 1 + len(rest)
                if rest and tuple(words[i + 1 : end]) != rest:
                    continue
                nxt = words[end].lower() if end < n else ""
                strong = nxt in MUNICIPALITY_HEADS or (
                    i >= 2 and words[i - 1] == "i" and words[i - 2].lower() in COUNCIL_WORDS
                )
                if ambiguous and not strong:
                    continue
                score[name] = score.get(name, 0) + 1 + strong
                break
        return score

    def home_document(
        self, doc: Doc, words: Sequence[str], text: str
    ) -> tuple[bool, str | None, str | None]:
        """(the document is of the configured municipality, the municipality it is of (None
        for a Riksdag document that names none), the county of that one when it is
        another)."""
        score = self.scores(words)
        home_score = score.pop(self.home, 0)
        other, other_score = max(score.items(), key=lambda kv: kv[1], default=(None, 0))
        if other is not None and other_score >= 2 and other_score > home_score:
            return False, other, self.county.get(other)
        if home_score == 0 and _riksdag_document(doc, text):
            return False, None, None
        return True, self.home, None


#: doc.user_data key: the municipality a document is of (None: a Riksdag document of none)
MUNICIPALITY_KEY = "km_municipality"
#: words after a municipality's name that make it the municipality ("Västerås stad")
MUNICIPALITY_HEADS = frozenset({"kommun", "kommuns", "stad", "stads"})
#: "kommunfullmäktige i Örebro", "kommunstyrelsen i Västerås"
COUNCIL_WORDS = frozenset(
    {"kommunfullmäktige", "fullmäktige", "kommunstyrelsen", "kommunen", "staden"}
)
RIKSDAG_REFERENCE = re.compile(r"\b(?:19|20)\d\d/\d\d:\d+\b")


def _riksdag_document(doc: Doc, text: str) -> bool:
    """A Riksdag document: its reference or its text has a riksmöte number (2019/20:123)."""
    context = doc.user_data.get("km_document") if doc.user_data else None
    reference = (context or {}).get("reference") or ""
    return bool(RIKSDAG_REFERENCE.search(reference) or RIKSDAG_REFERENCE.search(text))


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    canonical: str


class WordForms:
    """Membership in the lemma table: its inflected forms (keys) and its lemmas (values)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.lemmas = frozenset(v for v in table.values() if isinstance(v, str))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.table or word in self.lemmas)


class MeasureMatcher:
    """Token-level matching of the measure taxonomy."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.prefix: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        heads: list[tuple[str, str]] = []
        multi: list[tuple[str, str]] = []
        self.before: dict[str, frozenset[str]] = {}
        for measure in gazetteer.measures:
            self.before[measure.canonical] = frozenset(measure.before)
            for stem in measure.stems:
                if " " in stem or "-" in stem:
                    multi.append((stem, measure.canonical))
                elif stem != stem.lower():
                    self.exact[stem] = measure.canonical
                elif stem.startswith("*"):
                    heads.append((stem[1:], measure.canonical))
                else:
                    self.prefix.setdefault(stem, measure.canonical)
                    if stem.endswith("are") and len(stem) > COMPOUND_STEM_MIN:
                        # agent nouns drop the e before -na: fältsekreterare -> fältsekreterarna
                        self.prefix.setdefault(stem[:-1], measure.canonical)
        self._cache: dict[str, str | None] = {}
        self.min_len = min((len(s) for s in self.prefix), default=1)
        self.max_len = max((len(s) for s in self.prefix), default=0)
        self.prefix_heads = frozenset(s[: self.min_len] for s in self.prefix)
        self.head_canonical = dict(heads)
        self.head_re = (
            re.compile(
                "("
                + "|".join(sorted((re.escape(h) for h, _ in heads), key=len, reverse=True))
                + ")([a-zåäö]*)$"
            )
            if heads
            else None
        )
        self.multi_re = None
        self.multi_canonical: list[str] = []
        if multi:
            # longest first: the regex takes the first alternative that matches, and
            # "handlingsplan för ökad trygghet och säkerhet" must win over its beginning
            multi.sort(key=lambda item: len(item[0]), reverse=True)
            parts = []
            for stem, canonical in multi:
                words = [re.escape(w) + r"[a-zåäö]*" for w in re.split(r"[\s-]+", stem) if w]
                parts.append(r"[\s-]+".join(words))
                self.multi_canonical.append(canonical)
            self.multi_re = re.compile(
                r"(?<![\w-])(?:" + "|".join(f"({p})" for p in parts) + r")(?![\w])",
                re.IGNORECASE,
            )

    def _token_measure(self, text: str) -> str | None:
        """The measure a token's text names (cached: council text repeats its words)."""
        try:
            return self._cache[text]
        except KeyError:
            pass
        if len(self._cache) >= TOKEN_CACHE_SIZE:
            self._cache.clear()
        found = self._cache[text] = self._measure_of(text)
        return found

    def _measure_of(self, text: str) -> str | None:
        if text in self.exact:
            return self.exact[text]
        lower = text.lower()
        if len(lower) < self.min_len or not lower[0].isalpha():
            return None
        if lower[: self.min_len] in self.prefix_heads:
            for k in range(min(len(lower), self.max_len), self.min_len - 1, -1):
                canonical = self.prefix.get(lower[:k])
                if canonical is None:
                    continue
                rest = lower[k:]
                if rest in INFLECTIONS or (k >= COMPOUND_STEM_MIN and rest.isalpha()):
                    return canonical
                break
        if self.head_re is not None and len(lower) > 6:
            match = self.head_re.search(lower)
            if match and match.start() >= 3 and match.group(2) in INFLECTIONS:
                return self.head_canonical[match.group(1)]
        return None

    def find(self, doc: Doc, text: str | None = None) -> list[Candidate]:
        """Measures in ``doc`` (``text``: ``doc.text``, when the caller has it)."""
        found = []
        for token in doc:
            if token.is_punct or token.is_space or token.like_num:
                continue
            canonical = self._token_measure(token.text)
            if canonical is not None:
                start, end = token.i, token.i + 1
                before = self.before.get(canonical, frozenset())
                while start > 0 and start > token.i - 3 and doc[start - 1].lower_ in before:
                    start -= 1
                if token.text in self.exact:
                    end = hyphen_compound_end(doc, token.i)
                found.append(Candidate(start, end, "MEASURE", canonical))
        if self.multi_re is not None:
            for match in self.multi_re.finditer(doc.text if text is None else text):
                group = next(k for k, g in enumerate(match.groups()) if g is not None)
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None:
                    found.append(
                        Candidate(span.start, span.end, "MEASURE", self.multi_canonical[group])
                    )
        return found


class EntityRecognizer:
    """The ``km_entities`` component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, municipality: str) -> None:
        self.name = name
        self.nlp = nlp
        self.municipality = municipality
        self.gazetteer = load_gazetteer(municipality)
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, str]] = {}
        #: match ids of the municipality's own aliases (left out in other municipalities)
        self.local_keys: set[int] = set()
        self._add_aliases(nlp)
        self.measures = MeasureMatcher(self.gazetteer)
        #: one-word district names with a capital (compounds "Gottsundaområdet")
        self.district_names = {
            a.text: a.canonical
            for a in self.gazetteer.aliases
            if a.label == "DISTRICT" and a.exact and " " not in a.text and not a.text.isupper()
        }
        self.parties = self.gazetteer.party_abbreviations
        self.places = MunicipalityFinder(self.gazetteer)
        self.persons = PersonFinder(
            self.gazetteer.first_names,
            self.gazetteer.surnames,
            self.gazetteer.titles,
            frozenset(self.parties),
            self.places.unambiguous_forms,
        )
        self._words: Container[str] | None = None

    def _add_aliases(self, nlp: Language) -> None:
        groups: dict[tuple[str, str, bool, bool], list[str]] = {}
        for alias in self.gazetteer.aliases:
            group = (alias.label, alias.canonical, alias.exact, alias.local)
            groups.setdefault(group, []).append(alias.text)
        for (label, canonical, exact, local), texts in groups.items():
            key = f"{label}\u241f{canonical}" + ("\u241flocal" if local else "")
            match_id = nlp.vocab.strings.add(key)
            self.keys[match_id] = (label, canonical)
            if local:
                self.local_keys.add(match_id)
            patterns = list(nlp.tokenizer.pipe(texts))
            (self.exact_matcher if exact else self.lower_matcher).add(key, patterns)

    @property
    def words(self) -> Container[str]:
        """Swedish word forms (the lemmatizer's lookup table), for telling names from words."""
        if self._words is None:
            words: Container[str] = frozenset()
            for _, component in self.nlp.pipeline:
                lookups = getattr(component, "lookups", None)
                if lookups is not None and lookups.has_table("lemma_lookup"):
                    words = WordForms(lookups.get_table("lemma_lookup"))
                    break
            self._words = words
        return self._words

    # ------------------------------------------------------------------ candidates
    def _gazetteer_candidates(self, doc: Doc, local: bool = True) -> list[Candidate]:
        """Alias matches; ``local=False`` leaves out the municipality's own aliases."""
        found = []
        for matcher in (self.lower_matcher, self.exact_matcher):
            for match_id, start, end in matcher(doc):
                if not local and match_id in self.local_keys:
                    continue
                label, canonical = self.keys[match_id]
                found.append(Candidate(start, end, label, canonical))
        return found

    def _generic_body_candidates(self, doc: Doc, words: Sequence[str]) -> list[Candidate]:
        """Bodies found by their head word, in any municipality: "grundskolenämnden",
        "Stadsledningskontorets", "Individ- och familjenämnden", "Kultur-, idrotts- och
        fritidsnämnden"; canonical = the definite form with a capital."""
        found = []
        for i, text in enumerate(words):
            lower = text.lower()
            if not lower.endswith(GENERIC_BODY_ENDINGS) or not text.isalpha():
                continue
            head = next(h for h in GENERIC_BODY_HEADS if lower.endswith((h, h + "s")))
            prefix = lower[: lower.rindex(head)]
            if len(prefix) < 3 or prefix in GENERIC_BODY_NOT_PREFIXES.get(head, ()):
                continue
            start = i
            # coordinated first parts: "Individ- och", "Kultur-, idrotts- och"
            if i >= 2 and words[i - 1] in {"och", "samt"} and _first_part(words[i - 2]):
                start = i - 2
                while start >= 2 and words[start - 1] == "," and _first_part(words[start - 2]):
                    start -= 2
            name = doc[start : i + 1].text
            if lower.endswith(head + "s"):
                name = name[:-1]  # genitive
            canonical = name[0].upper() + name[1:].lower()
            found.append(Candidate(start, i + 1, "COUNCIL_BODY", canonical))
        return found

    def _agency_short_forms(
        self, doc: Doc, chosen: list[Candidate], county: str | None
    ) -> list[Candidate]:
        """ "länsstyrelsen", "regionen" not matched as the configured municipality's own
        (a document of another municipality): the county board or region named before
        in the document, else the one of the document's county when it is known."""
        covered = {k for c in chosen for k in range(c.start, c.end)}
        defaults = self.gazetteer.counties.get(county or "", ("", ""))
        found = []
        for token in doc:
            kind = AGENCY_SHORT_FORMS.get(token.lower_)
            if kind is None or token.i in covered:
                continue
            previous = [
                c.canonical
                for c in chosen
                if c.label == "AGENCY" and c.end <= token.i and _agency_kind(c.canonical) == kind
            ]
            canonical = previous[-1] if previous else defaults[0 if kind == "county" else 1]
            if canonical:
                found.append(Candidate(token.i, token.i + 1, "AGENCY", canonical))
        return found

    def _party_candidates(self, doc: Doc) -> list[Candidate]:
        found = []
        n = len(doc)
        for token in doc:
            text = token.text
            base = text[:-2] if text.endswith(":s") else text
            if base not in self.parties:
                continue
            i = token.i
            canonical = self.parties[base]
            if base in FREE_PARTY_ABBREVIATIONS:
                found.append(Candidate(i, i + 1, "PARTY", canonical))
                continue
            # inside parentheses: "(S)", "(S, V och MP)", "(KD)"
            k = i - 1
            while (
                k >= 0
                and k > i - 12
                and (doc[k].text in PARTY_LIST_WORDS or doc[k].text in self.parties)
            ):
                k -= 1
            m = i + 1
            while (
                m < n
                and m < i + 12
                and (doc[m].text in PARTY_LIST_WORDS or doc[m].text in self.parties)
            ):
                m += 1
            in_parentheses = k >= 0 and doc[k].text == "(" and m < n and doc[m].text == ")"
            hyphen_compound = (
                i + 2 < n
                and doc[i + 1].text == "-"
                and not doc[i].whitespace_
                and doc[i + 2].lower_.startswith(PARTY_COMPOUND_HEADS)
            )
            if in_parentheses or hyphen_compound or self._party_in_running_text(doc, i, k, m):
                found.append(Candidate(i, i + 1, "PARTY", canonical))
        return found

    def _party_in_running_text(self, doc: Doc, i: int, k: int, m: int) -> bool:
        """A one-letter party abbreviation outside parentheses (``doc[k+1:m]`` is the list
        of party abbreviations it stands in): a genitive ("S:s förslag"), a member of a list
        with an unambiguous abbreviation ("S, V och MP"), or the subject of what parties do
        ("att L nu röstar emot", "S och V yrkade bifall"); never after a noun that makes a
        capital letter a label ("bilaga S", "alternativ C:s")."""
        if k >= 0 and doc[k].lower_ in LETTER_LABEL_NOUNS:
            return False
        token = doc[i]
        if token.text.endswith(":s"):
            return True
        if i + 1 < len(doc) and doc[i + 1].text in {".", "-"} and not token.whitespace_:
            return False  # an initial ("L. Berg") or a compound
        members = [t.text for t in doc[k + 1 : m] if t.text not in PARTY_LIST_WORDS]
        if any(member in FREE_PARTY_ABBREVIATIONS for member in members):
            return True
        j = m
        while j < len(doc) and j < m + 2 and doc[j].lower_ in PARTY_VERB_ADVERBS:
            j += 1
        return j < len(doc) and doc[j].lower_ in PARTY_VERBS

    def _district_compounds(self, words: Sequence[str]) -> list[Candidate]:
        """ "Gottsundaområdet", "Stenhagensområdets": a district's name compounded with
        "område" or "stadsdel" is that district."""
        found = []
        for i, text in enumerate(words):
            if not text[:1].isupper() or not text.endswith(AREA_HEADS):
                continue
            for head in AREA_HEADS:
                if text.endswith(head):
                    stem = text[: -len(head)]
                    canonical = self.district_names.get(stem)
                    if canonical is None and stem.endswith("s"):
                        canonical = self.district_names.get(stem[:-1])
                    if canonical is not None:
                        found.append(Candidate(i, i + 1, "DISTRICT", canonical))
                    break
        return found

    @staticmethod
    def _not_addresses(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Drop districts that are the first part of a street, square or school name."""
        return [
            c
            for c in candidates
            if c.label != "DISTRICT"
            or c.end >= len(doc)
            or doc[c.end].lower_ not in STREET_HEADS
            or doc[c.end - 1].text.endswith("s")  # "Gottsundas skolor": the district's
        ]

    def _generic_bodies(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        bodies = [c for c in chosen if c.label == "COUNCIL_BODY"]
        covered = {k for c in chosen for k in range(c.start, c.end)}
        found = []
        for token in doc:
            kind = GENERIC_BODIES.get(token.lower_)
            if kind is None or token.i in covered:
                continue
            previous = [
                b for b in bodies if b.end <= token.i and b.canonical.lower().endswith(kind)
            ]
            if previous:
                canonical = previous[-1].canonical
                found.append(Candidate(token.i, token.i + 1, "COUNCIL_BODY", canonical))
        return found

    def canonical_names(self, text: str, label: str) -> list[str]:
        """Canonical names of the gazetteer entries of ``label`` named in a short text
        such as an author's role ("Kommunstyrelsens ordförande" -> ["Kommunstyrelsen"]),
        in text order; inflections and genitives fold as in running text."""
        doc = self.nlp.make_doc(text)
        chosen = self.resolve(self._gazetteer_candidates(doc), len(doc))
        names: list[str] = []
        for cand in chosen:
            if cand.label == label and cand.canonical not in names:
                names.append(cand.canonical)
        return names

    @staticmethod
    def _generic_bodies_not_in(
        candidates: list[Candidate], generic: list[Candidate]
    ) -> list[Candidate]:
        """Generic bodies that are not (inside) a gazetteer or measure match: a state
        agency or a listed body keeps its own label and name for the same words."""
        return [
            g for g in generic if not any(c.start <= g.start and g.end <= c.end for c in candidates)
        ]

    # -------------------------------------------------------------------- resolve
    @staticmethod
    def resolve(candidates: Iterable[Candidate], n_tokens: int) -> list[Candidate]:
        """Longest first, then by label order; no overlaps, no duplicates."""
        order = {label: k for k, label in enumerate(LABEL_ORDER)}
        ranked = sorted(
            set(candidates), key=lambda c: (-(c.end - c.start), order[c.label], c.start)
        )
        taken = [False] * n_tokens
        chosen = []
        for cand in ranked:
            if any(taken[cand.start : cand.end]):
                continue
            for k in range(cand.start, cand.end):
                taken[k] = True
            chosen.append(cand)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        text = doc.text
        words = [token.text for token in doc]
        home, place, county = self.places.home_document(doc, words, text)
        # for the commitment component: whose "kommunen" the document speaks of
        doc.user_data[MUNICIPALITY_KEY] = place
        candidates = self._not_addresses(doc, self._gazetteer_candidates(doc, local=home))
        if home:
            candidates += self._district_compounds(words)
        candidates += self.measures.find(doc, text)
        candidates += self._party_candidates(doc)
        candidates += self._generic_bodies_not_in(
            candidates, self._generic_body_candidates(doc, words)
        )
        chosen = self.resolve(candidates, n)
        if not home:
            chosen = self.resolve(chosen + self._agency_short_forms(doc, chosen, county), n)
        taken = [False] * n
        for cand in chosen:
            for k in range(cand.start, cand.end):
                taken[k] = True
        persons = [
            Candidate(m.start, m.end, "PERSON", m.canonical)
            for m in self.persons.find(doc, taken, self.words)
        ]
        chosen = self.resolve(chosen + persons, n)
        chosen = self.resolve(chosen + self._generic_bodies(doc, chosen), n)
        doc.spans[SPAN_KEY] = [
            Span(doc, c.start, c.end, label=c.label, kb_id=c.canonical) for c in chosen
        ]
        return doc


@Language.factory(
    "km_entities",
    assigns=["doc.spans"],
    default_config={"municipality": "uppsala"},
)
def make_km_entities(nlp: Language, name: str, municipality: str) -> EntityRecognizer:
    """Entities with canonical names from the gazetteers of ``municipality``."""
    return EntityRecognizer(nlp, name, municipality)
