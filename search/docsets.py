"""The documents matching a query, as a numpy mask, read from the postings in bulk.

Whoosh's ``Searcher.docs_for_query`` walks a matcher tree in Python, one call chain per
document and term; on 10,000 documents a common word took tens of milliseconds.  Here
each term's posting list is read block by block (``W3LeafMatcher`` keeps a block's
document numbers as one tuple) into a numpy array, and the boolean structure of the
query (AND, OR, NOT, prefixes) is evaluated with array operations.  A phrase is
checked on the word positions of the documents holding all its words, and only those
blocks of its posting lists are decoded.  Whatever this module does not know (ranges,
other query types) is still evaluated by Whoosh; tests check that the result is always
the same as ``docs_for_query``'s.

Deleted documents are *not* removed here: callers intersect with the live documents
(``FacetTable.is_document``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.searching import Searcher


@dataclass
class QueryCache:
    """What one request reads at most once: posting lists and phrase masks."""

    #: (field, term) -> per segment (reader, docnum base, local docnums, weights)
    postings: dict[tuple[str, str | bytes], list[SegmentPostings]] = field(default_factory=dict)
    #: phrase -> (documents it was checked in (None: all), documents holding it)
    phrases: dict[wq.Query, tuple[np.ndarray | None, np.ndarray]] = field(default_factory=dict)


SegmentPostings = tuple[Any, int, np.ndarray, np.ndarray]


def _read_postings(matcher: Any) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, weights) of a term's posting matcher within its segment."""
    if isinstance(matcher, FilterMatcher):  # deleted documents: left to the caller
        matcher = matcher.child
    if isinstance(matcher, W3LeafMatcher):
        ids: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            ids.append(np.asarray(matcher._ids, dtype=np.int64))
            weights.append(np.asarray(matcher._weights, dtype=np.float64))
            matcher._next_block()
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return np.concatenate(ids), np.concatenate(weights)
    if isinstance(matcher, ListMatcher):
        found = np.asarray(matcher._ids, dtype=np.int64)
        w = matcher._weights
        return found, (np.ones(len(found)) if w is None else np.asarray(w, dtype=np.float64))
    pairs = []
    while matcher.is_active():
        pairs.append((matcher.id(), matcher.weight()))
        matcher.next()
    if not pairs:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    arr = np.asarray(pairs, dtype=np.float64)
    return arr[:, 0].astype(np.int64), arr[:, 1]


#: (segment id, field or a phrase marker, term or phrase words)
CacheKey = tuple[Any, ...]


