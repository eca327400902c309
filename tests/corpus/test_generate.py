"""The scale generator is deterministic, in the genre, and fast enough to use."""

from __future__ import annotations

import statistics
import time

import pytest

from corpus.generate import generate_documents, render_pdfs
from kommunminne.model import DOC_TYPES, Document


def test_deterministic_and_prefix_stable():
    a = [d.to_dict() for d in generate_documents(40, seed=3)]
    b = [d.to_dict() for d in generate_documents(40, seed=3)]
    assert a == b
    short = [d.sha256 for d in generate_documents(10, seed=3)]
    assert short == [d["sha256"] for d in a[:10]]
    other = [d.sha256 for d in generate_documents(10, seed=4)]
    assert other != short


def test_documents_are_complete_and_varied():
    docs = list(generate_documents(400, seed=0))
    assert all(isinstance(d, Document) for d in docs)
    assert len({d.sha256 for d in docs}) == len(docs)
    assert {d.doc_type for d in docs} <= set(DOC_TYPES)
    assert len({d.doc_type for d in docs}) >= 6
    words = [len(d.text.split()) for d in docs]
    assert 300 <= statistics.median(words) <= 1500
    assert any(len(d.pages) >= 3 for d in docs)
    for d in docs:
        assert d.text == "\n\n".join(p.text for p in d.pages)
        assert d.date and d.reference and d.title
        assert d.page_at(len(d.text) - 1) == len(d.pages)
        if d.doc_type == "interpellation":
            assert d.questions and d.addressed
        if d.doc_type == "motion":
            assert d.proposals and all(p.startswith("att ") for p in d.proposals)
    assert len({d.title for d in docs}) > 300


def test_generator_is_fast_enough_to_use():
    # usability bound, not a benchmark (bench/corpus_gen.py measures speed): 2,000
    # documents must not take more than 10 s even on a slow CI machine
    start = time.perf_counter()
    n = sum(1 for _ in generate_documents(2000, seed=1))
    assert n == 2000
    assert time.perf_counter() - start < 10


def test_render_pdfs(tmp_path):
    paths = render_pdfs(3, tmp_path / "a", seed=5)
    again = render_pdfs(3, tmp_path / "b", seed=5)
    assert [p.name for p in paths] == ["gen-000000.pdf", "gen-000001.pdf", "gen-000002.pdf"]
    for p, q in zip(paths, again, strict=True):
        assert p.read_bytes().startswith(b"%PDF") and p.read_bytes() == q.read_bytes()
    assert not list((tmp_path / "a").glob("*.txt"))


@pytest.mark.slow
def test_generator_scales_to_ten_thousand():
    start = time.perf_counter()
    assert sum(1 for _ in generate_documents(10_000, seed=0)) == 10_000
    assert time.perf_counter() - start < 60
