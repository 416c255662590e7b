"""Sample spec: Servicenämnden, Verksamhetsplan med budget 2023 (seed 004).

Hand-transcribed from ``shared/seeds/004_2d3acfac002a568e.txt`` (pdftotext
output) with the conversion damage undone: line-break hyphenation joined
("Regionser-/vice" → "Regionservice", "NIS-/direktivet" → "NIS-direktivet",
"Kontinuitets-/hantering" → "Kontinuitetshantering") while compound hyphens
before och/eller/samt are kept ("vård- och IVA-platser", "avdelnings-
och/eller gruppchef"); table columns rebuilt from runs of spaces; header
cells split over lines ("Omsätt-/ning", "Varav/budget-/ram") rejoined;
multi-line IK-plan cells rebuilt into one risk per row.

Nothing is shortened: every paragraph of the seed is here.  What was left
out or normalised:

- The seed has no title page, contents or running header (pdftotext dropped
  them); the running header follows the other plans ("Servicenämnden,
  Verksamhetsplan med budget 2023").
- Images are lost in the seed and are not invented here: the vision graphic
  after "Region Örebro läns vision:" (the vision itself is quoted in chapter
  5: "Tillsammans skapar vi ett bättre liv"), the värdegrund graphic, the
  styrmodell figure in chapter 5 and the RUS figure under "Strategi: Hållbar
  regional utveckling".
- The list under "Regionservice digitalisering ska möjliggöra:" had symbol
  bullets (lost in the seed) and a second level: two Bullets blocks, "•"
  for the first level and "–" for the second.
- In the IK-plan the first Informationssäkerhet åtgärd holds two bullets in
  its cell ("• All berörd personal …, • Informationsklassa …"); the bullet
  marks are dropped and the text is kept as printed (capital "I" after the
  comma included).  The risk's third åtgärd is printed after the page break
  (header row repeated) in the source: it is ONE risk with three åtgärder.
- "Förklaringar till IK-planen nedan:" is a plain line, not a heading.
- The Fastighetsinvesteringar header cell holds "Förvaltning, projekt" over
  the explanation "Med information om projekt där …"; the explanation is an
  italic paragraph directly above the table here, the header row keeps
  "Förvaltning, projekt" | "Belopp, mnkr".  Its "<nämnd> totalt:" rows carry
  the subtotal of their nämnd (bold); only projects over 10 mnkr are listed
  under them, so the listed projects do not add up to the subtotal (source
  fact), while the seven subtotals add up to the Summa (347,5).

Source facts kept as printed (not errors of transcription):

- Driftbudget: "Prognos 2022 / Varav budgetram" is printed 49,8 (positive)
  for Förvaltningsgemensamt and Summa, while the Resultatbudget prints
  Prognos 2022 Resultat -16,5 and Budget 2022 -49,8.
- Nyckeltal: "7,20 %" with two decimals, "3,0 %" and "5,2 %" with one.
- Investeringsbudget: "0" in the 2023 and 2022 prognosis columns, "0,0" in
  Budget 2022.
- Typos of the source are kept: "säkerhetsställa", "samhällsbyggnads-nämnden",
  "Samtidigt är läget för klimatet är akut", "likaså är vårt interna
  samarbete är en framgångsfaktor", "strategiskt kompetensförsörjning",
  "processen för den intern styrning", "Tvätt/skur maskiner",
  "Driftstjänster:".

All Summa rows of the money tables add up exactly (checked in
tests/test_spec_vp2023.py).
"""

from __future__ import annotations

from samples.generator.spec import (
    Activities,
    AssignmentList,
    Block,
    Bullets,
    DocSpec,
    Goal,
    Heading,
    Indicators,
    PageBreak,
    Para,
    RiskRow,
    RiskTable,
    Strategies,
    Table,
    TableRow,
)

_TITLE = "Verksamhetsplan med budget 2023"


def spec() -> DocSpec:
    """The whole document as a :class:`DocSpec`, in reading order."""
    blocks: list[Block] = [
        *_chapters_1_to_3(),
        *_chapter_4(),
        *_chapter_5_intro(),
        *_perspektiv_process(),
        *_perspektiv_resurs(),
        *_chapter_6(),
        *_chapters_7_to_9(),
        *_internkontrollplan(),
        *_bilaga_investeringar(),
    ]
    return DocSpec(
        stem="vp-2023-servicenamnden",
        doc_type="verksamhetsplan",
        year=2023,
        organisation="Servicenämnden",
        title=_TITLE,
        running_header=f"Servicenämnden, {_TITLE}",
        blocks=blocks,
        font="serif",
    )


# --------------------------------------------------------------------------
# 1–3


def _chapters_1_to_3() -> list[Block]:
    return [
        Heading("Inledning", "1", 1),
        Para(
            "Denna verksamhetsplan utgör styrdokument för servicenämnden och förvaltningen "
            "Regionservice. Servicenämnden ska bereda och besluta i frågor som berör förvaltning "
            "och drift av Region Örebro läns serviceverksamheter."
        ),
        Para(
            "Nämnden ska se till att verksamheten, inom tilldelade ekonomiska ramar, bedrivs i "
            "enlighet med de mål och riktlinjer som regionfullmäktige har beslutat samt de lagar "
            "och föreskrifter som gäller för verksamheten."
        ),
        Para(
            "Nämnden ska också se till att den interna kontrollen är tillräcklig samt att "
            "verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Nämnden står under "
            "regionstyrelsens uppsikt och ansvarar för sin verksamhet inför regionfullmäktige. "
            "Nämnden har inte arbetsgivaransvaret utan det ligger på regionstyrelsen. Nämnden är "
            "dock angelägen att bidra till arbetet inom målområdet attraktiv arbetsgivare och "
            "kompetensförsörjning."
        ),
        Heading("Vision och värdegrund", "2", 1),
        Para("Region Örebro läns vision:"),
        Para("Region Örebro läns värdegrund:"),
        Bullets(
            [
                "Samarbete – Vi lyfter varandra och samverkar över gränser. Det är vår förmåga "
                "till samarbete som ger kraft att tillsammans skapa ett bättre liv.",
                "Utveckling – Vi är lärande, utforskar möjligheter och förbättrar ständigt på "
                "hållbart sätt med invånaren i fokus.",
                "Professionalism – Vi håller hög kvalitet, visar tillit och skapar utrymme för det "
                "professionella omdömet. All kontakt med oss ska bidra till ett bättre liv för "
                "invånare, kollegor, besökare och andra aktörer.",
            ]
        ),
        Heading("Syfte och roll", "3", 1),
        Heading("Regionservice syfte", None, 2),
        Para(
            "Regionservice ska tillsammans med Region Örebro läns verksamheter tillgodose "
            "invånarnas och samhällets behov på bästa sätt. Regionservice är en möjliggörande och "
            "värdeskapande servicepartner."
        ),
        Heading("Rollen som serviceorganisation", None, 2),
        Para(
            "Regionservice är Region Örebro läns serviceorganisation. Här finns många av service- "
            "och stödprocesserna samlade så som fastigheter, IT, medicinsk teknik, kost, transport, "
            "parkering, städ, vårdnära service, ekonomiadministration, löneadministration, "
            "upphandling, diarium, arkiv, telefonväxeln och servicecenter."
        ),
        Para(
            "Regionservice har en strategisk roll inom sina verksamheter, som tar ett "
            "helhetsansvar och genomsyras av en hög serviceanda."
        ),
    ]


# --------------------------------------------------------------------------
# 4


