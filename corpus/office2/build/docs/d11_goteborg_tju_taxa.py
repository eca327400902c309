from docx.shared import Cm
from kmdoc import Doc, person

STEM = "goteborg_2019_tjansteutlatande_taxa"


def build(logos):
    d = Doc(
        STEM,
        font="Liberation Sans",
        size=10,
        after=7,
        line=1.15,
        align="left",
        margins=(2.5, 2.2, 2.5, 2.5),
        core_title="Tjänsteutlåtande",
        core_author="TK-mats.ohlin",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    t = d.hf_table(
        sec.first_page_header,
        [
            ["", "Trafikkontoret", "Tjänsteutlåtande\nUtfärdat 2019-10-08\nDiarienummer 0845/19"],
            [
                "",
                "",
                "Handläggare\nMats Ohlin\nTelefon: 031-368 00 00\nE-post: mats.ohlin@trafikkontoret.goteborg.se",
            ],
        ],
        [5.0, 4.6, 6.8],
        size=8.5,
    )
    t.cell(0, 0).paragraphs[0].add_run().add_picture(logos["goteborg"], width=Cm(4.0))
    para = d.hf_para(
        sec.header,
        "Göteborgs Stad Trafikkontoret, tjänsteutlåtande\t",
        tabs=[(16.3, "right")],
        size=8,
    )
    d.page_field_text(para, "{PAGE} ({NUMPAGES})", size=8)

    title = "Ny taxa för upplåtelse av offentlig plats från 2020"
    d.h(title, 1)
    d.h("Förslag till beslut", 2)
    d.p("I trafiknämnden:", italic=True)
    d.p("Trafiknämnden föreslår kommunfullmäktige besluta:")
    d.items(
        [
            "Taxa för upplåtelse av offentlig plats enligt bilaga 1 fastställs att gälla från "
            "och med den 1 januari 2020.",
            "Kommunfullmäktiges beslut den 16 juni 2016, § 22, om taxa för upplåtelse av "
            "offentlig plats upphör att gälla vid samma tidpunkt.",
        ],
        kind="decimal",
        fmt="%1.",
        after=4,
    )
    d.h("Sammanfattning", 2)
    d.p(
        "Göteborgs Stad tar ut avgift för upplåtelse av offentlig plats med stöd av lagen "
        "(1957:259) om rätt för kommun att ta ut avgifter för användning av allmän plats."
        "[^Lagen ersattes den 1 juli 2018 av 2 kap. 1 § lagen (2018:1357) om avgifter för "
        "användning av allmän plats; hänvisningen avser den numera gällande lagen.] Taxan "
        "har inte räknats om sedan 2016. Trafikkontoret föreslår att taxan höjs med i "
        "genomsnitt 8 procent, att zonindelningen förenklas från fyra till tre zoner och att "
        "en ny avgift införs för uteserveringar som är öppna under vintersäsongen."
    )
    d.h("Bedömning ur ekonomisk dimension", 2)
    d.p(
        "Intäkterna från upplåtelse av offentlig plats uppgick 2018 till cirka 61 miljoner "
        "kronor. Med den föreslagna taxan beräknas intäkterna öka med omkring 5 miljoner "
        "kronor per år. Avgifterna ska täcka stadens kostnader för tillsyn, renhållning och "
        "slitage och ska enligt lagen vara skäliga i förhållande till platsens läge och "
        "användning."
    )
    d.p(
        "I tabellen nedan redovisas de föreslagna avgifterna för de vanligaste upplåtelserna.",
        keep=True,
    )
    d.table(
        [
            ["Upplåtelse", "Zon 1", "Zon 2", "Zon 3"],
            ["Uteservering, kr/m² och månad", "130", "90", "45"],
            ["Uteservering vinter, kr/m² och månad", "65", "45", "25"],
            ["Byggetablering, kr/m² och dag", "12", "8", "4"],
            ["Torghandel, kr/dag", "260", "190", "120"],
        ],
        widths=[7.5, 2.8, 2.8, 2.8],
        size=9,
        align_cols=[None, "right", "right", "right"],
    )
    d.p(
        "Zon 1 omfattar Inom Vallgraven och Nordstaden, zon 2 övriga delar av centrala "
        "Göteborg enligt karta i bilaga 2 och zon 3 övriga staden.",
        size=9,
        before=3,
    )
    d.h("Bedömning ur ekologisk dimension", 2)
    d.p(
        "Avgiften för byggetablering har en styrande effekt eftersom den gör det dyrare "
        "att ta allmän plats i anspråk under lång tid. Det bidrar till att byggarbeten "
        "planeras så att gång- och cykeltrafik påverkas så lite som möjligt."
    )
    d.h("Bedömning ur social dimension", 2)
    d.p(
        "Uteserveringar bidrar till ett levande stadsliv, även vintertid. Trafikkontoret "
        "bedömer att den lägre vintertaxan kan göra det mer attraktivt att hålla "
        "uteserveringar öppna året runt, vilket kan bidra till ökad trygghet i stadsmiljön "
        "under den mörka delen av året.[^Jämför Göteborgs Stads program för en "
        "jämlik stad 2018–2026.]"
    )
    d.h("Samverkan", 2)
    d.p("Ärendet har behandlats i förvaltningens samverkansgrupp den 1 oktober 2019.")
    d.h("Bilagor", 2)
    d.items(
        ["Taxa för upplåtelse av offentlig plats från 2020", "Karta över zonindelning"],
        kind="decimal",
        fmt="%1.",
        after=2,
    )
    d.p("Trafikkontoret", before=18, after=22)
    d.sig_columns([["Anna-Karin Falk", "Direktör"], ["Per Rydén", "Avdelningschef"]], tab=8.0)

    meta = dict(
        doc_type="decision",
        doc_type_alternatives=["report"],
        date="2019-10-08",
        reference="0845/19",
        title=title,
        authors=[
            person("Anna-Karin Falk", None, "Direktör"),
            person("Per Rydén", None, "Avdelningschef"),
        ],
        addressed=[],
        questions=[],
        proposals=[],
    )
    return (
        d,
        meta,
        {
            "features": [
                "'Förslag till beslut' section",
                "date and diarienummer only in first-page header table",
            ]
        },
    )
