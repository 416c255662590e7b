"""Sample spec: Servicenämnden, Verksamhetsberättelse helår 2021 (seed 001).

Hand transcription of seed ``001_d81cd983a6a7960a.txt`` (an annual report,
markdown/HTML rendering of the real PDF): a title page, then chapter 4
"Nämndens mål, strategier och uppdrag" to the end of chapter 8 "Intern
styrning och kontroll".  Chapters 1–3 and the appended procurement report
(Bilaga 1, Upphandlingsrapport) are out of scope.

Conversion damage undone: HTML/markdown tags removed, cells flattened by the
converter rebuilt as rows and columns, comments that ran over a page break
joined ("De mä-" + "ter" -> "De mäter"), hyphenated words rejoined
("resurs-effektivitet", "fort-löpande", "Folk- tandvården", "Kost-avdelningen",
"netto- kostnad", "Budget- avvikelse").  The source's own spelling is kept
("produktivetsnyckeltal", "Ettapp", "Folkhovårdsnämnd", "investering-kalkyl").

Status glyphs: the goal/indicator colour icons and trend arrows were lost in
the seed (blanks or odd glyphs), so an indicator gets a ``status`` only where
the printed Utfall says "Helt"/"Delvis"/"Inte alls", and ``target`` only where
a Målvärde value is printed (the Målvärde column of status-type indicators
held only an icon and a trend arrow, e.g. "● →", which is not a target).  In
the internal-control plan ✓/✔ is transcribed as status "Avslutad" and ⚠ as
"Ej genomförd" (the document's legend); actions whose icon was lost get "".
The legend bullets of chapter 4 keep their text without the lost icons.

Shortened / left out: nothing of the prose in scope is shortened.  Left out
are a chart title "Budgetavvikelse" under 5.1 whose chart is lost in the seed
and an empty row of the 4.1 summary table.

Source errors kept as printed: the total row "Servicenämnden totalt" of the
Servicenämnd investment table (149,0 / 119,0 / 26,8 / 1,3) is not the sum of
its rows (482,1 / 359,4 / 226,4 / 136,4); "Trädgårdsarb / trädgårdstekniker"
Förändring Totalt is printed 0,3 (10,0 - 9,8 = 0,2, rounding in the source).
"""

from __future__ import annotations

from samples.generator.spec import (
    Assignment,
    Bullets,
    ControlAction,
    ControlArea,
    ControlPlan,
    ControlRisk,
    DocSpec,
    Goal,
    Heading,
    IndicatorRow,
    IndicatorTable,
    Para,
    SymbolLegend,
    Table,
    TableRow,
)



def _kommentar() -> Para:
    return Para("Kommentar", style="italic")


def _chapter4() -> list:
    return [
        Heading("Nämndens mål, strategier och uppdrag", "4", 1),
        SymbolLegend(
            [
                (
                    "Färgindikatorer, resultat måluppfyllelse helår och resultat genomförande av "
                    "uppdrag helår.",
                    [
                        ("●", "uppnått eller överträffat målnivån"),
                        ("◆", "mindre, acceptabel avvikelse från målnivån"),
                        ("■", "större negativ avvikelse från målnivån"),
                    ],
                ),
                (
                    "Förändringspilar, utveckling under året, resultat helår jämfört med föregående "
                    "år alternativt årets början",
                    [
                        ("↗", "resultatet har förbättrats"),
                        ("→", "resultatet är oförändrat"),
                        ("↘", "resultatet har försämrats"),
                    ],
                ),
                (
                    "Indikatorer, status för perioden vid helår",
                    [("●", "helt"), ("◆", "delvis"), ("■", "inte alls"), ("○", "värde saknas för perioden")],
                ),
            ]
        ),
        Heading("Sammanfattning resultat av mål och uppdrag", "4.1", 2),
        Table(
            header_rows=[[
                "Resultat måluppfyllelse",
                "Uppnått eller överträffat målnivån",
                "Mindre, acceptabel avvikelse från målnivån",
                "Större negativ avvikelse från målnivån",
            ]],
            rows=[
                TableRow("Effektmål från regionfullmäktige", ["2", "", ""]),
                TableRow("Nämndens mål", ["4", "3", ""]),
                TableRow("Nämndens uppdrag", ["4", "2", "5"]),
            ],
            columns=[
                "Uppnått eller överträffat målnivån",
                "Mindre, acceptabel avvikelse från målnivån",
                "Större negativ avvikelse från målnivån",
            ],
            kind="other",
            unit=None,
            title="Sammanfattning resultat av mål och uppdrag",
            ruled=True,
        ),
        Para(
            "Förvaltningen rapporterar fem större negativa avvikelser mot uppsatta mål och "
            "uppdrag. Dessa uppdrag har inte genomförts; sammanhållna tjänster för "
            "konferensrum och nyanställning, utredning av textilstock, elektronisk signering "
            "samt att ta fram vägledande principer för hållbara upphandlingar av livsmedel. I "
            "vissa fall har uppdragen inte startat och i andra fall har förvaltningen inte "
            "kommit så långt som planerat med uppdraget. Coronapandemins påverkan på "
            "verksamheterna och brist på resurser har varit en bidragande orsak till "
            "möjligheterna att genomföra uppdragen."
        ),
        Heading("Perspektiv: Invånare och samhälle", "4.2", 2),
        Para(
            "Perspektivet Invånare och samhälle beskriver de viktigaste målsättningarna för "
            "Region Örebro läns verksamheter för att invånarnas behov ska tillgodoses på bästa "
            "sätt och hur Örebro läns förutsättningar för utveckling ska tas tillvara."
        ),
        Para(
            "Genom att nå mål och uppdrag inom de stödjande perspektiven Process och Resurs "
            "bidrar servicenämnden och Regionservice verksamheter till att Region Örebro län "
            "når effektmålen inom det övergripande perspektivet Invånare och samhälle."
        ),
        Heading("Perspektiv: Process", "4.3", 2),
        Para(
            "Perspektivet Process beskriver strategier för Region Örebro läns arbetsmetoder "
            "och arbetsprocesser för att målen i det övergripande perspektivet Invånare och "
            "samhälle ska uppfyllas. Strategierna beskriver ett långsiktigt övergripande "
            "tillvägagångssätt för hur effektmålen ska uppnås och anger inriktningen för hur "
            "verksamheten ska utföras."
        ),
        Para(
            "Strategierna kvalitet och utveckling, digitalisering och hållbar utveckling finns "
            "konkretiserade genom specifika nämndsmål. Till målen finns indikatorer och "
            "uppdrag kopplade. Aktiviteter för att nå målen finns i områdenas/stabens "
            "verksamhetsplaner."
        ),
        *_kvalitet_och_utveckling(),
        *_digitalisering(),
        *_hallbar_utveckling(),
        Heading("Strategi: Regional utvecklingsstrategi", None, 3),
        _kommentar(),
        Para(
            "Många av Regionservice tjänster bidrar indirekt till de övergripande målen i den "
            "regionala utvecklingsstrategin. Förvaltningens aktiva arbete för att minska "
            "klimat- och miljöpåverkan bidrar mer direkt till målet God resurseffektivitet. "
            "Den regionala utvecklingsstrategin och dess målsättningar behöver göras mer känd "
            "i Regionservice verksamheter, ett arbete som tas med till 2022."
        ),
        Heading("Perspektiv: Resurs", "4.4", 2),
        Para(
            "Perspektivet resurs beskriver hur Region Örebro län ska vara en attraktiv "
            "arbetsgivare med en hållbar kompetensförsörjning och ha en långsiktig stark och "
            "hållbar ekonomi och uppnå verksamhetsmässig och finansiell god hushållning."
        ),
        *_attraktiv_arbetsgivare(),
        *_god_ekonomi(),
    ]


def _kvalitet_och_utveckling() -> list:
    return [
        Heading("Strategi: Kvalitet och utveckling", None, 3),
        _kommentar(),
        Para(
            "Regionservice arbetar efter regionens fem övergripande strategier för kvalitet "
            "och utveckling. Vi skapar värde tillsammans med de vi finns till för genom "
            "samarbete i olika forum. Vi har ett ständigt pågående utvecklingsarbete med "
            "kundernas behov som utgångspunkt. Medarbetare engageras bland annat genom ett "
            "aktivt arbete med avvikelshantering och ständiga förbättringar av arbetssätt och "
            "processer på olika nivåer."
        ),
        Goal("Vi gör rätt saker på rätt sätt för att klara framtida utmaningar."),
        _kommentar(),
        Para(
            "Det finns samverkansforum där Regionservice verksamheter tillsammans med kund "
            "diskuterar gemensamma prioriteringar. Dessa prioriteringar ger oss förutsättning "
            "att använda våra resurser till rätt saker och att de tjänster vi tillhandahåller "
            "är utifrån de behov som finns. Det behövs en fortsatt utveckling av dessa forum "
            "för att kunna diskutera strategiska vägval, krav och önskemål gällande "
            "tillgänglighet."
        ),
        Para(
            "Produktivitetsnyckeltal finns och följs kontinuerligt i flera av Regionservice "
            "områden."
        ),
        Para(
            "Coronapandemin har medfört att vissa planerings- och utvecklingsarbeten har fått "
            "stå tillbaka för andra mer prioriterade uppgifter. Det påverkar också "
            "måluppfyllnaden för kvalitetsmålen."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "Det finns samverkansforum med kund där gemensamma prioriteringar görs.",
                    status="helt",
                    outcome_symbol="●",
                    target_symbol="●",
                    trend="→",
                    comment=(
                        "Regionservice har flera etablerade samverkansforum med kund. Några "
                        "exempel är strategigrupp för digitalisering, AI-råd, upphandlingsråd, "
                        "bygg- och lokalaråd, chefsläkarforum, medicintekniskt utskott och "
                        "grupperingarna kring akutlarm, smittskydd, flygsäkerhet, fastighets- "
                        "och försörjningsfrågor med flera. Samverkansforum finns även internt "
                        "inom Regionservice i syfte att lyfta strategisk planering och "
                        "prioritering. En fortsatt utveckling av samverkansforum behövs. Bland "
                        "annat av forum där strategiska vägval diskuteras och där krav och "
                        "önskemål tydliggörs avseende vilken tillgänglighetsnivå Regionservice "
                        "ska erbjuda. Område IT har ett nytt beredningsforum tillsammans "
                        "Hälso- och sjukvårdsförvaltningen. Här diskuteras och bereds frågor "
                        "för att sedan lyftas endera i systemförvaltningsobjektens styrgrupper "
                        "alternativt Hälso- och sjukvårdens ledningsgrupp för beslut. "
                        "Strategigruppen för digitalisering har under året tagit ett stort "
                        "steg mot att bli en gruppering för regionövergripande diskussioner "
                        "och prioriteringar. Område medicinsk teknik ingår numera även i ett "
                        "nytillsatt forum, MT- och lokalutskottet som inrättats inom Område "
                        "specialiserad vård. Område försörjning har under året utvecklat "
                        "befintligt forum och även startat upp ytterligare samarbete med "
                        "framförallt hälso- och sjukvården. Område fastigheter har under året "
                        "hamnat i en situation, där området inte hinner med att genomföra de "
                        "behov av projekt som verksamheten har. Det har inneburit att området "
                        "i större utsträckning än tidigare använder befintliga forum för "
                        "gemensamma prioriteringar. Genom denna dialog skapas en gemensam "
                        "plattform kring förväntningar. Det möjliggör för såväl kund som "
                        "Område fastigheter att ha en realistisk nivå i uppdragen, så att "
                        "effektiva arbetsprocesser och kvalitet fortsatt kan säkerställas. Det "
                        "är fortfarande svårt att hitta kontaktvägar hos de olika "
                        "förvaltningarna i frågor där vi behöver samarbeta för att ensa "
                        "arbetssätt och prioritera gemensamma frågor. Bland annat finns ett "
                        "behov av att ha fler möten med Hälso- och sjukvårdsförvaltningen inom "
                        "exempelvis ekonomiprocessen för att kunna fånga upp frågor, att "
                        "hantera dem i tidigt skede och kunna ha ett helhetsperspektiv kring "
                        "samarbetet. Forum med kund kommer att utvecklas och skapas även under "
                        "nästa år för att öka samverkan och utveckling."
                    ),
                ),
                IndicatorRow(
                    "Kompetens i förändringsledning ska öka.",
                    status="delvis",
                    outcome_symbol="◆",
                    target_symbol="◆",
                    trend="→",
                    comment=(
                        "Rådande pandemi har inneburit nya förutsättningar som medfört att "
                        "kompetensen i förändringsledning har ökat. Det har varit nödvändigt "
                        "att arbeta och leda på ett annat sätt än tidigare. Både chefer och "
                        "medarbetare har växelvis arbetat hemifrån och i större grad nyttjat "
                        "digitaliseringens möjligheter. En dialog har påbörjats med program "
                        "FVIS (nytt vårdinformationsstöd) och planläggning för hur de ska "
                        "kunna stötta med kompetens, modeller och utbildning kring "
                        "förändringsledning. Regionservice ingår också i ett "
                        "regionövergripande initiativ kring val av ny modell och stöd för "
                        "förändringsledning. Ett projekt har startat under året. "
                        "Verksamhetsutvecklare inom Område IT representerar Regionservice i "
                        "arbetet."
                    ),
                ),
                IndicatorRow(
                    "Det finns produktivetsnyckeltal som följs kontinuerligt i "
                    "verksamheterna.",
                    status="delvis",
                    outcome_symbol="◆",
                    target_symbol="◆",
                    trend="→",
                    comment=(
                        "Område administrativ utveckling och service har under året tagit fram "
                        "produktivetsnyckeltal för alla avdelningar inom området och har "
                        "numera ett underlag för att gemensamt arbeta med uppföljning av "
                        "produktivetsnyckeltalen för respektive avdelning. Uppföljning kommer "
                        "att ske kontinuerligt i ledningsgruppen samt vid delår och "
                        "helårsrapporter under 2022. Område fastigheters produktionsnyckeltal "
                        "är kostnad, tillsyn och felavhjälpande underhåll, kr/kvm bruksarea "
                        "(BRA) vilket jämförs med andra regioner i databasen Kolada. Område "
                        "medicinsk teknik mäter andel utfört förebyggande underhåll (FU) "
                        "totalt oavsett risktal. De mäter även registrering av arbetad tid "
                        "totalt respektive gentemot kund samt har produktivitetsmål för "
                        "processen anskaffning. Servicecenter följer idag klarmarkerade "
                        "ärenden per årsarbetare per månad. Televäxeln planerar att börja "
                        "följa besvarade samtal per årsarbetare per månad. Övriga områden har "
                        "inte några produktivitetsnyckeltal ännu."
                    ),
                ),
            ]
        ),
        Goal("Vi arbetar ständigt med att förnya och förbättra våra processer."),
        _kommentar(),
        Para(
            "Ett fortlöpande arbete med att förnya och förbättra arbetssätt och processer har "
            "genomförts inom samtliga områden. Inom Område medicinsk teknik har det "
            "certifierade arbetssättet varit till stort stöd, inte minst genom de interna och "
            "externa revisionerna som är en värdefull källa till förbättringsarbete. Under "
            "året har flera områden genomfört värdeflödesanalyser vilket är ett inarbetat "
            "arbetssätt i Regionens service. En bra effekt ses efter genomförda förändringar."
        ),
        Para(
            "Inom avvikelshantering uppfylls två av tre mål. De mål som uppfylls är avvikelser "
            "avslutade inom 180 dagar samt handläggningstid av utredningsärenden inom 60 "
            "dagar. Målet att samtliga rapporterade avvikelser ska vara klassificerade inom "
            "sju dagar nås inte. Vi når ett resultat på 96 %, vilket ändå kan ses som ett bra "
            "resultat."
        ),
        Para(
            "Pandemin har haft inverkan på många olika sätt i det dagliga arbetet. Med "
            "flexibilitet har förvaltningen lyckats upprätthålla en bra produktion och "
            "leverans av tjänster gentemot kund. Det har mötts av tacksamhet och positiv "
            "återkoppling från kunder och uppdragsgivare, vilket givit verksamheterna energi "
            "att fortsätta förbättra och leverera på en hög nivå."
        ),
        Para(
            "Sammantaget bedöms målet vara uppfyllt med en mindre accepterad avvikelse. "
            "Bedömningen är gjord utifrån utvecklingen av indikatorer och uppdrag."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "Verksamheten arbetar aktivt med avvikelshantering och "
                    "värdeflödesanalyser och använder det som ett underlag för förbättring "
                    "av arbetssätt och processer.",
                    status="helt",
                    outcome_symbol="●",
                    target_symbol="●",
                    trend="↗",
                    comment=(
                        "Samtliga områden i Regionens service arbetar aktivt och fortlöpande "
                        "med avvikelshantering. Dessa lyfts på arbetsplatsträffar, team-möten "
                        "och skyddsronder. Verksamheten genomför de förändringar som behövs "
                        "utifrån det som bedöms vara relevant. Måluppfyllelsen för "
                        "avvikelshantering följs upp i Regionens service ledningsgrupp i "
                        "samband med delårsrapport och verksamhetsberättelse. Vid dessa "
                        "tillfällen redogör varje område även för sin avvikelshantering inom "
                        "ett utvalt säkerhetsområde, vilket är ett sätt att med ledningens "
                        "engagemang följa upp processen. Område fastigheter har under året "
                        "avslutat en värdeflödesanalys gällande byggprojekt som genomförs i "
                        "samarbete med Länsgrunden. Område administrativ utveckling och "
                        "service har genomfört en värdeflödesanalys tillsammans med televäxeln "
                        "och hälso- och sjukvården. Syftet med analysen var att förstå flödet "
                        "för växeln kopplat till patientfakturerings. Anledningen till denna "
                        "analys var flera felutskick av fakturor. Under 2022 kommer arbetet "
                        "fortsätta med att finna lösningar utifrån den framtagna "
                        "handlingsplanen. Område kundtjänst har under året påbörjat två "
                        "värdeflödesanalyser. En gällande hantering av mobilabonnemang och en "
                        "gällande hur surfplattor, tillhörande Regionkansliet, ska hanteras "
                        "vid utlämning till de förtroendevalda."
                    ),
                ),
                IndicatorRow(
                    "Verksamheten involverar kunder i förbättringsarbeten för att deras "
                    "krav och behov ska vara utgångspunkt i verksamhetens utveckling.",
                    status="helt",
                    outcome_symbol="●",
                    comment=(
                        "Samtliga områden involverar kunder i förbättringsarbeten. Dels vid "
                        "kartläggning och utveckling av processer, dels genom de olika "
                        "samverkansforum som finns. Inom telefonväxeln pågår exempelvis dialog "
                        "med Hälso- och sjukvården kring akutlarmshantering och i "
                        "servicecenter sker samarbete med de bakomliggande organisationerna "
                        "inom Regionservice. På olika sätt deltar kunder till Område medicinsk "
                        "teknik konstant med återkoppling via områdets processer. Exempelvis "
                        "vid upphandlingar, utbildningar, säkerhetsarbete, underhåll, "
                        "konstruktion, utveckling och avveckling. Område IT möter främst sina "
                        "kunder i de systemförvaltningsobjekt som finns inom Region Örebro "
                        "län. Där diskuteras och prioriteras löpande de behov som olika delar "
                        "av verksamheten har. Inom upphandlingsavdelningen har ett "
                        "uppföljningssystem anskaffats under året för att både fånga upp "
                        "kunders och externa leverantörers inspel till förbättringar samt "
                        "säkerställa att ställda krav efterlevs. Inom ekonomiprocessen har "
                        "kunderna kontinuerlig kontakt med främst ansvarig "
                        "ekonomiadministratör när det är något de önskar ska hanteras eller "
                        "förändras. Exempelvis har man kommit överens med Hälso- och "
                        "sjukvårdsförvaltningen om en ny rutin kring referenslistorna så att "
                        "dessa uppdateras kontinuerligt. Inom löne- och "
                        "personaladministrationen har kunderna direktkontakt med teamen där "
                        "man genomför gemensamma möten och lyssnar in behovet. Utifrån det kan "
                        "processer förändras. Ett exempel är blanketten för arbete med "
                        "covid-vård som utvecklats gemensamt med Hälso- och "
                        "sjukvårdsförvaltningen. Skanningscentralen arbetar med en "
                        "referensgrupp för att fånga upp kundernas behov och arbetar med att "
                        "förenkla för kund genom beställningar, information och "
                        "instruktionsfilmer på intranätet. För avdelningar som arbetar i "
                        "processer, till exempel HR, ekonomi och dokumenthantering, är det en "
                        "naturlig del att involvera och samarbeta med kunderna i "
                        "utvecklingsarbetet. Framför allt är det kundernas behov, såsom "
                        "införande av nya systemstöd eller omorganisationer på "
                        "förvaltningarna, som föranleder behov av utveckling av såväl tjänster "
                        "som team."
                    ),
                ),
                IndicatorRow(
                    "Sammanhållna leveranser till kund har ökat.",
                    status="delvis",
                    outcome_symbol="◆",
                    comment=(
                        "Efter initiativ från Område fastigheter har Regionservice "
                        "ledningsgrupp beslutat att så kallade multi-ärenden ska hanteras och "
                        "koordineras av driftgrupp bygg- och verksamhetservice inom "
                        "fastigheters driftsorganisation. Multi-ärenden är ärenden som behöver "
                        "hanteras av flera funktioner inom ett område alternativt av flera "
                        "områden inom Regionservice. Målet är att kunna erbjuda kunden en "
                        "sammanhållen leverans. Tjänsten kommer att starta våren 2022. Behov "
                        "under pandemin har medfört att sammanhållna leveranser har ökat från "
                        "Område försörjning. Detta i form av service och leveranser av kost "
                        "och material ut till vaccinationsnoder, totalt åtta noder. "
                        "Lagerhållning av artiklar i PCR-kit samt packning av dessa är en "
                        "service som utvecklats inom transport- och logistikavdelningen och "
                        "vårdnära service under pandemin. Servicecenter har arbetat med "
                        "snabbspår gällande behörigheter. Det är för att underlätta för "
                        "personal inom Hälso- och sjukvården under pandemin och få en samlad "
                        "leverans. I övrigt är arbetet delvis påbörjat men har försenats med "
                        "anledning av pandemin, nytt ekonomisystem samt svårigheter att få "
                        "till utveckling av ärendehanteringssystemet Easit. Diskussioner om "
                        "olika typer av sammanhållna leveranser har skett och små steg för att "
                        "förbereda denna typ leveranser har gjorts. Arbetet fortsätter under "
                        "2022."
                    ),
                ),
            ]
        ),
        Assignment(
            "Regionservice får i uppdrag att fram förslag på en sammanhållen tjänst för "
            "konferensrum i Region Örebro län. Tjänsten ska innefatta teknisk utrustning, "
            "inredning, skötsel och support för konferensrummen.",
            comment=(
                "Under våren 2020 startade ett uppdrag kring digitala möten inom Region Örebro "
                "län vars syfte var att ta ett samlat grepp kring regionens digitala möten och "
                "kartlägga och inventera de möjligheter och hinder som fanns kring digitala "
                "vårdmöten samt externa och interna digitala möten i organisationen. I "
                "uppdraget låg att ta fram åtgärdsförslag utifrån kartläggningen och att "
                "identifiera vilka behov verksamheterna har när det gäller stöd och användande "
                "av digitala möten. Förutom kartläggningen ingick det även i uppdraget att "
                "titta på utbildningsmaterial på intranätet kopplat till olika digitala möten, "
                "ta fram tydliga och anpassade rekommendationer på intranätet/externwebben som "
                "vände sig till verksamheterna och ta fram förslag på förbättringsmöjligheter. "
                "Uppdraget slutrapporterades till strategigruppen för digitalisering 200915 "
                "och presenterades för regionens ledningsgrupp 201014 där slutrapporten med "
                "åtgärdsförslag godkändes. I slutrapporten fanns det tre åtgärdsförslag som "
                "riktades till Regionservice och Regionservice IT:"
            ),
        ),
        Para(
            "1. att Regionservice IT får i uppdrag att ta fram förslag på hur en "
            "förvaltningsetablering av digitala möten skulle kunna genomföras."
        ),
        Para(
            "2. att Regionservice får i uppdrag att ta fram förslag på hur ansvaret för "
            "regionens fysiska konferensrum med tillhörande utrustning både teknisk och övrig "
            "skulle kunna lösas."
        ),
        Para(
            "3. att Regionservice får i uppdrag att ta fram förslag på hur den tekniska "
            "supporten för våra konferenslokaler skulle kunna omhändertas."
        ),
        Para(
            "Utifrån dessa åtgärdsförslag startas 2022 ett uppdrag för att i ett första steg "
            "titta på hur en förvaltningsetablering av digitala möten (uppdrag 1 ovan) skulle "
            "kunna se ut."
        ),
        Assignment(
            "Regionservice får i uppdrag att förenkla beställning för kund, genom "
            "sammanhållen leverans vid nyanställning.",
            comment=(
                "Under året har diskussion kring uppdragets omfattning och gränsdragning "
                "genomförts i Regionservice ledningsgrupp. En samlad bedömning att inte "
                "genomföra uppdraget under 2021 gjordes bland annat på grund av begränsade "
                "resurser i samband med pandemin. Ett nytt uppdrag med tydligare avgränsningar "
                "är framtaget och finns med i verksamhetsplanen för 2022."
            ),
        ),
        Assignment(
            "Upphandlingsavdelningen får i uppdrag att, tillsammans med övriga "
            "förvaltningar, genomföra en utredning inför nästkommande upphandling huruvida "
            "Region Örebro län ska äga textilstocken eller om det finns andra, bättre "
            "alternativ.",
            comment=(
                "Uppdraget har inte startat. För närvarande pågår en ny upphandling av "
                "leverantör efter att förra upphandlingen fått avbrytas. Utredningsuppdraget "
                "kommer sedan att genomföras under avtalsperioden."
            ),
        ),
    ]


