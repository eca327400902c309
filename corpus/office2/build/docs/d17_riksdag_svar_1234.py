from docx.shared import Cm
from kmdoc import Doc, person

STEM = "riksdag_2021_22_svar_pa_fraga_1234"

TITLE = "Polisens närvaro i glesbygd"


def build(logos):
    d = Doc(
        STEM,
        font="Caladea",
        size=12,
        after=8,
        line=1.1,
        heading_font="Caladea",
        margins=(3.2, 3.0, 2.5, 3.4),
        align="left",
        core_title="Svar på skriftlig fråga",
        core_author="Ju",
    )
    sec = d.d.sections[0]
    t = d.hf_table(
        sec.header,
        [["", "Justitiedepartementet\nJustitieministern\n\nTill riksdagen"]],
        [8.0, 6.6],
        size=9.5,
    )
    t.cell(0, 0).paragraphs[0].add_run().add_picture(logos["regering"], width=Cm(5.0))

    d.h("Svar på fråga 2021/22:1234 av Mikael Bergqvist (SD)", 2)
    d.h(TITLE, 1)
    d.p(
        "Mikael Bergqvist har frågat mig vilka åtgärder jag avser att vidta för att "
        "polisen ska kunna vara på plats inom rimlig tid även i landets "
        "glesbygdskommuner."
    )
    d.p(
        "Jag delar Mikael Bergqvists uppfattning att tryggheten ska vara lika stor i hela "
        "landet. Regeringen har sedan 2015 tillfört Polismyndigheten betydande resurser, "
        "och målet är att antalet polisanställda ska öka med 10 000 till 2024. Ökningen "
        "ska komma hela landet till del, och regeringen har i regleringsbrevet för 2022 "
        "gett Polismyndigheten i uppdrag att redovisa hur resursförstärkningen fördelas "
        "mellan och inom polisregionerna."
    )
    d.p(
        "Det är Polismyndigheten som beslutar om hur myndighetens resurser ska användas "
        "och var polisanställda ska placeras. Det är en ordning som jag inte avser att "
        "ändra. Samtidigt följer regeringen noga myndighetens arbete med att stärka den "
        "lokala närvaron. Polismyndigheten har bland annat infört ett mål om att antalet "
        "kommunpoliser ska öka och att insatstiderna i glesbygd ska följas upp särskilt. "
        "Myndigheten har också inrättat nya kontaktcenter och ökat möjligheterna att "
        "anmäla brott digitalt."
    )
    d.p(
        "Regeringen kommer att fortsätta att följa utvecklingen av polisens närvaro i "
        "landets glesbygdskommuner, och jag kommer att ta upp frågan i mina kommande "
        "myndighetsdialoger med rikspolischefen."
    )
    d.p("Stockholm den 16 mars 2022", before=14, after=28)
    d.p("Anders Lindmark", after=0)

    meta = dict(
        doc_type="answer",
        date="2022-03-16",
        reference="2021/22:1234",
        title=TITLE,
        title_alternatives=[
            f"Svar på fråga 2021/22:1234 av Mikael Bergqvist (SD) {TITLE}",
            "Svar på fråga 2021/22:1234 av Mikael Bergqvist (SD)",
        ],
        authors=[person("Anders Lindmark", None, "Justitieministern")],
        authors_alternatives=[
            [person("Anders Lindmark", None, None)],
            [person("Anders Lindmark", "S", "Justitieministern")],
        ],
        addressed=[person("Mikael Bergqvist", "SD")],
        questions=[],
        proposals=[],
    )
    return d, meta, {"features": ["ministry and role only in header table"]}