def _chapter_4() -> list[Block]:
    return [
        Heading("Omvärld, nuvarande situation och framtida utmaningar", "4", 1),
        Heading("Omvärld", None, 2),
        Para(
            "Efter flera år med pandemi, som har prövat vårt samhälle i allmänhet och vår "
            "organisation i synnerhet, tyder nu mycket på att den akuta fasen är över. Förändrade "
            "arbetssätt, nya rutiner och vanor, omställningar och omprioriteringar under dessa år "
            "har givit strukturella avtryck som inte går att hejda. Det nya är här för att stanna. "
            "Precis då samhället sakta men säkerligen börjar återhämta sig från pandemisviter ser "
            "vi hur ett nytt, ovisst och otäckt skeende etablerats som till en viss del sätter "
            "avtryck men också skapar en stor oro i vår organisation, Ukraina-krisen."
        ),
        Para(
            "Globaliseringen har varit på stark frammarsch, men nu ser vi hur den har avtagit. En "
            "förflyttning från globalt till lokalt inom det privata, politiska och kommersiella "
            "har initierats. Internationellt samarbete är inte längre en självklarhet, nedstängning "
            "av gränser har starkt bidragit till detta. Distansmöten har blivit vardag för många "
            "och tjänsteresor har nästintill totalt fallit i glömska."
        ),
        Para(
            "Gränsen mellan hemmet och kontoret har suddats ut allt mer liksom gränsen mellan stad "
            "och landsbygd när arbetet kan ske oavsett plats. Pandemin har påskyndat den digitala "
            "förflyttningen. Vi kan konstatera att de förändringar som har skett hade i vanliga "
            "fall tagit mycket längre tid."
        ),
        Para(
            "Att omvärlden påverkar servicenämndens verksamheter är tydligt. Servicenämndens "
            "verksamhetsplan 2023 tar avstamp i Region Örebro läns omvärldsrapport. Ett särskilt "
            "fokus har också funnits på tre trender; life on demand, förändrat säkerhetsparadigm "
            "med inbromsande tillit och arbetsmarknad i transformation."
        ),
        Heading("Nuvarande situation", None, 2),
        Para(
            "Regionservice ekonomi är i balans. Den senaste mätningen av hållbart "
            "medarbetarengagemang (HME) visar bra resultat. Tillsammans utgör detta en viktig "
            "grund för att lyckas möta de krav på förändring och anpassning som omvärlden medför. "
            "Regionservice medarbetares välmående, trivsel och motivation är viktigt för att lyckas "
            "med serviceuppdraget och med det strategiska uppdraget att möta omvärldens förändrade "
            "krav och behov."
        ),
        Para(
            "Under kommande år planeras fortsatt införande av stora system, ny teknik och "
            "färdigställande av lokaler. Allt detta kommer att bidra till Region Örebro läns "
            "fortsatta digitalisering och effektivisering av arbetssätt. Införandena kommer "
            "fortsättningsvis att kräva mycket av Regionservice verksamheter. Exempel är införandet "
            "av det nya vårdsystemet Cosmic (inom programmet för Framtida vårdinformationsstöd "
            "FVIS), ny schemaläggningsmodul i Heroma och Office 365. Information i de vårdsystem "
            "och administrativa system som avvecklas behöver också tas om hand och arkiveras."
        ),
        Para(
            "Upphandling och installation av medicinteknisk utrustning fortsätter med bland annat "
            "en operationsrobot inom ryggkirurgi, flera avancerade bildgivande system så som "
            "kardiologisk röntgengenomlysning och positronemissionstomografi, samt utbyte av flera "
            "utrustningar inom endoskopiverksamheten. Dessutom sker ett utbyte av en "
            "linjäraccelerator inom strålbehandlingsverksamheten och fortsättning av "
            "cyklotronprojektet."
        ),
        Para(
            "Flera om- och nybyggnationer kommer att färdigställas, utrustas och driftsättas under "
            "året. Exempel är ombyggnation av teknikhuset USÖ, sjukhusapoteket USÖ och "
            "folktandvårdsklinik i Adolfsberg Örebro, nybyggnation för reservkraftsanläggning på "
            "Lindesbergs lasarett och Dansens hus, Kävesta Folkhögskola samt ny "
            "endoskopimottagning på Karlskoga lasarett. Samtidigt pågår flera andra mindre och "
            "halvstora byggnations- samt teknikprojekt."
        ),
        Para(
            "Följder av oron i världen har under 2022 blivit allt mer synliga och kännbara för "
            "Regionservice verksamheter. Det har yttrat sig i prisökningar framförallt gällande "
            "bränsle och energi, men också livsmedel. Utöver prisökningar har även försenade "
            "leveranser av komponenter på olika sätt påverkat verksamheten. Leveranserna kan "
            "fortsatt komma att påverkas av omvärldsfaktorer, till exempel Ukrainakrisen och en "
            "eventuell fortsättning på pandemin. Här behöver Regionservice verksamheter arbeta "
            "proaktivt för att minska påverkan på Region Örebro län."
        ),
        Para(
            "Under 2023 kommer fokus att vara på att vara en möjliggörande och värdeskapande "
            "partner. En del är att förstärka leveransförmågan hos IT för att underlätta regionens "
            "fortsatta digitalisering och verksamhetsutveckling. Ett särskilt fokus på IT-säkerhet "
            "och ett fortsatt systematiskt arbete med kontinuitetshantering för att säkerställa "
            "leveranser till samhällskritiska verksamheter. Arbetet för att långsiktigt bibehålla "
            "en ekonomi i balans fortgår."
        ),
        Heading("Framtida utmaningar", None, 2),
        Para(
            "Pandemins olika återkommande vågor har påverkat stora delar av Regionservice "
            "verksamheter. Verksamheterna har blivit vana vid snabba omställningar för att "
            "tillgodose ett förändrat behov hos patienter och vårdverksamheter, till exempel "
            "beredskap till uppstart/ombyggnad av vård- och IVA-platser, provtagning, vaccination "
            "och digitala mottagningar. Fortsatt samverkan med andra förvaltningar i regionen är "
            "av stor vikt, likaså är vårt interna samarbete är en framgångsfaktor."
        ),
        Para(
            "Oro och osäkerhet i världen visar inte på någon avmattning inför 2023. Detta "
            "föranleder att verksamheterna behöver fortsätta följa utvecklingen samt vidta "
            "nödvändiga åtgärder i god tid."
        ),
        Heading("Effektiviseringar och innovativa lösningar", None, 3),
        Para(
            "Effektiviseringar i våra verksamheter är grunden till ekonomisk god hushållning och "
            "en viktig faktor för att klara av framtida utmaningar. Med de resurser vi har till "
            "förfogandet och den ökande efterfrågan på våra tjänster behöver Regionservice "
            "verksamheter fortsätta ta fram innovativa lösningar för att Region Örebro län "
            "långsiktigt ska kunna fortsätta att leverera välfärd på en hög nivå för att "
            "invånarnas och samhällets behov ska tillgodoses på bästa sätt."
        ),
        Heading("Metoder och systematik för dialog", None, 3),
        Para(
            "Dialog med kund är något vi kommer fortsätta prioritera då vi ser det som en stark "
            "framgångsfaktor. Att ha goda relationer är avgörande för att vi ska kunna skapa värde "
            "för de vi finns till för. Här är utmaningen att hitta metoder och systematik för att "
            "tillsammans med kunder och intressenter utveckla samverkansform och arbetssätt."
        ),
        Heading("Tjänster för att möta omvärldens krav", None, 3),
        Para(
            "En bra serviceorganisation har tjänster som skapar värde och levereras med hög "
            "leveransprecision. Med en omvärld i förändring skärps kraven på verksamheternas "
            "uppfattnings- och anpassningsförmåga och kapacitet att agera. Regionservice har både "
            "ett operativt och strategiskt ansvar. Att kunna anpassa tjänster och arbetssätt för "
            "att möta omvärldens utmaningar är avgörande. Vi behöver hitta sätt att tillsammans "
            "med förvaltningarna skapa tjänster som är värdeskapande för deras verksamhet."
        ),
        Heading("Klimatförändringarna är en av vår tids största utmaningar", None, 3),
        Para(
            "Klimatet förändras redan nu i snabb takt och medför stor påverkan på många viktiga "
            "samhällsfunktioner och verksamheter. För att möta utmaningarna och minska påverkan på "
            "klimatet krävs stora insatser. Det kräver samarbete, innovation och effektiv "
            "resurshushållning för att lyckas. Region Örebro läns hållbarhetsprogram ger till viss "
            "del vägledning i arbetet. Regionservice verksamheter behöver ställa om arbetssätt, "
            "tjänster och produkter för att bidra till att minska klimatutsläppen, men också "
            "planera för att möta klimatförändringarnas påverkan och upprätthålla "
            "samhällsviktiga funktioner."
        ),
        Heading(
            "Hållbart ledar- och medarbetarskap med förflyttning till en mer modern organisation",
            None,
            3,
        ),
        Para(
            "Det sker just nu en transformering av arbetsmarknaden. Tankeförmåga, kreativitet, "
            "samarbete och att kombinera kunskap växer i betydelse. Vi ser förändrade förväntningar "
            "på arbetslivet med krav på moderna arbetssätt och modern teknik. För att Regionservice "
            "ska fortsätta vara en attraktiv arbetsgivare behöver vi möta detta och vara en "
            "organisation med modernt ledarskap, medarbetarskap och arbetssätt. Att arbeta från en "
            "annan plats är ett av de nya perspektiven på yrkeslivet."
        ),
    ]


