"""Uppsala documents 1-6 (interpellation, answer, motion, tjänsteskrivelse, protokollsutdrag, letter)."""

from lib import POSTAL_UPPSALA, Doc, person


def upp_interp_2019_trygghetsvakter():
    d = Doc("upp_interp_2019_trygghetsvakter", font="Calibri", size=11)
    # party "logo" in the page header
    d.hp(d.sec.header, "Kristdemokraterna", size=18, bold=True, color="005AA0")
    d.hp(d.sec.header, "Uppsala", size=10, color="005AA0")
    d.h("Interpellation", 1, size=18)
    d.p("Till kommunstyrelsens ordförande Helena Forsberg (S)", after=12)
    title = "Om kommunens trygghetsvakter i stadsdelarna"
    d.h(title, 2)
    d.p(
        "Sedan hösten 2018 har Uppsala kommun trygghetsvakter i centrala Uppsala. Satsningen har tagits emot väl "
        "av både handlare och boende, och enligt kommunens egen uppföljning upplever fler att det är tryggare att "
        "röra sig i city under kvällstid. Det är bra. Men otryggheten är inte begränsad till stadskärnan."
    )
    d.p(
        "I Gottsunda, Valsätra, Stenhagen och Gränby vittnar boende om att de undviker att gå ut efter mörkrets "
        "inbrott. I kommunens trygghetsundersökning från 2018 uppger var tredje kvinna i dessa områden att hon "
        "någon gång avstått från en aktivitet av rädsla för att utsättas för brott. Det är inte acceptabelt att "
        "tryggheten ska bero på vilken stadsdel man bor i."
    )
    d.p(
        "Kristdemokraterna har vid flera tillfällen föreslagit att trygghetsvakterna ska finnas där behoven är som "
        "störst, inte bara där flest människor passerar. Samtidigt har majoriteten i budgeten för 2019 valt att "
        "ligga kvar på samma nivå som tidigare år. Vi menar att det är fel prioritering när polisen själv "
        "efterfrågar fler vuxna i det offentliga rummet."
    )
    d.p(
        "Mot bakgrund av detta vill jag ställa följande frågor till kommunstyrelsens ordförande:",
        keep_next=True,
    )
    qs = [
        "Avser du att verka för att kommunens trygghetsvakter även ska patrullera i Gottsunda, Valsätra, "
        "Stenhagen och Gränby?",
        "Hur kommer kommunen att följa upp effekterna av trygghetsvakterna i de områden där de redan finns?",
        "Vilken dialog för kommunen med polisen om var och när trygghetsvakterna gör mest nytta?",
    ]
    d.numbered(qs)
    d.p("Uppsala den 3 mars 2019", before=12, after=24)
    d.p("Mikael Strand (KD)")
    return d, dict(
        doc_type="interpellation",
        date="2019-03-03",
        reference=None,
        title=title,
        title_alternatives=["Interpellation om kommunens trygghetsvakter i stadsdelarna"],
        authors=[person("Mikael Strand", "KD")],
        addressed=[person("Helena Forsberg", "S", "Kommunstyrelsens ordförande")],
        questions=qs,
        features="party logo text in page header; Heading styles; Word auto-numbered list (List Number) for questions; "
        "dateline + signature in body",
    )


