"""The sample corpus of Uppsala council records: sources, rendered PDFs, ground truth.

``corpus/sources/*.txt`` are the sources (format: corpus/README.md), ``python -m
corpus.build`` renders ``corpus/pdf/*.pdf`` and writes ``corpus/truth/*.json``;
``corpus/queries.json`` holds judged search queries; ``corpus.generate`` makes documents
in the same genre at any scale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent
SOURCES_DIR = CORPUS_DIR / "sources"
PDF_DIR = CORPUS_DIR / "pdf"
TRUTH_DIR = CORPUS_DIR / "truth"
QUERIES_FILE = CORPUS_DIR / "queries.json"


def load_truth() -> dict[str, dict[str, Any]]:
    """Every ground-truth record, keyed by PDF file name (``<stem>.pdf``)."""
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(TRUTH_DIR.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        out[record["source"]] = record
    return out


def load_queries() -> list[dict[str, Any]]:
    """The judged search queries: ``[{"query", "relevant", "note"}]``."""
    return json.loads(QUERIES_FILE.read_text(encoding="utf-8"))
