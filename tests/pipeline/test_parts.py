"""The pipeline's small parts: manifest, file collection, index generations, refit rule,
report summary."""

from __future__ import annotations

import os

import pytest

from kommunminne.datadir import ensure_index_dir, new_index_dir, swap_in
from kommunminne.manifest import FileEntry, Manifest
from kommunminne.pipeline import IngestReport, _collect
from kommunminne.topic_refit import REFIT_FRACTION, TopicKeeper


def test_manifest_round_trip_and_an_unreadable_one_is_put_aside(tmp_path):
    path = tmp_path / "manifest.json"
    manifest = Manifest.load(path)
    assert manifest.files == {}
    manifest.files["/a.pdf"] = FileEntry("f" * 64, 10, 123, "f" * 16)
    manifest.save()
    assert Manifest.load(path).files == manifest.files
    assert oct(path.stat().st_mode & 0o777) == oct(0o644)

    path.write_text("{ inte json", encoding="utf-8")
    recovered = Manifest.load(path)
    assert recovered.files == {}
    assert recovered.recovered_from is not None
    assert recovered.recovered_from.read_text(encoding="utf-8") == "{ inte json"


def test_collect_walks_folders_for_pdfs_and_attempts_named_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "x.pdf").write_bytes(b"")
    (tmp_path / "a" / "b" / "Y.PDF").write_bytes(b"")
    (tmp_path / "a" / "b" / "z.txt").write_bytes(b"")
    (tmp_path / "a" / ".~lock.x.pdf").write_bytes(b"")
    (tmp_path / "a" / ".hidden").mkdir()
    (tmp_path / "a" / ".hidden" / "h.pdf").write_bytes(b"")
    named = tmp_path / "notes.txt"
    named.write_bytes(b"")
    files, rejected = _collect([tmp_path / "a", named, tmp_path / "missing.pdf", tmp_path / "a"])
    assert sorted(os.path.basename(key) for key in files) == ["Y.PDF", "notes.txt", "x.pdf"]
    assert rejected == [(str(tmp_path / "missing.pdf"), "filen eller mappen finns inte")]
    assert all(os.path.isabs(key) for key in files)


def test_collect_skips_the_data_directory_inside_a_root(tmp_path):
    (tmp_path / "data" / "store" / "pdf").mkdir(parents=True)
    (tmp_path / "data" / "store" / "pdf" / ("a" * 64 + ".pdf")).write_bytes(b"")
    (tmp_path / "in.pdf").write_bytes(b"")
    files, _rejected = _collect([tmp_path], exclude=tmp_path / "data")
    assert [os.path.basename(key) for key in files] == ["in.pdf"]


def test_index_generations_swap_atomically_and_keep_one_older(tmp_path):
    link = tmp_path / "index"
    ensure_index_dir(link)
    assert link.is_symlink() and os.readlink(link) == "index-1"
    first = link.resolve()
    second = new_index_dir(tmp_path)
    swap_in(link, second)
    assert link.resolve() == second and first.is_dir()
    third = new_index_dir(tmp_path)
    swap_in(link, third)
    assert link.resolve() == third and second.is_dir() and not first.exists()


def test_a_plain_index_directory_is_moved_aside_on_swap(tmp_path):
    link = tmp_path / "index"
    link.mkdir()
    (link / "_MAIN_1.toc").write_text("old", encoding="utf-8")
    new = new_index_dir(tmp_path)
    swap_in(link, new)
    assert link.resolve() == new
    olds = [p for p in tmp_path.iterdir() if p.is_dir() and not p.is_symlink() and p != new]
    assert [(p / "_MAIN_1.toc").read_text(encoding="utf-8") for p in olds] == ["old"]


@pytest.mark.parametrize(
    ("fitted_on", "size", "due"),
    [
        (1000, 1020, False),
        (1000, 1250, False),
        (1000, 1251, True),
        (1000, 700, True),
        (40, 51, True),
    ],
)
def test_topics_are_refitted_when_the_corpus_changed_by_more_than_the_fraction(
    tmp_path, fitted_on, size, due
):
    keeper = TopicKeeper(tmp_path)
    assert keeper.needs_refit(size)  # no model yet
    keeper.model = object()
    keeper.fitted_on = fitted_on
    assert REFIT_FRACTION == 0.25
    assert keeper.needs_refit(size) is due
    assert not TopicKeeper(tmp_path).needs_refit(0)


def test_summary_is_swedish_and_names_every_rejected_file():
    report = IngestReport(
        new=["a.pdf"],
        unchanged=["b.pdf"],
        rejected=[("c.pdf", "filen är inte en PDF"), ("d.pdf", "tidsgränsen på 120 s överskreds")],
        duplicates=[("e.pdf", "a.pdf")],
        missing=["/gone.pdf"],
        documents=1,
        pages=3,
        seconds=2.25,
    )
    text = report.summary()
    assert "Inläsning klar på 2,2 s." in text or "Inläsning klar på 2,3 s." in text
    assert "Nya:          1" in text and "Avvisade:     2" in text
    assert "  c.pdf: filen är inte en PDF" in text
    assert "  d.pdf: tidsgränsen på 120 s överskreds" in text
    assert "e.pdf = a.pdf" in text
    assert "--prune" in text


def test_topic_keeper_warm_up_loads_without_assigning(tmp_path, monkeypatch):
    keeper = TopicKeeper(tmp_path / "models")
    keeper.warm_up()  # no model: nothing to load, no error
    calls = []

    class Model:
        def assign(self, documents):
            calls.append([d.source for d in documents])
            return [[] for _ in documents]

    keeper.model = Model()
    keeper.warm_up()
    assert calls == [["warm-up"]]


def test_topic_keeper_decides_from_the_state_file_and_loads_the_model_lazily(tmp_path):
    (tmp_path / "topics.model").write_bytes(b"not a model")
    (tmp_path / "topics.json").write_text('{"documents": 100, "seed": 0}', encoding="utf-8")
    keeper = TopicKeeper(tmp_path)
    assert keeper.fitted_on == 100
    assert not keeper.needs_refit(110)  # decided without loading the model
    assert keeper.load_problem is None
    assert keeper.model is None  # loading now: the damaged model is treated as missing
    assert "ämnesmodellen kunde inte läsas" in keeper.load_problem
    assert keeper.needs_refit(110)

    (tmp_path / "topics.json").write_text("{ trasig", encoding="utf-8")
    assert TopicKeeper(tmp_path).needs_refit(110)  # unreadable state: refit
