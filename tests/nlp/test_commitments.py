"""Commitments and declines: rules, actor resolution, deadlines and the component contract."""

from __future__ import annotations

import pytest

from kommunminne.model import Commitment, Document, Person

CHAIR = Person(name="Marlene Burwick", party="S", role="Kommunstyrelsens ordförande")


@pytest.fixture(scope="module")
def commitments_of(nlp):
    from nlp import analyse

    def run(
        text: str,
        *,
        authors: list[Person] | None = None,
        doc_type: str = "answer",
        date: str | None = "2019-05-15",
        reference: str | None = None,
    ) -> list[Commitment]:
        document = Document(
            source="t.pdf",
            sha256="0" * 64,
            text=text,
            doc_type=doc_type,
            date=date,
            authors=[CHAIR] if authors is None else authors,
            reference=reference,
        )
        return analyse([document], municipality="uppsala")[0].commitments

    return run


def one(found: list[Commitment]) -> Commitment:
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------- commit patterns
@pytest.mark.parametrize(
    "text",
    [
        "Vi ska anställa fyra nya fältassistenter i Gottsunda.",
        "Kommunen kommer att ansöka om tillstånd för kameraövervakning i Gottsunda centrum.",
        "Jag avser att ta upp frågan med polisområdeschefen.",
        "Stadsbyggnadsförvaltningen har fått i uppdrag att se över belysningen i Sävja.",
        "Vi bjuder in föreningarna i Stenhagen till ett dialogmöte.",
        "Vi planerar att införa trygghetsvakter även i Gränby.",
        "Jag tänker också lyfta frågan med regeringen under hösten.",
        "Kommunen är beredd att ställa lokaler till förfogande för ett poliskontor.",
        "Socialnämnden har beslutat att öppna ett nytt akutboende.",
        "Uppsala kommun erbjuder sig att stå för hyran under de första tre åren.",
        "Vi återkommer med ett förslag i september.",
        "Min ambition är att kamerorna ska vara i drift före sommaren 2020.",
        "Utvärderingen ska vara klar senast under våren 2020.",
        "Därför avser vi att tillsätta en samordnare för trygghetsfrågor.",
        "Under hösten kommer kommunen att öppna en fritidsgård i Storvreta.",
    ],
)
def test_commit_patterns(commitments_of, text: str) -> None:
    assert one(commitments_of(text)).stance == "commit"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # "åta sig" with any reflexive pronoun
        ("Vi åtar oss att rapportera resultatet till nämnden varje halvår.", "Kommunstyrelsen"),
        ("Jag åtar mig att följa upp ärendet med skolan.", "Marlene Burwick (S)"),
        # a promise under a modal
        ("Jag kan lova att belysningen i parken byts ut.", "Marlene Burwick (S)"),
        # "tänker" + infinitive is an intent even without a date
        ("Jag tänker också driva frågan om fler fältassistenter.", "Marlene Burwick (S)"),
        ("Vi tänker införa nattöppet på fritidsgården i Sävja.", "Kommunstyrelsen"),
        # a decision taken by oneself, in the present perfect
        ("Socialnämnden har bestämt sig för att öppna ett nytt akutboende.", "Socialnämnden"),
        # a pledge of responsibility for an outcome
        ("Kommunen tar ansvar för att alla skolgårdar städas varje morgon.", "Uppsala kommun"),
        # an unowned goal with a date in the speaker's answer
        (
            "Målet är att samtliga skolor ska ha en trygghetsplan före utgången av 2020.",
            "Kommunstyrelsen",
        ),
    ],
)
def test_commit_constructions(commitments_of, text: str, actor: str) -> None:
    found = one(commitments_of(text))
    assert (found.stance, found.actor) == ("commit", actor)


