"""The HTML pages: search, document, PDF download, entity register and pages, trace."""

from __future__ import annotations

import contextlib
import math
import re
from collections import Counter, defaultdict

from flask import (
    Blueprint,
    Response,
    current_app,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)

from kommunminne.model import ENTITY_LABELS
from kommunminne.textnorm import fold
from webapp.backend import Backend, IndexUnavailable
from webapp.charts import year_chart
from webapp.docview import build_view
from webapp.errors import bad_request, not_found
from webapp.locate import SourceLocator
from webapp.params import (
    FACETS_SV,
    LABEL_FACETS,
    MAX_QUERY_CHARS,
    MAX_VALUE_CHARS,
    parse_search_params,
    to_search_request,
)

bp = Blueprint("pages", __name__)

DOC_ID = re.compile(r"[0-9a-f]{16}")
#: facet values shown before "Visa N till"
FACET_LIMIT = 8
EVENT_KIND_ORDER = ("question", "proposal", "commitment", "decline", "mention")
#: trace events listed per page (the chart and the counts cover them all)
TRACE_PAGE_EVENTS = 200
#: documents and commitments listed on an entity page, the newest (the counts cover all;
#: the search and the trace have the rest)
ENTITY_LIST_LIMIT = 100


def backend() -> Backend:
    return current_app.extensions["kommunminne"]


def check_doc_id(doc_id: str) -> str:
    if not DOC_ID.fullmatch(doc_id):
        not_found(f"Det finns inget dokument med id ”{doc_id[:40]}”.")
    return doc_id


def check_label(label: str) -> str:
    upper = label.upper()
    if upper not in ENTITY_LABELS:
        not_found(f"Okänd sorts entitet ”{label[:40]}”.")
    return upper


def query_param(name: str = "q") -> str:
    values = request.args.getlist(name)
    if len(values) > 1:
        bad_request(f"Parametern ”{name}” får bara anges en gång.")
    value = " ".join((values[0] if values else "").split())
    if len(value) > MAX_QUERY_CHARS:
        bad_request(f"Sökfrågan är för lång (högst {MAX_QUERY_CHARS} tecken).")
    if any(ord(c) < 32 for c in value):
        bad_request("Sökfrågan innehåller otillåtna tecken.")
    return value


# ---------------------------------------------------------------------------- search
@bp.get("/")
@bp.get("/search")
def search() -> str:
    params = parse_search_params(request.args)
    response = None
    unavailable = None
    try:
        response = backend().search(to_search_request(params))
    except IndexUnavailable as exc:
        unavailable = str(exc)
    pages = max(1, math.ceil(response.total / params.limit)) if response else 1
    facets = dict(response.facets) if response else {}
    if facets.get("year"):  # years in time order, newest first; other facets by count
        facets["year"] = sorted(facets["year"], key=lambda item: item.value, reverse=True)

    def page_url(page: int) -> str:
        return url_for("pages.search", **params.url_args(page=None if page == 1 else page))

    return render_template(
        "search.html",
        section="search",
        params=params,
        response=response,
        facets=facets,
        unavailable=unavailable,
        pages=pages,
        page_url=page_url,
        facet_order=list(FACETS_SV),
        facet_limit=FACET_LIMIT,
        max_query=MAX_QUERY_CHARS,
    )


# -------------------------------------------------------------------------- document
@bp.get("/documents/<doc_id>")
def document(doc_id: str) -> str:
    check_doc_id(doc_id)
    doc = backend().document(doc_id)
    if doc is None:
        not_found(f"Det finns inget dokument med id ”{doc_id}”.")
    linked = []
    with contextlib.suppress(IndexUnavailable):  # the document still shows without links
        linked = backend().index().linked_documents(doc_id)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for entity in doc.entities:
        counts[entity.label][entity.canonical] += 1
    entity_groups = [
        (label, sorted(counts[label].items(), key=lambda item: (-item[1], item[0].lower())))
        for label in ENTITY_LABELS
        if counts.get(label)
    ]
    return render_template(
        "document.html",
        section="search",
        doc=doc,
        doc_id=doc_id,
        view=build_view(doc),
        linked=linked,
        entity_groups=entity_groups,
        ocr_pages=sum(1 for page in doc.pages if page.ocr),
        has_pdf=backend().pdf_path(doc_id) is not None,
    )


@bp.get("/documents/<doc_id>/pdf")
def document_pdf(doc_id: str) -> Response:
    check_doc_id(doc_id)
    path = backend().pdf_path(doc_id)
    if path is None:
        not_found("Originalfilen till det här dokumentet finns inte i arkivet.")
    doc = backend().document(doc_id)
    name = doc.source if doc and doc.source.lower().endswith(".pdf") else f"{doc_id}.pdf"
    response = send_file(
        path,
        mimetype="application/pdf",
        as_attachment=False,
        download_name=name,
        conditional=True,
        max_age=3600,
    )
    return response


# ---------------------------------------------------------------------------- entities
@bp.get("/entities")
def entities() -> str:
    raw_label = request.args.get("label", "")
    label = check_label(raw_label) if raw_label else None
    groups: list = []
    unavailable = None
    try:
        found = backend().entities(label=label)
    except IndexUnavailable as exc:
        found, unavailable = [], str(exc)
    by_label: dict[str, list] = defaultdict(list)
    for item in found:
        by_label[item.label].append(item)
    for key in ENTITY_LABELS:
        if by_label.get(key):
            items = sorted(by_label[key], key=lambda e: (-e.count, e.canonical.lower()))
            groups.append((key, items))
    return render_template(
        "entities.html", section="entities", groups=groups, label=label, unavailable=unavailable
    )


