"""A small data directory for the web tests: real store, real Whoosh index, one real PDF.

The documents are written here (not taken from the corpus), with entities and
commitments at exact offsets, so that the tests know what every page must show.  One
letter carries ``<script>alert(1)</script>`` and ``"quotes" & ampersands`` in its title
and text, to check the escaping.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from kommunminne.config import Settings
from kommunminne.datadir import ensure_index_dir
from kommunminne.model import Commitment, Document, Entity, Page, Person
from kommunminne.store import DocumentStore

SCRIPT = "<script>alert(1)</script>"
QUOTES = '"quotes" & ampersands'


@dataclass
class Spec:
    source: str
    doc_type: str
    date: str | None
    title: str
    pages: list[str]
    reference: str | None = None
    authors: list[Person] = field(default_factory=list)
    addressed: list[Person] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    proposals: list[str] = field(default_factory=list)
    #: (surface, label, canonical): every occurrence of surface is tagged
    entities: list[tuple[str, str, str]] = field(default_factory=list)
    #: (sentence, stance, actor, deadline, entity canonicals)
    commitments: list[tuple[str, str, str | None, str | None, list[str]]] = field(
        default_factory=list
    )


def build(spec: Spec) -> Document:
    text = "\n\n".join(spec.pages)
    pages = [Page(number=n, text=t) for n, t in enumerate(spec.pages, 1)]
    doc = Document(
        source=spec.source,
        sha256=hashlib.sha256((spec.source + text).encode()).hexdigest(),
        doc_type=spec.doc_type,
        title=spec.title,
        date=spec.date,
        reference=spec.reference,
        authors=spec.authors,
        addressed=spec.addressed,
        pages=pages,
        text=text,
        questions=spec.questions,
        proposals=spec.proposals,
    )
    for surface, label, canonical in spec.entities:
        start = text.find(surface)
        assert start >= 0, surface
        while start >= 0:
            end = start + len(surface)
            doc.entities.append(Entity(surface, label, canonical, start, end, doc.page_at(start)))
            start = text.find(surface, end)
    doc.entities.sort(key=lambda e: e.start)
    for sentence, stance, actor, deadline, names in spec.commitments:
        start = text.find(sentence)
        assert start >= 0, sentence
        doc.commitments.append(
            Commitment(
                sentence, stance, actor, deadline, names, doc.page_at(start), start,
                start + len(sentence),
            )
        )  # fmt: skip
    return doc


KARIN = Person("Karin Lindqvist", "M", "Ledamot av kommunfullmäktige")
ANDERS = Person("Anders Holmgren", "S", "Kommunstyrelsens ordförande")
JONAS = Person("Jonas Segersam", "KD", "Ledamot")

Q1 = (
    "Är du beredd att verka för att kommunen ansöker om tillstånd till "
    "kameraövervakning i Gottsunda centrum?"
)
Q2 = "Vilken tidsplan har kommunen för kameraövervakning i Valsätra?"
COMMIT = "Kommunen kommer att ansöka om kameraövervakning i Gottsunda centrum under 2018."
DECLINE = "Jag ser inget behov av kameror i Valsätra i nuläget."
REPORT_COMMIT = "Vi ska utöka trygghetsvakterna till Stenhagen under 2020."

SPECS: list[Spec] = [
    Spec(
        source="2016-09-12_motion_poliskontor.pdf",
        doc_type="motion",
        date="2016-09-12",
        title="Motion om poliskontor i Gottsunda",
        reference="KSN-2016-0815",
        authors=[JONAS],
        pages=[
            "Motion om poliskontor i Gottsunda\n\nTryggheten i Gottsunda har minskat. "
            "Polismyndigheten behöver finnas på plats.",
            "Jag föreslår kommunfullmäktige\n\natt kommunen verkar för ett poliskontor i "
            "Gottsunda.",
        ],
        proposals=["att kommunen verkar för ett poliskontor i Gottsunda."],
        entities=[
            ("Gottsunda", "DISTRICT", "Gottsunda"),
            ("Polismyndigheten", "AGENCY", "Polismyndigheten"),
            ("kommunfullmäktige", "COUNCIL_BODY", "Kommunfullmäktige"),
            ("poliskontor", "MEASURE", "poliskontor"),
        ],
    ),
    Spec(
        source="2017-03-06_interpellation_kameror.pdf",
        doc_type="interpellation",
        date="2017-03-06",
        title="Interpellation om kameraövervakning i Gottsunda och Valsätra",
        reference="KSN-2017-0412",
        authors=[KARIN],
        addressed=[ANDERS],
        pages=[
            "Interpellation om kameraövervakning i Gottsunda och Valsätra\n\nTill "
            "kommunstyrelsens ordförande Anders Holmgren (S)\n\nBoende i Gottsunda och "
            "Valsätra vittnar om otrygghet. Polismyndigheten har pekat ut området.",
            f"1. {Q1}\n\n2. {Q2}\n\nUppsala den 6 mars 2017\n\nKarin Lindqvist (M)",
        ],
        questions=[Q1, Q2],
        entities=[
            ("kameraövervakning", "MEASURE", "kameraövervakning"),
            ("Gottsunda", "DISTRICT", "Gottsunda"),
            ("Valsätra", "DISTRICT", "Valsätra"),
            ("Polismyndigheten", "AGENCY", "Polismyndigheten"),
            ("Anders Holmgren", "PERSON", "Anders Holmgren"),
        ],
    ),
    Spec(
        source="2017-04-24_svar_kameror.pdf",
        doc_type="answer",
        date="2017-04-24",
        title="Svar på interpellation om kameraövervakning i Gottsunda och Valsätra",
        reference="KSN-2017-0412",
        authors=[ANDERS],
        addressed=[KARIN],
        pages=[
            "Svar på interpellation om kameraövervakning i Gottsunda och Valsätra\n\n"
            "Karin Lindqvist (M) har ställt frågor om kameraövervakning.\n\n"
            f"{COMMIT} Arbetet sker tillsammans med Polismyndigheten.",
            f"{DECLINE}\n\nAnders Holmgren (S)\nKommunstyrelsens ordförande",
        ],
        entities=[
            ("kameraövervakning", "MEASURE", "kameraövervakning"),
            ("Gottsunda", "DISTRICT", "Gottsunda"),
            ("Valsätra", "DISTRICT", "Valsätra"),
            ("Polismyndigheten", "AGENCY", "Polismyndigheten"),
        ],
        commitments=[
            (COMMIT, "commit", "Kommunstyrelsen", "2018-12-31", ["kameraövervakning", "Gottsunda"]),
            (DECLINE, "decline", "Anders Holmgren", None, ["Valsätra"]),
        ],
    ),
    Spec(
        source="2018-11-14_skrivelse_script.pdf",
        doc_type="letter",
        date="2018-11-14",
        title=f"Skrivelse om {SCRIPT} och {QUOTES}",
        authors=[Person('Eva "Evi" <b>Berg</b>', "L", None)],
        pages=[
            f"Skrivelse om trygghetsvakter\n\nTexten innehåller {SCRIPT} och {QUOTES} "
            "samt trygghetsvakter i Gottsunda.",
            '=HYPERLINK("http://example.invalid") står först i ett stycke.',
        ],
        entities=[("Gottsunda", "DISTRICT", "Gottsunda")],
    ),
    Spec(
        source="2019-02-11_rapport_trygghetsvakter.pdf",
        doc_type="report",
        date="2019-02-11",
        title="Utvärdering av trygghetsvakter i Stenhagen",
        reference="KSN-2019-0101",
        authors=[Person("Stadsbyggnadsförvaltningen")],
        pages=[
            "Utvärdering av trygghetsvakter i Stenhagen\n\nTrygghetsvakterna i Stenhagen "
            f"har minskat oron. {REPORT_COMMIT}",
        ],
        entities=[
            ("Stenhagen", "DISTRICT", "Stenhagen"),
            ("trygghetsvakter", "MEASURE", "trygghetsvakter"),
        ],
        commitments=[
            (REPORT_COMMIT, "commit", "Kommunstyrelsen", "2020-12-31", ["Stenhagen"]),
        ],
    ),
    Spec(
        source="2017-02-27_protokoll_kf.pdf",
        doc_type="minutes",
        date="2017-02-27",
        title="Protokoll kommunfullmäktige 27 februari 2017",
        pages=[
            "Protokoll kommunfullmäktige\n\n§ 12 Motion om poliskontor i Gottsunda. "
            "Kommunfullmäktige beslutar att bifalla motionen.",
        ],
        entities=[
            ("Gottsunda", "DISTRICT", "Gottsunda"),
            ("Kommunfullmäktige", "COUNCIL_BODY", "Kommunfullmäktige"),
        ],
    ),
]


def sample_documents() -> list[Document]:
    return [build(spec) for spec in SPECS]


def by_source(docs: list[Document], fragment: str) -> Document:
    return next(doc for doc in docs if fragment in doc.source)


def write_pdf(path: Path, pages: list[str]) -> None:
    """A real multi-page PDF (reportlab) with the pages' first lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for text in pages:
        y = 800
        for line in text.splitlines()[:40]:
            pdf.drawString(60, y, line[:90])
            y -= 16
        pdf.showPage()
    pdf.save()


def build_data_dir(data_dir: Path, docs: list[Document] | None = None) -> Settings:
    """Store ``docs`` (the interpellation with its PDF) and index them, as ingest would."""
    from search import SearchIndex

    settings = Settings.load(data_dir)
    docs = sample_documents() if docs is None else docs
    store = DocumentStore(settings.store_dir)
    for doc in docs:
        pdf = None
        if doc.doc_type == "interpellation":
            pdf = data_dir / "upload.pdf"
            write_pdf(pdf, [page.text for page in doc.pages])
        store.put(doc, path=f"/arkiv/{doc.source}", pdf=pdf)
    index = SearchIndex.open_or_create(ensure_index_dir(settings.index_dir))
    index.add_documents(docs)
    return settings
