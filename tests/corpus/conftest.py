"""Fixtures for the corpus tests: the ground truth and the sources of the sample corpus."""

from __future__ import annotations

from typing import Any

import pytest

from corpus import SOURCES_DIR, load_truth


@pytest.fixture(scope="session")
def truth() -> dict[str, dict[str, Any]]:
    return load_truth()


@pytest.fixture(scope="session")
def source_stems() -> list[str]:
    return sorted(p.stem for p in SOURCES_DIR.glob("*.txt"))
