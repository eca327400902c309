from kmdoc import Doc, person

STEM = "riksdag_2021_22_skriftlig_fraga_1234"

TITLE = "Polisens närvaro i glesbygd"
QUESTION = (
    "Vilka åtgärder avser ministern att vidta för att polisen ska kunna vara på plats "
    "inom rimlig tid även i landets glesbygdskommuner?"
)


def build(logos):
    d = Doc(
        STEM,
        font="Caladea",
        size=12,
        after=8,
        line=1.1,
        heading_font="Liberation Sans",
        margins=(2.5, 3.0, 2.5, 3.4),
        align="left",
        core_title="Skriftlig fråga",
        core_author="Riksdagsförvaltningen",
    )
    sec = d.d.sections[0]
    d.logo(sec.header, logos["riksdag"], 4.0)

    d.h(f"Skriftlig fråga 2021/22:1234 {TITLE}", 1)
    d.p("av Mikael Bergqvist (SD)", after=0)
    d.p("till Justitieminister Anders Lindmark (S)", after=16)
    d.p(
        "I stora delar av Norrlands inland är det i dag långt till närmaste polis. I flera "
        "kommuner i Västerbottens och Norrbottens län finns ingen polis i tjänst under "
        "nätter och helger, och den patrull som ska täcka området kan befinna sig tiotals "
        "mil bort. Under 2021 var den genomsnittliga insatstiden för prioriterade ärenden i "
        "vissa inlandskommuner mer än dubbelt så lång som i storstadsregionerna."
    )
    d.p(
        "Regeringen har beslutat om en kraftig ökning av antalet polisanställda. Det är "
        "bra, men de nya tjänsterna placeras i huvudsak i storstäderna. Invånarna i "
        "glesbygden betalar samma skatt och har samma rätt till trygghet som andra. "
        "Polisens närvaro är dessutom avgörande för att förebygga brott, inte bara för att "
        "utreda dem i efterhand."
    )
    d.p(QUESTION, bold=False, before=6)
    d.p("Stockholm den 8 mars 2022", before=14, after=22)
    d.p("Mikael Bergqvist (SD)", after=0)

    meta = dict(
        doc_type="interpellation",
        doc_type_alternatives=["other"],
        date="2022-03-08",
        reference="2021/22:1234",
        reference_alternatives=["Skriftlig fråga 2021/22:1234"],
        title=TITLE,
        title_alternatives=[f"Skriftlig fråga 2021/22:1234 {TITLE}"],
        authors=[person("Mikael Bergqvist", "SD")],
        addressed=[person("Anders Lindmark", "S", "Justitieminister")],
        questions=[QUESTION],
        proposals=[],
    )
    return d, meta, {}
