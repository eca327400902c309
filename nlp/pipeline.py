"""Building and caching the spaCy pipeline.

``spacy.blank("sv")`` (no pretrained Swedish model exists here) with:

- tokenizer: a hyphen before a lower-case letter splits ("SSP-arbetet" -> "SSP" "-"
  "arbetet", "Valsätra-området" -> "Valsätra" "-" "området") so that names inside
  hyphenated compounds are tokens of their own ("Per-Olof" stays whole);
  abbreviation special cases ("nr.", "enl.", "kl.");
- ``km_sentences`` (nlp/sentences.py), ``km_lemmatizer`` (nlp/lemmas.py, the lookup table
  of spacy-lookups-data with a lower-case fallback), ``km_entities`` (nlp/entities.py)
  and the commitments engineer's ``km_commitments`` (nlp/commitments.py).

One Language per (process, municipality), built on first use.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from kommunminne.config import DEFAULT_MUNICIPALITY, MUNICIPALITY_ENV
from nlp import entities as _entities  # noqa: F401  (registers km_entities)
from nlp import lemmas as _lemmas  # noqa: F401  (registers km_lemmatizer)
from nlp import sentences as _sentences  # noqa: F401  (registers km_sentences)

log = logging.getLogger(__name__)

#: Longest text analysed in one piece (characters); blank pipelines need little memory
#: per character, and a 50-page council document is about 150,000 characters.
MAX_LENGTH = 20_000_000

#: Abbreviations kept as one token with their point.
ABBREVIATION_TOKENS = (
    "nr.",
    "enl.",
    "kl.",
    "ca.",
    "resp.",
    "jfr.",
    "ang.",
    "avd.",
    "dnr.",
    "tel.",
    "inkl.",
    "exkl.",
    "d.v.s.",
    "o.s.v.",
    "fr.o.m.",
    "t.o.m.",
    "p.g.a.",
    "m.a.o.",
    "f.d.",
    "m.fl.",
    "mfl.",
    "osv.",
    "etc.",
    "ordf.",
    "sekr.",
    "forts.",
)

#: a hyphen between a letter and a lower-case letter splits ("SSP-arbetet"); a hyphen
#: before a capital does not ("Per-Olof", "Uppsala-Näs", "KS-AU")
HYPHEN_INFIX = r"(?<=[A-Za-zÅÄÖåäöÉéÜü])-(?=[a-zåäöéü])"

_lock = threading.Lock()
_cache: dict[str, Language] = {}


def resolve_municipality(municipality: str | None) -> str:
    """The municipality argument, else ``$KOMMUNMINNE_MUNICIPALITY``, else Uppsala."""
    name = municipality or os.environ.get(MUNICIPALITY_ENV) or DEFAULT_MUNICIPALITY
    return name.strip().lower()


def customise_tokenizer(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    infixes = list(nlp.Defaults.infixes) + [HYPHEN_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for abbreviation in ABBREVIATION_TOKENS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        capital = abbreviation[0].upper() + abbreviation[1:]
        tokenizer.add_special_case(capital, [{ORTH: capital}])


def _add_commitments(nlp: Language) -> None:
    """Add the commitments engineer's component when its module is present."""
    try:
        importlib.import_module("nlp.commitments")  # registers the km_commitments factory
    except ModuleNotFoundError as exc:
        if exc.name != "nlp.commitments":
            raise
        # nlp/commitments.py (owned by the commitments engineer) is not there yet:
        # entities still work, documents get no commitments.
        log.warning("nlp.commitments saknas: inga löften extraheras")
        return
    nlp.add_pipe("km_commitments")


def build_pipeline(municipality: str) -> Language:
    """A new pipeline (uncached; use ``load_pipeline``)."""
    nlp = spacy.blank("sv")
    nlp.max_length = MAX_LENGTH
    customise_tokenizer(nlp)
    nlp.add_pipe("km_sentences")
    nlp.add_pipe("km_lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("km_entities", config={"municipality": municipality})
    _add_commitments(nlp)
    nlp.initialize()  # loads the lemma table from spacy-lookups-data (installed package)
    return nlp


def load_pipeline(municipality: str | None = None) -> Language:
    """The pipeline for ``municipality`` (default from settings), built once per process."""
    name = resolve_municipality(municipality)
    with _lock:
        nlp = _cache.get(name)
        if nlp is None:
            nlp = _cache[name] = build_pipeline(name)
    return nlp
