"""NLP stage: Document -> Document with entities and commitments.

```python
from nlp import load_pipeline, analyse, analyse_one
load_pipeline(municipality=None) -> spacy.Language      # cached per process
analyse(docs, *, municipality=None, batch_size=16) -> list[Document]
analyse_one(doc) -> Document                             # picklable, for worker pools
```

The spaCy Doc of each document carries its context for the components in
``doc.user_data["km_document"]`` (authors, addressed, doc_type, date, source,
reference, title), set before the
components run.  Entities come from ``doc.spans["entities"]`` (label in ``span.label_``,
canonical name in ``span.kb_id_``), commitments from ``doc._.km_commitments``
(``kommunminne.model.Commitment`` with offsets; the page is filled in here).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import asdict, replace
from typing import Any

from spacy.tokens import Doc

from kommunminne.model import Commitment, Document, Entity
from nlp.pipeline import load_pipeline, resolve_municipality

__all__ = ["analyse", "analyse_one", "load_pipeline", "document_context", "to_spacy_docs"]


def document_context(document: Document) -> dict[str, Any]:
    """What the components may know about the document besides its text."""
    return {
        "authors": [asdict(p) for p in document.authors],
        "addressed": [asdict(p) for p in document.addressed],
        "doc_type": document.doc_type,
        "date": document.date,
        "source": document.source,
        "reference": document.reference,
        "title": document.title,
    }


def to_spacy_docs(nlp: Any, documents: Iterable[Document]) -> Iterable[Doc]:
    """Tokenised Docs with ``user_data["km_document"]`` set (before any component runs)."""
    for document in documents:
        doc = nlp.make_doc(document.text)
        doc.user_data["km_document"] = document_context(document)
        yield doc


class _Pages:
    """Offset -> page number, computed once per document."""

    def __init__(self, document: Document) -> None:
        self.numbers = [p.number for p in document.pages] or [1]
        self.starts = document.page_starts() if document.pages else [0]

    def at(self, offset: int) -> int:
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.numbers[index]


def _entities(doc: Doc, pages: _Pages) -> list[Entity]:
    spans = doc.spans.get("entities", [])
    return [
        Entity(
            text=span.text,
            label=span.label_,
            canonical=span.kb_id_,
            start=span.start_char,
            end=span.end_char,
            page=pages.at(span.start_char),
        )
        for span in spans
    ]


def _commitments(doc: Doc, pages: _Pages) -> list[Commitment]:
    if not Doc.has_extension("km_commitments"):
        return []
    found = doc._.km_commitments or []
    return [replace(c, page=pages.at(c.start)) for c in found]


def analyse(
    docs: Sequence[Document], *, municipality: str | None = None, batch_size: int = 16
) -> list[Document]:
    """Documents with ``entities`` and ``commitments`` filled (input left unchanged)."""
    documents = list(docs)
    nlp = load_pipeline(resolve_municipality(municipality))
    results = []
    spacy_docs = nlp.pipe(to_spacy_docs(nlp, documents), batch_size=batch_size)
    for document, doc in zip(documents, spacy_docs, strict=True):
        pages = _Pages(document)
        results.append(
            replace(
                document,
                entities=_entities(doc, pages),
                commitments=_commitments(doc, pages),
            )
        )
    return results


def analyse_one(doc: Document) -> Document:
    """``analyse([doc])[0]`` as a picklable top-level function (for worker pools)."""
    return analyse([doc])[0]
