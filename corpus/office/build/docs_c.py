"""Stress variants: columns, footnotes, long document, hyphenation, decision, 2015 letter."""

from lib import POSTAL_UPPSALA, Doc, person


def upp_nyhetsbrev_2023_klimat():
    d = Doc(
        "upp_nyhetsbrev_2023_klimat",
        font="Calibri",
        size=10.5,
        margins=(1.8, 1.8, 2.0, 2.0),
        space_after=4,
    )
    d.hp(
        d.sec.header,
        "Klimatkontrakt för Uppsala\tUppföljning",
        size=9,
        color="00704A",
        tabs=[(17, "r")],
    )
    d.hp(
        d.sec.footer,
        "Uppsala kommun · Kommunledningskontoret · Nyhetsbrev nr 3 2023\t{PAGE}",
        size=8,
        tabs=[(17, "r")],
    )
    d.p("Nyhetsbrev nr 3 · 15 september 2023", size=9, color="00704A", after=2)
    title = "Halvvägs mot 2030 – så går det för klimatkontraktet"
    d.h(title, 0, size=22)
    d.p(
        "**Uppsala har minskat utsläppen med 31 procent sedan 2015, men takten måste fördubblas om målet om "
        "fossilfrihet 2030 ska nås. Det visar den andra uppföljningen av Klimatkontrakt för Uppsala, som nu "
        "omfattar 18 organisationer.**",
        size=12,
        after=10,
    )
    d.columns(2, space_cm=0.9, separator=True)
    d.h("Transporterna är den stora utmaningen", 2)
    d.p(
        "Vägtrafiken står fortfarande för nästan hälften av utsläppen inom kommunens gränser. Andelen "
        "elbilar bland nyregistrerade personbilar ökade till 38 procent under första halvåret, och UL:s "
        "stadsbussar drivs sedan i våras helt med biogas och el. Men godstransporterna och arbetsmaskinerna "
        "på byggarbetsplatserna släpar efter. Flera av kontraktets parter lyfter att tillgången till "
        "laddinfrastruktur för tunga fordon är en flaskhals, och att det behövs gemensamma upphandlingskrav "
        "för att marknaden ska ställa om snabbare."
    )
    d.p(
        "Kommunen och Region Uppsala har därför inlett ett arbete med att samordna kraven i sina "
        "upphandlingar av transporttjänster. Från och med 2024 ska alla nya avtal om varutransporter till "
        "kommunens verksamheter utföras med fossilfria fordon."
    )
    d.h("Byggsektorn visar vägen", 2)
    d.p(
        "Byggföretagen i kontraktet har kommit längst. Genom krav på klimatförbättrad betong, återbruk av "
        "material och fossilfria byggarbetsplatser har utsläppen per kvadratmeter i nya bostäder minskat med en "
        "fjärdedel på fyra år. I Rosendal och Ulleråker har flera kvarter byggts med stomme i trä."
    )
    d.p(
        "– Vi ser att kraven driver fram ny teknik. Det som var ett pilotprojekt för tre år sedan är standard "
        "i dag, säger Karin Ahlström, hållbarhetschef på ett av de deltagande byggföretagen."
    )
    d.h("Det här händer härnäst", 2)
    d.bullets(
        [
            "I oktober presenteras en ny färdplan för fossilfria transporter.",
            "Klimatkontraktets årliga stämma hålls den 23 november i Uppsala konsert & kongress.",
            "Nya parter kan ansluta sig till kontraktet löpande under hösten.",
        ]
    )
    d.h("Konsumtionen ingår från nästa år", 2)
    d.p(
        "Från och med 2024 kommer uppföljningen även att omfatta konsumtionsbaserade utsläpp, det vill säga "
        "utsläpp som uppstår i andra delar av världen när varor som konsumeras i Uppsala produceras. Det är en "
        "viktig förändring eftersom de konsumtionsbaserade utsläppen beräknas vara ungefär dubbelt så stora "
        "som de territoriella."
    )
    d.p("Kontakt: Maja Lundgren, miljöstrateg, kommunledningskontoret", italic=True, before=8)
    return d, dict(
        doc_type="report",
        date="2023-09-15",
        reference=None,
        title=title,
        title_alternatives=["Klimatkontrakt för Uppsala – uppföljning", "Nyhetsbrev nr 3 2023"],
        authors=[],
        authors_alternatives=[[person("Maja Lundgren", None, "miljöstrateg")]],
        addressed=[],
        features="newsletter page: single-column masthead (Title style, bold ingress) then continuous section "
        "break into TWO COLUMNS with a column separator line; Heading 2 subheads; bullet list inside a "
        "column; dash-introduced quote; running header/footer with tab stops and PAGE field",
    )


