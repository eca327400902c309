"""The benchmark runner's guards: an error names its file, two runs of a module do not
share its scratch space at once (two runs deleted each other's data: FileNotFoundError)."""

from __future__ import annotations

import json
import threading

from bench.run import _merge_previous, describe_error, module_lock


def test_an_error_is_described_with_its_file_name_and_place(tmp_path):
    missing = tmp_path / "saknas.json"
    try:
        missing.read_text()
    except OSError as exc:
        detail = describe_error(exc)
    assert detail.startswith("FileNotFoundError: ")
    assert "saknas.json" in detail  # repr() of an OSError drops it
    assert "(pathlib.py:" in detail or ".py:" in detail


def test_a_second_run_of_a_module_waits_for_the_first(tmp_path):
    entered = threading.Event()

    def second_run() -> None:
        with module_lock(tmp_path, "ingest"):
            entered.set()

    with module_lock(tmp_path, "ingest"):
        thread = threading.Thread(target=second_run)
        thread.start()
        assert not entered.wait(0.5)  # still held by the first run
        with module_lock(tmp_path, "queries"):  # another module is not held up
            pass
    assert entered.wait(10)
    thread.join(10)


def test_kept_figures_name_their_run_once_however_often_they_are_kept(tmp_path):
    results = tmp_path / "results.json"
    report = {"results": [], "modules": [{"module": "web", "status": "ok", "detail": "9 s"}]}
    results.write_text(json.dumps({"date": "D1", **report}), encoding="utf-8")
    for _ in range(3):  # three later runs of another module, each keeping web's figures
        report = {"results": [], "modules": [{"module": "ingest", "status": "ok", "detail": "1 s"}]}
        _merge_previous(report, results, {"ingest"})
        results.write_text(json.dumps({"date": "D2", **report}), encoding="utf-8")
    web = next(n for n in report["modules"] if n["module"] == "web")
    assert web["detail"] == "9 s; figures from the run of D1"


def test_figures_of_another_mode_or_without_a_module_are_not_kept(tmp_path):
    results = tmp_path / "results.json"
    previous = {
        "date": "D1",
        "quick": False,
        "results": [
            {"name": "legacy row", "value": 1},  # written before results named their module
            {"name": "web.rps", "value": 2, "module": "web"},
        ],
        "modules": [{"module": "web", "status": "ok", "detail": "9 s"}],
    }
    results.write_text(json.dumps(previous), encoding="utf-8")
    full = {"quick": False, "results": [], "modules": []}
    _merge_previous(full, results, {"ingest"})
    assert [r["name"] for r in full["results"]] == ["web.rps"]
    quick = {"quick": True, "results": [], "modules": []}
    _merge_previous(quick, results, {"ingest"})
    assert quick["results"] == [] and quick["modules"] == []
