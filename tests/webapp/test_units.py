"""The web layer's own helpers: text runs for the document page, chart geometry,
search parameters, Swedish formatting."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from kommunminne.model import Commitment, Document, Entity, Page
from tests.webapp.sample import COMMIT, DECLINE, Q1, Q2, by_source
from webapp.charts import BAR_SLOT, PLOT_HEIGHT, year_chart
from webapp.docview import build_view
from webapp.params import DEFAULT_LIMIT, SearchParams, parse_search_params
from webapp.templating import date_sv, number_sv, person_sv


def flat(view) -> str:
    """The text of the view, pages joined as Document.text joins them."""
    pages = []
    for page in view.pages:
        paragraphs = ["".join(s.text for g in p for s in g.spans) for p in page.paragraphs]
        pages.append("\n\n".join(paragraphs))
    return "\n\n".join(pages)


# ------------------------------------------------------------------------ docview
def test_view_keeps_every_character(documents):
    for doc in documents:
        assert flat(build_view(doc)) == doc.text, doc.source


def test_view_marks_entities_statements_and_questions(documents):
    answer = build_view(by_source(documents, "svar"))
    statements = {
        g.statement.kind: "".join(s.text for s in g.spans)
        for page in answer.pages
        for p in page.paragraphs
        for g in p
        if g.statement and g.anchor
    }
    assert statements == {"commit": COMMIT, "decline": DECLINE}
    assert answer.anchors == {"lofte-1", "avslag-1"}
    assert [s.page for s in answer.statements] == [1, 2]
    marked = [
        (s.text, s.entity.label)
        for page in answer.pages
        for p in page.paragraphs
        for g in p
        for s in g.spans
        if s.entity
    ]
    assert ("Polismyndigheten", "AGENCY") in marked
    assert ("Valsätra", "DISTRICT") in marked
    interpellation = build_view(by_source(documents, "interpellation"))
    assert [q.text for q in interpellation.questions] == [Q1, Q2]
    assert [q.page for q in interpellation.questions] == [2, 2]
    assert interpellation.anchors == {"fraga-1", "fraga-2"}


def test_view_survives_bad_offsets_and_overlaps():
    text = "Gottsunda centrum och Valsätra."
    doc = Document(
        source="x.pdf",
        sha256="0" * 64,
        pages=[Page(1, text)],
        text=text,
        entities=[
            Entity("Gottsunda", "DISTRICT", "Gottsunda", 0, 9, 1),
            Entity("Gottsunda centrum", "DISTRICT", "Gottsunda", 0, 17, 1),  # overlaps
            Entity("x", "DISTRICT", "x", 25, 500, 1),  # beyond the text
            Entity("y", "DISTRICT", "y", 5, 2, 1),  # backwards
        ],
        commitments=[Commitment("nope", "commit", None, None, [], 1, -4, 2)],
        questions=["Finns inte i texten?"],
    )
    view = build_view(doc)
    assert flat(view) == text
    marked = [s.text for p in view.pages[0].paragraphs for g in p for s in g.spans if s.entity]
    assert marked == ["Gottsunda centrum"]
    assert view.anchors == set()
    assert view.questions[0].page is None


def test_view_of_document_without_pages():
    doc = Document(source="x.pdf", sha256="1" * 64, text="Ett stycke.\n\nEtt till.")
    view = build_view(doc)
    assert [p.number for p in view.pages] == [1]
    assert len(view.pages[0].paragraphs) == 2


# ------------------------------------------------------------------------- charts
def test_chart_fills_missing_years_and_scales_to_the_tallest_bar():
    chart = year_chart({2016: {"a": 1}, 2019: {"a": 2, "b": 2}}, ("a", "b"))
    assert [bar.year for bar in chart.bars] == [2016, 2017, 2018, 2019]
    assert [bar.total for bar in chart.bars] == [1, 0, 0, 4]
    assert chart.width == 4 * BAR_SLOT
    tallest = chart.bars[-1]
    assert sum(s.height for s in tallest.segments) == pytest.approx(PLOT_HEIGHT)
    assert [s.kind for s in tallest.segments] == ["a", "b"]
    assert tallest.segments[1].y < tallest.segments[0].y  # stacked upwards
    assert chart.kinds == ["a", "b"]


def test_chart_of_nothing_is_none():
    assert year_chart({}) is None
    assert year_chart({2019: {"count": 0}}) is None


# ------------------------------------------------------------------------- params
def test_params_defaults_and_url_round_trip():
    params = parse_search_params(MultiDict())
    assert params == SearchParams()
    assert params.limit == DEFAULT_LIMIT
    args = MultiDict(
        [("q", "  kameror   Gottsunda "), ("party", "M"), ("party", "L"), ("party", "M"),
         ("from", "2017-01-01"), ("sort", "date"), ("page", "2"), ("ignored", "x")]
    )  # fmt: skip
    params = parse_search_params(args)
    assert params.q == "kameror Gottsunda"
    assert params.filters == {"party": ["M", "L"]}
    url = params.url_args()
    assert url == {
        "q": "kameror Gottsunda",
        "party": ["M", "L"],
        "from": "2017-01-01",
        "sort": "date",
        "page": 2,
    }
    again = parse_search_params(
        MultiDict(
            [(k, str(v)) for k, vs in url.items() for v in (vs if isinstance(vs, list) else [vs])]
        )
    )
    assert again == params


def test_params_toggle_resets_the_page():
    params = parse_search_params(MultiDict([("district", "Gottsunda"), ("page", "3")]))
    assert params.toggled("district", "Gottsunda") == {}
    assert params.toggled("district", "Valsätra") == {"district": ["Gottsunda", "Valsätra"]}


def test_params_reject_bad_values():
    with pytest.raises(BadRequest):
        parse_search_params(MultiDict([("limit", "0")]))
    with pytest.raises(BadRequest):
        parse_search_params(MultiDict([("from", "2019-02-30")]))


# --------------------------------------------------------------------- formatting
def test_swedish_formatting():
    assert date_sv("2017-03-06") == "6 mars 2017"
    assert date_sv(None) == "odaterad"
    assert date_sv("2017") == "2017"
    assert number_sv(10000) == "10\u202f000"
    assert person_sv({"name": "Karin Lindqvist", "party": "M"}) == "Karin Lindqvist (M)"
    assert person_sv({"name": "Förvaltningen", "party": None}) == "Förvaltningen"