def _digitalisering() -> list:
    return [
        Heading("Strategi: Digitalisering", None, 3),
        _kommentar(),
        Para(
            "Regionservice arbetar efter regionens två strategier för digitalisering: att öka "
            "den digitala mognaden i organisationen och att förändra och utveckla arbetssätt "
            "för att öka användningen av digitala lösningar."
        ),
        Goal("Vi digitaliserar för att effektivisera våra arbetssätt."),
        _kommentar(),
        Para(
            "Den digitala utvecklingen inom Regionservice fortsätter att ta stora steg. Under "
            "året har flera olika stödsystem utvecklats eller vidareutvecklats för att "
            "effektivisera och underlätta arbetsuppgifterna samt förbättra vår service till "
            "Region Örebro läns olika verksamheter."
        ),
        Para(
            "Införandet av nya systemstöd, som till exempel ekonomi- och inköpssystemet "
            "Raindance, innebär mycket intrimningsarbete och på kort sikt en ökad "
            "arbetsbelastning i delar av verksamheten. Men redan nu börjar de positiva "
            "effekterna synas och den långsiktiga effektiviseringen som förändringen kommer "
            "att ge."
        ),
        Para(
            "Antalet digitala möten fortsätter öka. Anledningen till ökningen handlar förstås "
            "om fortsatt distansarbete på grund av pandemin, men även att vi har börjat "
            "förändra våra arbetssätt där vi ser positiva effekter av digitala möten. Det "
            "frigör tid, minskar resandet och möjliggör för fler att delta på möten."
        ),
        Para(
            "Det är dock ett långsiktigt arbete att digitalisera verksamheterna. Målet är ännu "
            "inte uppnått, trots den mycket positiva utvecklingen. Att digitalisera och få in "
            "effektivare digitala arbetssätt är omfattande och tar tid. Pandemin har ändå "
            "bidragit till en rejäl skjuts framåt i den digitala mognaden som är en viktig "
            "förutsättning för att lyckas med digitaliseringen."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "Arbetsätt, metoder och processer har effektiviserats genom digitala "
                    "lösningar.",
                    status="delvis",
                    outcome_symbol="◆",
                    target_symbol="◆",
                    trend="→",
                    comment=(
                        "Under året har det skett flertal stora och utvecklande förflyttningar "
                        "inom förvaltningen. Införandet av Raindance har lett till att flera "
                        "arbetsätt och processer blivit digitaliserade inom ekonomiprocessen. "
                        "Det är numera färre pappersunderlag och utskrifter. Till exempel "
                        "finns inte klarmarkeringsslistor längre och underlagen tas emot "
                        "elektroniskt via e-post, eftersom det inte längre krävs underskrift "
                        "på pappersunderlaget. Manuella debiteringsunderlag kommer nu via "
                        "ärendehanteringssystemet Easit, vilket underlättar för såväl kunderna "
                        "som avdelningen för kundfakturor. Inom diarieföringen har hela "
                        "processen för fullmaktshandlingen digitaliserats med en applikation "
                        "där alla fullmakter för postöppning ligger. Den är nu i full drift. "
                        "En ny instruktionsfilm har tagits fram inför leverans av "
                        "arkivmaterial till regionarkivet. Handlingen av 1177-tjänsten har "
                        "också vidareutvecklats inom regionarkivet så att det nu är möjligt "
                        "för utomlänspatienter att beställa journaler. Skanningscentralen har "
                        "tagit fram en digital tidrapport för Biobanksuppdraget. Den nya "
                        "externa webbplatsen (www) har tillsammans med kommunikation "
                        "omarbetats för att bli enklare och bättre gentemot de intressenter "
                        "som vill veta mer om Region Örebro läns upphandlingsarbete, "
                        "upphandlingar och regionarkivets verksamheter. Digital signering av "
                        "upphandlingskontrakt och serviceavtal har inneburit en stor "
                        "tidsbesparing och ökad effektivitet hos Område medicinsk teknik och "
                        "upphandlingsavdelningen. Kostavdelningen har implementerat ett "
                        "digitalt egenkontrollprogram, eSmiley, och Matilda Mobile så att "
                        "avdelningar kan göra kostbeställningar direkt i en läsplatta. Område "
                        "kundtjänst har automatiserat och förenklat konfigurationen och "
                        "utlämning av nya mobila enheter vilket minimerar handläggningstiden "
                        "för både personal och besökare till servicecenter. Det har under året "
                        "även skapats webbshopar för telefoni- och it-produkter. Syftet är att "
                        "förenkla beställningsprocessen och korta ledtider. Kunden hittar "
                        "samtliga telefoni- och it-produkter samlade och servicecenter och "
                        "Område IT får på ett enkelt sätt in den informationen som är "
                        "obligatorisk för att genomföra beställningar. Inom Område medicinsk "
                        "teknik har samtliga medarbetare fått smartphones. Det har lett till "
                        "ett mer mobilt och effektivt arbetsätt genom att använda "
                        "applikationer i medicintekniska systemet Medusa och gemensamma "
                        "kalendrar. Område fastigheter har implementerat ett nytt IT-stöd "
                        "Antura för projekthantering och avvecklat tre andra IT-stöd. Det nya "
                        "IT-stödet ger en bättre överblick över projektportföljen och ger ett "
                        "effektivare arbete för samtliga roller som arbetar med "
                        "fastighetsprojekt. För hela förvaltningen har det också skett en "
                        "fortsatt utveckling av digitala möten, vilket har effektiviserat våra "
                        "arbetsätt och frigjort tid för annat. Fler utbildningar har skett i "
                        "digitalt format under året. Ett införande av Office 365 har påbörjats "
                        "i Region Örebro län. Det är en viktig förutsättning för den fortsatta "
                        "effektiviseringen av våra arbetsätt."
                    ),
                ),
            ]
        ),
        Assignment(
            "Område IT får i uppdrag att införa elektronisk signering inom Region Örebro "
            "län.",
            comment=(
                "Under våren 2020 initierades ett uppdrag för att bland annat ta fram en "
                "övergripande bild av vilka lösningar för digital signering som används i "
                "regionens verksamheter idag, hur de används och vilket dokumentinnehåll som "
                "hanteras. I uppdraget ingick också att genomföra en omvärldsbekantning för "
                "att se hur liknande organisationer hanterar digital signering och vilka "
                "krav/aspekter som finns utifrån juridik, informationssäkerhet och "
                "arkivperspektiv. En slutrapport presenterades i mars 2021 med en "
                "rekommendation till fortsättning. Regionen har ett befintligt verktyg för att "
                "hantera digital signering och som idag används för att skriva under avtal, "
                "tilldelningsbeslut och anbudsprotokoll kopplat till upphandling. "
                "Regionservice IT rekommenderar inte att bredda dess användningsområde, då "
                "verktyget är en molntjänst. Om en lösning för digital signering ska införas "
                "rekommenderas det att Region Örebro län följer myndigheten för digital "
                "förvaltnings (DIGG) råd till offentliga myndigheter rörande hantering av "
                "elektroniska underskrifter. När det gäller interna dokument som kräver "
                "signering, är slutsatsen i rapporten att mycket kan lösas genom en översyn av "
                "arbetssätt för att förenkla hanteringen och administrationen istället för nya "
                "systemstöd. Planen var att under året starta en förstudie för att vidare "
                "undersöka behovet av digital signering av externa dokument. Det har dock "
                "saknats resurser för att starta projektet."
            ),
        ),
    ]


