"""Hyphenation, run-on detection, paragraphs and page joins."""

from __future__ import annotations

import pytest

from ingest.cleaning import PageText, ParagraphBuilder, join_hyphenated, join_pages, runs_on
from ingest.layout import Line


def joined(left: str, right: str) -> str:
    text, separator = join_hyphenated(left, right)
    return text + separator + right


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("inom kommun-", "fullmäktige i Uppsala", "inom kommunfullmäktige i Uppsala"),
        ("en stärkt sam-", "verkan", "en stärkt samverkan"),
        ("söka EU-", "medel för projektet", "söka EU-medel för projektet"),
        ("för SSP-", "arbetet", "för SSP-arbetet"),
        ("avdelningen för gata-park-", "natur", "avdelningen för gata-park-natur"),
        ("förskole-", "och skolverksamhet", "förskole- och skolverksamhet"),
        ("vård-", "eller omsorgsplats", "vård- eller omsorgsplats"),
        ("åren 2019-", "2020", "åren 2019-2020"),
        ("skicka e-", "post", "skicka e-post"),
        ("Gottsunda/Valsätra-", "området", "Gottsunda/Valsätra-området"),
        ("Gottsunda-", "Valsätra", "Gottsunda-Valsätra"),
        ("vid adhd-", "symtom", "vid adhd-symtom"),
    ],
)
def test_join_hyphenated(left, right, expected):
    assert joined(left, right) == expected


@pytest.mark.parametrize(
    ("previous", "following", "expected"),
    [
        ("På så sätt utvecklas och stärks", "löpande samarbetet av kommunens", True),
        ("En viktig", "utgångspunkt för dessa möten", True),
        ("Det är slutet på stycket.", "Nästa stycke börjar här.", False),
        ("Jag vill därför fråga:", "1. Är du beredd?", False),
        ("samverkan med polisen,", "Uppsalahem och föreningar", True),
        ("Rubrik utan punkt", "Ett nytt stycke med versal", False),
        ("inom kommun-", "fullmäktige", True),
    ],
)
def test_runs_on(previous, following, expected):
    assert runs_on(previous, following) is expected


def _line(text, top, x0=72.0, x1=500.0, size=11.0, bold=False, block=0, column=0):
    return Line(text, x0, x1, top, top - size, size, bold, block, column)


def test_paragraphs_split_on_gap_and_heading_and_join_hyphens():
    lines = [
        _line("Rubrik", 760, size=14, bold=True, x1=200),
        _line("Första raden i stycket som fortsätter i kom-", 730),
        _line("munfullmäktige och slutar här.", 716, x1=300),
        _line("Andra stycket efter ett tydligt mellanrum.", 690, x1=330),
    ]
    paragraphs = ParagraphBuilder(body_size=11, line_gap=3).paragraphs(lines)
    assert paragraphs == [
        "Rubrik",
        "Första raden i stycket som fortsätter i kommunfullmäktige och slutar här.",
        "Andra stycket efter ett tydligt mellanrum.",
    ]


def test_paragraph_keeps_short_signature_lines_apart():
    lines = [
        _line("Ett stycke i brödtexten som går över hela spaltens bredd och slutar.", 340),
        _line("Marlene Burwick (S)", 300, x1=180),
        _line("Kommunstyrelsens ordförande", 286, x1=220),
    ]
    builder = ParagraphBuilder(body_size=11, line_gap=3)
    assert builder.paragraphs(lines)[1] == "Marlene Burwick (S)\nKommunstyrelsens ordförande"


def test_numbered_items_start_their_own_line():
    lines = [
        _line("Jag vill fråga:", 300, x1=200),
        _line("1. Är du beredd att verka för kameror?", 286, x1=400),
        _line("2. Hur ser tidsplanen ut?", 272, x1=300),
    ]
    text = ParagraphBuilder(body_size=11, line_gap=3).paragraphs(lines)[0]
    assert text.splitlines() == [
        "Jag vill fråga:",
        "1. Är du beredd att verka för kameror?",
        "2. Hur ser tidsplanen ut?",
    ]


def test_join_pages_uses_the_three_joins():
    pages = [
        PageText(1, ["Första sidan.", "Stycket fortsätter och"]),
        PageText(2, ["går över sidbrytningen. Sedan kom-"]),
        PageText(3, ["munfullmäktige.", "Nytt stycke."]),
        PageText(4, ["Eget stycke."]),
    ]
    texts, joins = join_pages(pages)
    assert joins == [" ", "", "\n\n"]
    assert texts[1].endswith("Sedan kom")
    full = texts[0] + "".join(j + t for j, t in zip(joins, texts[1:], strict=True))
    assert "fortsätter och går över" in full
    assert "Sedan kommunfullmäktige." in full


def test_join_pages_skips_empty_pages():
    texts, joins = join_pages([PageText(1, ["A."]), PageText(2, []), PageText(3, ["B."])])
    assert texts == ["A.", "", "B."]
    assert joins == ["", "\n\n"]
    assert texts[0] + joins[0] + texts[1] + joins[1] + texts[2] == "A.\n\nB."
    texts, joins = join_pages([PageText(1, []), PageText(2, ["B."]), PageText(3, [])])
    assert joins == ["", ""]


def test_full_last_line_runs_on_even_before_a_capital():
    previous = (
        "Stadsbyggnadsförvaltningen och gatu- och samhällsmiljönämnden avser att tillsammans med"
    )
    assert not runs_on(previous, "Integritetsskyddsmyndigheten införa")
    assert runs_on(previous, "Integritetsskyddsmyndigheten införa", full_line=True)
    # A heading (short paragraph) does not run on, full line or not.
    assert not runs_on("Bakgrund", "Kommunen har", full_line=True)


def test_att_clauses_do_not_run_into_each_other():
    previous = "Jag föreslår\n\natt ökad polisnärvaro ska vara på plats senast 2020"
    assert not runs_on(previous, "att kommunstyrelsen årligen redovisar arbetet")


def test_word_fits():
    from ingest.cleaning import word_fits

    assert word_fits(200, "Kommunen har", 11)
    assert not word_fits(40, "Integritetsskyddsmyndigheten", 11)
