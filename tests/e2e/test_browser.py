"""The served application (gunicorn) in headless Chromium: search, apply a facet, open a
document, open a trace; on a laptop-sized and a phone-sized window.  Screenshots go to
tests/output/e2e/ (git-ignored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.webapp.sample import COMMIT, SCRIPT

pytestmark = pytest.mark.e2e


def shot(driver, directory: Path, name: str, width: int = 1280) -> Path:
    """A full-page screenshot (the window is made as tall as the page, up to 5000 px)."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(int(height) + 140, 700), 5000))
    path = directory / f"{name}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(width, 900)
    return path


def csp_problems(driver) -> list[str]:
    """Console messages about the Content-Security-Policy or failed resources."""
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"] or entry["level"] == "SEVERE"
    ]


def test_search_facet_document_trace(server, browser, screenshots):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    wait = WebDriverWait(driver, 15)

    # --- search
    driver.get(server + "/")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
    box = driver.find_element(By.ID, "q")
    box.send_keys("kameraövervakning", Keys.ENTER)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "li.hit")))
    assert "q=kamera" in driver.current_url
    hits = driver.find_elements(By.CSS_SELECTOR, "li.hit")
    assert len(hits) == 2
    assert driver.find_elements(By.CSS_SELECTOR, "li.hit .snippet mark")
    shot(driver, screenshots, "1-search")

    # --- facet: only answers
    driver.find_element(By.CSS_SELECTOR, 'a[data-facet="type"][data-value="answer"]').click()
    wait.until(ec.url_contains("type=answer"))
    hits = driver.find_elements(By.CSS_SELECTOR, "li.hit")
    assert len(hits) == 1
    assert "Svar på interpellation" in hits[0].text
    assert driver.find_element(By.ID, "antal-traffar").text.startswith("1 träff")
    shot(driver, screenshots, "2-facet")

    # --- document
    hits[0].find_element(By.CSS_SELECTOR, "h2 a").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "article.document")))
    assert driver.find_elements(By.CSS_SELECTOR, "mark.ent.ent-DISTRICT")
    commitment = driver.find_element(By.CSS_SELECTOR, ".page .statement.stance-commit")
    assert commitment.text == COMMIT
    assert driver.find_elements(By.CSS_SELECTOR, ".page .statement.stance-decline")
    # the answer links back to the interpellation it answers
    back = driver.find_element(By.PARTIAL_LINK_TEXT, "Interpellation om kameraövervakning")
    shot(driver, screenshots, "3-document")
    back.click()
    wait.until(ec.presence_of_element_located((By.ID, "fragor")))
    assert driver.find_elements(By.CSS_SELECTOR, ".page .statement.stance-question")
    pdf_href = driver.find_element(By.ID, "pdf-link").get_attribute("href")
    assert pdf_href.endswith("/pdf")
    shot(driver, screenshots, "4-interpellation")

    # --- an entity page from a mark in the text
    driver.find_element(By.CSS_SELECTOR, "a.ent-link mark.ent-DISTRICT").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "svg.bar-chart")))
    assert driver.find_element(By.TAG_NAME, "h1").text in {"Gottsunda", "Valsätra"}
    shot(driver, screenshots, "5-entity")

    # --- trace
    driver.find_element(By.LINK_TEXT, "Spåra ärende").click()
    box = wait.until(ec.presence_of_element_located((By.ID, "q")))
    box.send_keys("kameraövervakning", Keys.ENTER)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "li.event")))
    assert driver.find_elements(By.CSS_SELECTOR, "svg.bar-chart rect.seg")
    events = driver.find_elements(By.CSS_SELECTOR, "li.event")
    kinds = {e.get_attribute("class") for e in events}
    assert "event kind-commitment" in kinds and "event kind-question" in kinds
    shot(driver, screenshots, "6-trace")
    # every event links to its source document
    link = events[0].find_element(By.CSS_SELECTOR, ".event-source a")
    assert "/documents/" in link.get_attribute("href")

    # --- escaping: the letter's <script> is shown as text and never runs
    driver.get(server + "/search?q=skrivelse")
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "li.hit")))
    driver.find_element(By.CSS_SELECTOR, "li.hit h2 a").click()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "article.document")))
    assert SCRIPT in driver.find_element(By.TAG_NAME, "h1").text
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    shot(driver, screenshots, "7-escaped")

    assert csp_problems(driver) == []


def test_phone_layout(server, browser, screenshots):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.set_window_size(390, 844)
    try:
        driver.get(server + "/search?q=Gottsunda")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390, "the search page scrolls sideways on a phone"
        assert driver.find_elements(By.CSS_SELECTOR, "li.hit")
        # the filters come after the results on a phone: a link above them jumps there
        jump = driver.find_element(By.CSS_SELECTOR, ".jump-to-filters a")
        assert jump.is_displayed()
        facets_top = driver.find_element(By.ID, "filter").location["y"]
        first_hit_top = driver.find_element(By.CSS_SELECTOR, "li.hit").location["y"]
        assert facets_top > first_hit_top
        shot(driver, screenshots, "8-phone-search", width=390)
        driver.get(server + "/trace?q=kameraövervakning")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390, "the trace page scrolls sideways on a phone"
        shot(driver, screenshots, "9-phone-trace", width=390)
        driver.set_window_size(1280, 900)  # on a laptop the filters stand beside the results
        driver.get(server + "/search?q=Gottsunda")
        assert not driver.find_element(By.CSS_SELECTOR, ".jump-to-filters a").is_displayed()
    finally:
        driver.set_window_size(1280, 900)
