from docx.shared import Cm
from kmdoc import Doc, person

STEM = "uppsala_2024_tjansteskrivelse_trygghet"


def build(logos):
    d = Doc(
        STEM,
        font="Carlito",
        size=11,
        after=7,
        line=1.1,
        align="left",
        margins=(4.0, 2.3, 2.5, 2.5),
        core_title="Tjänsteskrivelse mall KLK",
        core_author="Sofia Ljung",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    t = d.hf_table(
        sec.first_page_header,
        [
            ["", "Tjänsteskrivelse", "Sida {PAGE} ({NUMPAGES})"],
            ["", "Datum:\n2024-02-20", "Diarienummer:\nKSN-2023-03310"],
            ["", "Handläggare:\nSofia Ljung", ""],
        ],
        [6.2, 5.0, 5.0],
        size=9,
    )
    t.cell(0, 0).merge(t.cell(2, 0))
    t.cell(0, 0).paragraphs[0].add_run().add_picture(logos["uppsala"], width=Cm(4.0))
    t.cell(0, 1).paragraphs[0].runs[0].bold = True
    para = d.hf_para(sec.header, "\t", tabs=[(16.2, "right")], size=9)
    d.page_field_text(para, "Sida {PAGE} ({NUMPAGES})", size=9)
    d.hf_para(
        sec.first_page_footer,
        "Postadress: Uppsala kommun, kommunledningskontoret, 753 75 Uppsala  •  "
        "Telefon: 018-727 00 00 (växel)  •  E-post: kommunledningskontoret@uppsala.se  •  www.uppsala.se",
        size=7.5,
        align="center",
    )

    d.p("Kommunstyrelsen", after=14)
    title = "Uppföljning av handlingsplan för ökad trygghet och säkerhet 2023"
    d.h(title, 1)
    d.h("Förslag till beslut", 2)
    d.p("Kommunstyrelsen beslutar")
    d.p("att lägga uppföljningen till handlingarna.", indent=0.6)
    d.h("Ärendet", 2)
    d.p(
        "Kommunfullmäktige antog i juni 2021 en kommunövergripande handlingsplan för ökad "
        "trygghet och säkerhet för perioden 2021–2024. Enligt planen ska kommunstyrelsen "
        "årligen ta del av en uppföljning av de åtgärder som genomförts och av utvecklingen "
        "för de indikatorer som planen anger. I denna tjänsteskrivelse redovisas "
        "uppföljningen för 2023."
    )
    d.h("Sammanfattning", 2)
    d.p(
        "Av handlingsplanens 34 åtgärder har 22 genomförts helt och 9 delvis, medan 3 ännu "
        "inte har påbörjats. Den upplevda otryggheten har minskat något jämfört med 2022, "
        "men skillnaderna mellan olika delar av kommunen är fortsatt stora. Antalet anmälda "
        "skadegörelsebrott har minskat för tredje året i rad, medan antalet anmälda "
        "våldsbrott i offentlig miljö ligger på ungefär samma nivå som föregående år.[^Polismyndighetens "
        "statistik över anmälda brott, uttag för Uppsala kommun januari 2024.]"
    )
    d.h("Utveckling av indikatorer", 2)
    d.p(
        "Tabell 1 visar utvecklingen för ett urval av handlingsplanens indikatorer under "
        "perioden 2021–2023.",
        keep=True,
    )
    d.table(
        [
            ["Indikator", "2021", "2022", "2023"],
            ["Upplevd otrygghet i bostads{-}området kvällstid (andel, %)", "27", "29", "26"],
            ["Anmälda skadegörelsebrott (antal)", "6 412", "5 980", "5 514"],
            ["Anmälda våldsbrott i offentlig miljö (antal)", "1 138", "1 201", "1 187"],
            ["Trygghetsvandringar genomförda (antal)", "14", "21", "25"],
            ["Platser med trygghetsskapande belysning (antal)", "38", "52", "71"],
        ],
        widths=[8.5, 2.0, 2.0, 2.0],
        size=9.5,
        align_cols=[None, "right", "right", "right"],
    )
    d.p(
        "Källa: Uppsala kommuns trygghetsmätning[^Trygghetsmätningen genomförs vartannat år "
        "som enkät till ett slumpmässigt urval av invånare 16–84 år; värdet för 2022 avser "
        "en kompletterande mätning.] och Polismyndigheten.",
        size=9,
        italic=True,
        before=3,
    )
    d.p(
        "Den minskade otryggheten är glädjande men bör tolkas med försiktighet, eftersom "
        "förändringen ligger inom den statistiska felmarginalen. I Gottsunda och Gränby är "
        "andelen som känner sig otrygga kvällstid fortfarande mer än dubbelt så hög som "
        "genomsnittet för kommunen."
    )
    d.h("Genomförda åtgärder", 2)
    d.p("Bland de åtgärder som genomförts under 2023 kan särskilt nämnas:", keep=True)
    d.items(
        [
            "utökad trygghetsskapande belysning på 19 platser, främst gång- och cykeltunnlar,",
            "förlängt uppdrag för kommunens trygghetsvärdar i centrala Uppsala och Gottsunda,",
            "ett nytt samverkansavtal med Polismyndigheten för perioden 2023–2026,",
            "platssamverkan enligt BID-modellen i Gränby tillsammans med fastighetsägare.",
        ],
        kind="bullet",
        glyph="\u2022",
        after=2,
    )
    d.p(
        "De tre åtgärder som inte har påbörjats gäller kameraövervakning vid ytterligare "
        "två platser och en översyn av kommunens lokala ordningsföreskrifter. Dessa "
        "åtgärder planeras att genomföras under 2024.",
        before=6,
    )
    d.h("Ekonomiska konsekvenser", 2)
    d.p(
        "Uppföljningen i sig medför inga ekonomiska konsekvenser. Åtgärderna i "
        "handlingsplanen finansieras inom respektive nämnds budgetram."
    )
    d.h("Beslutsunderlag", 2)
    d.p("Uppföljning av handlingsplan för ökad trygghet och säkerhet 2023, bilaga 1")
    d.p("Kommunledningskontoret", before=18, after=20)
    d.sig_columns(
        [["Johanna Fält", "Kommundirektör"], ["Mikael Dahlberg", "Biträdande kommundirektör"]],
        tab=8.0,
    )

    meta = dict(
        doc_type="report",
        doc_type_alternatives=["decision"],
        date="2024-02-20",
        reference="KSN-2023-03310",
        title=title,
        authors=[
            person("Johanna Fält", None, "Kommundirektör"),
            person("Mikael Dahlberg", None, "Biträdande kommundirektör"),
        ],
        addressed=[],
        questions=[],
        proposals=[],
    )
    return d, meta, {"features": ["'Förslag till beslut' section"]}