def upp_utredning_2020_bostadsformedling():
    d = Doc("upp_utredning_2020_bostadsformedling", font="Times New Roman", size=12, justify=True)
    d.hp(d.sec.header, "Uppsala kommun\tKommunledningskontoret", size=9, tabs=[(16, "r")])
    d.hp(d.sec.footer, "Sida {PAGE} av {NUMPAGES}", size=9, align="r")
    d.p("Datum: 2020-06-11\nDiarienummer: KSN-2020-01877", size=10, align="r", after=18)
    title = "Utredning om förutsättningarna för en kommunal bostadsförmedling"
    d.h(title, 1, font="Arial")
    d.h("Uppdraget", 2, font="Arial")
    d.p(
        "Kommunfullmäktige gav i Mål och budget 2020 kommunstyrelsen i uppdrag att utreda förutsättningarna för "
        "att inrätta en kommunal bostadsförmedling i Uppsala.{fn:Mål och budget 2020 med plan för 2021–2022, "
        "antagen av kommunfullmäktige den 17 juni 2019, § 172.} Uppdraget omfattar en beskrivning av hur "
        "bostadsförmedlingar i andra kommuner är organiserade, vilka kostnader en förmedling skulle medföra och "
        "hur den skulle påverka möjligheterna för olika grupper att få en bostad."
    )
    d.p(
        "Utredningen har genomförts av kommunledningskontoret under våren 2020 i samråd med Uppsalahem AB, "
        "Studentstaden i Uppsala AB och Fastighetsägarna Mitt. Arbetet har försvårats av pandemin, och de "
        "planerade studiebesöken i Stockholm och Göteborg har ersatts av digitala intervjuer."
    )
    d.h("Bakgrund", 2, font="Arial")
    d.p(
        "I dag förmedlar de flesta hyresvärdar i Uppsala sina lägenheter genom egna kösystem. Uppsalahem har "
        "den största kön med drygt 140 000 registrerade sökande.{fn:Uppsalahem AB, Årsredovisning 2019, s. 12.} "
        "För den som söker bostad innebär det att man måste registrera sig hos många olika värdar och hålla "
        "reda på olika regler för poäng, förtur och förnyelse av köplatsen."
    )
    d.p(
        "Enligt lagen (2000:1383) om kommunernas bostadsförsörjningsansvar ska varje kommun planera för "
        "bostadsförsörjningen i syfte att skapa förutsättningar för alla i kommunen att leva i goda bostäder. "
        "Kommunen får enligt 3 § samma lag inrätta en bostadsförmedling om det behövs för att främja "
        "bostadsförsörjningen.{fn:Se även prop. 2000/01:26 s. 19 f.} Någon skyldighet att göra det finns "
        "dock inte."
    )
    d.p(
        "Av landets 290 kommuner har endast ett fåtal en kommunal bostadsförmedling i egentlig mening. Den "
        "största är Bostadsförmedlingen i Stockholm AB, som förmedlar omkring 14 000 lägenheter om året. "
        "Göteborg har valt en annan modell där Boplats Göteborg AB ägs av kommunen men finansieras genom "
        "avgifter från hyresvärdarna."
    )
    d.h("Analys", 2, font="Arial")
    d.p(
        "En gemensam kö skulle göra det enklare och mer rättvist att söka bostad i Uppsala. Den skulle också ge "
        "kommunen bättre kunskap om efterfrågan på bostäder, vilket är värdefullt i planeringen. Samtidigt visar "
        "erfarenheterna från andra kommuner att en förmedling kräver att en stor andel av de privata "
        "hyresvärdarna ansluter sig. Annars riskerar kön att bli ännu ett system vid sidan av de befintliga."
    )
    d.p(
        "Kostnaden för att starta en bostadsförmedling uppskattas till 8–12 miljoner kronor, och de årliga "
        "driftskostnaderna till omkring 15 miljoner kronor.{fn:Beräkningen bygger på uppgifter från "
        "Bostadsförmedlingen i Stockholm AB och Boplats Göteborg AB, justerade för antalet lägenheter i "
        "Uppsala.} Driften kan finansieras med en årsavgift för de sökande, med avgifter från hyresvärdarna "
        "eller med skattemedel."
    )
    d.p(
        "Kommunledningskontoret bedömer att frågan om en kommunal bostadsförmedling bör prövas på nytt när den "
        "nya bostadsförsörjningsstrategin har antagits. Under tiden bör kommunen i dialog med de större "
        "hyresvärdarna verka för gemensamma regler för kötid och förtur."
    )
    d.h("Slutsats", 2, font="Arial")
    d.p(
        "Det finns rättsliga förutsättningar att inrätta en kommunal bostadsförmedling i Uppsala, men "
        "nyttan är beroende av att de privata hyresvärdarna ansluter sig. Kommunledningskontoret föreslår att "
        "utredningen läggs till handlingarna och att frågan tas upp i arbetet med bostadsförsörjningsstrategin."
    )
    d.p("Kommunledningskontoret", before=18, after=24, align="l")
    d.p("Karin Ekholm\nBiträdande stadsdirektör", align="l")
    return d, dict(
        doc_type="report",
        date="2020-06-11",
        reference="KSN-2020-01877",
        title=title,
        authors=[person("Karin Ekholm", None, "Biträdande stadsdirektör")],
        addressed=[],
        features="real Word FOOTNOTES (footnotes.xml, superscript reference marks after words/periods) on two "
        "pages; justified Times with LibreOffice-rendered spacing; Datum/Diarienummer right-aligned "
        "in body with line break; 'Sida X av Y' footer fields; Arial headings",
    )


