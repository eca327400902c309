"""The commitment classifier, its training data and the evaluation."""

from __future__ import annotations

import json

import pytest

from nlp.commitment_classifier import (
    ANNOTATIONS_PATH,
    AnnotationError,
    CommitmentClassifier,
    annotation_context,
    load_annotations,
    prepare,
    rule_and_features,
)
from nlp.commitment_eval import actors_match, scores, sentences_match


def test_annotated_set_is_large_varied_and_well_formed() -> None:
    examples = load_annotations()
    assert len(examples) >= 500
    labels = [e.label for e in examples]
    assert labels.count("commit") >= 150
    assert labels.count("decline") >= 80
    assert labels.count("none") >= labels.count("commit")  # many hard negatives
    assert len({e.text for e in examples}) == len(examples)
    for e in examples:
        if e.label == "none":
            assert e.actor is None and e.deadline is None
        if e.label == "decline":
            assert e.deadline is None
    meta = json.loads(ANNOTATIONS_PATH.read_text(encoding="utf-8").splitlines()[0])["meta"]
    assert meta["licence"] and meta["source"]
    assert annotation_context()["context"]["date"] == "2019-05-15"


def test_malformed_annotations_are_reported(tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Vi ska.", "label": "commit"}\n{"text": "x", "label": "maybe"}\n')
    with pytest.raises(AnnotationError, match="bad.jsonl:2"):
        load_annotations(bad)
    bad.write_text("{nej\n")
    with pytest.raises(AnnotationError, match="ogiltig JSON"):
        load_annotations(bad)


@pytest.fixture(scope="module")
def small_model(nlp):
    texts = [
        ("Vi kommer att anställa fler fältassistenter.", "commit"),
        ("Kommunen ska öppna ett nytt bibliotek i Sävja.", "commit"),
        ("Jag avser att bjuda in polisen.", "commit"),
        ("Socialnämnden kommer att utöka antalet platser.", "commit"),
        ("Jag ser inget behov av fler kameror.", "decline"),
        ("Det är inte aktuellt att införa trygghetsvakter.", "decline"),
        ("Vi avser inte att förlänga avtalet.", "decline"),
        ("Kommunen kommer inte att bekosta lokalerna.", "decline"),
        ("Trygghetsvakterna infördes 2017.", "none"),
        ("Är du beredd att bjuda in polisen?", "none"),
        ("Polisen ska enligt lag upprätthålla ordningen.", "none"),
        ("Samverkan fungerar väl.", "none"),
    ]
    docs = prepare(nlp, [t for t, _ in texts])
    feats = [rule_and_features(doc, "Uppsala kommun")[1] for doc in docs]
    return CommitmentClassifier.train(feats, [label for _, label in texts]), nlp


def test_classifier_is_deterministic_and_learns(small_model, nlp) -> None:
    model, _ = small_model
    docs = prepare(nlp, ["Vi kommer att bygga en ny förskola.", "Jag ser inget behov av det."])
    feats = [rule_and_features(doc, "Uppsala kommun")[1] for doc in docs]
    assert [model.decide(f) for f in feats] == ["commit", "decline"]
    probs = model.probabilities(feats[0])
    assert set(probs) == {"commit", "decline", "none"}
    assert abs(sum(probs.values()) - 1) < 1e-9
    again = CommitmentClassifier.train(
        [rule_and_features(d, "Uppsala kommun")[1] for d in prepare(nlp, ["Vi ska.", "Nej."])],
        ["commit", "none"],
    )
    assert again.classes == ["commit", "none"]


def test_threshold_and_rule_weight(small_model, nlp) -> None:
    model, _ = small_model
    doc = prepare(nlp, ["Vi kommer att bygga en ny förskola."])[0]
    feats = rule_and_features(doc, "Uppsala kommun")[1]
    assert model.decide(feats, threshold=1.01) == "none"
    # full weight on the rules: the rules' verdict wins
    assert model.decide(feats, rule_label="decline", rule_weight=1.0) == "decline"


def test_features_carry_rule_findings(nlp) -> None:
    doc = prepare(nlp, ["Kommer kommunen att införa kameror?"])[0]
    rule, feats = rule_and_features(doc, "Uppsala kommun")
    assert rule.question and rule.label == "none"
    assert "f=question" in feats and "rule=none" in feats
    assert any(f.startswith("l=") for f in feats) and any(f.startswith("b=") for f in feats)


def test_component_modes(nlp) -> None:
    from nlp.commitments import CommitmentFinder

    with pytest.raises(ValueError, match="okänt läge"):
        CommitmentFinder(
            nlp,
            "x",
            mode="magic",
            threshold=0.5,
            municipality="",
            annotations="",
            max_sentence_chars=100,
        )


def test_missing_training_file_falls_back_to_rules(nlp, tmp_path) -> None:
    from nlp.commitments import CommitmentFinder

    finder = CommitmentFinder(
        nlp,
        "km_commitments",
        mode="combined",
        threshold=0.5,
        municipality="uppsala",
        annotations=str(tmp_path / "saknas.jsonl"),
        max_sentence_chars=1500,
    )
    doc = prepare(nlp, ["Vi kommer att anställa fler fältassistenter."])[0]
    found = finder.find(doc)
    assert [c.stance for c in found] == ["commit"]
    assert found[0].actor == "Uppsala kommun"


def test_scores() -> None:
    result = scores(["commit", "decline", "none", "commit"], ["commit", "commit", "none", "none"])
    assert result["commit"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "support": 2,
        "predicted": 2,
        "tp": 1,
    }
    assert result["decline"]["recall"] == 0.0
    assert result["overall"]["precision"] == 0.5
    assert result["overall"]["recall"] == 0.333


def test_matching_helpers() -> None:
    assert sentences_match("Vi ska  bygga en skola.", "vi ska bygga en skola.")
    assert sentences_match(
        "Kommunen kommer att bygga en ny skola i Sävja under 2020.",
        "Kommunen kommer att bygga en ny skola i Sävja under 2020, enligt planen.",
    )
    assert not sentences_match("Vi ska bygga en skola.", "Polisen ska öppna ett kontor.")
    assert actors_match("Anders Holmgren", "Anders Holmgren (S)")
    assert actors_match("Uppsala kommun", "Länsstyrelsen i Uppsala län och Uppsala kommun")
    assert not actors_match("Socialnämnden", "Kommunstyrelsen")


@pytest.mark.slow
def test_cross_validated_quality(nlp) -> None:
    """The measured figures stay at the aim (precision and recall >= 0.85)."""
    from nlp.commitment_eval import evaluate_annotated

    result = evaluate_annotated(nlp)
    for variant in ("rules", "classifier", "combined"):
        overall = result[variant]["overall"]
        assert overall["precision"] >= 0.85 and overall["recall"] >= 0.85, (variant, overall)
    assert result["actor_accuracy"] >= 0.9
    assert result["deadline_accuracy"] >= 0.9


def test_fast_scoring_equals_sklearn(nlp) -> None:
    """``LinearScorer`` gives sklearn's ``predict_proba`` on the packaged annotations."""
    import numpy

    from nlp.commitment_classifier import load_annotations

    examples = load_annotations()
    docs = prepare(nlp, [e.text for e in examples])
    feats = [rule_and_features(doc, "Uppsala kommun")[1] for doc in docs]
    model = CommitmentClassifier.train(feats[::2], [e.label for e in examples][::2])
    unseen = feats[1::2] + [["l=ordet-finns-inte"], []]
    expected = model.model.predict_proba(unseen)
    got = numpy.array([[p[c] for c in model.classes] for p in model.probabilities_many(unseen)])
    assert numpy.allclose(got, expected, atol=1e-9)
    assert model.decide_many(unseen[:5]) == [model.decide(f) for f in unseen[:5]]


def test_fast_scoring_two_classes(small_model, nlp) -> None:
    import numpy

    docs = prepare(nlp, ["Vi ska bygga.", "Det regnar.", "Vi kommer att satsa.", "Nej."])
    feats = [rule_and_features(d, "Uppsala kommun")[1] for d in docs]
    model = CommitmentClassifier.train(feats, ["commit", "none", "commit", "none"])
    expected = model.model.predict_proba(feats)
    got = numpy.array([[p[c] for c in model.classes] for p in model.probabilities_many(feats)])
    assert numpy.allclose(got, expected, atol=1e-9)


@pytest.mark.slow
def test_quality_on_the_independent_set(nlp) -> None:
    """Sentences written by an annotator who had not seen the rules: the component as it
    runs (classifier trained on the whole development set) stays at its measured level."""
    from nlp.commitment_eval import evaluate_independent

    result = evaluate_independent(nlp)
    assert result["sentences"] >= 300
    overall = result["combined"]["overall"]
    # reached: P 1.000 R 1.000 (odd and even lines alike), actor 1.000, deadline 1.000
    assert overall["precision"] >= 0.98 and overall["recall"] >= 0.98, overall
    even = result["halves"]["even"]["combined"]["overall"]
    assert even["precision"] >= 0.97 and even["recall"] >= 0.97, even
    assert result["actor_accuracy"] >= 0.97
    assert result["deadline_accuracy"] >= 0.97


def test_independent_errors_of_even_lines_are_withheld(nlp, tmp_path) -> None:
    """Only the odd lines' errors are listed; the even lines (the honest half) are
    counted, never shown."""
    import json

    from nlp.commitment_eval import INDEPENDENT_PATH, evaluate_independent

    meta = INDEPENDENT_PATH.read_text(encoding="utf-8").splitlines()[0]
    rows = [
        ("Vi ska bygga en ny skola i Sävja.", "commit"),
        ("Vi ska bygga en ny skola i Sävja.", "none"),  # even line, wrong
        ("Det regnar mycket i Uppsala.", "commit"),  # odd line, wrong
        ("Det regnar mycket i Uppsala.", "none"),
    ]
    lines = [meta]
    for text, label in rows:
        row = {"text": text, "label": label}
        if label == "commit":
            row |= {"actor": "Kommunstyrelsen", "deadline": None}
        lines.append(json.dumps(row, ensure_ascii=False))
    path = tmp_path / "independent.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = evaluate_independent(nlp, path)
    assert [(e["line"], e["gold"]) for e in result["errors"]] == [(3, "commit")]
    assert result["errors_withheld"] == 1
    assert result["halves"]["odd"]["sentences"] == result["halves"]["even"]["sentences"] == 2


@pytest.mark.slow
def test_quality_on_the_sealed_final_set(nlp) -> None:
    """The second annotator's sealed set: precision and recall stay at the aim (0.85)."""
    from nlp.commitment_eval import FINAL_PATH, evaluate_independent

    result = evaluate_independent(nlp, FINAL_PATH)
    overall = result["combined"]["overall"]
    assert result["sentences"] >= 200
    assert overall["precision"] >= 0.9 and overall["recall"] >= 0.85, overall
