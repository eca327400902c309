from kmdoc import Doc, person

STEM = "goteborg_2017_dricksvatten"


def build(logos):
    d = Doc(
        STEM,
        font="Liberation Sans",
        size=10.5,
        after=7,
        line=1.2,
        margins=(2.2, 2.5, 2.5, 3.0),
        align="left",
        core_title="",
        core_author="lina.astrom",
    )
    sec = d.d.sections[0]
    d.logo(sec.header, logos["goteborg"], 3.8)
    d.hf_para(
        sec.header, "Kommunfullmäktige\tHandling 2017 nr 48", tabs=[(15.5, "right")], size=8.5
    )
    para = d.hf_para(sec.footer, align="center")
    d.page_field_text(para, "{PAGE}/{NUMPAGES}", size=8.5)

    d.p("Till kommunstyrelsens ordförande Per-Olof Hansson (S)", after=18)
    title = "Dricksvattnets säkerhet i ett förändrat klimat"
    d.h(title, 1)
    d.p(
        "Göta älv är Göteborgs viktigaste dricksvattentäkt. Ungefär 700 000 människor i "
        "Göteborg och grannkommunerna är beroende av att vattnet som tas in vid Lärjeholm "
        "håller god kvalitet. Samtidigt är älven en av Sveriges mest trafikerade farleder, "
        "och längs dess stränder finns industrier, vägar, järnväg och jordbruksmark."
    )
    d.p(
        "Klimatförändringarna ökar riskerna. Kraftigare skyfall spolar ut mer föroreningar "
        "och mikroorganismer i älven, och skredrisken längs Göta älvdalen har i SGI:s "
        "kartläggning bedömts som betydande på flera sträckor. Ett större skred uppströms "
        "intaget skulle kunna slå ut vattenförsörjningen under lång tid. Enligt "
        "kretslopp- och vattennämndens egen riskanalys räcker reservvattnet i Delsjöarna "
        "och Rådasjön till att försörja staden under en begränsad period, och "
        "reservledningarna har inte provats i full skala på många år."
    )
    d.p(
        "Stadsrevisionen konstaterade i sin granskning 2016 att arbetet med att ta fram ett "
        "nytt vattenskyddsområde med skyddsföreskrifter för Göta älv har pågått i över tio "
        "år utan att ett beslut har fattats. Det är inte acceptabelt. Frågan berör flera "
        "kommuner och Länsstyrelsen i Västra Götalands län, men Göteborgs Stad är den klart "
        "största användaren av vattnet och har därmed ett särskilt ansvar för att driva "
        "arbetet framåt."
    )
    d.p("Jag vill därför fråga kommunstyrelsens ordförande:", keep=True)
    qs = [
        "Vad är ditt besked till göteborgarna om när det nya vattenskyddsområdet för Göta "
        "älv kan vara beslutat?",
        "Hur säkerställer staden att reservvattentäkterna klarar att försörja hela "
        "Göteborg vid ett längre avbrott i råvattenintaget?",
        "Är du beredd att ta initiativ till en gemensam handlingsplan med övriga kommuner "
        "längs älven och med Länsstyrelsen för att minska riskerna för dricksvattnet?",
    ]
    d.items(qs, kind="bullet", glyph="\u2013", after=5)
    d.p("Göteborg den 9 mars 2017", before=14, after=26)
    d.p("Lina Åström (V)", after=0)

    meta = dict(
        doc_type="interpellation",
        date="2017-03-09",
        reference=None,
        reference_alternatives=["Handling 2017 nr 48"],
        title=title,
        authors=[person("Lina Åström", "V")],
        addressed=[person("Per-Olof Hansson", "S", "kommunstyrelsens ordförande")],
        questions=qs,
        proposals=[],
    )
    return d, meta, {}