def upp_uppfoljning_2021_trygghet():
    d = Doc("upp_uppfoljning_2021_trygghet", font="Calibri", size=11, justify=True, autohyphen=True)
    d.first_page_different()
    d.hp(d.sec.first_page_header, "Uppsala kommun", size=20, bold=True)
    d.hp(d.sec.first_page_header, "Kommunledningskontoret", size=10)
    d.hp(d.sec.header, "Uppsala kommun · Kommunstyrelsen · 2021-05-10", size=9, align="r")
    for ft in (d.sec.first_page_footer, d.sec.footer):
        d.hp(ft, "Sida {PAGE} av {NUMPAGES}", size=9, align="r")
        d.hp(ft, POSTAL_UPPSALA, size=7.5, align="c")
    d.p("Rapport\nDatum: 2021-05-10\nDiarienummer: KSN-2021-00453", size=10, after=18, align="l")
    title = "Uppföljning av handlingsplanen för ökad trygghet och säkerhet 2020"
    d.h(title, 1, size=17)
    d.h("Sammanfattning", 2)
    d.p(
        "Handlingsplanen för ökad trygghet och säkerhet antogs av kommun{-}fullmäktige i december 2019 och "
        "innehåller 47 åtgärder fördelade på sex fokusområden. Denna rapport redovisar hur arbetet har "
        "fortskridit under 2020. Av åtgärderna är 19 genomförda, 22 pågår enligt plan och sex är försenade, i "
        "huvudsak på grund av covid-19-pandemin. Den upplevda tryggheten har förbättrats något i de flesta "
        "stadsdelar, men skillnaderna mellan områdena är fortsatt stora."
    )
    d.h("Inledning", 2)
    d.p(
        "Trygghet är en grundläggande förutsättning för en god livsmiljö. Den som känner sig otrygg begränsar "
        "ofta sitt liv, avstår från att gå ut på kvällen, väljer bort vissa platser eller låter bli att delta i "
        "föreningsliv och fritidsaktiviteter. Otryggheten är ojämnt fördelad: den är högre bland kvinnor än "
        "bland män, högre bland äldre än bland yngre och betydligt högre i de socioekonomiskt utsatta "
        "områdena än i kommunen som helhet. Handlingsplanen utgår därför från ett brett perspektiv där "
        "socialt förebyggande arbete, situationell brottsprevention och samverkan med polisen och "
        "civilsamhället kompletterar varandra, och där varje nämnd och bolag har ett eget ansvar för att "
        "trygghetsperspektivet finns med i den ordinarie verksamheten, från planering av nya bostadsområden "
        "och skötsel av parker och gator till arbetet i skolor, på fritidsgårdar och i socialtjänsten."
    )
    d.p(
        "Uppföljningen bygger på nämndernas och bolagens egna rapporter, på kommunens trygghetsmätning som "
        "genomfördes hösten 2020 och på statistik från Polismyndigheten och Brottsförebyggande rådet. Den har "
        "sammanställts av kommunledningskontoret i samverkan med säkerhets- och beredskapsfunktionen."
    )
    d.h("Fokusområde 1: Trygga offentliga miljöer", 2)
    d.p(
        "Gatu- och samhällsmiljönämnden har under året förbättrat belysningen på 34 platser som pekats ut vid "
        "trygghetsvandringar. Nämnden har också röjt vegetation längs gång- och cykelvägar i Gottsunda, "
        "Stenhagen och Sävja. Arbetet har delvis finansierats med EU-medel från Europeiska regionala "
        "utvecklingsfonden, vilket gjort det möjligt att tidigarelägga flera åtgärder."
    )
    d.p("Följande åtgärder inom fokusområdet har genomförts under 2020:", keep_next=True)
    d.bullets(
        [
            "ny belysning i Gottsundaskogen och vid Valsätra centrum,",
            "kameraövervakning vid Stenhagens centrum i samverkan med fastighetsägaren,",
            "trygghetsvandringar i tolv stadsdelar med totalt drygt 400 deltagare,",
            "en ny modell för klotter- och skadegörelsesanering inom 24 timmar.",
        ]
    )
    d.p(
        "Två åtgärder inom fokusområdet är försenade. Upprustningen av gångtunnlarna under Fyrislundsgatan har "
        "skjutits upp till 2022 eftersom den behöver samordnas med ombyggnaden av spårvägen, och "
        "trygghetsinventeringen av kommunens lekplatser har inte kunnat genomföras under pandemin."
    )
    d.h("Fokusområde 2: Förebyggande arbete för barn och unga", 2)
    d.p(
        "Socialnämnden och utbildningsnämnden har tillsammans med Kultur- och fritidsförvaltningen byggt ut "
        "det förebyggande arbetet för barn och unga. Antalet fältassistenter har ökat från 14 till 20, och "
        "fritidsgårdarna i Gottsunda, Gränby och Stenhagen har fått utökade öppettider under helger och lov. "
        "Sommaren 2020 erbjöds 1 450 ungdomar feriearbete, vilket är fler än någonsin tidigare. Samtidigt har "
        "pandemin inneburit att flera aktiviteter fått ställas in eller genomföras digitalt, och "
        "socialtjänsten rapporterar en ökning av orosanmälningar som rör barn i familjer med ekonomisk utsatthet "
        "och trångboddhet. Arbetet med SSP, samverkan mellan skola, socialtjänst och polis, har fortsatt i "
        "samtliga kommundelar. Modellen har utvärderats av Uppsala universitet, som konstaterar att den "
        "bidragit till att fler unga i riskzonen fångats upp tidigt, men att informationsutbytet mellan "
        "skolorna och socialtjänsten behöver bli mer systematiskt. Utbildningsnämnden har därför tagit fram "
        "en gemensam rutin för orosanmälningar som införs i alla grundskolor under 2021, och socialnämnden "
        "har anställt två samordnare som ska stödja skolorna i arbetet. Även föräldrastödet har "
        "förstärkts genom programmet Föräldrar i Uppsala, som under året nådde drygt 600 föräldrar."
    )
    d.p(
        "Insatser riktade mot unga som riskerar att rekryteras till kriminella nätverk har genomförts inom "
        "ramen för programmet Ung och trygg. Under 2020 deltog 86 ungdomar, varav 71 fullföljde programmet. "
        "Resultaten följs upp under 2021."
    )
    d.h("Fokusområde 3: Samverkan med polisen", 2)
    d.p(
        "Samverkansavtalet med Polismyndigheten förnyades i mars 2020 och innehåller nya medborgarlöften för "
        "Gottsunda/Valsätra och Gränby. Samverkan har fungerat väl under pandemin, bland annat genom "
        "gemensamma lägesbilder varje vecka. Kommunen har bidragit med lokaler till den nya polisstationen i "
        "Gottsunda, som öppnade i oktober."
    )
    d.p(
        "**Tabell 1. Upplevd trygghet, andel (%) som känner sig trygga utomhus på kvällen**",
        after=2,
        keep_next=True,
        align="l",
    )
    d.table(
        [
            ["Område", "2016", "2018", "2020"],
            ["Hela kommunen", "71", "69", "72"],
            ["Gottsunda/Valsätra", "48", "44", "51"],
            ["Gränby", "57", "55", "58"],
            ["Stenhagen", "54", "50", "55"],
            ["Sävja", "60", "61", "63"],
        ],
        widths=[6, 3, 3, 3],
        size=10,
        bold_rows=(0,),
        align_cols=["l", "r", "r", "r"],
    )
    d.p("", truth=False)
    d.h("Fokusområde 4: Brottsofferstöd och våld i nära relationer", 2)
    d.p(
        "Socialnämnden har under året inrättat en samlad ingång för personer som utsatts för våld i nära "
        "relationer. Antalet ärenden ökade med 18 procent jämfört med 2019. Kommunen har också tecknat ett nytt "
        "avtal med Brottsofferjouren Uppsala län. Arbetet finansieras delvis med statsbidrag från "
        "Socialstyrelsen."
    )
    d.h("Fokusområde 5 och 6: Tillsyn och krisberedskap", 2)
    d.p(
        "Miljö- och hälsoskyddsnämnden och byggnadsnämnden har samordnat sin tillsyn av verksamheter med "
        "koppling till organiserad brottslighet. Under 2020 genomfördes 32 samordnade tillsynsbesök, varav "
        "flera i samverkan med Skatteverket och Polismyndigheten. Krisberedskapen har prövats på allvar under "
        "pandemin. Kommunens krisledningsnämnd har inte behövt sammanträda, men den centrala krisledningen har "
        "varit aktiverad sedan mars."
    )
    d.h("Ekonomi", 2)
    d.p(
        "Handlingsplanen finansieras i huvudsak inom nämndernas ordinarie budgetramar. Kommunstyrelsen har "
        "därutöver avsatt 12 miljoner kronor per år för trygghetsskapande åtgärder under planperioden. Under "
        "2020 användes 10,4 miljoner kronor av dessa medel. Det lägre utfallet beror främst på att flera "
        "aktiviteter ställdes in eller senarelades under pandemin. Kommunen har också tagit del av statsbidrag "
        "och EU-medel, sammanlagt 6,8 miljoner kronor, för bland annat belysning, feriearbeten och stöd till "
        "våldsutsatta. De externa medlen har varit avgörande för att hålla tidplanen för flera åtgärder, men "
        "de är tidsbegränsade. Kommunledningskontoret bedömer därför att det behövs en plan för hur de "
        "verksamheter som i dag finansieras med projektmedel ska kunna permanentas, särskilt fältarbetet och "
        "feriearbetena, som bedöms ha stor betydelse för tryggheten i de utsatta områdena. En sådan plan bör "
        "tas fram i samband med arbetet med Mål och budget 2022 och redovisas för kommunstyrelsen senast i "
        "oktober 2021."
    )
    d.p(
        "Nämndernas och bolagens egna uppföljningar visar att trygghetsarbetet i allt högre grad har "
        "integrerats i den ordinarie verksamheten. Uppsalahem och Uppsala Parkerings AB har infört "
        "trygghetsindikatorer i sina ägardirektiv, och Skolfastigheter AB genomför trygghetsinventeringar vid "
        "alla större om- och nybyggnationer. Det är en positiv utveckling som bör fortsätta."
    )
    d.h("Invånarnas syn på tryggheten", 2)
    d.p(
        "I trygghetsmätningen hösten 2020 besvarades enkäten av 4 812 personer, vilket motsvarar en "
        "svarsfrekvens på 40 procent. Resultaten visar att andelen som känner sig trygga utomhus på kvällen "
        "i det egna bostadsområdet har ökat något i hela kommunen, från 69 till 72 procent. Störst är "
        "förbättringen i Gottsunda/Valsätra, där andelen ökat med sju procentenheter sedan 2018. Andelen som "
        "uppger att de har avstått från aktiviteter av oro för att utsättas för brott har samtidigt minskat, "
        "framför allt bland kvinnor över 65 år."
    )
    d.p(
        "Mätningen visar också att förtroendet för kommunens arbete med trygghetsfrågor har ökat, men att "
        "kännedomen om vart man kan vända sig med synpunkter fortfarande är låg. Bara var fjärde svarande "
        "känner till att det går att göra en felanmälan om trasig belysning eller klotter via kommunens "
        "webbplats eller app. Kommunledningskontoret föreslår därför en informationsinsats under 2021 i "
        "samverkan med bostadsbolagen och Uppsala Vatten och Avfall AB."
    )
    d.p(
        "De öppna svaren i enkäten ger en samstämmig bild. Många efterfrågar mer vuxennärvaro på kvällar och "
        "helger, bättre belysning vid busshållplatser och snabbare åtgärder mot nedskräpning och skadegörelse. "
        "Flera svarande lyfter fram att de nya fritidsgårdstiderna och feriearbetena har gjort skillnad för "
        "ungdomarna i området. Det finns också de som upplever att situationen har försämrats, framför allt i "
        "anslutning till vissa centrumanläggningar, där öppen narkotikahandel och grupper av unga män skapar "
        "otrygghet. Dessa synpunkter har lämnats vidare till den operativa samverkansgruppen med polisen."
    )
    d.h("Fortsatt arbete", 2)
    d.p(
        "Kommunledningskontoret föreslår att handlingsplanen revideras under 2021 så att den bättre "
        "speglar de lärdomar som gjorts under pandemin. Särskilt bör följande prioriteras:",
        keep_next=True,
    )
    d.bullets(
        [
            "ett tydligare fokus på de stadsdelar där otryggheten är störst,",
            "bättre uppföljning av effekterna av åtgärderna, inte bara av om de genomförts,",
            "en fördjupad samverkan med civilsamhället och trossamfunden.",
        ]
    )
    d.p(
        "Den reviderade handlingsplanen ska enligt planeringen behandlas av kommun{-}styrelsen i december 2021."
    )
    d.p("Kommunledningskontoret", before=18, after=24, align="l")
    d.table(
        [["Ulrika Sandberg\nStadsdirektör", "Henrik Åberg\nSäkerhetschef"]],
        widths=[8, 8],
        borders=False,
    )
    return d, dict(
        doc_type="report",
        date="2021-05-10",
        reference="KSN-2021-00453",
        title=title,
        authors=[
            person("Ulrika Sandberg", None, "Stadsdirektör"),
            person("Henrik Åberg", None, "Säkerhetschef"),
        ],
        addressed=[],
        features="4+ pages; first-page letterhead, then running header 'Uppsala kommun · Kommunstyrelsen · "
        "2021-05-10'; footer 'Sida X av Y' (PAGE/NUMPAGES) + postal footer on every page; justified "
        "text with Word AUTOMATIC HYPHENATION (w:autoHyphenation, sv-SE) -> many 'ord-' line ends; two "
        "hand hyphenations with manual line break (kommun-/fullmäktige, kommun-/styrelsen); hyphen "
        "compounds (EU-medel, Gatu- och samhällsmiljönämnden, covid-19-pandemin, säkerhets- och); long "
        "paragraphs flowing over page breaks; bullet lists; figures table",
    )


