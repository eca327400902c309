"""PERSON recognition: positions, titles, genitives, coreference, negatives, NER figure."""

from __future__ import annotations

import pytest

from tests.conftest import SHARED_DIR


def persons(entities_of, text: str) -> list[tuple[str, str]]:
    return [(s, c) for s, label, c in entities_of(text) if label == "PERSON"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jonas Segersam (KD) har ställt frågor.", [("Jonas Segersam", "Jonas Segersam")]),
        ("Till rikspolischef Anders Thornberg", [("Anders Thornberg", "Anders Thornberg")]),
        (
            "Enligt landshövding Göran Enander är läget allvarligt.",
            [("Göran Enander", "Göran Enander")],
        ),
        (
            "Rikspolischefen Anders Thornberg kom på besök.",
            [("Anders Thornberg", "Anders Thornberg")],
        ),
        (
            "Frågan ställs till kommunstyrelsens ordförande Erik Pelling.",
            [("Erik Pelling", "Erik Pelling")],
        ),
        (
            "Här följer svar på Jonas Segersams konkreta frågor.",
            [("Jonas Segersams", "Jonas Segersam")],
        ),
        ("Motion av Per-Olof Nyström (SD).", [("Per-Olof Nyström", "Per-Olof Nyström")]),
        (
            "Ledamoten Zoltan Kranjcar (M) reserverade sig.",
            [("Zoltan Kranjcar", "Zoltan Kranjcar")],
        ),
        ("Statsminister Stefan Löfven besökte Gottsunda.", [("Stefan Löfven", "Stefan Löfven")]),
        ("Anna-Karin von Essen deltog.", [("Anna-Karin von Essen", "Anna-Karin von Essen")]),
    ],
)
def test_person_positions(entities_of, text, expected):
    assert persons(entities_of, text) == expected


def test_signature_block(entities_of):
    text = (
        "Mot bakgrund av detta bjuder vi in till samtal.\n\n"
        "Erik Pelling\nKommunstyrelsens ordförande\n\n"
        "Göran Enander\nLandshövding Uppsala län"
    )
    assert [c for _, c in persons(entities_of, text)] == ["Erik Pelling", "Göran Enander"]


def test_surname_alone_after_full_name_is_the_same_person(entities_of):
    text = (
        "Anders Holmgren (S) yrkade bifall. Holmgren påpekade att frågan utreds. "
        "Holmgrens yrkande vann."
    )
    assert persons(entities_of, text) == [
        ("Anders Holmgren", "Anders Holmgren"),
        ("Holmgren", "Anders Holmgren"),
        ("Holmgrens", "Anders Holmgren"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a surname that is also a word ("holm", "alm"), first in its sentence, before a verb
        (
            "Maria Holm (C) ställde en fråga. Holm får svar i juni.",
            [("Maria Holm", "Maria Holm"), ("Holm", "Maria Holm")],
        ),
        (
            "Interpellation av Jakob Alm (M). Alm frågar om belysningen.",
            [("Jakob Alm", "Jakob Alm"), ("Alm", "Jakob Alm")],
        ),
        # a given name that is also a word, first in its sentence, before a past tense
        (
            "Eva Strand (L) var närvarande. Eva lämnade mötet klockan tio.",
            [("Eva Strand", "Eva Strand"), ("Eva", "Eva Strand")],
        ),
        # a one-word speaker takes the full name of the document's person
        (
            "Anders Holmgren (S) yrkade bifall. Holmgren påpekade att frågan utreds.",
            [("Anders Holmgren", "Anders Holmgren"), ("Holmgren", "Anders Holmgren")],
        ),
    ],
)
def test_name_alone_at_the_start_of_a_sentence(entities_of, text, expected):
    assert persons(entities_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name of the document that is also a word, first in its sentence, not a subject
        "Per Lind (S) yrkade bifall. Per år blir det dyrare.",
        "Lena Ek (V) yrkade avslag. Ek och lönn planteras i parken.",
    ],
)
def test_name_alone_that_is_a_word_needs_a_verb(entities_of, text):
    assert len(persons(entities_of, text)) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Som Segersam påpekar är samverkan avgörande.", [("Segersam", "Segersam")]),
        ("Precis som Wigren konstaterade saknas pengar.", [("Wigren", "Wigren")]),
        ("Hej Karin! Tack för ditt mejl.", [("Karin", "Karin")]),
    ],
)
def test_speaker_and_greeting_without_full_name(entities_of, text, expected):
    assert persons(entities_of, text) == expected


def test_one_word_person_is_the_same_person_at_other_mentions(entities_of):
    text = "Förra veckan mindes Dahlgren annorlunda. Som Dahlgren påpekade saknas en ordförande."
    assert persons(entities_of, text) == [("Dahlgren", "Dahlgren"), ("Dahlgren", "Dahlgren")]


def test_clause_opener_is_not_part_of_a_name(entities_of):
    assert persons(entities_of, "Som Lindqvist påpekade är budgeten stram.") == [
        ("Lindqvist", "Lindqvist")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Aftonbladet skriver att kostnaderna har ökat.",
        "Som Hyresgästföreningen påpekar är hyrorna höga.",
        "Däremot anser nämnden att frågan är viktig.",
        "Kanske förklarade det varför ingen kom.",
    ],
)
def test_organisations_and_adverbs_before_saying_are_not_persons(entities_of, text):
    assert persons(entities_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Per år kostar verksamheten tre miljoner kronor.",
        "Maj och juni är de månader då flest anmälningar kommer in.",
        "Vi ser inget behov av det.",
        "Kommunstyrelsen Uppsala har beslutat.",
        "Region Uppsala och Länsstyrelsen deltar.",
        "Under Valborg och Kulturnatten samverkar vi.",
    ],
)
def test_not_persons(entities_of, text):
    assert persons(entities_of, text) == []


def test_names_inside_other_entities_are_not_persons(entities_of):
    found = entities_of("Erik Pelling och Uppsala Konsert & Kongress samarbetar.")
    assert [(s, label) for s, label, _ in found] == [
        ("Erik Pelling", "PERSON"),
        ("Uppsala Konsert & Kongress", "COUNCIL_BODY"),
    ]


@pytest.mark.shared
@pytest.mark.slow
def test_given_name_alone_after_full_name_is_the_same_person(entities_of):
    text = (
        "Jenny Axelsson (V) yrkade bifall till motionen. Därefter svarade Jenny på frågor "
        "om kostnaderna."
    )
    assert persons(entities_of, text) == [
        ("Jenny Axelsson", "Jenny Axelsson"),
        ("Jenny", "Jenny Axelsson"),
    ]


def test_given_name_of_two_persons_is_not_resolved(entities_of):
    text = "Anna Berg (S) och Anna Lund (M) debatterade. Sedan talade Anna om budgeten."
    assert persons(entities_of, text) == [
        ("Anna Berg", "Anna Berg"),
        ("Anna Lund", "Anna Lund"),
    ]


def test_person_figures_on_the_ner_test_corpus():
    """PER annotations of ../shared/data/ner (test part): recorded in the report."""
    from nlp.evaluate import evaluate_ner_persons

    path = SHARED_DIR / "data" / "ner" / "test_corpus.txt"
    if not path.is_file():
        pytest.skip("NER-korpusen saknas")
    result = evaluate_ner_persons(path)
    assert result["sentences"] > 2000
    assert result["token"]["f1"] >= 0.80, result
    assert result["entity"]["f1"] >= 0.70, result
    assert result["token"]["precision"] >= 0.85, result
