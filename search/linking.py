"""Linking an answer to the interpellation it answers (and documents of the same matter).

Evidence, scored (a link needs at least ``MIN_SCORE``):

* the same reference number (diarienummer)                                   +3
* the same subject: ``"Svar på interpellation om X"`` ↔ ``"Interpellation om X"``  +3
* the answer names the asker: an author of the interpellation is among the
  answer's addressees, or named in its text                                  +2
* the answerer is the one the interpellation was addressed to                  +1

Only interpellations dated on or before the answer are candidates (undated ones
too); among equal scores the latest interpellation wins.  Candidates are fetched from
the index by reference number, subject and the asker's name, so the cost does not
grow with the size of the index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whoosh import query as wq
from whoosh.searching import Searcher

from kommunminne.textnorm import fold
from search.schema import name_key, reference_key

MIN_SCORE = 3


@dataclass
class StoredDoc:
    docnum: int
    fields: dict[str, Any]

    @property
    def id(self) -> str:
        return self.fields["doc_id"]

    @property
    def date(self) -> str:
        return self.fields.get("date") or ""


def _keys(fields: dict[str, Any], name: str) -> list[str]:
    return [name_key(p["name"]) for p in fields.get(name) or [] if p.get("name")]


def _score(interpellation: dict[str, Any], answer: dict[str, Any], answer_text: str) -> int:
    score = 0
    ref = interpellation.get("reference") or ""
    if ref and reference_key(ref) == reference_key(answer.get("reference")):
        score += 3
    subject = interpellation.get("subject_key") or ""
    if subject and subject == answer.get("subject_key"):
        score += 3
    askers = _keys(interpellation, "authors")
    addressed = set(_keys(answer, "addressed"))
    text = fold(answer_text)
    if any(name in addressed or (name and name in text) for name in askers):
        score += 2
    if set(_keys(interpellation, "addressed")) & set(_keys(answer, "authors")):
        score += 1
    return score


def _documents(searcher: Searcher, q: wq.Query, doc_type: str) -> list[StoredDoc]:
    full = wq.And([q, wq.Term("kind", "document"), wq.Term("doc_type", doc_type)])
    return [StoredDoc(n, searcher.stored_fields(n)) for n in searcher.docs_for_query(full)]


def _candidate_query(fields: dict[str, Any], names_field: str, names: list[str]) -> wq.Query:
    options: list[wq.Query] = []
    if fields.get("reference"):
        options.append(wq.Term("reference_key", reference_key(fields["reference"])))
    if fields.get("subject_key"):
        options.append(wq.Term("subject_key", fields["subject_key"]))
    options.extend(wq.Term(names_field, name) for name in names if name)
    return wq.Or(options) if options else wq.NullQuery


def interpellation_of(searcher: Searcher, answer: StoredDoc) -> StoredDoc | None:
    """The interpellation ``answer`` answers, or None."""
    if answer.fields.get("doc_type") != "answer":
        return None
    q = _candidate_query(answer.fields, "author_keys", _keys(answer.fields, "addressed"))
    best: tuple[int, str, StoredDoc] | None = None
    for candidate in _documents(searcher, q, "interpellation"):
        if answer.date and candidate.date and candidate.date > answer.date:
            continue
        score = _score(candidate.fields, answer.fields, answer.fields.get("text") or "")
        if score >= MIN_SCORE and (best is None or (score, candidate.date) > best[:2]):
            best = (score, candidate.date, candidate)
    return best[2] if best else None


def answers_to(searcher: Searcher, interpellation: StoredDoc) -> list[StoredDoc]:
    """The answers whose best interpellation is ``interpellation``, oldest first."""
    fields = interpellation.fields
    q = _candidate_query(fields, "addressed_keys", _keys(fields, "authors"))
    found = []
    for candidate in _documents(searcher, q, "answer"):
        if interpellation.date and candidate.date and candidate.date < interpellation.date:
            continue
        best = interpellation_of(searcher, candidate)
        if best is not None and best.id == interpellation.id:
            found.append(candidate)
    return sorted(found, key=lambda d: d.date)


def same_matter(searcher: Searcher, doc: StoredDoc) -> list[StoredDoc]:
    """Other documents with the same reference number, oldest first."""
    ref = doc.fields.get("reference")
    if not ref:
        return []
    q = wq.And([wq.Term("reference_key", reference_key(ref)), wq.Term("kind", "document")])
    found = [
        StoredDoc(n, searcher.stored_fields(n))
        for n in searcher.docs_for_query(q)
        if n != doc.docnum
    ]
    return sorted(found, key=lambda d: d.date)
