"""Deadlines in Swedish council prose: the END of the period a sentence names, as an ISO date.

Pure functions; no spaCy.  ``parse_deadline(text, doc_date)`` returns the deadline of a
sentence (or ``None``), ``find_deadlines`` every deadline expression with its offsets.

Period boundaries (the end of the period is the deadline):

============================  ==========================================================
expression                    end of the period
============================  ==========================================================
våren / vårterminen YYYY      YYYY-06-30 (the spring term, January–June)
sommaren YYYY                 YYYY-08-31 (June–August); also ``sommarlovet``,
                              ``sommaruppehållet``
före / till / inför sommaren  YYYY-06-30 (council usage: before the summer break)
efter sommaren YYYY           YYYY-09-30
hösten / höstterminen YYYY    YYYY-12-31 (the autumn term, August–December)
i höst, i vår, i vinter       as ``hösten`` … (``i vår`` only before a break or a
                              conjunction: "i vår budget" is "our budget")
läsåret YYYY/YYYY+1           (YYYY+1)-06-30 (a school year ends with the spring term);
                              ``läsåret``, ``nästa läsår`` relative to the document date
valborg, midsommar, jul,      04-30, Midsummer Eve (the Friday of 19–25 June), 12-24,
nationaldagen, påsk           06-06, Easter Sunday (``före``/``inför`` → the day before)
vintern YYYY                  YYYY-02-28/29 (the winter at the start of the year);
                              ``vintern YYYY/YYYY+1`` → end of February of YYYY+1
första/andra … kvartalet      03-31, 06-30, 09-30, 12-31
första/andra halvåret         06-30, 12-31
första/andra/tredje tertialet 04-30, 08-31, 12-31
(i) januari YYYY              YYYY-01-31 (last day of the month)
(den) 31 mars YYYY, ISO date  that day; ``före den 1 mars`` → the day before
vecka 12 (YYYY)               the Sunday of ISO week 12
under / senast / till YYYY    YYYY-12-31; ``före YYYY`` → (YYYY-1)-12-31;
                              ``före utgången av YYYY`` → YYYY-12-31
under året, i år, i höst …    relative to the document's year
resten av året                the document's year, 12-31; ``innan 2020 är slut`` → 2020-12-31
nästa år, under nästa år      the year after the document's year
halvårsskiftet (YYYY)         06-30
till / före / vid årsskiftet  the document's year, 12-31 (``årsskiftet 2020/2021`` → 2020-12-31)
inom två år / sex månader     the document date plus the period; also ``under de kommande
                              två åren``; not a span counted from an event (``inom en
                              vecka efter felanmälan``: no calendar date, ``None``)
nästa vecka / nästa månad     the Sunday of the next week / the last day of the next month
under perioden 2020–2022      2022-12-31 (a range ends with its last year)
från och med YYYY / hösten    the end of the named period (the time by which it starts)
mandatperioden                the end of the current mandate period (14 October of the next
                              general-election year: 2018, 2022, 2026, …)
årsredovisningen för YYYY     YYYY-12-31
============================  ==========================================================

A season or month without a year is taken in the document's year, or the next year when
that period has already ended at the document date.  Bare numbers are years only in
1900–2100 and only after a temporal word (``under``, ``senast``, ``till``, ``före``,
``år``, ``perioden``, ``från och med`` …), so "2 000 kronor", "KSN-2019-0214",
"2016/17:591" and "trygghetsmätningen 2017" are not deadlines.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "apr": 4,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
FULL_MONTHS = frozenset(list(MONTHS)[:12])
ORDINALS: dict[str, int] = {
    "första": 1,
    "1:a": 1,
    "andra": 2,
    "2:a": 2,
    "tredje": 3,
    "3:e": 3,
    "fjärde": 4,
    "4:e": 4,
    "sista": 4,
}
NUMBER_WORDS: dict[str, int] = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "arton": 18,
    "tjugofyra": 24,
}
#: first general-election year of the four-year cycle (elections every 4 years since 2014)
ELECTION_BASE_YEAR = 2014

_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d:/-]\d)"
_OPT_YEAR = r"(?:\s+(?:år\s+)?(?P<year>(?:19|20)\d\d)(?![\d:/-]\d))?"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?P<ord>första|andra|tredje|fjärde|sista|[1-4]:[ae])"
_NUM = r"(?P<num>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_B = r"(?<![\wÅÄÖåäö-])"  # word start (not inside a word or a hyphenated reference)
_E = r"(?![\wÅÄÖåäö])"


@dataclass(frozen=True)
class DeadlineMatch:
    start: int  # character offsets of the expression in the text
    end: int
    text: str
    date: str  # ISO date, end of the period
    strong: bool  # introduced by "senast" / "före" / "till" / "innan" (an explicit limit)


def _iso(d: date) -> str:
    return d.isoformat()


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    total = d.month - 1 + months
    year, month = d.year + total // 12, total % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _coerce_date(doc_date: str | date | None) -> date | None:
    if doc_date is None or isinstance(doc_date, date):
        return doc_date
    try:
        return date.fromisoformat(str(doc_date)[:10])
    except ValueError:
        return None


def _pick_year(year: str | None, end_of: tuple[int, int], ref: date | None) -> int | None:
    """The explicit year, else the document's year (next year when that period is over)."""
    if year:
        return int(year)
    if ref is None:
        return None
    month, day = end_of
    if (month, day) == (2, 29):
        day = calendar.monthrange(ref.year, 2)[1]
    return ref.year if date(ref.year, month, day) >= ref else ref.year + 1


