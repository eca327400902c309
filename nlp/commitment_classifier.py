"""The statistical half of commitment detection: a scikit-learn classifier over sentences.

Features of a sentence (``sentence_features``):

- the rule layer's verdict and findings (``rule=commit``, ``m=kommer_att``, ``subj=vi``,
  ``f=negated``, ``f=question``, ``f=proposal``, ``f=past`` …, see ``RuleResult``);
- lemma unigrams and bigrams (lower case, punctuation dropped except ``?``);
- the first two lemmas of the sentence (``first=att``) and the lemmas around the main
  marker (``mk-1=vi``, ``mk+1=att``).

Model: TF-IDF weighting of those features + ``LogisticRegression`` (lbfgs, balanced
classes, fixed ``random_state``), trained on ``nlp/annotations/commitments.jsonl``.  It is
trained at first use in each process (about 600 short sentences: well under a second)
on the pipeline's own components up to ``km_commitments``, so the features at training
time and at run time come from the same tokenizer, lemmatizer and entity gazetteers.
Training is deterministic: same file, same pipeline -> same model.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.commitments import (
    COMMIT,
    DECLINE,
    LABELS,
    NONE,
    RuleResult,
    SentenceView,
    analyse_sentence,
)

ANNOTATIONS_PATH = Path(__file__).resolve().parent / "annotations" / "commitments.jsonl"
SEED = 0


class AnnotationError(ValueError):
    """The annotation file is malformed (message in Swedish)."""


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # commit | decline | none
    actor: str | None = None  # actor as resolved in the file's reference context
    deadline: str | None = None
    note: str = ""


def load_annotations(path: str | Path | None = None) -> list[Example]:
    """The annotated sentences (JSON lines; ``#`` lines and blank lines are skipped)."""
    path = Path(path) if path else ANNOTATIONS_PATH
    examples: list[Example] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnnotationError(f"{path.name}:{number}: ogiltig JSON ({exc.msg})") from exc
        if "meta" in data:
            continue
        label = data.get("label")
        if label not in LABELS or not data.get("text"):
            raise AnnotationError(
                f"{path.name}:{number}: text och label (commit/decline/none) krävs"
            )
        examples.append(
            Example(
                text=data["text"],
                label=label,
                actor=data.get("actor"),
                deadline=data.get("deadline"),
                note=data.get("note", ""),
            )
        )
    return examples


def annotation_context(path: str | Path | None = None) -> dict[str, Any]:
    """The reference document context of the annotation file (its ``meta`` line)."""
    path = Path(path) if path else ANNOTATIONS_PATH
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("{") and '"meta"' in line:
            return json.loads(line)["meta"]
    return {}


# ------------------------------------------------------------------------- features
def sentence_features(sent: Span | SentenceView, rule: RuleResult) -> list[str]:
    view = sent if isinstance(sent, SentenceView) else SentenceView.from_span(sent)
    lemmas = [lemma for lemma, keep in zip(view.lemmas, view.feature_mask, strict=True) if keep]
    feats = rule.features()
    feats += [f"l={lemma}" for lemma in lemmas]
    feats += [f"b={a}_{b}" for a, b in zip(lemmas, lemmas[1:], strict=False)]
    feats += [f"first={lemma}" for lemma in lemmas[:2]]
    if rule.marker_index is not None:
        i = rule.marker_index
        for delta in (-2, -1, 1, 2):
            j = i + delta
            if 0 <= j < len(view.lemmas):
                feats.append(f"mk{delta:+d}={view.lemmas[j]}")
    return feats


def _identity(features: list[str]) -> list[str]:
    return features


def new_model(c: float = 4.0) -> Pipeline:
    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(analyzer=_identity, sublinear_tf=True, min_df=1)),
            (
                "lr",
                LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=SEED),
            ),
        ]
    )


def prepare(
    nlp: Language,
    texts: Sequence[str],
    *,
    upto: str = "km_commitments",
    context: dict[str, Any] | None = None,
) -> list[Doc]:
    """Docs processed by the pipeline's components before ``upto`` (not ``upto`` itself)."""
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        if context is not None:
            doc.user_data["km_document"] = context
        for name, proc in nlp.pipeline:
            if name == upto:
                break
            doc = proc(doc)
        docs.append(doc)
    return docs


def rule_and_features(doc: Doc, municipality_name: str | None) -> tuple[RuleResult, list[str]]:
    sent = doc[:]
    rule, _ = analyse_sentence(sent, municipality_name=municipality_name)
    return rule, sentence_features(sent, rule)


