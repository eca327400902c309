"""Topics of a corpus: NMF over TF-IDF of lemmas (scikit-learn), fitted at index time.

```python
model = TopicModel.fit(documents, n_topics=None, seed=0)
model.assign(documents) -> list[list[Topic]]      # top topics per document, score 0..1
model.save(path); TopicModel.load(path)
```

Text -> terms: words of three letters or more (``\\w+`` without digits), lemmatised with
the Swedish lookup table of spacy-lookups-data (the same table as the pipeline's
lemmatizer; loaded once per process, no spaCy pipeline needed, so fitting 10,000
documents is fast), lower-cased; Swedish stop words (spaCy's list plus the council
genre's own: ``kommun``, ``interpellation``, ``ordförande``, ``fråga`` …) and person
names (capitalised words found in the project's first-name and surname lists) are
dropped.

Model: ``TfidfVectorizer`` (sublinear tf; ``min_df`` 2 and ``max_df`` 0.7 from ten
documents up, everything for smaller corpora) and ``NMF`` (``init="nndsvda"``, fixed
``random_state``).  ``n_topics`` (when not given) grows with the square root of the corpus
size: ``round(sqrt(n / 2))`` clamped to 1..40 and to the number of documents and terms.
Each topic's label is its three strongest terms joined by `` · `` (a fourth or fifth term
is added when two labels would otherwise be equal); a term is shown capitalised when it
mostly appears capitalised in the corpus (``Gottsunda``), so labels read like
"kameraövervakning · polis · Gottsunda".

Determinism: documents are sorted by id (then source) before fitting, the vocabulary is
sorted by scikit-learn and NMF's initialisation is deterministic for a fixed seed, so the
same corpus gives the same topics and labels in any input order.  A document gets up to
``MAX_TOPICS_PER_DOC`` topics whose share of its topic weight is at least ``MIN_SCORE``.
"""

from __future__ import annotations

import math
import pickle
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer

from kommunminne.model import Document, Topic

FORMAT_VERSION = 1
MAX_TOPICS_PER_DOC = 3
MIN_SCORE = 0.15
MAX_TOPICS = 40
MAX_FEATURES = 30_000
DATA_DIR = Path(__file__).resolve().parent / "data"

