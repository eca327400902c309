"""The JSON API, the CSV exports, /healthz and the OpenAPI description."""

from __future__ import annotations

import csv
import io
import json

import pytest

from search import SearchRequest
from tests.webapp.sample import COMMIT, QUOTES, SCRIPT, by_source
from webapp.params import DEFAULT_LIMIT, SEARCH_PARAM_NAMES


def get_json(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.data[:500]
    assert response.mimetype == "application/json"
    return response.get_json()


# --------------------------------------------------------------------------- search
def test_api_search_is_the_cli_json(client, index):
    data = get_json(client, "/api/search?q=kameraövervakning&limit=10")
    expected = index.search(SearchRequest(query="kameraövervakning", limit=10)).to_dict()
    assert data == json.loads(json.dumps(expected))
    assert set(data) == {"total", "hits", "facets", "note", "page", "limit"}
    assert set(data["hits"][0]) >= {"id", "source", "title", "doc_type", "date", "score", "snippet"}


@pytest.mark.parametrize(
    ("args", "request_fields"),
    [
        ("type=motion", {"filters": {"type": ["motion"]}}),
        ("year=2017&year=2019", {"filters": {"year": ["2017", "2019"]}}),
        ("party=Moderaterna", {"filters": {"party": ["Moderaterna"]}}),
        ("district=Gottsunda", {"filters": {"district": ["Gottsunda"]}}),
        ("agency=Polismyndigheten", {"filters": {"agency": ["Polismyndigheten"]}}),
        ("body=Kommunfullmäktige", {"filters": {"body": ["Kommunfullmäktige"]}}),
        ("measure=trygghetsvakter", {"filters": {"measure": ["trygghetsvakter"]}}),
        ("topic=trygghet", {"filters": {"topic": ["trygghet"]}}),
        ("person=Anders Holmgren", {"filters": {"person": ["Anders Holmgren"]}}),
        ("from=2017-01-01&to=2017-12-31", {"date_from": "2017-01-01", "date_to": "2017-12-31"}),
        ("entity=Valsätra", {"entity": "Valsätra"}),
        ("sort=date", {"sort": "date"}),
        ("limit=2&page=2", {"limit": 2, "page": 2}),
    ],
)
def test_api_search_parameters_reach_the_index(client, index, args, request_fields):
    data = get_json(client, f"/api/search?q=Gottsunda&{args}")
    request = SearchRequest(query="Gottsunda", **{"limit": DEFAULT_LIMIT, **request_fields})
    assert data == json.loads(json.dumps(index.search(request).to_dict()))


def test_api_search_filters_really_filter(client, documents):
    data = get_json(client, "/api/search?district=Stenhagen")
    assert [hit["id"] for hit in data["hits"]] == [by_source(documents, "rapport").id]
    data = get_json(client, "/api/search?type=answer&type=interpellation&sort=date")
    assert [hit["doc_type"] for hit in data["hits"]] == ["answer", "interpellation"]


def test_api_search_snippet_is_escaped_html(client, documents):
    data = get_json(client, "/api/search?q=ampersands")
    hit = data["hits"][0]
    assert hit["id"] == by_source(documents, "skrivelse").id
    assert "<script>" not in hit["snippet"]
    assert "&lt;script&gt;" in hit["snippet"] or "script" not in hit["snippet"]
    assert "<mark>ampersands</mark>" in hit["snippet"]
    # the title is data, not HTML: JSON carries it as it is
    assert hit["title"] == f"Skrivelse om {SCRIPT} och {QUOTES}"


# ------------------------------------------------------------------------ documents
def test_api_document_is_extract_json_plus_id(client, documents):
    doc = by_source(documents, "svar")
    data = get_json(client, f"/api/documents/{doc.id}")
    assert data == {"id": doc.id, **json.loads(json.dumps(doc.to_dict()))}
    assert list(data)[0] == "id"


def test_api_document_unknown_and_malformed_ids(client):
    error = get_json(client, "/api/documents/0123456789abcdef", 404)["error"]
    assert error["status"] == 404 and "0123456789abcdef" in error["message"]
    for bad in ("ZZZ", "0123456789ABCDEF", "..%2F..%2Fetc%2Fpasswd", "a" * 5000):
        assert client.get(f"/api/documents/{bad}").status_code == 404


# ------------------------------------------------------------------------- entities
def test_api_entities(client, index):
    data = get_json(client, "/api/entities")
    assert data["label"] is None
    assert data["entities"] == [e.to_dict() for e in index.entities()]
    gottsunda = next(e for e in data["entities"] if e["canonical"] == "Gottsunda")
    assert gottsunda == {"label": "DISTRICT", "canonical": "Gottsunda", "count": 5}
    data = get_json(client, "/api/entities?label=DISTRICT")
    assert {e["label"] for e in data["entities"]} == {"DISTRICT"}
    assert get_json(client, "/api/entities?label=district")["label"] == "DISTRICT"
    assert get_json(client, "/api/entities?label=PLANET", 404)["error"]["status"] == 404


def test_api_entity_overview(client, documents):
    data = get_json(client, "/api/entities/DISTRICT/Gottsunda")
    assert data["per_year"] == {"2016": 1, "2017": 3, "2018": 1}
    assert [c["text"] for c in data["commitments"]] == [COMMIT]
    dates = [d["date"] for d in data["documents"]]
    assert dates == sorted(dates, reverse=True)
    get_json(client, "/api/entities/DISTRICT/Atlantis", 404)


# ---------------------------------------------------------------------------- trace
def test_api_trace_is_the_cli_json(client, index):
    data = get_json(client, "/api/trace?q=kameraövervakning")
    assert data == json.loads(json.dumps(index.trace("kameraövervakning").to_dict()))
    assert data["events"]
    assert set(data["events"][0]) >= {
        "date", "doc_id", "source", "doc_type", "title", "kind", "text", "actor",
    }  # fmt: skip


def test_api_trace_needs_a_query(client):
    error = get_json(client, "/api/trace", 400)["error"]
    assert "q" in error["message"]
    get_json(client, "/api/trace?q=", 400)


# ------------------------------------------------------------------------------ CSV
def read_csv(response, sep: str = ";") -> list[list[str]]:
    assert response.status_code == 200, response.data[:300]
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    assert response.data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark for Excel
    text = response.data.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))


