"""Batch ingest and re-indexing: files → documents → store → search index.

``ingest_paths`` (``kommunminne ingest``)
    Collects the PDFs under the given paths, skips what is unchanged, extracts and
    analyses the rest on all cores (``ingest.extract_batch`` with ``nlp.analyse_one``
    run in the workers), and in the main process — the index's only writer — stores
    and indexes them in chunks of ``CHUNK_DOCS`` documents or ``CHUNK_SECONDS``.

``ingest_documents``
    The same for documents that do not come from files (generated corpora, benchmarks).

``reindex`` (``kommunminne reindex``)
    Re-analyses every stored document on all cores, refits the topic model and builds a
    fresh index beside the old one, swapped in atomically (``kommunminne.datadir``).

Rules
-----
* **Unchanged**: a file whose size and modification time equal the manifest's is
  skipped without being read; otherwise it is hashed (SHA-256) and skipped if the hash
  is the same.  A file whose hash differs is **changed**: the new version is ingested
  and the earlier document is removed from store and index (unless another file still
  has that content).
* **Identical content at several paths is one document** (its id is derived from the
  hash).  The store keeps the first path; the manifest records every path; the summary
  lists the others as duplicates.  The document goes when the last of its paths goes.
* **--prune** removes documents whose files no longer exist, considering only manifest
  paths *under the roots given in this run* (a folder root covers everything below it,
  a file root only itself), so ingesting one folder never prunes another.  Without
  --prune such files are only counted in the summary.
* **Rejected** files (not a PDF, unreadable, too slow, …) are reported by name with the
  reason and left out of the manifest, so the next run tries them again.
* **Interruption**: each chunk is written store → index → manifest, so a killed run
  loses at most the chunk in progress; Ctrl-C first writes the documents already
  finished.  A run leaves ``.ingest-incomplete`` in the data directory until it ends
  normally; the next run that finds it reconciles the index with the store (adds
  stored documents the index lacks, deletes index entries without a stored document)
  and then completes the batch.  Whoosh's write lock is an ``flock`` and is released by
  the operating system when a writer dies.  One ingest or reindex runs at a time per
  data directory (``DataDirLock``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from kommunminne.config import Settings
from kommunminne.datadir import (
    DataDirLock,
    PipelineError,
    ensure_index_dir,
    mark_run_finished,
    mark_run_started,
    new_index_dir,
    swap_in,
)
from kommunminne.manifest import MANIFEST_NAME, FileEntry, Manifest
from kommunminne.model import Document
from kommunminne.processes import PIPELINE_PRELOAD, worker_context
from kommunminne.store import DocumentStore
from kommunminne.topic_refit import TopicKeeper

__all__ = [
    "CHUNK_DOCS",
    "CHUNK_SECONDS",
    "IngestReport",
    "PipelineError",
    "ingest_documents",
    "ingest_paths",
    "reindex",
]

#: Documents are written to the store and the index every CHUNK_DOCS documents or every
#: CHUNK_SECONDS seconds, whichever comes first.  Each write is an index commit (which may
#: merge segments), so a small batch is written once or twice, not every few seconds.
CHUNK_DOCS = 100
CHUNK_SECONDS = 60.0
#: Documents per task when analysis runs in a process pool.
ANALYSIS_CHUNK = 16
#: Documents per index commit when a whole corpus is (re)written.
BULK_INDEX_CHUNK = 2000


# ---------------------------------------------------------------------------- report
def _sv_number(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _pages_sv(count: int) -> str:
    return f"{count} {'sida' if count == 1 else 'sidor'}"


@dataclass
class IngestReport:
    """What a run did, by file (display paths) or by document source name."""

    operation: str = "ingest"  # "ingest" or "reindex"
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    #: (path, the other path with the same content)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    #: (path, reason in Swedish)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    #: ingested files that no longer exist (counted when --prune was not given)
    missing: list[str] = field(default_factory=list)
    #: (path, warning) for documents that went in with a problem (e.g. no OCR)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0  # documents written to the index by this run
    pages: int = 0  # pages of those documents
    topics_refitted_on: int | None = None  # corpus size when the topic model was refitted
    recovered: bool = False  # an interrupted earlier run was reconciled first
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        lines: list[str] = []
        if self.operation == "reindex":
            lines.append(
                f"Omindexering klar på {_sv_number(self.seconds)} s: {self.documents} dokument "
                f"({_pages_sv(self.pages)}) analyserades om och indexerades."
            )
        else:
            lines.append(f"Inläsning klar på {_sv_number(self.seconds)} s.")
            lines.append(f"  Nya:          {len(self.new)}")
            lines.append(f"  Ändrade:      {len(self.changed)}")
            lines.append(f"  Oförändrade:  {len(self.unchanged)}")
            lines.append(f"  Borttagna:    {len(self.removed)}")
            lines.append(f"  Avvisade:     {len(self.rejected)}")
            if self.duplicates:
                lines.append(f"  Dubbletter:   {len(self.duplicates)}")
            lines.append(f"Indexerade nu: {self.documents} dokument, {_pages_sv(self.pages)}.")
        if self.recovered:
            lines.append(
                "En tidigare avbruten körning upptäcktes; indexet stämdes av mot lagret först."
            )
        if self.topics_refitted_on is not None:
            lines.append(f"Ämnesmodellen anpassades om på {self.topics_refitted_on} dokument.")
        if self.duplicates:
            lines.append("Samma innehåll som en annan fil (lagras som ett dokument):")
            lines.extend(f"  {path} = {other}" for path, other in self.duplicates)
        if self.removed:
            lines.append("Borttagna (filen finns inte längre):")
            lines.extend(f"  {path}" for path in self.removed)
        if self.missing:
            lines.append(
                f"{len(self.missing)} tidigare inlästa filer finns inte längre; "
                "kör med --prune för att ta bort dem ur indexet."
            )
        if self.warnings:
            lines.append("Varningar:")
            lines.extend(f"  {path}: {warning}" for path, warning in self.warnings)
        if self.rejected:
            lines.append("Avvisade filer:")
            lines.extend(f"  {path}: {reason}" for path, reason in self.rejected)
        lines.extend(self.notes)
        return "\n".join(lines)


# ------------------------------------------------------------------ warm-up
def _load_tables(topics: TopicKeeper) -> None:
    """Load the lookup tables that the first index write and topic assignment need."""
    with contextlib.suppress(Exception):  # a real problem shows again where it matters
        from search.analysis import lemma_table

        lemma_table()
    with contextlib.suppress(Exception):
        topics.warm_up()


class _WarmUp:
    """Loads the main process's lookup tables in a background thread.

    The search analyser's lemma table and the topic model's term table take seconds to
    load (more on a busy machine), and the main process needs them only for its first
    write.  Loaded while the workers extract and analyse, they cost no wall time; loaded
    at the first write, they stood between the workers' last result and the end of a
    small batch.  ``join`` before the first use, so that nothing is loaded twice.  No
    worker is forked from this process (``kommunminne.processes``): one forked while this
    thread held an import lock hung for ever.
    """

    def __init__(self, topics: TopicKeeper) -> None:
        self._thread = threading.Thread(
            target=_load_tables, args=(topics,), name="kommunminne-warm-up", daemon=True
        )
        self._thread.start()

    def join(self) -> None:
        self._thread.join()


# ------------------------------------------------------------------ the one writer
@dataclass
class _Pending:
    """A document waiting for the next chunk write."""

    document: Document
    display: str
    pdf: Path | None = None  # the original file, copied into the store
    stored: bool = False  # already in the store (content known from an earlier run)
    files: list[tuple[str, FileEntry]] = field(default_factory=list)  # manifest entries
    replaces: set[str] = field(default_factory=set)  # ids of earlier versions


class _ChunkWriter:
    """Writes documents to store, index and manifest in chunks; the index's one writer."""

    def __init__(
        self,
        settings: Settings,
        report: IngestReport,
        manifest: Manifest | None = None,
    ) -> None:
        from search import SearchIndex

        self.settings = settings
        self.report = report
        self.manifest = manifest
        self.store = DocumentStore(settings.store_dir)
        self.index = SearchIndex.open_or_create(ensure_index_dir(settings.index_dir))
        self.topics = TopicKeeper(settings.models_dir)  # the model loads on first use
        #: ids that files of this run will still point to: never deleted by this run
        self.protected: set[str] = set()
        self.pending: list[_Pending] = []
        self._last_write = time.monotonic()
        self._warm_up: _WarmUp | None = None

    def warm_up(self) -> None:
        """Start loading the tables of the first write while the workers are busy."""
        if self._warm_up is None:
            self._warm_up = _WarmUp(self.topics)

    def _warmed_up(self) -> None:
        if self._warm_up is not None:
            self._warm_up.join()

    def _note_topic_problem(self) -> None:
        """Report (once) that the saved topic model could not be loaded."""
        problem = self.topics.load_problem
        if problem and problem not in self.report.notes:
            self.report.notes.append(problem)

    def add(self, item: _Pending) -> None:
        self.pending.append(item)
        due = time.monotonic() - self._last_write >= CHUNK_SECONDS
        if len(self.pending) >= CHUNK_DOCS or due:
            self.flush()

    def flush(self) -> None:
        """Write the pending documents: store, then index, then manifest."""
        pending, self.pending = self.pending, []
        self._last_write = time.monotonic()
        if not pending:
            return
        self._warmed_up()
        # Stored items are content an earlier run (or another path) brought in: the
        # store and (see ``reconcile``) the index already hold them; only the manifest
        # learns their paths.
        fresh = [item for item in pending if not item.stored]
        documents = [item.document for item in fresh]
        self.topics.assign(documents)
        self._note_topic_problem()
        for item in fresh:
            record_path = item.files[0][0] if item.files else None
            self.store.put(item.document, path=record_path, pdf=item.pdf)
        if documents:
            self.index.add_documents(documents)
        if self.manifest is not None:
            for item in pending:
                self.manifest.files.update(item.files)
            written = {item.document.id for item in pending}
            replaced = set().union(*(item.replaces for item in pending)) - written
            self.delete_unreferenced(replaced)
            self.manifest.save()
        self.report.documents += len(documents)
        self.report.pages += sum(len(document.pages) for document in documents)

    def delete_unreferenced(self, doc_ids: set[str]) -> None:
        """Delete those of ``doc_ids`` that no manifest path (or this run) still needs."""
        assert self.manifest is not None
        doomed = sorted(doc_ids - self.manifest.doc_ids() - self.protected)
        if not doomed:
            return
        for doc_id in doomed:  # store first: the store never holds what the index lacks
            self.store.delete(doc_id)
        self.index.delete_documents(doomed)

    def reconcile(self) -> None:
        """After an interrupted run: make the index hold exactly the stored documents."""
        stored = set(self.store.ids())
        indexed = set(self.index.document_ids())
        if indexed - stored:
            self.index.delete_documents(sorted(indexed - stored))
        missing = sorted(stored - indexed)
        for start in range(0, len(missing), BULK_INDEX_CHUNK):
            chunk = [self.store.get(doc_id) for doc_id in missing[start : start + BULK_INDEX_CHUNK]]
            self.index.add_documents([doc for doc in chunk if doc is not None])
        self.report.recovered = True

    def refit_topics_if_due(self, progress: bool) -> None:
        """Refit on the whole store when the rule in ``topic_refit`` says so."""
        self._warmed_up()  # the warm-up may be loading the model: let it finish first
        corpus_size = len(self.store.ids())
        if not self.topics.needs_refit(corpus_size):
            return
        self._note_topic_problem()
        documents = list(self.store)
        try:
            changed = self.topics.refit(documents)
        except ValueError as exc:  # e.g. too few documents to fit a model
            self.report.notes.append(f"Ämnesmodellen kunde inte anpassas: {exc}")
            return
        self.report.topics_refitted_on = len(documents)
        for document in _progress(changed, progress, "Uppdaterar ämnen"):
            self.store.update(document)
        for start in range(0, len(changed), BULK_INDEX_CHUNK):
            self.index.add_documents(changed[start : start + BULK_INDEX_CHUNK])
        self.topics.save()


