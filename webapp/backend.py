"""The web application's access to the search index and the document store.

One ``Backend`` per process (gunicorn worker).  The index is opened once and reused;
``SearchIndex`` opens a fresh Whoosh searcher for each query, so documents that
``kommunminne ingest`` commits become visible to the next request.  ``reindex`` swaps in
a new index generation by re-pointing the ``index`` symbolic link
(``kommunminne.datadir``); the backend reads the link on every request (one
``readlink``) and reopens the index when it points somewhere new.  A missing index (no
ingest yet) is not cached: every request tries again.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kommunminne.config import Settings
from kommunminne.model import Document
from kommunminne.store import DocumentStore

if TYPE_CHECKING:  # pragma: no cover
    from search import SearchIndex


class IndexUnavailable(Exception):
    """The search index cannot be opened (not built yet, or unreadable); Swedish message."""


def _link_target(path: Path) -> str | None:
    """Where the ``index`` link points now (None for a plain directory or nothing)."""
    try:
        return os.readlink(path)
    except OSError:
        return None


class Backend:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = DocumentStore(settings.store_dir)
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
