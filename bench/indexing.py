"""Benchmark of indexing (``search.SearchIndex.add_documents``).

Documents from ``corpus.generate.generate_documents`` are analysed first (``nlp.analyse``,
not timed: this measures the index alone, for documents that are *already analysed*),
then written into an empty on-disk index in batches of 500 (one commit each), as the
pipeline does.  Reported: documents/s (median of ``RUNS`` runs).

Reference, measured in the same run and alternating with it: the same records written
by a plain Whoosh writer (``W3Codec``, Whoosh's default merge policy ``MERGE_SMALL``),
which is what ``add_documents`` did before the codec and merge policy of ``search``.
The machine may be shared: CPU seconds of the process are reported too.
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from kommunminne.config import Settings

RUNS = 3
BATCH = 500


def _plain_whoosh(documents: list, target: Path) -> None:
    """The reference: the same records through Whoosh's default writer and commit."""
    from whoosh import index as windex

    from search import SearchIndex
    from search.index import INDEX_NAME
    from search.schema import records

    index = SearchIndex.create(target)
    for begin in range(0, len(documents), BATCH):
        ix = windex.open_dir(str(target), indexname=INDEX_NAME, schema=index.schema)
        writer = ix.writer(limitmb=128)
        for doc in documents[begin : begin + BATCH]:
            writer.delete_by_term("doc_id", doc.id)
            for record in records(doc):
                writer.add_document(**record)
        writer.commit()


def _ours(documents: list, target: Path) -> None:
    from search import SearchIndex

    index = SearchIndex.create(target)
    for begin in range(0, len(documents), BATCH):
        index.add_documents(documents[begin : begin + BATCH])


def run(quick: bool, workdir: Path) -> list[dict]:
    from corpus.generate import generate_documents
    from kommunminne.pipeline import analyse_documents
    from search.analysis import lemma_table

    size = 200 if quick else 2000
    settings = Settings.load(workdir / "analyse")
    documents = list(analyse_documents(generate_documents(size, seed=1), settings, workers=2))
    lemma_table()  # loaded once per process; not part of the rate
    _ours(documents[:50], workdir / "warm-up")  # gazetteers, aliases, word caches
    shutil.rmtree(workdir / "warm-up", ignore_errors=True)
    rates: dict[str, list[float]] = {"ours": [], "plain": []}
    cpu: dict[str, list[float]] = {"ours": [], "plain": []}
    for run_number in range(RUNS):
        for name, write in (("plain", _plain_whoosh), ("ours", _ours)):
            target = workdir / f"index-{name}-{run_number}"
            shutil.rmtree(target, ignore_errors=True)
            start, start_cpu = time.perf_counter(), time.process_time()
            write(documents, target)
            rates[name].append(len(documents) / (time.perf_counter() - start))
            cpu[name].append(len(documents) / (time.process_time() - start_cpu))
            shutil.rmtree(target, ignore_errors=True)
    pages = sum(len(d.pages) for d in documents) / len(documents)
    reference = "plain Whoosh writer (W3Codec, MERGE_SMALL), same records, same run"
    notes = (
        f"already analysed (entities, commitments); {pages:.1f} pages/document; "
        f"batches of {BATCH}, one commit each; analysis not timed; runs alternate with "
        "the reference; machine shared with other work"
    )
    return [
        {
            "name": f"indexing analysed documents ({size} docs)",
            "value": statistics.median(rates["ours"]),
            "unit": "documents/s",
            "runs": RUNS,
            "reference": reference,
            "reference_value": statistics.median(rates["plain"]),
            "notes": notes + " (wall clock)",
        },
        {
            "name": f"indexing analysed documents, CPU ({size} docs)",
            "value": statistics.median(cpu["ours"]),
            "unit": "documents/CPU-s",
            "runs": RUNS,
            "reference": reference,
            "reference_value": statistics.median(cpu["plain"]),
            "notes": notes + " (process CPU time: less sensitive to other load)",
        },
    ]
