"""``kommunminne evaluate extraction``: extraction quality on the annotated PDFs.

Two sets: the sample corpus (``corpus/``, rendered by the project's own renderer) and
the office-suite set (``corpus/office/``, Word documents exported by LibreOffice).
For every ``<set>/truth/<stem>.json`` with a ``<set>/pdf/<stem>.pdf``: word-level
similarity of the extracted ``text`` to the true text (difflib ratio over word lists:
2·matches / (words extracted + words true)), and per-field accuracy of the metadata.
People are compared on (name, party, role) with role case-insensitive, and on names
alone; lists (questions, proposals, people) must match exactly, in order.
"""

from __future__ import annotations

import difflib
import json
import re
import statistics
from pathlib import Path
from typing import Any

import click

from ingest.workers import extract_batch
from kommunminne.model import Document

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO_ROOT / "corpus"
# The office-suite set: Word documents exported by LibreOffice, written and annotated
# apart from the rules (see corpus/office/README.md).
OFFICE_DIR = CORPUS_DIR / "office"
# A second office-suite set, sealed until its first measurement (corpus/office2/README.md).
OFFICE2_DIR = CORPUS_DIR / "office2"
SETS = {"corpus": CORPUS_DIR, "office": OFFICE_DIR, "office2": OFFICE2_DIR}
SET_LABELS_SV = {
    "corpus": "exempelkorpusen (corpus/)",
    "office": "kontorsdokumenten (corpus/office/, Word-dokument exporterade av LibreOffice)",
    "office2": "kontorsdokumenten, andra omgången (corpus/office2/, fem kommuner och riksdagen)",
}
FIELDS = (
    "doc_type",
    "date",
    "reference",
    "title",
    "authors",
    "authors_names",
    "addressed",
    "addressed_names",
    "questions",
    "proposals",
)
FIELD_LABELS_SV = {
    "doc_type": "dokumenttyp",
    "date": "datum",
    "reference": "diarienummer",
    "title": "titel",
    "authors": "författare (namn, parti, roll)",
    "authors_names": "författare (namn)",
    "addressed": "mottagare (namn, parti, roll)",
    "addressed_names": "mottagare (namn)",
    "questions": "frågor",
    "proposals": "att-satser",
}


