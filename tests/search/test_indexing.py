"""Indexing internals: the codec that remembers absent length columns, indexes written
with Whoosh's plain codec, the per-word-form analysis cache."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as windex
from whoosh.codec.whoosh3 import W3Codec

from search import SearchIndex, SearchRequest
from search.analysis import token_index_terms, token_query_terms
from search.codec import CachingPerDocReader, KommunminneCodec
from search.index import INDEX_NAME
from tests.search.conftest import make_doc, sample_documents


def _segment_reader(path: Path) -> CachingPerDocReader:
    """The per-document reader of the index's one segment (as a searcher opens it)."""
    reader = windex.open_dir(str(path), indexname=INDEX_NAME).reader()
    perdoc = reader._perdoc
    assert isinstance(perdoc, CachingPerDocReader)
    return perdoc


def test_segments_are_written_with_the_caching_codec(fresh_index: SearchIndex) -> None:
    fresh_index.add_documents(sample_documents())
    ix = windex.open_dir(str(fresh_index.index_dir), indexname=INDEX_NAME)
    assert all(isinstance(s.codec(), KommunminneCodec) for s in ix._segments())


def test_absent_length_column_is_looked_up_once(fresh_index: SearchIndex, monkeypatch) -> None:
    fresh_index.add_documents(sample_documents())
    reader = _segment_reader(fresh_index.index_dir)
    lookups: list[str] = []
    real = reader._storage.file_exists

    def counting(name: str) -> bool:
        lookups.append(name)
        return real(name)

    monkeypatch.setattr(reader._storage, "file_exists", counting)
    # "kind" is an ID field: no lengths; "text" is scored: it has a length column
    assert [reader.doc_field_length(n, "kind") for n in range(3)] == [0, 0, 0]
    assert reader.doc_field_length(0, "text") > 0
    assert reader.doc_field_length(0, "title") > 0
    assert reader.doc_field_length(0, "text") > 0
    assert len(lookups) == 3  # once per field, not once per call


def test_index_written_with_plain_codec_opens_and_merges(tmp_path: Path) -> None:
    path = tmp_path / "index"
    old = SearchIndex.create(path)
    ix = windex.open_dir(str(path), indexname=INDEX_NAME, schema=old.schema)
    writer = ix.writer(codec=W3Codec())
    from search.schema import records

    for doc in sample_documents()[:3]:
        for record in records(doc):
            writer.add_document(**record)
    writer.commit()
    index = SearchIndex.open(path)
    index.add_documents(sample_documents()[3:])
    index.add_documents([make_doc("extra", title="Extra om kameraövervakning", text="Kameror.")])
    assert len(index) == len(sample_documents()) + 1
    # merging old and new segments keeps every record searchable
    ix = windex.open_dir(str(path), indexname=INDEX_NAME)
    writer = ix.writer(codec=KommunminneCodec())
    writer.commit(optimize=True)
    found = index.search(SearchRequest(query="kameraövervakning")).to_dict()
    assert {"interp-kameror.pdf", "svar-kameror.pdf", "extra.pdf"} <= {
        h["source"] for h in found["hits"]
    }
    assert len(index) == len(sample_documents()) + 1


def test_token_analysis_is_cached_per_form() -> None:
    token_index_terms.cache_clear()
    first = token_index_terms("Kameraövervakningen")
    assert first[0] == "kameraövervakningen"
    assert first[1] == ("kameraövervakning", "kamer", "övervakning")  # whole, parts
    assert token_index_terms("Kameraövervakningen") is first
    assert token_index_terms.cache_info().hits == 1
    assert token_query_terms("och") == ("och", ())  # a stop word has no term
    assert token_query_terms("Förskolan")[1] == token_index_terms("förskolan")[1][:1]


def test_tiers_and_merge_choice() -> None:
    from search.merging import MERGE_FACTOR, TIER_BASE, segments_to_merge, tier

    assert tier(0) == tier(TIER_BASE - 1) == 0
    assert tier(TIER_BASE) == 1
    assert tier(TIER_BASE * MERGE_FACTOR) == 2
    # fewer than MERGE_FACTOR small segments with the new one: nothing merged
    assert segments_to_merge(100, [100] * (MERGE_FACTOR - 2)) == []
    # MERGE_FACTOR small ones: all merged; a big one is left alone
    big = TIER_BASE * MERGE_FACTOR**3
    assert sorted(segments_to_merge(100, [big] + [100] * (MERGE_FACTOR - 1))) == list(
        range(1, MERGE_FACTOR)
    )
    # a merge that fills the next tier cascades into it
    sizes = [TIER_BASE] * (MERGE_FACTOR - 1) + [TIER_BASE // 2] * (MERGE_FACTOR - 1)
    assert sorted(segments_to_merge(TIER_BASE // 2, sizes)) == list(range(len(sizes)))


def test_many_commits_keep_few_segments(fresh_index: SearchIndex) -> None:
    from search.merging import MERGE_FACTOR

    docs = [
        make_doc(f"d{n}", title=f"Dokument {n} om trygghet", text=f"Ord nummer {n}. Kameror.")
        for n in range(40)
    ]
    for doc in docs:  # one commit per document: 40 tiny segments without merging
        fresh_index.add_documents([doc])
    ix = windex.open_dir(str(fresh_index.index_dir), indexname=INDEX_NAME)
    assert len(ix._segments()) < MERGE_FACTOR
    assert len(fresh_index) == 40
    response = fresh_index.search(SearchRequest(query="trygghet", limit=100))
    assert response.total == 40
    fresh_index.delete_documents(["x"])  # a commit without documents merges nothing wrong
    assert fresh_index.document_ids() == {d.id for d in docs}


def test_snippet_scan_marks_whole_words_and_is_bounded() -> None:
    from search.snippets import MAX_SPANS, matched_spans, snippet

    text = "Kameraövervakningen i Gottsunda. Skakamera och kameror. " * 3
    words = [text[s:e] for s, e in matched_spans(text, {"kamer"}, set())]
    # whole words; "Skakamera" contains the letters but is not analysed to "kamer"
    assert words == ["Kameraövervakningen", "kameror"] * 3
    # a prefix only matches at the start of a word
    assert [text[s:e] for s, e in matched_spans(text, set(), {"kam"})][:2] == [
        "Kameraövervakningen",
        "kameror",
    ]
    long = "polis " * (MAX_SPANS * 3)
    assert len(matched_spans(long, {"polis"}, set())) == MAX_SPANS
    assert snippet(long, {"polis"}, set()).startswith("<mark>polis</mark>")
