from kmdoc import Doc, person

STEM = "lund_2015_motion_tradplan"


def build(logos):
    d = Doc(
        STEM,
        font="Liberation Serif",
        size=12,
        after=8,
        line=1.0,
        heading_font="Liberation Serif",
        margins=(2.5, 2.5, 2.5, 2.5),
        align="justify",
        core_title="Motion till kommunfullmäktige i Lund",
        core_author="MP Lund",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.logo(sec.first_page_header, logos["lund"], 3.6)
    d.hf_para(sec.header, "Motion om en trädplan för Lunds stadskärna", size=9, align="right")
    for part in (sec.first_page_footer, sec.footer):
        para = d.hf_para(part, align="center")
        d.page_field_text(para, "Sida {PAGE} ({NUMPAGES})", size=9)

    d.p("Till kommunfullmäktige i Lund", after=14)
    title = "Motion om en trädplan för Lunds stadskärna"
    d.h(title, 1)
    d.p(
        "Träden i Lunds stadskärna är en av stadens största tillgångar. Lindarna längs "
        "Kyrkogatan, kastanjerna i Lundagård och almarna i Stadsparken ger skugga, renar "
        "luften, tar hand om dagvatten och gör staden vacker. De har också ett stort "
        "kulturhistoriskt värde. Många av träden planterades för över hundra år sedan och "
        "har blivit en självklar del av stadsbilden."
    )
    d.p(
        "Samtidigt är trädbeståndet hotat. Almsjukan har redan tagit en stor del av "
        "Lunds almar, och flera av de äldsta träden i centrum är i dåligt skick. Vid "
        "ledningsarbeten och ombyggnader av gator skadas rötter, och träd som fälls ersätts "
        "inte alltid. När nya träd planteras får de ofta för liten växtbädd för att kunna "
        "bli stora. Det saknas i dag en samlad bild av hur många träd som försvunnit ur "
        "stadskärnan de senaste tjugo åren och hur många som har planterats."
    )
    d.p(
        "Klimatförändringarna gör frågan ännu viktigare. Varmare somrar innebär att "
        "behovet av skugga ökar, inte minst för äldre och för barn på förskolor och "
        "skolor i centrum. Stora träd är samtidigt ett av de mest effektiva sätten att ta "
        "hand om kraftiga regn. Att ersätta ett hundraårigt träd med ett nyplanterat ger "
        "inte samma nytta förrän om flera decennier."
    )
    d.p(
        "Flera städer, bland annat Malmö och Helsingborg, har tagit fram trädplaner eller "
        "trädpolicyer som anger hur träden ska skyddas, hur fällda träd ska ersättas och hur "
        "trädbeståndet ska utvecklas på lång sikt. Lund behöver ett motsvarande styrdokument "
        "för stadskärnan, och det bör tas fram i dialog med lundaborna, "
        "universitetet och de många föreningar som engagerar sig i stadens grönska."
    )
    d.p("Med anledning av ovanstående yrkar vi", keep=True, before=4)
    props = [
        "att kommunfullmäktige uppdrar åt tekniska nämnden att ta fram en trädplan för "
        "Lunds stadskärna,",
        "att trädplanen ska innehålla en inventering av samtliga gatu- och parkträd i "
        "stadskärnan samt mål för trädbeståndets utveckling till 2040,",
        "att varje träd som fälls i stadskärnan ska ersättas med minst ett nytt träd med "
        "tillräcklig växtbädd, samt",
        "att trädplanen tas fram i dialog med invånare, Lunds universitet och berörda föreningar.",
    ]
    for pr in props:
        body = pr[len("att ") :]
        d.p("**att**\t" + body, indent=1.0, first=-1.0, tabs=[(1.0, "left")], after=6, align="left")
    d.features.add("att-clauses with bold 'att' and hanging indent (tab)")
    d.p("Lund den 18 maj 2015", before=16, after=30, align="left")
    d.sig_columns([["Karin Ek (MP)"], ["Johan Sund (MP)"], ["Alva Persson (MP)"]], tab=5.5)

    meta = dict(
        doc_type="motion",
        date="2015-05-18",
        reference=None,
        title=title,
        authors=[
            person("Karin Ek", "MP"),
            person("Johan Sund", "MP"),
            person("Alva Persson", "MP"),
        ],
        addressed=[],
        questions=[],
        proposals=props,
    )
    return d, meta, {}
