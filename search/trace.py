"""Tracing a matter over time: the events of the documents that match a query.

Events
------
* ``question`` (an interpellation's numbered questions), ``proposal`` (a motion's
  att-clauses), ``commitment`` and ``decline``: the sub-records that match the query;
* ``mention``: a matching document none of whose sub-records match gets one event,
  its sentence with the most query words (or its title).

Pairs
-----
An answer and the interpellation it answers (``search.linking``) are shown together:
when either matches, the other is brought in (an answer with its commitments and
declines, an interpellation with its questions), every event of the pair carries the
other's id in ``related_doc_id``, and the answer's events carry ``answers``.  The
questions an answer quotes are shown once, at the interpellation.

Order
-----
Oldest first.  A pair is one group dated by the interpellation, so the answer's
events follow the interpellation's immediately even when other documents are dated
between them (each event keeps its own date).  Undated documents come last.  Within a
date, documents are ordered by type (interpellation, motion, answer, then the rest)
and title; within a document, events keep the document's order (questions, proposals,
then commitments and declines as they stand in the text), and a mention comes last.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq
from whoosh.searching import Searcher

from search import linking, snippets
from search.query import ParsedQuery
from search.records import TraceEvent
from search.schema import SUB_KINDS

_SUBS = wq.Or([wq.Term("kind", kind) for kind in SUB_KINDS])
_DOCUMENT = wq.Term("kind", "document")
#: order of document types on the same date
_TYPE_ORDER = {"interpellation": 0, "motion": 1, "answer": 2}
_NO_DATE = "9999-99-99"


@dataclass
class _Doc:
    stored: linking.StoredDoc
    matched: bool = False  # the document itself matched the query
    subs: dict[int, dict[str, Any]] = field(default_factory=dict)  # ordinal -> fields
    related: str | None = None
    answers: str | None = None
    group: str = ""


def _subs_of(searcher: Searcher, doc_id: str, kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    q = wq.And([wq.Term("doc_id", doc_id), wq.Or([wq.Term("kind", k) for k in kinds])])
    return [searcher.stored_fields(n) for n in searcher.docs_for_query(q)]


def _document(searcher: Searcher, doc_id: str) -> linking.StoredDoc | None:
    for docnum in searcher.docs_for_query(wq.And([wq.Term("doc_id", doc_id), _DOCUMENT])):
        return linking.StoredDoc(docnum, searcher.stored_fields(docnum))
    return None


def build_trace(
    searcher: Searcher, parsed: ParsedQuery, sub_parsed: ParsedQuery, max_documents: int
) -> tuple[list[TraceEvent], list[str]]:
    notes: list[str] = []
    docs: dict[str, _Doc] = {}
    assert parsed.query is not None
    ranked = searcher.search(wq.And([parsed.query, _DOCUMENT]), limit=max_documents)
    if len(ranked) > max_documents:
        notes.append(
            f"{len(ranked)} dokument matchade; spåret visar de {max_documents} mest relevanta."
        )
    for hit in ranked:
        stored = linking.StoredDoc(hit.docnum, hit.fields())
        docs[stored.id] = _Doc(stored, matched=True)
    assert sub_parsed.query is not None
    for docnum in searcher.docs_for_query(wq.And([sub_parsed.query, _SUBS])):
        sub = searcher.stored_fields(docnum)
        doc = docs.get(sub["doc_id"])
        if doc is None:
            if len(docs) >= max_documents:
                continue
            stored = _document(searcher, sub["doc_id"])
            if stored is None:
                continue
            doc = docs[stored.id] = _Doc(stored)
        doc.subs[sub["ordinal"]] = sub

    # pairs: bring in the other half and link both ways
    for doc in list(docs.values()):
        doc_type = doc.stored.fields.get("doc_type")
        if doc_type == "answer" and doc.related is None:
            other = linking.interpellation_of(searcher, doc.stored)
            partners = [other] if other is not None else []
            interpellation_id = other.id if other is not None else None
        elif doc_type == "interpellation":
            partners = linking.answers_to(searcher, doc.stored)
            interpellation_id = doc.stored.id
        else:
            continue
        for partner in partners:
            if partner.id not in docs:
                kinds = ("question",) if doc_type == "answer" else ("commitment", "decline")
                brought = docs[partner.id] = _Doc(partner)
                for sub in _subs_of(searcher, partner.id, kinds):
                    brought.subs[sub["ordinal"]] = sub
            other_doc = docs[partner.id]
            doc.related, other_doc.related = partner.id, doc.stored.id
            for member in (doc, other_doc):
                member.group = interpellation_id or ""
                if member.stored.fields.get("doc_type") == "answer":
                    member.answers = interpellation_id

    # order: groups by their first date, then documents, then events
    group_dates: dict[str, str] = {}
    for doc in docs.values():
        key = doc.group or doc.stored.id
        date = doc.stored.date or _NO_DATE
        group_dates[key] = min(group_dates.get(key, _NO_DATE), date)

    def doc_key(doc: _Doc) -> tuple[Any, ...]:
        group = doc.group or doc.stored.id
        fields = doc.stored.fields
        return (
            group_dates[group],
            group,
            doc.stored.date or _NO_DATE,
            _TYPE_ORDER.get(fields.get("doc_type", ""), 3),
            fields.get("title", ""),
            doc.stored.id,
        )

    events: list[TraceEvent] = []
    for doc in sorted(docs.values(), key=doc_key):
        events.extend(_events(doc, parsed))
    return events, notes


def _events(doc: _Doc, parsed: ParsedQuery) -> list[TraceEvent]:
    fields = doc.stored.fields
    common = {
        "date": doc.stored.date or None,
        "doc_id": doc.stored.id,
        "source": fields.get("source", ""),
        "doc_type": fields.get("doc_type", "other"),
        "title": fields.get("title", ""),
        "related_doc_id": doc.related,
        "answers": doc.answers,
        "reference": fields.get("reference") or None,
    }
    # ordinals follow the document: questions, proposals, commitments/declines in text order
    subs = sorted(doc.subs.values(), key=lambda s: s["ordinal"])
    if doc.answers is not None:
        # an answer quotes the questions it answers: they are shown once, with the
        # interpellation just before it
        subs = [sub for sub in subs if sub["kind"] != "question"]
    events = [
        TraceEvent(
            **common,
            kind=sub["kind"],
            text=sub.get("sub_text", ""),
            actor=sub.get("actor"),
            deadline=sub.get("deadline"),
        )
        for sub in subs
    ]
    if not events:
        text = fields.get("text", "")
        sentence = snippets.best_sentence(text, parsed.terms, parsed.prefixes)
        authors = fields.get("authors") or []
        events.append(
            TraceEvent(
                **common,
                kind="mention",
                text=sentence or fields.get("title", ""),
                actor=authors[0]["name"] if authors else None,
            )
        )
    return events
