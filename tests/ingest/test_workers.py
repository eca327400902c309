"""Extraction in worker processes: time limits, batches, postprocess."""

from __future__ import annotations

import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from ingest import BatchItem, ExtractionError, extract_batch, extract_document
from kommunminne.model import Document
from kommunminne.processes import worker_context


def sleepy(document: Document) -> Document:  # picklable postprocess: hangs on one file
    if document.source == "letter.pdf":
        time.sleep(30)
    return document


def mark_title(document: Document) -> Document:
    document.title = "efterbehandlad: " + document.title
    return document


def failing(document: Document) -> Document:
    raise ValueError("trasig analys")


def test_extract_document_in_worker(letter):
    doc = extract_document(letter)
    assert doc.doc_type == "answer"
    assert doc.source == "letter.pdf"


def test_extract_document_error_crosses_process(tmp_path):
    path = tmp_path / "tom.pdf"
    path.write_bytes(b"")
    with pytest.raises(ExtractionError) as info:
        extract_document(path)
    assert str(info.value) == "tom.pdf: filen är tom"


def test_batch_yields_documents_and_errors_and_runs_postprocess(letter, tmp_path):
    bad = tmp_path / "inte.pdf"
    bad.write_text("hej")
    items = list(extract_batch([letter, bad], workers=2, postprocess=mark_title))
    assert all(isinstance(item, BatchItem) for item in items)
    by_name = {item.path.name: item for item in items}
    assert by_name["letter.pdf"].error is None
    assert by_name["letter.pdf"].document.title.startswith("efterbehandlad: ")
    assert by_name["inte.pdf"].document is None
    assert by_name["inte.pdf"].error.reason == "inte en PDF-fil"


def test_failing_postprocess_keeps_the_document(letter):
    (item,) = list(extract_batch([letter], workers=1, postprocess=failing))
    assert item.error is None
    assert "Efterbearbetningen misslyckades" in item.document.warnings[0]


def test_hung_task_is_killed_and_batch_goes_on(letter, running_headers_pdf):
    started = time.monotonic()
    items = list(
        extract_batch([letter, running_headers_pdf], workers=1, timeout=2, postprocess=sleepy)
    )
    assert time.monotonic() - started < 15
    by_name = {item.path.name: item for item in items}
    assert by_name["letter.pdf"].document is None
    assert by_name["letter.pdf"].error.reason == "tidsgränsen på 2 s överskreds"
    assert by_name["headers.pdf"].document is not None  # the pool went on


def test_empty_batch():
    assert list(extract_batch([])) == []


# A lock of this module that another thread of the main process holds while the pools
# start their workers (as the pipeline's warm-up thread held an import lock).
HELD_BY_ANOTHER_THREAD = threading.Lock()


def take_the_lock(document: Document) -> Document:  # picklable postprocess
    if not HELD_BY_ANOTHER_THREAD.acquire(timeout=5):
        raise RuntimeError("the worker inherited a lock held by another thread")
    HELD_BY_ANOTHER_THREAD.release()
    document.title = "låset togs"
    return document


def take_the_lock_in_worker() -> bool:
    got = HELD_BY_ANOTHER_THREAD.acquire(timeout=5)
    if got:
        HELD_BY_ANOTHER_THREAD.release()
    return got


@pytest.fixture
def lock_held_by_a_thread():
    held, release = threading.Event(), threading.Event()

    def hold():
        with HELD_BY_ANOTHER_THREAD:
            held.set()
            release.wait(60)

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert held.wait(10)
    yield
    release.set()
    thread.join(10)


def test_extraction_workers_do_not_inherit_the_main_process_threads_locks(
    letter, lock_held_by_a_thread
):
    (item,) = list(extract_batch([letter], workers=1, postprocess=take_the_lock))
    assert item.error is None
    assert item.document.title == "låset togs"  # not the postprocess failure warning
    assert item.document.warnings == []


def test_analysis_pool_context_does_not_inherit_the_main_process_threads_locks(
    lock_held_by_a_thread,
):
    with ProcessPoolExecutor(max_workers=1, mp_context=worker_context()) as pool:
        assert pool.submit(take_the_lock_in_worker).result(timeout=60)
    # the reference: a plain fork inherits the lock held and the worker cannot take it
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=fork) as pool:
        assert not pool.submit(take_the_lock_in_worker).result(timeout=60)
