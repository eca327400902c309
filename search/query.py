"""The query language: Swedish (and English) operators and fields -> a Whoosh query.

Syntax
------
* words: all must occur (``kameror gottsunda``); each is analysed like the text
  (``search.analysis``) and looked for in title (boosted), text and names;
* ``"a phrase"``; ``prefix*``; ``( … )`` groups;
* ``OCH``/``AND``, ``ELLER``/``OR``, ``INTE``/``NOT`` (capitals), and ``-word``;
* fields (Swedish or English name, case-insensitive): ``typ:`` (``interpellation``,
  ``svar``, ``motion``, ``skrivelse``, ``protokoll``, ``rapport``, ``beslut``, ``övrigt``),
  ``parti:``, ``stadsdel:``, ``myndighet:``, ``organ:``/``nämnd:``, ``åtgärd:``,
  ``person:``, ``ämne:``, ``entitet:``, ``titel:``, ``dnr:``/``diarienummer:``,
  ``år:2019`` or ``år:2017..2019``, ``datum:2019``, ``datum:2019-03``,
  ``datum:2019-01-01..2019-12-31`` (either end may be left out);
  a value with spaces is quoted: ``stadsdel:"Gottsunda centrum"``.  Entity values are
  canonicalised through the gazetteers (``parti:M`` = ``parti:Moderaterna``).

A malformed query (unbalanced quotes or brackets, an operator without an operand, an
unknown field, a bad date) raises ``QuerySyntaxError`` with a Swedish reason;
``SearchIndex`` then searches the plain words instead and reports the reason in the
response's ``note``.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass, field

from whoosh import query as wq

from kommunminne.textnorm import fold
from search import aliases
from search.analysis import STOP_WORDS, WORD_RE, _stem, normal_form, query_term
from search.schema import reference_key

#: where free text is looked for in document records, and in sub-records
TEXT_FIELDS: tuple[str, ...] = ("title", "text", "names")
SUB_TEXT_FIELDS: tuple[str, ...] = ("sub_text",)

#: query field name (folded) -> internal name
FIELDS: dict[str, str] = {
    "typ": "type",
    "type": "type",
    "dokumenttyp": "type",
    "parti": "party",
    "party": "party",
    "stadsdel": "district",
    "område": "district",
    "district": "district",
    "myndighet": "agency",
    "agency": "agency",
    "organ": "body",
    "nämnd": "body",
    "body": "body",
    "åtgärd": "measure",
    "measure": "measure",
    "person": "person",
    "ämne": "topic",
    "topic": "topic",
    "entitet": "entity",
    "entity": "entity",
    "titel": "title",
    "title": "title",
    "dnr": "reference",
    "diarienummer": "reference",
    "reference": "reference",
    "år": "year",
    "year": "year",
    "datum": "date",
    "date": "date",
}

OPERATORS: dict[str, str] = {
    "OCH": "and",
    "AND": "and",
    "ELLER": "or",
    "OR": "or",
    "INTE": "not",
    "NOT": "not",
}


class QuerySyntaxError(ValueError):
    """The query cannot be parsed; ``str(exc)`` is the reason in Swedish."""


@dataclass
class ParsedQuery:
    query: wq.Query | None  # None: no condition (empty query or only stop words)
    terms: set[str] = field(default_factory=set)  # index terms to mark in snippets
    prefixes: set[str] = field(default_factory=set)  # prefixes to mark in snippets
    has_text: bool = False  # some positive free-text condition


# --------------------------------------------------------------------------- lexer
_TOKEN_RE = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<field>[^\W\d_]+):(?=\S)
  | (?P<phrase>"[^"]*")
  | (?P<quote>")
  | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)


@dataclass
class _Token:
    kind: str  # open, close, op, field, phrase, word
    value: str


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup or ""
        value = match.group()
        if kind == "space":
            continue
        if kind == "quote":
            raise QuerySyntaxError("ett citattecken saknar sin motsvarighet")
        if kind == "phrase":
            value = value[1:-1]
        elif kind == "field":
            value = value[:-1]
        elif kind == "word" and value in OPERATORS:
            kind, value = "op", OPERATORS[value]
        tokens.append(_Token(kind, value))
    return tokens


# -------------------------------------------------------------------------- dates
def _parse_date(value: str, end: bool) -> str:
    """``2019`` / ``2019-03`` / ``2019-03-04`` -> first (or last) ISO day of it."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-12-31" if end else f"{value}-01-01"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = map(int, value.split("-"))
            day = monthrange(year, month)[1] if end else 1
            return dt.date(year, month, day).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise QuerySyntaxError(f"ogiltigt datum '{value}' (skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)")


