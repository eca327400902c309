"""Jinja filters and globals: Swedish labels, dates and names.

Autoescaping is on for every template (Flask's default for ``.html``).  Nothing here
returns ``Markup``: the only HTML that reaches a page unescaped are search snippets,
which ``search`` escapes itself and the template marks safe after ``safe_snippet``
has checked them.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from flask import Flask
from markupsafe import Markup, escape

from kommunminne.model import DOC_TYPE_LABELS_SV
from webapp.params import FACETS_SV, LABEL_FACETS

MONTHS_SV = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)

ENTITY_LABELS_SV: dict[str, str] = {
    "DISTRICT": "Stadsdel",
    "AGENCY": "Myndighet",
    "COUNCIL_BODY": "Kommunalt organ",
    "MEASURE": "Åtgärd",
    "PERSON": "Person",
    "PARTY": "Parti",
}

EVENT_KINDS_SV: dict[str, str] = {
    "question": "Fråga",
    "proposal": "Förslag",
    "commitment": "Löfte",
    "decline": "Avslag",
    "mention": "Omnämnande",
}

STANCES_SV: dict[str, str] = {"commit": "Löfte", "decline": "Avslag"}

RELATIONS_SV: dict[str, str] = {
    "answers": "Svar på",
    "answered_by": "Besvaras i",
    "same_matter": "Samma ärende",
}


def doc_type_sv(doc_type: str | None) -> str:
    return DOC_TYPE_LABELS_SV.get(doc_type or "other", doc_type or "Övrigt")


def date_sv(value: str | None) -> str:
    """``2017-03-06`` -> ``6 mars 2017``; partial or odd dates are shown as they are."""
    if not value:
        return "odaterad"
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{date.day} {MONTHS_SV[date.month - 1]} {date.year}"


def person_sv(person: Any) -> str:
    """``Karin Lindqvist (M)`` from a Person/Author or its dict."""
    name = person.get("name") if isinstance(person, dict) else person.name
    party = person.get("party") if isinstance(person, dict) else person.party
    return f"{name} ({party})" if party else str(name)


def facet_value_sv(facet: str, value: str) -> str:
    if facet == "type":
        return doc_type_sv(value)
    return value


def number_sv(value: int) -> str:
    """Thousands separated by a narrow no-break space, as Swedish typography wants."""
    return f"{value:,}".replace(",", "\u202f")


_SNIPPET_ALLOWED = re.compile(r"</?mark>")


def safe_snippet(snippet: str | None) -> Markup:
    """A search snippet as HTML, accepting only ``<mark>`` tags.

    ``search`` escapes the text and adds ``<mark>…</mark>``; this checks that promise
    instead of trusting it: the text is escaped again after the marks are taken out, so
    that any other markup (a bug upstream) still shows as text.
    """
    if not snippet:
        return Markup("")
    parts = _SNIPPET_ALLOWED.split(snippet)
    tags = _SNIPPET_ALLOWED.findall(snippet)
    out: list[str] = []
    for index, part in enumerate(parts):
        # the snippet is already escaped: unescape entities once, then escape again, so
        # that "&amp;" stays "&amp;" and a stray "<" becomes "&lt;"
        out.append(str(escape(html.unescape(part))))
        if index < len(tags):
            out.append(tags[index])
    return Markup("".join(out))


def init_app(app: Flask) -> None:
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        doc_type_sv=doc_type_sv,
        date_sv=date_sv,
        person_sv=person_sv,
        number_sv=number_sv,
        safe_snippet=safe_snippet,
    )
    app.jinja_env.globals.update(
        DOC_TYPE_LABELS_SV=DOC_TYPE_LABELS_SV,
        ENTITY_LABELS_SV=ENTITY_LABELS_SV,
        EVENT_KINDS_SV=EVENT_KINDS_SV,
        STANCES_SV=STANCES_SV,
        RELATIONS_SV=RELATIONS_SV,
        FACETS_SV=FACETS_SV,
        LABEL_FACETS=LABEL_FACETS,
        facet_value_sv=facet_value_sv,
    )