def upp_svar_2019_trygghetsvakter():
    d = Doc("upp_svar_2019_trygghetsvakter", font="Calibri", size=11, justify=False)
    d.first_page_different()
    fh = d.sec.first_page_header
    d.hp(fh, "Uppsala kommun", size=20, bold=True)
    d.hp(fh, "Kommunstyrelsen", size=10, after=4)
    d.htable(
        fh,
        [
            ["Handläggare:", "Datum:", "Diarienummer:"],
            ["Lena Holm", "2019-04-08", "KSN-2019-00312"],
        ],
        [5.5, 4.5, 6],
        size=9,
        bold_rows=(0,),
    )
    d.hp(fh, "")
    d.hp(d.sec.header, "Uppsala kommun\t{PAGE} ({NUMPAGES})", size=9, tabs=[(16, "r")])
    d.hp(d.sec.first_page_footer, POSTAL_UPPSALA, size=8, align="c")
    title = (
        "Svar på interpellation av Mikael Strand (KD) om kommunens trygghetsvakter i stadsdelarna"
    )
    d.h(title, 1)
    d.p(
        "Mikael Strand (KD) har i en interpellation ställt tre frågor till mig om kommunens trygghetsvakter och "
        "om tryggheten i stadsdelarna utanför centrum."
    )
    d.p(
        "Trygghet är en förutsättning för ett gott liv och för ett samhälle som håller ihop. Jag delar "
        "interpellantens bild av att otryggheten i delar av Uppsala är för hög, och att den drabbar kvinnor och "
        "äldre i särskilt hög grad. Därför har kommunen under de senaste åren byggt ut det förebyggande arbetet "
        "på bred front, från fler fältassistenter och utökade öppettider på fritidsgårdarna till bättre belysning "
        "och trygghetsvandringar tillsammans med boende och fastighetsägare."
    )
    q1 = (
        "Avser du att verka för att kommunens trygghetsvakter även ska patrullera i Gottsunda, Valsätra, "
        "Stenhagen och Gränby?"
    )
    d.p("**" + q1 + "**", keep_next=True)
    d.p(
        "Trygghetsvakterna infördes som ett försök i centrala Uppsala, där antalet anmälda brott och "
        "ordningsstörningar är störst. Försöket utvärderas nu av kommunledningskontoret tillsammans med polisen. "
        "Först när utvärderingen är klar, vilket beräknas ske under hösten, är det rimligt att ta ställning till "
        "om och hur verksamheten ska utvidgas till fler stadsdelar. Jag vill inte föregripa den utvärderingen."
    )
    d.p(
        "Redan i dag finns det dock en ordningsvaktsförstärkning i Gottsunda centrum som bekostas gemensamt av "
        "kommunen, Uppsalahem och fastighetsägaren till centrumanläggningen. Den förstärkningen kommer att finnas "
        "kvar under 2019."
    )
    q2 = "Hur kommer kommunen att följa upp effekterna av trygghetsvakterna i de områden där de redan finns?"
    d.p("**" + q2 + "**", keep_next=True)
    d.p(
        "Uppföljningen sker på tre sätt. För det första redovisar vaktbolaget varje månad antalet ingripanden, "
        "avvisningar och kontakter med allmänheten. För det andra följer vi utvecklingen av anmälda brott i "
        "samverkan med lokalpolisområde Uppsala. För det tredje ställs frågor om upplevd trygghet i city i den "
        "trygghetsmätning som kommunen genomför vartannat år. Resultatet kommer att redovisas för kommunstyrelsen "
        "i samband med uppföljningen av handlingsplanen för ökad trygghet och säkerhet."
    )
    q3 = "Vilken dialog för kommunen med polisen om var och när trygghetsvakterna gör mest nytta?"
    d.p("**" + q3 + "**", keep_next=True)
    d.p(
        "Kommunen och polisen har sedan 2016 ett samverkansavtal med gemensamma medborgarlöften. Inom ramen för "
        "avtalet träffas en styrgrupp varje månad och en operativ samverkansgrupp varje vecka. I den operativa "
        "gruppen går man igenom lägesbilden inför helgen och beslutar var trygghetsvakterna ska placeras. "
        "Dialogen är alltså både löpande och konkret, och polisen har vid flera tillfällen framhållit samarbetet "
        "som ett gott exempel."
    )
    d.p(
        "Jag ser därför inget behov av att i nuläget ändra formerna för dialogen med polisen. Däremot kommer vi "
        "att bjuda in företrädare för de stadsdelar som interpellanten nämner till kommande möten i "
        "styrgruppen, så att även boendes erfarenheter tas tillvara."
    )
    d.p("Helena Forsberg (S)\nKommunstyrelsens ordförande", before=18)
    return d, dict(
        doc_type="answer",
        date="2019-04-08",
        reference="KSN-2019-00312",
        title=title,
        authors=[person("Helena Forsberg", "S", "Kommunstyrelsens ordförande")],
        addressed=[person("Mikael Strand", "KD")],
        quoted_questions=[q1, q2, q3],
        features="letterhead + Handläggare/Datum/Diarienummer table in FIRST-PAGE Word header (date appears only "
        "there); different first page; running header 'Uppsala kommun  N (M)' with PAGE/NUMPAGES fields; "
        "postal footer on page 1; bold quoted questions; signature with line break role",
    )


