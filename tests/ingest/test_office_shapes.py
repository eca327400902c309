"""Shapes of PDFs that Word and LibreOffice export, built here with reportlab: justified
lines that pdfminer splits into pieces, list labels set off by a tab, Symbol-font
bullets, att-clauses set close together, a hyphen set apart at the end of a justified
line.  (corpus/office/ holds real LibreOffice exports; these tests pin each shape.)

The texts are written for these tests in the genre (no real persons' words).
"""

from __future__ import annotations

import pytest

from ingest import extract_pdf
from ingest.layout import Line, join_split_lines
from tests.ingest.pdfkit import LEFT, WIDTH, PdfKit

INTRO = (
    "Uppsala är en cykelstad, men den som försöker parkera sin cykel vid resecentrum en "
    "vardagsmorgon vet att det är näst intill omöjligt. Cykelställen är överfulla och "
    "stölderna är många."
)
PROPOSALS = [
    "att gatu- och samhällsmiljönämnden ges i uppdrag att ta fram en plan för minst 3 000 "
    "nya cykelparkeringsplatser inom 300 meter från resecentrum,",
    "att planen ska omfatta väderskyddade och bevakade platser, samt",
    "att möjligheten att införa ett bevakat cykelgarage utreds.",
]


def _motion_head(page, title: str = "Motion om fler cykelparkeringar vid resecentrum") -> float:
    y = page.paragraph(LEFT, 760, title, size=15, bold=True)
    return page.paragraph(LEFT, y, INTRO)


def _motion_foot(page, y: float) -> None:
    y = page.paragraph(LEFT, y - 8, "Uppsala den 6 november 2017")
    page.paragraph(LEFT, y, "Linda Eskilsson (C)")


def _hanging(page, x_text: float, y: float, text: str, width: float = WIDTH - 30) -> float:
    """An item's text wrapped at ``x_text`` (a hanging indent), 14 points leading."""
    from reportlab.lib.utils import simpleSplit

    for line in simpleSplit(text, "Helvetica", 11, width):
        page.text(x_text, y, line)
        y -= 14
    return y


# ------------------------------------------------------------------ bullets, labels
@pytest.mark.parametrize("text_x", [90.0, 98.0], ids=["glyph-in-line", "glyph-apart"])
def test_symbol_font_bullets_start_items_and_are_dropped(tmp_path, text_x):
    """Word's List Bullet: a Symbol-font glyph (U+F0B7 in the text layer), a tab, the
    item's text with a hanging indent, no space between the items.  pdfminer joins the
    glyph to the text when the tab is narrow and leaves it apart when it is wider."""
    kit = PdfKit()
    page = kit.page()
    y = _motion_head(page)
    y = page.paragraph(LEFT, y, "Jag yrkar därför")
    for clause in PROPOSALS:
        page.symbol_bullet(LEFT, y)
        y = _hanging(page, text_x, y, clause)
    _motion_foot(page, y)
    doc = extract_pdf(kit.save(tmp_path / "motion.pdf"))
    assert doc.doc_type == "motion"
    assert doc.proposals == PROPOSALS
    assert "\uf0b7" not in doc.text and "•" not in doc.text
    assert "Jag yrkar därför\n\n" + "\n\n".join(PROPOSALS) + "\n\nUppsala den" in doc.text


def test_bulleted_questions_of_an_interpellation(tmp_path):
    questions = [
        "Hur har nämnden följt upp entreprenörernas åtaganden under vintern?",
        "Vilka viten har kommunen tagit ut när tiderna inte hållits?",
    ]
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Interpellation angående vinterväghållningen", size=15, bold=True)
    y = page.paragraph(
        LEFT, y, "Till ordföranden i gatu- och samhällsmiljönämnden Anders Wikman (MP)"
    )
    y = page.paragraph(LEFT, y, INTRO)
    y = page.paragraph(LEFT, y, "Mot bakgrund av detta vill jag ställa följande frågor:")
    for question in questions:
        page.symbol_bullet(LEFT + 18, y)
        y = _hanging(page, LEFT + 36, y, question)
    _motion_foot(page, y)
    doc = extract_pdf(kit.save(tmp_path / "interpellation.pdf"))
    assert doc.doc_type == "interpellation"
    assert doc.questions == questions


