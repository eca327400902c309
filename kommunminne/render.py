"""Plain-text rendering of documents, search results and traces for the CLI (Swedish)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kommunminne.model import DOC_TYPE_LABELS_SV, Document, Person

if TYPE_CHECKING:  # pragma: no cover
    from search import SearchResponse, TraceResult


def person_as_text(person: Person) -> str:
    text = person.name
    if person.party:
        text += f" ({person.party})"
    if person.role:
        text += f", {person.role}"
    return text


def document_as_text(document: Document) -> str:
    lines = [
        f"Fil:        {document.source}",
        f"Typ:        {DOC_TYPE_LABELS_SV.get(document.doc_type, document.doc_type)}",
        f"Titel:      {document.title}",
        f"Datum:      {document.date or '–'}",
        f"Diarienr:   {document.reference or '–'}",
        f"Av:         {'; '.join(map(person_as_text, document.authors)) or '–'}",
        f"Till:       {'; '.join(map(person_as_text, document.addressed)) or '–'}",
        f"Sidor:      {len(document.pages)}"
        + (
            f" (varav OCR: {sum(p.ocr for p in document.pages)})"
            if any(p.ocr for p in document.pages)
            else ""
        ),
    ]
    for number, question in enumerate(document.questions, 1):
        lines.append(f"Fråga {number}:    {question}")
    for proposal in document.proposals:
        lines.append(f"Att-sats:   {proposal}")
    for commitment in document.commitments:
        verb = "Löfte" if commitment.stance == "commit" else "Avslag"
        deadline = f" [senast {commitment.deadline}]" if commitment.deadline else ""
        lines.append(f"{verb}:      {commitment.actor or '?'}: {commitment.text}{deadline}")
    lines.append("")
    lines.append(document.text)
    return "\n".join(lines)


def search_response_as_text(response: SearchResponse) -> str:  # implemented with search/
    raise NotImplementedError


def trace_as_text(result: TraceResult) -> str:  # implemented with search/
    raise NotImplementedError
