"""The HTML pages through Flask's test client, on the real sample index."""

from __future__ import annotations

import html as htmllib
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.webapp.sample import COMMIT, DECLINE, Q1, Q2, REPORT_COMMIT, by_source


def html(response) -> str:
    assert response.status_code == 200, response.data[:500]
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def hit_titles(page: str) -> list[str]:
    found = re.findall(r'<h2 class="hit-title"><a href="[^"]+">([^<]+)</a>', page)
    return [htmllib.unescape(title) for title in found]


def total(page: str) -> str:
    return re.search(r'id="antal-traffar">\s*([^<]+)', page).group(1).strip()


# ------------------------------------------------------------------------- search
def test_front_page_is_swedish_search(client):
    page = html(client.get("/"))
    assert '<html lang="sv">' in page
    assert 'name="viewport"' in page
    assert 'role="search"' in page
    # the query syntax help
    for syntax in ("OCH", "ELLER", "INTE", "trygghet*", "typ:interpellation", "parti:M",
                   "stadsdel:Gottsunda", "myndighet:Polismyndigheten",
                   "datum:2019-01-01..2019-12-31", "\"samverkansavtal med polisen\""):  # fmt: skip
        assert syntax in page, syntax


def test_search_and_search_alias_agree(client):
    assert hit_titles(html(client.get("/?q=kameraövervakning"))) == hit_titles(
        html(client.get("/search?q=kameraövervakning"))
    )


def test_results_show_title_type_date_authors_snippet_and_source_links(client, documents):
    page = html(client.get("/search?q=kameraövervakning"))
    answer = by_source(documents, "svar")
    assert "2 träffar" in total(page)
    assert answer.title in hit_titles(page)
    assert "Svar på interpellation</span>" in page  # the Swedish type label
    assert '<time datetime="2017-04-24">24 april 2017</time>' in page
    assert "Anders Holmgren (S)" in page
    assert "<mark>kameraövervakning</mark>" in page
    assert f'href="/documents/{answer.id}"' in page
    assert f'href="/documents/{answer.id}/pdf"' in page


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("type=answer", {"svar"}),
        ("type=interpellation&type=answer", {"svar", "interpellation"}),
        ("year=2017", {"svar", "interpellation", "protokoll"}),
        ("party=Moderaterna", {"interpellation"}),  # authors' parties and PARTY entities
        ("party=Moderaterna&party=Socialdemokraterna", {"interpellation", "svar"}),
        ("district=Stenhagen", {"rapport"}),
        ("agency=Polismyndigheten", {"motion", "interpellation", "svar"}),
        ("body=Kommunfullmäktige", {"motion", "protokoll"}),
        ("measure=trygghetsvakter", {"rapport"}),
        ("person=Karin Lindqvist", {"interpellation"}),
        ("person=Anders Holmgren", {"interpellation", "svar"}),
        ("from=2017-03-01&to=2017-12-31", {"interpellation", "svar"}),
        ("from=2018-01-01", {"skrivelse", "rapport"}),
        ("to=2016-12-31", {"motion"}),
        ("entity=Valsätra", {"interpellation", "svar"}),
        ("district=Gottsunda&type=minutes", {"protokoll"}),
    ],
)
def test_each_filter(client, documents, args, expected):
    page = html(client.get(f"/search?{args}"))
    wanted = {by_source(documents, fragment).title for fragment in expected}
    assert set(hit_titles(page)) == wanted


def test_facets_have_counts_and_toggle_links(client):
    page = html(client.get("/search?q=Gottsunda"))
    for name in ("Dokumenttyp", "År", "Parti", "Stadsdel", "Myndighet", "Kommunalt organ",
                 "Åtgärd", "Person"):  # fmt: skip
        assert f"<h3>{name}</h3>" in page, name
    link = re.search(r'<a href="([^"]+)" data-facet="district" data-value="Valsätra">', page)
    assert link, "no facet link for Valsätra"
    args = parse_qs(urlsplit(link.group(1).replace("&amp;", "&")).query)
    assert args == {"q": ["Gottsunda"], "district": ["Valsätra"]}
    # the count beside it
    assert re.search(r'data-value="Valsätra">\s*<span class="facet-value">Valsätra</span>\s*'
                     r'<span class="count">2</span>', page)  # fmt: skip
    # a selected value is marked and its link removes it
    page = html(client.get("/search?q=Gottsunda&district=Valsätra"))
    link = re.search(r'<a href="([^"]+)" class="selected" aria-current="true" '
                     r'data-facet="district" data-value="Valsätra">', page)  # fmt: skip
    assert link
    assert parse_qs(urlsplit(link.group(1).replace("&amp;", "&")).query) == {"q": ["Gottsunda"]}


