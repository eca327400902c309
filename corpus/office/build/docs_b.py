"""Riksdag documents and documents from other municipalities."""

from lib import Doc, person


def rd_interp_201819_123():
    d = Doc("rd_interp_201819_123", font="Times New Roman", size=12, margins=(2.5, 3.0, 2.5, 3.0))
    d.hp(d.sec.header, "Interpellation till statsråd\tRiksdagen", size=9, tabs=[(15, "r")])
    d.hp(d.sec.footer, "{PAGE} (1)", size=9, align="c")
    title = "Polisens närvaro på landsbygden"
    d.h("Interpellation 2018/19:123 " + title, 1, size=15, font="Arial")
    d.p("av Johanna Berglund (L)", after=0, font="Arial", size=11)
    d.p("till Justitie- och inrikesminister Morgan Johansson (S)", after=18, font="Arial", size=11)
    d.p(
        "Regeringen har satt som mål att Polismyndigheten ska ha 10 000 fler anställda till 2024. Det är ett "
        "välkommet besked. Men för den som bor i Strömsund, Vilhelmina eller Pajala är frågan inte hur många "
        "poliser det finns i landet, utan hur lång tid det tar innan en polis är på plats när något har hänt.",
        first_indent=0.0,
    )
    d.p(
        "Statistik från Polismyndigheten visar att insatstiden för de mest brådskande larmen, prioritet 1, i "
        "flera glesbygdskommuner överstiger en timme. I vissa fall har det tagit mer än två timmar. I storstäderna "
        "är motsvarande tid ofta under tjugo minuter. Skillnaderna har dessutom ökat sedan omorganisationen 2015, "
        "då flera lokala polisstationer stängdes eller fick begränsade öppettider.",
        first_indent=0.5,
    )
    d.p(
        "Det handlar inte bara om statistik. När polisen inte kommer slutar människor att anmäla brott, och "
        "förtroendet för rättsstaten urholkas. Den som utsätts för inbrott eller hot ska inte behöva känna att "
        "samhället har gett upp om den del av landet där man bor. Liberalerna anser att alla medborgare har rätt "
        "till samma grundläggande trygghet, oavsett postnummer.",
        first_indent=0.5,
    )
    d.p(
        "Polismyndigheten har själv konstaterat att det krävs särskilda åtgärder för att rekrytera och behålla "
        "poliser i glesbygd, till exempel rekryteringsbonus, möjlighet till distansutbildning och förmånliga "
        "bostadslån. Hittills har dock regeringen inte gett några tydliga uppdrag i den riktningen.",
        first_indent=0.5,
    )
    d.p(
        "Med anledning av detta vill jag fråga justitie- och inrikesminister Morgan Johansson:",
        first_indent=0.5,
        keep_next=True,
    )
    qs = [
        "Vilka åtgärder avser ministern att vidta för att fler poliser ska tjänstgöra i landsbygdskommunerna?",
        "Avser ministern att ge Polismyndigheten i uppdrag att redovisa insatstiderna per kommun och år?",
        "Är ministern beredd att verka för att stängda polisstationer i glesbygd öppnas igen?",
    ]
    for i, q in enumerate(qs, 1):
        d.p("%d.\t%s" % (i, q), indent=0.6, first_indent=-0.6, after=3)
    d.p("den 5 mars 2019", before=18, after=6)
    d.p("………………………………………", after=0, truth=False)
    d.p("Johanna Berglund (L)")
    truth = dict(
        doc_type="interpellation",
        date="2019-03-05",
        reference="2018/19:123",
        title=title,
        title_alternatives=["Interpellation 2018/19:123 Polisens närvaro på landsbygden"],
        authors=[person("Johanna Berglund", "L")],
        addressed=[person("Morgan Johansson", "S", "Justitie- och inrikesminister")],
        questions=qs,
        features="Riksdag layout: Arial heading with number+title on one line, av/till lines, Times body with "
        "first-line indents, questions numbered by hand with tab + hanging indent, dotted signature line; "
        "running header 'Interpellation till statsråd   Riksdagen', footer 'N (1)'",
    )
    # the dotted line is a visual rule: not part of the body a reader would copy
    return d, truth


