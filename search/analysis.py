"""The one Swedish analyser shared by indexing, querying and snippets.

Each word goes through, in order:

1. ``kommunminne.textnorm.fold`` (Unicode normalisation, lower case; å, ä, ö kept);
2. Swedish stop words (Snowball's list, the one Whoosh ships) are dropped;
3. **lemma**: the form is looked up in ``sv_lemma_lookup`` of spacy-lookups-data, the
   same table the NLP stage's lemmatizer uses (``förskolan`` -> ``förskola``,
   ``nämnden`` -> ``nämnd``, ``kamerorna`` -> ``kamera``);
4. **stem**: the Snowball Swedish stemmer is applied to the lemma.  Stemming the lemma
   evens out the table's quirks (``beslutet`` -> ``besluten`` and ``beslut`` both stem
   to ``beslut``; ``vakt`` -> ``vakta`` and ``vakterna`` -> ``vakt`` both stem to
   ``vakt``) while the lemma step covers what the stemmer leaves alone (definite forms
   such as ``förskolan``, ``ärendet``, ``protokollet``).
5. **compounds** (index mode only): a word of eight letters or more is split into
   known words with a dynamic programme over the lemma table's vocabulary, and the
   parts are indexed at the same position as the whole word.  So ``kameraövervakning``
   is indexed as ``kameraövervakning`` + ``kamera`` + ``övervakning`` and the query
   ``kamera`` finds it; ``trygghetsvakterna`` gives ``trygghet`` + ``vakt``.  Queries
   are not split: the query ``kameraövervakning`` asks for the compound itself.

Why a splitter and not an n-gram field: n-grams match inside words without regard
to word boundaries (``polis`` would find ``metropolis``), multiply the index size and
score poorly with BM25; a splitter backed by the 93,000 lemmas of the table gives
real morphemes.  Splitting rules (see ``split_compound``): every part but the last is
a lemma of at least four letters, optionally followed by the linking ``-s-``
(``trygghet-s-vakt``), or a lemma minus its final ``-a``/``-e`` (``skol-gård``);
the last part is any known form of at least three letters (it carries the
inflection: ``-vakterna``); the split with the fewest parts wins.  Because the first
part needs four letters, ``förskolan`` is *not* split into ``för`` + ``skolan``:
``skola`` does not find ``förskolan`` (pre-school and school are different things
in council records), while ``polis`` finds ``poliskontor`` and ``polismyndigheten``.

The table (660,000 forms) is loaded once per process on first use.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from whoosh.analysis import Filter, RegexTokenizer, Token
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists

from kommunminne.textnorm import fold

#: Words: letters and digits (Unicode); hyphens and punctuation separate words.
WORD_PATTERN = r"\w+"
WORD_RE = re.compile(WORD_PATTERN)

STOP_WORDS: frozenset[str] = frozenset(stoplists["sv"])

MIN_COMPOUND = 8  # shortest word that is tried as a compound
MIN_HEAD = 4  # shortest non-final part (before a linking -s-)
MIN_TAIL = 3  # shortest final part

_stem = stemmer_for_language("sv")
_lock = threading.Lock()
_table: dict[str, str] | None = None
_lemmas: frozenset[str] | None = None


def _load() -> tuple[dict[str, str], frozenset[str]]:
    global _table, _lemmas
    if _table is None or _lemmas is None:
        with _lock:
            if _table is None or _lemmas is None:
                data = resources.files("spacy_lookups_data") / "data" / "sv_lemma_lookup.json.gz"
                with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
                    # the table is NFC; lower-casing makes it match ``fold``ed words
                    table = {k.lower(): v.lower() for k, v in json.load(handle).items()}
                _lemmas = frozenset(table.values())
                _table = table
    return _table, _lemmas


def lemma_table() -> dict[str, str]:
    """The lemma lookup table of spacy-lookups-data (folded forms -> folded lemmas)."""
    return _load()[0]


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Lemma of a folded word.

    A word that is itself a lemma of the table stays as it is (``nämnd`` is the lemma
    of ``nämnden``, though the table also maps it to the verb ``nämna``), so that a
    base form and its inflections always meet; an unknown word stays as it is too.
    """
    table, lemmas = _load()
    if word in lemmas:
        return word
    return table.get(word, word)


@lru_cache(maxsize=200_000)
def normal_form(word: str) -> str:
    """The index term of a folded, non-stop word: the stem of its lemma."""
    if not word.isalpha():
        return word
    return _stem(lemma(word))


