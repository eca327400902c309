from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from search import IndexMissingError, SearchIndex, SearchRequest
from tests.search.conftest import make_doc, sample_documents


def facet(response, name: str) -> dict[str, int]:
    return {v.value: v.count for v in response.facets[name]}


def test_to_dict_contract(index: SearchIndex) -> None:
    data = index.search(SearchRequest(query="kameraövervakning")).to_dict()
    assert set(data) == {"total", "hits", "facets", "note", "page", "limit"}
    hit = data["hits"][0]
    assert {
        "id",
        "source",
        "title",
        "doc_type",
        "date",
        "score",
        "snippet",
        "reference",
        "authors",
    } <= set(hit)
    assert set(data["facets"]) == {
        "type",
        "year",
        "party",
        "district",
        "agency",
        "body",
        "measure",
        "topic",
        "person",
    }
    json.dumps(data)  # serialisable as it is


def test_facet_counts_follow_the_query(index: SearchIndex) -> None:
    response = index.search(SearchRequest(query="kameraövervakning"))
    assert facet(response, "type") == {"interpellation": 1, "answer": 1, "report": 1}
    assert facet(response, "district") == {"Gottsunda": 2, "Stenhagen": 1}
    assert facet(response, "year") == {"2017": 3}
    # authors' parties by canonical name (M -> Moderaterna)
    assert facet(response, "party") == {"Moderaterna": 1, "Socialdemokraterna": 1}
    assert facet(response, "person")["Karin Lindqvist"] == 1


def test_filters_and_options(index: SearchIndex) -> None:
    def srcs(**options) -> set[str]:
        return {h.source for h in index.search(SearchRequest(limit=50, **options)).hits}

    assert srcs(filters={"district": ["Stenhagen"]}) == {"svar-kameror.pdf", "interp-vakter.pdf"}
    assert srcs(filters={"district": ["Stenhagen", "Gottsunda"], "type": ["interpellation"]}) == {
        "interp-kameror.pdf",
        "interp-vakter.pdf",
    }
    assert srcs(filters={"year": ["2016"]}) == {"motion-poliskontor.pdf"}
    assert srcs(doc_type="svar") == {"svar-kameror.pdf"}
    assert srcs(date_from="2017-04-01", date_to="2017-04-30") == {
        "svar-kameror.pdf",
        "rapport-kameror.pdf",
    }
    assert srcs(entity="Polismyndigheten") == {"interp-kameror.pdf"}


def test_bad_filter_is_a_note_not_an_error(index: SearchIndex) -> None:
    response = index.search(SearchRequest(query="kameror", date_from="igår"))
    assert response.note and "filter" in response.note
    response = index.search(SearchRequest(query="kameror", filters={"färg": ["blå"]}))
    assert response.note


def test_sort_by_date_newest_first(index: SearchIndex) -> None:
    response = index.search(SearchRequest(query="", sort="date", limit=10))
    dates = [h.date for h in response.hits]
    assert dates == sorted(dates, reverse=True) and len(dates) == 6


def test_relevance_puts_title_matches_first(index: SearchIndex) -> None:
    response = index.search(SearchRequest(query="poliskontor Gottsunda"))
    assert response.hits[0].source == "motion-poliskontor.pdf"
    scores = [h.score for h in response.hits]
    assert scores == sorted(scores, reverse=True)


def test_pagination(index: SearchIndex) -> None:
    seen: list[str] = []
    for page in (1, 2, 3):
        response = index.search(SearchRequest(query="", sort="date", page=page, limit=2))
        assert response.total == 6 and response.page == page and response.limit == 2
        seen += [h.id for h in response.hits]
    assert len(seen) == len(set(seen)) == 6
    assert index.search(SearchRequest(query="", page=4, limit=2)).hits == []


def test_snippet_marks_words_and_escapes_html(index: SearchIndex) -> None:
    response = index.search(SearchRequest(query="kameror"))
    script = [h for h in response.hits if h.source == "protokoll-skript.pdf"][0]
    assert "<script>" not in script.snippet
    assert "&lt;script&gt;" in script.snippet and "&amp;" in script.snippet
    assert "<mark>kameror</mark>" in script.snippet
    stripped = script.snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped
    compound = index.search(SearchRequest(query="kamera")).hits[0]
    assert "<mark>kameraövervakning</mark>" in compound.snippet.lower()


