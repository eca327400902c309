"""Precision and recall of commitment detection.

``evaluate_commitments()`` (called by ``nlp/evaluate.py``, i.e. ``kommunminne evaluate
nlp``; also ``python -m nlp.commitment_eval``) returns a dict with:

``annotated``
    Stratified k-fold cross-validation (default 5 folds, fixed seed) on
    ``nlp/annotations/commitments.jsonl`` for three variants: ``rules`` (the rule layer
    alone), ``classifier`` (the classifier alone, on every sentence) and ``combined``
    (what the component runs by default).  ``rules`` and ``combined`` see only the
    sentences that pass the component's pre-filter (a trigger word, ``has_trigger``),
    as in the component.  Per label (``commit``, ``decline``) and
    ``overall`` (a prediction is right when the sentence is a commitment or decline and
    the stance is the annotated one): precision, recall, F1, support.  Also the accuracy
    of the resolved actor and deadline on the annotated commitments and declines, in the
    file's reference context (``meta.context``).
``corpus``
    When ``corpus/truth`` is present: the component (default settings, trained on the
    whole annotated set) over each ground-truth text, sentences matched to the truth's
    commitments per document (same text after whitespace normalisation, or one contains
    the other, or token overlap >= 0.8).  Precision/recall as above, and the accuracy
    of actor (names compared without the party in parentheses; a joint actor matches if
    one part matches) and deadline among the matched sentences.  ``None`` without a corpus.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sklearn.model_selection import StratifiedKFold

from nlp.commitment_classifier import (
    ANNOTATIONS_PATH,
    CommitmentClassifier,
    annotation_context,
    load_annotations,
    prepare,
    rule_and_features,
)
from nlp.commitments import (
    COMMIT,
    DECLINE,
    NONE,
    DocumentContext,
    analyse_sentence,
    gazetteer_names,
    has_trigger,
    municipality_display,
    resolve_actor,
)
from nlp.deadlines import parse_deadline

REPO_ROOT = Path(__file__).resolve().parents[1]
INDEPENDENT_PATH = ANNOTATIONS_PATH.with_name("independent_commitments.jsonl")
# sealed: written by a second annotator while the rules were being generalised, measured
# once afterwards (nlp/annotations/final/README.md)
FINAL_PATH = ANNOTATIONS_PATH.with_name("final_commitments.jsonl")
CORPUS_TRUTH = REPO_ROOT / "corpus" / "truth"
SEED = 0


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support for commit, decline and overall."""
    out: dict[str, dict[str, float]] = {}
    for name, labels in ((COMMIT, {COMMIT}), (DECLINE, {DECLINE}), ("overall", {COMMIT, DECLINE})):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if p in labels and g == p)
        predicted = sum(1 for p in pred if p in labels)
        actual = sum(1 for g in gold if g in labels)
        out[name] = _prf(tp, predicted, actual)
    return out


def _prf(tp: int, predicted: int, actual: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / actual if actual else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "support": actual,
        "predicted": predicted,
        "tp": tp,
    }


def _pipeline(nlp: Any = None) -> Any:
    if nlp is not None:
        return nlp
    from nlp.pipeline import load_pipeline

    return load_pipeline()


def evaluate_annotated(
    nlp: Any = None,
    path: str | Path | None = None,
    *,
    folds: int = 5,
    threshold: float = 0.5,
    rule_weight: float | None = None,
) -> dict[str, Any]:
    """Cross-validated figures on the annotated sentences (see the module docstring)."""
    nlp = _pipeline(nlp)
    if rule_weight is None:
        pipe = nlp.get_pipe("km_commitments") if "km_commitments" in nlp.pipe_names else None
        rule_weight = getattr(pipe, "rule_weight", 0.3)
    path = Path(path) if path else ANNOTATIONS_PATH
    examples = load_annotations(path)
    meta = annotation_context(path).get("context", {})
    municipality = municipality_display(meta.get("municipality") or "uppsala")
    docs = prepare(nlp, [e.text for e in examples])
    rules_feats = [rule_and_features(doc, municipality) for doc in docs]
    gold = [e.label for e in examples]
    # the component sees only sentences with a trigger word (its cheap pre-filter)
    considered = [has_trigger(doc[:]) for doc in docs]
    rule_pred = [
        r.label if ok else NONE for (r, _), ok in zip(rules_feats, considered, strict=True)
    ]
    clf_pred = [NONE] * len(examples)
    comb_pred = [NONE] * len(examples)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    for train, test in splitter.split(gold, gold):
        model = CommitmentClassifier.train(
            [rules_feats[i][1] for i in train], [gold[i] for i in train]
        )
        for i in test:
            rule, feats = rules_feats[i]
            clf_pred[i] = model.decide(feats, threshold)
            comb_pred[i] = (
                NONE
                if rule.vetoed() or not considered[i]
                else model.decide(feats, threshold, rule_label=rule.label, rule_weight=rule_weight)
            )

    figures = _actor_and_deadline(nlp, examples, docs, meta, municipality)
    return {
        "sentences": len(examples),
        "labels": {label: gold.count(label) for label in (COMMIT, DECLINE, NONE)},
        "folds": folds,
        "rule_weight": rule_weight,
        "rules": scores(gold, rule_pred),
        "classifier": scores(gold, clf_pred),
        "combined": scores(gold, comb_pred),
        **figures,
        "errors": [
            {"text": e.text, "gold": g, "combined": c, "rules": r}
            for e, g, c, r in zip(examples, gold, comb_pred, rule_pred, strict=True)
            if c != g
        ],
    }


