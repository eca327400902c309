"""``SearchIndex``: the project's own interface over a Whoosh index on disk.

Concurrency
-----------
* One writer at a time: every write opens a Whoosh ``SegmentWriter`` with a lock
  timeout (``WRITE_TIMEOUT``; an ``flock``, released by the OS if a writer dies) and
  commits before returning; ``IndexBusyError`` (Swedish message) when the lock is not
  had in time.  No AsyncWriter or BufferedWriter.  Segments are written with
  ``search.codec.KommunminneCodec`` and merged by ``search.merging.tiered_merge``
  (a handful of segments whatever the number of commits).
* Every thread has its own Whoosh searcher, refreshed at the start of every read, so a
  searcher is never shared between threads and every read sees the latest commit
  (and, when ``index_dir`` is the pipeline's symbolic link, the latest generation).
* A ``SearchIndex`` object may be shared between threads.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as windex
from whoosh import query as wq
from whoosh.index import LockError
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from kommunminne.model import ENTITY_LABELS, Document
from kommunminne.textnorm import fold
from search import aliases, linking, snippets
from search.codec import KommunminneCodec
from search.docsets import QueryCache, query_mask
from search.facets import FacetTable, facet_table, split_filters
from search.merging import tiered_merge
from search.query import (
    SUB_TEXT_FIELDS,
    ParsedQuery,
    QuerySyntaxError,
    date_range,
    loosen,
    parse,
    plain_words,
)
from search.records import (
    FACET_NAMES,
    Author,
    EntityCommitment,
    EntityCount,
    EntityDocument,
    EntityOverview,
    IndexBusyError,
    IndexFormatError,
    IndexMissingError,
    LinkedDocument,
    SearchHit,
    SearchRequest,
    SearchResponse,
    TraceResult,
)
from search.schema import ENTITY_FACETS, SUB_KINDS, build_schema, records
from search.scoring import query_scores

WRITE_TIMEOUT = 30.0  # seconds to wait for the index lock
WRITER_LIMIT_MB = 128  # memory of the writer's posting pool before it spills to disk
MAX_LIMIT = 1000  # hits per page at most
TRACE_MAX_DOCUMENTS = 200  # documents in one trace at most (the most relevant)
INDEX_NAME = "MAIN"
OPEN_ATTEMPTS = 5  # tries to open a searcher while a commit replaces files

#: entity label -> facet name
LABEL_FACETS: dict[str, str] = {label: facet for facet, label in ENTITY_FACETS.items()}

_DOCUMENT = wq.Term("kind", "document")


class SearchIndex:
    """A Whoosh index of Documents and their commitments, questions and proposals."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        self.schema = build_schema()
        self._local = threading.local()  # this thread's (index path, searcher)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, index_dir: Path | str) -> SearchIndex:
        """An existing index; ``IndexMissingError`` (Swedish) when there is none."""
        path = Path(index_dir)
        if not path.is_dir() or not windex.exists_in(str(path), indexname=INDEX_NAME):
            raise IndexMissingError(
                f"inget index i {path}: kör först 'kommunminne ingest' med dina PDF-filer"
            )
        index = cls(path)
        index._check_format()
        return index

    def _check_format(self) -> None:
        """Raise IndexFormatError when the index on disk was built with other fields."""
        stored = windex.open_dir(str(self.index_dir), indexname=INDEX_NAME).schema
        if set(stored.names()) != set(self.schema.names()):
            raise IndexFormatError(
                f"indexet i {self.index_dir} har ett äldre format: "
                "kör 'kommunminne reindex' för att bygga om det"
            )

    @classmethod
    def create(cls, index_dir: Path | str) -> SearchIndex:
        """A new, empty index (an index already there is emptied)."""
        path = Path(index_dir)
        path.mkdir(parents=True, exist_ok=True)
        index = cls(path)
        windex.create_in(str(path), index.schema, indexname=INDEX_NAME)
        return index

    @classmethod
    def open_or_create(cls, index_dir: Path | str) -> SearchIndex:
        path = Path(index_dir)
        if path.is_dir() and windex.exists_in(str(path), indexname=INDEX_NAME):
            return cls.open(path)
        return cls.create(path)

    def _ix(self) -> windex.Index:
        return windex.open_dir(str(self.index_dir), indexname=INDEX_NAME, schema=self.schema)

    def _open_searcher(self) -> tuple[windex.Index, Searcher]:
        """The index and a new searcher on its latest commit.

        Opening can race with a commit that removes the files of the generation being
        opened (FileNotFoundError); the next attempt sees the new generation.
        """
        for attempt in range(OPEN_ATTEMPTS):
            try:
                ix = self._ix()
                return ix, ix.searcher(weighting=BM25F())
            except FileNotFoundError:
                if attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def _searcher(self) -> Iterator[Searcher]:
        """This thread's searcher, reopened when the index has a newer commit.

        Each thread keeps its own Whoosh searcher (never shared between threads).  Every
        call checks the latest generation (one directory listing); an unchanged index
        keeps its searcher, so the per-segment caches (stored-field offsets, columns)
        survive between requests, and a new commit gets a new searcher.  When
        ``index_dir`` is a symbolic link that now points at another generation
        (``kommunminne reindex``), a new searcher is opened on it.  (Whoosh's own
        ``Searcher.refresh`` is not used: its re-use of readers keeps segments that a
        commit has merged away.)
        """
        real = os.path.realpath(self.index_dir)
        state: tuple[str, windex.Index, Searcher] | None = getattr(self._local, "state", None)
        if state is not None:
            cached_real, ix, cached = state
            try:
                fresh = (
                    cached_real == real and ix.latest_generation() == cached.reader().generation()
                )
            except (OSError, ValueError):
                fresh = False
            if not fresh:
                cached.close()
                self._local.state = state = None
        if state is None:
            ix, searcher = self._open_searcher()
            state = (real, ix, searcher)
            self._local.state = state
        yield state[2]

    def close(self) -> None:
        """Close this thread's searcher (others close when their threads end)."""
        state = getattr(self._local, "state", None)
        if state is not None:
            state[2].close()
            self._local.state = None

    @contextmanager
    def _writer(self) -> Iterator[Any]:
        try:
            writer = self._ix().writer(
                timeout=WRITE_TIMEOUT, limitmb=WRITER_LIMIT_MB, codec=KommunminneCodec()
            )
        except LockError as exc:
            raise IndexBusyError(
                f"indexet i {self.index_dir} används av en annan skrivare; försök igen senare"
            ) from exc
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=tiered_merge)

    # ------------------------------------------------------------------ writing
    def add_documents(self, docs: Iterable[Document]) -> None:
        """Index ``docs`` (replacing earlier versions with the same id) in one commit."""
        latest: dict[str, Document] = {}
        for doc in docs:
            latest[doc.id] = doc  # the last version of an id in the batch wins
        if not latest:
            return
        with self._writer() as writer:
            for doc_id, doc in latest.items():
                writer.delete_by_term("doc_id", doc_id)
                for record in records(doc):
                    writer.add_document(**record)

    def delete_documents(self, ids: Iterable[str]) -> None:
        """Remove documents (and their sub-records) by id; unknown ids are ignored."""
        ids = list(ids)
        if not ids:
            return
        with self._writer() as writer:
            for doc_id in ids:
                writer.delete_by_term("doc_id", doc_id)

    def document_ids(self) -> set[str]:
        with self._searcher() as searcher:
            column = searcher.reader().column_reader("doc_id")
            return {column[n] for n in searcher.docs_for_query(_DOCUMENT)}

    def __len__(self) -> int:
        with self._searcher() as searcher:
            return sum(1 for _ in searcher.docs_for_query(_DOCUMENT))

    # ------------------------------------------------------------------ search
    @staticmethod
    def _filter_mask(request: SearchRequest, table: FacetTable) -> np.ndarray:
        """Documents allowed by the request's options (column arrays, no postings).

        Raises QuerySyntaxError (Swedish reason) for a bad value.
        """
        mask = table.is_document.copy()
        if request.doc_type:
            doc_type = aliases.doc_type(request.doc_type)
            if doc_type is None:
                raise QuerySyntaxError(f"okänd dokumenttyp '{request.doc_type}'")
            mask &= table.mask("type", [doc_type])
        if request.date_from or request.date_to:
            start = date_range(request.date_from)[0] if request.date_from else None
            stop = date_range(request.date_to)[1] if request.date_to else None
            mask &= table.date_mask(start, stop)
        if request.entity:
            wanted = fold(request.entity).strip()
            either = np.zeros_like(mask)
            for facet in ENTITY_FACETS:
                either |= table.mask(facet, [wanted, fold(aliases.canonical(facet, wanted))])
            mask &= either
        for name, values in (request.filters or {}).items():
            if name not in FACET_NAMES:
                raise QuerySyntaxError(f"okänd fasett '{name}'")
            values = [v for v in values if v]
            if not values:
                continue
            if name == "type":
                types = [aliases.doc_type(v) for v in values]
                if None in types:
                    raise QuerySyntaxError(f"okänd dokumenttyp bland {', '.join(values)}")
                mask &= table.mask("type", [t for t in types if t])
            else:
                mask &= table.mask(name, [fold(aliases.canonical(name, v)) for v in values])
        return mask

    def search(self, request: SearchRequest) -> SearchResponse:
        """Documents matching ``request``; never raises for a bad query (see ``note``).

        The request's options filter on the column arrays of ``search.facets``; only the
        query itself walks postings, and only those of document records.
        """
        page = max(1, int(request.page or 1))
        limit = max(1, min(MAX_LIMIT, int(request.limit or 10)))
        notes: list[str] = []
        try:
            parsed = parse(request.query or "")
        except QuerySyntaxError as exc:
            parsed = plain_words(request.query or "")
            notes.append(f"Frågan kunde inte tolkas ({exc}); sökte på orden i stället.")
        if parsed.query is None and (request.query or "").strip():
            notes.append("Frågan innehöll bara vanliga småord; visar alla dokument.")

        with self._searcher() as searcher:
            table = self._facet_table(searcher)
            try:
                allowed = self._filter_mask(request, table)
            except QuerySyntaxError as exc:
                notes.append(f"Ett filter ignorerades: {exc}.")
                allowed = table.is_document
            cache = QueryCache()  # postings and phrase masks, read once per request
            docs, rank_query = self._matching(searcher, parsed, allowed, table, cache)
            if not docs.size:
                looser = loosen(parsed)
                if looser is not None:
                    looser_docs, looser_rank = self._matching(
                        searcher, looser, allowed, table, cache
                    )
                    if looser_docs.size:
                        parsed, docs, rank_query = looser, looser_docs, looser_rank
                        notes.append(
                            "Inget dokument innehöll alla orden; visar dokument med något av dem."
                        )
            by_date = request.sort == "date" or not parsed.has_text or rank_query is None
            first = (page - 1) * limit
            if not docs.size:
                hits = []
            elif by_date:
                # newest first straight from the date column (no scoring needed)
                order = np.lexsort((docs, -table.dates[docs]))
                hits = [
                    self._hit(searcher.stored_fields(int(n)), 0.0, parsed)
                    for n in docs[order[first : first + limit]]
                ]
            else:
                assert rank_query is not None
                hits = self._ranked_hits(searcher, rank_query, docs, first, limit, parsed, cache)
            facets = table.counts(docs)
        return SearchResponse(
            total=len(docs),
            hits=hits,
            facets=facets,
            note=" ".join(notes) or None,
            page=page,
            limit=limit,
        )

    def _ranked_hits(
        self,
        searcher: Searcher,
        rank_query: wq.Query,
        docs: np.ndarray,
        first: int,
        limit: int,
        parsed: ParsedQuery,
        cache: QueryCache,
    ) -> list[SearchHit]:
        """Hits ``first`` to ``first + limit`` of ``docs`` by BM25F score.

        Queries of plain terms are scored with numpy over all of ``docs`` at once
        (``search.scoring``, Whoosh's formula and statistics); others by Whoosh's
        collector.  Ties: the lower document number first, as in Whoosh.
        """
        size = searcher.doc_count_all()
        within = np.zeros(size, dtype=bool)
        within[docs] = True
        scores = query_scores(searcher, rank_query, size, within, cache)
        if scores is None:
            results = searcher.search(rank_query, filter=set(docs.tolist()), limit=first + limit)
            return [
                self._hit(results[i].fields(), results[i].score, parsed)
                for i in range(first, results.scored_length())
            ]
        ranked = scores[docs]
        stop = min(len(docs), first + limit)
        if stop <= first:
            return []
        if stop < len(docs):  # only the best ``stop`` need sorting
            best = np.argpartition(-ranked, stop - 1)[:stop]
            # ties at the cut: keep the lowest document numbers, as a full sort would
            cut = ranked[best].min()
            best = np.union1d(best, np.nonzero(ranked == cut)[0])
        else:
            best = np.arange(len(docs))
        order = best[np.lexsort((docs[best], -ranked[best]))][first:stop]
        return [
            self._hit(searcher.stored_fields(int(docs[i])), float(ranked[i]), parsed) for i in order
        ]

    def _facet_table(self, searcher: Searcher) -> FacetTable:
        reader = searcher.reader()
        # segment ids are random per segment: an index re-created at the same path with
        # the same generation number does not reuse a stale table
        segments = tuple(r.segment().segment_id() for r, _ in reader.leaf_readers() if r.segment())
        key = (os.path.realpath(self.index_dir), reader.generation(), segments)
        return facet_table(key, reader)

    @staticmethod
    def _matching(
        searcher: Searcher,
        parsed: ParsedQuery,
        allowed: np.ndarray,
        table: FacetTable,
        cache: QueryCache | None = None,
    ) -> tuple[np.ndarray, wq.Query | None]:
        """Live document numbers (sorted array) that match the query and are ``allowed``,
        and the part of the query left for ranking.

        Conditions of the query that are plain filters (``typ:``, ``år:``, ``datum:``,
        entity fields) and stand in its top-level AND are evaluated on the column arrays
        too; only the rest walks postings.
        """
        rest, masks = split_filters(parsed.query, table)
        mask = allowed.copy()  # live documents only (see FacetTable.is_document)
        for condition in masks:
            mask &= condition
        # top-level negations (INTE x) are subtracted as sets, not walked doc by doc
        parts = list(rest.subqueries) if isinstance(rest, wq.And) else [rest]
        negated = [p.query for p in parts if isinstance(p, wq.Not)]
        positive = [p for p in parts if p is not None and not isinstance(p, wq.Not)]
        rest = None if not positive else positive[0] if len(positive) == 1 else wq.And(positive)
        # postings read in bulk into arrays (search.docsets), not walked doc by doc
        if rest is not None:
            mask &= query_mask(searcher, rest, len(mask), mask, cache)
        for inner in negated:
            if mask.any():
                mask &= ~query_mask(searcher, inner, len(mask), mask)
        return np.nonzero(mask)[0], rest

    @staticmethod
    def _hit(fields: dict[str, Any], score: float, parsed: ParsedQuery) -> SearchHit:
        return SearchHit(
            id=fields["doc_id"],
            source=fields.get("source", ""),
            title=fields.get("title", ""),
            doc_type=fields.get("doc_type", "other"),
            date=fields.get("date") or None,
            score=round(float(score or 0.0), 4),
            snippet=snippets.snippet(fields.get("text", ""), parsed.terms, parsed.prefixes),
            reference=fields.get("reference") or None,
            authors=[Author(**p) for p in fields.get("authors") or []],
        )

    # ------------------------------------------------------------------ links
    def _stored(self, searcher: Searcher, doc_id: str) -> linking.StoredDoc | None:
        q = wq.And([wq.Term("doc_id", doc_id), _DOCUMENT])
        for docnum in searcher.docs_for_query(q):
            return linking.StoredDoc(docnum, searcher.stored_fields(docnum))
        return None

    def linked_documents(self, doc_id: str) -> list[LinkedDocument]:
        """Documents linked to ``doc_id``: the interpellation it answers, its answers,
        and other documents with the same reference number (oldest first in each)."""
        with self._searcher() as searcher:
            doc = self._stored(searcher, doc_id)
            if doc is None:
                return []
            found: list[tuple[linking.StoredDoc, str]] = []
            asked = linking.interpellation_of(searcher, doc)
            if asked is not None:
                found.append((asked, "answers"))
            if doc.fields.get("doc_type") == "interpellation":
                answers = linking.answers_to(searcher, doc)
                found.extend((answer, "answered_by") for answer in answers)
            seen = {doc.id} | {d.id for d, _ in found}
            for other in linking.same_matter(searcher, doc):
                if other.id not in seen:
                    seen.add(other.id)
                    found.append((other, "same_matter"))
        return [
            LinkedDocument(
                id=d.id,
                source=d.fields.get("source", ""),
                title=d.fields.get("title", ""),
                doc_type=d.fields.get("doc_type", "other"),
                date=d.date or None,
                reference=d.fields.get("reference") or None,
                relation=relation,
            )
            for d, relation in found
        ]

    # ------------------------------------------------------------------ trace
    def trace(self, query: str) -> TraceResult:
        """The chronological story of a matter; see ``search.trace``."""
        from search.trace import build_trace

        notes: list[str] = []
        try:
            parsed = parse(query or "")
            sub_parsed = parse(query or "", SUB_TEXT_FIELDS)
        except QuerySyntaxError as exc:
            parsed = plain_words(query or "")
            sub_parsed = plain_words(query or "", text_fields=SUB_TEXT_FIELDS)
            notes.append(f"Frågan kunde inte tolkas ({exc}); sökte på orden i stället.")
        if parsed.query is None or sub_parsed.query is None:
            notes.append("Ange vad som ska spåras, t.ex. ett ämne, en plats eller en åtgärd.")
            return TraceResult(query=query, events=[], note=" ".join(notes))
        with self._searcher() as searcher:
            events, trace_notes = build_trace(searcher, parsed, sub_parsed, TRACE_MAX_DOCUMENTS)
        notes.extend(trace_notes)
        return TraceResult(query=query, events=events, note=" ".join(notes) or None)

    # ------------------------------------------------------------------ entities
    def entities(self, label: str | None = None) -> list[EntityCount]:
        """Canonical entities with the number of documents mentioning them, most first.

        ``PERSON`` includes the documents' authors and ``PARTY`` the authors' parties.
        """
        labels = [label] if label else list(ENTITY_LABELS)
        unknown = [name for name in labels if name not in LABEL_FACETS]
        if unknown:
            raise ValueError(f"okänd entitetstyp: {', '.join(unknown)}")
        with self._searcher() as searcher:
            table = self._facet_table(searcher)
            docs, _ = self._matching(searcher, ParsedQuery(None), table.is_document, table)
            counts = table.counts(docs, limit=None)
        found = [
            EntityCount(name, value.value, value.count)
            for name in labels
            for value in counts[LABEL_FACETS[name]]
        ]
        return sorted(found, key=lambda e: (-e.count, e.label, e.canonical))

    def entity_overview(self, label: str, canonical: str) -> EntityOverview:
        """Documents and commitments about one entity, newest first, and documents per year."""
        facet = LABEL_FACETS.get(label)
        if facet is None:
            raise ValueError(f"okänd entitetstyp: {label}")
        key = fold(canonical).strip()
        documents: list[EntityDocument] = []
        commitments: list[EntityCommitment] = []
        with self._searcher() as searcher:
            q = wq.And([_DOCUMENT, wq.Term(f"f_{facet}", key)])
            for docnum in searcher.docs_for_query(q):
                f = searcher.stored_fields(docnum)
                documents.append(
                    EntityDocument(
                        id=f["doc_id"],
                        source=f.get("source", ""),
                        title=f.get("title", ""),
                        doc_type=f.get("doc_type", "other"),
                        date=f.get("date") or None,
                    )
                )
            q = wq.And(
                [
                    wq.Or([wq.Term("kind", "commitment"), wq.Term("kind", "decline")]),
                    wq.Term("entity", key),
                ]
            )
            for docnum in searcher.docs_for_query(q):
                f = searcher.stored_fields(docnum)
                commitments.append(
                    EntityCommitment(
                        doc_id=f["doc_id"],
                        source=f.get("source", ""),
                        date=f.get("date") or None,
                        kind=f.get("kind", "commitment"),
                        text=f.get("sub_text", ""),
                        actor=f.get("actor"),
                        deadline=f.get("deadline"),
                    )
                )
        documents.sort(key=lambda d: (d.date or "", d.id), reverse=True)
        commitments.sort(key=lambda c: (c.date or "", c.doc_id), reverse=True)
        per_year: dict[str, int] = {}
        for doc in documents:
            if doc.date:
                per_year[doc.date[:4]] = per_year.get(doc.date[:4], 0) + 1
        return EntityOverview(
            label=label,
            canonical=canonical,
            documents=documents,
            commitments=commitments,
            per_year=dict(sorted(per_year.items())),
        )


__all__ = ["SUB_KINDS", "SearchIndex"]