def _month_end_after(ref: date, months: int) -> date:
    """The last day of the month ``months`` after the month of ``ref``."""
    total = ref.year * 12 + ref.month - 1 + months
    return _month_end(total // 12, total % 12 + 1)


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _feast_day(feast: str, year: int) -> date:
    """The day a feast names: Walpurgis Eve, Midsummer Eve (the Friday of 19–25 June),
    Christmas Eve, the National Day, Easter Sunday."""
    if feast.startswith("valborg"):
        return date(year, 4, 30)
    if feast.startswith("midsommar"):
        day = date(year, 6, 19)
        return day + timedelta(days=(4 - day.weekday()) % 7)
    if feast.startswith("jul"):
        return date(year, 12, 24)
    if feast.startswith("nationaldag"):
        return date(year, 6, 6)
    return easter_sunday(year)


def mandate_period_end(ref: date) -> date:
    """14 October of the first general-election year whose new term has not begun."""
    year = ref.year
    while (year - ELECTION_BASE_YEAR) % 4 != 0 or date(year, 10, 14) < ref:
        year += 1
    return date(year, 10, 14)


_STRONG = r"(?P<strong>senast|före|innan|till(?:\s+och\s+med)?|t\.o\.m\.|fram\s+till)"
_LEAD = rf"(?:{_STRONG}\s+)?(?:(?:under|i|vid|inom|efter|kring|från)\s+)?(?:den\s+)?"
#: before a season or a feast "inför" is "before" ("inför sommaren"); before a year it
#: names what something prepares ("budgetarbetet inför 2027"), no deadline
_LEAD_SEASON = _LEAD.replace("|innan|", "|innan|inför|")

# Each pattern: (regex, handler(match, ref) -> date | None).  Tried in this order; a
# position covered by an earlier match is not matched again.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_B + _LEAD + r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)" + _E, re.I), "iso"),
    (
        re.compile(_B + _LEAD + r"(?P<day>[0-3]?\d)(?::e|:a)?\s+" + _MONTH + _OPT_YEAR + _E, re.I),
        "day",
    ),
    (
        re.compile(
            _B
            + _LEAD
            + r"(?:utgången\s+av\s+|slutet\s+av\s+)?"
            + _MONTH
            + r"(?:\s+månad)?"
            + _OPT_YEAR
            + _E,
            re.I,
        ),
        "month",
    ),
    (
        re.compile(
            _B
            + _LEAD
            + r"(?:utgången\s+av\s+|slutet\s+av\s+)?"
            + _ORD
            + r"\s+(?P<unit>kvartalet|halvåret|tertialet)"
            + _OPT_YEAR
            + _E,
            re.I,
        ),
        "part",
    ),
    (
        re.compile(
            _B + _LEAD_SEASON + r"(?P<season>vår(?:en|terminen)|sommar(?:en|lovet|uppehållet)?"
            r"|höst(?:en|terminen)|vinter(?:n)?|vintern)(?:\s+(?P<year>(?:19|20)\d\d)"
            r"(?:\s*/\s*(?P<year2>(?:19|20)?\d\d))?(?![\d:-]\d))?" + _E,
            re.I,
        ),
        "season",
    ),
    (
        # "i höst", "i vinter", "i vår" (but not "i vår budget": "vår" is also "our")
        re.compile(
            _B + r"(?:(?P<strong>senast|till)\s+)?i\s+(?P<season>höst|vinter"
            r"|vår(?=\s*(?:[.,;:!?)]|$|(?:och|eller|samt|men|när|då|så)(?![\wÅÄÖåäö]))))" + _E,
            re.I,
        ),
        "bare_season",
    ),
    (
        # the school year: "läsåret 2019/2020" (ends with the spring term), "nästa läsår"
        re.compile(
            _B + _LEAD + r"(?:utgången\s+av\s+|slutet\s+av\s+)?(?:(?P<rel>detta|innevarande|nästa"
            r"|kommande)\s+)?läsår(?:et)?(?:\s+(?P<year>(?:19|20)\d\d)"
            r"\s*/\s*(?P<year2>(?:19|20)?\d\d))?" + _E,
            re.I,
        ),
        "school_year",
    ),
    (
        # feasts: "före midsommar", "till jul", "valborgsfirandet nästa år"
        re.compile(
            _B
            + _LEAD_SEASON
            + r"(?P<feast>valborg\w*|midsommar\w*|jul(?:en|afton|helgen)?|nationaldagen"
            r"|påsk(?:en|helgen)?)(?:\s+(?:(?P<year>(?:19|20)\d\d)(?![\d:/-]\d)"
            r"|(?P<next>nästa\s+år)))?" + _E,
            re.I,
        ),
        "feast",
    ),
    (re.compile(_B + _LEAD + r"vecka\s+(?P<week>\d{1,2})" + _OPT_YEAR + _E, re.I), "week"),
    (re.compile(_B + _LEAD + r"halvårsskiftet" + _OPT_YEAR + _E, re.I), "midyear"),
    (
        re.compile(
            _B + _LEAD + r"(?:årsskiftet|nyår|årets\s+(?:slut|utgång)|året\s+är\s+slut"
            r"|resten\s+av\s+året|(?P<end_year>(?:19|20)\d\d)\s+är\s+slut)"
            r"(?:\s+(?P<year>(?:19|20)\d\d)(?:\s*/\s*(?:19|20)?\d\d)?)?" + _E,
            re.I,
        ),
        "year_end",
    ),
    (
        re.compile(
            _B + r"(?:(?P<strong>senast|före|innan|till)\s+)?(?:under\s+|i\s+)?"
            r"(?P<rel>nästa\s+år|nästkommande\s+år|kommande\s+år|året|innevarande\s+år"
            r"|detta\s+år|i\s+år)" + _E,
            re.I,
        ),
        "relyear",
    ),
    (
        # "inom två år", "under de kommande två åren"; not a span counted from an event
        # ("inom en vecka efter felanmälan" has no calendar date)
        re.compile(
            _B
            + r"(?:inom|under\s+de)\s+(?:(?:närmaste|kommande)\s+)?"
            + _NUM
            + r"\s+(?:(?:närmaste|kommande)\s+)?"
            r"(?P<unit>åren|år|månaderna|månader|månad|veckorna|veckor|vecka|dagarna|dagar)"
            + _E
            + r"(?!\s+(?:efter|från)\s+(?!i\s*dag|idag|nu\b))",
            re.I,
        ),
        "within",
    ),
    (
        # "nästa vecka" (its Sunday), "under nästa månad" (its last day)
        re.compile(
            _B + r"(?:(?P<strong>senast|före|innan|till)\s+)?(?:(?:under|i)\s+)?"
            r"(?P<rel>nästa|kommande|denna|den\s+här)\s+(?P<unit>veckan?|månad(?:en)?)" + _E,
            re.I,
        ),
        "relweek",
    ),
    (
        re.compile(
            _B + r"(?:(?:under|inom|före|till)\s+)(?:(?:den\s+)?(?:här|denna|innevarande"
            r"|nuvarande|pågående)\s+)?mandatperiod(?:en)?" + _E,
            re.I,
        ),
        "mandate",
    ),
    (
        re.compile(
            _B + r"(?P<strong>senast|före|innan|till(?:\s+och\s+med)?|fram\s+till)?\s*"
            r"(?:(?:under|i|inom|vid)\s+)?(?:(?:utgången|slutet)\s+av\s+)?(?:år\s+)?"
            + _YEAR
            + r"(?:\s*[–-]\s*(?P<year_to>(?:19|20)\d\d))?"
            + _E
            + r"(?!\s+års)",
            re.I,
        ),
        "year",
    ),
    (
        re.compile(
            _B + r"(?:årsredovisning(?:en)?|bokslut(?:et)?|verksamhetsberättelse(?:n)?)"
            r"\s+för\s+(?:år\s+)?" + _YEAR + _E,
            re.I,
        ),
        "report_year",
    ),
]

