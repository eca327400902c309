from kmdoc import Doc, person

STEM = "uppsala_2018_motion_giftfria_forskolor"


def build(logos):
    d = Doc(
        STEM,
        font="Carlito",
        size=12,
        after=8,
        line=1.1,
        margins=(2.5, 2.5, 2.5, 2.5),
        core_title="Motion",
        core_author="Vänsterpartiet Uppsala",
    )
    sec = d.d.sections[0]
    d.hf_para(
        sec.header,
        "Vänsterpartiet Uppsala\tMotion till kommunfullmäktige",
        tabs=[(16.0, "right")],
        size=9,
        color="8B0000",
    )
    para = d.hf_para(sec.footer, align="center")
    d.page_field_text(para, "{PAGE} ({NUMPAGES})", size=9)

    title = "Motion om giftfria förskolor"
    d.h(title, 1)
    d.p(
        "De första levnadsåren är en känslig period. Barns kroppar och organ är under "
        "utveckling, och barn får i sig mer av olika ämnen i förhållande till sin kroppsvikt "
        "än vuxna. De stoppar saker i munnen, leker på golvet och andas snabbare. Därför är "
        "det särskilt viktigt att de miljöer där barn tillbringar en stor del av sina dagar "
        "är fria från ämnen som kan skada hälsan."
    )
    d.p(
        "I förskolornas lokaler finns fortfarande mycket material och många produkter som "
        "innehåller ämnen med hormonstörande, allergiframkallande eller cancerframkallande "
        "egenskaper. Det kan handla om gamla leksaker i mjukplast, madrasser och kuddar med "
        "flamskydds{-}medel, golvmattor av PVC, elektronik som har kasserats av vuxna och fått "
        "nytt liv som lekmaterial, eller plastkärl som används vid uppvärmning av mat."
    )
    d.p(
        "Flera kommuner, bland annat Stockholm och Göteborg, har under de senaste åren "
        "arbetat systematiskt med att fasa ut farliga ämnen ur förskolan. Erfarenheterna "
        "visar att arbetet inte behöver vara kostsamt. Mycket handlar om att rensa ut gamla "
        "saker, se över städrutiner och vädring, och att ställa tydliga krav vid inköp. "
        "Kemikalieinspektionen har tagit fram vägledningar som kommunen kan använda direkt."
    )
    d.p(
        "I Uppsala finns i dag ingen samlad plan för att göra förskolorna giftfria. "
        "Enskilda förskolor har gjort ett föredömligt arbete, men ambitionsnivån varierar "
        "stort mellan olika delar av kommunen. Barnen ska inte behöva ha tur med vilken "
        "förskola de går på för att slippa exponeras för skadliga ämnen. Det behövs ett "
        "kommungemensamt grepp."
    )
    d.p(
        "Med hänvisning till ovanstående föreslår vi kommunfullmäktige besluta", keep=True, before=4
    )
    props = [
        "att uppdra åt utbildningsnämnden att ta fram en handlingsplan för giftfria "
        "förskolor med tidsatta mål,",
        "att samtliga kommunala förskolor inventeras med avseende på leksaker, "
        "inredning och material som kan innehålla farliga ämnen senast den 31 december 2019,",
        "att kommunen i sina upphandlingar av möbler, leksaker och förbrukningsmaterial "
        "till förskolan ställer krav på frihet från hormonstörande ämnen, samt",
        "att handlingsplanen följs upp årligen i utbildningsnämndens verksamhetsberättelse.",
    ]
    d.items(props, kind="decimal", fmt="%1.", after=5)
    d.features.add("att-clauses as a numbered list")
    d.p("Uppsala den 26 februari 2018", before=16, after=30)
    d.p("Linnea Berg (V)", after=26)
    d.p("Omar Saleh (V)", after=0)

    meta = dict(
        doc_type="motion",
        date="2018-02-26",
        reference=None,
        title=title,
        authors=[person("Linnea Berg", "V"), person("Omar Saleh", "V")],
        addressed=[],
        questions=[],
        proposals=props,
    )
    return d, meta, {}