def _head_ok(piece: str, lemmas: frozenset[str]) -> bool:
    """Can ``piece`` stand before another part of a compound?"""
    if piece in STOP_WORDS or (piece.endswith("s") and piece[:-1] in STOP_WORDS):
        return False  # för-, förs-, över-, under-: prefixes, not parts
    if len(piece) >= MIN_HEAD and piece in lemmas:
        return True
    if piece.endswith("s") and len(piece) > MIN_HEAD and piece[:-1] in lemmas:
        return True  # linking -s-: trygghet-s-vakt
    # a lemma that drops its final vowel in compounds: skol(a)-gård, pojk(e)-vän
    return len(piece) >= MIN_HEAD and (piece + "a" in lemmas or piece + "e" in lemmas)


def _tail_ok(piece: str, table: dict[str, str], lemmas: frozenset[str]) -> bool:
    return len(piece) >= MIN_TAIL and (piece in table or piece in lemmas)


@lru_cache(maxsize=200_000)
def split_compound(word: str) -> tuple[str, ...]:
    """Surface parts of a folded compound word, or ``()`` if it is not one.

    ``"trygghetsvakterna"`` -> ``("trygghets", "vakterna")``.
    """
    if len(word) < MIN_COMPOUND or not word.isalpha():
        return ()
    table, lemmas = _load()
    n = len(word)
    # best[i]: fewest parts covering word[i:], with the parts; the last part is a tail
    best: list[tuple[int, tuple[str, ...]] | None] = [None] * (n + 1)
    for i in range(n - MIN_TAIL, -1, -1):
        candidates: list[tuple[int, tuple[str, ...]]] = []
        if i > 0 and _tail_ok(word[i:], table, lemmas):
            candidates.append((1, (word[i:],)))
        for j in range(i + MIN_HEAD, n - MIN_TAIL + 1):
            rest = best[j]
            if rest is not None and _head_ok(word[i:j], lemmas):
                candidates.append((rest[0] + 1, (word[i:j], *rest[1])))
        if candidates:
            # fewest parts; among those, the longest final part
            best[i] = min(candidates, key=lambda c: (c[0], -len(c[1][-1])))
    found = best[0]
    return found[1] if found is not None else ()


def _part_term(piece: str, final: bool) -> str:
    table, lemmas = _load()
    if not final and piece not in lemmas:
        if piece.endswith("s") and piece[:-1] in lemmas:
            piece = piece[:-1]
        elif piece + "a" in lemmas:
            piece += "a"
        elif piece + "e" in lemmas:
            piece += "e"
    return normal_form(piece)


@lru_cache(maxsize=200_000)
def index_terms(word: str) -> tuple[str, ...]:
    """Terms indexed for one folded word: its normal form, then its compound parts'."""
    if word in STOP_WORDS:
        return ()
    main = normal_form(word)
    parts = split_compound(word)
    terms = [main]
    for number, piece in enumerate(parts):
        term = _part_term(piece, number == len(parts) - 1)
        if term not in terms:
            terms.append(term)
    return tuple(terms)


def query_term(word: str) -> str | None:
    """The term a folded query word looks for (``None`` for a stop word)."""
    if word in STOP_WORDS:
        return None
    return normal_form(word)


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """(lower-cased word, start, end) for each word of ``text``.

    ``text`` is a Document's text, already ``normalise``d by extraction, so lower-casing
    is all that ``fold`` would add (and it is much cheaper per word).
    """
    for match in WORD_RE.finditer(text):
        yield match.group().lower(), match.start(), match.end()


@lru_cache(maxsize=300_000)
def token_index_terms(raw: str) -> tuple[str, tuple[str, ...]]:
    """(folded word, index terms) of a word as the tokenizer found it (cached per form:
    folding, lemma look-up, stemming and compound splitting run once per word form)."""
    word = fold(raw)
    return word, index_terms(word)


@lru_cache(maxsize=100_000)
def token_query_terms(raw: str) -> tuple[str, tuple[str, ...]]:
    """(folded word, query terms) of a word as the tokenizer found it (cached)."""
    word = fold(raw)
    term = query_term(word)
    return word, (term,) if term else ()


class SwedishFilter(Filter):
    """Whoosh filter doing steps 1-5 above; positions are renumbered without stop words."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SwedishFilter)

    def __hash__(self) -> int:
        return hash(SwedishFilter)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        position = 0
        for token in tokens:
            if token.mode == "index":
                word, terms = token_index_terms(token.text)
            else:
                word, terms = token_query_terms(token.text)
            if not terms:
                if not token.removestops:
                    token.stopped = True
                    token.text = word
                    yield token
                continue
            if token.positions:
                token.pos = position
            position += 1
            token.stopped = False
            for term in terms:
                token.text = term
                yield token


def swedish_analyzer() -> RegexTokenizer:
    """The analyser of every full-text field (a Whoosh ``CompositeAnalyzer``)."""
    return RegexTokenizer(WORD_PATTERN) | SwedishFilter()


def analyse_query_words(text: str) -> list[str]:
    """Terms of ``text`` as the query side sees them (stop words dropped)."""
    return [term for word, _, _ in words(text) if (term := query_term(word))]
