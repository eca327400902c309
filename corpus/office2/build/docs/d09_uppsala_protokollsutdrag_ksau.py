from docx.shared import Cm
from kmdoc import Doc, person

STEM = "uppsala_2023_protokollsutdrag_ksau"


def build(logos):
    d = Doc(
        STEM,
        font="Liberation Sans",
        size=10.5,
        after=6,
        line=1.1,
        margins=(3.6, 2.2, 3.0, 2.5),
        core_title="Protokoll KSAU",
        core_author="Kansliet",
    )
    sec = d.d.sections[0]
    t = d.hf_table(
        sec.header,
        [
            ["", "Protokoll", "Sida {PAGE} ({NUMPAGES})"],
            ["", "Kommunstyrelsens arbetsutskott", "Sammanträdesdatum:\n2023-05-15"],
        ],
        [5.5, 6.3, 4.5],
        size=9,
    )
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 0).paragraphs[0].add_run().add_picture(logos["uppsala"], width=Cm(3.8))
    t.cell(0, 1).paragraphs[0].runs[0].bold = True
    ft = d.hf_table(
        sec.footer,
        [["Justerandes sign", "", "", "Utdragsbestyrkande", ""]],
        [3.0, 2.6, 2.6, 3.5, 4.6],
        size=8,
        borders=True,
    )
    for c in ft.rows[0].cells:
        c.paragraphs[0].paragraph_format.space_after = 0
    ft.rows[0].height = Cm(1.1)
    d.features.add("'Justerandes sign' / 'Utdragsbestyrkande' footer table")

    title = "Protokollsutdrag"
    d.h(title, 1)
    d.p("Kommunstyrelsens arbetsutskott, sammanträde 2023-05-15", after=14)

    # § 118 -------------------------------------------------------------
    d.h("§ 118", 2)
    d.h("Svar på remiss om revidering av regionalt trafikförsörjningsprogram", 3)
    d.p("KSN-2023-00874", after=8)
    d.h("Beslut", 3)
    d.p("Arbetsutskottet beslutar")
    d.p("att besvara remissen i enlighet med ärendets bilaga.", indent=0.6)
    d.h("Sammanfattning", 3)
    d.p(
        "Region Uppsala har skickat förslag till reviderat regionalt "
        "trafikförsörjningsprogram på remiss till länets kommuner. Programmet anger mål och "
        "inriktning för den regionala kollektivtrafiken fram till 2030. Kommunen är i "
        "huvudsak positiv till förslaget men framför synpunkter om turtätheten på "
        "landsbygdslinjerna och om behovet av bättre anslutningar till pendeltågen i "
        "Knivsta och Storvreta."
    )
    d.h("Beslutsunderlag", 3)
    d.items(
        [
            "Kommunledningskontorets tjänsteskrivelse den 27 april 2023",
            "Bilaga, Förslag till yttrande",
        ],
        kind="bullet",
        glyph="\u2022",
        after=2,
    )
    d.h("Yrkanden", 3)
    d.p("Ordföranden Helena Strand (S) yrkar bifall till förslaget i ärendet.")
    d.p(
        "Anders Mårtensson (M) yrkar att yttrandet kompletteras med ett avsnitt om "
        "kostnadseffektivitet och om möjligheten att upphandla anropsstyrd trafik."
    )
    d.h("Beslutsgång", 3)
    d.p(
        "Ordföranden ställer proposition på bifall till ordförandens yrkande mot bifall "
        "till Anders Mårtenssons (M) yrkande och finner att arbetsutskottet bifaller "
        "ordförandens yrkande."
    )
    d.h("Reservation", 3)
    d.p("Anders Mårtensson (M) reserverar sig mot beslutet till förmån för eget yrkande.")
    d.p("Expedieras: Region Uppsala, kollektivtrafikförvaltningen", after=0)
    d.page_break()

    # § 119 -------------------------------------------------------------
    d.h("§ 119", 2)
    d.h("Motion av Karin Holm (M) om ett bostadsförsörjningsprogram för unga vuxna", 3)
    d.p("KSN-2022-03119", after=8)
    d.h("Beslut", 3)
    d.p("Arbetsutskottet föreslår kommunstyrelsen föreslå kommunfullmäktige besluta")
    d.p("att avslå motionen.", indent=0.6)
    d.h("Sammanfattning", 3)
    d.p(
        "Karin Holm (M) föreslår i en motion väckt vid kommunfullmäktiges sammanträde den "
        "28 november 2022 att kommunen tar fram ett särskilt bostadsförsörjningsprogram för "
        "unga vuxna mellan 18 och 29 år. Kommunledningskontoret konstaterar att unga vuxnas "
        "behov redan omfattas av det gällande bostadsförsörjningsprogrammet och av de "
        "uppdrag som de kommunala bostadsbolagen har i ägardirektiven. Ett särskilt program "
        "bedöms inte tillföra något utöver det arbete som redan pågår."
    )
    d.h("Beslutsunderlag", 3)
    d.items(
        ["Kommunledningskontorets tjänsteskrivelse den 20 april 2023", "Motion av Karin Holm (M)"],
        kind="bullet",
        glyph="\u2022",
        after=2,
    )
    d.h("Yrkanden", 3)
    d.p("Ordföranden Helena Strand (S) yrkar bifall till förslaget i ärendet.")
    d.p("Anders Mårtensson (M) och Sofia Lindgren (KD) yrkar bifall till motionen.")
    d.h("Beslutsgång", 3)
    d.p(
        "Ordföranden ställer proposition på bifall till ordförandens yrkande mot bifall "
        "till Anders Mårtenssons (M) med fleras yrkande och finner att arbetsutskottet "
        "bifaller ordförandens yrkande."
    )
    d.h("Reservation", 3)
    d.p(
        "Anders Mårtensson (M) och Sofia Lindgren (KD) reserverar sig mot beslutet till "
        "förmån för eget yrkande."
    )
    d.page_break()

    # § 120 -------------------------------------------------------------
    d.h("§ 120", 2)
    d.h("Information om ekonomiskt utfall per april 2023", 3)
    d.p("KSN-2023-00102", after=8)
    d.h("Beslut", 3)
    d.p("Arbetsutskottet beslutar")
    d.p("att lägga informationen till handlingarna.", indent=0.6)
    d.h("Sammanfattning", 3)
    d.p(
        "Ekonomidirektören informerar om kommunens ekonomiska utfall till och med april "
        "2023. Nämnderna prognostiserar sammantaget ett underskott om 142 miljoner kronor "
        "för helåret, främst till följd av högre kostnader för energi, livsmedel och "
        "placeringar inom socialtjänsten. Utfallet redovisas per nämnd i tabellen nedan."
    )
    d.table(
        [
            ["Nämnd", "Budget 2023 (mnkr)", "Prognos avvikelse (mnkr)"],
            ["Socialnämnden", "1 912", "−78"],
            ["Utbildningsnämnden", "5 431", "−41"],
            ["Äldrenämnden", "2 205", "−35"],
            ["Övriga nämnder", "3 114", "12"],
            ["Summa", "12 662", "−142"],
        ],
        widths=[6.0, 4.0, 5.0],
        size=9.5,
        align_cols=[None, "right", "right"],
    )
    d.p("Arbetsutskottet diskuterar utfallet och behovet av åtgärder.", before=8)
    d.p("Vid protokollet", before=18, after=0)
    d.p("Karin Sjödin", before=20, after=0)
    d.p("Justeras", before=14, after=0)
    d.p(
        "Helena Strand (S)\tAnders Mårtensson (M)",
        before=20,
        tabs=[(8.0, "left")],
        after=0,
        alt="Helena Strand (S)\nAnders Mårtensson (M)",
    )
    d.p("Ordförande\tJusterare", tabs=[(8.0, "left")], after=0, alt="Ordförande\nJusterare")

    meta = dict(
        doc_type="minutes",
        date="2023-05-15",
        reference=None,
        reference_alternatives=["KSN-2023-00874", "KSN-2022-03119", "KSN-2023-00102"],
        title=title,
        title_alternatives=[
            "Protokollsutdrag Kommunstyrelsens arbetsutskott, sammanträde 2023-05-15",
            "Kommunstyrelsens arbetsutskott",
            # Kommunminne's convention for minutes (corpus/truth, e.g. the 2021-04-26 KF
            # minutes with §§ 87-89 each under its own Dnr): the first § with a Dnr.
            "§ 118 Svar på remiss om revidering av regionalt trafikförsörjningsprogram",
        ],
        authors=[],
        addressed=[],
        questions=[],
        proposals=[],
        authors_alternatives=[
            [
                person("Helena Strand", "S", "Ordförande"),
                person("Anders Mårtensson", "M", "Justerare"),
            ]
        ],
    )
    return (
        d,
        meta,
        {"features": ["several §§ with Dnr per §, Beslut, Reservation", "page break per §"]},
    )
