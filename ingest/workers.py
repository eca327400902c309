"""Extraction in worker processes with a time limit (pebble), so that one pathological
PDF cannot hang the command or the batch: a task over its limit is killed, the pool
replaces the worker and goes on."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

from pebble import ProcessExpired, ProcessPool

from ingest.errors import ExtractionError
from ingest.extract import extract_pdf, unreadable
from kommunminne.model import Document
from kommunminne.processes import worker_context

DEFAULT_TIMEOUT = 120.0


@dataclass
class BatchItem:
    path: Path
    document: Document | None
    error: ExtractionError | None


def _timeout_error(path: Path, timeout: float) -> ExtractionError:
    return ExtractionError(path, f"tidsgränsen på {timeout:g} s överskreds")


def _worker(path: Path, ocr: bool, postprocess: Callable[[Document], Document] | None) -> Document:
    """Runs in the worker: extraction, then the optional postprocess step.

    Every failure comes back as an ExtractionError; a failing postprocess keeps the
    extracted document with a warning, so nothing is lost.
    """
    try:
        document = extract_pdf(path, ocr=ocr)
    except Exception as exc:
        raise unreadable(path, exc) from None
    if postprocess is not None:
        try:
            document = postprocess(document)
        except Exception as exc:
            document.warnings.append(
                f"Efterbearbetningen misslyckades ({type(exc).__name__}: {exc})"
            )
    return document


def _result(future: object, path: Path, timeout: float) -> BatchItem:
    try:
        return BatchItem(path, future.result(), None)  # type: ignore[attr-defined]
    except ExtractionError as exc:
        return BatchItem(path, None, exc)
    except FutureTimeout:
        return BatchItem(path, None, _timeout_error(path, timeout))
    except ProcessExpired as exc:
        return BatchItem(
            path, None, ExtractionError(path, f"arbetsprocessen avbröts (kod {exc.exitcode})")
        )
    except Exception as exc:
        return BatchItem(path, None, unreadable(path, exc))


def extract_document(path: Path, *, ocr: bool = True, timeout: float = DEFAULT_TIMEOUT) -> Document:
    """Extract one PDF in its own worker process; raises ExtractionError (also on timeout)."""
    path = Path(path)
    with ProcessPool(max_workers=1, context=worker_context("ingest.workers")) as pool:
        future = pool.schedule(_worker, args=(path, ocr, None), timeout=timeout)
        item = _result(future, path, timeout)
    if item.error is not None:
        raise item.error
    assert item.document is not None
    return item.document


def extract_batch(
    paths: Sequence[Path],
    *,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    postprocess: Callable[[Document], Document] | None = None,
    ocr: bool = True,
    preload: Sequence[str] = (),
) -> Iterator[BatchItem]:
    """Extract many PDFs in a process pool; yields a BatchItem per file as each finishes.

    ``preload`` names modules for the workers to import before their first task (what
    ``postprocess`` needs loaded), when this process has not started its pools' worker
    server yet (``kommunminne.processes``).
    """
    paths = [Path(path) for path in paths]
    if not paths:
        return
    workers = max(1, min(workers or os.cpu_count() or 1, len(paths)))
    pool = ProcessPool(max_workers=workers, context=worker_context("ingest.workers", *preload))
    try:
        pending = {
            pool.schedule(_worker, args=(path, ocr, postprocess), timeout=timeout): path
            for path in paths
        }
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                path = pending.pop(future)
                yield _result(future, path, timeout)
    finally:
        pool.stop() if pending else pool.close()
        pool.join()
