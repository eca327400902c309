"""Render the sample corpus: ``python -m corpus.build [--check-or-build] [--only STEM]``.

For every ``corpus/sources/<stem>.txt`` writes ``corpus/pdf/<stem>.pdf`` and
``corpus/truth/<stem>.json``.  Output is byte-identical on re-run.  With
``--check-or-build`` a document is only rendered when its PDF or truth file is missing or
stale (its inputs, recorded in ``corpus/build_manifest.json``, changed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from corpus import CORPUS_DIR, PDF_DIR, SOURCES_DIR, TRUTH_DIR
from corpus.render import render_pdf
from corpus.source import SourceError, parse_source

MANIFEST = CORPUS_DIR / "build_manifest.json"
_CODE_FILES = ("render.py", "source.py", "lexicon.py")


def input_hash(source: Path) -> str:
    """Hash of what a document's outputs depend on: its source and the build code."""
    digest = hashlib.sha256(source.read_bytes())
    for name in _CODE_FILES:
        digest.update((CORPUS_DIR / name).read_bytes())
    return digest.hexdigest()


def truth_json(truth: dict) -> str:
    return json.dumps(truth, ensure_ascii=False, indent=1) + "\n"


def build_one(source: Path, pdf_dir: Path = PDF_DIR, truth_dir: Path = TRUTH_DIR) -> Path:
    """Render one source to ``pdf_dir`` and write its truth to ``truth_dir``."""
    doc = parse_source(source)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    pdf = pdf_dir / f"{doc.stem}.pdf"
    render_pdf(doc, pdf)
    (truth_dir / f"{doc.stem}.json").write_text(truth_json(doc.truth), encoding="utf-8")
    return pdf


def sources(only: Sequence[str] = ()) -> list[Path]:
    found = sorted(SOURCES_DIR.glob("*.txt"))
    if only:
        found = [p for p in found if p.stem in set(only)]
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rendera exempelkorpusen till PDF.")
    parser.add_argument(
        "--check-or-build",
        action="store_true",
        help="rendera bara dokument vars PDF saknas eller är inaktuell",
    )
    parser.add_argument("--only", nargs="*", default=(), help="bara dessa källfiler (stam)")
    args = parser.parse_args(argv)

    manifest: dict[str, str] = {}
    if MANIFEST.exists():
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    built = skipped = 0
    failed: list[str] = []
    for source in sources(args.only):
        stem = source.stem
        digest = input_hash(source)
        pdf, truth = PDF_DIR / f"{stem}.pdf", TRUTH_DIR / f"{stem}.json"
        if args.check_or_build and manifest.get(stem) == digest and pdf.exists() and truth.exists():
            skipped += 1
            continue
        try:
            build_one(source)
        except (SourceError, ValueError) as exc:
            failed.append(f"{source.name}: {exc}")
            continue
        manifest[stem] = digest
        built += 1
    if not args.only:
        stems = {p.stem for p in sources()}
        manifest = {k: v for k, v in manifest.items() if k in stems}
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"Korpus: {built} renderade, {skipped} redan aktuella, {len(failed)} fel.")
    for line in failed:
        print(f"fel: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
