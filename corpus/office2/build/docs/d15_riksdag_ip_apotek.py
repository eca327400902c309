from kmdoc import Doc, person

STEM = "riksdag_2019_20_interpellation_456_apotek"


def build(logos):
    d = Doc(
        STEM,
        font="Caladea",
        size=12,
        after=8,
        line=1.1,
        heading_font="Liberation Sans",
        margins=(2.5, 3.0, 2.5, 3.4),
        align="justify",
        core_title="Interpellation 2019/20:456",
        core_author="Riksdagsförvaltningen",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.logo(sec.first_page_header, d_logo(logos), 4.0)
    para = d.hf_para(sec.header, "Interpellation 2019/20:456\t", tabs=[(14.6, "right")], size=9)
    d.page_field_text(para, "{PAGE} ({NUMPAGES})", size=9)

    d.h("Interpellation 2019/20:456 Apotek på landsbygden", 1)
    d.p("av Anna Nilsson (C)", after=0, align="left")
    d.p("till Socialminister Lena Hägg (S)", after=16, align="left")
    d.p(
        "Sedan apoteksmarknaden omreglerades 2009 har antalet apotek i Sverige ökat med "
        "omkring 40 procent. Ökningen har dock nästan uteslutande skett i städer och "
        "större tätorter, ofta i köpcentrum där flera apotek ligger vägg i vägg. På "
        "landsbygden har utvecklingen gått åt andra hållet. Flera orter har förlorat sitt "
        "enda apotek, och avståndet till närmaste apotek är i vissa delar av landet i dag "
        "över tio mil."
    )
    d.p(
        "För den som är äldre, saknar bil eller är beroende av läkemedel som måste hämtas "
        "ut snabbt är detta ett allvarligt problem. Apoteksombud och e\u00adhandel kan vara "
        "ett komplement, men de kan inte ersätta den farmaceutiska rådgivning som ett "
        "öppenvårdsapotek erbjuder. Det gäller inte minst i glesbygdskommuner där "
        "vårdcentralen har begränsade öppettider och där apoteket ofta är den enda plats "
        "där man kan få personlig rådgivning om sina läkemedel."
    )
    d.p(
        "Tandvårds- och läkemedelsförmånsverket har i sin rapport om apoteksmarknaden "
        "konstaterat att det statliga stödet till apotek i glesbygd är för litet för att "
        "påverka etableringen i någon större utsträckning. Stödet har dessutom villkor som "
        "gör att apotek som ligger strax över avståndsgränsen inte får något stöd alls, även "
        "om de är helt avgörande för läkemedelsförsörjningen i sitt närområde."
    )
    d.p(
        "Regeringen har i januariavtalet åtagit sig att stärka servicen i hela landet. Det "
        "är därför angeläget att få besked om vilka åtgärder regeringen avser att vidta för "
        "att tillgången till apotek ska vara god även utanför städerna."
    )
    d.p("Mot denna bakgrund vill jag fråga socialministern:", keep=True)
    qs = [
        "Vilka åtgärder avser ministern att vidta för att säkerställa tillgången till "
        "öppenvårdsapotek på landsbygden?",
        "Avser ministern att verka för att glesbygdsstödet till apotek ses över så att fler "
        "apotek i glesbygd kan få del av stödet?",
    ]
    for i, q in enumerate(qs, 1):
        d.p(
            f"{i}.\t{q}",
            indent=0.75,
            first=-0.75,
            tabs=[(0.75, "left")],
            align="left",
            alt=f"{i}. {q}",
        )
    d.features.add("typed question numbers with hanging indent")
    d.p("Stockholm den 12 februari 2020", before=14, after=26, align="left")
    d.p("Anna Nilsson (C)", after=0, align="left")

    meta = dict(
        doc_type="interpellation",
        date="2020-02-12",
        reference="2019/20:456",
        reference_alternatives=["Interpellation 2019/20:456"],
        title="Apotek på landsbygden",
        title_alternatives=["Interpellation 2019/20:456 Apotek på landsbygden"],
        authors=[person("Anna Nilsson", "C")],
        addressed=[person("Lena Hägg", "S", "Socialminister")],
        questions=qs,
        proposals=[],
    )
    return d, meta, {}


def d_logo(logos):
    return logos["riksdag"]