@pytest.mark.parametrize(
    "text",
    [
        "Jag kan inte lova att belysningen byts ut.",
        "Vi tänker ofta på de unga i Gottsunda.",
        "Socialnämnden bestämde sig för att öppna ett akutboende 2015.",
        "Det är självklart att kommunen tar ansvar för att vägarna är framkomliga.",
        "Regeringens mål är att antalet poliser ska öka till 2024.",
        "Regeringen har tillfört resurser, och målet är att fler poliser ska anställas till 2024.",
        "Enligt regeringens budgetproposition ska fler poliser anställas under 2020.",
    ],
)
def test_not_our_commitment(commitments_of, text: str) -> None:
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jag ser inget behov av att polisen regelbundet träffar kommunstyrelsen.",
        "Det är inte aktuellt att införa trygghetsvakter i Stenhagen under mandatperioden.",
        "Vi avser inte att förlänga avtalet med vaktbolaget.",
        "Kommunen kommer inte att bekosta polisens lokaler.",
        "Jag är inte beredd att minska anslaget till fritidsgårdarna.",
        "Vi har inga planer på att flytta räddningsstationen.",
        "Socialnämnden har beslutat att inte gå vidare med förslaget.",
        "Kommunfullmäktige beslutar att avslå motionen om kameror i Flogsta.",
    ],
)
def test_decline_patterns(commitments_of, text: str) -> None:
    assert one(commitments_of(text)).stance == "decline"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # inability stated as the reason for not acting
        (
            "Det finns för närvarande inte utrymme i budgeten att bygga en ny sporthall.",
            "Marlene Burwick (S)",
        ),
        ("Det saknas ekonomiska förutsättningar för en ny konstgräsplan.", "Marlene Burwick (S)"),
        # a noun of intent negated: not the commitment "avsikt att"
        ("Kommunen har ingen avsikt att avveckla fritidsgården i Sävja.", "Uppsala kommun"),
        ("Kulturnämnden har inte någon avsikt att höja avgifterna.", "Kulturnämnden"),
        ("Jag ser inget skäl att ändra öppettiderna.", "Marlene Burwick (S)"),
        ("Vi har valt att inte förlänga avtalet med bevakningsföretaget.", "Kommunstyrelsen"),
        ("Socialnämnden har avstyrkt förslaget om ett nytt härbärge.", "Socialnämnden"),
        # the speaker's stance against an action: the speaker's decline
        ("Min bedömning är att nämnden inte bör ta över driften av badet.", "Marlene Burwick (S)"),
        (
            "Jag menar att kommunen inte ska bekosta bevakningen av privata parkeringar.",
            "Marlene Burwick (S)",
        ),
        # an att-clause as subject: "Att … är inte aktuellt" (not a proposal's att-line)
        ("Att flytta socialförvaltningen till Gränby är inte aktuellt.", "Marlene Burwick (S)"),
        # the past in a coordinated clause does not make the refusal past
        (
            "Behovet hade minskat kraftigt, och jag kommer därför inte att föreslå en ny "
            "mottagning.",
            "Marlene Burwick (S)",
        ),
    ],
)
def test_decline_constructions(commitments_of, text: str, actor: str) -> None:
    found = one(commitments_of(text))
    assert (found.stance, found.actor) == ("decline", actor)


@pytest.mark.parametrize(
    "text",
    [
        "Länsstyrelsen anser att kommunen inte bör införa kameror.",
        "Kommunen hade ingen avsikt att sälja marken när avtalet skrevs.",
        "Fastighetsägaren har avstyrkt förslaget om en ny entré.",
    ],
)
def test_others_stance_and_past_intent_are_no_declines(commitments_of, text: str) -> None:
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # questions, also reported ones
        "Är du beredd att medverka till att bjuda in polisen till kommunfullmäktige?",
        "Kommer kommunen att ansöka om kameraövervakning i Gottsunda?",
        "Hanna Norling har frågat mig om jag avser att verka för ett poliskontor.",
        # the past
        "Trygghetsvakterna infördes i centrala Uppsala 2017.",
        "Vi tecknade ett samverkansavtal med polisen 2017.",
        "Socialnämnden beslutade i mars att utöka antalet platser.",
        "Nämnden fick i uppdrag att pröva frågan, vilket redovisades i juni.",
        # others' actions
        "Polisen ska enligt regleringsbrevet prioritera de särskilt utsatta områdena.",
        "Trafikverket planerar att bygga om korsningen vid Bärbyleden.",
        "Polisen kommer att förstärka närvaron i Gottsunda under sommaren.",
        "Regionen avser inte att lägga ner vårdcentralen i Sävja.",
        # generic modal, facts, forecasts
        "Vi ser att otryggheten ökat, och det ska tas på största allvar.",
        "Samverkan mellan kommunen och polisen fungerar mycket väl.",
        "Befolkningen i Gottsunda kommer att öka med cirka 2 000 personer fram till 2030.",
        "Interpellationen avser kommunens samarbete med polisen.",
        "Förslaget kommer från Socialdemokraterna.",
        # proposals and conditionals
        "att kommunstyrelsen ska ta fram en plan för kameraövervakning i Gottsunda",
        "Vi föreslår att kommunfullmäktige beslutar att kommunen ska införa trygghetsvakter.",
        "Om medel tillförs kan vi utöka antalet fältassistenter.",
        "Om läget förändras är jag naturligtvis beredd att pröva frågan på nytt.",
        # procedure
        "Kommunfullmäktige beslutar att lägga informationen till handlingarna.",
        "Mikael Åströms (C) tilläggsyrkande avslås.",
    ],
)
def test_not_commitments(commitments_of, text: str) -> None:
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Rapporten kommer att läggas fram för kommunstyrelsen i oktober.", "2019-10-31"),
        ("Handlingsplanen ska vara antagen nästa år.", "2020-12-31"),
        ("Upphandlingen ska vara avslutad i höst.", "2019-12-31"),
    ],
)
def test_agentless_target_with_a_relative_time(commitments_of, text: str, deadline: str) -> None:
    """A month, a season or "nästa år" without a year dates an agentless target as much
    as "senast 2020" does."""
    found = one(commitments_of(text))
    assert (found.stance, found.actor, found.deadline) == ("commit", "Kommunstyrelsen", deadline)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a completion of the speaker's own work, estimated or in the future "blir"
        ("Ombyggnaden beräknas vara klar i slutet av 2021.", "2021-12-31"),
        ("Den nya förskolan blir klar i oktober.", "2019-10-31"),
        # a future "blir" of a measure or a possibility
        ("Det blir fler fältassistenter i Sävja redan i höst.", "2019-12-31"),
        ("Från och med januari blir det möjligt att boka lokalerna via webben.", "2020-01-31"),
        # a present passive of an action with a date: scheduled (no trigger word at all)
        ("En ny trygghetsmätning genomförs i Gränby i november.", "2019-11-30"),
    ],
)
def test_agentless_scheduled_outcome(commitments_of, text: str, deadline: str) -> None:
    found = one(commitments_of(text))
    assert (found.stance, found.actor, found.deadline) == ("commit", "Kommunstyrelsen", deadline)


