from docx.shared import Cm
from kmdoc import Doc, person

STEM = "uppsala_2020_svar_studentbostader"


def build(logos):
    d = Doc(
        STEM,
        font="Carlito",
        size=11.5,
        after=8,
        line=1.1,
        margins=(4.2, 2.5, 2.6, 2.5),
        core_title="Svar på interpellation",
        core_author="Kommunledningskontoret",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    sec.header_distance = Cm(0.9)
    hdr = sec.first_page_header
    t = d.hf_table(
        hdr,
        [
            ["", "Svar på interpellation", "Sida {PAGE} ({NUMPAGES})"],
            ["", "Datum:", "Diarienummer:"],
            ["", "2020-03-09", "KSN-2020-00412"],
        ],
        [7.0, 5.0, 4.0],
        size=9.5,
    )
    t.cell(0, 0).merge(t.cell(2, 0))
    t.cell(0, 0).paragraphs[0].add_run().add_picture(logos["uppsala"], width=Cm(4.3))
    t.cell(0, 1).paragraphs[0].runs[0].bold = True
    # running header pages 2+
    para = d.hf_para(sec.header, "Svar på interpellation\t", tabs=[(16.0, "right")], size=9)
    d.page_field_text(para, "Sida {PAGE} ({NUMPAGES})", size=9)
    # first-page footer: address block (never part of the text)
    d.hf_para(
        sec.first_page_footer,
        "Postadress: Uppsala kommun, kommunledningskontoret, 753 75 Uppsala  •  "
        "Telefon: 018-727 00 00 (växel)  •  E-post: kommunledningskontoret@uppsala.se  •  www.uppsala.se",
        size=7.5,
        align="center",
    )

    title = "Svar på interpellation från Karin Holm (M) om bostäder för studenter"
    d.h(title, 1)
    d.p("Karin Holm (M) har i en interpellation ställt följande frågor till mig:")
    quoted = [
        "Hur många nya studentbostäder bedömer du att kommunen behöver bidra till fram till 2025?",
        "Är du beredd att ge Uppsalahem i uppdrag att bygga fler korridorsrum och små lägenheter för studenter?",
        "Vilka markanvisningar för studentbostäder planerar kommunen under 2020?",
    ]
    for q in quoted:
        d.p("__" + q + "__", indent=0.8, after=4)
    d.features.add("quoted questions in italics (not the answer's own questions)")
    d.p(
        "Uppsala är en av landets största studentstäder. Med två universitet och runt "
        "45 000 studenter är studentbostäderna en viktig del av stadens bostadsförsörjning, "
        "och bristen på bostäder vid terminsstart är ett återkommande problem. Jag delar "
        "interpellantens bild av att det behövs fler bostäder för studenter, och det är "
        "också därför kommunen under de senaste åren har arbetat aktivt med frågan.",
        before=8,
    )
    d.p(
        "Enligt Studentstaden och de andra större studentbostadsföretagen i staden har kön "
        "till ett korridorsrum kortats något sedan 2017, men den genomsnittliga kötiden för "
        "en egen lägenhet är fortfarande mer än två år. Kommunens bostads\u00adförsörjnings\u00adprogram "
        "anger att det behöver tillkomma i genomsnitt 600 studentbostäder per år fram till "
        "2025 för att möta behovet. Det är ett mål som kommunen inte når på egen hand, "
        "eftersom de flesta studentbostäder byggs av privata och stiftelseägda aktörer, men "
        "vi kan påverka takten genom planering, markanvisningar och de kommunala bolagens "
        "uppdrag."
    )
    d.p(
        "Uppsalahem har i ägardirektivet ett uppdrag att bidra till bostäder för grupper "
        "som har svårt att etablera sig på bostadsmarknaden, och studenter ingår i den "
        "gruppen. Bolaget har under 2019 färdigställt 240 studentlägenheter i Rosendal och "
        "har ytterligare cirka 300 i produktion. Jag ser inget behov av att ge bolaget ett "
        "särskilt uppdrag om korridorsrum. Erfarenheten är att efterfrågan i dag i första "
        "hand gäller små egna lägenheter, och det är bolaget som bäst kan avgöra vilken "
        "typ av bostäder som ska byggas i respektive projekt."
    )
    d.p(
        "När det gäller markanvisningar planerar kommunen att under 2020 anvisa mark för "
        "ungefär 450 studentbostäder, främst i Rosendal etapp 4 och i Ultuna. Därutöver "
        "pågår detaljplanearbete vid Gottsunda centrum där en del av bebyggelsen är tänkt "
        "för studenter och unga vuxna. Kommunen kommer att följa upp utfallet i den årliga "
        "redovisningen av bostadsförsörjningsprogrammet till kommunstyrelsen."
    )
    d.p(
        "Sammanfattningsvis ser jag positivt på att fler studentbostäder byggs i Uppsala. "
        "Vi kommer att fortsätta att prioritera studentbostäder i markanvisningarna, och jag "
        "kommer att under våren bjuda in studentbostadsföretagen och studentkårerna till ett "
        "samråd om hur byggtakten kan öka ytterligare."
    )
    d.p("Erik Lundgren (S)", before=26, after=0)
    d.p("Kommunalråd med ansvar för bostadsfrågor", after=0)
    d.features.add("signature with role line")

    meta = dict(
        doc_type="answer",
        date="2020-03-09",
        reference="KSN-2020-00412",
        title=title,
        authors=[person("Erik Lundgren", "S", "Kommunalråd med ansvar för bostadsfrågor")],
        addressed=[person("Karin Holm", "M")],
        questions=[],
        proposals=[],
    )
    return d, meta, {"features": ["date and diarienummer only in first-page header table"]}
