"""Benchmark of the scale generator (``corpus.generate``): documents and words per second."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from corpus.generate import generate_documents, render_pdfs


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(quick: bool, workdir: Path) -> list[dict]:
    n = 1000 if quick else 10000
    runs = 3 if quick else 5
    words = sum(len(d.text.split()) for d in generate_documents(n, seed=0))
    times = [_timed(lambda: sum(1 for _ in generate_documents(n, seed=0))) for _ in range(runs)]
    median = statistics.median(times)
    n_pdf = 10 if quick else 50
    pdf_dir = workdir / "corpus_gen_pdf"
    pdf_times = [_timed(lambda: render_pdfs(n_pdf, pdf_dir, seed=0)) for _ in range(runs)]
    return [
        {
            "name": "corpus_gen.documents_per_s",
            "value": round(n / median, 1),
            "unit": "docs/s",
            "runs": runs,
            "reference": None,
            "reference_value": None,
            "notes": f"generate_documents({n}) as Document objects, {words} words in total",
        },
        {
            "name": "corpus_gen.words_per_s",
            "value": round(words / median, 1),
            "unit": "words/s",
            "runs": runs,
            "reference": None,
            "reference_value": None,
            "notes": f"same runs as documents_per_s ({n} documents)",
        },
        {
            "name": "corpus_gen.pdfs_per_s",
            "value": round(n_pdf / statistics.median(pdf_times), 2),
            "unit": "PDFs/s",
            "runs": runs,
            "reference": None,
            "reference_value": None,
            "notes": f"render_pdfs({n_pdf}) with the corpus renderer (reportlab)",
        },
    ]