def test_att_labels_set_off_by_a_tab(tmp_path):
    """``att`` <tab> text, the text's lines at the tab stop (a hanging indent)."""
    kit = PdfKit()
    page = kit.page()
    y = _motion_head(page)
    y = page.paragraph(LEFT, y, "Med anledning av ovanstående föreslår vi kommunfullmäktige")
    for clause in PROPOSALS:
        page.text(LEFT, y, "att")
        y = _hanging(page, LEFT + 36, y, clause.removeprefix("att "))
    _motion_foot(page, y)
    doc = extract_pdf(kit.save(tmp_path / "motion.pdf"))
    assert doc.proposals == PROPOSALS


def test_att_clauses_without_space_between_them(tmp_path):
    """Plain att-paragraphs with no spacing at all: each ends short of the margin."""
    kit = PdfKit()
    page = kit.page()
    y = _motion_head(page)
    y = page.paragraph(LEFT, y, "Vi föreslår kommunfullmäktige besluta")
    for clause in PROPOSALS:
        y = _hanging(page, LEFT, y, clause, width=WIDTH)
    _motion_foot(page, y)
    doc = extract_pdf(kit.save(tmp_path / "motion.pdf"))
    assert doc.proposals == PROPOSALS


def test_att_clauses_with_a_little_space_after_a_full_line(tmp_path):
    """A clause whose last line is full, the next clause 3 points further down (space
    after the paragraph): the wider gap, not the line's length, ends the clause."""
    first = [
        "att senast den 31 mars 2025 åtgärda ventilationsaggregatet på byggnadens tak så att",
        "ljudnivån inomhus i angränsande bostäder inte överstiger 30 dBA nattetid,",
    ]
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Föreläggande om åtgärder mot buller", size=15, bold=True)
    y = page.paragraph(
        LEFT, y, "Miljö- och hälsoskyddsnämnden förelägger bolaget att vidta följande åtgärder:"
    )
    page.spread(LEFT, y, first[0])
    page.spread(LEFT, y - 14, first[1])
    y = page.paragraph(
        LEFT, y - 31, "att senast den 30 april 2025 redovisa resultatet av ljudmätningar."
    )
    page.paragraph(LEFT, y, "Föreläggandet förenas inte med vite.")
    doc = extract_pdf(kit.save(tmp_path / "beslut.pdf"))
    assert " ".join(first) + "\n\natt senast den 30 april" in doc.text


# --------------------------------------------------------------- justified lines
def test_justified_line_with_a_manual_break_is_read_in_order(tmp_path):
    """A justified line ending in a manual line break is stretched to the full width;
    pdfminer breaks it at the wide spaces into pieces that end up in other text boxes.
    The hand hyphen at its end joins the word on the next line."""
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Motion om cykelparkeringar", size=15, bold=True)
    y = page.paragraph(LEFT, y, INTRO)
    page.spread(LEFT, y, "Det finns också möjlighet att söka EU-medel och statlig med-")
    page.spread(
        LEFT, y - 14, "finansiering genom stadsmiljöavtalen för den här typen av investeringar."
    )
    page.lines(LEFT, y - 28, ["Ansökningar kan lämnas in i tid inför nästa utlysning."])
    doc = extract_pdf(kit.save(tmp_path / "motion.pdf"))
    assert (
        "Det finns också möjlighet att söka EU-medel och statlig medfinansiering genom "
        "stadsmiljöavtalen för den här typen av investeringar. Ansökningar kan" in doc.text
    )


def test_hyphen_set_apart_at_the_end_of_a_justified_line(tmp_path):
    """LibreOffice sets the hyphen of a word broken at the end of a justified line a
    point away from the word; pdfminer reads that gap as a space: ``förenings -``."""
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Uppföljning av handlingsplanen", size=15, bold=True)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = ["Den", "som", "känner", "sig", "otrygg", "låter", "bli", "att", "delta", "i"]
    words.append("förenings")
    used = sum(stringWidth(word, "Helvetica", 11) for word in words)
    hyphen = stringWidth("-", "Helvetica", 11)
    space = (WIDTH - used - hyphen - 1.1) / (len(words) - 1)
    x = LEFT
    for word in words:
        page.text(x, y, word)
        x += stringWidth(word, "Helvetica", 11) + space
    page.text(x - space + 1.1, y, "-")  # 1.1 points after the word
    page.lines(LEFT, y - 14, ["liv och fritidsaktiviteter."])
    doc = extract_pdf(kit.save(tmp_path / "rapport.pdf"))
    assert "delta i föreningsliv och fritidsaktiviteter." in doc.text