class PostingCache:
    """Decoded posting lists shared by all requests of a process, least recently used
    first out when more than ``max_bytes`` are held.

    A Whoosh segment never changes once written (deletions are kept apart, and this
    module leaves them to the caller), and a merge writes a new segment with a new id;
    so a segment's posting list, keyed by the segment's id, stays valid as long as the
    segment is read, and needs no invalidation.  Reading and unpickling the posting
    blocks was about half of a query's time on 10,000 documents; a user who narrows a
    search with a facet, pages, or sorts by date asks for the same words again.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[CacheKey, tuple[np.ndarray, np.ndarray] | None] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @staticmethod
    def _size(value: tuple[np.ndarray, np.ndarray] | None) -> int:
        return 64 if value is None else 64 + value[0].nbytes + value[1].nbytes

    def get(self, key: CacheKey) -> tuple[bool, tuple[np.ndarray, np.ndarray] | None]:
        """(found, value); a value of None means the segment lacks the term."""
        with self._lock:
            if key not in self._entries:
                return False, None
            self._entries.move_to_end(key)
            return True, self._entries[key]

    def put(
        self,
        key: CacheKey,
        value: tuple[np.ndarray, np.ndarray] | None,
        *,
        replace: bool = False,
    ) -> None:
        """Keep ``value``; an entry already kept is left alone unless ``replace``."""
        size = self._size(value)
        if size > self.max_bytes:
            return
        with self._lock:
            if key in self._entries:
                if not replace:
                    return
                self._bytes -= self._size(self._entries.pop(key))
            self._entries[key] = value
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= self._size(dropped)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def nbytes(self) -> int:
        return self._bytes


#: The process's posting cache (64 MB: the postings of every word of a 10,000-document
#: index's text field take about as much).
POSTINGS = PostingCache(64 << 20)


def _segment_id(reader: Any) -> str | None:
    segment = getattr(reader, "segment", None)
    if segment is None:
        return None
    seg = segment()
    return seg.segment_id() if seg is not None and hasattr(seg, "segment_id") else None


def _segment_postings(
    reader: Any, fieldname: str, text: str | bytes
) -> tuple[np.ndarray, np.ndarray] | None:
    """(docnums, weights) of the term in one segment reader, None if it has none."""
    segid = _segment_id(reader)
    key = (segid, fieldname, text) if segid is not None else None
    if key is not None:
        found, value = POSTINGS.get(key)
        if found:
            return value
    value = (
        _read_postings(reader.postings(fieldname, text)) if (fieldname, text) in reader else None
    )
    if key is not None:
        POSTINGS.put(key, value)
    return value


def term_postings(
    searcher: Searcher, fieldname: str, text: str | bytes, cache: QueryCache | None = None
) -> list[SegmentPostings]:
    """Per segment holding the term: (segment reader, docnum base, docnums, weights)."""
    key = (fieldname, text)
    if cache is not None and key in cache.postings:
        return cache.postings[key]
    found: list[SegmentPostings] = []
    for reader, base in searcher.reader().leaf_readers():
        value = _segment_postings(reader, fieldname, text)
        if value is not None:
            found.append((reader, base, value[0], value[1]))
    if cache is not None:
        cache.postings[key] = found
    return found


def term_docs(
    searcher: Searcher, fieldname: str, text: str | bytes, cache: QueryCache | None = None
) -> np.ndarray:
    """Document numbers (index-wide) whose ``fieldname`` holds the term ``text``."""
    found = [ids + base for _, base, ids, _ in term_postings(searcher, fieldname, text, cache)]
    if not found:
        return np.zeros(0, dtype=np.int64)
    return found[0] if len(found) == 1 else np.concatenate(found)


def _whoosh_mask(searcher: Searcher, q: wq.Query, size: int) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    found = np.fromiter(searcher.docs_for_query(q), dtype=np.int64)
    if found.size:
        mask[found] = True
    return mask


def _positions(matcher: Any, wanted: np.ndarray, fmt: Any) -> dict[int, list[int]] | None:
    """Word positions in the documents ``wanted`` (sorted local docnums) of a term's
    posting matcher; blocks without a wanted document are not decoded.  ``None`` for a
    matcher of unknown kind."""
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    found: dict[int, list[int]] = {}
    if isinstance(matcher, ListMatcher):
        ids = np.asarray(matcher._ids, dtype=np.int64)
        for i in np.nonzero(np.isin(ids, wanted))[0].tolist():
            found[int(ids[i])] = fmt.decode_positions(matcher._values[i])
        return found
    if not isinstance(matcher, W3LeafMatcher):
        return None
    low = 0  # the first docnum the current block can hold
    while matcher.is_active():
        high = matcher._maxid
        start, stop = np.searchsorted(wanted, [low, high + 1])
        if stop > start:  # some wanted document may be in this block
            matcher._read_ids()
            ids = np.asarray(matcher._ids, dtype=np.int64)
            hits = np.nonzero(np.isin(ids, wanted[start:stop]))[0]
            if hits.size:
                matcher._read_values()
                for i in hits.tolist():
                    found[int(ids[i])] = fmt.decode_positions(matcher._values[i])
        low = high + 1
        matcher._next_block()
    return found


def _phrase_mask(
    searcher: Searcher,
    q: wq.Phrase,
    size: int,
    within: np.ndarray | None,
    cache: QueryCache | None,
) -> np.ndarray:
    """Documents holding the phrase (its words at consecutive positions, as Whoosh's
    phrase matcher with ``slop=1``): candidates (every word, and ``within``) from the
    arrays, then the positions of the candidates alone are decoded."""
    candidates = np.ones(size, dtype=bool) if within is None else within.copy()
    for word in q.words:
        candidates &= query_mask(searcher, wq.Term(q.fieldname, word), size, None, cache)
        if not candidates.any():
            return candidates
    if q.slop != 1 or len(q.words) < 2:
        return candidates & _whoosh_mask(searcher, q, size)
    fmt = searcher.schema[q.fieldname].format
    mask = np.zeros(size, dtype=bool)
    wanted = np.nonzero(candidates)[0]
    for reader, base in searcher.reader().leaf_readers():
        local = wanted[(wanted >= base) & (wanted < base + reader.doc_count_all())] - base
        if not local.size:
            continue
        # what earlier requests found in this segment: (documents checked, holding it);
        # only the documents not checked yet are checked now
        segid = _segment_id(reader)
        key = (segid, "\x00phrase", (q.fieldname, *q.words)) if segid is not None else None
        known = POSTINGS.get(key)[1] if key is not None else None
        if known is not None:
            mask[base + known[1][np.isin(known[1], local)]] = True
            local = local[~np.isin(local, known[0])]
            if not local.size:
                continue
        per_word = []
        for word in q.words:
            positions = _positions(reader.postings(q.fieldname, word), local, fmt)
            if positions is None:  # unknown matcher: Whoosh decides
                return candidates & _whoosh_mask(searcher, q, size)
            per_word.append(positions)
        holding = []
        for docnum in local.tolist():
            starts = set(per_word[0].get(docnum, ()))
            for offset, positions in enumerate(per_word[1:], 1):
                following = set(positions.get(docnum, ()))
                starts = {p for p in starts if p + offset in following} if following else set()
                if not starts:
                    break
            if starts:
                holding.append(docnum)
        holding_arr = np.asarray(holding, dtype=np.int64)
        mask[base + holding_arr] = True
        if key is not None:
            checked = local.astype(np.int64)
            if known is not None:  # add to what was checked before
                checked, holding_arr = (
                    np.union1d(known[0], checked),
                    np.union1d(known[1], holding_arr),
                )
            POSTINGS.put(key, (checked, holding_arr), replace=True)
    return mask


def query_mask(
    searcher: Searcher,
    q: wq.Query,
    size: int,
    within: np.ndarray | None = None,
    cache: QueryCache | None = None,
) -> np.ndarray:
    """Boolean array over the ``size`` document numbers: those matching ``q``.

    ``within`` (optional) marks the only documents the caller cares about; outside them
    the result may be wrong (it lets phrases check positions in fewer documents).
    ``cache`` (optional) keeps posting lists and phrase masks for a second evaluation
    (ranking) in the same request.
    """
    if isinstance(q, wq.Term):
        mask = np.zeros(size, dtype=bool)
        mask[term_docs(searcher, q.fieldname, q.text, cache)] = True
        return mask
    if isinstance(q, wq.Prefix) and q.fieldname in searcher.schema:
        mask = np.zeros(size, dtype=bool)
        for text in searcher.reader().expand_prefix(q.fieldname, q.text):
            mask[term_docs(searcher, q.fieldname, text, cache)] = True
        return mask
    if isinstance(q, wq.Or):
        mask = np.zeros(size, dtype=bool)
        for sub in q.subqueries:
            mask |= query_mask(searcher, sub, size, within, cache)
        return mask
    if isinstance(q, wq.And):
        mask = np.ones(size, dtype=bool) if within is None else within.copy()
        # plain conditions first, so that phrases check positions in fewer documents
        ordered = sorted(q.subqueries, key=lambda sub: isinstance(sub, (wq.Phrase, wq.Not)))
        for sub in ordered:
            if isinstance(sub, wq.Not):
                mask &= ~query_mask(searcher, sub.query, size)
            else:
                mask &= query_mask(searcher, sub, size, mask, cache)
            if not mask.any():
                break
        return mask
    if isinstance(q, wq.Not):
        return ~query_mask(searcher, q.query, size)
    if q is wq.NullQuery:
        return np.zeros(size, dtype=bool)
    if isinstance(q, wq.Phrase) and q.words:
        if cache is not None and q in cache.phrases:
            checked, mask = cache.phrases[q]
            # valid if it was checked in every document asked for now
            if checked is None or (within is not None and not (within & ~checked).any()):
                return mask
        mask = _phrase_mask(searcher, q, size, within, cache)
        if cache is not None:
            cache.phrases[q] = (None if within is None else within.copy(), mask)
        return mask
    return _whoosh_mask(searcher, q, size)
