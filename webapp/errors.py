"""Error pages in Swedish (HTML) and JSON errors under ``/api/``.

Views raise ``werkzeug`` HTTP exceptions with a Swedish ``description`` (see
``bad_request`` and ``not_found``); exceptions raised by Flask or Werkzeug themselves
(unknown route, wrong method, …) carry English descriptions, which are replaced by the
Swedish text for their status here.  A JSON error is
``{"error": {"status": 404, "title": "Hittades inte", "message": "…"}}``.
"""

from __future__ import annotations

import logging
from typing import NoReturn

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import BadRequest, HTTPException, InternalServerError, NotFound

from webapp.backend import IndexUnavailable

log = logging.getLogger(__name__)

#: status -> (title, default message), in Swedish.
MESSAGES_SV: dict[int, tuple[str, str]] = {
    400: ("Felaktig begäran", "Begäran kunde inte tolkas."),
    404: ("Hittades inte", "Sidan eller dokumentet finns inte."),
    405: ("Metoden är inte tillåten", "Den här adressen tar inte emot den sortens begäran."),
    413: ("För stor begäran", "Begäran är för stor."),
    414: ("För lång adress", "Adressen är för lång."),
    431: ("För stora huvuden", "Begärans huvuden är för stora."),
    500: ("Internt fel", "Ett oväntat fel inträffade. Försök igen om en stund."),
    503: ("Tjänsten är inte tillgänglig", "Tjänsten är tillfälligt otillgänglig."),
}


def bad_request(message: str) -> NoReturn:
    """Stop the request with a 400 and a Swedish message."""
    raise BadRequest(description=message)


def not_found(message: str) -> NoReturn:
    """Stop the request with a 404 and a Swedish message."""
    raise NotFound(description=message)


def wants_json() -> bool:
    path = request.path
    return path.startswith("/api/") or path == "/api" or path == "/healthz"


def error_response(status: int, message: str | None = None) -> Response:
    title, default = MESSAGES_SV.get(status, (f"Fel {status}", "Något gick fel."))
    message = message or default
    if wants_json():
        response = jsonify({"error": {"status": status, "title": title, "message": message}})
    else:
        response = Response(
            render_template("error.html", status=status, title=title, message=message),
            mimetype="text/html",
        )
    response.status_code = status
    return response


def _handle_http(exc: HTTPException) -> Response:
    status = exc.code or 500
    message = exc.description
    if message == type(exc).description or not message:  # Werkzeug's English default
        message = None
    response = error_response(status, message)
    valid_methods = getattr(exc, "valid_methods", None)
    if status == 405 and valid_methods:
        response.headers["Allow"] = ", ".join(sorted(valid_methods))
    return response


def _handle_internal(exc: InternalServerError) -> Response:
    original = getattr(exc, "original_exception", None)
    if original is not None:
        log.error("unhandled error on %s", request.path, exc_info=original)
    return error_response(500)


def _handle_index_unavailable(exc: IndexUnavailable) -> Response:
    return error_response(503, str(exc))


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, _handle_http)
    app.register_error_handler(InternalServerError, _handle_internal)
    app.register_error_handler(IndexUnavailable, _handle_index_unavailable)
