"""The benchmark runner works in quick mode on one tiny module."""

from __future__ import annotations

import json
import sys
import types

import pytest

from bench import run as runner


def test_runner_quick_with_a_tiny_module(tmp_path, monkeypatch):
    tiny = types.ModuleType("bench.tiny")

    def run(quick, workdir):
        assert quick and workdir.is_dir()
        return [
            {
                "name": "tiny.ops",
                "value": 12.5,
                "unit": "ops/s",
                "runs": 3,
                "reference": "nothing",
                "reference_value": 1.0,
                "notes": "a | b",
            }
        ]

    tiny.run = run
    broken = types.ModuleType("bench.broken")
    broken.run = lambda quick, workdir: 1 / 0
    monkeypatch.setitem(sys.modules, "bench.tiny", tiny)
    monkeypatch.setitem(sys.modules, "bench.broken", broken)
    monkeypatch.setattr(runner, "MODULES", ("tiny", "broken", "nonexistent_xyz"))
    readme = tmp_path / "README.md"
    readme.write_text("# B\n\n<!-- figures -->\nold\n<!-- /figures -->\ntail\n")
    results = tmp_path / "results.json"
    status = runner.main(
        [
            "--quick",
            "--results",
            str(results),
            "--readme",
            str(readme),
            "--workdir",
            str(tmp_path / "work"),
        ]
    )
    assert status == 1  # the broken module is reported as an error
    report = json.loads(results.read_text())
    assert report["quick"] and report["machine"]["cores"] >= 1
    assert [r["name"] for r in report["results"]] == ["tiny.ops"]
    statuses = {n["module"]: n["status"] for n in report["modules"]}
    assert statuses == {"tiny": "ok", "broken": "error", "nonexistent_xyz": "missing"}
    text = readme.read_text()
    assert "old" not in text and text.endswith("tail\n")
    assert "| tiny.ops | 12.5 | ops/s | 3 | nothing | 1 | a \\| b |" in text
    assert "python" in text and "cores" in text


@pytest.mark.slow
def test_runner_on_the_generator_benchmark(tmp_path):
    status = runner.main(
        [
            "--quick",
            "--only",
            "corpus_gen",
            "--results",
            str(tmp_path / "r.json"),
            "--readme",
            str(tmp_path / "R.md"),
            "--workdir",
            str(tmp_path / "w"),
        ]
    )
    assert status == 0
    report = json.loads((tmp_path / "r.json").read_text())
    names = {r["name"] for r in report["results"]}
    assert "corpus_gen.documents_per_s" in names
    assert all(r["value"] > 0 for r in report["results"])


def test_only_keeps_the_other_modules_figures(tmp_path, monkeypatch):
    def make(name, value):
        mod = types.ModuleType(f"bench.{name}")
        mod.run = lambda quick, workdir: [
            {
                "name": f"{name}.x",
                "value": value,
                "unit": "u",
                "runs": 1,
                "reference": None,
                "reference_value": None,
                "notes": "",
            }
        ]
        return mod

    monkeypatch.setitem(sys.modules, "bench.one", make("one", 1.0))
    monkeypatch.setitem(sys.modules, "bench.two", make("two", 2.0))
    monkeypatch.setattr(runner, "MODULES", ("one", "two"))
    files = [
        "--results",
        str(tmp_path / "r.json"),
        "--readme",
        str(tmp_path / "R.md"),
        "--workdir",
        str(tmp_path / "w"),
        "--quick",
    ]
    assert runner.main(files) == 0
    monkeypatch.setitem(sys.modules, "bench.two", make("two", 3.0))
    assert runner.main([*files, "--only", "two"]) == 0
    report = json.loads((tmp_path / "r.json").read_text())
    values = {r["name"]: r["value"] for r in report["results"]}
    assert values == {"one.x": 1.0, "two.x": 3.0}
    assert {n["module"] for n in report["modules"]} == {"one", "two"}


def test_a_quick_run_leaves_the_full_figures_alone(tmp_path, monkeypatch):
    tiny = types.ModuleType("bench.tiny")
    tiny.run = lambda quick, workdir: [
        {"name": "tiny.ops", "value": 1.0, "unit": "ops/s", "runs": 1,
         "reference": None, "reference_value": None, "notes": ""}
    ]  # fmt: skip
    monkeypatch.setitem(sys.modules, "bench.tiny", tiny)
    monkeypatch.setattr(runner, "MODULES", ("tiny",))
    readme, results = tmp_path / "README.md", tmp_path / "results.json"
    readme.write_text("<!-- figures -->\nfull\n<!-- /figures -->\n")
    results.write_text("{}")
    monkeypatch.setattr(runner, "README_FILE", readme)
    monkeypatch.setattr(runner, "RESULTS_FILE", results)
    work = tmp_path / "work"
    assert runner.main(["--quick", "--workdir", str(work)]) == 0
    assert readme.read_text() == "<!-- figures -->\nfull\n<!-- /figures -->\n"
    assert results.read_text() == "{}"
    assert "tiny.ops" in (work / "quick-README.md").read_text()
    assert json.loads((work / "quick-results.json").read_text())["quick"] is True