# ------------------------------------------------------------- join_split_lines
def _line(text, x0, x1, top, block, size=11.0):
    return Line(text, x0, x1, top, top - size, size, False, block)


def _texts(boxes):
    return [[line.text for line in box] for box in boxes]


def test_a_column_gutter_is_not_a_stretched_space():
    """Two columns: the rows above and below have their edges in the gutter."""
    rows = [
        ("vapenbrott restriktivt. Högsta", "inte räcker. Vi behöver"),
        ("I januariavtalet har", "skillnad."),
        ("domstolen har i ett par", "rekvisiten för de grova"),
    ]
    boxes = [
        [_line(left, 62.5, 289.2, 700 - 14.5 * i, 0) for i, (left, _) in enumerate(rows)],
        [_line(right, 309.1, 531.0, 700 - 14.5 * i, 1) for i, (_, right) in enumerate(rows)],
    ]
    assert _texts(join_split_lines(boxes)) == [[r[0] for r in rows], [r[1] for r in rows]]


def test_stretched_pieces_join_into_the_paragraphs_box():
    boxes = [
        [_line("kraftigt.", 71, 108, 500, 0)],
        [_line("finns", 97, 132, 480, 1)],
        [_line("också möjlighet", 141, 245, 480, 2)],
        [_line("att söka EU-medel och", 254, 440, 480, 3)],
        [
            _line("statlig med-", 449.5, 524, 480, 4),
            _line("Det", 71, 88, 480, 4),
            _line("finansiering genom stadsmiljöavtalen", 71, 524, 464, 4),
            _line("utlysning.", 71, 116, 448, 4),
        ],
    ]
    assert _texts(join_split_lines(boxes)) == [
        ["kraftigt."],
        [
            "Det finns också möjlighet att söka EU-medel och statlig med-",
            "finansiering genom stadsmiljöavtalen",
            "utlysning.",
        ],
    ]


def test_signature_row_and_header_cells_stay_apart():
    boxes = [
        [_line("Handläggare:", 71, 120, 770, 0, size=9)],
        [_line("Datum:", 222, 250, 770, 1, size=9)],
        [_line("Uppsala den 11 februari 2019", 71, 214, 435, 2)],
        [_line("Anna Manell (L)", 71, 152, 395, 3)],
        [_line("Mohamad Hassan (L)", 215, 320, 395, 4)],
    ]
    assert _texts(join_split_lines(boxes)) == _texts(boxes)


def test_a_lone_bullet_glyph_joins_its_item_and_marks_it():
    boxes = [
        [_line("•", 71, 75.7, 370, 0)],
        [
            _line("att planen tas fram", 89, 300, 370, 1),
            _line("i dialog med de boende,", 89, 250, 354, 1),
        ],
        [_line("•", 300, 305, 200, 2)],  # alone on its row: dropped
    ]
    joined = join_split_lines(boxes)
    assert _texts(joined) == [["att planen tas fram", "i dialog med de boende,"]]
    assert [line.bullet for line in joined[0]] == [True, False]
    assert joined[0][0].x0 == 89


# ------------------------------------------------------- letterhead on one page
ANSWER_BODY = (
    "Lars Nyqvist (M) har ställt följande frågor till mig som ordförande i äldrenämnden. "
    "Personalkontinuitet är en av de faktorer som betyder mest för hur äldre upplever "
    "hemtjänsten."
)


def _one_pager(page, y: float, title: str, body_size: float = 10.5) -> None:
    y = page.paragraph(LEFT, y, title, size=14, bold=True)
    y = page.paragraph(LEFT, y, ANSWER_BODY, size=body_size)
    y = page.paragraph(LEFT, y, ANSWER_BODY, size=body_size)
    page.paragraph(LEFT, y - 10, "Birgitta Åkesson (S)", size=body_size)