def _hallbar_utveckling() -> list:
    return [
        Heading("Strategi: Hållbar utveckling", None, 3),
        _kommentar(),
        Para(
            "Regionservice arbetar efter regionens fyra övergripande strategier för hållbar "
            "utveckling. Genom att integrera Hållbarhetsprogrammets mål och indikatorer i "
            "verksamhetsplaner skapas en hög grad av förankring och ägandeskap för "
            "hållbarhetsfrågor i linjeorganisationen. Genom en tydlig målstyrning och "
            "kontinuerlig uppföljning kan förvaltningen och servicenämnden följa hur "
            "verksamheterna rör sig mot beslutade mål. Regionservice ska vara en lärande "
            "organisation som arbetar med ständiga förbättringar och samverkar över "
            "organisationsgränserna."
        ),
        Goal("Vi arbetar aktivt för att minska vår klimat- och miljöpåverkan."),
        _kommentar(),
        Para(
            "Inom förvaltningen pågår ett aktivt arbete med att minska miljö- och "
            "klimatpåverkan, både smått och stort. Inom Område fastigheter arbetar man aktivt "
            "med miljö- och klimatpåverkan både vid nyproduktion och i befintliga fastigheter. "
            "Energianvändningen minskar, -4,8 procent jämfört med 2019. Solcellsanläggningarna "
            "på H-huset och P-huset USÖ har under året blivit igångsatta och producerar nu el. "
            "Inom Område fastigheter har en energigrupp startats upp under året. Syftet är att "
            "skapa struktur, tydliga förutsättningar och gemensamma arbetssätt för att minska "
            "energianvändningen i Region Örebro läns fastigheter."
        ),
        Para(
            "Inom Område försörjning bedriver kostavdelningen tillsammans med Hälso- och "
            "sjukvården ett arbete med att minska uppkomsten av matsvinn. Under året har "
            "matsvinnet minskat till 13,7 procent, målet var 15 procent. Några verksamheter "
            "inom Hälso- och sjukvårdsförvaltningen har testat kyllda matlådor. Testet gav ett "
            "positivt resultat och beslut togs att de kyllda matlådorna kommer att finnas kvar "
            "på fyra avdelningar. Kyllda matlådor gör det lättare för personal att kunna "
            "servera mat till patienten när denne så önskar och kan äta. Coronapandemin och "
            "därmed minskad efterfrågan på måltider har medfört att färre portioner har "
            "tillagats, vilket också naturligt minskat matsvinnet."
        ),
        Para(
            "Samtliga bilar centrala bilhanteringen anskaffat under 2021, drivs av förnybart "
            "bränsle."
        ),
        Para(
            "Regionservice stab har arbetat med att anpassa och digitalisera förvaltningens "
            "miljöronde i esMaker. Till miljöronden har en lättöverskådlig rapport och ett "
            "dokument med åtgärdsförslag tagits fram, som områdena kan använda sig av för att "
            "förbättra sin verksamhet. Att genomföra miljöronden är positivt för det "
            "systematiska miljöarbetet."
        ),
        Para(
            "Inom Område administrativ utveckling och service har man bland annat genomfört "
            "miljöronden och utifrån den tagit aktiva beslut för att minska verksamheternas "
            "miljö- och klimatpåverkan. Område IT har jobbat löpande med att vid upphandling "
            "av it-utrustning ställa krav på faktorer som påverkar miljö och klimat. Området "
            "har även jobbat för en cirkulär användning av all it-utrustning. Inom Område "
            "kundtjänst har man installerat follow print samt gjort en översyn av "
            "emballagematerial. Översynen ledde till att man på servicecenter övergick till "
            "att använda klimatvänligare material. Inom Område medicinsk teknik har man till "
            "exempel sett till så att servicebilarna på USÖ har fått laddningsstation "
            "installerat."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "Aktivitetsplaner finns framtagna och följs upp för att nå "
                    "målsättningarna i reviderat Program för hållbar utveckling 2021-2025.",
                    status="helt",
                    outcome_symbol="●",
                    trend="→",
                    comment=(
                        "Årlig uppföljning av Program för hållbar utveckling genomfördes under "
                        "våren och förvaltningens resultat för 2020 presenterades för "
                        "servicenämnden och Regionservice ledningsgrupp. I verksamhetsplanerna "
                        "2021 togs nya aktiviteter fram för året. Det reviderade "
                        "hållbarhetsprogrammet 2021-2025 med tillhörande indikatorer "
                        "beslutades av regionfullmäktige och regionstyrelsen under våren och "
                        "presenterades för servicenämnden och Regionservice ledningsgrupp i "
                        "april. Implementering av det nya hållbarhetsprogrammet har skett i "
                        "Regionservice verksamheter under året. Förvaltningens miljöombud har "
                        "fått en genomgång av programmet. Miljöombuden är viktiga för att få "
                        "driva frågor och implementera programmet på arbetsplatser. "
                        "Uppföljning av programmet sker i början av 2022."
                    ),
                ),
            ]
        ),
        Assignment(
            "Område IT får i uppdrag att införa follow print i Region Örebro läns "
            "verksamheter.",
            comment=(
                "Totalt sett finns 455 multifunktionsskrivare i Region Örebro län. Område IT "
                "har infört follow print på 139 stycken av dessa (ca 31 procent). Tjänsten är "
                "levererad till alla de verksamheter som hört av sig och önskat att införa "
                "follow print. Område IT har varit starkt påverkade av pandemin och "
                "it-resurserna har haft svårt att räcka till. Detta har ibland lett till något "
                "längre väntetider, men alla som beställt tjänsten har fått den levererad. "
                "Just nu ser kapaciteten lite bättre ut och vi fortsätter införandet av follow "
                "print i takt med att verksamheterna själva efterfrågar ett införande."
            ),
        ),
        Assignment(
            "Parkeringsverksamheten får i uppdrag att genomföra åtgärder för att öka "
            "antalet cykelparkeringar i Region Örebro län.",
            comment=(
                "En regionövergripande inventering av cykelparkeringar är genomförd. Den "
                "omfattar vårdcentraler, folk tandvården, folkhögskolor med flera. Förutom att "
                "se över antal cykelparkeringar så tittade man även på utformning, placering "
                "med mera. Resultatet av inventeringen kommer resultera i åtgärdsförslag som "
                "kommer överlämnas till Område fastigheter för eventuellt genomförande. En "
                "avstämning har skett med verksamheten på Karlskoga respektive Lindesbergs "
                "lasarett och där bedömer man att antalet cykelparkeringar är tillräckligt. "
                "Vid USÖ är bedömningen att antalet cykelparkeringar är tillräckligt, men att "
                "placeringen inte är helt optimal. Gamla cykelställ kommer successivt att "
                "ersättas med nya moderna och vissa cykelparkeringar kommer att byggas in, "
                "såsom framför F-huset. Nu när H-huset färdigställts ska en ny bedömning göras "
                "och flöden studeras för att se vart det finns behov av cykelparkeringar."
            ),
        ),
        Assignment(
            "Alla verksamheter får i uppdrag att vidta åtgärder för att minska "
            "användningen av plastartiklar i verksamheten. Uppdraget syftar till att "
            "minska miljö- och klimatbelastningen av engångsmaterial och bidra till "
            "målsättningar i Program för hållbar utveckling.",
            comment=(
                "Flera åtgärder för att minska plastanvändningen har vidtagits ute i "
                "verksamheterna. Bland annat har Område administrativ utveckling och service "
                "genomfört en inventering vilka plastprodukter som används och som kan sluta "
                "användas alternativt bytas ut mot mer miljövänliga produkter. Även frågan om "
                "att säkerställa cirkulationen på de plastprodukter som används omhändertas i "
                "detta arbete. Område kundtjänst har vid utskick av paket där stötdämpning "
                "behövts börjat använda wellpapp istället för bubbelfolie. Regionservice stab "
                "har i samråd med Område fastigheter och Område försörjning tagit bort alla "
                "papperskorgar i CV-husets kontorsrum och konferensrum. Dessa har ersatts med "
                "ett fåtal sorteringskärl på varje våning. Åtgärden bidrog till minskad "
                "användning av plastpåsar. Område IT har gjort en inventering för att fånga "
                "upp vilka engångsartiklar av plast de använder. I dagsläget finns inga sådana "
                "utbytbara artiklar. Tyvärr har coronapandemin inneburit att en del "
                "verksamheter har behövt använda skyddsmaterial i en större utsträckning än "
                "vad man vanligtvis gör och detta är inget som i nuläget går att påverka."
            ),
        ),
        Assignment(
            "Område fastigheter får i uppdrag att, i samarbete med staben för hållbar "
            "utveckling, höja kunskapsnivån kring klimatförändringar. Syftet är att i "
            "nästa steg kunna vidta rätt åtgärder för att minska klimatpåverkan på Region "
            "Örebro läns fastigheter och utomhusmiljö.",
            comment=(
                "Utbildning inom klimat och klimatanpassning planerades tillsammans med Staben "
                "för hållbar utveckling. Utbildningen har genomförts med Område fastigheters "
                "samtliga medarbetare, Regionservice ledningsgrupp samt politiker i "
                "servicenämnden. Utbildningen var uppdelad i två delar. Den första delen var "
                "mer generell med grundläggande fakta. Den andra delen var en fördjupning och "
                "riktade sig främst mot förvaltare och projektörer med inriktning på "
                "vårdlokaler. Utbildningen spelades in och kan nu användas även i andra "
                "sammanhang. Den finns även tillgänglig för regionens alla medarbetare i "
                "regionens utbildningssystem PingPong. Utifrån den ökade kunskapen om "
                "klimatförändringars påverkan kommer Område fastigheter under 2022 att "
                "fortsätta arbetet. Det handlar om att identifiera byggnader och system som "
                "långsiktigt påverkas av pågående klimatförändringar för att senare föreslå "
                "åtgärder som behöver genomföras. Verksamheten ska också arbeta in kunskap om "
                "klimatförändringar i de tekniska anvisningarna."
            ),
        ),
        Assignment(
            "Kostavdelningen får i uppdrag att, i samverkan med servicenämnden, ta fram "
            "vägledande principer för att underlätta hållbara upphandlingar av livsmedel.",
            comment=(
                "Kontakt har tagits med upphandlingsavdelningen och staben för hållbar "
                "utveckling. Då nyckelpersoner har slutat, så togs beslut att pausa projektet "
                "till ersättare finns på plats."
            ),
        ),
    ]


