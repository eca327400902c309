"""The source format of the sample corpus and its ground truth.

One UTF-8 file per document, ``corpus/sources/<stem>.txt``: a header of ``key: value``
lines, a line ``---``, then the body.  See corpus/README.md for every key and the body
markup.  ``parse_source`` turns a file into a ``SourceDoc``: the blocks to lay out and the
ground-truth record (``SourceDoc.truth``) in the format of notes/truth_format.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.lexicon import find_entities
from kommunminne.model import DOC_TYPES

LINK_KINDS = ("answers", "follows_up", "refers_to")
LETTERHEADS = ("kommun", "party", "riksdag", "minutes", "joint", "none")
PAGE_STYLES = ("paren", "sida")
FOOTERS = ("first", "all", "none")

_COMMIT_RE = re.compile(r"\[\[(c|d)\s*([^\]]*)\]\](.*?)\[\[/\]\]", re.S)
_ENTITY_RE = re.compile(r"\{\{([^|}]+)\|([A-Z_]+)\|([^}]+)\}\}")
_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBERED_RE = re.compile(r"^(\d+)\.\s+")
_DNR_RE = re.compile(r"^[A-ZÅÄÖ]{2,5}-\d{4}-\d{3,5}$")


class SourceError(ValueError):
    """A source file that does not follow the format."""


@dataclass
class Block:
    kind: str  # "title" | "heading" | "para" | "lines" | "newpage"
    text: str  # clean text (hard lines joined by "\n")


@dataclass
class SourceDoc:
    stem: str
    header: dict[str, Any]
    blocks: list[Block]
    truth: dict[str, Any]
    scanned_pages: list[int] = field(default_factory=list)
    two_column_pages: list[int] = field(default_factory=list)

    @property
    def style(self) -> dict[str, str]:
        return self.header["style"]


def _person(value: str) -> dict[str, str | None]:
    parts = [p.strip() for p in value.split("|")]
    parts += [""] * (3 - len(parts))
    name, party, role = parts[:3]
    return {"name": name, "party": party or None, "role": role or None}


def _pages(value: str) -> list[int]:
    return [int(p) for p in re.split(r"[,\s]+", value.strip()) if p]


def _parse_header(lines: list[str], path: Path) -> dict[str, Any]:
    header: dict[str, Any] = {
        "authors": [],
        "addressed": [],
        "links": [],
        "threads": [],
        "style": {"letterhead": "kommun", "pages": "paren", "footer": "first", "date_form": "iso"},
        "scanned": [],
        "two_column": [],
    }
    for raw in lines:
        if not raw.strip() or raw.startswith("#"):
            continue
        if ":" not in raw:
            raise SourceError(f"{path.name}: header line without ':': {raw!r}")
        key, value = (s.strip() for s in raw.split(":", 1))
        if key == "author":
            header["authors"].append(_person(value))
        elif key == "addressed":
            header["addressed"].append(_person(value))
        elif key == "link":
            kind, target = value.split()
            if kind not in LINK_KINDS:
                raise SourceError(f"{path.name}: unknown link kind {kind}")
            header["links"].append({"kind": kind, "target": target})
        elif key == "threads":
            header["threads"] = value.split()
        elif key in ("letterhead", "pages", "footer", "date_form", "party_header"):
            header["style"][key] = value
        elif key in ("scanned", "two_column"):
            header[key] = _pages(value)
        elif key in ("type", "date", "reference", "title", "body", "shown_date"):
            header[key] = value or None
        else:
            raise SourceError(f"{path.name}: unknown header key {key}")
    for required in ("type", "title"):
        if not header.get(required):
            raise SourceError(f"{path.name}: header key {required} is missing")
    if header["type"] not in DOC_TYPES:
        raise SourceError(f"{path.name}: doc type {header['type']} not in {DOC_TYPES}")
    if header.get("date") and not _ISO_RE.match(header["date"]):
        raise SourceError(f"{path.name}: date must be ISO: {header['date']}")
    style = header["style"]
    if style["letterhead"] not in LETTERHEADS or style["pages"] not in PAGE_STYLES:
        raise SourceError(f"{path.name}: unknown style {style}")
    if style["footer"] not in FOOTERS:
        raise SourceError(f"{path.name}: unknown footer {style['footer']}")
    return header


def _strip_markup(raw: str) -> tuple[str, list[dict[str, Any]], list[tuple[int, int, str, str]]]:
    """Remove commitment and entity markup; return clean text, commitments, entity overrides."""
    commitments: list[dict[str, Any]] = []
    overrides: list[tuple[int, int, str, str]] = []
    out: list[str] = []
    pos = 0
    length = 0

    def emit_plain(chunk: str) -> None:
        nonlocal length
        last = 0
        for m in _ENTITY_RE.finditer(chunk):
            out.append(chunk[last : m.start()])
            length += m.start() - last
            surface, label, canonical = m.groups()
            overrides.append((length, length + len(surface), label, canonical))
            out.append(surface)
            length += len(surface)
            last = m.end()
        out.append(chunk[last:])
        length += len(chunk) - last

    for m in _COMMIT_RE.finditer(raw):
        emit_plain(raw[pos : m.start()])
        kind, attrs, inner = m.groups()
        start = length
        emit_plain(inner)
        values = dict(
            (k.strip(), v.strip())
            for k, v in (a.split("=", 1) for a in attrs.split(";") if "=" in a)
        )
        deadline = values.get("deadline") or None
        if deadline in ("null", "none", "-"):
            deadline = None
        if deadline and not _ISO_RE.match(deadline):
            raise SourceError(f"deadline must be ISO: {deadline}")
        commitments.append(
            {
                "start": start,
                "end": length,
                "stance": "commit" if kind == "c" else "decline",
                "actor": values.get("actor") or None,
                "deadline": deadline,
            }
        )
        pos = m.end()
    emit_plain(raw[pos:])
    return "".join(out), commitments, overrides


def _body_blocks(body: str) -> list[tuple[str, str]]:
    """Split the body into (kind, raw text) blocks."""
    blocks: list[tuple[str, str]] = []
    for chunk in re.split(r"\n\s*\n", body.strip("\n")):
        lines = [line.rstrip() for line in chunk.strip("\n").split("\n")]
        if not lines or not any(lines):
            continue
        first = lines[0]
        if first.strip() == "<<newpage>>":
            blocks.append(("newpage", ""))
        elif first.startswith("# "):
            blocks.append(("title", " ".join(line.lstrip("# ").strip() for line in lines)))
        elif first.startswith("## "):
            blocks.append(("heading", " ".join(line.lstrip("# ").strip() for line in lines)))
        elif first.startswith("| "):
            blocks.append(("lines", "\n".join(line[2:].strip() for line in lines)))
        else:
            blocks.append(("para", " ".join(line.strip() for line in lines)))
    return blocks


def _document_title(header: dict[str, Any], blocks: list[Block], path: Path) -> str:
    """The title as the document shows it.

    Minutes: the heading of the first § that carries a diarienummer line (the matter the
    extract is about), else the first § heading.  Other documents: the ``# `` block, which
    must equal the header's ``title``.
    """
    if header["type"] == "minutes":
        headings = [
            i for i, b in enumerate(blocks) if b.kind == "heading" and b.text.startswith("§")
        ]
        for i in headings:
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if following and _DNR_RE.match(following.text):
                return blocks[i].text
        if headings:
            return blocks[headings[0]].text
        return header["title"]
    titles = [b.text for b in blocks if b.kind == "title"]
    if not titles:
        raise SourceError(f"{path.name}: no '# ' title block")
    if titles[0] != header["title"]:
        raise SourceError(f"{path.name}: header title differs from the '# ' block: {titles[0]!r}")
    return titles[0]


def parse_source(path: Path) -> SourceDoc:
    raw = path.read_text(encoding="utf-8")
    if "\n---\n" not in raw:
        raise SourceError(f"{path.name}: no '---' line between header and body")
    head, body = raw.split("\n---\n", 1)
    header = _parse_header(head.split("\n"), path)
    stem = path.stem

    blocks: list[Block] = []
    texts: list[str] = []
    commitments: list[dict[str, Any]] = []
    overrides: list[tuple[int, int, str, str]] = []
    questions: list[str] = []
    proposals: list[str] = []
    offset = 0
    for kind, raw_text in _body_blocks(body):
        if kind == "newpage":
            blocks.append(Block("newpage", ""))
            continue
        is_question = raw_text.startswith("?? ")
        is_proposal = raw_text.startswith("!! ")
        if is_question or is_proposal:
            raw_text = raw_text[3:]
        clean, block_commitments, block_overrides = _strip_markup(raw_text)
        if texts:
            offset += 2  # the "\n\n" between paragraphs
        for c in block_commitments:
            c["start"] += offset
            c["end"] += offset
        commitments.extend(block_commitments)
        overrides.extend((s + offset, e + offset, lab, can) for s, e, lab, can in block_overrides)
        numbered = _NUMBERED_RE.match(clean)
        if kind == "para" and (is_question or (header["type"] == "interpellation" and numbered)):
            questions.append(clean[numbered.end() :] if numbered else clean)
        if kind == "para" and (
            is_proposal or (header["type"] == "motion" and clean.startswith("att "))
        ):
            proposals.append(clean)
        blocks.append(Block(kind, clean))
        texts.append(clean)
        offset += len(clean)
    text = "\n\n".join(texts)
    title = _document_title(header, blocks, path)
    reference = header.get("reference")
    if header["style"]["letterhead"] == "none" and reference and reference not in text:
        reference = None  # not visible anywhere in the rendered document

    spans = list(overrides)
    for start, end, label, canonical in find_entities(text):
        if not any(s < end and start < e for s, e, _, _ in overrides):
            spans.append((start, end, label, canonical))
    spans.sort()
    entities: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for _, _, label, canonical in spans:
        if (label, canonical) not in seen:
            seen.add((label, canonical))
            entities.append({"label": label, "canonical": canonical})

    truth_commitments = []
    for c in commitments:
        names: list[str] = []
        for start, end, _label, canonical in spans:
            if c["start"] <= start and end <= c["end"] and canonical not in names:
                names.append(canonical)
        truth_commitments.append(
            {
                "text": text[c["start"] : c["end"]].strip(),
                "stance": c["stance"],
                "actor": c["actor"],
                "deadline": c["deadline"],
                "entities": names,
            }
        )

    truth = {
        "source": f"{stem}.pdf",
        "doc_type": header["type"],
        "date": header.get("date"),
        "reference": reference,
        "title": title,
        "authors": header["authors"],
        "addressed": header["addressed"],
        "questions": questions,
        "proposals": proposals,
        "text": text,
        "entities": entities,
        "commitments": truth_commitments,
        "links": header["links"],
        "threads": header["threads"],
        "scanned_pages": header["scanned"],
        "two_column_pages": header["two_column"],
    }
    return SourceDoc(
        stem=stem,
        header=header,
        blocks=blocks,
        truth=truth,
        scanned_pages=header["scanned"],
        two_column_pages=header["two_column"],
    )
