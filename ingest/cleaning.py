"""From positioned lines to clean paragraphs and page texts.

* Paragraphs: a new paragraph starts at a vertical gap clearly larger than the line
  spacing, at a change of font size or weight (headings), at a first-line indent, or at
  a column change unless the sentence plainly runs on.  A table (rows merged by
  ``layout.merge_table_rows``) is one paragraph with one row per line.  List items are
  paragraphs of their own: a bulleted line (``Line.bullet``, the glyph already dropped),
  and an ``att``-clause after a line that stopped short of the margin or after a gap
  wider than the one between the lines of the clause before (Word sets att-lists with
  little or no space between the items).
* Hyphenation: ``kommun-`` + ``fullmäktige`` → ``kommunfullmäktige``; real hyphens stay
  (``EU-medel``, ``gata-park-natur``, ``förskole- och skolverksamhet``, ``2019-2020``,
  words the Swedish lexicon writes with a hyphen).
* Pages: each page's text is its paragraphs joined by a blank line; consecutive pages are
  joined by one of ``PAGE_JOINS`` (blank line, a space when a paragraph runs over the page
  break, nothing when a word is hyphenated across it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.layout import Line

#: Words after which a line-end hyphen is a suspended compound: ``förskole- och``.
CONJUNCTIONS = frozenset({"och", "eller", "samt", "respektive", "resp.", "resp", "som", "till"})
SENTENCE_END = tuple(".!?:;")
_LIST_MARKER_RE = re.compile(r"^(?:\d{1,2}[.)]|[a-h][.)]|[•▪◦●‣∙*–-])\s")
_NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_NAME_LINE_RE = re.compile(
    rf"^{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}(?: \([A-Za-zÅÄÖåäö]{{1,3}}\))?$"
)
_LEADING_WORD_RE = re.compile(r"^[\w]+", re.UNICODE)
_TRAILING_WORD_RE = re.compile(r"([\w/.-]*)-$", re.UNICODE)


@functools.cache
def hyphenated_words() -> frozenset[str]:
    """Lower-case words the lexicon writes with a hyphen (see ingest/data/)."""
    text = (Path(__file__).parent / "data" / "hyphenated_words.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def ends_with_hyphen(text: str) -> bool:
    return len(text) >= 2 and text.endswith("-") and text[-2].isalnum()


def join_hyphenated(left: str, right: str) -> tuple[str, str]:
    """Decide how a line ending in ``-`` joins the next line.

    Returns ``(left_text, separator)``: the left text with or without its final hyphen,
    and the separator to put before ``right`` ("" or " ").
    """
    # The last word only: the pattern cannot cross a space, and searching the whole
    # paragraph built so far would cost time quadratic in its length.
    match = _TRAILING_WORD_RE.search(left[left.rfind(" ") + 1 :])
    stem = match.group(1) if match else ""
    next_word_match = _LEADING_WORD_RE.match(right)
    next_word = next_word_match.group(0) if next_word_match else ""
    if next_word.lower() in CONJUNCTIONS or right.split(" ", 1)[0].lower() in CONJUNCTIONS:
        return left, " "  # förskole- och skolverksamhet
    if not next_word or not next_word[0].isalpha() or next_word[0].isupper():
        return left, ""  # 2019-2020, Gottsunda-Valsätra, EU-EES
    if not stem or not stem[-1].isalpha():
        return left, ""  # a digit or symbol before the hyphen: 2019-
    if len(stem) == 1 or any(c.isupper() for c in stem[1:]) or stem.isupper():
        return left, ""  # e-post, EU-medel, SSP-arbetet, KSAU-
    if "-" in stem or "/" in stem:
        return left, ""  # gata-park-natur, Gottsunda/Valsätra-området
    if f"{stem}-{next_word}".lower() in hyphenated_words():
        return left, ""  # a word the lexicon writes with a hyphen
    return left[:-1], ""  # kommun- + fullmäktige


def word_fits(room: float, following: str, size: float) -> bool:
    """Would the first word of ``following`` have fitted in ``room`` points after a line
    set in ``size``?  (A line that stops although it would have: the paragraph ended.)"""
    first_word = following.lstrip().split(" ", 1)[0]
    return room > (len(first_word) + 1) * size * 0.55 + size


def runs_on(previous: str, following: str, full_line: bool = False) -> bool:
    """True when ``following`` continues the sentence ``previous`` leaves open.

    ``full_line``: the last line of ``previous`` is full (the next word would not have
    fitted after it), so the paragraph did not end there whatever the next line starts
    with."""
    previous = previous.rstrip()
    following = following.lstrip()
    if not previous or not following:
        return False
    if ends_with_hyphen(previous):
        return following[0].islower() or following[0].isdigit() or following[0].isupper()
    if previous.endswith(SENTENCE_END):
        return False
    last_paragraph = previous.rsplit("\n\n", 1)[-1]
    if last_paragraph.startswith("att ") and following.startswith("att "):
        return False  # the next att-clause of a motion, not a continuation
    if following[0].islower():
        return True
    if full_line and len(last_paragraph) > 60:
        return True
    first_line = following.split("\n", 1)[0]
    if _NAME_LINE_RE.match(first_line):
        return False  # "Med vänlig hälsning," then a signature
    return previous.endswith(",")


def join_run_on(previous: str, following: str) -> tuple[str, str]:
    """Join text that runs on: returns ``(previous_text, separator)``."""
    if ends_with_hyphen(previous.rstrip()):
        return join_hyphenated(previous.rstrip(), following.lstrip())
    return previous.rstrip(), " "


@dataclass
class PageText:
    number: int
    paragraphs: list[str]
    ocr: bool = False
    #: Room (points) after the page's last body line and that line's size: whether the
    #: next page's first word would have fitted there.
    last_line_room: float | None = None
    last_line_size: float = 0.0
    #: The page's first line is a list item (bulleted): it never runs on from the page
    #: before.
    starts_item: bool = False


class ParagraphBuilder:
    """Groups the lines of a page (in reading order) into paragraphs."""

    def __init__(
        self,
        body_size: float,
        line_gap: float,
        *,
        blocks_are_paragraphs: bool = False,
        text_right: float = 0.0,
    ) -> None:
        self.body_size = body_size
        self.line_gap = line_gap
        #: On OCR'd pages Tesseract's paragraphs (``Line.block``) are trusted.
        self.blocks_are_paragraphs = blocks_are_paragraphs
        #: Right edge of full-width text in the document (a last page may hold only
        #: short lines, so its own right edge says nothing).
        self.text_right = text_right
        self._rights: dict[int, float] = {}
        self._paragraph: list[Line] = []  # lines of the paragraph being built

    def _paragraph_gap(self, size: float) -> float:
        """The gap between the last two lines of the paragraph being built, one under
        the other (infinite without two such lines: the document's line gap says too
        little, its leading varies with the type size)."""
        if len(self._paragraph) < 2:
            return float("inf")
        prev, last = self._paragraph[-2], self._paragraph[-1]
        gap = prev.bottom - last.top
        if prev.column != last.column or not 0 <= gap < 2 * size:
            return float("inf")
        return gap

    def _heading(self, line: Line) -> bool:
        return line.size > self.body_size * 1.12

    def starts_paragraph(self, prev: Line, line: Line, column_left: float) -> bool:
        if prev.table_row or line.table_row:
            # A table is one paragraph of rows, set apart from the text around it.
            return not (prev.table_row and line.table_row and prev.block == line.block)
        if line.bullet:
            return True  # a list item (its bullet glyph was dropped in layout)
        if prev.column != line.column or line.top > prev.top + 1:
            # A new column or a box further up: only a run-on sentence continues.
            right = self._rights.get(prev.column, prev.x1)
            full = not word_fits(right - prev.x1, line.text, prev.size)
            paragraph_text = " ".join(part.text for part in self._paragraph)
            return not runs_on(paragraph_text, line.text, full_line=full)
        if self.blocks_are_paragraphs:
            return line.block != prev.block and not ends_with_hyphen(prev.text)
        if abs(line.size - prev.size) > 0.12 * max(line.size, prev.size):
            return True
        if prev.bold != line.bold and not (self._heading(prev) and self._heading(line)):
            return True
        gap = prev.bottom - line.top
        size = max(min(prev.size, line.size), 1.0)
        if gap > self.line_gap + 0.45 * size:
            return True
        if line.text.startswith("att ") and (
            self._ended_early(prev, line.text, self._rights.get(prev.column, prev.x1))
            or gap > self._paragraph_gap(size) + 0.2 * size
        ):
            # The next att-clause of a motion or a decision: list items set with little
            # or no space between them, recognised by the line before stopping short
            # or by a gap wider than the one between the lines of the clause before.
            return True
        indent = line.x0 - column_left
        prev_indent = prev.x0 - column_left
        return (
            indent > 0.9 * size
            and prev_indent < 0.3 * size
            and prev.text.rstrip().endswith(SENTENCE_END)
            and not _LIST_MARKER_RE.match(line.text)
        )

    def paragraphs(self, lines: list[Line]) -> list[str]:
        if not lines:
            return []
        lefts: dict[int, float] = {}
        rights: dict[int, float] = {}
        for line in lines:
            lefts[line.column] = min(lefts.get(line.column, line.x0), line.x0)
            rights[line.column] = max(rights.get(line.column, line.x1), line.x1)
        # Full-width text and the right column of two end at the right margin; a page's
        # own lines may all be short (a signature side by side, the last lines of a
        # letter), so the document's margin is the edge.
        for column in (0, 2):
            if column in rights:
                rights[column] = max(rights[column], self.text_right)
        self._rights = rights
        groups: list[list[Line]] = [[lines[0]]]
        for prev, line in zip(lines, lines[1:], strict=False):
            self._paragraph = groups[-1]
            if self.starts_paragraph(prev, line, lefts[line.column]):
                groups.append([line])
            else:
                groups[-1].append(line)
        return [
            self.join_lines(group, min(line.x0 for line in group), rights[group[0].column])
            for group in groups
        ]

    @staticmethod
    def _ended_early(prev: Line, following: str, right: float) -> bool:
        """The line stops although the next word would have fitted after it."""
        return word_fits(right - prev.x1, following, prev.size)

    def join_lines(self, group: list[Line], left: float, right: float) -> str:
        text = group[0].text.strip()
        # No line of the block comes near the right edge: an address or signature block
        # (e.g. the right one of two signatures side by side), every line on its own.
        short_block = max(line.x1 for line in group) < right - 0.2 * max(
            right - left, 1.0
        ) and not any(line.bold or line.size > self.body_size * 1.12 for line in group)
        for prev, line in zip(group, group[1:], strict=False):
            following = line.text.strip()
            if prev.table_row and line.table_row:
                separator = "\n"  # one row of a table per line
            elif ends_with_hyphen(text):
                text, separator = join_hyphenated(text, following)
            elif text.endswith("/") and text[-2:-1].isalnum():
                separator = ""  # Gottsunda/ + Valsätra
            elif (
                _LIST_MARKER_RE.match(following)
                or short_block
                or (
                    self._ended_early(prev, following, right)
                    and (following[:1].isupper() or following.startswith(("till ", "av ")))
                    and not text.endswith(",")
                )
            ):
                separator = "\n"  # a list item, or a line ended on purpose (signature)
            else:
                separator = " "
            text = text + separator + following
        return text


def join_pages(pages: list[PageText]) -> tuple[list[str], list[str]]:
    """Page texts and the joins between them (``joins[i]`` goes after page ``i``).

    A paragraph that runs over a page break is split between the two pages and joined by
    " " (or "" for a hyphenated word); otherwise pages are joined by a blank line.  Empty
    pages are joined by "".
    """
    texts = ["\n\n".join(page.paragraphs) for page in pages]
    joins = [""] * max(len(pages) - 1, 0)  # "" around empty pages
    last_text: int | None = None
    for index, (text, page) in enumerate(zip(texts, pages, strict=True)):
        if not text:
            continue
        if last_text is not None:
            previous = texts[last_text]
            before = pages[last_text]
            full = before.last_line_room is not None and not word_fits(
                before.last_line_room, text, before.last_line_size
            )
            if not page.starts_item and runs_on(previous, text, full_line=full):
                new_previous, separator = join_run_on(previous, text)
                texts[last_text] = new_previous
                joins[index - 1] = separator
            else:
                joins[index - 1] = "\n\n"
        last_text = index
    return texts, joins
