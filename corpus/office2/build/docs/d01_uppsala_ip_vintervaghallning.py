from kmdoc import Doc, person

STEM = "uppsala_2019_interpellation_vintervaghallning"


def build(logos):
    d = Doc(
        STEM,
        font="Liberation Sans",
        size=11,
        after=8,
        line=1.15,
        margins=(2.5, 2.4, 2.5, 2.4),
        core_title="Interpellation",
        core_author="jekb0102",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.logo(sec.first_page_header, logos["uppsala"], 4.2)
    d.hf_para(sec.first_page_header, "Kommunfullmäktige", align="right", size=9)
    d.hf_para(sec.first_page_header, "Interpellation", align="right", size=9, bold=True)
    d.hf_para(sec.header, "Uppsala kommun\tInterpellation", tabs=[(16.2, "right")], size=9)
    for part in (sec.first_page_footer, sec.footer):
        para = d.hf_para(part, align="right")
        d.page_field_text(para, "Sida {PAGE} ({NUMPAGES})", size=9)

    title = "Interpellation om vinterväghållningen av cykelvägar i kommunens ytterområden"
    d.h(title, 1)
    d.p("Till gatu- och samhällsmiljönämndens ordförande Maria Sjöholm (MP)", italic=True, after=14)

    d.p(
        "Uppsala har under lång tid marknadsfört sig som en av Sveriges bästa cykelstäder. "
        "I centrala staden har den satsningen också gett resultat. Sopsaltningen av de "
        "prioriterade huvudcykelstråken har gjort att allt fler cyklar året runt, och "
        "kommunens egna mätningar visar att vintercyklingen över Fyrisån har ökat sedan "
        "försöket inleddes."
    )
    d.p(
        "Bilden är en helt annan för den som bor i Storvreta, Björklinge, Vattholma eller "
        "Sävja. Där plogas cykelvägarna först när bilvägarna är klara, och ofta flera dagar "
        "efter ett snöfall. Under vintern 2018/2019 har jag fått ett stort antal samtal och "
        "mejl från boende som berättar att gång- och cykelvägen mot skolan eller "
        "pendel\u00adtågs\u00adstationen har legat oplogad i över ett dygn, och att de som "
        "inte vill gå i bilvägen har fått välja att låta bli att ta sig fram."
    )
    d.p(
        "Detta är inte bara en fråga om bekvämlighet. Barn som ska ta sig till skolan, äldre "
        "som går till vårdcentralen och personer med funktionsnedsättning drabbas hårdast när "
        "vinter\u00adväg\u00adhållningen brister. Fallolyckor bland fotgängare kostar dessutom "
        "samhället stora summor varje år, och en stor del av dem sker just på is och snö. "
        "Det blir också svårt att nå kommunens klimatmål om det bara är i stadskärnan som "
        "det är ett verkligt alternativ att cykla vintertid."
    )
    d.p(
        "Nämnden har i sin verksamhetsplan angett att likvärdig service ska gälla i hela "
        "kommunen. Samtidigt innebär de nuvarande entreprenadavtalen att ytterområdena i "
        "praktiken har en lägre prioritet, eftersom utryckningsgränsen för cykelvägar "
        "utanför staden är satt till tio centimeter snö i stället för tre. Avtalen löper "
        "ut under 2020 och ska upphandlas på nytt, vilket ger ett utmärkt tillfälle att se "
        "över ambitionsnivån."
    )
    d.p(
        "Det finns goda exempel att lära av. Flera kommuner har infört en särskild "
        "prioriteringsklass för skolvägar och för gång- och cykelvägar som leder till "
        "kollektivtrafikens knutpunkter, oavsett var i kommunen de ligger. Andra har valt att "
        "låta den lokala entreprenören röja cykelvägen först och bilvägen sedan, eftersom "
        "en bil klarar några centimeter snö betydligt bättre än en cykel, en rullator eller "
        "en barnvagn. Erfarenheterna är att kostnaden blir i stort sett densamma, medan "
        "nöjdheten bland invånarna ökar tydligt."
    )
    d.p(
        "Kommunens invånare i ytterområdena betalar samma skatt som de som bor i centrala "
        "Uppsala. Det är rimligt att de också kan förvänta sig att kunna ta sig till skolan, "
        "jobbet och bussen på ett säkert sätt även när det har snöat."
    )
    d.p(
        "Mot bakgrund av ovanstående vill jag ställa följande frågor till gatu- och "
        "samhällsmiljönämndens ordförande:",
        keep=True,
    )
    qs = [
        "Anser du att dagens prioritering av cykelvägar i ytterområdena är förenlig med "
        "nämndens mål om likvärdig service i hela kommunen?",
        "Kommer du att verka för att utryckningsgränsen för cykelvägar i tätorterna utanför "
        "staden sänks i den kommande upphandlingen?",
        "Vilka åtgärder avser du att vidta för att skolvägar i ytterområdena ska vara "
        "framkomliga senast klockan sju efter ett snöfall?",
    ]
    d.items(qs, kind="decimal", fmt="%1.", after=6)
    d.p("Uppsala den 4 december 2019", before=14, after=24)
    d.p("Johan Ekberg (C)", after=0)

    meta = dict(
        doc_type="interpellation",
        date="2019-12-04",
        reference=None,
        title=title,
        authors=[person("Johan Ekberg", "C")],
        addressed=[person("Maria Sjöholm", "MP", "gatu- och samhällsmiljönämndens ordförande")],
        questions=qs,
        proposals=[],
    )
    return d, meta, {}
