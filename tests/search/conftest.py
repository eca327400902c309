"""Fixtures for the search tests: Documents made here, indexed in a real on-disk index."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kommunminne.model import Commitment, Document, Entity, Person
from search import SearchIndex


def make_doc(
    name: str,
    *,
    doc_type: str = "other",
    title: str = "",
    date: str | None = None,
    text: str = "",
    reference: str | None = None,
    authors: list[Person] | None = None,
    addressed: list[Person] | None = None,
    questions: list[str] | None = None,
    proposals: list[str] | None = None,
    entities: list[tuple[str, str]] | None = None,  # (label, canonical)
    commitments: list[tuple[str, str, str | None, list[str]]] | None = None,
) -> Document:
    """A Document as the pipeline would index it (entities without real offsets)."""
    # like real documents, the questions, att-clauses and commitments stand in the text
    body = [text, *(questions or []), *(proposals or []), *(c[0] for c in commitments or [])]
    full_text = "\n\n".join(part for part in [title, *body] if part)
    return Document(
        source=f"{name}.pdf",
        sha256=hashlib.sha256(name.encode()).hexdigest(),
        doc_type=doc_type,
        title=title,
        date=date,
        reference=reference,
        authors=authors or [],
        addressed=addressed or [],
        text=full_text,
        questions=questions or [],
        proposals=proposals or [],
        entities=[
            Entity(text=c, label=label, canonical=c, start=0, end=0, page=1)
            for label, c in entities or []
        ],
        commitments=[
            Commitment(
                text=t,
                stance=stance,
                actor=actor,
                deadline=None,
                entities=ents,
                page=1,
                start=0,
                end=0,
            )
            for t, stance, actor, ents in commitments or []
        ],
    )


KARIN = Person("Karin Lindqvist", "M", "Ledamot av kommunfullmäktige")
ANDERS = Person("Anders Holmgren", "S", "Kommunstyrelsens ordförande")


def sample_documents() -> list[Document]:
    return [
        make_doc(
            "interp-kameror",
            doc_type="interpellation",
            title="Interpellation om kameraövervakning i Gottsunda",
            date="2017-03-06",
            reference="KSN-2017-0412",
            authors=[KARIN],
            addressed=[ANDERS],
            text="Boende i Gottsunda känner otrygghet. Polisen har pekat ut området.",
            questions=[
                "Är du beredd att ansöka om tillstånd till kameraövervakning i Gottsunda?",
                "Vilken tidsplan har kommunen?",
            ],
            entities=[("DISTRICT", "Gottsunda"), ("AGENCY", "Polismyndigheten")],
        ),
        make_doc(
            "svar-kameror",
            doc_type="answer",
            title="Svar på interpellation om kameraövervakning i Gottsunda",
            date="2017-04-24",
            reference="KSN-2017-0412",
            authors=[ANDERS],
            addressed=[KARIN],
            text="Karin Lindqvist (M) har ställt frågor om kameror. Tryggheten är viktig.",
            entities=[("DISTRICT", "Gottsunda"), ("DISTRICT", "Stenhagen")],
            commitments=[
                (
                    "Kommunen kommer att ansöka om kameraövervakning av Gottsunda centrum.",
                    "commit",
                    "Uppsala kommun",
                    ["Gottsunda"],
                ),
                (
                    "Jag ser inget behov av kameraövervakning i Stenhagen.",
                    "decline",
                    "Anders Holmgren",
                    ["Stenhagen"],
                ),
            ],
        ),
        # dated between the interpellation and its answer: must not split the pair
        make_doc(
            "rapport-kameror",
            doc_type="report",
            title="Lägesrapport om trygghet",
            date="2017-04-01",
            text="Frågan om kameraövervakning i centrum bereds av kommunledningskontoret.",
            entities=[("COUNCIL_BODY", "Kommunledningskontoret")],
        ),
        make_doc(
            "motion-poliskontor",
            doc_type="motion",
            title="Motion om ett lokalt poliskontor i Gottsunda",
            date="2016-09-12",
            authors=[Person("Johan Ekström", "KD", None)],
            text="Ett poliskontor skulle stärka tryggheten. Förskolan i området behöver stöd.",
            proposals=["att kommunen verkar för ett lokalt poliskontor i Gottsunda"],
            entities=[("DISTRICT", "Gottsunda"), ("MEASURE", "lokalt poliskontor")],
        ),
        make_doc(
            "interp-vakter",
            doc_type="interpellation",
            title="Interpellation om trygghetsvakter i Stenhagen",
            date="2022-03-14",
            authors=[Person("Sara Berg", "L", None)],
            addressed=[ANDERS],
            text="Trygghetsvakterna har gjort skillnad i city. Beslutet från nämnden dröjer.",
            questions=["Är du beredd att införa trygghetsvakter i Stenhagen?"],
            entities=[("DISTRICT", "Stenhagen"), ("MEASURE", "trygghetsvakter")],
        ),
        make_doc(
            "protokoll-skript",
            doc_type="minutes",
            title="Protokoll <script>alert(1)</script>",
            date="2019-05-20",
            text="Ärendet om <script>alert('x')</script> kameror & skyltar behandlades.",
        ),
    ]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """A real on-disk index of ``sample_documents()`` (shared by a module's tests)."""
    path: Path = tmp_path_factory.mktemp("index") / "index"
    built = SearchIndex.create(path)
    built.add_documents(sample_documents())
    return built


@pytest.fixture
def fresh_index(tmp_path: Path) -> SearchIndex:
    """An empty index of the test's own."""
    return SearchIndex.create(tmp_path / "index")