def word_similarity(extracted: str, truth: str) -> float:
    """difflib ratio over the word sequences (1.0 = the same words in the same order)."""
    a, b = extracted.split(), truth.split()
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _flat(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _people(people: list[dict[str, Any]], names_only: bool) -> list[tuple]:
    if names_only:
        return [(_flat(p["name"]),) for p in people]
    return [(_flat(p["name"]), p.get("party"), _flat(p.get("role")).casefold()) for p in people]


def _same(field: str, got: Any, expected: Any) -> bool:
    if field in ("authors", "addressed"):
        return _people(got, False) == _people(expected, False)
    if field in ("authors_names", "addressed_names"):
        return _people(got, True) == _people(expected, True)
    if field in ("title",):
        return _flat(got) == _flat(expected)
    if field in ("questions", "proposals"):
        return [_flat(q) for q in got] == [_flat(q) for q in expected]
    return got == expected


def compare(document: Document, truth: dict[str, Any]) -> dict[str, bool]:
    """Field → correct? for one document.

    A truth file may give ``<field>_alternatives``: other readings a careful reader could
    defend for a genuinely ambiguous document (a Riksdag chamber protocol's title, say);
    any of them counts as correct.
    """
    data = document.to_dict()
    result = {}
    for field in FIELDS:
        key = field.removesuffix("_names")
        options = [truth[key], *truth.get(f"{key}_alternatives", [])]
        result[field] = any(_same(field, data[key], option) for option in options)
    return result


def evaluate(corpus_dir: Path = CORPUS_DIR) -> dict[str, Any]:
    truths = {}
    for path in sorted((corpus_dir / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        pdf = corpus_dir / "pdf" / truth.get("source", path.stem + ".pdf")
        if pdf.is_file():
            truths[pdf] = truth
    return _score(truths)


def evaluate_generated(n: int, out_dir: Path, seed: int = 1) -> dict[str, Any]:
    """The same figures on ``n`` documents from ``corpus.generate`` (rendered to PDF in
    ``out_dir``): documents the rules were not written against."""
    from corpus.generate import generate_documents, render_pdfs

    paths = render_pdfs(n, out_dir, seed=seed)
    truths = {
        path: document.to_dict()
        for path, document in zip(paths, generate_documents(n, seed=seed), strict=True)
    }
    return _score(truths)


def _score(truths: dict[Path, dict[str, Any]]) -> dict[str, Any]:
    documents: dict[str, dict[str, Any]] = {}
    errors: dict[str, str] = {}
    for item in extract_batch(list(truths)):
        truth = truths[item.path]
        if item.error is not None or item.document is None:
            errors[item.path.name] = item.error.reason if item.error else "okänt fel"
            continue
        documents[item.path.name] = {
            "similarity": round(word_similarity(item.document.text, truth["text"]), 4),
            "exact_text": item.document.text == truth["text"],
            "fields": compare(item.document, truth),
        }
    similarities = [d["similarity"] for d in documents.values()]
    exact = sum(d["exact_text"] for d in documents.values())
    accuracy = {
        field: (
            round(sum(d["fields"][field] for d in documents.values()) / len(documents), 4)
            if documents
            else None
        )
        for field in FIELDS
    }
    worst = sorted(documents.items(), key=lambda item: item[1]["similarity"])[:5]
    return {
        "documents": len(truths),
        "extracted": len(documents),
        "errors": errors,
        "text_similarity": {
            "mean": round(statistics.mean(similarities), 4) if similarities else None,
            "min": round(min(similarities), 4) if similarities else None,
            "exact": exact,
            "worst": [{"source": name, "similarity": d["similarity"]} for name, d in worst],
        },
        "field_accuracy": accuracy,
        "per_document": documents,
    }


def _print_table(result: dict[str, Any]) -> None:
    echo = click.echo
    echo(f"Extraktion: {result['extracted']} av {result['documents']} dokument")
    similarity = result["text_similarity"]
    if similarity["mean"] is not None:
        echo("")
        echo("Textlikhet (ordnivå, difflib)")
        echo(f"  medel   {similarity['mean']:.3f}")
        echo(f"  lägst   {similarity['min']:.3f}")
        echo(f"  exakt samma text (tecken för tecken): {similarity['exact']} dokument")
        for worst in similarity["worst"]:
            echo(f"  {worst['similarity']:.3f}  {worst['source']}")
    echo("")
    echo(f"{'Fält':<34}{'Träffsäkerhet':>14}")
    for field in FIELDS:
        value = result["field_accuracy"][field]
        shown = "–" if value is None else f"{value:.0%}"
        echo(f"{FIELD_LABELS_SV[field]:<34}{shown:>14}")
    wrong: dict[str, list[str]] = {}
    for name, data in result["per_document"].items():
        for field, ok in data["fields"].items():
            if not ok:
                wrong.setdefault(FIELD_LABELS_SV[field], []).append(name)
    if wrong:
        echo("")
        echo("Fel per fält")
        for label, names in wrong.items():
            echo(f"  {label}: {', '.join(names)}")
    for name, error in result["errors"].items():
        echo(f"Kunde inte läsas: {name}: {error}")


def run(
    as_json: bool = False, generated: int = 0, sets: tuple[str, ...] = ("corpus", "office")
) -> dict[str, Any]:
    """Evaluate and print (a Swedish table per set, or JSON keyed by set); returns the
    figures by set.

    ``generated > 0`` evaluates on that many generated documents instead.
    """
    results: dict[str, Any] = {}
    if generated:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            results["generated"] = evaluate_generated(generated, Path(tmp))
    else:
        for name in sets:
            results[name] = evaluate(SETS[name])
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return results
    for name, result in results.items():
        click.echo(f"== {SET_LABELS_SV.get(name, name)}")
        _print_table(result)
        click.echo("")
    return results


if __name__ == "__main__":  # python -m ingest.evaluate [--generated N] [--json]
    import argparse

    parser = argparse.ArgumentParser(description="Extraktionskvalitet mot facit.")
    parser.add_argument("--generated", type=int, default=0, help="antal genererade dokument")
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    chosen = tuple(SETS) if arguments.set == "all" else (arguments.set,)
    run(as_json=arguments.json, generated=arguments.generated, sets=chosen)
