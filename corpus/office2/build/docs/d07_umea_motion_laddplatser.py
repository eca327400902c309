from kmdoc import Doc, person

STEM = "umea_2022_motion_laddplatser"


def build(logos):
    d = Doc(
        STEM,
        font="DejaVu Sans",
        size=10,
        after=8,
        line=1.2,
        align="left",
        margins=(2.5, 2.3, 2.5, 2.3),
        core_title="Motion laddplatser",
        core_author="Hanna Nordlund",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.hf_table(
        sec.first_page_header,
        [["", "MOTION\n2022-04-11"]],
        [10.0, 6.4],
        size=9,
        align_cols=[None, "right"],
    )
    from docx.shared import Cm

    sec.first_page_header.tables[0].cell(0, 0).paragraphs[0].add_run().add_picture(
        logos["umea"], width=Cm(5.0)
    )
    d.hf_para(
        sec.first_page_footer,
        "Umeå kommun, 901 84 Umeå  |  Besöksadress: Skolgatan 31A  |  "
        "Telefon: 090-16 10 00  |  www.umea.se",
        size=7,
        align="center",
    )
    for part in (sec.first_page_footer, sec.footer):
        para = d.hf_para(part, align="right")
        d.page_field_text(para, "{PAGE} ({NUMPAGES})", size=8)

    title = "Motion om fler laddplatser för elbilar vid kommunens fritidsanläggningar"
    d.h(title, 1)
    d.p(
        "Antalet laddbara bilar i Sverige växer snabbt. Vid utgången av 2021 fanns drygt "
        "300 000 laddbara personbilar i trafik, och nästan hälften av alla nya bilar som "
        "registrerades under året var laddbara.[^Trafikanalys, Fordon 2021, statistik 2022:8.] "
        "Även i Umeå ökar antalet snabbt, men utbyggnaden av publika laddplatser har inte "
        "hållit samma takt."
    )
    d.p(
        "Umeå kommun har i sitt miljö- och klimatprogram satt målet att utsläppen från "
        "transporter ska minska med minst 70 procent till 2030 jämfört med 2010.[^Umeå "
        "kommuns miljö- och klimatprogram, antaget av kommunfullmäktige 2019.] För att nå "
        "dit behöver det vara enkelt att ladda en elbil även för den som bor i lägenhet "
        "och saknar egen laddbox. Många laddar i dag där de ändå parkerar en längre stund, "
        "till exempel under träningen eller medan barnen är på simskola."
    )
    d.p(
        "Kommunens fritidsanläggningar, som Umeå Energi Arena, Navet, Nydalabadet och "
        "ishallarna på Dragonskolan och i Holmsund, besöks av tusentals personer varje "
        "vecka. Vid flertalet av dem finns i dag inga eller endast ett fåtal laddplatser. "
        "Det är en förlorad möjlighet. Parkeringsplatserna finns redan, elnätet i "
        "anslutning till anläggningarna är i många fall dimensionerat för stora laster, "
        "och statligt stöd kan sökas genom Klimatklivet för upp till halva "
        "investeringskostnaden.[^Naturvårdsverket, Klimatklivet – stöd till publika "
        "laddstationer, 2022.]"
    )
    d.p(
        "Laddplatserna kan dessutom finansieras genom avgifter, så att de på sikt inte "
        "belastar skattekollektivet. Erfarenheter från andra kommuner visar att publik "
        "laddning vid idrottsanläggningar har hög beläggning både på kvällar och helger. "
        "Genom att använda kommunens egna markområden kan Umeå både bidra till "
        "omställningen och skapa en bättre service för invånarna."
    )
    d.p("Jag föreslår att kommunfullmäktige beslutar", bold=True, before=6, keep=True)
    props = [
        "att ge fritidsnämnden i uppdrag att, i samverkan med Umeå Energi, ta fram en "
        "plan för utbyggnad av publika laddplatser vid kommunens fritidsanläggningar,",
        "att planen ska omfatta minst tio av kommunens mest besökta anläggningar och "
        "genomföras senast 2024,",
        "att kommunen ansöker om stöd från Klimatklivet för utbyggnaden.",
    ]
    for pr in props:
        d.p(pr, indent=0.6, after=6)
    d.features.add("att-clauses as plain indented paragraphs")
    d.p("Umeå 2022-04-11", before=18, after=22)
    d.p("Hanna Nordlund (L)", after=0)
    d.p("Liberalerna Umeå", after=0)

    meta = dict(
        doc_type="motion",
        date="2022-04-11",
        reference=None,
        title=title,
        authors=[person("Hanna Nordlund", "L")],
        addressed=[],
        questions=[],
        proposals=props,
    )
    return d, meta, {}
