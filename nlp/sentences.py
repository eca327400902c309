"""Sentence segmentation for council prose (the ``km_sentences`` component).

Rules, in order of strength:

1. A paragraph break (a whitespace token with two or more newlines) always ends a sentence.
2. A single line break ends a sentence when the line before ends with ``.``, ``!``, ``?``
   or ``:`` (a colon before a list), when the next line starts a list item
   (``1.``, ``2)``, ``a)``, ``•``, ``-``, ``–``), or when the line before is a short heading
   without a full stop and the next line starts with a capital letter.
3. ``.``, ``!``, ``?`` and ``…`` end a sentence when the next word starts with a capital
   letter, a digit or an opening quote, except after an abbreviation (``nr.``, ``kl.``,
   ``enl.`` …) and after the number of a numbered list item (``1. Polisen …``).
   Abbreviations that the tokenizer keeps whole (``bl.a.``, ``t.ex.``, ``s.k.``, ``dvs.``)
   never end a sentence, except those that close an enumeration (``m.m.``, ``osv.``,
   ``m.fl.``, ``etc.``) when a capitalised word follows.

Everything else continues the sentence.  The component sets ``is_sent_start`` on every
token, so ``doc.sents`` works without a parser.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
#: words that take an abbreviation point when the tokenizer splits the point off
ABBREVIATIONS = frozenset(
    {
        "nr",
        "enl",
        "kl",
        "ca",
        "st",
        "tel",
        "jfr",
        "resp",
        "ang",
        "avd",
        "dir",
        "prop",
        "kap",
        "sid",
        "s",
        "fr",
        "tf",
        "bl",
        "t",
        "p",
        "pkt",
        "ex",
        "inkl",
        "exkl",
        "mom",
        "bet",
        "dnr",
        "jan",
        "feb",
        "apr",
        "aug",
        "sept",
        "okt",
        "nov",
        "fig",
        "tab",
        "ordf",
        "sekr",
        "forts",
        "tillf",
        "ev",
        "vs",
        "dr",
        "prof",
        "obs",
        "bl.a",
        "t.ex",
    }
)
#: whole-token abbreviations that may close a sentence (an enumeration's end)
CLOSING_ABBREVIATIONS = frozenset({"m.m.", "m.fl.", "osv.", "o.s.v.", "etc.", "mfl.", "m.m"})
LIST_BULLETS = frozenset({"•", "-", "–", "—", "*", "·", "▪", "o", "", "►"})
OPENING_QUOTES = frozenset({'"', "”", "“", "'", "’", "«", "»", "(", "["})
HEADING_MAX_TOKENS = 12


def _starts_upper(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text in OPENING_QUOTES)


def _is_list_marker(doc: Doc, i: int) -> bool:
    """Token i begins a list item: "1." / "1" "." / "2)" / "a)" / a bullet."""
    tok = doc[i]
    text = tok.text
    if text in LIST_BULLETS:
        return True
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if text.rstrip(".)").isdigit() and (text[-1] in ".)" or nxt in {".", ")"}):
        return True
    return len(text) == 1 and text.isalpha() and text.islower() and nxt == ")"


def set_sentence_starts(doc: Doc) -> Doc:
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    starts[0] = True
    line_start = 0  # index of the first token of the current line
    after_list_number = False  # the "." after a list number is not a sentence end
    i = 0
    while i < n:
        tok = doc[i]
        text = tok.text
        if tok.is_space:
            newlines = text.count("\n")
            j = i + 1
            while j < n and doc[j].is_space:
                newlines += doc[j].text.count("\n")
                j += 1
            if j >= n:
                break
            if newlines >= 2:
                starts[j] = True
            elif newlines == 1:
                prev = i - 1
                while prev >= 0 and doc[prev].is_space:
                    prev -= 1
                prev_text = doc[prev].text if prev >= 0 else ""
                line_tokens = i - line_start
                if (
                    (prev_text and prev_text[-1] in ".!?:…")
                    or _is_list_marker(doc, j)
                    or (
                        line_tokens <= HEADING_MAX_TOKENS
                        and prev_text
                        and prev_text[-1] not in ",;-–"
                        and doc[j].text[:1].isupper()
                        and not doc[line_start].text[:1].islower()
                    )
                ):
                    starts[j] = True
            if newlines:
                line_start = j
                after_list_number = _is_list_marker(doc, j) and doc[j].text.rstrip(".)").isdigit()
            i = j
            continue
        if text in FINAL_PUNCT or text in CLOSING_ABBREVIATIONS:
            j = i + 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and not starts[j]:
                prev_text = doc[i - 1].text.lower() if i > 0 else ""
                is_abbreviation = text == "." and prev_text in ABBREVIATIONS
                is_list_number = text == "." and after_list_number and i - 1 == line_start
                if (
                    _starts_upper(doc[j].text)
                    and not is_abbreviation
                    and not is_list_number
                    and not (text in CLOSING_ABBREVIATIONS and doc[j].text in OPENING_QUOTES)
                ):
                    starts[j] = True
        i += 1
    # whitespace before the first word belongs to the first sentence
    first_word = 0
    while first_word < n and doc[first_word].is_space:
        first_word += 1
    if first_word < n:
        starts[first_word] = False
    # one bulk write (setting token.is_sent_start one by one is quadratic in spaCy)
    values = numpy.fromiter((1 if s else -1 for s in starts), dtype="int64", count=n)
    values = values.astype("uint64")  # spaCy stores -1 as its unsigned wrap-around
    doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc


@Language.component("km_sentences")
def km_sentences(doc: Doc) -> Doc:
    """Sentence boundaries for council prose (see the module docstring)."""
    return set_sentence_starts(doc)