# --------------------------------------------------------------------------
# 5 Mål, strategier och uppdrag


def _chapter_5_intro() -> list[Block]:
    return [
        PageBreak(),
        Heading("Mål, strategier och uppdrag", "5", 1),
        Para(
            "Regionfullmäktiges verksamhetsplan med budget är Region Örebro läns övergripande "
            "styrdokument. Det syftar till att utveckla Region Örebro läns verksamheter för att "
            "tillgodose invånarnas och samhällets behov på bästa sätt. I verksamhetsplanen anges "
            "mål, inriktningar och ambitioner. Verksamhetsplanen innehåller tre perspektiv som är "
            "särskilt viktiga för att styra mot visionen ”Tillsammans skapar vi ett bättre liv”. "
            "Värdegrunden ”samarbete, utveckling och professionalism” är ett stöd i riktningen mot "
            "visionen."
        ),
        Para("Perspektiven är"),
        Bullets(["invånare och samhälle", "process", "resurser."]),
        Para(
            "Inom perspektiven har regionfullmäktige fastställt effektmål med indikatorer. De "
            "beskriver hur Region Örebro läns nämnder och verksamheter förväntas bidra för att "
            "invånarnas och samhällets behov ska tillgodoses på bästa sätt. Regionfullmäktige har "
            "också pekat ut viktiga strategier för arbetssätt, metoder och processer. Nämnderna "
            "ska konkretisera ansvaret och kan fastställa specifika mål och uppdrag som gäller för "
            "nämndernas ansvarsområden."
        ),
        Para(
            "Effektmål med indikatorer och utpekade strategier samt servicenämndens egna mål, "
            "indikatorer och uppdrag ska vara utgångspunkt för verksamhetsplaner och löpa som en "
            "röd tråd hela vägen fram till den enskilda medarbetaren. Regionservice områden och "
            "stab har egna verksamhetsplaner som innehåller mer information om de aktiviteter som "
            "görs för att nå dessa mål och uppdrag."
        ),
        Heading("Perspektiv: Invånare och samhälle", "5.1", 2),
        Para(
            "Perspektivet invånare och samhälle beskriver inriktningar, ambitioner och de "
            "viktigaste målsättningarna för nämndens verksamheter för att invånarnas och "
            "samhällets behov ska tillgodoses på bästa sätt."
        ),
        Para(
            "Genom att nå mål och uppdrag inom de stödjande perspektiven process och resurs bidrar "
            "servicenämnden och Regionservice verksamheter till att Region Örebro län når "
            "effektmålen inom det övergripande perspektivet invånare och samhälle."
        ),
    ]


def _perspektiv_process() -> list[Block]:
    return [
        Heading("Perspektiv: Process", "5.2", 2),
        Para(
            "Perspektivet process är strategier för arbetsmetoder och arbetsprocesser för att "
            "målen i perspektivet invånare och samhälle ska kunna uppfyllas. Strategierna är "
            "långsiktigt övergripande tillvägagångssätt för hur effektmålen ska uppnås och anger "
            "inriktningen för hur verksamheten ska utföras."
        ),
        *_strategi_kvalitet(),
        *_strategi_digitalisering(),
        *_strategi_hallbar(),
        *_strategi_regional(),
        *_strategi_storregionalt(),
    ]


def _strategi_kvalitet() -> list[Block]:
    return [
        Heading("Strategi: Kvalitet och utveckling", None, 3),
        Strategies(
            "Strategier för kvalitet och utveckling",
            [
                "Att skapa värde tillsammans med de Region Örebro län finns till för.",
                "Att leda för hållbarhet.",
                "Att involvera och motivera medarbetare.",
                "Att utveckla värdeskapande processer.",
                "Att förbättra verksamheten och skapa innovationer.",
            ],
        ),
        Para(
            "För att möta framtidens utmaningar är det avgörande att arbeta med evidensbaserade "
            "strategier i kvalitets- och utvecklingsarbetet. Ovanstående fem strategier ska vara "
            "ledande i Regionservice utvecklingsarbeten. Strategierna driver, enligt forskning och "
            "praktik, förbättrade resultat och framgång för en organisation, oberoende av bransch "
            "och storlek. Strategierna skapar även förutsättningar för en stark kvalitetskultur."
        ),
        Heading("Kvalitets- och utvecklingsarbete i Regionservice", None, 4),
        Para(
            "Regionservice ska vara en möjliggörande och värdeskapande partner för Region Örebro "
            "läns verksamheter genom att tillsammans kontinuerligt och systematiskt arbeta med "
            "ständiga förbättringar avseende såväl kultur som struktur. Helhetsperspektiv på "
            "kvalitets- och utvecklingsfrågor omfattar engagerande och motiverade medarbetare, "
            "samhällsnytta samt hållbarhet i dess sociala, ekologiska och ekonomiska dimensioner."
        ),
        Para(
            "För att lyckas behöver vi internt samarbeta över gränser, lyfta varandra och "
            "tillvarata allas erfarenheter och förbättringsidéer. Vi lär kontinuerligt genom att "
            "bevaka vår omvärld och är aktiva i verksamhetsnära avvikelsehantering mot uppsatta "
            "målnivåer."
        ),
        Para(
            "Vi fortsätter utveckla vår samverkan med intressenter genom samverkans- och "
            "utvecklingsforum inom processer och på samtliga nivåer i förvaltningen. En stor "
            "utmaning är att hantera förändrade behov och krav och ha verksamheten i ekonomisk "
            "balans. För att klara utmaningen och samtidigt bibehålla trivsel och en god "
            "arbetsmiljö ska förbättringsarbetets fokus vara att nå högre effektivitet i processer "
            "och minimera arbetsuppgifter som inte skapar värde. Vi ska ha en hög yttre "
            "effektivitet, det vill säga erbjuda rätt tjänster, samt en hög inre effektivitet som "
            "handlar om att utföra tjänsterna rätt."
        ),
        Para(
            "Allt utvecklingsarbete ska genomsyras av vår vision - tillsammans skapar vi ett "
            "bättre liv!"
        ),
        Goal("Regionservice är en möjliggörande och värdeskapande partner."),
        Indicators(
            [
                "Det finns samverkans- och utvecklingsforum med kund för strategiska diskussioner "
                "och gemensamma prioriteringar.",
                "Verksamheten involverar kunder i förbättringsarbeten. Kundernas krav och behov "
                "och vår strategiska roll ska vara utgångspunkt i verksamhetens utveckling.",
            ]
        ),
        Activities(
            [
                "Testa och utvärdera konceptet servicerond hos kund för att arbeta förebyggande, "
                "spara tid och effektivisera.",
            ]
        ),
        Goal(
            "Våra medarbetare är involverade, motiverade och driver med eget initiativ ständiga "
            "förbättringar. I vår verksamhet är tillit och delaktighet ledord!"
        ),
        Indicators(
            [
                "Kompetens i förändringsledning ska öka i vår verksamhet.",
                "Verksamheten arbetar aktivt med avvikelsehantering och värdeflödesanalyser och "
                "använder det som ett underlag för förbättring av arbetssätt och processer.",
                "HME delindex Motivation ska öka.",
                "HME delindex Ledning ska bibehållas eller öka.",
            ]
        ),
        AssignmentList(
            [
                "Regionservice områden får i uppdrag att i samsyn med våra partners se över "
                "serviceutbud för att möta Region Örebro läns olika verksamheters behov.",
                "Regionservice (kostavdelningen) får i uppdrag att fortsätta genomlysningen av "
                "regionens kostverksamhet och ta fram förslag till förändringar med målsättning "
                "att säkerhetsställa att näringsriktig och god mat kan serveras till patienter och "
                "vårdens personal på ett ekonomiskt, effektivt, arbetsmiljömässigt och "
                "miljömässigt hållbart sätt. Utgångspunkt ska tas i Livsmedelsverkets nya "
                "riktlinjer.",
            ],
            numbers=["1.", "2."],
        ),
    ]