class LinearScorer:
    """The fitted TF-IDF + logistic regression as plain arrays, for fast prediction.

    ``Pipeline.predict_proba`` validates its input on every call (milliseconds per call,
    more than the rules of a whole sentence).  This computes the same probabilities
    directly: sublinear TF (``1 + log(count)``) times IDF, L2-normalised, then
    ``softmax(x @ coef.T + intercept)`` (multinomial) or the logistic function (two
    classes).  ``tests/nlp/test_commitments_classifier.py`` checks it against sklearn."""

    def __init__(self, model: Pipeline) -> None:
        tfidf: TfidfVectorizer = model.named_steps["tfidf"]
        lr: LogisticRegression = model.named_steps["lr"]
        if not (tfidf.sublinear_tf and tfidf.use_idf and tfidf.norm == "l2"):
            raise ValueError("LinearScorer expects sublinear TF-IDF with L2 norm")
        self.columns: dict[str, int] = dict(tfidf.vocabulary_)
        self.idf = numpy.asarray(tfidf.idf_, dtype=float)
        #: per feature column: idf * coefficients of each class (n_features x n_rows)
        self.weights = numpy.asarray(lr.coef_, dtype=float).T * self.idf[:, None]
        self.intercept = numpy.asarray(lr.intercept_, dtype=float)
        self.binary = self.weights.shape[1] == 1

    def probabilities(self, features: Sequence[list[str]]) -> numpy.ndarray:
        """Class probabilities, one row per feature list (columns in ``classes_`` order)."""
        scores = numpy.tile(self.intercept, (len(features), 1))
        for row, feats in enumerate(features):
            counts: dict[int, int] = {}
            for feat in feats:
                col = self.columns.get(feat)
                if col is not None:
                    counts[col] = counts.get(col, 0) + 1
            if not counts:
                continue
            cols = numpy.fromiter(counts, dtype=numpy.intp, count=len(counts))
            tf = 1.0 + numpy.log(numpy.fromiter(counts.values(), dtype=float, count=len(counts)))
            norm = numpy.sqrt(numpy.sum((tf * self.idf[cols]) ** 2))
            if norm > 0:
                scores[row] += (tf / norm) @ self.weights[cols]
        if self.binary:
            positive = 1.0 / (1.0 + numpy.exp(-scores[:, 0]))
            return numpy.column_stack([1.0 - positive, positive])
        scores -= scores.max(axis=1, keepdims=True)
        exp = numpy.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)


class CommitmentClassifier:
    """A fitted sentence classifier (labels commit / decline / none)."""

    def __init__(self, model: Pipeline) -> None:
        self.model = model
        self.classes = [str(label) for label in model.classes_]  # plain str, not numpy
        self.scorer = LinearScorer(model)

    @classmethod
    def train(
        cls, features: Sequence[list[str]], labels: Sequence[str], c: float = 4.0
    ) -> CommitmentClassifier:
        model = new_model(c)
        model.fit(list(features), list(labels))
        return cls(model)

    def probabilities(self, features: list[str]) -> dict[str, float]:
        return self.probabilities_many([features])[0]

    def probabilities_many(self, features: Sequence[list[str]]) -> list[dict[str, float]]:
        """``probabilities`` of several sentences in one call."""
        if not features:
            return []
        rows = self.scorer.probabilities(features)
        return [
            {label: float(p) for label, p in zip(self.classes, row, strict=True)} for row in rows
        ]

    @staticmethod
    def _choose(
        probs: dict[str, float], threshold: float, rule_label: str | None, rule_weight: float
    ) -> str:
        if rule_label is not None and rule_weight > 0:
            probs = {
                k: (1 - rule_weight) * p + (rule_weight if k == rule_label else 0.0)
                for k, p in probs.items()
            }
        label = max(sorted(probs), key=lambda k: probs[k])
        if label in {COMMIT, DECLINE} and probs[label] < threshold:
            return NONE
        return label

    def decide(
        self,
        features: list[str],
        threshold: float = 0.5,
        *,
        rule_label: str | None = None,
        rule_weight: float = 0.0,
    ) -> str:
        """The label: the classifier's probabilities mixed with the rules' verdict,
        ``(1 - rule_weight) * p + rule_weight * [label == rule_label]``; a commit or
        decline needs at least ``threshold`` of that mixture."""
        return self._choose(self.probabilities(features), threshold, rule_label, rule_weight)

    def decide_many(
        self,
        features: Sequence[list[str]],
        threshold: float = 0.5,
        *,
        rule_labels: Sequence[str | None] | None = None,
        rule_weight: float = 0.0,
    ) -> list[str]:
        """``decide`` for several sentences with one scoring call."""
        labels = list(rule_labels) if rule_labels is not None else [None] * len(features)
        return [
            self._choose(probs, threshold, rule_label, rule_weight)
            for probs, rule_label in zip(self.probabilities_many(features), labels, strict=True)
        ]

    def predict(
        self, sent: Span, rule: RuleResult, *, threshold: float = 0.5, rule_weight: float = 0.0
    ) -> str:
        return self.decide(
            sentence_features(sent, rule), threshold, rule_label=rule.label, rule_weight=rule_weight
        )


_lock = threading.Lock()
_cache: dict[tuple[int, str, float], CommitmentClassifier] = {}


def load_or_train(
    nlp: Language,
    annotations: str | Path | None = None,
    *,
    upto: str = "km_commitments",
    municipality_name: str | None = None,
) -> CommitmentClassifier:
    """The classifier for this pipeline, trained on first use (cached per process)."""
    path = Path(annotations) if annotations else ANNOTATIONS_PATH
    key = (id(nlp), str(path), path.stat().st_mtime)
    with _lock:
        model = _cache.get(key)
        if model is None:
            examples = load_annotations(path)
            docs = prepare(nlp, [e.text for e in examples], upto=upto)
            feats = [rule_and_features(doc, municipality_name)[1] for doc in docs]
            model = _cache[key] = CommitmentClassifier.train(feats, [e.label for e in examples])
        return model
