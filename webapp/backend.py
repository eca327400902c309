"""The web application's access to the search index and the document store.

One ``Backend`` per process (gunicorn worker).  The index is opened once and reused;
``SearchIndex`` opens a fresh Whoosh searcher for each query, so documents that
``kommunminne ingest`` commits become visible to the next request.  ``reindex`` swaps in
a new index generation by re-pointing the ``index`` symbolic link
(``kommunminne.datadir``); the backend reads the link on every request (one
``readlink``) and reopens the index when it points somewhere new.  A missing index (no
ingest yet) is not cached: every request tries again.

Searches, traces and entity queries go through ``search``/``trace``/``entities``/
``entity_overview`` here, which keep their results in a bounded ``ResultCache`` valid
for the index state they were computed on (``webapp.cache``): the index changes only on
ingest, and the first request after a commit or a swap computes afresh.  Results that
are not cached are computed by the request's own thread, alongside the others (one at
a time per process, first come first served, measured no better with ``bench/web.py``
and would make a quick search wait behind a long trace).  The cached
objects are shared between threads: callers must not change them.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from kommunminne.config import Settings
from kommunminne.model import Document
from kommunminne.store import DocumentStore
from webapp.cache import ResultCache, index_state

if TYPE_CHECKING:  # pragma: no cover
    from search import SearchIndex, SearchRequest, SearchResponse, TraceResult
    from search.records import EntityCount, EntityOverview

T = TypeVar("T")


class IndexUnavailable(Exception):
    """The search index cannot be opened (not built yet, or unreadable); Swedish message."""


def _link_target(path: Path) -> str | None:
    """Where the ``index`` link points now (None for a plain directory or nothing)."""
    try:
        return os.readlink(path)
    except OSError:
        return None


def _json_size(value: Any) -> int:
    """The size of ``value``'s JSON in bytes (what the cache counts)."""
    if isinstance(value, list):
        return sum(_json_size(item) for item in value) + 2
    data = value.to_dict() if hasattr(value, "to_dict") else value
    return len(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def search_key(request: SearchRequest) -> Hashable:
    """The cache key of a search: every field that decides its response; the values of
    one facet in sorted order (they are OR-ed)."""
    filters = tuple(
        sorted(
            (name, tuple(sorted(set(values))))
            for name, values in (request.filters or {}).items()
            if values
        )
    )
    return (
        "search",
        request.query or "",
        request.doc_type,
        request.date_from,
        request.date_to,
        request.entity,
        filters,
        request.sort,
        int(request.page or 1),
        int(request.limit or 10),
    )


class Backend:
    def __init__(self, settings: Settings, cache: ResultCache | None = None) -> None:
        self.settings = settings
        self.store = DocumentStore(settings.store_dir)
        self.cache = cache if cache is not None else ResultCache()
        self._lock = threading.Lock()
        self._index = None
        self._index_target: str | None = None

    # ------------------------------------------------------------------ index
    def index(self) -> SearchIndex:
        """The open search index, reopened after an index swap."""
        from search import IndexMissingError, SearchIndex

        index_dir = self.settings.index_dir
        target = _link_target(index_dir)
        with self._lock:
            if self._index is not None and target == self._index_target:
                return self._index
            try:
                index = SearchIndex.open(index_dir)
            except IndexMissingError as exc:
                self._index = None
                raise IndexUnavailable(
                    "Det finns inget sökindex ännu. Läs in handlingar med "
                    "”kommunminne ingest” och ladda om sidan."
                ) from exc
            except OSError as exc:
                self._index = None
                raise IndexUnavailable(f"Sökindexet kan inte läsas: {exc.strerror}") from exc
            self._index, self._index_target = index, target
            return index

    # ------------------------------------------------------------------ queries
    def _cached(
        self,
        key: Hashable,
        compute: Callable[[SearchIndex], T],
        size: Callable[[T], int] = _json_size,
    ) -> T:
        state = index_state(self.settings.index_dir)  # before computing: see webapp.cache
        index = self.index()
        return self.cache.get_or_compute(state, key, lambda: compute(index), size)

    def search(self, request: SearchRequest) -> SearchResponse:
        return self._cached(search_key(request), lambda index: index.search(request))

    def search_json(self, request: SearchRequest, encode: Callable[[Any], str]) -> bytes:
        """``SearchResponse.to_dict()`` encoded by ``encode`` (UTF-8): the body of
        ``/api/search``, kept encoded (turning the dataclasses into JSON costs more
        than finding a cached response)."""

        def compute(index: SearchIndex) -> bytes:
            return encode(index.search(request).to_dict()).encode("utf-8")

        return self._cached(("json", search_key(request)), compute, len)

    def trace(self, query: str) -> TraceResult:
        return self._cached(("trace", query), lambda index: index.trace(query))

    def entities(self, label: str | None = None) -> list[EntityCount]:
        return self._cached(("entities", label), lambda index: index.entities(label=label))

    def entity_overview(self, label: str, canonical: str) -> EntityOverview:
        return self._cached(
            ("entity", label, canonical), lambda index: index.entity_overview(label, canonical)
        )

    # ------------------------------------------------------------------ store
    def document(self, doc_id: str) -> Document | None:
        """A stored document by id; None for an unknown or malformed id."""
        return self.store.get(doc_id)

    def pdf_path(self, doc_id: str) -> Path | None:
        """The original PDF of a stored document, always inside the store's pdf folder."""
        path = self.store.pdf_path(doc_id)
        if path is None:
            return None
        pdf_dir = self.store.pdf_dir.resolve()
        resolved = path.resolve()
        if resolved.parent != pdf_dir or not resolved.is_file():
            return None
        return resolved
