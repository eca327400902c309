from __future__ import annotations

import pytest

from search import SearchIndex
from search.evaluate import QUERIES, score_queries


def test_mrr_and_recall(index: SearchIndex) -> None:
    result = score_queries(
        index,
        [
            {"query": "poliskontor", "relevant": ["motion-poliskontor.pdf"]},
            {"query": "trygghetsvakter", "relevant": ["interp-vakter.pdf"]},
            {"query": "kameraövervakning", "relevant": ["svar-kameror.pdf", "nowhere.pdf"]},
            {"query": "simhall", "relevant": ["motion-poliskontor.pdf"]},
        ],
    )
    rows = {row["query"]: row for row in result["rows"]}
    assert rows["poliskontor"]["rank"] == 1 and rows["poliskontor"]["recall_at_5"] == 1.0
    assert rows["kameraövervakning"]["recall_at_5"] == 0.5
    assert rows["simhall"]["reciprocal_rank"] == 0.0
    expected = sum(r["reciprocal_rank"] for r in result["rows"]) / 4
    assert result["mrr"] == pytest.approx(expected)
    assert result["queries"] == 4


@pytest.mark.slow
def test_sample_corpus_quality() -> None:
    """The judged queries of the sample corpus (real PDFs through the whole pipeline)."""
    if not QUERIES.is_file():
        pytest.skip("corpus/queries.json saknas")
    from search.evaluate import run

    result = run()
    assert not result["rejected"]
    assert result["mrr"] >= 0.8
