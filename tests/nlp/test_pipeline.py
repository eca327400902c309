"""The spaCy pipeline: construction, caching, sentences, lemmas, analyse()."""

from __future__ import annotations

import pickle
from dataclasses import asdict

import pytest

from kommunminne.model import Document, Page, Person


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


# ----------------------------------------------------------------------- pipeline
def test_pipeline_components_and_cache(nlp):
    from nlp import load_pipeline

    assert nlp.lang == "sv"
    assert nlp.pipe_names[:3] == ["km_sentences", "km_lemmatizer", "km_entities"]
    assert load_pipeline("uppsala") is nlp
    assert load_pipeline("Uppsala") is nlp
    assert nlp.get_pipe_config("km_entities")["municipality"] == "uppsala"
    assert nlp.max_length >= 1_000_000


def test_default_municipality_from_environment(monkeypatch, nlp):
    from nlp import load_pipeline

    monkeypatch.setenv("KOMMUNMINNE_MUNICIPALITY", "uppsala")
    assert load_pipeline() is nlp


def test_unknown_municipality_is_a_clear_error():
    from nlp.gazetteer import GazetteerError, load_gazetteer

    with pytest.raises(GazetteerError, match="Okänd kommun 'atlantis'"):
        load_gazetteer("atlantis")


# ---------------------------------------------------------------------- sentences
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kommunen har bl.a. infört trygghetsvakter. Polisen är nöjd.",
            ["Kommunen har bl.a. infört trygghetsvakter.", "Polisen är nöjd."],
        ),
        (
            "Det gäller t.ex. Gottsunda och Valsätra. Vi återkommer.",
            ["Det gäller t.ex. Gottsunda och Valsätra.", "Vi återkommer."],
        ),
        (
            "Det gäller t ex Gottsunda. Vi återkommer.",
            ["Det gäller t ex Gottsunda.", "Vi återkommer."],
        ),
        (
            "En s.k. lokal lägesbild tas fram. Den delas med KSAU.",
            ["En s.k. lokal lägesbild tas fram.", "Den delas med KSAU."],
        ),
        (
            "Vi ser skadegörelse, bränder m.m. Samverkan fortsätter.",
            ["Vi ser skadegörelse, bränder m.m.", "Samverkan fortsätter."],
        ),
        (
            "Mötet börjar kl. 14 i Stadshuset. Alla är välkomna.",
            ["Mötet börjar kl. 14 i Stadshuset.", "Alla är välkomna."],
        ),
        (
            "Se ärende nr. 12 och enl. beslut. Frågan är avgjord.",
            ["Se ärende nr. 12 och enl. beslut.", "Frågan är avgjord."],
        ),
        (
            "Det kostar ca 5 miljoner, dvs. mer än väntat. Vi avvaktar.",
            ["Det kostar ca 5 miljoner, dvs. mer än väntat.", "Vi avvaktar."],
        ),
        (
            "Är du beredd att agera? Vad tänker du göra!  Svaret dröjer.",
            ["Är du beredd att agera?", "Vad tänker du göra!", "Svaret dröjer."],
        ),
    ],
)
def test_sentences_cope_with_abbreviations(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_paragraph_breaks_and_headings_end_sentences(nlp):
    text = (
        "Svar på interpellation om trygghet\n\n"
        "Jonas Segersam (KD) har ställt frågor till mig\n\n"
        "Bakgrund\n"
        "Kommunen har infört trygghetsvakter."
    )
    assert sentences(nlp, text) == [
        "Svar på interpellation om trygghet",
        "Jonas Segersam (KD) har ställt frågor till mig",
        "Bakgrund",
        "Kommunen har infört trygghetsvakter.",
    ]


def test_numbered_lists_and_colons(nlp):
    text = (
        "Jag vill ställa följande frågor:\n"
        "1. Är du beredd att verka för ett lokalt poliskontor?\n"
        "2. Hur ser samarbetet med polisen ut\n"
        "3) Vilka åtgärder vidtas"
    )
    assert sentences(nlp, text) == [
        "Jag vill ställa följande frågor:",
        "1. Är du beredd att verka för ett lokalt poliskontor?",
        "2. Hur ser samarbetet med polisen ut",
        "3) Vilka åtgärder vidtas",
    ]


def test_wrapped_lines_inside_a_paragraph_do_not_split(nlp):
    text = (
        "Den löpande kommunikationen mellan kommunen och polismyndigheten sker mellan berörda\n"
        "tjänstepersoner inom ramen för det samverkansavtal vi tecknat."
    )
    assert len(sentences(nlp, text)) == 1


def test_leading_whitespace_is_not_a_sentence(nlp):
    assert sentences(nlp, "\n\n\nRubrik\n\nText här.") == ["Rubrik", "Text här."]


# ------------------------------------------------------------------------- lemmas
@pytest.mark.parametrize(
    "word, lemma",
    [
        ("polisen", "polis"),
        ("Polisen", "polis"),  # capitalised: lower-case fallback in the table
        ("kamerorna", "kamera"),
        ("beslutade", "besluta"),
        ("Gottsunda", "gottsunda"),  # not in the table: the lower-cased text
        ("samverkansavtalet", "samverkansavtalet"),
    ],
)
def test_lookup_lemmatizer_with_lower_case_fallback(nlp, word, lemma):
    assert nlp(f"Här står {word} .")[2].lemma_ == lemma


# ------------------------------------------------------------------------ analyse
def _document(text: str, pages: list[str] | None = None) -> Document:
    pages = pages or [text]
    return Document(
        source="x.pdf",
        sha256="a" * 64,
        doc_type="answer",
        date="2018-05-02",
        authors=[Person("Marlene Burwick", "S", "Kommunstyrelsens ordförande")],
        pages=[Page(i + 1, p) for i, p in enumerate(pages)],
        text=text,
    )


def test_analyse_fills_entities_with_offsets_and_pages():
    from nlp import analyse

    page1 = "Polisen och kommunen samverkar i Gottsunda."
    page2 = "Trygghetsvakterna finns i Stenhagen.\n\nMarlene Burwick (S)"
    document = _document(page1 + "\n\n" + page2, [page1, page2])
    result = analyse([document])[0]
    assert document.entities == []  # the input is left unchanged
    assert result.text == document.text
    by_text = {e.text: e for e in result.entities}
    for entity in result.entities:
        assert result.text[entity.start : entity.end] == entity.text
    assert by_text["Polisen"].page == 1
    assert by_text["Gottsunda"].page == 1
    assert by_text["Stenhagen"].page == 2
    assert by_text["Marlene Burwick"].page == 2
    assert by_text["Trygghetsvakterna"].canonical == "trygghetsvakter"


def test_document_context_reaches_the_components(nlp):
    from nlp import to_spacy_docs

    document = _document("Vi ska införa trygghetsvakter i Gottsunda.")
    doc = nlp(next(iter(to_spacy_docs(nlp, [document]))))
    context = doc.user_data["km_document"]
    assert context["authors"] == [asdict(document.authors[0])]
    assert context["doc_type"] == "answer"
    assert context["date"] == "2018-05-02"


def test_analyse_batches_keep_order_and_empty_text():
    from nlp import analyse

    texts = ["Gottsunda", "", "Stenhagen och Sävja", "Inga namn här."] * 5
    results = analyse([_document(t) for t in texts], batch_size=3)
    assert [r.text for r in results] == texts
    assert [[e.canonical for e in r.entities] for r in results[:4]] == [
        ["Gottsunda"],
        [],
        ["Stenhagen", "Sävja"],
        [],
    ]


def test_analyse_one_is_picklable_and_equivalent():
    from nlp import analyse, analyse_one

    assert pickle.loads(pickle.dumps(analyse_one)) is analyse_one
    document = _document("KSAU träffar polisen i Gottsunda.")
    assert analyse_one(document).entities == analyse([document])[0].entities


@pytest.mark.slow
def test_long_document_over_default_max_length():
    from nlp import analyse

    paragraph = "Kommunen samverkar med polisen kring kameraövervakning i Gottsunda. " * 20
    text = "\n\n".join([paragraph] * 800)  # about 1.1 million characters
    assert len(text) > 1_000_000
    result = analyse([_document(text)])[0]
    assert sum(e.canonical == "Gottsunda" for e in result.entities) == 16_000
