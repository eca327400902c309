"""Scale generator: council records in the sample corpus's genre, deterministic from a seed.

``generate_documents(n, seed)`` yields ``kommunminne.model.Document`` objects with the
metadata filled as extraction would fill it (pages, text, doc_type, date, reference, title,
authors, addressed, questions, proposals; ``sha256`` of a deterministic byte rendering of
the document).  ``render_pdfs(n, out_dir, seed)`` renders the first ``n`` of them to PDF
with the corpus renderer (letterheads, running headers, hyphenation, two-column minutes).

Documents come from a small template grammar over the vocabularies of ``corpus.lexicon``
(districts, agencies, council bodies, measures, parties, fictional persons): interpellations
with numbered questions, answers with commitments and declines, motions with
``att``-proposals, minutes with § paragraphs, letters and follow-up reports, 300-1500 words.

Command line: ``python -m corpus.generate N [--seed S] [--pdf DIR]`` prints a summary, or
renders N PDFs to DIR.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from corpus.lexicon import AGENCIES, COUNCIL_BODIES, DISTRICTS, MEASURES, PARTY_ABBREVIATIONS
from kommunminne.model import Document, Page, Person

_DISTRICTS = sorted(DISTRICTS)
_AGENCIES = [forms[0] for forms in AGENCIES.values()]
_BODIES = [
    "Kommunstyrelsen",
    "Socialnämnden",
    "Utbildningsnämnden",
    "Äldrenämnden",
    "Kulturnämnden",
    "Gatu- och samhällsmiljönämnden",
    "Plan- och byggnadsnämnden",
    "Idrotts- och fritidsnämnden",
    "Omsorgsnämnden",
    "Arbetsmarknadsnämnden",
]
_COMPANIES = ["Uppsalahem", "Uppsala Vatten", "Skolfastigheter"]
_OFFICES = [
    "Kommunledningskontoret",
    "Stadsbyggnadsförvaltningen",
    "Socialförvaltningen",
    "Utbildningsförvaltningen",
]
assert all(b in COUNCIL_BODIES for b in _BODIES + _COMPANIES + _OFFICES)
_MEASURES = [
    "kameraövervakning",
    "ett lokalt poliskontor",
    "trygghetsvakter",
    "fältassistenter",
    "grannsamverkan",
    "ett medborgarlöfte",
    "SSP-samverkan",
    "en handlingsplan för ökad trygghet",
    "ett nytt samverkansavtal",
    "trygghetsvandringar",
    "bättre belysning",
    "ordningsvakter",
    "fler områdespoliser",
    "Bostad först",
    "nattvandring",
    "skolskjuts",
    "fler förskoleplatser",
    "en ny gång- och cykelväg",
    "en ny simhall",
    "platsgaranti i äldreboende",
    "sommarjobb för unga",
    "en trygghetsmätning",
    "en lokal lägesbild",
    "ett akutboende",
    "vräkningsförebyggande arbete",
    "fler fritidsgårdar",
    "ökad polisnärvaro",
    "avhopparverksamhet",
]
assert len(_MEASURES) == len(MEASURES)
_FIRST = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Johan",
    "Sara",
    "Per",
    "Emma",
    "Mikael",
    "Elin",
    "Anders",
    "Fatima",
    "Ali",
    "Ingrid",
    "Jonas",
    "Linnea",
    "Oskar",
    "Helena",
    "Mohammed",
    "Sofia",
    "Gustav",
    "Ebba",
    "Nils",
    "Amina",
    "Viktor",
    "Malin",
    "Björn",
    "Hanna",
    "Tobias",
    "Leila",
    "Kristina",
    "Mats",
    "Rebecka",
    "Daniel",
    "Ylva",
]
_LAST = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Lindberg",
    "Lindqvist",
    "Berg",
    "Forsberg",
    "Sandberg",
    "Holm",
    "Ekström",
    "Lundgren",
    "Hassan",
    "Mohammadi",
    "Sjöberg",
    "Wallin",
    "Engström",
    "Danielsson",
    "Håkansson",
    "Lundin",
    "Björk",
    "Nyström",
    "Falk",
    "Bergström",
    "Öberg",
    "Åkesson",
    "Strand",
    "Hedlund",
]
_PARTIES = sorted(k for k in PARTY_ABBREVIATIONS if k != "FP")
_ROLES = [
    "Ledamot av kommunfullmäktige",
    "Gruppledare",
    "Ersättare i kommunfullmäktige",
    "Kommunalråd",
]
_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
_TYPES = ["interpellation", "answer", "motion", "minutes", "letter", "report", "decision"]
_TYPE_WEIGHTS = [22, 22, 16, 14, 8, 14, 4]
_CHAIR_ROLE = "Kommunstyrelsens ordförande"

# ------------------------------------------------------------------------ sentence bank
_CONTEXT = [
    "Under de senaste åren har boende i {d} vittnat om en ökande otrygghet, inte minst "
    "kvällstid vid centrumanläggningen och busshållplatserna.",
    "Enligt {a} har antalet anmälda brott i {d} ökat med nästan {p} procent sedan {y0}.",
    "Kommunens trygghetsmätning från {y0} visar att andelen invånare i {d} som känner sig "
    "trygga utomhus på kvällen har minskat till {p} procent.",
    "Frågan om {m} har diskuterats i {b} vid flera tillfällen utan att något konkret beslut "
    "har fattats.",
    "Erfarenheterna från andra kommuner, bland annat Örebro, Västerås och Linköping, visar att "
    "{m} kan ge goda resultat när insatsen planeras tillsammans med {a}.",
    "{a} har i sin lägesbild för {y0} pekat på en oroande utveckling i {d}, där unga "
    "rekryteras till kriminella nätverk allt tidigare.",
    "Många föräldrar i {d} berättar att de inte låter sina barn gå ensamma till skolan eller "
    "fritidsgården efter mörkrets inbrott.",
    "Det samverkansavtal som kommunen har tecknat med {a} ger en god grund, men avtalet "
    "behöver omsättas i konkreta åtgärder i de stadsdelar där behoven är störst.",
    "{b} har det övergripande ansvaret för frågan, medan {c} svarar för de fastigheter och "
    "utemiljöer som berörs.",
    "Kostnaden för {m} uppskattades i budgetunderlaget för {y0} till omkring {p} miljoner kronor "
    "per år.",
    "Under {y0} genomfördes en trygghetsvandring i {d} tillsammans med boende, {c} och polisen, "
    "och deltagarna pekade ut ett tjugotal platser som upplevs som otrygga.",
    "Socialtjänsten och räddningstjänsten deltar varje vecka i de samverkansmöten där helgens "
    "riskbedömning tas fram tillsammans med polisen.",
    "Länsstyrelsen i Uppsala län har ett samordnande ansvar för det brottsförebyggande arbetet i "
    "länet och har under {y0} avsatt medel för lokala insatser.",
    "Region Uppsala och kommunen delar ansvaret för barn och unga med psykisk ohälsa, och "
    "gränsdragningen mellan huvudmännen har länge varit otydlig.",
    "Behovet av {m} i {d} har påtalats av både föreningslivet och de lokala företagarna.",
    "Frågan berör flera nämnder, och det har i praktiken varit oklart vem som bär ansvaret för "
    "att åtgärderna genomförs.",
    "Brottsförebyggande rådet har i flera studier visat att effekten av {m} är störst när "
    "insatsen är långsiktig och följs upp systematiskt.",
    "I {d} bor i dag omkring {p} 000 människor, och stadsdelen växer snabbt genom ny bebyggelse.",
]
_PAST = [
    "{b} beslutade i {mon} {y0} att ge {o} i uppdrag att utreda frågan.",
    "Under {y0} har {m} genomförts i {d}, och de första erfarenheterna är goda.",
    "Arbetet med {m} påbörjades redan {y0} men avstannade när projektmedlen tog slut.",
    "{a} har enligt sitt regleringsbrev ett ansvar för att stödja kommunerna i arbetet.",
    "Polisen ska enligt sin egen planering förstärka närvaron i {d} under året.",
    "Om tillstånd beviljas kan arbetet påbörjas tidigast under {y1}.",
    "Det har tidigare funnits planer på {m} i {d}, men de genomfördes aldrig.",
    "Uppdraget redovisades för {b} i {mon} {y0}, ungefär ett halvår senare än planerat.",
    "{o} har under året haft svårt att rekrytera personal, vilket har försenat arbetet.",
    "Insatsen har utvärderats av Uppsala universitet, och utvärderingen visar blandade resultat.",
]
_COMMIT = [
    ("{o} kommer att ta fram ett förslag om {m} i {d} och redovisa det för {b} {dl}.", "{o}"),
    ("Vi ska genomföra {m} i {d} {dl}.", "{author}"),
    ("Kommunen kommer att inleda arbetet med {m} i {d} {dl}.", "Uppsala kommun"),
    ("{b} avser att tillsammans med {a} införa {m} i {d} {dl}.", "{b}"),
    ("{o} har fått i uppdrag att utreda {m} i {d} och återkomma {dl}.", "{o}"),
    ("Jag avser att återkomma till fullmäktige med en redovisning av {m} {dl}.", "{author}"),
    ("Vi bjuder in {a} och de boende i {d} till ett dialogmöte om {m} {dl}.", "{author}"),
    ("Det är beslutat att {m} ska finnas på plats i {d} {dl}.", "{b}"),
    ("{c} planerar att genomföra {m} i sina bostadsområden i {d} {dl}.", "{c}"),
    ("Kommunen ska tillsammans med {a} följa upp {m} i {d} {dl}.", "Uppsala kommun"),
    ("{b} kommer att avsätta medel för {m} i budgeten för {y1}.", "{b}"),
    ("Jag kommer att verka för att {m} blir verklighet i {d} {dl}.", "{author}"),
]
_DECLINE = [
    ("Jag ser inget behov av {m} i {d} i nuläget.", "{author}"),
    ("Det är inte aktuellt att införa {m} i {d} under den här mandatperioden.", "{author}"),
    ("{b} har beslutat att inte gå vidare med {m} i {d}.", "{b}"),
    (
        "Kommunen avser inte att finansiera {m} i {d}, eftersom ansvaret ligger hos {a}.",
        "Uppsala kommun",
    ),
    ("Vi kommer inte att prioritera {m} i {d} innan utvärderingen är klar.", "{author}"),
]
_QUESTIONS = [
    "Är du beredd att verka för {m} i {d}?",
    "Vilken tidsplan har kommunen för {m} i {d}?",
    "Hur avser du att följa upp effekten av {m}, och när kommer uppföljningen att redovisas?",
    "Kan du tänka dig att pröva {m} även i {d2}?",
    "Vilka åtgärder avser du att vidta tillsammans med {a} för att öka tryggheten i {d}?",
    "Varför har det uppdrag som {b} fick {y0} ännu inte redovisats?",
    "Hur säkerställer du att {c} tar sitt ansvar för utemiljön i {d}?",
]
_PROPOSALS = [
    "att uppdra åt {b} att utreda förutsättningarna för {m} i {d},",
    "att uppdra åt kommunstyrelsen att i dialog med {a} verka för {m} i {d},",
    "att {m} i {d} ska vara på plats senast {y1},",
    "att uppdra åt {b} att tillsammans med {c} ta fram en plan för {m},",
    "att kommunstyrelsen årligen redovisar arbetet med {m} för kommunfullmäktige,",
]
_DEADLINES = [
    "senast under våren {y1}",
    "före sommaren {y1}",
    "under hösten {y1}",
    "under {y1}",
    "till årsskiftet {y1}/{y2}",
    "senast den 31 mars {y1}",
    "under första halvåret {y1}",
    "i september {y1}",
    "inom två år",
]


def _person(rng: random.Random, party: bool = True) -> Person:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    return Person(
        name, rng.choice(_PARTIES) if party else None, rng.choice(_ROLES) if party else None
    )


def _long_date(year: int, month: int, day: int) -> str:
    return f"{day} {_MONTHS[month - 1]} {year}"


class _Writer:
    """Fills templates for one document; keeps its own vocabulary draws."""

    def __init__(self, rng: random.Random, year: int, author: Person) -> None:
        self.rng = rng
        self.year = year
        self.author = author
        self.d, self.d2 = rng.sample(_DISTRICTS, 2)
        self.m = rng.choice(_MEASURES)
        self.a = rng.choice(_AGENCIES)
        self.b = rng.choice(_BODIES)
        self.c = rng.choice(_COMPANIES)
        self.o = rng.choice(_OFFICES)

    def fill(self, template: str) -> str:
        rng = self.rng
        y1 = self.year + rng.choice((0, 1, 1, 2))
        values = {
            "d": self.d if rng.random() < 0.8 else rng.choice(_DISTRICTS),
            "d2": self.d2,
            "m": self.m,
            "a": self.a,
            "b": self.b,
            "c": self.c,
            "o": self.o,
            "y0": self.year - rng.choice((1, 2, 3)),
            "y1": y1,
            "y2": y1 + 1,
            "p": rng.randint(3, 60),
            "mon": rng.choice(_MONTHS),
            "author": self.author.name,
        }
        values["dl"] = rng.choice(_DEADLINES).format(**values)
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def paragraph(self, pool: list[str], n: int) -> str:
        return " ".join(self.fill(t) for t in self.rng.sample(pool, min(n, len(pool))))

    def commitment_paragraph(self) -> str:
        sentences = [self.fill(self.rng.choice(_CONTEXT + _PAST))]
        for _ in range(self.rng.randint(1, 2)):
            template, _actor = self.rng.choice(_COMMIT)
            sentences.append(self.fill(template))
        if self.rng.random() < 0.35:
            sentences.append(self.fill(self.rng.choice(_DECLINE)[0]))
        sentences.append(self.fill(self.rng.choice(_PAST)))
        return " ".join(sentences)


def _compose(rng: random.Random, index: int) -> dict:
    """One document as header fields and a list of (kind, text) blocks."""
    doc_type = rng.choices(_TYPES, _TYPE_WEIGHTS)[0]
    year = rng.randint(2016, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    date = f"{year}-{month:02d}-{day:02d}"
    prefix = {
        "Gatu- och samhällsmiljönämnden": "GSN",
        "Socialnämnden": "SCN",
        "Utbildningsnämnden": "UBN",
    }
    politician = _person(rng)
    chair = Person(f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", rng.choice(("S", "M")), _CHAIR_ROLE)
    author = chair if doc_type in ("answer", "letter", "decision") else politician
    w = _Writer(rng, year, author)
    reference = f"{prefix.get(w.b, 'KSN')}-{year}-{rng.randint(1, 4999):04d}"
    blocks: list[tuple[str, str]] = []
    questions: list[str] = []
    proposals: list[str] = []
    addressed: list[Person] = []
    authors = [author]
    size = rng.choice((4, 5, 6, 7, 8, 10, 12, 16))
    topic = w.m.removeprefix("ett ").removeprefix("en ")
    if doc_type == "interpellation":
        title = f"Interpellation om {topic} i {w.d}"
        addressed = [chair]
        blocks.append(("title", title))
        blocks.append(("lines", f"Till kommunstyrelsens ordförande {chair.name} ({chair.party})"))
        for _ in range(size // 2 + 1):
            blocks.append(("para", w.paragraph(_CONTEXT + _PAST, rng.randint(4, 7))))
        blocks.append(("para", "Mot bakgrund av detta vill jag ställa följande frågor:"))
        for i, template in enumerate(rng.sample(_QUESTIONS, rng.randint(2, 5)), 1):
            question = w.fill(template)
            questions.append(question)
            blocks.append(("para", f"{i}. {question}"))
        blocks.append(("para", f"Uppsala den {_long_date(year, month, day)}"))
    elif doc_type == "answer":
        title = f"Svar på interpellation om {topic} i {w.d}"
        addressed = [politician]
        blocks.append(("title", title))
        blocks.append(
            (
                "para",
                f"{politician.name} ({politician.party}) har i en interpellation "
                f"ställt frågor om {topic} i {w.d}.",
            )
        )
        blocks.append(("para", w.paragraph(_CONTEXT, rng.randint(3, 5))))
        for template in rng.sample(_QUESTIONS, rng.randint(2, 4)):
            blocks.append(("para", w.fill(template)))
            for _ in range(max(1, size // 3)):
                blocks.append(("para", w.commitment_paragraph()))
    elif doc_type == "motion":
        title = f"Motion om {topic} i {w.d}"
        blocks.append(("title", title))
        for _ in range(size // 2 + 1):
            blocks.append(("para", w.paragraph(_CONTEXT + _PAST, rng.randint(4, 7))))
        blocks.append(("para", "Jag föreslår att kommunfullmäktige beslutar"))
        for template in rng.sample(_PROPOSALS, rng.randint(1, 4)):
            proposal = w.fill(template).rstrip(",")
            proposal = proposal[0].lower() + proposal[1:]
            proposals.append(proposal)
            blocks.append(("para", proposal))
        blocks.append(("para", f"Uppsala den {_long_date(year, month, day)}"))
    elif doc_type == "minutes":
        paragraph_no = rng.randint(1, 320)
        title = f"Protokoll {w.b} {date}, § {paragraph_no} {topic.capitalize()} i {w.d}"
        authors = []
        for k in range(rng.randint(1, 3)):
            blocks.append(("heading", f"§ {paragraph_no + k} Ärende om {topic} i {w.d}"))
            blocks.append(("para", f"{reference}"))
            blocks.append(("heading", "Beslut"))
            blocks.append(
                (
                    "para",
                    f"{w.b} beslutar att {w.fill(rng.choice(_PROPOSALS))[4:]}".rstrip(",") + ".",
                )
            )
            blocks.append(("heading", "Sammanfattning"))
            for _ in range(max(2, size // 2)):
                blocks.append(("para", w.commitment_paragraph()))
            p = _person(rng)
            blocks.append(("para", f"{p.name} ({p.party}) yrkar bifall till förslaget."))
        blocks.append(("lines", f"Justerat {date}\nUtdragsbestyrkande"))
    else:
        kind = {"letter": "Skrivelse", "report": "Uppföljning", "decision": "Beslut"}[doc_type]
        title = f"{kind} om {topic} i {w.d}"
        if doc_type == "report":
            authors = [
                Person(
                    f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", None, f"Utredare, {w.o.lower()}"
                )
            ]
            w.author = authors[0]
        if doc_type == "letter":
            addressed = [
                Person(f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", None, f"Generaldirektör, {w.a}")
            ]
            blocks.append(("lines", f"Till {w.a}"))
        blocks.append(("title", title))
        for k in range(size + 2):
            if doc_type == "report" and k % 3 == 0:
                blocks.append(
                    (
                        "heading",
                        rng.choice(
                            (
                                "Bakgrund",
                                "Genomförda åtgärder",
                                "Resultat",
                                "Fortsatt arbete",
                                "Bedömning",
                                "Ekonomi",
                            )
                        ),
                    )
                )
            blocks.append(
                (
                    "para",
                    w.commitment_paragraph()
                    if k % 2
                    else w.paragraph(_CONTEXT + _PAST, rng.randint(3, 5)),
                )
            )
    for person in authors:
        sign = f"{person.name} ({person.party})" if person.party else person.name
        blocks.append(("lines", sign + (f"\n{person.role}" if person.role else "")))
    return {
        "stem": f"gen-{index:06d}",
        "doc_type": doc_type,
        "date": date,
        "reference": reference,
        "title": title,
        "authors": authors,
        "addressed": addressed,
        "blocks": blocks,
        "questions": questions,
        "proposals": proposals,
        "body": w.b,
    }


def _paginate(blocks: list[tuple[str, str]], words_per_page: int) -> list[str]:
    pages: list[list[str]] = [[]]
    count = 0
    for _kind, text in blocks:
        n = text.count(" ") + 1
        if count and count + n > words_per_page:
            pages.append([])
            count = 0
        pages[-1].append(text)
        count += n
    return ["\n\n".join(p) for p in pages]


def _document(spec: dict) -> Document:
    page_texts = _paginate(spec["blocks"], 420)
    text = "\n\n".join(page_texts)
    doc = Document(
        source=f"{spec['stem']}.pdf",
        sha256="",
        doc_type=spec["doc_type"],
        title=spec["title"],
        date=spec["date"],
        reference=spec["reference"],
        authors=spec["authors"],
        addressed=spec["addressed"],
        pages=[Page(i, t) for i, t in enumerate(page_texts, 1)],
        text=text,
        questions=spec["questions"],
        proposals=spec["proposals"],
    )
    meta = json.dumps(
        [doc.source, doc.doc_type, doc.date, doc.reference, doc.title], ensure_ascii=False
    )
    doc.sha256 = hashlib.sha256((meta + "\n" + text).encode("utf-8")).hexdigest()
    return doc


def generate_documents(n: int, seed: int = 0) -> Iterator[Document]:
    """``n`` documents in the corpus genre; the same ``(n, seed)`` gives the same documents,
    and a longer run starts with the documents of a shorter one."""
    rng = random.Random(seed)
    for index in range(n):
        yield _document(_compose(rng, index))


def source_text(spec: dict) -> str:
    """The corpus source format (corpus/README.md) for a generated document."""

    def person(p: Person) -> str:
        return f"{p.name} | {p.party or ''} | {p.role or ''}"

    style_rng = random.Random(spec["stem"])
    letterhead = {"minutes": "minutes", "interpellation": "party", "motion": "party"}.get(
        spec["doc_type"], "kommun"
    )
    lines = [
        f"type: {spec['doc_type']}",
        f"date: {spec['date']}",
        f"reference: {spec['reference']}",
        f"body: {spec['body']}",
        f"title: {spec['title']}",
        *(f"author: {person(p)}" for p in spec["authors"]),
        *(f"addressed: {person(p)}" for p in spec["addressed"]),
        f"letterhead: {letterhead}",
        f"pages: {style_rng.choice(('paren', 'sida'))}",
        f"footer: {style_rng.choice(('first', 'all', 'none'))}",
        f"date_form: {style_rng.choice(('iso', 'long'))}",
    ]
    if spec["doc_type"] == "minutes":
        lines.append("two_column: 1")
    body = []
    for kind, text in spec["blocks"]:
        if kind == "title":
            body.append(f"# {text}")
        elif kind == "heading":
            body.append(f"## {text}")
        elif kind == "lines":
            body.append("\n".join(f"| {line}" for line in text.split("\n")))
        else:
            body.append(text)
    return "\n".join(lines) + "\n---\n" + "\n\n".join(body) + "\n"


def render_pdfs(n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Render the first ``n`` generated documents to ``out_dir``; return the PDF paths."""
    from corpus.render import render_pdf
    from corpus.source import parse_source

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths: list[Path] = []
    for index in range(n):
        spec = _compose(rng, index)
        src = out_dir / f"{spec['stem']}.txt"
        src.write_text(source_text(spec), encoding="utf-8")
        try:
            pdf = out_dir / f"{spec['stem']}.pdf"
            render_pdf(parse_source(src), pdf)
        finally:
            src.unlink()
        paths.append(pdf)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generera handlingar i korpusens genre.")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pdf", type=Path, default=None, help="rendera PDF:er till katalogen")
    args = parser.parse_args(argv)
    if args.pdf:
        paths = render_pdfs(args.n, args.pdf, args.seed)
        print(f"{len(paths)} PDF:er i {args.pdf}")
        return 0
    words = pages = 0
    for doc in generate_documents(args.n, args.seed):
        words += len(doc.text.split())
        pages += len(doc.pages)
    print(f"{args.n} dokument, {pages} sidor, {words} ord")
    return 0


if __name__ == "__main__":
    sys.exit(main())