@pytest.mark.parametrize(
    "text",
    [
        # a possibility under a condition, a forecast, a habit, the past, an estimate of
        # a quantity, a state without a date
        "Om medel avsätts kan badet stå klart tidigast 2024.",
        "Enligt prognosen blir det fler äldre i kommunen under 2025.",
        "Det blir en kall vinter i år.",
        "Trygghetsmätningen genomförs varje år i oktober.",
        "Utredningen var klar i mars 2019.",
        "Kostnaderna beräknas öka under 2020.",
        "Äldregarantin infördes den 1 januari 2019.",
        "Belysningen har bytts ut i mars 2019.",
        "Den nya förskolan blir klar.",
        "Vid månadens utgång väntas verksamheten omfatta 34 lägenheter.",
    ],
)
def test_no_scheduled_outcome(commitments_of, text: str) -> None:
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ärendet ska behandlas av kommunfullmäktige den 10 juni.",
        "Protokollet ska justeras i juni.",
        "Kostnaderna kommer att öka nästa år.",
    ],
)
def test_dated_procedure_and_forecast_are_no_commitments(commitments_of, text: str) -> None:
    assert commitments_of(text) == []
    assert commitments_of(text, doc_type="minutes") == []


@pytest.mark.parametrize(
    "text",
    [
        # a negated attitude toward a state of affairs is rhetoric, not a refusal
        "Vi kommer aldrig att acceptera att unga rekryteras till kriminella nätverk.",
        "Vi tänker inte ge upp arbetet i Sävja.",
        # the condition of a conditional asserts nothing
        "Om nämnden beslutar att bevilja medel kan fritidsgården öppna till hösten.",
        # necessity is not intent
        "Kommunen kommer att behöva se över sina rutiner för felanmälan.",
        # an assignment given in the past (and reported as done)
        "Socialnämnden gav i mars 2018 socialförvaltningen i uppdrag att utreda frågan, och "
        "utredningen redovisades i oktober.",
        # reported speech of another party
        "Enligt motionären kommer kommunen inte att klara målet.",
        "Enligt interpellanten ska kommunen stänga biblioteket.",
        "Interpellanten menar att kommunen ska stänga badet.",
        # an agentless "ska inte" is a norm in an answer
        "Trygghetsvärdar ska inte förväxlas med ordningsvakter.",
        "Det ska inte vara så att barn behöver vänta på skolskjuts.",
        # a forecast that something remains
        "Problemen kommer att finnas kvar.",
    ],
)
def test_rhetoric_conditions_necessity_and_reports_are_none(commitments_of, text: str) -> None:
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    ("text", "stance", "actor"),
    [
        # the concrete clause after a rhetorical negation
        (
            "Vi kommer inte att ge oss förrän alla känner sig trygga, och därför kommer "
            "nattvandrarna att finnas kvar.",
            "commit",
            "Kommunstyrelsen",
        ),
        # a concrete refusal after a rhetorical one
        (
            "Vi kommer inte att ge upp Sävja, och vi tänker inte minska bemanningen där.",
            "decline",
            "Kommunstyrelsen",
        ),
        ("Vi kommer aldrig att sälja Uppsalahem.", "decline", "Kommunstyrelsen"),
        ("Vi kommer inte att acceptera förslaget om höjda avgifter.", "decline", "Kommunstyrelsen"),
        # a commitment under a proviso
        (
            "Om medel tillförs kommer vi att anställa två fältassistenter i höst.",
            "commit",
            "Kommunstyrelsen",
        ),
        # a measure kept needs no date
        ("Trygghetsvakterna kommer att vara kvar i Gränby.", "commit", "Kommunstyrelsen"),
        # the speaker asserts what the municipality will do: the municipality is bound
        (
            "Jag vill vara tydlig med att staden kommer att behålla fältassistenterna i Sävja.",
            "commit",
            "Uppsala kommun",
        ),
        ("Jag kan försäkra att kommunen ska rusta upp lekplatsen.", "commit", "Uppsala kommun"),
        # an assignment given: bound is the body given it
        (
            "Jag har gett kulturförvaltningen i uppdrag att ta fram en plan för biblioteken.",
            "commit",
            "Kulturförvaltningen",
        ),
        (
            "Vi har gett fältgruppen i uppdrag att vara i Sävja varje fredag.",
            "commit",
            "Fältgruppen",
        ),
    ],
)
def test_clause_that_binds(commitments_of, text: str, stance: str, actor: str) -> None:
    found = one(commitments_of(text))
    assert (found.stance, found.actor) == (stance, actor)


