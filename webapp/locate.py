"""Where a quoted sentence stands in its document: the link target of trace events and
of commitments on entity pages.

A commitment, decline or question links to its mark in the text (``#lofte-2``); any
other sentence to the page it stands on (``#sida-3``); the PDF link opens that page
(``#page=3``).  Documents are read from the store once per request (``SourceLocator``
caches them) and at most ``max_documents`` of them, so that a very long trace costs a
bounded time; events beyond that link to the top of their document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import url_for

from kommunminne.model import Document
from kommunminne.store import DocumentStore
from webapp.docview import find_statements

_STATEMENT_KINDS = {"commitment": "commit", "decline": "decline", "question": "question"}


@dataclass
class Location:
    href: str  # the document page, at the sentence or its page when known
    page: int | None
    pdf_href: str | None


def _squash(text: str) -> str:
    return " ".join(text.split())


class SourceLocator:
    def __init__(self, store: DocumentStore, *, max_documents: int = 100) -> None:
        self.store = store
        self.max_documents = max_documents
        self._documents: dict[str, Document | None] = {}

    def _document(self, doc_id: str) -> Document | None:
        if doc_id not in self._documents:
            if len(self._documents) >= self.max_documents:
                return None
            self._documents[doc_id] = self.store.get(doc_id)
        return self._documents[doc_id]

    def locate(self, doc_id: str, text: str, kind: str | None = None) -> Location:
        href = url_for("pages.document", doc_id=doc_id)
        document = self._document(doc_id)
        if document is None:
            return Location(href=href, page=None, pdf_href=None)
        pdf_href = url_for("pages.document_pdf", doc_id=doc_id)
        wanted = _squash(text)
        statement_kind = _STATEMENT_KINDS.get(kind or "")
        if statement_kind:
            commitments, questions = find_statements(document)
            for statement in commitments + questions:
                if (
                    statement.kind == statement_kind
                    and statement.start >= 0
                    and _squash(statement.text) == wanted
                ):
                    page = statement.page or document.page_at(statement.start)
                    return Location(f"{href}#{statement.anchor}", page, f"{pdf_href}#page={page}")
        start = document.text.find(text) if text else -1
        if start < 0 and wanted:  # the same words with other white space (line breaks)
            pattern = r"\s+".join(re.escape(word) for word in wanted.split(" "))
            match = re.search(pattern, document.text)
            start = match.start() if match else -1
        if start < 0:
            return Location(href=href, page=None, pdf_href=pdf_href)
        page = document.page_at(start)
        return Location(f"{href}#sida-{page}", page, f"{pdf_href}#page={page}")
