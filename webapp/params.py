"""Query-string parameters of the search page, ``/api/search`` and the CSV export.

Every parameter is checked here, once, with a Swedish message for what is wrong; the
views only see a valid ``SearchParams``.  Unknown parameters are ignored.

Facet filters use the facet names of ``search.FACET_NAMES`` as parameter names and may be
repeated (``party=M&party=L``): values of one facet are OR-ed, facets AND-ed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from werkzeug.datastructures import MultiDict

from kommunminne.model import DOC_TYPES
from webapp.errors import bad_request

if TYPE_CHECKING:  # pragma: no cover
    from search import SearchRequest

MAX_QUERY_CHARS = 500
MAX_VALUE_CHARS = 200
MAX_VALUES_PER_FILTER = 20
DEFAULT_LIMIT = 10  # as `kommunminne search` (and SearchRequest)
MAX_LIMIT = 100
CSV_DEFAULT_LIMIT = 1000
CSV_MAX_LIMIT = 1000
#: deepest result reachable by paging (page * limit); deeper paging costs without use
MAX_DEPTH = 10_000
SORTS = ("relevance", "date")

#: facet filter parameter -> its Swedish name (the order of the facets on the page)
FACETS_SV: dict[str, str] = {
    "type": "Dokumenttyp",
    "year": "År",
    "party": "Parti",
    "district": "Stadsdel",
    "agency": "Myndighet",
    "body": "Kommunalt organ",
    "measure": "Åtgärd",
    "topic": "Ämne",
    "person": "Person",
}

#: the facet (and filter parameter) of each entity label
LABEL_FACETS: dict[str, str] = {
    "DISTRICT": "district",
    "AGENCY": "agency",
    "COUNCIL_BODY": "body",
    "MEASURE": "measure",
    "PARTY": "party",
    "PERSON": "person",
}

#: every query-string parameter of a search, in URL order
SEARCH_PARAM_NAMES: tuple[str, ...] = (
    "q",
    *FACETS_SV,
    "from",
    "to",
    "entity",
    "sort",
    "page",
    "limit",
)


@dataclass
class SearchParams:
    q: str = ""
    #: facet name -> selected values (only facets with values)
    filters: dict[str, list[str]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    entity: str | None = None
    sort: str = "relevance"
    page: int = 1
    limit: int = DEFAULT_LIMIT

    def has_filters(self) -> bool:
        return bool(self.filters or self.date_from or self.date_to or self.entity)

    def is_empty(self) -> bool:
        return not self.q and not self.has_filters()

    def is_selected(self, facet: str, value: str) -> bool:
        return value in self.filters.get(facet, [])

    def url_args(self, **changes: Any) -> dict[str, Any]:
        """URL parameters of this search, with ``changes`` (None removes a parameter).

        Use ``from_``/``to`` for the dates.  Lists become repeated parameters.
        """
        args: dict[str, Any] = {}
        if self.q:
            args["q"] = self.q
        for name in FACETS_SV:
            if self.filters.get(name):
                args[name] = list(self.filters[name])
        for name, value in (("from", self.date_from), ("to", self.date_to)):
            if value:
                args[name] = value
        if self.entity:
            args["entity"] = self.entity
        if self.sort != "relevance":
            args["sort"] = self.sort
        if self.page != 1:
            args["page"] = self.page
        if self.limit != DEFAULT_LIMIT:
            args["limit"] = self.limit
        for key, value in changes.items():
            key = key.rstrip("_")
            if value is None or value == []:
                args.pop(key, None)
            else:
                args[key] = value
        return args

    def toggled(self, facet: str, value: str) -> dict[str, Any]:
        """URL parameters with ``value`` of ``facet`` added or removed, back on page 1."""
        values = list(self.filters.get(facet, []))
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        return self.url_args(**{facet: values or None, "page": None})


def _clean(name: str, value: str, max_chars: int) -> str:
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value) or "\x7f" in value:
        bad_request(f"Parametern ”{name}” innehåller otillåtna tecken.")
    value = " ".join(value.split())
    if len(value) > max_chars:
        bad_request(f"Parametern ”{name}” är för lång (högst {max_chars} tecken).")
    return value


def _single(args: MultiDict[str, str], name: str, max_chars: int = MAX_VALUE_CHARS) -> str | None:
    values = args.getlist(name)
    if not values:
        return None
    if len(values) > 1:
        bad_request(f"Parametern ”{name}” får bara anges en gång.")
    return _clean(name, values[0], max_chars) or None


def _many(args: MultiDict[str, str], name: str) -> list[str]:
    raw = args.getlist(name)
    if len(raw) > MAX_VALUES_PER_FILTER:
        bad_request(f"Parametern ”{name}” får anges högst {MAX_VALUES_PER_FILTER} gånger.")
    values: list[str] = []
    for value in raw:
        value = _clean(name, value, MAX_VALUE_CHARS)
        if value and value not in values:
            values.append(value)
    return values


def _int(args: MultiDict[str, str], name: str, default: int, low: int, high: int, what: str) -> int:
    raw = _single(args, name, 40)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        bad_request(f"{what} måste vara ett heltal, inte ”{raw}”.")
    if not low <= value <= high:
        bad_request(f"{what} måste vara mellan {low} och {high}.")
    return value


def _date(args: MultiDict[str, str], name: str, what: str) -> str | None:
    raw = _single(args, name, 10)
    if raw is None:
        return None
    try:
        if len(raw) != 10:  # fromisoformat would also take 20190101
            raise ValueError(raw)
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError:
        bad_request(f"{what} måste vara ett datum som ÅÅÅÅ-MM-DD, inte ”{raw}”.")


def parse_search_params(args: MultiDict[str, str], *, csv: bool = False) -> SearchParams:
    """Validate the query string of a search; raises a 400 with a Swedish message."""
    q = _single(args, "q", MAX_QUERY_CHARS) or ""
    filters: dict[str, list[str]] = {}
    for name in FACETS_SV:
        values = _many(args, name)
        if values:
            filters[name] = values
    for doc_type in filters.get("type", []):
        if doc_type not in DOC_TYPES:
            bad_request(f"Okänd dokumenttyp ”{doc_type}”. Giltiga typer: {', '.join(DOC_TYPES)}.")
    for year in filters.get("year", []):
        if not (len(year) == 4 and year.isdigit()):
            bad_request(f"Året måste anges med fyra siffror, inte ”{year}”.")
    date_from = _date(args, "from", "Från-datum")
    date_to = _date(args, "to", "Till-datum")
    if date_from and date_to and date_from > date_to:
        bad_request("Från-datum kan inte vara senare än till-datum.")
    sort = _single(args, "sort") or "relevance"
    if sort not in SORTS:
        bad_request("Sorteringen måste vara ”relevance” (relevans) eller ”date” (datum).")
    default_limit, max_limit = (
        (CSV_DEFAULT_LIMIT, CSV_MAX_LIMIT) if csv else (DEFAULT_LIMIT, MAX_LIMIT)
    )
    limit = _int(args, "limit", default_limit, 1, max_limit, "Antalet träffar per sida")
    page = _int(args, "page", 1, 1, MAX_DEPTH, "Sidnumret")
    if (page - 1) * limit >= MAX_DEPTH:
        bad_request(f"Det går inte att bläddra förbi träff {MAX_DEPTH}; förfina sökningen.")
    return SearchParams(
        q=q,
        filters=filters,
        date_from=date_from,
        date_to=date_to,
        entity=_single(args, "entity"),
        sort=sort,
        page=page,
        limit=limit,
    )


def to_search_request(params: SearchParams) -> SearchRequest:
    from search import SearchRequest

    return SearchRequest(
        query=params.q,
        date_from=params.date_from,
        date_to=params.date_to,
        entity=params.entity,
        filters={name: list(values) for name, values in params.filters.items()},
        sort=params.sort,
        page=params.page,
        limit=params.limit,
    )