def _attraktiv_arbetsgivare() -> list:
    return [
        Goal(
            "Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, jämställda "
            "och jämlika arbetsplatser och bidrar till en hållbar kompetensförsörjning.",
            cue="Effektmål 10.",
        ),
        _kommentar(),
        Para(
            "Den lilla medarbetarenkät som gjordes 2020 i Regionservice gav arbetsplatser "
            "indikation om vad som var viktigt att fokusera på under året. Trots en oro inom "
            "många verksamheter för medarbetarna på grund av ett fortsatt tufft år med högt "
            "tryck, visar den senaste regiongemensamma mätningen som gjordes innan årets slut "
            "ett mycket positivt resultat för Regionservice. Förvaltningen har under året ökat "
            "sitt Hållbart medarbetarengagemang, HME, ytterligare. Den positiva utvecklingen "
            "beskriver att Regionservice drivs av många motiverade medarbetare som är stolta "
            "över att arbeta inom Region Örebro län och som har meningsfulla uppdrag där "
            "tydlighet och sammanhang har ökat."
        ),
        Para(
            "Regionservice delindex för ledning har utvecklats mycket positivt där arbetet med "
            "arbetsgruppers storlek och chefsstöd sannolikt kan vara en bidragande orsak. Ett "
            "arbete som bedöms ha positiv inverkan även på effektmålet som helhet. Att "
            "förvaltningen har ett fortsatt högt jämställdhetsindex bådär också gott för "
            "arbetet med jämställda och jämlika arbetsplatser."
        ),
        Para(
            "Att förvaltningen har jobb som gör skillnad och även anses vara en långsiktigt "
            "trygg arbetsgivare, har blivit mer uppmärksammat under rådande tider eftersom "
            "många andra branscher gått på sparlåga. Det återspeglas av en fortsatt låg "
            "personalomsättning för förvaltningen som helhet, men det finns verksamheter inom "
            "Regionservice som påverkats av högre personalrörlighet där upphandlare och "
            "byggprojektledare är exempel på det. De flesta tjänster har ett urval av "
            "kvalificerade sökande, men det finns kompetenser som bedöms som mycket "
            "svårrekryterade framförallt vad det gäller kompetenser inom IT samt erfarna "
            "handläggare och specialister. Den årliga kompetensförsörjningskartläggningen "
            "visar även på att det även finns en hel del kompetenser som bedöms som sårbara "
            "och där det kan vara svårt att rekrytera personal med rätt profil om behov "
            "uppstår."
        ),
        Para(
            "Det är viktigt att fortsätta följa och jobba aktivt med sjukfrånvaron, eftersom "
            "den fortfarande ligger alltför högt inom några av förvaltningens områden. Att öka "
            "frisktalet och värna om medarbetarnas hälsa är också av största vikt i synnerhet "
            "som många har gjort en kraftsamling under pandemin. Att ges fortsatt möjlighet "
            "till kompetensutveckling är också avgörande eftersom det under en längre tid inte "
            "funnits samma möjlighet till och utrymme för detta."
        ),
        Para(
            "Allt detta sammantaget ger bedömningen en bibehållt och stärkt måluppfyllnad. Den "
            "otroligt höga svarsfrekvensen på den senaste medarbetar- och säkerhetsenkäten ger "
            "en utmärkt plattform att tillsammans jobba vidare utifrån."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "HME – Hållbart medarbetarengagemang ska öka i jämförelse med tidigare "
                    "medarbetarenkät.",
                    outcome="79",
                    target=">77",
                    comment=(
                        "Indikatorn mättes genom en Region Örebro län gemensam medarbetar- och "
                        "säkerhetsenkät i slutet av året. Alla verksamheter har arbetat med "
                        "eller arbetar med uppföljning från den lilla HME-mätningen, som "
                        "förvaltningen genomförde hösten 2020. Resultatet från den senaste "
                        "mätningen som gjordes visar att förvaltningen stärkt sig ytterligare. "
                        "Förvaltningens HME har till och med har ökat med två enheter från den "
                        "senaste mätningen och alla tre delindex bidrar till ökningen "
                        "(motivation, ledarskap och styrning). En mycket hög svarsfrekvens "
                        "(86,8 procent) visar också att det finns en stor vilja och engagemang "
                        "att komma till tals hos förvaltningens medarbetare och att man blir "
                        "lyssnad på. Målvärdet är satt utifrån målsättningen att kunna "
                        "bibehålla den höga nivå som uppmättes hösten 2020. Mätningen gjordes "
                        "då mitt i den rådande pandemin. Då liksom nu överträffar mätningen "
                        "det förväntade resultatet, vilket är mycket glädjande att se."
                    ),
                ),
                IndicatorRow(
                    "AVI – Attraktiv arbetsgivarindex ska öka i jämförelse med föregående "
                    "år.",
                    outcome="100",
                    target="108",
                    comment=(
                        "Redovisning av resultat för 2020: Regionservice AVI minskade med 6 "
                        "enheter 2020 jämfört med 2019 från 106 till 100. Det som framförallt "
                        "påverkat den negativa utvecklingen för Regionservice är ökad "
                        "sjukfrånvaro, såväl långtid som korttid, samt en minskning av "
                        "kompetensutveckling. Däremot har förvaltningen en jämnare "
                        "könsstruktur av chefer i relation till strukturen av medarbetare än "
                        "vid den förra mätningen och en fortsatt låg personalomsättning. "
                        "Målvärde för 2020 var branschmedian som är 108."
                    ),
                ),
                IndicatorRow(
                    "Jämix – Jämställdhetsindex ska öka i jämförelse med föregående år.",
                    outcome="121",
                    target="120",
                    comment=(
                        "Redovisning av resultat för 2020: Förvaltningen ligger kvar på "
                        "ungefär samma höga nivå som vid den förra mätningen och kan till och "
                        "med glädja sig åt en ökning på 1 enhet från 120 till 121. "
                        "Förvaltningen ligger fortsatt över branschmedian (111) och är nu "
                        "snubblande nära medianen för samtliga (122). Det nyckeltal som ligger "
                        "kvar på en bibehållen hög nivå är jämställda ledningsgrupper. Andel "
                        "jämställda yrkesgrupper och lika chefskarriär har utvecklats positivt "
                        "medan skillnad i lång sjukfrånvaro och lön har utvecklats negativt. "
                        "Målvärdet för 2020 var att bibehålla 2019 års index på 120, vilket "
                        "förvaltningen gjorde med en extra poäng."
                    ),
                ),
                IndicatorRow(
                    "Frisktalet ska förbättras i jämförelse med föregående år.",
                    outcome="54%",
                    target="55%",
                    comment=(
                        "Frisktalet avser anställda med maximalt 5 sjukdagar och/eller "
                        "maximalt 3 sjuktillfällen."
                    ),
                ),
            ]
        ),
        # Frisktal per kön, part of the Frisktalet comment.
        Table(
            header_rows=[
                ["", "År 2021", "", "", "År 2020", "", ""],
                ["", "Kvinnor", "Män", "Kvinnor + Män", "Kvinnor", "Män", "Kvinnor + Män"],
            ],
            rows=[TableRow("", ["46,93%", "62,62%", "53,85%", "43,63%", "55,03%", "48,58%"])],
            columns=[
                "År 2021 Kvinnor",
                "År 2021 Män",
                "År 2021 Kvinnor + Män",
                "År 2020 Kvinnor",
                "År 2020 Män",
                "År 2020 Kvinnor + Män",
            ],
            kind="staff",
            unit=None,
            title="Frisktal",
            ruled=True,
            col_widths=[0.3, 1, 1, 1, 1, 1, 1],
        ),
        Para(
            "Regionservice frisktal ökade jämfört med förra året. Det är rimligt att "
            "frisknärvaron följer korttidsfrånvarons utveckling i motsatt riktning. När "
            "korttidsfrånvaron minskar påverkas frisknärvaron positivt, framförallt inom de "
            "verksamheter som inte kunde utföra sitt arbete på distans. Variationen i "
            "frisknärvaron är, liksom sjukfrånvaron, hög inom förvaltningens områden med en "
            "variation på 36,45 procent till 86,30 procent. Målvärdet kvarstår från 2019 då "
            "förvaltningen hade sitt hittills högsta frisktal och det uppmättes innan pandemin."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "Personalomsättningen externt ska redovisas. Den ska minska i "
                    "jämförelse med föregående år.",
                    outcome="4,8%",
                    target_symbol="■",
                    trend="—",
                    comment=(
                        "Det procentvärde som redovisas är från Nyckeltalsinstitutet och är en "
                        "parameter som ingår i redovisning av Attraktiv arbetsgivare index "
                        "(AVI). Den visar antal tillsvidareanställda som har lämnat företaget "
                        "inklusive pensionsavgångar och uppsägningar. Värderingen är att det "
                        "är bättre med få som slutar än många. Förvaltningen har en fortsatt "
                        "låg personalomsättningen externt även om den ökat i jämförelse med "
                        "2020. Det som framförallt påverkar ökningen är att det är fler som "
                        "har gått i pension under det senaste året. Under året som gått är det "
                        "ungefär lika många som slutade på grund av pension som av annan orsak."
                    ),
                ),
            ]
        ),
        # Avgångar, part of the Personalomsättningen comment.
        Table(
            header_rows=[
                ["Regionservice 2021", ""],
                ["Avgångsorsak", "Antal (jämförelse med 2020)"],
            ],
            rows=[
                TableRow("Extern", ["28 (25)"]),
                TableRow("Pension", ["29 (17)"]),
                TableRow("Summa", ["57 (42)"], bold=True),
            ],
            columns=["Antal (jämförelse med 2020)"],
            kind="staff",
            unit=None,
            title="Regionservice 2021",
            ruled=False,
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "Region Örebro läns nya värdegrund ska påbörja att implementeras under "
                    "året.",
                    status="inte alls",
                    outcome_symbol="■",
                    target_symbol="■",
                    trend="→",
                    comment=(
                        "En ny värdegrund beslutades i slutet av maj av regionstyrelsen och "
                        "under hösten har en övergripande implementeringsplan tagits fram. Att "
                        "implementera den nya värdegrunden på förvaltning, verksamhet och "
                        "arbetsplatsnivå påbörjas 2022."
                    ),
                ),
                IndicatorRow(
                    "Medarbetarnas digitala kompetens har ökat.",
                    status="delvis",
                    outcome_symbol="◆",
                    target_symbol="◆",
                    trend="—",
                    comment=(
                        "Medarbetarnas digitala kompetens har ökat på flera olika sätt under "
                        "året och alla möten hålls numera på distans. På grund av pandemin har "
                        "distansarbete blivit vardag helt eller delvis för cirka en tredjedel "
                        "av förvaltningens dryga 1 000 medarbetare. Lösningar kopplat till "
                        "supportfunktioner har sedan pandemin möjliggjort för ännu fler "
                        "medarbetare att arbeta på distans. Många medarbetare har utvecklats "
                        "ytterligare inom sina respektive roller. Våren 2020 var det många "
                        "utbildningar och träffar som ställdes in och sköts på framtiden. Då "
                        "ansågs det som otänkbart att genomföra om det inte gick att träffas "
                        "fysiskt. Många av dessa tillfällen har återupptagits och genomförts "
                        "digitalt istället, vilket i sig är ett tecken på att den digitala "
                        "kompetensen och mognaden har ökat. Ett par exempel på det är "
                        "Regionservice chefsdag och medarbetarintroduktion."
                    ),
                ),
                IndicatorRow(
                    "Sjukfrånvaro total % har minskat.",
                    outcome="6,22%",
                    target_symbol="◆",
                    trend="↘",
                    comment=(
                        "Förvaltningen är ännu en bra bit från målvärdet, men det rör sig i "
                        "rätt riktning med en sjukfrånvaro som minskat med 0,42 procent sedan "
                        "samma tidpunkt förra året. Målvärdet är satt utifrån den nivå som var "
                        "innan pandemin och en nivå som är rimlig att ha siktet inställt på."
                    ),
                ),
            ]
        ),
        Goal(
            "Våra chefer ska vara ledande kulturbärare, främja gott arbetsklimat och ge "
            "förutsättningar för och uppmuntra samarbete."
        ),
        _kommentar(),
        Para(
            "Förvaltningens delindex för ledning har förstärkts i den senaste mätning och "
            "utvecklats mycket positivt med ett utfall på 84. Ett aktivt arbete med "
            "arbetsgruppers storlek och chefsstöd har fortsatt under 2021 för att ge "
            "förutsättningar för Regionservice chefer att utöva ett gott ledarskap. Att "
            "förvaltningen och dess medarbetare har fått mycket positiv uppmärksamhet och "
            "beröm under pandemin kan ses som ett kvitto på detta mål liksom den fortsatt låga "
            "personalomsättningen under 2021. För en del chefer har det varit ett extra "
            "utmanande år där hela eller delar av arbetsgruppen arbetar på distans och det är "
            "även något som de flesta områden lyfter som en risk vad det gäller att bibehålla "
            "ett gott arbetsklimat. Under hösten skedde en återgång till arbetsplatsen och med "
            "stöd av de nya riktlinjerna för distansarbete gav detta verksamheter möjlighet "
            "att börja utveckla det nya normala arbetslivet. För chefer innebär det att "
            "balansera och optimera verksamhetens, arbetsgruppens och individens behov."
        ),
        Para(
            "En uppföljning av målet skedde i samband med en ledningsgrupp i slutet av året. "
            "Alla delade med sig av exempel och erfarenheter från sina respektive verksamheter "
            "såväl som egna reflektioner och tillämpningar."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "HME delindex Ledning ska bibehållas eller öka.",
                    outcome="84",
                    target="81",
                    comment=(
                        "Förvaltningen har med ett utfall på 84. Det är en mycket positiv "
                        "utveckling och överträffar målvärdet med hela två enheter. Målvärdet "
                        "var att höja till samma nivå som vid mätningen 2019. Regionservice "
                        "har fortsatt att arbeta aktivt med arbetsgruppers storlek för att ge "
                        "chefer bättre förutsättningar att räkna till i sitt ledarskap. Även "
                        "stöd till chefer har setts över genom att flera verksamheter har "
                        "samordnare som arbetsledarstöd i den dagliga driften. Förvaltningen "
                        "kommer att fortsätta följa utveckling av arbetsgruppers storlek och "
                        "försöka hitta ytterligare sätt att utveckla verksamheten för att "
                        "bibehålla den positiva utvecklingen av indexet."
                    ),
                ),
            ]
        ),
        Goal("Vi bidrar alla till att utveckla vår arbetsmiljö."),
        _kommentar(),
        Para(
            "Arbetsmiljö är en ständigt viktig fråga som under 2021 haft ett annorlunda fokus. "
            "Cirka 30 procent av förvaltningens medarbetare har ställt om till distansarbete, "
            "vilket har betytt att arbetsmiljön har gjort sitt intåg i hemmiljön. Det har "
            "inneburit nya former för avstämningar. Det är många som har provat nya sätt att "
            "bibehålla en god arbetsmiljö i den digitala miljön genom digitala after work, "
            "regelbundna digitalfika, temamöten och tipsrundor samt promenader och möten i "
            "utemiljö. För alla medarbetare som fortsatt att utöva sitt yrke på jobbet har "
            "fokus varit att bibehålla en säker och trivsamt arbetsmiljö med hänsyn tagen till "
            "de restriktioner som följt i pandemins spår."
        ),
        Para(
            "Det som genomsyrar rapporteringen från förvaltningens områden är att det upplevs "
            "som svårt att upprätthålla social samvaro och sammanhållningen under rådande "
            "pandemi oavsett om de flesta medarbetare befunnit sig på arbetsplatsen eller "
            "inte. Under hösten när alla medarbetare kunde återgå till arbetsplatsen har det "
            "funnits en viss oro kring arbetsklimat, rättvisa och sammanhållning. Samtidigt är "
            "det många som glädje och tacksamhet kunnat återvända till arbetsplatsen."
        ),
        Para(
            "Det positiva resultatet i den senaste medarbetar- och säkerhetsenkäten visar på "
            "en förvaltning som ur dessa perspektiv går starka in i det nya året med många "
            "motiverade medarbetare som tillsammans kan värna om det goda i arbetsmiljön samt "
            "stärka och utveckla den ytterligare."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "HME delindex Motivation ska öka.",
                    outcome="77",
                    target="76",
                    comment=(
                        "Den här indikatorn har fortsatt att utveckla sig positivt, vilket "
                        "visade sig i den senaste medarbetar- och säkerhetsenkäten som "
                        "genomförs i slutet av året. Utifrån tidigare resultat eftersträvade "
                        "förvaltningen att bibehålla nuvarande nivå. Det rådde en stor "
                        "osäkerhet om hur pandemisituationen skulle påverka detta index. Att "
                        "många har meningsfulla arbeten har blivit alltmer synliggjort under "
                        "pandemin och det är glädjande att så många är stolta över att vara en "
                        "del av arbetsplatsen Region Örebro län."
                    ),
                ),
            ]
        ),
    ]


def _god_ekonomi() -> list:
    return [
        Goal(
            "Region Örebro län har en långsiktig stark och hållbar ekonomi samt uppnår en "
            "verksamhetsmässig och finansiell god hushållning.",
            cue="Effektmål 11.",
        ),
        _kommentar(),
        Para(
            "2021 års resultat, överskott före återbetalningar är 108,5 miljoner kronor. Det "
            "är -18,5 miljoner kronor lägre jämfört med resultatet 2020."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "Styrelsen och nämnderna redovisar ett resultat i balans.",
                    status="helt",
                    outcome_symbol="●",
                    comment="Resultatet 2021 före återbetalningar är 108,5 miljoner kronor.",
                ),
            ]
        ),
        Goal("Regionservice ska ha ett årligt resultat på 2 %."),
        _kommentar(),
        Para(
            "Resultatet 2021 före återbetalningar är plus 108,5 miljoner kronor (5,1 procent "
            "av intäkterna)."
        ),
        IndicatorTable(
            comment_in_cell=True,
            rows=[
                IndicatorRow(
                    "Resultat %.",
                    outcome="5,1%",
                    target="2%",
                    comment=(
                        "Resultat före återbetalningar är 108,5 miljoner kronor, vilket är 5,1 "
                        "procent av omsättningen."
                    ),
                ),
            ]
        ),
        Assignment(
            "En ekonomisk handlingsplan ska upprättas och genomföras i syfte att bibehålla "
            "en långsiktig ekonomi i balans. Handlingsplanen ska vara omsatt i konkreta, "
            "hållbara och långsiktiga åtgärder och kan avse både kostnadsreduceringar och "
            "intäktsförstärkningar. Åtgärderna ska beskrivas med ekonomisk och "
            "verksamhetsmässiga konsekvenser. Uppföljning av handlingsplanen sker i del- "
            "och helårsrapportering till nämnd.",
            comment=(
                "Regionservice har en ekonomi i balans. Pandemin har fortsatt att påverka "
                "kostverksamheten samt parkeringsverksamheten negativt hela 2021. Vårt arbete "
                "med långsiktiga besparingsåtgärder (beslutade besparingsåtgärder från 2019) "
                "har pausats under pandemin."
            ),
        ),
        Assignment(
            "Parkeringsverksamheten får i uppdrag att utreda förutsättningarna för "
            "verksamheter inom hälso- och sjukvården att köpa parkeringstillstånd för "
            "patienter.",
            comment=(
                "Under året har representanter från transport- och logistikavdelningen och "
                "strategisk samordning inom Hälso- och sjukvårdsförvaltningen tagit fram ett "
                "beslutsunderlag som redovisats i Hälso- och sjukvårdens ledningsgrupp. Där "
                "beslutades att fortsatt erbjuda fri parkering för;"
            ),
        ),
        Bullets(
            [
                "de som genom sitt besök bidrar till vården (blodgivare, studiedeltagare "
                "etc.)",
                "de som besöker vården själv eller som anhörig vid svår akut sjukdom eller "
                "motsvarande.",
            ]
        ),
        Para(
            "Övriga avdelningar som idag har gratistillstånd för sina besökare kommer att "
            "kontaktas av Regionservice parkeringskoordinator för att få till en så smidig "
            "övergång som möjligt till lämpligt betalningsalternativ."
        ),
    ]


def _investment_table(caption: str, header: list[str], rows: list[TableRow], ruled: bool) -> Table:
    """One "Uppföljning större bygginvesteringar" table (Status is text, not money)."""
    return Table(
        header_rows=[header],
        rows=rows,
        columns=header[1:],
        kind="investment",
        unit="mnkr",
        money_columns=[0, 1, 2, 3],
        title=caption,
        caption=caption,
        ruled=ruled,
        col_widths=[2.7, 1.6, 1.2, 1.2, 1.1, 1.5],
    )


