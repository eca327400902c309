"""``search.docsets`` gives exactly the documents Whoosh's own matchers give."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import query as wq

from search import SearchIndex
from search.docsets import POSTINGS, PostingCache, QueryCache, query_mask, term_docs
from search.query import parse
from tests.search.conftest import make_doc, sample_documents

QUERIES = [
    "kameraövervakning",
    "kamera",
    "gottsunda kameror",
    "kameror ELLER trygghetsvakter",
    "trygghet* INTE kamera",
    "kamer*",
    '"lokalt poliskontor"',
    '"kameraövervakning i Gottsunda" INTE stenhagen',
    "(polis ELLER kameror) OCH gottsunda",
    "-kameror gottsunda",
    "typ:interpellation stadsdel:Gottsunda",
    "datum:2017 kameror",
    "år:2016..2019 ELLER trygghetsvakter",
    'person:"Karin Lindqvist"',
    "dnr:KSN-2017-0412",
    "ordet-som-inte-finns",
    '("kameraövervakning i Gottsunda" OCH stenhagen) ELLER "kameraövervakning i Gottsunda"',
]


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """Several segments (one commit per document) and deleted records."""
    index = SearchIndex.create(tmp_path_factory.mktemp("segmented") / "index")
    for doc in sample_documents():
        index.add_documents([doc])
    extra = [make_doc(f"extra-{n}", title=f"Kameror {n}", text="Gottsunda polis") for n in range(3)]
    index.add_documents(extra)
    index.delete_documents([extra[0].id])
    index.add_documents([sample_documents()[0]])  # replaced: the old records are deleted
    return index


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("which", ["index", "segmented"])
def test_same_documents_as_whoosh(text: str, which: str, request: pytest.FixtureRequest) -> None:
    index: SearchIndex = request.getfixturevalue(which)
    q = parse(text).query
    assert q is not None
    with index._searcher() as searcher:
        size = searcher.doc_count_all()
        reader = searcher.reader()
        live = np.array([not reader.is_deleted(n) for n in range(size)])
        expected = set(searcher.docs_for_query(q))
        got = set(np.nonzero(query_mask(searcher, q, size) & live)[0].tolist())
    assert got == expected


def test_term_docs_over_segments(segmented: SearchIndex) -> None:
    with segmented._searcher() as searcher:
        assert len(list(searcher.reader().leaf_readers())) > 1
        found = set(term_docs(searcher, "kind", "document").tolist())
        expected = set(searcher.docs_for_query(wq.Term("kind", "document")))
        deleted = {n for n in found if searcher.reader().is_deleted(n)}
    assert deleted and found - deleted == expected


RANKED = [
    "kameraövervakning",
    "kameror gottsunda",
    "kameror ELLER trygghetsvakter",
    "gottsunda INTE stenhagen",
    "(polis ELLER kameror) OCH gottsunda",
    "dnr:KSN-2017-0412 ELLER kameror",
    "trygghet",
    "trygghet*",
    "kamer* gottsunda",
    "kamer* INTE stenhagen",
    '"lokalt poliskontor"',
    '"kameraövervakning i Gottsunda" kameror',
    '("kameraövervakning i Gottsunda" OCH stenhagen) ELLER "kameraövervakning i Gottsunda"',
]


@pytest.mark.parametrize("text", RANKED)
@pytest.mark.parametrize("which", ["index", "segmented"])
def test_numpy_scores_are_whooshs(text: str, which: str, request: pytest.FixtureRequest) -> None:
    from search.scoring import query_scores

    index: SearchIndex = request.getfixturevalue(which)
    q = parse(text).query
    with index._searcher() as searcher:
        scores = query_scores(searcher, q, searcher.doc_count_all())
        assert scores is not None
        results = searcher.search(q, limit=None)
        expected = {hit.docnum: hit.score for hit in results}
    assert expected
    for docnum, score in expected.items():
        assert scores[docnum] == pytest.approx(score, rel=1e-9)


def test_other_queries_are_left_to_whoosh(index: SearchIndex) -> None:
    from search.scoring import query_scores

    with index._searcher() as searcher:
        for text in ["datum:2017 kameror", "kameror ELLER -gottsunda"]:
            assert query_scores(searcher, parse(text).query, searcher.doc_count_all()) is None


def test_ranked_hits_match_whooshs_order(index: SearchIndex) -> None:
    from search import SearchRequest

    for text in RANKED:
        ours = index.search(SearchRequest(query=text, limit=50))
        q = parse(text).query
        with index._searcher() as searcher:
            whoosh_ids = [
                hit["doc_id"] for hit in searcher.search(q, limit=None) if hit["kind"] == "document"
            ]
        assert [h.id for h in ours.hits] == whoosh_ids[: len(ours.hits)]
        # pages continue where the previous one stopped
        second = index.search(SearchRequest(query=text, limit=1, page=2))
        assert [h.id for h in second.hits] == [h.id for h in ours.hits][1:2]


def test_phrase_memo_is_not_reused_beyond_where_it_was_checked(index: SearchIndex) -> None:
    q = parse('"kameraövervakning i Gottsunda"').query
    with index._searcher() as searcher:
        size = searcher.doc_count_all()
        everywhere = query_mask(searcher, q, size)
        cache = QueryCache()
        narrow = np.zeros(size, dtype=bool)
        query_mask(searcher, q, size, narrow, cache)  # checked in no document
        assert query_mask(searcher, q, size, None, cache).tolist() == everywhere.tolist()
        assert everywhere.any()


def _live_matches(index: SearchIndex, text: str) -> tuple[set[int], set[int]]:
    """(documents query_mask finds among the live ones, documents Whoosh finds)."""
    q = parse(text).query
    with index._searcher() as searcher:
        size = searcher.doc_count_all()
        reader = searcher.reader()
        live = np.array([not reader.is_deleted(n) for n in range(size)])
        got = set(np.nonzero(query_mask(searcher, q, size) & live)[0].tolist())
        return got, set(searcher.docs_for_query(q))


def test_posting_cache_drops_the_least_recently_used_within_its_bound() -> None:
    cache = PostingCache(max_bytes=3 * (64 + 160))  # three entries of 10 ids + 10 weights
    entry = (np.arange(10, dtype=np.int64), np.ones(10))
    for name in "abc":
        cache.put(("seg", "text", name), entry)
    assert cache.get(("seg", "text", "a")) == (True, entry)  # 'a' is now the most recent
    cache.put(("seg", "text", "d"), entry)
    assert cache.get(("seg", "text", "b")) == (False, None)
    assert cache.get(("seg", "text", "a"))[0] and cache.get(("seg", "text", "d"))[0]
    assert len(cache) == 3 and cache.nbytes <= cache.max_bytes
    cache.put(("seg", "text", "absent"), None)  # a segment without the term is kept too
    assert cache.get(("seg", "text", "absent")) == (True, None)
    huge = (np.zeros(1000, dtype=np.int64), np.zeros(1000))
    cache.put(("seg", "text", "huge"), huge)  # larger than the whole cache: not kept
    assert cache.get(("seg", "text", "huge")) == (False, None)


def test_cold_and_warm_posting_cache_give_the_same_documents(segmented: SearchIndex) -> None:
    POSTINGS.clear()
    cold = [_live_matches(segmented, text)[0] for text in QUERIES]
    assert len(POSTINGS) > 0
    warm = [_live_matches(segmented, text)[0] for text in QUERIES]
    assert warm == cold


def test_cached_postings_follow_commits_deletions_and_merges(tmp_path) -> None:
    index = SearchIndex.create(tmp_path / "index")
    first = [make_doc(f"a-{n}", text="Kameror i Gottsunda") for n in range(3)]
    index.add_documents(first)
    got, expected = _live_matches(index, "kameror")  # now cached
    assert got == expected and len(expected) == 3  # one document record each
    index.add_documents([make_doc(f"b-{n}", text="Fler kameror") for n in range(2)])
    index.delete_documents([first[0].id])
    got, expected = _live_matches(index, "kameror")
    assert got == expected and len(expected) == 4
    with index._searcher() as searcher:
        before = {reader.segment().segment_id() for reader, _ in searcher.reader().leaf_readers()}
    for n in range(12):  # enough commits for the tiered merge to write new segments
        index.add_documents([make_doc(f"c-{n}", text="kameror och polis")])
    with index._searcher() as searcher:
        after = {reader.segment().segment_id() for reader, _ in searcher.reader().leaf_readers()}
    assert before - after  # a merged segment is gone, its postings are read anew
    got, expected = _live_matches(index, "kameror")
    assert got == expected and len(expected) == 16


@pytest.mark.parametrize("which", ["index", "segmented"])
def test_a_cached_phrase_is_used_only_where_it_was_checked(
    which: str, request: pytest.FixtureRequest
) -> None:
    """A phrase checked in some documents by one request is checked in the others by
    the next, and what both found is kept."""
    index: SearchIndex = request.getfixturevalue(which)
    q = parse('"kameraövervakning i Gottsunda"').query
    with index._searcher() as searcher:
        size = searcher.doc_count_all()
        POSTINGS.clear()
        everywhere = query_mask(searcher, q, size)
        assert everywhere.any()
        holding = np.nonzero(everywhere)[0]
        POSTINGS.clear()
        first = np.zeros(size, dtype=bool)
        first[holding[0]] = True  # the first request checks one document holding it
        assert query_mask(searcher, q, size, first).tolist() == first.tolist()
        assert query_mask(searcher, q, size).tolist() == everywhere.tolist()
        assert query_mask(searcher, q, size).tolist() == everywhere.tolist()  # now cached
        assert query_mask(searcher, q, size, first)[holding[0]]