def test_letterhead_table_of_a_one_page_answer(tmp_path):
    """A first-page header set as a table: cells side by side, body-like type (no
    repetition across pages to find it by, and no smaller type)."""
    kit = PdfKit()
    page = kit.page()
    page.text(LEFT, 795, "Västerås stad", size=10, bold=True)
    page.text(395, 795, "INTERPELLATIONSSVAR", size=10)
    page.text(LEFT, 780, "Äldrenämnden", size=10)
    page.text(430, 780, "Datum 2022-11-29", size=10)
    page.text(425, 765, "Dnr ÄN 2022/00456", size=10)
    title = "Svar på interpellation från Lars Nyqvist (M) om kontinuiteten i hemtjänsten"
    _one_pager(page, 735, title)
    doc = extract_pdf(kit.save(tmp_path / "svar.pdf"))
    assert doc.text.startswith(title + "\n\n" + ANSWER_BODY)
    assert (doc.doc_type, doc.date, doc.reference) == ("answer", "2022-11-29", "ÄN 2022/00456")


def test_letterhead_table_beside_an_address_block(tmp_path):
    kit = PdfKit()
    page = kit.page()
    for x, y, text, bold in [
        (LEFT, 795, "Uppsala kommun", True), (222, 795, "BESLUT", True),
        (LEFT, 781, "Miljöförvaltningen", False), (222, 781, "Datum:", False),
        (373, 781, "Diarienummer:", False), (222, 767, "2025-01-14", False),
        (373, 767, "MHN-2024-004512", False),
    ]:  # fmt: skip
        page.text(x, y, text, size=9, bold=bold)
    page.lines(326, 748, ["Fastighets AB Svartbäcken", "Att: Martin Olsson", "Box 3021"], 10.5)
    _one_pager(page, 690, "Föreläggande om åtgärder mot buller")
    doc = extract_pdf(kit.save(tmp_path / "beslut.pdf"))
    assert doc.text.startswith("Fastighets AB Svartbäcken\nAtt: Martin Olsson\nBox 3021\n\n")
    assert (doc.date, doc.reference) == ("2025-01-14", "MHN-2024-004512")
    assert doc.title == "Föreläggande om åtgärder mot buller"


@pytest.mark.parametrize(
    "logo",
    [
        [("Kristdemokraterna", 18, True, LEFT, 800), ("Uppsala", 10, False, LEFT, 784)],
        [("Sverigedemokraterna", 14, True, LEFT, 800), ("Uppsala", 14, True, 281, 800)],
        [("Liberalerna Uppsala", 12, True, LEFT, 800)],
    ],
    ids=["name-over-place", "name-beside-place", "name-and-place"],
)
def test_party_logo_in_the_page_header(tmp_path, logo):
    kit = PdfKit()
    page = kit.page()
    for text, size, bold, x, y in logo:
        page.text(x, y, text, size=size, bold=bold)
    y = page.paragraph(LEFT, 750, "Motion om en ny simhall i Storvreta", size=16, bold=True)
    y = page.paragraph(LEFT, y, INTRO, size=12)
    y = page.paragraph(LEFT, y, "Vi föreslår kommunfullmäktige besluta", size=12)
    y = page.paragraph(LEFT, y, PROPOSALS[2], size=12)
    page.paragraph(LEFT, y - 8, "Anna Manell (L)", size=12)
    doc = extract_pdf(kit.save(tmp_path / "motion.pdf"))
    assert doc.text.startswith("Motion om en ny simhall i Storvreta\n\n")
    assert doc.addressed == []
    assert doc.proposals == [PROPOSALS[2]]


def test_government_offices_letterhead(tmp_path):
    """Regeringskansliet's letterhead: the office, the ministry and the minister's title
    in small type under it, then "Till riksdagen" to the right."""
    kit = PdfKit()
    page = kit.page()
    page.text(85, 800, "Regeringskansliet", size=16, bold=True)
    page.text(85, 786, "Justitiedepartementet", size=9)
    page.text(85, 775, "Justitie- och inrikesministern", size=9)
    page.text(340, 763, "Till riksdagen", size=10)
    _one_pager(page, 725, "Svar på fråga 2019/20:456 av Anna Sohlberg (M)", body_size=12.5)
    doc = extract_pdf(kit.save(tmp_path / "fragesvar.pdf"))
    assert doc.text.startswith("Till riksdagen\n\nSvar på fråga 2019/20:456")
    assert doc.title == "Svar på fråga 2019/20:456 av Anna Sohlberg (M)"


