"""Topic model: grouping, readable and stable labels, persistence, tiny corpora."""

from __future__ import annotations

import hashlib
import random

import pytest

from kommunminne.model import Document
from nlp.topics import TopicModel, default_n_topics, lemma_terms

THEMES = {
    "kameror": [
        "Kameraövervakning i Gottsunda centrum ska minska brottsligheten. Polisen och "
        "länsstyrelsen prövar ansökan om kameror vid torget i Gottsunda.",
        "Polisen vill ha fler kameror i Gottsunda. Kameraövervakningen vid Valsätra och "
        "Gottsunda centrum har gett polisen bättre underlag vid brott.",
        "Interpellation om kameraövervakning: tänker kommunen ansöka om kameror i Gottsunda "
        "så att polisen kan utreda brott vid centrum?",
        "Länsstyrelsen har beviljat tillstånd till kameraövervakning i Gottsunda centrum. "
        "Kamerorna hjälper polisen att utreda brott.",
    ],
    "förskola": [
        "Förskolan i Storvreta har för få platser. Barnen i Storvreta får plats i Vattholma "
        "tills den nya förskolan vid Ekebyvägen öppnar.",
        "Föräldrar i Storvreta oroar sig för förskoleplatser. Den nya förskolan ska ha åtta "
        "avdelningar och ta emot barn från hela Storvreta.",
        "Utbildningsnämnden planerar en ny förskola i Storvreta. Barn och föräldrar väntar på "
        "förskoleplatser nära hemmet.",
        "Svar om förskolan i Storvreta: förskolan vid Ekebyvägen byggs för barn som i dag "
        "åker till Vattholma.",
    ],
    "simhall": [
        "En ny simhall i Gränby med simbassäng och familjebad. Simhallen ska ersätta "
        "badet på Fyrishov för skolornas simundervisning.",
        "Simhallen i Gränby blir dyrare. Bassängen och familjebadet i simhallen kostar mer "
        "än beräknat, och simundervisningen flyttar till Gränby.",
        "Motion om simhall i Gränby: simundervisning för alla barn kräver fler bassänger "
        "och en ny simhall.",
        "Simhallen i Gränby invigd med simbassäng, undervisningsbassäng och familjebad för "
        "simundervisning.",
    ],
}


def _doc(text: str, n: int) -> Document:
    return Document(source=f"d{n}.pdf", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text)


def corpus() -> list[tuple[str, Document]]:
    items = []
    n = 0
    for theme, texts in THEMES.items():
        for text in texts:
            items.append((theme, _doc(text, n)))
            n += 1
    return items


def test_groups_documents_by_theme() -> None:
    items = corpus()
    docs = [d for _, d in items]
    model = TopicModel.fit(docs, n_topics=3, seed=0)
    assert model.n_topics == 3
    top = [topics[0].label for topics in model.assign(docs)]
    by_theme: dict[str, set[str]] = {}
    for (theme, _), label in zip(items, top, strict=True):
        by_theme.setdefault(theme, set()).add(label)
    # every theme has one topic of its own
    assert all(len(labels) == 1 for labels in by_theme.values()), by_theme
    assert len({next(iter(labels)) for labels in by_theme.values()}) == 3
    # and the labels say what the theme is about
    assert "Gottsunda" in next(iter(by_theme["kameror"])) or "kamera" in next(
        iter(by_theme["kameror"])
    )
    assert "Storvreta" in next(iter(by_theme["förskola"])) or "förskola" in next(
        iter(by_theme["förskola"])
    )
    assert "simhall" in next(iter(by_theme["simhall"]))


def test_labels_are_readable() -> None:
    model = TopicModel.fit([d for _, d in corpus()], n_topics=3)
    for label in model.labels:
        terms = label.split(" · ")
        assert len(terms) >= 3
        assert all(t and " " not in t for t in terms)
        # stop words and genre words are not topic terms
        assert not {"och", "kommun", "kommunen", "ska", "interpellation", "svar"} & set(terms)
    assert len(set(model.labels)) == len(model.labels)


def test_stable_across_runs_and_input_order() -> None:
    docs = [d for _, d in corpus()]
    first = TopicModel.fit(docs, seed=0)
    shuffled = docs[:]
    random.Random(4).shuffle(shuffled)
    second = TopicModel.fit(shuffled, seed=0)
    assert first.labels == second.labels
    assert first.assign(docs) == second.assign(docs)


def test_scores_are_shares(tmp_path) -> None:
    docs = [d for _, d in corpus()]
    model = TopicModel.fit(docs, n_topics=3)
    for topics in model.assign(docs):
        assert 1 <= len(topics) <= 3
        assert all(0 < t.score <= 1 for t in topics)
        assert sum(t.score for t in topics) <= 1.0001
        assert [t.score for t in topics] == sorted((t.score for t in topics), reverse=True)


def test_save_and_load(tmp_path) -> None:
    docs = [d for _, d in corpus()]
    model = TopicModel.fit(docs, n_topics=3)
    path = tmp_path / "topics.model"
    model.save(path)
    loaded = TopicModel.load(path)
    assert loaded.labels == model.labels
    assert loaded.assign(docs) == model.assign(docs)


def test_load_rejects_other_files(tmp_path) -> None:
    import pickle

    path = tmp_path / "other.model"
    path.write_bytes(pickle.dumps({"format": 999}))
    with pytest.raises(ValueError, match="filformat"):
        TopicModel.load(path)


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_tiny_corpora(n: int) -> None:
    docs = [d for _, d in corpus()][:n]
    model = TopicModel.fit(docs)
    assert 1 <= model.n_topics <= n
    assigned = model.assign(docs)
    assert len(assigned) == n
    assert all(topics for topics in assigned)


def test_unseen_and_empty_documents() -> None:
    model = TopicModel.fit([d for _, d in corpus()], n_topics=3)
    empty = _doc("", 99)
    unrelated = _doc("Lorem ipsum dolor sit amet.", 98)
    assert model.assign([empty, unrelated]) == [[], []]
    assert model.assign([]) == []


def test_corpus_without_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="ämnesmodellen"):
        TopicModel.fit([])
    with pytest.raises(ValueError, match="ämnesmodellen"):
        TopicModel.fit([_doc("och att det", 1), _doc("", 2)])


def test_n_topics_grows_with_the_corpus() -> None:
    assert default_n_topics(1) == 1
    assert default_n_topics(64) == 6
    assert default_n_topics(10_000) == 40
    assert [default_n_topics(n) for n in (10, 100, 1000)] == sorted(
        default_n_topics(n) for n in (10, 100, 1000)
    )


def test_terms_are_lemmas_without_names_and_stop_words() -> None:
    terms = lemma_terms(
        "Polisen och förskolorna i Gottsunda. Anders Holmgren svarar. "
        "Gatu- och samhällsmiljönämnden ska bygga 2 000 lägenheter."
    )
    assert "polis" in terms and "förskola" in terms and "lägenhet" in terms
    assert "gottsunda" in terms
    assert "anders" not in terms and "holmgren" not in terms
    assert "och" not in terms and "ska" not in terms and "gatu" not in terms
