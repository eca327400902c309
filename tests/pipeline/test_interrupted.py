"""Interrupted runs: a failure after the first chunk, a killed process, the locks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kommunminne import pipeline
from kommunminne.config import Settings
from kommunminne.datadir import RUN_MARKER_NAME, DataDirLock, PipelineError
from kommunminne.pipeline import ingest_paths
from tests.pipeline.helpers import (
    assert_consistent,
    doc_id_of,
    index_ids,
    manifest_doc_ids,
    search_ids,
    write_pdf,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def _write_batch(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    birds = ["gök", "hök", "örn", "lom", "stare", "kaja", "mås", "tärna", "ejder", "sothöna"]
    return [
        write_pdf(
            folder / f"{number:02d}_skrivelse.pdf",
            f"Skrivelse nummer {number} om trygghet",
            [f"Kommunen ska förbättra belysningen i kvarter {number} {birds[number]}markering."],
        )
        for number in range(count)
    ]


@pytest.mark.slow
def test_a_failure_after_the_first_chunk_keeps_it_and_the_next_run_completes(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    paths = _write_batch(folder, 5)
    settings = Settings.load(tmp_path / "data")
    monkeypatch.setattr(pipeline, "CHUNK_DOCS", 2)
    from search import SearchIndex

    real_add = SearchIndex.add_documents
    calls = []

    def add_then_crash(self, docs):
        calls.append(1)
        if len(calls) == 2:  # the second chunk: stored already, index write fails
            raise RuntimeError("simulerat avbrott")
        return real_add(self, docs)

    monkeypatch.setattr(SearchIndex, "add_documents", add_then_crash)
    with pytest.raises(RuntimeError, match="simulerat avbrott"):
        ingest_paths([folder], settings, workers=1, progress=False)
    monkeypatch.setattr(SearchIndex, "add_documents", real_add)

    # The first chunk is searchable and recorded; the run is marked as incomplete.
    assert len(manifest_doc_ids(settings)) == 2
    assert len(index_ids(settings)) == 2
    assert (settings.data_dir / RUN_MARKER_NAME).exists()

    report = ingest_paths([folder], settings, workers=1, progress=False)
    assert report.recovered
    assert not report.rejected
    assert assert_consistent(settings) == {doc_id_of(path) for path in paths}
    assert len(report.unchanged) == 2
    assert not (settings.data_dir / RUN_MARKER_NAME).exists()
    assert search_ids(settings, "staremarkering") == {doc_id_of(paths[4])}


@pytest.mark.slow
def test_ctrl_c_writes_the_finished_documents_first(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    paths = _write_batch(folder, 4)
    settings = Settings.load(tmp_path / "data")
    real_add = pipeline._ChunkWriter.add
    seen = []

    def add_then_interrupt(self, item):
        real_add(self, item)
        seen.append(item)
        if len(seen) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(pipeline._ChunkWriter, "add", add_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([folder], settings, workers=1, progress=False)
    # the three finished documents were written although no chunk was full
    done = {item.document.id for item in seen}
    assert len(done) == 3
    assert manifest_doc_ids(settings) == done == index_ids(settings)
    monkeypatch.undo()
    report = ingest_paths([folder], settings, workers=1, progress=False)
    assert report.new == [str(paths[i]) for i in range(4) if doc_id_of(paths[i]) not in done]
    assert assert_consistent(settings) == {doc_id_of(path) for path in paths}


_SLOW_INGEST = textwrap.dedent(
    """
    import sys, time
    from kommunminne import pipeline
    from kommunminne.cli import main
    import search

    pipeline.CHUNK_DOCS = 1
    real_add = search.SearchIndex.add_documents

    def slow_add(self, docs):
        real_add(self, docs)
        time.sleep(1.0)   # leaves time to kill the process between chunks

    search.SearchIndex.add_documents = slow_add
    main(sys.argv[1:])
    """
)


@pytest.mark.slow
def test_a_killed_ingest_leaves_a_searchable_index_and_the_next_run_completes(tmp_path):
    folder = tmp_path / "in"
    paths = _write_batch(folder, 8)
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _SLOW_INGEST,
            "ingest",
            str(folder),
            "--data-dir",
            str(data),
            "--workers",
            "1",
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    settings = Settings.load(data)
    manifest = data / "manifest.json"
    deadline = time.monotonic() + 120
    while not manifest.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    # The killed run kept at least its first chunk, and the index answers.
    kept = manifest_doc_ids(settings)
    assert 1 <= len(kept) < len(paths)
    assert kept <= index_ids(settings)
    assert (data / RUN_MARKER_NAME).exists()
    # Both locks died with the process: a new run gets them at once.
    with DataDirLock(data):
        pass
    report = ingest_paths([folder], settings, workers=1, progress=False)
    assert report.recovered and not report.rejected
    assert assert_consistent(settings) == {doc_id_of(path) for path in paths}


def test_one_run_at_a_time_per_data_dir(tmp_path):
    settings = Settings.load(tmp_path / "data")
    with DataDirLock(settings.data_dir), pytest.raises(PipelineError, match="pågår redan"):
        ingest_paths([tmp_path], settings, progress=False)


_HOLD_LOCKS = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from whoosh import index
    from whoosh.fields import ID, Schema
    from kommunminne.datadir import DataDirLock

    data = Path(sys.argv[1])
    lock = DataDirLock(data).__enter__()
    ix = index.create_in(str(data / "whoosh"), Schema(id=ID(stored=True)))
    writer = ix.writer()
    writer.add_document(id="x")
    print("held", flush=True)
    time.sleep(60)
    """
)


def test_locks_are_released_when_the_holder_is_killed(tmp_path):
    data = tmp_path / "data"
    (data / "whoosh").mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCKS, str(data)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "held"
        with pytest.raises(PipelineError):
            DataDirLock(data).__enter__()
        from whoosh import index
        from whoosh.index import LockError

        with pytest.raises(LockError):
            index.open_dir(str(data / "whoosh")).writer(timeout=0.2)
    finally:
        process.kill()
        process.wait()
    with DataDirLock(data):
        pass
    writer = index.open_dir(str(data / "whoosh")).writer(timeout=0.2)
    writer.add_document(id="y")
    writer.commit()
    with index.open_dir(str(data / "whoosh")).searcher() as searcher:
        assert [fields["id"] for fields in searcher.all_stored_fields()] == ["y"]
