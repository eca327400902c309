"""The benchmark runner: ``python -m bench.run [--quick] [--only NAME ...]``.

Imports each benchmark module of ``MODULES`` (skipping, with a note, one that does not
exist yet or fails), calls ``run(quick, workdir)``, writes every result dict to
``bench/results.json`` and rewrites the figures table in ``bench/README.md`` (between the
``<!-- figures -->`` markers) with the date, the machine and the library versions.

Each module: ``def run(quick: bool, workdir: pathlib.Path) -> list[dict]`` with dicts
``{"name", "value", "unit", "runs", "reference", "reference_value", "notes"}``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import fcntl
import importlib
import importlib.metadata
import json
import os
import platform
import resource
import shutil
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_FILE = BENCH_DIR / "results.json"
README_FILE = BENCH_DIR / "README.md"
WORK_DIR = BENCH_DIR / "work"
MODULES = ("extraction", "nlp", "indexing", "queries", "ingest", "web", "corpus_gen")
START, END = "<!-- figures -->", "<!-- /figures -->"
FROM_RUN = "; figures from the run of "
RESULT_KEYS = ("name", "value", "unit", "runs", "reference", "reference_value", "notes")
PACKAGES = ("pdfminer.six", "spacy", "whoosh-reloaded", "flask", "scikit-learn", "reportlab")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        return round(pages / 1024**3, 1)
    except (ValueError, OSError, AttributeError):
        return None


def machine() -> dict[str, Any]:
    versions = {"python": platform.python_version()}
    for package in PACKAGES:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "cores": os.cpu_count(),
        "memory_gb": _memory_gb(),
        "cpu": _cpu_model(),
        "platform": platform.platform(),
        "versions": versions,
    }


def _check(result: dict, module: str) -> dict:
    missing = [k for k in RESULT_KEYS if k not in result]
    if missing:
        raise ValueError(f"{module}: result {result.get('name')!r} lacks {missing}")
    return {k: result[k] for k in RESULT_KEYS}


def describe_error(exc: BaseException) -> str:
    """``Type: message (file:line)`` of the innermost frame: ``repr`` of an ``OSError``
    drops the file name, which is what one needs to find the cause."""
    where = ""
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        last = frames[-1]
        where = f" ({Path(last.filename).name}:{last.lineno} in {last.name})"
    return f"{type(exc).__name__}: {exc}{where}"


@contextlib.contextmanager
def module_lock(workdir: Path, name: str) -> Iterator[None]:
    """Hold an exclusive lock for one module's scratch space while it runs.

    Two runs of the same module at once (two engineers, or a full and a quick run)
    would empty and rebuild each other's folders under ``workdir`` (the cause of a
    ``FileNotFoundError`` in an earlier suite run); the second run waits instead.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    with open(workdir / f".{name}.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            print(f"[bench] {name}: väntar på en annan pågående körning av {name} …", flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run_modules(names: list[str], quick: bool, workdir: Path) -> tuple[list[dict], list[dict]]:
    """Run the named modules; return (results, notes about skipped or failed modules)."""
    results: list[dict] = []
    notes: list[dict] = []
    for name in names:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name in (f"bench.{name}",):
                notes.append(
                    {
                        "module": name,
                        "status": "missing",
                        "detail": f"bench/{name}.py finns inte ännu",
                    }
                )
                print(f"[bench] {name}: hoppas över (bench/{name}.py saknas)")
                continue
            notes.append({"module": name, "status": "error", "detail": repr(exc)})
            print(f"[bench] {name}: kunde inte importeras: {exc}", file=sys.stderr)
            continue
        sub = workdir / name
        with module_lock(workdir, name):
            shutil.rmtree(sub, ignore_errors=True)
            sub.mkdir(parents=True, exist_ok=True)
            print(f"[bench] {name}: kör{' (snabbt läge)' if quick else ''} …", flush=True)
            start = time.perf_counter()
            try:
                module_results = [
                    {**_check(r, name), "module": name} for r in module.run(quick, sub)
                ]
            except Exception as exc:  # a failing benchmark must not stop the others
                notes.append({"module": name, "status": "error", "detail": describe_error(exc)})
                traceback.print_exc()
                print(f"[bench] {name}: misslyckades: {exc}", file=sys.stderr)
                continue
        seconds = time.perf_counter() - start
        notes.append({"module": name, "status": "ok", "detail": f"{seconds:.1f} s"})
        print(f"[bench] {name}: {len(module_results)} mått på {seconds:.1f} s")
        results.extend(module_results)
    return results, notes


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def figures_table(report: dict) -> str:
    m = report["machine"]
    versions = ", ".join(f"{k} {v}" for k, v in m["versions"].items() if v)
    lines = [
        START,
        f"Run: {report['date']} ({'quick' if report['quick'] else 'full'} mode), "
        f"`{report['command']}`",
        "",
        f"Machine: {m['cores']} cores, {m['memory_gb']} GB memory, {m['cpu']}; {m['platform']}",
        "",
        f"Versions: {versions}",
        "",
        "| benchmark | value | unit | runs | reference | reference value | notes |",
        "|---|---:|---|---:|---|---:|---|",
    ]
    for r in report["results"]:
        notes = str(r["notes"] or "").replace("|", "\\|").replace("\n", " ")
        lines.append(
            f"| {r['name']} | {_fmt(r['value'])} | {r['unit']} | {r['runs']} | "
            f"{r['reference'] or '–'} | {_fmt(r['reference_value'])} | {notes} |"
        )
    lines.append("")
    lines.append(
        "Modules: "
        + ", ".join(f"`{n['module']}` {n['status']} ({n['detail']})" for n in report["modules"])
    )
    lines.append("")
    lines.append(f"Whole run: {report['seconds']} s.")
    lines.append(END)
    return "\n".join(lines)


def write_readme(report: dict, readme: Path = README_FILE) -> None:
    table = figures_table(report)
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    if START in text and END in text:
        head, rest = text.split(START, 1)
        tail = rest.split(END, 1)[1]
        text = head + table + tail
    else:
        text = text.rstrip("\n") + "\n\n## Latest figures\n\n" + table + "\n"
    readme.write_text(text, encoding="utf-8")


def _merge_previous(report: dict, results_file: Path, ran: set[str]) -> None:
    """With ``--only``, keep the previous run's figures of the modules that did not run."""
    try:
        previous = json.loads(results_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if bool(previous.get("quick")) != bool(report.get("quick")):
        return  # quick and full figures are not mixed in one table
    when = previous.get("date", "?")
    # a result without "module" comes from a runner too old to say which run it belongs
    # to: it is dropped rather than kept forever beside its own newer figures
    kept = [r for r in previous.get("results", []) if r.get("module") not in (None, *ran)]
    for r in kept:
        r.setdefault("from_run", when)
    report["results"] = kept + report["results"]
    report["modules"] = [
        {
            **n,
            # said once, however many runs have kept these figures since
            "detail": f"{n['detail'].split(FROM_RUN)[0]}{FROM_RUN}{n.get('from_run', when)}",
            "from_run": n.get("from_run", when),
        }
        for n in previous.get("modules", [])
        if n["module"] not in ran
    ] + report["modules"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Kör prestandamätningarna.")
    parser.add_argument("--quick", action="store_true", help="snabb rökrök-körning")
    parser.add_argument(
        "--only",
        nargs="+",
        default=None,
        metavar="NAME",
        help=f"bara dessa moduler ({', '.join(MODULES)})",
    )
    parser.add_argument("--results", type=Path, default=None)
    parser.add_argument("--readme", type=Path, default=None)
    parser.add_argument("--workdir", type=Path, default=WORK_DIR)
    args = parser.parse_args(argv)
    # bench/README.md and results.json hold full-mode figures; a smoke run reports
    # beside its scratch files unless told otherwise
    if args.results is None:
        args.results = args.workdir / "quick-results.json" if args.quick else RESULTS_FILE
    if args.readme is None:
        args.readme = args.workdir / "quick-README.md" if args.quick else README_FILE
    names = list(args.only) if args.only else list(MODULES)
    unknown = [n for n in names if n not in MODULES and not (BENCH_DIR / f"{n}.py").exists()]
    if unknown:
        print(f"Okänd benchmark: {', '.join(unknown)}", file=sys.stderr)
        return 2
    args.workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results, notes = run_modules(names, args.quick, args.workdir)
    report = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "quick": args.quick,
        "command": "python -m bench.run"
        + (" --quick" if args.quick else "")
        + (f" --only {' '.join(names)}" if args.only else ""),
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb_runner": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "machine": machine(),
        "modules": notes,
        "results": results,
    }
    if args.only:
        _merge_previous(report, args.results, set(names))
    args.results.write_text(
        json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    write_readme(report, args.readme)
    print(f"[bench] {len(results)} mått, {report['seconds']} s -> {args.results}")
    return 1 if any(n["status"] == "error" for n in notes) else 0


if __name__ == "__main__":
    sys.exit(main())