def test_open_missing_index_is_a_swedish_error(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="kommunminne ingest"):
        SearchIndex.open(tmp_path / "nothing")


def test_replace_and_delete(fresh_index: SearchIndex) -> None:
    docs = sample_documents()
    fresh_index.add_documents(docs)
    assert fresh_index.document_ids() == {d.id for d in docs}
    changed = docs[0]
    changed.title = "Interpellation om belysning"
    fresh_index.add_documents([changed])  # same id: replaced, sub-records too
    assert len(fresh_index) == 6
    hits = fresh_index.search(SearchRequest(query="belysning")).hits
    assert [h.id for h in hits] == [changed.id]
    fresh_index.delete_documents([changed.id, "0" * 16])
    assert changed.id not in fresh_index.document_ids()
    assert all(e.doc_id != changed.id for e in fresh_index.trace("kameraövervakning").events)
    reopened = SearchIndex.open(fresh_index.index_dir)
    assert len(reopened) == 5


def test_searches_while_a_writer_commits(fresh_index: SearchIndex) -> None:
    fresh_index.add_documents(sample_documents())
    errors: list[BaseException] = []
    totals: list[int] = []
    stop = threading.Event()

    def reader() -> None:
        try:
            while not stop.is_set():
                totals.append(fresh_index.search(SearchRequest(query="trygghet")).total)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for thread in threads:
        thread.start()
    for n in range(8):
        fresh_index.add_documents(
            [make_doc(f"extra-{n}", title=f"Trygghet {n}", date="2020-01-01", text="trygghet")]
        )
    stop.set()
    for thread in threads:
        thread.join()
    assert not errors
    assert totals and min(totals) >= 1
    assert fresh_index.search(SearchRequest(query="trygghet", limit=50)).total >= 8


def test_entities_and_overview(index: SearchIndex) -> None:
    districts = {e.canonical: e.count for e in index.entities("DISTRICT")}
    assert districts == {"Gottsunda": 3, "Stenhagen": 2}
    overview = index.entity_overview("DISTRICT", "Stenhagen")
    assert [d.source for d in overview.documents] == ["interp-vakter.pdf", "svar-kameror.pdf"]
    assert [c.kind for c in overview.commitments] == ["decline"]
    assert overview.per_year == {"2017": 1, "2022": 1}
    with pytest.raises(ValueError):
        index.entities("COLOUR")


def test_follows_a_symbolic_link_to_a_new_generation(tmp_path: Path) -> None:
    """``kommunminne reindex`` swaps ``index`` -> ``index-<n>``; readers must follow."""
    docs = sample_documents()
    first = SearchIndex.create(tmp_path / "index-1")
    first.add_documents(docs[:2])
    link = tmp_path / "index"
    link.symlink_to("index-1")
    index = SearchIndex.open(link)
    assert len(index) == 2
    second = SearchIndex.create(tmp_path / "index-2")
    second.add_documents(docs)
    tmp_link = tmp_path / "index.tmp"
    tmp_link.symlink_to("index-2")
    tmp_link.replace(link)
    assert len(index) == 6
    assert index.search(SearchRequest(query="trygghetsvakter")).total == 1


def test_index_recreated_in_place_does_not_reuse_stale_facets(tmp_path: Path) -> None:
    docs = sample_documents()
    one = SearchIndex.create(tmp_path / "ix")
    one.add_documents(docs[:1])
    assert index_types(one) == {"interpellation": 1}
    two = SearchIndex.create(tmp_path / "ix")
    two.add_documents(docs[3:4])
    assert index_types(two) == {"motion": 1}


def index_types(index: SearchIndex) -> dict[str, int]:
    return facet(index.search(SearchRequest()), "type")


def test_index_of_an_older_format_asks_for_reindex(tmp_path: Path) -> None:
    from whoosh import index as windex
    from whoosh.fields import ID, Schema

    from search import IndexFormatError
    from search.index import INDEX_NAME

    (tmp_path / "old").mkdir()
    windex.create_in(str(tmp_path / "old"), Schema(id=ID(stored=True)), indexname=INDEX_NAME)
    with pytest.raises(IndexFormatError, match="kommunminne reindex"):
        SearchIndex.open(tmp_path / "old")