def date_range(value: str) -> tuple[str | None, str | None]:
    """``a..b`` (either end optional) or a single date/month/year -> inclusive ISO range."""
    if ".." in value:
        start, _, stop = value.partition("..")
        if not start and not stop:
            raise QuerySyntaxError("ett datumintervall behöver minst ett datum")
        return (
            _parse_date(start, end=False) if start else None,
            _parse_date(stop, end=True) if stop else None,
        )
    return _parse_date(value, end=False), _parse_date(value, end=True)


def date_query(start: str | None, stop: str | None) -> wq.Query:
    """Documents dated within [start, stop] (ISO, inclusive; None: open end)."""
    low = int(start.replace("-", "")) if start else 1
    high = int(stop.replace("-", "")) if stop else 99991231
    return wq.NumericRange("date_num", low, high)


def _year_query(value: str) -> wq.Query:
    if ".." in value:
        start, _, stop = value.partition("..")
    else:
        start = stop = value
    for part in (start, stop):
        if part and not re.fullmatch(r"\d{4}", part):
            raise QuerySyntaxError(
                f"ogiltigt år '{value}' (skriv t.ex. år:2019 eller år:2017..2019)"
            )
    if start == stop:
        return wq.Term("year", start)
    return wq.TermRange("year", start or "0000", stop or "9999")


# ------------------------------------------------------------------------ builder
def facet_query(facet: str, value: str) -> wq.Query:
    """A filter for one facet value (canonicalised; type and year included)."""
    if facet == "type":
        doc_type = aliases.doc_type(value)
        if doc_type is None:
            raise QuerySyntaxError(f"okänd dokumenttyp '{value}'")
        return wq.Term("doc_type", doc_type)
    if facet == "year":
        return _year_query(value.strip())
    if facet == "entity":
        return wq.Term("entity", fold(value).strip())
    return wq.Term(f"f_{facet}", fold(aliases.canonical(facet, value)).strip())


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


