"""Deadlines: the end of the period a sentence names (nlp/deadlines.py, pure functions)."""

from __future__ import annotations

from datetime import date

import pytest

from nlp.deadlines import find_deadlines, mandate_period_end, parse_deadline

DOC_DATE = "2019-05-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seasons (documented boundaries)
        ("senast under våren 2020", "2020-06-30"),
        ("under hösten 2019", "2019-12-31"),
        ("under sommaren 2019", "2019-08-31"),
        ("före sommaren 2020", "2020-06-30"),
        ("till sommaren 2020", "2020-06-30"),
        ("efter sommaren 2020", "2020-09-30"),
        ("till höstterminen 2020", "2020-12-31"),
        ("vintern 2019/2020", "2020-02-29"),
        ("vintern 2021", "2021-02-28"),
        # parts of the year
        ("under första kvartalet 2021", "2021-03-31"),
        ("under tredje kvartalet 2021", "2021-09-30"),
        ("under första halvåret 2018", "2018-06-30"),
        ("under andra halvåret 2018", "2018-12-31"),
        ("andra tertialet 2020", "2020-08-31"),
        ("senast vid halvårsskiftet 2020", "2020-06-30"),
        # months and days
        ("i januari 2021", "2021-01-31"),
        ("januari 2021", "2021-01-31"),
        ("i februari 2020", "2020-02-29"),
        ("senast i december 2020", "2020-12-31"),
        ("senast den 31 mars 2020", "2020-03-31"),
        ("senast den 15 december", "2019-12-15"),
        ("före den 1 mars 2020", "2020-02-29"),
        ("senast 2020-03-31", "2020-03-31"),
        ("vecka 12 2020", "2020-03-22"),
        # years
        ("under 2021", "2021-12-31"),
        ("senast 2025", "2025-12-31"),
        ("till år 2030", "2030-12-31"),
        ("före utgången av 2018", "2018-12-31"),
        ("före 2025", "2024-12-31"),
        ("i samband med årsredovisningen för 2019", "2019-12-31"),
        # relative to the document date
        ("under året", "2019-12-31"),
        ("i år", "2019-12-31"),
        ("nästa år", "2020-12-31"),
        ("under nästa år", "2020-12-31"),
        ("till årsskiftet", "2019-12-31"),
        ("vid årets slut", "2019-12-31"),
        ("till årsskiftet 2020/2021", "2020-12-31"),
        ("inom två år", "2021-05-15"),
        ("inom sex månader", "2019-11-15"),
        ("inom tre veckor", "2019-06-05"),
        ("under hösten", "2019-12-31"),
        ("under våren", "2019-06-30"),
        ("i oktober", "2019-10-31"),
        ("i mars", "2020-03-31"),  # March 2019 is over at the document date
        ("under mandatperioden", "2022-10-14"),
        # the summer break, bare seasons
        ("innan sommaruppehållet", "2019-06-30"),
        ("under sommaruppehållet", "2019-08-31"),
        ("under sommarlovet 2020", "2020-08-31"),
        ("inför sommaren", "2019-06-30"),
        ("i höst", "2019-12-31"),
        ("redan i vår", "2019-06-30"),
        ("i vinter", "2020-02-29"),
        # school years end with the spring term
        ("under läsåret 2020/2021", "2021-06-30"),
        ("före utgången av läsåret 2019/20", "2020-06-30"),
        ("under nästa läsår", "2020-06-30"),
        # feasts
        ("före midsommar", "2019-06-20"),
        ("till jul", "2019-12-24"),
        ("under valborg nästa år", "2020-04-30"),
        ("till påsk 2021", "2021-04-04"),
        # the rest of a year, a named year's end, spans, next week or month
        ("under resten av året", "2019-12-31"),
        ("innan 2021 är slut", "2021-12-31"),
        ("under de kommande tre åren", "2022-05-15"),
        ("under de två närmaste åren", "2021-05-15"),
        ("nästa vecka", "2019-05-26"),
        ("senast nästa månad", "2019-06-30"),
        ("under perioden 2021–2023", "2023-12-31"),
        ("från och med 2021", "2021-12-31"),
        ("före jul 2020", "2020-12-23"),
    ],
)
def test_period_end(text: str, expected: str) -> None:
    assert parse_deadline(f"Kommunen ska göra detta {text}.", DOC_DATE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kommunen har 230 000 invånare.",
        "Diarienummer KSN-2019-0214.",
        "Se interpellation 2016/17:591 i riksdagen.",
        "Resultaten jämförs med trygghetsmätningen 2017.",
        "I 2019 års budget avsattes medel.",
        "Kostnaden är 2 000 kronor per plats.",
        "Sedan 2017 har vi samverkat med polisen.",
        "Året har varit händelserikt.",
        "i kommunstyrelsens förslag till mål och budget för 2018 ingår detta",
        "Vi kommer att göra detta.",
        "Felet ska åtgärdas inom två dygn efter anmälan, och inom en vecka efter besöket.",
        "Vi vill i vår kommun satsa på trygghet.",
        "Frågan tas upp i budgetarbetet inför 2021.",
        "Julens och påskens traditioner, julmarknaden och påskliljorna är omtyckta.",
        "",
    ],
)
def test_no_deadline(text: str) -> None:
    assert parse_deadline(text, DOC_DATE) is None