def upp_motion_2021_solceller():
    d = Doc("upp_motion_2021_solceller", font="Garamond", size=12)
    d.hp(
        d.sec.header,
        "Vänsterpartiet\tMiljöpartiet de gröna",
        size=11,
        bold=True,
        color="AF0000",
        tabs=[(16, "r")],
    )
    d.hp(d.sec.footer, "{PAGE}", size=9, align="c")
    title = "Motion om solceller på kommunens skolor och förskolor"
    d.h(title, 1)
    d.p(
        "Klimatkrisen kräver att alla samhällets aktörer ställer om, och kommunen har ett särskilt ansvar att "
        "gå före. Uppsala har som mål att vara fossilfritt 2030 och klimatpositivt 2050. För att nå dit behöver "
        "andelen förnybar el som produceras lokalt öka kraftigt."
    )
    d.p(
        "Kommunens skolor och förskolor har tillsammans mer än 400 000 kvadratmeter takyta. En stor del av den "
        "ytan är plana tak eller tak i söderläge som lämpar sig väl för solceller. I dag är det bara ett tjugotal "
        "av kommunens omkring 190 skol- och förskolebyggnader som har solcellsanläggningar. Skolfastigheter AB "
        "har visserligen en solcellsstrategi, men takten i utbyggnaden är alldeles för låg."
    )
    d.p(
        "Solceller på skoltaken är inte bara bra för klimatet. Priset på solpaneler har sjunkit med mer än "
        "80 procent på tio år och med dagens elpriser betalar sig en anläggning på mindre än femton år. "
        "Dessutom kan anläggningarna bli en resurs i undervisningen. Elever kan följa hur mycket el som "
        "produceras, jämföra med skolans förbrukning och lära sig om energiomställningen på riktigt."
    )
    d.p(
        "Flera andra kommuner, bland annat Västerås och Linköping, har beslutat att alla nya och "
        "renoverade skolbyggnader ska förses med solceller. Vi anser att Uppsala ska gå längre och ta ett "
        "samlat grepp om hela beståndet."
    )
    d.p("Vi föreslår kommunfullmäktige besluta", keep_next=True, before=6)
    props = [
        "att ge kommunstyrelsen i uppdrag att tillsammans med Skolfastigheter AB ta fram en plan för att senast "
        "2025 installera solceller på samtliga lämpliga tak på kommunens skolor och förskolor,",
        "att solceller ska installeras vid all nybyggnation och större renovering av skol- och förskolelokaler,",
        "att ge utbildningsnämnden i uppdrag att utveckla material så att anläggningarna kan användas i "
        "undervisningen, samt",
        "att planen återrapporteras till kommunstyrelsen senast den 30 juni 2022.",
    ]
    for pr in props:
        d.p(pr, indent=0.0, after=4)
    d.p("Uppsala den 18 oktober 2021", before=12, after=18)
    d.table(
        [["Tobias Ek (V)", "Sara Lind (MP)", "Karim Haddad (V)"]],
        widths=[5.3, 5.3, 5.3],
        borders=False,
    )
    return d, dict(
        doc_type="motion",
        date="2021-10-18",
        reference=None,
        title=title,
        authors=[person("Tobias Ek", "V"), person("Sara Lind", "MP"), person("Karim Haddad", "V")],
        addressed=[],
        proposals=props,
        features="two party names in header with right tab; page number field in footer; Garamond (substituted); "
        "att-clauses as plain paragraphs; three signatures side by side in a borderless table",
    )


