"""Benchmark of the NLP stage: words per second of ``nlp.analyse`` on one core.

Documents from ``corpus.generate`` (the council genre, deterministic).  Figures, each the
median of several runs in this one process (one core; spaCy blank pipelines do not use
threads), timed in CPU time of this process (``time.process_time``), so that other work
on a shared machine does not count; the wall-clock rate of the same runs is in the notes:

- ``nlp.analyse_words_per_s``: ``analyse`` (sentences, lemmas, entities, commitments,
  conversion to Entity/Commitment with pages), compared with the spaCy ``blank("sv")``
  tokenizer alone on the same texts in the same run;
- ``nlp.entities_words_per_s``: the same pipeline without the commitments component, to
  show where the time goes.

Words are whitespace-separated words of ``Document.text``.  The pipeline is built once
before timing (``load_pipeline`` caches it per process).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import spacy

from corpus.generate import generate_documents
from nlp import analyse, load_pipeline, to_spacy_docs

REFERENCE = "spaCy blank('sv') tokenizer alone (fresh cache), same texts, same run, CPU time"


def _median_time(fn, runs: int) -> tuple[float, float]:
    """Median CPU time and median wall-clock time of ``runs`` calls of ``fn``."""
    cpu, wall = [], []
    for _ in range(runs):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return statistics.median(cpu), statistics.median(wall)


def run(quick: bool, workdir: Path) -> list[dict]:
    n_docs = 100 if quick else 400
    runs = 3 if quick else 5
    documents = list(generate_documents(n_docs, seed=0))
    words = sum(len(d.text.split()) for d in documents)
    nlp = load_pipeline()
    analyse(documents[:5])  # warm up (lazy tables)

    full, full_wall = _median_time(lambda: analyse(documents), runs)

    texts = [d.text for d in documents]

    def tokenize() -> None:
        blank = spacy.blank("sv")  # a fresh tokenizer cache each run
        for text in texts:
            blank.make_doc(text)

    tokenizer, _ = _median_time(tokenize, runs)

    disabled = [name for name in nlp.pipe_names if name == "km_commitments"]

    def entities_only() -> None:
        with nlp.select_pipes(disable=disabled):
            for _ in nlp.pipe(to_spacy_docs(nlp, documents), batch_size=16):
                pass

    entities, entities_wall = _median_time(entities_only, runs)
    tokenizer_rate = round(words / tokenizer, 1)
    return [
        {
            "name": "nlp.analyse_words_per_s",
            "value": round(words / full, 1),
            "unit": "words/s",
            "runs": runs,
            "reference": REFERENCE,
            "reference_value": tokenizer_rate,
            "notes": (
                f"analyse() on {n_docs} corpus.generate documents ({words} words), one "
                f"process, CPU time; pipeline: {', '.join(nlp.pipe_names)}; wall clock "
                f"{words / full_wall:,.0f} words/s (machine shared)"
            ),
        },
        {
            "name": "nlp.entities_words_per_s",
            "value": round(words / entities, 1),
            "unit": "words/s",
            "runs": runs,
            "reference": REFERENCE,
            "reference_value": tokenizer_rate,
            "notes": (
                "nlp.pipe without km_commitments (sentences, lemmas, entities only), CPU "
                f"time; wall clock {words / entities_wall:,.0f} words/s"
            ),
        },
    ]
