"""Benchmark of batch ingest (``kommunminne.pipeline``).

Measures, on a generated corpus (``corpus.generate``):

* full ingest throughput: ``ingest_documents`` of 10,000 generated text documents
  (quick mode: 500) into an empty data directory — analysis on both cores, store,
  index, topic fit — in documents/s and pages/s;
* the full pipeline from PDFs on both cores: ``ingest_paths`` of rendered PDFs (200;
  quick: 20) — extraction, analysis, store, index — in pages/s and documents/s;
* an unchanged re-run of that PDF folder, in ms per file;
* incremental ingest of a 20-PDF batch with ``kommunminne ingest`` (a subprocess, so
  interpreter start and imports count) into a 10,000-document and a 1,000-document
  data directory (quick: 500 and 100); aim < 30 s and 10,000-case ≤ 1.5 × 1,000-case;
* ``kommunminne reindex`` of the 1,000-document directory (quick: 100);
* peak resident memory of this process and of its largest child process.

Built data directories and rendered PDFs are cached in ``bench/work/ingest-cache``
(beside the runner's per-module folder, which the runner empties): the full-ingest
measurement rebuilds the large directory every run and refreshes the cache; the
rendered PDFs and the small base directory are reused while the code that made them is
unchanged (the cache key hashes the pipeline, NLP, search and generator sources).
A lock file in the cache makes a second run at the same time wait for the first.
The PDF pipeline is measured three times in quick mode and once in full mode (200 PDFs).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from corpus.generate import generate_documents, render_pdfs
from kommunminne.config import Settings
from kommunminne.pipeline import ingest_documents, ingest_paths

REPO_ROOT = Path(__file__).resolve().parents[1]
BATCH = 20
INCREMENTAL_RUNS = 5  # rounds of the two bases in turn (a run takes seconds)
WORKERS = 2
CODE_SUFFIXES = {".py", ".tsv", ".json", ".txt", ".csv"}


def _code_key() -> str:
    """Hash of the sources that decide what a cached data directory contains.

    Other people edit these folders while benchmarks run: hidden and temporary files are
    left out, and a file that disappears between listing and reading is skipped.
    """
    digest = hashlib.sha256()
    for folder in ("kommunminne", "nlp", "search", "corpus", "ingest"):
        for path in sorted((REPO_ROOT / folder).rglob("*")):
            if path.name.startswith(".") or path.suffix not in CODE_SUFFIXES:
                continue
            try:
                data = path.read_bytes()
            except (IsADirectoryError, FileNotFoundError):
                continue
            digest.update(str(path.relative_to(REPO_ROOT)).encode())
            digest.update(data)
    return digest.hexdigest()[:12]


@contextlib.contextmanager
def _cache_lock(cache: Path) -> Iterator[None]:
    """One run at a time may use (and clean) the cache: a second run waits.

    Without it, a second run deleted the first run's cached data directories as stale
    (another code key) or rebuilt them under its feet.
    """
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _result(
    name: str,
    value: float,
    unit: str,
    runs: int,
    notes: str,
    *,
    reference=None,
    reference_value=None,
) -> dict:
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "runs": runs,
        "reference": reference,
        "reference_value": reference_value,
        "notes": notes,
    }


def _full_ingest(n: int, data: Path) -> tuple[float, int, int]:
    """Ingest ``n`` generated documents into ``data`` (emptied first): (s, docs, pages)."""
    shutil.rmtree(data, ignore_errors=True)
    start = time.perf_counter()
    report = ingest_documents(generate_documents(n, seed=0), Settings.load(data), workers=WORKERS)
    seconds = time.perf_counter() - start
    return seconds, report.documents, report.pages


def _base(n: int, cache: Path, key: str) -> Path:
    """A cached data directory holding the first ``n`` generated documents."""
    data = cache / f"base-{n}-{key}"
    if not (data / ".complete").exists():
        _full_ingest(n, data)
        (data / ".complete").touch()
    return data


def _cli_ingest(batch: Path, data: Path) -> tuple[float, int]:
    """``kommunminne ingest`` of ``batch`` into ``data``: (seconds, files rejected).

    Exit status 1 (some files rejected, e.g. the extraction time limit on a loaded
    machine) is counted, not fatal; anything else is an error.
    """
    command = [
        sys.executable,
        "-m",
        "kommunminne.cli",
        "ingest",
        str(batch),
        "--data-dir",
        str(data),
        "--workers",
        str(WORKERS),
    ]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"ingest failed ({done.returncode}): {done.stdout}{done.stderr}")
    match = re.search(r"Avvisade:\s+(\d+)", done.stdout)
    return seconds, int(match.group(1)) if match else 0


def _incremental(
    bases: dict[str, Path], batch: Path, scratch: Path, runs: int
) -> tuple[dict[str, list[float]], int]:
    """Ingest ``batch`` into a fresh copy of each base, the bases taking turns in every
    round (so that a change in the machine's load hits both alike).  Returns the times by
    base and the number of files rejected in all runs."""
    times: dict[str, list[float]] = {name: [] for name in bases}
    rejected = 0
    for _ in range(runs):
        for name, base in bases.items():
            shutil.rmtree(scratch, ignore_errors=True)
            shutil.copytree(base, scratch, symlinks=True)
            # The copy's dirty pages are written back now, not during the timed run
            # (the 10,000-document copy is hundreds of MB: its writeback slowed that run).
            os.sync()
            seconds, count = _cli_ingest(batch, scratch)
            times[name].append(seconds)
            rejected += count
    shutil.rmtree(scratch, ignore_errors=True)
    return times, rejected


def run(quick: bool, workdir: Path) -> list[dict]:
    cache = workdir.parent / "ingest-cache"
    with _cache_lock(cache):
        return _run(quick, workdir, cache)


def _run(quick: bool, workdir: Path, cache: Path) -> list[dict]:
    key = _code_key()
    for stale in cache.iterdir():  # drop what older code built
        if key not in stale.name and not stale.name.startswith("."):
            shutil.rmtree(stale, ignore_errors=True)
    big, small = (500, 100) if quick else (10_000, 1_000)
    n_pdf = 20 if quick else 200
    runs = 3
    results: list[dict] = []

    # 1. Full ingest of generated documents (the large base; cached for step 4).
    big_data = cache / f"base-{big}-{key}"
    seconds, docs, pages = _full_ingest(big, big_data)
    (big_data / ".complete").touch()
    notes = (
        f"ingest_documents(generate_documents({big})) into an empty data dir, "
        f"{WORKERS} workers: analysis, store, index, topic fit; one run"
    )
    results.append(_result("ingest.full_docs_per_s", docs / seconds, "docs/s", 1, notes))
    results.append(
        _result(
            "ingest.full_pages_per_s",
            pages / seconds,
            "pages/s",
            1,
            f"{pages} pages; same run as ingest.full_docs_per_s",
        )
    )

    # 2. Full pipeline from PDFs, and an unchanged re-run.
    pdf_dir = cache / f"pdf-{n_pdf}-{key}"
    if not (pdf_dir / ".complete").exists():
        shutil.rmtree(pdf_dir, ignore_errors=True)
        render_pdfs(n_pdf, pdf_dir, seed=3)
        (pdf_dir / ".complete").touch()
    pdf_times, pdf_pages, pdf_docs, rerun_times, pdf_rejected = [], 0, 0, [], 0
    for _ in range(runs if quick else 1):  # full mode: 200 PDFs take minutes a run
        data = workdir / "pdf-data"
        shutil.rmtree(data, ignore_errors=True)
        start = time.perf_counter()
        report = ingest_paths([pdf_dir], Settings.load(data), workers=WORKERS, progress=False)
        pdf_times.append(time.perf_counter() - start)
        pdf_pages, pdf_docs = report.pages, report.documents
        pdf_rejected += len(report.rejected)
        start = time.perf_counter()
        again = ingest_paths([pdf_dir], Settings.load(data), workers=WORKERS, progress=False)
        rerun_times.append(time.perf_counter() - start)
        # files rejected by the first run (time limit on a loaded machine) are retried
        assert len(again.unchanged) == pdf_docs, again.summary()
    median = statistics.median(pdf_times)
    notes = (
        f"ingest_paths of {n_pdf} rendered PDFs (render_pdfs seed 3), {WORKERS} workers: "
        f"extraction + analysis in the pool, store, index, topic fit; "
        f"{pdf_docs} documents, {pdf_pages} pages"
        + (f"; {pdf_rejected} files rejected (time limit)" if pdf_rejected else "")
    )
    results.append(
        _result("ingest.pdf_pages_per_s", pdf_pages / median, "pages/s", len(pdf_times), notes)
    )
    results.append(
        _result(
            "ingest.pdf_docs_per_s",
            pdf_docs / median,
            "docs/s",
            len(pdf_times),
            "same runs as ingest.pdf_pages_per_s",
        )
    )
    results.append(
        _result(
            "ingest.unchanged_ms_per_file",
            1000 * statistics.median(rerun_times) / max(pdf_docs, 1),
            "ms/file",
            len(rerun_times),
            f"re-running ingest_paths on the same {n_pdf} PDFs (in-process, nothing changed); "
            "aim: well under a second per file",
            reference="aim",
            reference_value=1000.0,
        )
    )

    # 3. Incremental 20-PDF batches through the CLI.
    batch = cache / f"batch-{BATCH}-{key}"
    if not (batch / ".complete").exists():
        shutil.rmtree(batch, ignore_errors=True)
        render_pdfs(BATCH, batch, seed=11)
        (batch / ".complete").touch()
    small_data = _base(small, cache, key)
    times, rejected = _incremental(
        {"big": big_data, "small": small_data}, batch, workdir / "scratch", INCREMENTAL_RUNS
    )
    big_times, small_times = times["big"], times["small"]
    big_median, small_median = statistics.median(big_times), statistics.median(small_times)
    cli = (
        f"`kommunminne ingest` of {BATCH} new PDFs, --workers {WORKERS}, subprocess, "
        "the two data dirs in turn"
        + (f", {rejected} files rejected in all runs (time limit)" if rejected else "")
    )
    results.append(
        _result(
            f"ingest.incremental_{BATCH}_into_{big}_s",
            big_median,
            "s",
            INCREMENTAL_RUNS,
            f"{cli} into a copy of the {big}-document data dir; "
            f"runs {[round(t, 2) for t in big_times]}",
            reference="aim",
            reference_value=30.0,
        )
    )
    results.append(
        _result(
            f"ingest.incremental_{BATCH}_into_{small}_s",
            small_median,
            "s",
            INCREMENTAL_RUNS,
            f"{cli} into a copy of the {small}-document data dir; "
            f"runs {[round(t, 2) for t in small_times]}",
        )
    )
    results.append(
        _result(
            "ingest.incremental_ratio",
            big_median / small_median,
            "x",
            INCREMENTAL_RUNS,
            f"{big}-document case over {small}-document case (medians)",
            reference="aim",
            reference_value=1.5,
        )
    )

    # 4. reindex of the small base.
    scratch = workdir / "reindex-data"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(small_data, scratch, symlinks=True)
    command = [
        sys.executable,
        "-m",
        "kommunminne.cli",
        "reindex",
        "--data-dir",
        str(scratch),
        "--workers",
        str(WORKERS),
    ]
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO_ROOT, check=True, capture_output=True)
    reindex_seconds = time.perf_counter() - start
    shutil.rmtree(scratch, ignore_errors=True)
    results.append(
        _result(
            f"ingest.reindex_{small}_s",
            reindex_seconds,
            "s",
            1,
            f"`kommunminne reindex` of the {small}-document data dir (re-analysis on {WORKERS} "
            "workers, topic refit, new index swapped in)",
        )
    )

    # 5. Peak memory.
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    results.append(
        _result(
            "ingest.peak_rss_self_mb",
            self_mb,
            "MB",
            1,
            "ru_maxrss of the benchmark process (the index writer)",
        )
    )
    results.append(
        _result(
            "ingest.peak_rss_child_mb",
            children_mb,
            "MB",
            1,
            "largest ru_maxrss among finished child processes "
            "(analysis/extraction workers, CLI runs)",
        )
    )
    return results
