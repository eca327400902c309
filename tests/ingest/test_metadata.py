"""Metadata rules: dates, references, people, types, questions, proposals."""

from __future__ import annotations

import pytest

from ingest import metadata as md
from kommunminne.model import Person


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2018-11-14", "2018-11-14"),
        ("Datum: 2019-03-12", "2019-03-12"),
        ("14 november 2018", "2018-11-14"),
        ("Uppsala den 3 mars 2019", "2019-03-03"),
        ("Stockholm den 18 januari 2019", "2019-01-18"),
        ("den 1 okt. 2020", "2020-10-01"),
        ("2019-02-30", None),  # not a date
        ("KSN-2019-0214", None),  # a reference, not a date
    ],
)
def test_parse_date(text, iso):
    assert md.parse_date(text) == iso


def test_find_date_prefers_head_over_body_mentions():
    head = ["Uppsala kommun", "Datum: 2019-03-12"]
    text = "Beslutet fattades den 14 november 2018.\n\nUppsala den 1 april 2019"
    assert md.find_date(head, text) == "2019-03-12"


def test_find_date_falls_back_to_dateline_not_mentions():
    text = "Sedan den 14 november 2018 har mycket hänt.\n\nUppsala den 6 mars 2017\n\nKarin"
    assert md.find_date(["Interpellation om kameror"], text) == "2017-03-06"
    assert md.find_date([], "Sedan den 14 november 2018 har mycket hänt.") is None


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Diarienummer: KSN-2019-0214", "KSN-2019-0214"),
        ("Dnr KS-2018/123", "KS-2018/123"),
        ("Dnr SBN-2017-1234", "SBN-2017-1234"),
        ("Dnr 2019/456", "2019/456"),
        ("Interpellation 2016/17:591", "2016/17:591"),
        ("Trafikutskottets betänkande 2022/23:TU7", "2022/23:TU7"),
        ("Diarienummer 0845/19", "0845/19"),
        ("Vi har 45/19 platser kvar", None),
        ("Vår beteckning: KS 2018/123", "KS 2018/123"),
        ("Uppsala 2018-11-14", None),
    ],
)
def test_find_reference(text, reference):
    assert md.find_reference_in(text) == reference


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "kommunstyrelsens ordförande Erik Pelling (S)",
            Person("Erik Pelling", "S", "Kommunstyrelsens ordförande"),
        ),
        ("rikspolischef Anders Thornberg", Person("Anders Thornberg", None, "Rikspolischef")),
        (
            "Justitie- och inrikesminister Morgan Johansson (S)",
            Person("Morgan Johansson", "S", "Justitie- och inrikesminister"),
        ),
        ("Roger Haddad (FP)", Person("Roger Haddad", "L", None)),
        ("Karin Lindqvist (m)", Person("Karin Lindqvist", "M", None)),
        ("Landshövding Göran Enander", Person("Göran Enander", None, "Landshövding")),
        (
            "Socialdepartementet, socialtjänstminister Anna Berg",
            Person("Anna Berg", None, "Socialtjänstminister"),
        ),
    ],
)
def test_parse_person(text, person):
    assert md.parse_person(text) == person


def test_addressed_from_till_line_and_riksdag_av_till():
    assert md.find_addressed(["Till rikspolischef Anders Thornberg"], "") == [
        Person("Anders Thornberg", None, "Rikspolischef")
    ]
    head = ["Interpellation 2016/17:591 Polisnärvaro", "av Roger Haddad (L)",
            "till Justitie- och inrikesminister Morgan Johansson (S)"]  # fmt: skip
    assert md.find_addressed(head, "") == [
        Person("Morgan Johansson", "S", "Justitie- och inrikesminister")
    ]
    assert md.find_av_authors(head) == [Person("Roger Haddad", "L", None)]
    # A body line that happens to start with "till" is not an addressee.
    assert md.find_addressed(["till att försöket startade."], "") == []


def test_addressed_from_a_memo_field():
    head = ["Till:\tSocialdepartementet, socialtjänstminister Anna Berg", "Från:\tKommunstyrelsen"]
    assert md.find_addressed(head, "Hemställan om x") == [
        Person("Anna Berg", None, "Socialtjänstminister")
    ]


def test_a_party_above_the_title_is_no_addressee():
    """Two capitalised words look like a name; a party's branch is not one."""
    assert md.find_addressed([], "Motion om simhall", ["Liberalerna Uppsala"]) == []
    assert md.find_addressed([], "Brev", ["Anna Lind", "Kommunalråd"]) == [
        Person("Anna Lind", None, "Kommunalråd")
    ]