def test_type_facet_uses_swedish_labels(client):
    page = html(client.get("/search?q=kameraövervakning"))
    assert re.search(
        r'data-value="answer">\s*<span class="facet-value">Svar på interpellation', page
    )


def test_active_filters_are_listed_with_remove_links_and_kept_in_the_form(client):
    page = html(client.get("/search?q=Gottsunda&type=motion&from=2016-01-01&entity=Gottsunda"))
    assert "Dokumenttyp: Motion" in page
    assert "Från 2016-01-01" in page
    assert "Entitet: Gottsunda" in page
    assert '<input type="hidden" name="type" value="motion">' in page
    assert '<input type="hidden" name="from" value="2016-01-01">' in page
    assert "Rensa alla filter" in page


def test_sort_by_date_is_newest_first_and_linked(client, documents):
    page = html(client.get("/search?q=Gottsunda&sort=date"))
    titles = hit_titles(page)
    dates = [next(d.date for d in documents if d.title == t) for t in titles]
    assert dates == sorted(dates, reverse=True)
    assert "<strong>datum</strong>" in page
    page = html(client.get("/search?q=Gottsunda"))
    assert "<strong>relevans</strong>" in page
    assert 'href="/search?q=Gottsunda&amp;sort=date"' in page


def test_pagination_keeps_query_and_filters(client):
    first = html(client.get("/search?district=Gottsunda&limit=2"))
    assert "Sida 1 av 3" in first
    assert 'rel="next" href="/search?district=Gottsunda&amp;limit=2&amp;page=2"' in first
    second = html(client.get("/search?district=Gottsunda&limit=2&page=2"))
    assert "Sida 2 av 3" in second
    assert set(hit_titles(first)).isdisjoint(hit_titles(second))
    assert 'rel="prev" href="/search?district=Gottsunda&amp;limit=2"' in second
    assert '<ol class="hits" start="3">' in second


def test_link_to_the_filters_counts_the_chosen_ones(client):
    assert '<a href="#filter">Filtrera ↓</a>' in html(client.get("/search?q=Gottsunda"))
    page = html(client.get("/search?q=Gottsunda&party=M&party=S&from=2016-01-01"))
    assert '<a href="#filter">Filtrera (3 valda) ↓</a>' in page
    assert 'id="filter"' in page
    assert "(1 valt)" in html(client.get("/search?district=Gottsunda"))


def test_page_past_the_last_says_so_and_links_back(client):
    page = html(client.get("/search?district=Gottsunda&limit=2&page=9"))
    assert "Sidan 9 finns inte: träffarna ryms på 3 sidor." in page
    last = re.search(r'href="([^"]*)">Till sista sidan', page).group(1)
    assert sorted(last.split("?")[1].split("&amp;")) == ["district=Gottsunda", "limit=2", "page=3"]
    assert 'href="/search?district=Gottsunda&amp;limit=2">Till första sidan' in page
    assert "Försök med färre ord" not in page


def test_no_hits_and_query_note(client):
    page = html(client.get("/search?q=xyzzyplugh"))
    assert "Inga träffar" in page
    assert "Försök med färre ord" in page


def test_malformed_query_gives_results_with_a_note_not_an_error(client):
    page = html(client.get('/search?q=kameraövervakning OCH ("Gottsunda'))
    assert 'class="notice"' in page


def test_export_links(client):
    page = html(client.get("/search?q=Gottsunda&type=motion"))
    assert 'href="/api/search.csv?q=Gottsunda&amp;type=motion"' in page
    assert 'href="/trace?q=Gottsunda"' in page


# ------------------------------------------------------------------------ document
def test_document_page_metadata_and_pages(client, documents):
    doc = by_source(documents, "interpellation")
    page = html(client.get(f"/documents/{doc.id}"))
    assert f"<h1>{doc.title}</h1>" in page
    assert "KSN-2017-0412" in page
    assert "Karin Lindqvist (M)" in page and "Anders Holmgren (S)" in page
    assert '<section class="page" id="sida-1">' in page
    assert '<section class="page" id="sida-2">' in page
    assert f'href="/documents/{doc.id}/pdf#page=2"' in page
    assert 'id="pdf-link"' in page


def test_document_entities_are_marked_by_label_and_linked(client, documents):
    doc = by_source(documents, "interpellation")
    page = html(client.get(f"/documents/{doc.id}"))
    assert re.search(
        r'<a class="ent-link" href="/entities/DISTRICT/Gottsunda"><mark class="ent ent-DISTRICT"'
        r' title="Stadsdel: Gottsunda">Gottsunda</mark></a>',
        page,
    )
    assert '<mark class="ent ent-AGENCY" title="Myndighet: Polismyndigheten">' in page
    assert 'href="/entities/PERSON/Anders%20Holmgren"' in page