def _chapter5() -> list:
    return [
        Heading("Ekonomi", "5", 1),
        Heading("Resultatrapport servicenämnden", "5.1", 2),
        Table(
            header_rows=[[
                "Belopp i mnkr",
                "Utfall 2021",
                "Budget 2021",
                "Utfall 2020",
                "Budgetavvikelse",
                "Utfallsavvikelse",
            ]],
            rows=[
                TableRow("Övriga intäkter", ["2 059,1", "2 058,3", "1 990,0", "0,8", "69,1"]),
                TableRow(
                    "Summa intäkter",
                    ["2 059,1", "2 058,3", "1 990,0", "0,8", "69,1"],
                    bold=True,
                ),
                TableRow("Personalkostnader", ["-576,3", "-582,9", "-542,8", "6,6", "-33,5"]),
                TableRow("Övriga kostnader", ["-1 051,2", "-1 072,5", "-984,9", "21,3", "-66,3"]),
                TableRow("Avskrivningar, inventarier", ["-47,8", "-48,6", "-41,1", "0,8", "-6,7"]),
                TableRow(
                    "Avskrivningar, fastigheter",
                    ["-232,4", "-237,2", "-189,1", "4,8", "-43,3"],
                ),
                TableRow(
                    "Summa kostnader",
                    ["-1 907,7", "-1 941,2", "-1 757,9", "33,5", "-149,8"],
                    bold=True,
                ),
                TableRow(
                    "Verksamhetens nettokostnad",
                    ["151,4", "117,1", "232,1", "34,3", "-80,7"],
                    bold=True,
                ),
                TableRow("Finansnetto", ["-165,0", "-164,2", "-265,3", "-0,8", "100,3"]),
                TableRow("Resultat", ["-13,6", "-47,1", "-33,2", "33,5", "19,6"], bold=True),
            ],
            columns=[
                "Utfall 2021",
                "Budget 2021",
                "Utfall 2020",
                "Budgetavvikelse",
                "Utfallsavvikelse",
            ],
            kind="budget",
            unit="mnkr",
            title="Resultatrapport",
            caption="Resultatrapport",
            ruled=True,
            # narrow label column: "Verksamhetens nettokostnad" wraps
            col_widths=[1.3, 1.0, 1.0, 1.0, 1.0, 1.0],
        ),
        Para("I utfall 2020 inkluderas regionbidrag/ersättning -87,1 mnkr i finansnetto."),
        Heading("Sammanfattande analys", None, 3),
        Para(
            "Regionservice redovisar ett positivt överskott (budgetavvikelse) på 33,5 miljoner "
            "kronor för verksamhetsåret 2021. Resultatet före återbetalningar är 108,5 "
            "miljoner kronor att jämföra med 127,0 miljoner kronor 2020. Återbetalningar till "
            "kunder är totalt 75 miljoner kronor (Område IT 38,0 miljoner, Område fastigheter "
            "25,0 miljoner, Område medicinsk teknik 5,0 miljoner samt Område kundtjänst 7,0 "
            "miljoner kronor). Kraven på ekonomisk återhållsamhet och en kraftig volymökning "
            "de senaste åren främst inom verksamheterna fastigheter, IT, telefoni, städ och "
            "vårdnära service bidrar till ett starkt resultat. Coronapandemin har påverkat "
            "kost-, bilpools- och parkeringsverksamheten negativt, medan det för vårdnära "
            "service och städ inneburit kraftig volymökning."
        ),
        Para(
            "Störst överskott innan återbetalningar redovisas inom Områdena IT och Område "
            "fastigheter. IT:s prissättning inkluderar en buffert för ökade lokalhyror för "
            "byggnation av ny serverhall (kostnadsökningen uppskattas till drygt 20 miljoner "
            "kronor totalt för nytt IT-hus). Område fastigheters driftkostnader för flera nya "
            "färdigställda byggnationer ligger i nyskick lägre än vad man beräknat som "
            "långsiktig driftkostnadsnivå. Detta ger överskott då intäkten för lokalhyra "
            "motsvarar långsiktig nivå för driftkostnader. Område fastigheters resultat "
            "inkluderar 1,3 miljoner kronor i återbetalning av biogaskostnad kopplad till "
            "felfakturering 2020. I Regionservice finns Region Örebro läns förvaltning av IT "
            "stödsystem så som ekonomisystem, säkerhetssystem och personalsystem. "
            "Systemförvaltningsobjektet stödsystem redovisar totalt ett överskott på 1,0 "
            "miljoner kronor. Verksamheter med underskott är kost -6,2 miljoner kronor, "
            "transport och logistik -8,7 miljoner kronor (varav parkering -7,5 miljoner "
            "kronor). Löner och sociala avgifter visar ett överskott jämfört mot budget inom "
            "nästan alla verksamheter genom vakanser och frånvaro."
        ),
        Para(
            "Totalt försämras resultatet före återbetalningar med -18,5 miljoner kronor "
            "jämfört med 2020."
        ),
        Heading("Årets resultat", "5.2", 2),
        Heading("Intäkter", None, 3),
        Para(
            "Regionservice intäkter ökar med totalt 181 miljoner kronor (+ 8,6 procent) före "
            "återbetalningar och korrigerat för jämförelsestörande post internränta "
            "(internräntan sänktes 1 januari 2021 med 134,4 miljoner kronor gällande "
            "lokalhyror). Ökningen relateras främst till volymökning av nya lokaler med "
            "helårseffekt H-huset, IT och telefoni där pandemin drivit ökad efterfrågan på "
            "IT-produkter samt ökad efterfrågan av tjänster från vårdnära service och städ."
        ),
        Heading("Personalkostnader", None, 3),
        Para(
            "Lönekostnaderna ökar med 6,0 procent jämfört med föregående år. Kostnadsökningen "
            "omfattar främst utökade tjänster inom Område försörjning; vårdnära service, städ "
            "och transport och logistik. Område kundtjänst och Område administrativ utveckling "
            "och service redovisar ett lägre utfall jämfört med 2020. Det totala utfallet för "
            "lön och sociala avgifter är trots ökningen -3,5 miljoner kronor lägre än "
            "budgeterat (utökade uppdrag är inte budgeterat). Övriga personalkostnader (kurs, "
            "konferens, personalrekrytering, övrigt) ökar med 1,3 miljoner kronor jämfört med "
            "2020 (-3,9 miljoner lägre än budgeterat). Det är helt i linje med ekonomiska "
            "åtgärder för att minska kostnaderna."
        ),
        Para(
            "Totalt utgör personalkostnaderna 6,6 miljoner kronor av årets överskott, jämfört "
            "med budget."
        ),
        Para(
            "Kostnaden för externa konsulter har ökat med 5,5 miljoner kronor under 2021 och "
            "uppgår totalt till 18,8 miljoner kronor. Vissa funktioner med vakanser (särskilt "
            "inom IT, fastigheter och upphandling) har täckts upp med externa konsulter för "
            "att klara våra uppdrag."
        ),
        Heading("Övriga kostnader", None, 3),
        Para(
            "Övriga externa kostnader ökar med 107 miljoner kronor till totalt 830 miljoner "
            "kronor (+7 procent). De externa kostnaderna avser främst lokalhyror (inklusive "
            "hyror till Länsgården AB), avskrivningskostnader samt kostnader för "
            "fastighetsenergi. Totalt är utfallet -21,3 miljoner kronor lägre än budgeterat."
        ),
        Para(
            "Merparten av Regionservice totala externa övriga kostnader avser "
            "fastighetsbeståndet (cirka 500 000 kvadratmeter), lokaler som hyrs in för att via "
            "Område fastigheter hyras ut till regionens verksamheter, IT-kostnader för "
            "hårdvara, licenser och support, livsmedel, telefoni, reparationer, underhåll och "
            "transporter."
        ),
        Para(
            "Under året har vi haft totalt 5,5 miljoner kronor i ökade externa "
            "konsultkostnader jämfört med föregående år. Totalt uppgår konsulter till 18,8 "
            "miljoner kronor 2021."
        ),
        Para("Förseningskostnader (sent betalda fakturor)", style="bold"),
        Para(
            "Totalt utfall på för sent betalda fakturor är 90 000 kronor. Kostnaderna är "
            "främst kopplade till beställningar till apotekstjänst samt fastigheter, och "
            "utgörs av många småbelopp. En kostnad uppgår till 24 000 kronor där en "
            "samlingsfaktura blev för stor att ta in i nya ekonomisystemet. Förvaltningsstöd "
            "har skapat en temporär rutin för att kunna hantera liknande tills leverantören av "
            "vårt ekonomisystem utvecklat en lösning för detta. En kostnad uppgår till 7 000 "
            "kronor på grund av utredning kring markköp Berglunda, vilket innebar att fakturan "
            "betalades för sent."
        ),
        Table(
            header_rows=[[
                "Belopp i mnkr",
                "Budgetavvikelse 2021",
                "Omsättning *) 2021",
                "Relation (%)",
                "Budgetavvikelse 2020",
            ]],
            rows=[
                TableRow("Område fastigheter", ["3,4", "939,4", "0,4", "7,5"]),
                TableRow("Område försörjning", ["-1,0", "378,8", "-0,3", "-6,5"]),
                TableRow("Område IT", ["2,2", "367,2", "0,6", "3,6"]),
                TableRow(
                    "Område administrativ utveckling och service",
                    ["8,3", "88,7", "9,4", "9,3"],
                ),
                TableRow("Område kundtjänst", ["2,4", "119,1", "2,0", "0,3"]),
                TableRow("Område medicinsk teknik", ["1,6", "73,0", "2,2", "0,3"]),
                TableRow("Förvaltningsgemensamt", ["16,6", "92,9", "17,9", "15,3"]),
                TableRow("Resultat", ["33,5", "2 059,1", "1,6", "29,8"], bold=True),
            ],
            columns=[
                "Budgetavvikelse 2021",
                "Omsättning *) 2021",
                "Relation (%)",
                "Budgetavvikelse 2020",
            ],
            kind="budget",
            unit="mnkr",
            money_columns=[0, 1, 3],
            title="Driftredovisning servicenämnden",
            caption="Driftredovisning servicenämnden",
            ruled=False,
        ),
        Para(
            "*) Definition av omsättning är ackumulerade intäkter och ackumulerat budgeterat "
            "resultat."
        ),
        Heading("Intäkter och kostnader, per område", None, 3),
        Para(
            "Område fastigheter: Intäkter lokalhyra är högre än budgeterat där hyran för "
            "vaccinationsnorderna ej budgeterades. Personalkostnaderna ger ett stort överskott "
            "med anledning av stor personalomsättning både inom byggprojekt och inom "
            "fastighetsdrift. Inom fastighetsdrift finns också ett flertal vakanta tjänster. "
            "Kostnaderna för avskrivningar och fastighetsenergi ligger under budget. "
            "Återbetalningar till regioninterna förvaltningar 2021 är 25 miljoner kronor."
        ),
        Para(
            "Område försörjning: Intäkterna för städ och vårdnära service har ökat kraftigt "
            "under pandemin, exempelvis har alla vaccinationsnoder inneburit ökat uppdrag. "
            "Samtidigt har parkering, kost och bilpooler påverkats negativt med lägre "
            "intäkter. Ökat uppdrag för städ och vårdnära service innebär också ökade "
            "personalkostnader. Transportkostnaderna har ökat, vilket också har att göra med "
            "pandemin (labbprover). Transport- och logistik har tagit cirka 1 miljon kronor i "
            "tillfälliga kostnadsökningar (för perioden januari - maj) för regionens "
            "upphandlade budbilar, som från och med maj månad fortsättningsvis debiteras ut på "
            "varje förvaltning. Intäkterna för parkeringar är -7,4 miljoner kronor lägre "
            "jämfört med budget, kopplat till pandemin och beslutad friparkering. Resultatet "
            "för området totalt ger ett underskott -1 miljon kronor, vilket ändå är en kraftig "
            "förbättring jämfört med 2020."
        ),
        Para(
            "Område IT: Område IT:s intäkter för PC-produkter (datorer, utrustning) ökar med "
            "anledning av pandemin (distansarbete, vaccinationsnoder). Personalkostnaderna "
            "ligger under budget genom vakanshållning och frånvaro, samtidigt som efterfrågan "
            "på mer IT-tjänster är hög. Kostnaderna ligger under budget. IT:s prissättning "
            "inom serverdrift och datakom ger täckning för kommande ökad kostnad för ny "
            "serverhall. Nytt IT-hus (kontor och serverhall) beräknas just nu innebära "
            "kostnadsökningar på drygt 20 miljoner kronor. Återbetalningar till regioninterna "
            "förvaltningar 2021 är 38 miljoner kronor."
        ),
        Para(
            "Område administrativ utveckling och service (AUS): Intäkterna är högre än "
            "budgeterat. Kostnaderna är lägre, främst personalkostnader genom vakanser och "
            "frånvaro då området har haft hög personalomsättning under 2021."
        ),
        Para(
            "Område medicinsk teknik: Intäkter för Område medicinsk teknik utgörs av fasta "
            "överenskommelser och är i fas. Kostnaderna ligger under budget, främst "
            "personalkostnader genom vakanser och frånvaro, samt mycket beroende på att "
            "utbildningar och resor inte kunnat göras i den omfattning som var tänkt på grund "
            "av pandemin. Återbetalningar till regioninterna förvaltningar 2021 är 5 miljoner "
            "kronor."
        ),
        Para(
            "Område kundtjänst: Intäkterna för telefoni är högre än budgeterat vilket "
            "påverkats av att många jobbar på distans. Kostnaderna för förbrukningsinventarier "
            "ligger just nu något under budget och personalkostnaderna är lägre med anledning "
            "av vakanser/frånvaro. Återbetalningar till regioninterna förvaltningar 2021 är 7 "
            "miljoner kronor."
        ),
        Heading("Vidtagna åtgärder för att nå ekonomi i balans", "5.3", 2),
        Para(
            "Nämnden redovisar en ekonomi i balans. För att långsiktigt bibehålla en ekonomi i "
            "balans finns ett reduceringsuppdrag och handlingsplan med åtgärder framtaget. "
            "Under 2021 har reduceringsuppdraget pausats med anledning av pandemin. En viss "
            "korrigerande åtgärd har skett av 2020 års uppföljningsrapport (bilaga till "
            "verksamhetsberättelsen 2020). I rapporten redovisade förvaltningen 25 miljoner "
            "kronor i långsiktiga reduceringar, men verksamheter har under året fått "
            "återbesätta några tjänster. Arbetet återupptas under 2022."
        ),
        Heading("Investeringar", "5.4", 2),
        Table(
            header_rows=[[
                "Sammanställning av bruttoinvesteringar, mnkr",
                "Utfall 2021",
                "Budget 2021",
                "Utfall 2020",
            ]],
            rows=[
                TableRow("Immateriella anläggningstillgångar innevarande års budget", ["", "", ""]),
                TableRow(
                    "Immateriella anläggningstillgångar överfört från tidigare års budget",
                    ["", "", ""],
                ),
                TableRow(
                    "Byggnadsinvesteringar innevarande års budget",
                    ["549,1", "895,3", "427,8"],
                ),
                TableRow(
                    "Byggnadsinvesteringar överfört från tidigare års budget",
                    ["ingår i ovan", "568,3", "ingår i ovan"],
                ),
                TableRow("Medicinteknisk utrustning innevarande års budget", ["", "", ""]),
                TableRow(
                    "Medicinteknisk utrustning överfört från tidigare års budget",
                    ["", "", ""],
                ),
                TableRow("It-utrustning innevarande års budget", ["50,0", "71,8", "50,1"]),
                TableRow(
                    "It-utrustning överfört från tidigare års budget",
                    ["ingår i ovan", "4,9", "ingår i ovan"],
                ),
                TableRow("Övrig utrustning innevarande års budget", ["3,0", "5,2", "5,7"]),
                TableRow(
                    "Övrig utrustning överfört från tidigare års budget",
                    ["ingår i ovan", "9,3", "ingår i ovan"],
                ),
                TableRow("Investeringsbidrag (konto 2322, minus-belopp)", ["", "", ""]),
                TableRow("Summa", ["602,1", "1 554,8", "483,6"], bold=True),
            ],
            columns=["Utfall 2021", "Budget 2021", "Utfall 2020"],
            kind="investment",
            unit="mnkr",
            title="Sammanställning av bruttoinvesteringar",
            ruled=True,
            col_widths=[3.0, 1.0, 1.0, 1.0],
        ),
        Para(
            "Medicinteknisk utrustning ägs och redovisas på respektive förvaltning (Hälso- och "
            "sjukvården samt Folktandvården)."
        ),
        Heading("Bygginvesteringar", None, 3),
        Para(
            "Baserat på verksamheternas behov och Område fastigheters bedömningar budgeterades "
            "896 miljoner kronor för byggnadsinvesteringar 2021. Till detta överfördes en "
            "tilläggsbudget på 568,3 miljoner kronor från tidigare år. Det gav en totalbudget "
            "om 1 463,6 miljoner kronor. Under 2021 har byggnationer färdigställts för 549,1 "
            "miljoner kronor. Avvikelsen från budget beror dels på att tilläggsbudgeten avser "
            "investeringar för flera år, dels på att planerade byggprojekt såsom ombyggnation "
            "och renovering av T-huset på USÖ-området, renovering av Länsmuséet samt "
            "ombyggnation av sjukhusapoteket inte har varit möjliga att starta i förväntad "
            "takt. Dessutom har upphandlingen överklagats på reservkraftsprojekten på USÖ och "
            "Lindesbergs lasarett."
        ),
        Heading("Medicintekniska investeringar", None, 3),
        Para(
            "Medicintekniska investeringar upphandlas via Regionservice, och bokförs inom "
            "Hälso- och sjukvårdsförvaltningen samt Folktandvården. Utfallet för Region Örebro "
            "län totalt är 227 miljoner kronor."
        ),
        Heading("Uppföljning större bygginvesteringar", None, 3),
        _investment_table(
            "Hälso- och sjukvårdsnämnd",
            [
                "(mnkr)",
                "Total investeringskalkyl",
                "Beslutad budget tom 2021",
                "Totalt utfall tom dec 2021",
                "Utfall jan-dec 2021",
                "Status",
            ],
            [
                TableRow(
                    "Interimslösning kvinnokliniken, BB och neonatal USÖ",
                    ["67,7", "20", "0,3", "0,2", "Utredning"],
                ),
                TableRow(
                    "Ambulansstation Berglunda inkl. markköp",
                    ["91,9", "64,5", "56,6", "42,6", "Byggnation"],
                ),
                TableRow("IVA-platser H-huset", ["34,4", "24", "36,1", "2,4", "Färdigställd"]),
                TableRow(
                    "L-huset, anpassn slutenvård psykiatri",
                    ["18,9", "24,4", "22,7", "0,0", "Färdigställd"],
                ),
                TableRow(
                    "Lindesbergs vårdcentral nybyggnad (inkl FTV-klinik)",
                    ["140", "120", "137,2", "0,6", "Färdigställd"],
                ),
                TableRow(
                    "M-huset omstrukturering laboratoriemedicin",
                    ["72", "72", "28,7", "0,7", "Färdigställd"],
                ),
                TableRow(
                    "Neuro intermediär vårdavdelning (NIMA) H-huset",
                    ["34,4", "24,8", "39,1", "2,9", "Färdigställd"],
                ),
                TableRow(
                    "Ny hiss helikopterplattan, USÖ",
                    ["25", "26,5", "27,9", "0,9", "Färdigställd"],
                ),
                TableRow(
                    "Ettapp 2A Ny byggnad Högspec.hus (slutkostnad inkl. index)",
                    ["1 404,2", "1 404,2", "1 245,4", "15,6", "Byggnation"],
                ),
                TableRow("Reservvatten USÖ", ["41,2", "41,2", "41,9", "0,7", "Byggnation slutfas"]),
                TableRow(
                    "Byggnation reservkraft el, Lindesbergs lasarett",
                    ["43,4", "43,4", "5,5", "2,1", "Byggnation startfas"],
                ),
                TableRow("Cyclotron (MT 2615)", ["95,1", "63,9", "90,6", "75,4", "Byggnation"]),
                TableRow(
                    "Ettapp 2C om- och tillbyggnad akuten",
                    ["301,8", "301,8", "291,1", "29", "Färdigställd"],
                ),
                TableRow(
                    "Ombyggnad Rehab med bassäng, Karlskoga",
                    ["65,4", "65,4", "80,7", "9,5", "Byggnation slutfas"],
                ),
                TableRow(
                    "Ombyggnation forskningslab, T-huset",
                    ["26,5", "26,5", "24,7", "0,4", "Byggnation klar"],
                ),
                TableRow(
                    "Pumpstation och dagvattenledning",
                    ["12", "12", "", "", "Inkl i reservvatten USÖ"],
                ),
                TableRow(
                    "Reservvatten, Lindesbergs lasarett",
                    ["25,3", "25,3", "11,4", "1,9", "Byggnation slutfas"],
                ),
                TableRow(
                    "Utbyggnad reservkraft del 1 2017-2021",
                    ["53,8", "53,8", "22,3", "14,4", "Byggnation"],
                ),
                TableRow("Nytt produktionsapotek USÖ", ["32", "32", "7,7", "4,7", "Projektering"]),
                TableRow(
                    "Uppgradering fastighetsnät O-huset USÖ",
                    ["11,6", "2,5", "0,2", "0,2", "Projektering"],
                ),
                TableRow("Skyway G-huset USÖ", ["14", "14", "3,2", "1,8", "Projektering"]),
                TableRow(
                    "Hälso- och sjukvårdsnämnden totalt",
                    ["2 610,6", "2 462,2", "2 173,3", "206,0", ""],
                    bold=True,
                ),
            ],
            ruled=True,
        ),
        _investment_table(
            "Folkhovårdsnämnd",
            [
                "(mnkr)",
                "Total investering-kalkyl",
                "Beslutad budget tom 2021",
                "Totalt utfall tom dec 2021",
                "Utfall jan-dec 2021",
                "Status",
            ],
            [
                TableRow(
                    "Adolfsberg ombyggnad av klinik",
                    ["18,6", "18,6", "2,2", "0,2", "Projektering"],
                ),
                TableRow(
                    "Folkhovårdsnämnden totalt",
                    ["18,6", "18,6", "2,2", "0,2", ""],
                    bold=True,
                ),
            ],
            ruled=False,
        ),
        _investment_table(
            "Regional tillväxtnämnd",
            [
                "(mnkr)",
                "Total investering-kalkyl",
                "Beslutad budget tom 2021",
                "Totalt utfall tom dec 2021",
                "Utfall jan-dec 2021",
                "Status",
            ],
            [
                TableRow(
                    "Kävsta Folkhögskola, Dansens hus",
                    ["33,9", "33,9", "6,1", "0,3", "Projektering"],
                ),
                TableRow(
                    "Fellingsbro Folkhögskola, ny aula",
                    ["41,1", "20,5", "7,2", "2,3", "Projektering"],
                ),
                TableRow(
                    "Regionala tillväxtnämnden totalt",
                    ["75,0", "54,4", "13,3", "2,6", ""],
                    bold=True,
                ),
            ],
            ruled=True,
        ),
        # Source error kept: "Servicenämnden totalt" is not the sum of the rows above it.
        _investment_table(
            "Servicenämnd",
            [
                "(mnkr)",
                "Total investering-kalkyl",
                "Beslutad budget tom 2021",
                "Totalt utfall tom dec 2021",
                "Utfall jan-dec 2021",
                "Status",
            ],
            [
                TableRow("A-huset efter 2021", ["23,1", "23,1", "0", "0", "Byggnation"]),
                TableRow("HIN åtgärder", ["30,9", "30,9", "26,8", "1,3", "Byggnation"]),
                TableRow("Ombyggnad T-huset", ["95", "65", "0", "0", "Byggnation"]),
                TableRow(
                    "Ny datahall och kontor IT",
                    ["268,3", "211,4", "192,5", "129,2", "Byggnation"],
                ),
                TableRow(
                    "Lokaler för fastighetsdrift T-huset, USÖ",
                    ["52,8", "25", "6,4", "5,8", "Projektering"],
                ),
                TableRow(
                    "Nytt system insamling mediaförbrukning länet",
                    ["12", "4", "0,7", "0,1", "Projektering"],
                ),
                TableRow("Servicenämnden totalt", ["149,0", "119,0", "26,8", "1,3", ""], bold=True),
            ],
            ruled=False,
        ),
        _investment_table(
            "Regionstyrelsen",
            [
                "(mnkr)",
                "Total investering-kalkyl",
                "Beslutad budget tom 2021",
                "Totalt utfall tom dec 2021",
                "Utfall jan-dec 2021",
                "Status",
            ],
            [
                TableRow("Solpaneler", ["25", "21", "13", "3", "Byggnation"]),
                TableRow("Regionstyrelsen totalt", ["25", "21", "13", "3", ""], bold=True),
            ],
            ruled=True,
        ),
        _investment_table(
            "Externa hyresgäster",
            [
                "(mnkr)",
                "Total investeringskalkyl",
                "Beslutad budget tom 2021",
                "Totalt utfall tom dec 2021",
                "Utfall jan-dec 2021",
                "Status",
            ],
            [
                TableRow(
                    "Tillbyggnad Campus etapp 3",
                    ["349,5", "166,5", "108,8", "0", "Byggnation"],
                ),
                TableRow(
                    "Lekebergs VC, lokaler åt kommunen",
                    ["21,1", "21,1", "8,2", "7,7", "Byggnation"],
                ),
                TableRow(
                    "Örebro läns museum omdisponering lokaler",
                    ["52,8", "30", "8,6", "6,4", "Projektering"],
                ),
                TableRow(
                    "Externa hyresgäster totalt",
                    ["423,4", "217,6", "125,6", "14,1", ""],
                    bold=True,
                ),
            ],
            ruled=False,
        ),
        Heading("Produktions- och nyckeltal", "5.5", 2),
        Table(
            header_rows=[[
                "Produktionstal/Nyckeltal",
                "Utfall 2021",
                "Utfall 2020",
                "Förändr",
                "Förändr",
            ]],
            rows=[
                TableRow("Antal personalmåltider", ["138 642 st", "149 237 st", "-7,1 %", "↓"]),
                TableRow("Antal patientmåltider", ["342 254 st", "337 586 st", "+1,4 %", "↑"]),
                TableRow(
                    "Medelsvarstid i telefonväxeln, sekunder Målvärde: 17 sekunder",
                    ["25,8 sek", "19,5 sek", "+6,3 sek", "↓"],
                ),
                TableRow(
                    (
                        "Medelsvarstid i servicecenter 1:a linjens support, sekunder Målvärde: "
                        "15 sekunder"
                    ),
                    ["13 sek", "13 sek", "0,0", "→"],
                ),
                TableRow(
                    (
                        "Andel utförda förebyggande underhåll på medicinteknisk utrustning med "
                        "risktal 19 och högre ska vara minst 95 % inom rekommenderat intervall "
                        "(MT FU 2)"
                    ),
                    ["92 %", "93 %", "-1,0", "↓"],
                ),
                TableRow(
                    (
                        "Avvikelsehantering: Måluppfyllelse av avslutade avvikelser inom 180 "
                        "dagar Målvärde: 80 % (avser januari-juni)"
                    ),
                    ["84 %", "saknar jämförelsetal", "", ""],
                ),
                TableRow(
                    "Andel ekologiska livsmedel Målvärde 2021: 48 %",
                    ["46 %", "45 %", "+1,0", "↑"],
                ),
                TableRow(
                    "Matsvinn, tillagad mat Målvärde 2021: 15,5 % (Region Örebro län)",
                    ["13,7 %", "15,7 %", "-2,0", "↑"],
                ),
                TableRow(
                    "Andel upphandlingar där miljökrav ställts, % (Region Örebro län)",
                    ["91 %", "94 %", "-3,0", "↓"],
                ),
                TableRow(
                    "Andel upphandlingar där uppförandekod ställts, % (Region Örebro län)",
                    ["91%", "85 %", "+6,0", "↑"],
                ),
                TableRow(
                    (
                        "Andel upphandlingar där socialt hänsynstagande ställts, % (Region "
                        "Örebro län)"
                    ),
                    ["0 %", "0 %", "0,0", "→"],
                ),
                TableRow(
                    (
                        "Energianvändning (el, värme, kyla) per kvadratmeter Målvärde 2021: -2 "
                        "%, basår: 2019 (Region Örebro län)"
                    ),
                    ["-4,8 %", "saknar jämförelsetal", "", ""],
                ),
                TableRow(
                    "Antal skype- och videomöten (Region Örebro län)",
                    ["140 783 st", "83 579 st", "+68 %", "↑"],
                ),
                TableRow(
                    "Andel multifunktionskrivare med follow print (Region Örebro län)",
                    ["31 %", "saknar jämförelsetal", "", ""],
                ),
            ],
            # the second "Förändr" column holds the trend arrow
            columns=["Utfall 2021", "Utfall 2020", "Förändr", "Förändr (trend)"],
            kind="key_figures",
            unit=None,
            title="Produktions- och nyckeltal",
            ruled=True,
            col_widths=[3.8, 1.2, 1.2, 1.0, 0.9],
        ),
        Heading("Kommentarer till produktions- och nyckeltal", None, 3),
        Para(
            "Totala antalet måltider fortsätter att minska jämfört med föregående år. "
            "Patientmåltiderna har ökat något (+4 668 stycken), medan personalmåltiderna har "
            "minskat kraftigt (-10 595 stycken). Ökningen av patientmåltider sker på alla tre "
            "sjukhusen i länet. Minskningen av personalmåltider beror på att flera arbetar på "
            "distans och att man undvikit matsalarna i samband med pandemin. Tappet av "
            "personalmåltider är som störst på USÖ med 10 028 tappade portioner, Lindesbergs "
            "lasarett har tappat 700 portioner medan Karlskoga lasarett har ökat med 133 "
            "portioner. Kostavdelningen har upptäckt fel på registreringen på "
            "portionsstatistiken där salladsburk och dricka har gått in som hel portion. Detta "
            "har åtgärdats tillbaka på 2020, vilket betyder att statistik från 2020 och framåt "
            "är korrekt och tillförlitlig."
        ),
        Para(
            "Andelen ekologiskt har ökat jämfört med föregående år, men når inte upp till "
            "målvärdet. Det har inte skett några förändrade rutiner kring inköp av ekologiska "
            "varor, men leverantörerna har haft problem att få fram rätt varor under pandemin. "
            "Under året har livsmedelsuppföljningen påverkats av ett systembyte hos "
            "leverantören. Efter utredning är nu statistiken återigen tillförlitlig."
        ),
        Para(
            "Televäxeln har inte klarat målvärdet för medelsvarstid i telefonväxeln. Under "
            "2021 har det varit en hög belastning av samtal, där en stor del av samtalen har "
            "handlat om frågor gällande covid-19. Medborgare har bland annat haft frågor "
            "gällande vaccination, provsvar, tidsbokning och guidning på 1177.se. Detta har "
            "påverkat medelsvarstider då samtalen har varit mer komplexa. Ett flertal gånger "
            "under året har det gått ut dubbla fakturor avseende patientavgifter som orsakats "
            "av ett systemfel i ekonomisystemet. Därutöver har en stor mängd med "
            "påminnelsefakturor gått ut under slutet av året, som också påverkat belastningen "
            "till telefonväxeln. Periodvis har det också varit hög frånvaro i telefonväxeln. "
            "Det tillsammans har försämrat medelsvarstiden och ökat antalet obesvarade samtal "
            "under 2021."
        ),
        Para(
            "Förebyggande underhåll på medicinteknisk utrustning med risktal 19 och högre "
            "ligger i stort på samma nivå som föregående år. Indikatorn har varierat under "
            "året; det startade på 93 procent var därefter nere på 90 procent för att sedan "
            "avsluta året på 92 procent. Trots pågående pandemi och stora resurskrävande "
            "installationer har Område medicinsk teknik ändå lyckats producera förebyggande "
            "underhåll straxt under uppsatta målvärden."
        ),
        Para(
            "Miljökrav och uppförandekod har kunnat ställas i 91 procent av de upphandlingar "
            "som avslutats under 2021. Upphandlingar där det inte har varit möjligt att ställa "
            "miljökrav avser upphandlingar av IT-tjänster, system och licenser. Inga krav på "
            "social hänsyn har ställts enligt Region Örebro läns riktlinje om social hänsyn "
            "vid upphandlingar. Skälen till det är bland annat att Arbetsförmedlingen "
            "genomfört nedskärningar av uppdrag kring sysselsättning för personer som står "
            "långt ifrån arbetsmarknaden samt rådande pandemi. Dock har krav på social hänsyn "
            "ställts i samtliga upphandlingar genom krav \"Inköp på lika villkor\" som "
            "tillvaratar perspektivet jämställdhet och barns rättigheter. Övriga dimensioner i "
            "begreppet social hänsyn har tillvaratagits i uppförandekoden. Mer information "
            "finns att läsa i Upphandlingsrapporten."
        ),
        Para(
            "Målsättningen i Program för hållbar utveckling är att den totala "
            "energianvändningen (el+värme+kyla) per kvadratmeter ska minska med 6 procent till "
            "2025. I indikatorn inkluderas nu även förbrukad fjärrkyla och utfallet för "
            "indikatorn jämförs mot 2019 års energianvändning. Utfallet per kvadratmeter för "
            "2021 är en minskning med -4,8 procent, vilket är betydligt bättre än uppsatt "
            "målvärde för 2021. Indikatorns utfall påverkas positivt av nybyggnationer, såsom "
            "H-huset."
        ),
        Para(
            "Skypemöten och videokonferenser har fortsatt att öka kraftigt jämfört med "
            "föregående år. Pandemin har medfört att fler möten skett digitalt istället för "
            "fysiskt. Skypemöten med ljud alternativt bild med fler än två användare ökade "
            "från 72 121 till 120 320 stycken (+68 procent) och videokonferensmöten ökade från "
            "11 458 till 20 463 stycken (+79 procent). I siffrorna ingår inte möten via Teams, "
            "Zoom, telefonmöten, virtuella mötesrum eller några andra plattformar för digitala "
            "möten. Inte heller möten där endast två personer deltar, då detta tidigare har "
            "ansetts ersätta ett telefonsamtal."
        ),
    ]


