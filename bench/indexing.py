"""Benchmark of indexing (``search.SearchIndex.add_documents``).

Documents from ``corpus.generate.generate_documents`` are analysed first (``nlp.analyse``,
not timed: this measures the index alone, for documents that are *already analysed*),
then written into an empty on-disk index in batches of 500 (one commit each), as the
pipeline does.  Reported: documents/s (median of ``RUNS`` runs).
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from kommunminne.config import Settings

RUNS = 3
BATCH = 500


def run(quick: bool, workdir: Path) -> list[dict]:
    from corpus.generate import generate_documents
    from kommunminne.pipeline import analyse_documents
    from search import SearchIndex
    from search.analysis import lemma_table

    size = 200 if quick else 2000
    settings = Settings.load(workdir / "analyse")
    documents = list(analyse_documents(generate_documents(size, seed=1), settings, workers=2))
    lemma_table()  # loaded once per process; not part of the rate
    rates = []
    for run_number in range(RUNS):
        target = workdir / f"index-{run_number}"
        shutil.rmtree(target, ignore_errors=True)
        index = SearchIndex.create(target)
        start = time.perf_counter()
        for begin in range(0, len(documents), BATCH):
            index.add_documents(documents[begin : begin + BATCH])
        rates.append(len(documents) / (time.perf_counter() - start))
        shutil.rmtree(target, ignore_errors=True)
    pages = sum(len(d.pages) for d in documents) / len(documents)
    return [
        {
            "name": f"indexing analysed documents ({size} docs)",
            "value": statistics.median(rates),
            "unit": "documents/s",
            "runs": RUNS,
            "reference": None,
            "reference_value": None,
            "notes": (
                f"already analysed (entities, commitments); {pages:.1f} pages/document; "
                f"batches of {BATCH}, one commit each; analysis not timed"
            ),
        }
    ]
