from __future__ import annotations

from search import SearchIndex
from tests.search.conftest import sample_documents

IDS = {d.source: d.id for d in sample_documents()}


def test_trace_order_and_kinds(index: SearchIndex) -> None:
    result = index.trace("kameraövervakning")
    events = [(e.source, e.kind) for e in result.events]
    assert events == [
        ("interp-kameror.pdf", "question"),  # the matching question only
        ("svar-kameror.pdf", "commitment"),  # the answer follows its interpellation
        ("svar-kameror.pdf", "decline"),
        ("rapport-kameror.pdf", "mention"),  # dated between them, shown after the pair
    ]
    assert result.events[0].text.startswith("Är du beredd")
    assert result.events[1].actor == "Uppsala kommun"
    assert result.to_dict()["events"][0]["kind"] == "question"


def test_answer_is_paired_with_its_interpellation(index: SearchIndex) -> None:
    result = index.trace("kameraövervakning")
    interpellation, answer = IDS["interp-kameror.pdf"], IDS["svar-kameror.pdf"]
    for event in result.events:
        if event.doc_id == answer:
            assert event.answers == interpellation and event.related_doc_id == interpellation
        if event.doc_id == interpellation:
            assert event.related_doc_id == answer and event.answers is None


def test_answer_brought_in_when_only_the_interpellation_matches(index: SearchIndex) -> None:
    result = index.trace("tidsplan")  # only in the interpellation's second question
    kinds = [(e.source, e.kind) for e in result.events]
    assert kinds[0] == ("interp-kameror.pdf", "question")
    assert ("svar-kameror.pdf", "commitment") in kinds and ("svar-kameror.pdf", "decline") in kinds


def test_trace_chronology_across_matters(index: SearchIndex) -> None:
    result = index.trace("Gottsunda")
    dates = []
    for event in result.events:
        if event.answers is None:
            dates.append(event.date)
    assert dates == sorted(dates)
    assert result.events[0].source == "motion-poliskontor.pdf"
    assert result.events[0].kind == "proposal"


def test_linked_documents(index: SearchIndex) -> None:
    links = index.linked_documents(IDS["svar-kameror.pdf"])
    assert [(link.source, link.relation) for link in links] == [("interp-kameror.pdf", "answers")]
    back = index.linked_documents(IDS["interp-kameror.pdf"])
    assert [(link.source, link.relation) for link in back] == [("svar-kameror.pdf", "answered_by")]
    assert index.linked_documents("0" * 16) == []


def test_pairing_by_title_and_names_without_reference(fresh_index: SearchIndex) -> None:
    docs = sample_documents()
    for doc in docs:
        doc.reference = None
    fresh_index.add_documents(docs)
    links = fresh_index.linked_documents(IDS["svar-kameror.pdf"])
    assert [(link.source, link.relation) for link in links] == [("interp-kameror.pdf", "answers")]


def test_empty_and_malformed_trace(index: SearchIndex) -> None:
    assert index.trace("").events == [] and index.trace("").note
    result = index.trace('"trygghetsvakter')
    assert result.note and result.events


def test_answer_quoting_the_questions_shows_them_once(fresh_index: SearchIndex) -> None:
    docs = sample_documents()
    answer = next(d for d in docs if d.source == "svar-kameror.pdf")
    interpellation = next(d for d in docs if d.source == "interp-kameror.pdf")
    answer.questions = list(interpellation.questions)  # as extraction finds them quoted
    fresh_index.add_documents(docs)
    kinds = [(e.source, e.kind) for e in fresh_index.trace("kameraövervakning").events]
    assert ("svar-kameror.pdf", "question") not in kinds
    assert kinds.count(("interp-kameror.pdf", "question")) == 1