def upp_tjsk_2022_skolskjuts():
    d = Doc("upp_tjsk_2022_skolskjuts", font="Arial", size=10.5, margins=(2.0, 2.0, 2.5, 2.5))
    d.hp(d.sec.header, "Uppsala kommun\tTjänsteskrivelse", size=14, bold=True, tabs=[(16, "r")])
    d.hp(
        d.sec.header,
        "Utbildningsförvaltningen\tSida {PAGE} av {NUMPAGES}",
        size=9,
        tabs=[(16, "r")],
    )
    d.hp(
        d.sec.footer,
        "Postadress: Uppsala kommun, utbildningsförvaltningen, 753 75 Uppsala · Telefon 018-727 00 00 · "
        "utbildningsforvaltningen@uppsala.se · www.uppsala.se",
        size=7.5,
        align="c",
    )
    d.table(
        [
            ["Handläggare:", "Datum:", "Diarienummer:"],
            ["Anna Bergström", "2022-02-14", "UBN-2022-00187"],
        ],
        widths=[6, 5, 6],
        borders=False,
        size=9,
        bold_rows=(0,),
    )
    d.p("Utbildningsnämnden", before=12, bold=True)
    title = "Utvärdering av skolskjutsverksamheten 2021"
    d.h(title, 1)
    d.h("Förslag till beslut", 2)
    d.p("Utbildningsnämnden föreslås besluta")
    atts = [
        "att godkänna utvärderingen av skolskjutsverksamheten 2021, samt",
        "att uppdra åt förvaltningen att återkomma med förslag till reviderade riktlinjer för skolskjuts "
        "senast i juni 2022.",
    ]
    for a in atts:
        d.p(a, after=3)
    d.h("Sammanfattning", 2)
    d.p(
        "Utbildningsförvaltningen har utvärderat skolskjutsverksamheten under 2021. Antalet elever med rätt till "
        "skolskjuts har ökat med sju procent jämfört med 2020, främst på grund av nya bostadsområden i "
        "kommunens södra delar. Kostnaden per elev har samtidigt ökat till följd av högre drivmedelspriser och "
        "ett nytt avtal med transportören. Förvaltningen bedömer att riktlinjerna behöver ses över."
    )
    d.h("Ärendet", 2)
    d.p(
        "Enligt skollagen (2010:800) har elever i förskoleklass, grundskola och grundsärskola rätt till kostnadsfri "
        "skolskjuts om det behövs med hänsyn till färdvägens längd, trafikförhållanden, funktionsnedsättning hos "
        "eleven eller någon annan särskild omständighet. Utbildningsnämnden antog gällande riktlinjer för "
        "skolskjuts 2018."
    )
    d.p(
        "Skolskjutsen utförs i huvudsak med upphandlade skolbussar och taxi, men en växande andel elever "
        "reser med UL:s linjetrafik med ett kostnadsfritt elevkort. Tabell 1 visar utvecklingen de tre "
        "senaste åren."
    )
    d.p("**Tabell 1. Skolskjuts 2019–2021**", after=2, keep_next=True)
    d.table(
        [
            [
                "År",
                "Antal elever med skolskjuts",
                "Varav elevkort",
                "Kostnad (mnkr)",
                "Kostnad per elev (kr)",
            ],
            ["2019", "3 412", "1 980", "78,4", "22 978"],
            ["2020", "3 506", "2 104", "81,9", "23 360"],
            ["2021", "3 751", "2 311", "92,6", "24 687"],
        ],
        widths=[2, 4.5, 3, 3, 4],
        size=9.5,
        bold_rows=(0,),
        align_cols=["l", "r", "r", "r", "r"],
        shade_rows=(0,),
    )
    d.p("", after=2, truth=False)
    d.p(
        "Ökningen 2021 förklaras till stor del av att området Rosendal och de nya delarna av Gunsta har vuxit "
        "snabbare än skolorna i närområdet. Många elever har därför fått placering i skolor längre bort, vilket "
        "ger rätt till skolskjuts. Förvaltningen har också noterat att antalet ansökningar om skolskjuts på grund "
        "av växelvis boende ökat."
    )
    d.p(
        "Vid utvärderingen har förvaltningen intervjuat rektorer, föräldrar och förare. Det framkommer att "
        "punktligheten i huvudsak är god, men att informationen till vårdnadshavare vid förseningar och inställda "
        "turer behöver förbättras. Flera vårdnadshavare efterfrågar också en digital tjänst för ansökan."
    )
    d.h("Ekonomiska konsekvenser", 2)
    d.p(
        "Beslutet innebär inga ekonomiska konsekvenser i sig. Reviderade riktlinjer kan komma att påverka "
        "kostnaderna och kommer att konsekvensbeskrivas när förslaget lämnas till nämnden."
    )
    d.h("Beslutsunderlag", 2)
    d.bullets(
        [
            "Bilaga 1: Utvärdering av skolskjutsverksamheten 2021",
            "Bilaga 2: Sammanställning av intervjuer med rektorer och vårdnadshavare",
        ]
    )
    d.p("Utbildningsförvaltningen", before=18, after=18)
    d.table(
        [["Eva Sjöberg\nUtbildningsdirektör", "Johan Nyström\nAvdelningschef"]],
        widths=[8, 8],
        borders=False,
    )
    return d, dict(
        doc_type="report",
        date="2022-02-14",
        reference="UBN-2022-00187",
        title=title,
        authors=[
            person("Eva Sjöberg", None, "Utbildningsdirektör"),
            person("Johan Nyström", None, "Avdelningschef"),
        ],
        authors_alternatives=[[person("Anna Bergström", None, "Handläggare")]],
        addressed=[],
        att_clauses_not_motion=atts,
        features="letterhead + 'Sida X av Y' (PAGE/NUMPAGES) in header; header table (Handläggare/Datum/"
        "Diarienummer) in BODY; Heading 2 sections; bordered figures table with shaded header and "
        "right-aligned numbers; bullet list; two signatories side by side in borderless table; postal footer",
    )