def upp_motion_2017_cykelparkering():
    d = Doc("upp_motion_2017_cykelparkering", font="Calibri", size=11.5, justify=True)
    d.hp(d.sec.header, "Centerpartiet i Uppsala", size=12, bold=True, color="009933")
    d.hp(d.sec.footer, "Motion till kommunfullmäktige i Uppsala\t{PAGE}", size=8, tabs=[(16, "r")])
    title = "Motion om fler och säkrare cykelparkeringar vid Uppsala resecentrum"
    d.h(title, 1)
    d.p(
        "Uppsala är Sveriges cykel{shy}stad. Drygt en tredjedel av alla resor inom staden görs med cykel, och "
        "kommunens mål är att andelen ska öka ytterligare. Men den som har försökt parkera sin cykel vid "
        "resecentrum en vardagsmorgon vet att det är näst intill omöjligt. Cykelställen är överfulla, cyklar "
        "står parkerade längs fasaderna och i gång{shy}stråken, och stölderna är många."
    )
    d.p(
        "Enligt Gatu- och samhällsmiljönämndens egen inventering finns i dag omkring 4 200 cykel{shy}parkerings{shy}platser "
        "inom 300 meter från rese{shy}centrum, medan behovet bedöms vara minst 7 000. I cykel{shy}garaget under "
        "Stations{shy}gatan finns 1 500 platser, men det är ofta fullt redan före klockan åtta. Många pendlare "
        "väljer därför att ta bilen eller bussen till stationen i stället, vilket går stick i stäv med "
        "kommunens klimat- och trafik{shy}mål."
    )
    d.p(
        "Centerpartiet anser att kommunen måste ta ett helhetsgrepp. Fler platser behövs, men de måste också "
        "vara säkra, väder{shy}skyddade och lätta att hitta. Det bör finnas särskilda platser för lastcyklar "
        "och cykel{shy}kärror, och möjlighet att ladda elcyklar. Andra städer, som Malmö och Lund, har visat att "
        "bevakade cykel{shy}garage med enkel betalning via app är populära och minskar stölderna kraftigt."
    )
    d.p(
        "Det finns också möjlighet att söka EU-medel och statlig med{-}finansiering genom stadsmiljöavtalen för "
        "den här typen av investeringar. Kommun{-}fullmäktige bör därför ge tydliga uppdrag så att ansökningar kan "
        "lämnas in i tid inför nästa utlysning."
    )
    d.p("Jag yrkar därför", keep_next=True, before=6, align="l")
    props = [
        "att Gatu- och samhällsmiljönämnden ges i uppdrag att ta fram en plan för minst 3 000 nya "
        "cykelparkeringsplatser inom 300 meter från resecentrum till 2020,",
        "att planen ska omfatta väderskyddade och bevakade platser samt platser för lastcyklar,",
        "att kommunstyrelsen ges i uppdrag att söka EU-medel och statlig medfinansiering för "
        "investeringarna, samt",
        "att möjligheten att införa ett bevakat cykelgarage med app-baserad betalning utreds.",
    ]
    d.bullets(props, align="l")
    d.p("Uppsala den 6 november 2017", before=12, after=24, align="l")
    d.p("Linda Eskilsson (C)", align="l")
    return d, dict(
        doc_type="motion",
        date="2017-11-06",
        reference=None,
        title=title,
        authors=[person("Linda Eskilsson", "C")],
        addressed=[],
        proposals=props,
        features="justified body; HAND HYPHENATION '-' + manual line break inside justified paragraphs "
        "(med-/finansiering, Kommun-/fullmäktige) which also makes Word/LO stretch the broken line; "
        "SOFT HYPHENS (w:softHyphen) in trafik¬mål, väder¬skyddade; hyphen compounds (EU-medel, "
        "Gatu- och samhällsmiljönämnden, app-baserad); att-clauses as a BULLETED list "
        "(List Bullet) after 'Jag yrkar därför'; party name in header, footer with PAGE",
    )