def rd_fragesvar_201920_456():
    d = Doc("rd_fragesvar_201920_456", font="Garamond", size=12.5, margins=(2.0, 2.5, 3.0, 4.5))
    d.first_page_different()
    fh = d.sec.first_page_header
    d.hp(fh, "Regeringskansliet", size=16, bold=True, font="Arial")
    d.hp(fh, "Justitiedepartementet", size=9, font="Arial")
    d.hp(fh, "Justitie- och inrikesministern", size=9, font="Arial")
    d.htable(
        d.sec.first_page_footer,
        [
            ["Postadress", "Telefonväxel", "E-post: ju.registrator@regeringskansliet.se"],
            ["103 33 Stockholm", "08-405 10 00", "www.regeringen.se"],
            ["Besöksadress", "", ""],
            ["Rosenbad 4", "", ""],
        ],
        [5, 4, 8],
        size=7,
    )
    d.hp(d.sec.header, "\t{sPAGE} ({sNUMPAGES})", size=9, tabs=[(14.5, "r")])
    d.p("Till riksdagen", indent=9.0, after=24, font="Arial", size=10)
    title = "Polisens utryckningstider i Norrbotten"
    d.h("Svar på fråga 2019/20:456 av Anna Sohlberg (M)\n" + title, 1, size=14, font="Arial")
    q = "vilka åtgärder jag avser att vidta för att korta polisens insatstider i Norrbottens inland"
    d.p("Anna Sohlberg har frågat mig " + q + ".")
    d.p(
        "Att polisen finns nära människor i hela landet är en av regeringens viktigaste prioriteringar. Sedan "
        "2015 har Polismyndighetens anslag ökat med mer än 9 miljarder kronor, och regeringen har gett "
        "myndigheten förutsättningar att växa med 10 000 anställda fram till 2024. I Polisregion Nord, där "
        "Norrbotten ingår, har antalet polisanställda ökat med närmare 300 personer sedan 2016."
    )
    d.p(
        "Samtidigt är jag medveten om att insatstiderna i delar av Norrbottens inland är långa. Avstånden är "
        "stora och befolkningen gles, och det kommer alltid att vara svårare att nå ut snabbt i Arjeplog än i "
        "Luleå. Men det får inte bli en ursäkt. Regeringen har därför i regleringsbrevet för 2020 gett "
        "Polismyndigheten i uppdrag att redovisa hur myndigheten arbetar för att öka den polisiära närvaron "
        "i hela landet och vilka resultat det har gett. Uppdraget ska redovisas i årsredovisningen."
    )
    d.p(
        "Det är Polismyndigheten som ansvarar för hur resurserna fördelas inom myndigheten. Jag vet att "
        "Polisregion Nord har inrättat nya kontaktcenter och att fler poliser placeras i mindre orter. Jag "
        "kommer att följa utvecklingen noga och är beredd att vidta ytterligare åtgärder om det behövs."
    )
    d.p("Stockholm den 12 februari 2020", before=18, after=30)
    d.p("Morgan Johansson")
    return d, dict(
        doc_type="answer",
        date="2020-02-12",
        reference="2019/20:456",
        title=title,
        title_alternatives=[
            "Svar på fråga 2019/20:456 av Anna Sohlberg (M) Polisens utryckningstider i Norrbotten",
            "Svar på fråga 2019/20:456 av Anna Sohlberg (M)",
        ],
        authors=[person("Morgan Johansson", None, "Justitie- och inrikesministern")],
        authors_alternatives=[[person("Morgan Johansson", "S", "Justitie- och inrikesministern")]],
        addressed=[person("Anna Sohlberg", "M")],
        # the answer is formally addressed "Till riksdagen": accepted as a convention difference
        addressed_alternatives=[[person("Riksdagen", None, None)]],
        quoted_questions=[q],
        features="Regeringskansliet template: logo text + department + minister role in FIRST-PAGE header; "
        "'Till riksdagen' indented; heading over two lines (manual break); 4-row contact table in "
        "first-page footer; w:fldSimple page fields in later-page header; large right margin; Garamond",
    )