def _display_name(label: str, canonical: str) -> str:
    """The canonical name as the index spells it (``gottsunda`` -> ``Gottsunda``)."""
    if label in ENTITY_LABELS and label == label.upper():
        wanted = fold(canonical)
        for item in backend().entities(label=label):
            if fold(item.canonical) == wanted:
                return item.canonical
    return canonical


@bp.get("/entities/<label>/<path:canonical>")
def entity(label: str, canonical: str) -> str | Response:
    if label != label.upper() and label.upper() in ENTITY_LABELS:
        return redirect(url_for("pages.entity", label=label.upper(), canonical=canonical), 301)
    label = check_label(label)
    if len(canonical) > MAX_VALUE_CHARS or any(ord(c) < 32 for c in canonical):
        not_found("Entiteten finns inte.")
    overview = backend().entity_overview(label, canonical)
    if overview is None or (not overview.documents and not overview.commitments):
        not_found(f"Inga handlingar nämner ”{canonical}”.")
    display = _display_name(label, canonical)
    if display != canonical:  # one address per entity: /entities/DISTRICT/Gottsunda
        return redirect(url_for("pages.entity", label=label, canonical=display), code=301)
    locator = SourceLocator(backend().store)
    commitments = [
        (item, locator.locate(item.doc_id, item.text, item.kind).href)
        for item in overview.commitments[:ENTITY_LIST_LIMIT]
    ]
    documents = overview.documents[:ENTITY_LIST_LIMIT]
    listed_years = {d.date[:4] for d in documents if d.date}
    per_year = {int(year): {"count": n} for year, n in overview.per_year.items() if year.isdigit()}
    facet = LABEL_FACETS.get(label)
    filters = {facet: overview.canonical} if facet else {"entity": overview.canonical}
    search_url = url_for("pages.search", **filters)

    def year_url(year: int) -> str:
        """The year in the list below (empty: this page), or its documents in the search
        when the list stops before it."""
        if str(year) in listed_years:
            return ""
        return url_for("pages.search", **filters, year=str(year))

    return render_template(
        "entity.html",
        section="entities",
        label=label,
        canonical=overview.canonical,
        overview=overview,
        documents=documents,
        commitments=commitments,
        chart=year_chart(per_year),
        year_url=year_url,
        search_url=search_url,
    )


# ------------------------------------------------------------------------------- trace
class _EventView:
    def __init__(self, event: object, year: str, year_start: bool) -> None:
        self.event = event
        self.year = year
        self.year_start = year_start
        self.href = ""
        self.page: int | None = None
        self.pdf_href: str | None = None


def page_param(pages: int | None = None) -> int:
    """``?page=N`` (1 when absent); a 400 for anything but a whole number from 1."""
    values = request.args.getlist("page")
    if len(values) > 1:
        bad_request("Parametern ”page” får bara anges en gång.")
    raw = values[0].strip() if values else "1"
    if not raw.isdigit() or len(raw) > 6 or int(raw) < 1:
        bad_request(f"Sidnumret måste vara ett heltal från 1, inte ”{raw[:20]}”.")
    return int(raw)


@bp.get("/trace")
def trace() -> str:
    q = query_param()
    page = page_param()
    result = None
    unavailable = None
    events: list[_EventView] = []
    chart = None
    years: list[int] = []
    if q:
        try:
            result = backend().trace(q)
        except IndexUnavailable as exc:
            unavailable = str(exc)
    pages = 1
    year_pages: dict[str, int] = {}
    if result is not None:
        pages = max(1, math.ceil(len(result.events) / TRACE_PAGE_EVENTS))
        first = (page - 1) * TRACE_PAGE_EVENTS
        shown = range(first, min(first + TRACE_PAGE_EVENTS, len(result.events)))
        locator = SourceLocator(backend().store)
        per_year: dict[int, Counter[str]] = defaultdict(Counter)
        previous = None
        for number, event in enumerate(result.events):
            year = event.date[:4] if event.date else "Odaterat"
            year_pages.setdefault(year, number // TRACE_PAGE_EVENTS + 1)
            if year.isdigit():
                per_year[int(year)][event.kind] += 1
            if number in shown:  # only the events of this page are located and shown
                view = _EventView(event, year, year != previous or number == first)
                location = locator.locate(event.doc_id, event.text, event.kind)
                view.href, view.page = location.href, location.page
                view.pdf_href = location.pdf_href
                events.append(view)
            previous = year
        chart = year_chart(per_year, EVENT_KIND_ORDER)
        years = sorted(per_year)

    def page_url(number: int) -> str:
        return url_for("pages.trace", q=q, page=None if number == 1 else number)

    def year_url(year: int) -> str:
        """The page of the year's first event (empty: this page)."""
        wanted = year_pages.get(str(year), 1)
        return "" if wanted == page else page_url(wanted)

    return render_template(
        "trace.html",
        section="trace",
        q=q,
        result=result,
        events=events,
        chart=chart,
        doc_count=len({event.doc_id for event in result.events}) if result else 0,
        page=page,
        pages=pages,
        page_url=page_url,
        year_url=year_url,
        first_shown=(page - 1) * TRACE_PAGE_EVENTS + 1,
        first_year=years[0] if years else None,
        last_year=years[-1] if years else None,
        unavailable=unavailable,
        max_query=MAX_QUERY_CHARS,
    )


# -------------------------------------------------------------------------------- api
@bp.get("/om-api")
def about_api() -> str:
    return render_template("api.html", section="api")