@pytest.mark.parametrize(
    "text",
    [
        "Utbildningsnämnden har gett förvaltningen i uppdrag att besvara skrivelsen.",
        "Ordföranden finner att ärendet ska avgöras i dag.",
    ],
)
def test_procedure_is_no_commitment(commitments_of, text: str) -> None:
    assert commitments_of(text) == []
    assert commitments_of(text, doc_type="minutes") == []


@pytest.mark.parametrize(
    "text",
    [
        # a reported question with a question word
        "Anna Berg har frågat mig vilka åtgärder jag avser att vidta mot nedskräpningen.",
        # an indirect question after a verb of examining
        "När utvärderingen är klar, vilket väntas ske i höst, är det rimligt att ta ställning "
        "till om och hur modellen ska spridas.",
        # the date of a relative clause does not make "vill" binding
        "Jag vill först se resultatet av uppföljningen, som redovisas för nämnden i februari.",
        # a present passive in a subordinate clause, or a state since the past
        "Jag är positiv till att arbetssättet sprids i kommunen under 2020.",
        "Stadsbussarna drivs sedan i våras helt med biogas.",
    ],
)
def test_questions_relative_clauses_and_states_are_none(commitments_of, text: str) -> None:
    assert commitments_of(text) == []


def test_agentless_ska_binds_in_a_decisions_main_clause_only(commitments_of) -> None:
    minutes = dict(authors=[], doc_type="minutes", date="2019-03-18")
    assert one(commitments_of("Styrgruppen ska träffas fyra gånger per år.", **minutes))
    decision = "att en ny förskola ska byggas i Rosendal, i anslutning till parken,"
    assert one(commitments_of(decision, authors=[], doc_type="decision", date="2019-03-18"))
    for text in (
        "Domstolen har klargjort vilka omständigheter som ska beaktas.",
        "Jag menar att lagstiftaren behöver tydliggöra att innehavet ska bedömas som grovt brott.",
    ):
        assert commitments_of(text, **minutes) == []


def test_noun_fraga_opens_no_indirect_question(commitments_of) -> None:
    text = "Vi tänker inte släppa frågan om ett nytt bibliotek utan kommer att driva den vidare."
    assert one(commitments_of(text)).stance == "commit"


def test_decision_to_assign_belongs_to_the_deciding_body(commitments_of) -> None:
    text = "Kommunstyrelsen beslutar att ge kommunledningskontoret i uppdrag att ta fram en plan."
    assert one(commitments_of(text)).actor == "Kommunstyrelsen"


def test_negation_that_is_not_a_decline(commitments_of) -> None:
    found = commitments_of(
        "Kommunen kommer inte bara att fortsätta arbetet utan också förstärka det."
    )
    assert one(found).stance == "commit"
    found = commitments_of("Vi tänker inte vänta på staten utan kommer själva att inrätta ett råd.")
    assert one(found).stance == "commit"


def test_motion_proposal_is_no_commitment_but_the_author_may_commit(commitments_of) -> None:
    author = Person(name="Johan Ekström", party="KD", role="Ledamot av kommunfullmäktige")
    text = (
        "Kommunen har erbjudit lokaler och är beredd att bekosta anpassningen.\n\n"
        "att kommunstyrelsen ska verka för ett lokalt poliskontor i Gottsunda"
    )
    assert commitments_of(text, authors=[author], doc_type="interpellation") == []


