from docx.shared import Cm
from kmdoc import Doc, person

STEM = "linkoping_2016_svar_nattbemanning"


def build(logos):
    d = Doc(
        STEM,
        font="Liberation Serif",
        size=12,
        after=9,
        line=1.15,
        heading_font="Liberation Sans",
        margins=(2.6, 2.5, 2.5, 2.5),
        align="justify",
        core_title="Svar på interpellation",
        core_author="Äldreförvaltningen",
    )
    sec = d.d.sections[0]
    sec.different_first_page_header_footer = True
    d.hf_table(
        sec.first_page_header,
        [
            ["", "SVAR PÅ INTERPELLATION\nDatum 2016-05-24\nDnr ÄN 2016-187"],
        ],
        [9.0, 7.0],
        size=9,
        align_cols=[None, "right"],
    )
    t = sec.first_page_header.tables[0]
    t.cell(0, 0).paragraphs[0].add_run().add_picture(logos["linkoping"], width=Cm(4.4))
    d.hf_para(sec.header, "Linköpings kommun\tÄN 2016-187", tabs=[(16.0, "right")], size=9)
    for part in (sec.first_page_footer, sec.footer):
        para = d.hf_para(part, align="right")
        d.page_field_text(para, "Sida {PAGE} av {NUMPAGES}", size=9)

    title = "Svar på interpellation från Anna Berg (C) angående nattbemanningen i hemtjänsten"
    d.h(title, 1)
    d.p(
        "Anna Berg (C) har i en interpellation till mig som ordförande i äldrenämnden "
        "ställt frågor om bemanningen i hemtjänstens nattpatruller. Interpellationen tar "
        "sin utgångspunkt i de uppgifter som förekommit i lokala medier under våren om att "
        "nattpatrullerna vid flera tillfällen inte har hunnit med planerade besök, och att "
        "larm från trygghetslarm har fått vänta längre än den tid som anges i kommunens "
        "riktlinjer."
    )
    d.p("Interpellanten frågar:", keep=True)
    quoted = [
        "Hur många gånger under 2015 och 2016 har svarstiden för trygghetslarm nattetid "
        "överskridit 30 minuter?",
        "Anser du att dagens bemanning i nattpatrullerna är tillräcklig?",
        "Vilka åtgärder tänker du vidta för att äldre i hela kommunen ska känna sig trygga "
        "även nattetid?",
    ]
    d.items(quoted, kind="decimal", fmt="%1.", after=4, align="left")
    d.features.add("quoted numbered questions (not the answer's own questions)")
    d.p(
        "Låt mig först säga att jag delar interpellantens engagemang i frågan. Att känna "
        "sig trygg i sitt eget hem, även när man behöver hjälp mitt i natten, är "
        "grundläggande för livskvaliteten för många äldre linköpingsbor. Den som trycker på "
        "sitt trygghetslarm ska kunna lita på att hjälpen kommer, och att den kommer i "
        "tid.",
        before=8,
    )
    d.p(
        "Äldreförvaltningen har på mitt uppdrag gått igenom larmstatistiken för 2015 och för "
        "perioden januari till och med april 2016. Under 2015 hanterade nattpatrullerna "
        "drygt 21 000 larm. I 212 fall, motsvarande ungefär en procent, tog det längre tid "
        "än 30 minuter från det att larmet kvitterades till dess att personal var på plats. "
        "Under de fyra första månaderna 2016 har motsvarande siffra varit 97 fall, vilket "
        "är en tydlig ökning. En stor del av förseningarna har uppstått i de norra och "
        "västra kommundelarna, där avstånden är långa och där en patrull ibland behöver "
        "åka från Ulrika till Linghem under ett och samma pass."
    )
    d.p(
        "Orsakerna är flera. Antalet personer med hemtjänst som har trygghetslarm har ökat "
        "med ungefär tio procent på två år, samtidigt som fler personer med omfattande "
        "omvårdnadsbehov bor kvar hemma längre. Det innebär att fler nattbesök är planerade "
        "i förväg och att utrymmet för oplanerade larm har minskat. Vi har också haft "
        "problem med vakanser och sjukfrånvaro i nattpatrullerna, vilket har inneburit att "
        "patruller periodvis har gått med en person mindre än planerat."
    )
    d.p(
        "På frågan om bemanningen är tillräcklig är mitt svar att den inte har varit det "
        "under hela perioden. Jag ser allvarligt på att svarstiderna har ökat, och "
        "äldrenämnden har därför redan vidtagit flera åtgärder. Från den 1 april 2016 har "
        "en extra nattpatrull satts in i den norra delen av kommunen, och från hösten kommer "
        "en tredje patrull att finnas i tjänst mellan klockan 22 och 02, när belastningen "
        "är som störst. Nämnden har också gett förvaltningen i uppdrag att se över hur "
        "larmen fördelas mellan patrullerna, så att den patrull som befinner sig närmast "
        "alltid får larmet."
    )
    d.p(
        "Vidare kommer förvaltningen att under 2016 införa digitala nycklar i hela "
        "hemtjänsten. I dag går det ofta förlorad tid till att hämta nycklar på kontoret "
        "innan ett larmbesök kan göras. Erfarenheterna från de områden där digitala lås "
        "redan finns är mycket goda, och vi räknar med att de genomsnittliga svarstiderna "
        "kommer att minska märkbart när införandet är klart."
    )
    d.p(
        "Slutligen vill jag betona att trygghet nattetid inte bara handlar om larm. Flera "
        "av de äldre som hör av sig till nämnden berättar om ensamhet och oro, och om att "
        "nätterna känns långa. Därför har äldrenämnden i sin verksamhetsplan för 2017 "
        "föreslagit att kommunen ska pröva tillsyn via kamera nattetid för den som själv "
        "önskar det, som ett komplement till fysiska besök. Ett sådant arbetssätt har "
        "prövats i flera kommuner med gott resultat, och det frigör tid för personalen att "
        "vara där den bäst behövs."
    )
    d.p(
        "Jag kommer att följa utvecklingen noga och återkomma till kommunfullmäktige med en "
        "redovisning av svarstiderna i samband med äldrenämndens delårsrapport i augusti. "
        "Min ambition är att ingen som larmar nattetid ska behöva vänta mer än 30 minuter "
        "på hjälp."
    )
    d.p("Linköping den 24 maj 2016", before=12, after=28, align="left")
    d.p("Lars Wiklund (S)", after=0, align="left")
    d.p("Ordförande i äldrenämnden", after=0, align="left")

    meta = dict(
        doc_type="answer",
        date="2016-05-24",
        reference="ÄN 2016-187",
        title=title,
        authors=[person("Lars Wiklund", "S", "Ordförande i äldrenämnden")],
        addressed=[person("Anna Berg", "C")],
        questions=[],
        proposals=[],
    )
    return d, meta, {"scan_pages": [2], "angle": 0.4}