def test_interpellation_questions_marked_and_linked_to_the_answer(client, documents):
    doc = by_source(documents, "interpellation")
    answer = by_source(documents, "svar")
    page = html(client.get(f"/documents/{doc.id}"))
    assert f'<a href="#fraga-1">{Q1}</a>' in page
    assert f'<a href="#fraga-2">{Q2}</a>' in page
    assert 'id="fraga-1"' in page and 'class="statement stance-question"' in page
    assert re.search(rf'Svar: <a href="/documents/{answer.id}">', page)


def test_answer_commitments_marked_in_place_and_linked_back(client, documents):
    doc = by_source(documents, "interpellation")
    answer = by_source(documents, "svar")
    page = html(client.get(f"/documents/{answer.id}"))
    assert f'<a href="#lofte-1">{COMMIT}</a>' in page
    assert f'<a href="#avslag-1">{DECLINE}</a>' in page
    assert '<span class="statement stance-commit" id="lofte-1"' in page
    assert '<span class="statement stance-decline" id="avslag-1"' in page
    assert "senast 31 december 2018" in page
    # the entities inside the commitment are still marked
    commitment = re.search(r'id="lofte-1"[^>]*>(.*?)</span>\s*Arbetet', page, re.S).group(1)
    assert "ent-MEASURE" in commitment and "ent-DISTRICT" in commitment
    assert f'Det här är ett svar på <a href="/documents/{doc.id}">' in page


def test_document_without_pdf_says_so(client, documents):
    doc = by_source(documents, "rapport")
    page = html(client.get(f"/documents/{doc.id}"))
    assert "Originalfilen finns inte i arkivet." in page
    assert "#page=" not in page


def test_pdf_download_from_the_store(client, documents, settings):
    doc = by_source(documents, "interpellation")
    response = client.get(f"/documents/{doc.id}/pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF")
    assert response.data == (settings.store_dir / "pdf" / f"{doc.sha256}.pdf").read_bytes()
    assert doc.source in response.headers["Content-Disposition"]
    assert response.headers["Content-Disposition"].startswith("inline")


def test_pdf_missing_is_a_swedish_404(client, documents):
    doc = by_source(documents, "rapport")
    response = client.get(f"/documents/{doc.id}/pdf")
    assert response.status_code == 404
    assert "Originalfilen" in response.get_data(as_text=True)


# -------------------------------------------------------------------------- entity
def test_entity_page_lists_documents_and_commitments_newest_first(client, documents):
    page = html(client.get("/entities/DISTRICT/Gottsunda"))
    assert "<h1>Gottsunda</h1>" in page
    order = [by_source(documents, f).title for f in ("svar", "protokoll", "motion")]
    positions = [page.index(f">{title}</a>") for title in order]
    assert positions == sorted(positions)
    assert "2018" in page and page.index('id="ar-2018"') < page.index('id="ar-2016"')
    assert COMMIT in page
    answer = by_source(documents, "svar")
    assert f'href="/documents/{answer.id}#lofte-1"' in page
    # chart: one bar per year 2016..2018, totals 1, 3, 1
    totals = re.findall(r'<text class="total"[^>]*>(\d+)</text>', page)
    assert totals == ["1", "3", "1"]
    assert 'href="/search?district=Gottsunda"' in page


def test_entity_page_lists_the_newest_and_links_to_the_rest(client, documents, monkeypatch):
    import webapp.pages

    monkeypatch.setattr(webapp.pages, "ENTITY_LIST_LIMIT", 2)
    page = html(client.get("/entities/DISTRICT/Gottsunda"))
    listed = re.findall(r'<li><a href="/documents/([0-9a-f]{16})">', page)
    assert len(listed) == 2
    assert "Nämns i 5 handlingar" in page  # the counts cover every document
    more = 'Visar de 2 senaste av 5. <a href="/search?district=Gottsunda">Sök bland alla</a>'
    assert more in page
    # the chart: years in the list link down to them, the others to the search
    assert '<a href="#ar-2018">' in page
    assert '<a href="/search?district=Gottsunda&amp;year=2016#ar-2016">' in page
    assert 'id="ar-2016"' not in page


def test_entity_label_is_case_insensitive_and_unknown_is_404(client):
    response = client.get("/entities/district/gottsunda")
    assert response.status_code == 301
    response = client.get("/entities/district/gottsunda", follow_redirects=True)
    assert response.status_code == 200
    assert response.request.path == "/entities/DISTRICT/Gottsunda"
    assert "<h1>Gottsunda</h1>" in response.get_data(as_text=True)
    assert client.get("/entities/PLANET/Mars").status_code == 404
    response = client.get("/entities/DISTRICT/Atlantis")
    assert response.status_code == 404
    assert "Atlantis" in response.get_data(as_text=True)