# -------------------------------------------------------------------- actors
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Jag avser att ta upp frågan i styrgruppen.", "Marlene Burwick (S)"),
        ("Vi kommer att utöka verksamheten till Gränby.", "Kommunstyrelsen"),
        ("Kommunen kommer att anställa fler fältassistenter.", "Uppsala kommun"),
        ("Uppsala kommun avser att söka tillstånd för kameror.", "Uppsala kommun"),
        ("Socialnämnden ska utöka antalet platser i det sociala boendet.", "Socialnämnden"),
        ("KSAU kommer att träffa polisledningen varje månad.", "Kommunstyrelsens arbetsutskott"),
        (
            "Stadsbyggnadsförvaltningen har fått i uppdrag att se över belysningen.",
            "Stadsbyggnadsförvaltningen",
        ),
        (
            "Länsstyrelsen och kommunen bjuder in till samtal i syfte att hitta lösningar.",
            "Länsstyrelsen i Uppsala län och Uppsala kommun",
        ),
        ("Tillsammans med polisen kommer vi att genomföra trygghetsvandringar.", "Kommunstyrelsen"),
        ("Under våren kommer kommunen att öppna ett medborgarkontor.", "Uppsala kommun"),
        ("Min ambition är att beslut ska kunna fattas före årsskiftet.", "Marlene Burwick (S)"),
        ("Det är inte aktuellt att införa kameror i Luthagen.", "Marlene Burwick (S)"),
        ("Utvärderingen ska vara klar senast under våren 2020.", "Kommunstyrelsen"),
    ],
)
def test_actor(commitments_of, text: str, actor: str) -> None:
    assert one(commitments_of(text)).actor == actor


def test_actor_of_generic_body_is_the_body_named_before(commitments_of) -> None:
    text = (
        "Gatu- och samhällsmiljönämnden har utvärderat trygghetsvakterna.\n\n"
        "Nämnden avser att under 2020 upphandla trygghetsvakter på nytt."
    )
    found = one(commitments_of(text))
    assert found.actor == "Gatu- och samhällsmiljönämnden"
    assert found.deadline == "2020-12-31"


def test_generic_forvaltning_is_the_forvaltning_of_the_namnd(commitments_of) -> None:
    """Minutes of a nämnd: "Förvaltningen" is that nämnd's förvaltning when the
    gazetteer has the name (Socialnämnden -> Socialförvaltningen)."""
    text = (
        "Socialnämnden beslutar att utöka antalet platser på akutboende.\n\n"
        "Förvaltningen kommer att öppna ett tillfälligt akutboende senast den 15 december."
    )
    found = commitments_of(text, authors=[], doc_type="minutes", date="2020-12-09")
    assert [c.actor for c in found if c.text.startswith("Förvaltningen")] == ["Socialförvaltningen"]


def test_generic_bolaget_is_the_company_named_before(commitments_of) -> None:
    text = (
        "Uppsalahem har för sin del förklarat att bolaget kommer att byta ut belysningen "
        "på sina gårdar i Stenhagen under 2019."
    )
    found = one(commitments_of(text, authors=[], doc_type="minutes", date="2018-10-29"))
    assert found.actor == "Uppsalahem"
    assert type(found.stance) is str  # a plain str (JSON, comparisons), not numpy.str_


def test_body_the_decline_is_for_and_body_of_the_main_clause(commitments_of) -> None:
    author = Person(name="Åsa Nordin", role="Direktör, vård- och omsorgsförvaltningen")
    text = (
        "Äldrenämnden har behandlat motionen.\n\n"
        "Mot den bakgrunden är det inte aktuellt för nämnden att införa en platsgaranti.\n\n"
        "Nämnden bedömer att åtgärdsplanen kommer att vara genomförd senast i juni 2021."
    )
    found = commitments_of(text, authors=[author], doc_type="decision", date="2018-09-26")
    assert [(c.stance, c.actor) for c in found] == [
        ("decline", "Äldrenämnden"),
        ("commit", "Äldrenämnden"),
    ]


def test_vi_of_a_report_author_is_their_office(commitments_of) -> None:
    author = Person(name="Lars Öberg", role="Trygghetsstrateg, kommunledningskontoret")
    found = commitments_of(
        "Vi kommer att följa upp insatsen varje år.", authors=[author], doc_type="report"
    )
    assert one(found).actor == "Kommunledningskontoret"


