"""Load benchmark of the served JSON API: ``/api/search`` under concurrent clients.

Unique queries are also measured with 1, 2 and 4 clients (``SWEEP``): latency at a
lower offered load, beside the 8-client saturation figures.

The data directory holds ``corpus.generate.generate_documents(10000)`` (quick: 1,000)
ingested by ``kommunminne.pipeline.ingest_documents`` (analysis, store, index, topics;
the analysis is taken from ``bench.queries``' cache when it has it), cached
in ``bench/work/web-data-<size>-<code key>/`` because building it is slow.  The server is
``kommunminne serve --workers 2`` (gunicorn, gthread, ``THREADS`` threads per worker) in a
subprocess on a free loopback port.  ``CLIENTS`` client threads in this process (an
``http.client`` connection each, reopened when the server closes it) send
``/api/search`` requests with varied queries (words, compounds, phrases, operators,
prefixes, fields, facet filters, date ranges, sorting by date, paging, a malformed
query) for ``seconds`` per run.  The
clients share the machine's cores with the server, so the figures are a lower bound
for the server alone.  Aim (issue 5): ≥ 100 requests/s with p95 ≤ 150 ms on 2 cores.

The server keeps query results in a bounded cache per worker (``webapp.cache``, valid
until the index changes), so two figures are reported, from runs that take turns:
*repeated* queries (the 20 queries over and over: answered from the cache) and *unique*
queries (each request with its own parameters: every one searched).  The reference is
``SearchIndex.search`` of the same queries in this process, measured in the same run.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import http.client
import itertools
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

from webapp.server import THREADS_PER_WORKER

REPO_ROOT = Path(__file__).resolve().parents[1]
CACHE = REPO_ROOT / "bench" / "work"
SEED = 0
CLIENTS = 8
#: fewer concurrent clients for the unique-query sweep (latency at a lower offered load)
SWEEP = (1, 2, 4)
WORKERS = 2
THREADS = THREADS_PER_WORKER  # what ``kommunminne serve`` runs
RUNS = 3

#: (query-string parameters) of /api/search; every client cycles through all of them
QUERIES: list[dict[str, str | list[str]]] = [
    {"q": "kameraövervakning"},
    {"q": "kamera"},
    {"q": "trygghetsvakter Gottsunda"},
    {"q": "polis"},
    {"q": '"lokalt poliskontor"'},
    {"q": "förskola ELLER skola"},
    {"q": "trygghet* INTE kamera"},
    {"q": "typ:interpellation stadsdel:Gottsunda"},
    {"q": "parti:M"},
    {"q": "datum:2018-01-01..2019-12-31 belysning"},
    {"q": "myndighet:Polismyndigheten"},
    {"q": "budget", "sort": "date"},
    {"q": ""},
    {"q": "(kameror OCH"},
    {"q": "äldreboende", "type": "motion"},
    {"q": "skola", "district": ["Gottsunda", "Stenhagen"]},
    {"q": "trygghet", "from": "2019-01-01", "to": "2020-12-31"},
    {"q": "bostäder", "page": "3"},
    {"q": "kommunstyrelsen", "year": "2020"},
    {"q": "gång- och cykelväg", "limit": "10"},
]


#: the code that decides what the cached data directory holds and its on-disk format
#: (the load figures do not depend on finer details of the analysis)
KEY_FILES = ("corpus/generate.py", "search/schema.py", "search/analysis.py", "kommunminne/model.py")


def _code_key() -> str:
    digest = hashlib.sha256()
    for name in KEY_FILES:
        path = REPO_ROOT / name
        digest.update(path.read_bytes() if path.is_file() else b"-")
    return digest.hexdigest()[:12]


def _analysed_by_queries_bench(size: int) -> Path | None:
    """The newest ``bench.queries`` cache of ``generate_documents(size, seed=SEED)`` after
    ``nlp.analyse`` (JSON lines), if there is one."""
    found = sorted(
        (CACHE / "search-cache").glob(f"docs-{size}-{SEED}-*.jsonl.gz"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    return found[0] if found else None


def _read_jsonl(path: Path) -> Iterator:
    from kommunminne.model import Document

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield Document.from_dict(json.loads(line))


def _index_answers(data: Path) -> bool:
    from kommunminne.config import Settings
    from search import SearchIndex, SearchRequest

    try:
        index = SearchIndex.open(Settings.load(data).index_dir)
        return index.search(SearchRequest(query="trygghet")).total > 0
    except Exception:  # noqa: BLE001 - any failure means: not usable, build anew
        return False


def data_dir(size: int) -> tuple[Path, str]:
    """The cached data directory with ``size`` generated documents ingested, and the code
    key it was built with.

    Building 10,000 documents (analysis included) takes the better part of an hour on two
    cores, so a finished build made with other code (another key) is reused when its index
    still answers: the load figures do not depend on details of the analysis.  For the
    same reason, when ``bench.queries`` has cached the same generated documents already
    analysed, those are ingested (stored, indexed in the pipeline's chunks, topics fitted)
    without analysing them again.  A build
    goes to a private folder that is renamed into place when it is complete, so that two
    runs never use or delete each other's half-built data.
    """
    from corpus.generate import generate_documents
    from kommunminne.config import Settings
    from kommunminne.pipeline import ingest_documents

    key = _code_key()
    root = CACHE / f"web-data-{size}-{SEED}-{key}"
    if (root / "done").is_file():
        return root / "data", key
    earlier = sorted(
        (p for p in CACHE.glob(f"web-data-{size}-{SEED}-*") if (p / "done").is_file()),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for candidate in earlier:
        if _index_answers(candidate / "data"):
            return candidate / "data", candidate.name.rsplit("-", 1)[1]
    building = CACHE / f".building-web-data-{size}-{SEED}-{key}-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    analysed = _analysed_by_queries_bench(size)
    if analysed is not None:
        # the same generated documents, already analysed by ``bench.queries``: the
        # pipeline stores, indexes (in its chunks) and fits topics, but does not analyse
        ingest_documents(_read_jsonl(analysed), Settings.load(building / "data"), analyse=False)
    else:
        ingest_documents(generate_documents(size, seed=SEED), Settings.load(building / "data"))
    (building / "done").write_text("ok\n")
    try:
        building.rename(root)
    except OSError:  # another run finished the same build first
        shutil.rmtree(building, ignore_errors=True)
    return root / "data", key


def replicated_data_dir(size: int, copies: int) -> tuple[Path, str]:
    """``copies`` copies (new ids) of the ``size``-document data directory, stored and
    indexed directly — a stand-in for ``size * copies`` documents when there is no time
    to analyse that many (about 10 documents/s on two busy cores).  Posting lists,
    facet arrays and the store grow as for a real corpus of that size; the texts repeat."""
    import dataclasses

    from kommunminne.config import Settings
    from kommunminne.datadir import ensure_index_dir
    from kommunminne.store import DocumentStore
    from search import SearchIndex

    base, key = data_dir(size)
    root = CACHE / f"web-replicated-{size}x{copies}-{SEED}-{key}"
    if (root / "done").is_file():
        return root / "data", key
    building = CACHE / f".building-web-replicated-{size}x{copies}-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    settings = Settings.load(building / "data")
    originals = list(DocumentStore(Settings.load(base).store_dir))
    store = DocumentStore(settings.store_dir)
    index = SearchIndex.open_or_create(ensure_index_dir(settings.index_dir))
    batch = []
    for copy in range(copies):
        for doc in originals:
            digest = hashlib.sha256(f"{copy}:{doc.sha256}".encode()).hexdigest()
            twin = dataclasses.replace(doc, sha256=digest, source=f"k{copy}-{doc.source}")
            store.put(twin)
            batch.append(twin)
            if len(batch) >= 2000:
                index.add_documents(batch)
                batch = []
    index.add_documents(batch)
    (building / "done").write_text("ok\n")
    try:
        building.rename(root)
    except OSError:
        shutil.rmtree(building, ignore_errors=True)
    return root / "data", key


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()


def start_server(data: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "kommunminne.cli", "serve", "--data-dir", str(data),
         "--host", "127.0.0.1", "--port", str(port), "--workers", str(WORKERS)],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kommunminne serve ended with status {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            if _get(conn, "/healthz")[0] == 200:
                conn.close()
                return process
        except OSError:
            time.sleep(0.2)
    stop_server(process)
    raise RuntimeError("kommunminne serve did not become healthy in 60 s")


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def paths() -> list[str]:
    return [f"/api/search?{urlencode(params, doseq=True)}" for params in QUERIES]


#: the unique-query runs give every request its own ``from`` date, counted in days from
#: here: all before the generated documents (2016-2025), so the documents found and the
#: work done are those of the plain query, but no two requests have the same parameters
UNIQUE_FROM = dt.date(1900, 1, 1)


def unique_path(number: int) -> str:
    """Query ``number % len(QUERIES)`` with a ``from`` date no other number has (the one
    query with its own ``from`` gets the early date instead: its range widens)."""
    params = dict(QUERIES[number % len(QUERIES)])
    params["from"] = (UNIQUE_FROM + dt.timedelta(days=number)).isoformat()
    return f"/api/search?{urlencode(params, doseq=True)}"


def load(
    port: int, seconds: float, clients: int = CLIENTS, *, unique: bool = False
) -> dict[str, float]:
    """``clients`` clients for ``seconds``: requests/s, p50, p95, errors.

    ``unique``: every request differs (``unique_path``), so none is answered from the
    server's result cache; otherwise the clients cycle through ``paths()``.
    """
    urls = paths()
    numbers = itertools.count(_unique_start[0])  # next() is atomic under the GIL
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    barrier = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(number: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        position = number * 7  # clients start at different queries
        barrier.wait()
        while time.perf_counter() < stop_at[0]:
            if unique:
                url = unique_path(next(numbers))
            else:
                url = urls[position % len(urls)]
                position += 1
            start = time.perf_counter()
            try:
                status, _ = _get(conn, url)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                status = 0
            latencies[number].append((time.perf_counter() - start) * 1000)
            if status != 200:
                errors[number] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    stop_at[0] = started + seconds
    barrier.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    _unique_start[0] = next(numbers)  # later runs never repeat a unique query
    merged = sorted(x for per_client in latencies for x in per_client)
    return {
        "requests": len(merged),
        "rps": len(merged) / elapsed,
        "p50": statistics.median(merged),
        "p95": _p95(merged),
        "errors": sum(errors),
    }


_unique_start = [0]


def _p95(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, max(0, int(round(0.95 * len(ordered))) - 1))]


def in_process_latency(data: Path, rounds: int = 3) -> dict[str, float]:
    """The reference: ``SearchIndex.search`` of the same queries in this process, one
    after another (what a request costs without HTTP, Flask and concurrency)."""
    from werkzeug.datastructures import MultiDict

    from kommunminne.config import Settings
    from search import SearchIndex
    from webapp.params import parse_search_params, to_search_request

    index = SearchIndex.open(Settings.load(data).index_dir)
    requests = [to_search_request(parse_search_params(MultiDict(q))) for q in QUERIES]
    for request in requests:  # warm-up
        index.search(request)
    times: list[float] = []
    for _ in range(rounds):
        for request in requests:
            start = time.perf_counter()
            index.search(request)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"p50": statistics.median(times), "p95": _p95(times), "mean": statistics.mean(times)}


def _row(name: str, value: float, unit: str, runs: int, note: str, aim: float | None) -> dict:
    reference = None
    if aim is not None:
        reference = (
            "issue 5 aim: >= 100 requests/s on 2 cores"
            if unit == "requests/s"
            else "issue 5 aim: p95 <= 150 ms"
        )
    return {
        "name": name,
        "value": round(value, 1),
        "unit": unit,
        "runs": runs,
        "reference": reference,
        "reference_value": aim,
        "notes": note,
    }


def run(quick: bool, workdir: Path, *, replicate: int = 1) -> list[dict]:
    """``replicate`` > 1: the 1,000-document data ``replicate`` times (see
    ``replicated_data_dir``) instead of ingesting 10,000 documents.

    Two kinds of runs, taking turns: *repeated* (the clients cycle through the 20
    queries, so after the first round the server answers from its result cache) and
    *unique* (every request has its own parameters: nothing comes from the cache).
    The in-process ``SearchIndex.search`` time of the same queries, measured in the
    same run, is the reference for what the web layer adds.
    """
    size = 1000 if quick or replicate > 1 else 10000
    seconds = 5.0 if quick else 15.0
    if replicate > 1:
        data, key = replicated_data_dir(size, replicate)
        size *= replicate
    else:
        data, key = data_dir(size)
    load_before = os.getloadavg()[0]
    bare = in_process_latency(data)
    port = _free_port()
    process = start_server(data, port)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(WORKERS * 3):  # warm-up: every worker loads lemma tables, facet arrays
            for url in paths():
                status, _ = _get(conn, url)
                if status != 200:
                    raise RuntimeError(f"{url} answered {status}")
        conn.close()
        repeated: list[dict[str, float]] = []
        unique: list[dict[str, float]] = []
        sweep: dict[int, list[dict[str, float]]] = {n: [] for n in SWEEP}
        for _ in range(RUNS):
            unique.append(load(port, seconds, unique=True))
            repeated.append(load(port, seconds))
            for clients in SWEEP:
                sweep[clients].append(load(port, seconds / 2, clients, unique=True))
    finally:
        stop_server(process)
    load_after = os.getloadavg()[0]

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    def describe(runs: list[dict[str, float]]) -> str:
        requests = int(sum(r["requests"] for r in runs))
        errors = int(sum(r["errors"] for r in runs))
        return f"{requests} requests, {errors} errors"

    common = (
        f"{CLIENTS} clients on loopback (the server closes each connection: keepalive 0), "
        f"{seconds:.0f} s per run, the two kinds "
        f"of run taking turns; kommunminne serve (gunicorn gthread, {WORKERS} workers x "
        f"{THREADS} threads) on {size} generated documents"
        + (f" (1000 analysed documents x {replicate}, new ids)" if replicate > 1 else "")
        + f"; the client threads share the {os.cpu_count()} cores with the server; load "
        f"average {load_before:.1f} before, {load_after:.1f} after (a shared machine: "
        f"other work slows the figures down); data built with code key {key} "
        f"(current {_code_key()}); in-process SearchIndex.search of the same queries in "
        f"the same run: p50 {bare['p50']:.1f} ms, p95 {bare['p95']:.1f} ms, mean "
        f"{bare['mean']:.1f} ms (so at most about {2000 / bare['mean']:.0f} unique queries/s "
        f"on 2 free cores)"
    )
    cached = (
        f"/api/search, the {len(QUERIES)} varied queries repeated: answered from the "
        f"server's result cache after the warm-up; {describe(repeated)}; " + common
    )
    fresh = (
        f"/api/search, every request unique (the {len(QUERIES)} queries, each with its own "
        f"from-date before all documents): none from the result cache, every one searched "
        f"(the words' posting lists come from each worker's posting cache after the warm-up); "
        f"{describe(unique)}; " + common
    )
    runs = len(repeated)
    swept = []
    for clients, results in sweep.items():
        note = (
            f"/api/search, every request unique, {clients} concurrent client"
            f"{'s' if clients > 1 else ''} ({seconds / 2:.1f} s per run, taking turns with "
            f"the {CLIENTS}-client runs); {describe(results)}; the rest as in the "
            f"{CLIENTS}-client rows"
        )
        swept += [
            _row(f"web /api/search throughput, unique queries, {clients} clients ({size} docs)",
                 median(results, "rps"), "requests/s", runs, note, None),
            _row(f"web /api/search latency p95, unique queries, {clients} clients ({size} docs)",
                 median(results, "p95"), "ms", runs, note, 150.0),
        ]  # fmt: skip
    return swept + [
        _row(f"web /api/search throughput, repeated queries (cached) ({size} docs)",
             median(repeated, "rps"), "requests/s", runs, cached, 100.0),
        _row(f"web /api/search latency p95, repeated queries (cached) ({size} docs)",
             median(repeated, "p95"), "ms", runs, cached, 150.0),
        _row(f"web /api/search latency p50, repeated queries (cached) ({size} docs)",
             median(repeated, "p50"), "ms", runs, cached, None),
        _row(f"web /api/search throughput, unique queries (no result cache) ({size} docs)",
             median(unique, "rps"), "requests/s", runs, fresh, 100.0),
        _row(f"web /api/search latency p95, unique queries (no result cache) ({size} docs)",
             median(unique, "p95"), "ms", runs, fresh, 150.0),
        _row(f"web /api/search latency p50, unique queries (no result cache) ({size} docs)",
             median(unique, "p50"), "ms", runs, fresh, None),
        _row(f"in-process SearchIndex.search p50, same queries ({size} docs)",
             bare["p50"], "ms", 3 * len(QUERIES), "reference for the web rows: one query "
             "at a time in the benchmark process, no HTTP; " + common, None),
    ]  # fmt: skip


if __name__ == "__main__":  # python -m bench.web [--quick | --replicate N]
    quick = "--quick" in sys.argv
    copies = int(sys.argv[sys.argv.index("--replicate") + 1]) if "--replicate" in sys.argv else 1
    print(json.dumps(run(quick, CACHE, replicate=copies), indent=2, ensure_ascii=False))
