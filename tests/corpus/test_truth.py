"""Every ground-truth file matches its source and the agreed truth format."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest

from corpus import PDF_DIR, SOURCES_DIR, load_queries
from corpus.build import truth_json
from corpus.source import parse_source
from kommunminne.model import DOC_TYPES, ENTITY_LABELS, STANCES

TRUTH_KEYS = {
    "source",
    "doc_type",
    "date",
    "reference",
    "title",
    "authors",
    "addressed",
    "questions",
    "proposals",
    "text",
    "entities",
    "commitments",
    "links",
    "threads",
    "scanned_pages",
    "two_column_pages",
}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_every_source_has_pdf_and_truth(truth, source_stems):
    assert len(source_stems) >= 12
    assert sorted(t.removesuffix(".pdf") for t in truth) == source_stems
    for stem in source_stems:
        assert (PDF_DIR / f"{stem}.pdf").is_file(), stem


def test_truth_is_what_the_source_gives(source_stems):
    from corpus import TRUTH_DIR

    for stem in source_stems:
        doc = parse_source(SOURCES_DIR / f"{stem}.txt")
        on_disk = (TRUTH_DIR / f"{stem}.json").read_text(encoding="utf-8")
        assert on_disk == truth_json(doc.truth), f"{stem}: run python -m corpus.build"


def test_truth_fields(truth):
    for name, t in truth.items():
        assert set(t) == TRUTH_KEYS, name
        assert t["doc_type"] in DOC_TYPES, name
        assert t["date"] is None or ISO.match(t["date"]), name
        date.fromisoformat(t["date"])
        assert t["title"] and t["text"], name
        assert "\n\n\n" not in t["text"] and not t["text"].startswith("\n"), name
        for person in t["authors"] + t["addressed"]:
            assert set(person) == {"name", "party", "role"} and person["name"], name
        for entity in t["entities"]:
            assert entity["label"] in ENTITY_LABELS, (name, entity)
        for c in t["commitments"]:
            assert c["stance"] in STANCES, name
            assert c["text"] in t["text"], name
            assert c["deadline"] is None or ISO.match(c["deadline"]), name
            assert c["actor"], (name, c["text"])
            canon = {e["canonical"] for e in t["entities"]}
            assert set(c["entities"]) <= canon, name
        if t["doc_type"] == "interpellation":
            assert t["questions"], name
        if t["doc_type"] == "motion":
            assert t["proposals"] and all(p.startswith("att ") for p in t["proposals"]), name


def test_metadata_is_stated_in_the_document(truth):
    """Ground truth only claims what a reader of the PDF can see."""
    for name, t in truth.items():
        text = t["text"].lower()
        assert t["title"].lower() in text, name
        for person in t["authors"] + t["addressed"]:
            assert person["name"].lower() in text, (name, person)
            if person["role"]:
                assert person["role"].lower() in text, (name, person)
            if person["party"]:
                assert f"({person['party']})" in t["text"], (name, person)
        for question in t["questions"]:
            assert question in t["text"], name
        for proposal in t["proposals"]:
            assert proposal in t["text"], name


def test_links_point_to_existing_documents(truth):
    for name, t in truth.items():
        for link in t["links"]:
            assert link["kind"] in ("answers", "follows_up", "refers_to"), name
            assert link["target"] in truth, (name, link)
            assert link["target"] != name
            if link["kind"] == "answers":  # an answer to an interpellation, or a letter's reply
                pair = (t["doc_type"], truth[link["target"]]["doc_type"])
                assert pair in {("answer", "interpellation"), ("letter", "letter")}, name
                target_ref = truth[link["target"]]["reference"]
                assert target_ref is None or t["reference"] == target_ref, name
            target_date = truth[link["target"]]["date"]
            assert target_date <= t["date"], (name, link)


def test_threads_have_three_documents_and_span_years(truth):
    threads: dict[str, list[dict]] = defaultdict(list)
    for t in truth.values():
        for thread in t["threads"]:
            threads[thread].append(t)
    assert len(threads) >= 3
    for thread, docs in threads.items():
        assert len(docs) >= 3, thread
        assert len({d["date"][:4] for d in docs}) >= 2, thread


def test_corpus_has_the_genre_features(truth):
    types = {t["doc_type"] for t in truth.values()}
    assert {"interpellation", "answer", "motion", "minutes", "letter", "report"} <= types
    assert any(t["scanned_pages"] for t in truth.values())
    assert any(t["two_column_pages"] for t in truth.values())
    stances = {c["stance"] for t in truth.values() for c in t["commitments"]}
    assert stances == {"commit", "decline"}
    labels = {e["label"] for t in truth.values() for e in t["entities"]}
    assert labels == set(ENTITY_LABELS)


@pytest.mark.parametrize("field", ["query", "relevant", "note"])
def test_queries_are_judged(truth, field):
    queries = load_queries()
    assert len(queries) >= 30
    for q in queries:
        assert q[field], q
        for target in q["relevant"]:
            assert target in truth, (q["query"], target)
