"""Benchmark of query latency (``search.SearchIndex.search`` with facets).

The index holds ``corpus.generate.generate_documents(10000)`` (quick: 1,000) run through
``nlp.analyse`` (both cores, via ``kommunminne.pipeline.analyse_documents``).  Building
it is slow, so it is cached in ``bench/work/search-cache/``: the analysed documents
(keyed by the generator's code only, ``GENERATOR_FILES``: this benchmark measures the
search layer, not the analysis, and re-analysing 10,000 documents after every change
of ``nlp/`` would take many minutes; delete the cache to pick up a new analysis) and the
index (keyed by the search code too).
Each query of ``QUERIES`` (words, compounds, phrases, operators, prefixes, fields,
date ranges, sorting by date, a malformed query) runs ``RUNS`` times through
``SearchIndex.search``, which checks for a new commit on every call (as for every web
request), facets included; p50 and p95 are over all timed calls.  Aim: p95 ≤ 50 ms.
Also reported: the thread CPU time of the same calls (the machine may be shared), and,
as a reference measured in the same run, Whoosh's own ``searcher.search`` (10 hits, no
facets or snippets) of the same parsed queries.
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


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * len(ordered))) - 1)]


def run(quick: bool, workdir: Path) -> list[dict]:
    from whoosh import index as windex

    from search import SearchIndex, SearchRequest
    from search.docsets import POSTINGS
    from search.index import INDEX_NAME
    from search.query import QuerySyntaxError, parse

    size = 1000 if quick else 10000
    path = build_index(size, workdir)
    segments = len(windex.open_dir(str(path), indexname=INDEX_NAME)._segments())
    index = SearchIndex.open(path)
    # the reference: Whoosh's own search (10 hits, no filters, facets or snippets) of
    # the same parsed queries, on the same searcher, alternating with ours
    plain = []
    for item in QUERIES:
        try:
            q = parse(item["query"]).query
        except QuerySyntaxError:
            q = None
        if q is not None:
            plain.append(q)
    for item in QUERIES:  # warm-up: lemma table, gazetteers, facet arrays, word caches
        index.search(SearchRequest(**item))
    latencies: list[float] = []
    cpu: list[float] = []
    reference: list[float] = []
    cold: list[float] = []  # the process's posting cache emptied before every query
    for _ in range(RUNS):
        for item in QUERIES:
            request = SearchRequest(**item)
            POSTINGS.clear()
            start = time.perf_counter()
            index.search(request)
            cold.append((time.perf_counter() - start) * 1000)
        for item in QUERIES:
            request = SearchRequest(**item)
            start, start_cpu = time.perf_counter(), time.thread_time()
            index.search(request)
            latencies.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
        with index._searcher() as searcher:
            for q in plain:
                start = time.perf_counter()
                searcher.search(q, limit=10)
                reference.append((time.perf_counter() - start) * 1000)
    note = (
        f"{len(QUERIES)} queries x {RUNS} runs on {size} generated, analysed documents "
        f"({segments} segments); the searcher is checked for a new commit on every call "
        "(as in the web server); facets included, 10 hits with snippets; "
        "machine shared with other work"
    )
    warm = (
        "; the words' posting lists are in the process's posting cache "
        "(search.docsets.POSTINGS) after the warm-up, as when a user narrows, pages or "
        "re-sorts a search; the cold rows empty it before every query"
    )
    cold_note = (
        "; every query's posting lists read from the index anew "
        "(the process's posting cache emptied before each query; OS file cache warm)"
    )
    whoosh = (
        f"Whoosh searcher.search alone (10 hits, no facets/snippets), same run, "
        f"{len(plain)} of the queries"
    )
    return [
        {
            "name": f"query latency p50 ({size} docs)",
            "value": statistics.median(latencies),
            "unit": "ms",
            "runs": len(latencies),
            "reference": whoosh + ", p50",
            "reference_value": statistics.median(reference),
            "notes": note + warm,
        },
        {
            "name": f"query latency p95 ({size} docs)",
            "value": _percentile(latencies, 0.95),
            "unit": "ms",
            "runs": len(latencies),
            "reference": "aim (issue 4)",
            "reference_value": 50.0,
            "notes": note + warm + f"; {whoosh}: p95 {_percentile(reference, 0.95):.1f} ms",
        },
        {
            "name": f"query latency p50, cold posting cache ({size} docs)",
            "value": statistics.median(cold),
            "unit": "ms",
            "runs": len(cold),
            "reference": None,
            "reference_value": None,
            "notes": note + cold_note,
        },
        {
            "name": f"query latency p95, cold posting cache ({size} docs)",
            "value": _percentile(cold, 0.95),
            "unit": "ms",
            "runs": len(cold),
            "reference": "aim (issue 4)",
            "reference_value": 50.0,
            "notes": note + cold_note,
        },
        {
            "name": f"query CPU time p95 ({size} docs)",
            "value": _percentile(cpu, 0.95),
            "unit": "ms",
            "runs": len(cpu),
            "reference": "aim (issue 4), for wall time",
            "reference_value": 50.0,
            "notes": note
            + f"; thread CPU time of the same calls (p50 {statistics.median(cpu):.1f} ms)",
        },
    ]
