from kmdoc import Doc, person

STEM = "stockholm_2024_skrivelse_socialdepartementet"


def build(logos):
    d = Doc(
        STEM,
        font="Caladea",
        size=12,
        after=8,
        line=1.1,
        heading_font="Carlito",
        margins=(2.8, 2.5, 2.5, 2.5),
        align="justify",
        core_title="PM",
        core_author="Stadsledningskontoret",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.logo(sec.first_page_header, logos["stockholm"], 4.6)
    para = d.hf_para(sec.header, "Stockholms stad\t", tabs=[(15.9, "right")], size=9)
    d.page_field_text(para, "{PAGE}/{NUMPAGES}", size=9)
    para = d.hf_para(
        sec.first_page_footer,
        "Stadsledningskontoret, Stadshuset, 105 35 Stockholm\t",
        tabs=[(15.9, "right")],
        size=8,
    )
    d.page_field_text(para, "{PAGE}/{NUMPAGES}", size=8)

    memo = [
        ("Till:", "Socialdepartementet, socialtjänstminister Camilla Wester"),
        ("Från:", "Socialborgarrådet Jonas Almqvist (S), Stockholms stad"),
        ("Datum:", "2024-02-05"),
        ("Dnr:", "KS 2024/0211"),
    ]
    for k, v in memo:
        d.p(f"**{k}**\t{v}", tabs=[(2.2, "left")], after=2, align="left")
    d.features.add("'Till: / Från:' memo block with tab stops")
    d.p("", after=6)
    title = "Hemställan om uppgiftsskyldighet vid hot om avhysning av barnfamiljer"
    d.h(title, 1)
    d.p(
        "Stockholms stad arbetar aktivt för att förebygga avhysningar, särskilt när barn "
        "berörs. Ingen familj ska behöva förlora sin bostad på grund av skulder som hade "
        "kunnat hanteras om socialtjänsten hade fått kännedom om situationen i tid. Trots "
        "detta avhystes 61 barnfamiljer i Stockholm under 2023, vilket är det högsta "
        "antalet på tio år."
    )
    d.p(
        "Socialtjänsten får i dag underrättelse från hyresvärden när en hyresgäst har sagts "
        "upp på grund av obetald hyra. Underrättelsen skickas dock ofta sent i processen, "
        "och det är inte ovanligt att familjen redan har flyttat, har bytt telefonnummer "
        "eller inte svarar på socialtjänstens kontaktförsök. Kronofogdemyndigheten har "
        "samtidigt uppgifter om förestående avhysningar som skulle kunna ge socialtjänsten "
        "bättre förutsättningar att agera, men sekretessreglerna hindrar i många fall att "
        "uppgifterna lämnas ut till kommunen."
    )
    d.p(
        "Staden har vid flera tillfällen lyft frågan i dialog med Kronofogdemyndigheten och "
        "med Socialstyrelsen. Båda myndigheterna delar bilden av att informationsutbytet "
        "behöver förbättras, men konstaterar att en förändring kräver lagstiftning. "
        "Frågan berördes även i betänkandet Hållbar socialtjänst (SOU 2020:47) utan att "
        "något förslag lades fram."
    )
    d.p("Mot denna bakgrund hemställer Stockholms stad att regeringen", keep=True)
    d.items(
        [
            "utreder en uppgiftsskyldighet för Kronofogdemyndigheten gentemot socialnämnden "
            "när en ansökan om avhysning berör ett hushåll med barn,",
            "ser över reglerna om underrättelse till socialnämnden i 12 kap. 44 § jordabalken "
            "så att socialtjänsten underrättas i ett tidigare skede, samt",
            "ger Socialstyrelsen i uppdrag att ta fram vägledning för kommunernas "
            "vräkningsförebyggande arbete.",
        ],
        kind="bullet",
        glyph="\u2013",
        after=4,
    )
    d.p(
        "Staden medverkar gärna i det fortsatta arbetet och bidrar med erfarenheter från "
        "stadens vräkningsförebyggande verksamhet.",
        before=6,
    )
    d.p("Jonas Almqvist (S)", before=30, after=0, align="left")
    d.p("Socialborgarråd", after=0, align="left")

    meta = dict(
        doc_type="letter",
        date="2024-02-05",
        reference="KS 2024/0211",
        title=title,
        authors=[person("Jonas Almqvist", "S", "Socialborgarråd")],
        addressed=[person("Camilla Wester", None, "socialtjänstminister")],
        questions=[],
        proposals=[],
    )
    return d, meta, {}