def upp_beslut_2025_buller():
    d = Doc("upp_beslut_2025_buller", font="Arial", size=10.5)
    d.first_page_different()
    fh = d.sec.first_page_header
    d.htable(
        fh,
        [
            ["**Uppsala kommun**", "**BESLUT**", ""],
            ["Miljöförvaltningen", "Datum:", "Diarienummer:"],
            ["", "2025-01-14", "MHN-2024-004512"],
        ],
        [7, 4.5, 4.5],
        size=9,
    )
    d.hp(
        d.sec.header,
        "Uppsala kommun · Miljöförvaltningen\tSida {PAGE} av {NUMPAGES}",
        size=8,
        tabs=[(16, "r")],
    )
    pf = (
        "Postadress: Uppsala kommun, miljöförvaltningen, 753 75 Uppsala · Telefon 018-727 00 00 · "
        "miljoforvaltningen@uppsala.se · www.uppsala.se"
    )
    d.hp(d.sec.first_page_footer, pf, size=7.5, align="c")
    d.hp(d.sec.footer, pf, size=7.5, align="c")
    d.p(
        "Fastighets AB Svartbäcken\nAtt: Martin Olsson\nBox 3021\n750 03 Uppsala",
        indent=9.0,
        after=24,
    )
    title = "Föreläggande om åtgärder mot buller från ventilationsaggregat på fastigheten Svartbäcken 12:4"
    d.h(title, 1, size=13)
    d.h("Beslut", 2)
    d.p(
        "Miljö- och hälsoskyddsnämnden förelägger Fastighets AB Svartbäcken, org.nr 556712-3456, i egenskap av "
        "fastighetsägare till Svartbäcken 12:4, att vidta följande åtgärder:"
    )
    atts = [
        "att senast den 31 mars 2025 åtgärda ventilationsaggregatet på byggnadens tak så att ljudnivån "
        "inomhus i angränsande bostäder inte överstiger 30 dBA ekvivalent ljudnivå nattetid,",
        "att senast den 30 april 2025 redovisa resultatet av ljudmätningar utförda av sakkunnig efter "
        "genomförda åtgärder.",
    ]
    for a in atts:
        d.p(a, indent=0.75, after=3)
    d.p("Föreläggandet förenas inte med vite.")
    d.h("Skäl för beslutet", 2)
    d.p(
        "Miljöförvaltningen har sedan i maj 2024 tagit emot klagomål från boende i fastigheten Svartbäcken "
        "12:5 om lågfrekvent buller nattetid. Förvaltningen har vid inspektion den 12 september 2024 konstaterat "
        "att bullret kommer från ventilationsaggregatet på grannfastighetens tak. Mätningar i en av de "
        "klagande bostäderna visade en ekvivalent ljudnivå på 34 dBA nattetid, vilket överskrider "
        "Folkhälsomyndighetens riktvärde."
    )
    d.p(
        "Fastighetsägaren har getts tillfälle att yttra sig över ett utkast till beslut. Bolaget har anfört att "
        "aggregatet är nytt och uppfyller tillverkarens specifikationer, men har inte redovisat några åtgärder. "
        "Förvaltningen bedömer att bullret utgör en olägenhet för människors hälsa enligt 9 kap. 3 § "
        "miljöbalken och att det är skäligt att kräva åtgärder."
    )
    d.h("Hur man överklagar", 2)
    d.p(
        "Beslutet kan överklagas till Länsstyrelsen i Uppsala län. Överklagandet ska skickas till "
        "miljö- och hälsoskyddsnämnden och ha kommit in inom tre veckor från den dag ni fick del av beslutet."
    )
    d.p(
        "Beslutet har fattats med stöd av delegation från miljö- och hälsoskyddsnämnden.",
        before=12,
        after=24,
    )
    d.p("Anna-Karin Sjölund\nMiljöinspektör")
    return d, dict(
        doc_type="decision",
        date="2025-01-14",
        reference="MHN-2024-004512",
        title=title,
        title_alternatives=["Föreläggande om åtgärder mot buller från ventilationsaggregat"],
        authors=[person("Anna-Karin Sjölund", None, "Miljöinspektör")],
        addressed=[person("Martin Olsson", None, None)],
        addressed_alternatives=[[person("Fastighets AB Svartbäcken", None, None)]],
        att_clauses_not_motion=atts,
        features="date and Diarienummer ONLY in the first-page header table (label row / value row, 3 columns); "
        "'BESLUT' document-type word in header; indented address block; headed sections; att-clauses "
        "in a decision; later-page header with Sida X av Y",
    )


