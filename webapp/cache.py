"""A small, bounded cache of query results for one process (gunicorn worker).

The index changes only when ``kommunminne ingest``/``reindex`` commits, so the result of
a search, trace or entity query is the same until then.  Every entry is stored under
the *index state* it was computed on (``index_state``: the generation directory the
``index`` link points at and the identity of Whoosh's commit files), and a lookup only
matches entries of the current state: a commit or an index swap makes every older
entry unreachable at once, and ``ResultCache.get`` drops them when it sees a new state
(a result computed on an older state that arrives late is not kept).

The state is read *before* the result is computed, so an entry is never older than the
state it is filed under (a commit between the two only makes the entry newer).

The cache is bounded by the number of entries and by the approximate size of what it
holds (the caller gives each entry's size in bytes; the JSON length is a good measure);
the least recently used entries go first, and an entry bigger than an eighth of the
budget is not kept at all.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: Whoosh writes one ``_<indexname>_<generation>.toc`` file per commit
_TOC_SUFFIX = ".toc"

DEFAULT_MAX_ENTRIES = 2000
DEFAULT_MAX_BYTES = 32 * 1024 * 1024


def index_state(index_dir: Path) -> Hashable | None:
    """What identifies the index's current contents: the directory the path resolves to
    and, for each commit (TOC) file in it, its name, inode and modification time.

    None when the index cannot be read (nothing is cached then).  Costs one directory
    listing and a ``stat`` per TOC file (Whoosh keeps one or two).
    """
    try:
        real = os.path.realpath(index_dir)
        with os.scandir(real) as entries:
            tocs = []
            for entry in entries:
                if entry.name.endswith(_TOC_SUFFIX):
                    stat = entry.stat()
                    tocs.append((entry.name, stat.st_ino, stat.st_mtime_ns, stat.st_size))
    except OSError:
        return None
    if not tocs:
        return None
    return (real, tuple(sorted(tocs)))


class ResultCache:
    """LRU of computed results, valid for one index state at a time; thread-safe."""

    def __init__(
        self, *, max_entries: int = DEFAULT_MAX_ENTRIES, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._state: Hashable | None = None
        self._entries: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0 and self.max_bytes > 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def get(self, state: Hashable | None, key: Hashable) -> object | None:
        """The entry for ``key`` computed on ``state``, or None."""
        if state is None or not self.enabled:
            return None
        with self._lock:
            if state != self._state:
                self._entries.clear()
                self._bytes = 0
                self._state = state
                self.misses += 1
                return None
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found[0]

    def put(self, state: Hashable | None, key: Hashable, value: object, size: int) -> None:
        """Keep ``value`` (about ``size`` bytes) for ``key`` on ``state`` if that is the
        state the cache is on (the one ``get`` last saw)."""
        if state is None or not self.enabled or size > self.max_bytes // 8:
            return
        with self._lock:
            if state != self._state:
                if self._state is not None:
                    # computed on a state that is no longer the current one (``get``
                    # moves the cache to a new state): a late result, not kept
                    return
                self._state = state
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous[1]
            self._entries[key] = (value, size)
            self._bytes += size
            while self._entries and (
                len(self._entries) > self.max_entries or self._bytes > self.max_bytes
            ):
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped

    def get_or_compute(
        self,
        state: Hashable | None,
        key: Hashable,
        compute: Callable[[], T],
        size: Callable[[T], int],
    ) -> T:
        """The cached value for ``key`` on ``state``, or ``compute()`` (then kept)."""
        found = self.get(state, key)
        if found is not None:
            return found  # type: ignore[return-value]
        value = compute()
        if state is not None and self.enabled:
            self.put(state, key, value, size(value))
        return value