def _strategi_digitalisering() -> list[Block]:
    return [
        Heading("Strategi: Digitalisering", None, 3),
        Strategies(
            "Strategier för digitalisering",
            [
                "Att skapa en hög grad av förankring och att verksamheterna ansvarar för och "
                "bidrar i arbetet med att öka den digitala mognaden i organisationen.",
                "Att arbeta med utbildning och en lärande organisation för att förändra och "
                "utveckla arbetssätt.",
            ],
        ),
        Para(
            "Region Örebro läns verksamheter ska fortsätta att utveckla och öka användningen av "
            "digitala lösningar."
        ),
        Para(
            "Pandemin har inneburit en snabb ökning av den digitala mognaden hos såväl "
            "organisationer som invånare. Digitala möten har för många på kort tid blivit det "
            "normala. Den snabbt ökande digitala mognaden och efterfrågan på e-tjänster ökar också "
            "invånarnas förväntan på ytterligare digitalisering av offentlig sektor och "
            "investeringar i underliggande digital infrastruktur."
        ),
        Para(
            "Det innebär att Region Örebro läns digitala verksamhetsutveckling behöver anpassas "
            "till att gå i rätt takt med den ökade efterfrågan. Det handlar i många fall om att "
            "förändra och utveckla nya arbetssätt, metoder och processer så att vi blir mer "
            "flexibla och snabbfotade."
        ),
        Para(
            "För att lyckas med detta behöver verksamheterna inom Regionservice ha fokus på att "
            "försöka skapa stor effekt med små medel och skapa goda möjligheter för Regionservice "
            "alla medarbetare att utveckla och använda sin digitala kompetens."
        ),
        Para("Regionservice digitalisering ska möjliggöra:"),
        Bullets(
            [
                "Bästa och mest effektiva service och lösningar till regionens alla verksamheter",
                "En fortsatt digitalisering inom regionens alla verksamheter",
                "Definition och kartläggning av det digitala ekosystemet inom Region Örebro län",
                "Ökad leveransförmåga genom effektivare metoder och processer, det vill säga:",
            ]
        ),
        Bullets(
            [
                "Vi ska kunna göra mer utan att växa antal medarbetare i samma utsträckning som "
                "vår leveransförmåga växer",
                "Ökad självbetjäning med fokus på digitala lösningar",
                "Automatisera flöden och arbetsmetoder",
            ],
            marker="–",
        ),
        Goal(
            "Vi digitaliserar för att möjliggöra ökad leveransförmåga genom effektivare metoder "
            "och processer."
        ),
        Indicators(["Den digitala mognaden ska öka."]),
        AssignmentList(
            [
                "Område IT får i uppdrag att tydliggöra den strategiska rollen och förstärka "
                "leveransförmågan för att stödja Region Örebro läns verksamheters fortsatta "
                "digitalisering och verksamhetsutveckling.",
                "Område IT får i uppdrag att tydliggöra hur processen ser ut när verksamheter i "
                "Region Örebro län behöver stöd vid digitalisering av sin verksamhet.",
                "Område IT får i uppdrag att påbörja etableringen av en dedikerad "
                "IT-säkerhetsfunktion (SOC) som övervakar och vid behov vidtar åtgärder kopplade "
                "till IT-hot och angrepp.",
                "Område IT får i uppdrag att etablera en väl fungerande livscykelhantering av "
                "Region Örebro läns IT-stöd. Ett första steg är att kartlägga föråldrade system "
                "(legacy-system), teknik, applikationer och ägandeskap. Steg två är att efter "
                "prioritet besluta och genomföra avveckling eller flytt till moderna plattformar. "
                "Syftet med livscykelhanteringen är att regionens IT-stöd ska vara säkert, "
                "kostnadseffektivt och fullt förvaltat enligt pm3-modellen.",
                "Område kundtjänst får i uppdrag att upphandla och implementera ett "
                "ärendehanteringssystem för att möjliggöra fortsatt digitalisering och automation "
                "samt stödja nytt arbetssätt till ITIL (ett ramverk för att leverera effektiva "
                "tjänster inom IT-support).",
            ],
            numbers=["3.", "4.", "5.", "6.", "7."],
        ),
    ]


def _strategi_hallbar() -> list[Block]:
    return [
        Heading("Strategi: Hållbar utveckling", None, 3),
        Strategies(
            "Strategier för hållbar utveckling",
            [
                "Att samverka och kommunicera tvärfunktionellt inom ordinarie lednings-, huvud-, "
                "och stödprocesser.",
                "Att skapa en hög grad av förankring och ägandeskap i linjeorganisationen "
                "gällande hållbarhetsfrågorna.",
                "Att ha en tydlig målstyrning och kontinuerligt följa upp Program för hållbar "
                "utveckling för att försäkra att verksamheterna rör sig mot beslutade mål.",
                "Att arbeta med utbildning och en lärande organisation för att kontinuerligt "
                "utveckla och integrera förståelse av vad hållbar utveckling betyder för "
                "verksamheterna.",
            ],
        ),
        Para(
            "Hållbarhet är en tydlig megatrend där utvecklingen gått från att hållbarhet ses som "
            "en kostnad till att det nu ses som en möjlighet som även omfattar lönsamhet och en "
            "långsiktig överlevnad. Samtidigt är läget för klimatet är akut och klimatutmaningen "
            "kräver omställning och att verksamheterna klimatanpassas."
        ),
        Para(
            "Region Örebro län är en ansvarsfull aktör med höga ambitioner inom "
            "hållbarhetsområdet. Vi vill skapa välfärd och livskvalitet, utan att äventyra "
            "kommande generationers möjligheter att tillgodose sina behov."
        ),
        Para(
            "Program för hållbar utveckling 2021-2025 med beslutade indikatorer visar hur Region "
            "Örebro län arbetar i linje med Agenda 2030 - FN:s 17 globala hållbarhetsmål och andra "
            "nationella mål inom hälsa, miljö och ekonomi. Programmet integrerar det sociala, "
            "ekologiska och ekonomiska perspektivet och innehåller tre övergripande mål med "
            "inriktningsmål."
        ),
        Para(
            "I Regionservice finns hållbarhetsarbetet högt på dagordningen och är en naturlig del "
            "i den dagliga verksamheten. Aktiviteter för att nå uppsatta mål i "
            "hållbarhetsprogrammet tas fram i ordinarie verksamhetsplanering och följs "
            "kontinuerligt upp under året. Samverkan med andra förvaltningar och organisationer är "
            "avgörande för att lyckas - tillsammans skapar vi ett bättre liv!"
        ),
        Goal(
            "Vi uppmuntrar och säkerställer hållbarhet i vår dagliga verksamhet - i processer, "
            "arbetssätt och beslut."
        ),
        AssignmentList(
            [
                "Område fastigheter får i uppdrag att genomföra åtgärder för cykelparkeringar i "
                "syfte att underlätta att cykel väljs vid resa till och från "
                "vårdinrättningar/arbetsplatsen. Cykelparkeringarnas placering, säkerhet och "
                "utformning ska bidra till att cykeln väljs som transportmedel.",
                "Område fastigheter får i uppdrag att öka antalet laddpunkter för verksamhetsbilar "
                "i Region Örebro län för att öka takten i omställningen till fossilfria fordon och "
                "transporter.",
            ],
            numbers=["8.", "9."],
        ),
    ]