def test_minister_title_in_the_letterhead_is_the_signatory_role(tmp_path):
    kit = PdfKit()
    page = kit.page()
    page.text(85, 800, "Regeringskansliet", size=16, bold=True)
    page.text(85, 786, "Justitiedepartementet", size=9)
    page.text(85, 775, "Justitie- och inrikesministern", size=9)
    page.text(340, 763, "Till riksdagen", size=10)
    y = page.paragraph(
        85, 725, "Svar på fråga 2019/20:456 av Anna Sohlberg (M)", size=14, bold=True
    )
    y = page.paragraph(85, y, "Anna Sohlberg har frågat mig vilka åtgärder jag avser att vidta.")
    y = page.paragraph(85, y - 20, "Stockholm den 12 februari 2020")
    page.paragraph(85, y - 30, "Morgan Johansson")
    doc = extract_pdf(kit.save(tmp_path / "fragesvar.pdf"))
    assert [(p.name, p.party, p.role) for p in doc.authors] == [
        ("Morgan Johansson", None, "Justitie- och inrikesministern")
    ]


def test_address_block_at_the_left_with_the_role_before_the_name(tmp_path):
    kit = PdfKit()
    page = kit.page()
    page.text(LEFT, 805, "UPPSALA KOMMUN", size=10, bold=True)
    page.text(LEFT, 795, "KOMMUNSTYRELSEN", size=8)
    page.right(765, "2015-10-27", size=12)
    page.lines(
        LEFT, 730, ["Migrationsverket", "Generaldirektör Anders Lindberg", "601 70 Norrköping"], 12
    )
    y = page.paragraph(
        LEFT, 660, "Skrivelse om boendesituationen för asylsökande", size=14, bold=True
    )
    y = page.paragraph(LEFT, y, INTRO, size=12)
    page.paragraph(LEFT, y - 20, "Ingrid Ålund (S)", size=12)
    doc = extract_pdf(kit.save(tmp_path / "skrivelse.pdf"))
    assert doc.doc_type == "letter"
    assert [(p.name, p.party, p.role) for p in doc.addressed] == [
        ("Anders Lindberg", None, "Generaldirektör")
    ]
    assert doc.text.startswith("Migrationsverket\nGeneraldirektör Anders Lindberg\n601 70")


def test_header_row_in_small_type_but_not_the_line_under_it(tmp_path):
    kit = PdfKit()
    page = kit.page()
    page.text(57, 805, "Klimatkontrakt för Uppsala", size=9)
    page.text(270, 805, "Uppföljning", size=9)
    page.text(57, 783, "Nyhetsbrev nr 3 · 15 september 2023", size=9)
    _one_pager(page, 750, "Halvvägs mot 2030")
    doc = extract_pdf(kit.save(tmp_path / "nyhetsbrev.pdf"))
    assert doc.text.startswith("Nyhetsbrev nr 3 · 15 september 2023\n\nHalvvägs mot 2030\n\n")


def test_heading_beside_a_date_is_kept(tmp_path):
    kit = PdfKit()
    page = kit.page()
    page.text(LEFT, 780, "Interpellation om trygghetsvakter", size=16, bold=True)
    page.right(780, "2019-03-12", size=10)
    y = page.paragraph(LEFT, 750, "Till kommunstyrelsens ordförande Erik Pelling (S)", size=11)
    y = page.paragraph(LEFT, y, INTRO, size=11)
    page.paragraph(LEFT, y, "Är du beredd att anställa fler trygghetsvakter?", size=11)
    doc = extract_pdf(kit.save(tmp_path / "interpellation.pdf"))
    assert doc.title == "Interpellation om trygghetsvakter"
    assert doc.text.startswith("Interpellation om trygghetsvakter\n\nTill kommunstyrelsens")
    assert "2019-03-12" not in doc.text
    assert doc.date == "2019-03-12"