def upp_skrivelse_2015_migrationsverket():
    d = Doc("upp_skrivelse_2015_migrationsverket", font="Garamond", size=12)
    d.hp(d.sec.header, "UPPSALA KOMMUN\t{PAGE} ({NUMPAGES})", size=10, bold=True, tabs=[(16, "r")])
    d.hp(d.sec.header, "KOMMUNSTYRELSEN", size=8)
    d.hp(d.sec.footer, POSTAL_UPPSALA.replace("·", "|"), size=7.5, align="c")
    d.p("2015-10-27", align="r", after=18)
    d.p("Migrationsverket\nGeneraldirektör Anders Lindberg\n601 70 Norrköping", after=24)
    title = "Skrivelse om boendesituationen för asylsökande i Uppsala"
    d.h(title, 1, size=14)
    d.p(
        "Uppsala kommun tar i dag emot fler asylsökande än någon gång tidigare. Bara under september och oktober "
        "har närmare 1 200 personer anvisats till anläggningsboenden inom kommunens gränser, och drygt 300 "
        "ensamkommande barn har placerats av socialtjänsten. Kommunen gör allt vi kan för att ge de nyanlända "
        "ett värdigt mottagande, och vi är stolta över det engagemang som civilsamhället och enskilda "
        "Uppsalabor visar."
    )
    d.p(
        "Samtidigt är situationen ansträngd. Flera av de tillfälliga boenden som Migrationsverket upphandlat har "
        "öppnats med mycket kort varsel och utan att kommunen informerats. Det har gjort det svårt för skolan, "
        "socialtjänsten och räddningstjänsten att planera. I två fall har räddningstjänsten tvingats stänga "
        "boenden på grund av bristande brandskydd."
    )
    d.p(
        "Vi vill därför be Migrationsverket att informera kommunen minst två veckor innan ett nytt boende "
        "öppnas, att i upphandlingarna ställa krav på att boendena uppfyller gällande regler för brandskydd och "
        "att utse en kontaktperson på verket som kommunen kan vända sig till med frågor om mottagandet."
    )
    d.p("Vi ser fram emot ert svar och ett fortsatt gott samarbete.")
    d.p("Uppsala den 27 oktober 2015", before=12, after=30)
    d.table(
        [["Ingrid Ålund (S)\nKommunstyrelsens ordförande", "Mohammad Rezai (MP)\nKommunalråd"]],
        widths=[8, 8],
        borders=False,
    )
    return d, dict(
        doc_type="letter",
        date="2015-10-27",
        reference=None,
        title=title,
        authors=[
            person("Ingrid Ålund", "S", "Kommunstyrelsens ordförande"),
            person("Mohammad Rezai", "MP", "Kommunalråd"),
        ],
        addressed=[person("Anders Lindberg", None, "Generaldirektör")],
        addressed_alternatives=[[person("Migrationsverket", None, None)]],
        features="capitals letterhead + 'N (M)' fields in running header; right-aligned ISO date at top AND "
        "dateline; address block with line breaks; two signatories with party and role side by side "
        "in a borderless table; postal footer with '|' separators; Garamond",
    )


DOCS = [
    upp_nyhetsbrev_2023_klimat,
    upp_utredning_2020_bostadsformedling,
    upp_uppfoljning_2021_trygghet,
    upp_motion_2017_cykelparkering,
    upp_beslut_2025_buller,
    upp_skrivelse_2015_migrationsverket,
]