def test_signature_block_with_roles_and_several_signatories():
    text = (
        "Med förhoppning att kunna mötas snarast,\n\n"
        "Erik Pelling\nKommunstyrelsens ordförande\n\n"
        "Göran Enander\nLandshövding Uppsala län"
    )
    assert md.find_signatures(text) == [
        Person("Erik Pelling", None, "Kommunstyrelsens ordförande"),
        Person("Göran Enander", None, "Landshövding Uppsala län"),
    ]


def test_signature_after_dateline():
    text = "Jag yrkar bifall.\n\nUppsala den 12 september 2016\n\nJohan Ekström (KD)\nLedamot"
    assert md.find_signatures(text) == [Person("Johan Ekström", "KD", "Ledamot")]


def test_signature_names_on_one_line():
    assert md.find_signatures("Text.\n\nAnna Andersson (S) och Bo Berg (FP)") == [
        Person("Anna Andersson", "S", None),
        Person("Bo Berg", "L", None),
    ]


SEED_ANSWER = (
    "Svar på interpellation om mer information från polisen i Uppsala\n\n"
    "Jonas Segersam (KD) har i en interpellation ställt frågor om kommunens samarbete "
    "med polisen.\n\n"
    "Här nedan följer svar på Jonas Segersams konkreta frågor\n\n"
    "Är du beredd att medverka till att bjuda in polisen så att de regelbundet kan redogöra "
    "för säkerhetsläget i Kommunstyrelsen och Kommunfullmäktige?\n\n"
    "Den löpande kommunikationen sker mellan berörda tjänstepersoner.\n\n"
    "Vad ser du för fördelar med ett närmare samarbete mellan polis och Uppsala kommun, och "
    "på vilka sätt kan detta närmare samarbete ske?\n\n"
    "Det samarbete kommunen har byggt upp med polisen de senaste åren är gott.\n\n"
    "Marlene Burwick (S)\nKommunstyrelsens ordförande"
)


def test_seed_answer_shape():
    title = SEED_ANSWER.split("\n\n", 1)[0]
    assert md.classify(title, title, SEED_ANSWER) == "answer"
    assert md.find_signatures(SEED_ANSWER) == [
        Person("Marlene Burwick", "S", "Kommunstyrelsens ordförande")
    ]
    assert md.find_interpellant(SEED_ANSWER) == [Person("Jonas Segersam", "KD", None)]
    # An answer quotes the interpellation's questions; they are not its own.
    assert md.find_questions(SEED_ANSWER, "answer") == []
    questions = md.find_questions(SEED_ANSWER, "interpellation")
    assert len(questions) == 2
    assert questions[0].startswith("Är du beredd att medverka")
    assert questions[1].endswith("närmare samarbete ske?")


@pytest.mark.parametrize(
    ("title", "head", "body", "doc_type"),
    [
        ("Svar på interpellation om polisen", "", "", "answer"),
        ("Interpellation om kameraövervakning", "", "", "interpellation"),
        ("Interpellation 2016/17:591 Polisens närvaro", "", "", "interpellation"),
        ("Motion om ett lokalt poliskontor", "", "", "motion"),
        ("Sammanträdesprotokoll", "", "", "minutes"),
        ("Uppföljning av handlingsplan för Gottsunda", "", "", "report"),
        ("Beslut om föreläggande", "", "", "decision"),
        ("Inbjudan till dialog om utökat samarbete", "Till rikspolischef A B", "", "letter"),
        ("Trygghet i city", "", "Vi föreslår att kommunfullmäktige beslutar att x", "motion"),
        ("Om parkering", "", "Ingenting särskilt.", "other"),
        # An addressee line does not make an interpellation a letter.
        (
            "Dricksvattnet i ett förändrat klimat",
            "Till kommunstyrelsens ordförande Per Ek (S)",
            "Jag vill därför fråga kommunstyrelsens ordförande:\n\n– Vad görs?",
            "interpellation",
        ),
        ("Om parkering", "Till: Trafikverket", "Vi önskar ett möte.", "letter"),
        ("Hemställan om ändrad lagstiftning", "", "", "letter"),
        (
            "Skriftlig fråga 2021/22:1234 Polisen i glesbygd",
            "till Justitieminister A B",
            "",
            "interpellation",
        ),
        ("Vägtrafikfrågor", "Trafikutskottets betänkande 2022/23:TU7", "", "report"),
        ("Ny taxa för upplåtelse av offentlig plats", "Tjänsteutlåtande", "", "report"),
    ],
)
def test_classify(title, head, body, doc_type):
    assert md.classify(title, head, body) == doc_type