# ------------------------------------------------------------------------ titles
def test_title_is_the_heading_under_a_bare_document_type(tmp_path):
    kit = PdfKit()
    page = kit.page()
    page.text(LEFT, 760, "Interpellation", size=18, bold=True)
    y = page.paragraph(LEFT, 730, "Till kommunstyrelsens ordförande Helena Forsberg (S)")
    y = page.paragraph(LEFT, y, "Om kommunens trygghetsvakter i stadsdelarna", size=13, bold=True)
    y = page.paragraph(LEFT, y, INTRO)
    page.paragraph(LEFT, y, "Är du beredd att utöka trygghetsvakternas uppdrag?")
    doc = extract_pdf(kit.save(tmp_path / "interpellation.pdf"))
    assert doc.title == "Om kommunens trygghetsvakter i stadsdelarna"
    assert doc.doc_type == "interpellation"
    assert [(p.name, p.party, p.role) for p in doc.addressed] == [
        ("Helena Forsberg", "S", "Kommunstyrelsens ordförande")
    ]
    assert doc.text.startswith("Interpellation\n\nTill kommunstyrelsens ordförande")


def test_two_line_title_over_two_columns(tmp_path):
    """The title's short last line stands over the left column only."""
    column = (
        "Vägtrafiken står fortfarande för nästan hälften av utsläppen inom kommunens "
        "gränser. Andelen elbilar bland nyregistrerade personbilar ökade till 38 procent "
        "under första halvåret, och stadsbussarna körs helt på förnybara drivmedel."
    )
    kit = PdfKit()
    page = kit.page()
    page.text(57, 760, "Halvvägs mot 2030 – så går det för", size=22, bold=True)
    page.text(57, 734, "klimatkontraktet", size=22, bold=True)
    y_left = page.paragraph(57, 700, column, width=220, size=10.5)
    page.paragraph(57, y_left, column, width=220, size=10.5)
    y_right = page.paragraph(315, 700, column, width=220, size=10.5)
    page.paragraph(315, y_right, column, width=220, size=10.5)
    doc = extract_pdf(kit.save(tmp_path / "nyhetsbrev.pdf"))
    assert doc.title == "Halvvägs mot 2030 – så går det för klimatkontraktet"


# --------------------------------------------------------------------- footnotes
def _with_mark(page, x: float, y: float, words: str, mark: str, rest: str, size: float = 12):
    """``words`` + a reference mark set small and raised + `` rest`` on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    page.text(x, y, words, size=size)
    x += stringWidth(words, "Helvetica", size)
    page.text(x, y + 0.38 * size, mark, size=0.58 * size)
    x += stringWidth(mark, "Helvetica", 0.58 * size)
    page.text(x + stringWidth(" ", "Helvetica", size), y, rest, size=size)


def test_footnotes_and_their_marks_leave_the_text(tmp_path):
    kit = PdfKit()
    first = kit.page()
    first.text(LEFT, 805, "Uppsala kommun", size=9)
    y = first.paragraph(LEFT, 760, "Utredning om en kommunal bostadsförmedling", size=17, bold=True)
    y = first.paragraph(LEFT, y, INTRO, size=12, leading=16)
    _with_mark(first, LEFT, y, "Uppdraget kommer från Mål och budget 2020.", "1", "Det omfattar")
    first.lines(LEFT, y - 16, ["kostnaderna och hur en förmedling skulle påverka"], 12, 16)
    first.text(LEFT, 110, "1 Mål och budget 2020, antagen av kommunfullmäktige, § 172.", size=9)
    first.text(LEFT, 99, "Se även prop. 2000/01:26 s. 19.", size=9)
    first.text(480, 40, "Sida 1 av 2", size=9)
    second = kit.page()
    second.text(LEFT, 805, "Uppsala kommun", size=9)
    _with_mark(second, LEFT, 770, "möjligheterna att få en bostad i", "2", "Uppsala, som")
    second.lines(LEFT, 754, ["har den längsta bostadskön i landet."], 12, 16)
    second.text(LEFT, 110, "2 Uppsalahem AB, Årsredovisning 2019, s. 12.", size=9)
    second.text(480, 40, "Sida 2 av 2", size=9)
    doc = extract_pdf(kit.save(tmp_path / "utredning.pdf"))
    text = " ".join(doc.text.split())
    assert "Mål och budget 2020. Det omfattar kostnaderna" in text
    assert "påverka möjligheterna att få en bostad i Uppsala, som har" in text
    for note in ("172", "prop.", "Årsredovisning"):
        assert note not in text


def test_small_raised_digits_without_footnotes_stay(tmp_path):
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Motion om solceller", size=15, bold=True)
    _with_mark(page, LEFT, y, "Skolornas takyta är 400 000 m", "2", "och kan bära solceller.")
    page.text(LEFT, 110, "3 bilder av taken finns i bilagan.", size=9)  # no mark "3"
    doc = extract_pdf(kit.save(tmp_path / "motion.pdf"))
    assert "400 000 m2 och kan bära solceller." in doc.text
    assert "3 bilder av taken" in doc.text


# ------------------------------------------------------------------------ tables
def test_table_whose_header_cells_wrap(tmp_path):
    """Word's table: header cells of two lines, figures right-aligned in their cells;
    pdfminer puts a wrapped header cell and the figures under it in one box."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    header = [(71, ["År"]), (166, ["Antal elever med", "skolskjuts"]),
              (267, ["Varav elevkort"]), (353, ["Kostnad (mnkr)"]),
              (437, ["Kostnad per elev", "(kr)"])]  # fmt: skip
    rights = [92, 242, 332, 423, 514]
    data = [
        ("2019", "3 412", "1 980", "78,4", "22 978"),
        ("2020", "3 506", "2 104", "81,9", "23 360"),
        ("2021", "3 751", "2 311", "92,6", "24 687"),
    ]
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Utvärdering av skolskjutsverksamheten 2021", size=15, bold=True)
    y = page.paragraph(LEFT, y, "Tabell 1 visar utvecklingen de tre senaste åren.", size=10.5)
    for x, lines in header:
        for i, text in enumerate(lines):
            page.text(x if i == 0 else x + 29, y - 11.4 * i, text, size=9.5, bold=True)
    y -= 2 * 11.4
    for row in data:
        for right, cell in zip(rights, row, strict=True):
            page.text(right - stringWidth(cell, "Helvetica", 9.5), y, cell, size=9.5)
        y -= 11.4
    page.paragraph(LEFT, y - 12, "Ökningen 2021 förklaras av nya bostadsområden.", size=10.5)
    doc = extract_pdf(kit.save(tmp_path / "tjsk.pdf"))
    assert (
        "År Antal elever med skolskjuts Varav elevkort Kostnad (mnkr) Kostnad per elev (kr)\n"
        "2019 3 412 1 980 78,4 22 978\n2020 3 506 2 104 81,9 23 360\n"
        "2021 3 751 2 311 92,6 24 687\n\nÖkningen 2021" in doc.text
    )


