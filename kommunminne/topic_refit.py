"""When the pipeline refits the topic model, and how topics reach the documents.

The topic model (``nlp.topics.TopicModel``) is fitted on the whole stored corpus and
saved in ``Settings.models_dir`` beside a small state file::

    models/topics.model    TopicModel.save()
    models/topics.json     {"documents": <corpus size at the fit>, "seed": 0}

Rule (``needs_refit``): the model is refitted

* when there is none (first ingest, or it could not be loaded),
* by ``kommunminne reindex`` (always), and
* when the corpus has grown or shrunk by more than ``REFIT_FRACTION`` (25 %) of its size
  at the last fit.

Otherwise new documents get their topics from the existing model, so a small batch
into a large index costs a few milliseconds of topic assignment rather than a refit.
After a refit every document is reassigned, and only the documents whose topics
changed are rewritten in the store and the index; the model is saved only after that, so
a refit that is interrupted is done again by the next run.  A fit uses the documents in
id order and a fixed seed, so the same corpus gives the same model.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kommunminne.model import Document
from kommunminne.store import atomic_write_bytes

MODEL_NAME = "topics.model"
STATE_NAME = "topics.json"
REFIT_FRACTION = 0.25
SEED = 0


class TopicKeeper:
    """The current topic model of a data directory (or none).

    The model is loaded lazily, on first use (``model``, ``assign``, ``warm_up``):
    loading it imports scikit-learn and the NLP package, seconds of work that a run with
    nothing new to assign (an unchanged re-run) does not need.  ``needs_refit`` decides
    from the small state file alone; a model that turns out to be unreadable when it is
    loaded is treated as missing (``load_problem`` says why) and refitted.
    """

    def __init__(self, models_dir: Path) -> None:
        self.models_dir = Path(models_dir)
        self.model_path = self.models_dir / MODEL_NAME
        self.state_path = self.models_dir / STATE_NAME
        self._model: Any = None
        self._loaded = False  # a load was attempted (or a model was set)
        self.fitted_on = 0
        #: Why an existing model was not used (shown in the run's summary), or None.
        self.load_problem: str | None = None
        self._state_ok = False
        if self.model_path.exists() and self.state_path.exists():
            try:
                state = json.loads(self.state_path.read_text(encoding="utf-8"))
                self.fitted_on = int(state["documents"])
                self._state_ok = True
            except Exception:  # unreadable state: the model is refitted
                self._state_ok = False

    @property
    def model(self) -> Any:
        """The ``nlp.topics.TopicModel`` in use, loaded on first access; None if none."""
        if not self._loaded:
            self._load()
        return self._model

    @model.setter
    def model(self, value: Any) -> None:
        self._model, self._loaded = value, True

    def _load(self) -> None:
        model = None
        if self._state_ok:
            from nlp.topics import TopicModel

            try:
                model = TopicModel.load(self.model_path)
            except Exception as exc:  # an incompatible or damaged model is refitted
                self.load_problem = f"ämnesmodellen kunde inte läsas ({exc}); den anpassas om"
        self._model, self._loaded = model, True

    def needs_refit(self, corpus_size: int) -> bool:
        if corpus_size == 0:
            return False
        if (self._model is None) if self._loaded else not self._state_ok:
            return True
        return abs(corpus_size - self.fitted_on) > REFIT_FRACTION * self.fitted_on

    def warm_up(self) -> None:
        """Load what assigning topics needs (the model's term table) without assigning."""
        if self.model is not None:
            self.model.assign([Document(source="warm-up", sha256="0" * 64, text="kommunen")])

    def assign(self, documents: Sequence[Document]) -> None:
        """Set ``topics`` on ``documents`` from the current model (no-op without one)."""
        if self.model is None or not documents:
            return
        for document, topics in zip(documents, self.model.assign(documents), strict=True):
            document.topics = topics

    def refit(self, documents: Sequence[Document]) -> list[Document]:
        """Fit on ``documents`` (the whole corpus) and reassign every document.

        Returns the documents whose topics changed.  The new model is used from now on
        but only written to disk by ``save`` — call it once the store and the index
        hold the new topics, so that an interrupted refit is simply done again.
        Raises whatever ``TopicModel.fit`` raises (``ValueError`` for a corpus it
        cannot fit); the earlier model is then kept.
        """
        from nlp.topics import TopicModel

        ordered = sorted(documents, key=lambda d: d.id)
        model = TopicModel.fit(ordered, seed=SEED)
        self.model, self.fitted_on, self.load_problem = model, len(ordered), None
        changed = []
        for document, topics in zip(ordered, model.assign(ordered), strict=True):
            if document.topics != topics:
                document.topics = topics
                changed.append(document)
        return changed

    def save(self) -> None:
        """Write the current model and the corpus size it was fitted on (atomically)."""
        if self.model is None:
            return
        self.models_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.model_path.with_name(f".tmp-{self.model_path.name}")
        self.model.save(tmp)
        os.replace(tmp, self.model_path)
        state = {"documents": self.fitted_on, "seed": SEED}
        atomic_write_bytes(self.state_path, json.dumps(state).encode("utf-8"), durable=True)
