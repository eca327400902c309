"""Fixtures for the pipeline tests: a base data directory ingested once per session from
real PDFs, and a private copy of it for each test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kommunminne.config import Settings
from tests.pipeline.helpers import write_pdf, write_records


@pytest.fixture
def make_pdf(tmp_path) -> Callable[..., Path]:
    def make(folder: Path, name: str, title: str, paragraphs: list[str], *, pages: int = 1) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return write_pdf(folder / name, title, paragraphs, pages=pages)

    return make


@pytest.fixture(scope="session")
def ingested_base(tmp_path_factory) -> tuple[Path, Path]:
    """(folder of PDFs, data dir) after one real ingest of RECORDS; never change it."""
    from kommunminne.pipeline import ingest_paths

    base = tmp_path_factory.mktemp("base")
    folder = base / "records"
    write_records(folder)
    data = base / "data"
    report = ingest_paths([folder], Settings.load(data), workers=2, progress=False)
    assert not report.rejected, report.summary()
    return folder, data


@pytest.fixture
def workspace(ingested_base, tmp_path) -> tuple[Path, Settings]:
    """A private copy of the ingested base: (folder of PDFs, settings).

    The manifest names absolute paths, so the copy keeps the folder at the same place
    relative to the data dir and rewrites the manifest's paths.
    """
    folder, data = ingested_base
    new_folder = tmp_path / "records"
    new_data = tmp_path / "data"
    shutil.copytree(folder, new_folder)
    shutil.copytree(data, new_data, symlinks=True)
    for source in folder.iterdir():  # keep modification times (copytree does)
        assert (new_folder / source.name).stat().st_mtime_ns == source.stat().st_mtime_ns
    manifest = new_data / "manifest.json"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace(str(folder.resolve()), str(new_folder.resolve()))
    manifest.write_text(text, encoding="utf-8")
    return new_folder, Settings.load(new_data)