def rd_prot_201819_87():
    d = Doc(
        "rd_prot_201819_87",
        font="Times New Roman",
        size=11,
        margins=(2.0, 2.0, 2.2, 2.2),
        space_after=0,
    )
    d.hp(
        d.sec.header,
        "Prot. 2018/19:87\tTisdagen den 19 mars 2019\t{PAGE}",
        size=9,
        tabs=[(8.3, "c"), (16.6, "r")],
    )
    d.p("**Riksdagens protokoll**\n**2018/19:87**", size=16, font="Arial", after=4)
    d.p("Tisdagen den 19 mars", size=11, font="Arial", after=0)
    d.p("Kl. 13.00–15.47", size=11, font="Arial", after=12)
    d.columns(2, space_cm=0.8)
    title = "Svar på interpellation 2018/19:55 om straffskärpningar för vapenbrott"
    d.p("**§ 5  " + title + "**", size=11, font="Arial", after=6, keep_next=True, align="l")

    def anf(head, paras):
        d.p("**" + head + "**", before=6, after=0, keep_next=True, align="l")
        for i, t in enumerate(paras):
            d.p(t, first_indent=0.0 if i == 0 else 0.4, align="j", after=0)

    anf(
        "Anf. 1 Justitie- och inrikesminister MORGAN JOHANSSON (S):",
        [
            "Herr talman! Johanna Berglund har frågat mig vilka åtgärder jag avser att vidta för att skärpa straffen "
            "för grova vapenbrott, och om jag är beredd att verka för att minimistraffet för synnerligen grovt "
            "vapenbrott höjs.",
            "Låt mig börja med att säga att jag delar interpellantens oro. Skjutningarna i våra förorter är ett av "
            "de allvarligaste hoten mot tryggheten i Sverige i dag. Under 2018 inträffade 306 skjutningar, och 45 "
            "personer miste livet. Bakom varje siffra finns en familj som drabbats och ett bostadsområde där "
            "människor inte längre vågar gå ut.",
            "Regeringen har genomfört en lång rad skärpningar. Straffet för grovt vapenbrott har höjts två gånger "
            "under de senaste åren, och sedan den 1 januari 2018 är minimistraffet för synnerligen grovt vapenbrott "
            "fyra års fängelse. Vi har också infört en ny brottsrubricering för grova explosiva varor och en "
            "tidsbegränsad amnesti som ledde till att närmare 30 000 vapen och 19 ton ammunition lämnades in.",
            "I januariavtalet har regeringen och samarbetspartierna dessutom kommit överens om ett omfattande "
            "program med 34 punkter mot gängkriminaliteten. Det innehåller bland annat dubbla straff för brott inom "
            "kriminella nätverk, slopad straffrabatt för unga myndiga vid grova brott och skärpta straff för "
            "vapenbrott. Arbetet med att ta fram lagförslagen pågår nu i Regeringskansliet.",
        ],
    )
    anf(
        "Anf. 2 JOHANNA BERGLUND (L):",
        [
            "Herr talman! Jag vill tacka justitieministern för svaret. Jag är glad att vi är överens om "
            "problembeskrivningen, och jag välkomnar att januariavtalet innehåller flera av de förslag som "
            "Liberalerna länge har drivit.",
            "Men jag vill ändå ställa en konkret fråga. Polisen säger att det i dag är för lätt att få tag i vapen, "
            "och att de som bär vapen ofta döms till korta straff som inte avskräcker. Samtidigt ser vi att "
            "åklagare har svårt att få fällande domar för synnerligen grovt vapenbrott eftersom rekvisiten är så "
            "snävt formulerade.",
            "Min fråga till ministern är därför: När kommer regeringen att lägga fram en proposition med höjda "
            "minimistraff, och kommer rekvisiten för synnerligen grovt brott att ses över i samma lagstiftningsarbete?",
        ],
    )
    anf(
        "Anf. 3 Justitie- och inrikesminister MORGAN JOHANSSON (S):",
        [
            "Herr talman! Regeringen kommer under våren att tillsätta en utredning som ska se över straffskalorna "
            "för vapenbrott och brott mot lagen om brandfarliga och explosiva varor. Utredningen kommer också att "
            "få i uppdrag att analysera hur rekvisiten för de grova brotten tillämpas i praktiken. Jag vill inte "
            "föregripa utredningens arbete, men ambitionen är att nya regler ska kunna träda i kraft så snart som "
            "möjligt.",
            "Jag vill också påminna om att straffskärpningar inte räcker. Vi behöver fler poliser, bättre "
            "möjligheter att avlyssna kriminella och ett starkt förebyggande arbete, inte minst i skolan och "
            "socialtjänsten. Det är den kombinationen som gör skillnad.",
        ],
    )
    anf(
        "Anf. 4 JOHANNA BERGLUND (L):",
        [
            "Herr talman! Jag tackar för beskedet om en utredning. Jag hoppas att den får ett skarpt direktiv och "
            "en kort utredningstid, för de som drabbas kan inte vänta i flera år. Liberalerna kommer att följa "
            "frågan noga och återkomma om arbetet drar ut på tiden.",
        ],
    )
    anf(
        "Anf. 5 Justitie- och inrikesminister MORGAN JOHANSSON (S):",
        [
            "Herr talman! Jag kan försäkra interpellanten om att regeringen har bråttom. Vi kommer att återkomma "
            "till riksdagen med förslag så snart utredningen är klar.",
            "Låt mig också säga något om det som Johanna Berglund tog upp om rekvisiten. Det är riktigt att "
            "domstolarna har tillämpat bestämmelsen om synnerligen grovt vapenbrott restriktivt. Högsta domstolen "
            "har i ett par avgöranden klargjort vilka omständigheter som ska beaktas, och det har gett viss "
            "vägledning. Men jag är inte främmande för att lagstiftaren behöver tydliggöra att innehav av "
            "automatvapen och handgranater i kriminella miljöer som huvudregel ska bedömas som synnerligen grovt "
            "brott. Det är en fråga som utredningen kommer att få titta på.",
            "Till sist vill jag tacka för en bra debatt. Det finns en bred enighet i den här kammaren om att "
            "gängvåldet måste bekämpas med alla medel som rättsstaten förfogar över, och det är en styrka.",
        ],
    )
    anf(
        "Anf. 6 JOHANNA BERGLUND (L):",
        [
            "Herr talman! Jag tackar ministern för svaren och för debatten. Jag noterar att ministern är öppen för "
            "att se över rekvisiten, och det är välkommet. Vi liberaler kommer att fortsätta att driva på för att "
            "straffen för vapenbrott ska spegla hur allvarliga brotten är.",
            "Men jag vill också betona det som ministern själv var inne på: straff är inte allt. Vi måste se till "
            "att polisen har resurser att utreda brotten, att vittnen vågar vittna och att unga som dras in i "
            "kriminalitet får en väg ut. Där har regeringen fortfarande mycket kvar att göra, och jag kommer att "
            "återkomma till de frågorna i kommande interpellationer.",
            "Slutligen vill jag skicka en tanke till alla de familjer som har förlorat en anhörig i skjutningarna. "
            "Det är för deras skull som vi måste lyckas.",
        ],
    )
    d.p("__Överläggningen var härmed avslutad.__", before=6)
    return d, dict(
        doc_type="minutes",
        doc_type_alternatives=["answer"],
        date="2019-03-19",
        reference="2018/19:87",
        reference_alternatives=["2018/19:55"],
        title=title,
        title_alternatives=[
            "Riksdagens protokoll 2018/19:87",
            "Straffskärpningar för vapenbrott",
            "Om straffskärpningar för vapenbrott",
        ],
        authors=[],
        addressed=[],
        authors_alternatives=[[person("Morgan Johansson", "S", "Justitie- och inrikesminister")]],
        addressed_alternatives=[[person("Johanna Berglund", "L")]],
        features="single-column title block then continuous section break into TWO COLUMNS (w:cols num=2); "
        "running header with centre+right tabs and PAGE field; bold 'Anf. N' speaker lines with names "
        "in capitals; justified Times 10.5 with first-line indents and no paragraph spacing",
    )


