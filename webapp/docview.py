"""The text of a document, page by page, cut into runs for the document page.

The template marks entities (linked to their entity page) and statements —
commitments, declines and the questions of an interpellation — in place.  Everything is
plain text here; the template escapes it.  Offsets are those of ``Document.text``
(``Entity.start``/``end``, ``Commitment.start``/``end``); a page is the slice of the text
that ``Document.page_starts`` gives.  Overlapping or out-of-range annotations are
dropped rather than breaking the page.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kommunminne.model import Commitment, Document, Entity

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass
class Statement:
    kind: str  # "commit", "decline" or "question"
    number: int  # 1-based within its kind
    text: str
    start: int  # offsets in Document.text; -1 when the text was not found
    end: int
    page: int | None
    commitment: Commitment | None = None

    @property
    def anchor(self) -> str:
        prefix = {"commit": "lofte", "decline": "avslag", "question": "fraga"}[self.kind]
        return f"{prefix}-{self.number}"


@dataclass
class Span:
    text: str
    entity: Entity | None = None


@dataclass
class Group:
    """Consecutive spans inside one statement (or outside any)."""

    statement: Statement | None
    spans: list[Span] = field(default_factory=list)
    anchor: str | None = None  # the statement's anchor, on its first group only


@dataclass
class PageView:
    number: int
    ocr: bool
    paragraphs: list[list[Group]]


@dataclass
class DocumentView:
    pages: list[PageView]
    statements: list[Statement]  # commitments and declines, in text order
    questions: list[Statement]  # in document order
    anchors: set[str]  # anchors of the statements marked in the text


def _non_overlapping(items: list[tuple[int, int, object]], length: int) -> list:
    """Items sorted by start, dropping those out of range or overlapping an earlier one."""
    kept: list[tuple[int, int, object]] = []
    last_end = 0
    for start, end, item in sorted(items, key=lambda t: (t[0], -(t[1] - t[0]))):
        if not (0 <= start < end <= length) or start < last_end:
            continue
        kept.append((start, end, item))
        last_end = end
    return kept


def _find_question(text: str, question: str, after: int) -> tuple[int, int]:
    """The offsets of ``question`` in ``text`` (from ``after`` if possible), or (-1, -1)."""
    for origin in (after, 0):
        found = text.find(question, origin)
        if found >= 0:
            return found, found + len(question)
    return -1, -1


def _covering(starts: list[int], spans: list[tuple[int, int, object]], pos: int) -> object:
    index = bisect.bisect_right(starts, pos) - 1
    if index >= 0 and spans[index][0] <= pos < spans[index][1]:
        return spans[index][2]
    return None


def find_statements(document: Document) -> tuple[list[Statement], list[Statement]]:
    """The commitments and declines (in text order) and the questions of ``document``."""
    text = document.text
    numbers = {"commit": 0, "decline": 0}
    commitments: list[Statement] = []
    for commitment in sorted(document.commitments, key=lambda c: c.start):
        kind = "decline" if commitment.stance == "decline" else "commit"
        numbers[kind] += 1
        commitments.append(
            Statement(
                kind=kind,
                number=numbers[kind],
                text=commitment.text,
                start=commitment.start,
                end=commitment.end,
                page=commitment.page,
                commitment=commitment,
            )
        )
    questions: list[Statement] = []
    after = 0
    for number, question in enumerate(document.questions, 1):
        start, end = _find_question(text, question, after)
        if start >= 0:
            after = end
        questions.append(
            Statement(
                kind="question",
                number=number,
                text=question,
                start=start,
                end=end,
                page=document.page_at(start) if start >= 0 else None,
            )
        )
    return commitments, questions


def build_view(document: Document) -> DocumentView:
    text = document.text
    commitments, questions = find_statements(document)
    statements = _non_overlapping(
        [(s.start, s.end, s) for s in commitments + questions if s.start >= 0], len(text)
    )
    entities = _non_overlapping([(e.start, e.end, e) for e in document.entities], len(text))
    statement_starts = [s[0] for s in statements]
    entity_starts = [e[0] for e in entities]

    if document.pages:
        starts = document.page_starts()
        ranges = [
            (page.number, page.ocr, start, start + len(page.text))
            for page, start in zip(document.pages, starts, strict=True)
        ]
    else:
        ranges = [(1, False, 0, len(text))]

    boundaries = sorted({pos for start, end, _ in statements + entities for pos in (start, end)})
    seen_anchors: set[str] = set()
    pages: list[PageView] = []
    for number, ocr, page_start, page_end in ranges:
        inside = boundaries[
            bisect.bisect_right(boundaries, page_start) : bisect.bisect_left(boundaries, page_end)
        ]
        points = [page_start, *inside, page_end]
        paragraphs: list[list[Group]] = [[]]
        for begin, finish in zip(points, points[1:], strict=False):
            statement = _covering(statement_starts, statements, begin)
            entity = _covering(entity_starts, entities, begin)
            pieces = _PARAGRAPH_BREAK.split(text[begin:finish])
            for piece_number, piece in enumerate(pieces):
                if piece_number > 0:
                    paragraphs.append([])
                if not piece:
                    continue
                groups = paragraphs[-1]
                if not groups or groups[-1].statement is not statement:
                    anchor = None
                    if statement is not None and statement.anchor not in seen_anchors:
                        anchor = statement.anchor
                        seen_anchors.add(anchor)
                    groups.append(Group(statement=statement, anchor=anchor))
                groups[-1].spans.append(Span(text=piece, entity=entity))
        pages.append(PageView(number=number, ocr=ocr, paragraphs=[p for p in paragraphs if p]))
    return DocumentView(
        pages=pages, statements=commitments, questions=questions, anchors=seen_anchors
    )