def _reference_context(nlp: Any, meta: dict[str, Any], municipality: str) -> DocumentContext:
    """The annotation file's reference document context (its ``meta.context``)."""
    return DocumentContext(
        authors=meta.get("authors", []),
        doc_type=meta.get("doc_type", "other"),
        date=meta.get("date"),
        municipality_name=municipality,
        names=gazetteer_names(nlp),
    )


def _actor_and_deadline(
    nlp: Any, examples: Sequence[Any], docs: Sequence[Any], meta: dict[str, Any], municipality: str
) -> dict[str, Any]:
    """Accuracy of the resolved actor and deadline on the annotated commitments and
    declines, in the file's reference context."""
    context = _reference_context(nlp, meta, municipality)
    actor_ok = actor_n = deadline_ok = deadline_n = 0
    actor_errors: list[dict[str, Any]] = []
    deadline_errors: list[dict[str, Any]] = []
    for example, doc in zip(examples, docs, strict=True):
        if example.label == NONE:
            continue
        sent = doc[:]
        rule, mentions = analyse_sentence(
            sent, municipality_name=municipality, speaker_agencies=context.speaker_agencies()
        )
        if example.actor is not None:
            actor = resolve_actor(
                rule, mentions, [t.lower_ for t in sent], context, [], stance=example.label
            )
            actor_n += 1
            if actor == example.actor:
                actor_ok += 1
            else:
                actor_errors.append({"text": example.text, "gold": example.actor, "got": actor})
        if example.label == COMMIT:
            deadline_n += 1
            got = parse_deadline(example.text, meta.get("date"))
            deadline_ok += got == example.deadline
            if got != example.deadline:
                deadline_errors.append({"text": example.text, "gold": example.deadline, "got": got})
    return {
        "actor_accuracy": round(actor_ok / actor_n, 3) if actor_n else None,
        "deadline_accuracy": round(deadline_ok / deadline_n, 3) if deadline_n else None,
        "actor_errors": actor_errors[:40],
        "deadline_errors": deadline_errors[:40],
    }


def evaluate_independent(nlp: Any = None, path: str | Path | None = None) -> dict[str, Any]:
    """The component as it runs (classifier trained on all of ``commitments.jsonl``) on
    a set it was never trained on: ``independent_commitments.jsonl``, written by an
    annotator who had not seen the rules.  Same figures as ``evaluate_annotated``
    without cross-validation, also per half (``halves``): the odd lines (1st, 3rd, …
    sentence after the meta line) may be read while rules are developed, the even lines
    are the honest measure, so their errors are never listed (``errors``,
    ``actor_errors`` and ``deadline_errors`` hold the odd lines' only;
    ``errors_withheld`` counts the even lines' label errors)."""
    nlp = _pipeline(nlp)
    path = Path(path) if path else INDEPENDENT_PATH
    examples = load_annotations(path)
    meta = annotation_context(path).get("context", {})
    municipality = municipality_display(meta.get("municipality") or "uppsala")
    pipe = nlp.get_pipe("km_commitments")
    context = _reference_context(nlp, meta, municipality)
    docs = prepare(nlp, [e.text for e in examples])
    gold = [e.label for e in examples]
    predicted = [pipe.classify(doc[:], context)[0] for doc in docs]
    figures = _actor_and_deadline(nlp, examples, docs, meta, municipality)
    halves: dict[str, Any] = {}
    for name, parity in (("odd", 0), ("even", 1)):
        picked = range(parity, len(examples), 2)
        half = _actor_and_deadline(
            nlp, [examples[i] for i in picked], [docs[i] for i in picked], meta, municipality
        )
        halves[name] = {
            "sentences": len(picked),
            "combined": scores([gold[i] for i in picked], [predicted[i] for i in picked]),
            "actor_accuracy": half["actor_accuracy"],
            "deadline_accuracy": half["deadline_accuracy"],
        }
    odd_texts = {examples[i].text for i in range(0, len(examples), 2)}
    for key in ("actor_errors", "deadline_errors"):
        figures[key] = [e for e in figures[key] if e["text"] in odd_texts]
    return {
        "sentences": len(examples),
        "labels": {label: gold.count(label) for label in (COMMIT, DECLINE, NONE)},
        "combined": scores(gold, predicted),
        **figures,
        "halves": halves,
        "errors": [
            {"line": i + 1, "text": e.text, "gold": g, "got": p}
            for i, (e, g, p) in enumerate(zip(examples, gold, predicted, strict=True))
            if g != p and i % 2 == 0
        ],
        "errors_withheld": sum(
            1 for i, (g, p) in enumerate(zip(gold, predicted, strict=True)) if g != p and i % 2
        ),
    }


