"""Plain-text rendering of documents, search results and traces for the CLI (Swedish)."""

from __future__ import annotations

import html
import re
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


_MARK_RE = re.compile(r"</?mark>")
_EVENT_LABELS_SV: dict[str, str] = {
    "question": "Fråga",
    "proposal": "Förslag",
    "commitment": "Löfte",
    "decline": "Avslag",
    "mention": "Omnämnande",
}


def _plain(snippet: str) -> str:
    """A snippet for the terminal: marks become *…*, HTML entities are decoded."""
    return html.unescape(_MARK_RE.sub("*", snippet))


def search_response_as_text(response: SearchResponse) -> str:
    lines: list[str] = []
    if response.note:
        lines.append(f"Obs: {response.note}")
    first = (response.page - 1) * response.limit + 1
    last = first + len(response.hits) - 1
    if not response.hits:
        lines.append(f"Inga träffar (totalt {response.total}).")
    else:
        lines.append(f"Träffar {first}–{last} av {response.total}:")
    for number, hit in enumerate(response.hits, first):
        kind = DOC_TYPE_LABELS_SV.get(hit.doc_type, hit.doc_type)
        lines.append("")
        lines.append(f"{number}. {hit.title or hit.source}")
        meta = [hit.date or "odaterat", kind, hit.source]
        if hit.reference:
            meta.append(hit.reference)
        lines.append("   " + " · ".join(meta))
        if hit.authors:
            lines.append(
                "   Av: "
                + "; ".join(person_as_text(Person(a.name, a.party, a.role)) for a in hit.authors)
            )
        if hit.snippet:
            lines.append("   " + _plain(hit.snippet))
    return "\n".join(lines)


def trace_as_text(result: TraceResult) -> str:
    lines: list[str] = []
    if result.note:
        lines.append(f"Obs: {result.note}")
    if not result.events:
        lines.append(f'Inga händelser hittades för "{result.query}".')
        return "\n".join(lines)
    lines.append(f'Spår för "{result.query}" ({len(result.events)} händelser, äldst först):')
    current = None
    for event in result.events:
        if event.doc_id != current:
            current = event.doc_id
            kind = DOC_TYPE_LABELS_SV.get(event.doc_type, event.doc_type)
            lines.append("")
            header = f"{event.date or 'odaterat'}  {kind}: {event.title or event.source}"
            if event.answers:
                header += "  (svar på interpellationen ovan)"
            lines.append(header)
        label = _EVENT_LABELS_SV.get(event.kind, event.kind)
        actor = f"{event.actor}: " if event.actor and event.kind != "question" else ""
        deadline = f" [senast {event.deadline}]" if event.deadline else ""
        lines.append(f"  {label}: {actor}{event.text}{deadline}")
    return "\n".join(lines)
