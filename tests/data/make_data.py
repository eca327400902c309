"""Rebuild the realistic test PDFs in tests/data/ and their ``<name>.expected.txt``.

    .venv/bin/python -m tests.data.make_data

Each document is written from clean paragraphs: the expected text is exactly what a
perfect extractor returns as ``Document.text`` (no letterhead, running headers, page
numbers or postal footers; hyphenation repaired; paragraphs separated by a blank line;
short lines such as signatures kept on their own line).  In the source strings, ``¦``
marks where a long word may be hyphenated at a line end (``kommun¦fullmäktige``); after
a real hyphen (``EU-¦medel``) the break adds no hyphen of its own.  The texts are
written for these tests in the genre of Swedish council records (no real persons' words).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
PAGE_W, PAGE_H = A4
LEFT = 72.0
BODY = ("Times-Roman", 11.5, 15.0)
BOLD = "Times-Bold"


@dataclass
class Para:
    text: str
    kind: str = "body"  # body | title | heading | lines
    size: float = 11.5


@dataclass
class Doc:
    name: str
    paragraphs: list[Para]
    letterhead: list[tuple[float, float, str, str, float]] = field(default_factory=list)
    header: str = ""  # running header on pages 2.. ("{n}" and "{total}" are filled in)
    footer: list[str] = field(default_factory=list)  # postal footer on every page
    page_numbers: str = ""  # e.g. "Sida {n} av {total}" at the page foot
    two_column_from: int | None = None  # paragraph index where two columns start
    scanned_pages: tuple[int, ...] = ()
    breaks_before: tuple[int, ...] = ()  # paragraph indexes that start a new page
    side_by_side_last: bool = False  # the last two "lines" paragraphs sit side by side
    page_bottom: float | None = None  # a higher page bottom makes short pages
    hyphenate: bool = False  # hyphenate every long lower-case word where it breaks


VOWELS = set("aeiouyåäöé")


def soft(text: str) -> str:
    """Mark break points in long lower-case words (before a consonant + vowel: kom¦mun)."""
    words = []
    for word in text.split(" "):
        core = word.rstrip(".,;:?")
        if "¦" in word or len(core) < 10 or not core.isalpha() or not core.islower():
            words.append(word)
            continue
        marked = core[:3]
        for k in range(3, len(core) - 3):
            if core[k] not in VOWELS and core[k + 1] in VOWELS:
                marked += "¦"
            marked += core[k]
        words.append(marked + core[len(core) - 3 :] + word[len(core) :])
    return " ".join(words)


def expected_text(doc: Doc) -> str:
    return "\n\n".join(p.text.replace("¦", "") for p in doc.paragraphs)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate.replace("¦", ""), font, size) <= width:
            current = candidate
            continue
        split = None
        parts = word.split("¦")
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k])
            head_shown = head if head.endswith(("-", "/")) else head + "-"
            trial = f"{current} {head_shown}" if current else head_shown
            if stringWidth(trial, font, size) <= width:
                split = (trial, "¦".join(parts[k:]))
                break
        if split:
            lines.append(split[0])
            current = split[1]
        else:
            if current:
                lines.append(current)
            current = word
    if current:
        lines.append(current)
    return [line.replace("¦", "") for line in lines]


class _Flow:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.pages: list[list[tuple[float, float, str, str, float]]] = [[]]
        self.columns = 1
        self.column = 0
        self.top = 720.0 if doc.letterhead else 770.0
        self.y = self.top
        self.bottom = doc.page_bottom or (110.0 if doc.footer else 80.0)

    def frame(self) -> tuple[float, float]:
        full = PAGE_W - 2 * LEFT
        if self.columns == 1:
            return LEFT, full
        width = (full - 24) / 2
        return LEFT + self.column * (width + 24), width

    def new_page(self) -> None:
        self.pages.append([])
        self.column = 0
        self.y = 770.0

    def advance(self) -> None:
        if self.columns == 2 and self.column == 0:
            self.column = 1
            self.y = self.column_top
        else:
            self.new_page()
            self.column_top = self.y

    def place(self, text: str, font: str, size: float, leading: float, x_offset: float = 0):
        if self.y - leading < self.bottom:
            self.advance()
        x, _ = self.frame()
        self.pages[-1].append((x + x_offset, self.y - size, text, font, size))
        self.y -= leading

    def run(self) -> list[list[tuple[float, float, str, str, float]]]:
        doc = self.doc
        side_start = len(doc.paragraphs) - 2 if doc.side_by_side_last else None
        for index, para in enumerate(doc.paragraphs):
            if index in doc.breaks_before:
                self.new_page()
            if doc.two_column_from is not None and index == doc.two_column_from:
                self.columns = 2
                self.column_top = self.y
            x, width = self.frame()
            if para.kind == "title":
                for line in _wrap(para.text, BOLD, 15, width):
                    self.place(line, BOLD, 15, 19)
                self.y -= 10
            elif para.kind == "heading":
                self.place(para.text, BOLD, 11.5, 15)
                self.y -= 4
            elif para.kind == "lines":
                if side_start is not None and index == side_start + 1:
                    self.y = self.side_y
                    offset = 260.0
                else:
                    offset = 0.0
                    self.side_y = self.y
                for line in para.text.split("\n"):
                    self.place(line, BODY[0], BODY[1], BODY[2], x_offset=offset)
                self.y -= 10
            else:
                text = soft(para.text) if doc.hyphenate else para.text
                for line in _wrap(text, BODY[0], BODY[1], width):
                    self.place(line, BODY[0], BODY[1], BODY[2])
                self.y -= 10
        return self.pages


def _scan(ops: list[tuple[float, float, str, str, float]]):
    import pypdfium2

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for x, y, text, font, size in ops:
        pdf.setFont(font, size)
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()
    document = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        return document[0].render(scale=200 / 72).to_pil().convert("L")
    finally:
        document.close()


def render(doc: Doc, out: Path) -> Path:
    pages = _Flow(doc).run()
    total = len(pages)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setCreator("kommunminne tests/data/make_data.py")
    for number, ops in enumerate(pages, 1):
        ops = list(ops)
        if number == 1:
            ops += doc.letterhead
        elif doc.header:
            ops.append((LEFT, 805, doc.header.format(n=number, total=total), "Helvetica", 8.5))
        for i, line in enumerate(doc.footer):
            ops.append((LEFT, 72 - 9 * i, line, "Helvetica", 7.5))
        if doc.page_numbers:
            text = doc.page_numbers.format(n=number, total=total)
            ops.append(((PAGE_W - stringWidth(text, "Helvetica", 8.5)) / 2, 30, text,
                        "Helvetica", 8.5))  # fmt: skip
        if number in doc.scanned_pages:
            pdf.drawImage(ImageReader(_scan(ops)), 0, 0, width=PAGE_W, height=PAGE_H)
        else:
            for x, y, text, font, size in ops:
                pdf.setFont(font, size)
                pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    out.write_bytes(buffer.getvalue())
    (out.parent / f"{out.stem}.expected.txt").write_text(expected_text(doc) + "\n", "utf-8")
    return out


POSTAL = [
    "Postadress: Uppsala kommun, Kommunledningskontoret, 753 75 Uppsala",
    "Besöksadress: Stationsgatan 12 | Telefon: 018-727 00 00 (växel)",
    "E-post: kommunledningskontoret@uppsala.se | www.uppsala.se",
]


def _kommun_letterhead(label: str, date: str, reference: str) -> list:
    return [
        (LEFT, 790, "Uppsala", "Helvetica-Bold", 18),
        (LEFT, 771, "kommun", "Helvetica-Bold", 18),
        (330, 792, label, "Helvetica-Bold", 9.5),
        (330, 779, f"Datum: {date}", "Helvetica", 9),
        (330, 767, f"Diarienummer: {reference}", "Helvetica", 9),
    ]


DOCS = [
    Doc(
        name="two_column_minutes",
        letterhead=_kommun_letterhead("PROTOKOLLSUTDRAG", "2018-10-29", "KSN-2018-1502"),
        header="Kommunfullmäktige | Protokollsutdrag    2018-10-29    {n} ({total})",
        page_numbers="",
        two_column_from=2,
        hyphenate=True,
        paragraphs=[
            Para("§ 187 Motion om bättre belysning i Stenhagen", "title"),
            Para("KSN-2018-1502"),
            Para("Beslut", "heading"),
            Para(
                "Kommunfullmäktige beslutar att bifalla motionen i den del som gäller "
                "gång- och cykel¦vägarna kring Stenhagens centrum, samt att i övrigt anse "
                "motionen besvarad."
            ),
            Para("Sammanfattning", "heading"),
            Para(
                "Cecilia Forsberg (MP) har i en motion föreslagit att kommunen ska se över "
                "belysningen i Stenhagen. Gatu- och samhälls¦miljö¦nämnden har yttrat sig "
                "och delar bedömningen att flera gång¦stråk upplevs som otrygga efter mörkrets "
                "inbrott. Nämnden har redan inventerat belysningen längs de större stråken och "
                "tagit fram en plan för utbyte av armaturer."
            ),
            Para(
                "Kommun¦styrelsen föreslår att motionen bifalls i den del som gäller "
                "gång- och cykel¦vägarna, där åtgärderna kan rymmas inom nämndens budget för "
                "2019. Övriga delar av motionen anses besvarade genom den plan som nämnden "
                "redan har beslutat om."
            ),
            Para("Yrkanden", "heading"),
            Para(
                "Cecilia Forsberg (MP) yrkar bifall till motionen i sin helhet. Ordföranden "
                "ställer proposition på kommun¦styrelsens förslag och finner att "
                "kommunfullmäktige har beslutat enligt detta."
            ),
            Para("Reservation", "heading"),
            Para(
                "Cecilia Forsberg (MP) reserverar sig mot beslutet till förmån för eget "
                "yrkande och anför att tryggheten i Stenhagen inte kan vänta på nästa "
                "budget¦år, eftersom flera av de mörkaste stråken leder till skolor och "
                "förskolor i området."
            ),
            Para("Beslutsunderlag", "heading"),
            Para("Kommunstyrelsens förslag 2018-10-03, § 201; motionen."),
        ],
    ),
    Doc(
        name="hyphenation_across_pages",
        letterhead=[
            (LEFT, 790, "Miljöpartiet i Uppsala", "Helvetica-Bold", 15),
            (LEFT, 774, "Uppsala kommunfullmäktige", "Helvetica", 10),
            (430, 790, "Dnr KSN-2018-0777", "Helvetica", 9),
        ],
        header="Miljöpartiet i Uppsala    Sida {n} av {total}",
        page_bottom=382.0,
        hyphenate=True,
        paragraphs=[
            Para("Motion om bättre belysning i Stenhagen", "title"),
            Para(
                "Stenhagen är en av Uppsalas största stadsdelar, och många av de boende "
                "rör sig till fots eller på cykel till skolor, förskolor och kollektiv¦trafik. "
                "Under vinter¦halvåret är det mörkt både på morgonen och på eftermiddagen, och "
                "flera av gång¦stråken genom stadsdelen saknar fungerande belysning. Boende "
                "har vid upprepade tillfällen hört av sig till kommunen om trasiga lampor som "
                "inte har lagats på månader."
            ),
            Para(
                "Otryggheten påverkar framför allt barn, unga och äldre. Föräldrar i "
                "Stenhagen berättar att de inte låter sina barn gå ensamma till "
                "fritids¦gården på kvällarna, och pensionärs¦föreningen har beskrivit hur "
                "medlemmar avstår från kvälls¦aktiviteter. En bättre belysning är en enkel "
                "och förhållande¦vis billig åtgärd som gör stor skillnad för den upplevda "
                "tryggheten, och den kan delvis finansieras med EU-¦medel för energi¦effektiv "
                "belysning, vilket flera andra kommuner redan har gjort."
            ),
            Para(
                "Belysningen bör planeras tillsammans med de boende, förskole- och "
                "skol¦verksamheten i området och Uppsala¦hem, så att de stråk som används "
                "mest prioriteras först. Det är också viktigt att den nya belysningen "
                "utformas så att den inte bländar och att den fungerar väl för personer med "
                "nedsatt syn. Kommunen bör dessutom se till att felanmälningar om trasiga "
                "lampor åtgärdas inom rimlig tid, och att gatu- och samhälls¦miljö¦nämnden "
                "följer upp hur lång tid det tar innan en anmälan har åtgärdats. En årlig "
                "trygghets¦vandring med de boende kan ge underlag för fortsatta förbättringar, "
                "och resultatet bör redovisas öppet för stadsdelens invånare och för de "
                "föreningar som är verksamma i området. Erfarenheterna från Gottsunda/¦"
                "Valsätra, där belysningen byttes ut längs flera stråk under 2017, visar att "
                "åtgärden uppskattas och att antalet anmälningar om skadegörelse minskar när "
                "platserna blir ljusare och mer befolkade på kvällstid."
            ),
            Para("Mot bakgrund av detta föreslår jag kommunfullmäktige besluta"),
            Para(
                "att uppdra åt gatu- och samhälls¦miljö¦nämnden att ta fram en plan för "
                "förbättrad belysning längs gång- och cykel¦vägarna i Stenhagen,"
            ),
            Para("att planen tas fram i dialog med de boende och verksam¦heterna i området, samt"),
            Para("att kommunen ansöker om EU-medel för att delfinansiera åtgärderna."),
            Para("Uppsala den 19 mars 2018"),
            Para("Cecilia Forsberg (MP)\nLedamot av kommunfullmäktige", "lines"),
        ],
    ),
    Doc(
        name="riksdag_interpellation",
        letterhead=[
            (LEFT, 790, "Sveriges riksdag", "Helvetica-Bold", 17),
            (400, 790, "Interpellation 2018/19:87", "Helvetica-Bold", 10),
            (400, 777, "2019-01-18", "Helvetica", 9),
        ],
        page_numbers="Sida {n} av {total}",
        paragraphs=[
            Para("Interpellation 2018/19:87 Polisens närvaro i Gottsunda", "title"),
            Para(
                "av Hanna Norling (C)\ntill Justitie- och inrikesminister Magnus Torstensson (S)",
                "lines",
            ),
            Para(
                "Gottsunda i Uppsala har av Polismyndigheten pekats ut som ett särskilt "
                "utsatt område. Under hösten 2018 skedde flera skjutningar i och omkring "
                "stadsdelen, och boende vittnar om en vardag där kriminella gäng tar allt "
                "större plats."
            ),
            Para(
                "Kommunfullmäktige i Uppsala ställde sig redan i februari 2017 bakom en "
                "motion om ett lokalt poliskontor. Kommunen har erbjudit lokaler och är "
                "beredd att bekosta anpassningen av dem. Ändå har inget hänt."
            ),
            Para("Mot bakgrund av detta vill jag fråga justitie- och inrikesministern:"),
            Para(
                "Avser ministern att verka för att Polismyndigheten prioriterar lokal "
                "närvaro i de särskilt utsatta områdena, och i så fall hur?"
            ),
            Para(
                "Vilka åtgärder avser ministern att vidta för att ett lokalt poliskontor i "
                "Gottsunda ska kunna öppnas inom överskådlig tid?"
            ),
        ],
    ),
    Doc(
        name="scanned_page",
        letterhead=_kommun_letterhead("KOMMUNSTYRELSEN", "2018-11-14", "KSN-2018-3377"),
        footer=POSTAL,
        header="Uppsala kommun    2018-11-14    KSN-2018-3377    {n} ({total})",
        scanned_pages=(2,),
        breaks_before=(4, 6),
        side_by_side_last=True,
        paragraphs=[
            Para("Till rikspolischef Kenneth Hedlund", "lines"),
            Para("Inbjudan till dialog om utökat samarbete", "title"),
            Para(
                "Med anledning av den senaste tidens utveckling i Uppsala önskar "
                "kommunstyrelsen och länsstyrelsen träffa rikspolischefen för en dialog om "
                "ett ytterligare stärkt samarbete för ökad trygghet i kommunen och länet."
            ),
            Para(
                "Polismyndigheten är den viktigaste samverkansparten i det lokala "
                "trygghetsskapande arbetet. Mellan kommun och polis hålls arbetet ihop på "
                "såväl strategisk nivå som på operativ nivå i den dagliga verksamheten."
            ),
            Para(
                "Gottsunda och Valsätra har av polisen utpekats som ett särskilt utsatt "
                "område. Ett lokalt poliskontor i Gottsunda är en sedan länge efterfrågad "
                "åtgärd som kommunfullmäktige ställde sig bakom redan i februari 2017."
            ),
            Para("Med förhoppning om att kunna mötas snarast,"),
            Para("Anders Holmgren\nKommunstyrelsens ordförande", "lines"),
            Para("Birgitta Hellström\nLandshövding i Uppsala län", "lines"),
        ],
    ),
]


def main() -> None:
    for doc in DOCS:
        path = render(doc, HERE / f"{doc.name}.pdf")
        print(f"wrote {path.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
