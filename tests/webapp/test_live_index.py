"""The running application picks up index changes without a restart: documents added by
another writer (as ``kommunminne ingest`` does), and a new index generation swapped in
by ``kommunminne reindex`` (the ``index`` symbolic link re-pointed)."""

from __future__ import annotations

import dataclasses
import threading

from kommunminne.datadir import new_index_dir, swap_in
from kommunminne.store import DocumentStore
from tests.webapp.sample import Spec, build, by_source
from webapp import create_app


def extra_document(n: int):
    return build(
        Spec(
            source=f"2023-01-{n + 1:02d}_skrivelse_extra-{n}.pdf",
            doc_type="letter",
            date=f"2023-01-{n + 1:02d}",
            title=f"Skrivelse om badhuset i Storvreta nummer {n}",
            pages=[f"Badhuset i Storvreta behöver renoveras. Skrivelse nummer {n}."],
            entities=[("Storvreta", "DISTRICT", "Storvreta")],
        )
    )


def ingest_like(settings, docs) -> None:
    """What the pipeline's writer does: store first, then the index (another object)."""
    from search import SearchIndex

    store = DocumentStore(settings.store_dir)
    for doc in docs:
        store.put(doc)
    SearchIndex.open(settings.index_dir).add_documents(docs)


def total(client, query: str) -> int:
    response = client.get(f"/api/search?q={query}")
    assert response.status_code == 200
    return response.get_json()["total"]


def test_new_documents_are_found_without_restart(fresh_settings):
    client = create_app(fresh_settings, TESTING=True).test_client()
    assert total(client, "badhuset") == 0
    assert client.get("/healthz").get_json()["index"]["documents"] == 6
    ingest_like(fresh_settings, [extra_document(0)])
    assert total(client, "badhuset") == 1
    assert client.get("/healthz").get_json()["index"]["documents"] == 7
    page = client.get("/search?q=badhuset").get_data(as_text=True)
    assert "Skrivelse om badhuset i Storvreta nummer 0" in page
    assert client.get("/entities/DISTRICT/Storvreta").status_code == 200


def test_follows_an_index_swap(fresh_settings, documents):
    from search import SearchIndex

    app = create_app(fresh_settings, TESTING=True)
    client = app.test_client()
    assert total(client, "Gottsunda") == 5
    first_target = fresh_settings.index_dir.resolve()

    # reindex: a new generation beside the old one, then the link is re-pointed
    report = by_source(documents, "rapport")
    changed = dataclasses.replace(report, title="Utvärdering av trygghetsvakter, reviderad")
    generation = new_index_dir(fresh_settings.data_dir)
    SearchIndex.create(generation).add_documents([changed, extra_document(1)])
    swap_in(fresh_settings.index_dir, generation)
    assert fresh_settings.index_dir.resolve() != first_target

    assert total(client, "Gottsunda") == 0
    assert total(client, "badhuset") == 1
    hits = client.get("/api/search?q=trygghetsvakter").get_json()["hits"]
    assert [hit["title"] for hit in hits] == ["Utvärdering av trygghetsvakter, reviderad"]

    # and the next swap too (the first generation is removed by it)
    generation = new_index_dir(fresh_settings.data_dir)
    SearchIndex.create(generation).add_documents(documents)
    swap_in(fresh_settings.index_dir, generation)
    assert not first_target.exists()
    assert total(client, "Gottsunda") == 5
    assert client.get("/healthz").status_code == 200


def test_keeps_answering_while_documents_are_written(fresh_settings):
    client_app = create_app(fresh_settings, TESTING=True)
    batches = [[extra_document(10 + 5 * b + i) for i in range(5)] for b in range(6)]
    done = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for batch in batches:
                ingest_like(fresh_settings, batch)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    statuses: list[int] = []
    seen: list[int] = []
    client = client_app.test_client()
    while not done.is_set() or len(statuses) < 5:
        response = client.get("/api/search?q=badhuset&limit=1")
        statuses.append(response.status_code)
        if response.status_code == 200:
            seen.append(response.get_json()["total"])
        statuses.append(client.get("/search?q=badhuset").status_code)
    thread.join()
    assert not errors
    assert set(statuses) == {200}
    assert seen == sorted(seen), "a later request saw fewer documents than an earlier one"
    assert total(client, "badhuset") == 30


def test_index_created_after_start_is_found(tmp_path):
    """A server started before the first ingest works as soon as there is an index."""
    from kommunminne.config import Settings
    from tests.webapp.sample import build_data_dir

    settings = Settings.load(tmp_path / "data")
    client = create_app(settings, TESTING=True).test_client()
    assert client.get("/api/search?q=Gottsunda").status_code == 503
    build_data_dir(settings.data_dir)
    assert total(client, "Gottsunda") == 5


def test_index_is_opened_once_and_reopened_after_a_swap(fresh_settings, documents):
    from search import SearchIndex

    backend = create_app(fresh_settings, TESTING=True).extensions["kommunminne"]
    first = backend.index()
    assert backend.index() is first
    generation = new_index_dir(fresh_settings.data_dir)
    SearchIndex.create(generation).add_documents(documents)
    swap_in(fresh_settings.index_dir, generation)
    second = backend.index()
    assert second is not first
    assert backend.index() is second
