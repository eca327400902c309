from kmdoc import Doc, person

STEM = "umea_2016_brev_lansstyrelsen_skannad"


def build(logos):
    d = Doc(
        STEM,
        font="Liberation Serif",
        size=11.5,
        after=8,
        line=1.1,
        align="left",
        margins=(2.0, 2.5, 2.5, 2.5),
        core_title="",
        core_author="",
    )
    sec = d.d.sections[0]
    d.logo(sec.header, logos["umea"], 5.2)
    d.hf_para(
        sec.footer,
        "Umeå kommun, 901 84 Umeå  •  Besöksadress: Skolgatan 31A  •  "
        "Tel 090-16 10 00  •  kommunen@umea.se",
        size=7.5,
        align="center",
    )

    d.p("Datum\t2016-10-03", tabs=[(2.6, "left")], after=0, size=10)
    d.p("Dnr\tKS-2016/00612", tabs=[(2.6, "left")], after=18, size=10)
    for line in ["Länsstyrelsen i Västerbottens län", "Miljöprövningsdelegationen", "901 86 Umeå"]:
        d.p(line, after=0)
    d.blank(2)
    title = "Begäran om förlängd tid för yttrande i ärende om miljötillstånd för täktverksamhet i Hissjö"
    d.p(title, bold=True, size=12.5, after=10)
    d.p(
        "Umeå kommun har den 19 september 2016 fått tillfälle att yttra sig över ansökan om "
        "tillstånd enligt miljöbalken till täktverksamhet på fastigheten Hissjö 3:14 "
        "(länsstyrelsens dnr 551-4471-2016). Sista dag för yttrande har angetts till den "
        "17 oktober 2016."
    )
    d.p(
        "Ansökan berör bland annat grundvattenförekomsten vid Hissjö, som är av stor "
        "betydelse för kommunens framtida vattenförsörjning, och ett område som i "
        "kommunens översiktsplan är utpekat som värdefullt för friluftslivet. Ärendet "
        "behöver därför beredas i miljö- och hälsoskyddsnämnden och i byggnadsnämnden "
        "innan kommunstyrelsen kan yttra sig. Nämndernas sammanträdestider gör att detta "
        "inte är möjligt inom den angivna tiden."
    )
    d.p(
        "Umeå kommun begär därför att tiden för yttrande förlängs till och med den "
        "25 november 2016."
    )
    d.p("Med vänlig hälsning", before=10, after=28)
    d.p("Maria Lindgren", after=0)
    d.p("Kommundirektör", after=0)

    meta = dict(
        doc_type="letter",
        date="2016-10-03",
        reference="KS-2016/00612",
        reference_alternatives=["551-4471-2016"],
        title=title,
        authors=[person("Maria Lindgren", None, "Kommundirektör")],
        addressed=[],
        addressed_alternatives=[[person("Länsstyrelsen i Västerbottens län", None, None)]],
        questions=[],
        proposals=[],
    )
    return (
        d,
        meta,
        {
            "scan_pages": [1],
            "angle": -0.6,
            "features": ["fully scanned one-page letter (no text layer)"],
        },
    )