#: what each kind of expression cannot match without: a cheap test before the full
#: pattern, whose optional lead is costly to try at every position of a sentence (whole
#: words where the pattern requires a whole word; the tests check that the results are
#: the same as without this filter)
_W0, _W1 = r"(?<![\wÅÄÖåäö])", r"(?![\wÅÄÖåäö])"
_MONTH_WORD = _W0 + _MONTH + _W1
_REQUIRED: dict[str, re.Pattern[str]] = {
    kind: re.compile(core, re.I)
    for kind, core in {
        "iso": r"(?:19|20)\d\d-",
        "day": _MONTH_WORD,
        "month": _MONTH_WORD,
        "part": r"kvartalet|halvåret|tertialet",
        "season": _W0
        + r"(?:vår(?:en|terminen)|sommar(?:en|lovet|uppehållet)?|höst(?:en|terminen)|vintern?)"
        + _W1,
        "bare_season": _W0 + r"i\s+(?:höst|vår|vinter)" + _W1,
        "school_year": r"läsår",
        "feast": r"valborg|midsommar|jul|nationaldag|påsk",
        "week": r"vecka",
        "midyear": r"halvårsskiftet",
        "year_end": _W0 + r"(?:årsskiftet|nyår|årets|året|är\s+slut)" + _W1,
        "relyear": _W0 + r"år(?:et)?" + _W1,
        "within": r"inom|under\s+de\s",
        "relweek": r"vecka|månad",
        "mandate": r"mandatperiod",
        "year": r"(?:19|20)\d\d",
        "report_year": r"(?:19|20)\d\d",
    }.items()
}

