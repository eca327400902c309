"""Helpers for the pipeline tests: small real PDFs (reportlab) and consistency checks."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kommunminne.config import Settings

# Each record: (file name, title, body paragraphs).  The first paragraph of each ends in
# a made-up marker word (kolibrimarkering, …) found in no other record, so that a search
# can tell the documents apart.
RECORDS: list[tuple[str, str, list[str]]] = [
    (
        "2019-03-04_interpellation_kameror.pdf",
        "Interpellation om kameraövervakning i Gottsunda",
        [
            "Till kommunstyrelsens ordförande. Tryggheten i Gottsunda centrum har minskat "
            "och många boende vittnar om oro på kvällarna, särskilt kring torget vid "
            "Valthornsvägen och gångtunnlarna mot Valsätra kolibrimarkering.",
            "Polismyndigheten har ansökt om tillstånd för kameraövervakning men beskedet "
            "dröjer. Samverkan mellan kommunen och polisen behöver stärkas.",
            "Är du beredd att verka för att kameraövervakning införs i Gottsunda centrum "
            "under 2019?",
        ],
    ),
    (
        "2019-04-15_svar_kameror.pdf",
        "Svar på interpellation om kameraövervakning i Gottsunda",
        [
            "Kommunstyrelsens ordförande har fått frågor om kameraövervakning i Gottsunda "
            "och svarar här på dem pelikanmarkering.",
            "Kommunen kommer att ansöka om kameraövervakning tillsammans med "
            "Polismyndigheten och vi ska återkomma med en plan före årets slut.",
            "Jag ser däremot inget behov av fler trygghetsvakter i Valsätra just nu.",
        ],
    ),
    (
        "2018-11-14_skrivelse_rikspolischef.pdf",
        "Skrivelse till rikspolischefen om polisnärvaro i Uppsala",
        [
            "Uppsala kommun och Länsstyrelsen i Uppsala län bjuder in rikspolischefen "
            "till ett möte om polisnärvaron i Stenhagen och Gränby tranmarkering.",
            "Vi vill gemensamt diskutera hur det brottsförebyggande arbetet kan utvecklas "
            "och hur kommunen kan bidra med lokaler för ett nytt poliskontor.",
        ],
    ),
    (
        "2017-10-02_motion_trygghetsvakter.pdf",
        "Motion om trygghetsvakter i city",
        [
            "Vi föreslår att kommunfullmäktige ger kommunstyrelsen i uppdrag att anställa "
            "kommunala trygghetsvakter i city och i Gottsunda storkmarkering.",
            "Trygghetsvakterna ska samarbeta med polisen och med fältassistenterna inom "
            "socialnämndens verksamhet.",
        ],
    ),
]


def write_pdf(path: Path, title: str, paragraphs: list[str], *, pages: int = 1) -> Path:
    """A real text PDF (Helvetica, A4, wrapped lines), byte-identical for the same input."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for page in range(pages):
        y = height - 72
        pdf.setFont("Helvetica-Bold", 14)
        if page == 0:
            pdf.drawString(72, y, title)
            y -= 32
        pdf.setFont("Helvetica", 11)
        for paragraph in paragraphs:
            line = ""
            for word in paragraph.split():
                if pdf.stringWidth(f"{line} {word}", "Helvetica", 11) > width - 144:
                    pdf.drawString(72, y, line)
                    y -= 15
                    line = word
                else:
                    line = f"{line} {word}".strip()
            if line:
                pdf.drawString(72, y, line)
            y -= 26
        pdf.showPage()
    pdf.save()
    return path


def write_records(folder: Path, records: list[tuple[str, str, list[str]]] = RECORDS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write_pdf(folder / name, title, body) for name, title, body in records]


def doc_id_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def snapshot(data_dir: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under the data dir (but the lock file): size, mtime and hash."""
    result = {}
    for path in sorted(Path(data_dir).rglob("*")):
        if path.is_file() and path.name != ".kommunminne.lock":
            content = path.read_bytes()
            result[str(path.relative_to(data_dir))] = (
                len(content),
                path.stat().st_mtime_ns,
                hashlib.sha256(content).hexdigest(),
            )
    return result


def index_ids(settings: Settings) -> set[str]:
    from search import SearchIndex

    return set(SearchIndex.open(settings.index_dir).document_ids())


def search_ids(settings: Settings, query: str) -> set[str]:
    from search import SearchIndex, SearchRequest

    response = SearchIndex.open(settings.index_dir).search(SearchRequest(query=query, limit=100))
    return {hit["id"] for hit in response.to_dict()["hits"]}


def manifest_doc_ids(settings: Settings) -> set[str]:
    from kommunminne.manifest import MANIFEST_NAME, Manifest

    return Manifest.load(settings.data_dir / MANIFEST_NAME).doc_ids()


def assert_consistent(settings: Settings) -> set[str]:
    """Store, index and manifest name the same documents; returns their ids."""
    from kommunminne.store import DocumentStore

    stored = set(DocumentStore(settings.store_dir).ids())
    assert index_ids(settings) == stored
    assert manifest_doc_ids(settings) == stored
    return stored
