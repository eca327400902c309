"""The Swedish lookup lemmatizer with an explicit lower-case fallback (``km_lemmatizer``).

spaCy's lookup lemmatizer (``Lemmatizer.lookup_lemmatize``) looks up ``token.text``
exactly in the ``lemma_lookup`` table of spacy-lookups-data and returns the text itself
when the form is missing.  The Swedish table holds lower-case forms only, so a capitalised
word at the start of a sentence ("Polisen", "Kommunen") would keep its surface form as
lemma.  This subclass makes the fallback explicit:

1. the exact form ("polisen" -> "polis");
2. the lower-cased form ("Polisen" -> "polis");
3. otherwise the lower-cased text itself ("Gottsunda" -> "gottsunda",
   "samverkansavtalet" -> "samverkansavtalet").

Lemmas are therefore always lower case, which is what the entity and commitment rules
compare against.  The table is loaded by ``nlp.initialize()`` from the installed
spacy-lookups-data package; nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token
from spacy.training import Example


class LowerFallbackLemmatizer(Lemmatizer):
    """Lookup lemmatizer: exact form, then lower-cased form, then lower-cased text."""

    def lookup_lemmatize(self, token: Token) -> list[str]:
        table = self._table
        if table is None:
            table = self._table = self.lookups.get_table("lemma_lookup", {})
        text = token.text
        lemma = table.get(text)
        if lemma is None:
            lower = text.lower()
            lemma = table.get(lower, lower) if lower != text else lower
        if isinstance(lemma, list):  # pragma: no cover - the Swedish table has strings
            return [lemma[0].lower()]
        return [lemma.lower()]

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
        lookups: Lookups | None = None,
    ) -> None:
        super().initialize(get_examples, nlp=nlp, lookups=lookups)
        self._table = None


@Language.factory(
    "km_lemmatizer",
    assigns=["token.lemma"],
    default_config={"mode": "lookup", "overwrite": False, "model": None},
)
def make_km_lemmatizer(
    nlp: Language, name: str, model: Any, mode: str, overwrite: bool
) -> LowerFallbackLemmatizer:
    lemmatizer = LowerFallbackLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite)
    lemmatizer._table = None
    return lemmatizer
