"""Root fixtures shared by every test folder.

Test folders are packages (``tests/<stage>/__init__.py``), so helper modules are
imported as ``tests.<stage>.<module>``.  Tests that need the real material in
``../shared`` (beside the repository) are marked ``shared`` and skipped when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kommunminne.processes import PIPELINE_PRELOAD, worker_context

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = (REPO_ROOT / ".." / "shared").resolve()


def shared_available() -> bool:
    return SHARED_DIR.is_dir()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not shared_available():
        pytest.skip("../shared saknas (real material beside the repository)")
    return SHARED_DIR


def pytest_sessionstart(session: pytest.Session) -> None:
    """The session's worker pools start as a pipeline run's do: forked from a server that
    has the NLP pipeline built (else whichever test first starts a pool would decide)."""
    worker_context(*PIPELINE_PRELOAD)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if shared_available():
        return
    skip = pytest.mark.skip(reason="../shared is absent")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)
