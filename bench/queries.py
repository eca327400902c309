"""Benchmark of query latency (``search.SearchIndex.search`` with facets).

The index holds ``corpus.generate.generate_documents(10000)`` (quick: 1,000) run through
``nlp.analyse`` (both cores, via ``kommunminne.pipeline.analyse_documents``).  Building
it is slow, so it is cached in ``bench/work/search-cache/``: the analysed documents
(keyed by the generator's code only, ``GENERATOR_FILES``: this benchmark measures the
search layer, not the analysis, and re-analysing 10,000 documents after every change
of ``nlp/`` would take many minutes; delete the cache to pick up a new analysis) and the
index (keyed by the search code too).
Each query of ``QUERIES`` (words, compounds, phrases, operators, prefixes, fields,
date ranges, sorting by date, a malformed query) runs ``RUNS`` times on a fresh
searcher each time (as the web server does: one searcher per request), facets
included; p50 and p95 are over all timed calls.  Aim: p95 ≤ 50 ms.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import statistics
import time
from pathlib import Path

from kommunminne.config import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
CACHE = REPO_ROOT / "bench" / "work" / "search-cache"
SEED = 0
RUNS = 5
#: the code that decides the generated documents (the cache key of the analysed ones)
GENERATOR_FILES = ("corpus/generate.py", "corpus/lexicon.py")

QUERIES: list[dict] = [
    {"query": "kameraövervakning"},
    {"query": "kamera"},
    {"query": "trygghetsvakter Gottsunda"},
    {"query": "polis"},
    {"query": '"lokalt poliskontor"'},
    {"query": "förskola ELLER skola"},
    {"query": "trygghet* INTE kamera"},
    {"query": "typ:interpellation stadsdel:Gottsunda"},
    {"query": "parti:M år:2019"},
    {"query": "datum:2018-01-01..2019-12-31 belysning"},
    {"query": "myndighet:Polismyndigheten"},
    {"query": "budget", "sort": "date"},
    {"query": ""},
    {"query": "(kameror OCH"},
    {"query": "äldreboende", "filters": {"type": ["motion"]}},
]


def _code_key(folders: tuple[str, ...]) -> str:
    """Hash of the files (``.py``, ``.tsv``, ``.json``, ``.txt``) under ``folders``
    (paths relative to the repository; a file path counts as itself)."""
    digest = hashlib.sha256()
    for folder in folders:
        root = REPO_ROOT / folder
        paths = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in paths:
            if path.is_file() and path.suffix in {".py", ".tsv", ".json", ".txt"}:
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def analysed_documents(size: int, workdir: Path) -> list:
    """Generated documents after ``nlp.analyse``, cached as JSON lines (slow to make)."""
    from corpus.generate import generate_documents
    from kommunminne.model import Document
    from kommunminne.pipeline import analyse_documents

    path = CACHE / f"docs-{size}-{SEED}-{_code_key(GENERATOR_FILES)}.jsonl.gz"
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return [Document.from_dict(json.loads(line)) for line in handle]
    settings = Settings.load(workdir / "analyse")
    documents = list(analyse_documents(generate_documents(size, seed=SEED), settings, workers=2))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as handle:
        for document in documents:
            handle.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
    tmp.replace(path)
    return documents


def build_index(size: int, workdir: Path) -> Path:
    """The cached index directory of ``size`` analysed generated documents."""
    from search import SearchIndex

    target = CACHE / f"index-{size}-{SEED}-{_code_key((*GENERATOR_FILES, 'search'))}"
    if (target / "done").is_file():
        return target / "index"
    shutil.rmtree(target, ignore_errors=True)
    documents = analysed_documents(size, workdir)
    index = SearchIndex.create(target / "index")
    for start in range(0, len(documents), 2000):
        index.add_documents(documents[start : start + 2000])
    (target / "done").write_text("ok")
    return target / "index"


def run(quick: bool, workdir: Path) -> list[dict]:
    from search import SearchIndex, SearchRequest

    size = 1000 if quick else 10000
    index = SearchIndex.open(build_index(size, workdir))
    for item in QUERIES:  # warm-up: lemma table, gazetteers, facet arrays, word caches
        index.search(SearchRequest(**item))
    latencies: list[float] = []
    for _ in range(RUNS):
        for item in QUERIES:
            request = SearchRequest(**item)
            start = time.perf_counter()
            index.search(request)
            latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * len(latencies))) - 1)]
    note = (
        f"{len(QUERIES)} queries x {RUNS} runs on {size} generated, analysed documents; "
        "one searcher per call, facets included, 10 hits with snippets"
    )
    return [
        {
            "name": f"query latency p50 ({size} docs)",
            "value": statistics.median(latencies),
            "unit": "ms",
            "runs": len(latencies),
            "reference": None,
            "reference_value": None,
            "notes": note,
        },
        {
            "name": f"query latency p95 ({size} docs)",
            "value": p95,
            "unit": "ms",
            "runs": len(latencies),
            "reference": "aim (issue 4)",
            "reference_value": 50.0,
            "notes": note,
        },
    ]
