from __future__ import annotations

import pytest

from search import SearchIndex, SearchRequest
from search.query import QuerySyntaxError, date_range, parse


def sources(index: SearchIndex, query: str, **options: object) -> set[str]:
    response = index.search(SearchRequest(query=query, limit=100, **options))
    return {hit.source for hit in response.hits}


def test_words_are_all_required(index: SearchIndex) -> None:
    assert sources(index, "kameraövervakning Stenhagen") == {"svar-kameror.pdf"}


def test_compound_part_and_inflection_found(index: SearchIndex) -> None:
    assert "interp-vakter.pdf" in sources(index, "trygghetsvakt")
    assert "motion-poliskontor.pdf" in sources(index, "polis")
    assert "interp-kameror.pdf" in sources(index, "kamera")


def test_phrase(index: SearchIndex) -> None:
    assert sources(index, '"kameraövervakning i Stenhagen"') == {"svar-kameror.pdf"}
    assert sources(index, '"Stenhagen kameraövervakning"') == set()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kameror OCH Stenhagen", {"svar-kameror.pdf"}),
        ("kameror AND Stenhagen", {"svar-kameror.pdf"}),
        ("poliskontor ELLER trygghetsvakter", {"motion-poliskontor.pdf", "interp-vakter.pdf"}),
        ("poliskontor OR trygghetsvakter", {"motion-poliskontor.pdf", "interp-vakter.pdf"}),
        ("Gottsunda INTE kameraövervakning", {"motion-poliskontor.pdf"}),
        ("Gottsunda NOT kameraövervakning", {"motion-poliskontor.pdf"}),
        ("Gottsunda -kameraövervakning", {"motion-poliskontor.pdf"}),
        ("(poliskontor ELLER trygghetsvakter) INTE Stenhagen", {"motion-poliskontor.pdf"}),
    ],
)
def test_operators(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert sources(index, query) == expected


def test_prefix(index: SearchIndex) -> None:
    assert sources(index, "trygghetsvakt*") == {"interp-vakter.pdf"}
    assert {"interp-kameror.pdf", "svar-kameror.pdf"} <= sources(index, "kamera*")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("typ:interpellation", {"interp-kameror.pdf", "interp-vakter.pdf"}),
        ("typ:svar", {"svar-kameror.pdf"}),
        ("typ:protokoll", {"protokoll-skript.pdf"}),
        ("TYP:Motion", {"motion-poliskontor.pdf"}),
        ("parti:L", {"interp-vakter.pdf"}),
        ("parti:liberalerna", {"interp-vakter.pdf"}),
        ("stadsdel:stenhagen", {"svar-kameror.pdf", "interp-vakter.pdf"}),
        ("myndighet:Polismyndigheten", {"interp-kameror.pdf"}),
        ("organ:Kommunledningskontoret", {"rapport-kameror.pdf"}),
        ("nämnd:kommunledningskontoret", {"rapport-kameror.pdf"}),
        ('åtgärd:"lokalt poliskontor"', {"motion-poliskontor.pdf"}),
        ('person:"Sara Berg"', {"interp-vakter.pdf"}),
        ("år:2022", {"interp-vakter.pdf"}),
        ("år:2016..2016", {"motion-poliskontor.pdf"}),
        ("datum:2017-04", {"svar-kameror.pdf", "rapport-kameror.pdf"}),
        ("datum:2017-03-01..2017-03-31", {"interp-kameror.pdf"}),
        ("datum:2019..", {"protokoll-skript.pdf", "interp-vakter.pdf"}),
        ("datum:..2016", {"motion-poliskontor.pdf"}),
        ("dnr:KSN-2017-0412", {"interp-kameror.pdf", "svar-kameror.pdf"}),
        ("KSN-2017-0412", {"interp-kameror.pdf", "svar-kameror.pdf"}),
        ("kameror stadsdel:Stenhagen typ:svar", {"svar-kameror.pdf"}),
    ],
)
def test_fields(index: SearchIndex, query: str, expected: set[str]) -> None:
    response = index.search(SearchRequest(query=query, limit=100))
    assert response.note is None
    assert {hit.source for hit in response.hits} == expected


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ('"kameraövervakning i', "citattecken"),
        ("(kameraövervakning", "parentes"),
        ("kameraövervakning)", "parentes"),
        ("kameraövervakning OCH", "operator"),
        ("OCH kameraövervakning", "operator"),
        ("kameraövervakning ELLER ELLER Gottsunda", "operator"),
        ("färg:blå kameraövervakning", "okänt fält"),
        ("datum:2019-13-45 kameraövervakning", "ogiltigt datum"),
        ("datum:igår kameraövervakning", "ogiltigt datum"),
        ("år:tjugo kameraövervakning", "ogiltigt år"),
        ("typ:faktura kameraövervakning", "dokumenttyp"),
        ("() kameraövervakning", "tomma parenteser"),
    ],
)
def test_malformed_falls_back_to_words_with_note(
    index: SearchIndex, query: str, reason: str
) -> None:
    with pytest.raises(QuerySyntaxError):
        parse(query)
    response = index.search(SearchRequest(query=query, limit=100))
    assert response.note and reason in response.note
    assert "kameraövervakning" in " ".join(h.title.lower() for h in response.hits)


def test_all_words_missing_together_falls_back_to_any(index: SearchIndex) -> None:
    response = index.search(SearchRequest(query="poliskontor trygghetsvakter"))
    assert response.total == 2
    assert response.note and "något av" in response.note


def test_stop_words_only_lists_everything(index: SearchIndex) -> None:
    response = index.search(SearchRequest(query="och i att"))
    assert response.total == 6 and response.note


def test_date_range_parsing() -> None:
    assert date_range("2019") == ("2019-01-01", "2019-12-31")
    assert date_range("2020-02") == ("2020-02-01", "2020-02-29")
    assert date_range("2019-01-01..2019-06-30") == ("2019-01-01", "2019-06-30")
    with pytest.raises(QuerySyntaxError):
        date_range("..")