def vas_svar_2022_hemtjanst():
    d = Doc("vas_svar_2022_hemtjanst", font="Arial", size=10.5)
    d.first_page_different()
    fh = d.sec.first_page_header
    d.htable(
        fh,
        [
            ["**Västerås stad**", "INTERPELLATIONSSVAR"],
            ["Äldrenämnden", "Datum 2022-11-29"],
            ["", "Dnr ÄN 2022/00456"],
        ],
        [9, 7],
        size=10,
        align_cols=["l", "r"],
    )
    d.hp(d.sec.header, "Västerås stad\t{PAGE} (2)", size=8, tabs=[(16, "r")])
    vf = "Västerås stad, 721 87 Västerås · Besöksadress Stadshuset · Telefon 021-39 00 00 · www.vasteras.se"
    d.hp(d.sec.first_page_footer, vf, size=7.5, align="c")
    d.hp(d.sec.footer, vf, size=7.5, align="c")
    title = "Svar på interpellation från Lars Nyqvist (M) om kontinuiteten i hemtjänsten"
    d.h(title, 1, size=14)
    d.p("Lars Nyqvist (M) har ställt följande frågor till mig som ordförande i äldrenämnden:")
    qs = [
        "Hur många olika personal möter en genomsnittlig hemtjänsttagare i Västerås under fjorton dagar?",
        "Vilka åtgärder avser du att vidta för att öka kontinuiteten?",
        "Är du beredd att införa fasta hemtjänstteam i alla områden?",
    ]
    for i, q in enumerate(qs, 1):
        d.p("__%d. %s__" % (i, q), indent=0.5, after=2)
    d.p(
        "Jag vill tacka Lars Nyqvist för frågorna. Personalkontinuitet är en av de faktorer som betyder mest "
        "för hur äldre upplever hemtjänsten. Att känna igen den som kommer hem till en, och att slippa förklara "
        "samma saker om och om igen, skapar trygghet.",
        before=8,
    )
    d.p(
        "Enligt Socialstyrelsens senaste öppna jämförelser mötte en hemtjänsttagare i Västerås i genomsnitt 15 "
        "olika personal under en fjortondagarsperiod. Det är något färre än rikssnittet på 16, men fortfarande "
        "för många. Variationen mellan utförarna är stor: hos de utförare som har bäst resultat är siffran 9, "
        "hos de som har sämst är den över 20."
    )
    d.p(
        "Äldrenämnden har under 2022 gett förvaltningen i uppdrag att ta fram en handlingsplan för ökad "
        "kontinuitet. Planen innehåller bland annat mindre arbetsgrupper, där varje hemtjänsttagare har en "
        "kontaktman och en ersättare, en ny planeringsmodell som utgår från den enskildes önskemål om tider, "
        "samt krav i avtalen med de privata utförarna på redovisning av kontinuitetsmått varje kvartal."
    )
    d.p(
        "När det gäller fasta team har vi goda erfarenheter från försöket i Bäckby och Skiljebo, där "
        "kontinuiteten förbättrades märkbart under det första året. Nämnden kommer att ta ställning till en "
        "utvidgning i samband med budgeten för 2023. Jag är positiv till att modellen sprids, men vill först "
        "se resultatet av uppföljningen, som redovisas för nämnden i februari."
    )
    d.p(
        "Sammanfattningsvis delar jag interpellantens uppfattning att kontinuiteten behöver öka, och arbetet "
        "med det pågår. Jag ser fram emot att återkomma till fullmäktige med resultatet."
    )
    d.p("Västerås den 29 november 2022", before=12, after=24)
    d.p("Birgitta Åkesson (S)\nOrdförande i äldrenämnden")
    return d, dict(
        doc_type="answer",
        date="2022-11-29",
        reference="ÄN 2022/00456",
        title=title,
        authors=[person("Birgitta Åkesson", "S", "Ordförande i äldrenämnden")],
        addressed=[person("Lars Nyqvist", "M")],
        quoted_questions=qs,
        features="ANOTHER municipality (Västerås stad); first-page header as borderless table with right-aligned "
        "document type, Datum and Dnr; running header with hard-coded page count; italic numbered "
        "(typed) quoted questions; postal footer",
    )