def _strategi_regional() -> list[Block]:
    return [
        Heading("Strategi: Hållbar regional utveckling", None, 3),
        Strategies(
            "Strategier för regional utvecklingsstrategi",
            [
                "Ett utmaningsdrivet genomförande av Regional utvecklingsstrategi.",
                "Insatser som skapar likvärdiga förutsättningar i hela länet.",
                "Bygga resiliens och utvecklingskapacitet i Örebro län.",
            ],
        ),
        Para(
            "En attraktiv och pulserande region för alla är namnet på den regionala "
            "utvecklingsstrategin, RUS. RUS:en är en gemensam vägvisare för hur Region Örebro län "
            "tillsammans med länets kommuner, näringsliv, myndigheter, universitet och "
            "civilsamhälle vill utveckla Örebro län."
        ),
        Para(
            "Regionservice verksamheter bidrar på olika sätt till att nå de strategiska "
            "inriktningarna och målsättningarna i RUS:en. Genom digitalisering och medicinteknisk "
            "utveckling bidrar vi till en framtidsinriktad hälso- och sjukvård och till ökad "
            "innovationskraft. Fastighetsutveckling, upphandling och livsmedelsförsörjning är "
            "exempel på andra områden där Regionservice har möjlighet att påverka."
        ),
        Para(
            "Verksamheternas aktiva arbete för att nå målsättningarna i Program för hållbar "
            "utveckling bidrar också till en hållbar regional utveckling. Minskad klimatpåverkan, "
            "hållbara resor och transporter, energieffektivisering, ökad biologisk mångfald och "
            "cirkulära flöden kopplar direkt till det övergripande målet god resurseffektivitet."
        ),
    ]


def _strategi_storregionalt() -> list[Block]:
    return [
        Heading("Strategi: Storregionalt och internationellt samarbete", None, 3),
        Strategies(
            "Strategier för storregionalt och internationellt samarbete",
            [
                "Att samverka storregionalt för att stärka länets utveckling.",
                "Att samverka internationellt enligt Region Örebro läns internationella strategi "
                "för att stärka länets utveckling.",
            ],
        ),
        Para(
            "Förvaltningen samarbetar med andra regioner och kommuner kring lednings- och "
            "sakfrågor inom Regionservice områden och funktioner. Samverkan sker också med andra "
            "organisationer, till exempel Sveriges kommuner och regioner (SKR). Det sker också ett "
            "kunskapsutbyte genom deltagande i nationella och internationella konferenser. Det "
            "finns dessutom samarbeten med universitet och högskolor kring utvecklings- och "
            "utbildningsfrågor."
        ),
        Para(
            "Utbyte med andra regioner, kommuner, organisationer och lärosäten tillför kunskap. "
            "Det bidrar till att skapa goda utvecklingsmöjligheter, inte bara för Regionservice "
            "verksamhet utan också för att invånarnas och samhällets behov ska tillgodoses på "
            "bästa sätt."
        ),
    ]


def _perspektiv_resurs() -> list[Block]:
    return [
        Heading("Perspektiv: Resurs", "5.3", 2),
        Para(
            "Perspektivet resurs beskriver hur Region Örebro län ska vara en attraktiv "
            "arbetsgivare med en hållbar kompetensförsörjning samt ha en långsiktig stark och "
            "hållbar ekonomi för att uppnå verksamhetsmässig och finansiell god hushållning."
        ),
        Heading("Attraktiv arbetsgivare och kompetensförsörjning", None, 3),
        Para(
            "Vi är alla varandras arbetsmiljö och hur vi förhåller oss till varandra kan många "
            "gånger avgöra hur våra resultat blir och hur vi uppfattas som arbetsgivare. En "
            "grundförutsättning är att vi har trygga arbetsplatser med en positiv och inspirerande "
            "arbetsmiljö i ett gott samarbetsklimat. En grund som också bidrar till vår "
            "nolltolerans mot diskriminering och kränkande behandling."
        ),
        Para(
            "Regionservice arbetar för ett närvarande, tillitsfullt och engagerat ledarskap som "
            "ger ansvar, stöd och möjligheter för ett aktivt och delaktigt medarbetarskap. Att "
            "arbeta med förändring och utveckling ses som en naturlig del i vardagens arbete för "
            "alla medarbetare."
        ),
        Para(
            "En hållbar hälsofrämjande arbetsplats förknippas alltmer med strategiskt "
            "kompetensförsörjning. Ett ökat fokus på friskfaktorer, utöver bibehållet arbete att "
            "minska sjukfrånvaro, bidrar till att stärka oss som arbetsgivare ytterligare."
        ),
        Para(
            "Ett mer flexibelt arbetsliv kan även det stärka oss som arbetsgivare genom att öppna "
            "upp för nya möjligheter och bidra till hållbara arbetsdagar. För cirka en tredjedel av "
            "Regionservice medarbetare är möjligheten att arbeta från annan plats en del av det nya "
            "normala. Den här nya dimensionen av arbetslivet ställer även nya och olika krav på "
            "ledarskap och medarbetarskap. Att en stor del av Regionservice medarbetare har arbeten "
            "som inte kan utföras från annan plats innebär också att det är viktigt att överbrygga "
            "en polarisering mellan platsberoende respektive platsoberoende yrken."
        ),
        Para(
            "Förvaltningen har många olika yrken i ett mycket meningsfullt sammanhang. "
            "Intressanta arbeten inom olika yrken i kombination med meningsfullheten i vårt "
            "uppdrag kan lyftas fram ännu mer för att långsiktigt attrahera medarbetare. Som "
            "arbetsgivare ser vi också positivt på intern utveckling inom hela organisationen "
            "Region Örebro län med alla dess möjligheter."
        ),
        Goal(
            "Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, jämställda och "
            "jämlika arbetsplatser som bidrar till en hållbar kompetensförsörjning.",
            cue="Effektmål 9.",
        ),
        Indicators(
            [
                "Hållbart medarbetarengagemang, HME, ska öka i jämförelse med tidigare "
                "medarbetarenkät.",
                "Attraktiv arbetsgivarindex, AVI, ska öka i jämförelse med föregående år.",
                "Jämställdhetsindex, Jämix, ska öka i jämförelse med föregående år.",
                "Frisktalet ska förbättras i jämförelse med föregående år.",
                "Personalomsättningen externt ska redovisas. Den ska minska i jämförelse med "
                "föregående år.",
            ]
        ),
        Goal("Vi arbetar tillsammans för att vi ska agera utifrån värdegrunden i alla sammanhang."),
        Heading("Ekonomi", None, 3),
        Para(
            "Regionservice ska tillsammans med våra partners medverka till en långsiktigt stark "
            "ekonomi och god hushållning för Region Örebro län. Det gör Regionservice både "
            "operativt och strategiskt genom att effektivisera den egna verksamheten och bidra "
            "till utveckling av kostnadseffektiva lösningar."
        ),
        Goal(
            "Region Örebro län har en långsiktig stark och hållbar ekonomi samt uppnår en "
            "verksamhetsmässig och finansiell god hushållning.",
            cue="Effektmål 10.",
        ),
        Indicators(["Styrelsen och nämnderna redovisar ett resultat i balans."]),
        Goal("Regionservice har ett årligt resultat på 2 %."),
        Indicators(["Resultat %."]),
    ]


