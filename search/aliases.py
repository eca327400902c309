"""Canonical values for fields and filters: document types and entity aliases.

``typ:svar`` means ``answer``; ``parti:M`` and ``parti:moderaterna`` mean
``Moderaterna``; ``myndighet:polisen`` means ``Polismyndigheten`` — using the NLP
stage's gazetteers (``nlp.gazetteer``, data files only, no spaCy) of the configured
municipality.  When the gazetteers cannot be read the value is used as written.
"""

from __future__ import annotations

import os
from functools import lru_cache

from kommunminne.config import DEFAULT_MUNICIPALITY, MUNICIPALITY_ENV
from kommunminne.model import DOC_TYPE_LABELS_SV, DOC_TYPES
from kommunminne.textnorm import fold

#: Swedish (and English) names of the document types, folded -> DOC_TYPES value
DOC_TYPE_NAMES: dict[str, str] = {
    **{fold(t): t for t in DOC_TYPES},
    **{fold(label): t for t, label in DOC_TYPE_LABELS_SV.items()},
    "svar": "answer",
    "interpellationssvar": "answer",
    "skrivelse": "letter",
    "brev": "letter",
    "protokoll": "minutes",
    "protokollsutdrag": "minutes",
    "rapport": "report",
    "uppföljning": "report",
    "beslut": "decision",
    "övrigt": "other",
    "övriga": "other",
    "annat": "other",
    "motioner": "motion",
    "interpellationer": "interpellation",
}

#: facet name -> gazetteer label
FACET_LABELS: dict[str, str] = {
    "district": "DISTRICT",
    "agency": "AGENCY",
    "body": "COUNCIL_BODY",
    "party": "PARTY",
    "measure": "MEASURE",
    "person": "PERSON",
}


def doc_type(value: str) -> str | None:
    """The DOC_TYPES value a (Swedish or English) type name means, or None."""
    return DOC_TYPE_NAMES.get(fold(value).strip())


@lru_cache(maxsize=4)
def _alias_table(municipality: str) -> dict[tuple[str, str], str]:
    try:
        from nlp.gazetteer import load_gazetteer

        gazetteer = load_gazetteer(municipality)
    except Exception:  # noqa: BLE001 - gazetteers are optional here
        return {}
    table: dict[tuple[str, str], str] = {}
    for alias in gazetteer.aliases:
        table.setdefault((alias.label, fold(alias.text)), alias.canonical)
        table.setdefault((alias.label, fold(alias.canonical)), alias.canonical)
    for measure in gazetteer.measures:
        table.setdefault(("MEASURE", fold(measure.canonical)), measure.canonical)
    for abbreviation, canonical in gazetteer.party_abbreviations.items():
        table.setdefault(("PARTY", fold(abbreviation)), canonical)
    return table


def _municipality() -> str:
    return (os.environ.get(MUNICIPALITY_ENV) or DEFAULT_MUNICIPALITY).strip().lower()


def canonical(facet: str, value: str) -> str:
    """The canonical name ``value`` stands for in ``facet`` (``value`` if unknown)."""
    label = FACET_LABELS.get(facet)
    if label is None:
        return value.strip()
    return _alias_table(_municipality()).get((label, fold(value).strip()), value.strip())


def party(value: str | None) -> str | None:
    """An author's party as written (``M``) -> the canonical party name (``Moderaterna``)."""
    if not value:
        return value
    return canonical("party", value)