def test_relative_expressions_need_a_document_date() -> None:
    assert parse_deadline("Vi gör det nästa år.", None) is None
    assert parse_deadline("Vi gör det inom två år.", None) is None
    assert parse_deadline("Vi gör det under 2021.", None) == "2021-12-31"


def test_explicit_limit_wins_over_an_earlier_period() -> None:
    text = (
        "Kommunledningskontoret kommer att ta fram en handlingsplan för perioden 2021–2024, "
        "som ska läggas fram för kommunstyrelsen senast i december 2020."
    )
    assert parse_deadline(text, "2019-09-30") == "2020-12-31"


def test_first_deadline_when_none_is_explicit() -> None:
    text = "Utvärderingen ska vara klar i september 2018, och redovisas under hösten 2018."
    assert parse_deadline(text, "2018-01-10") == "2018-09-30"


def test_find_deadlines_gives_offsets() -> None:
    text = "Vi ska öppna kontoret under våren 2020 och utvärdera det senast i december 2020."
    found = find_deadlines(text, DOC_DATE)
    assert [m.date for m in found] == ["2020-06-30", "2020-12-31"]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert [m.strong for m in found] == [False, True]


def test_invalid_day_and_document_date_are_ignored() -> None:
    assert parse_deadline("senast den 31 februari 2020", DOC_DATE) is None
    assert parse_deadline("senast 2020-13-45", DOC_DATE) is None
    assert parse_deadline("nästa år", "inte ett datum") is None
    assert parse_deadline("nästa år", date(2019, 5, 15)) == "2020-12-31"


def test_mandate_period_end() -> None:
    assert mandate_period_end(date(2019, 5, 1)) == date(2022, 10, 14)
    assert mandate_period_end(date(2022, 10, 20)) == date(2026, 10, 14)
    assert mandate_period_end(date(2022, 4, 25)) == date(2022, 10, 14)


def _texts_for_filter_check() -> list[str]:
    """Council prose from the repo (corpus truth, annotated sentences) and edge cases."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    texts = [
        "Majoriteten vill i vår budget satsa på vårens och höstens program.",
        "Senast DEN 31 DEC. 2020 ska planen vara klar, t.o.m. 2021-03-01 gäller den.",
        "Vid ÅRSSKIFTET 2020/2021 och före utgången av nov. ska det vara klart.",
        "Arbetet sker under året och nästa år, i år och inom tre månader, vecka 12.",
        "Under mandatperioden, i september, halvårsskiftet 2020 och vintern 2019/2020.",
        "Aprilväder, juni-mötet, marsch, Sept-Ö, okt., 2 000 kronor och KSN-2019-0214.",
    ]
    for path in sorted((root / "corpus" / "truth").glob("*.json")):
        texts.append(json.loads(path.read_text(encoding="utf-8")).get("text", ""))
    annotations = root / "nlp" / "annotations" / "commitments.jsonl"
    for line in annotations.read_text(encoding="utf-8").splitlines():
        if line.startswith("{") and '"text"' in line:
            texts.append(json.loads(line)["text"])
    return texts


def test_required_word_filter_changes_no_result(monkeypatch) -> None:
    """The cheap per-pattern pre-test only skips patterns that could not match."""
    import re

    from nlp import deadlines

    texts = _texts_for_filter_check()
    assert len(texts) > 100
    with_filter = [find_deadlines(t, DOC_DATE) for t in texts]
    always = re.compile("")
    monkeypatch.setattr(deadlines, "_REQUIRED", dict.fromkeys(deadlines._REQUIRED, always))
    without = [find_deadlines(t, DOC_DATE) for t in texts]
    assert with_filter == without
    assert sum(len(found) for found in without) > 50
    assert set(deadlines._REQUIRED) == {kind for _, kind in deadlines._PATTERNS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi föreslår ett möte under mars eller april 2020.", "2020-04-30"),
        ("Insatsen görs under våren och hösten 2021.", "2021-12-31"),
        ("Under januari–mars 2021 genomförs mätningen.", "2021-03-31"),
        # two periods of two different actions are not joined
        ("Planen ska vara klar i mars 2020 och utvärderas i december 2020.", "2020-03-31"),
    ],
)
def test_alternative_periods_end_with_the_later(text: str, expected: str) -> None:
    assert parse_deadline(text, "2020-02-03") == expected