def _chapter6() -> list:
    return [
        Heading("Personalekonomi", "6", 1),
        Heading("Personalkostnader", "6.1", 2),
        # money only in the "Lönekostnad (40-41) (mnkr)" row; the "%" row is not money
        Table(
            header_rows=[["", "Utfall 2021", "Utfall 2020"]],
            rows=[
                TableRow("Lönekostnadsökningstakt (%)", ["6,0 %", "4,4 %"]),
                TableRow("Lönekostnad (40-41) (mnkr)", ["388,5", "366,5"]),
            ],
            columns=["Utfall 2021", "Utfall 2020"],
            kind="staff",
            unit="mnkr",
            title="Personalkostnader",
            ruled=False,
        ),
        Heading("Kostnadsanalys", "6.2", 2),
        # The printed label column is "Konto" (empty in the last two rows);
        # Kategori is the first value column.
        Table(
            header_rows=[[
                "Konto",
                "Kategori",
                "Utfall 2021, mnkr",
                "Utfall 2020, mnkr",
                "Förändring, mnkr",
                "Förändring %",
            ]],
            rows=[
                TableRow("4011+ 4081", ["Månadslöner", "298,2", "290,5", "7,7", "2,7"]),
                TableRow("4012", ["Timanställda", "10,2", "9,3", "0,9", "9,7"]),
                TableRow("4031", ["Obekväm arbetstid", "7,1", "6,5", "0,6", "9,2"]),
                TableRow("4032", ["Övertid/mertid", "8,2", "6,4", "1,8", "28,1"]),
                TableRow("4033", ["Jour och beredskap", "0,0", "4,5", "-4,5", "-100"]),
                TableRow(
                    "4040",
                    [
                        "Förändring skuld jour, beredskap och övertid",
                        "0,1",
                        "0",
                        "0,1",
                        "#DIVISION/0!",
                    ],
                ),
                TableRow(
                    "4110+ 4150",
                    ["Semesterkostnad inkl. skuldförändring", "50,6", "36,0", "14,6", "40,6"],
                ),
                TableRow("4120", ["Sjuklön", "6,4", "8,1", "-1,7", "-21,0"]),
                TableRow("", ["Övrigt konto 40xx-41xx", "7,7", "5,2", "2,5", "48,1"]),
                TableRow(
                    "",
                    ["Totalt kontoklass 40-41", "388,5", "366,5", "22,0", "6,0"],
                    bold=True,
                ),
            ],
            columns=[
                "Kategori",
                "Utfall 2021, mnkr",
                "Utfall 2020, mnkr",
                "Förändring, mnkr",
                "Förändring %",
            ],
            kind="staff",
            unit="mnkr",
            money_columns=[1, 2, 3],
            title="Kostnadsanalys",
            ruled=True,
            col_widths=[1.2, 2.9, 1.1, 1.1, 1.1, 1.2],
        ),
        Heading("Antal tillsvidareanställda årsarbetare", "6.3", 2),
        Table(
            header_rows=[[
                "Yrkesgrupp",
                "Antal årsarbetare per 31 dec 2021",
                "",
                "",
                "Antal årsarbetare per 31 dec 2020",
                "",
                "",
                "Förändring",
                "",
                "",
            ], [
                "",
                "Kvinnor",
                "Män",
                "Totalt",
                "Kvinnor",
                "Män",
                "Totalt",
                "Kvinnor",
                "Män",
                "Totalt",
            ]],
            rows=[
                TableRow(
                    "Biträdespersonal HS",
                    ["43,8", "10,0", "53,8", "34,7", "9,0", "43,7", "9,1", "1,0", "10,1"],
                ),
                TableRow(
                    "Städerska",
                    ["157,7", "37,0", "194,7", "147,5", "28,0", "175,5", "10,2", "9,0", "19,2"],
                ),
                TableRow(
                    "Kock/kallskänka/köksbiträde",
                    ["48,0", "9,0", "57,0", "48,5", "8,0", "56,5", "-0,5", "1,0", "0,5"],
                ),
                TableRow(
                    "Vaktmästare och förrädsarbetare",
                    ["18,0", "44,0", "62,0", "16,0", "42,0", "58,0", "2,0", "2,0", "4,0"],
                ),
                TableRow(
                    "Trädgårdsarb / trädgårdstekniker",
                    ["4,0", "6,0", "10,0", "3,0", "6,8", "9,8", "1,0", "-0,8", "0,3"],
                ),
                TableRow(
                    "Administratör",
                    ["110,8", "27,0", "137,8", "98,8", "27,0", "125,8", "12,0", "0,0", "12,0"],
                ),
                TableRow(
                    "Handläggare",
                    ["79,3", "87,5", "166,8", "88,3", "84,0", "172,3", "-9,0", "3,5", "-5,5"],
                ),
                TableRow(
                    "Chef",
                    ["37,0", "38,0", "75,0", "35,0", "36,0", "71,0", "2,0", "2,0", "4,0"],
                ),
                TableRow(
                    "Ingenjör/tekniker/hantverkare",
                    ["24,0", "143,3", "167,3", "20,0", "145,3", "165,3", "4,0", "-2,0", "2,0"],
                ),
                TableRow(
                    "Summa",
                    [
                        "522,6",
                        "401,8",
                        "924,4",
                        "491,8",
                        "386,1",
                        "877,9",
                        "30,8",
                        "15,7",
                        "46,6",
                    ],
                    bold=True,
                ),
            ],
            columns=[
                "Antal årsarbetare per 31 dec 2021 Kvinnor",
                "Antal årsarbetare per 31 dec 2021 Män",
                "Antal årsarbetare per 31 dec 2021 Totalt",
                "Antal årsarbetare per 31 dec 2020 Kvinnor",
                "Antal årsarbetare per 31 dec 2020 Män",
                "Antal årsarbetare per 31 dec 2020 Totalt",
                "Förändring Kvinnor",
                "Förändring Män",
                "Förändring Totalt",
            ],
            kind="staff",
            unit=None,
            title="Antal tillsvidareanställda årsarbetare",
            ruled=True,
            col_widths=[2.6, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        ),
        Para(
            "Jämfört med 31 december 2020, har Regionservice totalt 46,5 fler "
            "tillsvidareanställda årsarbetare. Utökningen förklaras till stor del (29,3 "
            "årsarbetare) av utökat uppdrag inom städavdelningen och vårdnära service där "
            "efterfrågan på tjänster har ökat."
        ),
        Para(
            "Ökningen av administratörer (12 årsarbetare) förklaras delvis av utökade tjänster "
            "inom televäxeln, centrala diariet och ekonomiadministrationen. Ökningen beror "
            "också på att tjänster som varit vakanta tillsatts under året, samt att "
            "nyanställda överlappat avgående medarbetare."
        ),
        Para(
            "Antalet utökningar av cheftjänster är i praktiken en tillsvidareanställd "
            "gruppchef på vårdnära service och en tillförordnad gruppchef på "
            "upphandlingsavdelningen. Övriga två förklaras av en vikarierande gruppchef på "
            "städavdelningen samt att en chef tillträtt en tjänst som varit vakant."
        ),
        Para(
            "Inom flera av Regionservice områden har tidigare vakanshållna tjänster tillsatts "
            "under året, då trycket på förvaltningens tjänster är fortsatt högt."
        ),
        Para(
            "Antalet visstidsanställda har minskat med 18,3 årsarbetare jämfört med samma "
            "period föregående år. Förklaringen är att visstidsanställda medarbetare har "
            "tillsvidareanställts utifrån den ökade efterfrågan på tjänster inom Område "
            "försörjning samt att övriga verksamheters behov av visstidsanställda varierar "
            "sett till olika perioder."
        ),
        Heading("Sjukfrånvaro", "6.4", 2),
        Table(
            header_rows=[[
                "Kategori",
                "Utfall 2021",
                "",
                "",
                "Utfall 2020",
                "",
                "",
                "Förändring antal timmar, %",
                "",
                "",
            ], [
                "",
                "Kvinnor",
                "Män",
                "Totalt",
                "Kvinnor",
                "Män",
                "Totalt",
                "Kvinnor",
                "Män",
                "Totalt",
            ]],
            rows=[
                TableRow(
                    "Schemalagda timmar",
                    [
                        "1 192 778",
                        "910 865",
                        "2 103 642",
                        "1 122 177",
                        "875 406",
                        "1 997 583",
                        "70 601",
                        "35 459",
                        "106 059",
                    ],
                ),
                TableRow(
                    "Sjukfrånvaro, korttidsfrånvaro (tim)",
                    [
                        "37 564",
                        "21 488",
                        "59 052",
                        "37 854",
                        "22 531",
                        "60 385",
                        "-290",
                        "-1 043",
                        "-1 333",
                    ],
                ),
                TableRow(
                    "Sjukfrånvaro, långtidsfrånvaro (tim)",
                    [
                        "51 097",
                        "20 695",
                        "71 792",
                        "48 920",
                        "23 307",
                        "72 227",
                        "2 177",
                        "-2 612",
                        "-435",
                    ],
                ),
                TableRow(
                    "Sjukfrånvaro totalt (tim)",
                    [
                        "88 661",
                        "42 183",
                        "130 844",
                        "86 774",
                        "45 838",
                        "132 612",
                        "1 887",
                        "-3 655",
                        "-1 768",
                    ],
                ),
                TableRow(
                    "Sjukfrånvaro, korttidsfrånvaro % *",
                    [
                        "3,15 %",
                        "2,36 %",
                        "2,81 %",
                        "3,37 %",
                        "2,57 %",
                        "3,02 %",
                        "-0,22 %",
                        "-0,21 %",
                        "-0,22 %",
                    ],
                ),
                TableRow(
                    "Sjukfrånvaro, långtidsfrånvaro % *",
                    [
                        "4,28 %",
                        "2,27 %",
                        "3,41 %",
                        "4,36 %",
                        "2,66 %",
                        "3,62 %",
                        "-0,08 %",
                        "-0,39 %",
                        "-0,20 %",
                    ],
                ),
                TableRow(
                    "Sjukfrånvaro totalt % *",
                    [
                        "7,43 %",
                        "4,63 %",
                        "6,22 %",
                        "7,73 %",
                        "5,24 %",
                        "6,64 %",
                        "-0,30 %",
                        "-0,61 %",
                        "-0,42 %",
                    ],
                ),
            ],
            columns=[
                "Utfall 2021 Kvinnor",
                "Utfall 2021 Män",
                "Utfall 2021 Totalt",
                "Utfall 2020 Kvinnor",
                "Utfall 2020 Män",
                "Utfall 2020 Totalt",
                "Förändring antal timmar, % Kvinnor",
                "Förändring antal timmar, % Män",
                "Förändring antal timmar, % Totalt",
            ],
            kind="staff",
            unit=None,
            title="Sjukfrånvaro",
            ruled=False,
            col_widths=[2.6, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        ),
        Para("*) Procent av schemalagd tid"),
        Para(
            "Regionservice sjukfrånvaro är 6,22 procent och ligger i nivå med Region Örebro "
            "län som helhet (6,13 procent). Sjukfrånvaron för Regionservice har minskat totalt "
            "med 0,42 procentenheter jämfört med samma period förra året. Korttidsfrånvaron "
            "har minskat inom samtliga områden och ligger nu nära samma nivå som före "
            "pandemin. Långtidsfrånvaron har minskat inom samtliga områden, utom ett där den "
            "har ökat något."
        ),
        Para(
            "Variationen i sjukfrånvaro är stor mellan Regionservice områden. De områden som "
            "har hög långtidssjukfrånvaro har utarbetade rutiner för att arbeta med "
            "arbetsanpassning. Samtliga områden arbetar förbyggande för att "
            "korttidsjukfrånvaro inte ska övergå i långtidssjukfrånvaro, till exempel genom "
            "regelbundna uppföljningar och insatser för medarbetare med upprepad "
            "korttidsjukfrånvaro. Förvaltningen har ett utarbetat samarbete med Regionhälsan "
            "kring sjukfrånvaro och arbetsanpassning. Inom de områden som har hög "
            "korttidsfrånvaro har cheferna regelbundna avstämningar med företagssköterska."
        ),
    ]


def _chapter7() -> list:
    return [
        Heading("Framtida utmaningar", "7", 1),
        Para("Sammanfattningsvis är de viktigaste utmaningarna under kommande år:"),
        Bullets(
            [
                "Tjänster för att möta omvärldens krav samt den digitala förflyttningen",
                "Effektiviseringar kopplade till besparingar",
                "Hitta metoder och systematik för dialog med kund",
                "Klimatförändringarna är en av vår tids största utmaningar.",
                "Hållbart ledar- och medarbetarskap med förflyttning till en mer modern "
                "organisation",
            ]
        ),
        Para(
            "Pandemin fortsätter att påverka stora delar av Regionservice verksamheter. Det "
            "krävs snabba omställningar för att tillgodose ett förändrat behov hos patienter "
            "och vårdverksamheter, till exempel uppbyggnad av vård- och IVA-platser, "
            "provtagning, vaccination och digitala mottagningar. Akuta omställningar och ökade "
            "leveranser riskerar att påverka viktiga planerade förändrings- och "
            "utvecklingsarbeten, som i så fall behöver stå tillbaka och utföras i mindre "
            "omfattning."
        ),
        Para(
            "Besparingskraven behöver hållas i och hållas ut för att klara framtida "
            "utmaningar. Med begränsade resurser behöver Regionservice verksamheter ta fram "
            "innovativa lösningar för att Region Örebro län långsiktigt ska kunna fortsätta "
            "att leverera välfärd på en hög nivå för att invånarnas och samhällets behov ska "
            "tillgodoses på bästa sätt."
        ),
        Para(
            "Att ha goda relationer är avgörande för att vi ska kunna skapa värde för de vi "
            "finns till för. Här är utmaningen att hitta metoder och systematik för att "
            "tillsammans med kunder och intressenter utveckla samverkansforum och arbetssätt."
        ),
        Para(
            "En bra serviceorganisation har tjänster som skapar värde för kund och levereras "
            "med hög leveransprecision. Med en omvärld i förändring skärps kraven på "
            "verksamheternas uppfattnings- och anpassningsförmåga och kapacitet att agera. "
            "Regionservice har både ett operativt och strategiskt ansvar. Att kunna anpassa "
            "tjänster och arbetssätt för att möta omvärldens utmaningar är avgörande. "
            "Förflyttning till digitalarbetsplats ska fortsätta."
        ),
        Para(
            "Klimatet förändras redan nu i snabb takt och medför stor påverkan på många "
            "viktiga samhällsfunktioner och verksamheter. För att möta utmaningarna och minska "
            "påverkan på klimatet krävs stora insatser. Det kräver samarbete, innovation och "
            "effektiv resurshushållning för att lyckas. Region Örebro läns hållbarhetsprogram "
            "ger till viss del vägledning i arbetet. Regionservice verksamheter behöver ställa "
            "om arbetssätt, tjänster och produkter för att bidra till att minska "
            "klimatutsläppen, men också planera för att möta klimatförändringarnas påverkan "
            "och upprätthålla samhällsviktiga funktioner."
        ),
        Para(
            "Det sker just nu en transformering av arbetsmarknaden. Tankeförmåga, kreativitet, "
            "samarbete och att kombinera kunskap växer i betydelse. Vi ser förändrade "
            "förväntningar på arbetslivet med krav på moderna arbetssätt och modern teknik. "
            "För att Regionservice ska fortsätta vara en attraktiv arbetsgivare behöver vi "
            "möta detta och vara en organisation med modernt ledarskap, medarbetarskap och "
            "arbetssätt."
        ),
    ]


def _control_plan() -> ControlPlan:
    """Section 8.1 as the seed prints it: per area a heading line, per risk a bold
    paragraph and a ``Status | Åtgärd`` table; ✓ (✔ where the seed prints the heavy
    check mark) = Avslutad, ⚠ = Ej genomförd, None where the seed lost the symbol."""
    return ControlPlan(
        areas=[
            ControlArea('HR', [ControlRisk(
                'Risken att systematiskt arbetsmiljöarbete (SAM) inte efterlevs.',
                [
                    ControlAction(
                        (
                            'Regionövergripande åtgärd: Varje chef ska säkerställa efterlevnaden av SAM '
                            'utifrån de regionövergripande dokument som finns, och uppföljning ska ske i '
                            'ledningsgrupper och i samverkansgrupper.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Den ger SAM, som är och ska vara '
                                'en självklar del i den kontinuerliga verksamheten, extra fokus. Alla '
                                'verksamheter inom Regionservice arbetar kontinuerligt med att säkerställa '
                                'efterlevnaden av SAM genom framförallt regelbundna individuella avstämningar, '
                                'arbetsplatsträffar, ledningsgrupper och där så är tillämpligt, '
                                'samverkansgrupper. Flera verksamheter med hög sjukfrånvaro har även regelbundna '
                                'avstämningar med Regionhälsan och respektive ledningsgrupp. Alla nya chefer får '
                                'en övergripande introduktion i arbetsmiljö där även Regionhälsan deltar. '
                                'Förvaltningen har som komplement till Region Örebro läns medarbetar- och '
                                'säkerhetsenkät även vid ett par tillfällen genomfört en mindre HME-mätning för '
                                'att "mäta temperaturen" i organisationen med lite tätare intervall.'
                            ),
                            (
                                'Ska risken ingå i nästkommande års riskanalys? Ja, för att ytterligare stärka '
                                'och utveckla den uppföljande delen av SAM.'
                            ),
                        ],
                    ),
                ],
            )]),
            ControlArea('Ekonomi', [ControlRisk(
                (
                    'Risken att projektet att införa ett nytt ekonomisystem inte klarar att leverera '
                    'resultat enligt mål i projektplan.'
                ),
                [
                    ControlAction(
                        (
                            'Säkerställ att överlämnat supportansvar från projektet bemannas med nödvändiga '
                            'resurser i supportorganisationen (servicecenter och förvaltningsobjektet '
                            'ekonomistöd) under driftstartsperioden.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Överlämning av support har skett i'
                                ' samarbete mellan servicecenter och införandeprojektet där Område administrativ '
                                'utveckling och service, Område IT samt Område kundtjänst deltagit. Under '
                                'driftstartsperioden har förvaltningsobjektet fört en löpande dialog för att '
                                'säkerställa att mottagande supportorganisation kunnat hantera organisationens '
                                'ökade efterfrågan av support.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Nej',
                        ],
                    ),
                    ControlAction(
                        (
                            'Utvärdera användarstödet efter driftstart. Vid behov ta fram kompletterande '
                            'utbildningsinsatser och användarstöd. Förvaltningsobjektet ekonomistöd ska ta '
                            'fram en plan för löpande utbildningar.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Under våren har '
                                'slutanvändarutbildningar genomförts. Det pågår i dagsläget en diskussion inom '
                                'förvaltningsobjektet om framtida utbildningsplaner. Chefer inom Regionservice '
                                'har fått introduktion till utdata-modulen i Raindance. Flera utbildningsinsatser'
                                ' har genomförts under året.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Nej',
                        ],
                    ),
                    ControlAction(
                        (
                            'Förvaltningsobjektet ekonomistöd ska åtgärda eventuella avvikelser utifrån '
                            'överlämnad utvärdering av ekonomisystemet gentemot effektmål i projektplan.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Förvaltningsobjektet har under maj'
                                ' haft överlämning med samtliga delprojektledare. Till varje överlämning har en '
                                'rapport upprättats där åtgärds punkter framgår. Åtgärderna har hanterats under '
                                'hösten och kommer vid behov föras in i nästa års förvaltningsplan. Sammantaget '
                                'var antalet restpunkter få.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Nej',
                        ],
                    ),
                    ControlAction(
                        (
                            'Regionövergripande åtgärd: Säkerställ att slutanvändarna genomför utbildning och'
                            ' får stöd i det nya ekonomisystemet.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Projektet har inför driftsättning '
                                'genomfört användarutbildningar och sammanställt utbildningsmaterial för aktuella'
                                ' slutanvändargrupper. Utbildningsmaterial finns publicerat på regionens '
                                'intranät. Kommunikation gällande utbildningar har skett enligt projektets '
                                'kommunikationsplan. Det har också funnits möjlighet att delta på öppna digitala '
                                'möten för att kunna ställa frågor. Utbildning har fortsatt skett löpande i det '
                                'nya systemet och supportfunktionen ger stöd vid behov.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Nej',
                        ],
                    ),
                ],
            )]),
            ControlArea('Informationssäkerhet', [ControlRisk(
                (
                    'Risken att verksamheten inte efterlever tillämplig dataskyddslagstiftning (GDPR '
                    'och Patientdatalagen). Samt NIS-direktivet och lag (2018:1174) om '
                    'informationssäkerhet för samhällsviktiga och digitala tjänster.'
                ),
                [
                    ControlAction(
                        (
                            'Regionövergripande åtgärd: Säkerställ ett systematiskt och riskbaserat '
                            'informationssäkerhetsarbete med användande av de resurser som i prioritering i '
                            'förhållande till andra angelägna verksamheter, kan anslås. All berörd personal '
                            'ska ha god kunskap om och medverka till att följa regelverk för '
                            'informationssäkerhet, att informationsklassa och riskbedöma vid inköp, '
                            'upphandling och förändring som kan påverka informationssäkerheten.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Regionens verksamheter har '
                                'fortlöpande arbetat med en rad olika aktiviteter, bland annat har några '
                                'genomfört on-lineutbildningar i informationssäkerhet och andra har planerat '
                                'sådan utbildning under 2022. Inom förvaltningsobjekten är informationssäkerhet '
                                'en naturlig del av det löpande förvaltningsarbetet. Område IT har tagit fram en '
                                'handbok i informationssäkerhet för att höja kunskapen inom '
                                'informationssäkerhetsområdet, och även tydliggöra hur man arbetar systematiskt '
                                'och riskbaserat. Tjänsten som Regionens säkerhetssamordnare har varit vakant '
                                'sedan februari. Det har inneburit att utveckling av det systematiska arbetet på '
                                'förvaltningsnivå har fått stå tillbaka. En säkerhetsgrupp finns sedan tidigare '
                                'etablerad med representanter från respektive område inom Regionens service, och '
                                'i gruppen kan risker och åtgärder hanteras för att förbättra '
                                'informationssäkerheten. Regionens service deltar också i Region Örebro läns '
                                'informationssäkerhetsråd.'
                            ),
                            (
                                'Ska risken ingå i nästkommande års riskanalys? Ja, det är ett kontinuerligt '
                                'arbete utifrån förändrade förutsättningar och hotbilder.'
                            ),
                        ],
                    ),
                    ControlAction(
                        (
                            'Regionövergripande åtgärd: Säkerställ att informationsklassning av IT-stöd som '
                            'innehåller personuppgifter har genomförts i enlighet med riktlinje för '
                            'informationsklassning.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja 17 vårdssystem är '
                                'informationsklassade, 0 återstår. 55 stödsystem är informationsklassade, 5 '
                                'återstår och som ska planeras in under 2022. 1 övrigt system återstår för '
                                'informationsklassning under 2022.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Ja',
                        ],
                    ),
                    ControlAction(
                        (
                            'Regionövergripande åtgärd: Informationsägare/objektägare ska säkerställa att '
                            'identifierade informationssäkerhetsbrister åtgärdas.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Arbetet pågår för att åtgärda '
                                'redan identifierade informationssäkerhetsbrister. Nya hotbilder kräver en '
                                'kontinuerlig översyn för att motverka eventuellt nya uppkomna säkerhetsbrister.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Ja',
                        ],
                    ),
                ],
            )]),
            ControlArea('Kvalitet och utveckling', [ControlRisk(
                (
                    'Risken att arbetssätt/processer inte utgår och tar hänsyn till intressenters '
                    'krav och behov samt skapar förutsägbara resultat.'
                ),
                [
                    ControlAction(
                        (
                            'Risken hanteras genom mål och indikatorer inom strategin kvalitet och '
                            'utveckling. Återrapporering av status sker i delårs- och helårsrapportering.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Se mål och indikatorer inom '
                                'strategin kvalitet och utveckling.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Nej',
                        ],
                    ),
                ],
            )]),
            ControlArea('Juridik', [ControlRisk(
                'Risken att otillbörlig påverkan, muta/bestickning och korruption förekommer.',
                [
                    ControlAction(
                        (
                            'Regionövergripande åtgärd: Implementera ny riktlinje när denna är framtagen och '
                            'beslutad.'
                        ),
                        status='⚠',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ej genomförd. Avvaktar ny riktlinje '
                                'från regionkansliet. Den nya riktlinjen kommer sedan implementeras.'
                            ),
                            (
                                'Ska risken ingå i nästkommande års riskanalys? Nej, hanteras och implementeras '
                                'på samma sätt som övriga nya riktlinjer inom Region Örebro län.'
                            ),
                        ],
                    ),
                    ControlAction(
                        'Se över och vid behov revidera Riktlinje leverantörskontakter, Regionservice.',
                        status='⚠',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ej genomförd. Riktlinjen reviderades '
                                'under sommaren 2020 och i väntan på den nya regionövergripande riktlinjen '
                                'avvaktar vi ytterligare aktiviteter.'
                            ),
                            (
                                'Ska risken ingå i nästkommande års riskanalys? Nej, behov av revidering av '
                                'styrande dokument hanteras genom i dokumenthanteringssystemet Platina.'
                            ),
                        ],
                    ),
                    ControlAction(
                        (
                            'Genomför riskanalys och riktade utbildningsinsatser för att få god följsamhet '
                            'till Regionservice riktlinje för leverantörskontakter.'
                        ),
                        status='✓',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja. Fem av sex områden och stab har '
                                'genomfört åtgärden. Områdena har identifierat berörda personer och haft riktad '
                                'utbildning eller informerat medarbetarna om innehållet i riktlinjen. I december '
                                'genomfördes två frukostmöten för Regionservice chefer utifrån detta tema. Det '
                                'gav en ökad förståelse för riktlinjens innebörd och varför detta är en risk som '
                                'verksamheterna behöver vara uppmärksamma på och arbeta med. Information om '
                                'riktlinjen sker även fortlöpande vid introduktion av nya medarbetare.'
                            ),
                            (
                                'Ska risken ingå i nästkommande års riskanalys? Nej. Förvaltningschef ansvarar '
                                'för att följa upp åtgärden för den verksamhet som inte genomfört åtgärden under '
                                'året.'
                            ),
                        ],
                    ),
                ],
            )]),
            ControlArea('Kontinuitetshandling', [ControlRisk(
                (
                    'Risken att Regionservice inte kan bedriva verksamhet vid en större '
                    'samhällsstörning och därmed inte leverera material och tjänster till kunder som '
                    'har samhällskritisk verksamhet (revisionsrapport).'
                ),
                [
                    ControlAction(
                        (
                            'I samarbete med uppdragsgivarna fastställa kraven; vad som är kritiskt och '
                            'miniminivå för leverans av material/tjänster.'
                        ),
                        status=None,
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Delvis. I samband med pandemin har '
                                'åtgärden genomförts inom Område administrativ utveckling och service, och där '
                                'bidragit till önskad effekt. Behöver där inte ingå i nästkommande års '
                                'riskanalys. Inom övriga områden pågår åtgärder. Ett aktivt arbete pågår '
                                'tillsammans med Hälso- och sjukvården vad gäller material och artiklar som '
                                'behöver finnas i det så kallade pandemilagret. Arbete med tekniska '
                                'försörjningsplaner pågår i samarbete med övriga förvaltningar där kravnivåer '
                                'fastställs. I samband med pandemin har behoven uppmärksammats och flera åtgärder'
                                ' vidtagits för att i första hand säkerställa tillgången till medicinteknisk '
                                'utrustning, men även till viss del förbrukningsartiklar där tillgången '
                                'tillfälligt försämrats av olika anledningar i leverantörsleden. En '
                                'kontinuitetsplan för de kritiska IT-systemen har tagits fram och är avstämd med '
                                'Hälso- och sjukvården. Inom Område kundtjänst har kontakt tagits med funktionen '
                                'ledningsstöd inom Hälso- och sjukvården där en dialog om servicenivå planeras '
                                'under 2022.'
                            ),
                            (
                                'Ska risken ingå i nästkommande års riskanalys? Ja, det är ett långsiktigt '
                                'arbete.'
                            ),
                        ],
                    ),
                    ControlAction(
                        (
                            'Ta fram metodstöd som möjliggör ett systematiskt arbetssätt med '
                            'kontinuitetsplanering för förvaltningen.'
                        ),
                        status=None,
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Åtgärden att ta fram metodstöd har '
                                'inte genomförts enligt plan. Arbetet behöver genomföras i samarbete med '
                                'regionkansli och övriga förvaltningar. Regionservice har för tillfället ingen '
                                'resurs som kan hålla ihop arbetet då tjänsten säkerhetssamordnare är vakant från'
                                ' och med februari 2021.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Ja',
                        ],
                    ),
                    ControlAction(
                        'Ta fram kontinuitetsplan för verksamheten.',
                        status=None,
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Delvis. Område IT har tagit fram en '
                                'kontinuitetsplan som ger bra stöd i arbetet med att säkra '
                                'kontinuitetshandlingen. Inom övriga områden har arbetet kommit olika långt. '
                                'Regionservice som förvaltning behöver arbeta mer strukturerat med '
                                'kontinuitetshandlingen och ge stöd till verksamheterna. Det kan ske först under '
                                '2022 när säkerhetssamordnartjänsten i Regionservice är tillsatt. Under året har '
                                'bland annat en "table-top"-övning genomförts i Område försörjnings '
                                'ledningsgrupp. Scenariot var "otjänligt vatten". Regionservice har arbetat '
                                'aktivt tillsammans med säkerhets- och beredskapsfunktionen inom Hälso- och '
                                'sjukvården med införande av uppdaterat larmflöde vid driftsstörning. Nya '
                                'larmflödet togs i bruk 24 maj. Nu fortsätter förvaltningen med en översyn av '
                                'rutiner och åtgärdsplaner vid vattenavbrott eller otjänligt vatten inom Hälso- '
                                'och sjukvården. Vid dessa händelser har flera av Regionservice områden avgörande'
                                ' uppdrag. I mars beslöt Regionservice ledningsgrupp att införa funktionen '
                                'Service i Beredskap (SiB). Införandet kommer ske först när nya '
                                'säkerhetssamordnaren är på plats. Tillsvidare sker fortsatt arbete i områdena '
                                'med att förbereda införandet.'
                            ),
                            (
                                'Ska risken ingå i nästkommande års riskanalys? Ja, det är ett långsiktigt '
                                'arbete.'
                            ),
                        ],
                    ),
                    ControlAction(
                        (
                            'Område fastigheter ska bidra i det fortsatta arbetet med frågan om erforderlig '
                            'tillgång på diesel. Det är för att säkerställa att regionens verksamhet kan '
                            'genomföras även under ansträngda förhållanden.'
                        ),
                        status='✔',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Område Fastigheter leder arbetet med '
                                'att ta fram tekniska försörjningsplaner där tillgången till diesel ska hanteras.'
                                ' Projektet ska säkerställa att de tekniska systemen på regionens tre sjukhus, '
                                'Lindesberg och Karlskoga lasarett samt USÖ, är robusta, redundanta, driftsäkra '
                                'samt har tillräcklig kapacitet idag och 20 år framåt. Hälso- och '
                                'sjukvårdsförvaltningen finns med i arbetet. Hanteringen av diesel är ännu inte '
                                'omhändertagen i projektet. Målsättningen är att den tekniska försörjningsplanen '
                                'ska vara färdig under våren 2022.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Ja',
                        ],
                    ),
                ],
            )]),
            ControlArea('Medicinteknisk säkerhet', [ControlRisk(
                (
                    'Risken att berörda verksamheter inom Regionservice inte efterlever gällande '
                    'lagstiftning rörande medicintekniska produkter (MTP).'
                ),
                [
                    ControlAction(
                        (
                            'Område medicinsk teknik anpassar system och utbildar berörda verksamheter i '
                            'reviderad riktlinje och handbok medicintekniska produkter (MTP).'
                        ),
                        status='✔',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Ja, ett nytt ledningssystem för '
                                'medicintekniska produkter i enlighet med EU:s medicintekniska direktiv är '
                                'framtaget och fastställt i regionen. Aktiviteter så som anpassning av '
                                'ledningssystemet och utbildning har pågått/pågår för att säkerställa att den nya'
                                ' förordningen är förankrad i verksamheten. Eventuellt kommer en webbaserad '
                                'utbildning för vårdpersonal att tas fram.'
                            ),
                            (
                                'Ska risken ingå i nästkommande års riskanalys? Ja, men då rörande '
                                'egentillverkning av medicintekniska produkter.'
                            ),
                        ],
                    ),
                ],
            )]),
            ControlArea('Medicinteknisk anskaffning', [ControlRisk(
                (
                    'Risken att den interna kontrollen inte är tillräcklig gällande anskaffning och '
                    'redovisning av medicinsk teknik. (Revisionsrapport 19RS3049)'
                ),
                [
                    ControlAction(
                        (
                            'Genomför en spendanalys avseende den utrustning som Område medicinsk teknik '
                            'upphandlar.'
                        ),
                        status='✔',
                        comment=[
                            (
                                'Har åtgärden bidragit till önskad effekt? Område medicinsk teknik har sedan '
                                'januari 2021 infört rutiner som säkerställer att avtal för medicinteknisk '
                                'utrustning som upphandlas av området, registreras i regionens övergripande '
                                'system för spendanalys (Spendency). Alla upphandlingar som omfattas av områdets '
                                'process för upphandling finns numera korrekt redovisade som att de är handlade '
                                'på avtal i Spendency. Detta innebär en ökad tillförlitlighet i Spendency. '
                                'Kategori Medicinsk teknik omfattar dock mycket mer än det som upphandlas av '
                                'Område medicinsk teknik, till exempel förbrukningsartiklar och hjälpmedel. I '
                                'Spendency syns fortfarande en stor andel för kategori Medicinsk teknik som '
                                'handlas utan avtal. Det är rimligt att anta att förbrukningsartiklar som handlas'
                                ' direkt av verksamheterna bidrar till detta. Önskas en spendanalys på just det '
                                'som upphandlas av Område medicinsk teknik finns mer korrekt underlag att ta fram'
                                ' från de dokument och rapporter som området sedan tidigare använder för '
                                'redovisning. Ur dessa rapporter kan information om vilka leverantör det '
                                'upphandlats från, kostnad/leverantör och liknande enkelt plockas ut vid behov. '
                                'Ytterligare en förbättring av indata i Spendency skulle vara en genomgång av '
                                'serviceavtal, för att säkerställa att dessa finns registrerade i Spendency.'
                            ),
                            'Ska risken ingå i nästkommande års riskanalys? Nej',
                        ],
                    ),
                ],
            )]),
        ],
    )


