from kmdoc import Doc, person

STEM = "stockholm_2021_interpellation_simkunnighet"


def build(logos):
    d = Doc(
        STEM,
        font="Caladea",
        size=12,
        after=10,
        line=1.1,
        heading_font="Liberation Sans",
        margins=(3.0, 2.5, 2.5, 2.8),
        core_title="Mall interpellation KF",
        core_author="Stockholms stad",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    hdr = sec.first_page_header
    t = d.hf_table(
        hdr,
        [["", "Kommunfullmäktige\nInterpellation\nDnr KS 2021/1187"]],
        [9.0, 6.7],
        size=9,
        align_cols=[None, "right"],
    )
    cell = t.cell(0, 0)
    cell.paragraphs[0].add_run().add_picture(logos["stockholm"], width=d_cm(4.6))
    d.features.add("logo image in header")
    # running header with page number "2 (3)"
    para = d.hf_para(sec.header, "Stockholms stad\t", tabs=[(15.7, "right")], size=9)
    d.page_field_text(para, "{PAGE} ({NUMPAGES})", size=9)

    title = "Interpellation angående simkunnigheten bland barn i ytterstaden"
    d.h(title, 1)
    d.p("Till skolborgarrådet Katarina Wessel (L)", bold=True, after=16)

    d.p(
        "Att kunna simma är en livsviktig färdighet. Varje sommar drunknar barn och unga i "
        "Sverige, och de allra flesta olyckorna sker i sjöar, vattendrag och vid "
        "havsstränder där det saknas livräddare. Stockholm är en stad omgiven av vatten, "
        "och här borde alla barn ha goda möjligheter att lära sig simma redan före "
        "skolstarten."
    )
    d.p(
        "Enligt läroplanen ska alla elever senast i årskurs 6 kunna simma 200 meter, varav "
        "50 meter på rygg, och kunna hantera nödsituationer vid vatten. Utbildnings\u00adförvaltningens "
        "egen uppföljning visar dock att andelen elever som inte når kunskapskravet i "
        "simning är flera gånger högre i Rinkeby-Kista, Spånga-Tensta och Skärholmen än i "
        "innerstaden. I vissa skolor i Järva saknar var femte elev i årskurs 6 godtagbar "
        "simkunnighet. Pandemin har dessutom gjort att många klasser har fått ställa in "
        "sina simlektioner under både 2020 och 2021."
    )
    d.p(
        "Skillnaderna beror inte på eleverna. De beror på att simhallarna ligger långt från "
        "många skolor, att skolorna själva får bekosta bussresor och badavgifter ur sin "
        "skolpeng, och att föräldrar i ytterstaden i lägre utsträckning har möjlighet att "
        "betala för privata simskolor. När staden under förra mandatperioden "
        "finansierade sommarsimskola i ytterstadsdelarna ökade andelen simkunniga elever "
        "tydligt. Den satsningen har sedan dess minskat i omfattning."
    )
    d.p(
        "Vi socialdemokrater har i budgetarbetet föreslagit att staden ska garantera alla "
        "barn simundervisning i förskoleklass, med transport och badavgift betalda "
        "centralt, och att sommarsimskolorna ska byggas ut igen. Förslaget har röstats ned "
        "av den styrande majoriteten, samtidigt som skolborgarrådet offentligt har sagt att "
        "simkunnighet är en prioriterad fråga."
    )
    d.p(
        "Idrottsförvaltningen har dessutom aviserat att öppettiderna i flera av "
        "ytterstadens simhallar ska minskas för att klara budgeten, bland annat i Husby och "
        "Vårby. Det riskerar att ytterligare försvåra för skolorna att hitta tider för "
        "simundervisning, och för föreningslivet att erbjuda simskola på kvällar och helger. "
        "Det är de barn som redan har sämst förutsättningar som får betala priset."
    )
    d.p("Mot denna bakgrund vill vi ställa följande frågor till skolborgarrådet:", keep=True)
    qs = [
        "Hur ser skolborgarrådet på att simkunnigheten bland barn i ytterstaden är så "
        "mycket lägre än i innerstaden?",
        "Är skolborgarrådet berett att ta initiativ till att staden centralt finansierar "
        "transporter och badavgifter för skolornas simundervisning?",
        "Vilka åtgärder avser skolborgarrådet att vidta för att de elever som missat "
        "simundervisning under pandemin ska nå kunskapskravet innan de lämnar årskurs 6?",
    ]
    for q in qs:
        d.p(q, indent=0.8, after=8)
    d.features.add("unnumbered questions as indented paragraphs")
    d.p("Stockholm den 21 september 2021", before=16, after=30)
    d.p("Sara Lindqvist (S)", after=24)
    d.p("Ahmed Yusuf (S)", after=0)

    meta = dict(
        doc_type="interpellation",
        date="2021-09-21",
        reference="KS 2021/1187",
        title=title,
        authors=[person("Sara Lindqvist", "S"), person("Ahmed Yusuf", "S")],
        addressed=[person("Katarina Wessel", "L", "skolborgarrådet")],
        questions=qs,
        proposals=[],
        addressed_alternatives=[[person("Katarina Wessel", "L", "skolborgarråd")]],
    )
    return d, meta, {}


def d_cm(x):
    from docx.shared import Cm

    return Cm(x)
