"""The result cache (``webapp.cache``): bounded, and never serves a result of an older
index state (a commit by ingest, an index swap by reindex, an index re-created)."""

from __future__ import annotations

from kommunminne.datadir import new_index_dir, swap_in
from tests.webapp.test_live_index import extra_document, ingest_like, total
from webapp import create_app
from webapp.backend import search_key
from webapp.cache import ResultCache, index_state


# ----------------------------------------------------------------------- ResultCache
def test_a_value_is_found_only_on_its_state():
    cache = ResultCache()
    assert cache.get("s1", "k") is None
    cache.put("s1", "k", "v1", 10)
    assert cache.get("s1", "k") == "v1"
    assert cache.get("s2", "k") is None  # a new state: everything older is dropped
    assert len(cache) == 0
    cache.put("s2", "k", "v2", 10)
    assert cache.get("s2", "k") == "v2"
    assert (cache.hits, cache.misses) == (2, 2)


def test_a_late_result_of_an_older_state_is_not_kept():
    cache = ResultCache()
    cache.get("s1", "k")
    cache.get("s2", "k")  # another thread saw the commit first
    cache.put("s1", "k", "old", 10)  # the slow thread's result, computed on s1
    assert cache.get("s2", "k") is None
    assert len(cache) == 0


def test_unknown_state_is_never_cached():
    cache = ResultCache()
    cache.put(None, "k", "v", 1)
    assert cache.get(None, "k") is None
    calls = []
    for _ in range(2):
        cache.get_or_compute(None, "k", lambda: calls.append(1) or "v", len)
    assert len(calls) == 2


def test_bounded_by_entries_least_recently_used_first():
    cache = ResultCache(max_entries=3, max_bytes=10_000)
    for key in "abc":
        cache.put("s", key, key, 10)
    cache.get("s", "a")  # a is now the most recently used
    cache.put("s", "d", "d", 10)
    assert len(cache) == 3
    assert cache.get("s", "b") is None
    assert [cache.get("s", key) for key in "acd"] == ["a", "c", "d"]


def test_bounded_by_bytes():
    cache = ResultCache(max_entries=100, max_bytes=800)
    for n in range(20):
        cache.put("s", n, n, 90)
    assert cache.size_bytes <= 800
    assert len(cache) == 8
    assert cache.get("s", 19) == 19 and cache.get("s", 0) is None
    cache.put("s", "big", "x", 101)  # more than an eighth of the budget: not kept
    assert cache.get("s", "big") is None
    cache.put("s", 19, 19, 10)  # replacing an entry counts its new size only
    assert cache.size_bytes == 7 * 90 + 10


def test_disabled_cache_computes_every_time():
    cache = ResultCache(max_bytes=0)
    calls = []
    for _ in range(3):
        assert cache.get_or_compute("s", "k", lambda: calls.append(1) or "v", len) == "v"
    assert len(calls) == 3 and len(cache) == 0


# ----------------------------------------------------------------------- index state
def test_index_state_follows_commits_swaps_and_recreation(fresh_settings, documents):
    from search import SearchIndex

    index_dir = fresh_settings.index_dir
    first = index_state(index_dir)
    assert first is not None
    assert index_state(index_dir) == first  # stable while nothing changes
    ingest_like(fresh_settings, [extra_document(0)])
    after_commit = index_state(index_dir)
    assert after_commit != first
    generation = new_index_dir(fresh_settings.data_dir)
    SearchIndex.create(generation).add_documents(documents)
    swap_in(index_dir, generation)
    after_swap = index_state(index_dir)
    assert after_swap not in (first, after_commit)
    SearchIndex.create(generation).add_documents(documents[:2])  # emptied and refilled
    assert index_state(index_dir) != after_swap


def test_index_state_of_a_missing_index_is_none(tmp_path):
    assert index_state(tmp_path / "nothing") is None
    (tmp_path / "empty").mkdir()
    assert index_state(tmp_path / "empty") is None


def test_search_key_ignores_the_order_of_or_ed_values():
    from search import SearchRequest

    a = SearchRequest(query="skola", filters={"party": ["M", "L"], "year": ["2019"]})
    b = SearchRequest(query="skola", filters={"year": ["2019"], "party": ["L", "M", "L"]})
    assert search_key(a) == search_key(b)
    assert search_key(a) != search_key(SearchRequest(query="skola", filters={"party": ["M"]}))
    assert search_key(a) != search_key(
        SearchRequest(query="skola", filters={"party": ["M", "L"], "year": ["2019"]}, page=2)
    )


# ----------------------------------------------------------------------- in the app
def test_repeated_search_is_served_from_the_cache(settings):
    app = create_app(settings, TESTING=True)
    cache = app.extensions["kommunminne"].cache
    client = app.test_client()
    first = client.get("/api/search?q=Gottsunda&party=M&party=L")
    hits_before = cache.hits
    second = client.get("/api/search?q=Gottsunda&party=L&party=M")
    assert second.status_code == 200
    assert second.data == first.data
    assert cache.hits == hits_before + 1
    assert second.headers["Content-Type"] == "application/json"
    assert second.headers["X-Content-Type-Options"] == "nosniff"
    # the HTML page, the trace and the entity pages use the cache too
    for url in ("/search?q=Gottsunda", "/trace?q=Gottsunda", "/entities"):
        assert client.get(url).status_code == 200
        before = cache.hits
        assert client.get(url).status_code == 200
        assert cache.hits > before, url


def test_cache_is_bounded_in_the_app(settings):
    app = create_app(settings, TESTING=True, RESULT_CACHE_ENTRIES=3)
    client = app.test_client()
    for word in ("Gottsunda", "skola", "polis", "kamera", "trygghet", "budget"):
        assert client.get(f"/api/search?q={word}").status_code == 200
    assert len(app.extensions["kommunminne"].cache) <= 3


def test_cache_can_be_turned_off(settings):
    app = create_app(settings, TESTING=True, RESULT_CACHE_BYTES=0)
    client = app.test_client()
    for _ in range(2):
        assert client.get("/api/search?q=Gottsunda").status_code == 200
    assert app.extensions["kommunminne"].cache.hits == 0


def test_a_commit_is_seen_through_a_warm_cache(fresh_settings):
    app = create_app(fresh_settings, TESTING=True)
    client = app.test_client()
    for _ in range(2):  # cached
        assert total(client, "badhuset") == 0
        assert "nummer 3" not in client.get("/search?q=badhuset").get_data(as_text=True)
    ingest_like(fresh_settings, [extra_document(3)])
    assert total(client, "badhuset") == 1
    assert "nummer 3" in client.get("/search?q=badhuset").get_data(as_text=True)