# --------------------------------------------------------------------------
# 6 Budget

_YEARS_3 = ["Budget 2023", "Prognos 2022", "Budget 2022"]


def _chapter_6() -> list[Block]:
    nyckeltal = Table(
        header_rows=[["Procent", *_YEARS_3]],
        rows=[TableRow("Lönekostnadsökningstakt", ["3,0 %", "5,2 %", "7,20 %"])],
        columns=list(_YEARS_3),
        kind="key_figures",
        unit=None,
        title="6.2 Ekonomiska nyckeltal",
        ruled=False,
    )
    resultatbudget = Table(
        header_rows=[["Belopp i mnkr", *_YEARS_3]],
        rows=[
            TableRow("Verksamhetens intäkter", ["", "", ""], group=True),
            TableRow("Övriga intäkter", ["2 260,1", "2 186,0", "2 142,4"]),
            TableRow("Summa intäkter", ["2 260,1", "2 186,0", "2 142,4"], bold=True),
            TableRow("Verksamhetens kostnader", ["", "", ""], group=True),
            TableRow("Personalkostnader", ["-650,0", "-606,6", "-623,3"]),
            TableRow("Övriga kostnader", ["-1 192,0", "-1 143,5", "-1 123,4"]),
            TableRow("Avskrivningar, inventarier", ["-60,0", "-54,9", "-55,6"]),
            TableRow("Avskrivningar, fastigheter", ["-250,0", "-243,7", "-239,3"]),
            TableRow("Summa kostnader", ["-2 152,0", "-2 048,7", "-2 041,6"], bold=True),
            TableRow("Verksamhetens nettokostnader", ["108,1", "137,3", "100,8"], bold=True),
            TableRow("Finansnetto", ["-55,0", "-50,7", "-49,6"]),
            TableRow("Fastighetsfinansiering", ["-105,0", "-103,1", "-101,0"]),
            TableRow("Resultat *)", ["-51,9", "-16,5", "-49,8"], bold=True),
        ],
        columns=list(_YEARS_3),
        kind="budget",
        unit="mnkr",
        title="6.3 Resultatbudget servicenämnd",
        ruled=True,
        # a narrow label column: "Verksamhetens nettokostnader" wraps
        col_widths=[1.1, 1.0, 1.0, 1.0],
    )
    driftbudget = Table(
        header_rows=[
            ["Belopp i mnkr", "Budget 2023", "", "Prognos 2022", ""],
            ["", "Omsättning", "Varav budgetram", "Omsättning", "Varav budgetram"],
        ],
        rows=[
            TableRow("Område fastigheter", ["1 053,8", "0", "1 026,0", "0"]),
            TableRow("Område försörjning", ["368,1", "0", "354,0", "0"]),
            TableRow("Område administrativ utveckling och service", ["96,7", "0", "93,0", "0"]),
            TableRow("Område IT", ["455,6", "0", "438,0", "0"]),
            TableRow("Område medicinsk teknik", ["85,2", "0", "82,0", "0"]),
            TableRow("Område kundtjänst", ["95,7", "0", "92,0", "0"]),
            TableRow("Förvaltningsgemensamt", ["105,0", "-51,9", "101,0", "49,8"]),
            TableRow("Summa", ["2 260,1", "-51,9", "2 186,0", "49,8"], bold=True),
        ],
        columns=[
            "Budget 2023 Omsättning",
            "Budget 2023 Varav budgetram",
            "Prognos 2022 Omsättning",
            "Prognos 2022 Varav budgetram",
        ],
        kind="budget",
        unit="mnkr",
        title="6.4 Driftbudget servicenämnd",
        ruled=True,
        # narrow value columns: "Omsättning" / "Varav budgetram" wrap as in the source
        col_widths=[2.8, 0.7, 0.7, 0.7, 0.7],
    )
    investeringsbudget = Table(
        header_rows=[["Belopp i mnkr", *_YEARS_3]],
        rows=[
            TableRow("Immateriella anläggningstillgångar", ["0", "0", "0,0"]),
            TableRow("Byggnadsinvesteringar", ["347,5", "510,0", "1 435,4"]),
            TableRow("Medicinteknisk utrustning", ["0", "0", "0,0"]),
            TableRow("It-utrustning", ["96,9", "75,0", "105,6"]),
            TableRow("Övrig utrustning", ["15,0", "39,0", "56,8"]),
            TableRow("Summa", ["459,4", "624,0", "1 597,8"], bold=True),
        ],
        columns=list(_YEARS_3),
        kind="investment",
        unit="mnkr",
        title="6.5 Investeringsbudget",
        ruled=False,
    )
    return [
        PageBreak(),
        Heading("Budget", "6", 1),
        Heading("Budget 2023", "6.1", 2),
        Para(
            "Regionservice ska medverka till en långsiktigt stark ekonomi och god hushållning för "
            "Region Örebro län. Varje verksamhet i Regionservice ska ha en ekonomi i balans."
        ),
        Para("Satsningar och utmaningar;"),
        Bullets(
            [
                "stor efterfrågan på utökade uppdrag",
                "byggnationer för Område fastigheter och Område IT kommer medföra ökade kostnader "
                "för egna lokaler,",
                "ökade IT-kostnader (förstärkning IT-säkerhet, IT-arkitektur och "
                "licenskostnader)",
                "utveckla kostverksamheten för att nå ekonomisk balans med lägre produktion.",
            ]
        ),
        Para(
            "Regionservice största intäkter är lokalhyror, IT, städ samt kostmåltider. De största "
            "kostnaderna är personal- och lokalkostnader."
        ),
        Heading("Ekonomiska nyckeltal", "6.2", 2),
        Para(
            "Regionservice resultatmål matchar det ekonomiska ansvarstagandet. Det ekonomiska "
            "utfallet följs upp månatligen (intäkter, lönekostnader, övriga kostnader) och varje "
            "ekonomirapport inkluderar också helårsprognos."
        ),
        Para("Nyckeltal:"),
        Bullets(["Resultatmål 2 % av omsättningen"]),
        nyckeltal,
        Para("Budget 2023 beräknad på prognos 2022."),
        Heading("Resultatbudget servicenämnd", "6.3", 2),
        resultatbudget,
        Para(
            "*) Resultat budget 2023 ska överensstämma med nämndens budgetram från "
            "regionfullmäktige"
        ),
        Para("Budget 2023 preliminärt beräknad."),
        Heading("Driftbudget servicenämnd", "6.4", 2),
        driftbudget,
        Para("Budget 2023 preliminärt beräknad."),
        Heading("Investeringsbudget", "6.5", 2),
        investeringsbudget,
        Para("Budget 2023 exklusive kommande tilläggsbudget som beslutas kvartal 1 2023."),
    ]


# --------------------------------------------------------------------------
# 7–9


