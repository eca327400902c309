"""The JSON API under ``/api/``, the CSV exports and ``/healthz``.

Shapes are those of the command line: ``/api/search`` is ``kommunminne search --json``
(``SearchResponse.to_dict()``), ``/api/documents/<id>`` is ``kommunminne extract --json``
plus ``"id"``, ``/api/trace`` is ``kommunminne trace --json``.  Errors are
``{"error": {"status", "title", "message"}}`` (``webapp.errors``).  The OpenAPI 3
description is ``webapp/openapi.json``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from kommunminne.model import DOC_TYPE_LABELS_SV
from webapp.backend import IndexUnavailable
from webapp.errors import bad_request, not_found
from webapp.pages import backend, check_doc_id, check_label, query_param
from webapp.params import MAX_VALUE_CHARS, parse_search_params, to_search_request
from webapp.templating import EVENT_KINDS_SV, person_sv

bp = Blueprint("api", __name__)

OPENAPI_PATH = Path(__file__).with_name("openapi.json")
CSV_SEPARATORS = {"semicolon": ";", "comma": ","}
#: a cell starting with one of these is a formula to Excel: quote it as text
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# ------------------------------------------------------------------------------ CSV
def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_response(
    header: Sequence[str], rows: Iterable[Sequence[object]], filename: str
) -> Response:
    """UTF-8 with a byte-order mark (so that Excel reads it as UTF-8), CRLF line ends and
    every field quoted where needed.  The separator is ``;`` (what Swedish Excel expects)
    unless ``?sep=comma``."""
    sep_name = request.args.get("sep", "semicolon")
    if sep_name not in CSV_SEPARATORS:
        bad_request("Parametern ”sep” måste vara ”semicolon” eller ”comma”.")
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(
        buffer, delimiter=CSV_SEPARATORS[sep_name], quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    response = Response(buffer.getvalue().encode("utf-8"), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def wants_csv() -> bool:
    """``?format=csv`` (``json``, the default, otherwise); another value is a 400."""
    values = request.args.getlist("format")
    if len(values) > 1:
        bad_request("Parametern ”format” får bara anges en gång.")
    value = values[0] if values else "json"
    if value not in ("json", "csv"):
        bad_request("Parametern ”format” måste vara ”json” eller ”csv”.")
    return value == "csv"


def _plain_snippet(snippet: str | None) -> str:
    return html.unescape(re.sub(r"</?mark>", "", snippet or ""))


# --------------------------------------------------------------------------- search
def _search_csv() -> Response:
    params = parse_search_params(request.args, csv=True)
    response = backend().search(to_search_request(params))
    rows = (
        [
            hit.date or "",
            DOC_TYPE_LABELS_SV.get(hit.doc_type, hit.doc_type),
            hit.title,
            hit.reference or "",
            "; ".join(person_sv(author) for author in hit.authors),
            hit.source,
            f"{hit.score:.3f}",
            _plain_snippet(hit.snippet),
            url_for("pages.document", doc_id=hit.id, _external=True),
            hit.id,
        ]
        for hit in response.hits
    )
    header = ["Datum", "Typ", "Titel", "Diarienummer", "Författare", "Fil", "Relevans",
              "Utdrag", "Länk", "Id"]  # fmt: skip
    return csv_response(header, rows, "kommunminne-sokresultat.csv")


@bp.get("/api/search")
def search() -> Response:
    if wants_csv():
        return _search_csv()
    params = parse_search_params(request.args)
    body = backend().search_json(to_search_request(params), current_app.json.dumps)
    return Response(body, mimetype="application/json")


@bp.get("/api/search.csv")
def search_csv() -> Response:
    return _search_csv()


# ------------------------------------------------------------------------ documents
@bp.get("/api/documents/<doc_id>")
def document(doc_id: str) -> Response:
    check_doc_id(doc_id)
    doc = backend().document(doc_id)
    if doc is None:
        not_found(f"Det finns inget dokument med id ”{doc_id}”.")
    return jsonify({"id": doc_id, **doc.to_dict()})


# ------------------------------------------------------------------------- entities
@bp.get("/api/entities")
def entities() -> Response:
    raw_label = request.args.get("label", "")
    label = check_label(raw_label) if raw_label else None
    found = backend().entities(label=label)
    return jsonify({"label": label, "entities": [item.to_dict() for item in found]})


@bp.get("/api/entities/<label>/<path:canonical>")
def entity(label: str, canonical: str) -> Response:
    label = check_label(label)
    if len(canonical) > MAX_VALUE_CHARS:
        not_found("Entiteten finns inte.")
    overview = backend().entity_overview(label, canonical)
    if overview is None or (not overview.documents and not overview.commitments):
        not_found(f"Inga handlingar nämner ”{canonical}”.")
    return jsonify(overview.to_dict())


# ---------------------------------------------------------------------------- trace
def _trace_query() -> str:
    q = query_param()
    if not q:
        bad_request("Ange vad som ska spåras med parametern ”q”.")
    return q


@bp.get("/api/trace")
def trace() -> Response:
    q = _trace_query()
    if wants_csv():
        return _trace_csv(q)
    return jsonify(backend().trace(q).to_dict())


@bp.get("/api/trace.csv")
def trace_csv() -> Response:
    return _trace_csv(_trace_query())


def _trace_csv(q: str) -> Response:
    result = backend().trace(q)
    rows = (
        [
            event.date or "",
            EVENT_KINDS_SV.get(event.kind, event.kind),
            event.actor or "",
            event.deadline or "",
            event.text,
            DOC_TYPE_LABELS_SV.get(event.doc_type, event.doc_type),
            event.title,
            event.reference or "",
            event.source,
            url_for("pages.document", doc_id=event.doc_id, _external=True),
            event.doc_id,
        ]
        for event in result.events
    )
    header = ["Datum", "Händelse", "Aktör", "Senast", "Citat", "Dokumenttyp", "Titel",
              "Diarienummer", "Fil", "Länk", "Id"]  # fmt: skip
    return csv_response(header, rows, "kommunminne-sparning.csv")


# ------------------------------------------------------------------ health, OpenAPI
@bp.get("/healthz")
def healthz() -> Response:
    health: dict[str, Any] = {"status": "ok"}
    store = backend().store
    try:
        stored = len(store.ids())
        health["store"] = {"ok": store.root.is_dir(), "documents": stored}
    except OSError as exc:
        health["store"] = {"ok": False, "error": exc.strerror}
    try:
        health["index"] = {"ok": True, "documents": len(backend().index())}
    except (IndexUnavailable, OSError) as exc:
        health["index"] = {"ok": False, "error": str(exc)}
    ok = health["store"]["ok"] and health["index"]["ok"]
    health["status"] = "ok" if ok else "unavailable"
    health["documents"] = health["store"].get("documents", 0)
    response = jsonify(health)
    response.status_code = 200 if ok else 503
    response.headers["Cache-Control"] = "no-store"
    return response


@cache
def _openapi_text() -> str:
    return json.dumps(json.loads(OPENAPI_PATH.read_text(encoding="utf-8")), ensure_ascii=False)


@bp.get("/api/openapi.json")
def openapi() -> Response:
    return Response(_openapi_text(), mimetype="application/json")
