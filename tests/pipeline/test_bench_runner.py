"""The benchmark runner's guards: an error names its file, two runs of a module do not
share its scratch space at once (two runs deleted each other's data: FileNotFoundError)."""

from __future__ import annotations

import threading

from bench.run import describe_error, module_lock


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