def _chapters_7_to_9() -> list[Block]:
    return [
        Heading("Organisation", "7", 1),
        Para(
            "Regionservice leds av en förvaltningschef. Förvaltningschefen ingår i Region Örebro "
            "läns ledningsgrupp. Ledningsgruppen för Regionservice består av förvaltningschef, "
            "områdeschefer och stabschefer."
        ),
        Para("Regionservice består av verksamheter inom sex områden:"),
        Bullets(
            [
                "Område administrativ utveckling och service",
                "Område fastigheter",
                "Område försörjning",
                "Område IT",
                "Område kundtjänst (inklusive säkerhet och beredskap)",
                "Område medicinsk teknik",
            ]
        ),
        Para(
            "Varje område leds av en områdeschef. I områdena finns flera chefsnivåer såsom "
            "avdelnings- och/eller gruppchef."
        ),
        Para(
            "Regionservice stab är en stödfunktion som samordnar och utvecklar Regionservice "
            "verksamhet inom områdena ekonomi, HR, kommunikation, planering och uppföljning, "
            "miljö, kvalitet och utveckling. Arbetet präglas av både strategiska uppgifter och "
            "frågor, likväl som operativt arbete. I Regionservice stab finns funktioner som leds "
            "av stabschefer. Stabscheferna ingår i regiongemensamma forum inom respektive "
            "ansvarsområde."
        ),
        Heading("Uppföljning", "8", 1),
        Para("Uppföljning och utvärdering har tre huvudsyften:"),
        Bullets(
            [
                "Att ge en mångdimensionell bild av verksamhetens resultat i förhållande till "
                "fastställda mål.",
                "Att värdera hur styrande riktlinjer och rutiner efterlevs i verksamheten.",
                "Att utgöra kunskaps- och beslutsunderlag inför förbättringsarbete och fortsatt "
                "planering.",
            ]
        ),
        Para(
            "Uppföljning sker på alla nivåer i verksamheten; från enkla dagliga avstämningsmöten "
            "till ledningens återkommande genomgång på verksamhetsnivå. Muntliga "
            "verksamhetsöverläggningar sker med regiondirektör och med servicenämnden. Uppföljning "
            "av mål med indikatorer, strategier, uppdrag, aktiviteter, ekonomiskt bokslut samt "
            "risker med åtgärder i internkontrollplanen görs i delårsrapport och "
            "verksamhetsberättelse. Delårsrapport och verksamhetsberättelse beslutas i "
            "servicenämnd och redovisas till regionstyrelsen. Ekonomiska periodrapporter lämnas "
            "under året."
        ),
        Para(
            "Muntliga genomgångar och samverkan sker med de fackliga organisationerna genom "
            "samverkansgrupper."
        ),
        Heading("Intern styrning och kontroll", "9", 1),
        Para(
            "Intern styrning och kontroll (ISK) är en process som regionstyrelsen, nämnderna och "
            "verksamhetsledningarna har för att tillsammans upprätthålla en effektiv ledning och "
            "styrning av verksamheten. Processen ska säkerställa en ändamålsenlig och lagenlig "
            "verksamhet, det vill säga att verksamheten bedrivs i enlighet med de krav som ställs "
            "på verksamheten:"
        ),
        Heading("Intern styrning", None, 2),
        Para(
            "a) Att verksamheten fullgör sina föreskrivna uppgifter samt uppnår beslutade mål och "
            "uppdrag."
        ),
        Para("b) Att verksamheten bedrivs inom tilldelade ekonomiska ramar."),
        Heading("Intern kontroll", None, 2),
        Para(
            "c) Att verksamheten följer de styrande dokument som Region Örebro län har beslutat "
            "samt lagar, förordningar, föreskrifter och avtal som gäller för verksamheten."
        ),
        Para(
            "d) Att redovisningen och uppföljningen av verksamheten och ekonomin är rättvisande och "
            "ändamålsenlig."
        ),
        Para(
            "e) Att informationssäkerheten är tillgodosedd utifrån kraven på konfidentialitet, "
            "riktighet, tillgänglighet och spårbarhet."
        ),
        Para(
            "Förenklat kan man säga att den interna styrningen syftar till att \"få bra saker att "
            "hända\" för att verksamheten ska fullgöra/uppnå krav a-b och den interna kontrollen "
            "syftar till att \"undvika negativa händelser\" som kan leda till att verksamheten inte "
            "bedrivs i enlighet med krav c-e. Aktiviteter kopplade till den interna styrningen "
            "dokumenteras i nämndens verksamhetsplan och åtgärder kopplade till den interna "
            "kontrollen dokumenteras i internkontrollplanen som är del av verksamhetsplanen."
        ),
        Para(
            "Den interna kontrollen ska vara tillräcklig enligt Kommunallagen (KL) 6 kap. 6 §. Med "
            "tillräcklig menas att processen för den intern styrning och kontroll ska vara "
            "ändamålsenligt utformad efter verksamhetens förutsättningar, art och omfattning. "
            "Nämnderna ansvarar för att verksamheten inom sina ansvarsområden bedrivs i enlighet "
            "med kraven samt att verksamheten inom sina ansvarsområden upprätthåller en "
            "tillräcklig intern styrning och kontroll. Vid uppföljningen av helår ska förvaltningar "
            "och nämnder göra en bedömning (ISK-bedömning) om den interna styrningen och kontrollen "
            "har varit tillräcklig. Regionstyrelsen gör sedan utifrån sin uppsiktsplikt en samlad "
            "bedömning i årsredovisningen."
        ),
    ]


def _internkontrollplan() -> list[Block]:
    risks = RiskTable(
        rows=[
            RiskRow(
                "HR",
                "Risken att systematiskt arbetsmiljöarbete (SAM) inte bedrivs i enlighet med "
                "föreskrifter och Region Örebro läns riktlinjer och rutiner.",
                [
                    "Regionövergripande åtgärd: Varje chef ska säkerställa att arbetsmiljöarbete "
                    "sker enligt fördelade arbetsmiljöuppgifter genom att årligen följa upp "
                    "arbetsmiljöarbetet, planera för åtgärder och rapportera/redovisa till den som "
                    "fördelat arbetsmiljöuppgifterna.",
                ],
            ),
            RiskRow(
                "",
                "Risken att lönehantering och löneutbetalningsprocessen inte är helt "
                "tillfredsställande och ändamålsenlig.",
                [
                    "Regionövergripande åtgärd: Genomgång och kvalitetssäkring av processerna inom "
                    "lönehanteringsområdet.",
                ],
            ),
            RiskRow(
                "Ekonomi",
                "Risken att redovisningen inte är rättvisande.",
                [
                    "Regionövergripande åtgärd: Information och utbildningsinsatser riktat till "
                    "ekonomer och ekonomiadministratörer.",
                ],
            ),
            RiskRow(
                "Informationssäkerhet",
                "Risken att verksamheten inte efterlever tillämplig dataskyddslagstiftning (GDPR "
                "och Patientdatalagen). Samt NIS-direktivet och lag (2018:1174) om "
                "informationssäkerhet för samhällsviktiga och digitala tjänster.",
                [
                    "Regionövergripande åtgärd: Säkerställ ett systematiskt och riskbaserat "
                    "informationssäkerhetsarbete med användande av de resurser som i prioritering "
                    "i förhållande till andra angelägna verksamheter, kan anslås. All berörd "
                    "personal ska ha god kunskap om och medverka till att följa regelverk för "
                    "informationssäkerhet, Informationsklassa och riskbedöma vid inköp, "
                    "upphandling och förändring som kan påverka informationssäkerheten.",
                    "Regionövergripande åtgärd: Säkerställ att informationsklassning av IT-stöd "
                    "som innehåller personuppgifter har genomförts i enlighet med riktlinje för "
                    "informationsklassning.",
                    # printed after the page break in the source (same risk)
                    "Regionövergripande åtgärd: Informationsägare/objektägare ska säkerställa att "
                    "identifierade informationssäkerhetsbrister åtgärdas.",
                ],
            ),
            RiskRow(
                "Kontinuitetshantering",
                "Risken att Regionservice inte kan bedriva verksamhet vid en större "
                "samhällsstörning och därmed inte leverera material och tjänster till kunder som "
                "har samhällskritisk verksamhet (revisionsrapport).",
                [
                    "Ta fram kontinuitetsplan för verksamheten, enligt MSB:s modell.",
                    "Påbörja arbetet med att förstärka och renovera elförsörjningen på länets tre "
                    "sjukhus, enligt teknisk försörjningsplan. Syftet är att säkerställa robusthet "
                    "och redundans av strömförsörjning.",
                ],
            ),
            RiskRow(
                "",
                "Risken att leveranser av material och utrustning försenas eller uteblir på grund "
                "av situationen i omvärlden.",
                [
                    "Identifiera processer i samhällskritisk verksamhet där material- eller "
                    "utrustningsbrist får konsekvenser. Bevaka och vidta förebyggande åtgärder för "
                    "att minimera brister som kan uppkomma.",
                ],
            ),
            RiskRow(
                "Fastighetsunderhåll",
                "Risk att ett ändamålsenligt underhåll av regionens fastigheter inte är helt "
                "säkerställt samt att underhållet inte sker med tillräcklig intern kontroll "
                "(revisionsrapport).",
                [
                    "Planera förutsättningar och omfattning för att ta fram långsiktiga "
                    "underhållsplaner med tillhörande rutiner, styrdokument och systemstöd.",
                    "Redovisa inrapporterade nyckeltal med tillhörande analys.",
                ],
            ),
        ]
    )
    return [
        Heading("Internkontrollplan", "9.1", 2),
        Para(
            "Internkontrollplanen består dels av regionövergripande risker med åtgärder som berör "
            "samtliga nämnder samt nämndspecifika risker med åtgärder."
        ),
        Para(
            "Uppföljningen av IK-planen dokumenteras i delårsrapport samt i "
            "verksamhetsberättelsen. Resultatet av uppföljningen bereds i verksamhetsdialoger "
            "mellan förvaltningschef och regiondirektören."
        ),
        Para("Förklaringar till IK-planen nedan:"),
        Para("Verksamhet: Process/område."),
        Para(
            "Risk: Händelse som, om den inträffar kan leda till att verksamheten inte bedrivs i "
            "enlighet med krav c, d och e."
        ),
        Para("Åtgärd: Hur verksamheten vill hantera de risker som inte accepteras."),
        risks,
    ]


