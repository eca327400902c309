"""Facet counts from the ``facet_data`` column, without touching postings.

Each document record carries its facet values (display form) as JSON in the
``facet_data`` column.  The column is read once per index generation and process into
compact arrays: per facet, the value code of every (document, value) pair and the
document number it belongs to.  Counting the facets of a result set is then one
``numpy.bincount`` per facet over the pairs whose document is in the set, which takes
well under a millisecond on 10,000 documents whatever the number of hits (Whoosh's
overlapping facets re-read postings on every query, and its RangeFacet costs tens of
milliseconds).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq
from whoosh.reading import IndexReader

from kommunminne.textnorm import fold
from search.records import FACET_NAMES, FacetValue

#: values shown per facet (years: all)
FACET_LIMIT = 30


@dataclass
class _FacetArrays:
    values: list[str]  # code -> display value
    folded: dict[str, int]  # folded display value -> code
    docs: np.ndarray  # docnum of each pair
    codes: np.ndarray  # value code of each pair


class FacetTable:
    """Facet values of every document of one reader (one index generation)."""

    def __init__(self, reader: IndexReader) -> None:
        self.doc_count = reader.doc_count_all()
        pairs: dict[str, tuple[list[int], list[int], dict[str, int]]] = {
            name: ([], [], {}) for name in FACET_NAMES
        }
        #: live document records (sub-records have no facet data; deleted ones are out)
        self.is_document = np.zeros(self.doc_count, dtype=bool)
        #: date as YYYYMMDD (0: undated)
        self.dates = np.zeros(self.doc_count, dtype=np.int64)
        column = reader.column_reader("facet_data") if reader.has_column("facet_data") else None
        if column is not None:
            for docnum in range(self.doc_count):
                raw = column[docnum]
                if not raw:
                    continue
                data = json.loads(raw)
                self.is_document[docnum] = True
                if data.get("date"):
                    self.dates[docnum] = int(data["date"].replace("-", ""))
                for name in FACET_NAMES:
                    value = data.get(name)
                    if not value:
                        continue
                    docs, codes, table = pairs[name]
                    for item in value if isinstance(value, list) else [value]:
                        code = table.setdefault(item, len(table))
                        docs.append(docnum)
                        codes.append(code)
        if reader.has_deletions():  # deleted documents are never "documents"
            for docnum in np.nonzero(self.is_document)[0]:
                if reader.is_deleted(int(docnum)):
                    self.is_document[docnum] = False
        self.facets: dict[str, _FacetArrays] = {}
        for name, (docs, codes, table) in pairs.items():
            self.facets[name] = _FacetArrays(
                values=list(table),
                folded={fold(value): code for value, code in table.items()},
                docs=np.asarray(docs, dtype=np.int64),
                codes=np.asarray(codes, dtype=np.int64),
            )

    def counts(
        self, docnums: Iterable[int], limit: int | None = FACET_LIMIT
    ) -> dict[str, list[FacetValue]]:
        """Counts per facet among ``docnums`` (``limit`` values per facet; years: all)."""
        mask = np.zeros(self.doc_count, dtype=bool)
        wanted = np.fromiter(docnums, dtype=np.int64)
        if wanted.size:
            mask[wanted] = True
        result: dict[str, list[FacetValue]] = {}
        for name, arrays in self.facets.items():
            if not arrays.values:
                result[name] = []
                continue
            selected = arrays.codes[mask[arrays.docs]]
            counts = np.bincount(selected, minlength=len(arrays.values))
            nonzero = np.nonzero(counts)[0]
            if name != "year" and limit and len(nonzero) > limit:
                # only the values that can be among the first ``limit`` become objects
                kth = np.partition(counts[nonzero], -limit)[-limit]
                nonzero = nonzero[counts[nonzero] >= kth]
            items = [FacetValue(arrays.values[i], int(counts[i])) for i in nonzero]
            if name == "year":
                items.sort(key=lambda v: v.value, reverse=True)
            else:
                items.sort(key=lambda v: (-v.count, v.value))
                items = items[:limit] if limit else items
            result[name] = items
        return result

    def mask(self, name: str, folded_values: Iterable[str]) -> np.ndarray:
        """Documents having any of ``folded_values`` in facet ``name``."""
        arrays = self.facets[name]
        codes = [arrays.folded[v] for v in folded_values if v in arrays.folded]
        mask = np.zeros(self.doc_count, dtype=bool)
        if codes:
            mask[arrays.docs[np.isin(arrays.codes, codes)]] = True
        return mask

    def date_mask(self, start: str | None, stop: str | None) -> np.ndarray:
        """Dated documents within [start, stop] (ISO dates, inclusive; None: open)."""
        low = int(start.replace("-", "")) if start else 1
        high = int(stop.replace("-", "")) if stop else 99991231
        return (self.dates >= low) & (self.dates <= high)

    def values_of(self, docnum: int, name: str) -> list[str]:
        arrays = self.facets[name]
        return [arrays.values[c] for c in arrays.codes[arrays.docs == docnum]]


_cache_lock = threading.Lock()
_cache: dict[tuple, FacetTable] = {}


def facet_table(key: tuple, reader: IndexReader) -> FacetTable:
    """The FacetTable of an index generation (``key`` starts with the index path)."""
    with _cache_lock:
        table = _cache.get(key)
    if table is None:
        table = FacetTable(reader)
        with _cache_lock:
            # keep only the newest generation per index
            for old in [k for k in _cache if k[0] == key[0]]:
                del _cache[old]
            _cache[key] = table
    return table


# ------------------------------------------------------------ filters in queries
_ENTITY_FACETS = ("district", "agency", "body", "measure", "person", "party")


def _condition_mask(q: wq.Query, table: FacetTable) -> np.ndarray | None:
    """The column mask of a filter-like condition, or None if it is not one."""
    if isinstance(q, wq.Term):
        field, value = q.fieldname, q.text
        if field == "doc_type":
            return table.mask("type", [value])
        if field == "year":
            return table.mask("year", [value])
        if field.startswith("f_") and field[2:] in table.facets:
            return table.mask(field[2:], [value])
        if field == "entity":
            either = np.zeros(table.doc_count, dtype=bool)
            for facet in _ENTITY_FACETS:
                either |= table.mask(facet, [value])
            return either
        return None
    if isinstance(q, wq.NumericRange) and q.fieldname == "date_num":
        low = q.start if q.start is not None else 1
        high = q.end if q.end is not None else 99991231
        return (table.dates >= low) & (table.dates <= high)
    if isinstance(q, wq.TermRange) and q.fieldname == "year":
        start = f"{q.start}-01-01" if q.start else None
        stop = f"{q.end}-12-31" if q.end else None
        return table.date_mask(start, stop)
    if isinstance(q, wq.Or) and q.subqueries:
        parts = [_condition_mask(sub, table) for sub in q.subqueries]
        if any(part is None for part in parts):
            return None
        combined = np.zeros(table.doc_count, dtype=bool)
        for part in parts:
            combined |= part  # type: ignore[operator]
        return combined
    return None


def split_filters(
    q: wq.Query | None, table: FacetTable
) -> tuple[wq.Query | None, list[np.ndarray]]:
    """Split the top-level AND of ``q`` into the rest and column masks of its filters.

    ``typ:motion stadsdel:Gottsunda kameror`` -> (``kameror``, [type mask, district mask]).
    Conditions under OR or NOT stay in the query.
    """
    if q is None:
        return None, []
    parts = list(q.subqueries) if isinstance(q, wq.And) else [q]
    rest: list[wq.Query] = []
    masks: list[np.ndarray] = []
    for part in parts:
        mask = _condition_mask(part, table)
        if mask is None:
            rest.append(part)
        else:
            masks.append(mask)
    if not rest:
        return None, masks
    return (rest[0] if len(rest) == 1 else wq.And(rest)), masks
