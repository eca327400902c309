"""Two extra probes of very common Word habits: bulleted questions, 'att<TAB>' hanging-indent proposals
and tab-separated signatures on one line."""

from lib import Doc, person


def upp_interp_2024_vinterväg():
    d = Doc("upp_interp_2024_vinterväghållning", font="Calibri", size=11)
    d.hp(
        d.sec.header,
        "Sverigedemokraterna\tUppsala",
        size=14,
        bold=True,
        color="DDAA00",
        tabs=[(16, "r")],
    )
    d.hp(
        d.sec.footer,
        "Interpellation till kommunfullmäktige 2024-09-23\tSida {PAGE} av {NUMPAGES}",
        size=8,
        tabs=[(16, "r")],
    )
    title = "Interpellation angående vinterväghållningen på gång- och cykelvägar"
    d.h(title, 1, size=15)
    d.p(
        "Till ordföranden i gatu- och samhällsmiljönämnden Anders Wikman (MP)",
        italic=True,
        after=12,
    )
    d.p(
        "Vintern 2023/24 blev en av de mest besvärliga på länge för Uppsalas gångare och cyklister. Snö och is "
        "låg kvar på gång- och cykelvägarna i flera dagar efter de stora snöfallen i januari, och "
        "Akademiska sjukhuset rapporterade en kraftig ökning av antalet fallolyckor. Särskilt äldre och personer "
        "med funktionsnedsättning blev isolerade i sina hem."
    )
    d.p(
        "Kommunen har sedan 2018 tillämpat så kallad snöröjning enligt jämställdhetsprincipen, där gång- och "
        "cykelvägar ska prioriteras före bilvägar. Det är en bra princip, men den måste också fungera i "
        "praktiken. Entreprenörerna har enligt nämndens egen uppföljning inte klarat de utlovade tiderna vid "
        "nästan hälften av snöfallen."
    )
    d.p("Mot bakgrund av detta vill jag ställa följande frågor:", keep_next=True)
    qs = [
        "Hur har nämnden följt upp entreprenörernas åtaganden under vintern 2023/24?",
        "Vilka viten har kommunen tagit ut när tiderna inte hållits?",
        "Vilka åtgärder avser du att vidta inför kommande vinter?",
    ]
    d.bullets(qs)
    d.p("Uppsala den 23 september 2024", before=12, after=24)
    d.p("Therese Lind (SD)\nLedamot i kommunfullmäktige")
    return d, dict(
        doc_type="interpellation",
        date="2024-09-23",
        reference=None,
        title=title,
        title_alternatives=[
            "Angående vinterväghållningen på gång- och cykelvägar",
            "Vinterväghållningen på gång- och cykelvägar",
        ],
        authors=[person("Therese Lind", "SD", "Ledamot i kommunfullmäktige")],
        addressed=[person("Anders Wikman", "MP", "ordföranden i gatu- och samhällsmiljönämnden")],
        questions=qs,
        features="questions as a Word BULLETED list (Symbol-font bullets); addressee line AFTER the title, "
        "in italics, to a nämnd chair (not KSO); signature with role line; footer with date and "
        "Sida X av Y",
    )


def upp_motion_2019_tabb():
    d = Doc("upp_motion_2019_simhall", font="Times New Roman", size=12)
    d.hp(d.sec.header, "Liberalerna Uppsala", size=12, bold=True, color="006AB3")
    title = "Motion om en ny simhall i Storvreta"
    d.h(title, 1, font="Arial", size=16)
    d.p(
        "Storvreta är en av kommunens snabbast växande orter. Här bor i dag drygt 8 000 invånare, och "
        "enligt kommunens översiktsplan ska ytterligare 1 500 bostäder byggas fram till 2030. Ändå saknas "
        "i stort sett all kommunal idrottsinfrastruktur utöver skolornas gymnastiksalar."
    )
    d.p(
        "Simkunnighet är en fråga om liv och död. Enligt skolans kursplan ska alla elever kunna simma 200 "
        "meter efter årskurs 6, men i de norra kommundelarna är andelen som klarar kravet lägre än i "
        "kommunen som helhet. En bidragande orsak är att skolorna har långt till närmaste simhall och att "
        "bussresorna tar tid från undervisningen."
    )
    d.p(
        "En simhall i Storvreta skulle också avlasta Fyrishov och ge föreningslivet bättre förutsättningar. "
        "Den kan med fördel byggas i anslutning till den planerade nya skolan i Storvreta centrum."
    )
    d.p("Med anledning av ovanstående föreslår vi kommunfullmäktige", keep_next=True, before=6)
    props = [
        "att ge idrotts- och fritidsnämnden i uppdrag att utreda förutsättningarna för en simhall i "
        "Storvreta,",
        "att utredningen ska omfatta en samlokalisering med den planerade skolan i Storvreta centrum, samt",
        "att utredningen redovisas för kommunstyrelsen senast i december 2020.",
    ]
    for p_ in props:
        d.p("att\t" + p_[4:], indent=1.0, first_indent=-1.0, after=4)
    d.p("Uppsala den 11 februari 2019", before=12, after=24)
    d.p("Anna Manell (L)\t\tMohamad Hassan (L)", after=0)
    return d, dict(
        doc_type="motion",
        date="2019-02-11",
        reference=None,
        title=title,
        authors=[person("Anna Manell", "L"), person("Mohamad Hassan", "L")],
        addressed=[],
        proposals=props,
        features="att-clauses typed as 'att<TAB>text' with hanging indent (very common Word layout); two "
        "signatures on ONE line separated by tabs; Times body, Arial heading; party name in header",
    )


DOCS = [upp_interp_2024_vinterväg, upp_motion_2019_tabb]