def test_search_csv(client, index):
    rows = read_csv(client.get("/api/search.csv?q=Gottsunda"))
    assert rows[0][:3] == ["Datum", "Typ", "Titel"]
    response = index.search(SearchRequest(query="Gottsunda", limit=1000))
    assert len(rows) == 1 + response.total
    assert [row[-1] for row in rows[1:]] == [hit.id for hit in response.hits]
    assert all(row[-2] == f"http://localhost/documents/{row[-1]}" for row in rows[1:])
    # same as ?format=csv
    assert (
        client.get("/api/search?q=Gottsunda&format=csv").data
        == client.get("/api/search.csv?q=Gottsunda").data
    )


def test_search_csv_quotes_and_plain_snippets(client, documents):
    rows = read_csv(client.get("/api/search.csv?q=ampersands"))
    (row,) = rows[1:]
    assert row[2] == f"Skrivelse om {SCRIPT} och {QUOTES}"  # quotes survive the round trip
    assert "<mark>" not in row[7] and "&amp;" not in row[7]
    assert "ampersands" in row[7]
    assert row[4] == 'Eva "Evi" <b>Berg</b> (L)'
    raw = client.get("/api/search.csv?q=ampersands").data.decode("utf-8-sig")
    assert '""quotes""' in raw  # proper CSV quoting of the quote character


def test_csv_comma_separator_and_bad_separator(client):
    rows = read_csv(client.get("/api/search.csv?q=Gottsunda&sep=comma"), sep=",")
    assert rows[0][:2] == ["Datum", "Typ"]
    assert client.get("/api/search.csv?q=Gottsunda&sep=tab").status_code == 400


def test_csv_cells_that_look_like_formulas_are_quoted_as_text(client):
    from webapp.api import _cell

    assert _cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert _cell("+46 18 727 00 00") == "'+46 18 727 00 00"
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("Gottsunda") == "Gottsunda"
    assert _cell(None) == ""


def test_trace_csv(client, index):
    rows = read_csv(client.get("/api/trace.csv?q=kameraövervakning"))
    assert rows[0][:5] == ["Datum", "Händelse", "Aktör", "Senast", "Citat"]
    result = index.trace("kameraövervakning")
    assert [row[4] for row in rows[1:]] == [event.text for event in result.events]
    kinds = {row[1] for row in rows[1:]}
    assert kinds <= {"Fråga", "Förslag", "Löfte", "Avslag", "Omnämnande"}
    assert "Löfte" in kinds
    assert client.get("/api/trace?q=kameraövervakning&format=csv").data == (
        client.get("/api/trace.csv?q=kameraövervakning").data
    )
    assert client.get("/api/trace.csv").status_code == 400


# --------------------------------------------------------------------------- health
def test_healthz(client, documents):
    data = get_json(client, "/healthz")
    assert data["status"] == "ok"
    assert data["documents"] == len(documents)
    assert data["store"] == {"ok": True, "documents": len(documents)}
    assert data["index"] == {"ok": True, "documents": len(documents)}
    assert client.get("/healthz").headers["Cache-Control"] == "no-store"


# -------------------------------------------------------------------------- OpenAPI
def _openapi_path(rule: str) -> str:
    return rule.replace("<path:", "{").replace("<", "{").replace(">", "}")


def test_openapi_parses_and_matches_the_routes(client, app):
    spec = get_json(client, "/api/openapi.json")
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["title"]
    routes = {
        _openapi_path(rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/") or rule.rule == "/healthz"
    }
    assert set(spec["paths"]) == routes
    for path, item in spec["paths"].items():
        operation = item["get"]
        assert operation["responses"]["200"]
        path_params = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
        assert path_params == {part[1:-1] for part in path.split("/") if part.startswith("{")}


def test_openapi_search_parameters_match_the_code(client):
    spec = get_json(client, "/api/openapi.json")
    names = [p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]]
    assert set(names) == set(SEARCH_PARAM_NAMES) | {"format", "sep"}
    csv_names = [p["name"] for p in spec["paths"]["/api/search.csv"]["get"]["parameters"]]
    assert set(csv_names) == set(SEARCH_PARAM_NAMES) | {"sep"}
    limit = next(
        p for p in spec["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "limit"
    )
    from webapp.params import MAX_LIMIT

    assert limit["schema"]["maximum"] == MAX_LIMIT
    assert limit["schema"]["default"] == DEFAULT_LIMIT


def test_openapi_references_resolve(client):
    spec = get_json(client, "/api/openapi.json")

    def refs(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    yield value
                else:
                    yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    for ref in refs(spec):
        target = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        assert isinstance(target, dict), ref