def ore_interp_2016_skolmat():
    d = Doc("ore_interp_2016_skolmat", font="Cambria", size=11.5)
    d.hp(d.sec.header, "Moderaterna", size=16, bold=True, color="1B49DD", font="Arial")
    d.hp(d.sec.header, "Örebro", size=9, color="1B49DD", font="Arial")
    heading = "Interpellation angående skolmåltidernas kvalitet"
    d.h(heading, 1, size=16)
    d.p("Till kommunalrådet Rasmus Holm (S)", after=14)
    d.p(
        "Skolmåltiden är för många barn dagens viktigaste mål. För en del elever är det den enda lagade maten de "
        "äter under dagen. Därför är det oroande när allt fler föräldrar och elever hör av sig om att maten i "
        "Örebros skolor inte håller måttet."
    )
    d.p(
        "I elevenkäten för 2015 uppgav endast 41 procent av eleverna i årskurs 8 att de var nöjda med "
        "skolmaten, vilket är en minskning med tolv procentenheter på tre år. Samtidigt visar kommunens egna "
        "mätningar att matsvinnet ökat. Det tyder på att eleverna helt enkelt inte äter den mat som serveras."
    )
    d.p(
        "Den rödgröna majoriteten har centraliserat tillagningen till ett fåtal storkök och infört en "
        "gemensam matsedel för hela kommunen. Vi moderater har varnat för att det leder till sämre kvalitet och "
        "mindre inflytande för eleverna. Nu verkar farhågorna besannas."
    )
    d.p("Mot bakgrund av detta vill jag fråga kommunalrådet Rasmus Holm:")
    qs = [
        "Delar du bilden att kvaliteten på skolmåltiderna har försämrats?",
        "Vilka åtgärder tänker du vidta för att minska matsvinnet i skolorna?",
        "Är du beredd att återinföra tillagningskök på de skolor som har förutsättningar för det?",
    ]
    for q in qs:
        d.p(q, indent=0.75)
    d.p("Örebro den 25 januari 2016", before=14, after=24)
    d.p("Ulrika Nordin (M)")
    return d, dict(
        doc_type="interpellation",
        date="2016-01-25",
        reference=None,
        title=heading,
        title_alternatives=["Angående skolmåltidernas kvalitet", "Skolmåltidernas kvalitet"],
        authors=[person("Ulrika Nordin", "M")],
        addressed=[person("Rasmus Holm", "S", "kommunalrådet")],
        questions=qs,
        features="ANOTHER municipality (Örebro); party logo text in header; Cambria (Caladea); 'angående' title "
        "in the heading line; UNNUMBERED questions as indented paragraphs; addressee role "
        "'kommunalrådet' instead of kommunstyrelsens ordförande",
    )


DOCS = [
    rd_interp_201819_123,
    rd_fragesvar_201920_456,
    rd_prot_201819_87,
    vas_svar_2022_hemtjanst,
    ore_interp_2016_skolmat,
]
