"""``kommunminne evaluate nlp``: entity and commitment quality on annotated data.

Entity figures:

1. ``nlp/annotations/entities.jsonl`` (the project's annotated council sentences, see
   ``nlp/annotations/README.md``): per-label precision, recall and F1 with exact span and
   label, and canonical-name accuracy of the spans found, separately for the ``dev`` part
   (used while writing the rules) and the ``heldout`` part (not looked at while writing
   the rules).
2. ``corpus/truth/*.json`` when present: document-level sets of (label, canonical).
3. The PER annotations of ../shared/data/ner/test_corpus.txt when present: PERSON
   token-level and entity-level precision, recall and F1.

Commitment figures come from the commitments engineer's
``nlp.commitment_eval.evaluate_commitments()`` (imported lazily; reported as missing
when that module is not there yet).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kommunminne.model import ENTITY_LABELS, Document, Person

REPO_ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = Path(__file__).resolve().parent / "annotations" / "entities.jsonl"
# written by an annotator who had not seen the rules (nlp/annotations/independent/README.md)
INDEPENDENT = ANNOTATIONS.with_name("independent_entities.jsonl")
# sealed final set, by a second annotator (nlp/annotations/final/README.md)
FINAL = ANNOTATIONS.with_name("final_entities.jsonl")
CORPUS_TRUTH = REPO_ROOT / "corpus" / "truth"
NER_TEST = REPO_ROOT / ".." / "shared" / "data" / "ner" / "test_corpus.txt"


# ------------------------------------------------------------------------ scoring
def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def score_sets(
    gold: Iterable[tuple[Any, ...]], predicted: Iterable[tuple[Any, ...]], label_index: int
) -> dict[str, dict[str, float | int]]:
    """Per-label and micro P/R/F1 of two sets of tuples (label at ``label_index``)."""
    gold_set, pred_set = set(gold), set(predicted)
    counts: dict[str, Counter[str]] = {label: Counter() for label in ENTITY_LABELS}
    for item in pred_set:
        counts.setdefault(item[label_index], Counter())["tp" if item in gold_set else "fp"] += 1
    for item in gold_set - pred_set:
        counts.setdefault(item[label_index], Counter())["fn"] += 1
    result = {label: prf(c["tp"], c["fp"], c["fn"]) for label, c in counts.items()}
    total = sum(counts.values(), Counter())
    result["ALL"] = prf(total["tp"], total["fp"], total["fn"])
    return result


# -------------------------------------------------------------- annotated sentences
def load_annotations(path: Path = ANNOTATIONS) -> list[dict[str, Any]]:
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            records.append(json.loads(line))
    return records


def evaluate_annotations(
    records: Sequence[dict[str, Any]], municipality: str | None = None
) -> dict[str, Any]:
    """Exact span+label P/R/F1 per label and canonical accuracy, per split."""
    from nlp import analyse

    documents = [Document(source=f"{r['id']}.txt", sha256=r["id"], text=r["text"]) for r in records]
    analysed = analyse(documents, municipality=municipality)
    report: dict[str, Any] = {}
    for split in sorted({r.get("split", "dev") for r in records}):
        gold: list[tuple[Any, ...]] = []
        predicted: list[tuple[Any, ...]] = []
        canonical_ok = Counter()
        canonical_all = Counter()
        errors = []
        for record, document in zip(records, analysed, strict=True):
            if record.get("split", "dev") != split:
                continue
            gold_spans = {
                (s["start"], s["end"], s["label"]): s["canonical"] for s in record["spans"]
            }
            pred_spans = {(e.start, e.end, e.label): e.canonical for e in document.entities}
            gold += [(record["id"], *key) for key in gold_spans]
            predicted += [(record["id"], *key) for key in pred_spans]
            for key, canonical in pred_spans.items():
                if key in gold_spans:
                    canonical_all[key[2]] += 1
                    if gold_spans[key] == canonical:
                        canonical_ok[key[2]] += 1
                    else:
                        errors.append((record["id"], "canonical", key, canonical, gold_spans[key]))
            for key in set(gold_spans) ^ set(pred_spans):
                kind = "missed" if key in gold_spans else "spurious"
                text = record["text"][key[0] : key[1]]
                errors.append((record["id"], kind, key, text, None))
        scores = score_sets(gold, predicted, label_index=3)
        for label in scores:
            if label == "ALL":
                n_all, n_ok = sum(canonical_all.values()), sum(canonical_ok.values())
            else:
                n_all, n_ok = canonical_all[label], canonical_ok[label]
            scores[label]["canonical_accuracy"] = round(n_ok / n_all, 4) if n_all else None
        report[split] = {
            "records": sum(1 for r in records if r.get("split", "dev") == split),
            "labels": scores,
            "errors": [list(map(str, e)) for e in errors],
        }
    return report


# -------------------------------------------------------------------- corpus truth
def evaluate_corpus_truth(
    folder: Path = CORPUS_TRUTH, municipality: str | None = None
) -> dict[str, Any] | None:
    """Document-level (label, canonical) sets against corpus/truth, when present."""
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        return None
    from nlp import analyse

    truths = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    documents = [
        Document(
            source=t.get("source", f.name),
            sha256=f.stem,
            doc_type=t.get("doc_type") or "other",
            date=t.get("date"),
            authors=[Person(**p) for p in t.get("authors", [])],
            addressed=[Person(**p) for p in t.get("addressed", [])],
            text=t.get("text", ""),
        )
        for f, t in zip(files, truths, strict=True)
    ]
    analysed = analyse(documents, municipality=municipality)
    gold, predicted = [], []
    for f, truth, document in zip(files, truths, analysed, strict=True):
        gold += [(f.stem, e["label"], e["canonical"]) for e in truth.get("entities", [])]
        predicted += [(f.stem, e.label, e.canonical) for e in document.entities]
    missed = sorted(set(gold) - set(predicted))
    spurious = sorted(set(predicted) - set(gold))
    return {
        "documents": len(files),
        "labels": score_sets(gold, predicted, label_index=1),
        "missed": [list(m) for m in missed],
        "spurious": [list(s) for s in spurious],
    }


# ---------------------------------------------------------------- NER (PER) figures
def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, label) from the NER corpus (tab- or space-separated)."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        if len(parts) >= 2:
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    return sentences


def _spans(labels: Sequence[bool]) -> set[tuple[int, int]]:
    spans, start = set(), None
    for i, is_per in enumerate([*labels, False]):
        if is_per and start is None:
            start = i
        elif not is_per and start is not None:
            spans.add((start, i))
            start = None
    return spans


def evaluate_ner_persons(path: Path = NER_TEST) -> dict[str, Any] | None:
    """PERSON against the PER annotations (token- and entity-level), when present."""
    if not path.is_file():
        return None
    from nlp import analyse

    sentences = read_conll(path)
    tokens: list[tuple[int, int]] = []
    gold_labels: list[bool] = []
    pieces: list[str] = []
    pos = 0
    for sentence in sentences:
        for k, (word, label) in enumerate(sentence):
            if k:
                pieces.append(" ")
                pos += 1
            tokens.append((pos, pos + len(word)))
            gold_labels.append(label == "PER")
            pieces.append(word)
            pos += len(word)
        pieces.append("\n\n")
        pos += 2
        gold_labels.append(False)  # sentence boundary: no entity runs across it
        tokens.append((pos - 2, pos - 2))
    text = "".join(pieces)
    document = analyse([Document(source=path.name, sha256="ner-test", text=text)])[0]
    predicted_labels = [False] * len(tokens)
    starts = [s for s, _ in tokens]
    import bisect

    for entity in document.entities:
        if entity.label != "PERSON":
            continue
        k = bisect.bisect_left(starts, entity.start)
        while k < len(tokens) and tokens[k][1] <= entity.end:
            if tokens[k][1] > tokens[k][0]:
                predicted_labels[k] = True
            k += 1
    tp = sum(g and p for g, p in zip(gold_labels, predicted_labels, strict=True))
    fp = sum(p and not g for g, p in zip(gold_labels, predicted_labels, strict=True))
    fn = sum(g and not p for g, p in zip(gold_labels, predicted_labels, strict=True))
    gold_spans, pred_spans = _spans(gold_labels), _spans(predicted_labels)
    return {
        "sentences": len(sentences),
        "token": prf(tp, fp, fn),
        "entity": prf(
            len(gold_spans & pred_spans),
            len(pred_spans - gold_spans),
            len(gold_spans - pred_spans),
        ),
    }


# ------------------------------------------------------------------------- report
def _commitment_figures() -> dict[str, Any]:
    try:
        from nlp.commitment_eval import evaluate_commitments
    except ModuleNotFoundError as exc:
        if exc.name != "nlp.commitment_eval":
            raise
        return {"missing": "nlp.commitment_eval finns inte ännu"}
    return evaluate_commitments()


def run(as_json: bool = False, *, municipality: str | None = None) -> dict[str, Any]:
    """Compute every figure, print it (Swedish table or JSON) and return it."""
    result: dict[str, Any] = {
        "entities": evaluate_annotations(
            load_annotations() + load_annotations(INDEPENDENT) + load_annotations(FINAL),
            municipality,
        ),
        "corpus_truth": evaluate_corpus_truth(municipality=municipality),
        "ner_persons": evaluate_ner_persons(),
        "commitments": _commitment_figures(),
    }
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_report(result))
    return result


def _table(scores: dict[str, dict[str, Any]], canonical: bool) -> list[str]:
    header = (
        f"  {'etikett':14} {'precision':>9} {'täckning':>9} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    )
    if canonical:
        header += f" {'kanoniskt':>10}"
    lines = [header]
    for label, s in scores.items():
        if not (s["tp"] or s["fp"] or s["fn"]):
            continue
        line = (
            f"  {label:14} {s['precision']:9.3f} {s['recall']:9.3f} {s['f1']:6.3f}"
            f" {s['tp']:5d} {s['fp']:5d} {s['fn']:5d}"
        )
        if canonical:
            acc = s.get("canonical_accuracy")
            line += f" {acc:10.3f}" if acc is not None else f" {'-':>10}"
        lines.append(line)
    return lines


def format_report(result: dict[str, Any]) -> str:
    lines = ["Entiteter, annoterade meningar (exakt spann och etikett):"]
    for split, part in result["entities"].items():
        name = {
            "dev": "utvecklingsdel",
            "heldout": "undanhållen del",
            "independent": "oberoende del (annoterad utan att se reglerna)",
            "final": "förseglad slutmätning (annoterad medan reglerna ändrades)",
        }.get(split, split)
        lines.append(f" {name} ({part['records']} stycken):")
        lines += _table(part["labels"], canonical=True)
    truth = result.get("corpus_truth")
    if truth:
        lines.append(
            f"Entiteter, exempelkorpusen ({truth['documents']} dokument, mängder per dokument):"
        )
        lines += _table(truth["labels"], canonical=False)
    else:
        lines.append("Exempelkorpusen (corpus/truth) saknas: ingen korpusmätning.")
    ner = result.get("ner_persons")
    if ner:
        t, e = ner["token"], ner["entity"]
        lines.append(
            f"Personer mot NER-korpusens testdel ({ner['sentences']} meningar): "
            f"token P {t['precision']:.3f} R {t['recall']:.3f} F1 {t['f1']:.3f}; "
            f"entitet P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f}"
        )
    else:
        lines.append("NER-korpusen (../shared/data/ner) saknas: ingen personmätning.")
    commitments = result.get("commitments") or {}
    if "missing" in commitments:
        lines.append(f"Löften: {commitments['missing']}")
    else:
        lines.append("Löften:")
        lines.append(json.dumps(commitments, ensure_ascii=False, indent=2))
    return "\n".join(lines)
