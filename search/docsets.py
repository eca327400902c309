"""The documents matching a query, as a numpy mask, read from the postings in bulk.

Whoosh's ``Searcher.docs_for_query`` walks a matcher tree in Python, one call chain per
document and term; on 10,000 documents a common word took tens of milliseconds.  Here
each term's posting list is read block by block (``W3LeafMatcher`` keeps a block's
document numbers as one tuple) into a numpy array, and the boolean structure of the
query (AND, OR, NOT, prefixes) is evaluated with array operations.  Whatever this
module does not know (phrases, ranges, other query types) is still evaluated by
Whoosh, so the result is always the same as ``docs_for_query``'s; for a phrase only the
documents holding all its words are handed to Whoosh.

Deleted documents are *not* removed here: callers intersect with the live documents
(``FacetTable.is_document``).
"""

from __future__ import annotations

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ListMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.searching import Searcher

#: phrase -> (documents it was checked in (None: all), documents holding it)
PhraseMemo = dict[wq.Query, tuple[np.ndarray | None, np.ndarray]]


def _matcher_ids(matcher: object) -> np.ndarray:
    """Document numbers (within one segment) of a term's posting matcher."""
    if isinstance(matcher, FilterMatcher):  # deleted documents: left to the caller
        matcher = matcher.child
    if isinstance(matcher, W3LeafMatcher):
        blocks: list[np.ndarray] = []
        while matcher.is_active():
            matcher._read_ids()
            blocks.append(np.asarray(matcher._ids, dtype=np.int64))
            matcher._next_block()
        return np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int64)
    if isinstance(matcher, ListMatcher):
        return np.asarray(matcher._ids, dtype=np.int64)
    return np.fromiter(matcher.all_ids(), dtype=np.int64)  # type: ignore[attr-defined]


def term_docs(searcher: Searcher, fieldname: str, text: str | bytes) -> np.ndarray:
    """Document numbers (index-wide) whose ``fieldname`` holds the term ``text``."""
    found: list[np.ndarray] = []
    for reader, base in searcher.reader().leaf_readers():
        if (fieldname, text) not in reader:
            continue
        found.append(_matcher_ids(reader.postings(fieldname, text)) + base)
    if not found:
        return np.zeros(0, dtype=np.int64)
    return found[0] if len(found) == 1 else np.concatenate(found)


def _whoosh_mask(searcher: Searcher, q: wq.Query, size: int) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    found = np.fromiter(searcher.docs_for_query(q), dtype=np.int64)
    if found.size:
        mask[found] = True
    return mask


def _phrase_mask(
    searcher: Searcher, q: wq.Phrase, size: int, within: np.ndarray | None
) -> np.ndarray:
    """Documents holding the phrase: candidates (every word, and ``within``) from the
    arrays, the word positions checked by Whoosh's phrase matcher for those alone."""
    candidates = np.ones(size, dtype=bool) if within is None else within.copy()
    for word in q.words:
        candidates &= query_mask(searcher, wq.Term(q.fieldname, word), size)
        if not candidates.any():
            return candidates
    mask = np.zeros(size, dtype=bool)
    wanted = np.nonzero(candidates)[0]
    for subsearcher, base in searcher.leaf_searchers():
        local = wanted[(wanted >= base) & (wanted < base + subsearcher.doc_count_all())] - base
        if not local.size:
            continue
        matcher = q.matcher(subsearcher, subsearcher.boolean_context())
        for docnum in local.tolist():
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
                if not matcher.is_active():
                    break
            if matcher.id() == docnum:
                mask[base + docnum] = True
    return mask


def query_mask(
    searcher: Searcher,
    q: wq.Query,
    size: int,
    within: np.ndarray | None = None,
    memo: PhraseMemo | None = None,
) -> np.ndarray:
    """Boolean array over the ``size`` document numbers: those matching ``q``.

    ``within`` (optional) marks the only documents the caller cares about; outside them
    the result may be wrong (it lets phrases check positions in fewer documents).
    ``memo`` (optional) keeps the masks of phrases, for a second evaluation within
    the same or fewer documents (ranking).
    """
    if isinstance(q, wq.Term):
        mask = np.zeros(size, dtype=bool)
        mask[term_docs(searcher, q.fieldname, q.text)] = True
        return mask
    if isinstance(q, wq.Prefix) and q.fieldname in searcher.schema:
        mask = np.zeros(size, dtype=bool)
        for text in searcher.reader().expand_prefix(q.fieldname, q.text):
            mask[term_docs(searcher, q.fieldname, text)] = True
        return mask
    if isinstance(q, wq.Or):
        mask = np.zeros(size, dtype=bool)
        for sub in q.subqueries:
            mask |= query_mask(searcher, sub, size, within, memo)
        return mask
    if isinstance(q, wq.And):
        mask = np.ones(size, dtype=bool) if within is None else within.copy()
        # plain conditions first, so that phrases check positions in fewer documents
        ordered = sorted(q.subqueries, key=lambda sub: isinstance(sub, (wq.Phrase, wq.Not)))
        for sub in ordered:
            if isinstance(sub, wq.Not):
                mask &= ~query_mask(searcher, sub.query, size)
            else:
                mask &= query_mask(searcher, sub, size, mask, memo)
            if not mask.any():
                break
        return mask
    if isinstance(q, wq.Not):
        return ~query_mask(searcher, q.query, size)
    if q is wq.NullQuery:
        return np.zeros(size, dtype=bool)
    if isinstance(q, wq.Phrase) and q.words:
        if memo is not None and q in memo:
            checked, mask = memo[q]
            # valid if it was checked in every document asked for now
            if checked is None or (within is not None and not (within & ~checked).any()):
                return mask
        mask = _phrase_mask(searcher, q, size, within)
        if memo is not None:
            memo[q] = (None if within is None else within.copy(), mask)
        return mask
    return _whoosh_mask(searcher, q, size)