# --------------------------------------------------------------------------
# Bilaga: Investeringar


def _bilaga_investeringar() -> list[Block]:
    fastighet = Table(
        header_rows=[["Förvaltning, projekt", "Belopp, mnkr"]],
        rows=[
            TableRow("Hälso- och sjukvårdsnämnden totalt:", ["86,6"], bold=True),
            TableRow("HS Bygginvestering i samband med MT-investering", ["45,3"]),
            TableRow("HS USÖ M-huset, ombyggnation patologen", ["12,4"]),
            TableRow("HS USÖ B-huset Uppgradering fastighetsnät", ["2,1"]),
            TableRow("HS Nytt produktionsapotek, USÖ", ["3,0"]),
            TableRow("Folktandvårdsnämnden totalt:", ["5,2"], bold=True),
            TableRow(
                "Regional tillväxtnämnd, samhällsbyggnads-nämnden och kultur- och "
                "fritidsnämnden, totalt:",
                ["1,8"],
                bold=True,
            ),
            TableRow("Servicenämnden övriga områden totalt:", ["1,8"], bold=True),
            TableRow("Servicenämnden, fastigheter totalt:", ["222,5"], bold=True),
            TableRow("RSE Energieffektiviseringar, pott", ["10,0"]),
            TableRow("RSE Reinvesteringar och brandåtgärder länet, pott", ["70,0"]),
            TableRow("RSE Karlskoga lasarett nätstation", ["10,0"]),
            TableRow("RSE Lindesbergs lasarett nätstation", ["5,0"]),
            TableRow("RSE Länet, Renovering skyddsrum, lagkrav", ["10,0"]),
            TableRow("RSE Radonåtgärder, länet", ["5,0"]),
            TableRow("RSE USÖ Nätstationer", ["33,5"]),
            TableRow("RSE M-huset USÖ, renovering bassäng", ["7,0"]),
            TableRow("RSE M-huset USÖ, Utbyte rumsstyrning värme och ventilation", ["3,0"]),
            TableRow("RSE Nytt system insamling mediaförbrukning, länsövergripande", ["2,0"]),
            TableRow("RSE Förstudier och planering, pott", ["15,0"]),
            TableRow("RSE Projektering, pott", ["50,0"]),
            TableRow("Regionstyrelsen totalt:", ["4,6"], bold=True),
            TableRow("Regionstyrelsen, externa hyresgäster totalt:", ["25,0"], bold=True),
            TableRow("Campus Etapp 3", ["25,0"]),
            TableRow("Summa fastighetsinvesteringar 2023", ["347,5"], bold=True),
        ],
        columns=["Belopp"],
        kind="investment",
        unit="mnkr",
        title="Fastighetsinvesteringar 2023",
        ruled=False,
        # the label column is narrower than the text: "… totalt:" labels wrap
        col_widths=[2.6, 1.0],
    )
    it = Table(
        header_rows=[["Objekt, objektbeskrivning", "Belopp, mnkr"]],
        rows=[
            TableRow("Vårdsystem:", [""], group=True),
            TableRow("Servrar, hårdvara", ["14,4"]),
            TableRow("Lagring, utbyggnad och ny lösning", ["15,0"]),
            TableRow("Certifikat, licenser", ["1,6"]),
            TableRow("Driftstjänster:", [""], group=True),
            TableRow("Datacenter-switchar, linjemoduler, licenser, optik, management", ["1,5"]),
            TableRow("Bastjänst-system:", [""], group=True),
            TableRow("Stamnät, accessnät", ["10,1"]),
            TableRow("WiFi nät", ["9,3"]),
            TableRow("Teknik, säkerhet, övervakning", ["6,0"]),
            TableRow("Övriga system:", [""], group=True),
            TableRow("Datorer, skärmar, dockningsstationer, tangentbord, möss", ["32,0"]),
            TableRow(
                "Interaktiva skärmar, vanliga skärmar och videosystem för konferensrum", ["7,0"]
            ),
            TableRow("Summa IT investeringar 2023", ["96,9"], bold=True),
        ],
        columns=["Belopp"],
        kind="investment",
        unit="mnkr",
        title="IT investeringar 2023",
        ruled=True,
        col_widths=[4.0, 1.0],
    )
    ovriga = Table(
        header_rows=[["Verksamhet", "Objektbeskrivning", "Belopp, mnkr"]],
        rows=[
            TableRow("Övrig utrustning:", ["", ""], group=True),
            TableRow("Försörjning", ["Tvätt/skur maskiner, truckar, övrigt", "2,9"]),
            TableRow("Fastigheter, fastighetsdrift", ["Utrustning, fordon, inredning", "4,1"]),
            TableRow("IT, Medicinsk teknik, RSE", ["Fordon, mätinstrument, övrigt", "2,2"]),
            TableRow("Byggansluten utrustning:", ["", ""], group=True),
            TableRow("Fastighetsdrift", ["Teknikhuset USÖ", "4,0"]),
            TableRow("Teknisk övrig utrustning:", ["", ""], group=True),
            TableRow(
                "Regionservice, övergripande",
                ["Uppgradering passer- och låssystem samt ökade krav på skalskydd", "0,6"],
            ),
            TableRow("Regionservice, övergripande", ["Installation/utbyte nyckelskåp", "1,2"]),
            TableRow("Summa övriga investeringar 2023", ["", "15,0"], bold=True),
        ],
        columns=["Objektbeskrivning", "Belopp"],
        kind="investment",
        unit="mnkr",
        money_columns=[1],
        title="Övriga investeringar 2023",
        ruled=True,
        col_widths=[1.6, 3.0, 1.0],
    )
    return [
        PageBreak(),
        Heading("Bilaga: Investeringar, Servicenämndens verksamhetsplan med budget 2023", None, 1),
        Heading("Fastighetsinvesteringar 2023", None, 2),
        Para("Totala fastighetsinvesteringar för 2023 uppgår till 347,5 miljoner kronor."),
        Para(
            "Med information om projekt där den totala investeringsutgiften beräknas till mer än "
            "10 miljoner kronor (beloppen avser investeringsutgift 2023)",
            style="italic",
        ),
        fastighet,
        Heading("IT investeringar 2023", None, 2),
        Para("Totala IT investeringar för 2023 uppgår till 96,9 miljoner kronor."),
        it,
        Heading("Övriga investeringar 2023", None, 2),
        Para("Övriga investeringar för 2023 uppgår till 15,0 miljoner kronor."),
        ovriga,
    ]
