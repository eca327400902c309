"""Escaping, security headers, errors in Swedish, limits on parameters, path tricks."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.webapp.sample import SCRIPT, by_source
from webapp import create_app
from webapp.params import MAX_LIMIT, MAX_QUERY_CHARS, MAX_VALUE_CHARS, MAX_VALUES_PER_FILTER
from webapp.security import CONTENT_SECURITY_POLICY
from webapp.templating import safe_snippet

ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
TEMPLATES = Path(__file__).resolve().parents[2] / "webapp" / "templates"


def page_text(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.data[:300])
    return response.get_data(as_text=True)


def assert_no_raw_script(page: str) -> None:
    assert "<script" not in page.lower()
    assert "alert(1)</" not in page


# ------------------------------------------------------------------------- escaping
def test_document_text_title_and_authors_are_escaped(client, documents):
    doc = by_source(documents, "skrivelse")
    page = page_text(client, f"/documents/{doc.id}")
    assert_no_raw_script(page)
    assert f"<h1>Skrivelse om {ESCAPED_SCRIPT} och &#34;quotes&#34; &amp; ampersands</h1>" in page
    assert f"Texten innehåller {ESCAPED_SCRIPT} och &#34;quotes&#34; &amp; ampersands" in page
    assert "Eva &#34;Evi&#34; &lt;b&gt;Berg&lt;/b&gt; (L)" in page
    assert "<b>Berg</b>" not in page


@pytest.mark.parametrize(
    "url",
    [
        "/search?q=skrivelse",
        "/search?q=ampersands",
        "/search?district=Gottsunda",
        "/entities/DISTRICT/Gottsunda",
        "/trace?q=ampersands",
        "/trace?q=trygghetsvakter",
    ],
)
def test_titles_and_snippets_escaped_everywhere(client, url):
    page = page_text(client, url)
    assert_no_raw_script(page)
    if "ampersands" in url or "skrivelse" in url or "Gottsunda" in url:
        assert ESCAPED_SCRIPT in page


@pytest.mark.parametrize(
    "url",
    [
        f"/search?q={SCRIPT}",
        f"/trace?q={SCRIPT}",
        f"/search?q=x&district={SCRIPT}",
        f"/search?q=x&entity={SCRIPT}",
        "/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/entities/DISTRICT/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/entities?label=%3Cscript%3E",
    ],
)
def test_reflected_input_is_escaped(client, url):
    response = client.get(url)
    assert response.status_code in (200, 400, 404)
    assert_no_raw_script(response.get_data(as_text=True))


def test_safe_snippet_keeps_only_mark():
    assert str(safe_snippet("a <mark>b</mark> &amp; c")) == "a <mark>b</mark> &amp; c"
    assert str(safe_snippet("&lt;script&gt; <mark>x</mark>")) == "&lt;script&gt; <mark>x</mark>"
    # markup that should not be there (a bug upstream) is shown as text, never run
    assert str(safe_snippet("<script>alert(1)</script><mark>x</mark>")) == (
        f"{ESCAPED_SCRIPT}<mark>x</mark>"
    )
    assert str(safe_snippet('<mark onclick="x">y</mark>')) == (
        "&lt;mark onclick=&#34;x&#34;&gt;y</mark>"  # a stray end tag is harmless
    )
    assert str(safe_snippet(None)) == ""


def test_templates_mark_nothing_safe_but_snippets_and_have_no_inline_code():
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "<script" not in text, template.name
        assert "<style" not in text, template.name
        assert not re.search(r"\sstyle=", text), template.name
        assert not re.search(r"\son[a-z]+=", text), template.name
        for use in re.findall(r"\|\s*safe\w*", text):
            assert use.replace(" ", "") == "|safe_snippet", (template.name, use)
        assert "Markup(" not in text and "autoescape false" not in text


# ------------------------------------------------------------------------- headers
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/search?q=Gottsunda",
        "/api/search?q=Gottsunda",
        "/api/search.csv?q=Gottsunda",
        "/healthz",
        "/static/style.css",
        "/nowhere",
        "/api/nowhere",
        "/search?limit=0",
    ],
)
def test_security_headers(client, url):
    response = client.get(url)
    headers = response.headers
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"


def test_csp_forbids_inline_code_and_framing():
    policy = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert policy["default-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert "unsafe-eval" not in CONTENT_SECURITY_POLICY


def test_pdf_has_security_headers(client, documents):
    doc = by_source(documents, "interpellation")
    response = client.get(f"/documents/{doc.id}/pdf")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


# --------------------------------------------------------------------------- errors
def test_404_page_in_swedish(client):
    page = page_text(client, "/finns/inte", 404)
    assert '<html lang="sv">' in page
    assert "Hittades inte" in page and "Sidan eller dokumentet finns inte." in page
    assert "Not Found" not in page


def test_404_json_under_api(client):
    response = client.get("/api/finns-inte")
    assert response.status_code == 404
    assert response.get_json() == {
        "error": {
            "status": 404,
            "title": "Hittades inte",
            "message": "Sidan eller dokumentet finns inte.",
        }
    }


def test_405_in_swedish_html_and_json(client):
    response = client.post("/search")
    assert response.status_code == 405
    assert "Metoden är inte tillåten" in response.get_data(as_text=True)
    assert "GET" in response.headers["Allow"]
    response = client.delete("/api/search")
    assert response.status_code == 405
    assert response.get_json()["error"]["title"] == "Metoden är inte tillåten"


def test_500_in_swedish_html_and_json(settings, monkeypatch):
    app = create_app(settings)  # not TESTING: errors are handled, not propagated
    backend = app.extensions["kommunminne"]

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(backend, "index", broken)
    client = app.test_client()
    response = client.get("/search?q=x")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Internt fel" in page and "boom" not in page
    assert response.headers["X-Frame-Options"] == "DENY"
    response = client.get("/api/search?q=x")
    assert response.status_code == 500
    assert response.get_json()["error"]["status"] == 500


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("q=" + "a" * (MAX_QUERY_CHARS + 1), "för lång"),
        ("district=" + "a" * (MAX_VALUE_CHARS + 1), "för lång"),
        (f"limit={MAX_LIMIT + 1}", "mellan 1 och"),
        ("limit=0", "mellan 1 och"),
        ("limit=-5", "mellan 1 och"),
        ("limit=ten", "heltal"),
        ("limit=99999999999999999999999", "mellan 1 och"),
        ("limit=" + "9" * 41, "för lång"),
        ("page=0", "mellan 1 och"),
        ("page=5000&limit=100", "bläddra"),
        ("page=1e3", "heltal"),
        ("type=planet", "Okänd dokumenttyp"),
        ("year=17", "fyra siffror"),
        ("from=2019-13-01", "ÅÅÅÅ-MM-DD"),
        ("from=20190101", "ÅÅÅÅ-MM-DD"),
        ("to=igår", "ÅÅÅÅ-MM-DD"),
        ("from=2019-05-01&to=2019-01-01", "senare än"),
        ("sort=popularity", "Sorteringen"),
        ("q=a&q=b", "bara anges en gång"),
        ("q=a%00b", "otillåtna tecken"),
        ("district=x%01y", "otillåtna tecken"),
        ("&".join([f"party=P{n}" for n in range(MAX_VALUES_PER_FILTER + 1)]), "högst"),
    ],
)
def test_bad_parameters_are_clear_400s(client, query, message):
    for url in (f"/search?{query}", f"/api/search?{query}", f"/api/search.csv?{query}"):
        if url.startswith("/api/search.csv") and query == f"limit={MAX_LIMIT + 1}":
            continue  # the CSV export may have up to CSV_MAX_LIMIT rows
        response = client.get(url)
        assert response.status_code == 400, url
        text = response.get_data(as_text=True)
        if url.startswith("/api/"):
            error = response.get_json()["error"]
            assert error["status"] == 400 and error["title"] == "Felaktig begäran"
            assert message in error["message"], (url, error)
        else:
            assert "Felaktig begäran" in text and message in text, url


@pytest.mark.parametrize("url", ["/api/search?q=polis&format=xml", "/api/trace?q=polis&format=pdf",
                                 "/api/search?q=polis&format=csv&format=json"])  # fmt: skip
def test_unknown_export_format_is_a_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "format" in response.get_json()["error"]["message"]


def test_trace_query_too_long(client):
    assert client.get("/trace?q=" + "a" * (MAX_QUERY_CHARS + 1)).status_code == 400
    assert client.get("/api/trace?q=" + "a" * (MAX_QUERY_CHARS + 1)).status_code == 400


def test_csv_limit_may_go_higher_than_pages(client):
    assert client.get("/api/search.csv?q=x&limit=1000").status_code == 200
    assert client.get("/api/search.csv?q=x&limit=1001").status_code == 400


def test_unknown_parameters_are_ignored(client):
    assert client.get("/search?q=Gottsunda&utm_source=mail").status_code == 200


# ---------------------------------------------------------------------- path tricks
@pytest.mark.parametrize(
    "url",
    [
        "/documents/../../etc/passwd",
        "/documents/..%2F..%2Fetc%2Fpasswd",
        "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/documents/....//....//etc/passwd",
        "/documents/0123456789abcdef.json",
        "/documents/0123456789abcdef/../../../etc/passwd",
        "/documents/..%2F..%2Fetc%2Fpasswd/pdf",
        "/documents/0123456789abcdeg/pdf",
        "/documents/%00/pdf",
        "/static/../../../../etc/passwd",
        "/static/..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/%2e%2e/%2e%2e/store/docs",
        "/api/documents/..%2F..%2Fetc%2Fpasswd",
        "/entities/DISTRICT/..%2F..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_path_tricks_are_404_and_never_leak_files(client, url):
    response = client.get(url)
    assert response.status_code == 404, url
    body = response.get_data()
    assert b"root:" not in body
    assert b'"document"' not in body


def test_pdf_only_from_the_store_by_hash(fresh_settings, documents, tmp_path):
    """A PDF path in the store that leads outside it (a symbolic link) is not served."""
    app = create_app(fresh_settings, TESTING=True)
    client = app.test_client()
    doc = by_source(documents, "interpellation")
    stored = fresh_settings.store_dir / "pdf" / f"{doc.sha256}.pdf"
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF-1.4 secret outside the store")
    stored.unlink()
    os.symlink(secret, stored)
    response = client.get(f"/documents/{doc.id}/pdf")
    assert response.status_code == 404
    assert b"secret" not in response.data


# ------------------------------------------------------------------- missing index
def test_missing_index_is_explained_not_a_crash(tmp_path):
    from kommunminne.config import Settings

    app = create_app(Settings.load(tmp_path / "empty"), TESTING=True)
    client = app.test_client()
    page = page_text(client, "/search?q=Gottsunda")
    assert "kommunminne ingest" in page
    page = page_text(client, "/trace?q=Gottsunda")
    assert "kommunminne ingest" in page
    response = client.get("/api/search?q=Gottsunda")
    assert response.status_code == 503
    assert "kommunminne ingest" in response.get_json()["error"]["message"]
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.get_json()["status"] == "unavailable"
    assert client.get("/documents/0123456789abcdef").status_code == 404