_TEMPORAL_BEFORE_YEAR = re.compile(
    r"(?<![\wÅÄÖåäö])(?:senast|före|innan|till|under|inom|år|åren|perioden|i|vid"
    r"|utgången\s+av|slutet\s+av|fram\s+till|och\s+med)\s*$",
    re.I,
)


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> date | None:  # noqa: C901
    g = m.groupdict()
    strong = (g.get("strong") or "").lower()
    before = strong in {"före", "innan", "inför"}
    if kind == "iso":
        try:
            d = date.fromisoformat(g["iso"])
        except ValueError:
            return None
        return d - timedelta(days=1) if before else d
    if kind == "day":
        month = MONTHS[g["month"].lower()]
        day = int(g["day"])
        year = _pick_year(g.get("year"), (month, min(day, 28)), ref)
        if year is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
        d = date(year, month, day)
        return d - timedelta(days=1) if before else d
    if kind == "month":
        month = MONTHS[g["month"].lower()]
        if g["month"].lower() not in FULL_MONTHS and not g.get("year"):
            return None  # "mar", "jan" alone are too ambiguous without a year
        year = _pick_year(g.get("year"), (month, 28), ref)
        if year is None:
            return None
        if before and "utgången" not in m.group(0).lower() and "slutet" not in m.group(0).lower():
            return date(year, month, 1) - timedelta(days=1)
        return _month_end(year, month)
    if kind == "part":
        n = ORDINALS[g["ord"].lower()]
        unit = g["unit"].lower()
        parts = {"kvartalet": 4, "halvåret": 2, "tertialet": 3}[unit]
        n = parts if g["ord"].lower() == "sista" else min(n, parts)
        end_month = n * (12 // parts)
        year = _pick_year(g.get("year"), (end_month, 28), ref)
        return None if year is None else _month_end(year, end_month)
    if kind in {"season", "bare_season"}:
        season = g["season"].lower()
        if season.startswith("vår"):
            end = (6, 30)
        elif season.startswith("sommar"):
            end = (6, 30) if strong in {"före", "innan", "inför", "till"} else (8, 31)
            if "efter" in m.group(0).lower():
                end = (9, 30)
        elif season.startswith("höst"):
            end = (12, 31)
        else:  # winter
            end = (2, 29)
        if g.get("year2"):
            year2 = g["year2"]
            year = int(year2) if len(year2) == 4 else int(g["year"][:2] + year2)
        else:
            year = _pick_year(g.get("year"), end, ref)
        if year is None:
            return None
        if end == (2, 29):
            return _month_end(year, 2)
        return date(year, *end)
    if kind == "school_year":
        # a school year ends with the spring term: "läsåret 2019/2020" -> 2020-06-30
        if g.get("year2"):
            year2 = g["year2"]
            year = int(year2) if len(year2) == 4 else int(g["year"][:2] + year2)
        else:
            year = _pick_year(None, (6, 30), ref)
            if year is None:
                return None
            year += 1 if (g.get("rel") or "").lower() in {"nästa", "kommande"} else 0
        return date(year, 6, 30)
    if kind == "feast":
        feast = g["feast"].lower()
        if ref is None and not g.get("year"):
            return None
        if g.get("year"):
            year = int(g["year"])
        elif g.get("next"):
            year = ref.year + 1  # type: ignore[union-attr]
        else:
            year = None
        day = _feast_day(feast, year if year is not None else ref.year)  # type: ignore[union-attr]
        if year is None and ref is not None and day < ref:
            day = _feast_day(feast, ref.year + 1)
        return day - timedelta(days=1) if before else day
    if kind == "relweek":
        if ref is None:
            return None
        rel = g["rel"].lower()
        offset = 1 if rel in {"nästa", "kommande"} else 0
        if g["unit"].lower().startswith("veck"):
            return ref + timedelta(days=6 - ref.weekday() + 7 * offset)
        return _month_end_after(ref, offset)
    if kind == "week":
        week = int(g["week"])
        year = int(g["year"]) if g.get("year") else (ref.year if ref else None)
        if year is None or not 1 <= week <= 53:
            return None
        try:
            return date.fromisocalendar(year, week, 7)
        except ValueError:
            return None
    if kind == "midyear":
        year = _pick_year(g.get("year"), (6, 30), ref)
        return None if year is None else date(year, 6, 30)
    if kind == "year_end":
        year = g.get("year") or g.get("end_year")
        if year:
            return date(int(year), 12, 31)
        return date(ref.year, 12, 31) if ref else None
    if kind == "relyear":
        if ref is None:
            return None
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        if rel == "året" and m.group(0).strip().lower() == "året":
            return None  # "året" needs "under" / "senast" / "till" …
        offset = 1 if rel.startswith(("nästa", "nästkommande", "kommande")) else 0
        return date(ref.year + offset, 12, 31)
    if kind == "within":
        if ref is None:
            return None
        num = g["num"].lower()
        n = int(num) if num.isdigit() else NUMBER_WORDS[num]
        unit = g["unit"].lower()
        if unit.startswith("år"):
            return _add_months(ref, 12 * n)
        if unit.startswith("månad"):
            return _add_months(ref, n)
        if unit.startswith("veck"):
            return ref + timedelta(weeks=n)
        return ref + timedelta(days=n)
    if kind == "mandate":
        return mandate_period_end(ref) if ref else None
    if kind in {"year", "report_year"}:
        # a bare year counts only after a temporal word ("under perioden 2020–2022",
        # "från och med 2020"), in the match or just before it
        prefix = m.group(0)[: m.start("year") - m.start(0)]
        before_year = m.string[max(0, m.start() - 20) : m.start("year")]
        if kind == "year" and not _TEMPORAL_BEFORE_YEAR.search(before_year):
            return None
        year = int(g.get("year_to") or g["year"])
        if before and "utgången" not in prefix.lower() and "slutet" not in prefix.lower():
            return date(year - 1, 12, 31)
        return date(year, 12, 31)
    return None  # pragma: no cover


def find_deadlines(text: str, doc_date: str | date | None = None) -> list[DeadlineMatch]:
    """Every deadline expression in ``text``, in text order (non-overlapping)."""
    ref = _coerce_date(doc_date)
    taken: list[tuple[int, int]] = []
    found: list[DeadlineMatch] = []
    for pattern, kind in _PATTERNS:
        if not _REQUIRED[kind].search(text):
            continue
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            # trim leading whitespace of an optional prefix
            while start < end and text[start].isspace():
                start += 1
            if start >= end or any(s < end and start < e for s, e in taken):
                continue
            resolved = _resolve(kind, m, ref)
            if resolved is None:
                if kind in {"iso", "day"}:
                    taken.append((start, end))  # an impossible date is no deadline at all
                continue
            strong = bool(m.groupdict().get("strong"))
            taken.append((start, end))
            found.append(DeadlineMatch(start, end, text[start:end], _iso(resolved), strong))
    found.sort(key=lambda d: d.start)
    return found


#: words between two period expressions that make them one period ("mars eller april")
_ALTERNATIVE_JOINS = frozenset({"eller", "och", "–", "-", "/"})


def _join_alternatives(text: str, found: list[DeadlineMatch]) -> list[DeadlineMatch]:
    """Periods named as alternatives or a range ("under mars eller april 2020", "våren
    och hösten 2021", "januari–mars") are one period: it ends with the later one."""
    joined: list[DeadlineMatch] = []
    for match in found:
        if joined and text[joined[-1].end : match.start].strip().lower() in _ALTERNATIVE_JOINS:
            first = joined[-1]
            joined[-1] = DeadlineMatch(
                first.start,
                match.end,
                text[first.start : match.end],
                max(first.date, match.date),
                first.strong or match.strong,
            )
        else:
            joined.append(match)
    return joined


def parse_deadline(text: str, doc_date: str | date | None = None) -> str | None:
    """The deadline of a sentence: the first explicit limit ("senast …"), else the first
    deadline expression; ``None`` when the sentence names none."""
    found = _join_alternatives(text, find_deadlines(text, doc_date))
    if not found:
        return None
    for match in found:
        if match.strong:
            return match.date
    return found[0].date
