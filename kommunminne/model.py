"""The one typed document model passed between the pipeline stages.

ingest  -> Document with pages, text and metadata
nlp     -> fills Document.entities, .commitments (and .topics at index time)
search  -> indexes Documents and their commitments
webapp  -> reads Documents back from the store

``Document.to_dict()`` is the public JSON contract of ``kommunminne extract --json``:
exactly the keys in ``DOCUMENT_KEYS``.  Page provenance is kept without extra keys:
``Document.text`` is the concatenation of the page texts, each joined to the next by
one of ``PAGE_JOINS`` (a paragraph break, a space for a paragraph that runs over the page
break, or nothing for a word hyphenated across it), so every character offset maps
back to its page (``Document.page_at``).
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any

DOC_TYPES: tuple[str, ...] = (
    "interpellation",
    "answer",
    "motion",
    "letter",
    "minutes",
    "report",
    "decision",
    "other",
)

#: Swedish display names for the document types (used by the web interface and CLI).
DOC_TYPE_LABELS_SV: dict[str, str] = {
    "interpellation": "Interpellation",
    "answer": "Svar på interpellation",
    "motion": "Motion",
    "letter": "Skrivelse",
    "minutes": "Protokoll",
    "report": "Rapport",
    "decision": "Beslut",
    "other": "Övrigt",
}

ENTITY_LABELS: tuple[str, ...] = (
    "DISTRICT",
    "AGENCY",
    "COUNCIL_BODY",
    "MEASURE",
    "PERSON",
    "PARTY",
)

STANCES: tuple[str, ...] = ("commit", "decline")

PAGE_JOINS: tuple[str, ...] = ("\n\n", " ", "")

DOCUMENT_KEYS: tuple[str, ...] = (
    "source",
    "sha256",
    "doc_type",
    "title",
    "date",
    "reference",
    "authors",
    "addressed",
    "pages",
    "text",
    "questions",
    "proposals",
    "entities",
    "commitments",
    "topics",
)


@dataclass
class Person:
    """An author or an addressee: ``Karin Lindqvist (M), Kommunstyrelsens ordförande``."""

    name: str
    party: str | None = None
    role: str | None = None


@dataclass
class Page:
    number: int  # 1-based page number in the PDF
    text: str  # cleaned text of the page (a slice of Document.text)
    ocr: bool = False  # True when the text came from OCR


@dataclass
class Entity:
    text: str  # surface form as it stands in Document.text
    label: str  # one of ENTITY_LABELS
    canonical: str  # canonical name (aliases, inflections and genitives folded)
    start: int  # character offsets into Document.text
    end: int
    page: int  # page number of ``start``


@dataclass
class Commitment:
    text: str  # the sentence
    stance: str  # "commit" or "decline"
    actor: str | None  # who commits, resolved from the text and the document's author
    deadline: str | None  # ISO date (end of the period named) or None
    entities: list[str]  # canonical names of the entities the commitment concerns
    page: int
    start: int
    end: int


@dataclass
class Topic:
    label: str
    score: float


@dataclass
class Document:
    source: str  # file name
    sha256: str  # of the file's bytes
    doc_type: str = "other"
    title: str = ""
    date: str | None = None  # ISO date
    reference: str | None = None  # diarienummer, e.g. KSN-2019-0214 or 2016/17:591
    authors: list[Person] = field(default_factory=list)
    addressed: list[Person] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    text: str = ""
    questions: list[str] = field(default_factory=list)
    proposals: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    #: Problems that did not stop extraction (e.g. OCR unavailable). Not part of the JSON contract.
    warnings: list[str] = field(default_factory=list, compare=False)

    # ------------------------------------------------------------------ identity
    @property
    def id(self) -> str:
        """Stable document id: the first 16 hex digits of the file's SHA-256."""
        return self.sha256[:16]

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    # ---------------------------------------------------------------- provenance
    def page_starts(self) -> list[int]:
        """Offset in ``text`` at which each page's text begins."""
        starts: list[int] = []
        pos = 0
        for page in self.pages:
            found = self.text.find(page.text, pos) if page.text else pos
            if found < 0:  # inconsistent model; fall back to the running position
                found = pos
            starts.append(found)
            pos = found + len(page.text)
        return starts

    def page_at(self, offset: int) -> int:
        """Page number (1-based) of the character at ``offset`` in ``text``."""
        if not self.pages:
            return 1
        starts = self.page_starts()
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.pages[index].number

    # ---------------------------------------------------------------------- JSON
    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``kommunminne extract --json`` (exactly DOCUMENT_KEYS)."""
        data = asdict(self)
        return {key: data[key] for key in DOCUMENT_KEYS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            source=data["source"],
            sha256=data["sha256"],
            doc_type=data.get("doc_type") or "other",
            title=data.get("title") or "",
            date=data.get("date"),
            reference=data.get("reference"),
            authors=[Person(**p) for p in data.get("authors", [])],
            addressed=[Person(**p) for p in data.get("addressed", [])],
            pages=[Page(**p) for p in data.get("pages", [])],
            text=data.get("text", ""),
            questions=list(data.get("questions", [])),
            proposals=list(data.get("proposals", [])),
            entities=[Entity(**e) for e in data.get("entities", [])],
            commitments=[Commitment(**c) for c in data.get("commitments", [])],
            topics=[Topic(**t) for t in data.get("topics", [])],
            warnings=list(data.get("warnings", [])),
        )
