"""PERSON recognition without a pretrained model: patterns, name lists and capitals.

A run of capitalised name-like tokens is a person when

- it starts with a known given name (``data/firstnames.txt``) and has at least two parts
  ("Jonas Segersam", "Anna-Karin von Essen");
- or it follows a title ("rikspolischef Anders Thornberg", "landshövdingen Göran Enander",
  "kommunstyrelsens ordförande Erik Pelling"; ``data/titles.txt``);
- or it is followed by a party in parentheses ("Segersam (KD)");
- or it is a known given name after a greeting ("Hej Karin!", "Kära Anna");
  a person named by one word in these contexts (a title, a party, a verb of saying, a
  greeting) is that person at its other mentions in the document too;
- or it is one capitalised word that is no Swedish word form before a verb of saying
  ("Som Segersam påpekar"), not a definite noun ("Aftonbladet skriver");
- or it has two parts, the last a known family name or one with a typical family-name
  ending (-sson, -berg, -ström, -qvist …), and the first is not an ordinary Swedish word.

Genitives fold into the base name ("Jonas Segersams frågor" -> Jonas Segersam) when the
base form is known (a family name, or the same person written without -s elsewhere in
the document) or when a lower-case word follows.  Once a full name is found, later
mentions of the family name alone ("Thornberg", "Thornbergs") are the same person, and so
are mentions of the given name alone when only one person of the document has it
("Jenny Axelsson (V) … svarade Jenny").  Such a name that is also a Swedish word ("Holm",
"Eva") or a given name alone ("Per") is taken at the start of a sentence only before a
finite verb ("Holm får medhåll", "Eva lämnade lokalen"; not "Per år").
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

PARTICLES = frozenset({"von", "van", "de", "af", "der", "den", "la", "di", "da", "el", "al", "bin"})
SURNAME_ENDINGS = (
    "sson",
    "son",
    "sen",
    "berg",
    "ström",
    "strom",
    "qvist",
    "kvist",
    "quist",
    "lund",
    "gren",
    "holm",
    "dahl",
    "blom",
    "ling",
    "ander",
    "ius",
    "stedt",
    "stad",
    "by",
    "mark",
    "man",
    "lin",
    "stam",
    "fors",
    "hed",
    "bäck",
    "borg",
    "löf",
    "näs",
    "ell",
    "én",
    "ér",
    "ée",
    "vall",
    "gård",
    "sjö",
    "hag",
    "torp",
    "rud",
    "feldt",
    "felt",
    "heim",
    "ski",
    "vić",
    "vic",
    "ović",
    "ovic",
    "ian",
    "oglu",
)
#: words after which a capitalised word is a speaker ("säger Svensson")
REPORTING_WORDS = frozenset(
    {
        "säger",
        "sa",
        "sade",
        "menar",
        "berättar",
        "förklarar",
        "skriver",
        "enligt",
        "frågar",
        "svarar",
        "anser",
        "tycker",
        "betonar",
        "understryker",
        "konstaterar",
        "påpekar",
    }
)
#: verbs that follow a subject name (a name ending in -s before them is not a genitive)
VERBS_AFTER_NAME = frozenset(
    {
        "har",
        "hade",
        "är",
        "var",
        "yrkar",
        "yrkade",
        "anser",
        "menar",
        "vill",
        "ville",
        "föreslår",
        "skriver",
        "ställer",
        "frågar",
        "reserverar",
        "säger",
        "sa",
        "kommer",
        "ska",
        "kan",
        "lämnar",
        "lämnade",
        "och",
        "som",
        "samt",
        "deltog",
        "deltar",
        "svarar",
    }
)
#: finite verbs after a sentence-initial name that is also a Swedish word: "Holm får
#: medhåll", "Alm frågar" (with "-ade" past tenses: "Eva lämnade lokalen"), not "Per år"
SUBJECT_VERBS = (
    (VERBS_AFTER_NAME - {"och", "som", "samt"})
    | REPORTING_WORDS
    | frozenset(
        {
            "får",
            "fick",
            "blir",
            "blev",
            "tar",
            "tog",
            "ger",
            "gav",
            "går",
            "gick",
            "står",
            "stod",
            "ser",
            "såg",
            "tror",
            "trodde",
            "vet",
            "visste",
            "måste",
            "bör",
            "borde",
            "skulle",
            "kunde",
            "lovar",
            "tackar",
            "replikerar",
            "instämmer",
            "instämde",
            "anmäler",
            "anmälde",
            "begär",
            "begärde",
            "framhåller",
            "framhöll",
            "underströk",
            "hänvisar",
            "poängterar",
            "återkommer",
            "medger",
            "medgav",
            "skrev",
            "ansåg",
        }
    )
)
#: verbs of saying after a name: "Som Segersam påpekar", "Lindqvist konstaterade att"
SAYING_VERBS = frozenset(
    {
        "säger",
        "sa",
        "sade",
        "påpekar",
        "påpekade",
        "menar",
        "menade",
        "anser",
        "ansåg",
        "skriver",
        "skrev",
        "konstaterar",
        "konstaterade",
        "betonar",
        "betonade",
        "understryker",
        "underströk",
        "framhåller",
        "framhöll",
        "poängterar",
        "poängterade",
        "förklarar",
        "förklarade",
        "berättar",
        "berättade",
        "medger",
        "medgav",
        "tillägger",
        "tillade",
    }
)
#: greetings before a given name in letters and e-mails ("Hej Karin!", "Kära Anna")
GREETINGS = frozenset({"Hej", "Hejsan", "Hallå", "Kära", "Bästa", "hej", "hejsan"})
#: function words that open a clause and are never part of a name ("Som Segersam påpekar")
CLAUSE_OPENERS = frozenset(
    {
        "Som",
        "Såsom",
        "Liksom",
        "Precis",
        "Men",
        "Och",
        "Att",
        "När",
        "Då",
        "Där",
        "Eftersom",
        "Medan",
        "Även",
        "Också",
        "Dessutom",
        "Däremot",
        "Nu",
        "Här",
        "Just",
    }
)
#: endings of definite nouns: "Aftonbladet skriver", "Hyresgästföreningen anser" name an
#: organisation, not a person
DEFINITE_ENDINGS = ("en", "et", "na")
#: words after a name that make it the name of a place or an institution
#: ("Hugo Alfvéns väg", "Anna Whitlocks gymnasium")
PLACE_HEADS = frozenset(
    {
        "väg",
        "vägen",
        "gata",
        "gatan",
        "torg",
        "torget",
        "plan",
        "plats",
        "platsen",
        "allé",
        "park",
        "parken",
        "skola",
        "skolan",
        "gymnasium",
        "gymnasiet",
        "backe",
        "gränd",
        "hus",
        "huset",
        "stiftelse",
        "stiftelsen",
        "sal",
        "salen",
        "pris",
        "priset",
        "institut",
        "institutet",
        "stig",
        "stigen",
        "hall",
        "hallen",
        "kyrka",
        "kyrkan",
    }
)
#: capitalised words that are never part of a name
NOT_NAMES = frozenset(
    {
        "Jag",
        "Vi",
        "Du",
        "Ni",
        "De",
        "Den",
        "Det",
        "Denna",
        "Detta",
        "Dessa",
        "Han",
        "Hon",
        "Och",
        "Men",
        "Om",
        "För",
        "Med",
        "Till",
        "Från",
        "Under",
        "Enligt",
        "Efter",
        "Kommunen",
        "Kommun",
        "Kommuns",
        "Stad",
        "Stads",
        "Län",
        "Läns",
        "Uppsala",
        "Sverige",
        "Sveriges",
        "Stockholm",
        "Region",
        "Länsstyrelsen",
        "Polisen",
        "Svar",
        "Interpellation",
        "Motion",
        "Skrivelse",
        "Protokoll",
        "Beslut",
        "Förslag",
        "Bakgrund",
        "Yrkande",
        "Yrkanden",
        "Ärendet",
        "Januari",
        "Februari",
        "Mars",
        "April",
        "Maj",
        "Juni",
        "Juli",
        "Augusti",
        "September",
        "Oktober",
        "November",
        "December",
        "Måndag",
        "Tisdag",
        "Onsdag",
        "Torsdag",
        "Fredag",
        "Lördag",
        "Söndag",
        "Valborg",
        "Kulturnatten",
        "Kunskapscentrum",
        "Liv",
        "Hälsa",
        "Ung",
        "AB",
        "Mot",
        "Inom",
        "Genom",
        "Vid",
        "Hur",
        "Vad",
        "Vilka",
        "När",
        "Var",
        "Är",
        "Har",
        "Kan",
        "Ska",
        "Kommer",
        "Mvh",
        "Hälsningar",
        "Bilaga",
    }
)


def sentence_start(doc: Doc, i: int) -> bool:
    """``doc[i]`` begins a sentence (km_sentences leaves the document's first word unset)."""
    return bool(doc[i].is_sent_start) or all(doc[k].is_space for k in range(i))


@dataclass(frozen=True)
class PersonMatch:
    start: int  # token index
    end: int  # token index (exclusive)
    canonical: str


def name_like(text: str) -> bool:
    """Capitalised word (or hyphenated pair) made of letters: "Segersam", "Eva-Lena"."""
    if len(text) < 2 or not text[0].isupper() or text in NOT_NAMES or text in CLAUSE_OPENERS:
        return False
    parts = text.split("-")
    return all(p and p[0].isupper() and p[1:].islower() and p.isalpha() for p in parts) or (
        len(parts) == 1 and text[1:].islower() and text.replace("'", "").isalpha()
    )


class PersonFinder:
    def __init__(
        self,
        first_names: Container[str],
        surnames: Container[str],
        titles: Container[str],
        party_abbreviations: Container[str],
        places: Container[str] = frozenset(),
    ) -> None:
        self.first_names = first_names
        self.surnames = surnames
        self.titles = titles
        self.parties = party_abbreviations
        #: one-word place names that are never a person alone ("säger Göteborgs kommunalråd")
        self.places = places

    # ----------------------------------------------------------------- predicates
    def is_first_name(self, text: str) -> bool:
        if text in self.first_names:
            return True
        parts = text.split("-")
        return len(parts) == 2 and all(p in self.first_names for p in parts)

    def looks_like_surname(self, text: str) -> bool:
        base = text[:-1] if text.endswith("s") and not text.endswith("ss") else text
        return (
            text in self.surnames or base in self.surnames or base.lower().endswith(SURNAME_ENDINGS)
        )

    def _is_title_word(self, word: str) -> bool:
        if word in self.titles:
            return True
        return any(
            word.endswith(ending) and word[: -len(ending)] in self.titles
            for ending in ("en", "n", "na", "erna", "arna")
        )

    def is_title(self, text: str) -> bool:
        """A title, also definite, plural or as a compound's head: "landshövdingen",
        "ledamöterna", "chefsåklagaren", "försvarschefen"."""
        word = text.lower()
        if self._is_title_word(word):
            return True
        return any(self._is_title_word(word[k:]) for k in range(2, len(word) - 3))

    def _title_before(self, doc: Doc, i: int) -> bool:
        if i == 0:
            return False
        prev = doc[i - 1]
        if prev.is_space:
            return False
        if self.is_title(prev.text):
            return True
        return i >= 2 and f"{doc[i - 2].text.lower()} {prev.text.lower()}" in self.titles

    @staticmethod
    def _reported_speech_before(doc: Doc, i: int) -> bool:
        """ "säger Svensson", "enligt Pelling", "skriver Lindqvist" """
        return i > 0 and doc[i - 1].lower_ in REPORTING_WORDS

    def _speaker_before_saying(self, doc: Doc, i: int, words: Container[str]) -> bool:
        """ "Som Segersam påpekar", "Lindqvist konstaterade att …": one capitalised word
        that is no Swedish word form, before a verb of saying; not a definite noun
        (an organisation: "Aftonbladet skriver") unless it looks like a family name."""
        text = doc[i].text
        if i + 1 >= len(doc) or doc[i + 1].lower_ not in SAYING_VERBS:
            return False
        if text.lower() in words or self.is_title(text):
            return False
        if sentence_start(doc, i):
            # sentence-initial adverbs are missing from the word list ("Däremot anser")
            return self.looks_like_surname(text)
        if name_like(doc[i - 1].text):
            return False  # the end of a longer name whose first part is a word
        return not text.endswith(DEFINITE_ENDINGS) or self.looks_like_surname(text)

    @staticmethod
    def _verb_after(doc: Doc, k: int) -> bool:
        """A finite verb after ``doc[k]``: one of SUBJECT_VERBS or a past tense in -ade."""
        if k + 1 >= len(doc):
            return False
        nxt = doc[k + 1].lower_
        return nxt in SUBJECT_VERBS or (len(nxt) > 5 and nxt.endswith("ade") and nxt.isalpha())

    def _subject_at_sentence_start(self, doc: Doc, k: int, words: Container[str]) -> bool:
        """A surname or given name alone that starts a sentence: when it is also a Swedish
        word ("Holm", "Eva") only before a finite verb; a given name ("Per", "Harald") not
        before a lower-case word other than a verb or "och" ("Per år", "Per capita")."""
        text = doc[k].text
        if text.lower() in words:
            return self._verb_after(doc, k)
        if not self.is_first_name(text) or k + 1 >= len(doc):
            return True
        nxt = doc[k + 1].text
        if not (nxt.isalpha() and nxt.islower()) or nxt in {"och", "som", "samt"}:
            return True
        return self._verb_after(doc, k) or nxt.endswith(("de", "te"))

    def _party_after(self, doc: Doc, j: int) -> bool:
        return (
            j + 2 < len(doc)
            and doc[j].text == "("
            and doc[j + 1].text in self.parties
            and doc[j + 2].text in {")", ","}
        )

    # ---------------------------------------------------------------------- find
    def find(
        self, doc: Doc, taken: Sequence[bool], words: Container[str] = frozenset()
    ) -> list[PersonMatch]:
        """Persons in ``doc``; ``taken`` marks tokens already in other entities;
        ``words`` holds ordinary Swedish word forms (lower case)."""
        n = len(doc)
        found: list[PersonMatch] = []
        raw: list[tuple[int, int]] = []
        alone: set[str] = set()  # one-word persons named where only persons are
        i = 0
        while i < n:
            text = doc[i].text
            if taken[i] or not name_like(text):
                i += 1
                continue
            j = i + 1
            while j < n and j - i < 4 and not taken[j]:
                nxt = doc[j].text
                if name_like(nxt) or (
                    nxt in PARTICLES and j + 1 < n and name_like(doc[j + 1].text)
                ):
                    j += 1
                else:
                    break
            while j - 1 > i and doc[j - 1].text in PARTICLES:  # never end on "de", "von"
                j -= 1
            length = j - i
            first_known = self.is_first_name(text)
            if (
                length >= 2
                and not first_known
                and (
                    text.lower() in words
                    or self.is_title(text)
                    or self.is_first_name(doc[i + 1].text)
                )
                and not self._title_before(doc, i)
            ):
                # an ordinary word before a name ("Statsminister Stefan Löfven",
                # "Motionärerna Jenny Axelsson"): the name starts at the next token
                i += 1
                continue
            # a person named by one word in a context that only persons have
            named_alone = length == 1 and (
                self._title_before(doc, i)
                or self._party_after(doc, j)
                or self._speaker_before_saying(doc, i, words)
                or (
                    first_known
                    and i > 0
                    and doc[i - 1].text in GREETINGS
                    and not doc[i - 1].whitespace_.count("\n")
                )
            )
            accept = (
                named_alone
                or (first_known and length >= 2)
                or self._title_before(doc, i)
                or self._party_after(doc, j)
                or (self._reported_speech_before(doc, i) and text.lower() not in words)
                or (
                    length >= 2
                    and self.looks_like_surname(doc[j - 1].text)
                    and text.lower() not in words
                )
            )
            if accept and j < n and doc[j].lower_ in PLACE_HEADS:
                accept = False  # a street, school or prize named after a person
            if accept and length == 1 and text in self.places:
                accept = False  # a municipality's name ("enligt Västerås")
            if accept:
                raw.append((i, j))
                if named_alone and text.lower() not in words:
                    alone.add(text)
                i = j
            else:
                i += 1

        surnames_here = {doc[e - 1].text for s, e in raw if e - s >= 2}
        canonical_by_surname: dict[str, str] = {}
        #: a given name of one person only in this document -> that person
        by_given_name: dict[str, set[str]] = {}
        for start, end in raw:
            canonical = self._canonical(doc, start, end, surnames_here, words)
            found.append(PersonMatch(start, end, canonical))
            surname = canonical.split(" ")[-1]
            if end - start >= 2 and name_like(surname):
                canonical_by_surname.setdefault(surname, canonical)
                given = canonical.split(" ")[0]
                if self.is_first_name(given):
                    by_given_name.setdefault(given, set()).add(canonical)
        for given, persons in by_given_name.items():
            if len(persons) == 1 and given not in canonical_by_surname:
                canonical_by_surname[given] = next(iter(persons))
        # a person named by one word where only persons are ("Som Carlberg påpekade",
        # "Carlberg (M)") is that person elsewhere in the document too ("påminde Carlberg")
        for name in alone:
            canonical_by_surname.setdefault(name, name)
        if canonical_by_surname:
            # a one-word match ("säger Holmgren", "Som Holmgren påpekar") is the person of
            # the document with that family name
            found = [
                PersonMatch(m.start, m.end, canonical_by_surname.get(m.canonical, m.canonical))
                if m.end - m.start == 1
                else m
                for m in found
            ]
            found.extend(self._surname_mentions(doc, taken, found, canonical_by_surname, words))
        found.sort(key=lambda m: m.start)
        return found

    def _canonical(
        self,
        doc: Doc,
        start: int,
        end: int,
        surnames_here: set[str],
        words: Container[str],
    ) -> str:
        parts = [doc[k].text for k in range(start, end)]
        last = parts[-1]
        if len(last) >= 4 and last.endswith("s") and not last.endswith("ss"):
            base = last[:-1]
            after = end + 3 if self._party_after(doc, end) else end  # "Nyströms (SD) yrkande"
            nxt = doc[after].text if after < len(doc) else ""
            followed_by_noun = nxt[:1].islower() and nxt.isalpha() and nxt not in VERBS_AFTER_NAME
            if (
                base in self.surnames
                or base in surnames_here
                or (followed_by_noun and last not in self.surnames and last not in self.first_names)
            ):
                parts[-1] = base
        return " ".join(parts)

    def _surname_mentions(
        self,
        doc: Doc,
        taken: Sequence[bool],
        found: list[PersonMatch],
        canonical_by_surname: dict[str, str],
        words: Container[str],
    ) -> list[PersonMatch]:
        covered = [False] * len(doc)
        for match in found:
            for k in range(match.start, match.end):
                covered[k] = True
        extra = []
        for k, token in enumerate(doc):
            if covered[k] or taken[k]:
                continue
            text = token.text
            canonical = canonical_by_surname.get(text)
            if canonical is None and text.endswith("s"):
                canonical = canonical_by_surname.get(text[:-1])
            if canonical is None:
                continue
            if sentence_start(doc, k) and not self._subject_at_sentence_start(doc, k, words):
                continue  # "Per år …", but "Holm får medhåll", "Eva lämnade lokalen"
            extra.append(PersonMatch(k, k + 1, canonical))
        return extra