def upp_protokoll_2020_ks():
    d = Doc("upp_protokoll_2020_ks", font="Times New Roman", size=12, margins=(2.0, 3.0, 2.5, 2.5))
    d.htable(
        d.sec.header,
        [
            ["**Uppsala kommun**", "**Protokollsutdrag**", "Sida {PAGE} ({NUMPAGES})"],
            ["Kommunstyrelsen", "Sammanträdesdatum: 2020-09-02", ""],
        ],
        [5.5, 7.0, 3.5],
        size=10,
        align_cols=["l", "l", "r"],
    )
    d.hp(d.sec.header, "")
    d.htable(
        d.sec.footer,
        [["Justerandes signatur", "", "Utdragsbestyrkande"], ["\n\n", "", "\n\n"]],
        [6, 4, 6],
        size=8,
        borders=True,
    )
    d.p("**§ 187**", size=13)
    title = "Ändring av taxa för upplåtelse av offentlig platsmark"
    d.h(title, 2)
    d.p("KSN-2020-1234", after=12)
    d.h("Beslut", 3)
    d.p("Kommunstyrelsen föreslår kommunfullmäktige besluta")
    atts = [
        "att anta ändrad taxa för upplåtelse av offentlig platsmark enligt ärendets bilaga 1, att gälla från "
        "och med den 1 januari 2021, samt",
        "att ge gatu- och samhällsmiljönämnden i uppdrag att besluta om tillämpningsföreskrifter "
        "till taxan.",
    ]
    for a in atts:
        d.p(a, after=3, indent=0.5)
    d.h("Reservation", 3)
    d.p(
        "Simon Alm (SD) och Jonas Petersson (SD) reserverar sig mot beslutet till förmån för eget yrkande."
    )
    d.h("Sammanfattning", 3)
    d.p(
        "Gatu- och samhällsmiljönämnden har föreslagit en ändring av taxan för upplåtelse av offentlig platsmark. "
        "Den gällande taxan antogs 2015 och har inte räknats upp sedan dess. Förslaget innebär att avgifterna "
        "för uteserveringar, byggetableringar och evenemang höjs med i genomsnitt tolv procent och att en ny "
        "zonindelning införs för centrala Uppsala."
    )
    d.p(
        "Under pandemin har kommunen tillfälligt avstått från att ta ut avgift för uteserveringar. "
        "Nämnden föreslår att den nya taxan ska gälla från och med den 1 januari 2021, men att "
        "uteserveringar undantas från höjningen till och med den 31 mars 2021 för att underlätta för "
        "restaurangnäringen."
    )
    d.h("Yrkanden", 3)
    d.p(
        "Erik Pelling (S), Mohamad Hassan (L) och Tobias Smedberg (V) yrkar bifall till arbetsutskottets förslag."
    )
    d.p(
        "Simon Alm (SD) yrkar att taxan för uteserveringar inte ska höjas och att ärendet i övrigt ska "
        "återremitteras till gatu- och samhällsmiljönämnden för en ny konsekvensanalys för det lokala "
        "näringslivet."
    )
    d.h("Beslutsgång", 3)
    d.p(
        "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
        "att det ska avgöras i dag. Ordföranden ställer därefter proposition på arbetsutskottets förslag och "
        "Simon Alms (SD) ändringsyrkande och finner att kommunstyrelsen bifaller arbetsutskottets förslag."
    )
    d.h("Beslutsunderlag", 3)
    d.bullets(
        [
            "Kommunledningskontorets tjänsteskrivelse den 10 augusti 2020",
            "Bilaga 1, Taxa för upplåtelse av offentlig platsmark",
            "Gatu- och samhällsmiljönämndens beslut den 18 juni 2020, § 96",
        ]
    )
    d.h("Expedieras", 3)
    d.p("Gatu- och samhällsmiljönämnden\nKommunfullmäktige")
    return d, dict(
        doc_type="minutes",
        date="2020-09-02",
        reference="KSN-2020-1234",
        title=title,
        title_alternatives=[
            "Protokollsutdrag Kommunstyrelsen 2020-09-02",
            "§ 187 Ändring av taxa för upplåtelse av offentlig platsmark",
        ],
        authors=[],
        addressed=[],
        att_clauses_not_motion=atts,
        features="running header as a 3-column table (Uppsala kommun | Protokollsutdrag | Sida N (M) fields; "
        "Kommunstyrelsen | Sammanträdesdatum) on every page; footer table 'Justerandes signatur | "
        "Utdragsbestyrkande' with empty signature boxes; Times New Roman; § paragraph, Heading 3 sections",
    )