#: council-genre words that say nothing about the subject of a document
GENRE_STOP_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
    kommun kommunen kommunens uppsala interpellation interpellationen svar svaret motion
    motionen motionär ordförande ordföranden fråga frågan frågor ledamot ersättare
    kommunfullmäktige fullmäktige kommunstyrelse kommunstyrelsen beslut beslutet besluta
    föreslå förslag förslaget yrka yrkande ärende ärendet sammanträde protokoll paragraf
    bilaga dnr datum år året månad vecka dag del delar sätt fall arbete arbeta gälla
    även också samt bland annat genom utifrån kring enligt därför dock vidare mycket
    finnas vilja kunna ska skall skulle komma göra bli ge ta se få stå behöva mena anse
    ny nya stor stora viktig viktigt god bra flera många olika samma egen egna hel helt
    första andra tredje senast under mellan sedan redan idag nu just då här där
    vår vårt våra min mitt mina din ditt dina deras hans hennes
    herr fru tack besvara besvarad anledning avseende gällande vad vilken vilket
    yrkar bifall bifalla avslå avslag reservera reservation votering justera justerat
    proposition röst röster ledamöter mandat kronor miljoner miljon procent antal
    utdragsbestyrkande kommunsekreterare nämndsekreterare sekreterare sida
    """,
    )
)
#: a word of 3+ letters that is not the first half of a suspended compound ("Gatu- och …")
TOKEN = re.compile(r"[^\W\d_]{3,}\b(?!-)", re.UNICODE)


@lru_cache(maxsize=1)
def _lemma_table() -> Any:
    """The Swedish lemma lookup table of spacy-lookups-data (installed package; a
    ``spacy.lookups.Table``, whose keys are string hashes, so look up with ``.get``)."""
    from spacy.lookups import load_lookups

    return load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.sv.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | GENRE_STOP_WORDS


def _read_names(name: str) -> frozenset[str]:
    path = DATA_DIR / name
    if not path.exists():
        return frozenset()
    return frozenset(
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _person_names() -> frozenset[str]:
    return _read_names("firstnames.txt") | _read_names("surnames.txt")


def lemma_terms(text: str, capitals: Counter[str] | None = None) -> list[str]:
    """The terms of ``text`` (see the module docstring); counts capitalised uses of each
    term in ``capitals`` when given."""
    table = _lemma_table()
    stop = _stop_words()
    names = _person_names()
    terms: list[str] = []
    for match in TOKEN.finditer(text):
        word = match.group(0)
        capitalised = word[0].isupper()
        if capitalised and word in names:
            continue
        lower = word.lower()
        lemma = table.get(lower, lower).lower()
        if lemma in stop or lower in stop or len(lemma) < 3:
            continue
        terms.append(lemma)
        if capitals is not None and capitalised:
            capitals[lemma] += 1
    return terms


def _sorted(docs: Sequence[Document]) -> list[Document]:
    return sorted(docs, key=lambda d: (d.id, d.source))


def default_n_topics(n_docs: int) -> int:
    return max(1, min(MAX_TOPICS, round(math.sqrt(n_docs / 2))))


def _join(terms: Iterable[str]) -> str:
    return " · ".join(terms)


@dataclass
class TopicModel:
    vectorizer: TfidfVectorizer
    nmf: NMF
    labels: list[str]
    seed: int = 0

    # -------------------------------------------------------------------- fitting
    @classmethod
    def fit(
        cls, docs: Sequence[Document], *, n_topics: int | None = None, seed: int = 0
    ) -> TopicModel:
        """Fit on ``docs`` (the whole corpus).  Raises ``ValueError`` (Swedish message)
        when the documents contain no usable terms."""
        ordered = _sorted(docs)
        if not ordered:
            raise ValueError("ämnesmodellen kan inte anpassas utan dokument")
        capitals: Counter[str] = Counter()
        totals: Counter[str] = Counter()
        texts = []
        for doc in ordered:
            terms = lemma_terms(doc.text, capitals)
            totals.update(terms)
            texts.append(" ".join(terms))
        n_docs = len(texts)
        large = n_docs >= 10
        vectorizer = TfidfVectorizer(
            token_pattern=r"\S+",
            lowercase=False,
            sublinear_tf=True,
            min_df=2 if large else 1,
            max_df=0.7 if large else 1.0,
            max_features=MAX_FEATURES,
            dtype=np.float64,
        )
        try:
            matrix = vectorizer.fit_transform(texts)
        except ValueError as exc:  # empty vocabulary
            raise ValueError("ämnesmodellen kan inte anpassas: dokumenten saknar text") from exc
        n_terms = matrix.shape[1]
        k = n_topics if n_topics is not None else default_n_topics(n_docs)
        k = max(1, min(k, n_docs, n_terms))
        nmf = NMF(
            n_components=k,
            init="nndsvda",
            random_state=seed,
            max_iter=400,
            tol=1e-4,
        )
        with warnings.catch_warnings():
            # tiny corpora: NMF may stop before its tolerance; the result is still usable
            warnings.simplefilter("ignore", ConvergenceWarning)
            warnings.simplefilter("ignore", RuntimeWarning)
            nmf.fit(matrix)
        terms = vectorizer.get_feature_names_out()
        display = {
            term: (term.capitalize() if capitals[term] * 2 > totals[term] else term)
            for term in terms
        }
        labels = _labels(nmf.components_, terms, display)
        return cls(vectorizer=vectorizer, nmf=nmf, labels=labels, seed=seed)

    # ----------------------------------------------------------------- assigning
    def weights(self, docs: Sequence[Document]) -> np.ndarray:
        texts = [" ".join(lemma_terms(doc.text)) for doc in docs]
        if not texts:
            return np.zeros((0, len(self.labels)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            return self.nmf.transform(self.vectorizer.transform(texts))

    def assign(self, docs: Sequence[Document]) -> list[list[Topic]]:
        """Top topics per document (in input order), each ``Topic(label, score)`` with
        the score the topic's share of the document's topic weight (0..1)."""
        result: list[list[Topic]] = []
        for row in self.weights(docs):
            total = float(row.sum())
            if total <= 0:
                result.append([])
                continue
            shares = row / total
            order = sorted(range(len(shares)), key=lambda i: (-shares[i], self.labels[i]))
            topics = [
                Topic(label=self.labels[i], score=round(float(shares[i]), 3))
                for i in order[:MAX_TOPICS_PER_DOC]
                if shares[i] >= MIN_SCORE
            ]
            result.append(topics)
        return result

    # ----------------------------------------------------------------- persisting
    def save(self, path: Path) -> None:
        data = {
            "format": FORMAT_VERSION,
            "vectorizer": self.vectorizer,
            "nmf": self.nmf,
            "labels": self.labels,
            "seed": self.seed,
        }
        Path(path).write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        """A model written by ``save`` (a file this program wrote itself; raises
        ``ValueError`` for a file of another format version)."""
        data: Any = pickle.loads(Path(path).read_bytes())  # noqa: S301 - our own file
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
            raise ValueError("ämnesmodellens filformat stöds inte")
        return cls(
            vectorizer=data["vectorizer"],
            nmf=data["nmf"],
            labels=list(data["labels"]),
            seed=int(data.get("seed", 0)),
        )

    @property
    def n_topics(self) -> int:
        return len(self.labels)


def _labels(components: np.ndarray, terms: np.ndarray, display: dict[str, str]) -> list[str]:
    """Readable, distinct labels from each topic's strongest terms."""
    ranked = [
        [display[terms[i]] for i in sorted(range(len(row)), key=lambda j: (-row[j], terms[j]))]
        for row in components
    ]
    labels: list[str] = []
    for terms_of_topic in ranked:
        n = 3
        label = _join(terms_of_topic[:n])
        while label in labels and n < len(terms_of_topic):
            n += 1
            label = _join(terms_of_topic[:n])
        if label in labels:
            label = f"{label} ({len(labels) + 1})"
        labels.append(label)
    return labels
