"""Whoosh's BM25F scores computed with numpy over every matching document at once.

Ranking with ``Searcher.search`` walks the matcher tree of the query in Python and
scores each matching document term by term; for a common word on 10,000 documents
that was most of a query's time.  For queries built of terms only (``Term``, ``Or``,
``And``, ``AND NOT`` -- each NOT adding Whoosh's 1.0 --, ``Prefix`` as the OR of its
terms, ``Phrase`` as the sum of its words where it occurs: every query of
``search.query`` but date and year ranges) the same scores are
computed here from the posting lists read in bulk (as in ``search.docsets``):

    score(doc) = sum over the query's terms present in doc of
                 idf(field, term) * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))

with Whoosh's own ``idf`` and ``avg_field_length`` of the whole index, the posting
weight as ``tf`` (it carries the field boost) and the document's field length ``dl``
as Whoosh stores it (one byte per document), so the scores are Whoosh's (tests
compare them).  Other queries (ranges, boosts) return ``None``: the caller
lets Whoosh rank them.

Field lengths are read once per segment (segments never change) into arrays.
"""

from __future__ import annotations

import threading

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from search.docsets import QueryCache, query_mask, term_postings

#: byte -> field length, as Whoosh decodes the length column
_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)

_lock = threading.Lock()
_length_cache: dict[tuple[str, str], np.ndarray] = {}
_CACHE_SEGMENTS = 64  # (segment, field) arrays kept at most


def _segment_lengths(reader: object, fieldname: str) -> np.ndarray:
    """Field length of every document of one segment reader."""
    segment = reader.segment()  # type: ignore[attr-defined]
    key = (segment.segment_id(), fieldname)
    with _lock:
        cached = _length_cache.get(key)
    if cached is not None:
        return cached
    doccount = reader.doc_count_all()  # type: ignore[attr-defined]
    lengths = np.zeros(doccount, dtype=np.float64)
    column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)  # type: ignore[attr-defined]
    if column is not None:
        count = min(column._count, doccount)
        raw = column._dbfile.get(column._basepos, count)
        lengths[:count] = _LENGTHS[np.frombuffer(raw, dtype=np.uint8)]
    with _lock:
        if len(_length_cache) >= _CACHE_SEGMENTS:
            _length_cache.clear()
        _length_cache[key] = lengths
    return lengths


def term_scores(
    searcher: Searcher, q: wq.Term, size: int, cache: QueryCache | None = None
) -> np.ndarray:
    """BM25F score of ``q`` for every document (0 where the term is absent)."""
    scores = np.zeros(size, dtype=np.float64)
    fieldname, text = q.fieldname, q.text
    if fieldname not in searcher.schema:
        return scores
    weighting = searcher.weighting
    scorable = searcher.schema[fieldname].scorable
    if scorable:
        idf = searcher.idf(fieldname, text)
        avgfl = searcher.avg_field_length(fieldname) or 1
        b = weighting._field_B.get(fieldname, weighting.B)
        k1 = weighting.K1
    for reader, base, ids, weights in term_postings(searcher, fieldname, text, cache):
        if scorable:
            lengths = _segment_lengths(reader, fieldname)[ids]
            values = idf * ((weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * lengths / avgfl)))
        else:
            values = weights  # Whoosh's WeightScorer
        scores[ids + base] += values * q.boost
    return scores


def supported(q: wq.Query) -> bool:
    """Can ``query_scores`` score ``q`` exactly as Whoosh would?"""
    if isinstance(q, wq.Term):
        return True
    if type(q) is wq.Prefix:
        return q.boost == 1
    if type(q) is wq.Phrase:
        return q.boost == 1 and q.slop == 1 and bool(q.words)
    if isinstance(q, (wq.Or, wq.And)) and type(q) in (wq.Or, wq.And):
        if q.boost != 1 or (isinstance(q, wq.Or) and q.scale is not None):
            return False
        return all(
            supported(sub.query)
            if isinstance(sub, wq.Not) and isinstance(q, wq.And)
            else supported(sub)
            for sub in q.subqueries
        )
    return False


def query_scores(
    searcher: Searcher,
    q: wq.Query,
    size: int,
    within: np.ndarray | None = None,
    cache: QueryCache | None = None,
) -> np.ndarray | None:
    """Whoosh's BM25F score of every document for ``q`` (meaningful for the documents
    that match it, and within ``within`` if given), or ``None`` when ``q`` has parts
    this module does not score.  ``cache``: postings and phrase masks of the request."""
    if not isinstance(searcher.weighting, BM25F) or not supported(q):
        return None
    return _scores(searcher, q, size, within, cache, top=True)


def _scores(
    searcher: Searcher,
    q: wq.Query,
    size: int,
    within: np.ndarray | None,
    cache: QueryCache | None,
    top: bool = False,
) -> np.ndarray:
    """Scores of ``q``, 0 where it does not match (not ensured for ``top``: the caller
    only reads the documents that match the whole query)."""
    if isinstance(q, wq.Term):
        return term_scores(searcher, q, size, cache)
    if isinstance(q, wq.Phrase):
        # Whoosh scores a phrase as the sum of its words' scores, where it occurs
        mask = query_mask(searcher, q, size, within, cache)
        total = np.zeros(size, dtype=np.float64)
        for word in q.words:
            total += term_scores(searcher, wq.Term(q.fieldname, word), size, cache)
        total[~mask] = 0.0
        return total
    if isinstance(q, wq.Prefix):
        # Whoosh ranks a prefix as the OR of the terms it expands to
        total = np.zeros(size, dtype=np.float64)
        for text in searcher.reader().expand_prefix(q.fieldname, q.text):
            total += term_scores(searcher, wq.Term(q.fieldname, text), size, cache)
        return total
    total = np.zeros(size, dtype=np.float64)
    for sub in q.subqueries:  # type: ignore[attr-defined]
        if isinstance(sub, wq.Not):
            # Whoosh scores a NOT inside an AND with its InverseMatcher: 1.0 for every
            # document it lets through
            total += 1.0
        else:
            total += _scores(searcher, sub, size, within, cache)
    if isinstance(q, wq.And) and not top:
        # the sum is the AND's score only where every part matches (under an OR)
        total[~query_mask(searcher, q, size, within, cache)] = 0.0
    return total
