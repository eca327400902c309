"""Fixtures for the NLP tests: the cached pipeline and a helper to analyse one text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kommunminne.model import Document, Entity


@pytest.fixture(scope="session")
def nlp() -> Language:
    from nlp import load_pipeline

    return load_pipeline("uppsala")


@pytest.fixture(scope="session")
def entities_of(nlp):
    """``entities_of(text)`` -> list of (surface, label, canonical) in text order."""
    from nlp import analyse

    def run(text: str) -> list[tuple[str, str, str]]:
        doc = analyse(
            [Document(source="t.txt", sha256="0" * 64, text=text)], municipality="uppsala"
        )
        return [(e.text, e.label, e.canonical) for e in doc[0].entities]

    return run


@pytest.fixture(scope="session")
def analysed(nlp):
    """``analysed(text)`` -> list of Entity."""
    from nlp import analyse

    def run(text: str) -> list[Entity]:
        doc = analyse(
            [Document(source="t.txt", sha256="0" * 64, text=text)], municipality="uppsala"
        )
        return doc[0].entities

    return run