def upp_skrivelse_2023_trafikverket():
    d = Doc("upp_skrivelse_2023_trafikverket", font="Calibri", size=11)
    d.first_page_different()
    d.hp(d.sec.first_page_header, "Uppsala kommun", size=20, bold=True, color="1F3864")
    d.hp(d.sec.first_page_header, "Kommunstyrelsen", size=10)
    d.hp(d.sec.header, "Uppsala kommun\t{PAGE} ({NUMPAGES})", size=9, tabs=[(16, "r")])
    d.hp(d.sec.first_page_footer, POSTAL_UPPSALA, size=8, align="c")
    d.hp(d.sec.footer, POSTAL_UPPSALA, size=8, align="c")
    d.p(
        "Trafikverket Region Öst\nAtt: Maria Lund, regiondirektör\nBox 1140\n631 80 Eskilstuna",
        indent=9.5,
        before=24,
        after=18,
    )
    d.p("Datum: 2023-05-22\nDiarienummer: KSN-2023-00876", indent=9.5, after=24, size=10)
    title = "Angående åtgärder på väg 55 mellan Uppsala och Enköping"
    d.h(title, 1, size=14)
    d.p(
        "Väg 55 är en av de viktigaste förbindelserna i Mälardalen och binder samman Uppsala med Enköping, "
        "Strängnäs och vidare mot E20. Trafiken på sträckan har ökat stadigt under det senaste decenniet, och "
        "andelen tung trafik är hög. Samtidigt har vägen låg standard på långa sträckor, med smal vägbana, "
        "många direktutfarter och få säkra omkörningsmöjligheter."
    )
    d.p(
        "Under de senaste fem åren har elva personer omkommit och ett fyrtiotal skadats allvarligt i "
        "trafikolyckor på den del av vägen som går genom Uppsala kommun. Boende i Björklinge, Bälinge och "
        "Skuttunge vittnar om att de upplever vägen som farlig att färdas på, och skolbarn som ska till och "
        "från busshållplatser längs vägen saknar säkra passager."
    )
    d.p(
        "Uppsala kommun har i flera år lyft behovet av åtgärder i dialogen med Trafikverket, bland annat inom "
        "ramen för länsplanen för regional transportinfrastruktur. Vi noterar med oro att de planerade "
        "mötesseparerande åtgärderna på delen Kvarnbolund–Litslena har senarelagts i förslaget till ny länsplan."
    )
    d.p("Mot denna bakgrund vill kommunen framföra följande önskemål:", keep_next=True)
    d.bullets(
        [
            "att mötesseparering på delen Kvarnbolund–Litslena genomförs enligt den tidigare tidplanen,",
            "att säkra passager vid busshållplatserna i Bälinge och Skuttunge prioriteras redan under 2024,",
            "att hastighetsövervakningen på sträckan förstärks i väntan på ombyggnad, samt",
            "att kommunen ges möjlighet att delta i Trafikverkets fortsatta planering av stråket.",
        ]
    )
    d.p(
        "Uppsala kommun är beredd att bidra med medfinansiering av gång- och cykelvägar i anslutning till "
        "vägen, i enlighet med gällande överenskommelser. Vi ser fram emot en fortsatt konstruktiv dialog och "
        "föreslår ett möte under hösten 2023."
    )
    d.p("Med vänliga hälsningar", before=12, after=30)
    d.table(
        [["Linnea Bjurström\nKommunstyrelsens ordförande", "Per-Olof Dahl\nStadsdirektör"]],
        widths=[8, 8],
        borders=False,
    )
    return d, dict(
        doc_type="letter",
        date="2023-05-22",
        reference="KSN-2023-00876",
        title=title,
        authors=[
            person("Linnea Bjurström", None, "Kommunstyrelsens ordförande"),
            person("Per-Olof Dahl", None, "Stadsdirektör"),
        ],
        addressed=[person("Maria Lund", None, "regiondirektör")],
        addressed_alternatives=[
            [person("Trafikverket Region Öst", None, None)],
            [person("Trafikverket", None, None)],
        ],
        features="different first-page letterhead; address block and Datum/Diarienummer indented to the right "
        "half with manual line breaks; bullet list with 'att' lines (a letter, not a motion); two "
        "signatures side by side in borderless table; postal footer on all pages",
    )


DOCS = [
    upp_interp_2019_trygghetsvakter,
    upp_svar_2019_trygghetsvakter,
    upp_motion_2021_solceller,
    upp_tjsk_2022_skolskjuts,
    upp_protokoll_2020_ks,
    upp_skrivelse_2023_trafikverket,
]