def _progress(items: Iterable, enabled: bool, desc: str, total: int | None = None) -> tqdm:
    """A progress bar on stderr; off when disabled or when stderr is not a terminal."""
    return tqdm(
        items,
        desc=desc,
        total=total,
        unit="dok",
        file=sys.stderr,
        disable=True if not enabled else None,  # None: tqdm turns itself off without a TTY
        leave=False,
    )


@contextlib.contextmanager
def _run(settings: Settings, report: IngestReport) -> Iterator[None]:
    """Lock the data directory and keep the interrupted-run marker for the run."""
    started = time.monotonic()
    with DataDirLock(settings.data_dir):
        report.recovered = mark_run_started(settings.data_dir)
        yield
        mark_run_finished(settings.data_dir)
    report.seconds = time.monotonic() - started


def _write_all(
    writer: _ChunkWriter, items: Iterable[_Pending], on_item: Callable[[], None]
) -> None:
    """Feed ``items`` to ``writer``; on any interruption write what is finished, re-raise."""
    try:
        for item in items:
            writer.add(item)
            on_item()
    except BaseException:
        with contextlib.suppress(Exception):
            writer.flush()
        raise
    writer.flush()


# ---------------------------------------------------------------- collecting files
def _collect(
    paths: Sequence[Path], exclude: Path | None = None
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Files to consider, as {absolute resolved path: display path}, and rejections.

    Folders are walked recursively for ``*.pdf`` (any case), skipping hidden files and
    folders and the folder ``exclude`` (the data directory, whose store holds copies of
    the PDFs); a file named explicitly is attempted whatever its name.
    """
    excluded = exclude.resolve() if exclude is not None else None
    files: dict[str, str] = {}
    rejected: list[tuple[str, str]] = []

    def add(path: Path) -> None:
        files.setdefault(str(path.resolve()), str(path))

    for raw in paths:
        path = Path(raw)
        if path.is_dir():

            def walk_error(error: OSError) -> None:
                rejected.append((str(error.filename), f"mappen kan inte läsas: {error.strerror}"))

            for folder, dirs, names in os.walk(path, onerror=walk_error):
                dirs[:] = sorted(
                    d
                    for d in dirs
                    if not d.startswith(".") and (Path(folder) / d).resolve() != excluded
                )
                for name in sorted(names):
                    if name.lower().endswith(".pdf") and not name.startswith("."):
                        add(Path(folder) / name)
        elif path.exists() or path.is_symlink():
            add(path)
        else:
            rejected.append((str(path), "filen eller mappen finns inte"))
    return files, rejected


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _under_roots(key: str, roots: Sequence[Path]) -> bool:
    path = Path(key)
    return any(path == root or root in path.parents for root in roots)


# ----------------------------------------------------------------------- ingest
def ingest_paths(
    paths: Sequence[Path | str],
    settings: Settings,
    *,
    prune: bool = False,
    workers: int | None = None,
    progress: bool = True,
) -> IngestReport:
    """Ingest PDF files and folders (recursively) incrementally; see the module doc."""
    report = IngestReport()
    with _run(settings, report):
        manifest = Manifest.load(settings.data_dir / MANIFEST_NAME)
        if manifest.recovered_from is not None:
            report.notes.append(
                f"Manifestet kunde inte läsas och sparades som {manifest.recovered_from.name}; "
                "filerna jämfördes med lagret via innehållet."
            )
        writer = _ChunkWriter(settings, report, manifest)
        if report.recovered:
            writer.reconcile()
        files, rejected = _collect([Path(p) for p in paths], exclude=settings.data_dir)
        report.rejected.extend(rejected)
        jobs, manifest_touched = _plan(files, manifest, writer, report)
        if manifest_touched:  # same content with a new mtime: remember it, skip next time
            manifest.save()
        if any(not job.stored for job in jobs):
            writer.warm_up()
        _process(jobs, writer, report, workers=workers, progress=progress)
        roots = [Path(p).resolve() for p in paths]
        _prune_or_count_missing(roots, manifest, writer, report, prune=prune)
        writer.refit_topics_if_due(progress)
    return report


def _plan(
    files: dict[str, str], manifest: Manifest, writer: _ChunkWriter, report: IngestReport
) -> tuple[list[_Pending], bool]:
    """Sort files into unchanged, rejected and work items (one per new content).

    Returns the work items and whether the manifest was touched (same content, new
    modification time).
    """
    jobs: dict[str, _Pending] = {}  # by sha256
    touched = False
    paths_by_doc: dict[str, list[str]] = {}
    for known_key, known in manifest.files.items():
        paths_by_doc.setdefault(known.doc_id, []).append(known_key)
    for key, display in files.items():
        path = Path(key)
        try:
            info = path.stat()
        except OSError as exc:
            report.rejected.append((display, f"filen kan inte läsas: {exc.strerror}"))
            continue
        if not stat.S_ISREG(info.st_mode):
            report.rejected.append((display, "inte en vanlig fil"))
            continue
        old = manifest.files.get(key)
        if (
            old is not None
            and (old.size, old.mtime_ns) == (info.st_size, info.st_mtime_ns)
            and old.doc_id in writer.store
        ):
            report.unchanged.append(display)
            continue
        try:
            sha = _sha256_of(path)
        except OSError as exc:
            report.rejected.append((display, f"filen kan inte läsas: {exc.strerror}"))
            continue
        entry = FileEntry(sha, info.st_size, info.st_mtime_ns, sha[:16])
        if old is not None and old.sha256 == sha and old.doc_id in writer.store:
            report.unchanged.append(display)
            manifest.files[key] = entry
            touched = True
            continue
        replaces = {old.doc_id} if old is not None and old.doc_id != entry.doc_id else set()
        if sha in jobs:  # the same content earlier in this batch
            job = jobs[sha]
            job.files.append((key, entry))
            job.replaces |= replaces
            report.duplicates.append((display, job.display))
            continue
        stored = entry.doc_id in writer.store
        others = [p for p in paths_by_doc.get(entry.doc_id, []) if p != key] if stored else []
        if others:
            report.duplicates.append((display, others[0]))
        else:
            (report.changed if old is not None else report.new).append(display)
        jobs[sha] = _Pending(
            document=Document(source=path.name, sha256=sha),
            display=display,
            pdf=path,
            stored=stored,
            files=[(key, entry)],
            replaces=replaces,
        )
        if stored:  # taken as it is from the store; this run must not delete it
            writer.protected.add(entry.doc_id)
    return list(jobs.values()), touched


def _process(
    jobs: list[_Pending],
    writer: _ChunkWriter,
    report: IngestReport,
    *,
    workers: int | None,
    progress: bool,
) -> None:
    """Extract and analyse the new contents on all cores; write them in chunks."""
    if not jobs:
        return
    bar = _progress(None, progress, "Läser in", total=len(jobs))
    to_extract = {str(job.pdf): job for job in jobs if not job.stored}

    def items() -> Iterator[_Pending]:
        yield from (job for job in jobs if job.stored)
        if not to_extract:
            return
        from ingest import extract_batch
        from nlp import analyse_one

        batch = extract_batch(
            [Path(key) for key in to_extract],
            workers=workers,
            postprocess=analyse_one,
            preload=PIPELINE_PRELOAD,
        )
        try:
            for result in batch:
                job = to_extract[str(Path(result.path).resolve())]
                document = result.document
                if result.error is not None or document is None:
                    _reject(job, result.error.reason if result.error else "okänt fel", report)
                elif document.sha256 != job.document.sha256:
                    _reject(job, "filen ändrades under inläsningen; kör igen", report)
                else:
                    report.warnings.extend((job.display, w) for w in document.warnings)
                    job.document = document
                    yield job
                    continue
                bar.update(1)
        finally:
            close = getattr(batch, "close", None)
            if close is not None:
                close()

    try:
        _write_all(writer, items(), lambda: bar.update(1))
    finally:
        bar.close()


def _reject(job: _Pending, reason: str, report: IngestReport) -> None:
    """Move a work item's files from new/changed/duplicates to rejected."""
    for listing in (report.new, report.changed):
        if job.display in listing:
            listing.remove(job.display)
    report.rejected.append((job.display, reason))
    for path, other in list(report.duplicates):
        if other == job.display:
            report.duplicates.remove((path, other))
            report.rejected.append((path, reason))


def _prune_or_count_missing(
    roots: Sequence[Path],
    manifest: Manifest,
    writer: _ChunkWriter,
    report: IngestReport,
    *,
    prune: bool,
) -> None:
    gone = [
        key
        for key in sorted(manifest.files)
        if _under_roots(key, roots) and not Path(key).is_file()
    ]
    if not gone:
        return
    if not prune:
        report.missing.extend(gone)
        return
    doc_ids = {manifest.files.pop(key).doc_id for key in gone}
    writer.delete_unreferenced(doc_ids)
    manifest.save()
    report.removed.extend(gone)


def ingest_documents(
    docs: Iterable[Document],
    settings: Settings,
    *,
    workers: int | None = None,
    progress: bool = False,
    analyse: bool = True,
) -> IngestReport:
    """Analyse, store and index documents that do not come from files.

    A document whose id is already stored is counted as unchanged and skipped.  With
    ``analyse=False`` the documents are taken as already analysed (their entities and
    commitments are kept; topics are assigned here as always), e.g. documents exported
    from another installation, or a benchmark's cached corpus.
    """
    report = IngestReport()
    with _run(settings, report):
        writer = _ChunkWriter(settings, report)
        if report.recovered:
            writer.reconcile()
        writer.warm_up()
        seen: set[str] = set()

        def fresh() -> Iterator[Document]:
            for document in docs:
                if document.id in seen or document.id in writer.store:
                    report.unchanged.append(document.source)
                    continue
                seen.add(document.id)
                yield document

        def items() -> Iterator[_Pending]:
            analysed = analyse_documents(fresh(), settings, workers=workers) if analyse else fresh()
            for document in analysed:
                report.new.append(document.source)
                yield _Pending(document=document, display=document.source)

        bar = _progress(None, progress, "Läser in")
        try:
            _write_all(writer, items(), lambda: bar.update(1))
        finally:
            bar.close()
        writer.refit_topics_if_due(progress)
    return report


# ------------------------------------------------------------------- analysis pool
def _analyse_chunk(documents: list[Document], municipality: str) -> list[Document]:
    """``nlp.analyse`` on a chunk; a document the analysis fails on is kept unanalysed
    with a warning (as ``ingest.extract_batch`` does), so one bad text never stops a run."""
    from nlp import analyse

    try:
        return analyse(documents, municipality=municipality)
    except Exception:  # find the culprit: one document at a time
        pass
    results = []
    for document in documents:
        try:
            results.extend(analyse([document], municipality=municipality))
        except Exception as exc:
            document.warnings.append(f"Språkanalysen misslyckades ({type(exc).__name__}: {exc})")
            results.append(document)
    return results


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _max_in_flight(workers: int) -> int:
    """Analysis chunks submitted ahead: a write chunk's worth plus two per worker."""
    return -(-CHUNK_DOCS // ANALYSIS_CHUNK) + 2 * workers


def analyse_documents(
    documents: Iterable[Document], settings: Settings, *, workers: int | None = None
) -> Iterator[Document]:
    """``nlp.analyse`` over ``documents`` on ``workers`` processes, in input order.

    At most ``_max_in_flight(workers)`` chunks are in flight — enough for the workers to
    go on analysing while the caller writes a chunk of ``CHUNK_DOCS`` documents to the
    index, few enough that a long stream is never held in memory whole.
    ``workers=1`` analyses in this process.
    """
    workers = workers or os.cpu_count() or 1
    chunks = _chunks(documents, ANALYSIS_CHUNK)
    if workers <= 1:
        for chunk in chunks:
            yield from _analyse_chunk(chunk, settings.municipality)
        return
    limit = _max_in_flight(workers)
    context = worker_context(*PIPELINE_PRELOAD)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        in_flight: list[Future[list[Document]]] = []
        for chunk in chunks:
            in_flight.append(pool.submit(_analyse_chunk, chunk, settings.municipality))
            if len(in_flight) >= limit:
                yield from in_flight.pop(0).result()
        for future in in_flight:
            yield from future.result()


# ---------------------------------------------------------------------- reindex
def reindex(
    settings: Settings, *, workers: int | None = None, progress: bool = True
) -> IngestReport:
    """Re-analyse the stored documents, refit topics, build a new index and swap it in.

    The PDFs are not read again.  The running server keeps answering from the old index
    until the swap, and from the new one after it.
    """
    from search import SearchIndex

    report = IngestReport(operation="reindex")
    with _run(settings, report):
        store = DocumentStore(settings.store_dir)
        ids = store.ids()
        topics = TopicKeeper(settings.models_dir)
        warm_up = _WarmUp(topics)

        def stored() -> Iterator[Document]:
            for doc_id in ids:
                document = store.get(doc_id)
                if document is None:
                    continue
                # a clean re-analysis: nothing of the earlier analysis is kept
                document.entities, document.commitments, document.topics = [], [], []
                yield document

        documents = list(
            _progress(
                analyse_documents(stored(), settings, workers=workers),
                progress,
                "Analyserar",
                total=len(ids),
            )
        )
        warm_up.join()
        if documents:
            try:
                topics.refit(documents)
                report.topics_refitted_on = len(documents)
            except ValueError as exc:
                report.notes.append(f"Ämnesmodellen kunde inte anpassas: {exc}")
        for document in _progress(documents, progress, "Lagrar"):
            store.update(document)
        new_dir = new_index_dir(settings.data_dir)
        index = SearchIndex.create(new_dir)
        for start in range(0, len(documents), BULK_INDEX_CHUNK):
            index.add_documents(documents[start : start + BULK_INDEX_CHUNK])
        swap_in(settings.index_dir, new_dir)
        topics.save()
        report.documents = len(documents)
        report.pages = sum(len(document.pages) for document in documents)
    return report
