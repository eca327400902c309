"""Benchmark of PDF extraction (``ingest``).

Files: the sample corpus PDFs (``corpus/pdf``) plus generated PDFs in the same genre
(``corpus.generate.render_pdfs``: 60, quick mode 15).  Every figure is the median of
several passes over all files (5, quick mode 3) after one warm-up pass (imports, the
hyphenation word list), in one process, files one after the other.  The three OCR-free
measurements take turns within each run and count CPU time (the benchmark machine is
shared); the OCR and batch figures are wall-clock time (1 run in quick mode, else 3):

* ``pdfminer extract_text`` – pdfminer.six's plain text extraction, default LAParams
  (the reference a pdfminer user would start from);
* ``pdfminer extract_pages`` – pdfminer's layout analysis alone with *our* LAParams
  (``ingest.layout.LAPARAMS``), every page's layout tree walked: pdfminer's own share of
  our extraction;
* ``extract_pdf (utan OCR)`` – our whole extraction without OCR: layout, reading order,
  furniture, paragraphs, hyphenation, metadata.  Its overhead is reported against both
  references; the aim (≤ 20 %) is about the second, the same layout work;
* ``extract_pdf med OCR`` – the same with Tesseract on image-only pages (pages/s of all
  pages; OCR dominates when there are scanned pages);
* ``extract_batch`` – the whole thing as ``kommunminne ingest`` runs it: worker pool on
  all cores, one worker process per file task, wall clock.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def _files(quick: bool, workdir: Path) -> list[Path]:
    files = sorted((REPO_ROOT / "corpus" / "pdf").glob("*.pdf"))
    try:
        from corpus.generate import render_pdfs

        files += render_pdfs(15 if quick else 60, workdir / "generated", seed=7)
    except ImportError:  # the generator is not there: the sample corpus alone
        pass
    return files


def _pages(files: list[Path]) -> int:
    from ingest import extract_pdf

    return sum(len(extract_pdf(path, ocr=False).pages) for path in files)


def _median_cpu_seconds(actions: dict, files: list[Path], runs: int) -> dict[str, float]:
    """Median CPU time of this process per pass over ``files``, for each action.

    The actions take turns within each run (so that load from other processes on a shared
    machine affects them alike) and CPU time rather than wall time is measured.
    """
    for action in actions.values():  # warm-up: imports, word list, caches
        for path in files:
            action(path)
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            started = time.process_time()
            for path in files:
                action(path)
            times[name].append(time.process_time() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def run(quick: bool, workdir: Path) -> list[dict]:
    from pdfminer.high_level import extract_pages, extract_text

    from ingest import extract_batch, extract_pdf
    from ingest.layout import LAPARAMS

    workdir.mkdir(parents=True, exist_ok=True)
    runs = 3 if quick else 5
    files = _files(quick, workdir)
    pages = _pages(files)

    def plain(path: Path) -> None:
        extract_text(path)

    def layout_only(path: Path) -> None:
        for page in extract_pages(path, laparams=LAPARAMS):
            for _ in page:
                pass

    def ours(path: Path) -> None:
        extract_pdf(path, ocr=False)

    def ours_ocr(path: Path) -> None:
        extract_pdf(path, ocr=True)

    cpu = _median_cpu_seconds({"plain": plain, "layout": layout_only, "ours": ours}, files, runs)
    t_plain, t_layout, t_ours = cpu["plain"], cpu["layout"], cpu["ours"]
    ocr_runs = 1 if quick else 3
    ocr_times = []
    for _ in range(ocr_runs):
        started = time.perf_counter()
        for path in files:
            ours_ocr(path)
        ocr_times.append(time.perf_counter() - started)
    t_ocr = statistics.median(ocr_times)
    batch_times = []
    for _ in range(ocr_runs):
        started = time.perf_counter()
        for item in extract_batch(files):
            assert item.error is None, item.error
        batch_times.append(time.perf_counter() - started)
    t_batch = statistics.median(batch_times)

    note_files = f"{len(files)} PDF:er, {pages} sidor"
    overhead_layout = (t_ours - t_layout) / t_layout * 100
    overhead_plain = (t_ours - t_plain) / t_plain * 100
    return [
        {
            "name": "extraktion utan OCR (extract_pdf)",
            "value": round(pages / t_ours, 1),
            "unit": "sidor/s",
            "runs": runs,
            "reference": "pdfminer extract_pages, samma LAParams",
            "reference_value": round(pages / t_layout, 1),
            "notes": f"{note_files}; merkostnad {overhead_layout:+.1f} % mot pdfminers "
            f"layoutanalys med samma LAParams, {overhead_plain:+.1f} % mot extract_text "
            "med standard-LAParams; CPU-tid i en process, mätningarna turas om",
        },
        {
            "name": "pdfminer extract_text (standard-LAParams)",
            "value": round(pages / t_plain, 1),
            "unit": "sidor/s",
            "runs": runs,
            "reference": None,
            "reference_value": None,
            "notes": f"{note_files}; CPU-tid i en process",
        },
        {
            "name": "merkostnad rensning + metadata",
            "value": round(overhead_layout, 1),
            "unit": "%",
            "runs": runs,
            "reference": "mål ≤ 20 % över pdfminers layoutanalys (samma LAParams)",
            "reference_value": 20.0,
            "notes": f"mot extract_text med standard-LAParams: {overhead_plain:+.1f} %",
        },
        {
            "name": "extraktion med OCR (extract_pdf)",
            "value": round(pages / t_ocr, 2),
            "unit": "sidor/s",
            "runs": ocr_runs,
            "reference": None,
            "reference_value": None,
            "notes": f"{note_files}; Tesseract swe på sidor utan textlager; en process, väggklocka",
        },
        {
            "name": "extract_batch, alla kärnor",
            "value": round(pages / t_batch, 1),
            "unit": "sidor/s",
            "runs": ocr_runs,
            "reference": None,
            "reference_value": None,
            "notes": f"{note_files}; {os.cpu_count()} processer, OCR på, väggklocka "
            "inklusive start av arbetsprocesser",
        },
    ]


if __name__ == "__main__":  # pragma: no cover
    import json
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run("--quick" in sys.argv, Path(tmp)), ensure_ascii=False, indent=2))