def test_entities_register(client):
    page = html(client.get("/entities"))
    assert "Gottsunda · 5" in page
    page = html(client.get("/entities?label=MEASURE"))
    assert "trygghetsvakter" in page and "Gottsunda" not in page
    assert client.get("/entities?label=nonsense").status_code == 404


# --------------------------------------------------------------------------- trace
def test_trace_page_timeline_chart_and_links(client, documents, index):
    result = index.trace("kameraövervakning")
    page = html(client.get("/trace?q=kameraövervakning"))
    answer = by_source(documents, "svar")
    interpellation = by_source(documents, "interpellation")
    events = len(result.events)
    assert events >= 3  # the two questions and the commitment name kameraövervakning
    assert f"{events} händelser i 2 handlingar, 2017." in page
    assert '<svg class="bar-chart"' in page
    kinds = [kind for kind in ("question", "proposal", "commitment", "decline", "mention")
             if any(event.kind == kind for event in result.events)]  # fmt: skip
    assert re.findall(r'class="seg seg-(\w+)"', page) == kinds
    assert page.count('<li class="event kind-') == events
    for event in result.events:
        assert (
            f'<blockquote class="quote">{htmllib.escape(event.text, quote=False)}</blockquote>'
            in page
        )
        assert f'<a href="/documents/{event.doc_id}#' in page
    assert "Fråga</span>" in page and "Löfte</span>" in page
    # events link to the document at their sentence, and the PDF at its page
    assert f'href="/documents/{answer.id}#lofte-1"' in page
    assert f'href="/documents/{interpellation.id}#fraga-1"' in page
    assert f'href="/documents/{interpellation.id}#fraga-2"' in page
    assert f'href="/documents/{interpellation.id}/pdf#page=2"' in page
    # an interpellation's events link to its answer, and the answer's back
    assert f'<a href="/documents/{answer.id}">svaret</a>' in page
    assert f'svarar på <a href="/documents/{interpellation.id}">interpellationen</a>' in page
    # chronological
    assert page.index(Q1) < page.index(COMMIT)
    assert 'href="/api/trace.csv?q=kamera%C3%B6vervakning"' in page


def test_long_trace_is_paged_and_the_chart_links_to_the_right_page(client, index, monkeypatch):
    import webapp.pages

    monkeypatch.setattr(webapp.pages, "TRACE_PAGE_EVENTS", 2)
    result = index.trace("kameraövervakning")
    events = len(result.events)
    pages = -(-events // 2)
    first = html(client.get("/trace?q=kameraövervakning"))
    assert first.count('<li class="event kind-') == 2
    assert f"Visar händelse 1–2 av {events}." in first
    assert f"{events} händelser i 2 handlingar" in first  # counts cover every event
    assert f"Sida 1 av {pages}" in first
    assert 'rel="next" href="/trace?q=kamera%C3%B6vervakning&amp;page=2"' in first
    assert '<a href="#ar-2017">' in first  # 2017 starts on this page
    second = html(client.get("/trace?q=kameraövervakning&page=2"))
    assert second.count('<li class="event kind-') == min(2, events - 2)
    assert 'id="ar-2017"' in second  # the year is named again at the top of the page
    assert '<a href="/trace?q=kamera%C3%B6vervakning#ar-2017">' in second
    assert result.events[2].text[:30] in htmllib.unescape(second)
    past = html(client.get(f"/trace?q=kameraövervakning&page={pages + 1}"))
    assert f"Sidan {pages + 1} finns inte" in past
    for bad in ("0", "x", "-1", "1.5", "9999999"):
        assert client.get(f"/trace?q=kameraövervakning&page={bad}").status_code == 400


def test_trace_page_without_query_explains(client):
    page = html(client.get("/trace"))
    assert "Så fungerar det" in page


def test_trace_of_report_commitment(client, documents):
    page = html(client.get("/trace?q=Stenhagen"))
    assert REPORT_COMMIT in page
    assert "2019" in page


def test_api_help_page(client):
    page = html(client.get("/om-api"))
    assert "/api/openapi.json" in page


def test_year_facet_in_time_order_and_long_facets_fold(client, app, monkeypatch):
    page = html(client.get("/search?district=Gottsunda"))
    years = re.findall(r'data-facet="year" data-value="(\d{4})"', page)
    assert years == ["2018", "2017", "2016"]
    monkeypatch.setattr("webapp.pages.FACET_LIMIT", 2)
    page = html(client.get("/search?district=Gottsunda"))
    assert "<summary>Visa 1 till</summary>" in page  # three years, two shown
