"""The search layer's own request and result types (engine-independent).

The web layer and the CLI see only these dataclasses and ``SearchIndex``'s methods,
never Whoosh objects, so the engine could be replaced without touching them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Facet names accepted in ``SearchRequest.filters`` and returned in ``SearchResponse.facets``.
FACET_NAMES: tuple[str, ...] = (
    "type",
    "year",
    "party",
    "district",
    "agency",
    "body",
    "measure",
    "topic",
    "person",
)

#: Event kinds of a trace, and their order within one document on the same date.
EVENT_KINDS: tuple[str, ...] = ("question", "proposal", "commitment", "decline", "mention")

SORTS: tuple[str, ...] = ("relevance", "date")


class IndexMissingError(Exception):
    """There is no index at the given place; the message (Swedish) tells what to do."""


class IndexFormatError(IndexMissingError):
    """The index was built by an earlier version with other fields; ``reindex`` rebuilds
    it (a subclass of IndexMissingError, so callers that handle that handle this)."""


class IndexBusyError(Exception):
    """Another writer holds the index lock longer than the timeout (message in Swedish)."""


@dataclass
class SearchRequest:
    query: str = ""
    doc_type: str | None = None  # a DOC_TYPES value or a Swedish name ("svar", "protokoll")
    date_from: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
    date_to: str | None = None  # inclusive
    entity: str | None = None  # canonical name of an entity of any label
    #: facet name (FACET_NAMES) -> accepted values; values of one facet are OR-ed, facets AND-ed
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"  # or "date" (newest first)
    page: int = 1  # 1-based
    limit: int = 10  # hits per page


@dataclass
class Author:
    name: str
    party: str | None = None
    role: str | None = None


@dataclass
class SearchHit:
    id: str
    source: str
    title: str
    doc_type: str
    date: str | None
    score: float
    snippet: str  # HTML-safe: escaped text, matched words in <mark>…</mark>
    reference: str | None = None
    authors: list[Author] = field(default_factory=list)


@dataclass
class FacetValue:
    value: str
    count: int


@dataclass
class SearchResponse:
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    note: str | None = None  # Swedish; set when the query was reinterpreted
    page: int = 1
    limit: int = 10

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``kommunminne search --json`` and ``/api/search``."""
        return {
            "total": self.total,
            "hits": [asdict(hit) for hit in self.hits],
            "facets": {
                name: [asdict(value) for value in values] for name, values in self.facets.items()
            },
            "note": self.note,
            "page": self.page,
            "limit": self.limit,
        }


@dataclass
class TraceEvent:
    date: str | None
    doc_id: str
    source: str
    doc_type: str
    title: str
    kind: str  # one of EVENT_KINDS
    text: str  # plain text (not HTML)
    actor: str | None = None
    deadline: str | None = None  # commitments only
    #: the other document of an interpellation/answer pair, if any
    related_doc_id: str | None = None
    #: for events of an answer: the id of the interpellation it answers
    answers: str | None = None
    reference: str | None = None


@dataclass
class TraceResult:
    query: str
    events: list[TraceEvent]
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``kommunminne trace --json``."""
        return {
            "query": self.query,
            "events": [asdict(event) for event in self.events],
            "note": self.note,
        }


@dataclass
class LinkedDocument:
    """A document linked to another: ``relation`` is ``answers`` (this document answers
    the other), ``answered_by`` (this document is answered by the other) or
    ``same_matter`` (shares the reference number, e.g. a follow-up or a report)."""

    id: str
    source: str
    title: str
    doc_type: str
    date: str | None
    reference: str | None
    relation: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EntityCount:
    label: str
    canonical: str
    count: int  # documents mentioning it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EntityDocument:
    id: str
    source: str
    title: str
    doc_type: str
    date: str | None


@dataclass
class EntityCommitment:
    doc_id: str
    source: str
    date: str | None
    kind: str  # commitment or decline
    text: str
    actor: str | None
    deadline: str | None


@dataclass
class EntityOverview:
    label: str
    canonical: str
    documents: list[EntityDocument]  # newest first
    commitments: list[EntityCommitment]  # newest first
    per_year: dict[str, int]  # year -> documents mentioning it, ascending years

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
