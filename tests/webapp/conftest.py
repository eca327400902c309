"""Fixtures: a real data directory (store, Whoosh index, one PDF) and the Flask app on it.

``data_dir``/``app``/``client``/``index`` are built once per session and only read by
the tests; tests that change the data build their own with ``fresh_settings``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kommunminne.config import Settings
from kommunminne.model import Document
from tests.webapp.sample import build_data_dir, sample_documents
from webapp import create_app


@pytest.fixture(scope="session")
def documents() -> list[Document]:
    return sample_documents()


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory, documents: list[Document]) -> Settings:
    return build_data_dir(tmp_path_factory.mktemp("webdata"), documents)


@pytest.fixture(scope="session")
def index(settings: Settings):
    from search import SearchIndex

    return SearchIndex.open(settings.index_dir)


@pytest.fixture(scope="session")
def app(settings: Settings):
    return create_app(settings, TESTING=True)


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def fresh_settings(tmp_path: Path, documents: list[Document]) -> Settings:
    """A data directory of this test's own (it may change it)."""
    return build_data_dir(tmp_path / "data", documents)
