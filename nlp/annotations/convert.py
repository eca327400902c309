"""Convert ``entities_source.txt`` (inline markup) into ``entities.jsonl``.

Run: ``.venv/bin/python -m nlp.annotations.convert``.  Markup (see the source's header):
``[surface|L|Canonical]`` or ``[surface|L]`` (canonical = surface); ``[surface]`` and
``[surface|O]`` mark words that are deliberately not entities (hard negatives).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {
    "D": "DISTRICT",
    "A": "AGENCY",
    "B": "COUNCIL_BODY",
    "M": "MEASURE",
    "P": "PERSON",
    "Y": "PARTY",
}
MARK = re.compile(r"\[([^\[\]|]+)(?:\|([A-Z])(?:\|([^\[\]]+))?)?\]")


def parse_line(line: str) -> tuple[str, list[dict[str, object]]]:
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for match in MARK.finditer(line):
        before = line[pos : match.start()]
        text_parts.append(before)
        length += len(before)
        surface, code, canonical = match.groups()
        if code and code != "O":
            if code not in LABELS:
                raise ValueError(f"unknown label {code!r} in {line!r}")
            spans.append(
                {
                    "start": length,
                    "end": length + len(surface),
                    "label": LABELS[code],
                    "canonical": canonical or surface,
                }
            )
        text_parts.append(surface)
        length += len(surface)
        pos = match.end()
    text_parts.append(line[pos:])
    text = "".join(text_parts)
    if "[" in text or "]" in text:
        raise ValueError(f"unbalanced markup in {line!r}")
    return text, spans


def convert(source: Path = HERE / "entities_source.txt") -> list[dict[str, object]]:
    records = []
    split = "dev"
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@split "):
            split = line.split()[1]
            continue
        text, spans = parse_line(line)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        records.append({"id": f"{split}-{digest}", "split": split, "text": text, "spans": spans})
    return records


def main() -> None:
    records = convert()
    out = HERE / "entities.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    spans = sum(len(r["spans"]) for r in records)
    print(f"{len(records)} paragraphs, {spans} spans -> {out}")


if __name__ == "__main__":
    main()