def test_a_word_like_a_label_at_the_end_of_a_column_line_is_no_label():
    """``att`` ending a justified line of the left column, pdfminer's piece of its own:
    not a label to be joined to the right column's line across the gutter."""
    rows = [("omständigheter som ska beaktas", "Jag vill också påminna om"),
            ("vilka åtgärder jag avser vidta för", "straffskärpningar inte räcker"),
            ("lagstiftaren behöver tydliggöra", "utan förebyggande arbete")]  # fmt: skip
    left = [_line(text, 62.5, 289.2, 700 - 14.5 * i, 0) for i, (text, _) in enumerate(rows)]
    right = [_line(text, 309.1, 531.0, 700 - 14.5 * i, 1) for i, (_, text) in enumerate(rows)]
    left[1] = _line("vilka åtgärder jag avser vidta för", 62.5, 270.0, 685.5, 0)
    boxes = [left, right, [_line("att", 274.0, 289.2, 685.5, 2)]]
    joined = join_split_lines(boxes)
    assert [line.text for line in joined[0]] == [
        "omständigheter som ska beaktas",
        "vilka åtgärder jag avser vidta för att",
        "lagstiftaren behöver tydliggöra",
    ]
    assert [line.text for line in joined[1]] == [text for _, text in rows]


def test_a_dotted_line_to_sign_on_is_no_text(tmp_path):
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Interpellation 2018/19:123 Polisens närvaro", size=15, bold=True)
    y = page.paragraph(LEFT, y, INTRO)
    y = page.paragraph(LEFT, y, "Stockholm den 5 mars 2019")
    y = page.paragraph(LEFT, y - 20, "………………………………………")
    page.paragraph(LEFT, y, "Johanna Berglund (L)")
    doc = extract_pdf(kit.save(tmp_path / "interpellation.pdf"))
    assert doc.text.endswith("Stockholm den 5 mars 2019\n\nJohanna Berglund (L)")


