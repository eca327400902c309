from kmdoc import Doc, person

STEM = "uppsala_2022_skrivelse_trafikverket"


def build(logos):
    d = Doc(
        STEM,
        font="Liberation Sans",
        size=11,
        after=9,
        line=1.15,
        align="left",
        margins=(2.5, 2.5, 2.5, 2.5),
        core_title="Skrivelse",
        core_author="erno0001",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.logo(sec.first_page_header, logos["uppsala"], 4.4)
    para = d.hf_para(sec.header, "Uppsala kommun\t", tabs=[(16.0, "right")], size=9)
    d.page_field_text(para, "{PAGE} ({NUMPAGES})", size=9)
    d.hf_para(
        sec.first_page_footer,
        "Uppsala kommun, kommunledningskontoret, 753 75 Uppsala  •  018-727 00 00  •  www.uppsala.se",
        size=7.5,
        align="center",
    )

    # address block at the right (indented), reference and date on the left before it
    d.p(
        "Datum: 2022-09-14\tDiarienummer: KSN-2022-02231",
        tabs=[(9.0, "left")],
        size=9.5,
        after=24,
        alt="Datum: 2022-09-14\nDiarienummer: KSN-2022-02231",
    )
    for i, line in enumerate(["Trafikverket", "Generaldirektör Lena Ståhl", "781 89 Borlänge"]):
        d.p(line, indent=9.0, after=0)
    d.features.add("address block at right (indented paragraphs)")
    d.blank(2)
    title = "Begäran om tidigarelagd utbyggnad till fyra spår mellan Uppsala och Stockholm"
    d.h(title, 2)
    d.p(
        "Uppsala kommun och Region Uppsala vänder oss till Trafikverket med anledning av "
        "arbetet med den nationella planen för transportinfrastruktur för perioden "
        "2022–2033. Vi vill med denna skrivelse framhålla behovet av att utbyggnaden till "
        "fyra spår på Ostkustbanan mellan Uppsala och Stockholm tidigareläggs."
    )
    d.p(
        "Stråket mellan Stockholm och Uppsala är ett av landets mest belastade. Varje dag "
        "reser omkring 40 000 personer med tåg över länsgränsen, och resandet väntas öka "
        "kraftigt i takt med att Uppsala växer. Kommunen har åtagit sig att bygga 33 000 "
        "bostäder i de östra stadsdelarna och i Bergsbrunna inom ramen för det avtal som "
        "tecknats med staten om Sverigeförhandlingen. Åtagandet bygger på att staten "
        "genomför de spårinvesteringar som är en förutsättning för att de nya "
        "stadsdelarna ska kunna trafikförsörjas hållbart."
    )
    d.p(
        "Redan i dag är kapaciteten på dubbelspåret mellan Myrbacken och Uppsala "
        "fullt utnyttjad under högtrafik. Förseningar på en enskild avgång sprider sig "
        "snabbt till hela systemet och drabbar både pendlare, fjärrtrafik och godstrafik "
        "till och från Norrland. Trafikverkets egna analyser visar att punktligheten på "
        "sträckan inte kommer att kunna förbättras i någon väsentlig grad utan fyra spår."
    )
    d.p(
        "I det remitterade förslaget till nationell plan är byggstarten för fyra spår "
        "skjuten till slutet av planperioden. Det innebär att bostadsbyggandet i "
        "Bergsbrunna riskerar att försenas med flera år, och att den regionala "
        "arbetsmarknaden inte kan utvecklas i den takt som både kommunen och staten har "
        "förutsatt."
    )
    d.p(
        "Mot denna bakgrund hemställer Uppsala kommun och Region Uppsala att Trafikverket "
        "i den slutliga planen prioriterar utbyggnaden till fyra spår mellan Uppsala och "
        "Stockholm, med byggstart senast 2026, och att en ny station i Bergsbrunna "
        "planeras i samma skede."
    )
    d.p("Vi står gärna till förfogande för ett möte för att diskutera frågan vidare.")
    d.p("Med vänliga hälsningar", before=10, after=30)
    d.sig_columns(
        [
            ["Erik Nordin", "Kommunstyrelsens ordförande", "Uppsala kommun"],
            ["Lina Ekström", "Regionstyrelsens ordförande", "Region Uppsala"],
        ],
        tab=8.5,
    )
    d.p("Kopia: Infrastrukturdepartementet", before=28, size=9.5, after=0)

    meta = dict(
        doc_type="letter",
        date="2022-09-14",
        reference="KSN-2022-02231",
        title=title,
        authors=[
            person("Erik Nordin", None, "Kommunstyrelsens ordförande"),
            person("Lina Ekström", None, "Regionstyrelsens ordförande"),
        ],
        addressed=[person("Lena Ståhl", None, "Generaldirektör")],
        questions=[],
        proposals=[],
    )
    return d, meta, {}