@pytest.mark.parametrize(
    ("role", "body"),
    [
        ("Kommunstyrelsens ordförande", "Kommunstyrelsen"),
        ("KOMMUNSTYRELSENS ORDFÖRANDE", "Kommunstyrelsen"),
        ("Kommunstyrelseordförande", "Kommunstyrelsen"),
        ("Socialnämndens ordförande", "Socialnämnden"),
        ("Kommunfullmäktiges ordförande", "Kommunfullmäktige"),
        ("ordförande i utbildningsnämnden", "Utbildningsnämnden"),
        ("Vice ordförande i gatu- och samhällsmiljönämnden", "Gatu- och samhällsmiljönämnden"),
        ("Plan- och byggnadsnämndens ordförande", "Plan- och byggnadsnämnden"),
        ("Kommunalråd och kommunstyrelsens ordförande", "Kommunstyrelsen"),
        ("ordförande i kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
        ("Avdelningschef, stadsbyggnadsförvaltningen", "Stadsbyggnadsförvaltningen"),
        ("Projektchef, Sportfastigheter", "Uppsala kommun Sport- och rekreationsfastigheter"),
        ("Ordförande i styrelsen för Uppsalahem", "Uppsalahem"),
        ("Revisionens ordförande", "Kommunrevisionen"),
        ("Landshövding i Uppsala län", "Länsstyrelsen i Uppsala län"),
        ("kommunalråd", None),
        ("Ledamot av kommunfullmäktige", None),
        ("Nämndens ordförande", None),
    ],
)
def test_body_of_role_is_the_gazetteers_canonical_name(nlp, role: str, body: str | None) -> None:
    """Genitives, capitals and aliases of a body in a role fold to its canonical name."""
    from nlp.commitments import body_of_role, gazetteer_names

    assert body_of_role(role, gazetteer_names(nlp)) == body


@pytest.mark.parametrize(
    ("role", "body"),
    [
        # bodies of another municipality (not in the gazetteer): the definite form from
        # the head word's own inflection, never a doubled ending ("Kommunstyrelseen")
        ("Kommunstyrelsens ordförande", "Kommunstyrelsen"),
        ("KOMMUNSTYRELSENS ORDFÖRANDE", "Kommunstyrelsen"),
        ("Kommunstyrelseordförande", "Kommunstyrelsen"),
        ("Ordförande i kommunstyrelsen", "Kommunstyrelsen"),
        ("Tekniska nämndens ordförande", "Tekniska nämnden"),
        ("Ordförande i tekniska nämnden", "Tekniska nämnden"),
        ("Socialnämndsordförande", "Socialnämnden"),
        ("Miljö- och hälsoskyddsnämndens ordförande", "Miljö- och hälsoskyddsnämnden"),
        ("Förvaltningschef, kulturförvaltningen", "Kulturförvaltningen"),
        ("Chef för samhällsbyggnadskontorets planavdelning", "Samhällsbyggnadskontoret"),
        ("Ordförande i fullmäktige", "Kommunfullmäktige"),
        ("Kommunalråd och kommunstyrelsens ordförande", "Kommunstyrelsen"),
        ("Ordförande i styrelsen för bostadsbolaget", None),
        ("Nämndens ordförande", None),
        ("kommunalråd", None),
        ("Gruppledare (M)", None),
    ],
)
def test_body_of_role_without_a_gazetteer_entry(role: str, body: str | None) -> None:
    from nlp.commitments import body_of_role

    assert body_of_role(role) == body


@pytest.mark.parametrize(
    ("role", "actor"),
    [
        ("Kommunstyrelsens ordförande", "Kommunstyrelsen"),
        ("Socialnämndens ordförande", "Socialnämnden"),
        ("Kommunfullmäktiges ordförande", "Kommunfullmäktige"),
        ("ordförande i utbildningsnämnden", "Utbildningsnämnden"),
        ("KOMMUNSTYRELSENS ORDFÖRANDE", "Kommunstyrelsen"),
        ("kommunalråd", "Uppsala kommun"),
    ],
)
def test_we_of_an_answer_is_the_body_of_the_authors_role(
    commitments_of, role: str, actor: str
) -> None:
    author = Person(name="Anna Berg", party="S", role=role)
    found = commitments_of(
        "Vi kommer att införa trygghetsvakter i Gottsunda under 2020.", authors=[author]
    )
    assert one(found).actor == actor


def test_without_document_context_the_municipality_speaks(commitments_of) -> None:
    found = commitments_of(
        "Vi kommer att utöka verksamheten.", authors=[], doc_type="other", date=None
    )
    assert one(found).actor == "Uppsala kommun"


def test_co_signing_authority_is_a_speaker(commitments_of) -> None:
    authors = [
        Person(name="Erik Pelling", role="Kommunstyrelsens ordförande"),
        Person(name="Göran Enander", role="Landshövding Uppsala län"),
    ]
    text = "Länsstyrelsen avser att under första kvartalet 2019 sammankalla kommunerna i länet."
    found = one(commitments_of(text, authors=authors, doc_type="letter", date="2018-11-14"))
    assert found.actor == "Länsstyrelsen i Uppsala län"
    assert found.deadline == "2019-03-31"
    # the same sentence from the municipality alone is another party's plan
    assert commitments_of(text, doc_type="answer", date="2018-11-14") == []


def test_we_actor_setting(nlp, commitments_of) -> None:
    pipe = nlp.get_pipe("km_commitments")
    saved = pipe.we_actor
    try:
        pipe.we_actor = "author"
        assert (
            one(commitments_of("Vi kommer att utöka verksamheten.")).actor == "Marlene Burwick (S)"
        )
    finally:
        pipe.we_actor = saved


# ------------------------------------------------------- deadlines, entities, offsets
def test_commitment_fields(commitments_of) -> None:
    text = (
        "Svar på interpellation om kameror\n\n"
        "Trygghet är viktigt. Kommunen kommer att lämna in en ansökan om kameraövervakning "
        "i Gottsunda till länsstyrelsen senast under hösten 2019. Polisen välkomnar det."
    )
    found = one(commitments_of(text))
    assert found.stance == "commit"
    assert found.deadline == "2019-12-31"
    assert text[found.start : found.end] == found.text
    assert found.text.startswith("Kommunen kommer att") and found.text.endswith("2019.")
    assert "Gottsunda" in found.entities
    assert "Länsstyrelsen i Uppsala län" in found.entities
    assert len(found.entities) == len(set(found.entities))
    assert found.page == 1


def test_decline_has_no_deadline(commitments_of) -> None:
    found = one(commitments_of("Det är inte aktuellt att införa trygghetsvakter under 2020."))
    assert found.stance == "decline" and found.deadline is None


def test_relative_deadline_uses_the_document_date(commitments_of) -> None:
    assert one(commitments_of("Vi ska ta fram en ny strategi nästa år.")).deadline == "2020-12-31"
    assert (
        one(commitments_of("Vi ska ta fram en ny strategi nästa år.", date=None)).deadline is None
    )


def test_seed_answer(commitments_of, shared_dir) -> None:
    text = (shared_dir / "seeds" / "000_0b95906dd943127e.txt").read_text(encoding="utf-8")
    found = commitments_of(text, date="2018-11-01")
    declines = [c for c in found if c.stance == "decline"]
    assert [c.text[:40] for c in declines] == ["Jag ser inget behov av att polisen regel"]
    assert declines[0].actor == "Marlene Burwick (S)"
    assert not any("allvar" in c.text for c in found)
    assert not any(c.text.endswith("?") for c in found)


def _is_composed_of(actor: str, names: set[str]) -> bool:
    """``actor`` is one known name or several joined by " och " (names may hold "och")."""
    if actor in names:
        return True
    return any(
        actor.startswith(name + " och ") and _is_composed_of(actor[len(name) + 5 :], names)
        for name in names
        if actor.startswith(name)
    )


@pytest.mark.slow
def test_every_actor_on_the_sample_corpus_is_a_known_name(nlp) -> None:
    """No malformed actor: each is a gazetteer canonical name, the municipality, the
    state, or a person of the document (an author or a PERSON entity)."""
    import json
    from pathlib import Path

    from nlp import analyse
    from nlp.gazetteer import load_gazetteer

    folder = Path(__file__).resolve().parents[2] / "corpus" / "truth"
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    if not truths:
        pytest.skip("corpus/truth saknas")
    documents = [
        Document(
            source=t.get("source", "x.pdf"),
            sha256="0" * 64,
            doc_type=t.get("doc_type") or "other",
            date=t.get("date"),
            authors=[Person(**p) for p in t.get("authors", [])],
            text=t.get("text", ""),
        )
        for t in truths
    ]
    gazetteer = load_gazetteer("uppsala")
    known = gazetteer.canonicals("COUNCIL_BODY") | gazetteer.canonicals("AGENCY")
    known |= {"Uppsala kommun", "Regeringen", "Riksdagen", "Staten"}
    actors = 0
    for document in analyse(documents, municipality="uppsala"):
        persons = {p.name for p in document.authors} | {
            e.canonical for e in document.entities if e.label == "PERSON"
        }
        people = persons | {f"{p.name} ({p.party})" for p in document.authors if p.party}
        for commitment in document.commitments:
            assert commitment.actor, commitment
            assert _is_composed_of(commitment.actor, known | people), commitment.actor
            actors += 1
    assert actors > 50


def test_future_kommer_att_is_no_proposal(commitments_of) -> None:
    text = (
        "Vi föreslår ett möte under mars eller april 2020, och nämnden kommer att ta fram "
        "ett underlag med kostnadsuppskattning till mötet."
    )
    author = Person(name="Erik Blomqvist", role="Ordförande i gatu- och samhällsmiljönämnden")
    found = one(commitments_of(text, authors=[author], doc_type="letter"))
    assert found.stance == "commit"
    assert found.actor == "Gatu- och samhällsmiljönämnden"
    # a real proposal is still none
    assert commitments_of("Vi föreslår att nämnden ska utreda frågan.", doc_type="motion") == []


def test_passive_decision_with_a_date_is_a_commitment(commitments_of) -> None:
    text = "Det är beslutat att ytterligare 20 platser ska upphandlas före sommaren 2025."
    found = one(commitments_of(text, doc_type="report", date="2025-04-07"))
    assert (found.stance, found.deadline) == ("commit", "2025-06-30")
    # a decision dated in the past, reported without its subject, is not
    past = (
        "Förvaltningen har bedömt att fältassistenter ger mer, och nämnden har därför i "
        "november 2018 beslutat att förstärka fältassistenterna."
    )
    assert commitments_of(past, doc_type="report", date="2019-02-11") == []


def test_reported_past_refusal_is_no_decline(commitments_of) -> None:
    text = (
        "Vid mötet meddelade Trafikverket att sträckan inte kunde prioriteras i den "
        "gällande regionala planen."
    )
    assert commitments_of(text, date="2022-10-24") == []


def test_agentless_commitment_in_a_report_belongs_to_the_register_body(commitments_of) -> None:
    """The diarienummer's prefix names the body whose report it is (ÄLN: Äldrenämnden),
    even when another body was named just before."""
    author = Person(name="Roger Lindfors", role="Avdelningschef, vård- och omsorgsförvaltningen")
    text = (
        "Ombyggnaden kräver ett nytt bygglov från Plan- och byggnadsnämnden. "
        "De 40 platserna i Sävja ska i stället vara klara under hösten 2025."
    )
    found = commitments_of(
        text, authors=[author], doc_type="report", date="2025-04-07", reference="ÄLN-2025-0190"
    )
    assert [c.actor for c in found] == ["Äldrenämnden"]
    # without a known register: a report's agentless commitment is its author's office
    found = commitments_of(
        text, authors=[author], doc_type="report", date="2025-04-07", reference="XYZ-2025-1"
    )
    assert [c.actor for c in found] == ["Vård- och omsorgsförvaltningen"]


def test_sentence_view_of_a_span_equals_the_documents_view(nlp) -> None:
    """The per-document token lists (used by the component) and a single Span's view
    (used by evaluation and the classifier) give the rules the same input."""
    from nlp import to_spacy_docs
    from nlp.commitments import DocTokens, SentenceView

    text = (
        "Kommunstyrelsen har behandlat frågan. Vi kommer att införa trygghetsvakter i "
        "Gottsunda under 2020, säger Marlene Burwick (S).\n\nÄr polisen beredd?"
    )
    document = Document(source="t.pdf", sha256="0" * 64, text=text)
    doc = nlp.get_pipe("km_entities")(
        nlp.get_pipe("km_lemmatizer")(
            nlp.get_pipe("km_sentences")(next(to_spacy_docs(nlp, [document])))
        )
    )
    tokens = DocTokens(doc)
    sentences = list(doc.sents)
    assert len(sentences) == 3
    for sent in sentences:
        view = tokens.view(sent.start, sent.end, sent.start_char, sent.end_char)
        assert view == SentenceView.from_span(sent)
    assert any(view.entities for view in [SentenceView.from_span(s) for s in sentences])


def test_every_marker_passes_the_pre_filter(nlp) -> None:
    """A sentence in which the rules find a marker has a trigger word: the component
    (which considers only such sentences) sees what the evaluation measures."""
    import json
    from pathlib import Path

    from nlp.commitment_classifier import load_annotations, prepare
    from nlp.commitments import analyse_sentence, has_trigger

    root = Path(__file__).resolve().parents[2]
    texts = [e.text for e in load_annotations()]
    for path in sorted((root / "corpus" / "truth").glob("*.json")):
        texts += [c["text"] for c in json.loads(path.read_text(encoding="utf-8"))["commitments"]]
    texts += [
        "Skolan ska stå färdig i augusti.",
        "En ny trygghetsmätning genomförs i Gränby i november.",
        "Det blir fler fältassistenter i Sävja redan i höst.",
    ]
    missing = []
    for doc in prepare(nlp, texts):
        rule, _ = analyse_sentence(doc[:], municipality_name="Uppsala kommun")
        if rule.markers and not has_trigger(doc[:]):
            missing.append((rule.markers, doc.text))
    assert missing == []


# --------------------------------------------------- documents of another municipality
def test_kommunen_of_another_municipalitys_document_is_that_municipality(commitments_of):
    chair = Person(name="Anna Ek", party="S", role="Kommunalråd")
    text = (
        "Svar på interpellation om skolor i Västerås.\n\n"
        "Västerås stad har under året sett ett ökat behov av skolplatser. "
        "Kommunen kommer att bygga en ny skola i Västerås under 2023."
    )
    found = one(commitments_of(text, authors=[chair]))
    assert found.actor == "Västerås kommun"


def test_a_riksdag_document_has_no_municipality_to_fall_back_on(commitments_of):
    text = (
        "Svar på fråga 2019/20:456 om polisens utryckningstider.\n\n"
        "Utvärderingen ska vara klar senast under våren 2020."
    )
    found = one(commitments_of(text, authors=[], doc_type="minutes", reference="2019/20:456"))
    assert found.actor != "Uppsala kommun"


def test_an_uppsala_document_keeps_uppsala_kommun(commitments_of):
    found = one(
        commitments_of(
            "Kommunen kommer att bygga en ny skola i Gottsunda under 2023.", authors=[]
        )
    )
    assert found.actor == "Uppsala kommun"
