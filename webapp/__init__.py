"""The web interface and JSON API (Flask).

``create_app(settings)`` builds the application: the HTML pages (``webapp.pages``), the
JSON API under ``/api/`` (``webapp.api``), Swedish error pages and JSON errors
(``webapp.errors``) and the security headers (``webapp.security``).  The search index
and the document store are reached through one ``webapp.backend.Backend`` per process,
which opens the index once and follows ``kommunminne reindex``'s atomic index swaps.

Run it with ``kommunminne serve`` (gunicorn, ``webapp.server``), never Flask's
development server.
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from kommunminne.config import Settings

__all__ = ["create_app"]


def create_app(settings: Settings | None = None, **overrides: Any) -> Flask:
    """Build the Flask application for the data directory of ``settings``.

    ``overrides`` are set on ``app.config`` (e.g. ``TESTING=True``;
    ``RESULT_CACHE_BYTES``/``RESULT_CACHE_ENTRIES`` bound the result cache of
    ``webapp.cache``, 0 turns it off).
    """
    from webapp import api, errors, pages, security, templating
    from webapp.backend import Backend
    from webapp.cache import DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES, ResultCache

    settings = settings or Settings.load()
    app = Flask(__name__)
    app.config.update(
        KOMMUNMINNE_SETTINGS=settings,
        JSON_SORT_KEYS=False,
        MAX_CONTENT_LENGTH=64 * 1024,  # the application accepts no uploads
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    app.config.update(overrides)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    cache = ResultCache(
        max_entries=int(app.config.get("RESULT_CACHE_ENTRIES", DEFAULT_MAX_ENTRIES)),
        max_bytes=int(app.config.get("RESULT_CACHE_BYTES", DEFAULT_MAX_BYTES)),
    )
    app.extensions["kommunminne"] = Backend(settings, cache)

    templating.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    return app
