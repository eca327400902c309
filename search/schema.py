"""The Whoosh schema and the conversion of Documents into index records.

One index holds two kinds of records, told apart by ``kind``; their words are in
different fields (``title``/``text``/``names`` for documents, ``sub_text`` for
sub-records), so a text query for documents never walks the sub-records' postings:

* ``document``: one per Document (``id`` == ``doc_id`` == ``Document.id``);
* ``question``, ``proposal``, ``commitment``, ``decline``: one per interpellation
  question, motion att-clause and commitment/decline of a document
  (``id`` = ``<doc_id>:<n>``), linked to their document by ``doc_id`` and carrying the
  document's date, type and title so that a trace needs no second look-up.

Replacing or deleting a document is one ``delete_by_term("doc_id", id)``.

Facet values (the canonical entities per label, parties, topics, people) are indexed
folded for filtering (KEYWORD fields ``f_<facet>``) and kept in their display form in
the ``facet_data`` column (JSON), which ``search.facets`` reads once per index
generation to count facets without touching postings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from kommunminne.model import Document, Person
from kommunminne.textnorm import fold
from search import aliases
from search.analysis import swedish_analyzer

#: facet name -> entity label whose canonical names fill it
ENTITY_FACETS: dict[str, str] = {
    "district": "DISTRICT",
    "agency": "AGENCY",
    "body": "COUNCIL_BODY",
    "measure": "MEASURE",
    "person": "PERSON",
    "party": "PARTY",
}
#: facets with a keyword field f_<name> (type and year use their own fields)
KEYWORD_FACETS: tuple[str, ...] = (
    "party",
    "district",
    "agency",
    "body",
    "measure",
    "topic",
    "person",
)

TITLE_BOOST = 3.0
SNIPPET_TEXT_LIMIT = 200_000  # characters of text stored per document

SUB_KINDS: tuple[str, ...] = ("question", "proposal", "commitment", "decline")


def build_schema() -> Schema:
    analyzer = swedish_analyzer()
    fields: dict[str, Any] = {
        "id": ID(stored=True, unique=True),
        "doc_id": ID(stored=True, sortable=True),
        "kind": ID(stored=True),
        "ordinal": NUMERIC(stored=True),  # position of a sub-record in its document
        "source": ID(stored=True),
        "doc_type": ID(stored=True, sortable=True),
        "date": ID(stored=True, sortable=True),  # ISO date, "" when unknown
        "year": ID(stored=True, sortable=True),
        "reference": ID(stored=True),
        "reference_key": ID(),  # folded reference number, for queries and linking
        "title": TEXT(analyzer=analyzer, stored=True, field_boost=TITLE_BOOST),
        "text": TEXT(analyzer=analyzer, stored=True, phrase=True),  # documents only
        "sub_text": TEXT(analyzer=analyzer, stored=True, phrase=True),  # sub-records only
        "date_num": NUMERIC(int, bits=32),  # YYYYMMDD, for date ranges in queries
        "names": TEXT(analyzer=analyzer),  # authors' and addressees' names, parties, roles
        "authors": STORED(),  # [{"name", "party", "role"}]
        "addressed": STORED(),
        "author_keys": KEYWORD(commas=True),  # folded names of the authors
        "addressed_keys": KEYWORD(commas=True),
        "subject_key": ID(stored=True),  # title without "Svar på interpellation om"
        "actor": STORED(),
        "deadline": STORED(),
        "entity": KEYWORD(commas=True),  # every canonical entity name, folded
        "facet_data": COLUMN(VarBytesColumn()),
    }
    for name in KEYWORD_FACETS:
        fields[f"f_{name}"] = KEYWORD(commas=True)
    return Schema(**fields)


# ------------------------------------------------------------------------ keys
_TITLE_PREFIX_RE = re.compile(
    r"^(?:svar\s+på\s+|besvarande\s+av\s+)?(?:skriftlig\s+fråga|fråga|interpellation)"
    r"(?:\s+\d{4}/\d{2}:\d+)?(?:\s+(?:till|från)\s+[^,]*?)?\s+(?:om|angående|gällande|kring|rörande)\s+",
    re.IGNORECASE,
)
_SPACE_RE = re.compile(r"\s+")


def subject_key(title: str) -> str:
    """The subject of an interpellation or answer title, folded.

    ``"Svar på interpellation om kameraövervakning i Gottsunda"`` and
    ``"Interpellation om kameraövervakning i Gottsunda"`` both give
    ``"kameraövervakning i gottsunda"``; other titles give their folded text.
    """
    title = _SPACE_RE.sub(" ", fold(title)).strip(" .")
    return _TITLE_PREFIX_RE.sub("", title, count=1).strip()


def reference_key(reference: str | None) -> str:
    return _SPACE_RE.sub("", fold(reference or ""))


def name_key(name: str) -> str:
    return _SPACE_RE.sub(" ", fold(name)).strip().replace(",", " ")


def facet_value(value: str) -> str:
    """A display value safe for a comma-separated KEYWORD field."""
    return _SPACE_RE.sub(" ", value.replace(",", " ")).strip()


def _keywords(values: list[str]) -> str:
    return ",".join(fold(facet_value(v)) for v in values if facet_value(v))


def _people(people: list[Person]) -> list[dict[str, str | None]]:
    return [{"name": p.name, "party": p.party, "role": p.role} for p in people]


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        value = facet_value(value)
        if value and fold(value) not in seen:
            seen[fold(value)] = value
    return list(seen.values())


def document_facets(doc: Document) -> dict[str, list[str]]:
    """Display values per keyword facet of a document."""
    by_label: dict[str, list[str]] = {label: [] for label in ENTITY_FACETS.values()}
    for entity in doc.entities:
        if entity.label in by_label:
            by_label[entity.label].append(entity.canonical)
    facets = {name: _unique(by_label[label]) for name, label in ENTITY_FACETS.items()}
    # the authors' parties first, by their canonical names (M -> Moderaterna)
    authors_parties = [aliases.party(p.party) or "" for p in doc.authors]
    facets["party"] = _unique(authors_parties + facets["party"])
    facets["person"] = _unique([p.name for p in doc.authors] + facets["person"])
    facets["topic"] = _unique([topic.label for topic in doc.topics])
    return facets


# --------------------------------------------------------------------- records
def records(doc: Document) -> Iterator[dict[str, Any]]:
    """The index records of a document: the document, then its sub-records."""
    facets = document_facets(doc)
    year = str(doc.year) if doc.year else ""
    common: dict[str, Any] = {
        "doc_id": doc.id,
        "source": doc.source,
        "doc_type": doc.doc_type,
        "date": doc.date or "",
        "year": year,
        "date_num": int(doc.date.replace("-", "")) if doc.date else 0,
        "reference": doc.reference or "",
        "reference_key": reference_key(doc.reference),
        "title": doc.title,
        "authors": _people(doc.authors),
        "addressed": _people(doc.addressed),
        "author_keys": ",".join(name_key(p.name) for p in doc.authors),
        "addressed_keys": ",".join(name_key(p.name) for p in doc.addressed),
        "subject_key": subject_key(doc.title),
    }
    names = " ".join(
        " ".join(filter(None, (p.name, p.party, p.role))) for p in doc.authors + doc.addressed
    )
    keyword_fields = {f"f_{name}": _keywords(values) for name, values in facets.items()}
    all_entities = _keywords([e.canonical for e in doc.entities])
    yield {
        **common,
        **keyword_fields,
        "id": doc.id,
        "kind": "document",
        "ordinal": 0,
        "text": doc.text[:SNIPPET_TEXT_LIMIT],
        "names": names,
        "entity": all_entities,
        "facet_data": json.dumps(
            {"type": doc.doc_type, "year": year, "date": doc.date or "", **facets},
            ensure_ascii=False,
        ).encode("utf-8"),
    }
    subs: list[tuple[str, str, str | None, str | None, list[str]]] = []
    default_actor = doc.authors[0].name if doc.authors else None
    subs += [("question", q, default_actor, None, []) for q in doc.questions]
    subs += [("proposal", p, default_actor, None, []) for p in doc.proposals]
    for commitment in doc.commitments:
        kind = "commitment" if commitment.stance == "commit" else "decline"
        subs.append(
            (kind, commitment.text, commitment.actor, commitment.deadline, commitment.entities)
        )
    for ordinal, (kind, text, actor, deadline, entities) in enumerate(subs, 1):
        yield {
            **common,
            **keyword_fields,  # so that field conditions (stadsdel:…) apply to sub-records too
            # the words of a sub-record are its own sentence only (not the title, not names)
            "title": "",
            "id": f"{doc.id}:{ordinal}",
            "kind": kind,
            "ordinal": ordinal,
            "sub_text": text,
            "actor": actor,
            "deadline": deadline,
            "entity": _keywords(entities),
            "facet_data": b"",
        }
