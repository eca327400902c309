"""Commitments and declines in council prose: the ``km_commitments`` spaCy component.

A *commitment* is a sentence in which a speaker (the author ``jag``, ``vi``, ``kommunen``,
a body of the municipality, or a co-signing authority) binds itself to a future action
or outcome; a *decline* is an explicit refusal or a stated lack of intent.  The
annotation guidelines in ``nlp/annotations/README.md`` define the edge cases.

The component runs after ``km_sentences``, ``km_lemmatizer`` and ``km_entities`` and
sets ``doc._.km_commitments`` to a list of ``kommunminne.model.Commitment`` (``page`` 0;
``nlp.analyse`` fills it in).  Two layers, each measurable on its own
(``nlp/commitment_eval.py``):

1. **Rules** (``analyse_sentence``): markers over lower-cased tokens and lemmas
   (``ska``, ``kommer att``, ``avser att``, ``har fått i uppdrag att``, ``bjuder in``,
   ``åtar oss``, ``kan lova att``, ``tar ansvar för att`` …; declines ``ser inget
   behov``, ``inte aktuellt``, ``avser inte``, ``har ingen avsikt``, ``finns inte
   utrymme``, ``min uppfattning är att X inte ska`` …), the subject of the marker
   (before the finite verb, or right after it in inverted word order; the subject of an
   att-clause the speaker asserts: "Jag vill vara tydlig med att kommunen kommer att …"),
   negation, questions (also reported and indirect ones), proposals (``att
   kommunstyrelsen ska …`` in a motion is a demand), past tense in the marker's own main
   clause, others' actions and reported speech (``polisen ska enligt regleringsbrevet
   …``, ``enligt interpellanten …``) and agentless dated targets (``ska vara klar
   senast …``, ``beräknas vara klart i slutet av 2020``, ``Det blir fler
   trygghetsvärdar … i sommar``, ``En trygghetsvandring genomförs … i september``).
   Markers in clauses that assert nothing are not read: the condition of ``Om …``, an
   indirect question, a rhetorically negated attitude (``Vi kommer aldrig att acceptera
   att …``).
2. **Classifier** (``nlp/commitment_classifier.py``): logistic regression over the rule
   hits and lemma n-grams, trained on ``nlp/annotations/commitments.jsonl`` at first use
   (deterministic, well under a second).

``mode`` (factory setting): ``"rules"``, ``"classifier"`` or ``"combined"`` (default:
the classifier decides, but questions, proposals, reported speech, the past and others'
actions are never commitments and a sentence without any marker is not considered).
Only sentences that pass ``has_trigger`` (a trigger word, or a possible time and a
present passive) are analysed at all.  The actor is resolved by rules
(``resolve_actor``), the deadline by ``nlp.deadlines.parse_deadline``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kommunminne.model import Commitment
from nlp.deadlines import FULL_MONTHS, parse_deadline
from nlp.entities import MUNICIPALITY_KEY

log = logging.getLogger(__name__)

COMMIT, DECLINE, NONE = "commit", "decline", "none"
#: the span group the entity component writes
ENTITY_SPANS = "entities"
LABELS: tuple[str, ...] = (COMMIT, DECLINE, NONE)

# ----------------------------------------------------------------------------- lexicon
FIRST_PERSON_SINGULAR = frozenset({"jag", "mig", "min", "mitt", "mina"})
FIRST_PERSON_PLURAL = frozenset({"vi", "oss", "vår", "vårt", "våra"})
MUNICIPALITY_WORDS = frozenset({"kommunen", "staden", "kommunkoncernen", "kommun"})
#: generic references to a body ("nämnden har beslutat …") -> the head of a canonical name
GENERIC_BODIES: dict[str, str] = {
    "nämnden": "nämnd",
    "förvaltningen": "förvaltning",
    "styrelsen": "styrelse",
    "kontoret": "kontor",
    "bolaget": "",
    "utskottet": "utskott",
    "fullmäktige": "fullmäktige",
    "nämndens": "nämnd",
    "förvaltningens": "förvaltning",
    "styrelsens": "styrelse",
    "kontorets": "kontor",
}
NEGATIONS = frozenset({"inte", "ej", "icke", "aldrig", "inga", "inget", "ingen", "knappast"})
CLAUSE_BREAKS = frozenset(
    {
        ",",
        ";",
        ":",
        "att",
        "som",
        "där",
        "eftersom",
        "när",
        "om",
        "men",
        "medan",
        "då",
        "vilket",
        "innan",
        "sedan",
        "och",
        "(",
        ")",
        "–",
        "-",
    }
)
PROPOSAL_VERBS = frozenset(
    {
        "föreslår",
        "yrkar",
        "hemställer",
        "föreslås",
        "yrkas",
        "yrkande",
        "kräver",
        "begär",
        "uppmanar",
        "önskar",
        "vill",
        "ber",
        "begärt",
        "föreslog",
        "yrkade",
    }
)
#: decisions about the procedure, not about an action ("beslutar att anta … förslag till svar")
PROCEDURAL_DECISIONS = frozenset(
    {
        "anta",
        "godkänna",
        "lägga",
        "avge",
        "notera",
        "överlämna",
        "bordlägga",
        "anse",
        "bifalla",
        "utse",
        "återremittera",
        "fastställa",
        "justera",
        "tacka",
        "besvara",
    }
)
#: "Befolkningen kommer att öka …" is a forecast, not a promise
FORECAST_VERBS = frozenset(
    {
        "landa",
        "hamna",
        "uppgå",
        "räcka",
        "nås",
        "öka",
        "minska",
        "fördubblas",
        "halveras",
        "växa",
        "stiga",
        "sjunka",
        "bli",
        "ta",
        "variera",
        "överstiga",
        "finnas",
        "behövas",
        "krävas",
        "påverka",
        "innebära",
        "kosta",
    }
)
REPORTED_QUESTION = frozenset(
    {"frågat", "frågar", "frågade", "undrar", "undrade", "begärt", "begär", "begärde"}
)
#: "ska enligt <source>" is about others' obligations or rules, not a promise
OTHERS_SOURCES = (
    "lag",
    "förordning",
    "regleringsbrev",
    "reglemente",
    "anvisning",
    "polis",
    "regering",
    "föreskrift",
    "kameraövervakningslag",
    "socialtjänstlag",
    "skollag",
    "uppdrag",
    "trafikverk",
    "länsstyrelse",
    "myndighet",
    "region",
    "prognos",
    "sitt",
    "sin",
    "dess",
    "deras",
)
#: heads of common nouns that name a party outside the municipality (in the definite
#: form: "fastighetsägaren", "föreningarna", "bevakningsföretaget", "interpellanten")
THIRD_PARTY_HEADS = (
    "ägaren",
    "ägarna",
    "föreningen",
    "föreningarna",
    "företaget",
    "företagen",
    "organisationen",
    "organisationerna",
    "entreprenören",
    "leverantören",
    "hyresvärden",
    "hyresvärdarna",
    "interpellanten",
    "motionären",
    "motionärerna",
    "frågeställaren",
    "aktören",
    "aktörerna",
)
#: the verbs of "X har fått i uppdrag", "Jag har gett X i uppdrag", "ges i uppdrag"
ASSIGNING_VERBS = frozenset(
    {"har", "får", "fått", "ges", "gett", "givit", "gav", "gavs", "fick", "ger", "ge"}
)
#: the past of them: the assignment was given (and may be done)
PAST_ASSIGNING = frozenset({"fick", "gav", "gavs"})
#: the passive of these is the council's procedure, not an action ("Ärendet ska
#: behandlas av kommunfullmäktige den 17 juni", "Protokollet justeras den 22 maj")
PROCEDURAL_PASSIVES = frozenset(
    {
        "behandla",
        "avgöra",
        "justera",
        "anmäla",
        "bordlägga",
        "föredra",
        "expediera",
        "protokollföra",
        "anslå",
        "tillkännage",
        "delge",
    }
)
#: "beredd att pröva frågan" is openness, not a promise
OPENNESS_VERBS = frozenset({"pröva", "överväga", "diskutera", "titta", "se", "ompröva"})
PREPOSITIONS = frozenset(
    {
        "med",
        "av",
        "för",
        "till",
        "i",
        "på",
        "från",
        "om",
        "mot",
        "enligt",
        "hos",
        "inom",
        "åt",
        "under",
        "efter",
        "genom",
        "utan",
        "än",
        "bakom",
        "kring",
        "mellan",
    }
)
PAST_AUXILIARIES = frozenset(
    {"skulle", "hade", "planerade", "avsåg", "tänkte", "lovade", "beslutade", "lovat"}
)
#: a decline marker right after these is about the past ("var inte beredd", "kunde inte")
PAST_BEFORE_DECLINE = frozenset({"kunde", "var", "hade", "skulle", "fick", "ville", "blev"})
#: the object of a bare procedural rejection ("beslutar att avslå motionen")
PROCEDURAL_OBJECTS = ("motion", "att-sats", "yrkande", "tilläggsyrkande", "ändringsyrkande")
QUESTION_STARTS = frozenset(
    {
        "är",
        "kommer",
        "avser",
        "tänker",
        "vad",
        "hur",
        "när",
        "varför",
        "vilka",
        "vilken",
        "vilket",
        "planerar",
        "kan",
        "ska",
        "skall",
        "har",
        "finns",
        "anser",
        "delar",
        "vill",
    }
)
#: words that make a sentence dated without parsing the date
DEADLINE_WORDS = frozenset({"senast", "våren", "hösten", "kvartalet", "halvåret", "årsskiftet"})
PASSIVE_TAIL = re.compile(r"(?:as|s)$")
#: the reference date for telling whether a sentence names a time at all
_ANY_DATE = date(2000, 1, 1)

#: words that must be in a sentence for it to be considered at all (a cheap pre-filter)
TRIGGERS = frozenset(
    {
        "ska",
        "skall",
        "kommer",
        "avser",
        "avsikt",
        "planerar",
        "tänker",
        "beredd",
        "beredda",
        "uppdrag",
        "uppdras",
        "beslutat",
        "beslutar",
        "beslutade",
        "bjuder",
        "bjuda",
        "åtar",
        "åtagit",
        "lovar",
        "utlovar",
        "garanterar",
        "ämnar",
        "ambition",
        "ambitionen",
        "målet",
        "siktar",
        "återkommer",
        "behov",
        "aktuellt",
        "aktuell",
        "avslås",
        "avslå",
        "avstyrks",
        "avstyrka",
        "avslag",
        "avslår",
        "avstyrker",
        "planer",
        "avvisar",
        "vill",
        "prioriterar",
        "prioriteras",
        "skäl",
        "anledning",
        "erbjuder",
        "mål",
        "målsättning",
        "målsättningen",
        "klart",
        "motiverat",
        "lämpligt",
        "inleder",
        "startar",
        "tar",
        "införs",
        "inrättas",
        "genomförs",
        "påbörjas",
        "beslutas",
        "ges",
        "får",
        "fått",
        "satsar",
        "tillsätter",
        "anställer",
        "inför",
        "inrättar",
        "senast",
        "klar",
        "klara",
        "avsätter",
        "avsätts",
        "säger",
        "möjligt",
        "föreslår",
        "nej",
        "anser",
        "menar",
        "tycker",
        "uppfattning",
        "bedömning",
        "åsikt",
        "hållning",
        "ståndpunkt",
        "inställning",
        "utrymme",
        "förutsättningar",
        "förutsättning",
        "valt",
        "väljer",
        "avstyrkt",
        "avslagit",
        "lova",
        "blir",
        "färdig",
        "färdigt",
        "färdiga",
        "bestämt",
        "bestämmer",
        "bestämde",
    }
)

#: words that name a time (see ``has_trigger``): the months, and these
TIME_TRIGGERS = FULL_MONTHS | frozenset(
    {
        "våren",
        "sommaren",
        "hösten",
        "vintern",
        "höst",
        "sommar",
        "vinter",
        "vårterminen",
        "höstterminen",
        "läsåret",
        "sommarlovet",
        "halvåret",
        "kvartalet",
        "årsskiftet",
        "nästa",
        "vecka",
        "året",
    }
)

COMMIT_WORDS = frozenset(
    {
        "ska",
        "skall",
        "avser",
        "planerar",
        "ämnar",
        "åtar",
        "lovar",
        "utlovar",
        "garanterar",
        "återkommer",
        "siktar",
    }
)


@dataclass
class RuleResult:
    """What the rules found in one sentence (also the classifier's rule features)."""

    label: str = NONE
    markers: list[str] = field(default_factory=list)  # e.g. ["kommer_att", "neg"]
    marker_index: int | None = None  # token index (in the sentence) of the main marker
    subject: str = "none"  # jag | vi | kommunen | body | agency | other | impersonal | none
    subject_tokens: list[int] = field(default_factory=list)  # sentence token indices
    negated: bool = False
    question: bool = False
    proposal: bool = False
    past: bool = False
    others: bool = False
    deadline: bool = False
    conditional: bool = False
    generic: bool = False
    #: the subject is a party that cannot commit here (an agency, another person, or
    #: anyone but the author in an interpellation or a motion)
    foreign: bool = False
    #: reported speech: what someone else says ("Enligt interpellanten kommer kommunen …",
    #: "…, skriver motionären")
    reported: bool = False

    def vetoed(self) -> bool:
        """Never a commitment, whatever the classifier says."""
        return (
            self.question
            or self.proposal
            or self.foreign
            or self.past
            or self.reported
            or not self.markers
        )

    def features(self) -> list[str]:
        feats = [f"rule={self.label}", f"subj={self.subject}"]
        feats += [f"m={m}" for m in self.markers]
        for name in (
            "negated",
            "question",
            "proposal",
            "past",
            "others",
            "deadline",
            "conditional",
            "generic",
            "reported",
        ):
            if getattr(self, name):
                feats.append(f"f={name}")
        return feats


# ------------------------------------------------------------------- sentence view
#: entity labels that can be the subject of a commitment, as mention kinds
MENTION_KINDS = {
    "COUNCIL_BODY": "body",
    "AGENCY": "agency",
    "PERSON": "person",
    "PARTY": "party",
}


@dataclass(frozen=True)
class EntityRef:
    """An entity of a sentence: token offsets relative to the sentence."""

    start: int
    end: int
    label: str
    canonical: str


@dataclass
class SentenceView:
    """What the rules and the classifier read of one sentence, as plain lists.

    Built once per sentence from lists computed once per document
    (``DocTokens``), so that no component walks spaCy tokens or entity spans again for
    every sentence and every rule."""

    text: str  # the sentence text as in the document (with surrounding whitespace)
    words: list[str]  # lower-cased token texts
    lemmas: list[str]
    #: tokens counted as words by the classifier (not space, not punctuation but "?")
    feature_mask: list[bool]
    entities: list[EntityRef]

    @classmethod
    def from_span(cls, sent: Span) -> SentenceView:
        """The view of a Span (entities from ``doc.spans["entities"]`` inside it)."""
        words, lemmas, mask = [], [], []
        for token in sent:
            words.append(token.lower_)
            lemmas.append(token.lemma_)
            mask.append(not token.is_space and (not token.is_punct or token.text == "?"))
        start, end = sent.start, sent.end
        return cls(
            text=sent.text,
            words=words,
            lemmas=lemmas,
            feature_mask=mask,
            entities=[
                EntityRef(
                    span.start - start, span.end - start, span.label_, span.kb_id_ or span.text
                )
                for span in sent.doc.spans.get(ENTITY_SPANS, [])
                if span.start >= start and span.end <= end
            ],
        )


class DocTokens:
    """Per-token lists of one Doc, read once (spaCy Token objects are costly to make)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.words: list[str] = []
        self.lemmas: list[str] = []
        self.feature_mask: list[bool] = []
        for token in doc:
            self.words.append(token.lower_)
            self.lemmas.append(token.lemma_)
            self.feature_mask.append(
                not token.is_space and (not token.is_punct or token.text == "?")
            )
        spans = doc.spans.get(ENTITY_SPANS, [])
        #: (start, end, label, canonical) in document token offsets, in document order
        self.entities = [
            (span.start, span.end, span.label_, span.kb_id_ or span.text) for span in spans
        ]

    def entities_between(self, start: int, end: int) -> list[tuple[int, int, str, str]]:
        return [e for e in self.entities if e[0] >= start and e[1] <= end]

    def view(
        self,
        start: int,
        end: int,
        start_char: int,
        end_char: int,
        entities: list[tuple[int, int, str, str]] | None = None,
    ) -> SentenceView:
        if entities is None:
            entities = self.entities_between(start, end)
        return SentenceView(
            text=self.text[start_char:end_char],
            words=self.words[start:end],
            lemmas=self.lemmas[start:end],
            feature_mask=self.feature_mask[start:end],
            entities=[
                EntityRef(s - start, e - start, label, canonical)
                for s, e, label, canonical in entities
                if s >= start and e <= end
            ],
        )


# ------------------------------------------------------------------- marker detection
def _find(words: list[str], *seq: str, gap: int = 0, start: int = 0) -> int | None:
    """Index of the first word of ``seq`` in ``words`` allowing up to ``gap`` words
    between consecutive items; None if absent.  An item ending in ``*`` is a prefix."""
    first = seq[0]
    n = len(words)
    if first.endswith("*"):
        prefix = first[:-1]
        starts: Iterable[int] = (i for i in range(start, n) if words[i].startswith(prefix))
    elif first not in words:
        return None
    else:
        starts = (i for i in range(start, n) if words[i] == first)
    for i in starts:
        pos, ok = i, True
        for item in seq[1:]:
            for j in range(pos + 1, min(n, pos + gap + 2)):
                w = words[j]
                if w == item or (item.endswith("*") and w.startswith(item[:-1])):
                    pos = j
                    break
            else:
                ok = False
                break
        if ok:
            return i
    return None


def _negated_near(words: list[str], i: int, before: int = 0, after: int = 3) -> bool:
    lo, hi = max(0, i - before), min(len(words), i + after + 1)
    return any(w in NEGATIONS for w in words[lo:hi])


def _patterns(
    *rows: tuple[str, tuple[str, ...], int],
) -> list[tuple[str, tuple[str, ...], int, frozenset[str]]]:
    """Marker patterns ``(name, words, gap)`` with the set of their literal words (a
    sentence without all of them cannot match: checked before ``_find``)."""
    return [
        (name, seq, gap, frozenset(w for w in seq if not w.endswith("*")))
        for name, seq, gap in rows
    ]


_DECLINE_PATTERNS = _patterns(
    ("inget_behov", ("ser", "inget", "behov"), 2),
    ("inget_behov", ("ser", "inte", "behov"), 3),
    ("inget_behov", ("ser", "inte", "något", "behov"), 2),
    ("inget_behov", ("finns", "inget", "behov"), 2),
    ("inget_behov", ("finns", "inte", "behov"), 3),
    ("inte_aktuellt", ("inte", "aktuell*"), 2),
    ("inte_aktuellt", ("ej", "aktuell*"), 2),
    ("inga_planer", ("inga", "planer"), 1),
    ("ingen_anledning", ("ingen", "anledning"), 1),
    ("ingen_anledning", ("inte", "anledning"), 4),
    ("anser_inte", ("anser", "inte", "att"), 1),
    ("föreslår_inte", ("föreslår", "inte"), 1),
    ("avser_inte", ("inte", "för", "avsikt"), 0),
    ("inga_planer", ("inte", "planer"), 2),
    ("inte_beredd", ("inte", "beredd*"), 2),
    ("avslås", ("avslås",), 0),
    ("avslås", ("avslå",), 0),
    ("avslås", ("avstyrks",), 0),
    ("avslås", ("avstyrka",), 0),
    ("avslås", ("avvisar",), 0),
    ("avslås", ("avslår",), 0),
    ("avslås", ("avstyrker",), 0),
    ("avslås", ("avstyrkt",), 0),
    ("avslås", ("avslagit",), 0),
    ("inte_skäl", ("inte", "skäl"), 3),
    ("inte_skäl", ("inga", "skäl"), 1),
    ("inte_skäl", ("inget", "skäl"), 1),
    # "Kommunen har ingen avsikt att …" (not the commitment "avsikt att")
    ("avser_inte", ("ingen", "avsikt"), 1),
    ("avser_inte", ("inte", "någon", "avsikt"), 1),
    # inability as a refusal: "Det finns inte utrymme att …", "det saknas ekonomiska
    # förutsättningar för …" (after "finns", "har", "ges", "ryms" or "saknas")
    *(
        ("inget_utrymme", (have, neg, room), 2)
        for room in ("utrymme", "förutsättningar", "förutsättning")
        for have in ("finns", "har", "ges", "ryms")
        for neg in ("inte", "inget", "inga", "ingen", "ej")
    ),
    *(
        ("inget_utrymme", ("saknas", room), 2)
        for room in ("utrymme", "förutsättningar", "förutsättning")
    ),
    ("inte_motiverat", ("inte", "motiverat"), 2),
    ("inte_lämpligt", ("inte", "lämpligt"), 2),
    ("inte_prioritera", ("inte", "prioritera*"), 2),
    ("säger_nej", ("säger", "nej"), 2),
    ("beslutat_inte", ("beslutat", "att", "inte"), 1),
    ("beslutat_inte", ("valt", "att", "inte"), 1),
    ("beslutat_inte", ("väljer", "att", "inte"), 1),
    ("beslutat_inte", ("beslutar", "att", "inte"), 1),
    ("beslutat_inte", ("beslutade", "att", "inte"), 1),
)


def _match_patterns(
    words: list[str],
    vocab: set[str],
    patterns: list[tuple[str, tuple[str, ...], int, frozenset[str]]],
    found: list[tuple[str, int]],
) -> None:
    for name, seq, gap, literals in patterns:
        if literals <= vocab:
            i = _find(words, *seq, gap=gap)
            if i is not None:
                found.append((name, i))


def _decline_markers(words: list[str], vocab: set[str] | None = None) -> list[tuple[str, int]]:
    vocab = set(words) if vocab is None else vocab
    found: list[tuple[str, int]] = []
    _match_patterns(words, vocab, _DECLINE_PATTERNS, found)
    # the speaker's stance on what should not be done: "Min uppfattning är att kommunen
    # inte ska …", "Jag anser att nämnden inte bör …"
    if not vocab.isdisjoint(STANCE_VERBS) or not vocab.isdisjoint(STANCE_NOUNS):
        stance = _stance_against(words)
        if stance is not None:
            found.append(("anser_inte", stance))
    if "inte" in vocab or "ej" in vocab or "aldrig" in vocab:
        for marker in ("avser", "planerar", "tänker", "ämnar", "kommer", "ska", "skall"):
            if marker not in vocab:
                continue
            i = _find(words, marker, "inte", gap=2)
            if i is None:
                i = _find(words, marker, "ej", gap=2)
            if i is None:
                i = _find(words, marker, "aldrig", gap=2)
            if i is not None:
                neg = next(j for j in range(i, len(words)) if words[j] in {"inte", "ej", "aldrig"})
                if neg + 1 < len(words) and words[neg + 1] in {"bara", "endast", "enbart"}:
                    continue  # "kommer inte bara att …" is not a negation
                found.append((f"{marker}_inte", i))
    return sorted(found, key=lambda m: m[1])


#: a stance ("jag anser att …", "min uppfattning är att …")
STANCE_VERBS = frozenset({"anser", "menar", "tycker"})
STANCE_NOUNS = frozenset(
    {"uppfattning", "bedömning", "åsikt", "hållning", "ståndpunkt", "inställning"}
)


def _stance_against(words: list[str]) -> int | None:
    """The stance word of "anser att X inte ska/bör …" or "min uppfattning är att X inte
    ska/bör …": a stance whose att-clause negates ska/bör (before the next clause break)."""
    for i, w in enumerate(words):
        if w in STANCE_VERBS:
            j = i + 1
        elif w in STANCE_NOUNS and words[i + 1 : i + 2] == ["är"]:
            j = i + 2
        else:
            continue
        if "att" not in words[j : j + 2]:
            continue
        start = words.index("att", j) + 1
        clause: list[str] = []
        for x in words[start:]:
            if x in {",", ";", ":", "men", "utan", "eftersom"}:
                break
            clause.append(x)
        for k, x in enumerate(clause):
            if x in {"ska", "skall", "bör"} and (
                any(y in {"inte", "ej"} for y in clause[max(0, k - 1) : k + 3])
            ):
                return i
    return None


#: adverbs between an auxiliary and its infinitive ("jag tänker också lyfta …")
_MIDFIELD_ADVERBS = frozenset(
    {
        "också",
        "även",
        "därför",
        "nu",
        "då",
        "själv",
        "själva",
        "personligen",
        "aktivt",
        "fortsatt",
        "fortsättningsvis",
        "gärna",
        "dessutom",
        "vidare",
        "först",
        "snarast",
        "omgående",
    }
)
#: short Swedish infinitives that do not end in -a
_SHORT_INFINITIVES = frozenset(
    {"gå", "få", "stå", "se", "ge", "ha", "bli", "dra", "be", "nå", "tro", "bo", "ta", "slå"}
)


def _infinitive_after(words: list[str], lemmas: list[str], i: int) -> bool:
    """An infinitive follows ``words[i]`` (after midfield adverbs): "tänker (också) lyfta"
    but not "tänker (ofta) på", "tänker att"."""
    j = i + 1
    while j < len(words) and words[j] in _MIDFIELD_ADVERBS:
        j += 1
    if j >= len(words):
        return False
    w = words[j]
    return lemmas[j] == w and (w.endswith("a") or w in _SHORT_INFINITIVES) and w != "ofta"


#: commit markers chosen only when no stronger one is in the sentence (lower first)
TARGET_TIERS = {"klar": 1, "blir": 2, "passiv": 2, "vill": 3, "tänker": 3}
#: modals that make a completion or a passive a possibility, not a plan
WEAK_MODALS = frozenset(
    {
        "kan",
        "kunde",
        "kunna",
        "kunnat",
        "skulle",
        "kanske",
        "torde",
        "borde",
        "bör",
        "måste",
        "behöver",
        "behövde",
    }
)
#: auxiliaries before an infinitive or a supine
_AUXILIARIES = frozenset(
    {"ska", "skall", "kommer", "har", "hade", "får", "fick", "fått", "blev", "bör", "vill"}
)
#: predicatives of a completed work ("arbetet ska vara klart", "blir färdig")
COMPLETION_WORDS = frozenset({"klar", "klart", "klara", "färdig", "färdigt", "färdiga"})
#: s-forms that are no passive of an action: deponents, states, estimates and
#: perception ("finns", "behövs", "beräknas", "anses", "upplevs")
NOT_ACTION_PASSIVES = frozenset(
    {
        "finnas",
        "finne",
        "behövas",
        "krävas",
        "hoppas",
        "hoppa",
        "lycka",
        "lyckas",
        "synas",
        "märka",
        "känna",
        "kännas",
        "trivas",
        "minnas",
        "låta",
        "andas",
        "fattas",
        "saknas",
        "sakna",
        "anse",
        "bedöma",
        "beräkna",
        "vänta",
        "förvänta",
        "uppskatta",
        "uppleva",
        "planera",
        # refusals are declines, not scheduled actions
        "avstyrka",
        "avslå",
        "avvisa",
        "se",
        "tycka",
        "verka",
        "gälla",
        "kalla",
        "avse",
        "omfatta",
        "innebära",
        "styra",
        "regleras",
        "reglera",
        "använda",
        "drabba",
    }
)
#: a habitual present ("genomförs varje år") describes a practice, not a scheduled action
HABITUAL_WORDS = frozenset(
    {"varje", "vartannat", "årligen", "regelbundet", "alltid", "normalt", "vanligtvis", "ofta"}
)


#: a present with these is a state ("drivs sedan i våras med biogas"), not a schedule
STATE_WORDS = frozenset({"sedan", "numera", "fortfarande", "längre"})


_SUBORDINATORS = frozenset(
    {"som", "att", "där", "när", "om", "vilket", "innan", "eftersom", "medan", "tills", "förrän"}
)


def _in_subordinate_clause(words: list[str], i: int) -> bool:
    """A subordinator comes between the last comma (or the sentence start) and ``i``."""
    for j in range(i - 1, -1, -1):
        if words[j] in {",", ";", ":"}:
            return False
        if words[j] in _SUBORDINATORS:
            return True
    return False


def _present_passive(words: list[str], lemmas: list[str], entities: list[EntityRef]) -> int | None:
    """The index of the first present passive of an action in a main clause
    ("genomförs", "inrättas", "införs"; the s-form of the lemma), or None."""
    for i, (w, lemma) in enumerate(zip(words, lemmas, strict=True)):
        if (
            i > 0
            and len(w) > 4
            and lemma != w
            and lemma not in NOT_ACTION_PASSIVES
            and lemma not in PROCEDURAL_PASSIVES
            # the s-form of a verb's infinitive (-a): "inrätta" -> "inrättas", "genomföra"
            # -> "genomförs"; not a genitive ("månads", "fullmäktiges")
            and lemma.endswith("a")
            and w in {lemma + "s", lemma[:-1] + "s"}
            and not any(e.start <= i < e.end for e in entities)
            # in a main clause: no subordinator since the last comma ("… att modellen
            # sprids", "en rutin som införs …")
            and not _in_subordinate_clause(words, i)
            # not an infinitive or a supine after an auxiliary ("kan inrättas", "fick
            # göras om", "har bytts ut")
            and WEAK_MODALS.isdisjoint(words[max(0, i - 2) : i])
            and _AUXILIARIES.isdisjoint(words[max(0, i - 3) : i])
        ):
            return i
    return None


_COMMIT_PATTERNS = _patterns(
    ("kommer_att", ("kommer", "att"), 3),
    ("avser_att", ("avser", "att"), 3),
    ("avser_att", ("avsikt", "att"), 1),
    ("planerar_att", ("planerar", "att"), 3),
    ("planerar_att", ("planerar", "för"), 3),
    ("ämnar", ("ämnar",), 0),
    ("beredd_att", ("beredd*", "att"), 1),
    ("uppdrag", ("i", "uppdrag", "att"), 2),
    ("uppdrag", ("uppdrag", "att"), 0),
    ("uppdrag", ("uppdras",), 0),
    ("beslutat_att", ("beslutat", "att"), 2),
    ("beslutat_att", ("beslutar", "att"), 2),
    ("beslutat_att", ("beslutade", "att"), 2),
    ("bjuder_in", ("bjuder", "in"), 3),
    ("bjuder_in", ("bjuda", "in"), 3),
    # "åta sig" with any reflexive: "vi åtar oss", "jag åtar mig", "nämnden åtar sig"
    *(
        ("åtar_sig", (verb, reflexive), 2)
        for reflexive in ("sig", "oss", "mig")
        for verb in ("åtar", "åtagit")
    ),
    # the same decision taken by oneself: "Kommunen har bestämt sig för att …"
    ("beslutat_att", ("bestämt", "sig", "för", "att"), 1),
    ("beslutat_att", ("bestämmer", "sig", "för", "att"), 1),
    ("beslutat_att", ("bestämde", "sig", "för", "att"), 1),
    ("lovar", ("lovar",), 0),
    # a pledge of responsibility for an outcome: "Staden tar ansvar för att …"
    ("tar_ansvar", ("tar", "ansvar*", "för", "att"), 1),
    ("lovar", ("utlovar",), 0),
    ("lovar", ("garanterar",), 0),
    ("ambition", ("ambition*", "är"), 1),
    ("ambition", ("målet", "är", "att"), 1),
    ("ambition", ("mål", "är", "att"), 1),
    ("ambition", ("målsättning*", "är", "att"), 1),
    ("siktar_på", ("siktar", "på"), 2),
    ("återkommer", ("återkommer",), 0),
    ("klar_senast", ("klar*", "senast"), 2),
    ("erbjuder_sig", ("erbjuder", "sig"), 2),
    ("erbjuder_sig", ("erbjuder", "oss"), 2),
)


def _may_be_dated(vocab: set[str]) -> bool:
    """The sentence may name a time: a time word or a year (a cheap test)."""
    return not TIME_TRIGGERS.isdisjoint(vocab) or any(
        len(w) == 4 and w[:2] in {"19", "20"} and w.isdigit() for w in vocab
    )


def _commit_markers(
    words: list[str],
    lemmas: list[str],
    entities: list[EntityRef] = (),
    vocab: set[str] | None = None,
) -> list[tuple[str, int]]:
    vocab = set(words) if vocab is None else vocab
    found: list[tuple[str, int]] = []
    _match_patterns(words, vocab, _COMMIT_PATTERNS, found)
    # "Jag kan lova att …" (a promise with a modal; "kan inte lova" is none)
    if "lova" in vocab:
        promise = _find(words, "kan", "lova", "att", gap=1)
        if promise is not None and words[promise + 1] not in NEGATIONS:
            found.append(("lovar", promise))
    for i, w in enumerate(words):
        if w in {"ska", "skall"}:
            found.append(("ska", i))
        elif (
            w == "tänker"
            and i + 1 < len(words)
            and words[i + 1] not in {"på", "att", "om", "sig", "mig", "oss", "så", ",", "."}
        ):
            found.append(("tänker", i))
        elif w == "vill" and i > 0 and words[i - 1] in {"vi", "jag", "kommunen"}:
            found.append(("vill", i))
    # a completion: "beräknas vara klart …", "blir klar …", "ska stå färdig …" (not "var
    # klar", "blev klar", "är klar": a state, or the past)
    if not vocab.isdisjoint(COMPLETION_WORDS):
        for i, w in enumerate(words):
            if w in COMPLETION_WORDS and i > 0 and words[i - 1] in {"vara", "bli", "blir", "stå"}:
                found.append(("klar", i))
                break
    # a future "blir" of a measure or a possibility: "Det blir fler trygghetsvärdar …",
    # "… blir det möjligt att …" (the date and the measure are checked by the caller)
    if "blir" in vocab:
        found.append(("blir", words.index("blir")))
    # a present passive of an action: "En trygghetsvandring genomförs i september" (only
    # in a sentence that may name a time: undated, it is no commitment)
    if _may_be_dated(vocab):
        passive = _present_passive(words, lemmas, entities)
        if passive is not None:
            found.append(("passiv", passive))
    return sorted(found, key=lambda m: m[1])


# ---------------------------------------------------------------- subject detection
@dataclass(frozen=True)
class _Mention:
    kind: str  # jag | vi | kommunen | body | agency | person | party | generic
    start: int  # sentence token indices [start, end)
    end: int
    canonical: str | None = None


def _mentions(
    entities: list[EntityRef], words: list[str], municipality_name: str | None
) -> list[_Mention]:
    mentions: list[_Mention] = []
    covered: set[int] = set()
    for entity in entities:
        kind = MENTION_KINDS.get(entity.label)
        if kind is None:
            continue
        mentions.append(_Mention(kind, entity.start, entity.end, entity.canonical))
        covered.update(range(entity.start, entity.end))
    muni_word = municipality_name.split()[0].lower() if municipality_name else None
    for i, w in enumerate(words):
        if i in covered:
            continue
        if w in FIRST_PERSON_SINGULAR:
            mentions.append(_Mention("jag", i, i + 1))
        elif w in FIRST_PERSON_PLURAL:
            mentions.append(_Mention("vi", i, i + 1))
        elif w in MUNICIPALITY_WORDS and not (i > 0 and words[i - 1] in {"andra", "varje"}):
            start = i - 1 if i > 0 and muni_word and words[i - 1].startswith(muni_word) else i
            mentions.append(_Mention("kommunen", start, i + 1))
        elif w in GENERIC_BODIES:
            mentions.append(_Mention("generic", i, i + 1, w))
        elif w in {"regeringen", "riksdagen", "staten"}:
            mentions.append(_Mention("agency", i, i + 1, w.capitalize()))
    mentions.sort(key=lambda m: m.start)
    return mentions


#: predicates by which the speaker asserts a clause ("Jag vill vara tydlig med att …")
ASSERTION_WORDS = frozenset(
    {
        "tydlig",
        "tydliga",
        "understryka",
        "understryker",
        "betona",
        "betonar",
        "försäkra",
        "försäkrar",
        "bekräfta",
        "bekräftar",
        "meddela",
        "meddelar",
        "klargöra",
        "klargör",
        "poängtera",
        "poängterar",
        "upprepa",
        "upprepar",
        "konstatera",
        "konstaterar",
        "informera",
        "informerar",
    }
)


def _asserted_by_speaker(words: list[str], att: int) -> bool:
    """The att-clause at ``att`` is asserted by the speaker: the clause before it has a
    first-person subject and a predicate of assertion, and no other "att"."""
    lo = max(0, att - 8)
    before = words[lo:att]
    if "att" in before:
        before = before[len(before) - before[::-1].index("att") :]
    return not ASSERTION_WORDS.isdisjoint(before) and any(w in {"jag", "vi"} for w in before)


def _coordinated(mentions: list[_Mention], words: list[str], pick: _Mention) -> list[_Mention]:
    """``länsstyrelsen och kommunen`` -> both mentions."""
    group = [pick]
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    cur = pick
    while cur.end + 1 < len(words) and words[cur.end] in {"och", "samt", ","}:
        nxt = by_start.get(cur.end + 1)
        if nxt is None:
            break
        group.append(nxt)
        cur = nxt
    cur = pick
    while cur.start - 2 >= 0 and words[cur.start - 1] in {"och", "samt", ","}:
        prev = by_end.get(cur.start - 1)
        if prev is None:
            break
        group.insert(0, prev)
        cur = prev
    return group


def _subject(mentions: list[_Mention], words: list[str], marker: int) -> tuple[str, list[_Mention]]:
    """The subject of the finite verb at ``marker``: the nearest mention before it in the
    same clause, else a mention right after it (inverted word order)."""
    # before: walk back to a clause break
    best: _Mention | None = None
    for m in reversed(mentions):
        if m.end > marker:
            continue
        if m.start > 0 and words[m.start - 1] in PREPOSITIONS:
            continue  # "Tillsammans med polisen kommer vi att …"
        if m.start > 0 and words[m.start - 1] in {"som", "att", "där", "om", "när"}:
            # the subject of a subordinate clause ("planen som kommunstyrelsen …") is not
            # the subject, except in what the speaker asserts: "Jag vill vara tydlig med
            # att kommunen kommer att …", "Jag kan försäkra att nämnden ska …"
            between = words[m.end : marker]
            if (
                words[m.start - 1] == "att"
                and _asserted_by_speaker(words, m.start - 1)
                and not any(w in CLAUSE_BREAKS for w in between)
                and len(between) <= 4
            ):
                best = m
            break
        between = words[m.end : marker]
        if any(w in CLAUSE_BREAKS for w in between) or len(between) > 4:
            break
        best = m
        break
    if best is None:
        # inverted order: "Under våren kommer kommunen att …", "Därför avser vi att …"
        for m in mentions:
            if m.start > 0 and words[m.start - 1] in PREPOSITIONS:
                continue
            if marker < m.start <= marker + 3 and not any(
                w in CLAUSE_BREAKS for w in words[marker + 1 : m.start]
            ):
                best = m
                break
    if (
        best is None
        and marker > 0
        and words[marker - 1] in {"utan", "och", "men", "samt"}
        and not words[marker].startswith(("mål", "ambition", "avsikt"))  # a noun: a subject
    ):
        # a finite verb right after a conjunction shares the first clause's subject: "Vi
        # tänker inte släppa frågan om … utan kommer att driva den vidare"
        best = next((m for m in mentions if m.start <= 1 and m.end <= marker), None)
    if best is None:
        # a subject in the sentence's first position even with a longer gap
        for m in mentions:
            if (
                m.start <= 1
                and m.end <= marker
                and not any(
                    w in {",", ";", "att", "som", "där", "om", "eftersom", "när"}
                    for w in words[m.end : marker]
                )
            ):
                best = m
                break
    if best is None:
        # a third party named by a common noun opens the clause: "Fastighetsägaren har
        # avstyrkt …", "Föreningen planerar att …"
        if any(w.endswith(THIRD_PARTY_HEADS) for w in words[: min(marker, 3)]):
            return "other", []
        return ("impersonal" if marker > 0 or words else "none"), []
    group = _coordinated(mentions, words, best)
    kinds = {m.kind for m in group}
    for kind in ("jag", "vi", "kommunen", "body", "generic"):
        if kind in kinds:
            return ("body" if kind == "generic" else kind), group
    if "agency" in kinds:
        return "agency", group
    return "other", group


# -------------------------------------------------------------------- the sentence
def _bare_rejection(words: list[str], index: int) -> bool:
    """A rejection of a motion or a proposal that does not say what it was about:
    "Motionen avslås.", "beslutar att avslå motionen", "avslå motionens tredje att-sats"."""
    objects = [i for i, w in enumerate(words) if w.startswith(PROCEDURAL_OBJECTS)]
    if not objects:
        return False
    return not any(w in {"om", "förslag", "förslaget"} for w in words[min(objects) + 1 :])


#: words that open a new main clause after a coordinating conjunction
_CLAUSE_OPENERS = frozenset(
    {"jag", "vi", "kommunen", "staden", "nämnden", "därför", "då", "det", "dessutom"}
)


def _main_clause(words: list[str], index: int) -> tuple[int, int]:
    """The token range of the main clause holding ``index``: coordinated main clauses
    are cut at ";" and at "och", "men", "samt", "så", "utan" after a comma or before a
    new subject ("…, och jag kommer därför …")."""

    def boundary(b: int) -> bool:
        w = words[b]
        if w == ";":
            return True
        return w in {"och", "men", "samt", "så"} and (
            (b > 0 and words[b - 1] == ",")
            or (b + 1 < len(words) and words[b + 1] in _CLAUSE_OPENERS)
        )

    lo = next((b + 1 for b in range(index - 1, -1, -1) if boundary(b)), 0)
    hi = next((b for b in range(index + 1, len(words)) if boundary(b)), len(words))
    return lo, hi


def _target(marker: str, index: int, words: list[str], view: SentenceView, dated: bool) -> bool:
    """A completion, a future "blir" or a present passive is a commitment only with a
    date and without a modal of possibility ("kan … stå klar tidigast 2023"); "blir"
    only of a measure or a possibility ("Det blir fler trygghetsvärdar i sommar", "blir
    det möjligt att …"), a present passive not as a habit ("genomförs varje år")."""
    if marker not in {"klar", "blir", "passiv"}:
        return True
    lo, _ = _main_clause(words, index)
    if not dated or not WEAK_MODALS.isdisjoint(words[lo:index]):
        return False
    if marker == "blir":
        return any(e.label == "MEASURE" for e in view.entities) or (
            "möjligt" in words[index + 1 : index + 3]
        )
    if marker == "passiv":
        return HABITUAL_WORDS.isdisjoint(words) and STATE_WORDS.isdisjoint(words)
    return True


#: attitudes, not actions: negated, they are rhetoric ("Vi kommer aldrig att acceptera
#: att …", "Vi tänker inte ge upp"), not a refusal; the first group only before a
#: clause ("acceptera att …"; "acceptera förslaget" is a refusal)
ATTITUDE_BEFORE_CLAUSE = frozenset({"acceptera", "tolerera", "godta", "tillåta"})
ATTITUDE_VERBS = frozenset({"nöja", "vila", "backa", "tveka", "blunda", "vika", "ducka", "svika"})
#: "ge upp", "ge oss", "ge sig"
_GIVE_UP = frozenset({"upp", "oss", "sig", "mig", "efter"})


def _attitude_after(words: list[str], lemmas: list[str], i: int) -> bool:
    """A negated attitude follows the auxiliary at ``i`` in its clause."""
    lo, hi = _main_clause(words, i)
    end = min(hi, i + 6)
    if not any(w in {"inte", "ej", "aldrig"} for w in words[i + 1 : i + 4]):
        return False
    for j in range(i + 1, end):
        lemma, nxt = lemmas[j], words[j + 1 : j + 2]
        if lemma in ATTITUDE_VERBS or (lemma == "ge" and nxt and nxt[0] in _GIVE_UP):
            return True
        if lemma in ATTITUDE_BEFORE_CLAUSE and nxt and nxt[0] in {"att", "det", "detta", "så"}:
            return True
    return False


#: words that open an indirect question ("pröva om …", "frågat vilka …")
QUESTION_WORDS = frozenset({"om", "huruvida", "hur", "vilka", "vilken", "vilket", "vad", "varför"})
#: verbs after which such a clause is a question, not a statement ("ta ställning till om
#: och hur verksamheten ska utvidgas", "utreda om skolan ska renoveras")
INDIRECT_QUESTION_LEMMAS = frozenset(
    {
        "pröva",
        "utreda",
        "undersöka",
        "avgöra",
        "bedöma",
        "överväga",
        "analysera",
        "utvärdera",
        "klargöra",
        "undra",
        "diskutera",
        "ställning",  # "ta ställning till om …"
    }
)


#: the verb "fråga" (not the noun: "frågan om ett poliskontor")
ASKING_FORMS = frozenset({"fråga", "frågar", "frågat", "frågade", "frågas"})


def _indirect_questions(words: list[str], lemmas: list[str]) -> set[int]:
    """Token indices of indirect questions: from the question word after a verb of
    examining or asking (one word may come between: "till", "mig", "också") to the end of
    the clause."""
    masked: set[int] = set()
    for j in range(1, len(words)):
        if words[j] not in QUESTION_WORDS:
            continue
        if not (
            lemmas[j - 1] in INDIRECT_QUESTION_LEMMAS
            or words[j - 1] in ASKING_FORMS
            or (
                j > 1
                and (lemmas[j - 2] in INDIRECT_QUESTION_LEMMAS or words[j - 2] in ASKING_FORMS)
            )
        ):
            continue
        end = next((k for k in range(j + 1, len(words)) if words[k] in {",", ";"}), len(words))
        masked.update(range(j, end))
    return masked


def _unasserted(
    words: list[str],
    lemmas: list[str],
    markers: list[tuple[str, int]],
    conditional: bool,
) -> set[int]:
    """Token indices whose markers assert no commitment: the condition of a sentence that
    opens with "Om …" (up to its first comma, else up to the main clause's finite modal),
    an indirect question ("… ta ställning till om verksamheten ska utvidgas") and the main
    clause of a rhetorically negated attitude."""
    masked: set[int] = set()
    if not QUESTION_WORDS.isdisjoint(words):
        masked |= _indirect_questions(words, lemmas)
    first = next((i for i, w in enumerate(words) if w.strip()), 0)
    if conditional and words[first] in {"om", "ifall", "såvida"}:
        end = next((j for j in range(first + 1, len(words)) if words[j] == ","), None)
        if end is None:
            end = next(
                (
                    j
                    for j in range(first + 3, len(words))
                    if words[j] in {"kan", "ska", "skall", "kommer", "blir", "får", "måste"}
                ),
                None,
            )
        if end is not None:
            masked.update(range(first, end))
    for name, i in markers:
        if i in masked or not (name.endswith("_inte") or name in {"kommer_att", "ska"}):
            continue
        if _attitude_after(words, lemmas, i):
            lo, hi = _main_clause(words, i)
            masked.update(range(lo, hi))
    return masked


#: those whose words an answer reports ("enligt interpellanten", "skriver motionären")
REPORTERS = (
    "interpellant",
    "motionär",
    "frågeställar",
    "debattör",
    "kritiker",
    "skribent",
    "artikelförfattar",
    "tidning",
    "uppgift",
)
SAYING_VERBS = frozenset(
    {"skriver", "menar", "hävdar", "påstår", "uppger", "säger", "anser", "framhåller", "anför"}
)


def _reported(words: list[str]) -> bool:
    """Reported speech of another party: "Enligt interpellanten kommer kommunen …", "…,
    skriver interpellanten", "Motionären menar att kommunen ska …"."""
    for i, w in enumerate(words):
        if w.startswith(REPORTERS) and (
            "enligt" in words[max(0, i - 2) : i]
            or not SAYING_VERBS.isdisjoint(words[max(0, i - 2) : i + 3])
        ):
            return True
    return False


def _embedded(words: list[str], index: int) -> bool:
    """The marker at ``index`` is in a relative or att-clause of its main clause (a
    decision's opening "att" does not count: "att en ny simhall ska byggas …")."""
    lo, _ = _main_clause(words, index)
    before = [w for w in words[lo:index] if w.strip()]
    if lo == 0 and before[:1] == ["att"]:
        before = before[1:]
    return not {"som", "att"}.isdisjoint(before)


def _dated_clause(words: list[str], index: int) -> bool:
    """The clause of the marker at ``index`` names a time itself (not a relative clause
    after it: "vill först se resultatet, som redovisas i februari")."""
    end = next(
        (
            k
            for k in range(index + 1, len(words))
            if words[k] in {",", ";", "som", "där", "när", "vilket", "eftersom", "men"}
        ),
        len(words),
    )
    return parse_deadline(" ".join(words[index:end]), _ANY_DATE) is not None


def _assigned_verb(words: list[str], index: int) -> str | None:
    """The infinitive of "(i) uppdrag att <verb>" for the marker at ``index``."""
    for j in range(index, min(len(words) - 1, index + 3)):
        if words[j] == "att":
            return words[j + 1]
    return None


def _kept(words: list[str], index: int) -> bool:
    """ "(kommer att | ska) vara/finnas/ligga/stå kvar" after the auxiliary at ``index``."""
    window = words[index + 1 : index + 6]
    return any(
        w == "kvar" and k > 0 and window[k - 1] in {"vara", "finnas", "ligga", "stå"}
        for k, w in enumerate(window)
    )


def _procedure(words: list[str], lemmas: list[str]) -> bool:
    """A step of the council's procedure in the passive ("ska behandlas", "justeras")."""
    return any(
        lemma in PROCEDURAL_PASSIVES and word.endswith("s")
        for word, lemma in zip(words, lemmas, strict=True)
    )


def analyse_sentence(
    sent: Span | SentenceView,
    *,
    municipality_name: str | None = None,
    speaker_agencies: frozenset[str] = frozenset(),
    doc_type: str | None = None,
) -> tuple[RuleResult, list[_Mention]]:
    """The rule layer for one sentence: its markers, subject, flags and rule label.

    ``doc_type`` (when known): in an interpellation or a motion only the author's own
    ``jag``/``vi`` can commit (what it says about the municipality is reported); in a
    decision or minutes an agentless ``ska`` is binding ("Styrgruppen ska träffas …")."""
    view = sent if isinstance(sent, SentenceView) else SentenceView.from_span(sent)
    words = view.words
    lemmas = view.lemmas
    text = view.text.strip()
    result = RuleResult()
    content = [w for w in words if not w.isspace() and w]
    if not content:
        return result, []
    result.question = text.endswith("?") or (
        content[0] in QUESTION_STARTS and text.rstrip().endswith("?")
    )
    first = content[0]
    # "att …" lines are demands in a motion, but decisions in a decision ("beslut")
    # the "att" of a proposal, not the infinitive mark of the future "kommer att"
    # ("Vi föreslår ett möte i mars, och nämnden kommer att ta fram ett underlag")
    complementisers = [
        i for i, w in enumerate(words) if w == "att" and "kommer" not in words[max(0, i - 3) : i]
    ]
    # "Att öppna ett kontor är inte aktuellt.": an att-clause as the subject of a negated
    # predicate, not the att-line of a proposal
    subject_clause_end = (
        next(
            (
                k
                for k, w in enumerate(words)
                if w in {"är", "vore", "blir"} and words[k + 1 : k + 2] in (["inte"], ["ej"])
            ),
            None,
        )
        if first == "att"
        else None
    )
    vocab = set(words)
    result.proposal = (
        first == "att" and doc_type != "decision" and subject_clause_end is None
    ) or (
        not PROPOSAL_VERBS.isdisjoint(vocab)
        and any(
            w in PROPOSAL_VERBS
            and any(i < j <= i + 19 for j in complementisers)
            and words[i + 1 : i + 2] != ["inte"]
            for i, w in enumerate(words)
            if w != "vill"
        )
    )
    # reported questions: "Hanna Norling har frågat mig om jag avser att …"
    # ("… har frågat mig vilka åtgärder jag avser att vidta")
    result.question = result.question or any(
        w in REPORTED_QUESTION and not QUESTION_WORDS.isdisjoint(words[i + 1 : i + 4])
        for i, w in enumerate(words)
    )
    result.conditional = first in {"om", "ifall", "såvida"} or "förutsatt" in words
    result.others = any(
        w == "enligt" and any(x.startswith(OTHERS_SOURCES) for x in words[i + 1 : i + 3])
        for i, w in enumerate(words)
    )
    result.reported = _reported(words)
    result.past = any(w in PAST_AUXILIARIES for w in words)
    # a relative time ("i september", "nästa år") is as much a deadline as "senast 2020":
    # resolved against any date, only its presence counts here
    result.deadline = (
        not DEADLINE_WORDS.isdisjoint(words) or parse_deadline(text, _ANY_DATE) is not None
    )
    mentions = _mentions(view.entities, words, municipality_name)

    declines = _decline_markers(words, vocab)
    commits = _commit_markers(words, lemmas, view.entities, vocab)
    # markers in a clause that asserts nothing: the condition of "Om nämnden beslutar att
    # …, kan …", a rhetorical negation ("Vi kommer aldrig att acceptera att …", "Vi kommer
    # inte att ge oss förrän …, och därför kommer X att …"): the rest of the sentence
    # is read without them
    unasserted = _unasserted(words, lemmas, declines + commits, result.conditional)
    if unasserted:
        masked = ["" if i in unasserted else w for i, w in enumerate(words)]
        vocab = set(masked)
        declines = _decline_markers(masked, vocab)
        commits = _commit_markers(masked, lemmas, view.entities, vocab)
    if declines and "utan" in words:
        # "Vi tänker inte släppa frågan utan kommer att driva den vidare."
        utan = words.index("utan")
        if utan > declines[0][1] and any(i > utan for _, i in commits):
            declines = []
    result.markers = [name for name, _ in declines] + [name for name, _ in commits]
    # generic normative modal: "det ska tas på största allvar"
    result.generic = _find(words, "det", "ska", gap=0) is not None and "allvar" in words

    markers = declines or commits
    if not markers:
        return result, mentions
    marker_name, marker_index = markers[0]
    if not declines:
        # the strongest commit marker: a completion, a future "blir" or a present passive
        # only without an auxiliary of intent, "vill"/"tänker" only when nothing else is
        # there
        def tier(marker: tuple[str, int]) -> int:
            return TARGET_TIERS.get(marker[0], 0)

        marker_name, marker_index = min(commits, key=lambda m: (tier(m), m[1]))
    # the finite verb for "i uppdrag", "ambition är": walk back to the auxiliary
    verb_index = marker_index
    if marker_name == "uppdrag":
        # back to the clause's verb, past adverbials ("gav i december 2018
        # kommunledningskontoret i uppdrag att …": a past assignment)
        lo, _ = _main_clause(words, marker_index)
        for j in range(marker_index, lo - 1, -1):
            if words[j] in ASSIGNING_VERBS:
                verb_index = j
                break
            if words[j] in {",", ";", "som", "att"} and j < marker_index - 1:
                break
    if marker_name == "inte_aktuellt" or marker_name.startswith("inte_") and not declines:
        verb_index = max(0, marker_index - 1)
    result.marker_index = verb_index
    # the past counts in the marker's own main clause, not in one coordinated with it
    # ("Behovet hade minskat, och jag kommer därför inte att föreslå …")
    lo, hi = _main_clause(words, verb_index)
    result.past = any(w in PAST_AUXILIARIES for w in words[lo:hi])
    subject, group = _subject(
        # the words of a subject clause ("Att flytta kontoret … är inte aktuellt") are
        # not the subject of its predicate
        [m for m in mentions if m.start >= subject_clause_end]
        if subject_clause_end is not None
        else mentions,
        words,
        verb_index,
    )
    if marker_name == "uppdrag" and words[verb_index] in {"gett", "givit", "ger", "ge", "gav"}:
        # "Jag har gett kommunledningskontoret i uppdrag att …": bound by the assignment
        # is the body given it (as in "X har fått i uppdrag att …")
        assignee = next(
            (
                m
                for m in mentions
                if verb_index < m.start and m.end <= marker_index and m.kind in {"body", "generic"}
            ),
            None,
        )
        if assignee is not None and subject in {"jag", "vi", "kommunen", "body"}:
            group = _coordinated(mentions, words, assignee)
            subject = "body"
    if subject in {"agency", "other"} and any(
        _speaker_agency(m.canonical, speaker_agencies) for m in group if m.kind == "agency"
    ):
        subject = "agency_speaker"
    result.subject = subject
    result.subject_tokens = [i for m in group for i in range(m.start, m.end)]
    result.negated = _negated_near(words, verb_index, before=1, after=4)
    # ownership: "min ambition", "vår avsikt"
    if marker_name in {"ambition", "avser_att", "anser_inte"} and subject == "impersonal":
        if any(w in {"min", "mitt"} for w in words[: marker_index + 1]):
            result.subject = subject = "jag"
        elif any(w in {"vår", "vårt"} for w in words[: marker_index + 1]):
            result.subject = subject = "vi"

    speaker = subject in {"jag", "vi", "kommunen", "body", "agency_speaker"}
    result.foreign = not speaker and subject not in {"impersonal", "none"}
    if doc_type in {"interpellation", "motion"} and subject not in {"jag", "vi"}:
        speaker = False
        result.foreign = True  # the author reports what others do or promised
    procedural = any(w.endswith(("yrkande", "yrkandet", "yrkandena")) for w in words)
    if result.question or result.proposal or result.reported:
        result.label = NONE
    elif (
        declines
        and declines[0][0] == "avslås"
        and (procedural or _bare_rejection(words, declines[0][1]))
    ):
        # "Mikael Åströms (C) tilläggsyrkande avslås.", "beslutar att avslå motionen."
        result.label = NONE
    elif declines and any(
        w in PAST_BEFORE_DECLINE for w in words[max(0, declines[0][1] - 3) : declines[0][1] + 2]
    ):
        result.label = NONE  # "Kommunen var inte beredd att …", "kunde inte prioriteras"
    elif declines:
        # "det är inte aktuellt att …", "jag ser inget behov av …", "motionen avslås"
        result.label = (
            DECLINE
            if (speaker or subject in {"impersonal", "none", "other"} and not result.others)
            else NONE
        )
        if subject == "agency":
            result.label = NONE
        # an agentless "ska inte" is a norm, as an agentless "ska" is no promise in an
        # answer: "Trygghetsvärdar ska inte förväxlas med ordningsvakter", "Det ska inte
        # vara så att …" (binding in a decision or minutes)
        if (
            marker_name in {"ska_inte", "skall_inte"}
            and subject == "impersonal"
            and doc_type not in {"decision", "minutes"}
        ):
            result.label = NONE
    elif (
        # necessity, not intent: "Kommunen kommer att behöva se över …"
        marker_name == "kommer_att"
        and not {"behöva", "tvingas"}.isdisjoint(words[marker_index + 1 : marker_index + 5])
    ) or (
        result.generic
        or (result.past and marker_name != "uppdrag")
        or (
            marker_name in {"uppdrag", "beslutat_att"}
            and words[verb_index] in PAST_ASSIGNING | {"beslutade", "bestämde"}
        )
    ):
        result.label = NONE
    elif (
        not declines
        and verb_index > 0
        and words[verb_index - 1] in {"inte", "ej"}
        and marker_name in {"kommer_att", "ska"}
    ):
        result.label = NONE  # "målet … inte kommer att nås" (a negated forecast)
    elif (
        marker_name == "beslutat_att"
        and any(w in PROCEDURAL_DECISIONS for w in words[marker_index + 2 : marker_index + 4])
    ) or (
        # an assignment of procedure: "har gett förvaltningen i uppdrag att besvara den"
        marker_name == "uppdrag" and _assigned_verb(words, marker_index) in PROCEDURAL_DECISIONS
    ):
        result.label = NONE  # "beslutar att lägga informationen till handlingarna"
    elif (
        subject == "impersonal"
        and doc_type in {"decision", "minutes"}
        and marker_name == "ska"
        # in a main clause, not in a relative or att-clause ("omständigheter som ska
        # beaktas", "tydliggöra att innehav … ska bedömas som …")
        and not _embedded(words, marker_index)
        and not result.others
        and not result.conditional
        and not _procedure(words, lemmas)
    ):
        result.label = COMMIT
    elif (
        (
            marker_name == "beredd_att"
            and (  # "Om läget förändras är jag beredd att pröva …"
                result.conditional
                or any(w in OPENNESS_VERBS for w in words[marker_index + 2 : marker_index + 4])
            )
        )
        or (
            # a completion, "blir" or a present passive without a date, or as a possibility
            marker_name in TARGET_TIERS
            and not _target(marker_name, marker_index, words, view, result.deadline)
        )
    ):
        result.label = NONE
    elif speaker and not (result.others and subject not in {"jag", "vi"}):
        # "vill" and a bare "tänker" bind only with a date; "tänker" + infinitive is an
        # intent ("Jag tänker verka för …", "Vi tänker införa …")
        weak = marker_name == "vill" or (
            marker_name == "tänker" and not _infinitive_after(words, lemmas, marker_index)
        )
        result.label = COMMIT if not weak or _dated_clause(words, marker_index) else NONE
    elif (
        # a measure kept: "Trygghetsvakterna kommer att vara kvar", "Bostad först är en
        # bra metod, och den ska finnas kvar" (a continuation needs no date)
        subject == "impersonal"
        and marker_name in {"ska", "kommer_att"}
        and not result.others
        and not result.negated
        and _kept(words, marker_index)
        and any(e.label == "MEASURE" and e.end <= marker_index + 4 for e in view.entities)
    ):
        result.label = COMMIT
    elif (
        subject == "impersonal"
        and result.deadline
        and not result.others
        and (
            marker_name in {"ska", "kommer_att", "klar_senast", "klar"}
            or marker_name in {"blir", "passiv"}
            # "Det är beslutat att 20 platser ska upphandlas före sommaren 2025."
            or (marker_name == "beslutat_att" and words[marker_index - 1 : marker_index] == ["är"])
            # "Ambitionen är att …", "Målet är att … före 2021": the speaker's, unless
            # it has another owner ("Regeringens mål …") or another party is the topic
            # ("Regeringen har tillfört …, och målet är att …")
            or (
                marker_name == "ambition"
                and not (marker_index > 0 and words[marker_index - 1].endswith("s"))
                and not any(
                    m.kind in {"agency", "person", "party"} and m.start < marker_index
                    for m in mentions
                )
            )
        )
        and not any(
            w in FORECAST_VERBS and words[j + 1 : j + 2] != ["kvar"]
            for j, w in enumerate(words[: marker_index + 4])
            if j > marker_index
        )
        and not _procedure(words, lemmas)
    ):
        # "Utvärderingen ska vara klar under första kvartalet 2021."
        result.label = COMMIT
    else:
        result.label = NONE
    return result, mentions


# ------------------------------------------------------------------ actor resolution


_ROLE_BODY = re.compile(
    r"(?<![\wÅÄÖåäö-])(?P<before>[\wÅÄÖåäö]+a\s+)?"  # "tekniska nämnden"
    r"(?P<name>(?:[\wÅÄÖåäö]+-\s+(?:och|eller|samt)\s+)?"  # "gatu- och samhällsmiljö…"
    r"(?P<prefix>[\wÅÄÖåäö-]*?)"
    r"(?P<head>nämnd|styrelse|fullmäktige|förvaltning|kontor|utskott|revision)"
    r"(?P<suffix>ens|ets|en|et|ns|n|s)?)"
    r"(?:ordförande|ordf\.?)?(?![\wÅÄÖåäö])",  # "kommunstyrelseordförande"
    re.I,
)
#: definite ending of each head word ("nämnd" -> "nämnden", "kontor" -> "kontoret")
_DEFINITE = {
    "nämnd": "en",
    "styrelse": "n",
    "fullmäktige": "",
    "förvaltning": "en",
    "kontor": "et",
    "utskott": "et",
    "revision": "en",
}


#: roles of members that speak for no body ("Ledamot av kommunfullmäktige")
_MEMBER_ROLE = re.compile(r"\s*(ledamot|ersättare|gruppledare)\b", re.I)

#: ``names(text, label)``: canonical names of the gazetteer entries of ``label`` in a text
NameLookup = Callable[[str, str], list[str]]


def body_of_role(role: str | None, names: NameLookup | None = None) -> str | None:
    """The body an author's role speaks for, by its canonical name.

    ``names`` (the entity component's gazetteer lookup, see ``gazetteer_names``) folds
    genitives and aliases to the gazetteer's canonical name: "Kommunstyrelsens
    ordförande" -> "Kommunstyrelsen", "ordförande i kommunstyrelsens arbetsutskott" ->
    "Kommunstyrelsens arbetsutskott", "Projektchef, Sportfastigheter" -> the company.
    A body the gazetteer does not know ("Ordförande i tekniska nämnden" elsewhere) gets
    its definite form from the head word's own inflection (``_definite_body``)."""
    if not role or _MEMBER_ROLE.match(role):
        return None
    if names is not None:
        found = names(role, "COUNCIL_BODY")
        if found:
            return found[0]
    name = _definite_body(role)
    if name is None and re.search(r"landshövding", role, re.I):
        # the governor speaks for the county administrative board of the municipality
        found = names("länsstyrelsen", "AGENCY") if names is not None else []
        return found[0] if found else "Länsstyrelsen"
    return name


def _definite_body(role: str) -> str | None:
    """The definite form of the first body named in a role, from its head word's own
    inflection: "Socialnämndens" -> "Socialnämnden", "KOMMUNSTYRELSENS" ->
    "Kommunstyrelsen", "kulturkontorets" -> "Kulturkontoret", "tekniska nämnden" ->
    "Tekniska nämnden", "Kommunstyrelseordförande" -> "Kommunstyrelsen".  A bare head
    word ("nämnden", "styrelsen") names no particular body: None (but "fullmäktige" is the
    municipality's council)."""
    for m in _ROLE_BODY.finditer(role):
        head = m.group("head").lower()
        name = m.group("name")
        suffix = m.group("suffix") or ""
        stem = name[: len(name) - len(suffix)]
        if stem.isupper():  # a letterhead in capitals: "KOMMUNSTYRELSENS ORDFÖRANDE"
            stem = stem.lower()
        definite = stem + _DEFINITE[head]
        if not m.group("prefix") and stem.lower() == head:  # a bare head word
            before = m.group("before")
            if before and before.strip().lower() not in {"i", "för", "av"}:
                definite = before.strip().lower() + " " + definite.lower()
            elif head == "fullmäktige":
                definite = "kommunfullmäktige"
            else:
                continue
        return definite[0].upper() + definite[1:]
    return None


def gazetteer_names(nlp: Language) -> NameLookup | None:
    """Canonical names of one label in a short text (an author's role), from the
    pipeline's entity component (cached per text and label); None when the pipeline has
    no entity component."""
    if "km_entities" not in nlp.pipe_names:
        return None
    recognizer = nlp.get_pipe("km_entities")
    canonical_names = getattr(recognizer, "canonical_names", None)
    if canonical_names is None:
        return None
    cache: dict[tuple[str, str], list[str]] = {}

    def names(text: str, label: str) -> list[str]:
        found = cache.get((text, label))
        if found is None:
            found = cache[text, label] = canonical_names(text, label)
        return found

    return names


def person_display(person: dict[str, Any]) -> str | None:
    name = (person.get("name") or "").strip()
    if not name:
        return None
    party = (person.get("party") or "").strip()
    return f"{name} ({party})" if party else name


def municipality_display(municipality: str | None) -> str | None:
    if not municipality:
        return None
    name = municipality.strip()
    if name.lower().endswith("kommun"):
        return name[0].upper() + name[1:]
    return " ".join(part.capitalize() for part in name.split()) + " kommun"


@dataclass
class DocumentContext:
    """What the component knows about the document besides the text."""

    authors: list[dict[str, Any]] = field(default_factory=list)
    doc_type: str = "other"
    date: str | None = None
    municipality_name: str | None = None
    #: who "vi" is: "body" (the author's body, e.g. Kommunstyrelsen) or "author" (the person)
    we_actor: str = "body"
    #: canonical names of the council bodies named in the document, in order
    document_bodies: list[str] = field(default_factory=list)
    #: the gazetteer's names in a text (for authors' roles); None: inflection only
    names: NameLookup | None = None
    #: the document's diarienummer ("ÄLN-2025-0190": the body's register)
    reference: str | None = None

    @classmethod
    def from_doc(
        cls,
        doc: Doc,
        municipality_name: str | None,
        we_actor: str = "body",
        names: NameLookup | None = None,
    ) -> DocumentContext:
        data = doc.user_data.get("km_document") or {}
        authors = [a for a in data.get("authors") or [] if isinstance(a, dict)]
        return cls(
            authors=authors,
            doc_type=data.get("doc_type") or "other",
            date=data.get("date"),
            municipality_name=municipality_name,
            we_actor=we_actor,
            document_bodies=[
                s.kb_id_ for s in doc.spans.get("entities", []) if s.label_ == "COUNCIL_BODY"
            ],
            names=names,
            reference=data.get("reference"),
        )

    def author(self) -> str | None:
        return person_display(self.authors[0]) if self.authors else None

    def author_body(self) -> str | None:
        for author in self.authors:
            body = body_of_role(author.get("role"), self.names)
            if body:
                return body
        return None

    def document_body(self) -> str | None:
        """The body whose register the document is in: the diarienummer's prefix when
        the gazetteer knows it as a body's abbreviation ("ÄLN-2025-0190" -> Äldrenämnden,
        "SCN-2020-1188" -> Socialnämnden)."""
        match = re.match(r"\s*([A-ZÅÄÖ]{2,6})[- ]", self.reference or "")
        if match is None or self.names is None:
            return None
        found = self.names(match.group(1), "COUNCIL_BODY")
        return found[0] if found else None

    def speaker_agencies(self) -> frozenset[str]:
        """Authorities that co-sign the document (their "we" is a speaker)."""
        names = set()
        for author in self.authors:
            role = (author.get("role") or "").lower()
            if "landshövding" in role or "länsstyrelse" in role:
                names.add("Länsstyrelsen")
            if "polis" in role:
                names.add("Polismyndigheten")
            if "region" in role:
                names.add("Region")
            if "minister" in role:
                names.add("Regeringen")
        return frozenset(names)

    def we(self) -> str | None:
        """Who "vi" is: the author's body, else the municipality, else the author."""
        if self.doc_type in {"motion", "interpellation"} or self.we_actor == "author":
            return self.author() or self.author_body() or self.municipality_name
        return self.author_body() or self.municipality_name or self.author()

    def impersonal(self) -> str | None:
        """The actor of an agentless commitment ("Utvärderingen ska vara klar …")."""
        if self.doc_type in {"answer", "interpellation", "motion"}:
            return self.author() or self.we()
        return self.we()


def _speaker_agency(canonical: str | None, agencies: frozenset[str]) -> bool:
    return bool(canonical) and any(canonical.startswith(a) for a in agencies)


#: words of the names of a municipality's organs; a body without them is a company
ORGAN_WORDS = ("nämnd", "styrelse", "förvaltning", "kontor", "fullmäktige", "utskott", "revision")
#: a nämnd's förvaltning and back share the name's first part ("Socialnämnden" ->
#: "Socialförvaltningen"), where the gazetteer has both
_SIBLINGS = {"förvaltning": ("nämnden", "förvaltningen"), "nämnd": ("förvaltningen", "nämnden")}


def _of_kind(head: str, body: str) -> bool:
    """``body`` is of the kind a generic word names: "nämnden" a nämnd, "bolaget" a
    company (a body whose name has no organ word and no municipal function)."""
    name = body.lower()
    if head:
        return head in name
    return not any(word in name for word in ORGAN_WORDS) and not name.endswith("tjänsten")


def _sibling_body(head: str, bodies: list[str], context: DocumentContext) -> str | None:
    """ "förvaltningen" in a text about Socialnämnden: Socialförvaltningen (when the
    gazetteer knows that name)."""
    if head not in _SIBLINGS or context.names is None:
        return None
    source, target = _SIBLINGS[head]
    for body in reversed([context.author_body() or "", *bodies]):
        if body.lower().endswith(source):
            candidate = body[: -len(source)] + target
            if context.names(candidate, "COUNCIL_BODY") == [candidate]:
                return candidate
    return None


def _generic_body(
    mention: _Mention,
    context: DocumentContext,
    preceding_bodies: list[str],
    sentence_mentions: list[_Mention] | None = None,
) -> str | None:
    """ "nämnden", "förvaltningen", "bolaget": the last body of that kind named before
    (in the sentence or earlier), else the first named after, else the förvaltning of
    the nämnd named before (or back), else the author's own body."""
    head = GENERIC_BODIES.get(mention.canonical or "", "")
    before = preceding_bodies + [
        m.canonical
        for m in sentence_mentions or []
        if m.kind == "body" and m.end <= mention.start and m.canonical
    ]
    return (
        next((b for b in reversed(before) if _of_kind(head, b)), None)
        or next((b for b in context.document_bodies if _of_kind(head, b)), None)
        or _sibling_body(head, before, context)
        or context.author_body()
        or context.we()
    )


def resolve_actor(
    rule: RuleResult,
    mentions: list[_Mention],
    words: list[str],
    context: DocumentContext,
    preceding_bodies: list[str],
    *,
    stance: str = COMMIT,
) -> str | None:
    """The committing party of a sentence the rules or the classifier accepted.

    Without a subject: a body the sentence opens with ("Nämnden bedömer att … kommer
    att …") or that something is "inte aktuellt för … att"; else first person anywhere in
    the sentence; else a body named generically in it ("enligt nämndens plan"); else for
    a decline the author (the answerer's "det är inte aktuellt att …"); else in a report,
    decision or minutes the body of the document's register (diarienummer prefix), a
    report's author's office, or the last body named before (not the council); else the
    author's body / the municipality ("Utvärderingen ska vara klar …")."""
    group = [m for m in mentions if m.start in rule.subject_tokens]
    if not group:
        # "det är inte aktuellt för nämnden att …": the party it is (not) relevant for;
        # "Nämnden bedömer att arbetet kommer att vara klart …": the main clause's subject
        # (for "kommunen" the answerer speaks: "inte aktuellt för kommunen att …")
        for m in mentions:
            if (m.start == 0 and m.kind in {"body", "generic", "kommunen"}) or (
                m.kind in {"body", "generic"}
                and words[m.start - 1] == "för"
                and words[m.end : m.end + 1] == ["att"]
            ):
                group = [m]
                break
    if not group:
        if any(w in FIRST_PERSON_SINGULAR for w in words):
            return context.author() or context.we()
        if any(w in {"vi", "vår", "vårt", "våra"} for w in words):
            return context.we()
        # an agentless commitment or decline that names a body generically belongs to
        # that body ("enligt nämndens plan", "inte aktuellt för nämnden att …")
        generic = next((m for m in mentions if m.kind == "generic"), None)
        if generic is not None:
            return _generic_body(generic, context, preceding_bodies, mentions)
        if stance == DECLINE:
            return context.author() or context.we()
        # an agentless commitment in a report, decision or minutes belongs to the body
        # the text is about: the last body named before it (not the council, usually the
        # recipient), else the author's body
        if context.doc_type in {"report", "decision", "minutes"}:
            own = context.document_body() or (
                context.author_body() if context.doc_type == "report" else None
            )
            if own:
                return own
            recent = [b for b in preceding_bodies if b != "Kommunfullmäktige"]
            if recent:
                return recent[-1]
        return context.we()
    names: list[str] = []
    for m in group:
        name: str | None
        if m.kind == "jag":
            name = context.author() or context.we()
        elif m.kind == "vi":
            name = context.we()
        elif m.kind == "kommunen":
            name = context.municipality_name or context.we()
        elif m.kind == "generic":
            name = _generic_body(m, context, preceding_bodies, mentions)
        elif m.kind in {"body", "agency", "person", "party"}:
            name = m.canonical
        else:  # pragma: no cover
            name = None
        if name and name not in names:
            names.append(name)
    return " och ".join(names) if names else context.impersonal()


# ----------------------------------------------------------------------- component
def _extension() -> None:
    if not Doc.has_extension("km_commitments"):
        Doc.set_extension("km_commitments", default=None)


_extension()


def sentence_bounds(sent: Span) -> tuple[int, int]:
    """Character offsets of the sentence without surrounding whitespace."""
    return text_bounds(sent.text, sent.start_char)


def text_bounds(text: str, start_char: int) -> tuple[int, int]:
    """Character offsets of ``text`` (found at ``start_char``) without surrounding
    whitespace."""
    start = start_char + (len(text) - len(text.lstrip()))
    end = start_char + len(text.rstrip())
    return start, max(start, end)


def has_trigger(sent: Span | SentenceView | list[str]) -> bool:
    """The cheap pre-filter of the component: the sentence holds a word of ``TRIGGERS``,
    or (given its lemmas: a Span or a SentenceView) it may name a time and holds a present
    passive ("En trygghetsvandring genomförs i september")."""
    if isinstance(sent, list):
        return not TRIGGERS.isdisjoint(sent)
    view = sent if isinstance(sent, SentenceView) else SentenceView.from_span(sent)
    if not TRIGGERS.isdisjoint(view.words):
        return True
    return (
        _may_be_dated(set(view.words))
        and _present_passive(view.words, view.lemmas, view.entities) is not None
    )


@dataclass
class _Candidate:
    """A sentence that passed the pre-filter, with what the rules found in it."""

    view: SentenceView
    start_char: int
    entities: list[tuple[int, int, str, str]]
    rule: RuleResult
    mentions: list[_Mention]
    bodies_before: int  # how many bodies were named before this sentence
    label: str = NONE


class CommitmentFinder:
    """The ``km_commitments`` component."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        mode: str,
        threshold: float,
        municipality: str,
        annotations: str,
        max_sentence_chars: int,
        we_actor: str = "body",
        rule_weight: float = 0.3,
    ) -> None:
        if mode not in {"rules", "classifier", "combined"}:
            raise ValueError(f"okänt läge för km_commitments: {mode!r}")
        self.nlp = nlp
        self.name = name
        self.mode = mode
        self.threshold = threshold
        self.municipality = municipality
        self.annotations = annotations
        self.max_sentence_chars = max_sentence_chars
        self.rule_weight = rule_weight
        if we_actor not in {"body", "author"}:
            raise ValueError(f"okänt värde för we_actor: {we_actor!r}")
        self.we_actor = we_actor
        self._classifier: Any = None
        self._names: NameLookup | bool | None = None  # False: no entity component

    # the classifier is trained at first use, on the components before this one
    def classifier(self) -> Any:
        if self._classifier is None:
            from nlp.commitment_classifier import load_or_train

            try:
                self._classifier = load_or_train(
                    self.nlp,
                    self.annotations,
                    upto=self.name,
                    municipality_name=self.municipality_name(),
                )
            except (OSError, ValueError) as exc:
                # no usable training file: the rules alone decide (logged once)
                log.warning(
                    "löftesklassificeraren kunde inte tränas (%s); bara regler används", exc
                )
                self._classifier = False
                return None
        return self._classifier

    def municipality_name(self) -> str | None:
        name = self.municipality
        if not name and "km_entities" in self.nlp.pipe_names:
            pipe = self.nlp.get_pipe("km_entities")
            name = getattr(pipe, "municipality", "") or ""
        if not name:
            from nlp.pipeline import resolve_municipality

            name = resolve_municipality(None)
        return municipality_display(name)

    def document_municipality(self, doc: Doc) -> str | None:
        """The municipality whose "kommunen" the document speaks of: the one the entity
        component found it to be of (another municipality's, or none in a Riksdag
        document), else the configured one."""
        if MUNICIPALITY_KEY in doc.user_data:
            place = doc.user_data[MUNICIPALITY_KEY]
            return municipality_display(place) if place else None
        return self.municipality_name()

    def __call__(self, doc: Doc) -> Doc:
        doc._.km_commitments = self.find(doc)
        return doc

    def classify(
        self, sent: Span | SentenceView, context: DocumentContext
    ) -> tuple[str, RuleResult, list]:
        """The label of one sentence (``find`` does the same for a document in one
        batch, with the same pre-filter: a sentence without a trigger word, or longer
        than ``max_sentence_chars``, is none)."""
        view = sent if isinstance(sent, SentenceView) else SentenceView.from_span(sent)
        rule, mentions = analyse_sentence(
            view,
            municipality_name=context.municipality_name,
            speaker_agencies=context.speaker_agencies(),
            doc_type=context.doc_type,
        )
        candidate = _Candidate(view, 0, [], rule, mentions, 0)
        if has_trigger(view) and len(view.text.strip()) <= self.max_sentence_chars:
            self._label([candidate])
        return candidate.label, rule, mentions

    def _label(self, candidates: list[_Candidate]) -> None:
        """Set ``label`` of each candidate: the rules, or the classifier in one batch."""
        pending: list[_Candidate] = []
        for cand in candidates:
            if self.mode == "rules" or self._classifier is False:
                cand.label = cand.rule.label
            elif self.mode == "combined" and cand.rule.vetoed():
                cand.label = NONE
            else:
                pending.append(cand)
        if not pending:
            return
        classifier = self.classifier()
        if classifier is None:
            for cand in pending:
                cand.label = cand.rule.label
            return
        from nlp.commitment_classifier import sentence_features

        weight = self.rule_weight if self.mode == "combined" else 0.0
        labels = classifier.decide_many(
            [sentence_features(c.view, c.rule) for c in pending],
            self.threshold,
            rule_labels=[c.rule.label for c in pending],
            rule_weight=weight,
        )
        for cand, label in zip(pending, labels, strict=True):
            cand.label = label

    def find(self, doc: Doc) -> list[Commitment]:
        if self._names is None:
            self._names = gazetteer_names(self.nlp) or False
        context = DocumentContext.from_doc(
            doc, self.document_municipality(doc), self.we_actor, self._names or None
        )
        speaker_agencies = context.speaker_agencies()
        tokens = DocTokens(doc)
        words = tokens.words
        entities = tokens.entities
        bodies_so_far: list[str] = []
        candidates: list[_Candidate] = []
        k = 0
        for sent in doc.sents:
            start, end = sent.start, sent.end
            # entities of this sentence, and bodies named up to here (for "nämnden")
            sent_entities: list[tuple[int, int, str, str]] = []
            while k < len(entities) and entities[k][0] < end:
                if entities[k][0] >= start:
                    sent_entities.append(entities[k])
                k += 1
            start_char, end_char = sent.start_char, sent.end_char
            view: SentenceView | None = None
            if end_char - start_char <= self.max_sentence_chars:
                sent_words = words[start:end]
                if not TRIGGERS.isdisjoint(sent_words):
                    view = tokens.view(start, end, start_char, end_char, sent_entities)
                elif _may_be_dated(set(sent_words)):
                    # no trigger word: a dated present passive only
                    view = tokens.view(start, end, start_char, end_char, sent_entities)
                    if _present_passive(view.words, view.lemmas, view.entities) is None:
                        view = None
            if view is not None:
                rule, mentions = analyse_sentence(
                    view,
                    municipality_name=context.municipality_name,
                    speaker_agencies=speaker_agencies,
                    doc_type=context.doc_type,
                )
                candidates.append(
                    _Candidate(view, start_char, sent_entities, rule, mentions, len(bodies_so_far))
                )
            bodies_so_far.extend(c for _, _, label, c in sent_entities if label == "COUNCIL_BODY")
        self._label(candidates)
        found: list[Commitment] = []
        for cand in candidates:
            label = cand.label
            if label not in {COMMIT, DECLINE}:
                continue
            rule = cand.rule
            actor = resolve_actor(
                rule,
                cand.mentions,
                cand.view.words,
                context,
                bodies_so_far[: cand.bodies_before],
                stance=label,
            )
            if rule.subject == "agency_speaker" and not actor:
                actor = min(speaker_agencies, default=None)
            start, end = text_bounds(cand.view.text, cand.start_char)
            text = tokens.text[start:end]
            deadline = parse_deadline(text, context.date) if label == COMMIT else None
            canonical: list[str] = []
            for *_, name in cand.entities:
                if name not in canonical:
                    canonical.append(name)
            found.append(
                Commitment(
                    text=text,
                    stance=label,
                    actor=actor,
                    deadline=deadline,
                    entities=canonical,
                    page=0,
                    start=start,
                    end=end,
                )
            )
        return found


@Language.factory(
    "km_commitments",
    assigns=["doc._.km_commitments"],
    requires=["token.lemma"],
    default_config={
        "mode": "combined",
        "threshold": 0.5,
        "municipality": "",
        "annotations": "",
        "max_sentence_chars": 1500,
        "we_actor": "body",
        "rule_weight": 0.3,
    },
)
def make_km_commitments(
    nlp: Language,
    name: str,
    mode: str,
    threshold: float,
    municipality: str,
    annotations: str,
    max_sentence_chars: int,
    we_actor: str,
    rule_weight: float,
) -> CommitmentFinder:
    """``mode``: rules | classifier | combined; ``threshold``: the classifier's minimum
    probability for commit/decline; ``municipality``: its name (default: the entity
    component's, else settings); ``annotations``: training file (default the packaged
    ``nlp/annotations/commitments.jsonl``)."""
    return CommitmentFinder(
        nlp,
        name,
        mode=mode,
        threshold=threshold,
        municipality=municipality,
        annotations=annotations,
        max_sentence_chars=max_sentence_chars,
        we_actor=we_actor,
        rule_weight=rule_weight,
    )