class _Builder:
    def __init__(self, tokens: list[_Token], text_fields: tuple[str, ...]) -> None:
        self.tokens = tokens
        self.text_fields = text_fields
        self.at = 0
        self.terms: set[str] = set()
        self.prefixes: set[str] = set()
        self.has_text = False
        self.negated = 0

    # grammar: or := and (OR and)* ; and := unary ((AND)? unary)* ;
    #          unary := (NOT|-) unary | "(" or ")" | atom
    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> wq.Query | None:
        if not self.tokens:
            return None
        result = self.parse_or()
        if self.peek() is not None:
            token = self.peek()
            assert token is not None
            if token.kind == "close":
                raise QuerySyntaxError("en slutparentes saknar sin början")
            raise QuerySyntaxError(f"oväntat '{token.value}'")  # pragma: no cover
        return result

    def parse_or(self) -> wq.Query | None:
        parts = [self.parse_and()]
        while (token := self.peek()) is not None and token.kind == "op" and token.value == "or":
            self.take()
            parts.append(self.parse_and())
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else wq.Or(kept)

    def parse_and(self) -> wq.Query | None:
        parts = [self.parse_unary()]
        while (token := self.peek()) is not None and not (
            token.kind == "close" or (token.kind == "op" and token.value == "or")
        ):
            if token.kind == "op" and token.value == "and":
                self.take()
            parts.append(self.parse_unary())
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else wq.And(kept)

    def parse_unary(self) -> wq.Query | None:
        token = self.peek()
        if token is None:
            raise QuerySyntaxError("ett sökord saknas efter en operator")
        if token.kind == "op":
            if token.value != "not":
                raise QuerySyntaxError("en operator saknar ett sökord före sig")
            self.take()
            self.negated += 1
            inner = self.parse_unary()
            self.negated -= 1
            return wq.Not(inner) if inner is not None else None
        if token.kind == "word" and token.value.startswith("-") and len(token.value) > 1:
            self.take()
            self.negated += 1
            inner = self.atom(_Token("word", token.value[1:]))
            self.negated -= 1
            return wq.Not(inner) if inner is not None else None
        if token.kind == "open":
            self.take()
            if (inner_token := self.peek()) is not None and inner_token.kind == "close":
                raise QuerySyntaxError("tomma parenteser")
            inner = self.parse_or()
            closing = self.peek()
            if closing is None or closing.kind != "close":
                raise QuerySyntaxError("en parentes saknar sitt slut")
            self.take()
            return inner
        if token.kind == "close":
            raise QuerySyntaxError("en slutparentes saknar sin början")
        return self.atom(self.take())

    # ----------------------------------------------------------------- atoms
    def atom(self, token: _Token) -> wq.Query | None:
        if token.kind == "field":
            return self.field(token.value)
        if token.kind == "phrase":
            return self.text(token.value, phrase=True, fields=self.text_fields)
        return self.text(token.value, phrase=False, fields=self.text_fields)

    def field(self, name: str) -> wq.Query | None:
        key = FIELDS.get(fold(name))
        if key is None:
            raise QuerySyntaxError(f"okänt fält '{name}:'")
        token = self.peek()
        if token is None or token.kind not in ("word", "phrase"):
            raise QuerySyntaxError(f"fältet '{name}:' saknar ett värde")
        value = self.take().value.strip()
        if not value:
            raise QuerySyntaxError(f"fältet '{name}:' saknar ett värde")
        if key == "date":
            return date_query(*date_range(value))
        if key == "title":
            return self.text(value, phrase=True, fields=("title",))
        if key == "reference":
            return wq.Term("reference_key", reference_key(value))
        if key == "person":
            return wq.Or(
                [
                    facet_query("person", value),
                    self.text(value, phrase=True, fields=("names",), mark=False) or wq.NullQuery,
                ]
            )
        return facet_query(key, value)

    def text(
        self,
        value: str,
        *,
        phrase: bool,
        fields: tuple[str, ...] = TEXT_FIELDS,
        mark: bool = True,
    ) -> wq.Query | None:
        """Free text: a word, a prefix*, a phrase, or a word with inner punctuation."""
        if not phrase and value.endswith("*") and len(value) > 1:
            word = fold(value.rstrip("*"))
            if not WORD_RE.fullmatch(word):
                raise QuerySyntaxError(f"'{value}': bara ett ord kan ha * sist")
            prefix = word if word.isdigit() else _common_prefix(word, _stem(word))
            if len(prefix) < 2:
                raise QuerySyntaxError(f"'{value}': för kort för en sökning på ordbörjan")
            if mark and not self.negated:
                self.prefixes.add(prefix)
                self.has_text = True
            return wq.Or([wq.Prefix(name, prefix) for name in fields])
        words = [fold(m.group()) for m in WORD_RE.finditer(value)]
        terms = [t for w in words if (t := query_term(w))]
        if not terms:
            return None  # stop words only
        if mark and not self.negated:
            self.terms.update(terms)
            self.has_text = True
        alternatives: list[wq.Query] = []
        for name in fields:
            if len(terms) == 1:
                alternatives.append(wq.Term(name, terms[0]))
            elif phrase or len(words) > 1:
                # "a phrase", or one token with inner punctuation (SSP-arbetet)
                alternatives.append(wq.Phrase(name, terms))
        if not phrase and len(words) > 1 and "text" in fields:
            alternatives.append(wq.Term("reference_key", reference_key(value)))
        return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)


def parse(text: str, text_fields: tuple[str, ...] = TEXT_FIELDS) -> ParsedQuery:
    """Parse the query language; raises ``QuerySyntaxError`` (Swedish reason).

    Free text is looked for in ``text_fields`` (``SUB_TEXT_FIELDS`` for sub-records).
    """
    builder = _Builder(_lex(text), text_fields)
    result = builder.parse()
    return ParsedQuery(result, builder.terms, builder.prefixes, builder.has_text)


def plain_words(
    text: str, *, any_word: bool = False, text_fields: tuple[str, ...] = TEXT_FIELDS
) -> ParsedQuery:
    """The fallback: the query's words (all of them, or any with ``any_word``)."""
    words = [fold(m.group()) for m in WORD_RE.finditer(text)]
    terms = [t for w in words if w not in STOP_WORDS and (t := normal_form(w))]
    if not terms:
        return ParsedQuery(None)
    per_word = [
        wq.Or([wq.Term(name, term) for name in text_fields]) for term in dict.fromkeys(terms)
    ]
    combined: wq.Query = (
        per_word[0] if len(per_word) == 1 else (wq.Or(per_word) if any_word else wq.And(per_word))
    )
    return ParsedQuery(combined, set(terms), set(), True)


def loosen(parsed: ParsedQuery) -> ParsedQuery | None:
    """For a query of plain words only: any word instead of all (None if not applicable)."""
    q = parsed.query
    if not isinstance(q, wq.And) or len(q.subqueries) < 2:
        return None
    for sub in q.subqueries:
        if not isinstance(sub, wq.Or) or not all(isinstance(s, wq.Term) for s in sub.subqueries):
            return None
    return ParsedQuery(wq.Or(list(q.subqueries)), parsed.terms, parsed.prefixes, True)