def test_numbered_questions_of_an_interpellation():
    text = (
        "Jag vill därför fråga kommunstyrelsens ordförande:\n\n"
        "1. Kommer försöket att göras permanent?\n\n"
        "2. Är du beredd att utöka verksamheten till Gränby och\nStenhagen?\n"
        "3) Hur ska verksamheten utvärderas?\n\n"
        "Varför inte? Det undrar många."
    )
    assert md.find_questions(text, "interpellation") == [
        "Kommer försöket att göras permanent?",
        "Är du beredd att utöka verksamheten till Gränby och Stenhagen?",
        "Hur ska verksamheten utvärderas?",
    ]


def test_standalone_questions_only_for_interpellations():
    text = "Vad kostar det?\n\nDet vet ingen."
    assert md.find_questions(text, "interpellation") == ["Vad kostar det?"]
    assert md.find_questions(text, "report") == []
    assert md.find_questions(text, "answer") == []
    assert md.find_questions("1. Vad kostar det?\n2. När?", "answer") == []


def test_proposals_att_items():
    text = (
        "Därför föreslår vi kommunfullmäktige besluta\n\n"
        "att uppdra åt kommunstyrelsen att verka för ett poliskontor i Gottsunda,\n\n"
        "att erbjuda polisen lämpliga lokaler i Gottsunda centrum, samt\n\n"
        "att frågan skrivs in i samverkansavtalet.\n\n"
        "Uppsala den 12 september 2016"
    )
    assert md.find_proposals(text) == [
        "att uppdra åt kommunstyrelsen att verka för ett poliskontor i Gottsunda,",
        "att erbjuda polisen lämpliga lokaler i Gottsunda centrum, samt",
        "att frågan skrivs in i samverkansavtalet.",
    ]


def test_inline_proposal():
    text = "Jag föreslår att kommunfullmäktige beslutar att utreda fler trygghetsvakter."
    assert md.find_proposals(text) == ["att utreda fler trygghetsvakter."]


@pytest.mark.parametrize(
    ("title", "body", "doc_type"),
    [
        ("Lokalförsörjningsplan för förskola och skola 2020–2029", "", "report"),
        ("Handlingsplan för ökad trygghet", "Planen samlar insatserna.", "report"),
        (
            "Handlingsplan för ökad trygghet",
            "Kommunstyrelsens beslut\n\nKommunstyrelsen beslutar att anta handlingsplanen.",
            "decision",
        ),
        ("Plan- och byggnadsnämnden", "", "other"),  # a body's name, not a plan
        ("Planbesked för kvarteret Ängen", "", "other"),
    ],
)
def test_plans_are_reports_unless_the_body_says_otherwise(title, body, doc_type):
    assert md.classify(title, title, body) == doc_type


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "§ 202 Val av justerare\n\nKommunfullmäktige beslutar att utse två justerare.\n\n"
            "§ 203 Motion om trygg belysning i Stenhagen\n\nKSN-2018-0744\n\nBeslut",
            "§ 203 Motion om trygg belysning i Stenhagen",
        ),
        (
            "§ 41\n\nMotion om ett lokalt\npoliskontor i Gottsunda\n\nDnr KSN-2016-1502\n\nText",
            "§ 41 Motion om ett lokalt poliskontor i Gottsunda",
        ),
        (
            "§ 41\n\nMotion om ett lokalt poliskontor\n\nDnr KSN-2016-1502\n\nText",
            "§ 41 Motion om ett lokalt poliskontor",
        ),
        (
            "§ 12 Anmälningsärenden\n\n§ 13 Kameraövervakning\nKS 2024/311\n\nText",
            "§ 13 Kameraövervakning",
        ),
        ("§ 12 Anmälningsärenden\n\nInga ärenden.", None),
    ],
)
def test_minutes_title_is_the_first_section_with_a_diarienummer(text, title):
    assert md.minutes_title(text) == title


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Anders Thornberg", "Rikspolischef"],
            [Person("Anders Thornberg", None, "Rikspolischef")],
        ),
        (
            ["Rikspolischef Anders Thornberg", "Polismyndigheten", "Box 12256", "102 26 Stockholm"],
            [Person("Anders Thornberg", None, "Rikspolischef")],
        ),
        (["Trafikverket", "Region Öst", "172 90 Sundbyberg"], [Person("Trafikverket")]),
        (["Region Uppsala", "Regionstyrelsen"], [Person("Region Uppsala")]),
        (["Ett långt stycke brödtext som inte är någon adress alls."], []),
        ([], []),
    ],
)
def test_find_address_block(lines, expected):
    assert md.find_address_block(lines) == expected


