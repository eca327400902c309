from __future__ import annotations

import pytest

from kommunminne.textnorm import fold
from search.analysis import index_terms, query_term, split_compound, swedish_analyzer


def finds(query_word: str, text_word: str) -> bool:
    """Does the query word find the text word (as indexing and querying analyse them)?"""
    return query_term(fold(query_word)) in index_terms(fold(text_word))


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("kamera", "kameraövervakning"),
        ("kamera", "Kameraövervakningen"),
        ("trygghetsvakt", "trygghetsvakterna"),
        ("vakt", "trygghetsvakterna"),
        ("polis", "poliskontor"),
        ("polis", "polismyndigheten"),
        ("beslutet", "beslut"),
        ("beslut", "beslutet"),
        ("nämnden", "nämnd"),
        ("nämnd", "nämnden"),
        ("förskolan", "förskola"),
        ("ärendet", "ärende"),
        ("protokollet", "protokoll"),
        ("kameror", "kamerorna"),
        ("stadsdel", "stadsdelsnämnden"),
    ],
)
def test_query_word_finds_text_word(query: str, text: str) -> None:
    assert finds(query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("skola", "förskolan"),  # decided: pre-school is not school
        ("kameraövervakning", "kamera"),  # a compound query asks for the compound
        ("trygghet", "otryggheten"),  # the prefix o- is not a compound part
    ],
)
def test_query_word_does_not_find(query: str, text: str) -> None:
    assert not finds(query, text)


def test_compound_split_with_linking_s() -> None:
    assert split_compound("trygghetsvakterna") == ("trygghets", "vakterna")
    assert split_compound("förskolan") == ()
    assert split_compound("kamera") == ()


def test_stop_words_dropped_and_positions_renumbered() -> None:
    analyzer = swedish_analyzer()
    tokens = [
        (t.text, t.pos)
        for t in analyzer("Kameraövervakning i Gottsunda", mode="index", positions=True)
    ]
    assert ("kameraövervakning", 0) in tokens
    assert ("kamer", 0) in tokens  # the part shares the compound's position
    assert ("gottsund", 1) in tokens  # "i" dropped, no gap
    query = [t.text for t in analyzer("Kameraövervakning i Gottsunda", mode="query")]
    assert query == ["kameraövervakning", "gottsund"]
