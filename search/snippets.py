"""HTML-safe snippets: the best passage of a text with the matched words in ``<mark>``.

Words are matched the way they were indexed (``search.analysis.index_terms``: the
normal form and the compound parts, so the query ``kamera`` marks
``Kameraövervakning``), or by prefix for ``prefix*`` queries.  The per-word analysis
is cached, so a snippet costs one regular-expression scan of the text rather than a
full Whoosh re-analysis (the reason this is not Whoosh's highlighter, which re-runs
the analyser over the whole stored text of every hit).

Everything outside the marks is escaped with ``html.escape``; the result is safe to
insert into a page as it is.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

from search.analysis import WORD_RE, index_terms

SNIPPET_CHARS = 240  # target length of a snippet (characters of text)
SCAN_LIMIT = 100_000  # characters of a document scanned for matches
MAX_SPANS = 500  # matched words looked at for the snippet window


def _matches(word: str, terms: set[str], prefixes: Iterable[str]) -> bool:
    if any(word.startswith(p) for p in prefixes):
        return True
    return any(term in terms for term in index_terms(word))


@lru_cache(maxsize=1024)
def _pattern(terms: frozenset[str], prefixes: frozenset[str]) -> re.Pattern[str]:
    """The terms (anywhere in a word) and prefixes as literal alternatives.

    A word whose normal form (stem of its lemma) or a compound part's is a query term
    nearly always contains that stem; the rare irregular inflection that does not
    (``män`` for ``man``) is found by the search but not marked in the snippet.
    Literal alternatives let the regular-expression engine skip ahead to the next
    occurrence (the earlier ``\\b\\w*?(?:…)`` tried every word start: two to five
    times slower on long records).
    """
    alternatives = sorted(terms | prefixes, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, alternatives)), re.IGNORECASE)


def _word_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole word around ``text[start:end]``."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return start, end


def matched_spans(
    text: str,
    terms: set[str],
    prefixes: set[str] = frozenset(),  # type: ignore[assignment]
    *,
    most: int = MAX_SPANS,
) -> list[tuple[int, int]]:
    """Character spans of the words of ``text`` that match ``terms``/``prefixes``.

    The scan is bounded: the first ``SCAN_LIMIT`` characters, and it stops after
    ``most`` matched words (a snippet window is chosen among those).
    """
    if not terms and not prefixes:
        return []
    spans: list[tuple[int, int]] = []
    limit = min(len(text), SCAN_LIMIT)
    word_end = -1
    for match in _pattern(frozenset(terms), frozenset(prefixes)).finditer(text, 0, limit):
        if match.start() < word_end:
            continue  # another occurrence inside a word already looked at
        start, word_end = _word_at(text, match.start(), match.end())
        word = text[start:word_end].lower()
        if WORD_RE.fullmatch(word) and _matches(word, terms, prefixes):
            spans.append((start, word_end))
            if len(spans) >= most:
                break
    return spans


def _window(text: str, spans: list[tuple[int, int]], size: int) -> tuple[int, int]:
    """The window of about ``size`` characters holding the most distinct matched words."""
    if not spans:
        return 0, min(len(text), size)
    spans = spans[:MAX_SPANS]
    best = (0, 0)
    best_start = spans[0][0]
    right = 0
    for left in range(len(spans)):
        while right < len(spans) and spans[right][1] - spans[left][0] <= size:
            right += 1
        distinct = len({text[s:e].lower() for s, e in spans[left:right]})
        score = (distinct, right - left)
        if score > best:
            best, best_start = score, spans[left][0]
    # centre the matches a little: start some context before the first match
    start = max(0, best_start - size // 4)
    # begin at a word boundary
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + size // 2 else end
    return start, end


def snippet(
    text: str,
    terms: set[str],
    prefixes: set[str] = frozenset(),  # type: ignore[assignment]
    *,
    size: int = SNIPPET_CHARS,
) -> str:
    """The best passage of ``text``: escaped, matched words in ``<mark>…</mark>``."""
    spans = matched_spans(text, terms, prefixes)
    start, end = _window(text, spans, size)
    parts: list[str] = ["…"] if start > 0 else []
    position = start
    for s, e in spans:
        if s < start or e > end:
            continue
        parts.append(html.escape(text[position:s]))
        parts.append(f"<mark>{html.escape(text[s:e])}</mark>")
        position = e
    parts.append(html.escape(text[position:end]))
    if end < len(text):
        parts.append("…")
    return " ".join("".join(parts).split())


def best_sentence(text: str, terms: set[str], prefixes: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
    """The sentence of ``text`` with the most matched words (plain text), or None."""
    spans = matched_spans(text, terms, prefixes)
    if not spans:
        return None
    best: tuple[tuple[int, bool], str] | None = None
    for match in re.finditer(r"[^.!?\n]+[.!?]?", text[:SCAN_LIMIT]):
        inside = {text[s:e].lower() for s, e in spans if match.start() <= s and e <= match.end()}
        sentence = match.group().strip()
        # most distinct matched words; then a real sentence (five words or more) over a heading
        score = (len(inside), len(sentence.split()) >= 5)
        if inside and (best is None or score > best[0]):
            best = (score, sentence)
    return best[1] if best else None