def test_find_date_prefers_a_dateline_over_a_date_in_a_body_sentence_at_the_head():
    head = [
        "Motion om fler fältassistenter",
        "Den 26 mars 2018 beslutade kommunfullmäktige att anta en handlingsplan för",
    ]
    text = "Den 26 mars 2018 beslutade kommunfullmäktige …\n\nUppsala den 3 mars 2019\nJohan Ek"
    assert md.find_date(head, text) == "2019-03-03"
    # Nothing else dates the document: the mention is better than nothing.
    assert md.find_date(head, "Den 26 mars 2018 beslutade kommunfullmäktige …") == "2018-03-26"


def test_proposals_as_a_numbered_list():
    text = (
        "Med hänvisning till ovanstående föreslår vi kommunfullmäktige besluta\n\n"
        "1. att uppdra åt nämnden att ta fram en plan,\n"
        "2. att planen följs upp årligen, samt\n"
        "3. att kostnaden redovisas.\n\n"
        "Uppsala den 26 februari 2018"
    )
    assert md.find_proposals(text) == [
        "att uppdra åt nämnden att ta fram en plan,",
        "att planen följs upp årligen, samt",
        "att kostnaden redovisas.",
    ]


def test_first_clause_naming_the_council_is_no_preamble():
    # "att kommunfullmäktige" without a decision verb is the first clause itself.
    text = (
        "Med anledning av ovanstående yrkar vi\n\n"
        "att kommunfullmäktige uppdrar åt tekniska nämnden att ta fram en trädplan,\n\n"
        "att trädplanen tas fram i dialog med invånarna.\n\n"
        "Lund den 18 maj 2015"
    )
    assert md.find_proposals(text) == [
        "att kommunfullmäktige uppdrar åt tekniska nämnden att ta fram en trädplan,",
        "att trädplanen tas fram i dialog med invånarna.",
    ]
    inline = "Jag föreslår att kommunfullmäktige beslutar att utreda saken."
    assert md.find_proposals(inline) == ["att utreda saken."]


def test_signature_skips_organisation_and_copy_lines():
    text = (
        "Vi står gärna till förfogande.\n\nMed vänliga hälsningar\n\n"
        "Erik Nordin\nKommunstyrelsens ordförande\nUppsala kommun\n\n"
        "Lina Ekström\nRegionstyrelsens ordförande\nRegion Uppsala\n\n"
        "Kopia: Infrastrukturdepartementet"
    )
    assert md.find_signatures(text) == [
        Person("Erik Nordin", None, "Kommunstyrelsens ordförande"),
        Person("Lina Ekström", None, "Regionstyrelsens ordförande"),
    ]
    party = "Umeå 2022-04-11\n\nHanna Nordlund (L)\nLiberalerna Umeå"
    assert md.find_signatures(party) == [Person("Hanna Nordlund", "L", None)]


def test_minutes_signature_labels_are_no_roles():
    text = (
        "Vid protokollet\n\nKarin Sjödin\n\nJusteras\n\n"
        "Helena Strand (S)\nOrdförande\n\nAnders Mårtensson (M)\nJusterare"
    )
    assert md.find_signatures(text) == [
        Person("Karin Sjödin", None, None),
        Person("Helena Strand", "S", "Ordförande"),
        Person("Anders Mårtensson", "M", "Justerare"),
    ]


def test_the_assembly_is_no_addressee_of_a_motion_or_answer():
    lodged = md.find_addressed(["Till kommunfullmäktige i Lund"], "Motion om en trädplan")
    assert md.without_assembly(lodged) == []
    assert md.without_assembly([Person("Riksdagen")]) == []
    kept = [Person("Utbildningsnämnden"), Person("Per Ek", "S", "Ordförande")]
    assert md.without_assembly(kept) == kept


def test_the_asker_named_in_an_answers_heading():
    text = (
        "Till riksdagen\n\nSvar på fråga 2021/22:1234 av Mikael Bergqvist (SD)\n\n"
        "Polisens närvaro i glesbygd\n\nMikael Bergqvist har frågat mig vilka åtgärder …"
    )
    assert md.find_interpellant(text) == [Person("Mikael Bergqvist", "SD")]
    assert md.find_interpellant("svar på fråga av mikael bergqvist om polisen") == []