def _chapter8() -> list:
    return [
        Heading("Intern styrning och kontroll", "8", 1),
        Para(
            "Intern styrning och kontroll (ISK) är en process som regionstyrelsen, nämnderna "
            "och verksamhetsledningarna har för att tillsammans upprätthålla en effektiv "
            "ledning och styrning av verksamheten. Processen ska säkerställa en ändamålsenlig "
            "och lagenlig verksamhet, det vill säga att verksamheten bedrivs i enlighet med de "
            "krav som ställs på verksamheten:"
        ),
        Para("Intern styrning", style="bold"),
        Bullets(
            [
                "a) Att verksamheten fullgör sina föreskrivna uppgifter samt uppnår "
                "beslutade mål och uppdrag.",
                "b) Att verksamheten bedrivs inom tilldelade ekonomiska ramar.",
            ]
        ),
        Para("Intern kontroll", style="bold"),
        Bullets(
            [
                "c) Att verksamheten följer de styrande dokument som Region Örebro län har "
                "beslutat samt lagar, förordningar, föreskrifter och avtal som gäller för "
                "verksamheten.",
                "d) Att redovisningen och uppföljningen av verksamheten och ekonomin är "
                "rättvisande och ändamålsenlig.",
                "e) Att informationssäkerheten är tillgodosedd utifrån kraven på "
                "konfidentialitet, riktighet, tillgänglighet och spårbarhet.",
            ]
        ),
        Para(
            "Den interna kontrollen ska vara tillräcklig enligt Kommunallagen (KL) 6 kap. 6 §. "
            "Med tillräcklig menas att processen för den interna styrningen och kontrollen ska "
            "vara ändamålsenligt utformad efter verksamhetens förutsättningar, art och "
            "omfattning."
        ),
        Para(
            "Nämnderna ansvarar för att verksamheten inom sina ansvarsområden bedrivs i "
            "enlighet med kraven samt att verksamheten inom sina ansvarsområden upprätthåller "
            "en tillräcklig intern styrning och kontroll."
        ),
        Para(
            "Regionstyrelsen ska utifrån sin uppsiktsplikt göra ett utlåtande i "
            "årsredovisningen om den interna styrningen och kontrollen för verksamheten inom "
            "Region Örebro län har varit tillräcklig."
        ),
        Heading("Internkontrollplan", "8.1", 2),
        _control_plan(),
        Heading("ISK-bedömning", "8.2", 2),
        Para(
            "Den interna styrningen och kontrollen (ISK-processen) är en integrerad del av "
            "planeringen, genomförandet, uppföljningen och förbättringen av verksamheten inom "
            "servicenämndens ansvarsområde. Arbetet bidrar till att verksamheten bedrivs "
            "ändamålsenligt och lagenligt, det vill säga i enlighet med krav a-e. "
            "ISK-processen är dokumenterad i enlighet med Riktlinjen för intern styrning och "
            "kontroll."
        ),
        Para(
            "Den interna styrningen och kontrollen är ändamålsenligt utformad och det "
            "beslutade arbetssättet har tillämpats i verksamheten. Därmed bedöms den interna "
            "styrningen och kontrollen som tillräcklig."
        ),
    ]


def spec() -> DocSpec:
    """The Verksamhetsberättelse helår 2021 sample, chapters 4–8."""
    return DocSpec(
        stem="vb-2021-servicenamnden",
        doc_type="verksamhetsberattelse",
        year=2021,
        organisation="Servicenämnden",
        title="Verksamhetsberättelse helår 2021",
        running_header="Servicenämnden, Verksamhetsberättelse helår 2021",
        blocks=[*_chapter4(), *_chapter5(), *_chapter6(), *_chapter7(), *_chapter8()],
        font="sans",
        title_page_lines=[],
    )