# ------------------------------------------------------------------------ corpus
def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def sentences_match(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if na == nb or (len(na) > 20 and na in nb) or (len(nb) > 20 and nb in na):
        return True
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= 0.8


def _actor_key(name: str | None) -> set[str]:
    if not name:
        return set()
    parts = re.split(r"\s+och\s+(?=[A-ZÅÄÖ])", name)
    return {re.sub(r"\s*\([^)]*\)", "", p).strip().lower() for p in parts}


def actors_match(gold: str | None, got: str | None) -> bool:
    g, p = _actor_key(gold), _actor_key(got)
    return bool(g & p) or (not g and not p)


def evaluate_corpus(nlp: Any = None, truth_dir: Path | None = None) -> dict[str, Any] | None:
    truth_dir = truth_dir or CORPUS_TRUTH
    files = sorted(truth_dir.glob("*.json")) if truth_dir.is_dir() else []
    if not files:
        return None
    nlp = _pipeline(nlp)
    tp = predicted = actual = 0
    per_label = {COMMIT: [0, 0, 0], DECLINE: [0, 0, 0]}  # tp, predicted, actual
    actor_ok = deadline_ok = matched = 0
    misses: list[dict[str, Any]] = []
    false_alarms: list[dict[str, Any]] = []
    wrong_actor: list[dict[str, Any]] = []
    wrong_deadline: list[dict[str, Any]] = []
    for path in files:
        truth = json.loads(path.read_text(encoding="utf-8"))
        doc = nlp.make_doc(truth.get("text") or "")
        doc.user_data["km_document"] = {
            "authors": truth.get("authors") or [],
            "addressed": truth.get("addressed") or [],
            "doc_type": truth.get("doc_type") or "other",
            "date": truth.get("date"),
            "source": truth.get("source") or path.name,
            "reference": truth.get("reference"),
            "title": truth.get("title") or "",
        }
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        found = list(doc._.km_commitments or [])
        gold = list(truth.get("commitments") or [])
        predicted += len(found)
        actual += len(gold)
        for c in found:
            per_label.setdefault(c.stance, [0, 0, 0])[1] += 1
        for g in gold:
            per_label.setdefault(g["stance"], [0, 0, 0])[2] += 1
        used: set[int] = set()
        for g in gold:
            hit = next(
                (
                    i
                    for i, c in enumerate(found)
                    if i not in used and sentences_match(c.text, g["text"])
                ),
                None,
            )
            if hit is None:
                misses.append({"source": path.name, "text": g["text"], "stance": g["stance"]})
                continue
            used.add(hit)
            c = found[hit]
            if c.stance != g["stance"]:
                misses.append(
                    {"source": path.name, "text": g["text"], "stance": g["stance"], "got": c.stance}
                )
                continue
            tp += 1
            per_label[c.stance][0] += 1
            matched += 1
            if actors_match(g.get("actor"), c.actor):
                actor_ok += 1
            else:
                wrong_actor.append({"text": g["text"], "gold": g.get("actor"), "got": c.actor})
            if (g.get("deadline") or None) == c.deadline:
                deadline_ok += 1
            else:
                wrong_deadline.append(
                    {"text": g["text"], "gold": g.get("deadline"), "got": c.deadline}
                )
        for i, c in enumerate(found):
            if i not in used:
                false_alarms.append({"source": path.name, "text": c.text, "stance": c.stance})
    result: dict[str, Any] = {
        "documents": len(files),
        "overall": _prf(tp, predicted, actual),
    }
    for label, (ltp, lpred, lact) in per_label.items():
        result[label] = _prf(ltp, lpred, lact)
    result["actor_accuracy"] = round(actor_ok / matched, 3) if matched else None
    result["deadline_accuracy"] = round(deadline_ok / matched, 3) if matched else None
    result["misses"] = misses
    result["false_alarms"] = false_alarms
    result["wrong_actor"] = wrong_actor
    result["wrong_deadline"] = wrong_deadline
    return result


def evaluate_commitments(nlp: Any = None, *, folds: int = 5) -> dict[str, Any]:
    """All commitment figures (see the module docstring).

    The corpus is evaluated twice for the actor: with the component's setting for "vi"
    (``we_actor``, default the author's body) and with ``we_actor="author"`` (the corpus
    truth's convention: the author's name for ``vi``), reported as
    ``corpus.actor_accuracy_we_author``."""
    nlp = _pipeline(nlp)
    result = {
        "annotated": evaluate_annotated(nlp, folds=folds),
        "independent": evaluate_independent(nlp),
        "final": evaluate_independent(nlp, FINAL_PATH),
        "corpus": evaluate_corpus(nlp),
    }
    if result["corpus"] and "km_commitments" in nlp.pipe_names:
        pipe = nlp.get_pipe("km_commitments")
        saved = pipe.we_actor
        try:
            pipe.we_actor = "author"
            other = evaluate_corpus(nlp)
        finally:
            pipe.we_actor = saved
        result["corpus"]["actor_accuracy_we_author"] = other["actor_accuracy"] if other else None
    return result


def format_report(result: dict[str, Any]) -> str:
    """A short plain-text table of the figures."""
    lines = []
    ann = result.get("annotated") or {}
    if ann:
        lines.append(
            f"Löften, annoterade meningar ({ann['sentences']} st, {ann['labels']}, "
            f"{ann['folds']}-faldig korsvalidering):"
        )
        for variant in ("rules", "classifier", "combined"):
            row = ann[variant]
            lines.append(
                "  "
                + f"{variant:<11}"
                + "  ".join(
                    f"{k}: P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}"
                    for k, v in row.items()
                )
            )
        lines.append(
            f"  aktör rätt: {ann['actor_accuracy']}, tidsgräns rätt: {ann['deadline_accuracy']}"
        )
    for key, heading in (
        ("independent", "Löften, oberoende meningar"),
        ("final", "Löften, förseglad slutmätning"),
    ):
        independent = result.get(key)
        if not independent:
            continue
        lines.append(
            f"{heading} ({independent['sentences']} st, {independent['labels']}, aldrig tränat på):"
        )
        lines.append(
            "  combined   "
            + "  ".join(
                f"{k}: P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}"
                for k, v in independent["combined"].items()
            )
        )
        lines.append(
            f"  aktör rätt: {independent['actor_accuracy']}, "
            f"tidsgräns rätt: {independent['deadline_accuracy']}"
        )
        for name, half in (independent.get("halves") or {}).items():
            v = half["combined"]["overall"]
            lines.append(
                f"  {'udda' if name == 'odd' else 'jämna'} rader ({half['sentences']} st): "
                f"P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}, "
                f"aktör {half['actor_accuracy']}, tidsgräns {half['deadline_accuracy']}"
            )
    corpus = result.get("corpus")
    if corpus:
        lines.append(f"Löften i corpus/truth ({corpus['documents']} dokument):")
        for k in ("commit", "decline", "overall"):
            v = corpus.get(k)
            if v:
                lines.append(
                    f"  {k:<8} P={v['precision']:.3f} R={v['recall']:.3f} "
                    f"F1={v['f1']:.3f} (n={v['support']})"
                )
        lines.append(
            f"  aktör rätt: {corpus['actor_accuracy']} (med vi = författaren: "
            f"{corpus.get('actor_accuracy_we_author')}), tidsgräns rätt: "
            f"{corpus['deadline_accuracy']}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    result = evaluate_commitments()
    if "--json" in args:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_report(result))
        if "--errors" in args:
            for e in result["annotated"]["errors"]:
                print(f"  [{e['gold']} -> {e['combined']} (regler {e['rules']})] {e['text']}")
            for e in result["annotated"]["actor_errors"]:
                print(f"  aktör {e['gold']!r} -> {e['got']!r}: {e['text']}")
            for e in result["independent"]["errors"]:
                print(f"  oberoende rad {e['line']} [{e['gold']} -> {e['got']}] {e['text']}")
            withheld = result["independent"].get("errors_withheld")
            if withheld:
                print(f"  oberoende: {withheld} fel på jämna rader visas inte (det ärliga måttet)")
            if result["corpus"]:
                for key in ("misses", "false_alarms", "wrong_actor"):
                    for e in result["corpus"][key]:
                        print(f"  {key}: {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