def test_memo_field_labels_are_joined_to_their_values_and_kept(tmp_path):
    """A memo's head (``Till:`` / ``Från:`` / ``Datum:`` / ``Dnr:``, tab, value) in the body:
    pdfminer sets labels and values in two boxes; each field is read as one line, kept
    in the text, and the ``Till:`` field names the addressee."""
    fields = [
        ("Till:", "Socialdepartementet, socialtjänstminister Anna Berg"),
        ("Från:", "Socialborgarrådet Per Lind (S), Stockholms stad"),
        ("Datum:", "2024-02-05"),
        ("Dnr:", "KS 2024/0211"),
    ]
    kit = PdfKit()
    page = kit.page()
    y = 770.0
    for label, value in fields:
        page.text(LEFT, y, label, size=12, bold=True)
        page.text(LEFT + 62, y, value, size=12)
        y -= 17
    y = page.paragraph(LEFT, y - 20, "Hemställan om uppgiftsskyldighet", size=17, bold=True)
    y = page.paragraph(LEFT, y, INTRO, size=12, leading=15)
    y = page.paragraph(LEFT, y - 8, "Stockholm den 5 februari 2024", size=12)
    page.paragraph(LEFT, y, "Per Lind (S)", size=12)
    doc = extract_pdf(kit.save(tmp_path / "memo.pdf"))
    head = "\n".join(f"{label} {value}" for label, value in fields)
    assert doc.text.startswith(head + "\n\nHemställan om uppgiftsskyldighet")
    assert doc.doc_type == "letter"
    assert doc.date == "2024-02-05"
    assert doc.reference == "KS 2024/0211"
    assert [(p.name, p.role) for p in doc.addressed] == [("Anna Berg", "Socialtjänstminister")]


def test_side_by_side_signatures_on_a_page_of_short_lines(tmp_path):
    """A last page holding only short lines and two signatures side by side (a
    borderless table): the right signature's name and role are two lines, not one,
    although nothing on that page reaches the right margin."""
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Ny taxa för upplåtelse av offentlig plats", size=15, bold=True)
    for _ in range(3):
        y = page.paragraph(LEFT, y, INTRO)
    page = kit.page()
    # The running header: a table of two cells, the page number in the right one.
    page.text(LEFT, 810, "Göteborgs Stad Trafikkontoret, tjänsteutlåtande", size=8)
    page.text(LEFT + 227, 810, "2 (2)", size=8)
    y = page.paragraph(LEFT, 760, "Bilagor", bold=True)
    y = page.lines(LEFT + 18, y, ["1. Taxa från 2020", "2. Karta över zonindelning"]) - 16
    y = page.paragraph(LEFT, y, "Trafikkontoret")
    signers = (("Anna-Karin Falk", "Direktör"), ("Per Rydén", "Avdelningschef"))
    for x, (name, role) in zip((LEFT, LEFT + 227), signers, strict=True):
        page.lines(x, y - 20, [name, role])
    doc = extract_pdf(kit.save(tmp_path / "tjansteskrivelse.pdf"))
    assert doc.text.endswith("Per Rydén\nAvdelningschef")
    assert [(p.name, p.role) for p in doc.authors] == [
        ("Anna-Karin Falk", "Direktör"),
        ("Per Rydén", "Avdelningschef"),
    ]


def test_minutes_signatures_are_no_authors(tmp_path):
    """The secretary, chair and adjuster who sign a minutes extract attest it; minutes
    have no authors (the convention of the project's truth files)."""
    kit = PdfKit()
    page = kit.page()
    y = page.paragraph(LEFT, 760, "Protokollsutdrag", size=15, bold=True)
    y = page.paragraph(LEFT, y, "§ 118 Svar på remiss om trafikprogram", bold=True)
    y = page.paragraph(LEFT, y, "KSN-2023-00874")
    y = page.paragraph(LEFT, y, "Arbetsutskottet beslutar att besvara remissen.")
    y = page.paragraph(LEFT, y, "Vid protokollet")
    y = page.paragraph(LEFT, y, "Karin Sjödin")
    y = page.paragraph(LEFT, y, "Justeras")
    page.lines(LEFT, y, ["Helena Strand (S)", "Ordförande"])
    doc = extract_pdf(kit.save(tmp_path / "protokoll.pdf"))
    assert doc.doc_type == "minutes"
    assert doc.authors == []
