from kmdoc import Doc, person

STEM = "riksdag_2022_23_betankande_tu7"


def build(logos):
    d = Doc(
        STEM,
        font="Caladea",
        size=10.5,
        after=5,
        line=1.05,
        heading_font="Liberation Sans",
        margins=(2.3, 2.0, 2.3, 2.0),
        align="justify",
        core_title="Betänkande 2022/23:TU7",
        core_author="Riksdagsförvaltningen",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.logo(sec.first_page_header, logos["riksdag"], 3.6)
    para = d.hf_para(
        sec.header, "2022/23:TU7\tVÄGTRAFIK- OCH FORDONSFRÅGOR", tabs=[(17.0, "right")], size=8.5
    )
    para = d.hf_para(sec.footer, align="center")
    d.page_field_text(para, "{PAGE}", size=9)
    para = d.hf_para(sec.first_page_footer, align="center")
    d.page_field_text(para, "{PAGE}", size=9)

    d.p("Trafikutskottets betänkande 2022/23:TU7", size=11, bold=True, after=2, align="left")
    title = "Vägtrafik- och fordonsfrågor"
    d.h(title, 1)
    d.p("", after=2)
    d.columns(2, space_cm=0.9)

    d.h("Sammanfattning", 2)
    d.p(
        "Utskottet föreslår att riksdagen avslår samtliga motionsyrkanden i betänkandet, "
        "bl.a. med hänvisning till pågående arbete och tidigare ställningstaganden."
    )
    d.p(
        "Motionsyrkandena handlar bl.a. om trafiksäkerhet, rattfylleri, hastighets\u00adgränser, "
        "fordons\u00adbesiktning och körkortsfrågor. Utskottet konstaterar att regeringen i "
        "flera av de aktuella frågorna har gett uppdrag till Trafikverket och "
        "Transportstyrelsen, och att resultatet av dessa uppdrag bör avvaktas innan "
        "riksdagen tar ställning."
    )
    d.p("I betänkandet finns fyra reservationer (SD, V, MP) och ett särskilt yttrande (C).")
    d.p("Behandlade förslag", bold=True, before=4, after=2)
    d.p("Omkring 90 yrkanden i motioner från allmänna motionstiden 2022/23.")
    d.h("Utskottets förslag till riksdagsbeslut", 2)
    d.p("**1. Trafiksäkerhet**", after=2, align="left")
    d.p(
        "Riksdagen avslår motionerna 2022/23:112 av Thomas Ek (SD) yrkandena 1 och 2, "
        "2022/23:541 av Maria Holmberg (V) yrkande 3 och 2022/23:1987 av Oskar Linde (KD) "
        "yrkande 4."
    )
    d.p("__Reservation 1 (SD)__", align="right", after=6)
    d.p("**2. Rattfylleri och nykterhet i trafiken**", after=2, align="left")
    d.p(
        "Riksdagen avslår motionerna 2022/23:205 av Thomas Ek (SD) yrkande 5, "
        "2022/23:876 av Sara Fors (MP) yrkande 2 och 2022/23:1403 av Lars Ahl (M)."
    )
    d.p("__Reservation 2 (V)__", align="right", after=6)
    d.p("**3. Hastighetsgränser**", after=2, align="left")
    d.p(
        "Riksdagen avslår motionerna 2022/23:318 av Peter Nyberg (S) och 2022/23:1122 av "
        "Sara Fors (MP) yrkandena 1–3."
    )
    d.p("__Reservation 3 (MP)__", align="right", after=6)
    d.p("**4. Fordonsbesiktning**", after=2, align="left")
    d.p(
        "Riksdagen avslår motionerna 2022/23:457 av Lars Ahl (M) yrkande 2 och "
        "2022/23:1655 av Oskar Linde (KD) yrkande 1."
    )
    d.p("**5. Körkortsfrågor**", after=2, align="left")
    d.p(
        "Riksdagen avslår motionerna 2022/23:98 av Thomas Ek (SD) yrkandena 3 och 4 och "
        "2022/23:1290 av Maria Holmberg (V)."
    )
    d.p("__Reservation 4 (SD)__", align="right", after=6)
    d.p("Stockholm den 14 mars 2023", before=6, after=2, align="left")
    d.p("På trafikutskottets vägnar", after=10, align="left")
    d.p("Ulla Berggren", after=8, align="left")
    d.p(
        "__Följande ledamöter har deltagit i beslutet:__ Ulla Berggren (C), Thomas Ek (SD), "
        "Peter Nyberg (S), Lars Ahl (M), Anna Strömberg (S), Johan Wiik (SD), "
        "Karin Lövgren (M), Maria Holmberg (V), Oskar Linde (KD), Lisa Norén (S), "
        "Sara Fors (MP), Henrik Ström (L), Erik Svedberg (SD), Elin Dahl (S) och "
        "Malin Nyström (M)."
    )
    d.h("Redogörelse för ärendet", 2)
    d.p(
        "I betänkandet behandlar utskottet motionsyrkanden från allmänna motionstiden "
        "2022/23 om vägtrafik- och fordonsfrågor. Utskottet har den 2 februari 2023 tagit "
        "emot en information från Transportstyrelsen om myndighetens arbete med "
        "körkortsfrågor och fordonsbesiktning."
    )
    d.h("Utskottets överväganden", 2)
    d.h("Trafiksäkerhet", 3)
    d.p("__Utskottets förslag i korthet__", after=2)
    d.p(
        "Riksdagen avslår motionsyrkanden om trafiksäkerhet. Utskottet hänvisar till "
        "pågående arbete."
    )
    d.p("__Motionerna__", after=2)
    d.p(
        "Thomas Ek m.fl. (SD) anför i motion 2022/23:112 att regeringen bör ge "
        "Trafikverket i uppdrag att prioritera mitträcken på de mest olycksdrabbade "
        "vägsträckorna i landet. I motion 2022/23:541 av Maria Holmberg m.fl. (V) "
        "föreslås att nollvisionen ska stärkas genom ett nytt etappmål för oskyddade "
        "trafikanter."
    )
    d.p("__Utskottets ställningstagande__", after=2)
    d.p(
        "Utskottet vill inledningsvis framhålla att nollvisionen ligger fast som grund för "
        "trafiksäkerhetsarbetet. Antalet omkomna i vägtrafiken har minskat kraftigt under "
        "de senaste decennierna, men utvecklingen har under senare år planat ut. Utskottet "
        "ser därför positivt på att regeringen har gett Trafikverket i uppdrag att ta fram "
        "förslag till nya etappmål efter 2030. Utskottet anser att resultatet av uppdraget "
        "bör avvaktas och är inte berett att ta något initiativ med anledning av "
        "motionerna. Motionsyrkandena avslås."
    )

    meta = dict(
        doc_type="report",
        date="2023-03-14",
        reference="2022/23:TU7",
        reference_alternatives=["Betänkande 2022/23:TU7"],
        title=title,
        title_alternatives=["Trafikutskottets betänkande 2022/23:TU7 Vägtrafik- och fordonsfrågor"],
        authors=[person("Ulla Berggren", "C")],
        authors_alternatives=[[]],
        addressed=[],
        questions=[],
        proposals=[],
    )
    return d, meta, {}
